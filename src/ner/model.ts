import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  CLASS_COUNT,
  classFeatures,
  contextClass,
  DECODE_CONTEXT_SLOTS,
  FEATURE_SLOTS,
  featuresOf,
  INTRINSIC_SLOTS,
  ROLE_COUNT,
  ROLE_OFFSETS,
  roleFeatures,
  tokenInfo,
  storeWord,
  type TokenInfo,
  type WordTable,
  wordTable,
} from './features.ts';
import { fmix } from './hash.ts';
import { LABELS, L as LABEL_COUNT, allowed, spansOfIndices, type SpanLabel } from './labels.ts';
/** The label count as a constant of this module (the loops of decode and viterbi read it instead of the import's binding). */
const L = LABEL_COUNT;
import { Lexicon, type LexiconArrays } from './lexicon.ts';

export const MODEL_FORMAT = 'lagebild-ner@1';
const MAGIC = 'LGNER1\n';

export interface ModelHeader {
  format: string;
  version: string;
  created?: string;
  labels: string[];
  featureSlots: number;
  trainingData: { file: string; sha256: string; sentences: number; tokens: number }[];
  config: Record<string, unknown>;
  dev?: Record<string, unknown>;
  /** Per-label score offsets (25), tuned on dev after training. */
  labelBias?: number[];
  rows: number;
  scale: number;
  sections: { name: string; type: 'u32' | 'i32' | 'i16' | 'f32'; length: number }[];
}

/** Sparse, quantised weights: per row a label mask and int16 values for the set bits. */
export interface SparseWeights {
  rowKeys: Uint32Array;
  rowMasks: Uint32Array;
  rowVals: Int16Array;
  scale: number;
}

/** Quantises dense weights (rows × L) to int16 and drops zeros. */
export function sparsify(rowKeys: Uint32Array, weights: Float32Array): SparseWeights {
  let maxAbs = 0;
  for (let i = 0; i < weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(weights[i]));
  const scale = maxAbs / 32000 || 1;
  const keys: number[] = [];
  const masks: number[] = [];
  const vals: number[] = [];
  for (let r = 0; r < rowKeys.length; r++) {
    let mask = 0;
    const start = vals.length;
    for (let l = 0; l < L; l++) {
      const q = Math.round(weights[r * L + l] / scale);
      if (q !== 0) {
        mask |= 1 << l;
        vals.push(q);
      }
    }
    if (mask === 0) {
      vals.length = start;
      continue;
    }
    keys.push(rowKeys[r]);
    masks.push(mask >>> 0);
  }
  return { rowKeys: Uint32Array.from(keys), rowMasks: Uint32Array.from(masks), rowVals: Int16Array.from(vals), scale };
}

/** Words whose values and intrinsic and neighbour-role weight sums are cached (cleared when full; ~730 bytes each). */
const CACHE_MAX = 150000;

/** Weight sums kept per cached word: [intrinsic | 6 roles] × L. */
const WORD_SUMS = (1 + ROLE_COUNT) * L;
/**
 * Tokens of a sentence the per-sentence buffers of decode() hold from the start. They grow (to twice the length) for a
 * longer sentence, but that branch, never taken while the bench warms up on short GermEval sentences (its longest
 * ~55 tokens), had no type feedback: the first longer 10kGNAD sentence deoptimised decode in the timed pass
 * (`--trace-deopt`: "Insufficient type feedback", batch 4) and it ran unoptimised until V8 compiled it again.
 */
const SENTENCE_TOKENS = 512;

/** Values of rows with at most this many non-zero labels live inside the table slot. */
const INLINE = 4;

