/**
 * API bench (`npm run bench:api`): builds a large database from synthetic variations of real
 * 10kGNAD articles (analysed once by the default pipeline, then inserted in bulk as precomputed
 * document JSON), serves it in a child process, and measures search and document GET latency over
 * loopback; also reports the gzipped JavaScript of the search page.
 *
 *   npm run bench:api -- [--docs 100000] [--db tmp/bench-api.db] [--requests 400] [--rebuild]
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { toDocumentJSON, type DocumentJSON } from '../doc/index.ts';
import { readGnad } from '../eval/gnad.ts';
import { analyze, defaultComponents } from '../pipeline/index.ts';
import { Store } from '../store/index.ts';
import { repoRoot, sharedDataPath } from '../util/paths.ts';
import { WEB_DIST } from './static.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '100000' },
    db: { type: 'string', default: join(repoRoot, 'tmp', 'bench-api.db') },
    requests: { type: 'string', default: '400' },
    rebuild: { type: 'boolean', default: false },
    articles: { type: 'string', default: '1028' },
  },
});
const N = Number(values.docs);
const DB = values.db!;
const REQUESTS = Number(values.requests);
// The analysed articles are cached per pipeline version (component names and versions).
const PIPELINE = createHash('sha256').update(defaultComponents().map((c) => `${c.name}@${c.version}`).join(',')).digest('hex').slice(0, 10);
const CACHE = join(repoRoot, 'tmp', `bench-api-analysed-${PIPELINE}.jsonl`);

function log(msg: string) {
  process.stderr.write(`${msg}\n`);
}

/** Analyses the 10kGNAD articles once (cached in tmp/). */
function analysed(limit: number): DocumentJSON[] {
  if (existsSync(CACHE)) {
    const docs = readFileSync(CACHE, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as DocumentJSON);
    if (docs.length >= limit) return docs.slice(0, limit);
  }
  const articles = readGnad(sharedDataPath('10kgnad', 'test.csv'), limit);
  const t0 = performance.now();
  const out: DocumentJSON[] = [];
  for (const [i, a] of articles.entries()) {
    const firstStop = a.text.search(/[.!?]\s/);
    out.push(toDocumentJSON(analyze(a.text, { title: a.text.slice(0, firstStop > 0 && firstStop < 140 ? firstStop + 1 : 100), source: a.label })));
    if (i % 100 === 99) log(`  analysed ${i + 1}/${articles.length}`);
  }
  log(`analysed ${out.length} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  mkdirSync(join(repoRoot, 'tmp'), { recursive: true });
  writeFileSync(CACHE, `${out.map((d) => JSON.stringify(d)).join('\n')}\n`);
  return out;
}

function annotationKeys(layer: string, item: Record<string, unknown>): [string | null, string | null, string | null] {
  const s = (v: unknown) => (v === null || v === undefined ? null : String(v));
  switch (layer) {
    case 'entities':
      return [s(item.type), s(item.name), s(item.canonicalId)];
    case 'quotes':
      return [s(item.kind), s(item.text), s(item.speaker)];
    case 'times':
      return [s(item.type), s(item.value), null];
    case 'figures':
      return [s(item.kind), s(item.unit), s(item.value)];
    default:
      return [s(item.type), s(item.modality), s(item.time)];
  }
}

/** Bulk-inserts N variations (own id, date, title and a trailing sentence) of the analysed articles. */
function build(base: DocumentJSON[]): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${DB}${suffix}`, { force: true });
  new Store(DB).close(); // schema via the store's migrations
  const db = new Database(DB);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insDoc = db.prepare(
    `INSERT INTO documents (id, story_id, title, url, source, published, lang, input_name, input_format, input, raw, text, document_json, pipeline, tokens, ingested_at)
     VALUES (?, ?, ?, NULL, ?, ?, ?, 'bench', 'text', '', ?, ?, ?, '{}', ?, ?)`,
  );
  const insFts = db.prepare('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)');
  const insAnn = db.prepare('INSERT INTO annotations (doc_rowid, layer, item_id, start, end, type, label, ref, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const t0 = performance.now();
  const day0 = Date.UTC(2015, 0, 1);
  const now = new Date().toISOString();
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const b = base[i % base.length];
      const variant = Math.floor(i / base.length);
      const published = new Date(day0 + ((i * 7919) % 730) * 86_400_000).toISOString().slice(0, 10);
      const text = `${b.text}\n(Meldung ${i}, Fassung ${variant})`;
      const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
      const title = variant ? `${b.title} (${variant})` : b.title;
      const doc = { ...b, id, title, published, text, offsets: { runs: [...b.offsets.runs, b.text.length, b.offsets.rawLength, text.length - b.text.length], rawLength: b.offsets.rawLength + text.length - b.text.length } };
      const info = insDoc.run(id, id, title, b.source, published, b.lang, text, text, JSON.stringify(doc), b.sentences.length * 20, now);
      const rowid = Number(info.lastInsertRowid);
      insFts.run(rowid, title ?? '', text);
      for (const layer of ['entities', 'quotes', 'times', 'figures', 'events'] as const) {
        for (const item of b[layer] as unknown as Array<Record<string, unknown>>) {
          const [type, label, ref] = annotationKeys(layer, item);
          insAnn.run(rowid, layer, String(item.id), typeof item.start === 'number' ? item.start : null, typeof item.end === 'number' ? item.end : null, type, label, ref, JSON.stringify(item));
        }
      }
    }
  });
  const step = 5000;
  for (let i = 0; i < N; i += step) {
    batch(i, Math.min(N, i + step));
    if ((i / step) % 4 === 3) log(`  inserted ${Math.min(N, i + step)}/${N} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
  db.exec(`INSERT INTO documents_fts(documents_fts) VALUES ('optimize'); ANALYZE;`);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  log(`built ${N} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 10) / 10;
  return { n: s.length, p50: r(percentile(s, 50)), p95: r(percentile(s, 95)), p99: r(percentile(s, 99)), max: r(s[s.length - 1]) };
}

