import { readFileSync } from 'node:fs';

export interface GnadArticle {
  /** 0-based row index in the CSV file. */
  row: number;
  label: string;
  text: string;
}

/**
 * Reads 10kGNAD CSV (`label;'text'`, `'` quotes, `''` escapes, one article a line).
 * Row numbers are stable ids for gold annotations made on this file.
 */
export function readGnad(path: string, limit = Infinity): GnadArticle[] {
  const content = readFileSync(path, 'utf8');
  const out: GnadArticle[] = [];
  let i = 0;
  const n = content.length;
  while (i < n && out.length < limit) {
    const semi = content.indexOf(';', i);
    if (semi < 0) break;
    const label = content.slice(i, semi);
    let j = semi + 1;
    let text = '';
    if (content[j] === "'") {
      j++;
      const parts: string[] = [];
      let from = j;
      for (;;) {
        const q = content.indexOf("'", j);
        if (q < 0) {
          parts.push(content.slice(from));
          j = n;
          break;
        }
        if (content[q + 1] === "'") {
          parts.push(content.slice(from, q + 1));
          j = q + 2;
          from = j;
          continue;
        }
        parts.push(content.slice(from, q));
        j = q + 1;
        break;
      }
      text = parts.join('');
    } else {
      const nl = content.indexOf('\n', j);
      text = content.slice(j, nl < 0 ? n : nl);
      j = nl < 0 ? n : nl;
    }
    out.push({ row: out.length, label: label.trim(), text });
    const nl = content.indexOf('\n', j);
    i = nl < 0 ? n : nl + 1;
  }
  return out;
}
