// Causes of the misses on the German gold: run `node scripts/events-causes/mktrace.mjs` first (a traced copy of
// src/events/extract.ts under tmp/tr/), then `node --import tsx scripts/events-causes/misses.ts > tmp/misses.txt`.
import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '../../src/pipeline/index.ts';
import { locateSentence as locate } from '../../src/eval/events.ts';
import { readGnad } from '../../src/eval/gnad.ts';
import { sharedDataPath } from '../../src/util/paths.ts';
import { VERB_FORMS, NOUN_FORMS } from '../../src/events/lexicon.ts';
// the traced copy exists only after mktrace.mjs ran (not part of the type check)
const tracedPath = new URL('../../tmp/tr/extract.ts', import.meta.url).href;
const { extractEvents, TRACE } = (await import(tracedPath)) as { extractEvents: (doc: unknown) => unknown; TRACE: { s: number; stage: string; type: string; t0: number; lemma: string }[] };
const arts = readGnad(sharedDataPath('10kgnad', 'test.csv'), 500);
const dir = 'eval/gold/events';
const NOUN_KEYS = [...NOUN_FORMS.keys()].filter((f) => f.length >= 4);
function lexTypes(w: string): string {
  const l = w.toLowerCase();
  const out: string[] = [];
  for (const c of VERB_FORMS.get(l) ?? []) out.push(`V:${c.entry.type}:${c.entry.lemma}${c.bare ? '' : '+' + c.entry.p}`);
  for (const e of NOUN_FORMS.get(l) ?? []) out.push(`N:${e.type}:${e.lemma}`);
  if (!out.length) { const h = NOUN_KEYS.filter((f) => l.endsWith(f) && l.length > f.length).sort((a, b) => b.length - a.length)[0]; if (h) for (const e of NOUN_FORMS.get(h)!) out.push(`C(${h}):${e.type}:${e.lemma}${e.noCompound ? '!nc' : ''}`); }
  return out.join(',');
}
const STAGES = ['lexicon', 'args', 'attrib', 'nounfilt', 'habitual', 'content', 'sameclause', 'final'];
const counts = new Map<string, number>();
const lines: string[] = [];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
  for (const art of gold.articles) {
    const doc: any = analyze(arts[art.row].text, { lang: 'de' });
    const preds: any[] = [];
    for (const e of doc.events) for (const m of e.mentions ?? [e]) preds.push({ sentence: m.sentence, type: e.type, trigger: m.trigger.text });
    TRACE.length = 0;
    extractEvents(doc);
    const used = new Set<number>();
    for (const g of art.events) {
      const s = locate(doc, g.sentence);
      const c = preds.findIndex((p, i) => !used.has(i) && p.sentence === s && p.type === g.type);
      if (c >= 0) { used.add(c); continue; }
      let cat: string;
      const toks = doc.tokens.filter((t: any) => t.sentence === s);
      const words = g.trigger.split(/\s+/);
      const w0 = words[0];
      const ti = toks.findIndex((t: any) => doc.text.slice(t.start, t.end) === w0);
      const lex = words.map((w: string) => lexTypes(w)).filter(Boolean).join(' | ');
      const other = preds.filter((p) => p.sentence === s).map((p) => `${p.type}:${p.trigger}`).join(',');
      const sameType = preds.some((p) => p.sentence === s && p.type === g.type);
      const tr = TRACE.filter((x) => x.s === s && x.type === g.type);
      const reached = STAGES.filter((st) => tr.some((x) => x.stage === st));
      if (s < 0) cat = 'sentence not located';
      else if (sameType) cat = 'collapsed: same type already matched in sentence';
      else if (!lex.includes(`:${g.type}:`)) cat = lex ? 'in lexicon, other type only' : 'absent from lexicon';
      else if (!reached.length) cat = 'lexicon has it, constraints block (needObj/excl/refl/particle/entity/cap)';
      else cat = `dropped after stage ${reached[reached.length - 1]}`;
      counts.set(cat, (counts.get(cat) ?? 0) + 1);
      lines.push(`${cat}\t${art.row} s${s} ${g.type} "${g.trigger}" lex[${lex}] pred[${other}] reached[${reached.join('>')}] — ${g.sentence.slice(0, 150)}`);
    }
  }
}
console.log([...counts].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v}\t${k}`).join('\n'));
console.log(lines.sort().join('\n'));
