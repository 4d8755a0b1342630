import Database from 'better-sqlite3';
import { bandKeys, minhash, SAME_STORY, signatureFromBuffer, signatureToBuffer, similarity } from '../clean/index.ts';
import { toDocumentJSON, type Doc, type DocumentJSON } from '../doc/index.ts';
import { migrate } from './migrations.ts';
import { prepared } from './statements.ts';
import { upsertDocumentEntities } from '../entities/registry.ts';
import { upsertStoryEvents } from '../events/storyEvents.ts';

export interface InputRecord {
  name: string;
  format: string;
  input: string;
}

export type SaveStatus = 'stored' | 'duplicate';

export interface SaveResult {
  status: SaveStatus;
  id: string;
  storyId: string;
  /** Set when the document was linked to an earlier near-duplicate. */
  nearDuplicateOf: string | null;
  similarity: number | null;
}

/** Runs inside the save transaction; stages such as the entity registry keep their tables in step. */
export type SaveHook = (db: Database.Database, doc: Doc, docRowid: number) => void;

export interface SearchOptions {
  limit?: number;
  offset?: number;
  lang?: string;
  from?: string;
  to?: string;
  /** Entity name or canonical id that must be annotated in the document. */
  entity?: string;
  eventType?: string;
  modality?: string;
}

export interface SearchHit {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  lang: string | null;
  snippet: string;
  rank: number;
}

export interface StoryEvent {
  storyId: string;
  signature: string;
  type: string;
  mode: string | null;
  modality: string;
  time: string | null;
  firstDocumentId: string;
  event: Record<string, unknown>;
  mentionCount: number;
  documentCount: number;
}

export interface StoryEventMention {
  documentId: string;
  eventId: string;
  sentence: number;
  start: number;
  end: number;
  /** The mention's own actors and recipients (entity ids of its document); null where not recorded. */
  actors: string[] | null;
  recipients: string[] | null;
}

/** The story event that an event of a document is, with every document that tells it. */
export interface DocumentStoryEvent {
  storyId: string;
  signature: string;
  documentIds: string[];
  mentionCount: number;
}

export interface DocumentSummary {
  id: string;
  storyId: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
  lang: string | null;
  tokens: number;
  ingestedAt: string;
}

const LAYERS = ['entities', 'quotes', 'times', 'figures', 'events'] as const;

/**
 * Turns a user query into a safe FTS5 expression: every word is quoted (so FTS syntax in
 * user input is inert), words are ANDed, a trailing * keeps prefix search.
 */
