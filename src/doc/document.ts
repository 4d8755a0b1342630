import { createHash } from 'node:crypto';
import { OffsetMap } from './offsets.ts';
import type { Doc, DocMeta, Span } from './types.ts';

export const DOCUMENT_SCHEMA = 'lagebild/document@1';

export function emptyMeta(): DocMeta {
  return { title: null, url: null, source: null, published: null, byline: null };
}

/** A fresh document whose cleaned text is still the raw text. */
export function createDoc(raw: string, meta: Partial<DocMeta> = {}): Doc {
  let id: string | null = null;
  return {
    ...emptyMeta(),
    ...meta,
    // The hash of the raw text, computed on first read: the clean stage replaces it with the hash of the
    // cleaned text, so a pipeline run never pays for this one (it is a normalised copy of the whole text).
    get id(): string {
      return (id ??= contentId(raw));
    },
    set id(value: string) {
      id = value;
    },
    lang: null,
    raw,
    text: raw,
    offsets: OffsetMap.identity(raw.length),
    removed: [],
    sentences: [],
    tokens: [],
    entities: [],
    quotes: [],
    times: [],
    figures: [],
    events: [],
    pipeline: {},
  };
}

/** Stable document id: a short SHA-256 of the normalised content. */
export function contentId(text: string): string {
  return createHash('sha256').update(text.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 16);
}

export function span(doc: Pick<Doc, 'text'>, start: number, end: number): Span {
  return { start, end, text: doc.text.slice(start, end) };
}

/** Index of the sentence containing `offset` (binary search), or -1. */
export function sentenceAt(doc: Pick<Doc, 'sentences'>, offset: number): number {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < s[mid].start) hi = mid - 1;
    else if (offset >= s[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export interface DocumentJSON {
  schema: typeof DOCUMENT_SCHEMA;
  id: string;
  lang: string | null;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
  byline: string | null;
  text: string;
  removed: Doc['removed'];
  sentences: Doc['sentences'];
  entities: Doc['entities'];
  quotes: Doc['quotes'];
  times: Doc['times'];
  figures: Doc['figures'];
  events: Doc['events'];
  pipeline: Doc['pipeline'];
  /** Cleaned→raw offset runs, flattened as [start, rawStart, length, …]. */
  offsets: { runs: number[]; rawLength: number };
}

/** The public JSON contract (docs/document.schema.json). */
export function toDocumentJSON(doc: Doc): DocumentJSON {
  return {
    schema: DOCUMENT_SCHEMA,
    id: doc.id,
    lang: doc.lang,
    title: doc.title,
    url: doc.url,
    source: doc.source,
    published: doc.published,
    byline: doc.byline,
    text: doc.text,
    removed: doc.removed,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    entities: doc.entities,
    quotes: doc.quotes,
    times: doc.times,
    figures: doc.figures,
    events: doc.events,
    pipeline: doc.pipeline,
    offsets: doc.offsets.toJSON(),
  };
}

/** Rebuilds a Doc from its JSON (tokens are recomputed by the caller if needed). */
export function fromDocumentJSON(json: DocumentJSON, raw: string): Doc {
  return {
    id: json.id,
    lang: json.lang,
    title: json.title,
    url: json.url,
    source: json.source,
    published: json.published,
    byline: json.byline ?? null,
    raw,
    text: json.text,
    offsets: OffsetMap.fromJSON(json.offsets),
    removed: json.removed,
    sentences: json.sentences,
    tokens: [],
    entities: json.entities,
    quotes: json.quotes,
    times: json.times,
    figures: json.figures,
    events: json.events,
    pipeline: json.pipeline,
  };
}
