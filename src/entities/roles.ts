/**
 * Role titles: a lexicon of offices and person nouns with German inflection, and the readers that turn
 * titles and appositions around a person mention into structured roles with a country
 * ("der russische Außenminister X", "US-Finanzministerin X", "die Sprecherin des chinesischen
 * Außenministeriums, X", "Russlands Präsident X", "X, der britische Premier,").
 */
import { lookupAdjective, lookupCountry, lookupDemonym, lookupPrefix } from './countries.ts';
import { lookupOrg } from './orgs.ts';
import { lookupPlace, lookupRegionAdjective } from './places.ts';
// (\p{…} patterns as module constants: tsx turns such a literal inside a function into a `new RegExp()` call each time it runs)
const WORD_CHAR_U = /[\p{L}\p{M}\p{N}]/u;
const CAPITALISED_START = /^\p{Lu}\p{Ll}/u;

// Regexps with \p{…} live in module constants: tsx's esbuild rewrites such a literal into a `new RegExp()`
// call, which runs (allocates and looks up the compiled code) each time the expression is evaluated.
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const PREFIXED_CAPITALISED_WORD = /^\p{Lu}+-\p{Lu}\p{Ll}+$/u;
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;

export interface TitleInfo {
  /** Nominative singular title as written ("Finanzministerin", "Präsident"). */
  title: string;
  /** Gender-neutral key for matching ("finanzminister"). */
  key: string;
  gender: 'f' | 'm' | null;
  /** Country from a hyphenated prefix ("US-", "EU-" gives none). */
  country: string | null;
  /** Non-country prefix ("Ex", "SPÖ"). */
  prefix: string | null;
  /** "Amtskollege": the title is the counterpart's. */
  counterpart: boolean;
}

/** Bases that also end compounds ("Außenminister", "Regierungssprecher", "Parteichef"). */
const COMPOUND_BASES = [
  'minister', 'präsident', 'kanzler', 'sprecher', 'botschafter', 'sekretär', 'kommissar', 'chef', 'leiter', 'direktor',
  'führer', 'gouverneur', 'bürgermeister', 'obmann', 'richter', 'berater', 'politiker', 'aktivist', 'experte', 'korrespondent',
  'gründer', 'manager', 'trainer', 'kandidat', 'vertreter', 'kommandeur', 'befehlshaber', 'premier', 'general', 'diplomat',
  'abgeordnete', 'vorsitzende', 'beauftragte', 'funktionär', 'unternehmer', 'ökonom', 'analyst', 'journalist', 'autor',
  'mitglied', 'regent', 'monarch', 'könig', 'kaiser', 'prinz', 'fürst', 'scheich', 'emir', 'senator', 'staatsanwalt', 'anwalt',
  'offizier', 'soldat', 'polizist', 'ermittler', 'forscher', 'wissenschaftler', 'professor', 'bischof', 'kardinal', 'papst',
  'oberhaupt', 'landesrat', 'stadtrat', 'gemeinderat', 'parteichef', 'amtskollege', 'kollege', 'vize', 'gesandte',
  'machthaber', 'diktator', 'herrscher', 'kommandant', 'redakteur', 'moderator', 'kapitän', 'sprecherin', 'intendant',
  'chefankläger', 'ankläger', 'verteidiger', 'ombudsmann', 'rektor', 'dekan', 'kurator', 'dirigent', 'regisseur',
];
/** Bases whose feminine is not base + "in". */
const IRREGULAR_FEMININE: Record<string, string> = {
  landeshauptfrau: 'landeshauptmann', obfrau: 'obmann', anwältin: 'anwalt', staatsanwältin: 'staatsanwalt', königin: 'könig',
  kaiserin: 'kaiser', prinzessin: 'prinz', fürstin: 'fürst', päpstin: 'papst', bischöfin: 'bischof', amtskollegin: 'amtskollege',
  kollegin: 'kollege', expertin: 'experte', rätin: 'rat', ombudsfrau: 'ombudsmann',
};
const WHOLE_BASES = ['landeshauptmann', 'premierminister', 'regierungschef', 'staatschef', 'präsident', 'papst', 'oberst', 'admiral', 'ceo'];
/** Nominalised adjectives: der Vorsitzende / die Vorsitzende / des Vorsitzenden. */
const ADJECTIVAL = new Set(['abgeordnete', 'vorsitzende', 'beauftragte', 'gesandte']);
/** Words that look like titles but are not person nouns. */
const NOT_TITLES = new Set(['ministerium', 'ministerien', 'präsidentschaft', 'kanzleramt', 'sekretariat', 'führung', 'leitung', 'kommission']);

function matchBase(stem: string): string | null {
  if (NOT_TITLES.has(stem)) return null;
  for (const b of WHOLE_BASES) if (stem === b) return b;
  for (const b of COMPOUND_BASES) {
    if (stem === b) return b;
    if (stem.length > b.length + 2 && stem.endsWith(b)) return b;
  }
  return null;
}

