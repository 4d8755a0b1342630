/**
 * Finds quoted passages by their marks: „…“ „…” "…" »…« «…» “…” ‚…‘ ‘…’ '…'.
 * Linear scan, never throws. Handles quotes over several sentences and paragraphs (a paragraph
 * that ends open and a next paragraph that opens again continue the same quote), and degrades on
 * unbalanced marks: an opener that is never closed ends at the end of its sentence (or paragraph).
 */

export interface MarkedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the degraded end). */
  close: number;
  /** Content inside the marks. */
  start: number;
  end: number;
  unbalanced: boolean;
  /** Number of paragraphs the quote runs over. */
  paragraphs: number;
}

const DOUBLE_OPEN: Record<string, string> = {
  '„': '“”"',
  '»': '«',
  '«': '»',
  '“': '”“',
  '"': '"',
};
const SINGLE_OPEN: Record<string, string> = {
  '‚': '‘’',
  '‹': '›',
  '›': '‹',
  '‘': '’',
  "'": "'",
};

const QUOTE_CHAR = /["„“”»«‚‘’'‹›]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u; // a module constant: tsx rewrites a \p{…} literal into `new RegExp()` per call

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00A0';
}

function isLetterOrDigit(c: string | undefined): boolean {
  return c !== undefined && LETTER_OR_DIGIT.test(c);
}

/** May `c` at `i` open a quote? Openers follow space/start/bracket/dash and precede a non-space. */
function canOpen(text: string, i: number): boolean {
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = text[i + 1];
  if (isSpace(next)) return false;
  return prev === undefined || isSpace(prev) || '([{–—-/:'.includes(prev) || prev === '„' || prev === '»';
}

function canClose(text: string, i: number): boolean {
  const prev = text[i - 1];
  return !isSpace(prev);
}

/** End of the sentence that contains `from` (after the first . ! ? followed by space), bounded by `limit`. */
function sentenceEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?') && isSpace(text[i + 1])) return i + 1;
  }
  return limit;
}

export function findMarkedSpans(text: string): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // jump to the next quote-like character
    QUOTE_CHAR.lastIndex = i;
    const hit = QUOTE_CHAR.exec(text);
    if (!hit) break;
    i = hit.index;
    const c = text[i];
    const closers = DOUBLE_OPEN[c] ?? SINGLE_OPEN[c];
    if (closers === undefined || !canOpen(text, i)) {
      i++;
      continue;
    }
    const single = SINGLE_OPEN[c] !== undefined;
    // straight apostrophes and English single quotes: only where a matching closer appears soon
    const open = i;
    let j = i + 1;
    let paragraphs = 1;
    let closed = -1;
    let abandoned = -1;
    while (j < n) {
      const d = text[j];
      if (d === '\n') {
        // paragraph break: continue only if the next paragraph re-opens with the same mark
        let k = j;
        while (k < n && isSpace(text[k])) k++;
        if (k < n && text[k] === c && !single) {
          paragraphs++;
          j = k + 1;
          continue;
        }
        abandoned = j;
        break;
      }
      if (closers.includes(d) && canClose(text, j)) {
        // a straight/English single quote inside a word is an apostrophe ("geht's", "don't")
        if (single && isLetterOrDigit(text[j + 1])) {
          j++;
          continue;
        }
        closed = j;
        break;
      }
      if (!single && d === c && c !== '"' && c !== '“' && canOpen(text, j)) {
        // the same opener again before any closer: the first one was never closed
        abandoned = j;
        break;
      }
      if (!single && c === '"' && d === '"' && canOpen(text, j) && !canClose(text, j)) {
        abandoned = j;
        break;
      }
      if (single && j - open > 300) {
        abandoned = -2;
        break;
      }
      j++;
    }
    if (closed >= 0) {
      out.push({ open, close: closed + 1, start: open + 1, end: closed, unbalanced: false, paragraphs });
      i = closed + 1;
      continue;
    }
    if (single) {
      // unmatched single mark: an apostrophe or a stray mark, not a quote
      i = open + 1;
      continue;
    }
    const limit = abandoned >= 0 ? abandoned : n;
    const end = sentenceEnd(text, open + 1, limit);
    let e = end;
    while (e > open + 1 && isSpace(text[e - 1])) e--;
    if (e > open + 1) out.push({ open, close: e, start: open + 1, end: e, unbalanced: true, paragraphs: 1 });
    i = Math.max(e, open + 1);
  }
  return out;
}
