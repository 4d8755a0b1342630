import { FEATURE_SLOTS } from './features.ts';
import { allowed, L } from './labels.ts';
import { buildRows, rng, shuffle, type TrainedWeights, type TrainOptions } from './train.ts';

export interface CrfOptions extends TrainOptions {
  /** L1 coefficient over the whole training set (cumulative-penalty SGD, Tsuruoka et al. 2009). */
  l1: number;
  /**
   * L2 coefficient over the whole training set: without averaging applied lazily per row as exact
   * decay; with averaging spread over the occurrences of a row (each occurrence decays the row by
   * eta · l2 / occurrences, so one epoch decays it by about eta · l2), which keeps the updates additive.
   */
  l2: number;
  /** Initial learning rate. */
  eta0: number;
  /** The learning rate is multiplied by this after each epoch. */
  decay: number;
  /** Return the average of the weights over all steps (only without L1/L2: the updates are then additive). */
  average?: boolean;
  /**
   * With `average`: the average runs over the steps from this epoch on (1 = all steps); the weights of the
   * earlier epochs only start it.
   */
  averageFrom?: number;
}

/**
 * Linear-chain CRF over the same features and the same valid BIO transitions as the perceptron,
 * trained by SGD on the negative log-likelihood (one sentence per step) with elastic-net
 * regularisation: L2 as a lazily applied per-row decay, L1 as the cumulative penalty of
 * Tsuruoka, Tsujii and Ananiadou (2009), which keeps most weights exactly zero.
 * Forward-backward with per-position scaling. Deterministic for a fixed seed.
 */
