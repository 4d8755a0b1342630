import type { IncomingMessage } from 'node:http';
import { ingestAll, normalizeDate, readBytes, type InputFormat, type IngestSummary, type ReadResult } from '../ingest/index.ts';
import type { Store } from '../store/index.ts';
import { FetchError, safeFetch, type SafeFetchOptions } from './fetch.ts';
import { HttpError, readBody } from './http.ts';

const FORMATS: InputFormat[] = ['text', 'html', 'jsonl', 'feed'];
const JSON_KEYS = ['text', 'html', 'feed', 'url', 'format', 'name', 'title', 'source', 'published'] as const;

interface Part {
  name: string;
  bytes: Uint8Array;
  format?: InputFormat;
  url?: string;
}

interface IngestRequest {
  parts: Part[];
  urls: string[];
  published: string | null;
  title?: string;
  source?: string;
}

export interface IngestContext {
  store: Store;
  maxBodyBytes: number;
  fetch: SafeFetchOptions;
}

function field(v: unknown, name: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new HttpError(400, 'invalid_body', `${name} must be a string`);
  return v;
}

function format(v: string | undefined): InputFormat | undefined {
  if (v === undefined || v === '') return undefined;
  if (!FORMATS.includes(v as InputFormat)) throw new HttpError(400, 'invalid_body', `format must be one of ${FORMATS.join(', ')}`);
  return v as InputFormat;
}

function published(v: string | undefined): string | null {
  if (!v) return null;
  const d = normalizeDate(v);
  if (!d) throw new HttpError(400, 'invalid_body', `published must be a date such as 2024-04-09, got "${v.slice(0, 40)}"`);
  return d;
}

/** Parses a POST /api/ingest body: JSON, multipart/form-data, or a raw text/HTML/feed body. */
export async function parseIngestRequest(req: IncomingMessage, maxBodyBytes: number): Promise<IngestRequest> {
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  const mime = type.split(';')[0].trim();
  const body = await readBody(req, maxBodyBytes);
  const enc = new TextEncoder();
  if (mime === 'application/json') {
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch (e) {
      throw new HttpError(400, 'invalid_json', `the body is not valid JSON: ${(e as Error).message}`);
    }
    if (!json || typeof json !== 'object' || Array.isArray(json)) throw new HttpError(400, 'invalid_body', 'the body must be a JSON object');
    const o = json as Record<string, unknown>;
    const unknown = Object.keys(o).filter((k) => !(JSON_KEYS as readonly string[]).includes(k));
    if (unknown.length) throw new HttpError(400, 'invalid_body', `unknown field(s): ${unknown.join(', ')} (allowed: ${JSON_KEYS.join(', ')})`);
    const given = (['text', 'html', 'feed', 'url'] as const).filter((k) => o[k] !== undefined && o[k] !== null);
    if (given.length !== 1) throw new HttpError(400, 'invalid_body', 'give exactly one of text, html, feed or url');
    const kind = given[0];
    const value = field(o[kind], kind)!;
    if (!value.trim()) throw new HttpError(400, 'invalid_body', `${kind} is empty`);
    const name = field(o.name, 'name') ?? (kind === 'text' ? 'pasted text' : kind === 'html' ? 'pasted.html' : kind === 'feed' ? 'pasted feed' : value);
    const explicit = format(field(o.format, 'format'));
    const req0: IngestRequest = { parts: [], urls: [], published: published(field(o.published, 'published')), title: field(o.title, 'title'), source: field(o.source, 'source') };
    if (kind === 'url') req0.urls.push(value);
    else req0.parts.push({ name, bytes: enc.encode(value), format: explicit ?? (kind === 'text' ? 'text' : kind) });
    return req0;
  }
  if (mime === 'multipart/form-data') {
    let form: FormData;
    try {
      form = await new Request('http://localhost/', { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(body) }).formData();
    } catch (e) {
      throw new HttpError(400, 'invalid_multipart', `could not parse the multipart body: ${(e as Error).message}`);
    }
    const out: IngestRequest = { parts: [], urls: [], published: null };
    let explicit: InputFormat | undefined;
    for (const [k, v] of form.entries()) {
      if (typeof v !== 'string') {
        if (k !== 'file') throw new HttpError(400, 'invalid_body', `unexpected file field "${k}" (use "file")`);
        out.parts.push({ name: v.name || 'upload', bytes: new Uint8Array(await v.arrayBuffer()) });
        continue;
      }
      switch (k) {
        case 'text':
        case 'html':
        case 'feed':
          if (v.trim()) out.parts.push({ name: k === 'text' ? 'pasted text' : `pasted ${k}`, bytes: enc.encode(v), format: k === 'text' ? 'text' : k });
          break;
        case 'url':
          if (v.trim()) out.urls.push(v.trim());
          break;
        case 'format':
          explicit = format(v);
          break;
        case 'published':
          out.published = published(v);
          break;
        case 'title':
          out.title = v || undefined;
          break;
        case 'source':
          out.source = v || undefined;
          break;
        default:
          throw new HttpError(400, 'invalid_body', `unknown form field "${k}"`);
      }
    }
    if (explicit) for (const p of out.parts) p.format ??= explicit;
    if (out.parts.length + out.urls.length === 0) throw new HttpError(400, 'invalid_body', 'nothing to ingest: send a file, text, html, feed or url field');
    return out;
  }
  const raw: Record<string, InputFormat> = {
    'text/plain': 'text',
    'text/html': 'html',
    'application/xhtml+xml': 'html',
    'application/rss+xml': 'feed',
    'application/atom+xml': 'feed',
    'application/xml': 'feed',
    'text/xml': 'feed',
    'application/x-ndjson': 'jsonl',
    'application/jsonl': 'jsonl',
  };
  if (raw[mime]) {
    if (body.length === 0) throw new HttpError(400, 'invalid_body', 'the body is empty');
    return { parts: [{ name: 'request body', bytes: body, format: raw[mime] }], urls: [], published: null };
  }
  throw new HttpError(415, 'unsupported_media_type', `unsupported content type "${mime || '(none)'}"; use application/json, multipart/form-data, text/plain, text/html or an RSS/Atom type`);
}

