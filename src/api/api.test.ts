import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Store } from '../store/index.ts';
import { classifyAddress, isLoopbackHost, parseIPv6 } from './address.ts';
import { csvCell } from './export.ts';
import { FetchError, safeFetch } from './fetch.ts';
import { bucketStart } from './queries.ts';
import { createApiServer, listen, loopbackHostHeader } from './server.ts';
import { sampleDoc } from './testdoc.ts';
import { checkBearer, loadOrCreateToken } from './token.ts';

interface Running {
  server: Server;
  store: Store;
  base: string;
}

async function start(options: Partial<Parameters<typeof createApiServer>[0]> = {}): Promise<Running> {
  const store = new Store(':memory:');
  const server = createApiServer({ store, host: '127.0.0.1', webDir: join(tmpdir(), 'lagebild-no-ui'), ...options });
  const { url } = await listen(server, 0, '127.0.0.1');
  return { server, store, base: url.replace(/\/$/, '') };
}

async function stop(r: Running) {
  await new Promise<void>((resolve) => r.server.close(() => resolve()));
  r.server.closeAllConnections();
  r.store.close();
}

async function json(res: Response): Promise<any> {
  return res.json();
}

const TEXT = `Die Stadtverwaltung von Bergheim kündigte am Dienstag an, im Herbst eine neue Brücke zu bauen.
„Wir beginnen im Oktober“, sagte Bürgermeisterin Petra Kühn. Kritiker bezweifeln den Zeitplan.`;

