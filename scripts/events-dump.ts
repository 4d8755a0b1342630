/**
 * One line per event mention on the unannotated 10kGNAD test rows >= 500 (row | section | type.mode | modality | trigger |
 * actors | recipients | sentence): run before and after a change and diff, to read every mention it adds or changes.
 *
 *   node --import tsx scripts/events-dump.ts > after.txt
 */
import { readGnad } from '../src/eval/gnad.ts';
import { analyze } from '../src/pipeline/index.ts';
import { sharedDataPath } from '../src/util/paths.ts';
const lines: string[] = [];
for (const a of readGnad(sharedDataPath('10kgnad', 'test.csv'))) {
  if (a.row < 500) continue;
  const doc = analyze(a.text, { lang: 'de' });
  const name = (id: string) => doc.entities.find((e) => e.id === id)?.name ?? id;
  for (const ev of doc.events) {
    const ms = Array.isArray((ev as any).mentions) ? (ev as any).mentions : [ev];
    for (const m of ms) {
      const s = doc.sentences[m.sentence];
      const sent = s ? doc.text.slice(s.start, s.end).replace(/\s+/g, ' ') : '';
      lines.push([a.row, a.label, `${ev.type}${ev.mode ? '.' + ev.mode : ''}`, m.modality ?? ev.modality, m.trigger?.text ?? ev.trigger.text, ev.actors.map(name).join('+'), ev.recipients.map(name).join('+'), sent.slice(0, 300)].join(' | '));
    }
  }
}
console.log(lines.join('\n'));
