import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc, type Doc } from '../doc/index.ts';
import { segment } from '../segment/index.ts';
import { findQuotes } from './index.ts';
import { loadSpeechModel, setSpeechModel, speechFeatures, speechScore, speechScoreUnit, speechUnitsFromMarkedSentence, trainSpeech, type SpeechExample, type SpeechModel } from './speech.ts';

const words = (s: string) => s.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];
const unit = (s: string, persons: string[] = []) => {
  const w = words(s);
  return { words: w, person: w.map((x) => persons.includes(x)) };
};

test('speech units: words inside quote marks are speech, a sentence without marks narration, short marked titles neither', () => {
  const toks = words('Schartau sagte dem " Tagesspiegel " , Fischer sei " in einer Weise aufgetreten , die nicht überzeugte " .');
  const tags = toks.map((t) => (t === 'Schartau' || t === 'Fischer' ? 'S-PER' : 'O'));
  const units = speechUnitsFromMarkedSentence(toks, tags);
  assert.equal(units.length, 1);
  assert.equal(units[0].speech, true);
  assert.equal(units[0].unit.words.join(' '), 'in einer Weise aufgetreten , die nicht überzeugte');
  const plain = speechUnitsFromMarkedSentence(words('Fischer trat am Montag zurück .'), ['S-PER', 'O', 'O', 'O', 'O', 'O']);
  assert.deepEqual(plain.map((u) => [u.speech, u.unit.person[0]]), [[false, true]]);
  assert.deepEqual(speechUnitsFromMarkedSentence(words('Der Film „ Der Himmel “ lief .'), Array(8).fill('O')), []);
});

test('speech training is deterministic and separates first-person statements from third-person narration on a tiny fixture', () => {
  const speech = ['Wir müssen jetzt handeln', 'Ich bin sicher , dass das gelingt', 'Das ist doch unser Ziel', 'Wir haben das immer gesagt'];
  const narration = ['Der Minister hatte am Montag erklärt , dass die Reform kam', 'Die Regierung beschloss im Mai ein Gesetz', 'Er war seit 2010 im Amt', 'Die Partei verlor die Wahl im März'];
  const data: SpeechExample[] = [
    ...speech.map((s) => ({ features: speechFeatures(unit(s)), speech: true })),
    ...narration.map((s) => ({ features: speechFeatures(unit(s)), speech: false })),
  ];
  const opts = { epochs: 20, rate: 0.2, minCount: 1 };
  const a = trainSpeech(data, opts);
  assert.deepEqual(trainSpeech(data, opts), a);
  const model: SpeechModel = { version: 't', source: 'fixture', ...a };
  const first = speechScore(model, speechFeatures(unit('Ich glaube , wir sind auf einem guten Weg')));
  const third = speechScore(model, speechFeatures(unit('Die Ministerin war im Mai nach Wien gereist')));
  assert.ok(first > 0.5 && third < 0.5, `${first} / ${third}`);
});

test('the trained model (models/quotes/speech.json) reads a first-person statement as speech and a dated third-person report as narration', () => {
  setSpeechModel(undefined);
  const model = loadSpeechModel();
  assert.ok(model, 'run npm run train:quotes');
  const first = speechScore(model, speechFeatures(unit('Ich bin überzeugt, wir haben eine ernste Chance')));
  const third = speechScore(model, speechFeatures(unit('Kamm hatte im März 2014 die Leitung der Behörde übernommen', ['Kamm'])));
  assert.ok(first > 0.7, `first person ${first}`);
  assert.ok(third < 0.3, `narration ${third}`);
});

function mkDoc(text: string): Doc {
  const doc = createDoc(text);
  const seg = segment(text);
  doc.tokens = seg.tokens;
  doc.sentences = seg.sentences;
  doc.lang = 'de';
  const mentions: Doc['entities'][number]['mentions'] = [];
  for (const f of ['Walter Kamm', 'Kamm']) {
    let i = text.indexOf(f);
    while (i >= 0) {
      if (!mentions.some((m) => m.start <= i && m.end > i)) mentions.push({ start: i, end: i + f.length, text: f, form: 'name' });
      i = text.indexOf(f, i + f.length);
    }
  }
  mentions.sort((x, y) => x.start - y.start);
  doc.entities = [{ id: 'e1', type: 'PER', name: 'Walter Kamm', mentions }];
  return doc;
}

