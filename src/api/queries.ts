import type { Store } from '../store/index.ts';
import { searchIndex } from './search.ts';

/**
 * Read models over the `annotations` table: entities (grouped by canonical id, else by type and name),
 * events, timeline buckets and the actor graph. They read whatever layers the pipeline produced and
 * return empty lists when a layer is missing.
 */

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export const MODALITIES = ['asserted', 'planned', 'negated', 'hypothetical', 'reported', 'historical'] as const;

/** Key of an entity across documents: its canonical id, else "TYPE:name". */
export function entityKey(ref: string | null, type: string | null, label: string | null): string {
  return ref ?? `${type ?? 'MISC'}:${label ?? ''}`;
}

const KEY_SQL = (a: string) => `coalesce(${a}.ref, ${a}.type || ':' || ${a}.label)`;

/** SQL condition (and params) matching entity annotation rows `a` for a key, a canonical id or a bare name. */
function entityCondition(a: string, key: string): { sql: string; params: unknown[] } {
  const m = /^(PER|ORG|LOC|MISC):(.+)$/s.exec(key);
  if (m) return { sql: `(${a}.ref = ? OR (${a}.ref IS NULL AND ${a}.type = ? AND ${a}.label = ?))`, params: [key, m[1], m[2]] };
  return { sql: `(${a}.ref = ? OR ${a}.label = ?)`, params: [key, key] };
}

/** The date an event is placed at: its time expression's value when it is a calendar date, else the article date. */
const EVENT_DATE_SQL = `coalesce(
  CASE WHEN t.label GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(t.label, 1, 10) END,
  CASE WHEN e.ref GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(e.ref, 1, 10) END,
  substr(d.published, 1, 10))`;

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export interface EntitySummary {
  key: string;
  name: string;
  type: string;
  canonicalId: string | null;
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
 * type and canonical id are each name's dominant ones. Replace with the entity registry once it exists.
 */
export function listEntities(store: Store, o: { q?: string; type?: string; limit: number; offset: number }): Page<EntitySummary> {
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
}

export function getEntity(store: Store, key: string, o: { limit: number } = { limit: 100 }) {
  const cond = entityCondition('a', key);
  // Every document with the entity (annotation indexes only), newest published first.
  const index = searchIndex(store);
  index.refresh();
  const all = [...new Set(store.db.prepare(`SELECT a.doc_rowid FROM annotations a WHERE a.layer = 'entities' AND ${cond.sql}`).pluck().all(...cond.params) as number[])];
  if (all.length === 0) return null;
  all.sort((x, y) => index.day(y) - index.day(x) || y - x);
  const totalDocs = all.length;
  const recent = all.slice(0, Math.max(1, o.limit));
  const rows = store.db
    .prepare(
      `SELECT a.doc_rowid, a.item_id, a.type, a.label, a.ref, a.json, d.id, d.title, d.published
       FROM annotations a JOIN documents d ON d.rowid = a.doc_rowid
       WHERE a.layer = 'entities' AND a.doc_rowid IN (${recent.map(() => '?').join(',')}) AND ${cond.sql}`,
    )
    .all(...recent, ...cond.params) as EntityRow[];
  const position = new Map(recent.map((r, i) => [r, i]));
  rows.sort((x, y) => position.get(x.doc_rowid)! - position.get(y.doc_rowid)!);
  const names = new Map<string, number>();
  const documents = new Map<number, { id: string; title: string | null; published: string | null; mentions: number }>();
  const roles: Array<{ title: string; country: string | null; docId: string; published: string | null; text: string }> = [];
  const itemIds = new Map<number, Set<string>>();
  for (const r of rows) {
    const item = JSON.parse(r.json) as { mentions?: unknown[]; roles?: Array<{ title: string; country: string | null; span?: { text?: string } }> };
    names.set(r.label, (names.get(r.label) ?? 0) + 1);
    const doc = documents.get(r.doc_rowid) ?? { id: r.id, title: r.title, published: r.published, mentions: 0 };
    doc.mentions += item.mentions?.length ?? 0;
    documents.set(r.doc_rowid, doc);
    for (const role of item.roles ?? []) roles.push({ title: role.title, country: role.country ?? null, docId: r.id, published: r.published, text: role.span?.text ?? role.title });
    const ids = itemIds.get(r.doc_rowid) ?? new Set<string>();
    ids.add(r.item_id);
    ids.add(r.label);
    itemIds.set(r.doc_rowid, ids);
  }
  const name = [...names.entries()].sort((a, b) => b[1] - a[1])[0][0];
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

  const events = eventsForDocs(store, docRowids).filter((e) => {
    const ids = itemIds.get(e.rowid)!;
    return [...e.item.actors, ...e.item.recipients].some((a) => ids.has(a.id) || a.key === key);
  });

  // Co-occurring entities in the entity's latest documents (at most 500).
  const near = all.slice(0, 500);
  const neighbours = store.db
    .prepare(
      `SELECT ${KEY_SQL('b')} AS key, max(b.label) AS name, max(b.type) AS type, count(DISTINCT b.doc_rowid) AS weight
       FROM annotations b WHERE b.layer = 'entities' AND b.doc_rowid IN (${near.map(() => '?').join(',')})
       AND NOT coalesce(${entityCondition('b', key).sql}, 0)
       GROUP BY key ORDER BY weight DESC, key LIMIT 25`,
    )
    .all(...near, ...entityCondition('b', key).params) as Array<{ key: string; name: string; type: string; weight: number }>;

  const months = new Map<string, number>();
  for (const r of all) {
    const d = index.day(r);
    if (d < 0) continue;
    const month = `${Math.floor(d / 10000)}-${String(Math.floor(d / 100) % 100).padStart(2, '0')}`;
    months.set(month, (months.get(month) ?? 0) + 1);
  }
  const byMonth = [...months.entries()].sort((x, y) => x[0].localeCompare(y[0])).map(([month, documents]) => ({ month, documents }));

  return {
    key,
    name,
    names: [...names.entries()].sort((a, b) => b[1] - a[1]).map(([n, count]) => ({ name: n, count })),
    type: rows[0].type,
    canonicalId: rows.find((r) => r.ref)?.ref ?? null,
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
}

/** Maps entity item ids (and names) of documents to display names and keys. */
function entityMaps(store: Store, rowids: number[]): Map<number, Map<string, { name: string; key: string }>> {
  const out = new Map<number, Map<string, { name: string; key: string }>>();
  if (rowids.length === 0) return out;
  const unique = [...new Set(rowids)];
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500);
    const rows = store.db
      .prepare(`SELECT doc_rowid, item_id, type, label, ref FROM annotations WHERE layer = 'entities' AND doc_rowid IN (${chunk.map(() => '?').join(',')})`)
      .all(...chunk) as Array<{ doc_rowid: number; item_id: string; type: string; label: string; ref: string | null }>;
    for (const r of rows) {
      const m = out.get(r.doc_rowid) ?? new Map();
      const v = { name: r.label, key: entityKey(r.ref, r.type, r.label) };
      m.set(r.item_id, v);
      if (!m.has(r.label)) m.set(r.label, v);
      out.set(r.doc_rowid, m);
    }
  }
  return out;
}

