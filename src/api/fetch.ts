import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { classifyAddress, type AddressClass } from './address.ts';

/** A refused or failed URL fetch; `status` is the HTTP status the API answers with. */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }
}

export interface SafeFetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Which address classes may be connected to (default: only public). Tests widen this to loopback. */
  allow?: (cls: AddressClass, address: string) => boolean;
}

export interface FetchedDocument {
  url: string;
  status: number;
  contentType: string | null;
  bytes: Buffer;
}

const defaultAllow = (cls: AddressClass) => cls === 'public';

/**
 * Fetches an http(s) URL for ingestion. Every address the host name resolves to is checked
 * (a name with any non-public address is refused), and the connection goes to a checked address
 * (no second lookup that DNS rebinding could change). Redirects are followed by hand and checked
 * again; the whole fetch has a deadline and the body a size cap.
 */
export async function safeFetch(rawUrl: string, options: SafeFetchOptions = {}): Promise<FetchedDocument> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 3;
  const allow = options.allow ?? defaultAllow;
  const deadline = Date.now() + timeoutMs;
  let url = parseUrl(rawUrl);
  for (let hop = 0; ; hop++) {
    const res = await fetchOnce(url, { deadline, maxBytes, allow });
    if (res.redirect) {
      if (hop >= maxRedirects) throw new FetchError(`too many redirects (more than ${maxRedirects})`, 422, 'too_many_redirects');
      url = parseUrl(new URL(res.redirect, url).toString());
      continue;
    }
    return { url: url.toString(), status: res.status, contentType: res.contentType, bytes: res.bytes! };
  }
}

export function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError(`not a valid URL: ${raw.slice(0, 200)}`, 400, 'invalid_url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(`only http and https URLs can be ingested, not ${url.protocol}`, 400, 'scheme_not_allowed');
  }
  if (url.username || url.password) throw new FetchError('URLs with credentials are not accepted', 400, 'credentials_in_url');
  return url;
}

/** A dns.lookup replacement for http.request that refuses names resolving to non-public addresses. */
function checkedLookup(allow: NonNullable<SafeFetchOptions['allow']>): LookupFunction {
  return ((hostname: string, opts: unknown, callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void) => {
    const wantAll = typeof opts === 'object' && opts !== null && (opts as { all?: boolean }).all === true;
    const check = (addresses: LookupAddress[]) => {
      if (addresses.length === 0) return callback(new FetchError(`${hostname} did not resolve`, 422, 'dns_failed'), '');
      for (const a of addresses) {
        const cls = classifyAddress(a.address);
        if (!allow(cls, a.address)) {
          return callback(new FetchError(`refusing to fetch ${hostname}: it resolves to a ${cls} address (${a.address})`, 403, 'address_not_allowed'), '');
        }
      }
      if (wantAll) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    };
    const literal = hostname.replace(/^\[|\]$/g, '');
    const family = isIP(literal);
    if (family) return check([{ address: literal, family }]);
    dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) => {
      if (err) return callback(new FetchError(`could not resolve ${hostname}: ${err.code ?? err.message}`, 422, 'dns_failed'), '');
      check(addresses);
    });
  }) as LookupFunction;
}

interface Once {
  status: number;
  contentType: string | null;
  redirect?: string;
  bytes?: Buffer;
}

function fetchOnce(url: URL, o: { deadline: number; maxBytes: number; allow: NonNullable<SafeFetchOptions['allow']> }): Promise<Once> {
  return new Promise((resolve, reject) => {
    const remaining = o.deadline - Date.now();
    if (remaining <= 0) return reject(new FetchError('timed out', 504, 'timeout'));
    // IP literals skip the lookup hook in Node, so check them here.
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(literal)) {
      const cls = classifyAddress(literal);
      if (!o.allow(cls, literal)) {
        return reject(new FetchError(`refusing to fetch ${url.hostname}: a ${cls} address`, 403, 'address_not_allowed'));
      }
    }
    const mod = url.protocol === 'https:' ? https : http;
    const req = mod.request(
      url,
      {
        method: 'GET',
        lookup: checkedLookup(o.allow),
        headers: { 'user-agent': 'lagebild/0.1 (+self-hosted news analysis)', accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml, text/plain;q=0.9, */*;q=0.1' },
        agent: false,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const contentType = (res.headers['content-type'] as string | undefined) ?? null;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          clearTimeout(timer);
          return resolve({ status, contentType, redirect: res.headers.location });
        }
        if (status < 200 || status >= 300) {
          res.resume();
          clearTimeout(timer);
          return reject(new FetchError(`the server answered HTTP ${status}`, 422, 'upstream_status'));
        }
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > o.maxBytes) {
          req.destroy();
          clearTimeout(timer);
          return reject(new FetchError(`the document is ${declared} bytes, over the limit of ${o.maxBytes}`, 413, 'too_large'));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > o.maxBytes) {
            req.destroy();
            clearTimeout(timer);
            reject(new FetchError(`the document is over the limit of ${o.maxBytes} bytes`, 413, 'too_large'));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ status, contentType, bytes: Buffer.concat(chunks) });
        });
        res.on('error', (e) => {
          clearTimeout(timer);
          reject(e instanceof FetchError ? e : new FetchError(`fetch failed: ${e.message}`, 422, 'fetch_failed'));
        });
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      reject(new FetchError(`timed out after ${remaining} ms`, 504, 'timeout'));
    }, remaining);
    req.on('error', (e) => {
      clearTimeout(timer);
      reject(e instanceof FetchError ? e : new FetchError(`fetch failed: ${e.message}`, 422, 'fetch_failed'));
    });
    req.end();
  });
}
