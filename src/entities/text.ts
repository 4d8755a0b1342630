/** Name normalisation shared by clustering, gazetteers and the cross-document registry. */

// Regexps with \p{…} live in module constants: tsx's esbuild rewrites such a literal into a `new RegExp()`
// call, which runs (allocates and looks up the compiled code) each time the expression is evaluated.
const COMBINING_MARKS = /\p{M}+/gu;
const ALL_UPPER = /^\p{Lu}+$/u;
const UPPER_START = /^\p{Lu}/u;

const FOLD_CACHE = new Map<string, string>();
const TRANSLIT_CACHE = new Map<string, string>();
const CACHE_MAX = 100000;

function cached(cache: Map<string, string>, key: string, compute: (k: string) => string): string {
  let v = cache.get(key);
  if (v === undefined) {
    v = compute(key);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(key, v);
  }
  return v;
}

/** Lower case, NFC, diacritics folded (ä→a, é→e), ß→ss, curly apostrophes unified. */
export function fold(s: string): string {
  return cached(FOLD_CACHE, s, foldUncached);
}

/** `fold` without the cache, for one-off bulk keys (gazetteer indexes) that would only evict useful entries. */
export function foldUncached(s: string): string {
  return s
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(/ß/g, 'ss')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .normalize('NFC');
}

/**
 * A transliteration-tolerant key for one name token: German and English romanisations of Slavic,
 * Arabic and Chinese names collapse (Selenskyj / Zelensky / Zelenskyj, Tschernomyrdin / Chernomyrdin, Sergej / Sergei,
 * Chodorkowski / Khodorkovsky, Schukow / Zhukov).
 */
export function translitKey(token: string): string {
  return cached(TRANSLIT_CACHE, token, translitUncached);
}

function translitUncached(token: string): string {
  let s = fold(token).replace(/[^a-z0-9]/g, '');
  s = s
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/zh/g, 'sh')
    .replace(/kh/g, 'ch')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ck/g, 'k')
    .replace(/ou/g, 'u')
    .replace(/dj/g, 'j')
    .replace(/w/g, 'v')
    .replace(/[jy]/g, 'i')
    .replace(/z/g, 's')
    .replace(/c(?!h)/g, 'k')
    .replace(/([a-z])\1+/g, '$1');
  return s;
}

/** Slug for readable ids: "Olaf Scholz" → "olaf-scholz". */
export function slug(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Word tokens of a name (hyphenated parts kept together, trailing punctuation dropped). */
export function nameTokens(name: string): string[] {
  // = split(/\s+/), strip /^[„“"»«(\[]+|[„“"»«)\].,;:!?]+$/g from each part, drop empty parts; by character
  // codes (called for every mention and alias several times; the map/replace/filter chain allocated 3 arrays)
  const out: string[] = [];
  for (const t of name.split(WHITE_SPACE)) {
    let a = 0;
    let b = t.length;
    while (a < b && LEADING_PUNCT.has(t.charCodeAt(a))) a++;
    while (b > a && TRAILING_PUNCT.has(t.charCodeAt(b - 1))) b--;
    if (b > a) out.push(a === 0 && b === t.length ? t : t.slice(a, b));
  }
  return out;
}

const WHITE_SPACE = /\s+/;
const codes = (s: string): Set<number> => new Set([...s].map((c) => c.charCodeAt(0)));
/** What nameTokens strips before and after a token (quotes, brackets; trailing punctuation). */
const LEADING_PUNCT = codes('„“"»«([');
const TRAILING_PUNCT = codes('„“"»«)].,;:!?');

/** Inflection-tolerant stem of a token in a multi-word ORG/LOC name ("Europäischen" → "europaisch"). */
export function inflectionStem(token: string): string {
  const f = fold(token);
  const m = /^(.{4,}?)(?:es|en|er|em|e|s|n)$/.exec(f);
  return m ? m[1] : f;
}

/** Key of a multi-word ORG/LOC/MISC name that ignores adjective and genitive inflection. */
export function phraseKey(name: string): string {
  return nameTokens(name)
    .map((t) => (ALL_UPPER.test(t) ? fold(t) : inflectionStem(t)))
    .join(' ');
}

/** The token without a genitive ending (-s, -', -'s), or null when it has none. */
export function genitiveStem(token: string): string | null {
  const m = /^(.+?)(?:'s|’s|s'|'|’|s)$/.exec(token);
  if (!m || m[1].length < 2) return null;
  // a name ending in -ss ("Griss", "Strauss") takes an apostrophe in the genitive, never a plain -s
  if (m[1].endsWith('s') && token.endsWith('ss')) return null;
  return m[1];
}

/** Function words that may sit inside names but carry no initials. */
export const NAME_PARTICLES = new Set([
  'der', 'die', 'das', 'des', 'dem', 'den', 'für', 'und', 'von', 'vom', 'zu', 'zur', 'zum', 'im', 'in', 'am', 'an',
  'auf', 'of', 'the', 'and', 'for', 'de', 'la', 'le', 'du', 'van', 'von', 'al', 'el', 'bin', 'ibn',
]);

/** Initials of a multi-word name ("Freiheitliche Partei Österreichs" → "fpo"), folded. */
export function initials(name: string): string {
  return nameTokens(name)
    .filter((t) => !NAME_PARTICLES.has(t.toLowerCase()))
    .map((t) => fold(t)[0] ?? '')
    .join('');
}

export function isCapitalised(s: string): boolean {
  return UPPER_START.test(s);
}
