import type { IncomingMessage, ServerResponse } from 'node:http';
import { escapeRegExp } from '../util/regexp.ts';

/** An error answered as JSON `{error: {status, code, message, details?}}`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export interface Context {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
  query: URLSearchParams;
}

/** What a handler returns: a JSON body (status 200 unless given), or `null` when it wrote the response itself. */
export type Reply = { status?: number; body: unknown; headers?: Record<string, string> } | null;
interface Route<T> {
  method: string;
  pattern: RegExp;
  keys: string[];
  data: T;
}

/** A tiny router: `/api/documents/:id` patterns, 404 for unknown paths, 405 (with the allowed methods) for wrong ones. */
export class Router<T> {
  private routes: Array<Route<T>> = [];

  add(method: string, path: string, data: T): this {
    const keys: string[] = [];
    const pattern = new RegExp(
      `^${escapeRegExp(path).replace(/:(\w+)/g, (_m, k: string) => {
        keys.push(k);
        return '([^/]+)';
      })}$`,
    );
    this.routes.push({ method, pattern, keys, data });
    return this;
  }

  /** Finds the route for a request (HEAD matches GET); throws 404/405 HttpErrors. */
  match(method: string, pathname: string): { data: T; params: Record<string, string> } {
    const allowed: string[] = [];
    for (const r of this.routes) {
      const m = r.pattern.exec(pathname);
      if (!m) continue;
      if (r.method === method || (method === 'HEAD' && r.method === 'GET')) {
        const params: Record<string, string> = {};
        r.keys.forEach((k, i) => {
          try {
            params[k] = decodeURIComponent(m[i + 1]);
          } catch {
            throw new HttpError(400, 'bad_path', `malformed percent-encoding in ${k}`);
          }
        });
        return { data: r.data, params };
      }
      allowed.push(r.method);
    }
    if (allowed.length) throw new HttpError(405, 'method_not_allowed', `${method} is not allowed here; use ${allowed.join(', ')}`, { allow: allowed });
    throw new HttpError(404, 'not_found', `no API endpoint at ${pathname}`);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(data),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : data);
}

export function sendError(res: ServerResponse, e: HttpError): void {
  const headers: Record<string, string> = {};
  const allow = (e.details as { allow?: string[] } | undefined)?.allow;
  if (e.status === 405 && allow) headers.allow = allow.join(', ');
  if (e.status === 401) headers['www-authenticate'] = 'Bearer realm="lagebild"';
  sendJson(res, e.status, { error: { status: e.status, code: e.code, message: e.message, ...(e.details !== undefined ? { details: e.details } : {}) } }, headers);
}

/** Reads a request body up to `limit` bytes; 413 as soon as it is exceeded. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      return reject(new HttpError(413, 'body_too_large', `request body is ${declared} bytes, over the limit of ${limit} bytes`));
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (c: Buffer) => {
      if (failed) return;
      size += c.length;
      if (size > limit) {
        failed = true;
        reject(new HttpError(413, 'body_too_large', `request body is over the limit of ${limit} bytes`));
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    req.on('error', (e) => {
      if (!failed) reject(new HttpError(400, 'bad_body', `could not read the request body: ${e.message}`));
    });
  });
}