/**
 * Reads one word as a role title ("Außenministerin", "US-Präsidenten", "Ex-Kanzler", "Amtskollegen"), or null.
 */
const TITLE_CACHE = new Map<string, TitleInfo | null>();

export function parseTitle(word: string): TitleInfo | null {
  const c0 = word.charCodeAt(0);
  if (c0 < 65 || (c0 > 90 && c0 < 192) || ((c0 >= 192 || Number.isNaN(c0)) && !UPPER_START.test(word))) return null;
  // most capitalised words end in no base + ending: ruled out on their last three characters, before the cache
  // lookup (a fresh word string is hashed by it; findDescriptions asks for every capitalised word of a text)
  const tail = tailKey(word);
  if (tail >= 0 && !TITLE_TAILS.has(tail)) return null;
  // the same on the whole title form: most words that end like one ("Prozent", "Monaten") end in none
  if (!mayEndInTitle(word)) return null;
  const hit = TITLE_CACHE.get(word);
  if (hit !== undefined) return hit;
  const info = parseTitleUncached(word);
  if (info) Object.freeze(info);
  if (TITLE_CACHE.size > 50000) TITLE_CACHE.clear();
  TITLE_CACHE.set(word, info);
  return info;
}

/**
 * Every candidate stem below is a prefix of the lower-cased word, or carries an irregular feminine's
 * base where the word has the feminine: a word containing none of them can be no title.
 */
const ANY_BASE = new RegExp([...COMPOUND_BASES, ...WHOLE_BASES, ...Object.keys(IRREGULAR_FEMININE)].join('|'));

/** Endings parseTitleUncached() accepts after a base (the feminine -in, none, and the case endings). */
const TITLE_ENDINGS = ['', 'in', 'en', 'n', 's', 'es', 'r', 'm'];

/**
 * The lower-cased last three characters of a word as one number, where they are ASCII or Latin-1 (so that their
 * lower case is the last three characters of the lower-cased word); -1 otherwise (the caller then asks the cache).
 * A word of fewer than three such characters gives 0, which no title tail has.
 */
function tailKey(word: string): number {
  const n = word.length;
  if (n < 3) {
    for (let i = 0; i < n; i++) if (word.charCodeAt(i) >= 0x80) return -1;
    return 0;
  }
  let key = 0;
  for (let i = n - 3; i < n; i++) {
    let c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 0x80) {
      if (c >= 0xc0 && c <= 0xde && c !== 0xd7) c += 32;
      else if (c < 0xc0 || c > 0xff) return -1;
    }
    key = (key << 8) | c;
  }
  return key;
}

/**
 * tailKey() of every lower-cased word that can end in a title: a candidate stem of parseTitleUncached() is the
 * word less one of TITLE_ENDINGS and must end in a base, or the word ends in an irregular feminine; every such
 * string has at least three characters.
 */
const TITLE_TAILS = new Set<number>();
for (const b of [...COMPOUND_BASES, ...WHOLE_BASES]) for (const e of TITLE_ENDINGS) TITLE_TAILS.add(tailKey(b + e));
for (const fem of Object.keys(IRREGULAR_FEMININE)) TITLE_TAILS.add(tailKey(fem));
if (TITLE_TAILS.has(-1) || TITLE_TAILS.has(0)) throw new Error('roles: a title tail outside Latin-1 or shorter than three characters');

/**
 * The title forms read backwards as a trie over lower-cased Latin-1 code units: TITLE_TRIE[node * 256 + c] is the
 * child node + 1 (0: none), TITLE_FORM_END[node] = 1 where a form ends. The forms are those of TITLE_TAILS whole:
 * base + ending, and the irregular feminines.
 */
const TITLE_FORMS = [...[...COMPOUND_BASES, ...WHOLE_BASES].flatMap((b) => TITLE_ENDINGS.map((e) => b + e)), ...Object.keys(IRREGULAR_FEMININE)];
const [TITLE_TRIE, TITLE_FORM_END] = ((): [Int32Array, Uint8Array] => {
  // built with Maps, then packed into one transition table of the nodes there are
  const kids: Array<Map<number, number>> = [new Map()];
  const ends = new Set<number>();
  for (const form of TITLE_FORMS) {
    let node = 0;
    for (let i = form.length - 1; i >= 0; i--) {
      const c = form.charCodeAt(i);
      if (c > 0xff) throw new Error(`roles: title form outside Latin-1: ${form}`);
      let next = kids[node].get(c);
      if (next === undefined) {
        next = kids.length;
        kids.push(new Map());
        kids[node].set(c, next);
      }
      node = next;
    }
    ends.add(node);
  }
  const trie = new Int32Array(kids.length * 256);
  const end = new Uint8Array(kids.length);
  kids.forEach((m, node) => m.forEach((next, c) => (trie[node * 256 + c] = next + 1)));
  for (const node of ends) end[node] = 1;
  return [trie, end];
})();

