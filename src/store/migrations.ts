import type Database from 'better-sqlite3';
import { addStoryEventMentionArguments, createStoryEventsSchema, rekeyStoryEvents, STORY_EVENT_MENTION_ARGUMENTS_MIGRATION_NAME, STORY_EVENTS_MIGRATION_NAME } from '../events/storyEvents.ts';
import { createRegistrySchema, REGISTRY_MIGRATION_NAME } from '../entities/registry.ts';

/**
 * Schema migrations, applied in order and recorded in `schema_migrations`.
 * Append new entries; never edit one that has shipped.
 */
export interface Migration {
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'documents, annotations, full-text search, near-duplicate index',
    up(db) {
      db.exec(`
        CREATE TABLE documents (
          rowid INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,              -- content hash of the cleaned text
          story_id TEXT NOT NULL,               -- id of the first document of its near-duplicate group
          similarity REAL,                      -- estimated Jaccard to the story's first document
          title TEXT, url TEXT, source TEXT, published TEXT, byline TEXT, lang TEXT,
          input_name TEXT,
          input_format TEXT NOT NULL,
          input TEXT NOT NULL,                  -- input as received (HTML source, JSONL line, text)
          raw TEXT NOT NULL,                    -- text the pipeline started from
          text TEXT NOT NULL,                   -- cleaned text
          document_json TEXT NOT NULL,          -- lagebild/document@1
          pipeline TEXT NOT NULL,               -- component versions, JSON
          tokens INTEGER NOT NULL,
          ingested_at TEXT NOT NULL
        );
        CREATE INDEX documents_story ON documents(story_id);
        CREATE INDEX documents_published ON documents(published);
        CREATE INDEX documents_lang ON documents(lang);

        -- Every annotation of every layer, one row each, for filters and joins.
        CREATE TABLE annotations (
          doc_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
          layer TEXT NOT NULL,                  -- entities | quotes | times | figures | events | removed
          item_id TEXT NOT NULL,
          start INTEGER, end INTEGER,
          type TEXT,                            -- entity type, quote kind, TIMEX type, event type …
          label TEXT,                           -- name, value, modality …
          ref TEXT,                             -- canonical id, speaker, time value …
          json TEXT NOT NULL,
          PRIMARY KEY (doc_rowid, layer, item_id)
        ) WITHOUT ROWID;
        CREATE INDEX annotations_layer_type ON annotations(layer, type);
        CREATE INDEX annotations_layer_label ON annotations(layer, label);
        CREATE INDEX annotations_layer_ref ON annotations(layer, ref);

        CREATE VIRTUAL TABLE documents_fts USING fts5(
          title, text, content='documents', content_rowid='rowid',
          tokenize = 'unicode61 remove_diacritics 2'
        );

        CREATE TABLE minhash_signatures (
          doc_rowid INTEGER PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,
          signature BLOB NOT NULL
        );
        CREATE TABLE minhash_bands (
          band TEXT NOT NULL,
          doc_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
          PRIMARY KEY (band, doc_rowid)
        ) WITHOUT ROWID;
      `);
    },
  },
  { version: 2, name: REGISTRY_MIGRATION_NAME, up: createRegistrySchema },
  { version: 3, name: STORY_EVENTS_MIGRATION_NAME, up: createStoryEventsSchema },
  { version: 4, name: STORY_EVENT_MENTION_ARGUMENTS_MIGRATION_NAME, up: addStoryEventMentionArguments },
  {
    version: 5,
    name: 'story event mentions: index from a document\'s event to its story event',
    // the API reads the story event of every annotated event (event index, entity events, graph edges, export);
    // covering index: 200k synthetic events load in about 2.0 s instead of 3.0 s
    up(db) {
      db.exec('CREATE INDEX story_event_mentions_event ON story_event_mentions(doc_rowid, event_id, story_id, signature)');
    },
  },
  {
    version: 6,
    name: 'story events: re-keyed with the signatures of the fifteenth session ("#k" for a repeated signature, actorless events by their words)',
    // a store filled before keeps the old keys, and a retelling saved now would not pair with its stored telling;
    // recomputed from the stored documents (one read and parse per document, nothing re-analysed)
    up: rekeyStoryEvents,
  },
];

export function migrate(db: Database.Database, migrations: Migration[] = MIGRATIONS): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version),
  );
  let count = 0;
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      m.up(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    })();
    count++;
  }
  return count;
}
