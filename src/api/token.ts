import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Where the write token of a database lives: beside the database file. */
export function tokenPath(dbPath: string): string {
  return `${dbPath}.token`;
}

/**
 * The write token for a database: read from beside the database, or generated (256 random bits,
 * file mode 0600) on first start. In-memory databases get a fresh token each time.
 */
export function loadOrCreateToken(dbPath: string): { token: string; created: boolean; path: string | null } {
  const fresh = () => randomBytes(32).toString('base64url');
  if (dbPath === ':memory:' || dbPath === '') return { token: fresh(), created: true, path: null };
  const path = tokenPath(dbPath);
  if (existsSync(path)) {
    const token = readFileSync(path, 'utf8').trim();
    if (token.length >= 16) return { token, created: false, path };
  }
  const token = fresh();
  writeFileSync(path, `${token}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
  return { token, created: true, path };
}

/** Constant-time check of an `Authorization: Bearer …` header. */
export function checkBearer(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!m) return false;
  const a = Buffer.from(m[1]);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