test('unmarked sandwich: a past-tense sentence between two statements of one person is theirs only when the classifier reads it as speech', () => {
  const text =
    'Wien – Der Regulator Walter Kamm warnt vor hohen Kosten. Der Netzausbau sei unvermeidlich, sagte Kamm. ' +
    'Zudem war es im Winter etwas windig. Speicher seien noch lange zu teuer, betonte Kamm.';
  const windy = () => findQuotes(mkDoc(text)).find((x) => x.text.startsWith('Zudem war'));
  try {
    // a stand-in model that vouches for this sentence only: the mechanism, not the trained weights
    setSpeechModel({ version: 't', source: 'test', bias: -3, weights: { 'w:windig': 30 } });
    assert.equal(windy()?.speaker, 'e1');
    assert.match(String(windy()?.method), /^sandwich/);
    setSpeechModel({ version: 't', source: 'test', bias: -3, weights: {} });
    assert.equal(windy(), undefined);
    setSpeechModel(null);
    assert.equal(windy(), undefined);
  } finally {
    setSpeechModel(undefined);
  }
});

test('unmarked run-on after a direct statement: the classifier vetoes a sentence it reads as clear narration', () => {
  const text =
    'Wien – Der Regulator Walter Kamm warnt vor hohen Kosten. Wir sind zu allen gleich streng, sagte Kamm. ' +
    'Die Netze sind zu teuer. Am Abend regnete es.';
  const runOn = () => findQuotes(mkDoc(text)).find((x) => x.text.startsWith('Die Netze'));
  try {
    setSpeechModel(null);
    assert.equal(runOn()?.speaker, 'e1');
    assert.match(String(runOn()?.method), /^run-on-quote/);
    setSpeechModel({ version: 't', source: 'test', bias: 0, weights: {} });
    assert.equal(runOn()?.speaker, 'e1');
    setSpeechModel({ version: 't', source: 'test', bias: 0, weights: { 'w:netze': -30 } });
    assert.equal(runOn(), undefined);
  } finally {
    setSpeechModel(undefined);
  }
});

test('unmarked preface: a sentence read as speech between a sentence about a person and their statement is theirs', () => {
  const text =
    'Wien – Der Regulator Walter Kamm warnt vor hohen Kosten. Kamm blieb wie immer gelassen. ' +
    'Das stimmt so nicht. Wir sind zu allen gleich streng, sagte Kamm. Am Abend regnete es.';
  const preface = () => findQuotes(mkDoc(text)).find((x) => x.text.startsWith('Das stimmt'));
  try {
    setSpeechModel({ version: 't', source: 'test', bias: -3, weights: { 'w:stimmt': 30 } });
    assert.equal(preface()?.speaker, 'e1');
    assert.match(String(preface()?.method), /^preface/);
    // the narration before it is not taken, and without the model (or a doubting one) nothing is
    assert.equal(findQuotes(mkDoc(text)).find((x) => x.text.startsWith('Kamm blieb')), undefined);
    setSpeechModel({ version: 't', source: 'test', bias: -3, weights: {} });
    assert.equal(preface(), undefined);
    setSpeechModel(null);
    assert.equal(preface(), undefined);
  } finally {
    setSpeechModel(undefined);
  }
});

test('interview turns: a question after "STANDARD:" is no sandwich, and the sentence before a "Name:" turn no preface', () => {
  const text =
    'Wien – Der Regulator Walter Kamm warnt vor hohen Kosten. Wir sind zu allen gleich streng, sagte Kamm. ' +
    'STANDARD: Wird das halten? Kamm: Ich bin sicher, sagte Kamm. Am Abend regnete es.';
  try {
    setSpeechModel({ version: 't', source: 'test', bias: 3, weights: {} });
    const qs = findQuotes(mkDoc(text));
    assert.equal(qs.find((x) => x.text.includes('Wird das halten')), undefined);
  } finally {
    setSpeechModel(undefined);
  }
});

test('speech: the string-free scorer gives the same scores as speechFeatures + speechScore', () => {
  const model = loadSpeechModel();
  if (!model) return;
  const sents = [
    ['Ich', 'glaube', ',', 'wir', 'sind', 'auf', 'einem', 'guten', 'Weg', '.'],
    ['–', 'Die', 'Ministerin', 'war', 'im', 'Mai', '2015', 'nach', 'Wien', 'gereist', '(', 'APA', ')', '?'],
    ['„', 'Das', 'ist', 'doch', 'Unsinn', '!', 'Sie', 'wissen', 'das', ',', 'das', 'ist', 'klar', '!'],
    [],
  ];
  for (const words of sents) {
    const u = { words, person: words.map((w) => w === 'Wien') };
    // the same features and weights, summed in another order
    assert.ok(Math.abs(speechScoreUnit(model, u) - speechScore(model, speechFeatures(u))) < 1e-12, words.join(' '));
  }
});
