import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { extractFeatures, FEATURE_SLOTS } from './features.ts';
import { HashTable } from './hash.ts';
import { LABELS, L, allowed } from './labels.ts';
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
  rows: number;
  scale: number;
  sections: { name: string; type: 'u32' | 'i32' | 'i16' | 'f32'; length: number }[];
}

/**
 * A trained tagger: feature hash → weight row (25 labels), label transitions, and the
 * lexicons its features read. Decoding is Viterbi over the valid BIO transitions.
 */
export class NerModel {
  readonly table: HashTable;
  private emit: Float32Array = new Float32Array(0);
  private back: Int16Array = new Int16Array(0);
  private feats: Uint32Array = new Uint32Array(0);

  constructor(
    readonly header: ModelHeader,
    readonly rowKeys: Uint32Array,
    readonly weights: Float32Array,
    /** (L + 1) × L: row L is the start state. */
    readonly trans: Float32Array,
    readonly lexicon: Lexicon,
  ) {
    this.table = new HashTable(rowKeys.length);
    for (let i = 0; i < rowKeys.length; i++) this.table.set(rowKeys[i], i);
  }

  /** Label indices for a tokenised sentence. */
  tagIndices(tokens: string[]): Int32Array {
    const n = tokens.length;
    if (n === 0) return new Int32Array(0);
    if (this.feats.length < n * FEATURE_SLOTS) this.feats = new Uint32Array(Math.max(n, 64) * 2 * FEATURE_SLOTS);
    const feats = extractFeatures(tokens, this.lexicon, this.feats);
    if (this.emit.length < n * L) {
      this.emit = new Float32Array(Math.max(n, 64) * 2 * L);
      this.back = new Int16Array(Math.max(n, 64) * 2 * L);
    }
    const emit = this.emit;
    emit.fill(0, 0, n * L);
    const W = this.weights;
    const table = this.table;
    for (let i = 0; i < n; i++) {
      const o = i * FEATURE_SLOTS;
      const e = i * L;
      for (let k = 0; k < FEATURE_SLOTS; k++) {
        const f = feats[o + k];
        if (f === 0) continue;
        const r = table.get(f);
        if (r < 0) continue;
        const base = r * L;
        for (let l = 0; l < L; l++) emit[e + l] += W[base + l];
      }
    }
    return viterbi(emit, n, this.trans, this.back);
  }

  tag(tokens: string[]): string[] {
    const idx = this.tagIndices(tokens);
    const out = new Array<string>(idx.length);
    for (let i = 0; i < idx.length; i++) out[i] = LABELS[idx[i]];
    return out;
  }
}

const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((L + 1) * L);
  for (let p = -1; p < L; p++) for (let c = 0; c < L; c++) a[(p < 0 ? L : p) * L + c] = allowed(p, c) ? 1 : 0;
  return a;
})();

let vScore = new Float32Array(L);
let vNext = new Float32Array(L);

/** Best label path under emission scores `emit` (n × L) and transitions, valid BIO only. */
export function viterbi(emit: Float32Array, n: number, trans: Float32Array, back?: Int16Array): Int32Array {
  const bp = back && back.length >= n * L ? back : new Int16Array(n * L);
  if (vScore.length < L) {
    vScore = new Float32Array(L);
    vNext = new Float32Array(L);
  }
  let score = vScore;
  let next = vNext;
  for (let c = 0; c < L; c++) score[c] = ALLOWED[L * L + c] ? emit[c] + trans[L * L + c] : -Infinity;
  for (let i = 1; i < n; i++) {
    const e = i * L;
    for (let c = 0; c < L; c++) {
      let best = -Infinity;
      let arg = 0;
      if (c > 0 && (c & 1) === 0) {
        // I-X continues only B-X (c - 1) or I-X (c)
        const sb = score[c - 1] + trans[(c - 1) * L + c];
        const si = score[c] + trans[c * L + c];
        if (sb >= si) {
          best = sb;
          arg = c - 1;
        } else {
          best = si;
          arg = c;
        }
      } else {
        for (let p = 0; p < L; p++) {
          const s = score[p] + trans[p * L + c];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      }
      next[c] = best + emit[e + c];
      bp[e + c] = arg;
    }
    const t = score;
    score = next;
    next = t;
  }
  let best = -Infinity;
  let arg = 0;
  for (let c = 0; c < L; c++) {
    if (score[c] > best) {
      best = score[c];
      arg = c;
    }
  }
  const path = new Int32Array(n);
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
  let maxAbs = 0;
  for (let i = 0; i < weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(weights[i]));
  const scale = maxAbs / 32000 || 1;
  const keys: number[] = [];
  const masks: number[] = [];
  const vals: number[] = [];
  for (let r = 0; r < rowKeys.length; r++) {
    let mask = 0;
    const rowVals: number[] = [];
    for (let l = 0; l < L; l++) {
      const q = Math.round(weights[r * L + l] / scale);
      if (q !== 0) {
        mask |= 1 << l;
        rowVals.push(q);
      }
    }
    if (mask === 0) continue;
    keys.push(rowKeys[r]);
    masks.push(mask >>> 0);
    vals.push(...rowVals);
  }
  const sections: Section[] = [
    { name: 'rowKeys', data: Uint32Array.from(keys) },
    { name: 'rowMasks', data: Uint32Array.from(masks) },
    { name: 'rowVals', data: Int16Array.from(vals) },
    { name: 'trans', data: trans },
    ...Object.entries(lex).map(([name, data]) => ({ name: `lex.${name}`, data: data as Section['data'] })),
  ];
  const full: ModelHeader = {
    format: MODEL_FORMAT,
    labels: LABELS,
    featureSlots: FEATURE_SLOTS,
    ...header,
    rows: keys.length,
    scale,
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
  return { bytes: gz.length, rows: keys.length };
}

export function readHeader(buf: Buffer): { header: ModelHeader; dataStart: number } {
  if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a Lagebild NER model');
  const len = buf.readUInt32LE(MAGIC.length);
  const header = JSON.parse(buf.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + len)) as ModelHeader;
  if (header.format !== MODEL_FORMAT) throw new Error(`unsupported NER model format ${header.format}`);
  return { header, dataStart: MAGIC.length + 4 + len };
}

export function loadModelFile(path: string): NerModel {
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
  const rowKeys = arrays.get('rowKeys') as Uint32Array;
  const masks = arrays.get('rowMasks') as Uint32Array;
  const vals = arrays.get('rowVals') as Int16Array;
  const weights = new Float32Array(rowKeys.length * L);
  let v = 0;
  for (let r = 0; r < rowKeys.length; r++) {
    const m = masks[r];
    for (let l = 0; l < L; l++) if (m & (1 << l)) weights[r * L + l] = vals[v++] * header.scale;
  }
  const lex = {} as LexiconArrays;
  for (const [name, data] of arrays) if (name.startsWith('lex.')) (lex as unknown as Record<string, unknown>)[name.slice(4)] = data;
  return new NerModel(header, rowKeys, weights, arrays.get('trans') as Float32Array, new Lexicon(lex));
}
