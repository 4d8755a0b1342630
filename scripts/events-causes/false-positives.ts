// False positives on the German gold against the gold events of their sentence: `node --import tsx scripts/events-causes/false-positives.ts`.
import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '../../src/pipeline/index.ts';
import { locateSentence as locate } from '../../src/eval/events.ts';
import { readGnad } from '../../src/eval/gnad.ts';
import { sharedDataPath } from '../../src/util/paths.ts';
const arts = readGnad(sharedDataPath('10kgnad', 'test.csv'), 500);
const dir = 'eval/gold/events';
const counts = new Map<string, number>(); const lines: string[] = [];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
  for (const art of gold.articles) {
    const doc: any = analyze(arts[art.row].text, { lang: 'de' });
    const preds: any[] = [];
    for (const e of doc.events) for (const m of e.mentions ?? [e]) preds.push({ sentence: m.sentence, type: e.type, trigger: m.trigger.text, pos: e.lemma });
    const gs = art.events.map((g: any) => ({ ...g, s: locate(doc, g.sentence) }));
    const used = new Set<number>();
    for (const g of gs) { const c = preds.findIndex((p, i) => !used.has(i) && p.sentence === g.s && p.type === g.type); if (c >= 0) used.add(c); }
    preds.forEach((p, i) => {
      if (used.has(i)) return;
      const inS = gs.filter((g: any) => g.s === p.sentence);
      const cat = !inS.length ? 'no gold event in sentence' : inS.some((g: any) => g.type === p.type) ? 'extra mention of a type gold has once' : `type confusion (gold ${[...new Set(inS.map((g: any) => g.type))].join('/')})`;
      const key = cat.startsWith('type confusion') ? 'type confusion' : cat;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const sen = doc.sentences[p.sentence];
      lines.push(`${key}\t${art.row} s${p.sentence} ${p.type} "${p.trigger}" ${cat} — ${doc.text.slice(sen.start, sen.end).slice(0, 140)}`);
    });
  }
}
console.log([...counts].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v}\t${k}`).join('\n'));
console.log(lines.sort().join('\n'));
