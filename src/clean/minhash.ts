/**
 * MinHash signatures over word shingles, and LSH band keys for finding near-duplicate
 * documents (the same story re-published with small edits). Written here because the npm
 * `minhash` package's LSH query crashes.
 */

import { fmix, fnv } from '../util/hash.ts';
// (\p{…} patterns as module constants: tsx turns such a literal inside a function into a `new RegExp()` call each time it runs)
const WORD_RUNS = /[\p{L}\p{N}]+/gu;

export const NUM_HASHES = 128;
export const BANDS = 32; // 32 bands × 4 rows: candidates from Jaccard ≈ 0.4 up, verified at SAME_STORY
export const ROWS = NUM_HASHES / BANDS;
/** Estimated Jaccard similarity from which two documents count as the same story. */
export const SAME_STORY = 0.7;
const SHINGLE = 5;

// Fixed, seeded parameters: signatures must be comparable across runs and machines.
const SEEDS = (() => {
  const out = new Uint32Array(NUM_HASHES);
  let x = 0x9e3779b9;
  for (let i = 0; i < NUM_HASHES; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x >>> 0;
  }
  return out;
})();

export function shingles(text: string): Set<number> {
  const words = text.toLowerCase().match(WORD_RUNS) ?? [];
  const out = new Set<number>();
  if (words.length < SHINGLE) {
    if (words.length) out.add(fnv(words.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(fnv(words.slice(i, i + SHINGLE).join(' ')));
  return out;
}

export function minhash(text: string): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const s of shingles(text)) {
    for (let i = 0; i < NUM_HASHES; i++) {
      const h = fmix(s ^ SEEDS[i]);
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}

/** One key per band: documents sharing any band key are near-duplicate candidates. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = fmix(h ^ sig[b * ROWS + r]);
    keys.push(`${b}:${h.toString(36)}`);
  }
  return keys;
}

export function signatureToBuffer(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function signatureFromBuffer(buf: Buffer): Uint32Array {
  const copy = new Uint8Array(buf);
  return new Uint32Array(copy.buffer, 0, NUM_HASHES);
}
