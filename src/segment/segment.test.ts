import assert from 'node:assert/strict';
import { test } from 'node:test';
import { segment, sentenceTokenStarts, sentenceTokens } from './index.ts';
import { createDoc } from '../doc/index.ts';
import { hasSharedData, sharedDataPath } from '../util/paths.ts';
import { evalSegment } from '../eval/segment.ts';

function sentences(text: string): string[] {
  return segment(text).sentences.map((s) => text.slice(s.start, s.end));
}
function tokens(text: string): string[] {
  return segment(text).tokens.map((t) => text.slice(t.start, t.end));
}

test('abbreviations keep their period and do not end sentences', () => {
  const text = 'Dr. Maier kam z. B. mit Prof. Huber, d. h. mit der Nr. 2 gem. Art. 5 Abs. 3 u. a. nach Graz. Dann ging er.';
  assert.deepEqual(sentences(text), [
    'Dr. Maier kam z. B. mit Prof. Huber, d. h. mit der Nr. 2 gem. Art. 5 Abs. 3 u. a. nach Graz.',
    'Dann ging er.',
  ]);
  assert.ok(tokens(text).includes('z.'));
  assert.ok(tokens(text).includes('Abs.'));
  assert.deepEqual(tokens('usw. z.B. e.V.').slice(0, 3), ['usw.', 'z.B.', 'e.V.']);
});

test('ordinals and dates stay inside the sentence, a year can end one', () => {
  assert.deepEqual(sentences('Am 3. Oktober 1990 trat die DDR bei. Im 19. Jahrhundert war das anders.'), [
    'Am 3. Oktober 1990 trat die DDR bei.',
    'Im 19. Jahrhundert war das anders.',
  ]);
  assert.deepEqual(sentences('Das war im Jahr 2022. Die Lage blieb ruhig.'), ['Das war im Jahr 2022.', 'Die Lage blieb ruhig.']);
  assert.deepEqual(sentences('Er wurde am 12. 5. geboren.'), ['Er wurde am 12. 5. geboren.']);
});

test('initials belong to names; a short name can end a sentence', () => {
  assert.deepEqual(sentences('Gestern sprach J. F. Kennedy in Berlin. Er traf Xi. Danach reiste er ab.'), [
    'Gestern sprach J. F. Kennedy in Berlin.',
    'Er traf Xi.',
    'Danach reiste er ab.',
  ]);
});

test('quotes of every style close sentences correctly', () => {
  assert.deepEqual(sentences('„Wir kommen“, sagte sie. „Das ist gut.“ Er nickte. »Sicher?« fragte er. "Ja." Sie ging.'), [
    '„Wir kommen“, sagte sie.',
    '„Das ist gut.“',
    'Er nickte.',
    '»Sicher?« fragte er.',
    '"Ja."',
    'Sie ging.',
  ]);
  assert.deepEqual(sentences('He said: “It works.” Then he left.'), ['He said: “It works.”', 'Then he left.']);
});

test('line breaks end sentences even without punctuation', () => {
  assert.deepEqual(sentences('Schlagzeile ohne Punkt\nDer Text beginnt hier.'), ['Schlagzeile ohne Punkt', 'Der Text beginnt hier.']);
});

test('hyphenated compounds, numbers and coordinated compounds stay whole', () => {
  assert.deepEqual(tokens('Die US-Finanzministerin nannte 1.000,50 Euro, 3,5 % und 240 Mrd. Dollar für Staats- und Regierungschefs.'), [
    'Die', 'US-Finanzministerin', 'nannte', '1.000,50', 'Euro', ',', '3,5', '%', 'und', '240', 'Mrd.', 'Dollar', 'für', 'Staats-', 'und', 'Regierungschefs', '.',
  ]);
  assert.deepEqual(tokens('Siehe https://example.org/a?b=1. Mail: a.b@example.org'), ['Siehe', 'https://example.org/a?b=1', '.', 'Mail', ':', 'a.b@example.org']);
});

test('the plain-run fast path agrees with the token pattern on its edge cases', () => {
  // digits then letters (the number alternative comes first), non-ASCII digits, e-mail runs starting with
  // a word or digit, URLs, apostrophes, ampersands, combining marks, astral characters and ellipses;
  // expected values are what the token pattern alone produced before the fast path existed
  const text = '3D-Drucker 3D 2² info@bund.de 42a@x.org www.orf.at Kinder’n AT&T Cafe\u0301 𝔸b 🙂x Ende... „Ja“! ²x Größe-3 ½ Uhr';
  assert.deepEqual(tokens(text), [
    '3', 'D-Drucker', '3', 'D', '2²', 'info@bund.de', '42a@x.org', 'www.orf.at', 'Kinder’n', 'AT&T', 'Cafe\u0301', '𝔸b', '🙂', 'x',
    'Ende', '...', '„', 'Ja', '“', '!', '²', 'x', 'Größe-3', '½', 'Uhr',
  ]);
});

test('every token records its sentence', () => {
  const r = segment('Eins zwei. Drei vier.');
  assert.deepEqual(r.tokens.map((t) => t.sentence), [0, 0, 0, 1, 1, 1]);
});

test('GermEval 2014 dev: sentence and token boundary F1 above floor', { skip: !hasSharedData('germeval2014', 'NER-de-dev.tsv') }, () => {
  const { summary } = evalSegment(sharedDataPath('germeval2014', 'NER-de-dev.tsv'));
  assert.ok(summary.sentenceF1 as number > 0.96, `sentence F1 ${summary.sentenceF1}`);
  assert.ok(summary.tokenF1 as number > 0.97, `token F1 ${summary.tokenF1}`);
});

test('sentenceTokenStarts gives every sentence the token range sentenceTokens gives', () => {
  const doc = createDoc('Berger kam am Montag. Er blieb. Dann ging er wieder nach Hause!');
  Object.assign(doc, segment(doc.text));
  const starts = sentenceTokenStarts(doc);
  assert.equal(starts.length, doc.sentences.length + 1);
  for (let s = 0; s < doc.sentences.length; s++) {
    assert.deepEqual(doc.tokens.slice(starts[s], starts[s + 1]), sentenceTokens(doc, s));
  }
  assert.equal(starts[doc.sentences.length], doc.tokens.length);
});
