/**
 * Output hashes for speed work ("same output" checks): runs the pipeline of a checkout over all 1,028 10kGNAD
 * test articles in batches of 32, the first 100 one at a time with a publication date, and the first 300
 * joined into one long document, and writes one hash per document (toDocumentJSON and the token list).
 *
 *   node --import tsx scripts/output-hashes.ts . /tmp/this.txt
 *   node --import tsx scripts/output-hashes.ts /tmp/base /tmp/base.txt   # a `git archive` copy with node_modules linked
 *   cmp /tmp/base.txt /tmp/this.txt
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [rootArg, out] = process.argv.slice(2);
if (!rootArg || !out) throw new Error('usage: scripts/output-hashes.ts CHECKOUT OUTFILE');
const root = resolve(rootArg);
const P = await import(pathToFileURL(`${root}/src/pipeline/index.ts`).href);
const D = await import(pathToFileURL(`${root}/src/doc/index.ts`).href);
const G = await import(pathToFileURL(`${root}/src/eval/gnad.ts`).href);
const U = await import(pathToFileURL(`${root}/src/util/paths.ts`).href);
const pipeline = new P.Pipeline(P.defaultComponents());
pipeline.prepare();
const texts: string[] = G.readGnad(U.sharedDataPath('10kgnad', 'test.csv')).map((a: { text: string }) => a.text);
const hash = (d: { tokens: unknown }): string =>
  createHash('sha256').update(JSON.stringify(D.toDocumentJSON(d)) + JSON.stringify(d.tokens)).digest('hex').slice(0, 20);
const ok = (d: unknown): { tokens: unknown } => {
  if (d instanceof Error) throw d;
  return d as { tokens: unknown };
};
const lines: string[] = [];
for (let i = 0; i < texts.length; i += 32) {
  for (const d of pipeline.runBatch(texts.slice(i, i + 32).map((t) => D.createDoc(t)))) lines.push(hash(ok(d)));
}
for (let i = 0; i < 100; i++) lines.push(`single ${hash(ok(pipeline.run(D.createDoc(texts[i], { published: `2016-03-0${1 + (i % 9)}` }))))}`);
lines.push(`long ${hash(ok(pipeline.runBatch([D.createDoc(texts.slice(0, 300).join('\n\n'))])[0]))}`);
writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`${lines.length} documents\n`);
