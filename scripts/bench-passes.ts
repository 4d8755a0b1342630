/**
 * The bench's scenario (the first article, then the 1M-token GermEval 2014 warm-up, then 10kGNAD test in batches)
 * with a marker line before each timed pass, for V8's tracing: which functions deoptimise or get compiled while
 * the bench is timed (`=== TIMED PASS` … `=== END <CPU ms> <stage ms>`). More passes (PASSES=3) show how much of a
 * stage's time in the bench's single pass is code that has not been (re-)optimised yet.
 *
 *   taskset -c 1 node --interrupt-budget=1200000 --trace-opt --trace-deopt --import tsx scripts/bench-passes.ts > /tmp/trace.txt
 *   awk '/=== TIMED/{t=1} t' /tmp/trace.txt | grep 'bailout ('     # deopts in the timed pass
 *
 * (Positions in the trace are of tsx's output; an esbuild bundle of this script gives readable line numbers.)
 */
import { createDoc } from '../src/doc/index.ts';
import { detokenize, readGermEval } from '../src/eval/germeval.ts';
import { readGnad } from '../src/eval/gnad.ts';
import { BATCH_SIZE, defaultPipeline } from '../src/pipeline/index.ts';
import { sharedDataPath } from '../src/util/paths.ts';

const articles = readGnad(sharedDataPath('10kgnad', 'test.csv'));
const pipeline = defaultPipeline().prepare();
pipeline.run(createDoc(articles[0]?.text ?? ''));
const sentences = readGermEval(sharedDataPath('germeval2014', 'train_bioes.train'));
const texts: string[] = [];
for (let k = 0; k < sentences.length; k += 25) texts.push(sentences.slice(k, k + 25).map((s) => detokenize(s.tokens).text).join(' '));
let tokens = 0;
for (let i = 0; tokens < 1_000_000; i = (i + BATCH_SIZE) % texts.length) {
  for (const d of pipeline.runBatch(texts.slice(i, i + BATCH_SIZE).map((t) => createDoc(t)))) if (!(d instanceof Error)) tokens += d.tokens.length;
}
for (let pass = 0; pass < Number(process.env.PASSES ?? 1); pass++) {
  console.log('=== TIMED PASS');
  const timings = new Map<string, number>();
  const c0 = process.cpuUsage();
  for (let i = 0; i < articles.length; i += BATCH_SIZE) pipeline.runBatch(articles.slice(i, i + BATCH_SIZE).map((a) => createDoc(a.text)), timings);
  const u = process.cpuUsage(c0);
  const sum = [...timings.values()].reduce((x, y) => x + y, 0);
  const stages = Object.fromEntries([...timings].map(([k, v]) => [k, Math.round(v)]));
  console.log('=== END', Math.round((u.user + u.system) / 1000), JSON.stringify({ stages, quotesShare: Number(((timings.get('quotes') ?? 0) / sum).toFixed(3)) }));
}
