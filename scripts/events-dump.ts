// Every event mention of 10kGNAD test rows [from, to) (default 500–1100, the unannotated rows) with type, trigger, modality, actors,
// recipients and sentence, one a line, for diffing two commits; with --lemma also the entry lemma (argument-built events carry
// a "money:" or "eval:" lemma). usage: node --import tsx scripts/events-dump.ts <out> [from] [to] [--lemma]
import { writeFileSync } from 'node:fs';
import { analyze } from '../src/pipeline/index.ts';
import { unseenRows } from './unseen-rows.ts';
const withLemma = process.argv.includes('--lemma');
const [out, fromS, toS] = process.argv.slice(2).filter((a) => a !== '--lemma');
const from = Number(fromS ?? 500), to = Number(toS ?? 1100);
const arts = unseenRows(from, to); // the blind rows (BLIND_ROWS, with every session's reserved sets) are skipped
const lines: string[] = [];
for (const a of arts) {
  const doc = analyze(a.text, { lang: 'de' });
  const name = (ids: string[]) => ids.map((id) => doc.entities.find((e) => e.id === id)?.name ?? id).join('+') || '-';
  for (const e of doc.events) {
    for (const m of (e as any).mentions ?? [e]) {
      const s = doc.sentences[m.sentence];
      lines.push(`${a.row} s${m.sentence} ${e.type}${withLemma ? ` <${(e as any).lemma ?? ''}>` : ''} "${m.trigger.text}" ${m.modality ?? e.modality} A[${name(e.actors)}] R[${name(e.recipients)}] | ${doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 260)}`);
    }
  }
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(lines.length, 'lines', arts.length, 'articles');
