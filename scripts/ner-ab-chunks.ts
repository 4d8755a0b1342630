/**
 * Tagger A/B of two checkouts in one process, alternated finely: after each tagger's warm-up (1M tokens of GermEval 2014
 * training sentences from an empty word cache, as scripts/ner-ab.ts), the bench's 22,734 10kGNAD sentences (fresh
 * strings) are tagged in chunks of 500, A and B taking turns chunk by chunk (the order flips every chunk), so that load
 * coming and going on a shared machine falls on both alike; PASSES such passes (default 3). Prints the CPU ms of each
 * side, A/B (above 1: B faster) and the median of the chunk ratios. Reads the sentences ner-ab.ts cached in
 * tmp/ner-ab-sentences.json (run ner-ab.ts once first). Run it in both orders.
 *
 *   taskset -c 0 node --interrupt-budget=1200000 --import tsx scripts/ner-ab-chunks.ts /tmp/base /tmp/this [PASSES]
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../src/util/paths.ts';

const [a, b, passArg] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: scripts/ner-ab-chunks.ts CHECKOUT_A CHECKOUT_B [PASSES]');
const { warm, bench } = JSON.parse(readFileSync(resolve(repoRoot, 'tmp', 'ner-ab-sentences.json'), 'utf8')) as { warm: string[][]; bench: string[][] };
type T = { tagIndices(t: string[]): Int32Array; clearCache(): void };
const ms: T[] = [];
for (const r of [a, b]) ms.push((await import(pathToFileURL(`${resolve(r)}/src/ner/index.ts`).href)).loadModel());
const fresh = (s: string[][]) => s.map((t) => t.map((w) => ` ${w}`.slice(1)));
const t = [0, 0];
const ratios: number[] = [];
const CH = 500;
for (let p = 0; p < Number(passArg ?? 3); p++) {
  for (const m of ms) { m.clearCache(); for (let i = 0, tok = 0; tok < 1_000_000; i = (i + 1) % warm.length) { m.tagIndices(warm[i]); tok += warm[i].length; } }
  const inputs = [fresh(bench), fresh(bench)];
  for (let c = 0, k = 0; c < bench.length; c += CH, k++) {
    const d = [0, 0];
    for (const j of k % 2 ? [1, 0] : [0, 1]) {
      const c0 = process.cpuUsage();
      const inp = inputs[j];
      for (let s = c; s < Math.min(c + CH, bench.length); s++) ms[j].tagIndices(inp[s]);
      const u = process.cpuUsage(c0);
      d[j] = u.user + u.system;
    }
    t[0] += d[0]; t[1] += d[1];
    ratios.push(d[0] / d[1]);
  }
}
ratios.sort((x, y) => x - y);
console.log(JSON.stringify({ task: 'ner-ab-chunks', a: resolve(a), b: resolve(b), load: loadavg()[0], msA: Math.round(t[0] / 1000), msB: Math.round(t[1] / 1000), ratioAoverB: +(t[0] / t[1]).toFixed(3), medianChunkRatio: +ratios[ratios.length >> 1].toFixed(3) }));
