import { ABBREVIATIONS, MONTHS, SENTENCE_STARTERS } from './abbreviations.ts';

export interface RawToken {
  start: number;
  end: number;
}

// One alternative per token class, tried in order at the current position (sticky).
const TOKEN = new RegExp(
  [
    // URLs and e-mail addresses
    String.raw`(?:https?://|www\.)[^\s<>"“”„»«]*[^\s<>"“”„»«.,;:!?)\]']`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    // numbers with decimal/thousands/time separators: 3,5  1.000,50  12:30  2023/24
    String.raw`\p{N}+(?:[.,:/]\p{N}+)*`,
    // words, with inner hyphens/apostrophes, dotted short abbreviations (z.B., U.S.) and a
    // trailing hyphen of a coordinated compound ("Staats- und Regierungschefs")
    String.raw`[\p{L}\p{M}\p{N}]+(?:(?:[-'’&]|\.(?=\p{Ll}{2}\b))[\p{L}\p{M}\p{N}]+)*(?:\.(?:\p{L}{1,2}\.)+|-(?=[\s,/]))?`,
    String.raw`\.\.\.|…`,
    String.raw`[^\s]`,
  ].join('|'),
  'uy',
);

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const DIGITS = /^\p{N}+$/u;
const ROMAN = /^(?:[IVXLC]{1,6})$/;

/** The word that follows position `pos` (after white space), or '' when there is none. */
function nextWord(text: string, pos: number): string {
  let i = pos;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00A0')) i++;
  let j = i;
  while (j < text.length && /[\p{L}\p{M}\p{N}]/u.test(text[j])) j++;
  return text.slice(i, j);
}

/**
 * Decides whether a period right after `word` belongs to it:
 * abbreviations, initials and ordinals ("am 3. Oktober") keep their period.
 */
function absorbsPeriod(word: string, text: string, periodAt: number): boolean {
  if (ABBREVIATIONS.has(word)) return true;
  const after = text[periodAt + 1];
  // "Xi." at the very end, or glued to the next word: the period ends the sentence
  if (after === undefined || after === '\n') return false;
  if (after !== ' ' && after !== '\u00A0' && after !== ',') return false;
  const next = nextWord(text, periodAt + 1);
  if (DIGITS.test(word)) {
    if (word.length > 3) return LOWER.test(next);
    if (!next) return false;
    if (MONTHS.has(next) || LOWER.test(next) || DIGITS.test(next)) return true;
    return UPPER.test(next) && !SENTENCE_STARTERS.has(next);
  }
  if (word.length === 1 && /\p{L}/u.test(word)) {
    // initial "J. Smith", or "a. D."; a following sentence opener means a real boundary
    return !SENTENCE_STARTERS.has(next);
  }
  if (ROMAN.test(word) && word.length <= 4 && next && !SENTENCE_STARTERS.has(next)) {
    // regnal and ordinal numerals: "Karl V. wurde", "II. Weltkrieg"
    return LOWER.test(next) || /^(?:Weltkrieg|Jahrhundert|Republik|Reich|Armee|Korps|Internationale)$/.test(next);
  }
  return false;
}

/** Splits text into tokens; hyphenated compounds stay whole, abbreviations keep their period. */
export function tokenize(text: string, from = 0, to = text.length): RawToken[] {
  const tokens: RawToken[] = [];
  const re = TOKEN;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // fast path over white space
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0) {
      i++;
      continue;
    }
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) {
      i++;
      continue;
    }
    let end = i + m[0].length;
    if (end > to) end = to;
    if (text.charCodeAt(end) === 46 /* . */ && end < to && m[0].length > 0 && /[\p{L}\p{N}]$/u.test(m[0])) {
      if (absorbsPeriod(m[0], text, end)) end += 1;
    }
    tokens.push({ start: i, end });
    i = end;
  }
  return tokens;
}
