import { createHash } from 'node:crypto';
import { OffsetMap } from './offsets.ts';
import type { Doc, DocMeta, Span } from './types.ts';

export const DOCUMENT_SCHEMA = 'lagebild/document@1';

export function emptyMeta(): DocMeta {
  return { title: null, url: null, source: null, published: null, byline: null };
}

/** A fresh document whose cleaned text is still the raw text. */
export function createDoc(raw: string, meta: Partial<DocMeta> = {}): Doc {
  if (!plainMeta(meta)) return createDocFromSpread(raw, meta);
  // Built property by property on an object of a constructor of its own, with one getter/setter pair shared by all
  // documents: every document then has the same hidden class, in fast mode. (An object literal with `get id()`
  // made two closures per document, and V8 turned every document after the first into a dictionary-mode object,
  // so that each `doc.x` load of every stage was a hash lookup.) Same keys, order, values and prototype as the
  // literal below.
  const doc = new (DocObject as unknown as new () => Doc)();
  doc.title = Object.hasOwn(meta, 'title') ? (meta.title as string | null) : null;
  doc.url = Object.hasOwn(meta, 'url') ? (meta.url as string | null) : null;
  doc.source = Object.hasOwn(meta, 'source') ? (meta.source as string | null) : null;
  doc.published = Object.hasOwn(meta, 'published') ? (meta.published as string | null) : null;
  doc.byline = Object.hasOwn(meta, 'byline') ? (meta.byline as string | null) : null;
  LAZY_ID.set(doc, { raw, id: null });
  Object.defineProperty(doc, 'id', ID_ACCESSOR);
  doc.lang = null;
  doc.raw = raw;
  doc.text = raw;
  doc.offsets = OffsetMap.identity(raw.length);
  doc.removed = [];
  doc.sentences = [];
  doc.tokens = [];
  doc.entities = [];
  doc.quotes = [];
  doc.times = [];
  doc.figures = [];
  doc.events = [];
  doc.pipeline = {};
  return doc;
}

/**
 * The constructor of createDoc's documents, with Object.prototype as their prototype (as an object literal's):
 * objects from object literals share their hidden classes' transition tree, where an `id` accessor with other
 * functions (another copy of this module, as in scripts/bench-ab.ts) would send these documents to dictionary mode.
 */
function DocObject(): void {}
DocObject.prototype = Object.prototype;

/** Per document: its raw text, and its id once read or set. */
const LAZY_ID = new WeakMap<object, { raw: string; id: string | null }>();

// The hash of the raw text, computed on first read: the clean stage replaces it with the hash of the
// cleaned text, so a pipeline run never pays for this one (it is a normalised copy of the whole text).
const ID_ACCESSOR: PropertyDescriptor = {
  get(this: object): string {
    const s = LAZY_ID.get(this) as { raw: string; id: string | null };
    return (s.id ??= contentId(s.raw));
  },
  set(this: object, value: string) {
    const s = LAZY_ID.get(this);
    if (s) s.id = value;
    else LAZY_ID.set(this, { raw: '', id: value });
  },
  enumerable: true,
  configurable: true,
};

const META_KEYS = new Set(['title', 'url', 'source', 'published', 'byline']);

/** Whether `meta`'s own keys are all enumerable DocMeta fields (so the spread below would copy just these). */
function plainMeta(meta: object): boolean {
  for (const k of Reflect.ownKeys(meta)) if (typeof k !== 'string' || !META_KEYS.has(k) || !Object.prototype.propertyIsEnumerable.call(meta, k)) return false;
  return true;
}

/** createDoc for meta with other keys: the spread copies them in their place. */
function createDocFromSpread(raw: string, meta: Partial<DocMeta>): Doc {
  let id: string | null = null;
  return {
    ...emptyMeta(),
    ...meta,
    get id(): string {
      return (id ??= contentId(raw));
    },
    set id(value: string) {
      id = value;
    },
    lang: null,
    raw,
    text: raw,
    offsets: OffsetMap.identity(raw.length),
    removed: [],
    sentences: [],
    tokens: [],
    entities: [],
    quotes: [],
    times: [],
    figures: [],
    events: [],
    pipeline: {},
  };
}

/** Stable document id: a short SHA-256 of the normalised content. */
export function contentId(text: string): string {
  return createHash('sha256').update(text.normalize('NFC').replace(WHITE_RUN, ' ').trim()).digest('hex').slice(0, 16);
}

/**
 * Every run of white space that is not already a single ' ' (same result as replacing /\s+/g by ' ',
 * without a match and a copy at every space between two words): a run that holds any other space
 * character or two spaces, taken whole from its first character.
 */
const WHITE_RUN = / ?[^\S ]\s*| {2,}\s*/g;

export function span(doc: Pick<Doc, 'text'>, start: number, end: number): Span {
  return { start, end, text: doc.text.slice(start, end) };
}

export interface TokenTexts {
  /** The text of every token (doc.text sliced at its offsets). */
  readonly words: readonly string[];
  /** The same, lower-cased. */
  readonly lower: readonly string[];
}

/**
 * Lower-cased form by token text, shared by all documents (bounded): a repeated word gets the same lower-case
 * string, whose hash V8 computed at its first Map lookup in an earlier document — later stages' lookups by the
 * lower-cased word (cue lexicons, word lists) then hash only new words. The NER stage hashes the token text
 * for its own word cache anyway, so the lookup here costs little.
 */
