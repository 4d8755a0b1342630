import { FEATURE_SLOTS } from './features.ts';
import { allowed, L, labelIndex } from './labels.ts';
import { viterbi } from './model.ts';

export interface TrainOptions {
  epochs: number;
  /** Features seen fewer times than this in training are dropped. */
  minCount: number;
  seed: number;
  log?: (msg: string) => void;
  /** Called after each epoch with the averaged weights so far (for dev curves). */
  onEpoch?: (epoch: number, model: TrainedWeights) => void;
  /** Feature slots per token (default FEATURE_SLOTS). */
  slots?: number;
  /**
   * The rows `buildRows(features, tags, minCount)` returns, when the caller trains several models on the
   * same data (built once instead of once per model; the result is the same).
   */
  rows?: TrainingRows;
}

/** Training data as weight rows: the kept feature hashes (sorted), per token slot its row or -1, gold labels. */
export interface TrainingRows {
  keys: number[];
  rows: Int32Array[];
  gold: Int32Array[];
}

export interface TrainedWeights {
  rowKeys: Uint32Array;
  weights: Float32Array;
  trans: Float32Array;
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Keeps the features seen at least `minCount` times as rows (sorted by hash); per token slot its row or -1. */
/**
 * Precision/recall balance: one score offset per main type on its B- label (PER, ORG, LOC, OTH), chosen by
 * coordinate ascent from `grid` × `scale` to maximise `f1(model)` (dev F1). Sets them on the model and
 * returns the best F1; `onType` reports each choice.
 */
export function tuneTypeOffsets(
  m: { labelBias: Float32Array },
  f1: () => number,
  grid: readonly number[],
  scale = 1,
  onType?: (label: number, offset: number, f1: number) => void,
): number {
  m.labelBias.fill(0);
  let best = f1();
  for (let t = 0; t < 4; t++) {
    const b = 1 + 2 * t;
    let bestBias = 0;
    for (const v0 of grid) {
      const v = v0 * scale;
      if (v === 0) continue; // the offset in place already scored `best`
      m.labelBias[b] = v;
      const f = f1();
      if (f > best + 1e-9) {
        best = f;
        bestBias = v;
      }
    }
    m.labelBias[b] = bestBias;
    onType?.(b, bestBias, best);
  }
  return best;
}

/** Fisher–Yates with the seeded PRNG: a fixed order for a fixed seed. */
export function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
}

export function buildRows(
  features: Uint32Array[],
  tags: string[][],
  minCount: number,
  log: (msg: string) => void,
): TrainingRows {
  const counts = new Map<number, number>();
  for (const f of features) {
    for (let k = 0; k < f.length; k++) {
      const h = f[k];
      if (h !== 0) counts.set(h, (counts.get(h) ?? 0) + 1);
    }
  }
  const keys: number[] = [];
  for (const [h, c] of counts) if (c >= minCount) keys.push(h);
  keys.sort((a, b) => a - b);
  const rowOf = new Map<number, number>();
  keys.forEach((h, i) => rowOf.set(h, i));
  counts.clear();
  log(`features: ${keys.length} rows kept (min count ${minCount})`);
  const rows: Int32Array[] = features.map((f) => {
    const r = new Int32Array(f.length);
    for (let k = 0; k < f.length; k++) r[k] = f[k] === 0 ? -1 : (rowOf.get(f[k]) ?? -1);
    return r;
  });
  rowOf.clear();
  const gold: Int32Array[] = tags.map((t) => Int32Array.from(t.map(labelIndex)));
  return { keys, rows, gold };
}

/**
 * Structured averaged perceptron (Collins 2002) over first-order label transitions,
 * decoding with Viterbi restricted to valid BIO sequences.
 * `features[s]` holds FEATURE_SLOTS hashes per token of sentence s.
 */
export function trainPerceptron(features: Uint32Array[], tags: string[][], opts: TrainOptions): TrainedWeights {
  const log = opts.log ?? (() => {});
  const F = opts.slots ?? FEATURE_SLOTS;
  const { keys, rows, gold } = opts.rows ?? buildRows(features, tags, opts.minCount, log);
  const R = keys.length;
  const W = new Float32Array(R * L);
  const U = new Float64Array(R * L);
  const TW = new Float64Array((L + 1) * L);
  const TU = new Float64Array((L + 1) * L);
  const trans32 = new Float32Array((L + 1) * L);
  let emit = new Float32Array(256 * L);
  let c = 1;
  const order = rows.map((_, i) => i);
  const random = rng(opts.seed);

  const averaged = (): TrainedWeights => {
    const w = new Float32Array(R * L);
    for (let i = 0; i < w.length; i++) w[i] = W[i] - U[i] / c;
    const t = new Float32Array((L + 1) * L);
    for (let i = 0; i < t.length; i++) t[i] = TW[i] - TU[i] / c;
    return { rowKeys: Uint32Array.from(keys), weights: w, trans: t };
  };

  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffle(order, random);
    let errors = 0;
    let tokens = 0;
    for (const s of order) {
      const r = rows[s];
      const g = gold[s];
      const n = g.length;
      tokens += n;
      if (emit.length < n * L) emit = new Float32Array(n * 2 * L);
      emit.fill(0, 0, n * L);
      for (let i = 0; i < n; i++) {
        const e = i * L;
        for (let k = 0; k < F; k++) {
          const row = r[i * F + k];
          if (row < 0) continue;
          const base = row * L;
          for (let l = 0; l < L; l++) emit[e + l] += W[base + l];
        }
      }
      for (let i = 0; i < TW.length; i++) trans32[i] = TW[i];
      const pred = viterbi(emit, n, trans32);
      let prevG = L;
      let prevP = L;
      for (let i = 0; i < n; i++) {
        const gl = g[i];
        const pl = pred[i];
        if (gl !== pl) {
          errors++;
          for (let k = 0; k < F; k++) {
            const row = r[i * F + k];
            if (row < 0) continue;
            const base = row * L;
            W[base + gl] += 1;
            U[base + gl] += c;
            W[base + pl] -= 1;
            U[base + pl] -= c;
          }
        }
        if (gl !== pl || prevG !== prevP) {
          TW[prevG * L + gl] += 1;
          TU[prevG * L + gl] += c;
          TW[prevP * L + pl] -= 1;
          TU[prevP * L + pl] -= c;
        }
        prevG = gl;
        prevP = pl;
      }
      c++;
    }
    log(`epoch ${epoch}: token errors ${errors} / ${tokens} (${((100 * errors) / tokens).toFixed(2)}%)`);
    opts.onEpoch?.(epoch, averaged());
  }
  return averaged();
}
