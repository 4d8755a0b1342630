import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDoc } from '../doc/index.ts';
import { readGnad } from '../eval/gnad.ts';
import { defaultPipeline } from '../pipeline/index.ts';
import { Store } from '../store/index.ts';
import { sharedDataPath } from '../util/paths.ts';

export interface BenchOptions {
  path?: string;
  limit?: number;
}

export interface BenchResult {
  task: 'bench';
  articles: number;
  tokens: number;
  pipelineSeconds: number;
  tokensPerSecond: number;
  /** Tokens per second of this process's CPU time: comparable across runs on a busy machine. */
  tokensPerCpuSecond: number;
  articlesPerSecond: number;
  cleanSegmentTokensPerSecond: number;
  stageMs: Record<string, number>;
  stageShare: Record<string, number>;
  storeArticlesPerSecond: number;
  ingestArticlesPerSecond: number;
  /**
   * The first 300 articles joined into one long document (about 125k tokens): a stage that grows
   * faster than linearly with the length of a document shows here first.
   */
  longDocument: { tokens: number; tokensPerSecond: number; stageMs: Record<string, number> };
  peakRssMB: number;
}

/**
 * Pipeline throughput over 10kGNAD in one pipeline thread: per-stage time, tokens/s, articles/s,
 * SQLite ingest rate (with FTS and near-duplicate index), peak RSS. `tokensPerCpuSecond` counts the CPU
 * time of every thread of the process (V8 compiles and collects on helper threads); run the bench under
 * `taskset -c 0` to confine all of them to one core.
 */
export function runBench(options: BenchOptions = {}): BenchResult {
  const articles = readGnad(options.path ?? sharedDataPath('10kgnad', 'test.csv'), options.limit ?? Infinity);
  const pipeline = defaultPipeline();
  // Warm-up: model loading and JIT are start-up costs, not throughput.
  for (const a of articles.slice(0, 20)) pipeline.run(createDoc(a.text));

  // Pipeline pass: documents are dropped once analysed, as in a stream (holding all of them made the
  // collector mark an ever larger heap on other cores, which a stream never pays for).
  const timings = new Map<string, number>();
  let tokens = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const a of articles) tokens += pipeline.runTimed(createDoc(a.text), timings).tokens.length;
  const pipelineMs = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const pipelineCpuMs = (cpu.user + cpu.system) / 1000;

  // Store pass: each article analysed again (not timed) and saved at once, as `lagebild ingest` does;
  // only the saves are timed.
  let storeMs = 0;
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-bench-'));
  try {
    const store = new Store(join(dir, 'bench.db'));
    for (const [i, a] of articles.entries()) {
      const doc = pipeline.run(createDoc(a.text));
      const s0 = performance.now();
      store.save(doc, { name: `10kgnad#${i}`, format: 'text', input: doc.raw });
      storeMs += performance.now() - s0;
    }
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const longTimings = new Map<string, number>();
  const l0 = performance.now();
  const longDoc = pipeline.runTimed(createDoc(articles.slice(0, 300).map((a) => a.text).join('\n\n')), longTimings);
  const longMs = performance.now() - l0;

  const stageMs = Object.fromEntries([...timings].map(([k, v]) => [k, Math.round(v)]));
  const stageShare = Object.fromEntries([...timings].map(([k, v]) => [k, Math.round((v / pipelineMs) * 1000) / 1000]));
  const cleanSegmentMs = (timings.get('clean') ?? 0) + (timings.get('segment') ?? 0);
  return {
    task: 'bench',
    articles: articles.length,
    tokens,
    pipelineSeconds: Math.round(pipelineMs) / 1000,
    tokensPerSecond: Math.round((tokens / pipelineMs) * 1000),
    tokensPerCpuSecond: Math.round((tokens / pipelineCpuMs) * 1000),
    articlesPerSecond: Math.round((articles.length / pipelineMs) * 1000 * 10) / 10,
    cleanSegmentTokensPerSecond: Math.round((tokens / cleanSegmentMs) * 1000),
    stageMs,
    stageShare,
    storeArticlesPerSecond: Math.round((articles.length / storeMs) * 1000),
    ingestArticlesPerSecond: Math.round((articles.length / (pipelineMs + storeMs)) * 1000 * 10) / 10,
    longDocument: {
      tokens: longDoc.tokens.length,
      tokensPerSecond: Math.round((longDoc.tokens.length / longMs) * 1000),
      stageMs: Object.fromEntries([...longTimings].map(([k, v]) => [k, Math.round(v)])),
    },
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}
