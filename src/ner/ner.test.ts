import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createDoc } from '../doc/index.ts';
import { readGermEval } from '../eval/germeval.ts';
import { segmentComponent } from '../segment/index.ts';
import { hasSharedData, repoRoot, sharedDataPath } from '../util/paths.ts';
import { DECODE_CONTEXT_SLOTS, extractFeatures, FEATURE_SLOTS, featuresOf, INTRINSIC_SLOTS, tokenInfo } from './features.ts';
import { fnv, HashTable } from './hash.ts';
import { DEFAULT_MODEL_PATH, groupMentions, loadModel, nerComponent, nerMentions, tagTokens } from './index.ts';
import { allowed, LABELS, spansOf, spansOfIndices } from './labels.ts';
import { FLAG, Lexicon, LexiconBuilder } from './lexicon.ts';
import { loadModelFile, NerModel, saveModel, viterbi } from './model.ts';
import { scoreSpans } from './score.ts';
import { buildRows, trainPerceptron } from './train.ts';

test('hash table stores and finds keys, misses return the default', () => {
  const t = new HashTable(1000);
  for (let i = 1; i <= 1000; i++) t.set(i * 2654435761, i);
  for (let i = 1; i <= 1000; i++) assert.equal(t.get(i * 2654435761), i);
  assert.equal(t.get(12345), -1);
  assert.equal(t.get(12345, 7), 7);
});

test('viterbi never produces an I- label that does not continue its type', () => {
  const n = 6;
  const L = LABELS.length;
  const emit = new Float32Array(n * L);
  // emissions favour I-LOC everywhere, B-PER at token 2
  for (let i = 0; i < n; i++) emit[i * L + LABELS.indexOf('I-LOC')] = 5;
  emit[2 * L + LABELS.indexOf('B-PER')] = 20;
  const path = viterbi(emit, n, new Float32Array((L + 1) * L));
  let prev = -1;
  for (const l of path) {
    assert.ok(allowed(prev, l), `${prev} -> ${l}`);
    prev = l;
  }
  assert.equal(LABELS[path[2]], 'B-PER');
});

test('viterbi with the best-previous shortcut equals a plain full scan, ties included', () => {
  const L = LABELS.length;
  let seed = 12345;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const plain = (emit: Float32Array, n: number, trans: Float32Array): number[] => {
    let score = Array.from({ length: L }, (_, c) => (allowed(-1, c) ? emit[c] + trans[L * L + c] : -Infinity));
    const bp: number[][] = [];
    for (let i = 1; i < n; i++) {
      const next: number[] = [];
      bp.push([]);
      for (let c = 0; c < L; c++) {
        let best = -Infinity;
        let arg = 0;
        for (let p = 0; p < L; p++) {
          if (!allowed(p, c)) continue;
          const v = score[p] + trans[p * L + c];
          if (v > best) {
            best = v;
            arg = p;
          }
        }
        next.push(best + emit[i * L + c]);
        bp[i - 1].push(arg);
      }
      score = next;
    }
    let arg = 0;
    for (let c = 1; c < L; c++) if (score[c] > score[arg]) arg = c;
    const path = [arg];
    for (let i = n - 1; i > 0; i--) path.unshift(bp[i - 1][path[0]]);
    return path;
  };
  for (let round = 0; round < 300; round++) {
    const n = 1 + Math.floor(rand() * 12);
    // small integer scores make ties frequent; a dominant O in some rounds exercises the shortcut
    const range = round % 3 === 0 ? 3 : 20;
    const emit = Float32Array.from({ length: n * L }, (_, k) => Math.floor(rand() * range) + (round % 2 && k % L === 0 ? 30 : 0));
    const trans = Float32Array.from({ length: (L + 1) * L }, () => Math.floor(rand() * range) - range / 2);
    assert.deepEqual(Array.from(viterbi(emit, n, trans)), plain(emit, n, trans), `round ${round}`);
  }
});

