import { prf, type PRF } from '../eval/metrics.ts';
import { spansOf } from './labels.ts';

export interface NerScore {
  micro: PRF;
  perType: Record<string, PRF>;
}

/**
 * Strict span scoring, conlleval-style: a predicted entity counts only when its start, end
 * and type all match a gold entity of the same sentence. Micro-averaged over all types.
 */
export function scoreSpans(gold: string[][], pred: string[][]): NerScore {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (t: string) => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let s = 0; s < gold.length; s++) {
    const g = spansOf(gold[s]);
    const p = spansOf(pred[s]);
    const gk = new Set(g.map((x) => `${x.start}:${x.end}:${x.type}`));
    const pk = new Set(p.map((x) => `${x.start}:${x.end}:${x.type}`));
    for (const x of p) {
      if (gk.has(`${x.start}:${x.end}:${x.type}`)) {
        tp++;
        get(x.type).tp++;
      } else {
        fp++;
        get(x.type).fp++;
      }
    }
    for (const x of g) {
      if (!pk.has(`${x.start}:${x.end}:${x.type}`)) {
        fn++;
        get(x.type).fn++;
      }
    }
  }
  const perType: Record<string, PRF> = {};
  for (const t of [...counts.keys()].sort()) {
    const c = counts.get(t)!;
    perType[t] = prf(c.tp, c.fp, c.fn);
  }
  return { micro: prf(tp, fp, fn), perType };
}