export function trainCrf(features: Uint32Array[], tags: string[][], opts: CrfOptions): TrainedWeights {
  const log = opts.log ?? (() => {});
  const F = opts.slots ?? FEATURE_SLOTS;
  const { keys, rows, gold } = opts.rows ?? buildRows(features, tags, opts.minCount, log);
  const R = keys.length;
  const N = rows.length;
  const W = new Float64Array(R * L);
  const useL1 = opts.l1 > 0;
  const useL2 = opts.l2 > 0 && !opts.average;
  const occL2 = opts.l2 > 0 && !!opts.average && !(opts.l1 > 0);
  const avg = !!opts.average && !useL1 && !useL2;
  // per row: l2 / occurrences in training (the occurrence-spread L2 under averaging)
  const rowL2 = new Float64Array(occL2 ? R : 0);
  if (occL2) {
    for (const r of rows) for (let k = 0; k < r.length; k++) if (r[k] >= 0) rowL2[r[k]]++;
    for (let row = 0; row < R; row++) rowL2[row] = rowL2[row] > 0 ? opts.l2 / rowL2[row] : 0;
  }
  const U = new Float64Array(avg ? R * L : 0);
  const UT = new Float64Array(avg ? (L + 1) * L : 0);
  const Q = useL1 ? new Float64Array(R * L) : new Float64Array(0);
  const last = new Int32Array(R); // step at which the row was last brought up to date
  const T = new Float64Array((L + 1) * L);
  const ok = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) for (let y = 0; y < L; y++) ok[p * L + y] = allowed(p === L ? -1 : p, y) ? 1 : 0;
  const totalSteps = opts.epochs * N + 1;
  // cumulative log of the L2 decay factor and cumulative L1 penalty, per step
  const cumLog = new Float64Array(useL2 ? totalSteps + 1 : 0);
  let u = 0;
  let step = 0;
  let logNow = 0;

  let cap = 256;
  let emit = new Float64Array(cap * L);
  let alpha = new Float64Array(cap * L);
  let beta = new Float64Array(cap * L);
  let scale = new Float64Array(cap);
  const expT = new Float64Array((L + 1) * L);
  const gT = new Float64Array((L + 1) * L);
  const g = new Float64Array(L);
  const order = rows.map((_, i) => i);
  const random = rng(opts.seed);

  /** Brings a row up to date with the penalties of the steps since it was last touched. */
  const catchUp = (row: number): void => {
    const lt = last[row];
    if (lt === step) return;
    last[row] = step;
    const base = row * L;
    if (useL2) {
      const f = Math.exp(logNow - cumLog[lt]);
      for (let y = 0; y < L; y++) W[base + y] *= f;
    }
    if (useL1) for (let y = 0; y < L; y++) clip(base + y);
  };
  const clip = (j: number): void => {
    const z = W[j];
    if (z > 0) W[j] = Math.max(0, z - (u + Q[j]));
    else if (z < 0) W[j] = Math.min(0, z + (u - Q[j]));
    else return;
    Q[j] += W[j] - z;
  };

  let eta = opts.eta0;
  // first step of the average (steps before it only lead up to it)
  let s0 = 0;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffle(order, random);
    if (avg && epoch === (opts.averageFrom ?? 1) && epoch > 1) {
      U.fill(0);
      UT.fill(0);
      s0 = step;
    }
    let loss = 0;
    let errors = 0;
    let tokens = 0;
    for (const s of order) {
      const r = rows[s];
      const gs = gold[s];
      const n = gs.length;
      if (n === 0) continue;
      tokens += n;
      if (n > cap) {
        cap = n * 2;
        emit = new Float64Array(cap * L);
        alpha = new Float64Array(cap * L);
        beta = new Float64Array(cap * L);
        scale = new Float64Array(cap);
      }
      // emissions (rows brought up to date first)
      emit.fill(0, 0, n * L);
      for (let i = 0; i < n; i++) {
        const e = i * L;
        for (let k = 0; k < F; k++) {
          const row = r[i * F + k];
          if (row < 0) continue;
          catchUp(row);
          const base = row * L;
          for (let y = 0; y < L; y++) emit[e + y] += W[base + y];
        }
      }
      // gold score (the log-likelihood is only logged)
      let gsScore = 0;
      {
        let prev = L;
        for (let i = 0; i < n; i++) {
          gsScore += emit[i * L + gs[i]] + T[prev * L + gs[i]];
          prev = gs[i];
        }
      }
      for (let j = 0; j < expT.length; j++) expT[j] = ok[j] ? Math.exp(T[j]) : 0;
      const logZ = forwardBackward(emit, n, expT, alpha, beta, scale);
      loss += logZ - gsScore;
      // transition gradient: pairwise marginals minus gold pairs
      gT.fill(0);
      for (let y = 0; y < L; y++) gT[L * L + y] += alpha[y] * beta[y];
      for (let i = 1; i < n; i++) {
        const e = i * L;
        const pe = e - L;
        const c = scale[i];
        for (let p = 0; p < L; p++) {
          const ap = alpha[pe + p] / c;
          if (ap === 0) continue;
          const tp = p * L;
          for (let y = 0; y < L; y++) gT[tp + y] += ap * expT[tp + y] * emit[e + y] * beta[e + y];
        }
      }
      {
        let prev = L;
        for (let i = 0; i < n; i++) {
          gT[prev * L + gs[i]] -= 1;
          prev = gs[i];
        }
      }
      // emission updates
      for (let i = 0; i < n; i++) {
        const e = i * L;
        let best = 0;
        for (let y = 0; y < L; y++) {
          const pm = alpha[e + y] * beta[e + y];
          g[y] = pm;
          if (pm > g[best]) best = y;
        }
        if (best !== gs[i]) errors++;
        g[gs[i]] -= 1;
        for (let k = 0; k < F; k++) {
          const row = r[i * F + k];
          if (row < 0) continue;
          const base = row * L;
          if (occL2) {
            const d = eta * rowL2[row];
            for (let y = 0; y < L; y++) {
              const w = W[base + y];
              if (w === 0) continue;
              W[base + y] = w - d * w;
              U[base + y] -= (step - s0 + 1) * d * w;
            }
          }
          for (let y = 0; y < L; y++) {
            const gy = g[y];
            if (gy < 1e-7 && gy > -1e-7) continue;
            W[base + y] -= eta * gy;
            if (avg) U[base + y] -= (step - s0 + 1) * eta * gy;
            if (useL1) clip(base + y);
          }
        }
      }
      for (let j = 0; j < T.length; j++) {
        if (!ok[j]) continue;
        const d = eta * (gT[j] + (opts.l2 / N) * T[j]);
        T[j] -= d;
        if (avg) UT[j] -= (step - s0 + 1) * d;
      }
      // penalties of this step
      step++;
      if (useL2) {
        logNow += Math.log(1 - (eta * opts.l2) / N);
        cumLog[step] = logNow;
      }
      if (useL1) u += (eta * opts.l1) / N;
    }
    log(`epoch ${epoch}: loss ${loss.toFixed(1)}, marginal token errors ${errors} / ${tokens}, eta ${eta.toPrecision(3)}`);
    eta *= opts.decay;
    if (opts.onEpoch) opts.onEpoch(epoch, snapshot());
  }
  return snapshot();

  function snapshot(): TrainedWeights {
    const w = new Float32Array(R * L);
    let nz = 0;
    for (let row = 0; row < R; row++) {
      catchUp(row);
      const base = row * L;
      for (let y = 0; y < L; y++) {
        const v = avg ? W[base + y] - U[base + y] / (step - s0 + 1) : W[base + y];
        w[base + y] = v;
        if (v !== 0) nz++;
      }
    }
    log(`non-zero weights: ${nz} of ${R * L}`);
    const t = new Float32Array((L + 1) * L);
    for (let j = 0; j < t.length; j++) t[j] = avg ? T[j] - UT[j] / (step - s0 + 1) : T[j];
    return { rowKeys: Uint32Array.from(keys), weights: w, trans: t };
  }
}

