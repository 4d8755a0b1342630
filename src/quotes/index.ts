import { existsSync, readFileSync } from 'node:fs';
import type { Doc } from '../doc/index.ts';
import type { Component } from '../pipeline/component.ts';
import { modelPath } from '../util/paths.ts';
import { extractAttributions, toQuotes, type ExtractOptions, type LearnedCues } from './extract.ts';

export { extractAttributions, toQuotes, type Attribution, type ExtractOptions, type LearnedCues } from './extract.ts';
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

let cached: CueModel | null | undefined;

export function loadCueModel(): CueModel | null {
  if (cached !== undefined) return cached;
  cached = existsSync(CUE_MODEL) ? (JSON.parse(readFileSync(CUE_MODEL, 'utf8')) as CueModel) : null;
  return cached;
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
  const atts = extractAttributions(doc, { mode: 'news', learned, ...options });
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
