/**
 * Character scans that replace regular expressions run over slices of a document text: the same matches,
 * found by walking the text with a per-code-unit table instead of compiling, slicing and backtracking.
 */

/**
 * Membership in a one-character class (a regex such as /[\p{L}\p{N}-]/u) by code point, with the answers
 * for the Basic Multilingual Plane kept in a table (0 = not asked yet, 1 = in, 2 = out).
 */
export class CharClass {
  private readonly table = new Uint8Array(0x10000);
  constructor(private readonly re: RegExp) {
    if (re.global || re.sticky) throw new Error('CharClass: a global or sticky regex keeps state');
  }

  /** Whether code point `cp` is in the class. */
  has(cp: number): boolean {
    if (cp > 0xffff) return this.re.test(String.fromCodePoint(cp));
    let k = this.table[cp];
    if (k === 0) k = this.table[cp] = this.re.test(String.fromCharCode(cp)) ? 1 : 2;
    return k === 1;
  }

  /**
   * The code point ending right before `end` in `text` read from `from` on (as a regex over text.slice(from, end)
   * with the u flag sees it: a surrogate pair counts as one code point only when both halves lie in the slice),
   * and its length in code units (1 or 2). Returns the length when it is in the class, else 0.
   */
  lengthBefore(text: string, from: number, end: number): number {
    const c = text.charCodeAt(end - 1);
    if (c >= 0xdc00 && c <= 0xdfff && end - 2 >= from) {
      const hi = text.charCodeAt(end - 2);
      if (hi >= 0xd800 && hi <= 0xdbff) return this.has(((hi - 0xd800) << 10) + (c - 0xdc00) + 0x10000) ? 2 : 0;
    }
    return this.has(c) ? 1 : 0;
  }
}

/** [\p{L}\p{N}.'’-]: the word characters of `wordBefore`. */
const WORD_BEFORE_CHAR = new CharClass(/[\p{L}\p{N}.'’-]/u);

/**
 * `/([\p{L}\p{N}.'’-]+)[ \t]+$/u.exec(text.slice(from, end))` without the slice and the regex: the word (letters,
 * digits, . ' ’ -) that ends right before the spaces and tabs at the end of the slice, as [word and spaces, word],
 * or null when the slice does not end in spaces or tabs after such a word.
 */
export function wordBefore(text: string, from: number, end: number): [string, string] | null {
  let q = end;
  while (q > from) {
    const c = text.charCodeAt(q - 1);
    if (c !== 32 && c !== 9) break;
    q--;
  }
  if (q === end) return null;
  let p = q;
  while (p > from) {
    const n = WORD_BEFORE_CHAR.lengthBefore(text, from, p);
    if (n === 0) break;
    p -= n;
  }
  if (p === q) return null;
  return [text.slice(p, end), text.slice(p, q)];
}
