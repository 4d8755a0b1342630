// Cheap prefilters before the lexicon search: which sentences and tokens may hold a trigger (form keys, compound heads).
import type { Doc, Figure } from '../doc/index.ts';
import { mayHaveEvaluation } from './evaluations.ts';
import { type LexEntry, NEGATIVE_JUDGEMENT_IN, NON_COMPOUND_PREFIXES, NOUN_FORMS, VERB_FORMS } from './lexicon.ts';
import { moneyFigure } from './money.ts';
import { REFLEXIVES } from './words.ts';
import type { Tok } from './extract.ts';
import { SENTENCE_ANALYSED, SENTENCE_EVALUABLE, SENTENCE_MONEY } from './shared.ts';
import { partyCondition } from './triggers.ts';

/** Noun forms by their last four letters, longest first: the compound-head search without slicing every suffix. */
const NOUN_BY_END = new Map<string, string[]>();
for (const f of NOUN_FORMS.keys()) {
  if (f.length < 5) continue;
  const k = f.slice(-4);
  let list = NOUN_BY_END.get(k);
  if (!list) NOUN_BY_END.set(k, (list = []));
  list.push(f);
}
for (const list of NOUN_BY_END.values()) list.sort((a, b) => b.length - a.length);

/**
 * The head of a compound noun ("Raketenangriff" → "angriff"): the longest noun form of at least 5 letters that
 * leaves a modifier of at least 4; null when there is none or the modifier is a derivational prefix.
 */
export function compoundHead(l: string): string | null {
  // a head of at least 5 letters after a modifier of at least 4
  if (l.length < 9 || !keySet(HEAD_TAILS, tailKey(l, l.length))) return null;
  const list = NOUN_BY_END.get(l.slice(-4));
  if (!list) return null;
  for (const f of list) {
    const k = l.length - f.length;
    if (k < 4 || !l.endsWith(f)) continue;
    return NON_COMPOUND_PREFIXES.test(l.slice(0, k)) ? null : f;
  }
  return null;
}

/**
 * Cheap test before the sentence analysis: can any token be a trigger? (A superset of what findTriggers
 * accepts: a verb form whose particle, if it needs one, is in the sentence; a noun form; a compound head.)
 */
export function mayHaveTrigger(toks: Tok[]): boolean {
  // " w1 w2 … ": a needed word is " "+o (prefix of a token) or, from 5 letters, anywhere
  let joined: string | null = null;
  for (const t of toks) {
    if (t.text.length < 3) continue;
    const l = t.lower;
    const verbs = ANY_FORM.has(l) ? VERB_FORMS.get(l) : undefined;
    if (verbs) {
      for (const c of verbs) {
        joined ??= joinLowers(toks);
        if (!c.bare && !joined.includes(` ${c.entry.p} `)) continue;
        if (sentenceAllows(c.entry, joined)) return true;
      }
    }
    const nouns = verbs || ANY_FORM.has(l) ? NOUN_FORMS.get(l) : undefined;
    if (nouns) {
      joined ??= joinLowers(toks);
      for (const e of nouns) if (sentenceAllows(e, joined)) return true;
    }
    // capitalised (a superset of /^\p{Lu}/: the first character changes in lower case)
    if (t.text.charCodeAt(0) !== l.charCodeAt(0)) {
      const dash = l.lastIndexOf('-');
      if (dash > 0 && NOUN_FORMS.has(l.slice(dash + 1))) return true;
      if (compoundHead(l) !== null) return true;
    }
  }
  return false;
}

/** Every verb and noun form: one lookup for the tokens that are neither. */
const ANY_FORM = new Set([...VERB_FORMS.keys(), ...NOUN_FORMS.keys()]);

function joinLowers(toks: Tok[]): string {
  let s = ' ';
  for (const t of toks) s += t.lower + ' ';
  return s;
}

const REFLEXIVE_WORDS = [...REFLEXIVES].map((r) => ` ${r} `);

/**
 * The verb and noun entries of a form of 3 or more characters (shorter tokens are not looked up), in one lookup,
 * with each verb candidate's separated particle padded with spaces as the joined sentence is searched for it.
 */
type VerbCandidate = { entry: LexEntry; bare: boolean; participle: boolean; present: boolean };
interface FormInfo {
  verbs: VerbCandidate[] | undefined;
  particles: string[];
  /** each verb candidate's particle as a bit of PARTICLE_BITS (0: searched for in the joined sentence) */
  particleBits: number[];
  nouns: LexEntry[] | undefined;
}
/**
 * Separated particles by bit (31 at most): a sentence's particles as one mask of its tokens' lower-case strings.
 * A token never holds white space (segment/tokenize.ts), so " an " is in the joined sentence exactly where a token is
 * "an"; a token's own lower-case string equals the lower-cased text's slice except for a capital sigma, which no
 * particle with a bit has.
 */