/** Deterministic pseudo-random numbers. */
function rng(seed: number) {
  let x = seed >>> 0;
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

async function serve(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'lagebild.js'), 'serve', '--db', DB, '--port', '0', '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /running at (http:\/\/\S+?)\/?\s/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  return { url: url.replace('localhost', '127.0.0.1'), stop: () => child.kill('SIGTERM') };
}

async function timed(url: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return performance.now() - t;
}

function bundleSizes() {
  if (!existsSync(join(WEB_DIST, 'index.html'))) return null;
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const gz = (f: string) => gzipSync(readFileSync(join(WEB_DIST, f))).length;
  const all = readdirSync(join(WEB_DIST, 'assets'));
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  return {
    searchPageJsGzipKB: kb(entry.filter((f) => f.endsWith('.js')).reduce((s, f) => s + gz(f), 0)),
    searchPageCssGzipKB: kb(entry.filter((f) => f.endsWith('.css')).reduce((s, f) => s + gz(f), 0)),
    lazyChunksGzipKB: Object.fromEntries(all.filter((f) => !entry.includes(`assets/${f}`)).map((f) => [f.replace(/-[\w-]{8}\./, '.'), kb(gz(`assets/${f}`))])),
  };
}

async function main() {
  const countOk = existsSync(DB) && !values.rebuild && (() => {
    const db = new Database(DB, { readonly: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n === N;
    } catch {
      return false;
    } finally {
      db.close();
    }
  })();
  const base = analysed(Number(values.articles));
  if (!countOk) build(base);
  else log(`reusing ${DB} (${N} documents)`);

  // Queries: single words and pairs from titles, entity filters, date and language filters, browsing.
  const rand = rng(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const words = base.flatMap((d) => (d.title ?? '').match(/\p{Lu}\p{Ll}{4,}/gu) ?? []);
  const entities = base.flatMap((d) => d.entities.filter((e) => e.type !== 'MISC').map((e) => e.name));
  const date = () => `2015-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-01`;
  const kinds: Record<string, () => string> = {
    word: () => `q=${encodeURIComponent(pick(words))}`,
    twoWords: () => `q=${encodeURIComponent(`${pick(words)} ${pick(words)}`)}`,
    wordDateLang: () => `q=${encodeURIComponent(pick(words))}&lang=de&from=${date()}&to=2016-06-30`,
    entity: () => `entity=${encodeURIComponent(pick(entities))}`,
    wordEntity: () => `q=${encodeURIComponent(pick(words))}&entity=${encodeURIComponent(pick(entities))}`,
    browse: () => `from=${date()}&offset=${Math.floor(rand() * 200)}`,
  };
  const ids = (() => {
    const db = new Database(DB, { readonly: true });
    const rows = db.prepare('SELECT id FROM documents WHERE rowid % 97 = 0').all() as Array<{ id: string }>;
    db.close();
    return rows.map((r) => r.id);
  })();

  const server = await serve();
  try {
    for (let i = 0; i < 30; i++) await timed(`${server.url}/api/search?${kinds.word()}`);
    const byKind: Record<string, number[]> = {};
    const all: number[] = [];
    const names = Object.keys(kinds);
    for (let i = 0; i < REQUESTS; i++) {
      const k = names[i % names.length];
      const ms = await timed(`${server.url}/api/search?${kinds[k]()}`);
      (byKind[k] ??= []).push(ms);
      all.push(ms);
    }
    const gets: number[] = [];
    for (let i = 0; i < REQUESTS; i++) gets.push(await timed(`${server.url}/api/documents/${pick(ids)}`));
    const rawGets: number[] = [];
    for (let i = 0; i < REQUESTS / 4; i++) rawGets.push(await timed(`${server.url}/api/documents/${pick(ids)}?include=raw`));
    // Aggregate endpoints (no targets; reported for information).
    const other: Record<string, number[]> = {};
    const time = async (name: string, url: string) => (other[name] ??= []).push(await timed(`${server.url}${url}`));
    const keys = entities.slice(0, 2000);
    for (let i = 0; i < 20; i++) await time('entityGet', `/api/entities/${encodeURIComponent(pick(keys))}?limit=50`);
    for (let i = 0; i < 20; i++) await time('eventsPlanned', `/api/events?modality=planned&offset=${i * 50}`);
    for (let i = 0; i < 20; i++) await time('eventsByEntity', `/api/events?entity=${encodeURIComponent(pick(keys))}`);
    for (let i = 0; i < 3; i++) await time('entitiesList', `/api/entities?offset=${i * 50}`);
    for (let i = 0; i < 3; i++) await time('timelineMonth', `/api/timeline?interval=month&from=2015-0${i + 1}&to=2015-12`);
    for (let i = 0; i < 3; i++) await time('graph60', `/api/graph?nodes=60&from=2016-0${i + 1}-01&to=2016-0${i + 2}-01`);
    const result = {
      task: 'api-bench',
      documents: N,
      dbBytes: (await import('node:fs')).statSync(DB).size,
      loadAverage: (await import('node:os')).loadavg().map((x) => Math.round(x * 10) / 10),
      search: stats(all),
      searchByKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, stats(v)])),
      documentGet: stats(gets),
      documentGetWithRaw: stats(rawGets),
      otherEndpoints: Object.fromEntries(Object.entries(other).map(([k, v]) => [k, stats(v)])),
      bundle: bundleSizes(),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    server.stop();
  }
}

await main();