export function ftsQuery(query: string): string {
  const terms = query.match(/[\p{L}\p{N}][\p{L}\p{N}\-'’.]*\*?/gu) ?? [];
  return terms
    .map((t) => {
      const prefix = t.endsWith('*');
      const word = (prefix ? t.slice(0, -1) : t).replace(/"/g, '""');
      return `"${word}"${prefix ? '*' : ''}`;
    })
    .join(' AND ');
}

export class Store {
  readonly db: Database.Database;
  private hooks: SaveHook[] = [];

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    migrate(this.db);
    // the cross-document entity registry keeps its tables in step with every saved document
    this.addSaveHook(upsertDocumentEntities);
    // events are kept once per story, whichever near-duplicate document told them
    this.addSaveHook(upsertStoryEvents);
  }

  close(): void {
    this.db.close();
  }

  addSaveHook(hook: SaveHook): void {
    this.hooks.push(hook);
  }

  has(id: string): boolean {
    return !!this.db.prepare('SELECT 1 FROM documents WHERE id = ?').get(id);
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  }

  /**
   * Stores an analysed document in one transaction: an exact re-ingest is a no-op; a near-duplicate
   * is stored and linked to its original's story.
   */
  save(doc: Doc, input: InputRecord): SaveResult {
    return this.db.transaction((): SaveResult => {
      const existing = prepared(this.db, 'SELECT story_id FROM documents WHERE id = ?').get(doc.id) as { story_id: string } | undefined;
      if (existing) return { status: 'duplicate', id: doc.id, storyId: existing.story_id, nearDuplicateOf: null, similarity: null };

      const sig = minhash(doc.text);
      const bands = bandKeys(sig);
      const near = this.findNearDuplicate(sig, bands);
      const storyId = near ? near.storyId : doc.id;
      const json = toDocumentJSON(doc);
      const info = prepared(this.db, 
          `INSERT INTO documents (id, story_id, similarity, title, url, source, published, byline, lang, input_name,
             input_format, input, raw, text, document_json, pipeline, tokens, ingested_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          doc.id, storyId, near?.similarity ?? null, doc.title, doc.url, doc.source, doc.published, doc.byline, doc.lang,
          input.name, input.format, input.input, doc.raw, doc.text, JSON.stringify(json), JSON.stringify(doc.pipeline),
          doc.tokens.length, new Date().toISOString(),
        );
      const rowid = Number(info.lastInsertRowid);
      prepared(this.db, 'INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)').run(rowid, doc.title ?? '', doc.text);
      prepared(this.db, 'INSERT INTO minhash_signatures (doc_rowid, signature) VALUES (?, ?)').run(rowid, signatureToBuffer(sig));
      const band = prepared(this.db, 'INSERT OR IGNORE INTO minhash_bands (band, doc_rowid) VALUES (?, ?)');
      for (const key of bands) band.run(key, rowid);
      this.insertAnnotations(rowid, json);
      for (const hook of this.hooks) hook(this.db, doc, rowid);
      return { status: 'stored', id: doc.id, storyId, nearDuplicateOf: near?.id ?? null, similarity: near?.similarity ?? null };
    })();
  }

  /**
   * Stores several analysed documents in one transaction, each in a savepoint of its own: a document
   * whose save fails is rolled back alone and gets its error in its place; the others are kept. About
   * twice the articles/s of save() one by one in the bench (one commit per batch instead of per article).
   */
  saveMany(items: ReadonlyArray<{ doc: Doc; input: InputRecord }>): Array<SaveResult | Error> {
    return this.db.transaction((): Array<SaveResult | Error> =>
      items.map(({ doc, input }) => {
        try {
          return this.save(doc, input); // nested: a savepoint
        } catch (e) {
          return e instanceof Error ? e : new Error(String(e));
        }
      }),
    )();
  }

  private findNearDuplicate(sig: Uint32Array, bands: string[]): { id: string; storyId: string; similarity: number } | null {
    const placeholders = bands.map(() => '?').join(',');
    const candidates = prepared(this.db, 
        `SELECT DISTINCT d.id, d.story_id, s.signature FROM minhash_bands b
         JOIN documents d ON d.rowid = b.doc_rowid JOIN minhash_signatures s ON s.doc_rowid = b.doc_rowid
         WHERE b.band IN (${placeholders})`,
      )
      .all(...bands) as Array<{ id: string; story_id: string; signature: Buffer }>;
    let best: { id: string; storyId: string; similarity: number } | null = null;
    for (const c of candidates) {
      const sim = similarity(sig, signatureFromBuffer(c.signature));
      if (sim >= SAME_STORY && (!best || sim > best.similarity)) best = { id: c.id, storyId: c.story_id, similarity: sim };
    }
    return best;
  }

  private insertAnnotations(rowid: number, json: DocumentJSON): void {
    const insert = prepared(this.db, 
      'INSERT OR REPLACE INTO annotations (doc_rowid, layer, item_id, start, end, type, label, ref, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const layer of LAYERS) {
      for (const item of json[layer] as Array<Record<string, unknown>>) {
        const { type, label, ref } = annotationKeys(layer, item);
        insert.run(rowid, layer, String(item.id), num(item.start), num(item.end), type, label, ref, JSON.stringify(item));
      }
    }
    json.removed.forEach((r, i) => insert.run(rowid, 'removed', `r${i}`, r.rawStart, r.rawEnd, r.reason, null, null, JSON.stringify(r)));
  }

  getDocument(id: string): DocumentJSON | null {
    const row = this.db.prepare('SELECT document_json FROM documents WHERE id = ?').get(id) as { document_json: string } | undefined;
    return row ? (JSON.parse(row.document_json) as DocumentJSON) : null;
  }

  /** The stored input and raw text of a document (for re-analysis and raw-offset views). */
  getInput(id: string): { input: string; format: string; raw: string } | null {
    const row = this.db.prepare('SELECT input, input_format AS format, raw FROM documents WHERE id = ?').get(id) as
      | { input: string; format: string; raw: string }
      | undefined;
    return row ?? null;
  }

  listDocuments(options: { limit?: number; offset?: number } = {}): DocumentSummary[] {
    const rows = this.db
      .prepare(
        `SELECT id, story_id AS storyId, title, url, source, published, lang, tokens, ingested_at AS ingestedAt
         FROM documents ORDER BY coalesce(published, ingested_at) DESC, rowid DESC LIMIT ? OFFSET ?`,
      )
      .all(options.limit ?? 50, options.offset ?? 0) as DocumentSummary[];
    return rows;
  }

  search(query: string, options: SearchOptions = {}): { total: number; hits: SearchHit[] } {
    const where: string[] = [];
    const params: unknown[] = [];
    const fts = ftsQuery(query);
    if (fts) {
      where.push('documents_fts MATCH ?');
      params.push(fts);
    }
    if (options.lang) {
      where.push('d.lang = ?');
      params.push(options.lang);
    }
    if (options.from) {
      where.push('d.published >= ?');
      params.push(options.from);
    }
    if (options.to) {
      where.push('substr(d.published, 1, 10) <= ?');
      params.push(options.to);
    }
    if (options.entity) {
      // A name or id in the document itself, or a registry entity (also one merged into it).
      where.push(
        `(EXISTS (SELECT 1 FROM annotations a WHERE a.doc_rowid = d.rowid AND a.layer = 'entities' AND (a.label = ? COLLATE NOCASE OR a.ref = ?))
          OR EXISTS (SELECT 1 FROM entity_documents ed WHERE ed.doc_rowid = d.rowid AND (ed.entity_id = ?
             OR ed.entity_id IN (SELECT id FROM entity_registry WHERE merged_into = ?)
             OR ed.entity_id IN (SELECT entity_id FROM entity_aliases WHERE alias = ? COLLATE NOCASE))))`,
      );
      params.push(options.entity, options.entity, options.entity, options.entity, options.entity);
    }
    if (options.eventType || options.modality) {
      const cond = ["a.layer = 'events'"];
      if (options.eventType) {
        cond.push('a.type = ?');
        params.push(options.eventType);
      }
      if (options.modality) {
        cond.push('a.label = ?');
        params.push(options.modality);
      }
      where.push(`EXISTS (SELECT 1 FROM annotations a WHERE a.doc_rowid = d.rowid AND ${cond.join(' AND ')})`);
    }
    const from = fts ? 'documents_fts JOIN documents d ON d.rowid = documents_fts.rowid' : 'documents d';
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (this.db.prepare(`SELECT count(*) AS n FROM ${from} ${whereSql}`).get(...params) as { n: number }).n;
    const select = fts
      ? `SELECT d.id, d.title, d.published, d.source, d.lang, snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet, bm25(documents_fts) AS rank`
      : `SELECT d.id, d.title, d.published, d.source, d.lang, substr(d.text, 1, 160) AS snippet, 0 AS rank`;
    const order = fts ? 'ORDER BY rank' : 'ORDER BY coalesce(d.published, d.ingested_at) DESC';
    const hits = this.db
      .prepare(`${select} FROM ${from} ${whereSql} ${order} LIMIT ? OFFSET ?`)
      .all(...params, options.limit ?? 20, options.offset ?? 0) as SearchHit[];
    return { total, hits };
  }

  /**
   * Events kept once per story (near-duplicate documents share a story), with how many mentions
   * and documents tell each of them.
   */
  storyEvents(options: { storyId?: string; type?: string; modality?: string; limit?: number; offset?: number } = {}): StoryEvent[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (options.storyId) {
      where.push('story_id = ?');
      params.push(options.storyId);
    }
    if (options.type) {
      where.push('type = ?');
      params.push(options.type);
    }
    if (options.modality) {
      where.push('modality = ?');
      params.push(options.modality);
    }
    const rows = this.db
      .prepare(
        `SELECT story_id, signature, type, mode, modality, time, first_doc_id, event_json, mention_count, document_count
         FROM story_events ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY document_count DESC, mention_count DESC LIMIT ? OFFSET ?`,
      )
      .all(...params, options.limit ?? 50, options.offset ?? 0) as Array<Record<string, string | number | null>>;
    return rows.map((r) => ({
      storyId: String(r.story_id),
      signature: String(r.signature),
      type: String(r.type),
      mode: r.mode === null ? null : String(r.mode),
      modality: String(r.modality),
      time: r.time === null ? null : String(r.time),
      firstDocumentId: String(r.first_doc_id),
      event: JSON.parse(String(r.event_json)) as Record<string, unknown>,
      mentionCount: Number(r.mention_count),
      documentCount: Number(r.document_count),
    }));
  }

  /**
   * The mentions of one story event, in every document that tells it, with each mention's own actors and recipients
   * (null for mentions stored before mentions carried arguments: the event's then stand for them).
   */
  storyEventMentions(storyId: string, signature: string): StoryEventMention[] {
    const rows = this.db
      .prepare(
        `SELECT d.id AS doc_id, m.event_id, m.sentence, m.start, m.end, m.actors, m.recipients
         FROM story_event_mentions m JOIN documents d ON d.rowid = m.doc_rowid
         WHERE m.story_id = ? AND m.signature = ? ORDER BY m.doc_rowid, m.start`,
      )
      .all(storyId, signature) as Array<{ doc_id: string; event_id: string; sentence: number; start: number; end: number; actors: string | null; recipients: string | null }>;
    const list = (v: string | null) => (v === null ? null : (JSON.parse(v) as string[]));
    return rows.map((r) => ({ documentId: r.doc_id, eventId: r.event_id, sentence: r.sentence, start: r.start, end: r.end, actors: list(r.actors), recipients: list(r.recipients) }));
  }

  /**
   * The story event of each event of a document, by event id: its story id and signature, the documents that tell it
   * (first stored first) and how many mentions they have. Events stored without story events are missing.
   */
  documentStoryEvents(docId: string): Map<string, DocumentStoryEvent> {
    const own = this.db
      .prepare(
        `SELECT DISTINCT m.event_id, m.story_id, m.signature FROM story_event_mentions m JOIN documents d ON d.rowid = m.doc_rowid WHERE d.id = ?`,
      )
      .all(docId) as Array<{ event_id: string; story_id: string; signature: string }>;
    const tellers = this.db.prepare(
      `SELECT d.id, count(*) AS n FROM story_event_mentions m JOIN documents d ON d.rowid = m.doc_rowid
       WHERE m.story_id = ? AND m.signature = ? GROUP BY m.doc_rowid ORDER BY m.doc_rowid`,
    );
    const out = new Map<string, DocumentStoryEvent>();
    for (const r of own) {
      const docs = tellers.all(r.story_id, r.signature) as Array<{ id: string; n: number }>;
      out.set(r.event_id, { storyId: r.story_id, signature: r.signature, documentIds: docs.map((x) => x.id), mentionCount: docs.reduce((s, x) => s + x.n, 0) });
    }
    return out;
  }

  /** Every stored document as document JSON, oldest first. */
  *exportDocuments(): Generator<DocumentJSON> {
    const stmt = this.db.prepare('SELECT document_json FROM documents ORDER BY rowid');
    for (const row of stmt.iterate() as Iterable<{ document_json: string }>) yield JSON.parse(row.document_json) as DocumentJSON;
  }
}

function num(v: unknown): number | null {
  return typeof v === 'number' ? v : null;
}

function str(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}

function annotationKeys(layer: (typeof LAYERS)[number], item: Record<string, unknown>): { type: string | null; label: string | null; ref: string | null } {
  switch (layer) {
    case 'entities':
      return { type: str(item.type), label: str(item.name), ref: str(item.canonicalId) };
    case 'quotes':
      return { type: str(item.kind), label: str(item.text), ref: str(item.speaker) };
    case 'times':
      return { type: str(item.type), label: str(item.value), ref: null };
    case 'figures':
      return { type: str(item.kind), label: str(item.unit), ref: str(item.value) };
    case 'events':
      return { type: str(item.type), label: str(item.modality), ref: str(item.time) };
  }
}
