// Every quote the pipeline finds in the unannotated 10kGNAD test rows >= 500 (blind rows, the reserved rows of the
// twelfth session and gold rows skipped, never analysed), one a line, for diffing two versions of the quotes stage:
// node --import tsx scripts/quotes-dump-unannotated.ts <out> [from] [to]
import { writeFileSync } from 'node:fs';
import { analyze } from '../src/pipeline/index.ts';
import { unseenRows } from './unseen-rows.ts';
const RESERVED = new Set([635, 695, 742, 571, 506, 844, 753, 834, 983, 930, 727, 698, 611, 872, 722, 514, 961, 899, 546, 680, 590, 545, 553, 995, 508, 647]);
const [out, fromS, toS] = process.argv.slice(2);
const from = Number(fromS ?? 500), to = Number(toS ?? 1100);
const arts = unseenRows(from, to).filter((a) => !RESERVED.has(a.row));
const lines: string[] = [];
for (const a of arts) {
  const doc = analyze(a.text, { lang: 'de' });
  for (const q of doc.quotes) {
    if (q.kind === 'fragment') continue;
    const name = (q.speakerName as string | undefined) ?? q.speakerMention?.text ?? null;
    lines.push(`${a.row} ${q.start} ${q.kind} [${name}] ${JSON.stringify(doc.text.slice(q.start, q.end).replace(/\s+/g, ' ').slice(0, 160))}`);
  }
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(lines.length, 'quotes', arts.length, 'articles');
