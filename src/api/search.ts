import { ftsQuery, type SearchHit, type SearchOptions, type Store } from '../store/index.ts';
import { hasRegistry, registryIdFor } from './entitykeys.ts';

/** Above this many full-text matches, hits come newest first instead of by BM25 (ranking them all would cost too much). */
export const RELEVANCE_LIMIT = 2000;

export interface SearchResult {
  total: number;
  /** How hits are ordered: BM25 relevance, or newest first (large match sets, or no words). */
  sort: 'relevance' | 'recent';
  hits: SearchHit[];
}

/** YYYY-MM-DD… → YYYYMMDD as a number (-1 when missing or malformed). */
export function dayNumber(date: string | null | undefined): number {
  if (!date) return -1;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return m ? Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]) : -1;
}

/**
 * Search over the store, shaped for large databases. A compact in-memory table of every document's
 * published day and language (a few bytes per document, refreshed incrementally when rows are added)
 * lets date and language filters run without reading the wide document rows; entity and event filters
 * are rowid sets read from the annotation indexes; full-text matches come from the FTS doclist.
 * Only the returned page is read from the documents table.
 */
export class SearchIndex {
  private days = new Int32Array(0);
  private langs = new Uint16Array(0);
  private langCodes = new Map<string, number>();
  private maxRowid = 0;
  private count = 0;
  private order: Int32Array | null = null;

  constructor(private readonly store: Store) {}

  /** Loads rows added since the last call (a full reload if rows disappeared). */
  refresh(): void {
    const { m, n } = this.store.db.prepare('SELECT coalesce(max(rowid), 0) AS m, count(*) AS n FROM documents').get() as { m: number; n: number };
    if (m === this.maxRowid && n === this.count) return;
    let from = this.maxRowid;
    if (n < this.count || m < this.maxRowid) {
      from = 0;
      this.days = new Int32Array(0);
      this.langs = new Uint16Array(0);
    }
    if (m + 1 > this.days.length) {
      const size = Math.max(m + 1, Math.ceil(this.days.length * 1.5));
      const days = new Int32Array(size).fill(-2); // -2: no such row
      days.set(this.days);
      const langs = new Uint16Array(size);
      langs.set(this.langs);
      this.days = days;
      this.langs = langs;
    }
    const rows = this.store.db.prepare('SELECT rowid AS r, published AS p, lang AS l FROM documents WHERE rowid > ?').raw().iterate(from) as Iterable<[number, string | null, string | null]>;
    for (const [r, p, l] of rows) {
      this.days[r] = dayNumber(p);
      let code = 0;
      if (l) {
        code = this.langCodes.get(l) ?? this.langCodes.size + 1;
        this.langCodes.set(l, code);
      }
      this.langs[r] = code;
    }
    this.maxRowid = m;
    this.count = n;
    this.order = null;
  }

  /** Published day of a document as YYYYMMDD (-1 undated, -2 no such document); call refresh() first. */
  day(rowid: number): number {
    return rowid < this.days.length ? this.days[rowid] : -2;
  }

  /** Up to `n` rowids, newest published first, optionally within a date range and among given rowids. */
  newest(n: number, o: { from?: string; to?: string; among?: number[] | null } = {}): number[] {
    this.refresh();
    const from = o.from ? dayNumber(o.from) : -1;
    const to = o.to ? dayNumber(o.to) : -1;
    const ok = (r: number) => {
      const d = this.days[r];
      if (d === -2 || r >= this.days.length) return false;
      if (o.from && d < from) return false;
      if (o.to && (d < 0 || d > to)) return false;
      return true;
    };
    if (o.among) {
      const ids = o.among.filter(ok);
      ids.sort((a, b) => this.days[b] - this.days[a] || b - a);
      return ids.slice(0, n);
    }
    const out: number[] = [];
    for (const r of this.byDate()) {
      if (out.length >= n) break;
      if (ok(r)) out.push(r);
    }
    return out;
  }

  /** Every rowid, newest published first (undated last), ties by rowid descending. */
  private byDate(): Int32Array {
    if (this.order) return this.order;
    const ids: number[] = [];
    for (let r = 1; r < this.days.length; r++) if (this.days[r] !== -2) ids.push(r);
    const d = this.days;
    ids.sort((a, b) => d[b] - d[a] || b - a);
    this.order = Int32Array.from(ids);
    return this.order;
  }

  private rowidSet(sql: string, params: unknown[]): Set<number> {
    return new Set(this.store.db.prepare(sql).pluck().all(...params) as number[]);
  }

