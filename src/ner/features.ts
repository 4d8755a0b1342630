// (the feature hashes as signed 32-bit values: every one is stored in a Uint32Array, which keeps the same bits, or mixed
// again; see mixSigned)
import { FNV_OFFSET, fnv, fnvStep, type HashTable, mix as mixUnsigned, mixSigned as mix } from './hash.ts';
import { FLAG, FLAG_COUNT, type Lexicon, SEQ_MAX, seqKey } from './lexicon.ts';

/**
 * Feature extraction. Every feature is a non-zero 32-bit hash of (template id, value hashes);
 * each token gets exactly FEATURE_SLOTS slots (0 = absent), so decoding is a flat loop.
 */

// word classes
const W_LOWER = 0;
const W_CAP = 1;
const W_ALLCAPS = 2;
const W_MIXED = 3;
const W_DIGIT = 4;
const W_PUNCT = 5;
const W_OTHER = 6;

// lexical status of a token (capitalisation evidence against the common-noun lexicon)
const L_LOWER = 0;
const L_NOUN = 1;
const L_COMPOUND_NOUN = 2;
const L_UNKNOWN_CAP = 3;
const L_ALLCAPS = 4;
const L_OTHER = 5;

let slot = 0;
// token-intrinsic templates first (they depend only on the token string, so the tagger can cache
// their weight sum per word), then the contextual ones
const T = {
  BIAS: slot++,
  W: slot++,
  L: slot++,
  P1: slot++,
  P2: slot++,
  P3: slot++,
  P4: slot++,
  S1: slot++,
  S2: slot++,
  S3: slot++,
  S4: slot++,
  S5: slot++,
  SHAPE: slot++,
  LEN: slot++,
  CAPRATIO: slot++,
  HFIRST: slot++,
  HFIRSTFLAGS: slot++,
  HLAST: slot++,
  HLASTLEX: slot++,
  CL: slot++,
  CLP: slot++,
  GEN: slot++,
  PREGAZ: slot++,
  FLAG0: slot,
  LM1: (slot += FLAG_COUNT),
  LP1: ++slot,
  LM2: ++slot,
  LP2: ++slot,
  BIM1: ++slot,
  BIP1: ++slot,
  BIM2: ++slot,
  BIP2: ++slot,
  WIN3M: ++slot,
  WIN3P: ++slot,
  SHAPEM1: ++slot,
  SHAPEP1: ++slot,
  SHAPE3: ++slot,
  POS: ++slot,
  LEX: ++slot,
  LEXM1: ++slot,
  LEXP1: ++slot,
  LEX3: ++slot,
  CAPSTAT: ++slot,
  FLAGSM1: ++slot,
  FLAGSP1: ++slot,
  SEQ: ++slot,
  TSEQ: ++slot,
  LM1SHAPE: ++slot,
  CLM1: ++slot,
  CLP1: ++slot,
  FLAGINIT: ++slot,
  FNM1: ++slot,
  FNP1: ++slot,
  SUFM1: ++slot,
  SUFP1: ++slot,
};
slot++;
/** Slots [0, INTRINSIC_SLOTS) depend only on the token itself. */
export const INTRINSIC_SLOTS = T.LM1;
export const FEATURE_SLOTS = slot;

/**
 * The contextual slots that featuresOf() fills when it omits the neighbour roles and the context class (as the tagger's
 * decode does, which has their sums cached per word and per class): the only slots of [INTRINSIC_SLOTS, FEATURE_SLOTS)
 * that can then be non-zero, so decode reads these 9 instead of all 31.
 */
export const DECODE_CONTEXT_SLOTS = Int32Array.from([T.BIM1, T.BIP1, T.BIM2, T.BIP2, T.SHAPE3, T.FLAGINIT, T.SEQ, T.TSEQ, T.LM1SHAPE]);

