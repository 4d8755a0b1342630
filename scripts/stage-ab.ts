/**
 * One stage, this checkout against another (`--base DIR`, a `git archive` copy with node_modules linked), in one
 * process: the stages before it run once (this checkout's code) over the 1,028 10kGNAD test articles; before every
 * timed call the stage gets a fresh structuredClone of that input, batch by batch (32 documents), the two sides
 * alternating (class instances in the input, such as its OffsetMap, come back as plain objects: fine for the stages
 * measured with it, entities and events). Prints CPU ms per pass and base/this. Finer than bench-ab.ts for one stage, since the other stages'
 * time (and their noise) is left out; still run it a few times on a shared machine.
 *
 *   taskset -c 1 node --interrupt-budget=1200000 --import tsx scripts/stage-ab.ts entities --base /tmp/base [--passes 6]
 *     [--this /tmp/this]   this side from a copy too (a `git archive` of this checkout): unbiased, A/A 1.00
 *     [--lower]            token lower-case strings made before timing, shared across documents (as in the pipeline)
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createDoc, tokenTexts, type Doc } from '../src/doc/index.ts';
import { readGnad } from '../src/eval/gnad.ts';
import { Pipeline, defaultComponents } from '../src/pipeline/index.ts';
import { sharedDataPath } from '../src/util/paths.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { base: { type: 'string' }, this: { type: 'string' }, lower: { type: 'boolean', default: false }, passes: { type: 'string', default: '6' } } });
const stage = positionals[0];
if (!stage || !values.base) throw new Error('usage: scripts/stage-ab.ts STAGE --base DIR [--passes N]');
const passes = Number(values.passes);
const all = defaultComponents();
const idx = all.findIndex((c) => c.name === stage);
if (idx < 0) throw new Error(`no stage ${stage}: ${all.map((c) => c.name).join(', ')}`);
const before = new Pipeline(all.slice(0, idx)).prepare();
const load = async (dir: string) => ({
  stage: (await import(pathToFileURL(`${resolve(dir)}/src/pipeline/index.ts`).href)).defaultComponents()[idx],
  tokenTexts: (await import(pathToFileURL(`${resolve(dir)}/src/doc/index.ts`).href)).tokenTexts,
});
type Runner = { run(doc: Doc): void; prepare?(): void };
type Side = { stage: Runner; tokenTexts: (d: Doc) => { lower: readonly string[] | null } };
// --this DIR: this side loaded from a copy as well (the stages before then share no module with either side: an A/A
// run of two copies gives 1.00, where this checkout's own stage, warmed by the stages before, gained 3-7%)
const sides: Record<'base' | 'this', Side> = { base: await load(values.base), this: values.this ? await load(values.this) : { stage: all[idx], tokenTexts } };
for (const c of Object.values(sides)) c.stage.prepare?.();
// --lower: the tokens' lower-case strings made before the timed call, the same string object for a word in every
// document, as NER's word cache leaves them in the pipeline (a clone loses them, and the stage would make them itself)
const INTERN = new Map<string, string>();
const input = readGnad(sharedDataPath('10kgnad', 'test.csv')).map((a) => before.run(createDoc(a.text)));
const ms = { base: 0, this: 0 };
// pass 0 warms both sides up and is not counted
for (let pass = 0; pass <= passes; pass++) {
  for (let i = 0; i < input.length; i += 32) {
    const order = ((i >> 5) + pass) % 2 ? (['this', 'base'] as const) : (['base', 'this'] as const);
    for (const k of order) {
      const batch = input.slice(i, i + 32).map((d) => structuredClone(d));
      if (values.lower) for (const d of batch) {
        const t = sides[k].tokenTexts(d);
        t.lower = t.lower!.map((w) => INTERN.get(w) ?? (INTERN.set(w, w), w));
      }
      const c0 = process.cpuUsage();
      for (const d of batch) sides[k].stage.run(d);
      const u = process.cpuUsage(c0);
      if (pass > 0) ms[k] += (u.user + u.system) / 1000;
    }
  }
}
console.log(JSON.stringify({ task: 'stage-ab', stage, passes, baseCpuMsPerPass: Math.round(ms.base / passes), thisCpuMsPerPass: Math.round(ms.this / passes), speedup: Number((ms.base / ms.this).toFixed(3)) }));
