import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { repoRoot } from '../util/paths.ts';

export const WEB_DIST = join(repoRoot, 'src', 'web', 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function webBuilt(dir = WEB_DIST): boolean {
  return existsSync(join(dir, 'index.html'));
}

const MISSING = `<!doctype html><meta charset="utf-8"><title>Lagebild</title>
<h1>The web UI is not built</h1>
<p>Run <code>npm run build:web</code> (or <code>npm start</code>, which builds it), then reload this page.
The HTTP API works without it: see <a href="/openapi.json">/openapi.json</a>.</p>`;

/** Serves a file from the built UI; returns false when there is none for the path. */
export function serveStatic(res: ServerResponse, pathname: string, dir = WEB_DIST): boolean {
  if (!webBuilt(dir)) {
    if (pathname !== '/' && pathname !== '/index.html') return false;
    res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(MISSING);
    return true;
  }
  const rel = pathname === '/' ? 'index.html' : decodeURIComponentSafe(pathname.slice(1));
  if (rel === null || rel.includes('\0')) return false;
  const root = resolve(dir);
  const file = resolve(root, rel);
  if (file !== root && !file.startsWith(root + sep)) return false;
  let st;
  try {
    st = statSync(file);
  } catch {
    return false;
  }
  if (!st.isFile()) return false;
  const hashed = rel.startsWith('assets/');
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': st.size,
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (res.req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
  return true;
}

function decodeURIComponentSafe(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** Builds the UI with Vite (used by `serve` when the build is missing). */
export async function buildWeb(): Promise<void> {
  const vite = await import('vite');
  await vite.build({ configFile: join(repoRoot, 'src', 'web', 'vite.config.ts'), logLevel: 'warn' });
}
