import { TextBuilder, type OffsetMap, type Removal } from '../doc/index.ts';

// Characters that carry no text: soft hyphen, zero-width space/joiners, word joiner, BOM.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
// Horizontal and vertical white space, including no-break and typographic spaces.
const SPACE = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
const COMBINING = /\p{M}/u;
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

export interface NormalizeResult {
  text: string;
  offsets: OffsetMap;
  removed: Removal[];
}

/**
 * Character-level cleaning with an exact offset map back to the input:
 * NFC composition, invisible characters dropped, white space collapsed
 * (a run with two or more line breaks becomes a paragraph break "\n\n",
 * one line break stays "\n", anything else one space), ends trimmed.
 */
export function normalizeText(raw: string): NormalizeResult {
  const out = new TextBuilder();
  const removed: Removal[] = [];
  const n = raw.length;
  let i = 0;
  let copyFrom = 0; // start of a pending verbatim run

  const flush = (upTo: number) => {
    if (upTo > copyFrom) out.copy(raw.slice(copyFrom, upTo), copyFrom);
  };

  while (i < n) {
    const code = raw.charCodeAt(i);
    // Fast path: printable ASCII and Latin-1 letters followed by no combining mark need no work.
    if (code > 32 && code < 0x7f && (i + 1 >= n || raw.charCodeAt(i + 1) < 0x300)) {
      i++;
      continue;
    }
    if (code > 0xbf && code < 0x300 && (i + 1 >= n || raw.charCodeAt(i + 1) < 0x300)) {
      i++;
      continue;
    }
    // A single space between printable characters stays as it is.
    if (code === 32 && i > 0 && raw.charCodeAt(i - 1) > 32 && raw.charCodeAt(i + 1) > 32 && raw.charCodeAt(i - 1) !== 0xa0) {
      const next = raw.charCodeAt(i + 1);
      if (next < 0x7f || (next > 0xbf && next < 0x300)) {
        i++;
        continue;
      }
    }
    const ch = raw[i];
    if (INVISIBLE.test(ch) || CONTROL.test(ch)) {
      flush(i);
      const last = removed[removed.length - 1];
      if (last && last.reason === 'invisible-character' && last.rawEnd === i) last.rawEnd = i + 1;
      else removed.push({ rawStart: i, rawEnd: i + 1, reason: 'invisible-character' });
      i += 1;
      copyFrom = i;
      continue;
    }
    if (SPACE.test(ch)) {
      flush(i);
      let j = i;
      let newlines = 0;
      while (j < n && (SPACE.test(raw[j]) || INVISIBLE.test(raw[j]))) {
        if (raw[j] === '\n') newlines += 1;
        j += 1;
      }
      const atEdge = out.size === 0 || j === n;
      if (!atEdge) {
        const replacement = newlines >= 2 ? '\n\n' : newlines === 1 ? '\n' : ' ';
        if (replacement === ' ') {
          const space = raw.indexOf(' ', i);
          out.replace(' ', space >= 0 && space < j ? space : i);
        } else if (replacement === '\n') out.copy('\n', raw.indexOf('\n', i));
        else {
          const nl = raw.indexOf('\n', i);
          out.copy('\n', nl);
          out.copy('\n', raw.indexOf('\n', nl + 1));
        }
      }
      i = j;
      copyFrom = i;
      continue;
    }
    if (i + 1 < n && raw.charCodeAt(i + 1) >= 0x300 && COMBINING.test(raw[i + 1])) {
      // A base character with combining marks: compose (NFC) when that changes it.
      let j = i + 1;
      while (j < n && COMBINING.test(raw[j])) j += 1;
      const cluster = raw.slice(i, j);
      const composed = cluster.normalize('NFC');
      if (composed !== cluster) {
        flush(i);
        out.replace(composed, i);
        copyFrom = j;
      }
      i = j;
      continue;
    }
    i += 1;
  }
  flush(n);
  const { text, offsets } = out.build(n);
  return { text, offsets, removed };
}
