/**
 * Cross-document entity registry in the store's SQLite database: canonical entities with a preferred
 * label, type, country and Wikidata QID; aliases with counts; roles with first/last seen dates; and the
 * documents each entity appears in.
 *
 * Merge rules, applied when a document is saved (`upsertDocumentEntities`, a store save hook):
 * 1. a user alias (imported, merged or split by hand) decides first;
 * 2. gazetteer ids (ISO alpha-3, geonames:…, org:…) are the registry id;
 * 3. otherwise the normalised name (transliteration-tolerant for persons, inflection-tolerant for others)
 *    is looked up among the aliases of entities of the same type; a person's single-token name joins an
 *    entity only when exactly one registered person carries it;
 * 4. two different full person names are never merged automatically.
 */
import type Database from 'better-sqlite3';
import type { Doc, Entity } from '../doc/index.ts';
import { prepared } from '../store/statements.ts';
import { fold, nameTokens, phraseKey, slug, translitKey } from './text.ts';

export const REGISTRY_MIGRATION_NAME = 'entity registry: entities, aliases, roles, documents';

/** Creates the registry tables (used as one migration entry of the store). */
export function createRegistrySchema(db: Database.Database): void {
  db.exec(`
    CREATE TABLE entity_registry (
      id TEXT PRIMARY KEY,                 -- ISO alpha-3, geonames:<id>, org:<slug>, per:<slug>, …
      type TEXT NOT NULL,                  -- PER | ORG | LOC | MISC
      label TEXT NOT NULL,                 -- preferred label
      country TEXT,                        -- ISO alpha-3
      wikidata TEXT,                       -- Wikidata QID (imported)
      merged_into TEXT,                    -- set when merged into another entity
      label_locked INTEGER NOT NULL DEFAULT 0,
      mention_count INTEGER NOT NULL DEFAULT 0,
      doc_count INTEGER NOT NULL DEFAULT 0,
      first_seen TEXT,
      last_seen TEXT,
      created_at TEXT NOT NULL
    );
    CREATE INDEX entity_registry_type ON entity_registry(type);
    CREATE INDEX entity_registry_label ON entity_registry(label);

    CREATE TABLE entity_aliases (
      entity_id TEXT NOT NULL REFERENCES entity_registry(id) ON DELETE CASCADE,
      alias TEXT NOT NULL,
      norm TEXT NOT NULL,                  -- normalised key used for matching
      last_norm TEXT NOT NULL DEFAULT '',  -- last token of a multi-token norm (surname lookups), else ''
      count INTEGER NOT NULL DEFAULT 0,
      source TEXT NOT NULL DEFAULT 'auto', -- auto | user
      PRIMARY KEY (entity_id, alias)
    ) WITHOUT ROWID;
    CREATE INDEX entity_aliases_norm ON entity_aliases(norm);
    CREATE INDEX entity_aliases_last_norm ON entity_aliases(last_norm);

    CREATE TABLE entity_roles (
      entity_id TEXT NOT NULL REFERENCES entity_registry(id) ON DELETE CASCADE,
      title TEXT NOT NULL,
      country TEXT NOT NULL DEFAULT '',    -- '' when unknown
      count INTEGER NOT NULL DEFAULT 0,
      first_seen TEXT,
      last_seen TEXT,
      PRIMARY KEY (entity_id, title, country)
    ) WITHOUT ROWID;

    CREATE TABLE entity_documents (
      entity_id TEXT NOT NULL REFERENCES entity_registry(id) ON DELETE CASCADE,
      doc_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
      local_id TEXT NOT NULL,              -- entity id inside the document (e1, e2, …)
      mentions INTEGER NOT NULL,
      PRIMARY KEY (entity_id, doc_rowid, local_id)
    ) WITHOUT ROWID;
    CREATE INDEX entity_documents_doc ON entity_documents(doc_rowid);
  `);
}

interface RegistryRow {
  id: string;
  type: string;
  label: string;
  country: string | null;
  wikidata: string | null;
  merged_into: string | null;
  label_locked: number;
  mention_count: number;
  doc_count: number;
  first_seen: string | null;
  last_seen: string | null;
}

