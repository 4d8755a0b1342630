import type { Doc } from '../doc/index.ts';
import type { Component } from '../pipeline/component.ts';
import { modelPath } from '../util/paths.ts';
import { modelFile } from '../util/model-file.ts';
import { extractWithContext, toQuotes, type ExtractOptions, type LearnedCues } from './extract.ts';
import { applyRanker, type RankerModel } from './ranker.ts';

export { extractAttributions, extractWithContext, toQuotes, type Attribution, type ExtractOptions, type LearnedCues } from './extract.ts';
export { findMarkedSpans, type MarkedSpan } from './marks.ts';

/** Model file written by `npm run train:quotes` (cue forms learned from the SpkAtt train part). */
export const CUE_MODEL = modelPath('quotes', 'cues.json');

export interface CueModel {
  version: string;
  source: string;
  /** Tuned thresholds: `all` for every speech/thought event, `news` for reported statements. */
  thresholds: { all: number; news: number; en?: number };
  /** Minimum cue count of a form to be used, per mode. */
  minCount?: { all: number; news: number; en?: number };
  /** English cue forms learned from the PolNeAR train split (basic English support). */
  formsEn?: Record<string, [number, number]>;
  /** form -> [cue count, total count] */
  forms: Record<string, [number, number]>;
}

/** Speaker ranker written by `npm run train:quotes` (trained on the gold quotes, eval/gold/quotes). */
export const RANKER_MODEL = modelPath('quotes', 'ranker.json');

const rankerFile = modelFile<RankerModel>(RANKER_MODEL, 'LAGEBILD_QUOTES_RANKER');

/**
 * The speaker ranker model: null when the file is missing or LAGEBILD_QUOTES_RANKER=off (the rules alone);
 * LAGEBILD_QUOTES_RANKER=path/to/model.json loads another model (one trained without a gold file).
 */
export function loadRankerModel(): RankerModel | null {
  return rankerFile.load();
}

/** Replaces the loaded ranker (tests): null switches it off, undefined loads the file again. */
export function setRankerModel(model: RankerModel | null | undefined): void {
  rankerFile.set(model);
}

const cueFile = modelFile<CueModel>(CUE_MODEL);

export function loadCueModel(): CueModel | null {
  return cueFile.load();
}

/** Learned cues for a mode, from the model file (null when it is missing). */
export function learnedCues(mode: 'all' | 'news' | 'en', model = loadCueModel()): LearnedCues | null {
  if (!model) return null;
  const forms = new Map<string, number>();
  const min = model.minCount?.[mode] ?? 1;
  const table = mode === 'en' ? (model.formsEn ?? {}) : model.forms;
  for (const [f, [c, t]] of Object.entries(table)) if (c >= min) forms.set(f, c / t);
  return { forms, threshold: model.thresholds[mode] ?? 0.5 };
}

let newsCues: LearnedCues | null | undefined;
let enCues: LearnedCues | null | undefined;

/** Finds quotes in a segmented document (entities optional) and stores them in doc.quotes. */
export function findQuotes(doc: Doc, options: ExtractOptions = {}): Doc['quotes'] {
  if (newsCues === undefined) newsCues = learnedCues('news');
  if (enCues === undefined) enCues = learnedCues('en');
  const learned = doc.lang === 'en' ? enCues : newsCues;
  const { ctx, atts } = extractWithContext(doc, { mode: 'news', learned, ...options });
  const ranker = doc.lang === 'en' || (options.mode ?? 'news') !== 'news' ? null : loadRankerModel();
  if (ranker) applyRanker(ctx, atts, ranker);
  return toQuotes(doc, atts);
}

export const quotesComponent: Component = {
  name: 'quotes',
  version: '0.1.0',
  requires: ['tokens', 'sentences', 'entities'],
  provides: ['quotes'],
  run(doc: Doc) {
    doc.quotes = findQuotes(doc);
  },
};