/** Per-token values computed once per sentence and shared by the templates. */
export interface TokenInfo {
  n: number;
  lower: string[];
  lowerHash: Uint32Array;
  exactHash: Uint32Array;
  shape: Uint32Array;
  wclass: Uint8Array;
  lex: Uint8Array;
  flags: Int32Array;
  seq: Int32Array;
  tseq: Int32Array;
  cluster: Int32Array;
  /** Capitalisation statistics bucket of capitalised words (lex.caps), -1 otherwise or unknown. */
  caps: Int32Array;
}

/**
 * The per-word part of TokenInfo for many words (the tagger's word cache), interleaved: word w's values lie
 * in data[w * WORD_FIELDS …], one 32-byte block, so copying a known word into a sentence's TokenInfo reads
 * one cache line instead of one line in each of eight parallel arrays.
 */
export interface WordTable {
  data: Int32Array;
}

/** Int32 fields per word in a WordTable: lowerHash, exactHash, shape, wclass, lex, flags, cluster, caps. */
export const WORD_FIELDS = 8;

/** A word table for `cap` words, holding a copy of the first `keep` words of `from`. */
export function wordTable(cap: number, from?: WordTable, keep = 0): WordTable {
  const t: WordTable = { data: new Int32Array(cap * WORD_FIELDS) };
  if (from) t.data.set(from.data.subarray(0, keep * WORD_FIELDS));
  return t;
}

/** Stores the per-word values of token i of `info` as word `w` of table `t`. */
export function storeWord(info: TokenInfo, i: number, t: WordTable, w: number): void {
  const d = t.data;
  const o = w * WORD_FIELDS;
  d[o] = info.lowerHash[i];
  d[o + 1] = info.exactHash[i];
  d[o + 2] = info.shape[i];
  d[o + 3] = info.wclass[i];
  d[o + 4] = info.lex[i];
  d[o + 5] = info.flags[i];
  d[o + 6] = info.cluster[i];
  d[o + 7] = info.caps[i];
}

function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303f) return false;
  return c >= 0xc0;
}

/** Classifies a word and hashes its collapsed shape (Xx, X-Xx, dd.dd, …). */
function shapeOf(w: string, lower: string): { shape: number; wclass: number } {
  let h = FNV_OFFSET;
  let prev = -1;
  let nUpper = 0;
  let nLower = 0;
  let nDigit = 0;
  let classes = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let k: number;
    if (c >= 48 && c <= 57) {
      k = 100;
      nDigit++;
    } else if (isLetterCode(c)) {
      if (c !== lower.charCodeAt(i)) {
        k = 88;
        nUpper++;
      } else {
        k = 120;
        nLower++;
      }
    } else k = c;
    if (k !== prev && classes < 10) {
      h = fnvStep(h, k);
      classes++;
    }
    prev = k;
  }
  let wclass: number;
  if (nUpper + nLower === 0) wclass = nDigit > 0 ? W_DIGIT : w.length > 0 && !isLetterCode(w.charCodeAt(0)) ? W_PUNCT : W_OTHER;
  else if (nUpper === 0) wclass = W_LOWER;
  else if (nLower === 0) wclass = nUpper >= 2 ? W_ALLCAPS : W_CAP;
  else if (w.charCodeAt(0) !== lower.charCodeAt(0) && nUpper === 1) wclass = W_CAP;
  else wclass = W_MIXED;
  return { shape: h >>> 0, wclass };
}

/** Lexical status of a capitalised word against the common-noun lexicon (incl. compound heads). */
function lexStatus(lex: Lexicon, lower: string, wclass: number, flags: number): number {
  if (wclass === W_LOWER) return L_LOWER;
  if (wclass === W_ALLCAPS) return L_ALLCAPS;
  if (wclass !== W_CAP) return L_OTHER;
  if (flags & (1 << FLAG.NOUN)) return L_NOUN;
  // compound noun: some tail of at least 4 letters is a common noun ("Friedens|konferenz")
  const len = lower.length;
  for (let k = 3; k <= len - 4; k++) {
    if (lower.charCodeAt(k - 1) === 45) continue;
    const h = fnv(lower, k, len);
    if (lex.flagsOf(h) & (1 << FLAG.NOUN)) return L_COMPOUND_NOUN;
  }
  return L_UNKNOWN_CAP;
}

