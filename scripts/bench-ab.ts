/**
 * Whole-pipeline A/B in one process: this checkout against another (`--base DIR`, e.g. a
 * `git archive <commit> | tar -x -C DIR` copy with node_modules linked), alternated batch by batch over
 * the bench's timed pass (10kGNAD test, batches of 32) after the bench's warm-up (1M tokens of GermEval
 * 2014 training sentences) for each. Load that comes and goes on a shared machine then falls on both
 * sides alike, which separate `npm run bench` runs cannot promise. Both pipelines live in one heap, so
 * absolute figures are below the bench's; compare the ratio.
 *
 *   taskset -c 1 node --interrupt-budget=1200000 --import tsx scripts/bench-ab.ts --base /tmp/base [--passes 2]
 *
 *   [--this DIR]  this side from a copy too (a `git archive` of this checkout, node_modules linked). Without it, this
 *                 checkout's pipeline shares its modules with this script, and the base side came out ~5% faster in
 *                 both orders (h/speed13: this = HEAD 0.959, 0.953; sides swapped, this = 644f042: 0.950). A/A
 *                 (two copies of 644f042) with the sides warmed one after the other: 0.912; warm-up alternated
 *                 batch by batch (now): 0.971. Still run it with the sides swapped too and take the geometric mean.
 *
 * (--interrupt-budget: what bin/lagebild.js sets on one core.)
 */
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createDoc } from '../src/doc/index.ts';
import { detokenize, readGermEval } from '../src/eval/germeval.ts';
import { readGnad } from '../src/eval/gnad.ts';
import { Pipeline, defaultComponents } from '../src/pipeline/index.ts';
import { sharedDataPath } from '../src/util/paths.ts';

const { values } = parseArgs({ options: { base: { type: 'string' }, this: { type: 'string' }, passes: { type: 'string', default: '1' } } });
if (!values.base) throw new Error('usage: scripts/bench-ab.ts --base DIR [--passes N]');
const baseDir = resolve(values.base);
const basePipeline = await import(pathToFileURL(`${baseDir}/src/pipeline/index.ts`).href);
const baseDoc = await import(pathToFileURL(`${baseDir}/src/doc/index.ts`).href);
const passes = Number(values.passes);

interface Batchable {
  prepare(): unknown;
  runBatch(docs: unknown[], timings: Map<string, number>): Array<{ tokens: unknown[] } | Error>;
}
interface Side {
  run: (texts: string[], timings: Map<string, number>) => Array<{ tokens: unknown[] } | Error>;
  cpuMs: number;
  wallMs: number;
  stages: Map<string, number>;
}
function side(p: Batchable, mk: (t: string) => unknown): Side {
  p.prepare();
  return { run: (texts, timings) => p.runBatch(texts.map(mk), timings), cpuMs: 0, wallMs: 0, stages: new Map() };
}
const sides = {
  base: side(new basePipeline.Pipeline(basePipeline.defaultComponents()), (t) => baseDoc.createDoc(t)),
  this: values.this ? await copySide(resolve(values.this)) : side(new Pipeline(defaultComponents()) as unknown as Batchable, (t) => createDoc(t)),
};
/** A side loaded from a copy (`--this DIR`), as the base side is: no module shared with this script. */
async function copySide(dir: string): Promise<Side> {
  const p = await import(pathToFileURL(`${dir}/src/pipeline/index.ts`).href);
  const d = await import(pathToFileURL(`${dir}/src/doc/index.ts`).href);
  return side(new p.Pipeline(p.defaultComponents()), (t) => d.createDoc(t));
}

const sentences = readGermEval(sharedDataPath('germeval2014', 'train_bioes.train'));
const warm: string[] = [];
for (let k = 0; k < sentences.length; k += 25) warm.push(sentences.slice(k, k + 25).map((s) => detokenize(s.tokens).text).join(' '));
// the warm-up alternates the sides batch by batch (each to its own 1M tokens), as the timed passes do
const warmTokens = { base: 0, this: 0 };
for (let i = 0; warmTokens.base < 1_000_000 || warmTokens.this < 1_000_000; i = (i + 32) % warm.length) {
  for (const k of ['base', 'this'] as const) {
    if (warmTokens[k] >= 1_000_000) continue;
    for (const d of sides[k].run(warm.slice(i, i + 32), new Map())) {
      if (d instanceof Error) throw d;
      warmTokens[k] += d.tokens.length;
    }
  }
}

const articles = readGnad(sharedDataPath('10kgnad', 'test.csv')).map((a) => a.text);
let tokens = 0;
for (let pass = 0; pass < passes; pass++) {
  for (let i = 0, b = 0; i < articles.length; i += 32, b++) {
    const order = (b + pass) % 2 ? (['this', 'base'] as const) : (['base', 'this'] as const);
    for (const k of order) {
      const s = sides[k];
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const docs = s.run(articles.slice(i, i + 32), s.stages);
      s.wallMs += performance.now() - t0;
      const c = process.cpuUsage(c0);
      s.cpuMs += (c.user + c.system) / 1000;
      if (k === 'this') for (const d of docs) if (!(d instanceof Error)) tokens += d.tokens.length;
    }
  }
}
const out = {
  task: 'bench-ab',
  baseDir,
  tokens,
  passes,
  cores: availableParallelism(),
  load: Math.round(loadavg()[0] * 10) / 10,
  ...Object.fromEntries(
    Object.entries(sides).map(([k, s]) => [
      k,
      {
        tokensPerSecond: Math.round((tokens / s.wallMs) * 1000),
        tokensPerCpuSecond: Math.round((tokens / s.cpuMs) * 1000),
        stageMs: Object.fromEntries([...s.stages].map(([n, ms]) => [n, Math.round(ms)])),
      },
    ]),
  ),
  speedup: { wall: Math.round((sides.base.wallMs / sides.this.wallMs) * 1000) / 1000, cpu: Math.round((sides.base.cpuMs / sides.this.cpuMs) * 1000) / 1000 },
};
process.stdout.write(`${JSON.stringify(out)}\n`);
