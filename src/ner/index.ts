import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { setTokenLower, tokenWords, type Doc, type Entity, type EntityType, type Mention, type MentionForm } from '../doc/index.ts';
import type { Component } from '../pipeline/component.ts';
import { modelPath } from '../util/paths.ts';
import { NER_MODEL_FILE, NER_VERSION } from './config.ts';
import { loadModelFile, type NerModel } from './model.ts';

export { NerModel, loadModelFile, type ModelHeader } from './model.ts';
export { LABELS, TYPES, spansOf, type NerType } from './labels.ts';
export { scoreSpans, type NerScore } from './score.ts';
export { NER_VERSION } from './config.ts';

/** Default model file (committed, built by `npm run train:ner`). */
export const DEFAULT_MODEL_PATH = modelPath('ner', NER_MODEL_FILE);

let cached: NerModel | null = null;

/** Loads a model file (default: $LAGEBILD_NER_MODEL or the committed German GermEval model, cached). */
export function loadModel(path: string | undefined = process.env.LAGEBILD_NER_MODEL): NerModel {
  if (path && path !== DEFAULT_MODEL_PATH) return loadModelFile(path);
  if (!cached) {
    if (!existsSync(DEFAULT_MODEL_PATH)) throw new Error(`NER model missing: ${DEFAULT_MODEL_PATH} (run npm run train:ner)`);
    cached = loadModelFile(DEFAULT_MODEL_PATH);
  }
  return cached;
}

let fingerprint: string | null = null;

/** The first 12 hex digits of the SHA-256 of the model file in use: its identity in stored documents. */
export function modelFingerprint(): string {
  if (!fingerprint) {
    const path = process.env.LAGEBILD_NER_MODEL || DEFAULT_MODEL_PATH;
    fingerprint = existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 12) : 'missing';
  }
  return fingerprint;
}

/** GermEval BIO tags (e.g. B-LOCderiv) for one tokenised sentence. */
export function tagTokens(tokens: string[], model: NerModel = loadModel()): string[] {
  return model.tag(tokens);
}

/** A raw entity mention before grouping: character offsets into doc.text. */
export interface RawMention extends Mention {
  /** PER | ORG | LOC | MISC */
  type: EntityType;
  /** GermEval label without BIO prefix, e.g. LOCderiv, OTHpart. */
  label: string;
  sentence: number;
  /** Token index range [tokenStart, tokenEnd) into doc.tokens. */
  tokenStart: number;
  tokenEnd: number;
}

const BASE_TYPE: Record<string, EntityType> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', OTH: 'MISC' };

function mentionOf(doc: Doc, label: string, sentence: number, tokenStart: number, tokenEnd: number): RawMention {
  const base = label.slice(0, 3);
  const form: MentionForm = label.endsWith('deriv') ? 'deriv' : label.endsWith('part') ? 'part' : 'name';
  const start = doc.tokens[tokenStart].start;
  const end = doc.tokens[tokenEnd - 1].end;
  return { start, end, text: doc.text.slice(start, end), form, label, type: BASE_TYPE[base] ?? 'MISC', sentence, tokenStart, tokenEnd };
}

export interface MentionOptions {
  model?: NerModel;
  /** Tag untagged repeats of a name found elsewhere in the document (default true). */
  consistency?: boolean;
}

/** All entity mentions of a segmented document, in text order (the list the entities stage re-clusters). */
export function nerMentions(doc: Doc, options: MentionOptions = {}): RawMention[] {
  const model = options.model ?? loadModel();
  const mentions: RawMention[] = [];
  const toks = doc.tokens;
  const sentTokens: string[][] = [];
  const sentFirst: number[] = [];
  const all = tokenWords(doc);
  // the tokens' lower-cased forms from the tagger's word cache, for the later stages (tokenTexts; a stand-in
  // tagger without the cache leaves them to tokenTexts)
  const lower = typeof model.lowerForms === 'function' ? new Array<string>(toks.length) : null;
  let i = 0;
  while (i < toks.length) {
    const s = toks[i].sentence;
    let j = i;
    while (j < toks.length && toks[j].sentence === s) j++;
    const words = all.slice(i, j);
    sentTokens.push(words);
    sentFirst.push(i);
    for (const sp of model.spans(words)) mentions.push(mentionOf(doc, sp.type, s, i + sp.start, i + sp.end));
    if (lower) model.lowerForms(j - i, lower, i);
    i = j;
  }
  if (lower) setTokenLower(doc, lower);
  if (options.consistency ?? true) addRepeats(doc, mentions, sentTokens, sentFirst);
  return mentions;
}

/**
 * Document-level consistency: a capitalised token sequence tagged as a name somewhere in the
 * article is tagged the same way where the tagger missed it (another sentence, same string).
 */
