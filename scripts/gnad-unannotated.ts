// The unannotated 10kGNAD test rows for lexicon checks: rows >= 500 without the blind rows (docs/EVALUATION.md: never
// read or run the pipeline on those).
import { readGnad, type GnadArticle } from '../src/eval/gnad.ts';
import { sharedDataPath } from '../src/util/paths.ts';

export const BLIND_ROWS = new Set([513, 785, 600, 935, 627, 752, 947, 557, 572, 618, 673, 592, 576, 577, 593, 678, 682, 683, 759, 795, 809, 895, 962, 980, 991, 1002]);

export function unannotatedRows(from = 500, to = Infinity): GnadArticle[] {
  return readGnad(sharedDataPath('10kgnad', 'test.csv'), to).filter((a) => a.row >= from && !BLIND_ROWS.has(a.row));
}