function matchSeqs(table: HashTable, lowerHash: Uint32Array, out: Int32Array, n: number): void {
  if (table.size === 0) return;
  for (let i = 0; i < n - 1; i++) {
    let best = 0;
    let bestType = 0;
    for (let len = 2; len <= SEQ_MAX && i + len <= n; len++) {
      const v = table.get(seqKey(lowerHash, i, i + len), -2);
      if (v === -2) break;
      if (v >= 0) {
        best = len;
        bestType = v >> 3;
      }
    }
    if (best > 0) {
      out[i] = 1 + bestType * 2;
      for (let j = i + 1; j < i + best; j++) out[j] = 2 + bestType * 2;
      i += best - 1;
    }
  }
}

const GAZ_MASK =
  (1 << FLAG.CITY) | (1 << FLAG.COUNTRY) | (1 << FLAG.LOC) | (1 << FLAG.ORG) | (1 << FLAG.TRAIN_LOC) | (1 << FLAG.TRAIN_ORG) | (1 << FLAG.TRAIN_PER) | (1 << FLAG.TRAIN_OTH);

/** Template id of the derivation feature (kept in the HFIRST slot, which unhyphenated words leave empty). */
const T_DERIV = 0x7d01;
const ISCH = /isch(?:e[nmrs]?)?$/;

/**
 * Experimental feature groups, off unless switched on (`npm run train:ner -- --exp nameish`); the committed
 * model uses none of them (docs/ner.md "1.4.0"):
 * - nameish: a character-trigram name-likeness score of capitalised words, learned from gazetteer names
 *   against common nouns (addNameScores in build-lexicon.ts): -0.6 on the first seed, not adopted.
 */
export const NER_EXPERIMENTS = new Set<string>();
/** Template ids of the hyphenated first-part features (1.4.0) and of the nameish experiment. */
const T_HYPH = 0x7d02;
const T_HYPHLAST = 0x7d03;
const T_NAMEISH = 0x7d04;
/** Key space of the trigram name scores inside the capitalisation table. */
export const TRIGRAM_SEED = 0x7d05;

/** Trigram hash of the padded lower-case word "^word$" at position i (name-likeness scores). */
export function trigramKey(padded: string, i: number): number {
  return mixUnsigned(TRIGRAM_SEED, fnv(padded, i, i + 3));
}

/**
 * Name-likeness of a lower-case word: the mean of its character-trigram log-odds (names against common
 * nouns, ×16 as stored by buildNameScores), unknown trigrams 0, bucketed to -4 … 4.
 */
function nameishBucket(lex: Lexicon, lower: string): number {
  const padded = `^${lower}$`;
  let sum = 0;
  const n = padded.length - 2;
  for (let i = 0; i < n; i++) sum += lex.caps.get(trigramKey(padded, i), 0);
  const b = Math.floor(sum / n / 16 / 0.75);
  return b < -4 ? -4 : b > 4 ? 4 : b;
}

const OPENERS = new Set(['„', '"', '“', '»', '«', '(', ':', '-', '–', "'", '‚']);

/**
 * Per-token values of a sentence; `reuse` (from an earlier call) avoids allocating when large
 * enough; where `known[i]` ≥ 0, token i's per-word values are copied from word known[i] of `table`
 * (its `lower` is then left unset).
 */