function addRepeats(doc: Doc, mentions: RawMention[], sentTokens: string[][], sentFirst: number[]): void {
  // (no named closures here and below: tsx gives each a `__name` call when it is created, per document)
  const names = new Map<string, RawMention>();
  for (const m of mentions) {
    if (m.form !== 'name' || m.tokenEnd - m.tokenStart > 4) continue;
    const words = m.text;
    if (!UPPER_START.test(words) || words.length < 3) continue;
    const prev = names.get(words);
    if (!prev) names.set(words, m);
    else if (prev.label !== m.label) names.set(words, ambiguous(prev)); // ambiguous: skip
  }
  // the short forms of a person's name, where it was written out: the surname ("Baerbock" after
  // "Annalena Baerbock") and the first of two names (a family name written first, "Li" after "Li Keqiang",
  // or a first name on its own), unless two people's names share it. Common nouns are not excluded: German
  // surnames often are one ("Fischer"), and lexicons list short family names as words ("Xi", a Greek letter).
  const parts = new Map<string, RawMention>();
  for (const m of mentions) {
    const len = m.tokenEnd - m.tokenStart;
    if (m.form !== 'name' || m.type !== 'PER' || len < 2 || len > 3) continue;
    const last = partKey(doc, m.tokenEnd - 1);
    if (last) addPart(parts, last, m);
    const first = len === 2 ? partKey(doc, m.tokenStart) : null;
    if (first) addPart(parts, first, m);
  }
  for (const [key, m] of parts) if (m.label !== '' && !names.has(key)) names.set(key, m);
  if (names.size === 0) return;
  // length, first and last code unit of every key: a text span that differs in them is no key, and
  // most spans tried below are ruled out so without making their string
  const shapes = new Set<number>();
  for (const key of names.keys()) shapes.add(spanShape(key, 0, key.length));
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of mentions) for (let t = m.tokenStart; t < m.tokenEnd; t++) covered[t] = 1;
  const added: RawMention[] = [];
  for (let s = 0; s < sentTokens.length; s++) {
    const words = sentTokens[s];
    for (let k = 0; k < words.length; k++) {
      const g = sentFirst[s] + k;
      // every name key starts with an upper-case letter, so only such tokens can start a repeat
      if (covered[g] || !startsUpper(words[k])) continue;
      for (let len = 4; len >= 1; len--) {
        if (k + len > words.length) continue;
        const start = doc.tokens[g].start;
        const end = doc.tokens[g + len - 1].end;
        if (!shapes.has(spanShape(doc.text, start, end))) continue;
        const m = names.get(doc.text.slice(start, end));
        if (!m || m.label === '') continue;
        let free = true;
        for (let t = g; t < g + len; t++) if (covered[t]) free = false;
        if (!free) continue;
        const nm = mentionOf(doc, m.label, doc.tokens[g].sentence, g, g + len);
        added.push(nm);
        for (let t = g; t < g + len; t++) covered[t] = 1;
        break;
      }
    }
  }
  if (added.length) {
    mentions.push(...added);
    mentions.sort((a, b) => a.start - b.start);
  }
}

/** Token t as a name part (a capitalised word of letters only), or null. */
function partKey(doc: Doc, t: number): string | null {
  const w = doc.text.slice(doc.tokens[t].start, doc.tokens[t].end);
  return w.length < 2 || !NAME_PART.test(w) ? null : w;
}

/** Records `m` as the mention a name part `key` stands for; a part of two people's names is ambiguous (label ''). */
function addPart(parts: Map<string, RawMention>, key: string, m: RawMention): void {
  const prev = parts.get(key);
  if (!prev) parts.set(key, m);
  else if (prev.text !== m.text) parts.set(key, ambiguous(prev));
}

/**
 * A copy of `m` with label '' (ambiguous), written as mentionOf's literal: a spread copy (`{ ...m, label: '' }`)
 * has a hidden class of its own, and addRepeats, optimised on mentions, fell back to the interpreter on it.
 */
function ambiguous(m: RawMention): RawMention {
  return { start: m.start, end: m.end, text: m.text, form: m.form, label: '', type: m.type, sentence: m.sentence, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd };
}

/** Length, first and last code unit of text[start, end) as one number (equal strings give equal numbers). */
function spanShape(text: string, start: number, end: number): number {
  return (end - start) * 4294967296 + text.charCodeAt(start) * 65536 + text.charCodeAt(end - 1);
}

const UPPER_START = /^\p{Lu}/u;
/**
 * A capitalised word of letters only, or two joined by a hyphen (Austrian and German double surnames:
 * "Mikl-Leitner", "Ennser-Jedenastik"): a part of a person's name that can stand alone.
 */
const NAME_PART = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word);
}

function normalise(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Groups mentions with identical normalised text and type into entities (a genitive
 * "Russlands" joins "Russland" when both occur). Clustering proper is the entities stage's job.
 */
export function groupMentions(mentions: RawMention[]): Entity[] {
  const byKey = new Map<string, Entity>();
  // each mention text normalised once (a name recurs; normalise() is NFC, lower case and a regex)
  const normal = new Map<string, string>();
  const norms = mentions.map((m) => {
    let n = normal.get(m.text);
    if (n === undefined) normal.set(m.text, (n = normalise(m.text)));
    return n;
  });
  const keys = new Set(mentions.map((m, i) => `${m.type}|${m.form}|${norms[i]}`));
  const entities: Entity[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    let norm = norms[i];
    if (m.form === 'name' && /[^s]s$/.test(norm) && keys.has(`${m.type}|name|${norm.slice(0, -1)}`)) norm = norm.slice(0, -1);
    const key = `${m.type}|${m.form}|${norm}`;
    let e = byKey.get(key);
    if (!e) {
      e = { id: `ent${entities.length + 1}`, type: m.type, name: m.text, mentions: [] };
      byKey.set(key, e);
      entities.push(e);
    }
    // e.name is always some mention's text, so its normal form is in the map
    else if (normal.get(e.name) !== norm && norms[i] === norm) e.name = m.text;
    e.mentions.push({ start: m.start, end: m.end, text: m.text, form: m.form, label: m.label });
  }
  return entities;
}

export const nerComponent: Component = {
  name: 'ner',
  /** Code version and the loaded model's own version, so stored documents say which model tagged them. */
  get version() {
    return `${NER_VERSION}+model.${modelFingerprint()}`;
  },
  requires: ['tokens', 'sentences'],
  provides: ['entities'],
  run(doc: Doc) {
    doc.entities = groupMentions(nerMentions(doc));
  },
};