const PARTICLE_BITS = new Map<string, number>();
for (const list of VERB_FORMS.values()) for (const c of list) {
  const p = c.entry.p;
  if (!c.bare && p && !PARTICLE_BITS.has(p) && PARTICLE_BITS.size < 31 && !/[\sσς]/.test(p)) PARTICLE_BITS.set(p, 1 << PARTICLE_BITS.size);
}
const FORM_INFO = new Map<string, FormInfo>();
for (const f of ANY_FORM) {
  if (f.length < 3) continue;
  const verbs = VERB_FORMS.get(f);
  FORM_INFO.set(f, { verbs, particles: (verbs ?? []).map((c) => ` ${c.entry.p} `), particleBits: (verbs ?? []).map((c) => (c.entry.p && PARTICLE_BITS.get(c.entry.p)) || 0), nouns: NOUN_FORMS.get(f) });
}
const PARTICLE_MAX_LENGTH = Math.max(0, ...[...PARTICLE_BITS.keys()].map((p) => p.length));
/** The PARTICLE_BITS of the tokens [from, to). */
function particleMask(tokenLower: readonly string[], from: number, to: number): number {
  let mask = 0;
  for (let k = from; k < to; k++) {
    const w = tokenLower[k];
    if (w.length <= PARTICLE_MAX_LENGTH) mask |= PARTICLE_BITS.get(w) ?? 0;
  }
  return mask;
}

/**
 * A hash of a lower-case word from all its characters (no string needed). (A key of the first two and the last
 * character and the length let a third of the tokens through to the string lookup, only one in six of them a form.)
 */
function formKey(lower: string, a: number, b: number): number {
  let h = b - a;
  for (let i = a; i < b; i++) h = (Math.imul(h, 31) + lower.charCodeAt(i)) | 0;
  return (h ^ (h >>> 20)) & 0xfffff;
}

/**
 * formKey of every verb and noun form of 3 or more characters, one bit each: a word whose bit is not set is no form.
 * (Bits, not bytes: 128 KB instead of 1 MB, so that the per-token test mostly stays in the processor's caches.)
 */
const FORM_KEYS = new Int32Array(1 << 15);
for (const f of FORM_INFO.keys()) {
  const h = formKey(f, 0, f.length);
  FORM_KEYS[h >>> 5] |= 1 << (h & 31);
}
/** Whether the key `h` (formKey) is set in `bits` (FORM_KEYS, HEAD_TAILS). */
function keySet(bits: Int32Array, h: number): boolean {
  return (bits[h >>> 5] & (1 << (h & 31))) !== 0;
}
/** The verb and noun entries of a lower-case token (FORM_INFO), the map looked up only when the token's key is set. */
export function formInfoOf(l: string): FormInfo | undefined {
  return keySet(FORM_KEYS, formKey(l, 0, l.length)) ? FORM_INFO.get(l) : undefined;
}
function joinRange(lower: string, tokens: { start: number; end: number }[], from: number, to: number): string {
  let j = ' ';
  for (let k = from; k < to; k++) j += lower.slice(tokens[k].start, tokens[k].end) + ' ';
  return j;
}

/** A hash of the last four characters text[end - 4, end). */
function tailKey(text: string, end: number): number {
  return ((((text.charCodeAt(end - 4) * 31 + text.charCodeAt(end - 3)) * 31 + text.charCodeAt(end - 2)) * 31 + text.charCodeAt(end - 1)) | 0) & 0xfffff;
}
/** tailKey of the last four characters of the noun forms that can be compound heads (the keys of NOUN_BY_END), one bit each. */
const HEAD_TAILS = new Int32Array(1 << 15);
for (const k of NOUN_BY_END.keys()) {
  const h = tailKey(k, 4);
  HEAD_TAILS[h >>> 5] |= 1 << (h & 31);
}

/**
 * The cheap tests before the sentence analysis, for every sentence of the document (in a function of its own, small
 * enough for V8 to optimise early): whether it has an amount of money, may hold an evaluation (mayHaveEvaluation),
 * or can hold a trigger (mayHaveTriggerAt; where lower-casing moves offsets, `sameOffsets` false, that test is left
 * to mayHaveTrigger on the sentence's tokens and the sentence counts as analysed here).
 */
export function sentenceFilter(doc: Doc, lower: string, sameOffsets: boolean, tokenLower: readonly string[], figuresBySentence: Figure[][], starts: Int32Array): Uint8Array {
  const text = doc.text;
  const tokens = doc.tokens;
  const n = doc.sentences.length;
  const out = new Uint8Array(n);
  for (let s = 0; s < n; s++) {
    const from = starts[s];
    const te = starts[s + 1];
    const sentenceFigures = figuresBySentence[s];
    const money = !!sentenceFigures?.length && sentenceFigures.some(moneyFigure);
    // (a sentence with a word that can name a critic may hold an evaluation: evaluations.ts)
    // (the words' character keys read from the lower-cased text where it keeps the tokens' offsets: evaluations.ts)
    const evaluable = sameOffsets ? mayHaveEvaluation(tokenLower, from, te, lower, tokens) : mayHaveEvaluation(tokenLower, from, te);
    // (no trigger test where the sentence is analysed anyway, or where offsets move)
    const found = money || evaluable || !sameOffsets || mayHaveTriggerAt(text, lower, tokens, from, te, tokenLower, starts[Math.max(0, s - 2)]);
    out[s] = (found ? SENTENCE_ANALYSED : 0) | (evaluable ? SENTENCE_EVALUABLE : 0) | (money ? SENTENCE_MONEY : 0);
  }
  return out;
}

