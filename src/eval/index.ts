import { evalNer } from './ner.ts';
import { evalQuotes } from './quotes.ts';
import { join } from 'node:path';
import { repoRoot } from '../util/paths.ts';
import { evalLang } from './lang.ts';
import { evalSegment } from './segment.ts';
import { evalEntities } from './entities.ts';
import { evalTime } from './time.ts';
import { evalEvents } from './events.ts';
import { evalFigures } from './figures.ts';
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
  lang: {
    run: evalLang,
    defaultPaths: ['germeval2014/NER-de-dev.tsv'],
    describe: 'language identification accuracy on German (GermEval) and English (CoNLL-2003) sentences',
  },
  ner: {
    run: evalNer,
    defaultPaths: ['germeval2014/NER-de-dev.tsv'],
    describe: 'named entities: strict span P/R/F1 (conlleval, outer layer, 12 GermEval types) and tagging speed',
  },
  time: {
    run: evalTime,
    defaultPaths: ['wikiwarsde', 'tempeval3-en/TBAQ-cleaned'],
    describe: 'time expressions: strict/relaxed span P/R/F1 and value accuracy (on relaxed matches) against WikiWarsDE TIMEX2 and TempEval-3 TIMEX3',
  },
  quotes: {
    run: evalQuotes,
    defaultPaths: ['spkatt2023-debates/train', 'polnear/dev', join(repoRoot, 'eval', 'gold', 'quotes')],
    describe: 'quotes: cue/source/content F1 (overlap; exact in the lines) on SpkAtt-2023 held-out speeches and PolNeAR dev; speaker accuracy on eval/gold/quotes (German news)',
  },
  entities: {
    run: evalEntities,
    defaultPaths: [join(repoRoot, 'eval', 'gold', 'entities', 'dev'), join(repoRoot, 'eval', 'gold', 'entities', 'test')],
    describe: 'within-document entity clustering: B³ (summary P/R/F1) and MUC on hand-annotated 10kGNAD articles, on gold mentions and end-to-end on NER mentions; description links, canonical ids, person country',
  },
  figures: {
    run: evalFigures,
    defaultPaths: [join(repoRoot, 'eval', 'gold', 'figures')],
    describe: 'figures: P/R/F1 by overlapping span, exact-span F1, and value/unit/kind accuracy on matched figures, on hand-annotated 10kGNAD articles',
  },
  events: {
    run: evalEvents,
    defaultPaths: [join(repoRoot, 'eval', 'gold', 'events'), 'plover-gsr/PLOVER_GSR_CAMEO.shared.json'],
    describe: 'events: type P/R/F1 (sentence + PLOVER type), actor/recipient/modality accuracy and planned-shown-as-happened on hand-annotated 10kGNAD articles; type P/R/F1 on the English PLOVER GSR',
  },
};
export { readGnad, type GnadArticle } from './gnad.ts';
