import { normalizeDate } from './dates.ts';
import { extractHtml } from './html.ts';
import type { ReadResult } from './types.ts';

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/**
 * Reads JSON Lines: one article object a line with `text` or `html`, and optional
 * `title`, `url`, `source`, `published` (or `date`), `byline`. A bad line fails alone.
 */
export function readJsonl(name: string, content: string): ReadResult[] {
  const results: ReadResult[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const itemName = `${name}#line ${i + 1}`;
    const fail = (msg: string): void => {
      results.push({ ok: false, failure: { name: itemName, error: `${itemName}: ${msg}` } });
    };
    let obj: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(line);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        fail('not a JSON object');
        continue;
      }
      obj = parsed as Record<string, unknown>;
    } catch (e) {
      fail(`invalid JSON (${(e as Error).message})`);
      continue;
    }
    const meta = {
      title: str(obj.title),
      url: str(obj.url),
      source: str(obj.source),
      published: normalizeDate(str(obj.published) ?? str(obj.date)),
      byline: str(obj.byline) ?? str(obj.author),
    };
    const text = str(obj.text);
    const html = str(obj.html);
    if (text) {
      results.push({ ok: true, article: { name: itemName, format: 'jsonl', input: line, text, meta, warnings: [] } });
    } else if (html) {
      try {
        const extracted = extractHtml(itemName, html);
        const merged = { ...extracted.meta };
        for (const [k, v] of Object.entries(meta)) if (v) (merged as Record<string, unknown>)[k] = v;
        results.push({ ok: true, article: { name: itemName, format: 'jsonl', input: line, text: extracted.text, meta: merged, warnings: [] } });
      } catch (e) {
        fail((e as Error).message.replace(`${itemName}: `, ''));
      }
    } else fail('no "text" or "html" field');
  }
  return results;
}