const GAZETTEER_ID = /^(?:[A-Z]{3}|geonames:\d+|org:.+|loc:.+)$/;

/** Normalised alias key: per-token transliteration key for persons, inflection-tolerant key otherwise. */
export function aliasNorm(type: string, alias: string): string {
  if (type === 'PER') return personKeys(alias).join(' ');
  return phraseKey(alias);
}

/** Person name tokens as transliteration keys, hyphenated parts split ("Ban Ki-moon" = "Ban Ki Moon"). */
function personKeys(name: string): string[] {
  return nameTokens(name)
    .flatMap((t) => t.split('-'))
    .map(translitKey)
    .filter(Boolean);
}

function isFullName(type: string, name: string): boolean {
  return type === 'PER' && nameTokens(name).length >= 2;
}

/** Two person names that must not be merged: both full names, and neither the same nor first+last equal. */
function differentFullNames(a: string, b: string): boolean {
  const ta = personKeys(a);
  const tb = personKeys(b);
  if (ta.length < 2 || tb.length < 2) return false;
  if (ta.join(' ') === tb.join(' ')) return false;
  return !(ta[0] === tb[0] && ta[ta.length - 1] === tb[tb.length - 1]);
}

/** The last token of a multi-token alias key, '' for one token: indexed, so surname lookups need no scan. */
export function lastNorm(norm: string): string {
  const sp = norm.lastIndexOf(' ');
  return sp < 0 ? '' : norm.slice(sp + 1);
}

function follow(db: Database.Database, id: string): string {
  const seen = new Set<string>();
  let cur = id;
  for (;;) {
    const row = prepared(db, 'SELECT merged_into FROM entity_registry WHERE id = ?').get(cur) as { merged_into: string | null } | undefined;
    if (!row?.merged_into || seen.has(cur)) return cur;
    seen.add(cur);
    cur = row.merged_into;
  }
}

function getRow(db: Database.Database, id: string): RegistryRow | undefined {
  return prepared(db, 'SELECT * FROM entity_registry WHERE id = ?').get(id) as RegistryRow | undefined;
}

function uniqueId(db: Database.Database, base: string): string {
  let id = base;
  for (let k = 2; getRow(db, id); k++) id = `${base}-${k}`;
  return id;
}

