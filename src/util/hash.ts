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
 * Open-addressing table from non-zero 32-bit keys to int32 values (linear probing).
 * Built once at load; lookups allocate nothing.
 */
export class HashTable {
  readonly keys: Uint32Array;
  readonly vals: Int32Array;
  readonly mask: number;
  size = 0;

  constructor(capacity: number) {
    let n = 16;
    while (n < capacity * 2) n <<= 1;
    this.keys = new Uint32Array(n);
    this.vals = new Int32Array(n);
    this.mask = n - 1;
  }

  set(key: number, val: number): void {
    key = key >>> 0 || 1;
    let i = fmixSigned(key) & this.mask;
    const keys = this.keys;
    while (keys[i] !== 0 && keys[i] !== key) i = (i + 1) & this.mask;
    if (keys[i] === 0) this.size++;
    keys[i] = key;
    this.vals[i] = val;
  }

  /** Value for `key`, or `missing`. */
  get(key: number, missing = -1): number {
    key = key >>> 0 || 1;
    let i = fmixSigned(key) & this.mask;
    const keys = this.keys;
    for (;;) {
      const k = keys[i];
      if (k === key) return this.vals[i];
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