function tinyLexicon(): Lexicon {
  const b = new LexiconBuilder();
  for (const w of ['Regierung', 'Präsident', 'Minister', 'Stadt', 'Jahr', 'Haus']) b.addFlag(w, FLAG.NOUN);
  for (const w of ['Anna', 'Peter', 'Maria']) b.addFlag(w, FLAG.FIRSTNAME);
  b.addSeq(['New', 'York'], 'LOC');
  return new Lexicon(b.toArrays());
}

const data = hasSharedData('germeval2014', 'train_bioes.train');

test('spans from label indices equal spans from tag strings, stray I- labels and type changes included', () => {
  let seed = 7;
  const rand = (k: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % k;
  for (let round = 0; round < 2000; round++) {
    const n = rand(12);
    // mostly O, B- and I- of two types, so that runs, stray I- and type changes all occur
    const labels = Int32Array.from({ length: n + 3 }, () => (rand(3) === 0 ? 0 : 1 + rand(4)));
    const tags = Array.from(labels.subarray(0, n), (l) => LABELS[l]);
    assert.deepEqual(spansOfIndices(labels, n), spansOf(tags), tags.join(' '));
  }
});

test('training on a small subset is deterministic (also from rows built beforehand) and learns (F1 above a floor)', { skip: !data && 'no shared data' }, () => {
  const train = readGermEval(sharedDataPath('germeval2014', 'train_bioes.train'), 1500);
  const dev = readGermEval(sharedDataPath('germeval2014', 'NER-de-dev.tsv'), 400);
  const lex = tinyLexicon();
  const feats = train.map((s) => extractFeatures(s.tokens, lex, new Uint32Array(s.tokens.length * FEATURE_SLOTS)));
  const opts = { epochs: 4, minCount: 1, seed: 7 };
  const a = trainPerceptron(feats, train.map((s) => s.tags), opts);
  const b = trainPerceptron(feats, train.map((s) => s.tags), { ...opts, rows: buildRows(feats, train.map((s) => s.tags), 1, () => {}) });
  assert.deepEqual(a.rowKeys, b.rowKeys);
  assert.deepEqual(a.weights, b.weights);
  assert.deepEqual(a.trans, b.trans);
  const m = NerModel.fromDense({} as never, a.rowKeys, a.weights, a.trans, lex);
  const s = scoreSpans(dev.map((x) => x.tags), dev.map((x) => m.tag(x.tokens)));
  assert.ok(s.micro.f1 > 0.4, `dev F1 ${s.micro.f1}`);
  assert.ok(s.perType.PER.f1 > 0.45, `PER F1 ${s.perType.PER.f1}`);
  // the saved (quantised) model tags like the in-memory one
  const dir = mkdtempSync(join(tmpdir(), 'ner-'));
  const path = join(dir, 'm.bin.gz');
  saveModel(path, { version: 'test', trainingData: [], config: {} }, a.rowKeys, a.weights, a.trans, new LexiconBuilder().toArrays());
  const re = loadModelFile(path);
  assert.equal(re.header.version, 'test');
  assert.ok(re.header.rows > 1000);
});

test('the cached tagger (word, role and context-class sums) decodes exactly like the plain feature sum', () => {
  // a model of its own with a tiny word cache, so the cache also starts afresh between sentences
  const m = loadModelFile(DEFAULT_MODEL_PATH);
  m.cacheWords = 20;
  const L = LABELS.length;
  // reference: every feature of every token looked up one by one, no caches
  const weightsOf = new Map<number, Float64Array>();
  const keys = m.slots;
  for (let j = 0; j < keys.length; j += 4) {
    if (keys[j] === 0) continue;
    const row = new Float64Array(L);
    let mask = keys[j + 1];
    const cnt = popcount(mask);
    let c = 0;
    while (mask !== 0) {
      const l = 31 - Math.clz32(mask & -mask);
      mask &= mask - 1;
      if (cnt <= 4) {
        const word = keys[j + 2 + (c >> 1)];
        row[l] = c & 1 ? word >> 16 : (word << 16) >> 16;
      } else row[l] = m.overflow[keys[j + 2] + c];
      c++;
    }
    weightsOf.set(keys[j], row);
  }
  const plain = (tokens: string[]): Float32Array => {
    const f = extractFeatures(tokens, m.lexicon);
    const emit = new Float32Array(tokens.length * L);
    for (let i = 0; i < tokens.length; i++) {
      const acc = new Float64Array(L);
      for (let k = 0; k < FEATURE_SLOTS; k++) {
        const w = f[i * FEATURE_SLOTS + k] && weightsOf.get(f[i * FEATURE_SLOTS + k]);
        if (w) for (let l = 0; l < L; l++) acc[l] += w[l];
      }
      for (let l = 0; l < L; l++) emit[i * L + l] = acc[l] * m.scale + m.labelBias[l];
    }
    return emit;
  };
  const sentences = [
    'Bundeskanzler Olaf Scholz reiste am Montag nach Paris .',
    '„ Die französische Regierung und der EU-Gipfel in Brüssel “ , sagte Anna Meier .',
    'Peter Müller , Chef der Deutschen Bank , traf Maria Schmidt in New York .',
    'Der Vorstand von Siemens traf sich mit Vertretern der Gewerkschaft Verdi in München .',
  ].map((s) => s.split(' '));
  m.clearCache();
  for (let pass = 0; pass < 3; pass++) {
    for (const t of sentences) {
      const want = plain(t);
      const labels = m.tagIndices([...t]);
      // the tagger's emission scores (private buffer) equal the plain ones, and so does the path
      const got = (m as unknown as { emit: Float32Array }).emit.subarray(0, want.length);
      assert.deepEqual(got, want, t.join(' '));
      assert.deepEqual(labels, viterbi(want, t.length, m.trans));
    }
  }
});

function popcount(x: number): number {
  let c = 0;
  for (; x !== 0; x &= x - 1) c++;
  return c;
}

const fixture = join(repoRoot, 'samples', 'seed-article-de.txt');

function docOf(text: string) {
  const doc = createDoc(text, {});
  segmentComponent.run(doc);
  nerComponent.run(doc);
  return doc;
}

function found(doc: ReturnType<typeof docOf>, type: string, text: string): boolean {
  return doc.entities.some((e) => e.type === type && e.mentions.some((m) => m.text === text));
}

test('the committed model finds the fixture people, organisations and places', () => {
  const doc = docOf(readFileSync(fixture, 'utf8'));
  for (const p of ['Sergej Lawrow', 'Wang Yi', 'Joe Biden', 'Adrienne Watson', 'Janet Yellen', 'Mao Ning', 'Putin', 'Lawrow']) {
    assert.ok(found(doc, 'PER', p), `PER ${p}`);
  }
  for (const o of ['Reuters', 'Interfax']) assert.ok(found(doc, 'ORG', o), `ORG ${o}`);
  for (const l of ['Peking', 'Moskau', 'Kiew', 'Beijing', 'Russland', 'China', 'Ukraine', 'Kasachstan', 'Schweiz']) {
    assert.ok(found(doc, 'LOC', l), `LOC ${l}`);
  }
  const russische = doc.entities.find((e) => e.mentions.some((m) => m.text === 'russische'));
  assert.equal(russische?.mentions[0].form, 'deriv');
  assert.equal(russische?.mentions[0].label, 'LOCderiv');
  // no ordinary words tagged
  for (const w of ['Dialog', 'Sicherheit', 'Pressekonferenz', 'Dienstag', 'Sanktionen']) {
    assert.ok(!doc.entities.some((e) => e.mentions.some((m) => m.text === w)), w);
  }
});

test('varied sentences: names vs capitalised nouns, deriv and part forms', () => {
  assert.deepEqual(tagTokens('Bundeskanzler Olaf Scholz reiste am Montag nach Paris .'.split(' ')), [
    'O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'O', 'B-LOC', 'O',
  ]);
  const t = tagTokens('Die französische Regierung und der EU-Gipfel in Brüssel .'.split(' '));
  assert.equal(t[1], 'B-LOCderiv');
  assert.equal(t[2], 'O');
  assert.equal(t[5], 'B-ORGpart');
  assert.equal(t[7], 'B-LOC');
  const u = tagTokens('Der Vorstand von Siemens traf sich mit Vertretern der Gewerkschaft Verdi in München .'.split(' '));
  assert.equal(u[3], 'B-ORG');
  assert.equal(u[10], 'B-ORG');
  assert.equal(u[12], 'B-LOC');
  assert.equal(u[1], 'O');
});

test('mentions carry offsets into doc.text; grouping joins identical names and genitives', () => {
  const doc = docOf('Anna Schmidt besuchte Hamburg. Später sprach Anna Schmidt in Bremen.');
  const ms = nerMentions(doc);
  assert.ok(ms.length >= 4);
  for (const m of ms) assert.equal(doc.text.slice(m.start, m.end), m.text);
  const per = doc.entities.filter((e) => e.type === 'PER');
  assert.equal(per.length, 1);
  assert.equal(per[0].name, 'Anna Schmidt');
  assert.equal(per[0].mentions.length, 2);
  const m = (text: string, start: number) =>
    ({ start, end: start + text.length, text, form: 'name', label: 'LOC', type: 'LOC', sentence: 0, tokenStart: 0, tokenEnd: 1 }) as const;
  const ents = groupMentions([m('Hamburgs', 0), m('Hamburg', 20), m('Bremen', 40)]);
  assert.equal(ents.length, 2);
  assert.equal(ents[0].name, 'Hamburg');
  assert.equal(ents[0].mentions.length, 2);
  assert.deepEqual(groupMentions([]), []);
});

test('a short form of a person written out elsewhere in the article is a mention where the tagger missed it', () => {
  // a stand-in tagger that finds the two-word names only, so the test does not depend on what the
  // trained model happens to find alone
  const fullNames = new Set(['Li Keqiang', 'Li Xiaolin', 'Annalena Baerbock']);
  const tag = (words: string[]): string[] =>
    words.map((w, k) => (fullNames.has(`${w} ${words[k + 1]}`) ? 'B-PER' : fullNames.has(`${words[k - 1]} ${w}`) ? 'I-PER' : 'O'));
  const model = { tag, spans: (words: string[]) => spansOf(tag(words)) } as unknown as NerModel;
  const doc = docOf('Der chinesische Premier Li Keqiang traf Annalena Baerbock. Am Dienstag sprach Li erneut mit Baerbock.');
  const texts = (d: typeof doc, consistency: boolean) => nerMentions(d, { model, consistency }).map((m) => `${m.text}@${m.start}`);
  assert.deepEqual(texts(doc, false), [`Li Keqiang@${doc.text.indexOf('Li Keqiang')}`, `Annalena Baerbock@${doc.text.indexOf('Annalena')}`]);
  const found = nerMentions(doc, { model });
  const li = found.find((m) => m.start === doc.text.lastIndexOf('Li '));
  assert.equal(li?.text, 'Li');
  assert.equal(li?.type, 'PER');
  assert.ok(found.some((m) => m.text === 'Baerbock' && m.start === doc.text.lastIndexOf('Baerbock')));
  // a part shared by two people's names stays untagged
  const two = docOf('Premier Li Keqiang und die Managerin Li Xiaolin kamen. Später sprach Li mit der Presse.');
  assert.ok(!nerMentions(two, { model }).some((m) => m.start === two.text.lastIndexOf('Li ')));
});

test('a hyphenated double surname alone stands for the person written out earlier (interview labels, later mentions)', () => {
  const tag = (words: string[]): string[] =>
    words.map((w, k) => (w === 'Laurenz' && words[k + 1] === 'Ennser-Jedenastik' ? 'B-PER' : words[k - 1] === 'Laurenz' && w === 'Ennser-Jedenastik' ? 'I-PER' : 'O'));
  const model = { tag, spans: (words: string[]) => spansOf(tag(words)) } as unknown as NerModel;
  const doc = docOf('Der Politologe Laurenz Ennser-Jedenastik erklärt die Wahl. Ennser-Jedenastik: Das ist schwer zu sagen.');
  const found = nerMentions(doc, { model });
  const later = found.find((m) => m.start === doc.text.lastIndexOf('Ennser-Jedenastik'));
  assert.equal(later?.text, 'Ennser-Jedenastik');
  assert.equal(later?.type, 'PER');
});

test('model header records version, training data hash, config and dev scores', () => {
  const h = loadModel().header;
  assert.match(h.trainingData[0].sha256, /^[0-9a-f]{64}$/);
  assert.equal(h.labels.length, 25);
  assert.ok(typeof h.config.epochs === 'number');
  assert.ok(h.dev && (h.dev.f1 as number) > 0.7);
});

test('the first part of a hyphenated word counts as a word of its own (its capitalisation statistics)', () => {
  // Two lexicons that differ only in how often "zorbak" is written lower-case in running text: before 1.4.0
  // nothing of "Zorbak-Spieler" depended on that (only whole words and the first part's own hash and flags did)
  const lexicon = (lowerCaseRatio: number | null) => {
    const b = new LexiconBuilder();
    b.addFlag('Spieler', FLAG.NOUN);
    if (lowerCaseRatio !== null) b.caps.set(fnv('zorbak') || 1, lowerCaseRatio * 8 + 5);
    return new Lexicon(b.toArrays());
  };
  const feats = (lex: Lexicon) => [...extractFeatures(['Der', 'Zorbak-Spieler', 'sagt'], lex).subarray(FEATURE_SLOTS, 2 * FEATURE_SLOTS)];
  assert.notDeepEqual(feats(lexicon(5)), feats(lexicon(null)));
  assert.notDeepEqual(feats(lexicon(5)), feats(lexicon(0)));
  assert.deepEqual(feats(lexicon(0)), feats(lexicon(0)));
});

test('decode reads every contextual slot that featuresOf fills without roles and class (DECODE_CONTEXT_SLOTS)', () => {
  const lex = loadModel().lexicon;
  const listed = new Set(DECODE_CONTEXT_SLOTS);
  const sentences = [
    ['„', 'Wir', 'werden', 'das', 'prüfen', '"', ',', 'sagte', 'Angela', 'Merkel', 'in', 'Berlin', '.'],
    ['(', 'Vereinte', 'Nationen', ')', ':', 'Der', 'UN-Sicherheitsrat', 'tagte', 'in', 'New', 'York', '–', 'Bundesliga-Spiel', '.'],
    ['Die', 'Deutsche', 'Bank', 'und', 'die', 'Europäische', 'Zentralbank', 'in', 'Frankfurt', 'am', 'Main'],
  ];
  let seen = 0;
  for (const tokens of sentences) {
    const info = tokenInfo(tokens, lex);
    // (a training-name sequence, as the lexicon marks one: no invented sentence here need hold one)
    info.tseq[1] = 3;
    const feats = featuresOf(tokens, info, lex, undefined, undefined, true, true);
    for (let i = 0; i < tokens.length; i++) {
      for (let k = INTRINSIC_SLOTS; k < FEATURE_SLOTS; k++) {
        if (feats[i * FEATURE_SLOTS + k] === 0) continue;
        assert.ok(listed.has(k), `slot ${k} of token ${tokens[i]} is filled but not read by decode`);
        seen++;
      }
    }
  }
  assert.ok(seen > 0);
});
