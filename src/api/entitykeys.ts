import type { Store } from '../store/index.ts';

/** Cross-document entity keys: registry ids when the entity registry is in use, else canonical id or TYPE:name. */

/** Key of an entity across documents: its canonical id, else "TYPE:name". */
export function entityKey(ref: string | null, type: string | null, label: string | null): string {
  return ref ?? `${type ?? 'MISC'}:${label ?? ''}`;
}

export const KEY_SQL = (a: string) => `coalesce(${a}.ref, ${a}.type || ':' || ${a}.label)`;

/** SQL condition (and params) matching entity annotation rows `a` for a key: a canonical id, TYPE:name (with or without a canonical id) or a bare name. */
export function entityCondition(a: string, key: string): { sql: string; params: unknown[] } {
  const m = /^(PER|ORG|LOC|MISC):(.+)$/s.exec(key);
  if (m) return { sql: `(${a}.ref = ? OR (${a}.type = ? AND ${a}.label = ?))`, params: [key, m[1], m[2]] };
  return { sql: `(${a}.ref = ? OR ${a}.label = ?)`, params: [key, key] };
}

/** Whether the store has the entity registry (migration 2) with entities in it. */
export function hasRegistry(store: Store): boolean {
  const table = store.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'entity_registry'").get();
  return !!table && !!store.db.prepare('SELECT 1 FROM entity_registry LIMIT 1').get();
}

/** The registry id for a key: the key itself when registered (following merges), else the registry entity of one of the key's annotations. */
export function registryIdFor(store: Store, key: string): string | null {
  if (!hasRegistry(store)) return null;
  const seen = new Set<string>();
  let cur: string | null = key;
  while (cur && !seen.has(cur)) {
    seen.add(cur);
    const row = store.db.prepare('SELECT id, merged_into FROM entity_registry WHERE id = ?').get(cur) as { id: string; merged_into: string | null } | undefined;
    if (!row) break;
    if (!row.merged_into) return row.id;
    cur = row.merged_into;
  }
  const c = entityCondition('a', key);
  return (
    (store.db
      .prepare(
        `SELECT entity_id FROM (SELECT ed.entity_id FROM annotations a JOIN entity_documents ed ON ed.doc_rowid = a.doc_rowid AND ed.local_id = a.item_id
           WHERE a.layer = 'entities' AND ${c.sql} LIMIT 500)
         GROUP BY entity_id ORDER BY count(*) DESC LIMIT 1`,
      )
      .pluck()
      .get(...c.params) as string | undefined) ?? null
  );
}

/** Where an entity occurs: document rowid → its ids in that document (local entity ids and names). */
export function occurrences(store: Store, key: string): { registryId: string | null; byDoc: Map<number, Set<string>> } {
  const registryId = registryIdFor(store, key);
  const rows = registryId
    ? (store.db
        .prepare(
          `SELECT ed.doc_rowid, ed.local_id, a.label FROM entity_documents ed
           LEFT JOIN annotations a ON a.doc_rowid = ed.doc_rowid AND a.layer = 'entities' AND a.item_id = ed.local_id
           WHERE ed.entity_id = ?`,
        )
        .raw()
        .all(registryId) as Array<[number, string, string | null]>)
    : (store.db.prepare(`SELECT a.doc_rowid, a.item_id, a.label FROM annotations a WHERE a.layer = 'entities' AND ${entityCondition('a', key).sql}`).raw().all(...entityCondition('a', key).params) as Array<[number, string, string | null]>);
  const byDoc = new Map<number, Set<string>>();
  for (const [doc, id, label] of rows) {
    const set = byDoc.get(doc) ?? new Set<string>();
    set.add(id);
    if (label) set.add(label);
    byDoc.set(doc, set);
  }
  return { registryId, byDoc };
}

/** SQL for entity annotation rows `a` with their cross-document key: the registry id when registered, else canonical id or TYPE:name. */
export function keyedEntityRows(store: Store): { join: string; key: string } {
  return hasRegistry(store)
    ? { join: 'LEFT JOIN entity_documents ed ON ed.doc_rowid = a.doc_rowid AND ed.local_id = a.item_id', key: `coalesce(ed.entity_id, ${KEY_SQL('a')})` }
    : { join: '', key: KEY_SQL('a') };
}

