/**
 * Experiment: do the dev-tuned label score offsets generalise, and would more of them (B- of the -deriv/-part
 * types, I- labels) help? Splits GermEval dev into k random parts (several draws), tunes each offset scheme by
 * coordinate ascent (the grid of `tuneTypeOffsets`) on k - 1 of them and scores the held-out part, for each
 * part; prints the held-out F1 (span counts of the k held-out parts pooled) per draw and scheme, and the F1 of
 * each scheme tuned and scored on all of dev (what `npm run train:ner` reports).
 *   node --import tsx scripts/exp-ner-offsets.ts [model] [--draws 4] [--folds 2] [--schemes none,b4,b4x2,b4i4,b12,b12i12]
 */
import { parseArgs } from 'node:util';
import { readGermEval } from '../src/eval/germeval.ts';
import { round } from '../src/eval/metrics.ts';
import { NER_CONFIG, NER_MODEL_FILE } from '../src/ner/config.ts';
import { B, I, L, LABELS } from '../src/ner/labels.ts';
import { loadModelFile, transposeTransitions, viterbi } from '../src/ner/model.ts';
import { scoreSpans } from '../src/ner/score.ts';
import { rng, shuffle } from '../src/ner/train.ts';
import { modelPath, sharedDataPath } from '../src/util/paths.ts';

const { values, positionals } = parseArgs({
  options: {
    draws: { type: 'string', default: '4' },
    /** Folds per draw: tuned on k-1 parts, scored on the held-out part, counts pooled over the k parts. */
    folds: { type: 'string', default: '2' },
    schemes: { type: 'string', default: 'none,b4,b4x2,b4i4,b12,b12i12' },
    scale: { type: 'string', default: String(NER_CONFIG.biasScale) },
  },
  allowPositionals: true,
});
const m = loadModelFile(positionals[0] ?? modelPath('ner', NER_MODEL_FILE));
const dev = readGermEval(sharedDataPath('germeval2014', 'NER-de-dev.tsv'));
const scale = Number(values.scale);
const grid = NER_CONFIG.biasGrid.map((v) => v * scale);

/** Labels tuned and passes of coordinate ascent per scheme. */
const SCHEMES: Record<string, { labels: number[]; passes: number; minGain?: number }> = {
  none: { labels: [], passes: 0 },
  b4: { labels: [0, 1, 2, 3].map(B), passes: 1 },
  // an offset only where it gains at least 0.2 F1 points on the tuning sentences
  b4m: { labels: [0, 1, 2, 3].map(B), passes: 1, minGain: 0.002 },
  b4x2: { labels: [0, 1, 2, 3].map(B), passes: 2 },
  b4i4: { labels: [...[0, 1, 2, 3].map(B), ...[0, 1, 2, 3].map(I)], passes: 2 },
  b12: { labels: Array.from({ length: 12 }, (_, t) => B(t)), passes: 2 },
  b12i12: { labels: [...Array.from({ length: 12 }, (_, t) => B(t)), ...Array.from({ length: 12 }, (_, t) => I(t))], passes: 2 },
  b8: { labels: [0, 1, 2, 3, 4, 6, 9, 10].map(B), passes: 2 },
};

// emission scores without offsets, once per sentence; an offset scheme only adds its vector before Viterbi
m.labelBias.fill(0);
const emits = dev.map((s) => {
  m.tag(s.tokens);
  return Float32Array.from((m as unknown as { emit: Float32Array }).emit.subarray(0, s.tokens.length * L));
});
const transT = transposeTransitions(m.trans);
const tagged = (i: number): string[] => {
  const e = emits[i].slice();
  const n = dev[i].tokens.length;
  for (let k = 0; k < n; k++) for (let l = 0; l < L; l++) e[k * L + l] += m.labelBias[l];
  const path = viterbi(e, n, m.trans, undefined, transT);
  return Array.from(path.subarray(0, n), (l) => LABELS[l]);
};
const counts = (idx: number[]) =>
  scoreSpans(
    idx.map((i) => dev[i].tags),
    idx.map(tagged),
  ).micro;
const f1 = (idx: number[]) => counts(idx).f1;
{
  // the cached emissions give the model's own tags
  const own = dev.map((s) => m.tag(s.tokens).join(' '));
  if (dev.some((_, i) => tagged(i).join(' ') !== own[i])) throw new Error('cached emissions differ from tag()');
}

function tune(idx: number[], scheme: string): number {
  const { labels, passes, minGain = 0 } = SCHEMES[scheme];
  m.labelBias.fill(0);
  let best = f1(idx);
  for (let p = 0; p < passes; p++) {
    for (const b of labels) {
      const cur = m.labelBias[b];
      let bestV = cur;
      for (const v of [0, ...grid]) {
        if (v === cur) continue;
        m.labelBias[b] = v;
        const f = f1(idx);
        if (f > best + 1e-9) {
          best = f;
          bestV = v;
        }
      }
      m.labelBias[b] = bestV;
      if (bestV !== cur && minGain > 0) {
        // keep the change only where it gains enough over the offset before it
        m.labelBias[b] = cur;
        const before = f1(idx);
        if (best - before < minGain) best = before;
        else m.labelBias[b] = bestV;
      }
    }
  }
  return best;
}

const schemes = values.schemes.split(',');
const all = dev.map((_, i) => i);
for (const s of schemes) {
  const inSample = tune(all, s);
  const set = SCHEMES[s].labels.filter((b) => m.labelBias[b] !== 0).map((b) => `${LABELS[b]} ${round(m.labelBias[b])}`);
  console.log(`${s}: all dev tuned in-sample F1 ${round(inSample)} (${set.join(', ')})`);
}
const draws = Number(values.draws);
const heldOut: Record<string, number[]> = Object.fromEntries(schemes.map((s) => [s, []]));
for (let d = 0; d < draws; d++) {
  const order = [...all];
  shuffle(order, rng(1000 + d));
  const k = Number(values.folds);
  const parts = Array.from({ length: k }, (_, p) => order.filter((_, j) => j % k === p));
  for (const s of schemes) {
    // pooled counts over the two held-out halves
    let tp = 0;
    let np = 0;
    let ng = 0;
    for (let h = 0; h < k; h++) {
      tune(k === 2 ? parts[1 - h] : parts.filter((_, p) => p !== h).flat(), s);
      const c = counts(parts[h]);
      tp += c.tp;
      np += c.tp + c.fp;
      ng += c.tp + c.fn;
    }
    const p = tp / np;
    const r = tp / ng;
    heldOut[s].push((2 * p * r) / (p + r));
  }
  console.log(`draw ${d}: ${schemes.map((s) => `${s} ${round(heldOut[s][d])}`).join(', ')}`);
}
for (const s of schemes) {
  const v = heldOut[s];
  const mean = v.reduce((a, b) => a + b, 0) / v.length;
  const diff = v.map((x, i) => x - heldOut[schemes[0]][i]);
  console.log(`${s}: held-out F1 mean ${round(mean)} (${v.map((x) => round(x)).join(' / ')}); vs ${schemes[0]} ${diff.map((x) => (x >= 0 ? '+' : '') + (100 * x).toFixed(2)).join(' / ')}`);
}
