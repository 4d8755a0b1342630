/** Typed calls to the Lagebild HTTP API. */
// The document contract is the pipeline's own (src/doc); only what the API adds is declared here.
import type { DocumentJSON as StoredDocument } from '../../doc/document.ts';
export type { Span, Entity, Quote, Figure, Removal, TimeExpression as TimeExpr, EventRecord as EventRec } from '../../doc/types.ts';
import type { Span } from '../../doc/types.ts';

/** A document as the API returns it; `include=raw` adds the raw text. */
export type DocumentJSON = StoredDocument & { raw?: string | null };
export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}
export interface SearchHit {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  lang: string | null;
  snippet: string;
}
export interface EventItem {
  docId: string;
  docTitle: string | null;
  published: string | null;
  date: string | null;
  id: string;
  type: string;
  mode: string | null;
  modality: string;
  actors: Array<{ id: string; name: string; key: string | null }>;
  recipients: Array<{ id: string; name: string; key: string | null }>;
  place: string | null;
  time: string | null;
  trigger: Span | null;
  sentence: string | null;
}

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
