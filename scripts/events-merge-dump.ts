// Every event of the unannotated 10kGNAD test rows >= 500 (every reserved row of BLIND_ROWS skipped, never analysed), one a line
// with its mentions and each mention's own arguments, for reading merging decisions (how many events, how many
// mentions, which mentions were pooled): node --import tsx scripts/events-merge-dump.ts <out> [from] [to]
// With `--gold <folder>` instead of the row range: the articles of the events gold files in that folder (for reading the
// merges on gold text). Sentences are cut at 300 characters.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline/index.ts';
import { readGnad } from '../src/eval/gnad.ts';
import { sharedDataPath } from '../src/util/paths.ts';
import { unseenRows } from './unseen-rows.ts';
const [out, fromS, toS] = process.argv.slice(2);
function goldArticles(dir: string): { row: number; text: string }[] {
  const rows = new Set<number>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json') && !/blind29|test36/.test(f)).sort()) {
    for (const a of (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { articles: { row: number }[] }).articles) rows.add(a.row);
  }
  const csv = readGnad(sharedDataPath('10kgnad', 'test.csv'));
  return [...rows].sort((a, b) => a - b).map((row) => ({ row, text: csv[row].text }));
}
const arts = fromS === '--gold'
  ? goldArticles(toS)
  : unseenRows(Number(fromS ?? 500), Number(toS ?? 1100));
const lines: string[] = [];
let events = 0;
let mentions = 0;
let merged = 0;
for (const a of arts) {
  const doc = analyze(a.text, { lang: 'de' });
  const name = (ids: string[] | undefined) => (ids ?? []).map((id) => doc.entities.find((e) => e.id === id)?.name ?? id).join('+') || '-';
  for (const e of doc.events) {
    const ms = e.mentions ?? [];
    events++;
    mentions += ms.length;
    if (ms.length > 1) merged++;
    const told = ms.map((m) => {
      const s = doc.sentences[m.sentence];
      return `s${m.sentence} "${m.trigger.text}" ${m.modality} A[${name(m.actors)}] R[${name(m.recipients)}] {${doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 300)}}`;
    });
    lines.push(`${a.row} ${e.type} ${e.modality} A[${name(e.actors)}] R[${name(e.recipients)}] ${ms.length}x :: ${told.join(' ;; ')}`);
  }
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${arts.length} articles, ${events} events, ${mentions} mentions, ${merged} events with several mentions`);
