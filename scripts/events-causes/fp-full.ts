// False positives with their full sentence and the gold events of that sentence, per gold file:
// `node --import tsx scripts/events-causes/fp-full.ts <gold.json>...`
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/pipeline/index.ts';
import { locateSentence as locate } from '../../src/eval/events.ts';
import { readGnad } from '../../src/eval/gnad.ts';
import { sharedDataPath } from '../../src/util/paths.ts';
const arts = readGnad(sharedDataPath('10kgnad', 'test.csv'), 500);
for (const f of process.argv.slice(2)) {
  const gold = JSON.parse(readFileSync(f, 'utf8'));
  for (const art of gold.articles) {
    const doc: any = analyze(arts[art.row].text, { lang: 'de' });
    const preds: any[] = [];
    for (const e of doc.events) for (const m of e.mentions ?? [e]) preds.push({ sentence: m.sentence, type: e.type, trigger: m.trigger.text, modality: m.modality ?? e.modality });
    const gs = art.events.map((g: any) => ({ ...g, s: locate(doc, g.sentence) }));
    const used = new Set<number>();
    for (const g of gs) { const c = preds.findIndex((p, i) => !used.has(i) && p.sentence === g.s && p.type === g.type); if (c >= 0) used.add(c); }
    preds.forEach((p, i) => {
      if (used.has(i)) return;
      const inS = gs.filter((g: any) => g.s === p.sentence).map((g: any) => `${g.type}:${g.trigger}`);
      const sen = doc.sentences[p.sentence];
      console.log(`FP ${f.replace(/.*gnad-test-?/, '').replace('.json', '')} ${art.row} s${p.sentence} ${p.type} "${p.trigger}" ${p.modality} gold[${inS.join(', ')}]\n    ${doc.text.slice(sen.start, sen.end).replace(/\s+/g, ' ')}`);
    });
  }
}
