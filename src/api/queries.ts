import type { Store } from '../store/index.ts';
import { EVENT_DATE_SQL, eventIndex, idList, STORY_KEY_SQL, type IndexedStoryEvent } from './eventindex.ts';
import { getEntity as registryEntity } from '../entities/registry.ts';
import { entityCondition, entityKey, hasRegistry, KEY_SQL, keyedEntityRows, occurrences } from './entitykeys.ts';
import { searchIndex } from './search.ts';
import { prepared } from '../store/statements.ts';

/**
 * Read models over the `annotations` table: entities (grouped by canonical id, else by type and name),
 * events, timeline buckets and the actor graph. They read whatever layers the pipeline produced and
 * return empty lists when a layer is missing.
 */

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export const MODALITIES = ['asserted', 'planned', 'negated', 'hypothetical', 'reported', 'historical'] as const;

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export { entityKey } from './entitykeys.ts';

export interface EntitySummary {
  key: string;
  name: string;
  type: string;
  canonicalId: string | null;
  mentions?: number;
  country?: string | null;
  /** Documents in which an entity with this name is annotated. */
  documents: number;
}

interface LabelCounts {
  count: number;
  maxRowid: number;
  labels: Array<{ label: string; documents: number }>;
}

const labelCache = new WeakMap<Store, LabelCounts>();
const labelMeta = new WeakMap<Store, Map<string, { type: string; ref: string | null }>>();

/** Entity names by number of documents, from the (layer, label) index only; cached until documents are added. */
function labelCounts(store: Store): LabelCounts['labels'] {
  const { n, m } = store.db.prepare('SELECT count(*) AS n, coalesce(max(rowid), 0) AS m FROM documents').get() as { n: number; m: number };
  const cached = labelCache.get(store);
  if (cached && cached.count === n && cached.maxRowid === m) return cached.labels;
  const labels = store.db
    .prepare(
      `SELECT label, count(*) AS documents FROM annotations INDEXED BY annotations_layer_label
       WHERE layer = 'entities' AND label IS NOT NULL GROUP BY label ORDER BY documents DESC, label`,
    )
    .all() as LabelCounts['labels'];
  labelCache.set(store, { count: n, maxRowid: m, labels });
  return labels;
}

/** The dominant type and canonical id of a name (from up to 200 of its annotations; cached). */
function metaOf(store: Store, label: string): { type: string; ref: string | null } {
  let cache = labelMeta.get(store);
  if (!cache) labelMeta.set(store, (cache = new Map()));
  let meta = cache.get(label);
  if (!meta) {
    const row = store.db
      .prepare(
        `SELECT type, ref, count(*) AS n FROM (SELECT type, ref FROM annotations WHERE layer = 'entities' AND label = ? LIMIT 200)
         GROUP BY type, ref ORDER BY n DESC LIMIT 1`,
      )
      .get(label) as { type: string; ref: string | null } | undefined;
    meta = { type: row?.type ?? 'MISC', ref: row?.ref ?? null };
    cache.set(label, meta);
  }
  return meta;
}

/**
 * Entities across documents, most frequent first. Counts come from the name index (names shared by
 * different entities are counted together; the entity page separates them by canonical id or type);
 * type and canonical id are each name's dominant ones. With the entity registry (migration 2), its
 * entities are listed instead, with their document and mention counts.
 */
