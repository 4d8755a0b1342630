import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/index.ts';
import { isLoopbackHost } from './address.ts';
import { EXPORT_LAYERS, streamExport, type ExportLayer } from './export.ts';
import type { SafeFetchOptions } from './fetch.ts';
import { HttpError, Router, sendError, sendJson, type Context, type Reply } from './http.ts';
import { parseIngestRequest, runIngest } from './ingest.ts';
import { buildOpenApi } from './openapi.ts';
import { ENTITY_TYPES, getEntity, graph, listEntities, listEvents, MODALITIES, timeline, type Interval } from './queries.ts';
import { RELEVANCE_LIMIT, searchDocuments, searchIndex } from './search.ts';
import { serveStatic, WEB_DIST } from './static.ts';
import { checkBearer } from './token.ts';
import { pageParams, rangeEnd, rangeStart, validateQuery, type ParamSpec, type ParamValues } from './validate.ts';

export interface ServerOptions {
  store: Store;
  /** Listen host; write endpoints need the token unless it is a loopback host. */
  host?: string;
  /** The write token; required on writes when set and the host is not loopback (or `requireToken`). */
  token?: string | null;
  requireToken?: boolean;
  maxBodyBytes?: number;
  fetch?: SafeFetchOptions;
  webDir?: string;
  version?: string;
}

/** One endpoint: its validation spec doubles as its OpenAPI description. */
export interface ApiRoute {
  method: 'GET' | 'POST';
  path: string;
  summary: string;
  tag: string;
  params: ParamSpec[];
  write?: boolean;
  requestBody?: 'ingest';
  response: string;
  handle(ctx: Context, q: ParamValues): Reply | Promise<Reply>;
}

const SEARCH_FILTERS: ParamSpec[] = [
  { name: 'lang', type: 'string', maxLength: 8, description: 'Language code (ISO 639-1), e.g. de.' },
  { name: 'from', type: 'date', description: 'Published on or after (YYYY-MM-DD, YYYY-MM or YYYY).' },
  { name: 'to', type: 'date', description: 'Published on or before (inclusive).' },
  { name: 'entity', type: 'string', maxLength: 300, description: 'Entity key (TYPE:name or canonical id) or name annotated in the document.' },
  { name: 'eventType', type: 'string', maxLength: 100, description: 'Event type that must occur in the document.' },
  { name: 'modality', type: 'enum', enum: MODALITIES, description: 'Event modality that must occur (with eventType: on the same event).' },
];

const EVENT_FILTERS: ParamSpec[] = [
  { name: 'type', type: 'string', maxLength: 100, description: 'Event type.' },
  { name: 'modality', type: 'enum', enum: MODALITIES, description: 'Event modality.' },
  { name: 'entity', type: 'string', maxLength: 300, description: 'Entity key or name that is an actor or recipient of the event.' },
  { name: 'from', type: 'date', description: 'Event date (its time expression, else the article date; of its earliest telling) on or after.' },
  { name: 'to', type: 'date', description: 'Event date on or before (inclusive).' },
  { name: 'doc', type: 'string', maxLength: 64, description: 'Only the events of this document: its own, each with the documents and mentions of its story event.' },
];

function searchOptions(q: ParamValues) {
  const entity = q.entity as string | undefined;
  return {
    lang: q.lang as string | undefined,
    from: q.from ? rangeStart(q.from as string) : undefined,
    to: q.to ? rangeEnd(q.to as string) : undefined,
    entity,
    eventType: q.eventType as string | undefined,
    modality: q.modality as string | undefined,
  };
}

function eventFilters(q: ParamValues) {
  return {
    type: q.type as string | undefined,
    modality: q.modality as string | undefined,
    entity: q.entity as string | undefined,
    from: q.from ? rangeStart(q.from as string) : undefined,
    to: q.to ? rangeEnd(q.to as string) : undefined,
    doc: q.doc as string | undefined,
  };
}