  search(query: string, o: SearchOptions = {}): SearchResult {
    this.refresh();
    const db = this.store.db;
    const fromDay = o.from ? dayNumber(o.from) : -1;
    const toDay = o.to ? dayNumber(o.to) : -1;
    const lang = o.lang ? (this.langCodes.get(o.lang) ?? -1) : 0;
    const sets: Array<Set<number>> = [];
    if (o.entity) {
      // A name or canonical id in the documents, or a registry entity (following merges).
      const typed = /^(?:PER|ORG|LOC|MISC):(.+)$/s.exec(o.entity);
      const set = this.rowidSet(`SELECT doc_rowid FROM annotations WHERE layer = 'entities' AND label = ? UNION SELECT doc_rowid FROM annotations WHERE layer = 'entities' AND ref = ?`, [typed ? typed[1] : o.entity, o.entity]);
      const registryId = hasRegistry(this.store) ? registryIdFor(this.store, o.entity) : null;
      if (registryId) for (const r of this.rowidSet('SELECT doc_rowid FROM entity_documents WHERE entity_id = ?', [registryId])) set.add(r);
      sets.push(set);
    }
    if (o.eventType || o.modality) {
      const c = ["layer = 'events'"];
      const p: unknown[] = [];
      if (o.eventType) {
        c.push('type = ?');
        p.push(o.eventType);
      }
      if (o.modality) {
        c.push('label = ?');
        p.push(o.modality);
      }
      sets.push(this.rowidSet(`SELECT DISTINCT doc_rowid FROM annotations WHERE ${c.join(' AND ')}`, p));
    }
    sets.sort((a, b) => a.size - b.size);
    const days = this.days;
    const langs = this.langs;
    const filtered = o.from || o.to || o.lang || sets.length > 0;
    const pass = (r: number): boolean => {
      const d = days[r];
      if (d === -2) return false;
      if (o.from && d < fromDay) return false;
      if (o.to && (d < 0 || d > toDay)) return false;
      if (o.lang && langs[r] !== lang) return false;
      for (const s of sets) if (!s.has(r)) return false;
      return true;
    };
    const limit = o.limit ?? 20;
    const offset = o.offset ?? 0;
    const fts = ftsQuery(query);

    if (!fts) {
      let total: number;
      let page: number[];
      if (!filtered) {
        const all = this.byDate();
        total = all.length;
        page = Array.from(all.subarray(offset, offset + limit));
      } else if (sets.length && sets[0].size < 5000) {
        const ids = [...sets[0]].filter(pass).sort((a, b) => days[b] - days[a] || b - a);
        total = ids.length;
        page = ids.slice(offset, offset + limit);
      } else {
        page = [];
        total = 0;
        for (const r of this.byDate()) {
          if (!pass(r)) continue;
          if (total >= offset && page.length < limit) page.push(r);
          total++;
        }
      }
      return { total, sort: 'recent', hits: this.rows(page, null) };
    }

    const matches = (db.prepare('SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?').pluck().get(fts) as number);
    const sort = matches <= RELEVANCE_LIMIT ? 'relevance' : 'recent';
    let total: number;
    let page: number[];
    let ranks: Map<number, number> | null = null;
    if (sort === 'relevance') {
      const ranked = (db.prepare('SELECT rowid, rank FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank').raw().all(fts) as Array<[number, number]>).filter(([r]) => !filtered || pass(r));
      total = ranked.length;
      const slice = ranked.slice(offset, offset + limit);
      ranks = new Map(slice);
      page = slice.map(([r]) => r);
    } else if (!filtered) {
      total = matches;
      const all = (db.prepare('SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?').pluck().all(fts) as number[]);
      page = all.sort((a, b) => days[b] - days[a] || b - a).slice(offset, offset + limit);
    } else {
      const ids = (db.prepare('SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?').pluck().all(fts) as number[]).filter(pass);
      total = ids.length;
      page = ids.sort((a, b) => days[b] - days[a] || b - a).slice(offset, offset + limit);
    }
    return { total, sort, hits: this.rows(page, fts, ranks) };
  }

  /** The hits for a page of rowids, in that order; with a query, snippets mark the matched words. */
  private rows(page: number[], fts: string | null, ranks: Map<number, number> | null = null): SearchHit[] {
    if (page.length === 0) return [];
    const ph = page.map(() => '?').join(',');
    const rows = (fts
      ? this.store.db
          .prepare(
            `SELECT documents_fts.rowid AS r, d.id, d.title, d.published, d.source, d.lang, snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet, 0 AS rank
             FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid WHERE documents_fts MATCH ? AND documents_fts.rowid IN (${ph})`,
          )
          .all(fts, ...page)
      : this.store.db
          .prepare(`SELECT rowid AS r, id, title, published, source, lang, substr(text, 1, 200) AS snippet, 0 AS rank FROM documents WHERE rowid IN (${ph})`)
          .all(...page)) as Array<SearchHit & { r: number }>;
    const byRow = new Map(rows.map((x) => [x.r, x]));
    return page.map((r) => byRow.get(r)).filter((x): x is SearchHit & { r: number } => !!x).map(({ r, ...hit }) => ({ ...hit, rank: ranks?.get(r) ?? 0 }));
  }
}

const indexes = new WeakMap<Store, SearchIndex>();

/** The store's shared SearchIndex (loaded on first use). */
export function searchIndex(store: Store): SearchIndex {
  let index = indexes.get(store);
  if (!index) {
    index = new SearchIndex(store);
    indexes.set(store, index);
  }
  return index;
}

export function searchDocuments(store: Store, query: string, o: SearchOptions = {}): SearchResult {
  return searchIndex(store).search(query, o);
}
