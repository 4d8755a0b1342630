// Candidates for the events trigger lexicon from OpenThesaurus (German synonym sets, LGPL): for every German lemma of
// src/events/lexicon.ts (verbs and nouns, with their PLOVER type and mode) the other terms of each synset it is in, one a
// line, with the seed lemma, type, mode and the synset; and the -ung nouns of lexicon verbs that OpenThesaurus knows
// (kind "nominal"). The file is for review only (not shipped): accepted entries are copied by hand into
// src/events/lexicon-synonyms.ts.
// Needs the Debian package openthesaurus-de-text (`apt-get install openthesaurus-de-text`).
// usage: npm run build:event-synonyms [-- <thesaurus.txt> <out.tsv>]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ENTRIES, NOUN_FORMS, VERB_FORMS } from '../src/events/lexicon.ts';

const [src = '/usr/share/openthesaurus-de/openthesaurus.txt', out = 'tmp/event-synonym-candidates.tsv'] = process.argv.slice(2);

/** A synset term without its labels: "(mit) Beifall bedenken (geh.)" → "Beifall bedenken". */
export function bare(term: string): string {
  return term.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
}
/** The labels of a term ("geh.", "ugs.", "österr."). */
function labels(term: string): string {
  return (term.match(/\(([^)]*)\)/g) ?? []).map((l) => l.slice(1, -1)).join(',');
}
const key = (s: string) => bare(s).toLowerCase().replace(/^sich /, '');

const synsets = readFileSync(src, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(';'));
const byTerm = new Map<string, number[]>();
synsets.forEach((set, i) => {
  for (const t of set) {
    const k = key(t);
    if (!k) continue;
    const l = byTerm.get(k) ?? [];
    if (!l.includes(i)) l.push(i);
    byTerm.set(k, l);
  }
});

const known = (t: string) => {
  const k = key(t);
  return NOUN_FORMS.has(k) || VERB_FORMS.has(k) || ENTRIES.some((e) => key(e.lemma) === k);
};
const kind = (t: string) => {
  const b = bare(t).replace(/^sich /, '');
  if (b.includes(' ')) return 'idiom';
  return /^[A-ZÄÖÜ]/.test(b) ? 'noun' : /n$/.test(b) ? 'verb' : 'other';
};

const rows: string[] = ['term\tkind\tlabels\tknown\ttype\tmode\tseed\tseedPos\tseedConstrained\tsynset'];
const seen = new Set<string>();
for (const e of ENTRIES) {
  if (e.lang === 'en' || (e as { source?: string }).source) continue;
  // seeds: the lemma (without a "(…)" gloss) and, for nouns, every listed form that is a synset term
  const seeds = new Set([key(e.lemma)]);
  if (e.pos === 'noun') for (const [f, es] of NOUN_FORMS) if (es.includes(e) && byTerm.has(f)) seeds.add(f);
  for (const s of seeds) {
    for (const i of byTerm.get(s) ?? []) {
      for (const t of synsets[i]) {
        if (key(t) === s) continue;
        const k = `${key(t)}|${e.type}|${e.lemma}|${i}`;
        if (seen.has(k)) continue;
        seen.add(k);
        const constrained = !!(e.needObj || e.needAlso || e.refl) ? 'yes' : '';
        rows.push([bare(t), kind(t), labels(t), known(t) ? 'known' : '', e.type, e.mode ?? '', e.lemma, e.pos, constrained, synsets[i].join(';')].join('\t'));
      }
    }
  }
}
// nominalisations: the -ung noun of a German lexicon verb ("entmachten" → "Entmachtung") when OpenThesaurus has it as a
// word and the lexicon has no such noun form; kind "nominal", synset "-" (the seed's options are a verb's: review them)
const nounTerms = new Set<string>();
for (const set of synsets) for (const t of set) if (/^[A-ZÄÖÜ][a-zäöüß]+$/.test(bare(t))) nounTerms.add(bare(t));
for (const e of ENTRIES) {
  if (e.pos !== 'verb' || e.lang === 'en' || (e as { source?: string }).source) continue;
  const lemma = key(e.lemma);
  if (lemma.includes(' ')) continue;
  const noun = lemma.replace(/e?n$/, 'ung');
  const term = noun[0].toUpperCase() + noun.slice(1);
  if (!nounTerms.has(term) || NOUN_FORMS.has(noun)) continue;
  const constrained = !!(e.needObj || e.needAlso || e.refl) ? 'yes' : '';
  rows.push([term, 'nominal', '', '', e.type, e.mode ?? '', e.lemma, e.pos, constrained, '-'].join('\t'));
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, rows.join('\n') + '\n');
const fresh = rows.slice(1).filter((r) => r.split('\t')[3] !== 'known');
console.log(`${rows.length - 1} candidates (${fresh.length} not in the lexicon, ${new Set(fresh.map((r) => r.split('\t')[0])).size} distinct terms) from ${synsets.length} synsets → ${out}`);
