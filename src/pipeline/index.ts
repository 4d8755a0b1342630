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

/** Runs the default pipeline over raw text. */
export function analyze(raw: string, meta: Partial<DocMeta> & { lang?: string | null } = {}): Doc {
  const { lang, ...rest } = meta;
  const doc = createDoc(raw, rest);
  if (lang) doc.lang = lang;
  return defaultPipeline().run(doc);
}
