import { ABBREVIATIONS, MONTHS, SENTENCE_STARTERS } from './abbreviations.ts';
// \p{…} regexps as module constants: tsx rewrites such a literal into a `new RegExp()` on every evaluation.
const LETTER = /\p{L}/u;

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
  while (j < text.length && WORD_CHAR.test(text[j])) j++;
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
  if (word.length === 1 && LETTER.test(word)) {
    // initial "J. Smith", or "a. D."; a following sentence opener means a real boundary
    return !SENTENCE_STARTERS.has(next);
  }
  if (ROMAN.test(word) && word.length <= 4 && next && !SENTENCE_STARTERS.has(next)) {
    // regnal and ordinal numerals: "Karl V. wurde", "II. Weltkrieg"
    return LOWER.test(next) || /^(?:Weltkrieg|Jahrhundert|Republik|Reich|Armee|Korps|Internationale)$/.test(next);
  }
  return false;
}

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const EMAIL_CHAR = /[\p{L}\p{N}._%+-]/u;
const NUMBER_CHAR = /\p{N}/u;

/** Letters, marks and digits; ASCII answered without a regexp. */
function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2));
  return WORD_CHAR.test(text[i]);
}

/**
 * End of the token at `i` when it is a plain run that TOKEN would match in full (a word or a digit run
 * followed by nothing that could extend it, or one punctuation mark); `i` when TOKEN has to decide.
 * This is the common case, and scanning char codes is several times cheaper than the sticky regexp.
 */
function plainTokenEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 104 /* h */ || c === 119 /* w */) {
    if (text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('www.', i)) return i;
  }
  if (isWordChar(c, text, i)) {
    // an e-mail address would win over a word or number: any run of its characters ending at '@'
    let k = i;
    while (k < text.length) {
      const d = text.charCodeAt(k);
      if (d === 64 /* @ */) return i;
      if (d < 128 ? !((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57) || d === 46 || d === 95 || d === 37 || d === 43 || d === 45) : !EMAIL_CHAR.test(text[k])) break;
      k++;
    }
    const digit = c >= 48 && c <= 57;
    let j = i;
    if (digit) {
      while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      // (-1 at the end of the text, as NaN from charCodeAt would compare: a read past the end deoptimises)
      const n = j < text.length ? text.charCodeAt(j) : -1;
      // separators and non-ASCII digits: the number alternative decides
      if (n === 46 || n === 44 || n === 58 || n === 47 || (n >= 128 && isWordChar(n, text, j))) return i;
      return j;
    }
    if (c >= 0xd800 && c <= 0xdfff) return i;
    while (j < text.length) {
      const d = text.charCodeAt(j);
      if (d >= 0xd800 && d <= 0xdfff) return i;
      if (!isWordChar(d, text, j)) break;
      j++;
    }
    const n = j < text.length ? text.charCodeAt(j) : -1;
    // inner hyphen, apostrophe, ampersand or period: the word alternative decides
    if (n === 45 || n === 39 || n === 0x2019 || n === 38 || n === 46) return i;
    // a word that starts with a digit but goes on with letters is read by the number alternative first
    // (ASCII digits took the branch above; a module constant, not a \p{…} literal, which tsx turns into a
    // `new RegExp()` call per evaluation)
    if (c >= 128 && NUMBER_CHAR.test(text[i])) return i;
    return j;
  }
  // one punctuation mark that starts nothing longer (no e-mail run, no ellipsis, no surrogate pair)
  if (c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41 || c === 34 || c === 0x201e || c === 0x201c || c === 0x201d || c === 0xbb || c === 0xab) return i + 1;
  return i;
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
    let end = plainTokenEnd(text, i);
    let tok: string;
    if (end > i) {
      tok = '';
    } else {
      re.lastIndex = i;
      const m = re.exec(text);
      if (!m) {
        i++;
        continue;
      }
      tok = m[0];
      end = i + tok.length;
    }
    if (end > to) end = to;
    if (text.charCodeAt(end) === 46 /* . */ && end < to && end > i) {
      if (!tok) tok = text.slice(i, end);
      if (WORD_END.test(tok) && absorbsPeriod(tok, text, end)) end += 1;
    }
    tokens.push({ start: i, end });
    i = end;
  }
  return tokens;
}