/**
 * mayHaveTrigger on the document's tokens [from, to) by offsets into the text and its lower-cased copy (same
 * length): the same decision, with token strings made only for the few tokens that pass the character filters.
 */
function mayHaveTriggerAt(text: string, lower: string, tokens: { start: number; end: number }[], from: number, to: number, tokenLower: readonly string[], prevFrom = from): boolean {
  let joined: string | null = null;
  let particles = -1;
  for (let k = from; k < to; k++) {
    const { start, end } = tokens[k];
    if (end - start < 3) continue;
    if (keySet(FORM_KEYS, formKey(lower, start, end))) {
      // the token's own lower-case string where it has the same characters (it is already hashed by
      // earlier lookups; a fresh slice would be allocated and hashed again)
      const form = FORM_INFO.get(sameChars(lower, start, end, tokenLower[k]) ? tokenLower[k] : lower.slice(start, end));
      if (form !== undefined) {
        const verbs = form.verbs;
        if (verbs) {
          for (let c = 0; c < verbs.length; c++) {
            if (!verbs[c].bare) {
              const bit = form.particleBits[c];
              if (bit !== 0) {
                if (particles < 0) particles = particleMask(tokenLower, from, to);
                if ((particles & bit) === 0) continue;
              } else {
                joined ??= joinRange(lower, tokens, from, to);
                if (!joined.includes(form.particles[c])) continue;
              }
            }
            joined ??= joinRange(lower, tokens, from, to);
            if (sentenceAllows(verbs[c].entry, joined)) return true;
          }
        }
        const nouns = form.nouns;
        if (nouns) {
          joined ??= joinRange(lower, tokens, from, to);
          for (const e of nouns) if (sentenceAllows(e, joined)) return true;
          // (h/ev28: a definite noun's object may stand in the two sentences before: constraintsHold decides)
          if (prevFrom < from && nouns.some(partyCondition)) {
            const window = joinRange(lower, tokens, prevFrom, to);
            for (const e of nouns) if (partyCondition(e) && allowPatterns(e).obj!.some((o) => window.includes(o))) return true;
          }
        }
      }
    }
    if (text.charCodeAt(start) !== lower.charCodeAt(start)) {
      // capitalised: a compound with a dash ("Kerry-Sarif-Treffen") or a compound head ("Raketenangriff")
      let dash = -1;
      for (let j = end - 1; j > start; j--) {
        if (lower.charCodeAt(j) === 45) {
          dash = j;
          break;
        }
      }
      if (dash > start && NOUN_FORMS.has(lower.slice(dash + 1, end))) return true;
      if (end - start >= 9 && keySet(HEAD_TAILS, tailKey(lower, end)) && compoundHead(lower.slice(start, end)) !== null) return true;
    }
  }
  return false;
}

/** Whether text[start, end) is the string `s`, without making the slice. */
function sameChars(text: string, start: number, end: number, s: string): boolean {
  if (s.length !== end - start) return false;
  for (let i = 0; i < s.length; i++) if (text.charCodeAt(start + i) !== s.charCodeAt(i)) return false;
  return true;
}

/** The sentence-wide part of constraintsHold (a needed object word, a reflexive) on the joined lower-case tokens. */
function sentenceAllows(entry: LexEntry, joined: string): boolean {
  if (entry.refl && !REFLEXIVE_WORDS.some((r) => joined.includes(r))) return false;
  if (entry.needObj && !entry.softObj && !allowPatterns(entry).obj!.some((o) => joined.includes(o)) && !(entry.judgement && NEGATIVE_JUDGEMENT_IN.test(joined))) return false;
  if (entry.needAlso && !allowPatterns(entry).also!.some((o) => joined.includes(o))) return false;
  return true;
}
/** The strings sentenceAllows looks for, made once per entry: a needed object word (a prefix of a token; from 5 letters anywhere) and a needed further word. */
const ALLOW_PATTERNS = new Map<LexEntry, { obj: string[] | null; also: string[] | null }>();
function allowPatterns(entry: LexEntry): { obj: string[] | null; also: string[] | null } {
  let p = ALLOW_PATTERNS.get(entry);
  if (!p) {
    p = { obj: entry.needObj ? entry.needObj.map((o) => (o.length >= 5 ? o : ` ${o}`)) : null, also: entry.needAlso ? entry.needAlso.map((o) => ` ${o} `) : null };
    ALLOW_PATTERNS.set(entry, p);
  }
  return p;
}
