/**
 * Experiment: how far apart must two dev F1 figures be to mean something? Paired bootstrap over GermEval dev
 * sentences (resampled with replacement, strict outer span counts summed): the spread of model A's F1, and of
 * the difference A − B, each model with its stored offsets and without offsets.
 *   node --import tsx scripts/exp-ner-bootstrap.ts A.bin.gz [B.bin.gz] [--samples 1000]
 */
import { parseArgs } from 'node:util';
import { readGermEval } from '../src/eval/germeval.ts';
import { round } from '../src/eval/metrics.ts';
import { loadModelFile } from '../src/ner/model.ts';
import { scoreSpans } from '../src/ner/score.ts';
import { rng } from '../src/ner/train.ts';
import { sharedDataPath } from '../src/util/paths.ts';

const { values, positionals } = parseArgs({
  options: { samples: { type: 'string', default: '1000' } },
  allowPositionals: true,
});
const dev = readGermEval(sharedDataPath('germeval2014', 'NER-de-dev.tsv'));

/** Per sentence [tp, fp, fn] of a model, with its offsets or without. */
function counts(path: string, offsets: boolean): Int32Array {
  const m = loadModelFile(path);
  if (!offsets) m.labelBias.fill(0);
  const c = new Int32Array(dev.length * 3);
  dev.forEach((s, i) => {
    const r = scoreSpans([s.tags], [m.tag(s.tokens)]).micro;
    c[3 * i] = r.tp;
    c[3 * i + 1] = r.fp;
    c[3 * i + 2] = r.fn;
  });
  return c;
}
const f1 = (tp: number, fp: number, fn: number) => (2 * tp) / (2 * tp + fp + fn);
const pct = (v: number[], q: number) => v[Math.min(v.length - 1, Math.floor(q * v.length))];

const n = Number(values.samples);
for (const offsets of [true, false]) {
  const a = counts(positionals[0], offsets);
  const b = positionals[1] ? counts(positionals[1], offsets) : null;
  const random = rng(20141001);
  const fa: number[] = [];
  const diff: number[] = [];
  const sum = (c: Int32Array, idx: Int32Array) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const i of idx) {
      tp += c[3 * i];
      fp += c[3 * i + 1];
      fn += c[3 * i + 2];
    }
    return f1(tp, fp, fn);
  };
  const all = Int32Array.from(dev.keys());
  const fullA = sum(a, all);
  const fullB = b ? sum(b, all) : 0;
  for (let k = 0; k < n; k++) {
    const idx = new Int32Array(dev.length);
    for (let j = 0; j < idx.length; j++) idx[j] = Math.floor(random() * dev.length);
    const x = sum(a, idx);
    fa.push(x);
    if (b) diff.push(x - sum(b, idx));
  }
  fa.sort((x, y) => x - y);
  diff.sort((x, y) => x - y);
  const sd = (v: number[]) => {
    const mu = v.reduce((s, x) => s + x, 0) / v.length;
    return Math.sqrt(v.reduce((s, x) => s + (x - mu) ** 2, 0) / (v.length - 1));
  };
  let line = `${offsets ? 'with offsets' : 'without offsets'}: A F1 ${round(fullA)}, sd ${round(sd(fa))}, 95% ${round(pct(fa, 0.025))}–${round(pct(fa, 0.975))}`;
  if (b) {
    const below = diff.filter((d) => d <= 0).length / diff.length;
    line += `; B ${round(fullB)}; A − B ${round(fullA - fullB)}, sd ${round(sd(diff))}, 95% ${round(pct(diff, 0.025))}–${round(pct(diff, 0.975))}, share ≤ 0: ${round(below)}`;
  }
  console.log(line);
}