describe('HTTP API on a real server', () => {
  let r: Running;
  let docId: string;
  before(async () => {
    r = await start();
  });
  after(() => stop(r));

  test('OpenAPI document lists every endpoint', async () => {
    const res = await fetch(`${r.base}/openapi.json`);
    assert.equal(res.status, 200);
    const doc = await json(res);
    assert.equal(doc.openapi, '3.1.0');
    for (const p of ['/api/ingest', '/api/documents', '/api/documents/{id}', '/api/search', '/api/entities', '/api/entities/{key}', '/api/events', '/api/timeline', '/api/graph', '/api/export']) {
      assert.ok(doc.paths[p], `missing ${p}`);
    }
    assert.equal(doc.paths['/api/ingest'].post.requestBody.content['application/json'].schema.properties.url.type, 'string');
    assert.ok(doc.components.schemas.Document.properties.entities);
    const search = doc.paths['/api/search'].get.parameters.map((p: { name: string }) => p.name);
    assert.deepEqual(search, ['q', 'lang', 'from', 'to', 'entity', 'eventType', 'modality', 'limit', 'offset']);
  });

  test('ingest text as JSON, then list, get and search it', async () => {
    const res = await fetch(`${r.base}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: TEXT, title: 'Neue Brücke', published: '2024-04-09' }) });
    assert.equal(res.status, 201);
    const summary = await json(res);
    assert.equal(summary.stored, 1);
    docId = summary.items[0].id;
    const again = await fetch(`${r.base}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: TEXT }) });
    assert.equal(again.status, 200);
    assert.equal((await json(again)).duplicates, 1);

    const list = await json(await fetch(`${r.base}/api/documents?limit=5`));
    assert.equal(list.total, 1);
    assert.equal(list.limit, 5);
    assert.equal(list.items[0].id, docId);
    assert.equal(list.items[0].title, 'Neue Brücke');

    const doc = await json(await fetch(`${r.base}/api/documents/${docId}`));
    assert.equal(doc.schema, 'lagebild/document@1');
    assert.ok(doc.text.includes('Brücke'));
    assert.equal(doc.raw, undefined);
    for (const layer of ['entities', 'quotes', 'times', 'figures', 'events', 'sentences', 'removed']) assert.ok(Array.isArray(doc[layer]), layer);
    const withRaw = await json(await fetch(`${r.base}/api/documents/${docId}?include=raw`));
    assert.equal(typeof withRaw.raw, 'string');

    const hits = await json(await fetch(`${r.base}/api/search?q=Br%C3%BCcke&lang=de&from=2024-04&to=2024`));
    assert.equal(hits.total, 1);
    assert.match(hits.items[0].snippet, /\[Brücke\]/);
    assert.equal((await json(await fetch(`${r.base}/api/search?q=Br%C3%BCcke&from=2024-05-01`))).total, 0);
    assert.equal((await json(await fetch(`${r.base}/api/search?q=Br%C3%BCcke&lang=en`))).total, 0);
    assert.equal((await json(await fetch(`${r.base}/api/search?q=Seilbahn`))).total, 0);
  });

  test('multipart upload and raw text bodies', async () => {
    const form = new FormData();
    form.append('file', new Blob(['<html><head><title>Hafen</title></head><body><article><p>Im Hafen von Kleinwik legten am Mittwoch drei Frachter an. Die Hafenbehörde meldete Rekordumschläge für das laufende Quartal.</p></article></body></html>'], { type: 'text/html' }), 'hafen.html');
    form.append('published', '2024-05-01');
    const res = await fetch(`${r.base}/api/ingest`, { method: 'POST', body: form });
    assert.equal(res.status, 201, JSON.stringify(await res.clone().json()));
    const s = await json(res);
    const doc = await json(await fetch(`${r.base}/api/documents/${s.items[0].id}`));
    assert.equal(doc.title, 'Hafen');
    assert.equal(doc.published, '2024-05-01');
    assert.ok(!doc.text.includes('<p>'));

    const plain = await fetch(`${r.base}/api/ingest`, { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Ein kurzer Text über die Gemeinde Oberau und ihren neuen Bahnhof.' });
    assert.equal(plain.status, 201);
  });

  test('validation errors are clear JSON 4xx', async () => {
    const cases: Array<[string, RequestInit | undefined, number, RegExp]> = [
      ['/api/search?limit=0', undefined, 400, /limit: must be at least 1/],
      ['/api/search?limit=abc', undefined, 400, /limit: must be an integer/],
      ['/api/search?from=2024-13-01', undefined, 400, /from: must be a date/],
      ['/api/search?modality=maybe', undefined, 400, /modality: must be one of/],
      ['/api/search?q=a&q=b', undefined, 400, /q: given more than once/],
      ['/api/search?colour=red', undefined, 400, /colour: unknown parameter/],
      ['/api/documents/nope', undefined, 404, /no document nope/],
      ['/api/documents/..%2F..%2Fetc', undefined, 400, /document ids/],
      ['/api/nothing', undefined, 404, /no API endpoint/],
      ['/api/graph?types=PER,FOO', undefined, 400, /types/],
      ['/api/documents', { method: 'DELETE' }, 405, /not allowed/],
      ['/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": ' }, 400, /not valid JSON/],
      ['/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": "a", "url": "http://x.example/"}' }, 400, /exactly one of/],
      ['/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": "Hallo Welt", "colour": 1}' }, 400, /unknown field/],
      ['/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": "Hallo Welt", "published": "gestern"}' }, 400, /published must be a date/],
      ['/api/ingest', { method: 'POST', headers: { 'content-type': 'image/png' }, body: 'x' }, 415, /unsupported content type/],
    ];
    for (const [path, init, status, message] of cases) {
      const res = await fetch(`${r.base}${path}`, init);
      assert.equal(res.status, status, `${init?.method ?? 'GET'} ${path}`);
      assert.match(res.headers.get('content-type') ?? '', /application\/json/);
      const body = await json(res);
      assert.equal(body.error.status, status);
      assert.match(body.error.message, message, path);
    }
    const res = await fetch(`${r.base}/api/documents`, { method: 'DELETE' });
    assert.equal(res.headers.get('allow'), 'GET');
  });

  test('security headers; UI missing message; no path traversal', async () => {
    const res = await fetch(`${r.base}/`);
    assert.equal(res.status, 503);
    assert.match(await res.text(), /npm run build:web/);
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    for (const p of ['/../package.json', '/%2e%2e/package.json', '/assets/../../package.json']) {
      const t = await fetch(`${r.base}${p}`);
      assert.notEqual(t.status, 200, p);
    }
  });

  test('URL ingestion refuses loopback addresses and other schemes', async () => {
    const port = new URL(r.base).port;
    const post = (url: string) => fetch(`${r.base}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url }) });
    for (const url of [`http://127.0.0.1:${port}/api/info`, `http://localhost:${port}/`, `http://[::1]:${port}/`, `http://[::ffff:127.0.0.1]:${port}/`, 'http://127.1/', 'http://0.0.0.0/']) {
      const res = await post(url);
      const body = await json(res);
      assert.ok(res.status === 403 || res.status === 400, `${url}: ${res.status}`);
      assert.match(body.error.code, /address_not_allowed|invalid_url/, url);
    }
    for (const url of ['file:///etc/passwd', 'ftp://127.0.0.1/x', 'gopher://127.0.0.1/', 'javascript:alert(1)', 'http://user:pw@127.0.0.1/', 'not a url']) {
      const res = await post(url);
      assert.equal(res.status, 400, url);
    }
  });
});

