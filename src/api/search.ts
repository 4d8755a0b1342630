import { ftsQuery, type SearchHit, type SearchOptions, type Store } from '../store/index.ts';

/** Above this many full-text matches, hits come newest first instead of by BM25 (ranking them all would cost too much). */
export const RELEVANCE_LIMIT = 2000;

export interface SearchResult {
  total: number;
  /** How hits are ordered: BM25 relevance, or newest first (large match sets, or no words). */
  sort: 'relevance' | 'recent';
  hits: SearchHit[];
}

function nextDay(date: string): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Full-text search with filters, shaped for the API on large databases: every filter is an indexed
 * condition (entity and event filters go through the annotation indexes; dates compare as strings on
 * the published index), counts avoid ranking, and large match sets are returned newest first.
 * Same semantics as `Store.search` except for that ordering and exact (case-sensitive) entity names.
 */
export function searchDocuments(store: Store, query: string, o: SearchOptions = {}): SearchResult {
  const conds: string[] = [];
  const params: unknown[] = [];
  if (o.lang) {
    conds.push('d.lang = ?');
    params.push(o.lang);
  }
  if (o.from) {
    conds.push('d.published >= ?');
    params.push(o.from);
  }
  if (o.to) {
    conds.push('d.published < ?');
    params.push(nextDay(o.to));
  }
  if (o.entity) {
    conds.push(`d.rowid IN (SELECT doc_rowid FROM annotations WHERE layer = 'entities' AND label = ? UNION SELECT doc_rowid FROM annotations WHERE layer = 'entities' AND ref = ?)`);
    params.push(o.entity, o.entity);
  }
  if (o.eventType && o.modality) {
    conds.push(`d.rowid IN (SELECT doc_rowid FROM annotations WHERE layer = 'events' AND type = ? AND label = ?)`);
    params.push(o.eventType, o.modality);
  } else if (o.eventType) {
    conds.push(`d.rowid IN (SELECT doc_rowid FROM annotations WHERE layer = 'events' AND type = ?)`);
    params.push(o.eventType);
  } else if (o.modality) {
    conds.push(`d.rowid IN (SELECT doc_rowid FROM annotations WHERE layer = 'events' AND label = ?)`);
    params.push(o.modality);
  }
  const limit = o.limit ?? 20;
  const offset = o.offset ?? 0;
  const fts = ftsQuery(query);
  const where = conds.length ? conds.join(' AND ') : '1';
  if (!fts) {
    const total = (store.db.prepare(`SELECT count(*) AS n FROM documents d WHERE ${where}`).get(...params) as { n: number }).n;
    const hits = store.db
      .prepare(
        `SELECT d.id, d.title, d.published, d.source, d.lang, substr(d.text, 1, 200) AS snippet, 0 AS rank
         FROM documents d WHERE ${where} ORDER BY d.published DESC, d.rowid DESC LIMIT ? OFFSET ?`,
      )
      .all(...params, limit, offset) as SearchHit[];
    return { total, sort: 'recent', hits };
  }
  const matches = (store.db.prepare('SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH ?').get(fts) as { n: number }).n;
  const total = conds.length
    ? (store.db.prepare(`SELECT count(*) AS n FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid WHERE documents_fts MATCH ? AND ${where}`).get(fts, ...params) as { n: number }).n
    : matches;
  const sort = matches <= RELEVANCE_LIMIT ? 'relevance' : 'recent';
  const hits = store.db
    .prepare(
      `SELECT d.id, d.title, d.published, d.source, d.lang, snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet, ${sort === 'relevance' ? 'bm25(documents_fts)' : '0'} AS rank
       FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
       WHERE documents_fts MATCH ? AND ${where}
       ORDER BY ${sort === 'relevance' ? 'rank' : 'documents_fts.rowid DESC'} LIMIT ? OFFSET ?`,
    )
    .all(fts, ...params, limit, offset) as SearchHit[];
  return { total, sort, hits };
}