/** The registry id for a document entity (existing or to be created), by the merge rules above. */
export function resolveRegistryId(db: Database.Database, e: Entity): { id: string; existing: boolean } {
  const aliases = [e.name, ...((e.aliases as string[] | undefined) ?? []), ...e.mentions.filter((m) => m.form === 'name').map((m) => m.text)];
  const norms = [...new Set(aliases.map((a) => aliasNorm(e.type, a)).filter(Boolean))];
  // 1. user aliases (the entity's preferred name first; never across two different full names)
  for (const n of norms) {
    const rows = prepared(db, "SELECT a.entity_id AS id, r.label AS label FROM entity_aliases a JOIN entity_registry r ON r.id = a.entity_id WHERE a.norm = ? AND a.source = 'user' AND r.type = ?")
      .all(n, e.type) as Array<{ id: string; label: string }>;
    const ok = rows.filter((r) => !(isFullName(e.type, e.name) && differentFullNames(e.name, r.label) && aliasNorm(e.type, e.name) !== n));
    const ids = [...new Set(ok.map((r) => follow(db, r.id)))];
    if (ids.length === 1) return { id: ids[0], existing: true };
  }
  // 2. gazetteer ids
  const cid = (e.canonicalId as string | null | undefined) ?? null;
  if (cid && GAZETTEER_ID.test(cid)) {
    const id = follow(db, cid);
    return { id, existing: !!getRow(db, id) };
  }
  // 3. normalised names among aliases of the same type
  const candidates = new Map<string, RegistryRow>();
  for (const n of norms) {
    const rows = prepared(db, 'SELECT DISTINCT r.* FROM entity_aliases a JOIN entity_registry r ON r.id = a.entity_id WHERE a.norm = ? AND r.type = ?')
      .all(n, e.type) as RegistryRow[];
    for (const r of rows) {
      const id = follow(db, r.id);
      const row = id === r.id ? r : getRow(db, id);
      if (row) candidates.set(id, row);
    }
  }
  const full = isFullName(e.type, e.name);
  if (full) {
    // a registered surname-only person ("Scholz") may be this full name ("Olaf Scholz")
    const toks = nameTokens(e.name);
    const surname = aliasNorm('PER', toks[toks.length - 1]);
    const rows = prepared(db, "SELECT DISTINCT r.* FROM entity_aliases a JOIN entity_registry r ON r.id = a.entity_id WHERE a.norm = ? AND r.type = 'PER'")
      .all(surname) as RegistryRow[];
    for (const r of rows) {
      const id = follow(db, r.id);
      const row = id === r.id ? r : getRow(db, id);
      if (row && !isFullName('PER', row.label)) candidates.set(id, row);
    }
  }
  if (!full && e.type === 'PER' && !candidates.size) {
    // a surname alone ("Lipavsky") joins the one registered full name ending in it
    for (const n of norms) {
      const rows = prepared(db, "SELECT DISTINCT r.* FROM entity_aliases a JOIN entity_registry r ON r.id = a.entity_id WHERE a.last_norm = ? AND r.type = 'PER'")
        .all(n) as RegistryRow[];
      for (const r of rows) {
        const id = follow(db, r.id);
        const row = id === r.id ? r : getRow(db, id);
        if (row) candidates.set(id, row);
      }
    }
  }
  const compatible = [...candidates.values()].filter((r) => !(full && differentFullNames(e.name, r.label)));
  if (full) {
    const norm = aliasNorm('PER', e.name);
    const same = compatible
      .filter((r) => aliasNorm('PER', r.label) === norm || isFullName('PER', r.label))
      .sort((x, y) => Number(aliasNorm('PER', y.label) === norm) - Number(aliasNorm('PER', x.label) === norm));
    if (same.length >= 1) return { id: same[0].id, existing: true };
    // a registered single-token person ("Putin") is upgraded to the full name
    const single = compatible.filter((r) => !isFullName('PER', r.label));
    if (single.length === 1) return { id: single[0].id, existing: true };
  } else if (compatible.length === 1) {
    return { id: compatible[0].id, existing: true };
  } else if (compatible.length > 1) {
    // ambiguous short name: prefer an exact canonical id match, else keep it apart
    const exact = compatible.find((r) => r.id === cid);
    if (exact) return { id: exact.id, existing: true };
  }
  const base = cid ?? `${e.type.toLowerCase()}:${slug(e.name) || 'x'}`;
  const existing = getRow(db, base);
  if (existing && existing.type === e.type && !(full && differentFullNames(e.name, existing.label))) return { id: follow(db, base), existing: true };
  return { id: uniqueId(db, base), existing: false };
}

function day(doc: Doc): string {
  const p = doc.published;
  if (p && /^\d{4}-\d{2}-\d{2}/.test(p)) return p.slice(0, 10);
  return new Date().toISOString().slice(0, 10);
}

/**
 * Store save hook: registers the entities of a saved document (runs inside the store's save
 * transaction). Matches `SaveHook = (db, doc, docRowid) => void`. Sets `registryId` on each entity of
 * `doc` (in memory; the stored JSON keeps the per-document `canonicalId`).
 */