export function tokenInfo(tokens: string[], lex: Lexicon, reuse?: TokenInfo | null, known?: Int32Array, table?: WordTable): TokenInfo {
  const n = tokens.length;
  let info: TokenInfo;
  if (reuse && reuse.lowerHash.length >= n) {
    info = reuse;
    info.n = n;
    info.seq.fill(0, 0, n);
    info.tseq.fill(0, 0, n);
  } else {
    const cap = reuse ? Math.max(n, 64) * 2 : n;
    info = {
      n,
      lower: new Array(cap),
      lowerHash: new Uint32Array(cap),
      exactHash: new Uint32Array(cap),
      shape: new Uint32Array(cap),
      wclass: new Uint8Array(cap),
      lex: new Uint8Array(cap),
      flags: new Int32Array(cap),
      seq: new Int32Array(cap),
      tseq: new Int32Array(cap),
      cluster: new Int32Array(cap),
      caps: new Int32Array(cap),
    };
  }
  for (let i = 0; i < n; i++) {
    const k = known === undefined ? -1 : known[i];
    if (k >= 0) {
      const d = table!.data;
      const o = k * WORD_FIELDS;
      // the Uint32Array / Uint8Array fields take the int32 bits back as they were stored
      info.lowerHash[i] = d[o];
      info.exactHash[i] = d[o + 1];
      info.shape[i] = d[o + 2];
      info.wclass[i] = d[o + 3];
      info.lex[i] = d[o + 4];
      info.flags[i] = d[o + 5];
      info.cluster[i] = d[o + 6];
      info.caps[i] = d[o + 7];
      continue;
    }
    const w = tokens[i];
    const lower = w.toLowerCase();
    info.lower[i] = lower;
    const lh = fnv(lower) || 1;
    info.lowerHash[i] = lh;
    info.exactHash[i] = fnv(w);
    const s = lower.length === w.length ? shapeOf(w, lower) : { shape: fnv(w), wclass: W_OTHER };
    info.shape[i] = s.shape;
    info.wclass[i] = s.wclass;
    const f = lex.flagsOf(lh);
    info.flags[i] = f;
    info.lex[i] = lexStatus(lex, lower, s.wclass, f);
    info.cluster[i] = lex.clusters.get(lh, -1);
    info.caps[i] = s.wclass === W_CAP || s.wclass === W_ALLCAPS || s.wclass === W_MIXED ? lex.caps.get(lh, -1) : -1;
  }
  // multi-token gazetteer entries and training entities, longest match first
  matchSeqs(lex.seqs, info.lowerHash, info.seq, n);
  matchSeqs(lex.trainSeqs ?? lex.tseqs, info.lowerHash, info.tseq, n);
  return info;
}

/** Fills `out` (length ≥ n * FEATURE_SLOTS) with the features of every token. */
export function extractFeatures(tokens: string[], lex: Lexicon, out?: Uint32Array): Uint32Array {
  return featuresOf(tokens, tokenInfo(tokens, lex), lex, out);
}

const BOS = 0xb05;
const EOS = 0xe05;

/**
 * Neighbour roles: the features a word contributes as the left neighbour at distance 1, right 1,
 * left 2, right 2, left 3, right 3 of another token depend on that word alone, so the tagger
 * caches their weight sums per word. ROLE_OFFSETS delimit each role's hashes in roleFeatures().
 */
export const ROLE_COUNT = 6;
export const ROLE_OFFSETS = [0, 5, 10, 11, 12, 13, 14];

/** Hash of the last 4 letters (lower case) and the word class: what a neighbour's ending says ("… Zeitung", "… Partei"). */
function suffixClass(info: TokenInfo, j: number): number {
  const lower = info.lower[j];
  const from = Math.max(0, lower.length - 4);
  return mix(fnv(lower, from, lower.length), info.wclass[j]);
}

