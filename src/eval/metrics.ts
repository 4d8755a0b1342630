/** Precision, recall and F1 from counts; 0 where undefined. */
export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Compares two sets of keys (e.g. "start:end:type"); multiset-aware. */
export function compareSets(gold: Iterable<string>, predicted: Iterable<string>): PRF {
  const counts = new Map<string, number>();
  let fn = 0;
  for (const g of gold) counts.set(g, (counts.get(g) ?? 0) + 1);
  let tp = 0;
  let fp = 0;
  for (const p of predicted) {
    const c = counts.get(p) ?? 0;
    if (c > 0) {
      tp++;
      counts.set(p, c - 1);
    } else fp++;
  }
  for (const c of counts.values()) fn += c;
  return prf(tp, fp, fn);
}

export function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
