/**
 * Experiment (not part of the product): two-pass stacking. First-pass models are trained
 * jackknife-style (5 folds over train, FIRST_EPOCHS epochs) to label every training sentence; the
 * second pass is trained with the first-pass labels of the word, its neighbours (±2, trigram) and of
 * other occurrences of the same word in the sentence as extra features, and scored on dev (dev
 * first-pass labels come from the given full model, offsets off). Takes ~11 minutes on one core.
 *   node --import tsx scripts/exp-ner-stack.ts [model.bin.gz]
 * Measured 2026-11-26: first pass 0.7573 -> stacked 0.7619 dev F1 (no offsets), see docs/ner.md.
 */
import { readGermEval } from '../src/eval/germeval.ts';
import { round } from '../src/eval/metrics.ts';
import { trainLabelFlags } from '../src/ner/build-lexicon.ts';
import { NER_CONFIG, NER_MODEL_FILE } from '../src/ner/config.ts';
import { extractFeatures, FEATURE_SLOTS } from '../src/ner/features.ts';
import { HashTable, mix } from '../src/ner/hash.ts';
import { L, LABELS } from '../src/ner/labels.ts';
import { loadModelFile, NerModel, viterbi } from '../src/ner/model.ts';
import { scoreSpans } from '../src/ner/score.ts';
import { trainPerceptron } from '../src/ner/train.ts';
import { modelPath, sharedDataPath } from '../src/util/paths.ts';

const log = (m: string) => console.error(`[stack ${(performance.now() / 1000).toFixed(1)}s] ${m}`);
const base = loadModelFile(process.argv[2] ?? modelPath('ner', NER_MODEL_FILE));
base.labelBias.fill(0);
const lex = base.lexicon;
const train = readGermEval(sharedDataPath('germeval2014', 'train_bioes.train'));
const dev = readGermEval(sharedDataPath('germeval2014', 'NER-de-dev.tsv'));
const folds = NER_CONFIG.jackknifeFolds;
const firstEpochs = Number(process.env.FIRST_EPOCHS ?? 8);
const table = (m: Map<number, number>) => HashTable.from(Uint32Array.from(m.keys()), Int32Array.from(m.values()));
const foldTables: HashTable[] = [];
for (let f = 0; f < folds; f++) foldTables.push(table(trainLabelFlags(train.filter((_, i) => i % folds !== f))));
const feats = train.map((s, i) => {
  lex.trainFlags = foldTables[i % folds];
  return extractFeatures(s.tokens, lex, new Uint32Array(s.tokens.length * FEATURE_SLOTS));
});
lex.trainFlags = null;
log('features');
// first pass, jackknifed
const firstTrain: Int32Array[] = new Array(train.length);
for (let f = 0; f < folds; f++) {
  const idx = train.map((_, i) => i).filter((i) => i % folds !== f);
  const w = trainPerceptron(idx.map((i) => feats[i]), idx.map((i) => train[i].tags), { epochs: firstEpochs, minCount: 1, seed: NER_CONFIG.seed });
  const m = NerModel.fromDense({} as never, w.rowKeys, w.weights, w.trans, lex);
  lex.trainFlags = foldTables[f];
  for (let i = f; i < train.length; i += folds) firstTrain[i] = m.tagIndices(train[i].tokens).slice();
  lex.trainFlags = null;
  log(`fold ${f}`);
}
const firstDev = dev.map((s) => base.tagIndices(s.tokens).slice());
const dev1 = scoreSpans(dev.map((s) => s.tags), firstDev.map((p) => Array.from(p, (l) => LABELS[l])));
log(`first pass dev F1 ${round(dev1.micro.f1)}`);
const trainFirst = scoreSpans(train.map((s) => s.tags), firstTrain.map((p) => Array.from(p, (l) => LABELS[l])));
log(`first pass (jackknifed) train F1 ${round(trainFirst.micro.f1)}`);
const S = 7;
const F2 = FEATURE_SLOTS + S;
const T0 = 9000;
function stacked(f1: Uint32Array, p: Int32Array, tokens: string[]): Uint32Array {
  const n = p.length;
  const out = new Uint32Array(n * F2);
  const lower = tokens.map((t) => t.toLowerCase());
  for (let i = 0; i < n; i++) {
    out.set(f1.subarray(i * FEATURE_SLOTS, (i + 1) * FEATURE_SLOTS), i * F2);
    const o = i * F2 + FEATURE_SLOTS;
    const pm1 = i > 0 ? p[i - 1] : 99;
    const pp1 = i + 1 < n ? p[i + 1] : 98;
    const pm2 = i > 1 ? p[i - 2] : 99;
    const pp2 = i + 2 < n ? p[i + 2] : 98;
    out[o] = mix(T0, p[i]);
    out[o + 1] = mix(T0 + 1, pm1);
    out[o + 2] = mix(T0 + 2, pp1);
    out[o + 3] = mix(mix(mix(T0 + 3, pm1), p[i]), pp1);
    out[o + 4] = mix(mix(T0 + 4, pm2), pm1);
    out[o + 5] = mix(mix(T0 + 5, pp1), pp2);
    // same word elsewhere in the sentence tagged as an entity by the first pass
    let other = 0;
    for (let j = 0; j < n; j++) if (j !== i && lower[j] === lower[i] && p[j] > 0) other = ((p[j] - 1) >> 1) + 1;
    if (other) out[o + 6] = mix(T0 + 6, other);
  }
  return out;
}
const feats2 = train.map((s, i) => stacked(feats[i], firstTrain[i], s.tokens));
const devFeats = dev.map((s, i) => stacked(extractFeatures(s.tokens, lex), firstDev[i], s.tokens));
log('stacked features');
const evalDense = (w: { rowKeys: Uint32Array; weights: Float32Array; trans: Float32Array }) => {
  const row = new Map<number, number>();
  w.rowKeys.forEach((k, i) => row.set(k, i));
  const pred = dev.map((s, si) => {
    const n = s.tokens.length;
    const emit = new Float32Array(n * L);
    const f = devFeats[si];
    for (let i = 0; i < n; i++) for (let k = 0; k < F2; k++) {
      const h = f[i * F2 + k];
      if (h === 0) continue;
      const r = row.get(h);
      if (r === undefined) continue;
      for (let l = 0; l < L; l++) emit[i * L + l] += w.weights[r * L + l];
    }
    return Array.from(viterbi(emit, n, w.trans), (l) => LABELS[l]);
  });
  return scoreSpans(dev.map((s) => s.tags), pred);
};
const w2 = trainPerceptron(feats2, train.map((s) => s.tags), {
  epochs: Number(process.env.EPOCHS ?? 10), minCount: 1, seed: NER_CONFIG.seed, slots: F2, log,
  onEpoch: (e, w) => { if (e >= 6) log(`epoch ${e} stacked dev F1 ${round(evalDense(w).micro.f1)}`); },
});
const s2 = evalDense(w2);
log(`stacked dev: P ${round(s2.micro.precision)} R ${round(s2.micro.recall)} F1 ${round(s2.micro.f1)}`);
log(JSON.stringify(Object.fromEntries(Object.entries(s2.perType).map(([t, p]) => [t, round(p.f1)]))));
