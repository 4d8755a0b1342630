/**
 * Unmarked direct speech as a sequence: is each sentence of an article a speaker's words (state 1) or
 * narration (state 0)? 10kGNAD lost its quote marks, so a statement often runs on over sentences that have
 * no cue of their own (an interview answer, a reportage quoting a person at length). Per-sentence evidence
 * (the self-supervised speech classifier of speech.ts, first/second person, tense, Konjunktiv, a turn label,
 * a person named, what the rules attributed there) is combined with the neighbours' evidence and decoded
 * jointly with a 2-state Viterbi (a linear-chain model: per-feature weights for the speech state, a 2×2
 * transition table, and transition features that make a speech run break or go on).
 *
 * Trained by `npm run train:quotes -- --sequence` with an averaged structured perceptron on the gold files
 * (eval/gold/quotes: a sentence is speech when a gold direct quote covers more than half of it), the
 * features taken from the rule system's output before this step. Deterministic (file order, no random
 * shuffling), weights rounded.
 *
 * Not shipped (docs/quotes.md, Sentence-sequence model): left out of cross-validation it added one direct
 * quote and four false ones on the gold and cost about 65% more quotes-stage time, so models/quotes has no
 * sequence.json and the extractor skips the step unless LAGEBILD_QUOTES_SEQUENCE names a model file.
 */
import { modelPath } from '../util/paths.ts';
import { modelFile } from '../util/model-file.ts';

export const SEQUENCE_MODEL = modelPath('quotes', 'sequence.json');

export interface SequenceModel {
  version: string;
  source: string;
  /** Emission weights of the speech state (narration is 0). */
  weights: Record<string, number>;
  /** Transition weights [from narration → speech, speech → speech] (narration → narration and speech → narration are 0). */
  trans: [number, number];
  /** Transition features: added when speech goes on from the sentence before into this one. */
  stay: Record<string, number>;
  /** Added to every speech emission at decoding (precision / recall trade-off; 0 = as trained). */
  shift?: number;
}

/** One sentence: emission features and transition features (both deterministic string lists). */
export interface SequenceUnit {
  emit: string[];
  stay: string[];
}

const maps = new WeakMap<Record<string, number>, Map<string, number>>();

function dot(w: Record<string, number>, fs: string[]): number {
  let m = maps.get(w);
  if (!m) maps.set(w, (m = new Map(Object.entries(w))));
  let z = 0;
  for (const f of fs) z += m.get(f) ?? 0;
  return z;
}

/** Viterbi over the two states; returns 1 for speech, 0 for narration per unit. */
export function decodeSequence(model: Pick<SequenceModel, 'weights' | 'trans' | 'stay' | 'shift'>, units: SequenceUnit[]): Uint8Array {
  const n = units.length;
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const shift = model.shift ?? 0;
  // best score ending in state 0 / 1, and back pointers
  const back0 = new Uint8Array(n);
  const back1 = new Uint8Array(n);
  let s0 = 0;
  let s1 = dot(model.weights, units[0].emit) + shift + model.trans[0];
  for (let i = 1; i < n; i++) {
    const e = dot(model.weights, units[i].emit) + shift;
    const stay = model.trans[1] + dot(model.stay, units[i].stay);
    // into narration: from either state at no cost
    const n0 = s1 > s0 ? s1 : s0;
    back0[i] = s1 > s0 ? 1 : 0;
    const from0 = s0 + model.trans[0];
    const from1 = s1 + stay;
    const n1 = (from1 > from0 ? from1 : from0) + e;
    back1[i] = from1 > from0 ? 1 : 0;
    s0 = n0;
    s1 = n1;
  }
  let y = s1 > s0 ? 1 : 0;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = y;
    y = y ? back1[i] : back0[i];
  }
  return out;
}

export interface SequenceExample {
  units: SequenceUnit[];
  labels: Uint8Array;
}

/**
 * Averaged structured perceptron (Collins 2002) in the given order: decode, and where the decoding differs
 * from the gold, add the gold's features and subtract the decoded ones. Rounded to 3 decimals.
 */
export function trainSequence(data: SequenceExample[], epochs = 10): Pick<SequenceModel, 'weights' | 'trans' | 'stay'> {
  const w = new Map<string, number>();
  const st = new Map<string, number>();
  const tr = [0, 0];
  // lazy averaging: sums of the weights over all steps
  const wSum = new Map<string, number>();
  const stSum = new Map<string, number>();
  const trSum = [0, 0];
  const wLast = new Map<string, number>();
  const stLast = new Map<string, number>();
  const trLast = [0, 0];
  let step = 0;
  const bump = (m: Map<string, number>, sum: Map<string, number>, last: Map<string, number>, f: string, d: number) => {
    const old = m.get(f) ?? 0;
    sum.set(f, (sum.get(f) ?? 0) + old * (step - (last.get(f) ?? 0)));
    last.set(f, step);
    m.set(f, old + d);
  };
  const bumpTr = (k: number, d: number) => {
    trSum[k] += tr[k] * (step - trLast[k]);
    trLast[k] = step;
    tr[k] += d;
  };
  const view = () => ({ weights: Object.fromEntries(w), trans: [tr[0], tr[1]] as [number, number], stay: Object.fromEntries(st) });
  for (let e = 0; e < epochs; e++) {
    for (const ex of data) {
      step++;
      const pred = decodeSequence(view(), ex.units);
      let differs = false;
      for (let i = 0; i < pred.length; i++) if (pred[i] !== ex.labels[i]) differs = true;
      if (!differs) continue;
      const apply = (y: Uint8Array, d: number) => {
        for (let i = 0; i < y.length; i++) {
          if (y[i]) for (const f of ex.units[i].emit) bump(w, wSum, wLast, f, d);
          const prev = i > 0 ? y[i - 1] : 0;
          if (y[i] && !prev) bumpTr(0, d);
          if (y[i] && prev) {
            bumpTr(1, d);
            for (const f of ex.units[i].stay) bump(st, stSum, stLast, f, d);
          }
        }
      };
      apply(ex.labels, 1);
      apply(pred, -1);
    }
  }
  step++;
  const r = (v: number) => Math.round((v / step) * 1000) / 1000;
  const fin = (m: Map<string, number>, sum: Map<string, number>, last: Map<string, number>) => {
    const o: Record<string, number> = {};
    for (const f of [...m.keys()].sort()) {
      const v = r((sum.get(f) ?? 0) + m.get(f)! * (step - (last.get(f) ?? 0)));
      if (v !== 0) o[f] = v;
    }
    return o;
  };
  const t0 = r(trSum[0] + tr[0] * (step - trLast[0]));
  const t1 = r(trSum[1] + tr[1] * (step - trLast[1]));
  return { weights: fin(w, wSum, wLast), trans: [t0, t1], stay: fin(st, stSum, stLast) };
}

const sequenceFile = modelFile<SequenceModel>(SEQUENCE_MODEL, 'LAGEBILD_QUOTES_SEQUENCE');

/** The sequence model: null when missing or LAGEBILD_QUOTES_SEQUENCE=off; =path loads another. */
export function loadSequenceModel(): SequenceModel | null {
  return sequenceFile.load();
}

/** Replaces the loaded model (tests, cross-validation): null switches it off, undefined loads the file again. */
export function setSequenceModel(model: SequenceModel | null | undefined): void {
  sequenceFile.set(model);
}
