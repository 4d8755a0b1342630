// Events gold: draft (row | prefix | trigger | TYPE | mode | modality | actors | recipients) -> JSON.
// Usage: npx tsx scripts/events-gold-convert.ts <draft.txt> <out.json> <description>
import { readFileSync, writeFileSync } from 'node:fs';
import { readGnad } from '../src/eval/gnad.ts';
import { segment } from '../src/segment/index.ts';
const [draft, out, description] = process.argv.slice(2);
const arts = readGnad('/work/shared/data/10kgnad/test.csv');
/** split on '|' only where it touches whitespace or a line end; "a|b" (no spaces) stays one field */
function fields(line: string): string[] {
  const f: string[] = []; let cur = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '|' && (i === 0 || /\s/.test(line[i - 1]) || i === line.length - 1 || /\s/.test(line[i + 1]))) { f.push(cur.trim()); cur = ''; }
    else cur += c;
  }
  f.push(cur.trim());
  return f;
}
const names = (s: string) => s.trim() ? s.split(';').map((x) => x.trim()).filter(Boolean) : [];
const byRow = new Map<number, any>();
const order: number[] = [];
for (const line of readFileSync(draft, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const f = fields(line);
  while (f.length < 8) f.push('');
  if (f.length !== 8) throw new Error(`bad field count ${f.length}: ${line}`);
  const [rowS, prefix, trigger, type, mode, modality, actors, recipients] = f;
  const row = Number(rowS); const a = arts[row];
  // "row |" alone: an article with no event (it is still run and scored for false positives)
  if (!prefix && !trigger) { if (!byRow.has(row)) { byRow.set(row, { row, label: a.label, events: [] }); order.push(row); } continue; }
  const { sentences } = segment(a.text);
  const hits = sentences.map((s) => a.text.slice(s.start, s.end)).filter((t) => t.startsWith(prefix));
  if (hits.length !== 1) throw new Error(`prefix matches ${hits.length} sentences: ${line}`);
  if (!hits[0].includes(trigger)) throw new Error(`trigger not in sentence: ${line}`);
  if (!byRow.has(row)) { byRow.set(row, { row, label: a.label, events: [] }); order.push(row); }
  const ev = { sentence: hits[0], trigger, type, mode: mode === '-' || !mode ? null : mode, modality, actors: names(actors), recipients: names(recipients) };
  for (const n of [...ev.actors, ...ev.recipients]) if (!n.replace(/\|/g, '').trim() || n.startsWith('|') || n.endsWith('|')) throw new Error(`bad name "${n}": ${line}`);
  byRow.get(row).events.push(ev);
}
writeFileSync(out, JSON.stringify({ description, source: '10kgnad/test.csv', articles: order.map((r) => byRow.get(r)) }, null, 2) + '\n');
console.log(order.length, 'articles', order.reduce((n, r) => n + byRow.get(r).events.length, 0), 'events');
