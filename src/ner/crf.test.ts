import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readGermEval } from '../eval/germeval.ts';
import { hasSharedData, sharedDataPath } from '../util/paths.ts';
import { forwardBackward, trainCrf } from './crf.ts';
import { extractFeatures, FEATURE_SLOTS } from './features.ts';
import { allowed, L } from './labels.ts';
import { Lexicon, LexiconBuilder } from './lexicon.ts';
import { NerModel } from './model.ts';
import { buildRows, rng } from './train.ts';
import { scoreSpans } from './score.ts';

test('forward-backward matches brute-force enumeration of the valid label sequences', () => {
  const random = rng(3);
  const n = 3;
  const emit = new Float64Array(n * L);
  for (let i = 0; i < emit.length; i++) emit[i] = (random() - 0.5) * 6;
  const trans = new Float64Array((L + 1) * L);
  for (let i = 0; i < trans.length; i++) trans[i] = (random() - 0.5) * 4;
  const expT = new Float64Array((L + 1) * L);
  for (let p = 0; p <= L; p++) for (let y = 0; y < L; y++) expT[p * L + y] = allowed(p === L ? -1 : p, y) ? Math.exp(trans[p * L + y]) : 0;
  // brute force
  let z = 0;
  const marg = new Float64Array(n * L);
  const pair = new Float64Array(L * L); // positions 1 -> 2
  for (let a = 0; a < L; a++) {
    if (!allowed(-1, a)) continue;
    for (let b = 0; b < L; b++) {
      if (!allowed(a, b)) continue;
      for (let c = 0; c < L; c++) {
        if (!allowed(b, c)) continue;
        const s = emit[a] + emit[L + b] + emit[2 * L + c] + trans[L * L + a] + trans[a * L + b] + trans[b * L + c];
        const p = Math.exp(s);
        z += p;
        marg[a] += p;
        marg[L + b] += p;
        marg[2 * L + c] += p;
        pair[b * L + c] += p;
      }
    }
  }
  const e = Float64Array.from(emit);
  const alpha = new Float64Array(n * L);
  const beta = new Float64Array(n * L);
  const scale = new Float64Array(n);
  const logZ = forwardBackward(e, n, expT, alpha, beta, scale);
  assert.ok(Math.abs(logZ - Math.log(z)) < 1e-9, `${logZ} vs ${Math.log(z)}`);
  for (let i = 0; i < n * L; i++) assert.ok(Math.abs(alpha[i] * beta[i] - marg[i] / z) < 1e-9);
  for (let p = 0; p < L; p++) {
    for (let y = 0; y < L; y++) {
      const pm = (alpha[L + p] * expT[p * L + y] * e[2 * L + y] * beta[2 * L + y]) / scale[2];
      assert.ok(Math.abs(pm - pair[p * L + y] / z) < 1e-9);
    }
  }
});

const data = hasSharedData('germeval2014', 'train_bioes.train');

test('CRF training on a small subset is deterministic (also from rows built beforehand) and learns', { skip: !data && 'no shared data' }, () => {
  const train = readGermEval(sharedDataPath('germeval2014', 'train_bioes.train'), 500);
  const dev = readGermEval(sharedDataPath('germeval2014', 'NER-de-dev.tsv'), 300);
  const lex = new Lexicon(new LexiconBuilder().toArrays());
  const feats = train.map((s) => extractFeatures(s.tokens, lex, new Uint32Array(s.tokens.length * FEATURE_SLOTS)));
  const opts = { epochs: 2, minCount: 1, seed: 7, eta0: 0.1, decay: 1, l1: 0, l2: 0, average: true };
  const a = trainCrf(feats, train.map((s) => s.tags), opts);
  const b = trainCrf(feats, train.map((s) => s.tags), { ...opts, rows: buildRows(feats, train.map((s) => s.tags), 1, () => {}) });
  assert.deepEqual(a.rowKeys, b.rowKeys);
  assert.deepEqual(a.weights, b.weights);
  assert.deepEqual(a.trans, b.trans);
  const m = NerModel.fromDense({} as never, a.rowKeys, a.weights, a.trans, lex);
  const s = scoreSpans(dev.map((x) => x.tags), dev.map((x) => m.tag(x.tokens)));
  assert.ok(s.micro.f1 > 0.25, `dev F1 ${s.micro.f1}`);
});

test('CRF averageFrom averages only the steps from that epoch on', { skip: !data && 'no shared data' }, () => {
  const train = readGermEval(sharedDataPath('germeval2014', 'train_bioes.train'), 200);
  const lex = new Lexicon(new LexiconBuilder().toArrays());
  const feats = train.map((s) => extractFeatures(s.tokens, lex, new Uint32Array(s.tokens.length * FEATURE_SLOTS)));
  const tags = train.map((s) => s.tags);
  const rows = buildRows(feats, tags, 1, () => {});
  const opts = { epochs: 2, minCount: 1, seed: 7, eta0: 0.1, decay: 1, l1: 0, l2: 0, average: true, rows };
  const all = trainCrf(feats, tags, opts); // mean of the iterates w_0 … w_2N
  const late = trainCrf(feats, tags, { ...opts, averageFrom: 2 }); // mean of w_N … w_2N
  const early = trainCrf(feats, tags, { ...opts, epochs: 1 }); // mean of w_0 … w_N
  const wN = trainCrf(feats, tags, { ...opts, epochs: 1, average: false }); // w_N
  const n = train.filter((s) => s.tokens.length > 0).length;
  let differs = 0;
  const check = (a: Float32Array, l: Float32Array, e: Float32Array, w: Float32Array) => {
    for (let i = 0; i < a.length; i++) {
      const expect = ((n + 1) * e[i] + (n + 1) * l[i] - w[i]) / (2 * n + 1);
      assert.ok(Math.abs(a[i] - expect) < 1e-4 * (1 + Math.abs(a[i])), `${i}: ${a[i]} vs ${expect}`);
      if (Math.abs(l[i] - a[i]) > 1e-3) differs++;
    }
  };
  check(all.weights, late.weights, early.weights, wN.weights);
  check(all.trans, late.trans, early.trans, wN.trans);
  assert.ok(differs > 0);
});
