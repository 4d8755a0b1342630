/**
 * Times the events stage alone: `node --import tsx src/events/bench.ts [out.json] [rounds] [limit]`.
 * Builds every other layer of the bench corpus (10kGNAD test.csv) once, then runs findEvents over all documents
 * `rounds` times; prints CPU and wall milliseconds (median and minimum) and optionally writes the events JSON,
 * so that a speed change can be checked to leave the output byte for byte the same.
 */
import { writeFileSync } from 'node:fs';
import { createDoc, type Doc } from '../doc/index.ts';
import { readGnad } from '../eval/gnad.ts';
import { defaultComponents, Pipeline } from '../pipeline/index.ts';
import { sharedDataPath } from '../util/paths.ts';
import { findEvents } from './index.ts';

const [out, roundsArg, limitArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 5);
const articles = readGnad(sharedDataPath('10kgnad', 'test.csv'), limitArg ? Number(limitArg) : Infinity);
const pipeline = new Pipeline(defaultComponents().filter((c) => c.name !== 'events'));
const docs: Doc[] = articles.map((a) => pipeline.run(createDoc(a.text)));
let tokens = 0;
for (const d of docs) tokens += d.tokens.length;
for (const d of docs.slice(0, 30)) findEvents(d);
let result: ReturnType<typeof findEvents>[] = [];
const wall: number[] = [];
const cpu: number[] = [];
for (let r = 0; r < rounds; r++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  result = docs.map((d) => findEvents(d));
  wall.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(JSON.stringify({
  docs: docs.length,
  tokens,
  events: result.reduce((n, evs) => n + evs.length, 0),
  cpuMsMedian: Math.round(median(cpu)),
  cpuMsMin: Math.round(Math.min(...cpu)),
  wallMsMedian: Math.round(median(wall)),
  wallMsMin: Math.round(Math.min(...wall)),
}));
if (out) writeFileSync(out, JSON.stringify(result));
