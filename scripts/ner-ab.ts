/**
 * NER tagger A/B in one process, in the bench's scenario: for each checkout given, its tagger is warmed up on
 * 1M tokens of GermEval 2014 training sentences from an empty word cache, then tags every sentence of the
 * bench's 1,028 10kGNAD test articles (fresh token strings, as slices of a document are); checkouts alternate
 * pass by pass; CPU ms per timed pass. Also checks that the first two checkouts tag every sentence alike.
 * The sentences (this checkout's tokenisation) are cached in tmp/ner-ab-sentences.json.
 *
 *   taskset -c 1 node --interrupt-budget=1200000 --import tsx scripts/ner-ab.ts /tmp/base . [--passes 6]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createDoc, tokenTexts } from '../src/doc/index.ts';
import { detokenize, readGermEval } from '../src/eval/germeval.ts';
import { readGnad } from '../src/eval/gnad.ts';
import { defaultPipeline } from '../src/pipeline/index.ts';
import { repoRoot, sharedDataPath } from '../src/util/paths.ts';

const { values, positionals } = parseArgs({ options: { passes: { type: 'string', default: '6' } }, allowPositionals: true });
if (positionals.length === 0) throw new Error('usage: scripts/ner-ab.ts CHECKOUT [CHECKOUT…] [--passes N]');
const cacheFile = resolve(repoRoot, 'tmp', 'ner-ab-sentences.json');

function sentencesOf(texts: string[]): string[][] {
  const pipeline = defaultPipeline().prepare();
  const out: string[][] = [];
  for (let i = 0; i < texts.length; i += 32) {
    for (const d of pipeline.runBatch(texts.slice(i, i + 32).map((t) => createDoc(t)))) {
      if (d instanceof Error) throw d;
      const w = tokenTexts(d).words;
      for (let a = 0; a < d.tokens.length; ) {
        let b = a;
        while (b < d.tokens.length && d.tokens[b].sentence === d.tokens[a].sentence) b++;
        out.push(w.slice(a, b));
        a = b;
      }
    }
  }
  return out;
}

if (!existsSync(cacheFile)) {
  const gs = readGermEval(sharedDataPath('germeval2014', 'train_bioes.train'));
  const warmTexts: string[] = [];
  for (let k = 0; k < gs.length; k += 25) warmTexts.push(gs.slice(k, k + 25).map((s) => detokenize(s.tokens).text).join(' '));
  const articles = readGnad(sharedDataPath('10kgnad', 'test.csv')).map((a) => a.text);
  mkdirSync(resolve(repoRoot, 'tmp'), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify({ warm: sentencesOf(warmTexts), bench: sentencesOf(articles) }));
}
const { warm, bench } = JSON.parse(readFileSync(cacheFile, 'utf8')) as { warm: string[][]; bench: string[][] };

interface Tagger {
  tagIndices(tokens: string[]): Int32Array;
  clearCache(): void;
}
const roots = positionals.map((r) => resolve(r));
const models: Tagger[] = [];
for (const r of roots) models.push((await import(pathToFileURL(`${r}/src/ner/index.ts`).href)).loadModel());
const fresh = (s: string[][]): string[][] => s.map((t) => t.map((w) => ` ${w}`.slice(1)));
const warmUp = (m: Tagger): void => {
  m.clearCache();
  for (let i = 0, tok = 0; tok < 1_000_000; i = (i + 1) % warm.length) {
    m.tagIndices(warm[i]);
    tok += warm[i].length;
  }
};
const passes = Number(values.passes);
const ms = models.map(() => 0);
for (let p = 0; p < passes; p++) {
  for (let k = 0; k < models.length; k++) {
    const j = (k + p) % models.length;
    warmUp(models[j]);
    const input = fresh(bench);
    const c0 = process.cpuUsage();
    for (const s of input) models[j].tagIndices(s);
    const c = process.cpuUsage(c0);
    ms[j] += (c.user + c.system) / 1000;
  }
}
let differ = 0;
if (models.length > 1) {
  for (const s of bench) {
    const a = models[0].tagIndices(s);
    const b = models[1].tagIndices(s);
    if (a.some((x, i) => x !== b[i])) differ++;
  }
}
const tokens = bench.reduce((n, s) => n + s.length, 0);
process.stdout.write(
  `${JSON.stringify({
    task: 'ner-ab',
    roots,
    sentences: bench.length,
    tokens,
    passes,
    load: Math.round(loadavg()[0] * 10) / 10,
    cpuMsPerPass: ms.map((x) => Math.round(x / passes)),
    ratioFirstToOthers: ms.slice(1).map((x) => Math.round((ms[0] / x) * 1000) / 1000),
    sentencesTaggedDifferently: differ,
  })}\n`,
);
