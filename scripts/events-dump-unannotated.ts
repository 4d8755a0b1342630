// Every event mention of the unannotated 10kGNAD test rows ≥ 500 (blind rows skipped, never analysed), one a line,
// for diffing two versions: `node --import tsx scripts/events-dump-unannotated.ts <out>`.
import { writeFileSync } from 'node:fs';
import { analyze } from '../src/pipeline/index.ts';
import { readGnad } from '../src/eval/gnad.ts';
import { sharedDataPath } from '../src/util/paths.ts';
/** Rows held back for blind annotation (docs: /work/notes/common.md); never analysed here. */
const BLIND = new Set([513, 785, 600, 935, 627, 752, 947, 557, 572, 618, 673, 592, 576, 577, 593, 678, 682, 683, 759, 795, 809, 895, 962, 980, 991, 1002]);
const out = process.argv[2];
const arts = readGnad(sharedDataPath('10kgnad', 'test.csv'), 100000);
const lines: string[] = [];
let n = 0;
for (const a of arts) {
  if (a.row < 500 || BLIND.has(a.row)) continue;
  n++;
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
console.log(lines.length, 'lines', n, 'articles');
