import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc, tokenTexts } from './document.ts';

test('tokenTexts: the words of a document once, lower-cased too, rebuilt when its tokens change', () => {
  const doc = createDoc('Der Präsident sagte: „Nein.“');
  doc.tokens = [
    { start: 0, end: 3, sentence: 0 },
    { start: 4, end: 13, sentence: 0 },
  ];
  const a = tokenTexts(doc);
  assert.deepEqual(a.words, ['Der', 'Präsident']);
  assert.deepEqual(a.lower, ['der', 'präsident']);
  assert.equal(tokenTexts(doc), a, 'built once per document');
  doc.tokens = [...doc.tokens, { start: 14, end: 19, sentence: 0 }];
  assert.deepEqual(tokenTexts(doc).words, ['Der', 'Präsident', 'sagte']);
  doc.tokens.push({ start: 19, end: 20, sentence: 0 });
  assert.deepEqual(tokenTexts(doc).words, ['Der', 'Präsident', 'sagte', ':'], 'a token appended in place is seen');
});