/** The 14 role feature hashes of token j, or of the sentence boundary when `info` is null. */
export function roleFeatures(info: TokenInfo | null, j: number, out: Uint32Array): void {
  const b = info === null;
  out[0] = mix(T.LM1, b ? BOS : info.lowerHash[j]);
  out[1] = mix(T.SHAPEM1, b ? BOS : info.shape[j]);
  out[2] = mix(T.FLAGSM1, b ? -1 : info.flags[j]);
  out[3] = mix(T.CLM1, b ? -2 : info.cluster[j] & 4095);
  out[4] = mix(T.SUFM1, b ? BOS : suffixClass(info, j));
  out[5] = mix(T.LP1, b ? EOS : info.lowerHash[j]);
  out[6] = mix(T.SHAPEP1, b ? EOS : info.shape[j]);
  out[7] = mix(T.FLAGSP1, b ? -1 : info.flags[j]);
  out[8] = mix(T.CLP1, b ? -2 : info.cluster[j] & 4095);
  out[9] = mix(T.SUFP1, b ? EOS : suffixClass(info, j));
  out[10] = mix(T.LM2, b ? BOS : info.lowerHash[j]);
  out[11] = mix(T.LP2, b ? EOS : info.lowerHash[j]);
  out[12] = mix(T.WIN3M, b ? BOS : info.lowerHash[j]);
  out[13] = mix(T.WIN3P, b ? EOS : info.lowerHash[j]);
}

/**
 * Context class of token i: its word class, lexical status and that of its neighbours,
 * sentence-initial position, capitalisation bucket and first-name neighbours, packed in 28 bits.
 * The templates POS, LEX, LEXM1, LEXP1, LEX3, CAPSTAT, FNM1 and FNP1 depend on this key alone
 * (classFeatures), so the tagger caches their weight sum per key.
 */
export function contextClass(tokens: string[], info: TokenInfo, i: number): number {
  const n = info.n;
  const init = i === 0 ? 1 : OPENERS.has(tokens[i - 1]) ? 2 : 0;
  const lxm1 = i > 0 ? info.lex[i - 1] : 9;
  const lxp1 = i + 1 < n ? info.lex[i + 1] : 9;
  const fnm1 = i > 0 && info.flags[i - 1] & (1 << FLAG.FIRSTNAME) ? 1 + info.wclass[i - 1] : 0;
  const fnp1 = i + 1 < n && info.flags[i + 1] & (1 << FLAG.FIRSTNAME) ? 1 + info.wclass[i + 1] : 0;
  return init | (info.wclass[i] << 2) | (info.lex[i] << 5) | (lxm1 << 8) | (lxp1 << 12) | ((info.caps[i] + 1) << 16) | (fnm1 << 22) | (fnp1 << 25);
}

/** Slots filled by classFeatures(), in order. */
const CLASS_SLOTS = [T.POS, T.LEX, T.LEXM1, T.LEXP1, T.LEX3, T.CAPSTAT, T.FNM1, T.FNP1];
export const CLASS_COUNT = CLASS_SLOTS.length;

/** The feature hashes of a context class (0 = absent), in CLASS_SLOTS order. */
export function classFeatures(key: number, out: Uint32Array, o = 0): void {
  const init = key & 3;
  const wc = (key >> 2) & 7;
  const lx = (key >> 5) & 7;
  const lxm1 = (key >> 8) & 15;
  const lxp1 = (key >> 12) & 15;
  const cb = ((key >> 16) & 63) - 1;
  const fnm1 = (key >> 22) & 7;
  const fnp1 = (key >> 25) & 7;
  out[o] = mix(T.POS, init * 16 + wc);
  out[o + 1] = mix(T.LEX, init * 16 + lx);
  out[o + 2] = mix(T.LEXM1, lxm1 * 16 + lx);
  out[o + 3] = mix(T.LEXP1, lx * 16 + lxp1);
  out[o + 4] = mix(T.LEX3, (lxm1 * 16 + lx) * 16 + lxp1);
  // capitalisation statistics from unlabelled text: how often is this word written lower-case?
  out[o + 5] = wc === W_CAP || wc === W_ALLCAPS || wc === W_MIXED ? mix(T.CAPSTAT, (cb + 1) * 4 + (init ? 1 : 0)) : 0;
  // a first name before / after: "Angela X", "X Müller"
  out[o + 6] = fnm1 ? mix(T.FNM1, (fnm1 - 1) * 16 + lx) : 0;
  out[o + 7] = fnp1 ? mix(T.FNP1, (fnp1 - 1) * 16 + lx) : 0;
}

