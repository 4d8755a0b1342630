/** Small calendar helpers on proleptic Gregorian dates (UTC, no time zones). */

export interface YMD {
  y: number;
  m: number;
  d: number;
}

export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n));
  return s.length >= width ? s : '0'.repeat(width - s.length) + s;
}

export function formatYear(y: number): string {
  return y <= 0 ? `BC${pad(1 - y, 4)}` : pad(y, 4);
}

export function formatDate(y: number, m?: number, d?: number): string {
  let s = formatYear(y);
  if (m !== undefined) s += `-${pad(m)}`;
  if (m !== undefined && d !== undefined) s += `-${pad(d)}`;
  return s;
}

function toDate(y: number, m: number, d: number): Date {
  const dt = new Date(Date.UTC(2000, m - 1, d));
  dt.setUTCFullYear(y);
  return dt;
}

export function addDays(a: YMD, n: number): YMD {
  const dt = toDate(a.y, a.m, a.d);
  dt.setUTCDate(dt.getUTCDate() + n);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const t = y * 12 + (m - 1) + n;
  return { y: Math.floor(t / 12), m: (((t % 12) + 12) % 12) + 1 };
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekday(a: YMD): number {
  const w = toDate(a.y, a.m, a.d).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO week-numbering year and week. */
export function isoWeek(a: YMD): { y: number; w: number } {
  const thursday = addDays(a, 4 - weekday(a));
  const jan1 = toDate(thursday.y, 1, 1).getTime();
  const t = toDate(thursday.y, thursday.m, thursday.d).getTime();
  return { y: thursday.y, w: Math.floor((t - jan1) / 86400000 / 7) + 1 };
}

export function formatWeek(a: YMD): string {
  const { y, w } = isoWeek(a);
  return `${formatYear(y)}-W${pad(w)}`;
}

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm). */
export function easterSunday(y: number): YMD {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

export function daysInMonth(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** Ordinal day count, for distances. */
export function dayNumber(a: YMD): number {
  return Math.round(toDate(a.y, a.m, a.d).getTime() / 86400000);
}

/** Parses YYYY-MM-DD (and longer ISO strings, or anything Date.parse reads) into a date; null if not a date. */
export function parseYMD(s: string | null | undefined): YMD | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (m) return { y: +m[1], m: +m[2], d: +m[3] };
  // RFC 2822 and other forms Date understands ("Tue, 09 Apr 2024 10:00:00 GMT"); the calendar day as written.
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const dt = new Date(t);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
