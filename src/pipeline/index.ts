import { cleanComponent } from '../clean/index.ts';
import { createDoc, type Doc, type DocMeta } from '../doc/index.ts';
import { langComponent } from '../lang/index.ts';
import { segmentComponent } from '../segment/index.ts';
import { nerComponent } from '../ner/index.ts';
import { entitiesComponent } from '../entities/index.ts';
import { timeComponent } from '../time/index.ts';
import { figuresComponent } from '../figures/index.ts';
import { quotesComponent } from '../quotes/index.ts';
import { eventsComponent } from '../events/index.ts';
import type { Component } from './component.ts';
import { Pipeline } from './pipeline.ts';

export type { Component } from './component.ts';
export { Pipeline, PipelineError } from './pipeline.ts';

/**
 * The default pipeline, assembled in one place. Each stage declares what it
 * requires and provides; add a stage here and nowhere else.
 */
export function defaultComponents(): Component[] {
  return [cleanComponent, langComponent, segmentComponent, nerComponent, entitiesComponent, timeComponent, figuresComponent, quotesComponent, eventsComponent];
}

let shared: Pipeline | null = null;

export function defaultPipeline(): Pipeline {
  shared ??= new Pipeline(defaultComponents());
  return shared;
}

export type AnalyzeMeta = Partial<DocMeta> & { lang?: string | null };

function newDoc(raw: string, meta: AnalyzeMeta): Doc {
  const { lang, ...rest } = meta;
  const doc = createDoc(raw, rest);
  if (lang) doc.lang = lang;
  return doc;
}

/** Runs the default pipeline over raw text. */
export function analyze(raw: string, meta: AnalyzeMeta = {}): Doc {
  return defaultPipeline().run(newDoc(raw, meta));
}

/** Documents analysed together when a caller has many (see Pipeline.runBatch). */
export const BATCH_SIZE = 32;

/**
 * Runs the default pipeline over several texts stage by stage (faster than one by one, same results).
 * Each result is the document, or the error that stopped its analysis.
 */
export function analyzeBatch(items: ReadonlyArray<{ raw: string; meta?: AnalyzeMeta }>): Array<Doc | Error> {
  return defaultPipeline().runBatch(items.map((it) => newDoc(it.raw, it.meta ?? {})));
}