export function apiRoutes(o: Required<Pick<ServerOptions, 'store' | 'maxBodyBytes'>> & ServerOptions, writeNeedsToken: boolean): ApiRoute[] {
  const store = o.store;
  return [
    {
      method: 'GET', path: '/api/info', tag: 'meta', summary: 'Server facts: version, document count, whether writes need the token.', params: [], response: 'Info',
      handle: () => ({ body: { name: 'lagebild', version: o.version ?? '0.1.0', documents: store.count(), writeNeedsToken, maxBodyBytes: o.maxBodyBytes } }),
    },
    {
      method: 'POST', path: '/api/ingest', tag: 'documents', write: true, requestBody: 'ingest', params: [], response: 'IngestSummary',
      summary: 'Analyse and store articles: text, HTML, an http(s) URL or an RSS/Atom feed (JSON, multipart/form-data with files, or a raw body).',
      async handle(ctx) {
        const req = await parseIngestRequest(ctx.req, o.maxBodyBytes);
        const summary = await runIngest({ store, maxBodyBytes: o.maxBodyBytes, fetch: o.fetch ?? {} }, req);
        const ok = summary.stored + summary.duplicates > 0;
        return { status: ok ? (summary.stored ? 201 : 200) : 422, body: summary };
      },
    },
    {
      method: 'GET', path: '/api/documents', tag: 'documents', summary: 'Stored documents, newest first.', params: pageParams(20, 200), response: 'DocumentPage',
      handle: (_c, q) => ({ body: { total: store.count(), limit: q.limit, offset: q.offset, items: store.listDocuments({ limit: q.limit as number, offset: q.offset as number }) } }),
    },
    {
      method: 'GET', path: '/api/documents/:id', tag: 'documents', response: 'Document',
      summary: 'One document with all layers (lagebild/document@1); include=raw adds the raw text that `removed` and `offsets` point into.',
      params: [{ name: 'include', type: 'enum', enum: ['raw'], description: 'Add the raw input text as `raw`.' }],
      handle(ctx, q) {
        if (!/^[0-9a-zA-Z_-]{1,64}$/.test(ctx.params.id)) throw new HttpError(400, 'invalid_id', 'document ids are 1–64 letters, digits, - or _');
        const doc = store.getDocument(ctx.params.id);
        if (!doc) throw new HttpError(404, 'not_found', `no document ${ctx.params.id}`);
        if (q.include === 'raw') return { body: { ...doc, raw: store.getInput(ctx.params.id)?.raw ?? null } };
        return { body: doc };
      },
    },
    {
      method: 'GET', path: '/api/search', tag: 'search', response: 'SearchPage',
      summary: `Full-text search (every word must occur; a trailing * matches prefixes) with filters. Hits are ranked by BM25 up to ${RELEVANCE_LIMIT} matches, newest first beyond that and for an empty q (see sort).`,
      params: [{ name: 'q', type: 'string', maxLength: 500, default: '', description: 'Search words.' }, ...SEARCH_FILTERS, ...pageParams(20, 100)],
      handle(_c, q) {
        const r = searchDocuments(store, q.q as string, { ...searchOptions(q), limit: q.limit as number, offset: q.offset as number });
        return { body: { total: r.total, limit: q.limit, offset: q.offset, sort: r.sort, items: r.hits } };
      },
    },
    {
      method: 'GET', path: '/api/entities', tag: 'entities', response: 'EntityPage',
      summary: 'Entity names across documents, most frequent first, with their dominant type and canonical id (key links to the entity).',
      params: [
        { name: 'q', type: 'string', maxLength: 200, description: 'Name contains.' },
        { name: 'type', type: 'enum', enum: ENTITY_TYPES, description: 'Entity type.' },
        ...pageParams(50, 500),
      ],
      handle: (_c, q) => ({ body: listEntities(store, { q: q.q as string | undefined, type: q.type as string | undefined, limit: q.limit as number, offset: q.offset as number }) }),
    },
    {
      method: 'GET', path: '/api/entities/:key', tag: 'entities', response: 'Entity',
      summary: 'One entity (key = canonical id or TYPE:name): names, roles over time, documents, quotes, events (each story event once, with its mentions), co-occurring actors, mentions by month.',
      params: [{ name: 'limit', type: 'integer', min: 1, max: 500, default: 100, description: 'Most recent documents to read quotes and events from.' }],
      handle(ctx, q) {
        const e = getEntity(store, ctx.params.key, { limit: q.limit as number });
        if (!e) throw new HttpError(404, 'not_found', `no entity ${ctx.params.key}`);
        return { body: e };
      },
    },
    {
      method: 'GET', path: '/api/events', tag: 'events', summary: 'Events with filters, newest event date first. An event told in several near-duplicate documents (one story) is one item, its earliest telling, with every telling in mentions (documentCount, mentionCount); entity matches an actor or recipient of any telling.', params: [...EVENT_FILTERS, ...pageParams(50, 500)], response: 'EventPage',
      handle: (_c, q) => ({ body: listEvents(store, { ...eventFilters(q), limit: q.limit as number, offset: q.offset as number }) }),
    },
    {
      method: 'GET', path: '/api/timeline', tag: 'events', response: 'Timeline',
      summary: 'Event counts in day/week/month buckets split by modality, plus the latest dated events (for drawing); each story event counts once (an event told in near-duplicate documents is one, at the date and modality of its earliest telling).',
      params: [
        { name: 'interval', type: 'enum', enum: ['day', 'week', 'month'], default: 'month', description: 'Bucket size.' },
        ...EVENT_FILTERS,
        { name: 'limit', type: 'integer', min: 0, max: 2000, default: 300, description: 'Dated events to include as items.' },
      ],
      handle: (_c, q) => ({ body: timeline(store, { ...eventFilters(q), interval: q.interval as Interval, limit: q.limit as number }) }),
    },
    {
      method: 'GET', path: '/api/graph', tag: 'entities', response: 'Graph',
      summary: 'Actor network over the newest `docs` documents (in the date range, or mentioning `entity`): entities as nodes; co-occurrence edges (documents naming both in one sentence) and event edges (actor → recipient, by event type) weighted by story events (an event told in near-duplicate documents counts once).',
      params: [
        { name: 'entity', type: 'string', maxLength: 300, description: 'Centre the graph on this entity and its neighbours.' },
        { name: 'types', type: 'string', maxLength: 40, default: 'PER,ORG,LOC', description: 'Comma-separated entity types to include.' },
        { name: 'nodes', type: 'integer', min: 2, max: 300, default: 60, description: 'Most frequent entities to include.' },
        { name: 'minWeight', type: 'integer', min: 1, max: 100000, default: 1, description: 'Drop edges lighter than this.' },
        { name: 'from', type: 'date', description: 'Documents published on or after.' },
        { name: 'to', type: 'date', description: 'Documents published on or before.' },
        { name: 'docs', type: 'integer', min: 1, max: 50000, default: 2000, description: 'Read the newest this many matching documents.' },
      ],
      handle(_c, q) {
        const types = String(q.types).split(',').map((t) => t.trim().toUpperCase()).filter(Boolean);
        const bad = types.filter((t) => !(ENTITY_TYPES as readonly string[]).includes(t));
        if (bad.length || types.length === 0) throw new HttpError(400, 'invalid_parameters', `types: must be a comma-separated list of ${ENTITY_TYPES.join(', ')}`);
        return {
          body: graph(store, {
            entity: q.entity as string | undefined, types, nodes: q.nodes as number, minWeight: q.minWeight as number, docs: q.docs as number,
            from: q.from ? rangeStart(q.from as string) : undefined, to: q.to ? rangeEnd(q.to as string) : undefined,
          }),
        };
      },
    },
    {
      method: 'GET', path: '/api/export', tag: 'documents', response: 'Export',
      summary: 'Export documents as JSONL (document JSON, one a line) or one layer as CSV; the search filters select documents. CSV events: one row per story event (an event told in near-duplicate documents once, with story_id, signature, documents, mentions, doc_ids); event_mentions: one row per telling, with its story event.',
      params: [
        { name: 'format', type: 'enum', enum: ['jsonl', 'csv'], default: 'jsonl', description: 'Output format.' },
        { name: 'layer', type: 'enum', enum: EXPORT_LAYERS, default: 'documents', description: 'For CSV: one row per document or per item of this layer (events: per story event; event_mentions: per telling).' },
        { name: 'q', type: 'string', maxLength: 500, default: '', description: 'Search words.' },
        ...SEARCH_FILTERS,
      ],
      async handle(ctx, q) {
        await streamExport(ctx.res, store, { format: q.format as 'jsonl' | 'csv', layer: q.layer as ExportLayer, q: q.q as string, filters: searchOptions(q) });
        return null;
      },
    },
  ];
}

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