describe('write protection', () => {
  test('write endpoints need the bearer token when required; reads do not', async () => {
    const r = await start({ token: 'x'.repeat(43), requireToken: true });
    try {
      const body = JSON.stringify({ text: 'Ein Text über den Stadtrat von Altdorf und seinen Haushalt.' });
      const headers = { 'content-type': 'application/json' };
      const none = await fetch(`${r.base}/api/ingest`, { method: 'POST', headers, body });
      assert.equal(none.status, 401);
      assert.match(none.headers.get('www-authenticate') ?? '', /Bearer/);
      const wrong = await fetch(`${r.base}/api/ingest`, { method: 'POST', headers: { ...headers, authorization: `Bearer ${'y'.repeat(43)}` }, body });
      assert.equal(wrong.status, 401);
      const ok = await fetch(`${r.base}/api/ingest`, { method: 'POST', headers: { ...headers, authorization: `Bearer ${'x'.repeat(43)}` }, body });
      assert.equal(ok.status, 201);
      assert.equal((await fetch(`${r.base}/api/documents`)).status, 200);
      assert.equal((await json(await fetch(`${r.base}/api/info`))).writeNeedsToken, true);
      const openapi = await json(await fetch(`${r.base}/openapi.json`));
      assert.deepEqual(openapi.paths['/api/ingest'].post.security, [{ bearer: [] }]);
    } finally {
      await stop(r);
    }
  });

  test('a server on a non-loopback host cannot start without a token', () => {
    const store = new Store(':memory:');
    assert.throws(() => createApiServer({ store, host: '0.0.0.0' }), /token is required/);
    store.close();
  });

  test('a loopback server answers only loopback Host names (DNS rebinding)', async () => {
    const r = await start();
    try {
      const { request } = await import('node:http');
      const status = (host: string) =>
        new Promise<number>((resolve, reject) => {
          const u = new URL(r.base);
          const req = request({ host: '127.0.0.1', port: u.port, path: '/api/info', headers: { host } }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          });
          req.on('error', reject);
          req.end();
        });
      assert.equal(await status(`127.0.0.1:${new URL(r.base).port}`), 200);
      assert.equal(await status('localhost:8077'), 200);
      assert.equal(await status('[::1]:8077'), 200);
      assert.equal(await status('evil.example:8077'), 403);
      assert.equal(await status('127.0.0.1.evil.example'), 403);
      assert.ok(loopbackHostHeader('app.localhost:1') && !loopbackHostHeader(undefined) && !loopbackHostHeader('10.0.0.1'));
    } finally {
      await stop(r);
    }
  });

  test('cross-origin writes are refused', async () => {
    const r = await start();
    try {
      const res = await fetch(`${r.base}/api/ingest`, { method: 'POST', headers: { 'content-type': 'text/plain', origin: 'http://evil.example' }, body: 'Text' });
      assert.equal(res.status, 403);
      assert.equal((await json(res)).error.code, 'cross_origin');
    } finally {
      await stop(r);
    }
  });

  test('request bodies over the limit get 413', async () => {
    const r = await start({ maxBodyBytes: 1000 });
    try {
      const res = await fetch(`${r.base}/api/ingest`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'a'.repeat(5000) });
      assert.equal(res.status, 413);
      assert.equal((await json(res)).error.code, 'body_too_large');
    } finally {
      await stop(r);
    }
  });

  test('token is generated once, stored beside the database with mode 0600, checked in constant time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lagebild-token-'));
    try {
      const db = join(dir, 'x.db');
      const a = loadOrCreateToken(db);
      assert.equal(a.created, true);
      assert.equal(a.path, `${db}.token`);
      assert.ok(a.token.length >= 40);
      const b = loadOrCreateToken(db);
      assert.equal(b.created, false);
      assert.equal(b.token, a.token);
      if (process.platform !== 'win32') assert.equal(statSync(a.path!).mode & 0o777, 0o600);
      assert.ok(checkBearer(`Bearer ${a.token}`, a.token));
      assert.ok(!checkBearer(`Bearer ${a.token}x`, a.token));
      assert.ok(!checkBearer(a.token, a.token));
      assert.ok(!checkBearer(undefined, a.token));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('address classifier', () => {
  test('blocks loopback, private, link-local, multicast, reserved (IPv4, IPv6, mapped forms)', () => {
    const cases: Array<[string, string]> = [
      ['127.0.0.1', 'loopback'], ['127.255.0.9', 'loopback'], ['10.1.2.3', 'private'], ['172.16.0.1', 'private'], ['172.31.255.255', 'private'],
      ['192.168.1.1', 'private'], ['169.254.169.254', 'link-local'], ['100.64.0.1', 'shared'], ['224.0.0.1', 'multicast'], ['239.255.255.250', 'multicast'],
      ['0.0.0.0', 'unspecified'], ['255.255.255.255', 'broadcast'], ['240.0.0.1', 'reserved'], ['192.0.2.1', 'documentation'], ['198.18.0.1', 'reserved'],
      ['::1', 'loopback'], ['::', 'unspecified'], ['fe80::1', 'link-local'], ['fe80::1%eth0', 'link-local'], ['fc00::1', 'private'], ['fd12:3456::1', 'private'],
      ['ff02::1', 'multicast'], ['::ffff:127.0.0.1', 'loopback'], ['::ffff:7f00:1', 'loopback'], ['::ffff:10.0.0.1', 'private'], ['::ffff:169.254.1.1', 'link-local'],
      ['::127.0.0.1', 'loopback'], ['64:ff9b::10.0.0.1', 'private'], ['64:ff9b::7f00:1', 'loopback'], ['2002:7f00:1::', 'loopback'], ['2002:c0a8:0101::1', 'private'],
      ['2001:db8::1', 'documentation'], ['2001:0::1', 'reserved'], ['[::1]', 'loopback'], ['0:0:0:0:0:0:0:1', 'loopback'],
      ['8.8.8.8', 'public'], ['1.1.1.1', 'public'], ['172.32.0.1', 'public'], ['2a00:1450:4001::1', 'public'], ['::ffff:8.8.8.8', 'public'], ['2002:0808:0808::1', 'public'],
      ['256.1.1.1', 'invalid'], ['1.2.3', 'invalid'], ['example.org', 'invalid'], ['1::2::3', 'invalid'], ['12345::', 'invalid'],
    ];
    for (const [ip, cls] of cases) assert.equal(classifyAddress(ip), cls, ip);
    assert.equal(parseIPv6('1:2:3:4:5:6:7:8:9'), null);
    assert.ok(isLoopbackHost('127.0.0.1') && isLoopbackHost('::1') && isLoopbackHost('localhost'));
    assert.ok(!isLoopbackHost('0.0.0.0') && !isLoopbackHost('::') && !isLoopbackHost('192.168.1.5') && !isLoopbackHost('example.org'));
  });
});

describe('safeFetch against a local test server (loopback allowed explicitly)', () => {
  let server: Server;
  let base: string;
  const allow = (cls: string) => cls === 'loopback';
  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/page') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html><body><p>Hallo</p></body></html>');
      } else if (req.url === '/big') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('x'.repeat(50_000));
      } else if (req.url === '/stream') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        for (let i = 0; i < 20; i++) res.write('y'.repeat(1000));
        res.end();
      } else if (req.url === '/slow') {
        setTimeout(() => res.end('late'), 2000).unref();
      } else if (req.url?.startsWith('/loop')) {
        res.writeHead(302, { location: '/loop' });
        res.end();
      } else if (req.url === '/to-page') {
        res.writeHead(301, { location: '/page' });
        res.end();
      } else if (req.url === '/to-file') {
        res.writeHead(302, { location: 'file:///etc/passwd' });
        res.end();
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  test('default policy refuses loopback before connecting', async () => {
    await assert.rejects(safeFetch(`${base}/page`), (e: FetchError) => e.status === 403 && e.code === 'address_not_allowed');
    await assert.rejects(safeFetch(`http://localhost:${new URL(base).port}/page`), (e: FetchError) => e.code === 'address_not_allowed');
  });

  test('fetches, follows redirects, caps size, times out', async () => {
    const ok = await safeFetch(`${base}/to-page`, { allow });
    assert.equal(ok.url, `${base}/page`);
    assert.match(ok.bytes.toString(), /Hallo/);
    assert.equal(ok.contentType, 'text/html');
    await assert.rejects(safeFetch(`${base}/big`, { allow, maxBytes: 10_000 }), (e: FetchError) => e.status === 413);
    await assert.rejects(safeFetch(`${base}/stream`, { allow, maxBytes: 5_000 }), (e: FetchError) => e.status === 413);
    await assert.rejects(safeFetch(`${base}/slow`, { allow, timeoutMs: 200 }), (e: FetchError) => e.status === 504);
    await assert.rejects(safeFetch(`${base}/loop`, { allow, maxRedirects: 2 }), (e: FetchError) => e.code === 'too_many_redirects');
    await assert.rejects(safeFetch(`${base}/to-file`, { allow }), (e: FetchError) => e.code === 'scheme_not_allowed');
    await assert.rejects(safeFetch(`${base}/missing`, { allow }), (e: FetchError) => e.code === 'upstream_status');
  });

  test('the API ingests a fetched page when the policy allows it', async () => {
    const r = await start({ fetch: { allow } });
    try {
      const res = await fetch(`${r.base}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url: `${base}/page` }) });
      assert.equal(res.status, 201);
      const s = await json(res);
      const doc = await json(await fetch(`${r.base}/api/documents/${s.items[0].id}`));
      assert.equal(doc.url, `${base}/page`);
    } finally {
      await stop(r);
    }
  });
});

for (const mode of ['registry', 'annotations'] as const) describe(`entities, events, timeline, graph and export on annotated documents (keys from ${mode})`, () => {
  let r: Running;
  let id: string;
  let otherId: string;
  /** Entity keys by name: registry ids, or canonical id / TYPE:name without the registry. */
  const K: Record<string, string> = {};
  before(async () => {
    r = await start();
    const doc = sampleDoc();
    id = doc.id;
    r.store.save(doc, { name: 'test', format: 'text', input: doc.raw });
    // a near-duplicate of the first (one story): it tells the same three events again
    const other = sampleDoc({ suffix: 'Später meldete sich auch der Bund der Fischer erneut.', published: '2031-07-02', title: 'Zweiter Bericht' });
    otherId = other.id;
    assert.equal(r.store.save(other, { name: 'test2', format: 'text', input: other.raw }).nearDuplicateOf, id);
    if (mode === 'annotations') r.store.db.exec('DELETE FROM entity_documents; DELETE FROM entity_aliases; DELETE FROM entity_roles; DELETE FROM entity_registry;');
    for (const e of (await json(await fetch(`${r.base}/api/entities`))).items) K[e.name] = e.key;
    if (mode === 'annotations') assert.deepEqual(K, { 'Erika Musterfrau': 'PER:Erika Musterfrau', 'Bund der Fischer': 'ORG:Bund der Fischer', Nordstadt: 'loc:nordstadt' });
    else assert.equal(K.Nordstadt, 'loc:nordstadt', 'gazetteer ids are registry ids');
  });
  after(() => stop(r));

  test('entity list groups across documents; detail has roles, quotes, events, neighbours', async () => {
    const list = await json(await fetch(`${r.base}/api/entities?type=PER`));
    assert.equal(list.total, 1);
    assert.deepEqual(
      { key: list.items[0].key, name: list.items[0].name, type: list.items[0].type, documents: list.items[0].documents },
      { key: K['Erika Musterfrau'], name: 'Erika Musterfrau', type: 'PER', documents: 2 },
    );
    const loc = await json(await fetch(`${r.base}/api/entities?q=nord`));
    assert.deepEqual(loc.items.map((e: { key: string }) => e.key), ['loc:nordstadt']);
    const all = await json(await fetch(`${r.base}/api/entities?limit=2&offset=1`));
    assert.equal(all.total, 3);
    assert.equal(all.items.length, 2);
    const e = await json(await fetch(`${r.base}/api/entities/${encodeURIComponent(K['Erika Musterfrau'])}`));
    assert.equal(e.documentCount, 2);
    assert.equal(e.roles[0].title, 'Ministerin');
    assert.equal(e.quotes.length, 2);
    assert.match(e.quotes[0].quote.text, /Abkommen/);
    // each event of the story once, told in both documents (quotes and documents stay per document)
    assert.deepEqual(e.events.map((x: { type: string }) => x.type).sort(), ['MEET', 'SIGN', 'STATEMENT']);
    assert.deepEqual(e.events.map((x: { documentCount: number }) => x.documentCount), [2, 2, 2]);
    assert.deepEqual(e.neighbours.map((n: { key: string }) => n.key).sort(), [K['Bund der Fischer'], K.Nordstadt].sort());
    assert.deepEqual(e.byMonth, [{ month: '2031-05', documents: 1 }, { month: '2031-07', documents: 1 }]);
    const place = await json(await fetch(`${r.base}/api/entities/loc%3Anordstadt`));
    assert.equal(place.name, 'Nordstadt');
    assert.equal((await fetch(`${r.base}/api/entities/PER%3ANiemand`)).status, 404);
  });

  test('events filter by modality, type, entity and date; actors resolved to names', async () => {
    const planned = await json(await fetch(`${r.base}/api/events?modality=planned`));
    assert.equal(planned.total, 1, 'the planned signing, told in two near-duplicates, is one event');
    assert.equal(planned.items[0].docId, id, 'shown as its first telling');
    assert.deepEqual([planned.items[0].documentCount, planned.items[0].mentionCount], [2, 2]);
    assert.deepEqual(planned.items[0].mentions.map((m: { docId: string; eventId: string }) => [m.docId, m.eventId]), [[id, 'ev1'], [otherId, 'ev1']]);
    assert.equal(planned.items[0].mentions[1].trigger.text, 'unterzeichnen');
    assert.match(planned.items[0].mentions[1].sentence, /^Erika Musterfrau sagte/);
    assert.equal(planned.items[0].date, '2031-06');
    assert.deepEqual(planned.items[0].actors, [{ id: 'e1', name: 'Erika Musterfrau', key: K['Erika Musterfrau'] }]);
    assert.match(planned.items[0].sentence, /^Erika Musterfrau sagte/);
    assert.equal((await json(await fetch(`${r.base}/api/events?type=MEET&entity=${encodeURIComponent(K['Bund der Fischer'])}`))).total, 1);
    assert.equal((await json(await fetch(`${r.base}/api/events?type=STATEMENT&entity=${encodeURIComponent(K['Bund der Fischer'])}`))).total, 0);
    // the undated MEET is dated by its first telling (the May article), not again by the July retelling
    assert.equal((await json(await fetch(`${r.base}/api/events?from=2031-07-01`))).total, 0);
    assert.equal((await json(await fetch(`${r.base}/api/events?from=2031-05-01`))).total, 3);
    // a document's own events stay its own
    assert.equal((await json(await fetch(`${r.base}/api/events?doc=${id}`))).total, 3);
    const own = await json(await fetch(`${r.base}/api/events?doc=${otherId}`));
    assert.deepEqual(own.items.map((x: { docId: string }) => x.docId), [otherId, otherId, otherId]);
    assert.deepEqual(own.items.map((x: { documentCount: number }) => x.documentCount), [2, 2, 2]);
  });

  test('search filters by entity, event type and modality', async () => {
    assert.equal((await json(await fetch(`${r.base}/api/search?entity=${encodeURIComponent(K['Erika Musterfrau'])}`))).total, 2);
    assert.equal((await json(await fetch(`${r.base}/api/search?entity=Erika%20Musterfrau&q=Abkommen`))).total, 2);
    assert.equal((await json(await fetch(`${r.base}/api/search?eventType=SIGN&modality=planned`))).total, 2);
    assert.equal((await json(await fetch(`${r.base}/api/search?eventType=SIGN&modality=negated`))).total, 0);
  });

  test('timeline buckets split by modality', async () => {
    const t = await json(await fetch(`${r.base}/api/timeline?interval=month`));
    assert.equal(t.total, 3, 'three events of one story told in two documents');
    const june = t.buckets.find((b: { start: string }) => b.start === '2031-06-01');
    assert.deepEqual(june.counts, { planned: 1 });
    const may = t.buckets.find((b: { start: string }) => b.start === '2031-05-01');
    assert.deepEqual(may.counts, { asserted: 1, negated: 1 });
    assert.equal(t.buckets.length, 2, 'the retelling in July adds no event');
    assert.equal(t.items.length, 3);
    assert.ok(t.items.some((i: { modality: string }) => i.modality === 'planned'));
    const weeks = await json(await fetch(`${r.base}/api/timeline?interval=week`));
    assert.ok(weeks.buckets.every((b: { start: string }) => new Date(`${b.start}T00:00:00Z`).getUTCDay() === 1));
    assert.equal(bucketStart('2031-05-15', 'week'), '2031-05-12');
    assert.equal(bucketStart('2031-05-12', 'week'), '2031-05-12');
    assert.equal(bucketStart('2031-05-18', 'week'), '2031-05-12');
  });

  test('graph has co-occurrence and typed event edges with weights', async () => {
    const g = await json(await fetch(`${r.base}/api/graph`));
    assert.equal(g.nodes.length, 3);
    const edge = (s: string, t: string, type: string) =>
      g.edges.find((e: { source: string; target: string; type: string }) => e.type === type && ((e.source === s && e.target === t) || (type === 'co-occurrence' && e.source === t && e.target === s)));
    assert.equal(edge(K['Bund der Fischer'], K['Erika Musterfrau'], 'co-occurrence')?.weight, 2);
    assert.equal(edge(K['Erika Musterfrau'], K.Nordstadt, 'co-occurrence')?.weight, 2);
    assert.equal(edge(K['Bund der Fischer'], K.Nordstadt, 'co-occurrence'), undefined, 'never named in one sentence');
    // event edges count story events: the near-duplicate's retelling adds nothing
    assert.equal(edge(K['Erika Musterfrau'], K['Bund der Fischer'], 'SIGN')?.weight, 1);
    assert.equal(edge(K['Bund der Fischer'], K['Erika Musterfrau'], 'MEET')?.weight, 1);
    const heavy = await json(await fetch(`${r.base}/api/graph?minWeight=3`));
    assert.equal(heavy.edges.length, 0);
    const people = await json(await fetch(`${r.base}/api/graph?types=PER`));
    assert.deepEqual(people.nodes.map((n: { id: string }) => n.id), [K['Erika Musterfrau']]);
  });

  test('export JSONL and CSV', async () => {
    const jsonl = await fetch(`${r.base}/api/export`);
    assert.match(jsonl.headers.get('content-type') ?? '', /ndjson/);
    const lines = (await jsonl.text()).trim().split('\n');
    assert.equal(lines.length, 2);
    assert.equal(JSON.parse(lines[0]).schema, 'lagebild/document@1');
    const csv = await (await fetch(`${r.base}/api/export?format=csv&layer=quotes`)).text();
    const rows = csv.trim().split('\r\n');
    assert.equal(rows[0], 'doc_id,id,kind,speaker,speaker_name,text,start,end,cue,addressee');
    assert.equal(rows.length, 3);
    assert.ok(rows[1].includes(',Erika Musterfrau,'));
    const filtered = await (await fetch(`${r.base}/api/export?format=csv&q=Zweiter`)).text();
    assert.equal(filtered.trim().split('\r\n').length, 2);
    assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvCell('-5'), '-5');
    assert.equal(csvCell('-cmd'), "'-cmd");
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell(null), '');
  });
});

describe('an event told in near-duplicate articles is one event with all its mentions (issue #7)', () => {
  // invented articles: B is A with one more sentence (one story); C is another story
  const A =
    'Die niedersächsische Innenministerin Klara Brandt traf am Mittwoch in Hannover den Lindauer Bürgermeister Tobias Wendt. ' +
    'Die beiden Politiker sprachen über den Ausbau der Bahnstrecke zwischen Lindau und Hannover. ' +
    'Wendt forderte vom Land mehr Geld für den Nahverkehr in der Region.';
  const B = `${A} Ein Sprecher der Stadt nannte die Stimmung gut.`;
  const C =
    'Der Gewerkschaftsbund kritisierte am Donnerstag in Bremen die geplante Schließung von drei Werften an der Küste. ' +
    'Mehrere hundert Beschäftigte protestierten vor dem Rathaus gegen den Abbau der Arbeitsplätze.';
  let r: Running;
  const ids: Record<'A' | 'B' | 'C', string> = { A: '', B: '', C: '' };
  before(async () => {
    r = await start();
    for (const [name, text, published] of [['A', A, '2031-03-12'], ['B', B, '2031-03-13'], ['C', C, '2031-03-20']] as const) {
      const res = await fetch(`${r.base}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, published, title: `Bericht ${name}` }) });
      assert.equal(res.status, 201);
      const item = (await json(res)).items[0];
      ids[name] = item.id;
      if (name === 'B') assert.equal(item.nearDuplicateOf, ids.A, 'B is a near-duplicate of A');
      if (name === 'C') assert.equal(item.storyId, item.id, 'C is a story of its own');
    }
    // the pipeline finds the meeting and the demand in A and B, and two other events in C
    const types = async (id: string) => (await json(await fetch(`${r.base}/api/documents/${id}`))).events.map((e: { type: string }) => e.type);
    assert.deepEqual(await types(ids.A), ['CONSULT', 'REQUEST']);
    assert.deepEqual(await types(ids.B), ['CONSULT', 'REQUEST']);
    assert.deepEqual(await types(ids.C), ['ACCUSE', 'PROTEST']);
  });
  after(() => stop(r));

  test('the event list shows the meeting once, with its two mentions; distinct events stay distinct', async () => {
    const all = await json(await fetch(`${r.base}/api/events`));
    assert.equal(all.total, 4, 'CONSULT and REQUEST of the story (each told twice), ACCUSE and PROTEST of the other');
    assert.deepEqual(all.items.map((e: { type: string }) => e.type).sort(), ['ACCUSE', 'CONSULT', 'PROTEST', 'REQUEST']);
    const meeting = await json(await fetch(`${r.base}/api/events?type=CONSULT`));
    assert.equal(meeting.total, 1);
    const m = meeting.items[0];
    assert.equal(m.docId, ids.A, 'shown as its first telling');
    assert.deepEqual([m.documentCount, m.mentionCount], [2, 2]);
    assert.equal(typeof m.storyId, 'string');
    assert.match(m.signature, /^CONSULT\|/);
    assert.deepEqual(m.mentions.map((x: { docId: string; docTitle: string }) => [x.docId, x.docTitle]), [[ids.A, 'Bericht A'], [ids.B, 'Bericht B']]);
    for (const x of m.mentions) {
      assert.equal(x.trigger.text, 'traf');
      assert.match(x.sentence, /^Die niedersächsische Innenministerin Klara Brandt traf/);
    }
    // the OpenAPI description says what an item and a mention carry
    const schemas = (await json(await fetch(`${r.base}/openapi.json`))).components.schemas;
    assert.deepEqual(Object.keys(m).filter((k) => !(k in schemas.EventItem.properties)), []);
    assert.deepEqual(Object.keys(m.mentions[0]).filter((k) => !(k in schemas.EventMention.properties)), []);
    assert.equal(schemas.EventItem.properties.mentions.items.$ref, '#/components/schemas/EventMention');
    const demand = await json(await fetch(`${r.base}/api/events?type=REQUEST`));
    assert.equal(demand.total, 1);
    assert.deepEqual([demand.items[0].documentCount, demand.items[0].mentionCount], [2, 2]);
    const other = await json(await fetch(`${r.base}/api/events?type=PROTEST`));
    assert.deepEqual([other.total, other.items[0].documentCount, other.items[0].mentionCount], [1, 1, 1]);
    // the entity filter finds the story event through either telling
    const brandt = await json(await fetch(`${r.base}/api/events?entity=${encodeURIComponent('Klara Brandt')}`));
    assert.deepEqual(brandt.items.map((e: { type: string }) => e.type), ['CONSULT']);
    // a document's own events are its own
    const own = await json(await fetch(`${r.base}/api/events?doc=${ids.B}`));
    assert.deepEqual(own.items.map((e: { docId: string; type: string }) => [e.docId, e.type]).sort(), [[ids.B, 'CONSULT'], [ids.B, 'REQUEST']]);
    assert.ok(own.items.every((e: { documentCount: number }) => e.documentCount === 2));
  });

  test('timeline: the retelling on the next day adds no event', async () => {
    const t = await json(await fetch(`${r.base}/api/timeline?interval=day`));
    assert.equal(t.total, 4);
    assert.equal(t.items.length, 4);
    const day = (d: string) => t.buckets.find((b: { start: string }) => b.start === d)?.total ?? 0;
    assert.equal(day('2031-03-12'), 2, 'the meeting (on Wednesday) and the demand (dated by its first telling)');
    assert.equal(day('2031-03-13'), 0, 'B tells nothing new');
    assert.ok(t.items.every((i: { docId: string }) => i.docId !== ids.B), 'each event shown as its first telling');
    assert.equal(t.buckets.reduce((s: number, b: { total: number }) => s + b.total, 0) + t.undated, 4);
    const month = await json(await fetch(`${r.base}/api/timeline?interval=month&type=CONSULT`));
    assert.deepEqual(month.buckets.map((b: { start: string; counts: Record<string, number> }) => [b.start, b.counts]), [['2031-03-01', { asserted: 1 }]]);
  });

  test('entity page and graph count the story event once', async () => {
    const e = await json(await fetch(`${r.base}/api/entities/${encodeURIComponent('Klara Brandt')}`));
    assert.equal(e.documentCount, 2, 'documents stay per document');
    assert.deepEqual(e.events.map((x: { type: string; documentCount: number }) => [x.type, x.documentCount]), [['CONSULT', 2]]);
    const g = await json(await fetch(`${r.base}/api/graph?types=PER`));
    const consult = g.edges.filter((x: { type: string }) => x.type === 'CONSULT');
    assert.deepEqual(consult.map((x: { weight: number }) => x.weight), [1]);
  });

  test('CSV export: one row per story event with its documents; every mention with its story event', async () => {
    const csv = (await (await fetch(`${r.base}/api/export?format=csv&layer=events`)).text()).trim().split('\r\n');
    assert.match(csv[0], /,story_id,signature,documents,mentions,doc_ids$/);
    assert.equal(csv.length, 1 + 4);
    const meeting = csv.filter((row) => row.includes(',CONSULT,'));
    assert.equal(meeting.length, 1);
    assert.ok(meeting[0].startsWith(`${ids.A},`));
    assert.ok(meeting[0].endsWith(`,2,2,${ids.A}; ${ids.B}`), meeting[0]);
    const mentions = (await (await fetch(`${r.base}/api/export?format=csv&layer=event_mentions`)).text()).trim().split('\r\n');
    assert.equal(mentions.length, 1 + 6, 'each telling is a mention');
    const storyOf = (row: string) => row.split(',').slice(-2).join(',');
    const consult = mentions.filter((row) => row.includes(',CONSULT,'));
    assert.equal(consult.length, 2);
    assert.equal(storyOf(consult[0]), storyOf(consult[1]));
    // exporting B alone still lists its events (each its story event's first telling in that export)
    const onlyB = (await (await fetch(`${r.base}/api/export?format=csv&layer=events&q=Stimmung`)).text()).trim().split('\r\n');
    assert.equal(onlyB.length, 1 + 2);
  });
});