export function listEntities(store: Store, o: { q?: string; type?: string; limit: number; offset: number }): Page<EntitySummary> {
  if (hasRegistry(store)) {
    const where = ['merged_into IS NULL'];
    const params: unknown[] = [];
    if (o.type) {
      where.push('type = ?');
      params.push(o.type);
    }
    if (o.q) {
      where.push("(label LIKE ? ESCAPE '\\' OR id = ? OR id IN (SELECT entity_id FROM entity_aliases WHERE alias LIKE ? ESCAPE '\\'))");
      const like = `%${o.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      params.push(like, o.q, like);
    }
    const sqlWhere = where.join(' AND ');
    const total = store.db.prepare(`SELECT count(*) FROM entity_registry WHERE ${sqlWhere}`).pluck().get(...params) as number;
    const rows = store.db
      .prepare(`SELECT id, type, label, doc_count, mention_count, country FROM entity_registry WHERE ${sqlWhere} ORDER BY doc_count DESC, mention_count DESC, label LIMIT ? OFFSET ?`)
      .all(...params, o.limit, o.offset) as Array<{ id: string; type: string; label: string; doc_count: number; mention_count: number; country: string | null }>;
    return {
      total, limit: o.limit, offset: o.offset,
      items: rows.map((r) => ({ key: r.id, name: r.label, type: r.type, canonicalId: r.id, documents: r.doc_count, mentions: r.mention_count, country: r.country })),
    };
  }
  const q = o.q?.toLocaleLowerCase();
  const items: EntitySummary[] = [];
  let total = 0;
  for (const { label, documents } of labelCounts(store)) {
    if (q && !label.toLocaleLowerCase().includes(q)) continue;
    const inPage = total >= o.offset && items.length < o.limit;
    if (o.type || inPage) {
      const meta = metaOf(store, label);
      if (o.type && meta.type !== o.type) continue;
      if (inPage) items.push({ key: entityKey(meta.ref, meta.type, label), name: label, type: meta.type, canonicalId: meta.ref, documents });
    }
    total++;
  }
  return { total, limit: o.limit, offset: o.offset, items };
}

interface EntityRow {
  doc_rowid: number;
  item_id: string;
  type: string;
  label: string;
  ref: string | null;
  json: string;
  id: string;
  title: string | null;
  published: string | null;
}

export interface EventItem {
  docId: string;
  docTitle: string | null;
  published: string | null;
  date: string | null;
  id: string;
  type: string;
  mode: string | null;
  modality: string;
  actors: Array<{ id: string; name: string; key: string | null }>;
  recipients: Array<{ id: string; name: string; key: string | null }>;
  place: string | null;
  time: string | null;
  trigger: { start: number; end: number; text: string } | null;
  sentence: string | null;
  /**
   * The story event this is (one real-world event, told once or in several near-duplicate documents): story id and
   * signature; null for an event stored without story events (it stands alone).
   */
  storyId: string | null;
  signature: string | null;
  /** Documents and mentions (tellings) of the story event, all of them. */
  documentCount: number;
  mentionCount: number;
  /** Its mentions in every document that tells it, first stored document first (at most MAX_MENTIONS). */
  mentions: EventMention[];
}

/** One telling of an event: the document, the event there, the trigger and its sentence. */
export interface EventMention {
  docId: string;
  docTitle: string | null;
  published: string | null;
  eventId: string;
  trigger: { start: number; end: number; text: string };
  sentence: string | null;
}

/** The most mentions listed per event item (mentionCount counts all). */
export const MAX_MENTIONS = 50;

export function getEntity(store: Store, key: string, o: { limit: number } = { limit: 100 }) {
  const { registryId, byDoc } = occurrences(store, key);
  // Every document with the entity, newest published first.
  const index = searchIndex(store);
  index.refresh();
  const all = [...byDoc.keys()];
  if (all.length === 0) return null;
  all.sort((x, y) => index.day(y) - index.day(x) || y - x);
  const totalDocs = all.length;
  const recent = all.slice(0, Math.max(1, o.limit));
  const rows = (store.db
    .prepare(
      `SELECT a.doc_rowid, a.item_id, a.type, a.label, a.ref, a.json, d.id, d.title, d.published
       FROM annotations a JOIN documents d ON d.rowid = a.doc_rowid
       WHERE a.layer = 'entities' AND a.doc_rowid IN (${recent.map(() => '?').join(',')})`,
    )
    .all(...recent) as EntityRow[]).filter((r) => byDoc.get(r.doc_rowid)?.has(r.item_id));
  const position = new Map(recent.map((r, i) => [r, i]));
  rows.sort((x, y) => position.get(x.doc_rowid)! - position.get(y.doc_rowid)!);
  const names = new Map<string, number>();
  const documents = new Map<number, { id: string; title: string | null; published: string | null; mentions: number }>();
  const roles: Array<{ title: string; country: string | null; docId: string; published: string | null; text: string }> = [];
  for (const r of rows) {
    const item = JSON.parse(r.json) as { mentions?: unknown[]; roles?: Array<{ title: string; country: string | null; span?: { text?: string } }> };
    names.set(r.label, (names.get(r.label) ?? 0) + 1);
    const doc = documents.get(r.doc_rowid) ?? { id: r.id, title: r.title, published: r.published, mentions: 0 };
    doc.mentions += item.mentions?.length ?? 0;
    documents.set(r.doc_rowid, doc);
    for (const role of item.roles ?? []) roles.push({ title: role.title, country: role.country ?? null, docId: r.id, published: r.published, text: role.span?.text ?? role.title });
  }
  const itemIds = byDoc;
  if (rows.length === 0) return null;
  const registry = registryId ? registryEntity(store.db, registryId) : null;
  const name = registry?.label ?? [...names.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const entityKeyOut = registryId ?? key;
  const docRowids = [...documents.keys()].slice(0, o.limit);
  const inList = docRowids.map(() => '?').join(',');

  // Quotes whose speaker is this entity (by item id in the document, or by name).
  const quoteRows = store.db
    .prepare(
      `SELECT q.doc_rowid, q.json, d.id, d.title, d.published FROM annotations q JOIN documents d ON d.rowid = q.doc_rowid
       WHERE q.layer = 'quotes' AND q.doc_rowid IN (${inList}) AND q.ref IS NOT NULL`,
    )
    .all(...docRowids) as Array<{ doc_rowid: number; json: string; id: string; title: string | null; published: string | null }>;
  const quotes = quoteRows
    .filter((q) => itemIds.get(q.doc_rowid)?.has(String((JSON.parse(q.json) as { speaker: string }).speaker)))
    .map((q) => ({ docId: q.id, docTitle: q.title, published: q.published, quote: JSON.parse(q.json) as Record<string, unknown> }));

  // Each story event once (near-duplicate documents tell it again): its earliest telling among these documents.
  // (rows are kept or dropped before their items are built: the story mentions are read only for the events shown)
  const told = new Set<string>();
  const events = eventsForDocs(store, docRowids, (rowid, parties, story) => {
    const ids = itemIds.get(rowid)!;
    if (!parties.some((a) => ids.has(a.id) || a.key === entityKeyOut)) return false;
    if (story === null) return true;
    if (told.has(story)) return false;
    told.add(story);
    return true;
  });

  // Co-occurring entities in the entity's latest documents (at most 500).
  const near = all.slice(0, 500);
  const k = keyedEntityRows(store);
  const neighbours = (store.db
    .prepare(
      `SELECT ${k.key} AS key, max(a.label) AS name, max(a.type) AS type, count(DISTINCT a.doc_rowid) AS weight
       FROM annotations a ${k.join} WHERE a.layer = 'entities' AND a.doc_rowid IN (${near.map(() => '?').join(',')})
       GROUP BY key ORDER BY weight DESC, key LIMIT 26`,
    )
    .all(...near) as Array<{ key: string; name: string; type: string; weight: number }>)
    .filter((n) => n.key !== entityKeyOut && n.key !== key)
    .slice(0, 25);

  const months = new Map<string, number>();
  for (const r of all) {
    const d = index.day(r);
    if (d < 0) continue;
    const month = `${Math.floor(d / 10000)}-${String(Math.floor(d / 100) % 100).padStart(2, '0')}`;
    months.set(month, (months.get(month) ?? 0) + 1);
  }
  const byMonth = [...months.entries()].sort((x, y) => x[0].localeCompare(y[0])).map(([month, documents]) => ({ month, documents }));

  return {
    key: entityKeyOut,
    name,
    names: registry
      ? registry.aliases.map((a) => ({ name: a.alias, count: a.count }))
      : [...names.entries()].sort((a, b) => b[1] - a[1]).map(([n, count]) => ({ name: n, count })),
    type: registry?.type ?? rows[0].type,
    canonicalId: registryId ?? rows.find((r) => r.ref)?.ref ?? null,
    country: registry?.country ?? null,
    wikidata: registry?.wikidata ?? null,
    /** Roles across all documents (registry): title, country, how often, first and last seen. */
    roleSummary: registry?.roles ?? [],
    documentCount: totalDocs,
    documents: [...documents.values()].slice(0, o.limit),
    roles: roles.sort((a, b) => String(a.published ?? '').localeCompare(String(b.published ?? ''))),
    quotes,
    events: events.map((e) => e.item),
    neighbours,
    byMonth,
  };
}

interface EventRowRaw {
  doc_rowid: number;
  json: string;
  id: string;
  title: string | null;
  published: string | null;
  date: string | null;
  sentence: string | null;
  story: string | null;
}

/** Maps entity item ids (and names) of documents to display names and keys. */
function entityMaps(store: Store, rowids: number[]): Map<number, Map<string, { name: string; key: string }>> {
  const out = new Map<number, Map<string, { name: string; key: string }>>();
  if (rowids.length === 0) return out;
  const unique = [...new Set(rowids)];
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500);
    const k = keyedEntityRows(store);
    const rows = store.db
      .prepare(`SELECT a.doc_rowid, a.item_id, a.label, ${k.key} AS key FROM annotations a ${k.join} WHERE a.layer = 'entities' AND a.doc_rowid IN (${chunk.map(() => '?').join(',')})`)
      .all(...chunk) as Array<{ doc_rowid: number; item_id: string; label: string; key: string }>;
    for (const r of rows) {
      const m = out.get(r.doc_rowid) ?? new Map();
      const v = { name: r.label, key: r.key };
      m.set(r.item_id, v);
      if (!m.has(r.label)) m.set(r.label, v);
      out.set(r.doc_rowid, m);
    }
  }
  return out;
}

/** The text of sentence `idx` (an SQL expression) of document `d`. */
const sentenceSql = (idx: string) => `substr(d.text, 1 + json_extract(d.document_json, '$.sentences[' || ${idx} || '].start'),
    json_extract(d.document_json, '$.sentences[' || ${idx} || '].end') - json_extract(d.document_json, '$.sentences[' || ${idx} || '].start'))`;

/** Sentence texts of documents, each document read once per request (its text and sentence offsets). */
class SentenceTexts {
  private docs = new Map<number, { text: string; sentences: Array<{ start: number; end: number }> }>();
  constructor(private readonly store: Store) {}

  private doc(rowid: number) {
    let d = this.docs.get(rowid);
    if (!d) {
      const row = prepared(this.store.db, `SELECT text, json_extract(document_json, '$.sentences') AS sentences FROM documents WHERE rowid = ?`).get(rowid) as
        | { text: string; sentences: string | null }
        | undefined;
      let sentences: Array<{ start: number; end: number }> = [];
      try {
        sentences = row?.sentences ? (JSON.parse(row.sentences) as typeof sentences) : [];
      } catch {
        sentences = [];
      }
      this.docs.set(rowid, (d = { text: row?.text ?? '', sentences }));
    }
    return d;
  }

  sentence(rowid: number, index: unknown): string | null {
    if (typeof index !== 'number') return null;
    const d = this.doc(rowid);
    const s = d.sentences[index];
    return s && typeof s.start === 'number' ? d.text.slice(s.start, s.end) : null;
  }

  slice(rowid: number, start: number, end: number): string {
    return this.doc(rowid).text.slice(start, end);
  }
}

type MentionRow = [number, string, string | null, string | null, string, number, number, number];

/** Mentions and counts of a story event (all its tellings, first stored document first). */
function storyMentions(store: Store, texts: SentenceTexts, storyId: string, signature: string): { mentions: EventMention[]; documentCount: number; mentionCount: number } {
  const rows = prepared(
    store.db,
    `SELECT m.doc_rowid, d.id, d.title, d.published, m.event_id, m.sentence, m.start, m.end
       FROM story_event_mentions m JOIN documents d ON d.rowid = m.doc_rowid
       WHERE m.story_id = ? AND m.signature = ? ORDER BY m.doc_rowid, m.start`,
  )
    .raw(true)
    .all(storyId, signature) as MentionRow[];
  return {
    mentions: rows.slice(0, MAX_MENTIONS).map(([rowid, docId, docTitle, published, eventId, sentence, start, end]) => ({
      docId, docTitle, published, eventId, trigger: { start, end, text: texts.slice(rowid, start, end) }, sentence: texts.sentence(rowid, sentence),
    })),
    documentCount: new Set(rows.map((r) => r[0])).size,
    mentionCount: rows.length,
  };
}

/** Mentions of an event stored without story events: its own tellings in its document. */
function ownMentions(texts: SentenceTexts, r: EventRowRaw, e: Record<string, unknown>): EventMention[] {
  const listed = Array.isArray(e.mentions) ? (e.mentions as Array<{ sentence?: unknown; trigger?: { start: number; end: number; text: string } }>) : [];
  const tellings = listed.length ? listed : [{ sentence: e.sentence, trigger: e.trigger as { start: number; end: number; text: string } | undefined }];
  return tellings
    .filter((m) => m.trigger && typeof m.trigger.start === 'number')
    .map((m) => ({ docId: r.id, docTitle: r.title, published: r.published, eventId: String(e.id), trigger: m.trigger!, sentence: texts.sentence(r.doc_rowid, m.sentence) }));
}

/**
 * Whether an event row is wanted, asked before its item is built (before its story mentions are read): its document,
 * its actors and recipients resolved, and its story key (`storyId\u0001signature`, null without a story event).
 */
type KeepEvent = (rowid: number, parties: Array<{ id: string; name: string; key: string | null }>, story: string | null) => boolean;

function toEventItems(store: Store, rows: EventRowRaw[], keep?: KeepEvent): Array<{ rowid: number; item: EventItem }> {
  const maps = entityMaps(store, rows.map((r) => r.doc_rowid));
  const texts = new SentenceTexts(store);
  const out: Array<{ rowid: number; item: EventItem }> = [];
  for (const r of rows) {
    const e = JSON.parse(r.json) as Record<string, unknown>;
    const m = maps.get(r.doc_rowid) ?? new Map();
    const resolve = (v: unknown) => {
      const id = String(v);
      const hit = m.get(id);
      return { id, name: hit?.name ?? id, key: hit?.key ?? null };
    };
    const actors = Array.isArray(e.actors) ? e.actors.map(resolve) : [];
    const recipients = Array.isArray(e.recipients) ? e.recipients.map(resolve) : [];
    const trigger = e.trigger as { start: number; end: number; text: string } | undefined;
    const cut = r.story === null ? -1 : r.story.indexOf('\u0001');
    const storyId = cut < 0 ? null : r.story!.slice(0, cut);
    const signature = cut < 0 ? null : r.story!.slice(cut + 1);
    if (keep && !keep(r.doc_rowid, [...actors, ...recipients], cut < 0 ? null : r.story)) continue;
    let told = storyId !== null && signature !== null ? storyMentions(store, texts, storyId, signature) : null;
    if (!told || told.mentionCount === 0) {
      const mentions = ownMentions(texts, r, e);
      told = { mentions, documentCount: 1, mentionCount: mentions.length };
    }
    out.push({
      rowid: r.doc_rowid,
      item: {
        docId: r.id,
        docTitle: r.title,
        published: r.published,
        date: r.date,
        id: String(e.id),
        type: String(e.type ?? 'event'),
        mode: (e.mode as string | null) ?? null,
        modality: String(e.modality ?? 'asserted'),
        actors,
        recipients,
        place: (e.place as string | null) ?? null,
        time: (e.time as string | null) ?? null,
        trigger: trigger && typeof trigger.start === 'number' ? trigger : null,
        sentence: r.sentence,
        storyId,
        signature,
        ...told,
      },
    });
  }
  return out;
}

const EVENT_SELECT = `SELECT e.doc_rowid, e.json, d.id, d.title, d.published, ${EVENT_DATE_SQL} AS date,
  ${sentenceSql("coalesce(json_extract(e.json, '$.sentence'), -1)")} AS sentence, ${STORY_KEY_SQL} AS story
  FROM annotations e JOIN documents d ON d.rowid = e.doc_rowid
  LEFT JOIN annotations t ON t.doc_rowid = e.doc_rowid AND t.layer = 'times' AND t.item_id = e.ref`;

function eventsForDocs(store: Store, rowids: number[], keep?: KeepEvent): Array<{ rowid: number; item: EventItem }> {
  if (rowids.length === 0) return [];
  const rows = store.db
    .prepare(`${EVENT_SELECT} WHERE e.layer = 'events' AND e.doc_rowid IN (${rowids.map(() => '?').join(',')}) ORDER BY date`)
    .all(...rowids) as EventRowRaw[];
  return toEventItems(store, rows, keep);
}

export interface EventFilters {
  type?: string;
  modality?: string;
  entity?: string;
  from?: string;
  to?: string;
  doc?: string;
}

/**
 * Story events of the in-memory index that match the filters (entity filters resolve the entity's ids per document):
 * an event told in near-duplicate documents is one; with `doc`, the document's own events.
 */
function matchingEvents(store: Store, f: EventFilters): IndexedStoryEvent[] {
  let people: Map<number, Set<string>> | undefined;
  if (f.entity) {
    people = occurrences(store, f.entity).byDoc;
  }
  let doc: number | undefined;
  if (f.doc) doc = (store.db.prepare('SELECT rowid FROM documents WHERE id = ?').pluck().get(f.doc) as number | undefined) ?? -1;
  return eventIndex(store).query({ type: f.type, modality: f.modality, from: f.from, to: f.to, people, doc });
}

/** Full rows for indexed story events (the telling that stands for each), in the given order. */
function eventRows(store: Store, events: IndexedStoryEvent[]): EventRowRaw[] {
  const stmt = store.db.prepare(`${EVENT_SELECT} WHERE e.layer = 'events' AND e.doc_rowid = ? AND e.item_id = ?`);
  return events.map(({ rep }) => stmt.get(rep.doc, rep.id) as EventRowRaw | undefined).filter((r): r is EventRowRaw => !!r);
}

export function listEvents(store: Store, f: EventFilters & { limit: number; offset: number }): Page<EventItem> {
  const all = matchingEvents(store, f);
  const rows = eventRows(store, all.slice(f.offset, f.offset + f.limit));
  return { total: all.length, limit: f.limit, offset: f.offset, items: toEventItems(store, rows).map((r) => r.item) };
}

export type Interval = 'day' | 'week' | 'month';

/** First day of the bucket a YYYY-MM-DD date falls in (weeks start on Monday, ISO). */
export function bucketStart(date: string, interval: Interval): string {
  const day = date.slice(0, 10);
  if (interval === 'month') return `${day.slice(0, 7)}-01`;
  if (interval === 'day') return day;
  const d = new Date(`${day}T00:00:00Z`);
  const dow = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dow);
  return d.toISOString().slice(0, 10);
}

export function timeline(store: Store, f: EventFilters & { interval: Interval; limit: number }) {
  const all = matchingEvents(store, f);
  const buckets = new Map<string, Record<string, number>>();
  let undated = 0;
  const dated: IndexedStoryEvent[] = [];
  for (const g of all) {
    const e = g.rep;
    if (!e.date) {
      undated++;
      continue;
    }
    if (dated.length < f.limit) dated.push(g);
    const full = e.date.length >= 10 ? e.date : e.date.length === 7 ? `${e.date}-01` : `${e.date.slice(0, 4)}-01-01`;
    const key = bucketStart(full, f.interval);
    const b = buckets.get(key) ?? {};
    b[e.modality] = (b[e.modality] ?? 0) + 1;
    buckets.set(key, b);
  }
  return {
    interval: f.interval,
    total: all.length,
    undated,
    buckets: [...buckets.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([start, counts]) => ({ start, total: Object.values(counts).reduce((s, n) => s + n, 0), counts })),
    items: toEventItems(store, eventRows(store, dated)).map((r) => r.item),
  };
}

export interface GraphNode {
  id: string;
  label: string;
  type: string;
  documents: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  type: string;
  weight: number;
}

/**
 * Actor network over a window of documents (the newest `docs` in the date range, or of those
 * mentioning `entity`): the most frequent entities as nodes; `co-occurrence` edges weighted by the
 * documents in which both are named in the same sentence, and one edge per event type between actors and recipients (or co-actors), weighted by
 * the number of events.
 */
export function graph(store: Store, o: { entity?: string; types: string[]; nodes: number; minWeight: number; from?: string; to?: string; docs?: number }) {
  const index = searchIndex(store);
  index.refresh();
  let candidates: number[] | null = null;
  if (o.entity) {
    candidates = [...occurrences(store, o.entity).byDoc.keys()];
  }
  const window = index.newest(o.docs ?? 2000, { from: o.from, to: o.to, among: candidates });
  const docsJson = JSON.stringify(window);
  const keyed = keyedEntityRows(store);
  const rows = store.db
    .prepare(
      `SELECT a.doc_rowid, a.item_id, a.type, a.label, ${keyed.key}, json_extract(a.json, '$.mentions') FROM annotations a ${keyed.join}
       WHERE a.layer = 'entities' AND a.doc_rowid IN (SELECT value FROM json_each(?))`,
    )
    .raw()
    .all(docsJson) as Array<[number, string, string, string, string, string | null]>;
  // Sentence starts per document, to place mentions in sentences.
  const sentenceStarts = new Map<number, number[]>();
  for (const [doc, sentences] of store.db
    .prepare(`SELECT rowid, json_extract(document_json, '$.sentences') FROM documents WHERE rowid IN (SELECT value FROM json_each(?))`)
    .raw()
    .iterate(docsJson) as Iterable<[number, string | null]>) {
    try {
      sentenceStarts.set(doc, (JSON.parse(sentences ?? '[]') as Array<{ start: number }>).map((x) => x.start));
    } catch {
      sentenceStarts.set(doc, []);
    }
  }
  const sentenceOf = (starts: number[], offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  /** Per document: sentence index → entity keys mentioned in it. */
  const bySentence = new Map<number, Map<number, Set<string>>>();
  const types = new Set(o.types);
  const keysByDoc = new Map<number, Map<string, string>>();
  const counts = new Map<string, GraphNode>();
  for (const [doc, id, type, label, key, mentionsJson] of rows) {
    const m = keysByDoc.get(doc) ?? new Map<string, string>();
    m.set(id, key);
    if (!m.has(label)) m.set(label, key);
    keysByDoc.set(doc, m);
    const starts = sentenceStarts.get(doc) ?? [];
    const sentences = bySentence.get(doc) ?? new Map<number, Set<string>>();
    bySentence.set(doc, sentences);
    let mentions: Array<{ start?: number }> = [];
    try {
      mentions = JSON.parse(mentionsJson ?? '[]') as Array<{ start?: number }>;
    } catch {
      mentions = [];
    }
    for (const mention of mentions) {
      if (typeof mention.start !== 'number') continue;
      const i = sentenceOf(starts, mention.start);
      const set = sentences.get(i) ?? new Set<string>();
      set.add(key);
      sentences.set(i, set);
    }
    if (!types.has(type)) continue;
    const n = counts.get(key) ?? { id: key, label, type, documents: 0 };
    counts.set(key, n);
  }
  for (const m of keysByDoc.values()) for (const key of new Set(m.values())) {
    const n = counts.get(key);
    if (n) n.documents++;
  }
  const nodeList = [...counts.values()].sort((a, b) => b.documents - a.documents || (a.id < b.id ? -1 : 1)).slice(0, o.nodes);
  const nodes = new Map(nodeList.map((n) => [n.id, n]));
  const edges = new Map<string, GraphEdge>();
  const addEdge = (a: string, b: string, type: string, w: number, directed: boolean) => {
    if (a === b || !nodes.has(a) || !nodes.has(b)) return;
    const [s, t] = directed || a < b ? [a, b] : [b, a];
    const k = `${s}\u0000${t}\u0000${type}`;
    const e = edges.get(k) ?? { source: s, target: t, type, weight: 0 };
    e.weight += w;
    edges.set(k, e);
  };
  // Co-occurrence: weighted by the documents in which both are named in one sentence.
  for (const sentences of bySentence.values()) {
    const pairs = new Set<string>();
    for (const keys of sentences.values()) {
      const present = [...keys].filter((k) => nodes.has(k)).sort();
      for (let i = 0; i < present.length; i++) for (let j = i + 1; j < present.length; j++) pairs.add(`${present[i]}\u0000${present[j]}`);
    }
    for (const p of pairs) {
      const [a, b] = p.split('\u0000');
      addEdge(a, b, 'co-occurrence', 1, false);
    }
  }
  const evRows = store.db
    .prepare(
      `SELECT e.doc_rowid, e.type, json_extract(e.json, '$.actors'), json_extract(e.json, '$.recipients'), ${STORY_KEY_SQL} FROM annotations e
       WHERE e.layer = 'events' AND e.doc_rowid IN (SELECT value FROM json_each(?)) ORDER BY e.doc_rowid`,
    )
    .raw()
    .all(docsJson) as Array<[number, string | null, string | null, string | null, string | null]>;
  // each story event once, however many near-duplicate documents of the window tell it
  const told = new Set<string>();
  for (const [doc, evType, actorsJson, recipientsJson, story] of evRows) {
    const m = keysByDoc.get(doc);
    if (!m) continue;
    if (story !== null) {
      if (told.has(story)) continue;
      told.add(story);
    }
    const keyOf = (v: string) => m.get(v);
    const actors = idList(actorsJson).map(keyOf).filter((k): k is string => !!k);
    const recipients = idList(recipientsJson).map(keyOf).filter((k): k is string => !!k);
    const type = evType ?? 'event';
    if (recipients.length) for (const a of actors) for (const b of recipients) addEdge(a, b, type, 1, true);
    else for (let i = 0; i < actors.length; i++) for (let j = i + 1; j < actors.length; j++) addEdge(actors[i], actors[j], type, 1, false);
  }
  const edgeList = [...edges.values()].filter((e) => e.weight >= o.minWeight).sort((a, b) => b.weight - a.weight);
  return { documents: window.length, nodes: nodeList, edges: edgeList };
}