export function upsertDocumentEntities(db: Database.Database, doc: Doc, docRowid: number): void {
  const seen = day(doc);
  const now = new Date().toISOString();
  const insertEntity = prepared(db, 
    `INSERT INTO entity_registry (id, type, label, country, mention_count, doc_count, first_seen, last_seen, created_at)
     VALUES (?, ?, ?, ?, 0, 0, ?, ?, ?)`,
  );
  const touchEntity = prepared(db, 
    `UPDATE entity_registry SET mention_count = mention_count + ?, doc_count = doc_count + ?,
       first_seen = CASE WHEN first_seen IS NULL OR first_seen > ? THEN ? ELSE first_seen END,
       last_seen = CASE WHEN last_seen IS NULL OR last_seen < ? THEN ? ELSE last_seen END,
       country = coalesce(country, ?) WHERE id = ?`,
  );
  const upgradeLabel = prepared(db, 'UPDATE entity_registry SET label = ? WHERE id = ? AND label_locked = 0');
  const alias = prepared(db, 
    `INSERT INTO entity_aliases (entity_id, alias, norm, last_norm, count, source) VALUES (?, ?, ?, ?, ?, 'auto')
     ON CONFLICT(entity_id, alias) DO UPDATE SET count = count + excluded.count`,
  );
  const role = prepared(db, 
    `INSERT INTO entity_roles (entity_id, title, country, count, first_seen, last_seen) VALUES (?, ?, ?, 1, ?, ?)
     ON CONFLICT(entity_id, title, country) DO UPDATE SET count = count + 1,
       first_seen = CASE WHEN first_seen > excluded.first_seen THEN excluded.first_seen ELSE first_seen END,
       last_seen = CASE WHEN last_seen < excluded.last_seen THEN excluded.last_seen ELSE last_seen END`,
  );
  const roleRows = prepared(db, 'SELECT country FROM entity_roles WHERE entity_id = ? AND title = ?');
  const link = prepared(db, 'INSERT OR IGNORE INTO entity_documents (entity_id, doc_rowid, local_id, mentions) VALUES (?, ?, ?, ?)');
  const linkedDocs = prepared(db, 'SELECT 1 FROM entity_documents WHERE entity_id = ? AND doc_rowid = ? LIMIT 1');
  for (const e of doc.entities) {
    if (e.derivOnly && e.type !== 'LOC') continue;
    const { id, existing } = resolveRegistryId(db, e);
    if (!existing) insertEntity.run(id, e.type, e.name, e.country ?? null, seen, seen, now);
    else {
      const row = getRow(db, id);
      // a full name replaces a registered surname-only label
      if (row && isFullName(e.type, e.name) && !isFullName(row.type, row.label)) upgradeLabel.run(e.name, id);
    }
    const newDoc = !linkedDocs.get(id, docRowid);
    touchEntity.run(e.mentions.length, newDoc ? 1 : 0, seen, seen, seen, seen, e.country ?? null, id);
    const counts = new Map<string, number>();
    for (const m of e.mentions) if (m.form === 'name') counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    if (!counts.size) counts.set(e.name, 0);
    for (const [a, n] of counts) {
      const norm = aliasNorm(e.type, a);
      alias.run(id, a, norm, lastNorm(norm), n);
    }
    for (const r of e.roles ?? []) {
      // one row per title: a role seen without country joins the row that has one, and vice versa
      const rows = roleRows.all(id, r.title) as Array<{ country: string }>;
      let country = r.country ?? '';
      if (!country && rows.length === 1) country = rows[0].country;
      if (country && rows.some((x) => x.country === '')) {
        if (rows.some((x) => x.country === country)) {
          const blank = prepared(db, "SELECT count, first_seen, last_seen FROM entity_roles WHERE entity_id = ? AND title = ? AND country = ''").get(id, r.title) as { count: number; first_seen: string; last_seen: string };
          prepared(db, 
            `UPDATE entity_roles SET count = count + ?, first_seen = min(first_seen, ?), last_seen = max(last_seen, ?) WHERE entity_id = ? AND title = ? AND country = ?`,
          ).run(blank.count, blank.first_seen, blank.last_seen, id, r.title, country);
          prepared(db, "DELETE FROM entity_roles WHERE entity_id = ? AND title = ? AND country = ''").run(id, r.title);
        } else prepared(db, "UPDATE entity_roles SET country = ? WHERE entity_id = ? AND title = ? AND country = ''").run(country, id, r.title);
      }
      role.run(id, r.title, country, seen, seen);
    }
    link.run(id, docRowid, e.id, e.mentions.length);
    e.registryId = id;
  }
}

