import type { Store } from '../store/index.ts';

/** The date an event is placed at: its time expression's value when it is a calendar date, else the article date. */
export const EVENT_DATE_SQL = `coalesce(
  CASE WHEN t.label GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(t.label, 1, 10) END,
  CASE WHEN e.ref GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(e.ref, 1, 10) END,
  substr(d.published, 1, 10))`;

export interface IndexedEvent {
  doc: number;
  id: string;
  type: string;
  modality: string;
  date: string | null;
  /** "\u0001a\u0001b\u0001" of actor and recipient ids (entity ids in the document, or names). */
  people: string;
}

export interface EventQuery {
  type?: string;
  modality?: string;
  from?: string;
  to?: string;
  /** Only events of these documents, with an actor or recipient among the given ids. */
  people?: Map<number, Set<string>>;
  doc?: number;
}

/**
 * Every event's type, modality, resolved date and participants, in memory, newest date first
 * (undated last); loaded once and extended when documents are added. Event lists and timeline
 * buckets filter it instead of joining every event with its time expression on each request.
 */
export class EventIndex {
  private events: IndexedEvent[] = [];
  private sorted = true;
  private maxRowid = 0;
  private count = 0;

  constructor(private readonly store: Store) {}

  refresh(): void {
    const { n, m } = this.store.db.prepare('SELECT count(*) AS n, coalesce(max(rowid), 0) AS m FROM documents').get() as { n: number; m: number };
    if (n === this.count && m === this.maxRowid) return;
    let from = this.maxRowid;
    if (n < this.count || m < this.maxRowid) {
      this.events = [];
      from = 0;
    }
    const rows = this.store.db
      .prepare(
        `SELECT e.doc_rowid, e.item_id, e.type, e.label, ${EVENT_DATE_SQL} AS date, json_extract(e.json, '$.actors') AS actors, json_extract(e.json, '$.recipients') AS recipients
         FROM annotations e JOIN documents d ON d.rowid = e.doc_rowid
         LEFT JOIN annotations t ON t.doc_rowid = e.doc_rowid AND t.layer = 'times' AND t.item_id = e.ref
         WHERE e.layer = 'events' AND e.doc_rowid > ?`,
      )
      .raw()
      .iterate(from) as Iterable<[number, string, string | null, string | null, string | null, string | null, string | null]>;
    for (const [doc, id, type, modality, date, actors, recipients] of rows) {
      const people = [...idList(actors), ...idList(recipients)];
      this.events.push({ doc, id, type: type ?? 'event', modality: modality ?? 'asserted', date: date && /^\d{4}/.test(date) ? date : null, people: `\u0001${people.join('\u0001')}\u0001` });
    }
    this.sorted = false;
    this.count = n;
    this.maxRowid = m;
  }

  /** Matching events, newest date first, then newest document, then id. */
  query(q: EventQuery): IndexedEvent[] {
    this.refresh();
    if (!this.sorted) {
      this.events.sort((a, b) => (a.date === b.date ? b.doc - a.doc || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1));
      this.sorted = true;
    }
    const out: IndexedEvent[] = [];
    for (const e of this.events) {
      if (q.type && e.type !== q.type) continue;
      if (q.modality && e.modality !== q.modality) continue;
      if (q.doc !== undefined && e.doc !== q.doc) continue;
      if (q.from && (e.date === null || e.date < q.from)) continue;
      if (q.to && (e.date === null || e.date > q.to)) continue;
      if (q.people) {
        const ids = q.people.get(e.doc);
        if (!ids) continue;
        let hit = false;
        for (const id of ids) if (e.people.includes(`\u0001${id}\u0001`)) hit = true;
        if (!hit) continue;
      }
      out.push(e);
    }
    return out;
  }
}

const indexes = new WeakMap<Store, EventIndex>();

export function eventIndex(store: Store): EventIndex {
  let i = indexes.get(store);
  if (!i) indexes.set(store, (i = new EventIndex(store)));
  return i;
}

/** A JSON array of ids read from an annotation column (actors, recipients); anything else is empty. */
export function idList(v: string | null): string[] {
  try {
    const a = v ? (JSON.parse(v) as unknown) : [];
    return Array.isArray(a) ? a.map(String) : [];
  } catch {
    return [];
  }
}
