/** Typed calls to the Lagebild HTTP API. */
export interface Span {
  start: number;
  end: number;
  text: string;
}
export interface Entity {
  id: string;
  type: string;
  name: string;
  canonicalId?: string | null;
  country?: string | null;
  roles?: Array<{ title: string; country: string | null; span: Span }>;
  mentions: Array<Span & { form: string; label?: string }>;
}
export interface Quote extends Span {
  id: string;
  kind: string;
  speaker: string | null;
  speakerMention: Span | null;
  cue: Span | null;
  addressee: string | null;
}
export interface TimeExpr extends Span {
  id: string;
  type: string;
  value: string;
}
export interface Figure extends Span {
  id: string;
  value: number;
  unit: string | null;
  kind: string;
}
export interface EventRec {
  id: string;
  type: string;
  mode: string | null;
  modality: string;
  actors: string[];
  recipients: string[];
  place: string | null;
  time: string | null;
  source: string | null;
  trigger: Span;
  sentence: number;
}
export interface Removal {
  rawStart: number;
  rawEnd: number;
  reason: string;
  duplicateOf?: number;
}
export interface DocumentJSON {
  id: string;
  lang: string | null;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
  byline?: string | null;
  text: string;
  raw?: string | null;
  removed: Removal[];
  sentences: Array<{ start: number; end: number }>;
  entities: Entity[];
  quotes: Quote[];
  times: TimeExpr[];
  figures: Figure[];
  events: EventRec[];
  offsets: { runs: number[]; rawLength: number };
}
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
