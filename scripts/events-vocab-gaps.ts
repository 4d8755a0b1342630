// Vocabulary gaps on text outside all gold (fourteenth session, h/evvocab): the GermEval 2014 train sentences ("G<n>") and
// the sentences of the unannotated 10kGNAD rows >= 500 ("U<row>", blind and reserved rows skipped).
//   gaps <file>        for each regular expression of <file> (one a line, # comments): how many sentences match, on how many
//                      of the first 40 an event trigger covers the match, and the others (the candidates for an entry)
//   filtered [G|U]     the lexicon forms (nouns and verbs without object conditions) that gave no event, grouped by entry
//   forms              inflected forms (-n, -en, -s, -es) of the noun rows' forms that occur in the text but no row lists
// usage: node --import tsx scripts/events-vocab-gaps.ts gaps patterns.txt [shown]
import { readFileSync } from 'node:fs';
import { analyze } from '../src/pipeline/index.ts';
import { VERB_FORMS, NOUN_FORMS } from '../src/events/lexicon.ts';
import { sharedDataPath } from '../src/util/paths.ts';
import { unseenRows } from './unseen-rows.ts';

function sentences(): string[] {
  const out: string[] = [];
  for (const a of unseenRows()) for (const s of a.text.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ"„])/)) out.push(`U${a.row} ${s}`);
  let cur: string[] = [], i = 0;
  for (const line of readFileSync(sharedDataPath('germeval2014', 'train_bioes.train'), 'utf8').split('\n')) {
    if (line.trim()) { cur.push(line.split(' ')[0]); continue; }
    if (cur.length) out.push(`G${i++} ${cur.join(' ')}`);
    cur = [];
  }
  return out;
}
const split = (s: string) => [s.slice(0, s.indexOf(' ')), s.slice(s.indexOf(' ') + 1)];
const spans = (text: string) => analyze(text, { lang: 'de' }).events.flatMap((e: any) => (e.mentions ?? [e]).map((x: any) => [x.trigger.start, x.trigger.end] as [number, number]));
const [mode, arg, shownS] = process.argv.slice(2);
const sents = sentences();
if (mode === 'gaps') {
  const shown = Number(shownS ?? 4);
  for (const p of readFileSync(arg, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'))) {
    const rx = new RegExp(p, 'i');
    const hits = sents.filter((s) => rx.test(split(s)[1]));
    let fired = 0; const miss: string[] = [];
    for (const s of hits.slice(0, 40)) {
      const [id, text] = split(s);
      const m = rx.exec(text)!; const a = m.index, b = a + m[0].length;
      if (spans(text).some(([x, y]) => x < b && y > a)) fired++; else miss.push(`   ${id} ${text.slice(Math.max(0, a - 90), b + 80)}`);
    }
    console.log(`## ${p}  n=${hits.length} fired=${fired}/${Math.min(40, hits.length)}`);
    for (const x of miss.slice(0, shown)) console.log(x);
  }
} else if (mode === 'filtered') {
  const by = new Map<string, string[]>();
  for (const s of sents.filter((x) => x.startsWith(arg ?? 'U'))) {
    const [id, text] = split(s);
    const cand = [...text.matchAll(/[A-Za-zÄÖÜäöüß-]+/g)].filter((m) => {
      const l = m[0].toLowerCase();
      return (/^[a-zäöü]/.test(m[0]) && VERB_FORMS.get(l)?.some((c) => !c.bare && !c.entry.needObj && !c.entry.needAlso)) || (/^[A-ZÄÖÜ]/.test(m[0]) && NOUN_FORMS.get(l)?.some((e) => !e.needObj && !e.prevWord));
    });
    if (!cand.length) continue;
    const sp = spans(text);
    for (const m of cand) {
      const a = m.index!, b = a + m[0].length, l = m[0].toLowerCase();
      if (sp.some(([x, y]) => x < b && y > a)) continue;
      const lem = [...new Set([...(VERB_FORMS.get(l) ?? []).map((c) => `${c.entry.type}:${c.entry.lemma}`), ...(NOUN_FORMS.get(l) ?? []).map((e) => `${e.type}:${e.lemma}`)])].join(' | ');
      if (!by.has(lem)) by.set(lem, []);
      by.get(lem)!.push(`     ${id} [${m[0]}] ${text.slice(Math.max(0, a - 80), b + 70)}`);
    }
  }
  for (const [lem, xs] of [...by.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, 60)) console.log(`${xs.length}\t${lem}\n${xs.slice(0, 4).join('\n')}`);
} else if (mode === 'forms') {
  const counts = new Map<string, number>();
  for (const s of sents) for (const m of split(s)[1].matchAll(/[A-ZÄÖÜ][a-zäöüß]+/g)) counts.set(m[0].toLowerCase(), (counts.get(m[0].toLowerCase()) ?? 0) + 1);
  const out: string[] = [];
  for (const [f, es] of NOUN_FORMS) for (const c of [f + 'n', f + 'en', f + 's', f + 'es']) {
    if (NOUN_FORMS.has(c) || (c === f + 'en' && /e$/.test(f)) || !counts.get(c)) continue;
    out.push(`${counts.get(c)}\t${c}\t<- ${f}\t${es.map((e) => `${e.type}:${e.lemma}`).join(' ')}`);
  }
  console.log(out.sort((a, b) => parseInt(b) - parseInt(a)).join('\n'));
} else console.log('usage: scripts/events-vocab-gaps.ts gaps <file> [shown] | filtered [G|U] | forms');