/** Whether a Host header names this machine by a loopback name or address (any port). */
export function loopbackHostHeader(host: string | undefined): boolean {
  if (!host) return false;
  const m = /^(\[[^\]]+\]|[^:]+)(?::\d+)?$/.exec(host.trim().toLowerCase());
  if (!m) return false;
  const name = m[1];
  return name === 'localhost' || name.endsWith('.localhost') || isLoopbackHost(name);
}

/** Creates the HTTP server (not yet listening). */
export function createApiServer(options: ServerOptions): Server {
  const o = { maxBodyBytes: 5 * 1024 * 1024, ...options };
  const host = o.host ?? '127.0.0.1';
  const loopbackOnly = isLoopbackHost(host);
  const writeNeedsToken = !!o.token && (o.requireToken || !loopbackOnly);
  if ((o.requireToken || !isLoopbackHost(host)) && !o.token) throw new Error(`a write token is required to serve on ${host}`);
  const routes = apiRoutes(o, writeNeedsToken);
  searchIndex(o.store).refresh(); // load the per-document date/language table before the first request
  const router = new Router<ApiRoute>();
  for (const r of routes) router.add(r.method, r.path, r);
  let openapi: unknown = null;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      throw new HttpError(400, 'bad_url', 'malformed request URL');
    }
    const method = req.method ?? 'GET';
    // On a loopback bind, only loopback Host names are served: a web page that rebinds its own DNS name
    // to 127.0.0.1 cannot read or write through the user's browser.
    if (loopbackOnly && !loopbackHostHeader(req.headers.host)) {
      throw new HttpError(403, 'host_not_allowed', 'this server only answers requests for localhost');
    }
    if (url.pathname === '/openapi.json') {
      if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'method_not_allowed', 'use GET', { allow: ['GET'] });
      openapi ??= buildOpenApi(routes, { version: o.version ?? '0.1.0', writeNeedsToken });
      return sendJson(res, 200, openapi, { 'access-control-allow-origin': '*' });
    }
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      const route = router.match(method, url.pathname);
      const r = route.data;
      if (r.write) {
        const origin = req.headers.origin;
        if (origin && origin !== 'null') {
          let same = false;
          try {
            same = new URL(origin).host === req.headers.host;
          } catch {
            same = false;
          }
          if (!same) throw new HttpError(403, 'cross_origin', 'cross-origin writes are not allowed');
        } else if (origin === 'null') throw new HttpError(403, 'cross_origin', 'cross-origin writes are not allowed');
        if (writeNeedsToken && !checkBearer(req.headers.authorization, o.token!)) {
          throw new HttpError(401, 'unauthorized', 'this endpoint needs the write token: send "Authorization: Bearer <token>" (printed at start, stored beside the database)');
        }
      }
      const values = validateQuery(url.searchParams, r.params);
      const reply = await r.handle({ req, res, url, params: route.params, query: url.searchParams }, values);
      if (reply) sendJson(res, reply.status ?? 200, reply.body, reply.headers);
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'method_not_allowed', 'use GET', { allow: ['GET'] });
    if (serveStatic(res, url.pathname, o.webDir ?? WEB_DIST)) return;
    throw new HttpError(404, 'not_found', `nothing at ${url.pathname}`);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (res.headersSent) {
        res.destroy(e as Error);
        return;
      }
      if (e instanceof HttpError) return sendError(res, e);
      process.stderr.write(`error: ${req.method} ${req.url}: ${(e as Error).stack ?? e}\n`);
      sendError(res, new HttpError(500, 'internal', 'internal server error'));
    });
  });
  server.requestTimeout = 120_000;
  server.headersTimeout = 30_000;
  return server;
}

/** Starts listening; resolves with the bound address (port 0 picks a free port). */
export function listen(server: Server, port: number, host: string): Promise<{ port: number; host: string; url: string }> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const a = server.address() as AddressInfo;
      const h = a.family === 'IPv6' ? `[${a.address}]` : a.address;
      resolve({ port: a.port, host: a.address, url: `http://${h}:${a.port}/` });
    });
  });
}
