/**
 * Dev error profile of a NER model by category: gold spans found / missed entirely / wrong type / wrong
 * boundaries, split by whether all their tokens occur in train; single-token hyphenated misses; predicted
 * spans overlapping no gold span; examples of one category.
 *   node --import tsx scripts/exp-ner-errors.ts [model.bin.gz] [category, e.g. "missed ORGpart"]
 *   EXP=nameish node --import tsx scripts/exp-ner-errors.ts tmp/x.bin.gz   # a model trained with --exp
 */
import { readGermEval } from '../src/eval/germeval.ts';
import { loadModelFile } from '../src/ner/model.ts';
import { NER_EXPERIMENTS } from '../src/ner/features.ts';
for (const e of (process.env.EXP ?? '').split(',').filter(Boolean)) NER_EXPERIMENTS.add(e);
import { spansOf } from '../src/ner/labels.ts';
import { sharedDataPath, modelPath } from '../src/util/paths.ts';
const m = loadModelFile(process.argv[2] || modelPath('ner', 'de-germeval.bin.gz'));
const train = readGermEval(sharedDataPath('germeval2014', 'train_bioes.train'));
const dev = readGermEval(sharedDataPath('germeval2014', 'NER-de-dev.tsv'));
const seen = new Set<string>();
for (const s of train) for (const t of s.tokens) seen.add(t.toLowerCase());
const cats = new Map<string, number>();
const inc = (k: string) => cats.set(k, (cats.get(k) ?? 0) + 1);
const examples = new Map<string, string[]>();
const ex = (k: string, v: string) => { const a = examples.get(k) ?? []; a.push(v); examples.set(k, a); };
let nGold = 0;
for (const s of dev) {
  const pred = m.tag(s.tokens);
  const g = spansOf(s.tags), p = spansOf(pred);
  const key = (x: { start: number; end: number; type: string }) => `${x.start}:${x.end}:${x.type}`;
  const pk = new Set(p.map(key));
  const gk = new Set(g.map(key));
  for (const sp of g) {
    nGold++;
    const toks = s.tokens.slice(sp.start, sp.end);
    const unseen = toks.some((t) => !seen.has(t.toLowerCase()));
    const hy = toks.length === 1 && /.-./.test(toks[0]);
    const suffix = sp.type.length > 3 ? sp.type.slice(3) : 'main';
    if (pk.has(key(sp))) { inc(`hit ${unseen ? 'unseen' : 'seen'}`); continue; }
    const over = p.filter((q) => q.start < sp.end && sp.start < q.end);
    const kind = over.length === 0 ? 'missed' : over.some((q) => q.start === sp.start && q.end === sp.end) ? 'wrongtype' : 'boundary';
    inc(`miss ${unseen ? 'unseen' : 'seen'} ${kind}`);
    inc(`missT ${sp.type} ${kind}`);
    if (hy) inc(`miss hyphen ${kind}`);
    const ctx = s.tokens.slice(Math.max(0, sp.start - 2), sp.end + 2).join(' ');
    ex(`${kind} ${sp.type}`, `[${toks.join(' ')}] ${over.map((q) => q.type + ':' + s.tokens.slice(q.start, q.end).join(' ')).join(',')} | ${ctx}`);
  }
  for (const q of p) if (!gk.has(key(q)) && !g.some((x) => x.start < q.end && q.start < x.end)) { inc(`fp ${q.type}`); ex(`fp ${q.type}`, `${s.tokens.slice(q.start, q.end).join(' ')} | ${s.tokens.slice(Math.max(0, q.start - 2), q.end + 2).join(' ')}`); }
}
console.log('gold', nGold);
for (const [k, v] of [...cats].sort()) console.log(k, v);
const show = process.argv[3];
if (show) for (const [k, v] of examples) if (k.includes(show)) { console.log('==', k, v.length); for (const e of v.slice(0, 60)) console.log('  ', e); }
