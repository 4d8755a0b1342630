// Every event mention of the unannotated 10kGNAD test rows (>= 500, without the blind rows) with type, trigger, lemma,
// modality, actors, recipients and sentence, one a line, for diffing the lexicon with and without its OpenThesaurus
// synonyms: usage: node --import tsx scripts/events-synonyms-check.ts <out>   (run once with LAGEBILD_NO_SYNONYMS=1)
import { writeFileSync } from 'node:fs';
import { analyze } from '../src/pipeline/index.ts';
import { unannotatedRows } from './gnad-unannotated.ts';
const [out] = process.argv.slice(2);
const arts = unannotatedRows();
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
writeFileSync(out, lines.join('\n') + '\n');
console.log(lines.length, 'lines', arts.length, 'articles');
