// Modality per gold part: matched events, modality accuracy, planned shown as happened and the modality errors (with
// the sentence, the trigger and the sentence's time values), matched as in src/eval/events.ts (sentence + type,
// trigger first). usage: node --import tsx scripts/events-modality.ts [out-errors-file] [part-regexp]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline/index.ts';
import { readGnad } from '../src/eval/gnad.ts';
import { locateSentence } from '../src/eval/events.ts';
import { sharedDataPath } from '../src/util/paths.ts';

const [out, partRe] = process.argv.slice(2);
const dir = 'eval/gold/events';
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && (!partRe || new RegExp(partRe).test(f))).sort((a, b) => {
  const n = (f: string) => (f === 'gnad-test.json' ? 0 : Number(/blind(\d*)/.exec(f)?.[1] || 1));
  return n(a) - n(b);
});
const arts = readGnad(sharedDataPath('10kgnad', 'test.csv'), 500);
const HAPPENED = new Set(['asserted', 'reported', 'historical']);
const errors: string[] = [];
const total = { n: 0, ok: 0, pah: 0 };
for (const f of files) {
  const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { articles: { row: number; events: { sentence: string; trigger: string; type: string; modality: string }[] }[] };
  let n = 0, ok = 0, pah = 0;
  const conf = new Map<string, number>();
  for (const art of gold.articles) {
    const doc = analyze(arts[art.row].text, { lang: 'de' });
    const preds: { s: number; type: string; modality: string; trigger: string }[] = [];
    for (const e of doc.events) for (const m of (e as any).mentions ?? [e]) preds.push({ s: m.sentence, type: e.type, modality: m.modality ?? e.modality, trigger: m.trigger.text });
    const used = new Set<number>();
    for (const g of art.events) {
      const s = locateSentence(doc, g.sentence);
      const c = preds.map((p, i) => ({ p, i })).filter(({ p, i }) => !used.has(i) && p.s === s && p.type === g.type);
      if (!c.length) continue;
      c.sort((a, b) => (b.p.trigger === g.trigger ? 1 : 0) - (a.p.trigger === g.trigger ? 1 : 0));
      const { p, i } = c[0];
      used.add(i);
      n++;
      if (p.modality === g.modality) ok++;
      else {
        const k = `${g.modality}->${p.modality}`;
        conf.set(k, (conf.get(k) ?? 0) + 1);
        const sen = doc.sentences[s];
        const times = doc.times.filter((t) => t.start >= sen.start && t.end <= sen.end).map((t) => `${t.text}=${t.value}`).join(', ');
        errors.push(`${f.replace(/^gnad-test-?|\.json$/g, '') || 'dev'} row ${art.row} ${k} "${p.trigger}" pub=${doc.published ?? '-'} [${times}] | ${doc.text.slice(sen.start, sen.end).replace(/\s+/g, ' ')}`);
      }
      if (g.modality === 'planned' && HAPPENED.has(p.modality)) pah++;
    }
  }
  total.n += n; total.ok += ok; total.pah += pah;
  console.log(`${f.padEnd(24)} matched ${String(n).padStart(4)}  modality ${(ok / (n || 1)).toFixed(3)}  planned-as-happened ${pah}  ${[...conf].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}
console.log(`${'all'.padEnd(24)} matched ${String(total.n).padStart(4)}  modality ${(total.ok / (total.n || 1)).toFixed(3)}  planned-as-happened ${total.pah}`);
if (out) writeFileSync(out, errors.join('\n') + '\n');
