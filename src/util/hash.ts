/**
 * 32-bit hashing for features: FNV-1a over UTF-16 code units and a murmur3 finaliser to
 * combine a template id with value hashes, so the hot path never concatenates strings.
 */

export const FNV_OFFSET = 0x811c9dc5;

export function fnv(s: string, from = 0, to = s.length): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One FNV-1a step: extend hash `h` by a code unit. */
export function fnvStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193) >>> 0;
}

export function fmix(h: number): number {
  return fmixSigned(h) >>> 0;
}

/**
 * fmix() as a signed 32-bit value (the same bits). Where V8 does not inline it, a value of 2^31 or more
 * would come back as a newly allocated heap number, a signed one does not: the callers below convert.
 */
function fmixSigned(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Combines two 32-bit values into a well-mixed, never-zero hash. */
export function mix(a: number, b: number): number {
  const h = fmixSigned(Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b);
  return h === 0 ? 1 : h >>> 0;
}

/**
 * mix() as a signed 32-bit value (the same 32 bits): for callers that store the hash in a typed array or mix it again.
 * Where V8 does not inline the call, an unsigned result of 2^31 or more comes back as a newly allocated heap number
 * (the NER features of one pipeline pass made ~20 MB of them), a signed one as a small integer.
 */
export function mixSigned(a: number, b: number): number {
  const h = fmixSigned(Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b);
  return h === 0 ? 1 : h;
}

/**
 * Open-addressing table from non-zero 32-bit keys to int32 values (linear probing), key and value side by
 * side (a hit reads one cache line), with one filter bit per bucket of key hashes: most keys that are not in
 * the table (the NER features probe every prefix and tail of a new word in the lexicon) stop at the small bit
 * set instead of a probe in the large table. Built once at load; lookups allocate nothing.
 */
export class HashTable {
  /** Pairs [key, value]; key 0 = empty slot. */
  private readonly slots: Int32Array;
  private readonly filter: Int32Array;
  private readonly filterShift: number;
  readonly mask: number;
  size = 0;

  constructor(capacity: number) {
    let n = 16;
    while (n < capacity * 2) n <<= 1;
    this.slots = new Int32Array(n * 2);
    this.mask = n - 1;
    // four filter bits per slot (at most two per key: a load of ≤ 1/8)
    let bitsLog = 6;
    while (1 << bitsLog < n * 4) bitsLog++;
    this.filterShift = 32 - bitsLog;
    this.filter = new Int32Array((1 << bitsLog) >>> 5);
  }

  set(key: number, val: number): void {
    key = key >>> 0 || 1;
    const h = fmixSigned(key);
    let i = h & this.mask;
    const slots = this.slots;
    const k32 = key | 0;
    while (slots[2 * i] !== 0 && slots[2 * i] !== k32) i = (i + 1) & this.mask;
    if (slots[2 * i] === 0) this.size++;
    slots[2 * i] = k32;
    slots[2 * i + 1] = val;
    const b = h >>> this.filterShift;
    this.filter[b >>> 5] |= 1 << (b & 31);
  }

  /** Value for `key`, or `missing`. */
  get(key: number, missing = -1): number {
    key = key >>> 0 || 1;
    const h = fmixSigned(key);
    const b = h >>> this.filterShift;
    if ((this.filter[b >>> 5] & (1 << (b & 31))) === 0) return missing;
    let i = h & this.mask;
    const slots = this.slots;
    const k32 = key | 0;
    for (;;) {
      const k = slots[2 * i];
      if (k === k32) return slots[2 * i + 1];
      if (k === 0) return missing;
      i = (i + 1) & this.mask;
    }
  }

  static from(keys: Uint32Array, vals: ArrayLike<number>): HashTable {
    const t = new HashTable(keys.length);
    for (let i = 0; i < keys.length; i++) t.set(keys[i], vals[i]);
    return t;
  }
}
