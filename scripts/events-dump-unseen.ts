// Every event mention of the unannotated 10kGNAD test rows >= 500, skipping the blind rows (BLIND_ROWS) and the rows
// reserved as blind sets in the twelfth session, one a line, for diffing two versions (h/evsoft).
// usage: node --import tsx scripts/events-dump-unseen.ts <out>
import { writeFileSync } from 'node:fs';
import { analyze } from '../src/pipeline/index.ts';
import { unseenRows } from './unseen-rows.ts';
const RESERVED = new Set([635, 695, 742, 571, 506, 844, 753, 834, 983, 930, 727, 698, 611, 872, 722, 514, 961, 899, 546, 680, 590, 545, 553, 995, 508, 647]);
const arts = unseenRows(500, 1100).filter((a) => !RESERVED.has(a.row));
const lines: string[] = [];
for (const a of arts) {
  const doc = analyze(a.text, { lang: 'de' });
  const name = (ids: string[]) => ids.map((id) => doc.entities.find((e) => e.id === id)?.name ?? id).join('+') || '-';
  for (const e of doc.events) {
    for (const m of (e as any).mentions ?? [e]) {
      const s = doc.sentences[m.sentence];
      lines.push(`${a.row} s${m.sentence} ${e.type} "${m.trigger.text}" ${m.modality ?? e.modality} A[${name(e.actors)}] R[${name(e.recipients)}] | ${doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 300)}`);
    }
  }
}
writeFileSync(process.argv[2], lines.join('\n') + '\n');
console.log(lines.length, 'lines', arts.length, 'articles');
