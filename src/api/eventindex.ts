import type { Store } from '../store/index.ts';

/** The date an event is placed at: its time expression's value when it is a calendar date, else the article date. */
export const EVENT_DATE_SQL = `coalesce(
  CASE WHEN t.label GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(t.label, 1, 10) END,
  CASE WHEN e.ref GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(e.ref, 1, 10) END,
  substr(d.published, 1, 10))`;

/**
 * The story event an annotated event `e` belongs to: its story id and signature (src/events/storyEvents.ts), joined by
 * U+0001; NULL for an event stored without story events (databases filled before migration 3, or bulk-inserted).
 */
export const STORY_KEY_SQL = `(SELECT m.story_id || char(1) || m.signature FROM story_event_mentions m
  WHERE m.doc_rowid = e.doc_rowid AND m.event_id = e.item_id LIMIT 1)`;

export interface IndexedEvent {
  doc: number;
  id: string;
  type: string;
  modality: string;
  date: string | null;
  /** "\u0001a\u0001b\u0001" of actor and recipient ids (entity ids in the document, or names). */
  people: string;
  /** Story id and signature joined by U+0001 (one real-world event of a story); null when stored without one. */
  story: string | null;
}

/**
 * One event of a story, however many near-duplicate documents tell it: its tellings (one annotated event per
 * document) and the one that stands for it — the earliest dated telling, the first stored among equals.
 */
export interface IndexedStoryEvent {
  rep: IndexedEvent;
  members: IndexedEvent[];
}

export interface EventQuery {
  type?: string;
  modality?: string;
  from?: string;
  to?: string;
  /** Only events with an actor or recipient among the given ids in one of their documents. */
  people?: Map<number, Set<string>>;
  /** Only the events of this document (its own annotated events, each standing for its story event). */
  doc?: number;
}

/** Whether telling a should stand for its story event rather than b: the earlier date, else the first stored. */
function earlier(a: IndexedEvent, b: IndexedEvent): boolean {
  if (a.date !== b.date) return b.date === null ? a.date !== null : a.date !== null && a.date < b.date;
  return a.doc < b.doc || (a.doc === b.doc && a.id < b.id);
}

/**
 * Every event's type, modality, resolved date, participants and story event, in memory, grouped into story events
 * (an event told in near-duplicate documents is one), newest date first (undated last); loaded once and extended when
 * documents are added. Event lists and timeline buckets filter it instead of joining every event with its time
 * expression on each request.
 */
export class EventIndex {
  private groups: IndexedStoryEvent[] = [];
  private byStory = new Map<string, IndexedStoryEvent>();
  private sorted = true;
  private maxRowid = 0;
  private count = 0;

  constructor(private readonly store: Store) {}

  refresh(): void {
    const { n, m } = this.store.db.prepare('SELECT count(*) AS n, coalesce(max(rowid), 0) AS m FROM documents').get() as { n: number; m: number };
    if (n === this.count && m === this.maxRowid) return;
    let from = this.maxRowid;
    if (n < this.count || m < this.maxRowid) {
      this.groups = [];
      this.byStory = new Map();
      from = 0;
    }
    const rows = this.store.db
      .prepare(
        `SELECT e.doc_rowid, e.item_id, e.type, e.label, ${EVENT_DATE_SQL} AS date, json_extract(e.json, '$.actors') AS actors, json_extract(e.json, '$.recipients') AS recipients,
           ${STORY_KEY_SQL} AS story
         FROM annotations e JOIN documents d ON d.rowid = e.doc_rowid
         LEFT JOIN annotations t ON t.doc_rowid = e.doc_rowid AND t.layer = 'times' AND t.item_id = e.ref
         WHERE e.layer = 'events' AND e.doc_rowid > ?`,
      )
      .raw()
      .iterate(from) as Iterable<[number, string, string | null, string | null, string | null, string | null, string | null, string | null]>;
    for (const [doc, id, type, modality, date, actors, recipients, story] of rows) {
      const people = [...idList(actors), ...idList(recipients)];
      const e: IndexedEvent = { doc, id, type: type ?? 'event', modality: modality ?? 'asserted', date: date && /^\d{4}/.test(date) ? date : null, people: `\u0001${people.join('\u0001')}\u0001`, story };
      const group = story === null ? undefined : this.byStory.get(story);
      if (!group) {
        const g = { rep: e, members: [e] };
        this.groups.push(g);
        if (story !== null) this.byStory.set(story, g);
        continue;
      }
      group.members.push(e);
      if (earlier(e, group.rep)) group.rep = e;
    }
    this.sorted = false;
    this.count = n;
    this.maxRowid = m;
  }

  /** Matching story events, newest date first, then newest document, then id. */
  query(q: EventQuery): IndexedStoryEvent[] {
    this.refresh();
    if (!this.sorted) {
      this.groups.sort(newestFirst);
      this.sorted = true;
    }
    const out: IndexedStoryEvent[] = [];
    for (const g of this.groups) {
      let rep = g.rep;
      if (q.doc !== undefined) {
        const own = g.members.find((e) => e.doc === q.doc);
        if (!own) continue;
        rep = own;
      }
      if (q.type && rep.type !== q.type) continue;
      if (q.modality && rep.modality !== q.modality) continue;
      if (q.from && (rep.date === null || rep.date < q.from)) continue;
      if (q.to && (rep.date === null || rep.date > q.to)) continue;
      // (a document's own event: its own participants; a story event: those of any telling)
      if (q.people && !(q.doc !== undefined ? [rep] : g.members).some((e) => involves(e, q.people!))) continue;
      out.push(rep === g.rep ? g : { rep, members: g.members });
    }
    if (q.doc !== undefined) out.sort(newestFirst);
    return out;
  }
}

function newestFirst({ rep: a }: IndexedStoryEvent, { rep: b }: IndexedStoryEvent): number {
  return a.date === b.date ? b.doc - a.doc || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1;
}

function involves(e: IndexedEvent, people: Map<number, Set<string>>): boolean {
  const ids = people.get(e.doc);
  if (!ids) return false;
  for (const id of ids) if (e.people.includes(`\u0001${id}\u0001`)) return true;
  return false;
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
