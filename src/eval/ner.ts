import { loadModel } from '../ner/index.ts';
import { scoreSpans } from '../ner/score.ts';
import { readGermEval } from './germeval.ts';
import { round } from './metrics.ts';
import type { EvalOptions, EvalReport } from './report.ts';

/**
 * Named-entity recognition against GermEval 2014 (official 4-column TSV or the 2-column BIOES
 * conversion): strict span precision/recall/F1, conlleval-style, outer layer, micro over the
 * 12 types and per type. Gold tokenisation is used, so this measures the tagger alone.
 * Options: `model` (path of a model file).
 */
export function evalNer(path: string, options: EvalOptions = {}): EvalReport {
  const t0 = performance.now();
  const model = loadModel(typeof options.model === 'string' ? options.model : undefined);
  const loadMs = performance.now() - t0;
  const sentences = readGermEval(path, options.limit ?? Infinity);
  const tokens = sentences.reduce((a, s) => a + s.tokens.length, 0);
  // warm-up pass (JIT), then the timed pass from an empty per-word cache
  for (const s of sentences) model.tag(s.tokens);
  model.clearCache();
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  const pred = sentences.map((s) => model.tag(s.tokens));
  const cpu = process.cpuUsage(cpu0);
  const elapsed = performance.now() - t1;
  const score = scoreSpans(
    sentences.map((s) => s.tags),
    pred,
  );
  const m = score.micro;
  const lines = [
    `sentences: ${sentences.length}, tokens: ${tokens}, gold entities: ${m.tp + m.fn}, predicted: ${m.tp + m.fp}`,
    `model: ${model.header.version} (${model.header.rows} weight rows), loaded in ${Math.round(loadMs)} ms`,
    `type          P       R       F1      gold  pred`,
  ];
  for (const [t, p] of Object.entries(score.perType)) {
    lines.push(
      `${t.padEnd(12)}  ${round(p.precision).toFixed(4)}  ${round(p.recall).toFixed(4)}  ${round(p.f1).toFixed(4)}  ${String(p.tp + p.fn).padStart(4)}  ${String(p.tp + p.fp).padStart(4)}`,
    );
  }
  lines.push(`all (micro)   ${round(m.precision).toFixed(4)}  ${round(m.recall).toFixed(4)}  ${round(m.f1).toFixed(4)}  ${String(m.tp + m.fn).padStart(4)}  ${String(m.tp + m.fp).padStart(4)}`);
  return {
    lines,
    summary: {
      task: 'ner',
      n: sentences.length,
      precision: round(m.precision),
      recall: round(m.recall),
      f1: round(m.f1),
      tokens,
      perType: Object.fromEntries(Object.entries(score.perType).map(([t, p]) => [t, { precision: round(p.precision), recall: round(p.recall), f1: round(p.f1) }])),
      tokensPerSecond: Math.round((tokens / elapsed) * 1000),
      // CPU time of this process: the single-core speed, robust to a busy machine
      tokensPerCpuSecond: Math.round((tokens / (cpu.user + cpu.system)) * 1e6),
      modelLoadMs: Math.round(loadMs),
    },
  };
}
