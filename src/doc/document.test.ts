import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { contentId, createDoc, setTokenLower, tokenTexts, tokenWords } from './document.ts';

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

test('createDoc: documents share one hidden class in fast mode, with the keys, values and lazy id of the literal', () => {
  setFlagsFromString('--allow-natives-syntax');
  const sameFastMap = new Function('a', 'b', 'return %HaveSameMap(a, b) && %HasFastProperties(a) && %HasFastProperties(b)') as (a: object, b: object) => boolean;
  // a literal with an `id` accessor of its own first, as another copy of this module would make (bench-ab.ts)
  for (let k = 0; k < 3; k++) {
    let id = `x${k}`;
    void { title: null, url: null, source: null, published: null, byline: null, get id() { return id; }, set id(v: string) { id = v; }, lang: null };
  }
  const a = createDoc('Erster Text.');
  const b = createDoc('Zweiter  Text.', { published: '2016-03-01' });
  assert.ok(sameFastMap(a, b));
  assert.equal(Object.getPrototypeOf(a), Object.prototype);
  assert.deepEqual(Object.keys(b), ['title', 'url', 'source', 'published', 'byline', 'id', 'lang', 'raw', 'text', 'offsets', 'removed', 'sentences', 'tokens', 'entities', 'quotes', 'times', 'figures', 'events', 'pipeline']);
  assert.equal(b.published, '2016-03-01');
  assert.equal(a.id, contentId('Erster Text.'));
  assert.equal(b.id, contentId('Zweiter Text.'));
  b.id = 'eigene';
  assert.equal(b.id, 'eigene');
  assert.equal(a.id, contentId('Erster Text.'));
  assert.equal(JSON.parse(JSON.stringify(b)).id, 'eigene');
  assert.equal({ ...a }.id, a.id);
  // other keys in meta: copied in their place, as by a spread
  const c = createDoc('Text.', { title: 'T', extra: 1 } as object);
  assert.deepEqual(Object.keys(c).slice(0, 7), ['title', 'url', 'source', 'published', 'byline', 'extra', 'id']);
  assert.equal(c.title, 'T');
  assert.equal(c.id, contentId('Text.'));
});

test('setTokenLower: tokenTexts returns the forms supplied, until the tokens change', () => {
  const doc = createDoc('Der Präsident sagte');
  doc.tokens = [
    { start: 0, end: 3, sentence: 0 },
    { start: 4, end: 13, sentence: 0 },
  ];
  assert.deepEqual(tokenWords(doc), ['Der', 'Präsident']);
  const supplied = ['der', 'präsident'];
  setTokenLower(doc, supplied);
  assert.equal(tokenTexts(doc).lower, supplied);
  assert.throws(() => setTokenLower(doc, ['der']));
  doc.tokens = [...doc.tokens, { start: 14, end: 19, sentence: 0 }];
  assert.deepEqual(tokenTexts(doc).lower, ['der', 'präsident', 'sagte']);
});