function toEventItems(store: Store, rows: EventRowRaw[]): Array<{ rowid: number; item: EventItem }> {
  const maps = entityMaps(store, rows.map((r) => r.doc_rowid));
  return rows.map((r) => {
    const e = JSON.parse(r.json) as Record<string, unknown>;
    const m = maps.get(r.doc_rowid) ?? new Map();
    const resolve = (v: unknown) => {
      const id = String(v);
      const hit = m.get(id);
      return { id, name: hit?.name ?? id, key: hit?.key ?? null };
    };
    const trigger = e.trigger as { start: number; end: number; text: string } | undefined;
    return {
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
        actors: Array.isArray(e.actors) ? e.actors.map(resolve) : [],
        recipients: Array.isArray(e.recipients) ? e.recipients.map(resolve) : [],
        place: (e.place as string | null) ?? null,
        time: (e.time as string | null) ?? null,
        trigger: trigger && typeof trigger.start === 'number' ? trigger : null,
        sentence: r.sentence,
      },
    };
  });
}

const EVENT_SELECT = `SELECT e.doc_rowid, e.json, d.id, d.title, d.published, ${EVENT_DATE_SQL} AS date,
  substr(d.text, 1 + json_extract(d.document_json, '$.sentences[' || coalesce(json_extract(e.json, '$.sentence'), -1) || '].start'),
    json_extract(d.document_json, '$.sentences[' || coalesce(json_extract(e.json, '$.sentence'), -1) || '].end')
    - json_extract(d.document_json, '$.sentences[' || coalesce(json_extract(e.json, '$.sentence'), -1) || '].start')) AS sentence
  FROM annotations e JOIN documents d ON d.rowid = e.doc_rowid
  LEFT JOIN annotations t ON t.doc_rowid = e.doc_rowid AND t.layer = 'times' AND t.item_id = e.ref`;

function eventsForDocs(store: Store, rowids: number[]): Array<{ rowid: number; item: EventItem }> {
  if (rowids.length === 0) return [];
  const rows = store.db
    .prepare(`${EVENT_SELECT} WHERE e.layer = 'events' AND e.doc_rowid IN (${rowids.map(() => '?').join(',')}) ORDER BY date`)
    .all(...rowids) as EventRowRaw[];
  return toEventItems(store, rows);
}