// ---------------------------------------------------------------- user operations (CLI)

export interface RegistryEntity extends RegistryRow {
  aliases: Array<{ alias: string; count: number; source: string }>;
  roles: Array<{ title: string; country: string | null; count: number; first_seen: string | null; last_seen: string | null }>;
}

export function listEntities(
  db: Database.Database,
  options: { type?: string; query?: string; limit?: number; offset?: number } = {},
): RegistryRow[] {
  const where = ['merged_into IS NULL'];
  const params: unknown[] = [];
  if (options.type) {
    where.push('type = ?');
    params.push(options.type.toUpperCase());
  }
  if (options.query) {
    where.push('(id IN (SELECT entity_id FROM entity_aliases WHERE norm LIKE ? OR alias LIKE ?) OR label LIKE ? OR id = ?)');
    const q = options.query;
    params.push(`%${fold(q)}%`, `%${q}%`, `%${q}%`, q);
  }
  params.push(options.limit ?? 50, options.offset ?? 0);
  return db
    .prepare(`SELECT * FROM entity_registry WHERE ${where.join(' AND ')} ORDER BY doc_count DESC, mention_count DESC, label LIMIT ? OFFSET ?`)
    .all(...params) as RegistryRow[];
}

export function getEntity(db: Database.Database, id: string): RegistryEntity | null {
  const row = getRow(db, follow(db, id));
  if (!row) return null;
  const aliases = prepared(db, 'SELECT alias, count, source FROM entity_aliases WHERE entity_id = ? ORDER BY count DESC, alias').all(row.id) as RegistryEntity['aliases'];
  const roles = (prepared(db, 'SELECT title, country, count, first_seen, last_seen FROM entity_roles WHERE entity_id = ? ORDER BY count DESC').all(row.id) as RegistryEntity['roles']).map(
    (r) => ({ ...r, country: r.country || null }),
  );
  return { ...row, aliases, roles };
}

/** Merges `fromId` into `intoId`: aliases, roles and document links move; `fromId` points to `intoId`. */
export function mergeEntities(db: Database.Database, intoId: string, fromId: string): void {
  db.transaction(() => {
    const into = follow(db, intoId);
    const from = follow(db, fromId);
    if (into === from) return;
    const a = getRow(db, into);
    const b = getRow(db, from);
    if (!a || !b) throw new Error(`unknown entity: ${!a ? intoId : fromId}`);
    prepared(db, 
      `INSERT INTO entity_aliases (entity_id, alias, norm, last_norm, count, source)
       SELECT ?, alias, norm, last_norm, count, 'user' FROM entity_aliases WHERE entity_id = ?
       ON CONFLICT(entity_id, alias) DO UPDATE SET count = count + excluded.count, source = 'user'`,
    ).run(into, from);
    // the merged entity's own aliases become user-confirmed too, so later documents follow the merge
    prepared(db, "UPDATE entity_aliases SET source = 'user' WHERE entity_id = ?").run(into);
    prepared(db, 
      `INSERT INTO entity_roles (entity_id, title, country, count, first_seen, last_seen)
       SELECT ?, title, country, count, first_seen, last_seen FROM entity_roles WHERE entity_id = ?
       ON CONFLICT(entity_id, title, country) DO UPDATE SET count = count + excluded.count,
         first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen)`,
    ).run(into, from);
    prepared(db, 'INSERT OR IGNORE INTO entity_documents (entity_id, doc_rowid, local_id, mentions) SELECT ?, doc_rowid, local_id, mentions FROM entity_documents WHERE entity_id = ?').run(into, from);
    prepared(db, 'DELETE FROM entity_aliases WHERE entity_id = ?').run(from);
    prepared(db, 'DELETE FROM entity_roles WHERE entity_id = ?').run(from);
    prepared(db, 'DELETE FROM entity_documents WHERE entity_id = ?').run(from);
    const docs = (prepared(db, 'SELECT count(DISTINCT doc_rowid) AS n FROM entity_documents WHERE entity_id = ?').get(into) as { n: number }).n;
    prepared(db, 
      `UPDATE entity_registry SET mention_count = mention_count + ?, doc_count = ?, country = coalesce(country, ?), wikidata = coalesce(wikidata, ?),
         first_seen = min(coalesce(first_seen, ?), coalesce(?, first_seen)), last_seen = max(coalesce(last_seen, ?), coalesce(?, last_seen)) WHERE id = ?`,
    ).run(b.mention_count, docs, b.country, b.wikidata, b.first_seen, b.first_seen, b.last_seen, b.last_seen, into);
    prepared(db, 'UPDATE entity_registry SET merged_into = ?, mention_count = 0, doc_count = 0 WHERE id = ?').run(into, from);
    prepared(db, 'UPDATE entity_registry SET merged_into = ? WHERE merged_into = ?').run(into, from);
  })();
}

