/** Typed calls to the Lagebild HTTP API. */
// The document contract is the pipeline's own (src/doc); only what the API adds is declared here.
import type { DocumentJSON as StoredDocument } from '../../doc/document.ts';
export type { Span, Entity, Quote, Figure, Removal, TimeExpression as TimeExpr, EventRecord as EventRec } from '../../doc/types.ts';

/** A document as the API returns it; `include=raw` adds the raw text. */
export type DocumentJSON = StoredDocument & { raw?: string | null };
export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}
// Response shapes declared once, by the server code that produces them.
export type { SearchHit } from '../../store/index.ts';
export type { EventItem } from '../../api/queries.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: unknown = null,
  ) {
    super(message);
  }
}

async function parse<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error?.message ?? `HTTP ${res.status}`, body);
  return body as T;
}

export function qs(params: Record<string, string | number | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}

export async function get<T>(path: string, params: Record<string, string | number | undefined | null> = {}): Promise<T> {
  return parse<T>(await fetch(`${path}${qs(params)}`, { headers: { accept: 'application/json' } }));
}

export function token(): string | null {
  return sessionStorage.getItem('lagebild-token');
}

export async function post<T>(path: string, body: BodyInit, contentType?: string): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (contentType) headers['content-type'] = contentType;
  const t = token();
  if (t) headers.authorization = `Bearer ${t}`;
  return parse<T>(await fetch(path, { method: 'POST', body, headers }));
}