export interface EventFilters {
  type?: string;
  modality?: string;
  entity?: string;
  from?: string;
  to?: string;
  doc?: string;
}

function eventWhere(f: EventFilters): { sql: string; params: unknown[] } {
  const where = ["e.layer = 'events'"];
  const params: unknown[] = [];
  if (f.type) {
    where.push('e.type = ?');
    params.push(f.type);
  }
  if (f.modality) {
    where.push('e.label = ?');
    params.push(f.modality);
  }
  if (f.doc) {
    where.push('d.id = ?');
    params.push(f.doc);
  }
  if (f.from) {
    where.push(`${EVENT_DATE_SQL} >= ?`);
    params.push(f.from);
  }
  if (f.to) {
    where.push(`${EVENT_DATE_SQL} <= ?`);
    params.push(f.to);
  }
  if (f.entity) {
    const c = entityCondition('x', f.entity);
    // Documents with the entity first (annotation indexes), then events whose actors or recipients are it.
    where.push(`e.doc_rowid IN (SELECT x.doc_rowid FROM annotations x WHERE x.layer = 'entities' AND ${c.sql})`);
    params.push(...c.params);
    where.push(`EXISTS (SELECT 1 FROM annotations x WHERE x.doc_rowid = e.doc_rowid AND x.layer = 'entities' AND ${c.sql}
      AND (EXISTS (SELECT 1 FROM json_each(e.json, '$.actors') j WHERE j.value IN (x.item_id, x.label))
        OR EXISTS (SELECT 1 FROM json_each(e.json, '$.recipients') j WHERE j.value IN (x.item_id, x.label))))`);
    params.push(...c.params);
  }
  return { sql: where.join(' AND '), params };
}