/**
 * Splits the given aliases off `id` into a new entity (label = first alias unless given). The moved
 * aliases become user aliases, so later documents that use them go to the new entity; document links
 * whose local mentions used only moved aliases move too.
 */
export function splitEntity(db: Database.Database, id: string, aliases: string[], label?: string): string {
  return db.transaction((): string => {
    const src = getRow(db, follow(db, id));
    if (!src) throw new Error(`unknown entity: ${id}`);
    if (!aliases.length) throw new Error('split needs at least one alias to move');
    const present = prepared(db, 'SELECT alias, norm, count FROM entity_aliases WHERE entity_id = ?').all(src.id) as Array<{ alias: string; norm: string; count: number }>;
    const moving = present.filter((a) => aliases.some((x) => x === a.alias || aliasNorm(src.type, x) === a.norm));
    if (!moving.length) throw new Error(`none of the aliases belong to ${src.id}`);
    const newLabel = label ?? moving[0].alias;
    const newId = uniqueId(db, `${src.type.toLowerCase()}:${slug(newLabel) || 'x'}`);
    const count = moving.reduce((n, a) => n + a.count, 0);
    prepared(db, 
      `INSERT INTO entity_registry (id, type, label, country, label_locked, mention_count, doc_count, first_seen, last_seen, created_at)
       VALUES (?, ?, ?, NULL, 1, ?, 0, ?, ?, ?)`,
    ).run(newId, src.type, newLabel, count, src.first_seen, src.last_seen, new Date().toISOString());
    const ins = prepared(db, "INSERT INTO entity_aliases (entity_id, alias, norm, last_norm, count, source) VALUES (?, ?, ?, ?, ?, 'user')");
    const del = prepared(db, 'DELETE FROM entity_aliases WHERE entity_id = ? AND alias = ?');
    for (const a of moving) {
      ins.run(newId, a.alias, a.norm, lastNorm(a.norm), a.count);
      del.run(src.id, a.alias);
    }
    // the remaining aliases stay with the source entity as user aliases, so they are not re-merged
    prepared(db, "UPDATE entity_aliases SET source = 'user' WHERE entity_id = ?").run(src.id);
    prepared(db, 'UPDATE entity_registry SET mention_count = max(0, mention_count - ?) WHERE id = ?').run(count, src.id);
    if (moving.some((a) => a.alias === src.label)) {
      const rest = prepared(db, 'SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY count DESC LIMIT 1').get(src.id) as { alias: string } | undefined;
      if (rest) prepared(db, 'UPDATE entity_registry SET label = ? WHERE id = ?').run(rest.alias, src.id);
    }
    return newId;
  })();
}

export interface ImportRecord {
  id?: string;
  type?: string;
  label?: string;
  aliases?: string[];
  wikidata?: string;
  country?: string;
}

