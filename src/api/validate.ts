import { HttpError } from './http.ts';

/** A query parameter: validated at run time and described in the OpenAPI document from the same spec. */
export interface ParamSpec {
  name: string;
  type: 'string' | 'integer' | 'date' | 'enum' | 'boolean';
  description: string;
  enum?: readonly string[];
  min?: number;
  max?: number;
  default?: string | number | boolean;
  maxLength?: number;
}

export type ParamValues = Record<string, string | number | boolean | undefined>;

const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** Pagination parameters shared by every list endpoint. */
export function pageParams(defaultLimit = 20, maxLimit = 200): ParamSpec[] {
  return [
    { name: 'limit', type: 'integer', min: 1, max: maxLimit, default: defaultLimit, description: `Items per page (1–${maxLimit}).` },
    { name: 'offset', type: 'integer', min: 0, max: 1_000_000, default: 0, description: 'Items to skip.' },
  ];
}

/**
 * Validates query parameters against specs: unknown names, repeated names, wrong types and
 * out-of-range values are 400 errors that say which parameter and why.
 */
export function validateQuery(query: URLSearchParams, specs: ParamSpec[]): ParamValues {
  const problems: Array<{ param: string; message: string }> = [];
  const known = new Map(specs.map((s) => [s.name, s]));
  const seen = new Set<string>();
  for (const name of query.keys()) {
    if (!known.has(name)) problems.push({ param: name, message: `unknown parameter (allowed: ${[...known.keys()].join(', ') || 'none'})` });
    else if (seen.has(name)) problems.push({ param: name, message: 'given more than once' });
    seen.add(name);
  }
  const out: ParamValues = {};
  for (const s of specs) {
    const raw = query.get(s.name);
    if (raw === null || raw === '') {
      out[s.name] = s.default;
      continue;
    }
    const fail = (message: string) => problems.push({ param: s.name, message });
    switch (s.type) {
      case 'integer': {
        if (!/^-?\d+$/.test(raw)) {
          fail(`must be an integer, got "${raw.slice(0, 40)}"`);
          break;
        }
        const n = Number(raw);
        if (s.min !== undefined && n < s.min) fail(`must be at least ${s.min}`);
        else if (s.max !== undefined && n > s.max) fail(`must be at most ${s.max}`);
        else out[s.name] = n;
        break;
      }
      case 'date':
        if (!DATE.test(raw)) fail(`must be a date YYYY-MM-DD (or YYYY-MM, YYYY), got "${raw.slice(0, 40)}"`);
        else out[s.name] = raw;
        break;
      case 'enum':
        if (!s.enum!.includes(raw)) fail(`must be one of ${s.enum!.join(', ')}, got "${raw.slice(0, 40)}"`);
        else out[s.name] = raw;
        break;
      case 'boolean':
        if (!['1', '0', 'true', 'false'].includes(raw)) fail('must be true or false');
        else out[s.name] = raw === '1' || raw === 'true';
        break;
      default:
        if (raw.length > (s.maxLength ?? 500)) fail(`is longer than ${s.maxLength ?? 500} characters`);
        else out[s.name] = raw;
    }
  }
  if (problems.length) throw new HttpError(400, 'invalid_parameters', problems.map((p) => `${p.param}: ${p.message}`).join('; '), problems);
  return out;
}

/** The end of a date range given as YYYY, YYYY-MM or YYYY-MM-DD, as an inclusive YYYY-MM-DD. */
export function rangeEnd(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${date}-${String(last).padStart(2, '0')}`;
  }
  return date;
}

/** The start of a date range as YYYY-MM-DD. */
export function rangeStart(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}