const classBuf = new Uint32Array(CLASS_COUNT);

/**
 * Features of every token from precomputed token info. `skip[i] = 1` leaves token i's intrinsic
 * slots empty; `omitRoles` leaves the neighbour-role slots empty, `omitClass` the context-class
 * slots (the tagger fills them from caches).
 */
export function featuresOf(
  tokens: string[],
  info: TokenInfo,
  lex: Lexicon,
  out?: Uint32Array,
  skip?: Uint8Array,
  omitRoles = false,
  omitClass = false,
): Uint32Array {
  const n = info.n;
  const F = FEATURE_SLOTS;
  const feats = out && out.length >= n * F ? out : new Uint32Array(n * F);
  feats.fill(0, 0, n * F);
  for (let i = 0; i < n; i++) {
    const o = i * F;
    if (skip === undefined || skip[i] === 0) intrinsicFeatures(tokens[i], info, i, lex, feats, o);
    const lh = info.lowerHash[i];
    const lm1 = i > 0 ? info.lowerHash[i - 1] : BOS;
    const lp1 = i + 1 < n ? info.lowerHash[i + 1] : EOS;
    const lm2 = i > 1 ? info.lowerHash[i - 2] : BOS;
    const lp2 = i + 2 < n ? info.lowerHash[i + 2] : EOS;
    const wc = info.wclass[i];
    const shape = info.shape[i];
    const shm1 = i > 0 ? info.shape[i - 1] : BOS;
    const shp1 = i + 1 < n ? info.shape[i + 1] : EOS;
    const init = i === 0 ? 1 : OPENERS.has(tokens[i - 1]) ? 2 : 0;
    if (!omitRoles) {
      feats[o + T.WIN3M] = mix(T.WIN3M, i > 2 ? info.lowerHash[i - 3] : BOS);
      feats[o + T.WIN3P] = mix(T.WIN3P, i + 3 < n ? info.lowerHash[i + 3] : EOS);
      feats[o + T.SUFM1] = mix(T.SUFM1, i > 0 ? suffixClass(info, i - 1) : BOS);
      feats[o + T.SUFP1] = mix(T.SUFP1, i + 1 < n ? suffixClass(info, i + 1) : EOS);
      feats[o + T.SHAPEM1] = mix(T.SHAPEM1, shm1);
      feats[o + T.SHAPEP1] = mix(T.SHAPEP1, shp1);
      feats[o + T.FLAGSM1] = mix(T.FLAGSM1, i > 0 ? info.flags[i - 1] : -1);
      feats[o + T.FLAGSP1] = mix(T.FLAGSP1, i + 1 < n ? info.flags[i + 1] : -1);
      feats[o + T.CLM1] = mix(T.CLM1, i > 0 ? info.cluster[i - 1] & 4095 : -2);
      feats[o + T.CLP1] = mix(T.CLP1, i + 1 < n ? info.cluster[i + 1] & 4095 : -2);
      feats[o + T.LM1] = mix(T.LM1, lm1);
      feats[o + T.LP1] = mix(T.LP1, lp1);
      feats[o + T.LM2] = mix(T.LM2, lm2);
      feats[o + T.LP2] = mix(T.LP2, lp2);
    }
    feats[o + T.BIM1] = mix(mix(T.BIM1, lm1), lh);
    feats[o + T.BIP1] = mix(mix(T.BIP1, lh), lp1);
    feats[o + T.BIM2] = mix(mix(T.BIM2, lm2), lm1);
    feats[o + T.BIP2] = mix(mix(T.BIP2, lp1), lp2);
    feats[o + T.SHAPE3] = mix(mix(mix(T.SHAPE3, shm1), shape), shp1);
    if (!omitClass) {
      classFeatures(contextClass(tokens, info, i), classBuf);
      for (let k = 0; k < CLASS_COUNT; k++) feats[o + CLASS_SLOTS[k]] = classBuf[k];
    }
    if (init !== 0 && info.flags[i] !== 0) feats[o + T.FLAGINIT] = mix(T.FLAGINIT, info.flags[i]);
    if (info.seq[i] > 0) feats[o + T.SEQ] = mix(T.SEQ, info.seq[i]);
    if (info.tseq[i] > 0) feats[o + T.TSEQ] = mix(T.TSEQ, info.tseq[i]);
    feats[o + T.LM1SHAPE] = mix(mix(T.LM1SHAPE, lm1), wc);
  }
  return feats;
}

