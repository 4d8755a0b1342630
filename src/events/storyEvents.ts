/**
 * Events stored once per story: documents linked as near-duplicates share a story id, and an event
 * with the same signature in any of them is one stored event with all its mentions (GDELT counts
 * each retelling as a new event; we do not).
 */
import type Database from 'better-sqlite3';
import type { Doc } from '../doc/index.ts';
import { prepared } from '../store/statements.ts';
import { documentSignatures } from './signature.ts';

export const STORY_EVENTS_MIGRATION_NAME = 'story events: one row per event of a story, with its mentions';

export function createStoryEventsSchema(db: Database.Database): void {
  db.exec(`
    CREATE TABLE story_events (
      story_id TEXT NOT NULL,
      signature TEXT NOT NULL,
      type TEXT NOT NULL,
      mode TEXT,
      modality TEXT NOT NULL,
      time TEXT,
      first_doc_id TEXT NOT NULL,
      event_json TEXT NOT NULL,            -- the event as first seen
      mention_count INTEGER NOT NULL DEFAULT 0,
      document_count INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (story_id, signature)
    ) WITHOUT ROWID;
    CREATE INDEX story_events_type ON story_events(type, modality);

    CREATE TABLE story_event_mentions (
      story_id TEXT NOT NULL,
      signature TEXT NOT NULL,
      doc_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
      event_id TEXT NOT NULL,
      sentence INTEGER NOT NULL,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL,
      PRIMARY KEY (story_id, signature, doc_rowid, start)
    ) WITHOUT ROWID;
    CREATE INDEX story_event_mentions_doc ON story_event_mentions(doc_rowid);
  `);
}

export const STORY_EVENT_MENTION_ARGUMENTS_MIGRATION_NAME = 'story event mentions: each mention\'s own actors and recipients';

/** Each stored mention keeps its own actors and recipients (JSON arrays of entity ids; NULL for rows stored before). */
export function addStoryEventMentionArguments(db: Database.Database): void {
  db.exec(`
    ALTER TABLE story_event_mentions ADD COLUMN actors TEXT;
    ALTER TABLE story_event_mentions ADD COLUMN recipients TEXT;
  `);
}

interface MentionLike {
  sentence: number;
  trigger: { start: number; end: number };
  actors?: string[];
  recipients?: string[];
}

/** Store save hook: records the document's events under its story. */
export function upsertStoryEvents(db: Database.Database, doc: Doc, docRowid: number): void {
  if (!doc.events.length) return;
  const row = prepared(db, 'SELECT story_id FROM documents WHERE rowid = ?').get(docRowid) as { story_id: string } | undefined;
  if (!row) return;
  const insertEvent = prepared(db, 
    `INSERT INTO story_events (story_id, signature, type, mode, modality, time, first_doc_id, event_json, mention_count, document_count)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0) ON CONFLICT(story_id, signature) DO NOTHING`,
  );
  const insertMention = prepared(db, 
    `INSERT OR IGNORE INTO story_event_mentions (story_id, signature, doc_rowid, event_id, sentence, start, end, actors, recipients) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const touched = new Set<string>();
  // (documents of one story are near-duplicates: an event without actors is keyed by its words, not by its document)
  const signatures = documentSignatures(doc, true);
  for (const [i, ev] of doc.events.entries()) {
    const signature = signatures[i];
    insertEvent.run(row.story_id, signature, ev.type, ev.mode, ev.modality, ev.time, doc.id, JSON.stringify(ev));
    const mentions = (ev.mentions as MentionLike[] | undefined) ?? [{ sentence: ev.sentence, trigger: ev.trigger }];
    const list = (ids: string[] | undefined) => (Array.isArray(ids) ? JSON.stringify(ids) : null);
    for (const m of mentions) insertMention.run(row.story_id, signature, docRowid, ev.id, m.sentence, m.trigger.start, m.trigger.end, list(m.actors), list(m.recipients));
    touched.add(signature);
  }
  const recount = prepared(db, 
    `UPDATE story_events SET
       mention_count = (SELECT count(*) FROM story_event_mentions m WHERE m.story_id = story_events.story_id AND m.signature = story_events.signature),
       document_count = (SELECT count(DISTINCT doc_rowid) FROM story_event_mentions m WHERE m.story_id = story_events.story_id AND m.signature = story_events.signature)
     WHERE story_id = ? AND signature = ?`,
  );
  for (const signature of touched) recount.run(row.story_id, signature);
}

/**
 * Recomputes every story event from the stored documents (their events and entities in `document_json`), in the order
 * they were stored, as saving them again would: for a store whose story events were keyed by an earlier
 * `documentSignatures` (migration 6). A store without story events is left alone.
 */
export function rekeyStoryEvents(db: Database.Database): void {
  const any = db.prepare('SELECT 1 FROM story_event_mentions LIMIT 1').get() ?? db.prepare('SELECT 1 FROM story_events LIMIT 1').get();
  if (!any) return;
  db.exec('DELETE FROM story_event_mentions; DELETE FROM story_events;');
  const rowids = db.prepare('SELECT rowid FROM documents ORDER BY rowid').pluck().all() as number[];
  const read = db.prepare('SELECT document_json FROM documents WHERE rowid = ?').pluck();
  for (const rowid of rowids) {
    const json = read.get(rowid) as string | undefined;
    if (!json) continue;
    const d = JSON.parse(json) as Pick<Doc, 'id' | 'events' | 'entities'>;
    if (!Array.isArray(d.events) || !d.events.length) continue;
    upsertStoryEvents(db, { ...d, entities: d.entities ?? [] } as Doc, rowid);
  }
}
