/**
 * One stage, this checkout against another (`--base DIR`, a `git archive` copy with node_modules linked), in one
 * process: the stages before it run once (this checkout's code) over the 1,028 10kGNAD test articles; before every
 * timed call the stage gets a fresh structuredClone of that input, batch by batch (32 documents), the two sides
 * alternating (class instances in the input, such as its OffsetMap, come back as plain objects: fine for the stages
 * measured with it, entities and events). Prints CPU ms per pass and base/this. Finer than bench-ab.ts for one stage, since the other stages'
 * time (and their noise) is left out; still run it a few times on a shared machine.
 *
 *   taskset -c 1 node --interrupt-budget=1200000 --import tsx scripts/stage-ab.ts entities --base /tmp/base [--passes 6]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createDoc, type Doc } from '../src/doc/index.ts';
import { readGnad } from '../src/eval/gnad.ts';
import { Pipeline, defaultComponents } from '../src/pipeline/index.ts';
import { sharedDataPath } from '../src/util/paths.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { base: { type: 'string' }, passes: { type: 'string', default: '6' } } });
const stage = positionals[0];
if (!stage || !values.base) throw new Error('usage: scripts/stage-ab.ts STAGE --base DIR [--passes N]');
const passes = Number(values.passes);
const all = defaultComponents();
const idx = all.findIndex((c) => c.name === stage);
if (idx < 0) throw new Error(`no stage ${stage}: ${all.map((c) => c.name).join(', ')}`);
const before = new Pipeline(all.slice(0, idx)).prepare();
const baseMod = await import(pathToFileURL(`${resolve(values.base)}/src/pipeline/index.ts`).href);
type Runner = { run(doc: Doc): void; prepare?(): void };
const sides: Record<'base' | 'this', Runner> = { base: baseMod.defaultComponents()[idx], this: all[idx] };
for (const c of Object.values(sides)) c.prepare?.();
const input = readGnad(sharedDataPath('10kgnad', 'test.csv')).map((a) => before.run(createDoc(a.text)));
const ms = { base: 0, this: 0 };
// pass 0 warms both sides up and is not counted
for (let pass = 0; pass <= passes; pass++) {
  for (let i = 0; i < input.length; i += 32) {
    const order = ((i >> 5) + pass) % 2 ? (['this', 'base'] as const) : (['base', 'this'] as const);
    for (const k of order) {
      const batch = input.slice(i, i + 32).map((d) => structuredClone(d));
      const c0 = process.cpuUsage();
      for (const d of batch) sides[k].run(d);
      const u = process.cpuUsage(c0);
      if (pass > 0) ms[k] += (u.user + u.system) / 1000;
    }
  }
}
console.log(JSON.stringify({ task: 'stage-ab', stage, passes, baseCpuMsPerPass: Math.round(ms.base / passes), thisCpuMsPerPass: Math.round(ms.this / passes), speedup: Number((ms.base / ms.this).toFixed(3)) }));
