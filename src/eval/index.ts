import { evalSegment } from './segment.ts';
import type { EvalTask } from './report.ts';

export type { EvalReport, EvalSummary, EvalOptions, EvalTask } from './report.ts';
export { prf, compareSets, round, type PRF } from './metrics.ts';
export { readGermEval, detokenize, fromBioes, type GermEvalSentence } from './germeval.ts';

/**
 * Eval tasks by name: `lagebild eval <task> <path>`. Each stage registers its scorer here.
 * `defaultPath` names the gold data under ../shared/data used by `npm run eval`.
 */
export const EVAL_TASKS: Record<string, { run: EvalTask; defaultPaths: string[]; describe: string }> = {
  segment: {
    run: evalSegment,
    defaultPaths: ['germeval2014/NER-de-dev.tsv'],
    describe: 'sentence and token boundary F1 against GermEval 2014 tokenisation',
  },
};
export { readGnad, type GnadArticle } from './gnad.ts';
