// Events: leave-one-part-out test of a learned keep/drop filter over the rule system's event mentions (logistic
// regression over type, trigger word, argument presence, modality, determiner/preposition before the trigger, headline,
// quote). Not adopted: it did not beat the rules cross-validated (docs/events.md). Usage: npx tsx scripts/events-filter-cv.ts
import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '../src/pipeline/index.ts';
import { sentenceAt } from '../src/doc/index.ts';
import { readGnad } from '../src/eval/gnad.ts';
const arts = readGnad('/work/shared/data/10kgnad/test.csv', 500);
const dir = 'eval/gold/events';
const parts = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
type Ex = { part: string; f: string[]; y: number };
const data: Ex[] = [];
const gold: Record<string, number> = {};
const DET = /^(der|die|das|den|dem|des)$/, INDEF = /^(ein|eine|einer|einen|einem|eines)$/, POSS = /^(sein|seine|seinen|seiner|seinem|ihr|ihre|ihren|ihrer|ihrem|unser|unsere)$/;
const PREP = /^(nach|vor|in|im|für|bei|beim|an|am|zu|zum|zur|während|seit|auf|über|um|von|vom|mit|gegen|trotz|laut|ohne)$/;
function locate(doc: any, sentence: string): number { let i = doc.text.indexOf(sentence); if (i < 0) i = doc.text.indexOf(sentence.slice(0, 40)); return i < 0 ? -1 : sentenceAt(doc, i + Math.min(5, sentence.length - 1)); }
for (const part of parts) {
  const g = JSON.parse(readFileSync(`${dir}/${part}`, 'utf8'));
  gold[part] = 0;
  for (const a of g.articles) {
    const doc: any = analyze(arts[a.row].text, { lang: 'de' });
    const toks = doc.tokens; const byStart = new Map<number, number>(); toks.forEach((t: any, i: number) => byStart.set(t.start, i));
    const preds: any[] = [];
    for (const e of doc.events) for (const m of e.mentions) preds.push({ s: m.sentence, type: e.type, mod: m.modality, act: e.actors.length, rec: e.recipients.length, tr: m.trigger, n: e.mentions.length });
    const used = new Set<number>();
    for (const ge of a.events) {
      gold[part]++;
      const s = locate(doc, ge.sentence);
      const c = preds.map((p, i) => i).filter((i) => !used.has(i) && preds[i].s === s && preds[i].type === ge.type);
      c.sort((x, y) => (preds[y].tr.text === ge.trigger ? 1 : 0) - (preds[x].tr.text === ge.trigger ? 1 : 0));
      if (c.length) used.add(c[0]);
    }
    const perSent = new Map<number, number>(); for (const p of preds) perSent.set(p.s, (perSent.get(p.s) ?? 0) + 1);
    preds.forEach((p, i) => {
      const k = byStart.get(p.tr.start) ?? -1;
      const w = (j: number) => (j >= 0 && j < toks.length && toks[j].sentence === p.s ? doc.text.slice(toks[j].start, toks[j].end).toLowerCase() : '<s>');
      const word = p.tr.text.toLowerCase(); const noun = /^\p{Lu}/u.test(p.tr.text) && w(k - 1) !== '<s>';
      const p1 = w(k - 1), p2 = w(k - 2);
      const det = DET.test(p1) ? 'def' : INDEF.test(p1) ? 'indef' : POSS.test(p1) ? 'poss' : PREP.test(p1) ? 'prep' : PREP.test(p2) ? 'prep2' : 'other';
      const arg = `${p.act > 0 ? 'A' : '-'}${p.rec > 0 ? 'R' : '-'}`;
      const inQuote = (doc.quotes ?? []).some((q: any) => q.start <= p.tr.start && q.end >= p.tr.end);
      const f = [`t=${p.type}`, `pos=${noun ? 'n' : 'v'}`, `w=${word}`, `suf=${word.slice(-5)}`, `arg=${arg}`, `t_arg=${p.type}_${arg}`, `pos_arg=${noun}_${arg}`, `mod=${p.mod}`, `t_mod=${p.type}_${p.mod}`,
        `det=${det}`, `t_det=${p.type}_${det}`, `n_det=${noun}_${det}`, `p1=${p1}`, `p2=${p2}`, `n1=${w(k + 1)}`, `head=${p.s === 0}`, `quote=${inQuote}`, `many=${Math.min(3, perSent.get(p.s)!)}`, `merged=${p.n > 1}`, 'bias'];
      data.push({ part, f, y: used.has(i) ? 1 : 0 });
    });
  }
}
function train(xs: Ex[]): Map<string, number> {
  const wt = new Map<string, number>(); const lr = 0.1, l2 = 1e-3;
  for (let ep = 0; ep < 30; ep++) for (const x of xs) {
    let z = 0; for (const f of x.f) z += wt.get(f) ?? 0;
    const p = 1 / (1 + Math.exp(-z)); const g = p - x.y;
    for (const f of x.f) { const v = wt.get(f) ?? 0; wt.set(f, v - lr * (g + l2 * v)); }
  }
  return wt;
}
const prob = (wt: Map<string, number>, x: Ex) => 1 / (1 + Math.exp(-x.f.reduce((z, f) => z + (wt.get(f) ?? 0), 0)));
const prf = (tp: number, np: number, ng: number) => { const P = tp / np, R = tp / ng; return [P, R, (2 * P * R) / (P + R)]; };
for (const th of [0.1, 0.2, 0.3, 0.5]) {
  let T = [0, 0, 0], B = [0, 0, 0];
  const rows: string[] = [];
  for (const part of parts) {
    const tr = data.filter((x) => x.part !== part), te = data.filter((x) => x.part === part);
    const wt = train(tr);
    const kept = te.filter((x) => prob(wt, x) >= th);
    const tpB = te.filter((x) => x.y).length, tpK = kept.filter((x) => x.y).length;
    const b = prf(tpB, te.length, gold[part]), k = prf(tpK, kept.length, gold[part]);
    T[0] += tpK; T[1] += kept.length; T[2] += gold[part]; B[0] += tpB; B[1] += te.length; B[2] += gold[part];
    rows.push(`${part.padEnd(24)} rules P ${b[0].toFixed(3)} R ${b[1].toFixed(3)} F1 ${b[2].toFixed(3)} | filter P ${k[0].toFixed(3)} R ${k[1].toFixed(3)} F1 ${k[2].toFixed(3)}`);
  }
  const b = prf(B[0], B[1], B[2]), k = prf(T[0], T[1], T[2]);
  console.log(`threshold ${th}: pooled rules F1 ${b[2].toFixed(4)} (P ${b[0].toFixed(3)} R ${b[1].toFixed(3)}), filter F1 ${k[2].toFixed(4)} (P ${k[0].toFixed(3)} R ${k[1].toFixed(3)})`);
  if (th === 0.5) console.log(rows.join('\n'));
}
