// Event mentions of GermEval 2014 train sentences that match a regular expression (case-insensitive), one a line with
// type, entry lemma, trigger, modality, actors, recipients and sentence; run in two checkouts and diff, to count the events
// a lexicon change adds or removes on text outside all gold. Each sentence is analysed as a document of its own.
// usage: node --import tsx scripts/events-sentences-dump.ts <out> <regex>
import { readFileSync, writeFileSync } from 'node:fs';
import { analyze } from '../src/pipeline/index.ts';
import { sharedDataPath } from '../src/util/paths.ts';
const [out, re] = process.argv.slice(2);
const rx = new RegExp(re, 'i');
const sents: string[] = [];
let cur: string[] = [];
for (const line of readFileSync(sharedDataPath('germeval2014', 'train_bioes.train'), 'utf8').split('\n')) {
  const tok = line.split(' ')[0];
  if (!line.trim()) { if (cur.length) sents.push(cur.join(' ').replace(/ ([,.;:!?)])/g, '$1').replace(/\( /g, '(')); cur = []; continue; }
  cur.push(tok);
}
if (cur.length) sents.push(cur.join(' '));
const lines: string[] = [];
let n = 0;
sents.forEach((text, i) => {
  if (!rx.test(text)) return;
  n++;
  const doc = analyze(text, { lang: 'de' });
  const name = (ids: string[]) => ids.map((id) => doc.entities.find((e) => e.id === id)?.name ?? id).join('+') || '-';
  for (const e of doc.events) {
    for (const m of (e as any).mentions ?? [e]) {
      lines.push(`g${i} ${e.type} <${(e as any).lemma ?? ''}> "${m.trigger.text}" ${m.modality ?? e.modality} A[${name(e.actors)}] R[${name(e.recipients)}] | ${text.slice(0, 260)}`);
    }
  }
});
writeFileSync(out, lines.join('\n') + '\n');
console.log(lines.length, 'lines', n, 'sentences of', sents.length);
