import type { ServerResponse } from 'node:http';
import type { DocumentJSON } from '../doc/index.ts';
import type { DocumentStoryEvent, SearchOptions, Store } from '../store/index.ts';
import { searchDocuments } from './search.ts';

export const EXPORT_LAYERS = ['documents', 'entities', 'quotes', 'times', 'figures', 'events', 'event_mentions'] as const;
export type ExportLayer = (typeof EXPORT_LAYERS)[number];

/**
 * One CSV cell: quoted when needed; cells that a spreadsheet would run as a formula
 * (=, +, @, tab, CR, or - not followed by a digit) are prefixed with an apostrophe.
 */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  if (/^[=+@\t\r]/.test(s) || /^-(?![\d.])/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

const COLUMNS: Record<ExportLayer, string[]> = {
  documents: ['id', 'title', 'published', 'source', 'url', 'lang', 'sentences', 'entities', 'quotes', 'times', 'figures', 'events', 'removed_passages'],
  entities: ['doc_id', 'id', 'type', 'name', 'canonical_id', 'country', 'mentions', 'roles'],
  quotes: ['doc_id', 'id', 'kind', 'speaker', 'speaker_name', 'text', 'start', 'end', 'cue', 'addressee'],
  times: ['doc_id', 'id', 'type', 'value', 'text', 'start', 'end'],
  figures: ['doc_id', 'id', 'kind', 'value', 'unit', 'text', 'start', 'end'],
  // one row per story event (an event told in near-duplicate documents once: its first telling in the export), with
  // every document that tells it (doc_ids, first stored first) and its mention count over them
  events: ['doc_id', 'id', 'type', 'mode', 'modality', 'actors', 'recipients', 'place', 'time', 'source', 'trigger', 'sentence', 'story_id', 'signature', 'documents', 'mentions', 'doc_ids'],
  // one row per telling of an event, with the arguments of its own sentence (the event's where a mention recorded none)
  // and the story event it tells
  event_mentions: ['doc_id', 'event_id', 'type', 'modality', 'actors', 'recipients', 'place', 'time', 'source', 'trigger', 'start', 'end', 'sentence', 'story_id', 'signature'],
};

/** Story events of the exported documents: each document's (by event id), and the story events already written. */
export interface ExportStories {
  byEvent: Map<string, DocumentStoryEvent>;
  /** "story id U+0001 signature" of story events already exported as rows of the events layer (updated here). */
  written: Set<string>;
}

/**
 * The CSV rows of one layer of a document. With `stories`, the events layer writes each story event once (an event of
 * this document that an earlier exported document told is left out) and fills the story columns; an event without a
 * story event is its own (one document, its own mentions).
 */
export function rowsFor(doc: DocumentJSON, layer: ExportLayer, stories?: ExportStories): unknown[][] {
  const names = new Map<string, string>(doc.entities.map((e) => [e.id, e.name]));
  const name = (v: string | null) => (v === null ? null : (names.get(v) ?? v));
  switch (layer) {
    case 'documents':
      return [[doc.id, doc.title, doc.published, doc.source, doc.url, doc.lang, doc.sentences.length, doc.entities.length, doc.quotes.length,
        doc.times.length, doc.figures.length, doc.events.length, doc.removed.filter((r) => r.reason === 'repeated-passage').length]];
    case 'entities':
      return doc.entities.map((e) => [doc.id, e.id, e.type, e.name, e.canonicalId ?? null, e.country ?? null, e.mentions.length, (e.roles ?? []).map((r) => r.title).join('; ')]);
    case 'quotes':
      return doc.quotes.map((q) => [doc.id, q.id, q.kind, q.speaker, name(q.speaker), q.text, q.start, q.end, q.cue?.text ?? null, name(q.addressee)]);
    case 'times':
      return doc.times.map((t) => [doc.id, t.id, t.type, t.value, t.text, t.start, t.end]);
    case 'figures':
      return doc.figures.map((f) => [doc.id, f.id, f.kind, f.value, f.unit, f.text, f.start, f.end]);
    case 'events':
      return doc.events.flatMap((e) => {
        const story = stories?.byEvent.get(e.id);
        if (story && stories) {
          const key = `${story.storyId}\u0001${story.signature}`;
          if (stories.written.has(key)) return [];
          stories.written.add(key);
        }
        return [[doc.id, e.id, e.type, e.mode, e.modality, e.actors.map(name).join('; '), e.recipients.map(name).join('; '),
          name(e.place), e.time, name(e.source), e.trigger?.text ?? null, e.sentence, story?.storyId ?? null, story?.signature ?? null,
          story?.documentIds.length ?? 1, story?.mentionCount ?? e.mentions?.length ?? 1, (story?.documentIds ?? [doc.id]).join('; ')]];
      });
    case 'event_mentions':
      return doc.events.flatMap((e) => (e.mentions ?? [{ trigger: e.trigger, sentence: e.sentence, modality: e.modality, source: e.source }]).map((m) => {
        const own = Array.isArray(m.actors);
        return [doc.id, e.id, e.type, m.modality ?? e.modality, (own ? m.actors! : e.actors).map(name).join('; '), (own ? m.recipients ?? [] : e.recipients).map(name).join('; '),
          name(m.place === undefined ? e.place : m.place), m.time === undefined ? e.time : m.time, name(m.source ?? null), m.trigger?.text ?? null, m.trigger?.start ?? null, m.trigger?.end ?? null, m.sentence,
          stories?.byEvent.get(e.id)?.storyId ?? null, stories?.byEvent.get(e.id)?.signature ?? null];
      }));
  }
}

function write(res: ServerResponse, chunk: string): Promise<void> | void {
  if (!res.write(chunk)) return new Promise((resolve) => res.once('drain', resolve));
}

/** Documents matching the filters (all when none), as document JSON. */
function* matching(store: Store, q: string, filters: SearchOptions): Generator<DocumentJSON> {
  const filtered = q || Object.values(filters).some((v) => v !== undefined);
  if (!filtered) {
    yield* store.exportDocuments();
    return;
  }
  for (let offset = 0; ; offset += 500) {
    const { hits } = searchDocuments(store, q, { ...filters, limit: 500, offset });
    for (const h of hits) {
      const d = store.getDocument(h.id);
      if (d) yield d;
    }
    if (hits.length < 500) return;
  }
}

/** Streams an export (JSONL documents, or CSV of one layer) with backpressure. */
export async function streamExport(res: ServerResponse, store: Store, o: { format: 'jsonl' | 'csv'; layer: ExportLayer; q: string; filters: SearchOptions }): Promise<void> {
  const stamp = new Date().toISOString().slice(0, 10);
  res.writeHead(200, {
    'content-type': o.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
    'content-disposition': `attachment; filename="lagebild-${o.format === 'csv' ? o.layer : 'documents'}-${stamp}.${o.format}"`,
    'cache-control': 'no-store',
  });
  if (res.req.method === 'HEAD') {
    res.end();
    return;
  }
  if (o.format === 'csv') await write(res, csvRow(COLUMNS[o.layer]));
  const written = new Set<string>();
  const withStories = o.layer === 'events' || o.layer === 'event_mentions';
  for (const doc of matching(store, o.q, o.filters)) {
    if (res.destroyed) return;
    if (o.format === 'jsonl') await write(res, `${JSON.stringify(doc)}\n`);
    else {
      const stories = withStories && doc.events.length ? { byEvent: store.documentStoryEvents(doc.id), written } : undefined;
      for (const row of rowsFor(doc, o.layer, stories)) await write(res, csvRow(row));
    }
  }
  res.end();
}
