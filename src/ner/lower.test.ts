import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc, tokenTexts, tokenWords } from '../doc/index.ts';
import { segmentComponent } from '../segment/index.ts';
import { nerMentions } from './index.ts';

test('nerMentions supplies every token lower-cased from the word cache (tokenTexts then makes none)', () => {
  const text = 'Die Außenministerin ÜBERRASCHTE in Straßburg die EU-Kommission. Die Kommission in Straßburg schwieg; ÄRGER in Brüssel.';
  for (const round of [0, 1]) {
    const doc = createDoc(text);
    segmentComponent.run(doc);
    nerMentions(doc);
    const words = tokenWords(doc);
    const lower = tokenTexts(doc).lower;
    assert.deepEqual(lower, words.map((w) => w.toLowerCase()), `round ${round} (words ${round ? 'cached' : 'new or cached'})`);
    assert.equal(tokenTexts(doc).words, words);
  }
});
