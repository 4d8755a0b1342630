import * as chrono from 'chrono-node';
import type { TimeExpression } from '../doc/index.ts';
import { formatDate, pad } from '../time/calendar.ts';

/**
 * Baseline for `eval time`: chrono-node alone (its German or English parser), with values at
 * the precision chrono marks as known (weekday/relative results take the implied day).
 * Spans drop a leading preposition ("am", "on", "in") to follow TIMEX conventions.
 */
export function chronoTimes(text: string, lang: 'de' | 'en', published: string | null): TimeExpression[] {
  const parser = lang === 'de' ? chrono.de : chrono.en;
  const ref = published ? new Date(`${published.slice(0, 10)}T12:00:00Z`) : new Date('2000-01-01T12:00:00Z');
  const out: TimeExpression[] = [];
  for (const r of parser.parse(text, ref)) {
    let start = r.index;
    let end = r.index + r.text.length;
    const lead = /^\s*(?:am|im|um|vom|on|in|at)\s+/i.exec(text.slice(start, end));
    if (lead) start += lead[0].length;
    while (end > start && /\s/.test(text[end - 1])) end--;
    const c = r.start;
    const y = c.get('year')!;
    const m = c.get('month')!;
    const d = c.get('day')!;
    let value: string;
    if (c.isCertain('hour')) value = `${formatDate(y, m, d)}T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}`;
    else if (c.isCertain('day') || c.isCertain('weekday')) value = formatDate(y, m, d);
    else if (c.isCertain('month')) value = formatDate(y, m);
    else value = formatDate(y);
    if (!published && !c.isCertain('year')) value = 'XXXX' + value.slice(4);
    out.push({ id: `t${out.length + 1}`, start, end, text: text.slice(start, end), type: c.isCertain('hour') ? 'TIME' : 'DATE', value });
  }
  return out;
}