/** Features of token i that depend on the token string alone (slots [0, INTRINSIC_SLOTS)). */
function intrinsicFeatures(w: string, info: TokenInfo, i: number, lex: Lexicon, feats: Uint32Array, o: number): void {
  const lower = info.lower[i];
  const lh = info.lowerHash[i];
  const wc = info.wclass[i];
  const lx = info.lex[i];
  feats[o + T.BIAS] = mix(T.BIAS, 0);
  feats[o + T.W] = mix(T.W, info.exactHash[i]);
  feats[o + T.L] = mix(T.L, lh);
  // prefixes (exact case) and suffixes (lower case), incremental hashes
  let h = FNV_OFFSET;
  for (let k = 0; k < 4 && k < w.length; k++) {
    h = fnvStep(h, w.charCodeAt(k));
    if (k < w.length - 1 || k === 0) feats[o + T.P1 + k] = mix(T.P1 + k, h);
  }
  h = FNV_OFFSET;
  for (let k = 0; k < 5 && k < lower.length; k++) {
    h = fnvStep(h, lower.charCodeAt(lower.length - 1 - k));
    if (k < lower.length - 1 || k === 0) feats[o + T.S1 + k] = mix(mix(T.S1 + k, h), wc === W_LOWER ? 0 : 1);
  }
  feats[o + T.SHAPE] = mix(T.SHAPE, info.shape[i]);
  feats[o + T.LEN] = mix(T.LEN, wc * 16 + Math.min(w.length, 12));
  if (wc === W_CAP || wc === W_ALLCAPS || wc === W_MIXED) {
    const cb = info.caps[i];
    feats[o + T.CAPRATIO] = mix(mix(T.CAPRATIO, cb < 0 ? -1 : cb >> 3), lx);
  }
  const fl = info.flags[i];
  for (let b = 0; b < FLAG_COUNT; b++) {
    if (fl & (1 << b)) feats[o + T.FLAG0 + b] = mix(T.FLAG0 + b, wc);
  }
  // hyphenated compounds: "US-Finanzministerin", "EU-Budget", "Baden-Württemberg"
  const dash = lower.indexOf('-');
  if (dash > 0 && dash < lower.length - 1) {
    const first = fnv(lower, 0, dash) || 1;
    const lastDash = lower.lastIndexOf('-');
    const last = fnv(lower, lastDash + 1, lower.length) || 1;
    feats[o + T.HFIRST] = mix(T.HFIRST, first);
    feats[o + T.HFIRSTFLAGS] = mix(T.HFIRSTFLAGS, lex.flagsOf(first));
    feats[o + T.HLAST] = mix(T.HLAST, last);
    const lastNoun = lex.flagsOf(last) & (1 << FLAG.NOUN) ? 1 : 2;
    feats[o + T.HLASTLEX] = mix(T.HLASTLEX, lastNoun);
    // 1.4.0: the first part as a word of its own (word class, lexical status, capitalisation ratio, gazetteer
    // evidence), alone and × the last part: an unseen name before a dash ("KFC-Kasse", "Haniel-Chef") against
    // a common noun ("Lotto-Spieler"); in the PREGAZ and GEN slots, which hyphenated words leave empty
    {
      const firstLower = lower.slice(0, dash);
      const fs = shapeOf(w.slice(0, dash), firstLower).wclass;
      const ff = lex.flagsOf(first);
      const fx = lexStatus(lex, firstLower, fs, ff);
      const cb = lex.caps.get(first, -1);
      const named = ff & (GAZ_MASK | (1 << FLAG.FIRSTNAME) | (1 << FLAG.NATIONALITY)) ? 1 : 0;
      const parts = dash === lastDash ? 0 : 1;
      feats[o + T.PREGAZ] = mix(mix(mix(T_HYPH, fx * 8 + fs), cb < 0 ? -1 : cb >> 3), named * 4 + lastNoun * 2 + parts);
      const coarse = named ? 0 : fx === L_NOUN || fx === L_COMPOUND_NOUN ? 1 : fx === L_ALLCAPS ? 2 : fx === L_UNKNOWN_CAP ? 3 : 4;
      feats[o + T.GEN] = mix(mix(T_HYPHLAST, coarse), last);
    }
  }
  const cl = info.cluster[i];
  if (cl >= 0) {
    feats[o + T.CL] = mix(mix(T.CL, cl & 4095), wc);
    feats[o + T.CLP] = mix(mix(T.CLP, cl >> 12), wc);
  }
  // a name inside a closed compound: "Russlandreise", "Europapolitik", "Bundesligaspiel"
  if (wc === W_CAP && lower.length >= 8 && dash < 0) {
    let ph = FNV_OFFSET;
    let best = 0;
    for (let k = 0; k < lower.length - 3; k++) {
      ph = fnvStep(ph, lower.charCodeAt(k));
      if (k < 3) continue;
      const pf = lex.flagsOf(ph || 1) & GAZ_MASK;
      if (pf !== 0) best = pf;
    }
    if (best !== 0) feats[o + T.PREGAZ] = mix(T.PREGAZ, best);
  }
  // a name plus a derivational ending or another word (1.3.0): "Nürnberg|ern", "Cottbus|er", "Brem(en)|er",
  // "aargau|ischen", "Nepal|projekts": the longest prefix of ≥ 3 letters that is a gazetteer or training
  // name (as it is or with "-en" restored), its flags, the word class, and the rest (≤ 7 letters as it is,
  // longer ones as noun / other); in the HFIRST slot, which only hyphenated words use otherwise
  if (dash < 0 && lower.length >= 5 && (wc === W_CAP || (wc === W_LOWER && ISCH.test(lower)))) {
    let ph = FNV_OFFSET;
    let best = 0;
    let bestK = 0;
    for (let k = 0; k < lower.length - 1; k++) {
      ph = fnvStep(ph, lower.charCodeAt(k));
      if (k < 2) continue;
      let pf = lex.flagsOf(ph || 1) & GAZ_MASK;
      if (pf === 0) pf = lex.flagsOf(fnvStep(fnvStep(ph, 101), 110) || 1) & GAZ_MASK;
      if (pf !== 0) {
        best = pf;
        bestK = k + 1;
      }
    }
    if (best !== 0) {
      const rest = lower.length - bestK <= 7 ? fnv(lower, bestK, lower.length) : lex.flagsOf(fnv(lower, bestK, lower.length) || 1) & (1 << FLAG.NOUN) ? 1 : 2;
      feats[o + T.HFIRST] = mix(mix(mix(T_DERIV, best), wc), rest);
    }
  }
  // experiment: how much the word looks like a name (character trigrams, gazetteers against nouns)
  if (dash < 0 && wc === W_CAP && lower.length >= 3 && NER_EXPERIMENTS.has('nameish')) {
    feats[o + T.HLASTLEX] = mix(T_NAMEISH, (nameishBucket(lex, lower) + 4) * 8 + lx);
  }
  // genitive / plural -s of a gazetteer name ("Kanadas", "Erfurts")
  if (fl === 0 && lower.length > 3 && lower.charCodeAt(lower.length - 1) === 115 && wc !== W_LOWER) {
    const sf = lex.flagsOf(fnv(lower, 0, lower.length - 1) || 1);
    if (sf !== 0) feats[o + T.GEN] = mix(T.GEN, sf);
  }
}
