/**
 * Experiment: prunes the weights of a trained NER model file (magnitude threshold, optional cap on
 * labels per row) and reports dev F1 (without and with re-tuned B- offsets), rows, labels per row,
 * rows stored outside the table slot (> 4 labels), file size and tagging speed.
 *   node --import tsx scripts/exp-ner-prune.ts model.bin.gz [--taus 0,0.01,0.02] [--topk 0] [--bias-scale 1] [--save-best path]
 */
import { readGermEval } from '../src/eval/germeval.ts';
import { round } from '../src/eval/metrics.ts';
import { NER_CONFIG } from '../src/ner/config.ts';
import { L, LABELS } from '../src/ner/labels.ts';
import { loadModelFile, NerModel, readModelSections, saveModel, type SparseWeights } from '../src/ner/model.ts';
import { scoreSpans } from '../src/ner/score.ts';
import { tuneTypeOffsets } from '../src/ner/train.ts';
import { sharedDataPath } from '../src/util/paths.ts';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const file = args[0];
const taus = (arg('taus') ?? '0').split(',').map(Number);
const topks = (arg('topk') ?? '0').split(',').map(Number);
const biasScale = Number(arg('bias-scale') ?? 1);
const savePath = arg('save');

const base = loadModelFile(file);
const { header, arrays } = readModelSections(file);
const lexArrays: Record<string, unknown> = {};
for (const [name, data] of arrays) if (name.startsWith('lex.')) lexArrays[name.slice(4)] = data;
const rowKeys = arrays.get('rowKeys') as Uint32Array;
const rowMasks = arrays.get('rowMasks') as Uint32Array;
const rowVals = arrays.get('rowVals') as Int16Array;
const scale = header.scale;

const dev = readGermEval(sharedDataPath('germeval2014', 'NER-de-dev.tsv'));
const gold = dev.map((s) => s.tags);
const evalDev = (m: NerModel) => scoreSpans(gold, dev.map((s) => m.tag(s.tokens)));

function prune(tau: number, topk: number): SparseWeights {
  const q = Math.ceil(tau / scale - 1e-9);
  const keys: number[] = [];
  const masks: number[] = [];
  const vals: number[] = [];
  let v = 0;
  const labs: number[] = [];
  const vs: number[] = [];
  for (let r = 0; r < rowKeys.length; r++) {
    let m = rowMasks[r];
    labs.length = 0;
    vs.length = 0;
    while (m !== 0) {
      const l = 31 - Math.clz32(m & -m);
      m &= m - 1;
      const x = rowVals[v++];
      if (Math.abs(x) >= q) {
        labs.push(l);
        vs.push(x);
      }
    }
    if (topk > 0 && labs.length > topk) {
      const idx = labs.map((_, i) => i).sort((a, b) => Math.abs(vs[b]) - Math.abs(vs[a]) || a - b).slice(0, topk).sort((a, b) => a - b);
      const l2 = idx.map((i) => labs[i]);
      const v2 = idx.map((i) => vs[i]);
      labs.splice(0, labs.length, ...l2);
      vs.splice(0, vs.length, ...v2);
    }
    if (labs.length === 0) continue;
    let mask = 0;
    for (const l of labs) mask |= 1 << l;
    keys.push(rowKeys[r]);
    masks.push(mask >>> 0);
    vals.push(...vs);
  }
  return { rowKeys: Uint32Array.from(keys), rowMasks: Uint32Array.from(masks), rowVals: Int16Array.from(vals), scale };
}

function tuneBias(m: NerModel): number {
  return tuneTypeOffsets(m, () => evalDev(m).micro.f1, NER_CONFIG.biasGrid, biasScale);
}

function speed(m: NerModel): number {
  const times: number[] = [];
  let tokens = 0;
  for (const s of dev) tokens += s.tokens.length;
  for (let rep = 0; rep < 3; rep++) {
    m.clearCache();
    const c0 = process.cpuUsage();
    for (const s of dev) m.tag(s.tokens);
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1e6);
  }
  times.sort((a, b) => a - b);
  return Math.round(tokens / times[1]);
}

console.log(`base: rows ${base.rows}; speed ${speed(base)} tok/cpu-s`);
for (const tau of taus) {
  for (const topk of topks) {
    const w = prune(tau, topk);
    const m = new NerModel(header, w, base.trans, base.lexicon);
    const f0 = evalDev(m).micro.f1;
    const f1 = tuneBias(m);
    const per = scoreSpans(gold, dev.map((s) => m.tag(s.tokens)));
    let over = 0;
    let labs = 0;
    for (const mk of w.rowMasks) {
      let c = 0;
      for (let l = 0; l < L; l++) if (mk & (1 << l)) c++;
      labs += c;
      if (c > 4) over++;
    }
    let bytes = 0;
    if (savePath) {
      const path = `${savePath}.tau${tau}.k${topk}.bin.gz`;
      // dense weights of the pruned rows, for saveModel
      const dense = new Float32Array(w.rowKeys.length * L);
      let v = 0;
      for (let r = 0; r < w.rowKeys.length; r++) {
        for (let l = 0; l < L; l++) if (w.rowMasks[r] & (1 << l)) dense[r * L + l] = w.rowVals[v++] * scale;
      }
      bytes = saveModel(path, { ...header, labelBias: Array.from(m.labelBias) }, w.rowKeys, dense, base.trans, lexArrays as never).bytes;
    }
    console.log(
      `tau ${tau} topk ${topk}: rows ${w.rowKeys.length}, labels/row ${(labs / w.rowKeys.length).toFixed(2)}, rows>4 ${over}, ` +
        `F1 ${round(f0)} / offsets ${round(f1)} (P ${round(per.micro.precision)} R ${round(per.micro.recall)}; ` +
        `${Array.from(m.labelBias).filter((_, i) => i % 2 === 1 && i < 9).map((x) => x.toFixed(2)).join(' ')}), ` +
        `speed ${speed(m)} tok/cpu-s${bytes ? `, ${(bytes / 1e6).toFixed(2)} MB` : ''}`,
    );
  }
}
void LABELS;