/**
 * False when the lower-cased word ends in no title form (then parseTitleUncached() gives null: each of its
 * readings needs the word, or its part after a dash, to end in a base + ending or an irregular feminine); true
 * when it ends in one, or where a character outside Latin-1 is reached before that is decided.
 */
export function mayEndInTitle(word: string): boolean {
  let node = 0;
  for (let i = word.length - 1; i >= 0; i--) {
    let c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 0x80) {
      if (c >= 0xc0 && c <= 0xde && c !== 0xd7) c += 32;
      else if (c < 0xc0 || c > 0xff) return true;
    }
    const next = TITLE_TRIE[node * 256 + c];
    if (next === 0) return false;
    node = next - 1;
    if (TITLE_FORM_END[node] === 1) return true;
  }
  return false;
}

function parseTitleUncached(word: string): TitleInfo | null {
  if (!ANY_BASE.test(word.toLowerCase())) return null;
  let prefix: string | null = null;
  let head = word;
  const dash = word.lastIndexOf('-');
  if (dash > 0 && dash < word.length - 2) {
    prefix = word.slice(0, dash);
    head = word.slice(dash + 1);
    if (!UPPER_START.test(head)) return null;
  }
  const lower = head.toLowerCase();
  const cands: Array<{ stem: string; gender: 'f' | 'm' | null; len: number }> = [];
  for (const [fem, masc] of Object.entries(IRREGULAR_FEMININE)) {
    if (lower === fem || (lower.endsWith(fem) && lower.length > fem.length + 2)) {
      const stem = lower.slice(0, lower.length - fem.length) + masc;
      cands.push({ stem, gender: 'f', len: head.length });
    }
  }
  if (lower.endsWith('in') && !lower.endsWith('innen')) cands.push({ stem: lower.slice(0, -2), gender: 'f', len: head.length });
  cands.push({ stem: lower, gender: 'm', len: head.length });
  for (const suf of ['en', 'n', 's', 'es', 'r', 'm']) {
    if (lower.endsWith(suf) && lower.length > suf.length + 3) cands.push({ stem: lower.slice(0, -suf.length), gender: 'm', len: head.length - suf.length });
  }
  for (const c of cands) {
    const base = matchBase(c.stem);
    if (!base) continue;
    const adjectival = ADJECTIVAL.has(base);
    const counterpart = base === 'amtskollege' || base === 'kollege';
    let title: string;
    if (c.gender === 'f') title = head;
    else if (adjectival) title = head.slice(0, c.stem.length);
    else title = head.slice(0, c.len);
    if (c.gender === 'm' && adjectival) title = head.slice(0, c.stem.length);
    const country = prefix ? lookupPrefix(prefix) : null;
    const key = c.stem;
    return {
      title: country || !prefix ? title : `${prefix}-${title}`,
      key,
      gender: adjectival || base === 'ceo' ? null : c.gender,
      country,
      prefix: country ? null : prefix,
      counterpart,
    };
  }
  return null;
}

export interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*\.?|[^\s\p{L}\p{M}\p{N}]/gu;

const ABBREVIATION = /\.\p{L}+\.$/u;

export function words(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let k = charKind(c);
    if (k === K_SPACE) {
      i++;
      continue;
    }
    if (k === K_ASTRAL) return wordsByRegex(text, offset);
    const start = i;
    if (k === K_OTHER) {
      out.push({ text: text[i], start: offset + i, end: offset + i + 1 });
      i++;
      continue;
    }
    // [\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*\.?
    for (;;) {
      while (i < n && (k = charKind(text.charCodeAt(i))) === K_WORD) i++;
      if (k === K_ASTRAL) return wordsByRegex(text, offset);
      if (i + 1 >= n) break;
      c = text.charCodeAt(i);
      if (c !== 45 && c !== 39 && c !== 0x2019 && c !== 46) break;
      const next = charKind(text.charCodeAt(i + 1));
      if (next === K_ASTRAL) return wordsByRegex(text, offset);
      if (next !== K_WORD) break;
      i++;
    }
    if (i < n && text.charCodeAt(i) === 46) i++;
    pushWord(out, text.slice(start, i), offset + start);
  }
  return out;
}

/** A word ending in a period: the period apart when it ends a sentence ("Dr." keeps its). */
function pushWord(out: Word[], raw: string, start: number): void {
  // a sentence-final period is not part of the word (abbreviations such as "Dr." keep theirs)
  const w = raw.length > 4 && raw.charCodeAt(raw.length - 1) === 46 && !ABBREVIATION.test(raw) ? raw.slice(0, -1) : raw;
  out.push({ text: w, start, end: start + w.length });
  if (w !== raw) out.push({ text: '.', start: start + w.length, end: start + raw.length });
}

/** words() by the WORD regex: for texts with characters outside the Basic Multilingual Plane. */
function wordsByRegex(text: string, offset: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) pushWord(out, m[0], offset + m.index);
  return out;
}

