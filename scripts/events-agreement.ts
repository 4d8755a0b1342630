// Inter-annotator agreement between two events gold files over the same rows (no extractor runs): events match like
// the scorer's (same sentence and type, a matching trigger preferred), A read as gold and B as prediction, so P/R/F1
// is what a system that annotates exactly like B would score against A. Arguments agree when every name of one side
// loosely matches a name of the other (one contains the other, or they share a word of ≥ 4 letters; "A|B" alternatives
// and a/b both empty count).
// usage: npx tsx scripts/events-agreement.ts <a.json> <b.json>
import { readFileSync } from 'node:fs';

interface GoldEvent { sentence: string; trigger: string; type: string; mode: string | null; modality: string; actors: string[]; recipients: string[] }
interface GoldFile { articles: { row: number; events: GoldEvent[] }[] }

const [aPath, bPath] = process.argv.slice(2);
if (!aPath || !bPath) throw new Error('usage: events-agreement.ts <a.json> <b.json>');
const load = (p: string) => new Map((JSON.parse(readFileSync(p, 'utf8')) as GoldFile).articles.map((a) => [a.row, a.events]));
const A = load(aPath);
const B = load(bPath);

const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4);
function nameMatch(x: string, y: string): boolean {
  const alts = (s: string) => s.split('|').map((t) => t.trim()).filter(Boolean);
  for (const a of alts(x)) for (const b of alts(y)) {
    const la = a.toLowerCase(), lb = b.toLowerCase();
    if (la.includes(lb) || lb.includes(la)) return true;
    const wb = new Set(words(b));
    if (words(a).some((w) => wb.has(w))) return true;
  }
  return false;
}
function argsAgree(x: string[], y: string[]): boolean {
  if (!x.length || !y.length) return x.length === y.length;
  return x.every((a) => y.some((b) => nameMatch(a, b))) && y.every((b) => x.some((a) => nameMatch(a, b)));
}

let tp = 0, fp = 0, fn = 0, actor = 0, recipient = 0, modality = 0, mode = 0, modeN = 0;
const perType = new Map<string, { tp: number; fp: number; fn: number }>();
const bump = (t: string, k: 'tp' | 'fp' | 'fn') => { const r = perType.get(t) ?? { tp: 0, fp: 0, fn: 0 }; r[k]++; perType.set(t, r); };
const lines: string[] = [];
for (const row of new Set([...A.keys(), ...B.keys()])) {
  const a = A.get(row) ?? [], b = B.get(row) ?? [];
  const used = new Set<number>();
  for (const g of a) {
    const cands = b.map((p, i) => ({ p, i })).filter(({ p, i }) => !used.has(i) && p.sentence === g.sentence && p.type === g.type);
    if (!cands.length) { fn++; bump(g.type, 'fn'); lines.push(`  only A  row ${row} ${g.type} "${g.trigger}" — ${g.sentence.slice(0, 90)}`); continue; }
    cands.sort((x, y) => (y.p.trigger === g.trigger ? 1 : 0) - (x.p.trigger === g.trigger ? 1 : 0));
    const { p, i } = cands[0];
    used.add(i); tp++; bump(g.type, 'tp');
    const aOk = argsAgree(g.actors, p.actors), rOk = argsAgree(g.recipients, p.recipients);
    if (aOk) actor++;
    if (rOk) recipient++;
    if (g.modality === p.modality) modality++;
    if (g.mode) { modeN++; if (g.mode === p.mode) mode++; }
    if (!aOk || !rOk || g.modality !== p.modality) lines.push(`  ~ row ${row} ${g.type} "${g.trigger}": actors [${g.actors.join('; ')}] / [${p.actors.join('; ')}]; recipients [${g.recipients.join('; ')}] / [${p.recipients.join('; ')}]; modality ${g.modality}/${p.modality}`);
  }
  b.forEach((p, i) => { if (!used.has(i)) { fp++; bump(p.type, 'fp'); lines.push(`  only B  row ${row} ${p.type} "${p.trigger}" — ${p.sentence.slice(0, 90)}`); } });
}
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const P = tp / (tp + fp || 1), R = tp / (tp + fn || 1), F = (2 * P * R) / (P + R || 1);
console.log(`A ${aPath}: ${tp + fn} events; B ${bPath}: ${tp + fp} events; matched ${tp}`);
console.log(`type agreement (B against A): P ${r3(P)} R ${r3(R)} F1 ${r3(F)}`);
console.log(`on ${tp} matched: actor ${r3(actor / tp)} recipient ${r3(recipient / tp)} modality ${r3(modality / tp)} mode ${modeN ? r3(mode / modeN) : 0} (${modeN})`);
for (const [t, c] of [...perType.entries()].sort()) console.log(`  ${t.padEnd(10)} both ${c.tp} onlyB ${c.fp} onlyA ${c.fn}`);
if (process.env.VERBOSE) console.log(lines.join('\n'));
console.log(JSON.stringify({ task: 'events-agreement', a: tp + fn, b: tp + fp, matched: tp, precision: r3(P), recall: r3(R), f1: r3(F), actorAgreement: r3(actor / tp), recipientAgreement: r3(recipient / tp), modalityAgreement: r3(modality / tp) }));