describe('events stored without story events (older databases, bulk inserts) stand alone', () => {
  let r: Running;
  before(async () => {
    r = await start();
    const doc = sampleDoc();
    r.store.save(doc, { name: 'test', format: 'text', input: doc.raw });
    const other = sampleDoc({ suffix: 'Später meldete sich auch der Bund der Fischer erneut.', published: '2031-07-02', title: 'Zweiter Bericht' });
    r.store.save(other, { name: 'test2', format: 'text', input: other.raw });
    r.store.db.exec('DELETE FROM story_event_mentions; DELETE FROM story_events;');
  });
  after(() => stop(r));

  test('each annotated event is its own, with the mentions of its document', async () => {
    const t = await json(await fetch(`${r.base}/api/timeline?interval=month`));
    assert.equal(t.total, 6);
    const planned = await json(await fetch(`${r.base}/api/events?modality=planned`));
    assert.equal(planned.total, 2);
    for (const e of planned.items) {
      assert.deepEqual([e.storyId, e.signature, e.documentCount, e.mentionCount], [null, null, 1, 1]);
      assert.deepEqual(e.mentions.map((m: { docId: string; trigger: { text: string } }) => [m.docId, m.trigger.text]), [[e.docId, 'unterzeichnen']]);
      assert.match(e.mentions[0].sentence, /^Erika Musterfrau sagte/);
    }
    const csv = (await (await fetch(`${r.base}/api/export?format=csv&layer=events`)).text()).trim().split('\r\n');
    assert.equal(csv.length, 1 + 6);
  });
});
