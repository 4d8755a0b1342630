/**
 * CPU profile of one stage (or `all`) after a warm-up pass: the stages before it run once over the 1,028 10kGNAD
 * test articles, then the stage runs PASSES times on fresh structuredClone copies; the profile (inspector, 200 µs
 * sampling) covers passes 1..PASSES-1 and is written to OUT. Prints CPU ms per pass.
 *
 *   node --import tsx scripts/prof-stage.ts entities 5 /tmp/entities.cpuprofile
 *
 * tsx hands V8 each module on one line, so a profile of it has no line numbers. For self time by line, run an
 * esbuild bundle placed two folders below the repository root (repoRoot is found from the module's path):
 *
 *   node_modules/.bin/esbuild scripts/prof-stage.ts --bundle --platform=node --format=esm --packages=external \
 *     --outfile=.prof/a/prof.mjs && (cd .prof/a && LAGEBILD_SHARED=/work/shared node prof.mjs entities 5 /tmp/e.cpuprofile)
 */
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { createDoc } from '../src/doc/index.ts';
import { readGnad } from '../src/eval/gnad.ts';
import { Pipeline, defaultComponents } from '../src/pipeline/index.ts';
import { sharedDataPath } from '../src/util/paths.ts';

const [stage, passArg, out] = process.argv.slice(2);
const passes = Number(passArg ?? 4);
const all = defaultComponents();
const texts = readGnad(sharedDataPath('10kgnad', 'test.csv')).map((a) => a.text);
const idx = stage === 'all' ? 0 : all.findIndex((c) => c.name === stage);
if (idx < 0) throw new Error(`no stage ${stage}`);
const before = new Pipeline(all.slice(0, idx)).prepare();
const comps = stage === 'all' ? all : [all[idx]];
for (const c of comps) c.prepare?.();
const rest = { runBatch: (docs: ReturnType<typeof createDoc>[]) => { for (const c of comps) for (const d of docs) c.run(d); } };
const input = texts.map((t) => before.run(createDoc(t)));
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
for (let p = 0; p < passes; p++) {
  if (p === 1) await session.post('Profiler.start');
  const docs = input.map((d) => structuredClone(d));
  const c0 = process.cpuUsage();
  for (let i = 0; i < docs.length; i += 32) rest.runBatch(docs.slice(i, i + 32));
  const u = process.cpuUsage(c0);
  console.log(`pass ${p} ${Math.round((u.user + u.system) / 1000)} ms`);
}
const { profile } = await session.post('Profiler.stop');
if (out) writeFileSync(out, JSON.stringify(profile));