function formatFromContentType(ct: string | null): InputFormat | undefined {
  const m = (ct ?? '').split(';')[0].trim().toLowerCase();
  if (m === 'text/html' || m === 'application/xhtml+xml') return 'html';
  if (m === 'application/rss+xml' || m === 'application/atom+xml') return 'feed';
  if (m === 'text/plain') return 'text';
  return undefined;
}

/** Reads, analyses and stores everything in an ingest request. */
export async function runIngest(ctx: IngestContext, r: IngestRequest): Promise<IngestSummary> {
  const results: ReadResult[] = [];
  for (const p of r.parts) results.push(...(await readBytes(p.name, p.bytes, { format: p.format, maxBytes: ctx.maxBodyBytes })));
  for (const url of r.urls) {
    try {
      const fetched = await safeFetch(url, { maxBytes: ctx.maxBodyBytes, ...ctx.fetch });
      const read = await readBytes(fetched.url, fetched.bytes, { format: formatFromContentType(fetched.contentType), maxBytes: ctx.maxBodyBytes });
      for (const x of read) if (x.ok) x.article.meta.url ??= fetched.url;
      results.push(...read);
    } catch (e) {
      if (e instanceof FetchError) {
        // A refused address or scheme is the client's error; answer it as such when it is the only input.
        if (r.urls.length === 1 && r.parts.length === 0) throw new HttpError(e.status, e.code, e.message);
        results.push({ ok: false, failure: { name: url, error: `${url}: ${e.message}` } });
      } else throw e;
    }
  }
  for (const x of results) {
    if (!x.ok) continue;
    if (r.title) x.article.meta.title = r.title;
    if (r.source) x.article.meta.source = r.source;
  }
  return ingestAll(ctx.store, results, { published: r.published });
}