const K_WORD = 1;
const K_SPACE = 2;
const K_OTHER = 3;
/** A surrogate: words() leaves such texts to the regex. */
const K_ASTRAL = 4;
/** What WORD makes of each UTF-16 code unit (0 = not looked up yet): word character, space, other. */
const CHAR_KIND = new Uint8Array(0x10000);

function charKind(c: number): number {
  const k = CHAR_KIND[c];
  return k !== 0 ? k : (CHAR_KIND[c] = kindOf(c));
}

function kindOf(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return K_ASTRAL;
  const ch = String.fromCharCode(c);
  return WORD_CHAR_U.test(ch) ? K_WORD : /\s/u.test(ch) ? K_SPACE : K_OTHER;
}

/** Characters before a mention that rolesBefore() reads (about 40 words of news text). */
const ROLE_WINDOW = 320;

const DETERMINERS = new Set(['der', 'die', 'des', 'dem', 'den', 'Der', 'Die', 'Des', 'Dem', 'Den']);
const POSSESSIVES = /^(sein|seine|seinem|seinen|seiner|seines|ihr|ihre|ihrem|ihren|ihrer|ihres)$/i;
const ADJ_SHAPE = /^(?:\p{Lu}{1,4}-)?\p{Ll}[\p{L}-]{2,}(?:e|en|er|es|em)$/u;
const FUNCTION_WORDS = new Set([
  'der', 'die', 'des', 'dem', 'den', 'eine', 'einer', 'eines', 'einem', 'einen', 'keine', 'keiner', 'keinen', 'keinem',
  'seine', 'seiner', 'seines', 'seinem', 'seinen', 'ihre', 'ihrer', 'ihres', 'ihrem', 'ihren', 'diese', 'dieser', 'dieses',
  'diesem', 'diesen', 'jene', 'jener', 'jenen', 'welche', 'welcher', 'welchen', 'alle', 'aller', 'allen', 'beide', 'beiden',
  'unsere', 'unserer', 'unseren', 'unserem', 'unser', 'euer', 'eure', 'oder', 'aber', 'über', 'unter', 'hinter', 'sowie', 'wieder',
  'immer', 'sagte', 'erklärte', 'meinte', 'betonte', 'hatte', 'wurde', 'werde', 'würde', 'habe', 'hätte', 'sollte', 'wollte',
  'konnte', 'musste', 'durfte', 'nahe', 'ohne', 'gegen', 'wegen', 'während', 'andere', 'anderen', 'mehrere', 'einige', 'viele',
  'wenige', 'manche', 'solche', 'jeder', 'jede', 'jeden', 'jedem',
]);
const ADJ_FORM = { test: (w: string): boolean => ADJ_SHAPE.test(w) && !FUNCTION_WORDS.has(w) };
/** Adjectives that open an apposition without article: "X, früherer Außenminister, …". */
const APPOSITION_ADJ = /^(früher|ehemalig|langjährig|amtierend|neu|designiert|stellvertretend|damalig|einstig|scheidend|bisherig|jetzig|derzeitig|neugewählt)(e|er|es|en)?$/;

/** Country evidence in a word: adjective, country name (incl. genitive), place or org with a state. */
/** Offices that are the same office under different titles (matching classes for descriptions). */
const ROLE_CLASSES: Array<[RegExp, string]> = [
  [/^(premierminister|ministerpräsident|regierungschef|premier)$/, 'head-of-government'],
  [/^(staatspräsident|staatschef|staatsoberhaupt)$/, 'head-of-state'],
  // party leadership only: a "Klubchef" or "Armeechef" is another office
  [/^(vorsitzende|parteivorsitzende|bundesparteivorsitzende|chef|parteichef|obmann|parteiobmann|bundesparteiobmann|parteiführer)$/, 'chair'],
];

/** Class of a title key: "premier" and "ministerpräsident" are one class; otherwise the key itself. */
export function roleClass(key: string): string {
  for (const [re, cls] of ROLE_CLASSES) if (re.test(key)) return cls;
  return key;
}

/** Nouns for people by their suffix (Blogger, Dissidentin, Aktivist, Demonstrant, Diplomat, Ökonom, Soziologe). */
const PERSON_NOUN = /^\p{Lu}\p{Ll}{2,}(?:er|erin|ist|istin|ant|antin|ent|entin|eur|eurin|at|atin|loge|login|nom|nomin|krat|kratin|är|ärin|iker|ikerin|ling|ianer|ianerin)(?:s|en|n)?$/u;
const NOT_PERSON_NOUNS = /^(Bruder|Vater|Mutter|Tochter|Schwester|Onkel|Partner|Partnerin|Nachbar|Nachbarin|Sender|Computer|Container|Sommer|Winter|Kader|Theater|Wetter|Zimmer|Fenster|Meter|Liter|Center|Server|Poster|Monat|Staat|Senat|Zitat|Mandat|Apparat|Salat|Moment|Dokument|Parlament|Argument|Element|Instrument|Kontinent|Präsident|Prozent|Talent|Urteil|Eintrag|Vertrag|Anteil|Polizist|Kreml|Ding|Frühling|Flüchtling)$/;

