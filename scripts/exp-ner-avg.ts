/**
 * Experiment: weight averaging over data orders. Combines the per-run raw weights that
 * `npm run train:ner -- --runs K --dump-runs DIR` wrote (CRF and perceptron per shuffle seed): for each
 * seed set given, CRF weights averaged + perceptronWeight × perceptron weights averaged, pruned as
 * train-ner prunes, written and reloaded (quantised like the model file), then dev F1 without offsets,
 * with the committed model's offsets, and with offsets re-tuned on dev. The lexicon comes from the model
 * file given (it must have been built with the same lexicon config and cluster seed).
 *   node --import tsx scripts/exp-ner-avg.ts DIR 20140901 20140901,20140902,20140903 … [--model M]
 *     [--perceptron-weight 0.2,0.3] [--prune 0.05]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readGermEval } from '../src/eval/germeval.ts';
import { round } from '../src/eval/metrics.ts';
import { NER_CONFIG, NER_MODEL_FILE } from '../src/ner/config.ts';
import type { LexiconArrays } from '../src/ner/lexicon.ts';
import { loadModelFile, type NerModel, readModelSections, saveModel } from '../src/ner/model.ts';
import { scoreSpans } from '../src/ner/score.ts';
import { tuneTypeOffsets } from '../src/ner/train.ts';
import { modelPath, sharedDataPath } from '../src/util/paths.ts';

const { values, positionals } = parseArgs({
  options: {
    model: { type: 'string', default: modelPath('ner', NER_MODEL_FILE) },
    'perceptron-weight': { type: 'string', default: String(NER_CONFIG.crf.perceptronWeight) },
    prune: { type: 'string', default: String(NER_CONFIG.crf.prune) },
    tmp: { type: 'string', default: '/tmp/exp-ner-avg.bin.gz' },
    /** Keep the last combination as a model file with its re-tuned offsets (for speed and downstream checks). */
    save: { type: 'string' },
  },
  allowPositionals: true,
});
const [dir, ...sets] = positionals;
if (!dir || sets.length === 0) throw new Error('usage: exp-ner-avg.ts DIR SEEDS[,SEEDS…] …');

const { header, arrays } = readModelSections(values.model);
const lex = {} as LexiconArrays;
for (const [name, data] of arrays) if (name.startsWith('lex.')) (lex as unknown as Record<string, unknown>)[name.slice(4)] = data;
const committedBias = Float32Array.from(header.labelBias ?? []);
const f32 = (p: string) => {
  const b = readFileSync(p);
  return new Float32Array(b.buffer, b.byteOffset, b.byteLength / 4);
};
const rowKeys = (() => {
  const b = readFileSync(`${dir}/rowKeys.u32`);
  return new Uint32Array(b.buffer, b.byteOffset, b.byteLength / 4);
})();
const dev = readGermEval(sharedDataPath('germeval2014', 'NER-de-dev.tsv'));
const f1 = (m: NerModel) =>
  scoreSpans(
    dev.map((s) => s.tags),
    dev.map((s) => m.tag(s.tokens)),
  ).micro.f1;

function mean(kind: string, seeds: string[]): { weights: Float64Array; trans: Float64Array } {
  let weights: Float64Array | null = null;
  let trans: Float64Array | null = null;
  for (const s of seeds) {
    const w = f32(`${dir}/${kind}-${s}.weights.f32`);
    const t = f32(`${dir}/${kind}-${s}.trans.f32`);
    weights ??= new Float64Array(w.length);
    trans ??= new Float64Array(t.length);
    for (let i = 0; i < w.length; i++) weights[i] += w[i];
    for (let i = 0; i < t.length; i++) trans[i] += t[i];
  }
  if (!weights || !trans) throw new Error('no seeds');
  for (let i = 0; i < weights.length; i++) weights[i] /= seeds.length;
  for (let i = 0; i < trans.length; i++) trans[i] /= seeds.length;
  return { weights, trans };
}

const prune = Number(values.prune);
for (const set of sets) {
  const seeds = set.split(',');
  const crf = mean('crf', seeds);
  const per = mean('perceptron', seeds);
  for (const pw of values['perceptron-weight'].split(',').map(Number)) {
    const w = new Float32Array(crf.weights.length);
    let kept = 0;
    for (let i = 0; i < w.length; i++) {
      const v = crf.weights[i] + pw * per.weights[i];
      if (Math.abs(v) >= prune) {
        w[i] = v;
        kept++;
      }
    }
    const t = new Float32Array(crf.trans.length);
    for (let i = 0; i < t.length; i++) t[i] = crf.trans[i] + pw * per.trans[i];
    const saved = saveModel(values.tmp, { version: 'exp', trainingData: [], config: {} }, rowKeys, w, t, lex);
    const m = loadModelFile(values.tmp);
    const plain = f1(m);
    m.labelBias.set(committedBias);
    const fixed = f1(m);
    const tuned = tuneTypeOffsets(m, () => f1(m), NER_CONFIG.biasGrid, NER_CONFIG.biasScale);
    const offsets = [1, 3, 5, 7].map((b) => round(m.labelBias[b])).join('/');
    if (values.save) {
      const h = { version: `exp-avg-${seeds.length}`, trainingData: [], config: { seeds, perceptronWeight: pw, prune }, dev: { f1: round(tuned) }, labelBias: Array.from(m.labelBias) };
      saveModel(values.save, h, rowKeys, w, t, lex);
    }
    console.log(
      `K=${seeds.length} seeds ${set} pw ${pw}: dev F1 ${round(plain)} no offsets, ${round(fixed)} committed offsets, ${round(tuned)} re-tuned (${offsets}); ${kept} weights kept, ${(saved.bytes / 1e6).toFixed(2)} MB`,
    );
  }
}