/** Parses CSV (header row; columns id,type,label,alias(es),wikidata,country; aliases separated by `|`). */
export function parseImportCsv(text: string): ImportRecord[] {
  const rows = parseCsv(text);
  if (!rows.length) return [];
  const header = rows[0].map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.findIndex((h) => h === name || h === `${name}s` || h === `${name}es`);
  const out: ImportRecord[] = [];
  for (const r of rows.slice(1)) {
    if (r.every((c) => !c.trim())) continue;
    const get = (name: string) => {
      const i = col(name);
      const v = i >= 0 ? (r[i] ?? '').trim() : '';
      return v || undefined;
    };
    const aliasCell = get('alias');
    out.push({
      id: get('id'),
      type: get('type'),
      label: get('label') ?? get('name'),
      aliases: aliasCell ? aliasCell.split('|').map((a) => a.trim()).filter(Boolean) : [],
      wikidata: get('wikidata') ?? get('qid'),
      country: get('country'),
    });
  }
  return out;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const delim = (text.split('\n')[0].match(/;/g)?.length ?? 0) > (text.split('\n')[0].match(/,/g)?.length ?? 0) ? ';' : ',';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delim) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/**
 * Imports user records: sets label, Wikidata QID, country and user aliases; creates entities that do not
 * exist. Records without an id are matched by label/aliases (same type), else created. Returns counts.
 */
export function importRecords(db: Database.Database, records: ImportRecord[]): { created: number; updated: number; aliases: number } {
  let created = 0;
  let updated = 0;
  let aliasCount = 0;
  db.transaction(() => {
    for (const rec of records) {
      const type = (rec.type ?? (rec.id && /^[A-Z]{3}$/.test(rec.id) ? 'LOC' : rec.id?.split(':')[0]) ?? 'PER').toUpperCase();
      if (!['PER', 'ORG', 'LOC', 'MISC'].includes(type)) throw new Error(`bad type "${rec.type}" for ${rec.id ?? rec.label}`);
      if (rec.wikidata && !/^Q\d+$/.test(rec.wikidata)) throw new Error(`bad Wikidata QID "${rec.wikidata}"`);
      const names = [rec.label, ...(rec.aliases ?? [])].filter((x): x is string => !!x);
      let id = rec.id ? follow(db, rec.id) : null;
      if (!id && names.length) {
        for (const n of names) {
          const row = db
            .prepare('SELECT a.entity_id AS id FROM entity_aliases a JOIN entity_registry r ON r.id = a.entity_id WHERE a.norm = ? AND r.type = ? AND r.merged_into IS NULL')
            .get(aliasNorm(type, n), type) as { id: string } | undefined;
          if (row) {
            id = row.id;
            break;
          }
        }
      }
      if (!id) id = uniqueId(db, `${type.toLowerCase()}:${slug(rec.label ?? names[0] ?? 'x') || 'x'}`);
      const row = getRow(db, id);
      if (!row) {
        if (!rec.label && !names.length) throw new Error(`record for new entity ${id} needs a label`);
        prepared(db, 
          `INSERT INTO entity_registry (id, type, label, country, wikidata, label_locked, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        ).run(id, type, rec.label ?? names[0], rec.country ?? null, rec.wikidata ?? null, rec.label ? 1 : 0, new Date().toISOString());
        created++;
      } else {
        prepared(db, 
          `UPDATE entity_registry SET label = coalesce(?, label), label_locked = CASE WHEN ? IS NULL THEN label_locked ELSE 1 END,
             wikidata = coalesce(?, wikidata), country = coalesce(?, country) WHERE id = ?`,
        ).run(rec.label ?? null, rec.label ?? null, rec.wikidata ?? null, rec.country ?? null, id);
        updated++;
      }
      for (const n of names) {
        prepared(db, 
          `INSERT INTO entity_aliases (entity_id, alias, norm, last_norm, count, source) VALUES (?, ?, ?, ?, 0, 'user')
           ON CONFLICT(entity_id, alias) DO UPDATE SET source = 'user'`,
        ).run(id, n, aliasNorm(type, n), lastNorm(aliasNorm(type, n)));
        // the alias is the user's: remove it from other entities of the type
        prepared(db, "DELETE FROM entity_aliases WHERE alias = ? AND entity_id != ? AND source = 'auto' AND entity_id IN (SELECT id FROM entity_registry WHERE type = ?)").run(n, id, type);
        aliasCount++;
      }
    }
  })();
  return { created, updated, aliases: aliasCount };
}
