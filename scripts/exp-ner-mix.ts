/**
 * Experiment: a linear mix of two trained NER model files with the same features (e.g. CRF and
 * perceptron): weights a·A + b·B over the union of rows, transitions likewise; dev F1 per mix.
 *   node --import tsx scripts/exp-ner-mix.ts A.bin.gz B.bin.gz --b 0.01,0.02,0.05 [--tau 0.02]
 */
import { readGermEval } from '../src/eval/germeval.ts';
import { round } from '../src/eval/metrics.ts';
import { NER_CONFIG } from '../src/ner/config.ts';
import { L } from '../src/ner/labels.ts';
import { loadModelFile, NerModel, readModelSections, sparsify } from '../src/ner/model.ts';
import { scoreSpans } from '../src/ner/score.ts';
import { tuneTypeOffsets } from '../src/ner/train.ts';
import { sharedDataPath } from '../src/util/paths.ts';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const bs = (arg('b') ?? '0.01').split(',').map(Number);
const tau = Number(arg('tau') ?? 0);
const biasScale = Number(arg('bias-scale') ?? 1);

function dense(file: string): Map<number, Float32Array> {
  const { header, arrays } = readModelSections(file);
  const out = { rowKeys: arrays.get('rowKeys') as Uint32Array, rowMasks: arrays.get('rowMasks') as Uint32Array, rowVals: arrays.get('rowVals') as Int16Array };
  const m = new Map<number, Float32Array>();
  let v = 0;
  for (let r = 0; r < out.rowKeys.length; r++) {
    const row = new Float32Array(L);
    for (let l = 0; l < L; l++) if (out.rowMasks[r] & (1 << l)) row[l] = out.rowVals[v++] * header.scale;
    m.set(out.rowKeys[r], row);
  }
  return m;
}

const A = loadModelFile(args[0]);
const B = loadModelFile(args[1]);
const dA = dense(args[0]);
const dB = dense(args[1]);
const keys = Uint32Array.from(new Set([...dA.keys(), ...dB.keys()])).sort();
const dev = readGermEval(sharedDataPath('germeval2014', 'NER-de-dev.tsv'));
const gold = dev.map((s) => s.tags);
for (const b of bs) {
  const w = new Float32Array(keys.length * L);
  for (let r = 0; r < keys.length; r++) {
    const ra = dA.get(keys[r]);
    const rb = dB.get(keys[r]);
    for (let l = 0; l < L; l++) {
      const x = (ra ? ra[l] : 0) + b * (rb ? rb[l] : 0);
      w[r * L + l] = Math.abs(x) < tau ? 0 : x;
    }
  }
  const t = new Float32Array(A.trans.length);
  for (let i = 0; i < t.length; i++) t[i] = A.trans[i] + b * B.trans[i];
  const m = new NerModel(A.header, sparsify(keys, w), t, A.lexicon);
  const s = scoreSpans(gold, dev.map((x) => m.tag(x.tokens)));
  // B- offsets per main type, the coordinate search of train-ner (grid scaled by --bias-scale)
  const best = tuneTypeOffsets(m, () => scoreSpans(gold, dev.map((x) => m.tag(x.tokens))).micro.f1, NER_CONFIG.biasGrid, biasScale);
  console.log(`b ${b}: rows ${m.rows}, F1 ${round(s.micro.f1)} (P ${round(s.micro.precision)} R ${round(s.micro.recall)}), with offsets ${round(best)}`);
}