/**
 * Forward-backward over the valid transitions, scaled per position. `emit` (n × L scores) is
 * turned into exp(score − max of its position) in place; `expT` holds exp(transition) or 0 where
 * the transition is not allowed ((L + 1) × L, row L = start). Afterwards alpha[i]·beta[i] is the
 * marginal of position i, and alpha[i−1][p]·expT[p][y]·emit[i][y]·beta[i][y] / scale[i] the marginal
 * of the pair. Returns log Z.
 */
export function forwardBackward(
  emit: Float64Array,
  n: number,
  expT: Float64Array,
  alpha: Float64Array,
  beta: Float64Array,
  scale: Float64Array,
): number {
  let logZ = 0;
  for (let i = 0; i < n; i++) {
    const e = i * L;
    let m = -Infinity;
    for (let y = 0; y < L; y++) if (emit[e + y] > m) m = emit[e + y];
    let sum = 0;
    for (let y = 0; y < L; y++) {
      const psi = Math.exp(emit[e + y] - m);
      emit[e + y] = psi;
      let a = 0;
      if (i === 0) a = expT[L * L + y];
      else {
        const pe = e - L;
        for (let p = 0; p < L; p++) a += alpha[pe + p] * expT[p * L + y];
      }
      a *= psi;
      alpha[e + y] = a;
      sum += a;
    }
    for (let y = 0; y < L; y++) alpha[e + y] /= sum;
    scale[i] = sum;
    logZ += Math.log(sum) + m;
  }
  const lastE = (n - 1) * L;
  for (let y = 0; y < L; y++) beta[lastE + y] = 1;
  for (let i = n - 2; i >= 0; i--) {
    const e = i * L;
    const ne = e + L;
    const c = scale[i + 1];
    for (let p = 0; p < L; p++) {
      let b = 0;
      const tp = p * L;
      for (let y = 0; y < L; y++) b += expT[tp + y] * emit[ne + y] * beta[ne + y];
      beta[e + p] = b / c;
    }
  }
  return logZ;
}