const LOWER_BY_WORD = new Map<string, string>();
// (a key sliced from a document keeps that text alive until the cache is cleared: the bound caps it; peak RSS in the
// bench did not rise, docs/EVALUATION.md "Ninth session, merged main")
const LOWER_CACHE_MAX = 200_000;

/** A document's token strings; `lower` is made on first need, unless a stage supplied it (setTokenLower). */
interface TokenTextsRecord {
  text: string;
  tokens: Doc['tokens'];
  n: number;
  words: string[];
  lower: string[] | null;
}

const TOKEN_TEXTS = new WeakMap<Doc, TokenTextsRecord>();

function tokenTextsRecord(doc: Doc): TokenTextsRecord {
  const t = TOKEN_TEXTS.get(doc);
  if (t && t.text === doc.text && t.tokens === doc.tokens && t.n === doc.tokens.length) return t;
  const n = doc.tokens.length;
  const words = new Array<string>(n);
  for (let i = 0; i < n; i++) words[i] = doc.text.slice(doc.tokens[i].start, doc.tokens[i].end);
  const made: TokenTextsRecord = { text: doc.text, tokens: doc.tokens, n, words, lower: null };
  TOKEN_TEXTS.set(doc, made);
  return made;
}

/**
 * The text and lower-cased text of every token, built once per document for all stages that read
 * words (NER, quotes, events): one string per token instead of one per stage, so that the hash V8 keeps in a
 * string after its first Map lookup serves the later stages too. Rebuilt when the text or the token
 * list changes; callers must not modify the arrays.
 */
export function tokenTexts(doc: Doc): TokenTexts {
  const t = tokenTextsRecord(doc);
  if (t.lower === null) {
    const lower = new Array<string>(t.n);
    for (let i = 0; i < t.n; i++) {
      const w = t.words[i];
      lower[i] = asciiLowerCase(w) ? w : cachedLowerCase(w);
    }
    t.lower = lower;
  }
  return t as TokenTexts;
}

/** The text of every token (tokenTexts(doc).words, without making the lower-cased forms). */
export function tokenWords(doc: Doc): readonly string[] {
  return tokenTextsRecord(doc).words;
}

/**
 * Supplies the lower-cased form of every token (`lower[i] === tokenWords(doc)[i].toLowerCase()`), which
 * tokenTexts then returns instead of making its own: the NER stage has them in its word cache, as strings
 * V8 has hashed before, so the shared lower-case cache below is not probed for the document.
 */
export function setTokenLower(doc: Doc, lower: string[]): void {
  const t = tokenTextsRecord(doc);
  if (lower.length !== t.n) throw new Error(`setTokenLower: ${lower.length} forms for ${t.n} tokens`);
  t.lower = lower;
}

/**
 * Whether `w` is ASCII without capitals, so that it is its own lower-case form: most tokens are (function words,
 * punctuation, numbers), and they skip the cache probe below, a hash and a miss in a large table per token.
 */
function asciiLowerCase(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return false;
  }
  return true;
}

function cachedLowerCase(w: string): string {
  let l = LOWER_BY_WORD.get(w);
  if (l === undefined) {
    l = w.toLowerCase();
    if (LOWER_BY_WORD.size >= LOWER_CACHE_MAX) LOWER_BY_WORD.clear();
    LOWER_BY_WORD.set(w, l);
  }
  return l;
}

/** Index of the sentence containing `offset` (binary search), or -1. */
export function sentenceAt(doc: Pick<Doc, 'sentences'>, offset: number): number {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < s[mid].start) hi = mid - 1;
    else if (offset >= s[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export interface DocumentJSON {
  schema: typeof DOCUMENT_SCHEMA;
  id: string;
  lang: string | null;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
  byline: string | null;
  text: string;
  removed: Doc['removed'];
  sentences: Doc['sentences'];
  entities: Doc['entities'];
  quotes: Doc['quotes'];
  times: Doc['times'];
  figures: Doc['figures'];
  events: Doc['events'];
  pipeline: Doc['pipeline'];
  /** Cleaned→raw offset runs, flattened as [start, rawStart, length, …]. */
  offsets: { runs: number[]; rawLength: number };
}

/** The public JSON contract (docs/document.schema.json). */
export function toDocumentJSON(doc: Doc): DocumentJSON {
  return {
    schema: DOCUMENT_SCHEMA,
    id: doc.id,
    lang: doc.lang,
    title: doc.title,
    url: doc.url,
    source: doc.source,
    published: doc.published,
    byline: doc.byline,
    text: doc.text,
    removed: doc.removed,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    entities: doc.entities,
    quotes: doc.quotes,
    times: doc.times,
    figures: doc.figures,
    events: doc.events,
    pipeline: doc.pipeline,
    offsets: doc.offsets.toJSON(),
  };
}

/** Rebuilds a Doc from its JSON (tokens are recomputed by the caller if needed). */
export function fromDocumentJSON(json: DocumentJSON, raw: string): Doc {
  return {
    id: json.id,
    lang: json.lang,
    title: json.title,
    url: json.url,
    source: json.source,
    published: json.published,
    byline: json.byline ?? null,
    raw,
    text: json.text,
    offsets: OffsetMap.fromJSON(json.offsets),
    removed: json.removed,
    sentences: json.sentences,
    tokens: [],
    entities: json.entities,
    quotes: json.quotes,
    times: json.times,
    figures: json.figures,
    events: json.events,
    pipeline: json.pipeline,
  };
}
