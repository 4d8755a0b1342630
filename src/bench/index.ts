import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDoc } from '../doc/index.ts';
import { detokenize, readGermEval } from '../eval/germeval.ts';
import { readGnad } from '../eval/gnad.ts';
import type { Doc } from '../doc/index.ts';
import { BATCH_SIZE, defaultPipeline } from '../pipeline/index.ts';
import { Store } from '../store/index.ts';
import { hasSharedData, sharedDataPath } from '../util/paths.ts';

export interface BenchOptions {
  path?: string;
  limit?: number;
  /** Tokens of other German text analysed before timing (default 1,000,000; 0: none). */
  warmupTokens?: number;
  /** Documents analysed together, stage by stage, as `ingest` does (default BATCH_SIZE; 1: one by one). */
  batch?: number;
}

const DEFAULT_WARMUP_TOKENS = 1_000_000;

export interface BenchResult {
  task: 'bench';
  articles: number;
  tokens: number;
  pipelineSeconds: number;
  tokensPerSecond: number;
  /** Building the pipeline and loading every model, including those loaded on first need (eld). */
  startupMs: number;
  /** Tokens of warm-up text (GermEval 2014 training sentences, never the timed articles). */
  warmupTokens: number;
  /** Documents per batch (Pipeline.runBatch); 1 = one document at a time. */
  batch: number;
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
  /** Cores this process may run on (taskset, container limits): with one, the CLI raises V8's tier-up budget. */
  cores: number;
}

/**
 * Pipeline throughput over 10kGNAD in one pipeline thread: per-stage time, tokens/s, articles/s,
 * SQLite ingest rate (with FTS and near-duplicate index), peak RSS. `tokensPerCpuSecond` counts the CPU
 * time of every thread of the process (V8 compiles and collects on helper threads); run the bench under
 * `taskset -c 0` to confine all of them to one core.
 */
export function runBench(options: BenchOptions = {}): BenchResult {
  const articles = readGnad(options.path ?? sharedDataPath('10kgnad', 'test.csv'), options.limit ?? Infinity);
  const s0 = performance.now();
  const pipeline = defaultPipeline().prepare();
  pipeline.run(createDoc(articles[0]?.text ?? ''));
  const startupMs = performance.now() - s0;
  // Warm-up on other text: model loading and V8's compiling are start-up costs, not throughput (a stream
  // analyser runs for hours). Other text, so that no cache holds the timed articles' words beforehand.
  const warmupTokens = warmUp(pipeline, options.warmupTokens ?? DEFAULT_WARMUP_TOKENS);

  // Pipeline pass, in batches as `ingest` runs it: documents are dropped once analysed, as in a stream
  // (holding all of them made the collector mark an ever larger heap, which a stream never pays for).
  const batch = Math.max(1, options.batch ?? BATCH_SIZE);
  const analyse = (texts: string[], timings?: Map<string, number>): Doc[] =>
    pipeline.runBatch(texts.map((t) => createDoc(t)), timings).map((d) => {
      if (d instanceof Error) throw d;
      return d;
    });
  const timings = new Map<string, number>();
  let tokens = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < articles.length; i += batch) {
    for (const d of analyse(articles.slice(i, i + batch).map((a) => a.text), timings)) tokens += d.tokens.length;
  }
  const pipelineMs = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const pipelineCpuMs = (cpu.user + cpu.system) / 1000;

  // Store pass: each batch analysed again (not timed) and saved in one transaction (a savepoint per
  // article), as `lagebild ingest` does; only the saves are timed.
  let storeMs = 0;
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-bench-'));
  try {
    const store = new Store(join(dir, 'bench.db'));
    for (let i = 0; i < articles.length; i += batch) {
      const docs = analyse(articles.slice(i, i + batch).map((a) => a.text));
      const s0 = performance.now();
      for (const r of store.saveMany(docs.map((doc, k) => ({ doc, input: { name: `10kgnad#${i + k}`, format: 'text', input: doc.raw } })))) {
        if (r instanceof Error) throw r;
      }
      storeMs += performance.now() - s0;
    }
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const longTimings = new Map<string, number>();
  const l0 = performance.now();
  const [longDoc] = analyse([articles.slice(0, 300).map((a) => a.text).join('\n\n')], longTimings);
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
    startupMs: Math.round(startupMs),
    warmupTokens,
    batch,
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
    cores: availableParallelism(),
  };
}

/**
 * Analyses GermEval 2014 training sentences (456k tokens), 25 to a document, again from the start when
 * they run out, until `target` tokens (if the data is there). The default of 1M tokens is a choice, not a
 * measured optimum: later passes kept getting faster, and longer warm-ups were not compared cleanly.
 */
function warmUp(pipeline: ReturnType<typeof defaultPipeline>, target: number): number {
  if (target <= 0 || !hasSharedData('germeval2014', 'train_bioes.train')) return 0;
  const sentences = readGermEval(sharedDataPath('germeval2014', 'train_bioes.train'));
  const texts: string[] = [];
  for (let k = 0; k < sentences.length; k += 25) texts.push(sentences.slice(k, k + 25).map((s) => detokenize(s.tokens).text).join(' '));
  let tokens = 0;
  for (let i = 0; texts.length && tokens < target; i = (i + BATCH_SIZE) % texts.length) {
    const docs = texts.slice(i, i + BATCH_SIZE).map((t) => createDoc(t));
    for (const d of pipeline.runBatch(docs)) if (!(d instanceof Error)) tokens += d.tokens.length;
  }
  return tokens;
}
