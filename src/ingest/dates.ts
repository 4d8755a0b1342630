/**
 * Normalises a published date to ISO: "YYYY-MM-DD", or a full ISO date-time in UTC when a time is given.
 * Returns null for values that are not dates.
 */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (dateOnly) return validDay(+dateOnly[1], +dateOnly[2], +dateOnly[3]) ? v : null;
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  if (german) {
    const [d, m, y] = [+german[1], +german[2], +german[3]];
    return validDay(y, m, d) ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : null;
  }
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().replace('.000Z', 'Z');
}

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The calendar day (YYYY-MM-DD) of a normalised published value. */
export function publishedDay(published: string | null): string | null {
  return published ? published.slice(0, 10) : null;
}
