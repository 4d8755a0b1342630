// Dump of every non-fragment quote, one a line, for diffing two versions of the quotes stage.
//   node --import tsx scripts/quotes-dump.ts unseen <out>   — the unannotated 10kGNAD test rows >= 500 (blind rows skipped)
//   node --import tsx scripts/quotes-dump.ts gold <out>     — the gold rows; predictions that overlap no gold quote are
//                                                             marked "FP", the rest "ok"
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline/index.ts';
import { readGnad } from '../src/eval/gnad.ts';
import { sharedDataPath } from '../src/util/paths.ts';
import { unseenRows } from './unseen-rows.ts';

// reserved blind rows of the twelfth session (the session rules): never analysed
const RESERVED = new Set([635, 695, 742, 571, 506, 844, 753, 834, 983, 930, 727, 698, 611, 872, 722, 514, 961, 899, 546, 680, 590, 545, 553, 995, 508, 647]);
const [mode, out] = process.argv.slice(2);
const lines: string[] = [];
function dump(row: number, text: string, gold?: { start: number; end: number }[]): void {
  const doc = analyze(text, { lang: 'de' });
  for (const q of doc.quotes) {
    if (q.kind === 'fragment') continue;
    const r = doc.offsets.spanToRaw(q.start, q.end);
    const tag = gold ? (gold.some((g) => Math.min(r.rawEnd, g.end) > Math.max(r.rawStart, g.start)) ? 'ok' : 'FP') : '';
    const x = q as unknown as Record<string, unknown>;
    lines.push([row, tag, q.kind, x.method ?? '', x.marks === false ? 'nomarks' : '', (x.speakerName as string) ?? q.speakerMention?.text ?? '-', q.text.replace(/\s+/g, ' ')].join('\t'));
  }
}
if (mode === 'unseen') {
  for (const a of unseenRows()) if (!RESERVED.has(a.row)) dump(a.row, a.text);
} else {
  const dir = 'eval/gold/quotes';
  const byRow = new Map<number, { start: number; end: number }[]>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
    for (const l of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (!l.trim()) continue;
      const g = JSON.parse(l) as { row: number; start: number; end: number };
      if (!byRow.has(g.row)) byRow.set(g.row, []);
      byRow.get(g.row)!.push(g);
    }
  }
  const rows = readGnad(sharedDataPath('10kgnad', 'test.csv')).map((r) => r.text);
  for (const [row, g] of [...byRow].sort((a, b) => a[0] - b[0])) dump(row, rows[row], g);
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(lines.length, 'quotes');