export function listEvents(store: Store, f: EventFilters & { limit: number; offset: number }): Page<EventItem> {
  const w = eventWhere(f);
  const base = `FROM annotations e JOIN documents d ON d.rowid = e.doc_rowid LEFT JOIN annotations t ON t.doc_rowid = e.doc_rowid AND t.layer = 'times' AND t.item_id = e.ref WHERE ${w.sql}`;
  const total = (store.db.prepare(`SELECT count(*) AS n ${base}`).get(...w.params) as { n: number }).n;
  const rows = store.db.prepare(`${EVENT_SELECT} WHERE ${w.sql} ORDER BY date DESC, e.doc_rowid DESC, e.item_id LIMIT ? OFFSET ?`).all(...w.params, f.limit, f.offset) as EventRowRaw[];
  return { total, limit: f.limit, offset: f.offset, items: toEventItems(store, rows).map((r) => r.item) };
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
  const w = eventWhere(f);
  const base = `FROM annotations e JOIN documents d ON d.rowid = e.doc_rowid LEFT JOIN annotations t ON t.doc_rowid = e.doc_rowid AND t.layer = 'times' AND t.item_id = e.ref WHERE ${w.sql}`;
  const grouped = store.db
    .prepare(`SELECT ${EVENT_DATE_SQL} AS date, e.label AS modality, count(*) AS n ${base} GROUP BY date, modality`)
    .all(...w.params) as Array<{ date: string | null; modality: string | null; n: number }>;
  const buckets = new Map<string, Record<string, number>>();
  let undated = 0;
  for (const g of grouped) {
    if (!g.date || !/^\d{4}/.test(g.date)) {
      undated += g.n;
      continue;
    }
    const full = g.date.length >= 10 ? g.date : g.date.length === 7 ? `${g.date}-01` : `${g.date.slice(0, 4)}-01-01`;
    const key = bucketStart(full, f.interval);
    const b = buckets.get(key) ?? {};
    const m = g.modality ?? 'asserted';
    b[m] = (b[m] ?? 0) + g.n;
    buckets.set(key, b);
  }
  const total = grouped.reduce((s, g) => s + g.n, 0);
  const rows = store.db.prepare(`${EVENT_SELECT} WHERE ${w.sql} AND ${EVENT_DATE_SQL} IS NOT NULL ORDER BY date DESC LIMIT ?`).all(...w.params, f.limit) as EventRowRaw[];
  return {
    interval: f.interval,
    total,
    undated,
    buckets: [...buckets.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([start, counts]) => ({ start, total: Object.values(counts).reduce((s, n) => s + n, 0), counts })),
    items: toEventItems(store, rows).map((r) => r.item),
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
 * Actor network: the most frequent entities (or one entity and its neighbours) as nodes;
 * `co-occurrence` edges weighted by shared documents, and one edge per event type between
 * actors and recipients (or co-actors), weighted by the number of events.
 */
export function graph(store: Store, o: { entity?: string; types: string[]; nodes: number; minWeight: number; from?: string; to?: string }) {
  const dateWhere: string[] = [];
  const dateParams: unknown[] = [];
  if (o.from) {
    dateWhere.push('d.published >= ?');
    dateParams.push(o.from);
  }
  if (o.to) {
    dateWhere.push('substr(d.published, 1, 10) <= ?');
    dateParams.push(o.to);
  }
  const typeSql = `a.type IN (${o.types.map(() => '?').join(',')})`;
  let docFilter = '';
  const docParams: unknown[] = [];
  if (o.entity) {
    const c = entityCondition('x', o.entity);
    docFilter = `AND a.doc_rowid IN (SELECT x.doc_rowid FROM annotations x WHERE x.layer = 'entities' AND ${c.sql})`;
    docParams.push(...c.params);
  }
  const joinDocs = dateWhere.length ? `JOIN documents d ON d.rowid = a.doc_rowid AND ${dateWhere.join(' AND ')}` : '';
  const nodeRows = store.db
    .prepare(
      `SELECT ${KEY_SQL('a')} AS id, max(a.label) AS label, max(a.type) AS type, count(DISTINCT a.doc_rowid) AS documents
       FROM annotations a ${joinDocs} WHERE a.layer = 'entities' AND ${typeSql} ${docFilter}
       GROUP BY id ORDER BY documents DESC, id LIMIT ?`,
    )
    .all(...dateParams, ...o.types, ...docParams, o.nodes) as GraphNode[];
  const nodes = new Map(nodeRows.map((n) => [n.id, n]));
  const edges = new Map<string, GraphEdge>();
  const addEdge = (a: string, b: string, type: string, w: number, directed: boolean) => {
    if (a === b || !nodes.has(a) || !nodes.has(b)) return;
    const [s, t] = directed || a < b ? [a, b] : [b, a];
    const k = `${s}\u0000${t}\u0000${type}`;
    const e = edges.get(k) ?? { source: s, target: t, type, weight: 0 };
    e.weight += w;
    edges.set(k, e);
  };
  if (nodes.size > 1) {
    const ids = [...nodes.keys()];
    const inList = ids.map(() => '?').join(',');
    const pairs = store.db
      .prepare(
        `WITH n AS (SELECT DISTINCT a.doc_rowid, ${KEY_SQL('a')} AS id FROM annotations a ${joinDocs}
                    WHERE a.layer = 'entities' AND ${KEY_SQL('a')} IN (${inList}) ${docFilter})
         SELECT x.id AS a, y.id AS b, count(*) AS w FROM n x JOIN n y ON x.doc_rowid = y.doc_rowid AND x.id < y.id
         GROUP BY x.id, y.id`,
      )
      .all(...dateParams, ...ids, ...docParams) as Array<{ a: string; b: string; w: number }>;
    for (const p of pairs) addEdge(p.a, p.b, 'co-occurrence', p.w, false);

    const evRows = store.db
      .prepare(
        `SELECT e.doc_rowid, e.type, e.json FROM annotations e ${dateWhere.length ? 'JOIN documents d ON d.rowid = e.doc_rowid' : ''}
         WHERE e.layer = 'events' ${dateWhere.length ? `AND ${dateWhere.join(' AND ')}` : ''}
         AND e.doc_rowid IN (SELECT a.doc_rowid FROM annotations a WHERE a.layer = 'entities' AND ${KEY_SQL('a')} IN (${inList}))
         ORDER BY e.doc_rowid DESC LIMIT 20000`,
      )
      .all(...dateParams, ...ids) as Array<{ doc_rowid: number; type: string | null; json: string }>;
    const maps = entityMaps(store, evRows.map((r) => r.doc_rowid));
    for (const r of evRows) {
      const e = JSON.parse(r.json) as { actors?: string[]; recipients?: string[] };
      const m = maps.get(r.doc_rowid);
      if (!m) continue;
      const keyOf = (v: string) => m.get(v)?.key;
      const actors = (e.actors ?? []).map(keyOf).filter((k): k is string => !!k);
      const recipients = (e.recipients ?? []).map(keyOf).filter((k): k is string => !!k);
      const type = r.type ?? 'event';
      if (recipients.length) for (const a of actors) for (const b of recipients) addEdge(a, b, type, 1, true);
      else for (let i = 0; i < actors.length; i++) for (let j = i + 1; j < actors.length; j++) addEdge(actors[i], actors[j], type, 1, false);
    }
  }
  const edgeList = [...edges.values()].filter((e) => e.weight >= o.minWeight).sort((a, b) => b.weight - a.weight);
  return { nodes: [...nodes.values()], edges: edgeList };
}