function popcount(m: number): number {
  m = m - ((m >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return Math.imul((m + (m >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * A trained tagger: feature hash → sparse weight row over the 25 labels, label transitions,
 * and the lexicons its features read. Decoding is Viterbi over the valid BIO transitions.
 * The weight table is open addressing with 16-byte slots [key, mask, v0|v1, v2|v3]; rows with
 * more than 4 labels keep their values in `overflow` (slot word 2 = offset), so one feature
 * lookup mostly touches one cache line.
 */
export class NerModel {
  readonly slots: Uint32Array;
  /** The same memory as `slots`, read as signed (feature keys in addFeature). */
  private readonly slotKeys: Int32Array;
  readonly slotMask: number;
  readonly overflow: Int16Array;
  readonly scale: number;
  readonly rows: number;
  /**
   * One bit per bucket of feature keys (top bits of the key), set for the keys in the table: about
   * 40% of lookups are features the model does not have, and most of them stop at this small bit
   * set instead of a cache miss in the large table.
   */
  private readonly filter: Int32Array;
  private readonly filterShift: number;
  /** Per-label score offsets tuned on dev (precision/recall balance per type); zeros if untuned. */
  readonly labelBias = new Float32Array(L);
  private emit: Float32Array = new Float32Array(SENTENCE_TOKENS * L);
  private acc: Int32Array = new Int32Array(L);
  private back: Int16Array = new Int16Array(SENTENCE_TOKENS * L);
  /** Viterbi's output, reused sentence by sentence (decode()). */
  private path: Int32Array = new Int32Array(SENTENCE_TOKENS);
  private feats: Uint32Array = new Uint32Array(SENTENCE_TOKENS * FEATURE_SLOTS);
  private skip: Uint8Array = new Uint8Array(SENTENCE_TOKENS);
  private hits: Int32Array = new Int32Array(SENTENCE_TOKENS);
  /** Word string → its index in `words` and `sums`. */
  private readonly cache = new WordIndex();
  /** String hashes of the tokens of the sentence being tagged. */
  private tokenHashes: Int32Array = new Int32Array(SENTENCE_TOKENS);
  private words: WordTable = wordTable(0);
  /** The lower-cased form of every cached word (by word index), for lowerForms(). */
  private lowers: string[] = [];
  private sums: Int32Array = new Int32Array(0);
  private used = 0;
  private capacity = 0;
  /** Most words kept in the word cache before it starts afresh. */
  cacheWords = CACHE_MAX;
  /**
   * Weight sums of the context-class templates per class key (contextClass()); a few thousand keys, in an
   * open-addressing table (key + 1, 0 = empty) whose rows of L sums lie in one array: a lookup reads two
   * arrays, where a Map of Int32Arrays read four objects.
   */
  private classKeys = new Int32Array(64);
  private classRows = new Int32Array(64 * L);
  private classCount = 0;
  private readonly classHashes = new Uint32Array(CLASS_COUNT);
  private boundary: Int32Array | null = null;
  private info: TokenInfo | null = null;
  private transT: Float64Array | null = null;
  private readonly roleHashes = new Uint32Array(ROLE_OFFSETS[ROLE_COUNT]);

  constructor(
    readonly header: ModelHeader,
    w: SparseWeights,
    /** (L + 1) × L: row L is the start state. */
    readonly trans: Float32Array,
    readonly lexicon: Lexicon,
  ) {
    let n = 16;
    while (n < w.rowKeys.length * 1.3) n <<= 1;
    const slots = new Uint32Array(n * 4);
    const smask = n - 1;
    let overLen = 0;
    for (let r = 0; r < w.rowMasks.length; r++) {
      const c = popcount(w.rowMasks[r]);
      if (c > INLINE) overLen += c;
    }
    const over = new Int16Array(overLen);
    let op = 0;
    let v = 0;
    for (let r = 0; r < w.rowKeys.length; r++) {
      const key = w.rowKeys[r] >>> 0 || 1;
      const mask = w.rowMasks[r];
      const cnt = popcount(mask);
      // feature hashes come out of mix(), whose last step is the murmur finaliser: their low bits are
      // already well spread, so they index the table directly
      let i = key & smask;
      while (slots[i * 4] !== 0 && slots[i * 4] !== key) i = (i + 1) & smask;
      const o = i * 4;
      slots[o] = key;
      slots[o + 1] = mask;
      if (cnt <= INLINE) {
        for (let k = 0; k < cnt; k++) {
          const q = w.rowVals[v + k] & 0xffff;
          slots[o + 2 + (k >> 1)] |= k & 1 ? q << 16 : q;
        }
      } else {
        slots[o + 2] = op;
        for (let k = 0; k < cnt; k++) over[op++] = w.rowVals[v + k];
      }
      v += cnt;
    }
    this.slots = slots;
    this.slotKeys = new Int32Array(slots.buffer, slots.byteOffset, slots.length);
    this.slotMask = smask;
    let bitsLog = 10;
    while (1 << bitsLog < w.rowKeys.length * 8 && bitsLog < 30) bitsLog++;
    this.filterShift = 32 - bitsLog;
    this.filter = new Int32Array(Math.max(1, (1 << bitsLog) >>> 5));
    for (let r = 0; r < w.rowKeys.length; r++) {
      const b = (w.rowKeys[r] >>> 0 || 1) >>> this.filterShift;
      this.filter[b >>> 5] |= 1 << (b & 31);
    }
    this.overflow = over;
    this.scale = w.scale;
    this.rows = w.rowKeys.length;
  }

  /** Builds a model from dense training weights (quantised like a saved model). */
  static fromDense(header: ModelHeader, rowKeys: Uint32Array, weights: Float32Array, trans: Float32Array, lexicon: Lexicon): NerModel {
    return new NerModel(header, sparsify(rowKeys, weights), trans, lexicon);
  }

  /** Empties the per-word cache (for timing runs from a cold cache). */
  clearCache(): void {
    this.cache.clear();
    this.used = 0;
    this.classKeys.fill(0);
    this.classCount = 0;
  }

  /** Makes room for `n` new words: grows the word arrays up to `cacheWords` words, then starts afresh. */
  private reserve(n: number): void {
    if (this.used + n > this.cacheWords && this.used > 0) {
      this.cache.clear();
      this.used = 0;
    }
    const need = this.used + n;
    if (need <= this.capacity) return;
    let cap = Math.max(1024, this.capacity * 2);
    while (cap < need) cap *= 2;
    cap = Math.max(need, Math.min(cap, this.cacheWords));
    // one row more than the words: the sentence boundary as a pseudo-word (its role sums), so that the
    // emission loop reads every neighbour from the same array
    const sums = new Int32Array((cap + 1) * WORD_SUMS);
    sums.set(this.sums.subarray(0, this.used * WORD_SUMS));
    sums.set(this.boundaryRoles(), cap * WORD_SUMS + L);
    this.sums = sums;
    this.words = wordTable(cap, this.words, this.used);
    this.capacity = cap;
  }

  /** Offset in `classRows` of the weight sum of the context-class features of class `key` (≥ 0). */
  private classRow(key: number): number {
    const k1 = key + 1;
    let keys = this.classKeys;
    let mask = keys.length - 1;
    let i = (Math.imul(k1, 0x9e3779b1) >>> 12) & mask;
    for (;;) {
      const k = keys[i];
      if (k === k1) return i * L;
      if (k === 0) break;
      i = (i + 1) & mask;
    }
    if (this.classCount >= CACHE_MAX) {
      keys.fill(0);
      this.classCount = 0;
    } else if ((this.classCount + 1) * 2 > keys.length) {
      this.growClasses();
      keys = this.classKeys;
      mask = keys.length - 1;
    }
    i = (Math.imul(k1, 0x9e3779b1) >>> 12) & mask;
    while (keys[i] !== 0) i = (i + 1) & mask;
    keys[i] = k1;
    this.classCount++;
    const rows = this.classRows;
    rows.fill(0, i * L, (i + 1) * L);
    classFeatures(key, this.classHashes);
    for (let k = 0; k < CLASS_COUNT; k++) if (this.classHashes[k] !== 0) this.addFeature(this.classHashes[k] | 0, rows, i * L);
    return i * L;
  }

  /** Doubles the context-class table. */
  private growClasses(): void {
    const oldKeys = this.classKeys;
    const oldRows = this.classRows;
    const keys = new Int32Array(oldKeys.length * 2);
    const rows = new Int32Array(keys.length * L);
    const mask = keys.length - 1;
    for (let j = 0; j < oldKeys.length; j++) {
      const k1 = oldKeys[j];
      if (k1 === 0) continue;
      let i = (Math.imul(k1, 0x9e3779b1) >>> 12) & mask;
      while (keys[i] !== 0) i = (i + 1) & mask;
      keys[i] = k1;
      rows.set(oldRows.subarray(j * L, (j + 1) * L), i * L);
    }
    this.classKeys = keys;
    this.classRows = rows;
  }

  /**
   * Adds the weight row of feature hash `f` (if known) to `acc`. `f` comes as a signed 32-bit value and
   * is compared with the keys read as signed: a hash above 2^31 passed as an unsigned number would be
   * boxed as a heap number on every call that V8 does not inline.
   */
  private addFeature(f: number, acc: Int32Array, at = 0): void {
    const fb = f >>> this.filterShift;
    if ((this.filter[fb >>> 5] & (1 << (fb & 31))) === 0) return;
    const slots = this.slots;
    const keys = this.slotKeys;
    const smask = this.slotMask;
    let j = f & smask;
    let key = keys[j * 4];
    while (key !== f && key !== 0) {
      j = (j + 1) & smask;
      key = keys[j * 4];
    }
    if (key === 0) return;
    const b = j * 4;
    let m = slots[b + 1];
    if (popcount(m) <= INLINE) {
      let c = 0;
      while (m !== 0) {
        const l = 31 - Math.clz32(m & -m);
        m &= m - 1;
        const word = slots[b + 2 + (c >> 1)];
        acc[at + l] += c & 1 ? word >> 16 : (word << 16) >> 16;
        c++;
      }
    } else {
      const over = this.overflow;
      let p = slots[b + 2];
      while (m !== 0) {
        const l = 31 - Math.clz32(m & -m);
        m &= m - 1;
        acc[at + l] += over[p++];
      }
    }
  }

  /** Weight sums of the sentence-boundary neighbour roles (6 × L). */
  private boundaryRoles(): Int32Array {
    if (this.boundary) return this.boundary;
    const hashes = new Uint32Array(ROLE_OFFSETS[ROLE_COUNT]);
    roleFeatures(null, 0, hashes);
    const out = new Int32Array(ROLE_COUNT * L);
    for (let r = 0; r < ROLE_COUNT; r++) {
      const acc = out.subarray(r * L, (r + 1) * L);
      for (let k = ROLE_OFFSETS[r]; k < ROLE_OFFSETS[r + 1]; k++) this.addFeature(hashes[k] | 0, acc);
    }
    this.boundary = out;
    return out;
  }

  /**
   * Label indices for a tokenised sentence. Per word string (bounded cache) the tagger keeps the
   * weight sum of its token-intrinsic features and of its six neighbour roles, so a frequent word
   * costs only the features that combine it with its context (bigrams, shape and lexicon n-grams).
   */
  tagIndices(tokens: string[]): Int32Array {
    return this.decode(tokens).slice(0, tokens.length);
  }

  /** Label spans of a tokenised sentence (spansOf(tag(tokens)), without the tag strings). */
  spans(tokens: string[]): SpanLabel[] {
    return spansOfIndices(this.decode(tokens), tokens.length);
  }

  /**
   * The lower-cased forms of the `n` tokens of the sentence tagged last (tag, spans, tagIndices), written to
   * out[at …]: the word cache has each word's, made once (tokenInfo), so the caller need not lower-case them.
   */
  lowerForms(n: number, out: string[], at: number): void {
    const hits = this.hits;
    const lowers = this.lowers;
    for (let k = 0; k < n; k++) out[at + k] = lowers[hits[k]];
  }

  tag(tokens: string[]): string[] {
    const idx = this.decode(tokens);
    const out = new Array<string>(tokens.length);
    for (let i = 0; i < out.length; i++) out[i] = LABELS[idx[i]];
    return out;
  }

  /** The label indices of `tokens` in the first tokens.length entries of a buffer that the next call reuses. */
  private decode(tokens: string[]): Int32Array {
    const n = tokens.length;
    if (n === 0) return this.path;
    if (this.feats.length < n * FEATURE_SLOTS) {
      const cap = Math.max(n, 64) * 2;
      this.feats = new Uint32Array(cap * FEATURE_SLOTS);
      this.skip = new Uint8Array(cap);
      this.hits = new Int32Array(cap);
      this.tokenHashes = new Int32Array(cap);
      this.emit = new Float32Array(cap * L);
      this.back = new Int16Array(cap * L);
      this.path = new Int32Array(cap);
    }
    this.reserve(n);
    const cache = this.cache;
    const skip = this.skip;
    const hits = this.hits;
    const tokenHashes = this.tokenHashes;
    const lex = this.lexicon;
    for (let i = 0; i < n; i++) {
      const h = stringHash(tokens[i]);
      tokenHashes[i] = h;
      const c = cache.get(tokens[i], h);
      hits[i] = c;
      skip[i] = c < 0 ? 0 : 1;
    }
    const words = this.words;
    const info = (this.info = tokenInfo(tokens, lex, this.info ?? undefined, hits, words));
    const feats = featuresOf(tokens, info, lex, this.feats, skip, true, true);
    // fill the cache entries of new words: values, and sums [intrinsic | 6 roles] × L
    const sums = this.sums;
    const roleHashes = this.roleHashes;
    for (let i = 0; i < n; i++) {
      if (hits[i] >= 0) continue;
      const w = this.used++;
      storeWord(info, i, words, w);
      const at = w * WORD_SUMS;
      sums.fill(0, at, at + WORD_SUMS); // the slot may hold a word from before the last clear
      const o = i * FEATURE_SLOTS;
      for (let k = 0; k < INTRINSIC_SLOTS; k++) {
        const f = feats[o + k];
        if (f !== 0) this.addFeature(f | 0, sums, at);
      }
      roleFeatures(info, i, roleHashes);
      for (let r = 0; r < ROLE_COUNT; r++) {
        for (let k = ROLE_OFFSETS[r]; k < ROLE_OFFSETS[r + 1]; k++) this.addFeature(roleHashes[k] | 0, sums, at + (1 + r) * L);
      }
      cache.set(tokens[i], tokenHashes[i], w);
      this.lowers[w] = info.lower[i];
      hits[i] = w;
    }
    const emit = this.emit;
    const acc = this.acc;
    const scale = this.scale;
    const bias = this.labelBias;
    // row of the word at i + d, or of the boundary pseudo-word (after the last cache row) outside
    // (inline, not a closure: tsx compiles a closure with a `__name` call that defines its name property
    // each time it is created, once per sentence here)
    const edge = this.capacity * WORD_SUMS;
    const filter = this.filter;
    const filterShift = this.filterShift;
    for (let i = 0; i < n; i++) {
      const o = i * FEATURE_SLOTS;
      const own = hits[i] * WORD_SUMS;
      const co = this.classRow(contextClass(tokens, info, i));
      const cls = this.classRows;
      // own word, context class and the neighbour roles in one pass (integer sums: the order does not
      // matter): i-1 as left-1 (role 0), i+1 as right-1 (1), i-2 (2), i+2 (3), i-3 (4), i+3 (5)
      const b0 = (i >= 1 ? hits[i - 1] * WORD_SUMS : edge) + L;
      const b1 = (i + 1 < n ? hits[i + 1] * WORD_SUMS : edge) + 2 * L;
      const b2 = (i >= 2 ? hits[i - 2] * WORD_SUMS : edge) + 3 * L;
      const b3 = (i + 2 < n ? hits[i + 2] * WORD_SUMS : edge) + 4 * L;
      const b4 = (i >= 3 ? hits[i - 3] * WORD_SUMS : edge) + 5 * L;
      const b5 = (i + 3 < n ? hits[i + 3] * WORD_SUMS : edge) + 6 * L;
      for (let l = 0; l < L; l++) {
        acc[l] = sums[own + l] + cls[co + l] + sums[b0 + l] + sums[b1 + l] + sums[b2 + l] + sums[b3 + l] + sums[b4 + l] + sums[b5 + l];
      }
      // (the 9 contextual slots featuresOf fills here; the filter bit tested before the call, as addFeature does first:
      // most of these word pairs are no feature of the model)
      for (let k = 0; k < DECODE_CONTEXT_SLOTS.length; k++) {
        const f = feats[o + DECODE_CONTEXT_SLOTS[k]];
        if (f === 0) continue;
        const fb = f >>> filterShift;
        if ((filter[fb >>> 5] & (1 << (fb & 31))) !== 0) this.addFeature(f | 0, acc);
      }
      const e = i * L;
      for (let l = 0; l < L; l++) emit[e + l] = acc[l] * scale + bias[l];
    }
    this.transT ??= transposeTransitions(this.trans);
    return viterbi(emit, n, this.trans, this.back, this.transT, this.path);
  }
}

/** FNV-1a of a string's UTF-16 code units, as a signed 32-bit value (the word cache's key). */
function stringHash(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * The tagger's word cache: string → word index, open addressing over the strings' hashes. A slot holds
 * the hash and word + 1 (0 = empty) side by side, so a probe reads one cache line of one array and, where
 * the hashes agree, the cached string; the string is hashed here, not by a runtime call on its first use
 * as a Map key (every token is a fresh slice of the document text).
 */
class WordIndex {
  /** Pairs [hash, word + 1]. */
  private slots = new Int32Array(128);
  private strings: string[] = [];
  private count = 0;

  private static slotOf(h: number, mask: number): number {
    const x = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    return (x ^ (x >>> 15)) & mask;
  }

  /** The word index of string `s` (hash `h` = stringHash(s)), or -1. */
  get(s: string, h: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let i = WordIndex.slotOf(h, mask);
    for (;;) {
      const w = slots[2 * i + 1];
      if (w === 0) return -1;
      if (slots[2 * i] === h && this.strings[w - 1] === s) return w - 1;
      i = (i + 1) & mask;
    }
  }

  /** Maps `s` (hash `h`) to word `w`, replacing an earlier index of the same string. */
  set(s: string, h: number, w: number): void {
    if ((this.count + 1) * 4 > this.slots.length) this.grow();
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let i = WordIndex.slotOf(h, mask);
    for (;;) {
      const v = slots[2 * i + 1];
      if (v === 0) {
        this.count++;
        break;
      }
      if (slots[2 * i] === h && this.strings[v - 1] === s) break;
      i = (i + 1) & mask;
    }
    slots[2 * i] = h;
    slots[2 * i + 1] = w + 1;
    this.strings[w] = s;
  }

  clear(): void {
    this.slots.fill(0);
    this.count = 0;
    this.strings.length = 0;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let j = 0; j < old.length; j += 2) {
      if (old[j + 1] === 0) continue;
      let i = WordIndex.slotOf(old[j], mask);
      while (slots[2 * i + 1] !== 0) i = (i + 1) & mask;
      slots[2 * i] = old[j];
      slots[2 * i + 1] = old[j + 1];
    }
    this.slots = slots;
  }
}

const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((L + 1) * L);
  for (let p = -1; p < L; p++) for (let c = 0; c < L; c++) a[(p < 0 ? L : p) * L + c] = allowed(p, c) ? 1 : 0;
  return a;
})();

const vScore = new Float64Array(L);
const vNext = new Float64Array(L);

const maxIncomingCache = new WeakMap<Float64Array, Float64Array>();

/** Per label c, the largest transition score into c (from transposed transitions), cached per table. */
function maxIncoming(transT: Float64Array): Float64Array {
  let m = maxIncomingCache.get(transT);
  if (!m) {
    m = new Float64Array(L).fill(-Infinity);
    for (let c = 0; c < L; c++) for (let p = 0; p < L; p++) m[c] = Math.max(m[c], transT[c * L + p]);
    maxIncomingCache.set(transT, m);
  }
  return m;
}

/** Transitions transposed (t[c * L + p]) for contiguous reads in viterbi(). */
export function transposeTransitions(trans: Float32Array): Float64Array {
  const t = new Float64Array(L * L);
  for (let p = 0; p < L; p++) for (let c = 0; c < L; c++) t[c * L + p] = trans[p * L + c];
  return t;
}

/**
 * Best label path under emission scores `emit` (n × L) and transitions ((L + 1) × L, last row =
 * start), valid BIO only. `transT` = transposeTransitions(trans), if already at hand; the path is written into
 * `out` where it is long enough.
 */
export function viterbi(emit: Float32Array, n: number, trans: Float32Array, back?: Int16Array, transT = transposeTransitions(trans), out?: Int32Array): Int32Array {
  const bp = back && back.length >= n * L ? back : new Int16Array(n * L);
  let score = vScore;
  let next = vNext;
  const maxT = maxIncoming(transT);
  for (let c = 0; c < L; c++) score[c] = ALLOWED[L * L + c] ? emit[c] + trans[L * L + c] : -Infinity;
  for (let i = 1; i < n; i++) {
    const e = i * L;
    // best and second-best previous score: when the best previous label wins even against the
    // second-best plus the largest transition into c, it is the exact argmax (no scan needed)
    let top = 0;
    let s1 = score[0];
    let s2 = -Infinity;
    for (let p = 1; p < L; p++) {
      const v = score[p];
      if (v > s1) {
        s2 = s1;
        s1 = v;
        top = p;
      } else if (v > s2) s2 = v;
    }
    // O and B-X may follow anything
    for (let c = 0; c < L; c += c === 0 ? 1 : 2) {
      const t = c * L;
      let best = s1 + transT[t + top];
      let arg = top;
      if (!(s2 + maxT[c] < best)) {
        best = -Infinity;
        arg = 0;
        for (let p = 0; p < L; p++) {
          const v = score[p] + transT[t + p];
          if (v > best) {
            best = v;
            arg = p;
          }
        }
      }
      next[c] = best + emit[e + c];
      bp[e + c] = arg;
    }
    // I-X continues only B-X (c - 1) or I-X (c)
    for (let c = 2; c < L; c += 2) {
      const sb = score[c - 1] + transT[c * L + c - 1];
      const si = score[c] + transT[c * L + c];
      if (sb >= si) {
        next[c] = sb + emit[e + c];
        bp[e + c] = c - 1;
      } else {
        next[c] = si + emit[e + c];
        bp[e + c] = c;
      }
    }
    const tmp = score;
    score = next;
    next = tmp;
  }
  let best = -Infinity;
  let arg = 0;
  for (let c = 0; c < L; c++) {
    if (score[c] > best) {
      best = score[c];
      arg = c;
    }
  }
  const path = out && out.length >= n ? out : new Int32Array(n);
  path[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) path[i - 1] = bp[i * L + path[i]];
  return path;
}

// ---- serialisation -------------------------------------------------------------------------

interface Section {
  name: string;
  data: Uint32Array | Int32Array | Int16Array | Float32Array;
}

function typeOfArray(a: Section['data']): 'u32' | 'i32' | 'i16' | 'f32' {
  if (a instanceof Uint32Array) return 'u32';
  if (a instanceof Int32Array) return 'i32';
  if (a instanceof Int16Array) return 'i16';
  return 'f32';
}

/**
 * Writes the model as gzip(MAGIC, u32 header length, JSON header, aligned binary sections).
 * Weights are stored sparsely: per row a 32-bit label mask and int16 values (scaled).
 */
export function saveModel(
  path: string,
  header: Omit<ModelHeader, 'rows' | 'scale' | 'sections' | 'format' | 'labels' | 'featureSlots'>,
  rowKeys: Uint32Array,
  weights: Float32Array,
  trans: Float32Array,
  lex: LexiconArrays,
): { bytes: number; rows: number } {
  const sw = sparsify(rowKeys, weights);
  const sections: Section[] = [
    { name: 'rowKeys', data: sw.rowKeys },
    { name: 'rowMasks', data: sw.rowMasks },
    { name: 'rowVals', data: sw.rowVals },
    { name: 'trans', data: trans },
    ...Object.entries(lex).map(([name, data]) => ({ name: `lex.${name}`, data: data as Section['data'] })),
  ];
  const full: ModelHeader = {
    format: MODEL_FORMAT,
    labels: LABELS,
    featureSlots: FEATURE_SLOTS,
    ...header,
    rows: sw.rowKeys.length,
    scale: sw.scale,
    sections: sections.map((s) => ({ name: s.name, type: typeOfArray(s.data), length: s.data.length })),
  };
  const json = Buffer.from(JSON.stringify(full), 'utf8');
  const pre = Buffer.alloc(MAGIC.length + 4);
  pre.write(MAGIC, 0, 'latin1');
  pre.writeUInt32LE(json.length, MAGIC.length);
  const parts: Buffer[] = [pre, json];
  let offset = pre.length + json.length;
  for (const s of sections) {
    const pad = (4 - (offset % 4)) % 4;
    if (pad) parts.push(Buffer.alloc(pad));
    offset += pad;
    const b = Buffer.from(s.data.buffer, s.data.byteOffset, s.data.byteLength);
    parts.push(b);
    offset += b.length;
  }
  const gz = gzipSync(Buffer.concat(parts), { level: 9 });
  writeFileSync(path, gz);
  return { bytes: gz.length, rows: sw.rowKeys.length };
}

export function readHeader(buf: Buffer): { header: ModelHeader; dataStart: number } {
  if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a Lagebild NER model');
  const len = buf.readUInt32LE(MAGIC.length);
  const header = JSON.parse(buf.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + len)) as ModelHeader;
  if (header.format !== MODEL_FORMAT) throw new Error(`unsupported NER model format ${header.format}`);
  return { header, dataStart: MAGIC.length + 4 + len };
}

/** The header and the typed-array sections of a model file (also for scripts that inspect weights). */
export function readModelSections(path: string): { header: ModelHeader; arrays: Map<string, Section['data']> } {
  const buf = gunzipSync(readFileSync(path));
  const { header, dataStart } = readHeader(buf);
  const ab = new ArrayBuffer(buf.length);
  new Uint8Array(ab).set(buf);
  const arrays = new Map<string, Section['data']>();
  let offset = dataStart;
  for (const s of header.sections) {
    offset += (4 - (offset % 4)) % 4;
    const C = s.type === 'u32' ? Uint32Array : s.type === 'i32' ? Int32Array : s.type === 'i16' ? Int16Array : Float32Array;
    arrays.set(s.name, new C(ab, offset, s.length));
    offset += s.length * C.BYTES_PER_ELEMENT;
  }
  return { header, arrays };
}

export function loadModelFile(path: string): NerModel {
  const { header, arrays } = readModelSections(path);
  if (header.featureSlots !== FEATURE_SLOTS) {
    throw new Error(`NER model ${path} was built for ${header.featureSlots} feature slots, the code has ${FEATURE_SLOTS}: run npm run train:ner`);
  }
  const lex = {} as LexiconArrays;
  for (const [name, data] of arrays) if (name.startsWith('lex.')) (lex as unknown as Record<string, unknown>)[name.slice(4)] = data;
  const w: SparseWeights = {
    rowKeys: arrays.get('rowKeys') as Uint32Array,
    rowMasks: arrays.get('rowMasks') as Uint32Array,
    rowVals: arrays.get('rowVals') as Int16Array,
    scale: header.scale,
  };
  const model = new NerModel(header, w, arrays.get('trans') as Float32Array, new Lexicon(lex));
  if (header.labelBias) model.labelBias.set(header.labelBias);
  return model;
}