/** Nominative singular of a person noun seen with a case ending ("Bloggers" → "Blogger", "Demonstranten" → "Demonstrant"). */
export function personNounNominative(word: string): string {
  if (/(?:er|ist|ant|ent|eur|at|nom|krat|är|iker|ling|ianer)s$/.test(word)) return word.slice(0, -1);
  if (/(?:ist|ant|ent|at|nom|krat)en$/.test(word)) return word.slice(0, -2);
  if (/(?:loge)n$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Role key of a demonym noun: country and sex ("Portugiesen" → "demonym:PRT", "Spanierin" → "demonym:ESP:f"). */
export function demonymKey(word: string, country: string): string {
  return /in(?:nen)?$/.test(word) && !/(?:ein|ien)$/.test(word) ? `demonym:${country}:f` : `demonym:${country}`;
}

/** Key of a word read as a person noun, for descriptions of people whose role came from such a noun. */
export function personNounKey(word: string): string | null {
  if (!PERSON_NOUN.test(word) || NOT_PERSON_NOUNS.test(word)) return null;
  return personNounNominative(word).toLowerCase();
}

/**
 * First character and length of every key that personNounKey() can give, as `code * 256 + length`: the keys of
 * `keys` other than demonym keys.
 */
export function nounKeyShapes(keys: ReadonlySet<string>): Set<number> {
  const out = new Set<number>();
  for (const k of keys) if (!k.startsWith('demonym:')) out.add(k.charCodeAt(0) * 256 + k.length);
  return out;
}

/**
 * False when personNounKey(word) cannot be one of the keys that `shapes` (nounKeyShapes) describes: that key is
 * the word less at most two final letters, lower-cased, so it starts with the word's first letter in lower case;
 * only words starting with a Latin-1 letter are ruled out (their lower case is one character).
 */
export function mayBeNounKey(shapes: ReadonlySet<number>, word: string): boolean {
  let c = word.charCodeAt(0);
  if (c >= 0x100) return true;
  if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) c += 32;
  const n = word.length;
  return shapes.has(c * 256 + n) || shapes.has(c * 256 + n - 1) || shapes.has(c * 256 + n - 2);
}

export function countryOfWord(w: string): string | null {
  if (LOWER_START.test(w)) return lookupAdjective(w);
  const c = lookupCountry(w);
  if (c) return c;
  if (w.includes('-')) {
    const pre = lookupPrefix(w.slice(0, w.indexOf('-')));
    if (pre) return pre;
  }
  return null;
}

/** Country evidence in a phrase ("des chinesischen Außenministeriums", "des Weißen Hauses", "Russlands"). */
export function countryOfPhrase(phrase: string): string | null {
  const ws = words(phrase).map((w) => w.text);
  for (let i = 0; i < ws.length; i++) {
    const c = countryOfWord(ws[i]);
    if (c) return c;
    // two-word places and seats ("Weißen Hauses")
    if (i + 1 < ws.length) {
      const p = lookupPlace(`${ws[i]} ${ws[i + 1]}`, false);
      if (p?.metonymyOf && p.metonymyOf.length === 3) return p.metonymyOf;
    }
    const p = UPPER_START.test(ws[i]) ? lookupPlace(ws[i], false) : null;
    if (p?.metonymyOf && p.metonymyOf.length === 3) return p.metonymyOf;
    const o = UPPER_START.test(ws[i]) ? lookupOrg(ws[i]) : null;
    if (o?.country) return o.country;
  }
  return null;
}

export interface FoundRole {
  title: string;
  key: string;
  country: string | null;
  gender: 'f' | 'm' | null;
  start: number;
  end: number;
  counterpart: boolean;
  /** Non-country prefix of the title ("FPÖ" in "FPÖ-Kandidat"). */
  prefix?: string | null;
}

/**
 * Roles stated right before a name, in the same sentence: `[det] [adj]* [Country-]TITLE NAME`,
 * `Countrys TITLE NAME`, `TITLE des/der … , NAME` and `der russische <Noun> NAME`.
 */
export function rolesBefore(text: string, sentenceStart: number, mentionStart: number): FoundRole[] {
  // The patterns look back at most about a dozen words: a long sentence is read from a window before the
  // mention (starting after a space, so that no word is cut), not from its start, for every mention.
  let from = sentenceStart;
  if (mentionStart - from > ROLE_WINDOW) {
    const space = text.indexOf(' ', mentionStart - ROLE_WINDOW);
    if (space >= 0 && space < mentionStart) from = space + 1;
  }
  const ws = windowWords(text, from, mentionStart);
  if (!ws.length) return [];
  const out: FoundRole[] = [];
  let i = ws.length - 1;
  // apposition with genitive complement, ending in a comma: "die Sprecherin des … Außenministeriums, X"
  // (without the comma a title right before the name is the name's own: "Ein Sprecher der zuständigen
  // Landesrätin Martina Berthold" makes her Landesrätin, not Sprecher)
  const ownTitle = ws[i].text !== ',' && parseTitle(ws[i].text);
  if (ws[i].text === ',' || (/^(des|der)$/.test(ws[Math.max(0, i - 2)]?.text ?? '') && !(ownTitle && !ownTitle.counterpart))) {
    const endComma = ws[i].text === ',' ? i : i + 1;
    for (let k = endComma - 1; k >= Math.max(0, endComma - 9); k--) {
      if (ws[k].text === ',' || ws[k].text === '.' || ws[k].text === '„' || ws[k].text === '“') break;
      const t = parseTitle(ws[k].text);
      // "der Vorsitzende im Repräsentantenhaus, X" (a prepositional complement only before a comma)
      if (t && k + 1 < endComma && (/^(des|der|vom|von)$/.test(ws[k + 1].text) || (ws[i].text === ',' && /^(im|am|beim)$/.test(ws[k + 1].text)))) {
        // the article may stand before up to two adjectives ("der republikanische Vorsitzende …")
        let a = k - 1;
        while (a >= 0 && a >= k - 2 && ADJ_FORM.test(ws[a].text)) a--;
        const det = a >= 0 && DETERMINERS.has(ws[a].text);
        if (!det && ws[i].text === ',') continue;
        const complement = text.slice(ws[k + 1].start, ws[endComma - 1].end);
        let country = t.country ?? countryOfPhrase(complement);
        for (let a = k - 1; a >= 0 && !country && ADJ_FORM.test(ws[a].text); a--) country = lookupAdjective(ws[a].text);
        out.push({
          title: `${t.title} ${complement}`,
          key: t.key,
          country,
          gender: t.gender,
          start: ws[det ? a : k].start,
          end: ws[endComma - 1].end,
          counterpart: false,
        });
        return out;
      }
    }
    if (ws[i].text === ',') return out;
  }
  const last = ws[i];
  const t = parseTitle(last.text);
  let start = last.start;
  let country: string | null = null;
  let info: TitleInfo | null = t;
  if (!t) {
    // generic noun after a nationality adjective or with a country prefix ("der russische Schriftsteller X"),
    // a demonym ("der Tunesier X"), or a person noun after an article ("des Bloggers X", "die Dissidentin X")
    if (!CAPITALISED_WORD.test(last.text) && !PREFIXED_CAPITALISED_WORD.test(last.text)) return out;
    const pre = last.text.includes('-') ? lookupPrefix(last.text.slice(0, last.text.indexOf('-'))) : null;
    const adj = i > 0 ? lookupAdjective(ws[i - 1].text) : null;
    const demonym = lookupDemonym(last.text);
    const articled = i > 0 && (DETERMINERS.has(ws[i - 1].text) || POSSESSIVES.test(ws[i - 1].text) || (i > 1 && ADJ_FORM.test(ws[i - 1].text) && DETERMINERS.has(ws[i - 2].text)));
    const personNoun = articled && PERSON_NOUN.test(last.text) && !NOT_PERSON_NOUNS.test(last.text);
    if (!pre && !(adj && LOWER_START.test(ws[i - 1].text)) && !demonym && !personNoun) return out;
    if (lookupCountry(last.text) || lookupPlace(last.text, false)) return out;
    const noun = pre ? last.text.slice(last.text.indexOf('-') + 1) : last.text;
    const title = personNounNominative(noun);
    info = {
      title,
      // a demonym keys by country and sex, so that "dem Portugiesen X" and a later "der Portugiese" meet
      key: demonym && !pre && !adj ? demonymKey(last.text, demonym) : title.toLowerCase(),
      gender: /in$/.test(title) && !/(?:ling|in)in$/.test(title) && title.length > 5 ? 'f' : null,
      country: pre ?? demonym,
      prefix: null,
      counterpart: false,
    };
  }
  country = info!.country;
  let k = i - 1;
  // lowercase adjectives (up to 3), one of which may be a nationality adjective
  let adjs = 0;
  while (k >= 0 && adjs < 3 && ADJ_FORM.test(ws[k].text)) {
    const c = lookupAdjective(ws[k].text);
    if (c && !country) country = c;
    start = ws[k].start;
    k--;
    adjs++;
  }
  // genitive country: "Russlands Präsident", "Chinas Außenminister"
  if (k >= 0 && /s$/.test(ws[k].text) && UPPER_START.test(ws[k].text) && adjs === 0) {
    const c = lookupCountry(ws[k].text);
    if (c) {
      if (!country) country = c;
      start = ws[k].start;
      k--;
    }
  }
  if (k >= 0 && (DETERMINERS.has(ws[k].text) || POSSESSIVES.test(ws[k].text))) {
    start = ws[k].start;
  }
  out.push({
    title: info!.title,
    key: info!.key,
    country,
    gender: info!.gender,
    start,
    end: last.end,
    counterpart: info!.counterpart,
    prefix: info!.prefix,
  });
  return out;
}

/** Characters of the short window that windowWords() tries first (about 18 words of news text). */
const SHORT_ROLE_WINDOW = 130;
/** Words before the mention that rolesBefore() reads at fixed distances (it looks back at most 12 words). */
const ROLE_LOOKBACK = 14;

/**
 * words(text.slice(from, end), from), or as much of its end as rolesBefore() reads: the words of a window of
 * SHORT_ROLE_WINDOW characters that starts after a space (words never span a space, so they are the last
 * words of the long window) when it holds at least ROLE_LOOKBACK words and its first word is no ADJ_FORM
 * (the one open-ended look-back, over adjectives, then stops inside it as it would in the long window).
 */
export function windowWords(text: string, from: number, end: number): Word[] {
  if (end - from > SHORT_ROLE_WINDOW) {
    const space = text.indexOf(' ', end - SHORT_ROLE_WINDOW);
    if (space >= from && space + 1 < end) {
      const ws = words(text.slice(space + 1, end), space + 1);
      if (ws.length >= ROLE_LOOKBACK && !ADJ_FORM.test(ws[0].text)) return ws;
    }
  }
  return words(text.slice(from, end), from);
}

/** Roles in an apposition right after a name: "X, der russische Außenminister, …", "X, Chinas Außenminister, …". */
export function rolesAfter(text: string, mentionEnd: number, sentenceEnd: number): FoundRole[] {
  const rest = text.slice(mentionEnd, sentenceEnd);
  const m = /^\s*,\s*/.exec(rest);
  if (!m) return [];
  const segEnd = rest.slice(m[0].length).search(/[,;:.()–—]|\s-\s/);
  const seg = segEnd < 0 ? rest.slice(m[0].length) : rest.slice(m[0].length, m[0].length + segEnd);
  const ws = words(seg, mentionEnd + m[0].length);
  if (!ws.length || ws.length > 12) return [];
  let k = 0;
  if (DETERMINERS.has(ws[0].text) || /^(ein|eine|einer|eines|einem|einen)$/i.test(ws[0].text)) k = 1;
  else if (!parseTitle(ws[0].text) && !countryOfWord(ws[0].text) && !APPOSITION_ADJ.test(ws[0].text)) return [];
  let country: string | null = null;
  for (; k < ws.length; k++) {
    const t = parseTitle(ws[k].text);
    if (t) {
      const after = text.slice(ws[k].end, ws[ws.length - 1].end);
      country = t.country ?? country ?? countryOfPhrase(after);
      const title = ws.length > k + 1 && /^(des|der|von|vom)$/.test(ws[k + 1].text) ? `${t.title}${after}` : t.title;
      return [{ title, key: t.key, country, gender: t.gender, start: ws[0].start, end: ws[ws.length - 1].end, counterpart: t.counterpart, prefix: t.prefix }];
    }
    const c = countryOfWord(ws[k].text);
    if (c) {
      country ??= c;
      continue;
    }
    if (!ADJ_FORM.test(ws[k].text)) return [];
  }
  return [];
}

export interface Description {
  start: number;
  end: number;
  text: string;
  key: string;
  country: string | null;
  gender: 'f' | 'm' | null;
  prefix: string | null;
}

/**
 * Definite descriptions of office holders without a name: "der russische Präsident", "die Kanzlerin",
 * "Chinas Außenminister", "des US-Präsidenten". `isNameAt(offset)` tells whether a person name starts there.
 */
export function findDescriptions(
  text: string,
  from: number,
  to: number,
  isNameAt: (offset: number) => boolean,
  extraKeys: ReadonlySet<string> = new Set(),
): Description[] {
  const ws = words(text.slice(from, to), from);
  const out: Description[] = [];
  // demonym nouns are looked up only where some person holds a demonym role
  let hasDemonymKey = false;
  for (const k of extraKeys) if (k.startsWith('demonym:')) hasDemonymKey = true;
  const nounKeys = nounKeyShapes(extraKeys);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i].text;
    // titles, person nouns and demonyms are all capitalised; most words are not
    const c0 = w.charCodeAt(0);
    if (c0 < 0x41 || (c0 >= 0x61 && c0 <= 0x7a)) continue;
    let t = parseTitle(w);
    if (!t && extraKeys.size) {
      // person nouns that name someone's role in this document ("der Blogger" after "des Bloggers X")
      const demonym = hasDemonymKey ? lookupDemonym(w) : null;
      if (demonym) {
        // "der Spanier" (m), "die Spanierin" (f); "der Russen" is a genitive plural
        const key = demonymKey(w, demonym);
        const female = key.endsWith(':f');
        const prev = i > 0 ? ws[i - 1].text : '';
        if (extraKeys.has(key) && !(!female && /en$/.test(w) && /^der$/i.test(prev)))
          // frozen as parseTitle's (a frozen object has a hidden class of its own; this function reads both)
          t = Object.freeze({ title: w, key, gender: female ? 'f' : 'm', country: demonym, prefix: null, counterpart: false });
      } else {
        // a person noun's sex from its form ("die Blogger" is then a plural, "die Bloggerin" is not)
        const key = mayBeNounKey(nounKeys, w) ? personNounKey(w) : null;
        if (key && extraKeys.has(key)) t = Object.freeze({ title: ws[i].text, key, gender: /in$/.test(w) ? 'f' : 'm', country: null, prefix: null, counterpart: false });
      }
    }
    if (!t || t.counterpart) continue;
    // not followed by a name (then it is that name's role), nor by ", Name"
    const next = ws[i + 1];
    if (next && isNameAt(next.start)) continue;
    if (next && next.text === ',' && ws[i + 2] && isNameAt(ws[i + 2].start)) continue;
    const genitiveCountry = next && /s$/.test(next.text) ? lookupCountry(next.text) : null;
    if (next && UPPER_START.test(next.text) && !genitiveCountry && !DETERMINERS.has(next.text) && !parseTitle(next.text) && !/^(Der|Die|Das|Er|Sie|Es|Ich|Wir)$/.test(next.text)) continue;
    let country = t.country;
    let k = i - 1;
    let adjs = 0;
    let start = ws[i].start;
    while (k >= 0 && adjs < 3 && ADJ_FORM.test(ws[k].text)) {
      const c = lookupAdjective(ws[k].text);
      if (c && !country) country = c;
      k--;
      adjs++;
    }
    let definite = false;
    if (k >= 0 && (DETERMINERS.has(ws[k].text) || /^(vom|zum|beim)$/i.test(ws[k].text))) definite = true;
    else if (k >= 0 && adjs === 0 && /s$/.test(ws[k].text) && lookupCountry(ws[k].text)) {
      country ??= lookupCountry(ws[k].text);
      definite = true;
    }
    if (!definite) continue;
    // "der kommende Parteichef", "der künftige Kanzler": a future holder is not the present one
    if (ws.slice(k + 1, i).some((w) => /^(kommend|künftig|zukünftig|nächst|designiert|potenziell|möglich)(e|en|er|es|em)$/.test(w.text))) continue;
    // "die Außenminister" with a masculine title, "die Abgeordneten" with an adjectival one, are plurals
    if (/^die$/i.test(ws[k].text) && (t.gender === 'm' || (t.gender === null && /en$/.test(ws[i].text)))) continue;
    start = ws[k].start;
    // "einer der Selbstmordattentäter", "der Journalisten" (weak noun, no singular reading): plurals
    if (k > 0 && /^der$/i.test(ws[k].text) && /^(einer|eines|einem|eine|keiner|jeder|jede|zwei|drei|vier|beide|viele|mehrere|einige|manche|alle)$/i.test(ws[k - 1].text)) continue;
    if (/^der$/i.test(ws[k].text) && t.gender === 'm' && /en$/.test(ws[i].text) && !/en$/.test(t.title)) continue;
    // "zwischen den Außenministern", "den Schulleitern": a dative plural of a title in -er
    if (/^den$/i.test(ws[k].text) && /ern$/.test(ws[i].text) && /er$/.test(t.title)) continue;
    // "die Riege der Minister", "das Treffen der Regierungschefs": lower-case "der" after a noun before a
    // masculine title is a genitive plural (the singular would be "des")
    if (ws[k].text === 'der' && t.gender !== 'f' && k > 0 && CAPITALISED_START.test(ws[k - 1].text) && !/[.!?:„“"–]$/.test(ws[k - 2]?.text ?? '.') && !isNameAt(ws[k - 1].start)) continue;
    // "der stellvertretende Chef", "der oberösterreichische FPÖ-Chef": another office than the holder's
    if (ws.slice(k + 1, i).some((w) => /^(stellvertretend|kommissarisch|interimistisch)(e|en|er|es|em)$/.test(w.text) || lookupRegionAdjective(w.text))) continue;
    // a complement: "der Präsident Frankreichs", "des Präsidenten von Vietnam" give a country;
    // "der Präsident der Wahlkommission" names another office (party and state complements excepted)
    let specific = false;
    if (next && /^(des|der|von|aus)$/.test(next.text) && ws[i + 2]) {
      const phrase = ws.slice(i + 2, i + 5).map((w) => w.text).join(' ');
      const c = countryOfPhrase(ws.slice(i + 2, i + 4).map((w) => w.text).join(' '));
      if (c) country ??= c;
      else if (/^(des|der)$/.test(next.text) && !/^(Landes|Staates|Republik|Regierung|Partei|Königreichs|Föderation|Union)\b/.test(phrase)) specific = true;
    }
    if (specific) continue;
    if (!country && genitiveCountry) country = genitiveCountry;
    out.push({ start, end: ws[i].end, text: text.slice(start, ws[i].end), key: t.key, country, gender: t.gender, prefix: t.prefix });
  }
  return out;
}
