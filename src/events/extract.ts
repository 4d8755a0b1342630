/**
 * Per-sentence event extraction: triggers from the lexicon, actors and recipients from the entity layer
 * (subject before the finite verb or after it in V2 inversion, coordination, "mit X", objects), place,
 * time, source (attribution phrases and quotes), modality; then one event per real-world event with all
 * its mentions.
 */
import { sentenceAt, tokenTexts, type Doc, type Entity, type EventMention, type EventRecord, type Figure, type Modality, type Quote, type TimeExpression } from '../doc/index.ts';
import { sentenceTokenStarts, sentenceTokens } from '../segment/index.ts';
import { capitalOfSameState, codeActor, iso3, isCountryName } from './actors.ts';
import { VERB_FORMS, NOUN_FORMS, GENERATED_GENITIVES, NON_COMPOUND_PREFIXES, NEGATIVE_JUDGEMENT, NEGATIVE_JUDGEMENT_IN, type LexEntry } from './lexicon.ts';
import { decideModality, isZuInfinitive } from './modality.ts';
import { participantMentions } from './participants.ts';
import { createRequire } from 'node:module';
import { firstNameGender } from '../entities/cluster.ts';
import { sportContext, sportSense } from './sport.ts';
import { moneyFigure, moneyTrigger } from './money.ts';
import { countedStatistic, courtSession } from './counts.ts';
import { evaluationEvents, isEvaluation, mayHaveEvaluation } from './evaluations.ts';
import { retype } from './retype.ts';
import {
  PREPOSITIONS, DETERMINERS, REFLEXIVES, AUX, SUBORDINATORS, RELATIVES, REPORTING_VERBS, TIME_WORDS,
} from './words.ts';
import { firstIndexNotBefore } from '../util/search.ts';
// \p{…} regexps as module constants: tsx rewrites such a literal into a `new RegExp()` on every evaluation.
const LOWER_START = /^\p{Ll}/u;
const NUMBER_OR_LOWER_WORD = /^(\d[\d.]*|\p{Ll}+)$/u;
const LOWER_STEM_ENDING = /^(\p{Ll}+?)(e|en|er|es|em)$/u;
const CAPITALISED_ER = /^\p{Lu}\p{Ll}+er$/u;
const CAPITALISED_S = /^\p{Lu}\p{Ll}+s$/u;
const LOWER_EN_END = /\p{Ll}en$/u;

export interface Tok {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Index of the clause within the sentence. */
  clause: number;
}

export interface MentionRef {
  entity: Entity;
  start: number;
  end: number;
  /** Token range in the sentence, [t0, t1). */
  t0: number;
  t1: number;
  form: string;
  /** Governing preposition (lower case) or null for a bare noun phrase. */
  prep: string | null;
  /** A genitive or apposition modifier of a preceding noun ("der Präsident Russlands"). */
  genitive: boolean;
  /** Modifies a following person ("Israels Ministerpräsident Netanyahu"). */
  modifier?: boolean;
  /** Token index of the governing preposition, when found directly. */
  prepAt?: number;
}

export interface Trigger {
  entry: LexEntry;
  t0: number;
  t1: number;
  /** Token index of a separated particle, if any. */
  particle: number | null;
  /** The trigger is (also) a past participle form ("getroffen", "angegriffen"). */
  participle?: boolean;
  /** The trigger is a present-tense form ("trifft", "reist"). */
  present?: boolean;
  /** Its `needObj` list did not match and `softObj` let it through: it needs a collective actor (checked with the arguments). */
  soft?: boolean;
}

const require = createRequire(import.meta.url);

export interface SentenceContext {
  doc: Doc;
  index: number;
  toks: Tok[];
  mentions: MentionRef[];
  /** Clause boundaries: clauses[c] = [first token, end token). */
  clauses: [number, number][];
  /** Attribution found in the sentence (source entity and the token range of the phrase). */
  attribution: { entity: string | null; t0: number; t1: number; text: string; phrase?: boolean } | null;
  /** Most recent person (for "er", "sie", "der Minister"), from earlier sentences. */
  lastPerson: Entity | null;
  /** An organisation or country that was the actor in the previous sentence (for "Sie" with a singular verb). */
  lastGroup?: Entity | null;
  /** A group named as the plural subject that opens the previous sentence (for "Sie" with a plural verb). */
  lastPlural?: Entity | null;
  /** The person mentioned last before this sentence (for "…, kritisierte er" after a reported statement). */
  lastMentioned?: Entity | null;
  /** Persons named in the last three sentences, most recent first (a gender cue picks among them). */
  recentPersons?: Entity[];
  /** Persons that were actors in the last three sentences, most recent first. */
  recentActors?: Entity[];
  /** The speaker of a quote covering a text offset (for "wir" and "ich" inside quotes). */
  speakerAt?: (offset: number) => Entity | null;
}

/** Copulas of a stative rule ("ist verboten") and auxiliaries of an act ("wurde verboten", "verboten würden"). */
/** A first/second person reflexive and the subject it needs. */
const PERSONAL_REFLEXIVE: Record<string, string> = { mich: 'ich', dich: 'du', uns: 'wir', euch: 'ihr' };
/** Modals and Konjunktiv forms with which a "man" clause is a statement of the speaker's side, not a generic habit. */
const GENERIC_BLOCK = new Set(['will', 'wollen', 'wolle', 'muss', 'müsse', 'soll', 'solle', 'kann', 'könne', 'werde', 'wird', 'möchte', 'habe', 'sei']);
/** Indicative modals of obligation, permission and ability with which a clause about "man" or "wir" states a
 * general rule or the speaker's view ("man muss … helfen", "wir müssen Gespräche führen", "man kann … nicht akzeptieren"),
 * not an event; the Konjunktiv I ("man müsse", "man könne") reports an organisation's side and is not among them. */
const GENERIC_MAN_MODAL = new Set(['muss', 'kann', 'darf', 'sollte', 'müsste', 'dürfte', 'könnte']);
const GENERIC_WIR_MODAL = new Set(['müssen', 'sollten', 'können', 'dürfen', 'müssten', 'könnten']);
const STATIVE_COPULA = new Set(['ist', 'sind', 'war', 'waren', 'bleibt', 'bleiben', 'blieb', 'gilt', 'gelten', 'galt', 'scheint', 'scheinen', 'schien', 'schienen']);
const DYNAMIC_AUX = new Set(['wird', 'werden', 'wurde', 'wurden', 'würde', 'würden', 'worden', 'soll', 'sollen', 'hat', 'haben', 'hatte', 'hatten']);
/** Words of a court and a trial ("Landesgericht", "Gerichtshof", "Angeklagte", "Staatsanwältin", "Richter", "Prozess"). */
const COURT_WORD = /^(\p{Ll}*gericht(s|e|en|es|shof|shofs|ssaal|ssaals)?|\p{Ll}*angeklagt\p{Ll}*|staatsanw\p{Ll}*|richter(in|innen|s|n)?|prozess(es|e|en)?|verteidiger(in|innen|s|n)?|schöffen\p{Ll}*|geschworen\p{Ll}*)$/u;
const CLAUSE_PUNCT = new Set([';', ':', '–', '—', '„', '“', '”', '"', '»', '«', '?', '!']);

// \p{…} regexps of hot paths live in module constants: tsx's esbuild rewrites such a literal into a
// `new RegExp()` call, which runs each time the expression is evaluated.
const UPPER_START = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const INFLECTED_LOWER = /^\p{Ll}+(e|en|er|es|em)$/u;

function capAt(toks: Tok[], k: number): boolean {
  return k >= 0 && k < toks.length && UPPER_START.test(toks[k].text);
}

function isDash(toks: Tok[], i: number): boolean {
  const t = toks[i].text;
  return t === '–' || t === '—' || (t === '-' && i > 0 && toks[i - 1].end < toks[i].start && toks[i + 1] !== undefined && toks[i].end < toks[i + 1].start);
}

/** The dash after a dateline: only capitalised words and slashes before it ("Prag/Wien – …"). */
function datelineDash(toks: Tok[], i: number): boolean {
  for (let k = 0; k < i; k++) if (!UPPER_START.test(toks[k].text) && toks[k].text !== '/') return false;
  return true;
}

/**
 * evfn round: a short insertion between a pair of dashes with no verb-like punctuation inside ("Mehr als 100 Flüchtlinge
 * – die meisten davon aus Afghanistan – seien gerettet worden", "musste – nicht unbedingt freiwillig – weichen") belongs
 * to the clause around it: its dashes are no clause boundaries. (Not the dash after a dateline, "Prag/Wien – …", and only
 * where the sentence has exactly one such pair.)
 */
function parentheticalDashes(toks: Tok[]): Set<number> {
  const out = new Set<number>();
  // a headline of dash-separated parts ("X festgenommen – Gottesdienst in Graz – Y: …") has no insertions
  let dashes = 0;
  for (let i = 1; i < toks.length; i++) if (isDash(toks, i) && !datelineDash(toks, i)) dashes++;
  if (dashes !== 2) return out;
  for (let i = 1; i < toks.length; i++) {
    if (!isDash(toks, i) || datelineDash(toks, i)) continue;
    // (short: "– nicht unbedingt freiwillig –"; a longer one or one with an auxiliary is a clause of its own: "– Doskozil war
    // noch Polizeidirektor –")
    for (let j = i + 2; j < Math.min(toks.length - 1, i + 8); j++) {
      const t = toks[j].text;
      if (AUX.has(toks[j].lower) || STATIVE_COPULA.has(toks[j].lower)) break;
      if (isDash(toks, j)) {
        // something of the outer clause must follow the closing dash
        if (LETTER.test(toks[j + 1].text)) { out.add(i); out.add(j); i = j; }
        break;
      }
      if (t === ',' || CLAUSE_PUNCT.has(t) || t === '(' || t === ')') break;
    }
  }
  return out;
}

/** Splits the sentence into clauses at punctuation and at commas that do not join a list of names. */
function clauses(toks: Tok[], isMentionTok: boolean[], inner: Set<number> = new Set()): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i].text;
    let boundary = !inner.has(i) && (CLAUSE_PUNCT.has(t) || (t === '-' && toks[i].start > 0 && i > 0 && toks[i - 1].end < toks[i].start));
    if (t === ',') {
      // "Russland, China und Iran" — a list of names is not a clause boundary
      const listy = i > 0 && isMentionTok[i - 1] && i + 1 < toks.length && isMentionTok[i + 1];
      // "mit Messern, Autos oder Schusswaffen" — a list of nouns closed by und/oder
      let nounList = false;
      if (capAt(toks, i - 1) && capAt(toks, i + 1)) {
        for (let k = i + 2; k < Math.min(toks.length, i + 4); k++) {
          if (/^(und|oder|sowie)$/.test(toks[k].lower)) nounList = true;
          if (toks[k].text === ',') break;
        }
      }
      // "eine umstrittene, von der EU finanzierte Studie": a comma between attributive adjectives
      const adjList = i >= 2 && DETERMINERS.has(toks[i - 2].lower) && INFLECTED_LOWER.test(toks[i - 1].text);
      // "in Israel, in Ostjerusalem und im Westjordanland": a list of prepositional phrases
      const nx = toks[i + 1]?.lower ?? '';
      let ppList = false;
      if (PREPOSITIONS.has(nx) || /^(im|am|beim|vom|zum|zur)$/.test(nx)) {
        for (let k = Math.max(0, i - 4); k < i; k++) if (toks[k].lower === nx || (/^(in|im)$/.test(toks[k].lower) && /^(in|im)$/.test(nx))) ppList = true;
      }
      // "als sehr, sehr ernsthafte Bedrohung": a repeated word is an intensifier, not a clause boundary
      // (an intensifier or adverb only: "die, die …" opens a relative clause, "… gegeben ist, ist …" a main clause)
      const repeated = i > 0 && toks[i - 1].lower === nx && REPEATED_INTENSIFIER.test(nx);
      boundary = !listy && !nounList && !adjList && !ppList && !repeated;
    }
    // "… heraufbeschworen und Polen fordert …": "und" after a lower-case word, then a name and a finite verb, opens a new
    // main clause with its own subject (not a list of names: "Deutschland und Polen fordern")
    else if (toks[i].lower === 'und' && i > start && LOWER_START.test(toks[i - 1].text) && LETTER.test(toks[i - 1].text) && coordinatedMainClause(toks, isMentionTok, i)) boundary = true;
    if (boundary) {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  if (start < toks.length) out.push([start, toks.length]);
  if (!out.length) out.push([0, toks.length]);
  return out;
}

const REPEATED_INTENSIFIER = /^(sehr|ganz|viel|viele|immer|lange|weit|oft|mehr|wirklich|tief|schnell|langsam|nie|ewig|hoch|gut)$/;

/** After "und" at i: an optional article, a name, and right after it a finite verb or auxiliary (lower case). */
function coordinatedMainClause(toks: Tok[], isMentionTok: boolean[], i: number): boolean {
  let k = i + 1;
  if (/^(der|die|das)$/.test(toks[k]?.lower ?? '')) k++;
  if (!isMentionTok[k]) return false;
  while (k < toks.length && isMentionTok[k]) k++;
  const v = toks[k];
  if (!v || !LOWER_START.test(v.text)) return false;
  if (AUX.has(v.lower)) return true;
  const forms = VERB_FORMS.get(v.lower);
  return !!forms && forms.some((f) => !f.participle) && !/^zu/.test(v.lower);
}

/** A lower-case verb form of the lexicon or an auxiliary/modal (a word that can close a verb-final conjunct). */
function verbWord(t: Tok | undefined): boolean {
  return !!t && LOWER_START.test(t.text) && (VERB_FORMS.has(t.lower) || AUX.has(t.lower));
}

/**
 * (h/evconj) "X und Y würden sich im Juni in A treffen und im Oktober auf einem Treffen in B": a coordinating
 * "und"/"sowie"/"oder" right after the verb (cluster) that closes a verb-final conjunct, followed by no verb (a verb after
 * it shares the first conjunct's objects: "traf und umarmte X"), opens a new conjunct whose adverbials are its own. The
 * token index of each such conjunction in clause [c0, c1).
 */
function conjunctBreaks(toks: Tok[], c0: number, c1: number): number[] {
  const out: number[] = [];
  for (let j = c0 + 2; j < c1 - 1; j++) {
    if (!/^(und|sowie|oder)$/.test(toks[j].lower)) continue;
    if (!verbWord(toks[j - 1]) || verbWord(toks[j + 1]) || toks[j + 1].text === ',') continue;
    out.push(j);
  }
  return out;
}

/**
 * (h/evconj) The conjunct [first token, end token) of the clause that holds token t (the clause when it has none), and the
 * end of the conjunct after it (its verb cluster included; what follows that — "… gebracht starb Brandes" — is shared again).
 */
function conjunctOf(ctx: SentenceContext, t: number): [number, number, number] {
  const [c0, c1] = clauseOf(ctx, t);
  let a = c0;
  let b = c1;
  for (const j of conjunctBreaks(ctx.toks, c0, c1)) {
    if (j < t) a = j + 1;
    else if (j > t) { b = j; break; }
  }
  let next = c1;
  if (b < c1) {
    let v = b + 2;
    while (v < c1 && !verbWord(ctx.toks[v])) v++;
    while (v < c1 && verbWord(ctx.toks[v])) v++;
    next = v;
  }
  return [a, b, next];
}

function clauseOf(ctx: SentenceContext, t: number): [number, number] {
  for (const c of ctx.clauses) if (t >= c[0] && t < c[1]) return c;
  return [0, ctx.toks.length];
}

/** NER guard: a one-word name that is itself a lexicon event noun, and the whole name of its entity. */
function eventNounName(t: Tok, entity: Entity): boolean {
  const entries = NOUN_FORMS.get(t.lower);
  if (!entries || entries.some((e) => e.prevWord) || !UPPER_START.test(t.text)) return false;
  return entity.name.toLowerCase() === t.lower;
}

/** Builds tokens, clauses and entity mentions for one sentence. */
export function sentenceContext(doc: Doc, index: number, mentionsBySentence: Map<number, { entity: Entity; start: number; end: number; form: string }[]>, prebuilt?: Tok[]): SentenceContext {
  const toks: Tok[] = prebuilt ?? sentenceToks(doc, index);
  const raw = mentionsBySentence.get(index) ?? [];
  const mentions: MentionRef[] = [];
  const isMentionTok = new Array<boolean>(toks.length).fill(false);
  for (const m of raw) {
    // binary search for the first token ending after the mention start
    const t0 = firstIndexNotBefore(toks.length, (k) => toks[k].end <= m.start);
    let t1 = t0;
    while (t1 < toks.length && toks[t1].start < m.end) t1++;
    if (t0 >= toks.length || t1 <= t0) continue;
    // defensive: a "mention" spanning a clause is no name (keeps the stage usable with a broken entity layer)
    if (t1 - t0 > 8) continue;
    // a single word that is a lexicon event noun ("Razzien" tagged as a place) is the event, not a name — unless the
    // entity is a body named like its meeting ("Ministerrat": entries fixed by a neighbour word) or a person
    if (t1 - t0 === 1 && m.entity.type !== 'PER' && eventNounName(toks[t0], m.entity)) continue;
    for (let i = t0; i < t1; i++) isMentionTok[i] = true;
    mentions.push({ entity: m.entity, start: m.start, end: m.end, t0, t1, form: m.form, prep: null, genitive: false });
  }
  mentions.sort((a, b) => a.t0 - b.t0 || b.t1 - a.t1);
  // drop mentions nested inside a longer one
  const kept: MentionRef[] = [];
  for (const m of mentions) {
    const last = kept[kept.length - 1];
    if (last && m.t0 >= last.t0 && m.t1 <= last.t1) continue;
    kept.push(m);
  }
  const inner = parentheticalDashes(toks);
  const cl = clauses(toks, isMentionTok, inner);
  // a name inside such an insertion ("– wie Fischer –", "– Stichwort Jemen –") is no argument of the clause around it
  if (inner.size) {
    const [d0, d1] = [...inner].sort((a, b) => a - b);
    for (let k = kept.length - 1; k >= 0; k--) if (kept[k].t0 > d0 && kept[k].t0 < d1) kept.splice(k, 1);
  }
  cl.forEach(([a, b], c) => {
    for (let i = a; i < b; i++) toks[i].clause = c;
  });
  const ctx: SentenceContext = { doc, index, toks, mentions: kept, clauses: cl, attribution: null, lastPerson: null };
  for (const m of kept) analyseMention(ctx, m);
  // "in Genf Aydin": a place in a locative phrase does not modify the person after it
  for (const m of kept) {
    if (m.modifier && m.entity.type === 'LOC' && m.prep !== null && /^(in|im|nach|aus|bei|nahe|an|am|vor)$/.test(m.prep)) {
      m.modifier = false;
      m.genitive = false;
      const per = kept.find((o) => o.entity.type === 'PER' && o.t0 >= m.t1 && o.t0 <= m.t1 + 2);
      if (per && per.prep === m.prep) per.prep = null;
    }
  }
  ctx.attribution = findAttribution(ctx);
  return ctx;
}

/** The token objects of the document's tokens [from, to) with their text and lower-case form (a small function: V8 optimises it early). */
function sentenceTokObjects(tokens: readonly { start: number; end: number }[], words: readonly string[], lower: readonly string[], from: number, to: number): Tok[] {
  const toks: Tok[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    toks.push({ start: t.start, end: t.end, text: words[k], lower: lower[k], clause: 0 });
  }
  return toks;
}

/** The sentence's tokens with their text and lower-case form. */
function sentenceToks(doc: Doc, index: number): Tok[] {
  return sentenceTokens(doc, index).map((t) => {
    const text = doc.text.slice(t.start, t.end);
    return { start: t.start, end: t.end, text, lower: text.toLowerCase(), clause: 0 };
  });
}

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
function compoundHead(l: string): string | null {
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
function mayHaveTrigger(toks: Tok[]): boolean {
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
function formInfoOf(l: string): FormInfo | undefined {
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

/** sentenceFilter's result: the sentence is analysed (a trigger, an amount of money or an evaluation may be in it). */
const SENTENCE_ANALYSED = 1;
/** sentenceFilter's result: the sentence may hold an evaluation (mayHaveEvaluation). */
const SENTENCE_EVALUABLE = 2;
/** sentenceFilter's result: the sentence has an amount of money (money.ts). */
const SENTENCE_MONEY = 4;

/**
 * The cheap tests before the sentence analysis, for every sentence of the document (in a function of its own, small
 * enough for V8 to optimise early): whether it has an amount of money, may hold an evaluation (mayHaveEvaluation),
 * or can hold a trigger (mayHaveTriggerAt; where lower-casing moves offsets, `sameOffsets` false, that test is left
 * to mayHaveTrigger on the sentence's tokens and the sentence counts as analysed here).
 */
function sentenceFilter(doc: Doc, lower: string, sameOffsets: boolean, tokenLower: readonly string[], figuresBySentence: Figure[][], starts: Int32Array): Uint8Array {
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

/** Governing preposition (walking back over determiners, adjectives and title nouns) and genitive status. */
function analyseMention(ctx: SentenceContext, m: MentionRef): void {
  const { toks } = ctx;
  // "UNO-Generalsekretär Ban", "Israels Ministerpräsident Netanyahu", "der palästinensische Präsident Abbas":
  // an ORG/LOC (or adjective) before a person, with at most two title nouns between, modifies the person
  if (m.entity.type !== 'PER') {
    const per = ctx.mentions.find((o) => o.entity.type === 'PER' && o.t0 >= m.t1 && o.t0 <= m.t1 + 2);
    if (per && toks.slice(m.t1, per.t0).every((t) => UPPER_START.test(t.text) && !ctx.mentions.some((o) => o.t0 <= toks.indexOf(t) && o.t1 > toks.indexOf(t)))) {
      m.genitive = true;
      m.modifier = true;
    }
  }
  const [c0] = clauseOf(ctx, m.t0);
  if (toks[m.t0 - 1]?.text === '(') {
    // "von der Hilfsorganisation Ärzte ohne Grenzen (MSF)": the bracketed name shares the phrase's preposition
    for (let k = m.t0 - 2; k >= Math.max(c0, m.t0 - 10); k--) {
      if (/^(von|vom|durch|mit|gegen|für|an|auf)$/.test(toks[k].lower)) {
        m.prep = toks[k].lower;
        return;
      }
      if (toks[k].text === ',' || AUX.has(toks[k].lower)) break;
    }
  }
  // "die Kritik der Ärztekammer": a descriptive mention may begin with its own article; the walk back starts there
  let i = m.t1 - m.t0 >= 2 && DETERMINERS.has(toks[m.t0].lower) && m.t0 > c0 ? m.t0 : m.t0 - 1;
  let steps = 0;
  let sawNoun = false;
  let sawDet = false;
  let sawNum = false;
  while (i >= c0 && steps < 6) {
    const t = toks[i];
    // "…, bis die PKK ihre Waffen niederlege": "bis" opening a clause is a conjunction
    if (t.lower === 'bis' && i === c0) return;
    if (PREPOSITIONS.has(t.lower) && !(t.lower === 'bis' && toks[i + 1]?.lower === 'zu')) {
      m.prep = t.lower;
      m.prepAt = i;
      // "nördlich von Jerusalem", "unweit von X": a place, not an agent or owner
      // "auf dem Sinai", "auf einem Markt": a dative "auf" is a place, not a target
      if (t.lower === 'auf' && /^(dem|einem)$/.test(toks[i + 1]?.lower ?? '')) m.prep = 'bei';
      if ((t.lower === 'von' || t.lower === 'vom') && LOCATIVE_BEFORE_VON.test(toks[i - 1]?.lower ?? '')) m.prep = 'bei';
      return;
    }
    if (t.lower === 'zwischen') {
      m.prep = 'zwischen';
      return;
    }
    if (DETERMINERS.has(t.lower)) {
      if ((t.lower === 'des' || (t.lower === 'der' && sawNoun === false && i > c0 && UPPER_START.test(toks[i - 1].text) && !DETERMINERS.has(toks[i - 1].lower) && !PREPOSITIONS.has(toks[i - 1].lower) && !AUX.has(toks[i - 1].lower)))) {
        // "der Präsident des Landes", "die Regierung der Ukraine"
        if (i > c0 && UPPER_START.test(toks[i - 1].text) && !ctx.mentions.some((o) => o !== m && o.t1 === i)) m.genitive = true;
      }
      sawDet = true;
      i--;
      steps++;
      continue;
    }
    const adjacent = ctx.mentions.find((o) => o !== m && o.t1 >= i + 1 && o.t0 <= i);
    if (adjacent) {
      // "Angriffen von Palästinensern 24 Israelis": a count starts a new phrase; so does a determiner
      // ("nach Pentagon-Angaben den stellvertretenden IS-Chef X")
      if (sawNum || sawDet) return;
      // "mit US-Außenminister Kerry": a modifier right before passes on its preposition
      // "in der syrischen Stadt Aleppo": an adjacent mention before shares the phrase and its preposition
      m.prep = adjacent.prep;
      return;
    }
    if (t.lower === 'und' || t.lower === 'sowie' || t.lower === 'oder' || t.lower === ',') {
      // coordinated with an earlier mention: inherit its preposition
      const prev = ctx.mentions.filter((o) => o !== m && o.t1 <= i && o.t1 >= i - 2).pop();
      // "für Einzel- und Versandhandel Rheinland-Pfalz": a suspended compound part before "und" belongs to the same noun
      // phrase, whose preposition is further back
      if (!prev && t.lower !== ',' && i - 1 > c0 && (toks[i - 1].text === '-' || toks[i - 1].text.endsWith('-'))) {
        i -= toks[i - 1].text === '-' ? 3 : 2;
        steps += 2;
        continue;
      }
      // "der Kriegsminister des IS, Omar al-Shishani": a person after a comma is an apposition, not a listed owner
      // it shares the preposition of the phrase it names ("gegen den Chef der HDP, Selahattin Demirtas")
      if (prev && t.text === ',' && m.entity.type === 'PER' && prev.entity.type !== 'PER') {
        for (let k = prev.t0 - 1; k >= Math.max(c0, prev.t0 - 6); k--) {
          const w = toks[k];
          // "Der russische Botschafter in Wien, Sergej Netschajew, …": the place's own preposition after a
          // noun; the apposition names that noun's phrase, so the walk goes on past it
          if (k === prev.t0 - 1 && prev.entity.type === 'LOC' && /^(in|im|aus)$/.test(w.lower) && k - 1 >= c0 && UPPER_START.test(toks[k - 1].text) && !ctx.mentions.some((o) => o.t1 === k)) continue;
          if (PREPOSITIONS.has(w.lower)) {
            m.prep = w.lower;
            m.prepAt = k;
            break;
          }
          if (!(DETERMINERS.has(w.lower) || UPPER_START.test(w.text) || INFLECTED_LOWER.test(w.text)) || AUX.has(w.lower)) break;
        }
        return;
      }
      if (prev) {
        m.prep = prev.prep;
        m.genitive = prev.genitive;
      }
      return;
    }
    if (UPPER_START.test(t.text) && !TIME_WORDS.test(t.lower)) {
      // a title noun ("Außenminister Kerry") — fine; after a determiner it's another NP head
      if (sawDet) return;
      // "mit der Flüchtlingspolitik Verteidigungsminister Doskozil": an article-less role noun opens the person's phrase;
      // a common noun before it closes another phrase
      if (sawNoun && ROLE_NOUN.test(toks[i + 1].lower) && UPPER_START.test(toks[i + 1].text) && !ROLE_NOUN.test(t.lower) && /(ung|ik|heit|keit|tion|schaft|tät)$/.test(t.lower)) return;
      sawNoun = true;
      i--;
      steps++;
      continue;
    }
    if (LOWER_START.test(t.text) && /(e|en|er|es|em|sche|schen|ische|ischen)$/.test(t.lower) && !AUX.has(t.lower) && !SUBORDINATORS.has(t.lower)) {
      // an adjective ("der russische Außenminister"); before a determiner it is no adjective of this phrase
      // ("verletzte ein Palästinenser"); a bare participle is the verb ("erschossen israelische Soldaten")
      if (sawDet || VERB_FORMS.get(t.lower)?.some((c) => c.participle)) return;
      // a finite verb in second position ("In Kairo kritisierte Berger …", "trafen"): not after a determiner or preposition
      if (VERB_FORMS.has(t.lower) || REPORTING_VERBS.test(t.lower)) {
        const pl = toks[i - 1]?.lower ?? '';
        if (!(DETERMINERS.has(pl) || PREPOSITIONS.has(pl) || /^(im|am|vom|zum|zur|beim|ins)$/.test(pl))) return;
      }
      i--;
      steps++;
      continue;
    }
    if (/^(\d[\d.,]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dutzende|hunderte|tausende|mehrere|einige|viele|zahlreiche)$/.test(t.lower)) {
      // a count opens the noun phrase: "auf zwei türkische Polizisten", "gegen 15 Palästinenser"
      sawNum = true;
      sawDet = true;
      i--;
      steps++;
      continue;
    }
    // "der islamisch-konservativen AKP": a hyphen inside a compound adjective
    if (t.text === '-' && i > c0 && toks[i - 1].end === t.start && toks[i + 1]?.start === t.end && LOWER_START.test(toks[i - 1].text)) {
      i--;
      steps++;
      continue;
    }
    if (t.text === '-' || t.text === '–') return;
    return;
  }
}

function mentionIdFrom(mentions: MentionRef[], a: number, b: number): string | null {
  const m = mentions.find((x) => x.t0 >= a && x.t0 < b);
  return m ? m.entity.id : null;
}

/** "nach Angaben von X", "laut X", "X zufolge", "wie X berichtete", "berichtete X". */
function findAttribution(ctx: SentenceContext): SentenceContext['attribution'] {
  const { toks, mentions } = ctx;
  for (let i = 0; i < toks.length; i++) {
    const l = toks[i].lower;
    // nach Angaben (von|des|der) X / nach X-Angaben / nach Informationen
    // "nach eigenen / offiziellen / palästinensischen Angaben": any adjective
    const adj = l === 'nach' && LOWER_EN_ER.test(toks[i + 1]?.text ?? '') ? 1 : 0;
    if (l === 'nach' && i + 1 + adj < toks.length && /^(angaben|informationen|darstellung|einschätzung|schätzungen|berichten|medienberichten|aussagen|erkenntnissen|recherchen|zählung|zählungen)$/.test(toks[i + 1 + adj].lower)) {
      const end = Math.min(toks.length, i + 7 + adj);
      let j = i + 2 + adj;
      // the phrase ends at a verb after its noun ("nach Angaben von Aktivisten rücken kurdische Kämpfer … vor")
      while (j < end && toks[j].text !== ',' && !AUX.has(toks[j].lower) && !(toks[j].lower in { hat: 1, ist: 1 }) &&
        !(j > i + 2 + adj && LOWER_START.test(toks[j].text) && UPPER_START.test(toks[j - 1].text) && !DETERMINERS.has(toks[j].lower) && !PREPOSITIONS.has(toks[j].lower) && !/^(und|oder|sowie)$/.test(toks[j].lower))) j++;
      return { entity: mentionIdFrom(mentions, i + 2, j), t0: i, t1: j, text: span(ctx, i, j), phrase: true };
    }
    if (l === 'nach' && i + 1 < toks.length && /angaben$|berichten$|informationen$/.test(toks[i + 1].lower)) {
      return { entity: mentionIdFrom(mentions, i + 1, i + 2), t0: i, t1: i + 2, text: span(ctx, i, i + 2), phrase: true };
    }
    // "wurden demnach verletzt": according to the source named before
    if (l === 'demnach' && i > 0) return { entity: null, t0: i, t1: i + 1, text: toks[i].text, phrase: true };
    if (l === 'laut' || l === 'zufolge' || l === 'according') {
      if (l === 'zufolge') {
        const m = mentions.filter((x) => x.t1 <= i && x.t1 >= i - 3).pop();
        return { entity: m ? m.entity.id : null, t0: m ? m.t0 : i - 1, t1: i + 1, text: span(ctx, m ? m.t0 : Math.max(0, i - 1), i + 1), phrase: true };
      }
      const end = Math.min(toks.length, i + 5);
      let j = i + 1;
      while (j < end && toks[j].text !== ',' && !AUX.has(toks[j].lower)) j++;
      return { entity: mentionIdFrom(mentions, i + 1, j), t0: i, t1: j, text: span(ctx, i, j), phrase: true };
    }
    // wie X berichtete / meldete / mitteilte
    if (l === 'wie' && (i === 0 || toks[i - 1].text === ',')) {
      for (let j = i + 1; j < Math.min(toks.length, i + 16); j++) {
        if (toks[j].text === ',') break;
        if (/^(bericht|meldet|mitteil|teilte|erklärt|sagte|schrieb|bestätigt|verlautet|zitiert|angab|angegeben)/.test(toks[j].lower)) {
          return { entity: mentionIdFrom(mentions, i + 1, j), t0: i, t1: j + 1, text: span(ctx, i, j + 1) };
        }
      }
    }
  }
  // ", berichtete X." / ", meldete die Agentur X." at the end of the sentence
  for (let i = toks.length - 2; i > 0; i--) {
    if (toks[i - 1].text === ',' && /^(berichtete|berichtet|meldete|meldet|schrieb|schreibt|hieß)$/.test(toks[i].lower)) {
      return { entity: mentionIdFrom(mentions, i + 1, toks.length), t0: i - 1, t1: toks.length, text: span(ctx, i, toks.length) };
    }
  }
  return null;
}

function span(ctx: SentenceContext, a: number, b: number): string {
  if (b <= a) return '';
  return ctx.doc.text.slice(ctx.toks[a].start, ctx.toks[b - 1].end);
}


/** Particles that are also adverbs of direction and may stand before the verb with their phrase ("zurück nach X gebracht"). */
const ADVERB_PARTICLES = new Set(['zurück', 'weg', 'fort', 'heim']);
const DIRECTIONAL = new Set(['nach', 'in', 'ins', 'an', 'ans', 'zu', 'zum', 'zur', 'über', 'aus', 'auf', 'vom', 'von']);

/** Triggers in the sentence, at most one per type and clause (verbs preferred over nouns). */
export function findTriggers(ctx: SentenceContext): Trigger[] {
  const { toks } = ctx;
  const found: Trigger[] = [];
  const inEntity = new Uint8Array(toks.length);
  // a name that is only the modifier of a dash compound ("EU-Gipfel", "Nato-Treffen") leaves the head free
  const modifierOnly = new Uint8Array(toks.length);
  for (const m of ctx.mentions) if (m.entity.type !== 'MISC') for (let k = m.t0; k < m.t1; k++) {
    inEntity[k] = 1;
    if (k === m.t1 - 1) {
      const l = toks[k].lower, dash = l.lastIndexOf('-');
      if (dash > 0 && NOUN_FORMS.has(l.slice(dash + 1)) && !m.entity.name.toLowerCase().includes(l.slice(dash + 1))) modifierOnly[k] = 1;
      // also before a compound head ("SPÖ-Nationalratsklubklausur": the party names the meeting's owner)
      else if (dash > 0 && UPPER_START.test(toks[k].text.slice(dash + 1)) && compoundHead(l.slice(dash + 1)) !== null && !m.entity.name.toLowerCase().includes(l.slice(dash + 1))) modifierOnly[k] = 1;
    }
    // a body or meeting named like its meeting noun ("Ministerrat", "Balkankonferenz") is free for an entry fixed by its
    // neighbours ("vor dem Ministerrat", "bei der Balkankonferenz"); (h/evpol) also when the mention takes in its article
    // ("dem Ministerrat": a description mention), so that "vor dem"/"nach dem" can fix the entry
    const last = m.t1 - 1;
    let articleOnly = true;
    for (let k = m.t0; k < last; k++) if (!DETERMINERS.has(toks[k].lower)) articleOnly = false;
    if (articleOnly && m.entity.type !== 'PER' && (NOUN_FORMS.get(toks[last].lower) ?? NOUN_FORMS.get(compoundHead(toks[last].lower) ?? ''))?.some((e) => e.prevWord)) modifierOnly[last] = 1;
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if ((inEntity[i] && !modifierOnly[i]) || t.text.length < 3) continue;
    const l = t.lower;
    // (the verb and noun entries of the form in one lookup: the lower-case form of 3 or more characters)
    const form = formInfoOf(l);
    const cap = UPPER_START.test(t.text);
    const [c0, c1] = ctx.clauses[t.clause];
    const first = i === c0 || (i === c0 + 1 && /^[„“"»]$/.test(toks[c0].text));
    let hit: Trigger | null = null;
    // verbs: lower case, or capitalised at a clause start
    if (!cap || first || /^[A-Z]/.test(t.text) === false) {
      const cands = form?.verbs;
      if (cands && (!cap || first)) {
        // entries that need an object come first (sorted once in the lexicon)
        for (const { entry, bare } of cands) {
          let particle: number | null = null;
          if (!bare) {
            // separated particle at the end of the clause ("griff … an", "griff … an und tötete …"): particles
            // that are also prepositions ("nach jahrelangem Schweigen") only count there
            let last = c1 - 1;
            while (last > i && !LETTER.test(toks[last].text)) last--;
            for (let j = i + 1; j <= last; j++) {
              if (toks[j].lower !== entry.p) continue;
              const nx = toks[j + 1];
              if (j === last || !nx || !LETTER.test(nx.text) || /^(und|oder|sowie|aber|doch)$/.test(nx.lower)) particle = j;
            }
            // "gehen … gegen die PKK, aber auch gegen Politiker vor": a particle that ends the sentence, after
            // comma-separated additions, still belongs to the verb
            if (particle === null && toks[i].clause < toks[toks.length - 1].clause) {
              let end = toks.length - 1;
              while (end > i && !LETTER.test(toks[end].text)) end--;
              // (not across a colon or semicolon, which opens a clause of its own: "erkennt: Sie knüpft … an")
              if (end > c1 && toks[end].lower === entry.p && toks[end - 1].text !== ',' && !toks.slice(c1, end).some((x) => SUBORDINATORS.has(x.lower)) && !toks.slice(i, end).some((x) => x.text === ':' || x.text === ';')) particle = end;
            }
            // "zurück nach Griechenland gebracht", "zurück in die Türkei zu schicken": an adverbial particle before a
            // directional phrase and the participle or infinitive
            if (particle === null && ADVERB_PARTICLES.has(entry.p!)) {
              for (let j = Math.max(c0, i - 8); j < i; j++) if (toks[j].lower === entry.p && DIRECTIONAL.has(toks[j + 1].lower)) particle = j;
            }
            if (particle === null) continue;
          }
          if (!constraintsHold(ctx, entry, i, c0, c1)) continue;
          hit = { entry, t0: i, t1: i + 1, particle, participle: cands.some((c) => c.entry === entry && c.participle), present: cands.some((c) => c.entry === entry && c.present) };
          if (softMatch) hit.soft = true;
          break;
        }
      }
    }
    if (!hit && (cap || /^[a-zäöü]/.test(t.text) === false)) {
      let entries = form?.nouns;
      if (!entries && cap) {
        // compound heads ("Raketenangriff", "Staatsbesuch", "Kerry-Sarif-Treffen")
        const dash = l.lastIndexOf('-');
        if (dash > 0 && NOUN_FORMS.has(l.slice(dash + 1))) entries = NOUN_FORMS.get(l.slice(dash + 1));
        else {
          // longest head first: suffixes of at least 5 letters, leaving a modifier of at least 4
          const h = compoundHead(l);
          // (an instrument compound after "zu" is the punishment a court imposes: "Verurteilung … zu tausend Stockhieben")
          const sentenced = toks[i - 1]?.lower === 'zu' || (toks[i - 2]?.lower === 'zu' && NUMBER_OR_LOWER_WORD.test(toks[i - 1]?.lower ?? ''));
          if (h !== null) entries = NOUN_FORMS.get(h)!.filter((e) => !e.noCompound || (!sentenced && !!e.compoundFirst?.some((x) => l.startsWith(x))));
        }
      }
      if (entries) {
        for (const entry of entries) {
          if (entry.excl && entry.excl.some((x) => l.includes(x))) continue;
          if (!constraintsHold(ctx, entry, i, c0, c1)) continue;
          hit = { entry, t0: i, t1: i + 1, particle: null };
          break;
        }
      }
    }
    if (hit) found.push(hit);
  }
  return found;
}

const OBJECT_TAKERS = new Set(['REJECT', 'SUPPORT', 'ACCUSE', 'AGREE', 'REQUEST']);
/** Prepositions that make an accusation or rejection noun a source or a concession, not an event ("laut Anklage", "trotz Kritik", "trotz Nein der Ärzte"). */
const REFERENCE_PREPS = new Set(['laut', 'trotz']);
/** Promises and offers: their zu-infinitive ("sagte zu, ihn zu unterstützen") is their content, not an event. */
const PROMISES = new Set(['zusagen', 'versprechen', 'anbieten']);
/** Words whose zu-infinitive in the next clause is what is asked, recommended or charged, whether or not they are events
 * themselves ("mit der dringenden Bitte, diese Plätze nicht anzugreifen", "wurde beauftragt, eine Lockerung … zu prüfen",
 * "empfiehlt, den Vorschlag abzulehnen"). */
// (h/ev29: also a refusal and a suspicion, "weigerte sich, … zu verhandeln", "der verdächtigt wird, … finanziert zu haben")
const CONTENT_GOVERNOR = /^(geweigert|weigert|weigerte|weigerten|weigern|verdächtigt|verdächtigte|verdächtigten|verdächtigen|bitte|aufforderung|aufruf|appell|ersuchen|beauftragt|beauftragte|beauftragten|aufgefordert|gebeten|ersucht|empfiehlt|empfahl|empfohlen|empfehlen|empfahlen|vorgeworfen|beschuldigt|einlädt|eingeladen|einladen|einzuladen|lädt|lud|luden)$/;
/** Accusation verbs whose zu-infinitive is the charge ("warf ihm vor, … blockiert zu haben"), not an event of its own. */
const CHARGING = new Set(['vorwerfen', 'beschuldigen', 'bezichtigen', 'anlasten', 'unterstellen']);
/** Approval and decision verbs: an aid noun as their object is the content of the decision. */
const APPROVAL_LEMMAS = new Set(['absegnen', 'billigen', 'beschließen', 'genehmigen', 'bewilligen', 'verabschieden', 'zustimmen']);
/** Nouns for speech acts and relations: as the object of a reacting verb they are its content, not events. */
const CONTENT_TYPES = new Set(['ACCUSE', 'REQUEST', 'THREATEN', 'AGREE', 'COOPERATE', 'CONSULT', 'SUPPORT', 'REJECT']);

/** Attributive participles ("die kritisierten Luftangriffe", "im besetzten Gebiet", "der von X unterstützten Regierung"). */
function attributive(ctx: SentenceContext, tr: Trigger): boolean {
  if (tr.entry.pos !== 'verb') return false;
  if (phraseAttributive(ctx, tr)) return true;
  const { toks } = ctx;
  const t = toks[tr.t0].lower;
  const next = toks[tr.t0 + 1];
  const prev = toks[tr.t0 - 1];
  if (!next || !prev) return false;
  // "eines getöteten türkischen Soldaten": participle, adjective, noun
  if (!UPPER_START.test(next.text)) {
    const after = toks[tr.t0 + 2];
    // "der im Dezember festgenommene römische Mafiaboss": a short prepositional phrase between determiner and participle
    const detBefore = DETERMINERS.has(prev.lower) || /^(im|am|vom|zum|zur|beim)$/.test(prev.lower) ||
      (DETERMINERS.has(toks[tr.t0 - 3]?.lower ?? '') && /^(im|am|seit|vor|nach|in|bei|beim|von|vom)$/.test(toks[tr.t0 - 2]?.lower ?? '') && UPPER_START.test(prev.text));
    return /(t|n)(e|en|er|es|em)$/.test(t) && detBefore &&
      INFLECTED_LOWER.test(next.text) && !!after && UPPER_START.test(after.text);
  }
  // present participle: "die kämpfenden Gruppen"
  if (/end(e|en|er|es|em)$/.test(t)) return true;
  // a strong adjective ending no finite verb has: "die Freilassung inhaftierter Oppositioneller"
  if (INFLECTED_PARTICIPLE.test(t)) return true;
  // a strong participle with an adjective ending ("als Geiseln genommene Insassen"): no finite form ends in -ene
  if (INFLECTED_EN_PARTICIPLE.test(t) && /^ge|^(an|ab|auf|aus|ein|fest|vor|zurück)ge/.test(t)) return true;
  if (!/(t|n)(e|en|er|es|em)$/.test(t)) return false;
  const pl = prev.lower;
  if (DETERMINERS.has(pl) || PREPOSITIONS.has(pl) || /^(im|am|vom|zum|zur|beim|ins)$/.test(pl)) return true;
  // "des im Stabilitätspakt vereinbarten Nulldefizits": determiner, a short prepositional phrase, participle, noun
  if (UPPER_START.test(prev.text) && UPPER_START.test(next.text) && /^(im|am|vom|zum|zur|beim|in|mit|von|bei|nach|seit|vor)$/.test(toks[tr.t0 - 2]?.lower ?? '') && DETERMINERS.has(toks[tr.t0 - 3]?.lower ?? '') && !ctx.mentions.some((x) => x.t0 <= tr.t0 - 1 && x.t1 > tr.t0 - 1)) return true;
  // "der von Russland unterstützten Regierung"
  const m = ctx.mentions.find((x) => x.t1 === tr.t0);
  if (m && (m.prep === 'von' || m.prep === 'vom' || m.prep === 'durch')) return true;
  // adverb before, noun after: "international scharf kritisierten Luftangriffen" (a description noun after it is a noun
  // too: "die international anerkannte Regierung in Libyen", not a name that a finite verb would take as object)
  return LOWER_START.test(prev.text) && !AUX.has(pl) && !ctx.mentions.some((x) => x.t0 === tr.t0 + 1 && x.form !== 'desc');
}

/** Numbers and quantifiers that open a noun phrase like a determiner ("zwei", "mehreren", "vielen", "zahlreiche"). */
const NP_QUANTIFIER = /^(\d[\d.]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|hunderte[nr]?|tausende[nr]?|dutzende[nr]?|mehrere[nmrs]?|einige[nmrs]?|viele[nmrs]?|zahlreiche[nmrs]?|alle[nmrs]?|beide[nmrs]?|wenige[nmrs]?|etliche[nmrs]?|weitere[nmrs]?|sämtliche[nmrs]?|jene[nmrs]?|keine[nmrs]?|unsere[nmrs]?)$/;
/** A participle whose stem carries ge- (also behind a separable particle): with an adjective ending it is no finite form. */
const GE_STEM = /^(ge|(ab|an|auf|aus|bei|ein|fest|frei|mit|nach|vor|weg|zu|zurück|heraus|hin|her|los|um|durch|über|unter|wieder|zusammen|hoch|nieder|fort|gegen|hinaus|hinein|herein|voran|vorbei)ge)\p{Ll}{3,}$/u;

/**
 * The whole noun phrase around an inflected participle: a determiner, number or quantifier opens it, prepositional
 * phrases without a finite verb or comma may stand before the participle, and a noun (after adjectives or a coordinated
 * participle) closes it: "zwei im Raum Köln und in Bonn festgenommenen Männer", "einem in der Nacht zum Montag in Ulm
 * festgenommenen Mann", "von mehreren getöteten und verwundeten Kämpfern". A ge-participle with an adjective ending
 * after such an opening ("das von vielen zurückgewiesene …") is attributive whatever follows; a participle without ge-
 * ("verhafteten") may be a finite past, so there a noun must follow ("die in der Stadt verhafteten, …" is a relative
 * clause).
 */
function phraseAttributive(ctx: SentenceContext, tr: Trigger): boolean {
  const { toks } = ctx;
  const t = toks[tr.t0].lower;
  const m = LOWER_STEM_ENDING.exec(t);
  if (!m) return false;
  const stem = m[1].endsWith('n') || m[1].endsWith('t') ? m[1] : null;
  if (!stem || !VERB_FORMS.get(stem)?.some((f) => f.participle)) return false;
  // walk back over prepositional phrases to the determiner, number or quantifier that opens the phrase
  let opened = false;
  for (let j = tr.t0 - 1, steps = 0; j >= 0 && steps < 12; j--, steps++) {
    const w = toks[j];
    const l = w.lower;
    const next = toks[j + 1];
    // (a relative pronoun after a comma opens a clause whose participle may be finite: "…, die in Ulm verhafteten, …")
    if (RELATIVES.has(l) && toks[j - 1]?.text === ',') break;
    // (a year is a time adverbial, not a number of things: "der 2015 eingeleiteten Verfahren", but "mit dem Verbot 2013
    // vereinbarten Bund und Länder …" is a finite verb)
    const year = /^(1[89]|20)\d\d$/.test(l);
    const opener = !year && (DETERMINERS.has(l) || NP_QUANTIFIER.test(l) || /^(im|am|vom|zum|zur|beim|ins)$/.test(l));
    if (opener && (j + 1 === tr.t0 || PREPOSITIONS.has(next.lower) || /^(1[89]|20)\d\d$/.test(next.lower) || PHRASE_ADVERB.test(next.lower))) { opened = true; break; }
    if (year) continue;
    // (h/ev28) an adverb inside the phrase: "den ebenfalls am Freitag festgenommenen Rabah N."
    if (PHRASE_ADVERB.test(l) && j + 1 < tr.t0) continue;
    if (PREPOSITIONS.has(l) && j + 1 === tr.t0) { opened = true; break; }
    if (UPPER_START.test(w.text) || opener || PREPOSITIONS.has(l) || /^(und|oder|sowie)$/.test(l) || INFLECTED_LOWER.test(w.text)) {
      if (AUX.has(l)) break;
      continue;
    }
    break;
  }
  if (!opened) return false;
  if (GE_STEM.test(stem)) return true;
  // what follows: a noun, maybe after adjectives or "und" and another inflected participle or adjective
  for (let j = tr.t0 + 1; j < Math.min(toks.length, tr.t0 + 7); j++) {
    const w = toks[j];
    if (UPPER_START.test(w.text)) return !ctx.mentions.some((x) => x.t0 === j && x.prep);
    // (h/ev28: an adjective with a number, "25-jähriger", is three tokens)
    if (/^\d+$/.test(w.text) && toks[j + 1]?.text === '-' && INFLECTED_LOWER.test(toks[j + 2]?.text ?? '')) { j += 2; continue; }
    if (!(INFLECTED_LOWER.test(w.text) || /^(und|oder|sowie)$/.test(w.lower))) return false;
  }
  return false;
}
/** (h/ev28) Adverbs that stand inside an attributive participle phrase ("den bereits im Mai verhafteten …"). */
const PHRASE_ADVERB = /^(ebenfalls|bereits|schon|erst|zuvor|gestern|vorgestern|damals|zunächst|zuletzt|inzwischen|mittlerweile|später|vorher|erneut|ebenso|bisher|bislang|seither|kürzlich|jüngst|eigens|vorläufig|mutmaßlich|offenbar|angeblich|vermutlich)$/;


/**
 * Keeps one trigger per type and clause (the one with most arguments; a verb wins ties) and drops noun
 * triggers that are the object of a reacting verb ("weist den Vorwurf zurück", "lehnte Vorschläge ab").
 */
function selectTriggers(ctx: SentenceContext, found: { tr: Trigger; args: Arguments }[], all: readonly Trigger[] = found.map((x) => x.tr), times: readonly TimeExpression[] = []): { tr: Trigger; args: Arguments }[] {
  const { toks } = ctx;
  const live = found.filter(({ tr }) => !attributive(ctx, tr));
  const kept = live.filter(({ tr, args }) => {
    if (tr.entry.pos !== 'noun') return true;
    if (bareReference(ctx, tr, args)) return false;
    if (wished(toks, tr)) return false;
    if (requestedNoun(toks, tr, live)) return false;
    if (judgedNoun(toks, tr)) return false;
    const c = toks[tr.t0].clause;
    // counted meetings are statistics, not a meeting: "48 Sitzungen", "zwölf Gesprächsrunden"
    if (tr.entry.type === 'CONSULT' && /^(\d[\d.]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zahlreiche|mehrere|viele|internen)$/.test(toks[tr.t0 - 1]?.lower ?? '')) return false;
    // an attribution tag: "…, so der Vorwurf", "so die Kritik"
    if (toks[tr.t0 - 2]?.lower === 'so' && DETERMINERS.has(toks[tr.t0 - 1]?.lower ?? '') && (tr.t0 === 2 || /^[,–—-]$/.test(toks[tr.t0 - 3]?.text ?? ''))) return false;
    // idioms: "im Gespräch sein" (being considered)
    if (tr.entry.lemma === 'Gespräch' && toks[tr.t0 - 1]?.lower === 'im') return false;
    // absent: "ohne (die) Zustimmung der Regierung"
    if (toks.slice(Math.max(0, tr.t0 - 2), tr.t0).some((t) => t.lower === 'ohne')) return false;
    // the target of a protest ("Demo gegen das Treffen", "gegen dieses Gipfeltreffen protestieren") is what is protested, not an event here
    if (tr.entry.type === 'CONSULT' && protestTarget(toks, tr, live)) return false;
    // generic: "mit solchen Angriffen", "derartige Anschläge"
    if (/^(solche|solchen|solcher|derartige|derartigen|derartiger)$/.test(toks[tr.t0 - 1]?.lower ?? '')) return false;
    // part of an organisation's name: "Organisation für das Verbot chemischer Waffen"
    if (/^(für|gegen)$/.test(toks[tr.t0 - 2]?.lower ?? '') && /^(organisation|kommission|komitee|ausschuss|gesellschaft|bund|verein|zentrum|institut|stiftung|beobachtungsstelle|büro|liga|bewegung|allianz|front|partei)$/.test(toks[tr.t0 - 3]?.lower ?? '')) return false;
    // an accusation as a source or a concession ("laut Anklage", "trotz Kritik aus dem Ausland") is a reference
    if ((tr.entry.type === 'ACCUSE' || tr.entry.type === 'REJECT') && (REFERENCE_PREPS.has(toks[tr.t0 - 1]?.lower ?? '') || (REFERENCE_PREPS.has(toks[tr.t0 - 2]?.lower ?? '') && LOWER_START.test(toks[tr.t0 - 1].text)))) return false;
    // (a verb let through by a soft object condition has a clause or another noun as its content, not this noun)
    // (also aid as the object of an approval: "hat … Waffenlieferungen an X abgesegnet" decides on the aid, which has
    // not flowed yet)
    const gov = live.find((o) => o.tr.entry.pos === 'verb' && !o.tr.soft && (OBJECT_TAKERS.has(o.tr.entry.type) || o.tr.entry.content === true) && toks[o.tr.t0].clause === c && o.tr.entry.type !== tr.entry.type && (o.tr.entry.type === 'REQUEST' || CONTENT_TYPES.has(tr.entry.type) || (tr.entry.type === 'AID' && APPROVAL_LEMMAS.has(o.tr.entry.lemma) && o.tr.t0 > tr.t0)));
    if (!gov) return true;
    for (let j = Math.max(0, tr.t0 - 3); j < tr.t0; j++) if (/^(mit|bei|nach|durch|wegen|trotz|seit|während)$/.test(toks[j].lower)) return true;
    // a meeting as the place of the act ("besiegelte die Einigung auf der Klimakonferenz"), not its content ("einigten sich auf ein Treffen")
    if (tr.entry.type === 'CONSULT') for (let j = Math.max(0, tr.t0 - 4); j < tr.t0 - 1; j++) if (toks[j].lower === 'auf' && /^(der|dem|einer|einem)$/.test(toks[j + 1].lower)) return true;
    return false;
  }).filter(({ tr, args }) => {
    // generic: "Jemanden nur in Schubhaft zu nehmen, weil er verurteilt wurde, ist überzogen" (an indefinite person)
    if (args.actors.length === 0 && args.recipients.length === 0 && (genericPerson(toks) || indefiniteNorm(toks, tr.t0))) return false;
    // habitual: "Jeden Freitag rufen … zu Protesten auf", "Häufig versucht X, …", "wurden wiederholt Ausländer festgenommen"
    const [a, b] = clauseOf(ctx, tr.t0);
    for (let j = a; j < b - 1; j++) if (/^(jeden|jede|jedes)$/.test(toks[j].lower) && /^(tag|woche|monat|jahr|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|abend|morgen)$/.test(toks[j + 1].lower)) return false;
    for (let j = a; j < b; j++) {
      // "wiederholt" is the adverb after an auxiliary ("wurden … wiederholt festgenommen"), else a verb ("X wiederholt seine Forderung")
      // ("vielfach" (h/ev29) only for a verb: "während der Entführung wurde X vielfach … betitelt" keeps the noun)
      if (j !== tr.t0 && HABITUAL.has(toks[j].lower) && (toks[j].lower !== 'wiederholt' || auxIn(toks, a, j)) && (toks[j].lower !== 'vielfach' || tr.entry.pos === 'verb')) return false;
      // "Seit Frühjahr 2013 ruft ver.di immer wieder zu Arbeitsniederlegungen auf": a habit since a past date
      if (toks[j].lower === 'immer' && toks[j + 1]?.lower === 'wieder' && toks.slice(a, b).some((t) => t.lower === 'seit')) return false;
    }
    // a demand reported in the Konjunktiv: "Südkorea müsse sich entschuldigen und die Planer hinrichten lassen" names what
    // is demanded, not an act (also the infinitive after "und" that shares the modal)
    if (tr.entry.pos === 'verb' && tr.entry.type !== 'REQUEST' && demandedInfinitive(ctx, tr, a, b)) return false;
    // a prospect: "müsse das Unternehmen mit Streiks rechnen", "rechnet mit Protesten" (expected, not done)
    // (not support one can count on: "kann nicht mit der Unterstützung Belgrads rechnen" says there is none)
    if (tr.entry.pos === 'noun' && tr.entry.type !== 'SUPPORT' && toks.slice(Math.max(a, tr.t0 - 3), tr.t0).some((t) => t.lower === 'mit') && toks.slice(a, b).some((t) => /^(rechnen|rechnet|rechnete|rechneten|gerechnet|rechne)$/.test(t.lower))) return false;
    // (h/ev29) a prospect: "denen nun Festnahmen und Untersuchungshaft drohen könnten", "Ihm droht die Abschiebung" — the
    // noun is the subject of "drohen" (what looms over someone), not an act; not the means of a threat ("drohte mit Angriffen")
    // (the noun heads its own phrase: not a setting or an attribute, "Am Abschlusstag des Klimagipfels droht ein Fiasko",
    // "Bei den Zusagen droht Wortbruch")
    if (tr.entry.pos === 'noun' && tr.entry.type !== 'THREATEN' && toks.slice(a, b).some((t) => /^(droht|drohen|drohte|drohten|drohe)$/.test(t.lower)) && !toks.slice(a, b).some((t) => t.lower === 'mit')) {
      let j = tr.t0 - 1;
      while (j >= a && (ALL_LOWER.test(toks[j].text) && !PREPOSITIONS.has(toks[j].lower) && !/^(droht|drohen|drohte|drohten|drohe|und|oder)$/.test(toks[j].lower))) j--;
      const opener = j >= a ? toks[j] : null;
      const genitive = /^(des|der|eines|einer)$/.test(toks[j + 1]?.lower ?? '') && !!opener && UPPER_START.test(opener.text);
      if (!(opener && PREPOSITIONS.has(opener.lower)) && !genitive) return false;
    }
    // the provisions of a proposal or law: "Dieser sieht vor, dass die Regierung das Angebot annehmen … soll"
    const cj = toks[tr.t0].clause;
    if (cj > 0 && toks[ctx.clauses[cj][0]]?.lower === 'dass' || (cj > 0 && toks[ctx.clauses[cj][0]]?.text === ',' && toks[ctx.clauses[cj][0] + 1]?.lower === 'dass')) {
      const [q0, q1] = ctx.clauses[cj - 1];
      const prevW = toks.slice(q0, q1).map((t) => t.lower);
      if (prevW.some((w) => /^(vorsieht|vorsah|vorsehen|vorgesehen)$/.test(w)) || (prevW.some((w) => /^(sieht|sehen|sah|sahen)$/.test(w)) && prevW[prevW.length - 1] === 'vor')) return false;
    }
    // "wurden wiederholt Ausländer festgenommen, zu Haftstrafen verurteilt und … freigelassen": participles listed after a
    // habitual clause share its adverb
    const ci = toks[tr.t0].clause;
    if (ci > 0 && tr.entry.pos === 'verb' && !auxIn(toks, a, b)) {
      const [p0, p1] = ctx.clauses[ci - 1];
      for (let j = p0; j < p1; j++) if (HABITUAL.has(toks[j].lower) && auxIn(toks, p0, j)) return false;
    }
    return !noHarm(ctx, tr, a, b) && !statistic(ctx, tr, a, b) && !governedReference(ctx, tr, a, b) && !threatCondition(ctx, tr, found) && !idiom(ctx, tr, a, b) && !demanded(ctx, tr, found);
  }).filter(({ tr }) => {
    // the content of a request or threat ("rief X auf, die Kämpfe einzustellen", "drohte, … anzugreifen") is no event of its own
    const c = toks[tr.t0].clause;
    if (c === 0) return true;
    const [a, b] = ctx.clauses[c];
    let infinitival = false;
    // (h/ev29: also the -eln/-ern infinitives and "tun", "zu verhandeln", "zu ändern", "es zu tun")
    for (let j = a; j < b && !infinitival; j++) if (zuInfinitiveVerb(toks, j)) infinitival = true;
    if (!infinitival) return true;
    // (h/ev29) what a purpose clause would finance: "um mit dem Geld die Angriffe zu finanzieren" names the use the money is
    // meant for, not an act (an act prepared, "um einen Anschlag vorzubereiten", stays planned)
    if (tr.entry.pos === 'noun' && (toks[a]?.lower === 'um' || (toks[a]?.text === ',' && toks[a + 1]?.lower === 'um')) && toks.slice(tr.t0 + 1, b).some((t) => t.lower === 'finanzieren')) return false;
    // (also what an accusation charges — "der SPÖ vorgeworfen, eine Gesetzesänderung blockiert zu haben" — and what a request
    // noun asks for — "mit der dringenden Bitte, diese Plätze nicht anzugreifen")
    // (a governing verb counts also where it was dropped for want of an argument: "Das Militär … drohte, … anzugreifen")
    return !found.some((o) => toks[o.tr.t0].clause === c - 1 && (((o.tr.entry.type === 'REQUEST' || o.tr.entry.type === 'THREATEN' || PROMISES.has(o.tr.entry.lemma) || CHARGING.has(o.tr.entry.lemma)) && o.tr.entry.pos === 'verb') ||
      (o.tr.entry.type === 'REQUEST' && o.tr.entry.pos === 'noun' && o.tr.t0 >= ctx.clauses[c - 1][1] - 2))) &&
      !all.some((o) => toks[o.t0].clause === c - 1 && (o.entry.type === 'REQUEST' || o.entry.type === 'THREATEN') && o.entry.pos === 'verb') &&
      !toks.slice(ctx.clauses[c - 1][0], ctx.clauses[c - 1][1]).some((t) => CONTENT_GOVERNOR.test(t.lower));
  }).filter(({ tr }) => !consultTopic(ctx, tr, found));
  const out: { tr: Trigger; args: Arguments }[] = [];
  for (const x of kept) {
    if (sameEventClause(ctx, kept, x)) continue;
    // the earlier event's actor is not the subject who reacts to it ("griff sie nach einem Anschlag auf X … an")
    if (prior(toks, x) && kept.some((o) => o.tr.entry.pos === 'verb' && o.tr.entry.type === x.tr.entry.type && toks[o.tr.t0].clause === toks[x.tr.t0].clause && o.args.actors.some((a) => x.args.actors.some((b) => a.entity.id === b.entity.id)))) {
      x.args.actors = [];
    }
    const c = toks[x.tr.t0].clause;
    // (a leaving of office told twice, "trat zurück und hatte das Amt an X übergeben", is one act: the successor is no victim)
    const same = out.findIndex((o) => o.tr.entry.type === x.tr.entry.type && toks[o.tr.t0].clause === c && prior(toks, o) === prior(toks, x) && (x.tr.entry.type === 'CONCEDE' || !apart(x, o)) && !distinctActs(x.tr, o.tr) && !conjunctsApart(ctx, x.tr, o.tr, times));
    // one event told twice in a sentence with the same word and the same participants (a headline glued to its first
    // sentence: "Boehner könnte Obama verklagen Boehner schloss auch nicht aus, Obama zu verklagen"; "Lockerung bei
    // Budgetregeln … stellte eine Lockerung … in Aussicht")
    if (same < 0 && out.some((o) => o.tr.entry.type === x.tr.entry.type && o.tr.entry.lemma === x.tr.entry.lemma && sameIds(o.args.actors, x.args.actors) && sameIds(o.args.recipients, x.args.recipients) && !conjunctsApart(ctx, x.tr, o.tr, times))) continue;
    if (same < 0) {
      // "Bei einem Überfall … haben Kämpfer der X … Geiseln genommen": the clause subject does both acts; a setting noun
      // without actors kept beside a distinct act shares the verb's actors
      for (const o of out) {
        if (o.tr.entry.type !== x.tr.entry.type || toks[o.tr.t0].clause !== c || !distinctActs(x.tr, o.tr)) continue;
        const [noun, verb] = x.tr.entry.pos === 'noun' ? [x, o] : [o, x];
        if (noun.tr.entry.pos === 'noun' && verb.tr.entry.pos === 'verb' && !noun.args.actors.length && verb.args.actors.length && /^(bei|beim|während)$/.test(phraseOpener(toks, noun.tr.t0, ctx.clauses[c][0]))) noun.args.actors = [...verb.args.actors];
      }
      out.push(x);
    }
    // ("Aus Protest gegen … haben die Seeleute einen Fährenstreik begonnen": a noun after "aus" is the motive, the other
    // mention of the type names the act)
    else if (triggerScore(x) - (toks[x.tr.t0 - 1]?.lower === 'aus' ? 0.25 : 0) > triggerScore(out[same]) - (toks[out[same].tr.t0 - 1]?.lower === 'aus' ? 0.25 : 0)) out[same] = x;
  }
  return out;
}

/**
 * The topic of talks is no event of its own: a noun after "über" that follows a meeting word in its clause ("Die
 * Detailverhandlungen über ein drittes Hilfspaket", "berät … über die Folgen … der Unruhen"), or after "um" in "geht es bei
 * den Gesprächen um ein Hilfspaket".
 */
function consultTopic(ctx: SentenceContext, tr: Trigger, found: { tr: Trigger }[]): boolean {
  if (tr.entry.pos !== 'noun' || tr.entry.type === 'CONSULT') return false;
  const { toks } = ctx;
  const c = toks[tr.t0].clause;
  for (let j = tr.t0 - 1; j >= Math.max(0, tr.t0 - 8) && toks[j].clause === c; j--) {
    const w = toks[j].lower;
    const um = w === 'um' && toks.some((t) => t.clause === c && /^(geht|ging|gehe|gehen)$/.test(t.lower));
    if (w !== 'über' && !um) continue;
    // ("ein Dokumentarfilm über die Niederschlagung": an "über" right after another noun belongs to that noun)
    const before = toks[j - 1];
    if (before && UPPER_START.test(before.text) && !found.some((o) => o.tr.entry.type === 'CONSULT' && o.tr.t0 === j - 1)) return false;
    return found.some((o) => o.tr.entry.type === 'CONSULT' && o.tr.t0 < j && toks[o.tr.t0].clause === c);
  }
  return false;
}

const INDEFINITES = new Set(['ein', 'eine', 'einer', 'einen', 'einem', 'eines']);
/** Noun types that often name a topic, a document or a position rather than an act ("die Forderungen abarbeiten"). */
const BARE_TYPES = new Set(['REQUEST', 'AGREE', 'COOPERATE', 'SUPPORT']);

/**
 * A speech-act or relation noun with neither an actor nor a recipient is a reference to a topic or a document
 * ("einen Großteil der Forderungen abgearbeitet", "die wirtschaftliche Zusammenarbeit"), not an event.
 */
function bareReference(ctx: SentenceContext, tr: Trigger, args: Arguments): boolean {
  if (!BARE_TYPES.has(tr.entry.type) || args.actors.length > 0 || args.recipients.length > 0) return false;
  // (h/ev29) an order frame ("auf Anweisung des Innenministers", "auf Befehl des Kommandanten") names the act that was ordered,
  // whoever issued it
  if (tr.entry.lemma === 'Anordnung' && tr.entry.nextGenitive) return false;
  // support (evprec): praise for something ("Lob für die Ankündigung") and support denied ("keine Unterstützung") stay
  // events; a bare support noun is a need, a share or thanks ("die Unterstützung vieler Einzelner benötigt", "an
  // Unterstützung gewinnen", "Vielen Dank für … Unterstützung")
  if (tr.entry.type === 'SUPPORT' && (ctx.toks[tr.t1]?.lower === 'für' || /^kein(e|en|er|em)?$/.test(ctx.toks[tr.t0 - 1]?.lower ?? ''))) return false;
  // an indefinite noun introduces a new act, even one only considered ("würde eine Kooperation erwogen")
  const { toks } = ctx;
  // (the noun's own article: adjectives may stand between, another noun may not — "einen Großteil der Forderungen")
  // (h/evsucc) a negative article denies the act where it states that none took place: "es gibt keinen Vergleich", "es
  // kommt zu keiner Einigung", or opens a verbless item after a colon or the sentence ("…: keine Rücktrittsaufforderungen,
  // keine Obmanndebatte"); not a predicate or a reception ("sei kein Kompromiss", "fand keine Zustimmung"); coordinated
  // adjectives may stand between the article and the noun ("ein starkes und ausgeglichenes Abkommen")
  for (let j = tr.t0 - 1; j >= Math.max(0, tr.t0 - 5); j--) {
    const w = toks[j];
    if (INDEFINITES.has(w.lower) || (NEGATIVE_ARTICLE.test(w.lower) && deniedAct(ctx, j))) return false;
    if (w.text === ',' || w.lower === 'und') continue;
    if (!ALL_LOWER.test(w.text) || DETERMINERS.has(w.lower) || PREPOSITIONS.has(w.lower)) break;
  }
  // (h/evsucc) a time frame set by the act: "Nach Bildung der rot-blauen Koalition", "seit (der) Unterzeichnung des
  // Abkommens", "vor Abschluss der Verträge" — a temporal preposition opening its phrase, the noun with its genitive
  if (tr.entry.pos === 'noun' && GENITIVE_ARTICLE.test(toks[tr.t1]?.lower ?? '')) {
    let p = tr.t0 - 1;
    if (/^(der|dem)$/.test(toks[p]?.lower ?? '')) p--;
    if (p >= 0 && /^(nach|seit|vor)$/.test(toks[p].lower) && (p === 0 || !UPPER_START.test(toks[p - 1].text) || !LETTER.test(toks[p - 1].text))) return false;
  }
  return true;
}
const NEGATIVE_ARTICLE = /^kein(e|en|er|em|es)?$/;
/** The negative article at `j` states that an act did not take place (see bareReference). */
function deniedAct(ctx: SentenceContext, j: number): boolean {
  const { toks } = ctx;
  if (j === 0 || toks[j - 1].text === ':') return true;
  const c = toks[j].clause;
  let exist = false, come = false;
  for (const t of toks) if (t.clause === c) {
    if (/^(gibt|gab|gaben|geben|gebe|gäbe|gegeben)$/.test(t.lower)) exist = true;
    if (/^(kommt|kam|kamen|kommen|komme|käme|gekommen)$/.test(t.lower)) come = true;
  }
  return exist || (come && /^(zu|zur|zum)$/.test(toks[j - 1].lower));
}

/** Words of a wish, a hope, a search or a wait ("wartete auf ihre Hinrichtung"): what follows them is wanted or expected, not done. */
const WISH = /^(interesse|wunsch|wünscht|wünschen|wünschte|wünschten|hofft|hoffen|hoffte|hofften|hoffnung|suche|sucht|suchen|bemüht|bemühen|bemühte|bemühungen|sehnsucht|chance|chancen|wartet|warten|wartete|warteten|gewartet)$/;

/**
 * A noun after a wish in its clause ("Sein Interesse an einer Einigung sei gering", "wünscht sich eine Einigung", "auf
 * der Suche nach einer Zusammenarbeit") is the content of that wish, like the content of a request: no event.
 */
function wished(toks: Tok[], tr: Trigger): boolean {
  const c = toks[tr.t0].clause;
  // a topic: "nichts zum Inhalt der Gespräche", "Teil der Verhandlungen" (not "Thema der Unterredung war …", which the
  // gold annotates as the meeting)
  if (tr.entry.type === 'CONSULT' && /^(der|des)$/.test(toks[tr.t0 - 1]?.lower ?? '') && /^(inhalt|inhalte|inhalten|gegenstand|teil|details|erwartungen|ausgang|ergebnis|ergebnisse|ergebnissen|bilanz|protokoll|tagesordnung)$/.test(toks[tr.t0 - 2]?.lower ?? '')) return true;
  // advocated: "machte sich für eine erweiterte Gesprächsrunde stark", "plädierte für Verhandlungen"
  if (toks.slice(Math.max(0, tr.t0 - 3), tr.t0).some((t) => t.lower === 'für') &&
    toks.some((t, j) => t.clause === c && (/^plädier/.test(t.lower) || (j > tr.t0 && t.lower === 'stark' && toks.some((u) => u.clause === c && u.lower === 'sich'))))) return true;
  for (let j = tr.t0 - 1; j >= Math.max(0, tr.t0 - 8); j--) {
    if (toks[j].clause !== c) return false;
    if (WISH.test(toks[j].lower)) return true;
  }
  return false;
}

/**
 * The thing a request noun asks for ("mit der Forderung nach einem Einreiseverbot", "der Ruf nach Sanktionen") is the
 * request's content, not an event of its own.
 */
function requestedNoun(toks: Tok[], tr: Trigger, live: { tr: Trigger }[]): boolean {
  if (tr.entry.type === 'REQUEST') return false;
  for (let j = tr.t0 - 1; j >= Math.max(0, tr.t0 - 4); j--) {
    if (!/^(nach|für|um|zu|zum|zur)$/.test(toks[j].lower)) continue;
    const head = j - 1;
    return live.some((o) => o.tr.entry.type === 'REQUEST' && o.tr.entry.pos === 'noun' && o.tr.t0 === head);
  }
  return false;
}

/**
 * A speech-act noun that is judged ("hält eine Wahlempfehlung für ein Relikt", "hielt Gespräche für sinnlos") is a topic of
 * an opinion, not an event.
 */
function judgedNoun(toks: Tok[], tr: Trigger): boolean {
  if (!CONTENT_TYPES.has(tr.entry.type)) return false;
  const c = toks[tr.t0].clause;
  let halt = false;
  for (let j = tr.t0 - 1; j >= 0 && toks[j].clause === c; j--) if (/^(hält|halte|halten|hielt|hielten|erachtet|erachten)$/.test(toks[j].lower)) halt = true;
  if (!halt) return false;
  for (let j = tr.t0 + 1; j < toks.length && toks[j].clause === c; j++) if (toks[j].lower === 'für') return true;
  return false;
}

/** A sentence about an indefinite person ("jemand", "jemanden") states a rule or a case in general, not an event. */
function genericPerson(toks: Tok[]): boolean {
  for (const t of toks) if (t.lower === 'jemand' || t.lower === 'jemanden' || t.lower === 'jemandem') return true;
  return false;
}

/** (h/ev29) A norm about an indefinite person defined by a relative clause ("Ein Abgeordneter, der …, darf nicht festgenommen
 * werden"): a sentence, or a part after a colon or a quotation mark, that opens with "Ein/Eine X, der/die …" and holds a modal
 * of permission or duty after it; the acts after the opener are the norm's, not events. */
const NORM_MODAL = /^(darf|dürfe|dürfen|muss|müsse|müssen|kann|könne|soll|solle)$/;
function indefiniteNorm(toks: Tok[], t0: number): boolean {
  for (let k = 0; k < t0; k++) {
    if (!/^(ein|eine)$/.test(toks[k].lower)) continue;
    let b = k - 1;
    while (b >= 0 && /^["„“”»«']$/.test(toks[b].text)) b--;
    if (b >= 0 && toks[b].text !== ':') continue;
    let j = k + 1;
    while (j < k + 4 && j < toks.length && ALL_LOWER.test(toks[j].text)) j++;
    if (!UPPER_START.test(toks[j]?.text ?? '') || toks[j + 1]?.text !== ',' || !/^(der|die|welcher|welche)$/.test(toks[j + 2]?.lower ?? '')) continue;
    if (t0 > j + 2 && toks.some((t, n) => n > j + 2 && NORM_MODAL.test(t.lower))) return true;
  }
  return false;
}

/** Adverbs of a habit: what happens often is no single event. */
const HABITUAL = new Set(['häufig', 'oft', 'regelmäßig', 'wiederholt', 'mehrfach', 'vielfach', 'gewöhnlich', 'üblicherweise']);

function auxIn(toks: Tok[], a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (isAux(toks[j])) return true;
  return false;
}

/** "Verletzt wurde niemand", "Dabei wurde niemand getötet": an injury or killing of no one is no event. */
function noHarm(ctx: SentenceContext, tr: Trigger, a: number, b: number): boolean {
  if (tr.entry.type !== 'ASSAULT' || tr.entry.pos !== 'verb' || !tr.participle) return false;
  for (let j = a; j < b; j++) if (/^(niemand|keiner|niemanden)$/.test(ctx.toks[j].lower)) return true;
  // injuries and deaths of an accident or a natural hazard ("bei einem Verkehrsunfall schwer verletzt", "von einem Blitz
  // getroffen und leicht verletzt", "von einem Braunbären verletzt"), unless the sentence names an attack or an attacker
  if (/^(verletzt|getötet|schwerverletzt)$/.test(ctx.toks[tr.t0].lower)) {
    let accident = false, attack = false;
    for (const t of ctx.toks) {
      if (/(unfall|unglück|blitz|lawine|erdbeben|unwetter|absturz|abgestürzt|bären?$|verkehrsunfall|frontalzusammenstoß)/.test(t.lower)) accident = true;
      if (/(angriff|attack|anschlag|amok|täter|schuss|schüsse|messer|waffe|bombe|explosion|überfall|schläger|polizei|ermittl|verdacht)/.test(t.lower)) attack = true;
    }
    if (accident && !attack) return true;
  }
  return false;
}

/**
 * Counts and trends are statistics, not events: "die Zunahme der Angriffe", "die Zahl der Anschläge",
 * "hat es mehr als tausend Angriffe gegeben", "2014 hatte es insgesamt 199 Attacken gegeben".
 */
function statistic(ctx: SentenceContext, tr: Trigger, a: number, b: number): boolean {
  if (tr.entry.pos !== 'noun') return false;
  const { toks } = ctx;
  const p1 = toks[tr.t0 - 1]?.lower ?? '';
  const p2 = toks[tr.t0 - 2]?.lower ?? '';
  if (/^(der|an|von)$/.test(p1) && /^(zahl|zunahme|anstieg|anteil|rückgang|häufung|statistik|gesamtzahl|anzahl)$/.test(p2)) return true;
  let counted = false;
  for (let j = Math.max(a, tr.t0 - 3); j < tr.t0; j++) {
    const w = toks[j].lower;
    if (/^(insgesamt|hunderte|tausende|dutzende|hundert|tausend)$/.test(w) || (/^\d[\d.]*$/.test(w) && Number(w.replace(/\./g, '')) >= 10 && toks[j + 1]?.lower !== 'uhr')) counted = true;
  }
  if (!counted) return false;
  let es = false;
  let gab = false;
  for (let j = a; j < b; j++) {
    const w = toks[j].lower;
    if (w === 'es') es = true;
    if (/^(gab|gibt|gegeben|geben|gezählt|registriert|verzeichnet)$/.test(w)) gab = true;
  }
  return (es && gab) || toks.slice(a, b).some((t) => /^(gezählt|registriert|verzeichnet)$/.test(t.lower));
}

/** Nouns of a link or an involvement: what they govern ("Verbindung zu den Anschlägen") is a topic, not an event (not
 * "im Zusammenhang mit dem Anschlag gefasst": the gold keeps that attack as an event). */
const LINK_NOUN = /^(verbindung|verbindungen|kontakt|kontakte|kontakten|verwicklung|verstrickung|bezug|bezüge|nähe)$/;
/** Predicates of a link by their preposition: "mit X in Verbindung gebracht", "in X verwickelt" (not "an X beteiligt":
 * taking part in fighting is the fighting). */
const LINK_PREDICATE: [RegExp, RegExp][] = [
  [/^mit$/, /^(verbindung)$/],
  [/^in$/, /^(verwickelt|verstrickt|involviert)$/],
];
/** (h/ev28) Role nouns that name people by an event in the genitive ("Drahtzieher der Anschläge", "Verantwortlichen der …"). */
const ROLE_GENITIVE = /^(drahtzieher|drahtziehern|hintermann|hintermänner|hintermännern|verantwortliche|verantwortlichen|urheber|urhebern|auftraggeber|auftraggebern|planer|planern|organisator|organisatoren|mastermind|kopf|köpfe|köpfen)$/;
/** Nouns of plotting: what they govern in the genitive ("die Vorbereitung eines Anschlags") has not happened. */
const PLOT_NOUN = /^(vorbereitung|vorbereitungen|planung|planungen|plan|pläne|plänen)$/;
/** Fractions and rankings over a class of events ("ein Viertel aller Anschläge", "Spitzenreiter bei Übergriffen"). */
const SHARE_NOUN = /^(viertel|drittel|hälfte|fünftel|zehntel|prozent|großteil|mehrheit|anteil|spitzenreiter|schlusslicht|statistik|bilanz)$/;
/** Words that may stand between a governor and the noun it governs: articles, prepositions, inflected adjectives, numbers. */
function npFiller(t: Tok): boolean {
  return DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || INFLECTED_LOWER.test(t.text) || /^(\d[\d.]*|aller|allen|bisher|bislang|insgesamt|mehr|als|fast|knapp|rund|etwa|über|jüngsten|jüngste)$/.test(t.lower);
}

/**
 * A noun governed by a link, a plot or a share is a reference to an event, not a mention of it:
 * - the topic of a suspected link ("mit den Anschlägen in Verbindung gebracht", "in die Anschläge verwickelt", "der
 *   Verdacht einer Verbindung zu den Anschlägen", "an den Angriffen beteiligt");
 * - a plotted attack ("an der Vorbereitung eines Anschlags beteiligt", "der einen Anschlag geplant haben soll");
 * - a share or ranking over a class of events ("ein Viertel aller registrierten Brandanschläge", "Spitzenreiter bei
 *   Übergriffen") and every event noun of a clause that registers counted events ("Einschließlich der Brandanschläge
 *   wurden insgesamt 459 Angriffe registriert"), also a verbless count ("Insgesamt 459 Angriffe.").
 * A noun whose own relative clause tells the event ("Anschläge, bei denen 38 Menschen starben") stays an event.
 */
function governedReference(ctx: SentenceContext, tr: Trigger, a: number, b: number): boolean {
  if (tr.entry.pos !== 'noun') return false;
  const { toks } = ctx;
  if (toks[tr.t1]?.text === ',' && /^(bei|in|an|wobei|während|nach)$/.test(toks[tr.t1 + 1]?.lower ?? '') && /^(denen|dem|der|welchen|welchem|welcher)$/.test(toks[tr.t1 + 2]?.lower ?? '')) return false;
  // (the clause's words are read in place: this runs for every noun trigger)
  const anyWord = (re: RegExp, from = a, to = b) => { for (let k = from; k < to; k++) if (re.test(toks[k].lower)) return true; return false; };
  // (h/ev28) a role noun before the genitive names people by the event: "der Drahtzieher der Pariser Anschläge", "Verbindungen
  // zu den Verantwortlichen der Terroranschläge"; a foiled act did not happen: "dem vereitelten Terroranschlag"
  {
    let k = tr.t0 - 1;
    if (k > a && CAPITALISED_ER.test(toks[k].text) && /^(der|des)$/.test(toks[k - 1].lower)) k--;
    if (k > a && /^(der|des|dieser|dieses)$/.test(toks[k].lower) && ROLE_GENITIVE.test(toks[k - 1].lower)) return true;
    if (/^vereitelt(e|en|er|es|em)$/.test(toks[tr.t0 - 1]?.lower ?? '')) return true;
  }
  // the governing preposition and the word before it
  let j = tr.t0 - 1;
  // (a place adjective right before the noun is part of its phrase: "zu den Brüsseler Anschlägen")
  if (j > a && CAPITALISED_ER.test(toks[j].text) && DETERMINERS.has(toks[j - 1].lower)) j--;
  while (j >= a && j >= tr.t0 - 6 && npFiller(toks[j]) && !PREPOSITIONS.has(toks[j].lower)) j--;
  const prep = j >= a && PREPOSITIONS.has(toks[j].lower) ? toks[j].lower : null;
  if (prep) {
    // the link noun right before the preposition (after its own article): "Verbindung zu", "im Zusammenhang mit"
    if (/^(zu|mit|an|in)$/.test(prep) && LINK_NOUN.test(toks[j - 1]?.lower ?? '')) return true;
    for (const [p, pred] of LINK_PREDICATE) {
      if (!p.test(prep)) continue;
      for (let k = a; k < b; k++) {
        if (k >= j && k <= tr.t0) continue;
        if (!pred.test(toks[k].lower)) continue;
        // "in Verbindung", "im Zusammenhang": the noun stands after "in"/"im"
        if (p.source === '^mit$' && !/^(in|im)$/.test(toks[k - 1]?.lower ?? '')) continue;
        return true;
      }
    }
  }
  // (h/ev28) a class of events recalled: "die an frühere Anschläge erinnert" (not a definite event: "erinnert an den
  // Anschlag von 1972" may be told as background). (What someone is held responsible for, "für den Anschlag verantwortlich
  // machen", stays an event: the tuned gold codes it three times, blind 28 twice not.)
  if (prep === 'an' && anyWord(/^erinner/) && !DETERMINERS.has(toks[tr.t0 - 1]?.lower ?? '') && !DETERMINERS.has(toks[j + 1]?.lower ?? '')) return true;
  // (h/ev28) a simulated or practised attack is an exercise: "… überflogen und Angriffe simuliert"
  if (tr.entry.type === 'ASSAULT' && anyWord(/^(simuliert|simulierte|simulierten|simulieren|simuliere|simulierend|geprobt|probten|probte)$/, tr.t1, b)) return true;
  // one of a series: "die jüngste in einer Reihe von Drohungen"
  if (prep === 'von' && j >= a + 3 && /^(reihe|serie)$/.test(toks[j - 1].lower) && toks[j - 2].lower === 'einer' && toks[j - 3].lower === 'in') return true;
  // the means of a threat: "drohte … mit Militärschlägen" (also where the threat itself found no trigger or was dropped)
  if (prep === 'mit' && anyWord(THREAT_VERB)) return true;
  // a part of events told before: "Für zwei dieser Anschläge", "einer dieser Angriffe"
  if (/^(dieser|jener)$/.test(toks[tr.t0 - 1]?.lower ?? '') && PARTITIVE_COUNT.test(toks[tr.t0 - 2]?.lower ?? '')) return true;
  // what a picture shows: "ein Propagandavideo …, das einen Atomangriff auf die USA zeigt"
  if (depicted(toks, tr, a, b)) return true;
  // a predicate noun classifying what was said: "Das ist keine Begnadigung, sondern …", "Dies war ein Angriff auf …"
  // (not an evaluation, which is the speaker's censure: "Das ist ein Wahnsinn, sagt X")
  if (tr.entry.type !== 'ACCUSE' && !isEvaluation(tr.entry) && predicateNoun(toks, tr, a, b)) return true;
  // the genitive of a plot noun: "(an der) Vorbereitung eines Terroranschlags"
  if (/^(eines|einer|des|der|von)$/.test(toks[tr.t0 - 1]?.lower ?? '') && PLOT_NOUN.test(toks[tr.t0 - 2]?.lower ?? '')) return true;
  // the object of an alleged plot: "der einen Anschlag geplant haben soll"
  // (the perfect after the noun: not "Der Gipfel soll wie geplant stattfinden")
  for (let k = tr.t1; k < b - 1; k++) {
    if (!/^(geplant|vorbereitet)$/.test(toks[k].lower)) continue;
    const perfect = toks[k + 1].lower === 'haben' || (toks[k + 1].lower === 'zu' && toks[k + 2]?.lower === 'haben');
    if (perfect && anyWord(/^(soll|sollen|solle|sollten|verdächtigt|beschuldigt|mutmaßlich)$/)) return true;
  }
  // a share or ranking: "ein Viertel aller …", "Spitzenreiter bei …"
  // (a prepositional phrase may stand inside: "ein Viertel aller bisher in diesem Jahr registrierten Brandanschläge")
  for (let k = tr.t0 - 1; k >= Math.max(a, tr.t0 - 9); k--) {
    if (SHARE_NOUN.test(toks[k].lower)) return true;
    if (!npFiller(toks[k]) && !(UPPER_START.test(toks[k].text) && DETERMINERS.has(toks[k - 1]?.lower ?? '') && PREPOSITIONS.has(toks[k - 2]?.lower ?? ''))) break;
  }
  // a clause that registers counts: every event noun in it
  const counted = (w: string) => /^(insgesamt|hunderte|tausende|dutzende|hundert|tausend)$/.test(w) || (/^\d[\d.]*$/.test(w) && Number(w.replace(/\./g, '')) >= 10);
  if (anyWord(/^(registriert|registrierten|gezählt|verzeichnet)$/) && (toks.slice(a, b).some((t) => counted(t.lower)) || anyWord(/^aller$/, Math.max(a, tr.t0 - 8), tr.t0))) return true;
  // a verbless total: "Insgesamt 459 Angriffe." (not a headline's news: "15 Festnahmen nahe der Grenze")
  const total = (w: string) => /^(insgesamt|bisher|bislang|jährlich)$/.test(w);
  if (toks.slice(Math.max(a, tr.t0 - 3), tr.t0).some((t) => counted(t.lower)) && toks.some((t) => total(t.lower)) &&
    toks.every((t, k) => k === tr.t0 || !LETTER.test(t.text) || UPPER_START.test(t.text) || total(t.lower) || DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || /^(mehr|als|fast|knapp|rund|etwa|über|und)$/.test(t.lower) || (INFLECTED_LOWER.test(t.text) && UPPER_START.test(toks[k + 1]?.text ?? '')))) return true;
  return false;
}

/**
 * An infinitive under a Konjunktiv-I "müsse" in its clause (or in the clause an "und" continues): "Südkorea müsse sich
 * entschuldigen und die Planer hinrichten lassen". Not a participle or an epistemic perfect ("müsse … gekommen sein"),
 * not with a "man"/"wir"/"ich" subject (the speaker's side: "man müsse X unterstützen").
 */
function demandedInfinitive(ctx: SentenceContext, tr: Trigger, a: number, b: number): boolean {
  const { toks } = ctx;
  if (tr.participle || !/en$/.test(toks[tr.t0].lower)) return false;
  for (let k = tr.t1; k < b; k++) if (/^(sein|haben|worden|werden)$/.test(toks[k].lower)) return false;
  // (not the speaker's own side: "man müsse X unterstützen" states the stance of whoever speaks)
  const modalIn = (k0: number, k1: number) => {
    let modal = false;
    for (let k = k0; k < k1; k++) {
      if (toks[k].lower === 'müsse') modal = true;
      if (/^(man|wir|ich)$/.test(toks[k].lower)) return false;
    }
    return modal;
  };
  if (modalIn(a, b)) return true;
  const c = toks[tr.t0].clause;
  if (c > 0 && /^(und|oder|sowie)$/.test(toks[a]?.lower ?? '')) return modalIn(...ctx.clauses[c - 1]);
  return false;
}

/** Forms of "drohen" whose "mit" phrase names the threatened means ("drohte … mit Militärschlägen"). */
const THREAT_VERB = /^(droht|drohte|drohten|drohen|drohe|gedroht|androht|androhte|drohend)$/;
/** Counts before a partitive demonstrative: "zwei dieser Anschläge", "einer dieser Angriffe". */
const PARTITIVE_COUNT = /^(\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|einer|eines|einen|einem|eine|viele|vielen|einige|einigen|mehrere|mehreren|keiner|keines|beide|beiden|manche|alle)$/;
/** Pictures and recordings whose relative clause "…, das … zeigt" depicts an event rather than telling it. */
const PICTURE_NOUN = /(video|videos|film|films|foto|fotos|bild|bilder|aufnahme|aufnahmen|clip|clips|plakat|plakate|karikatur|grafik|animation|spiel|computerspiel|szene|szenen)$/;
const SHOW_VERB = /^(zeigt|zeigte|zeigen|zeigten|darstellt|darstellte|darstellen|simuliert|simulierte|simulieren)$/;

/** The event noun in a relative clause of a picture noun whose verb shows it ("ein Video …, das einen Angriff zeigt"). */
function depicted(toks: Tok[], tr: Trigger, a: number, b: number): boolean {
  if (a < 2 || toks[a].text !== ',' && toks[a - 1]?.text !== ',') return false;
  const comma = toks[a].text === ',' ? a : a - 1;
  if (!RELATIVE_OPENER.test(toks[comma + 1]?.lower ?? '')) return false;
  let shows = false;
  for (let k = tr.t1; k < b; k++) if (SHOW_VERB.test(toks[k].lower)) shows = true;
  if (!shows) return false;
  for (let k = comma - 1; k >= Math.max(0, comma - 3); k--) if (UPPER_START.test(toks[k].text) && PICTURE_NOUN.test(toks[k].lower)) return true;
  return false;
}

/** "Das ist keine Begnadigung", "Dies war ein Angriff auf …": a noun after a demonstrative subject and a copula, with
 * no participle after it ("Es ist kein Zugeständnis erfolgt" tells an event). */
function predicateNoun(toks: Tok[], tr: Trigger, a: number, b: number): boolean {
  let k = a;
  if (toks[k]?.text === ',' || /^[„“"»]$/.test(toks[k]?.text ?? '')) k++;
  if (!/^(das|dies)$/.test(toks[k]?.lower ?? '') || !/^(ist|war|sei|wäre)$/.test(toks[k + 1]?.lower ?? '')) return false;
  let m = k + 2;
  if (/^(doch|auch|aber|nur|eben|also|schon|wirklich|eindeutig|klar|natürlich|sicher|sicherlich)$/.test(toks[m]?.lower ?? '')) m++;
  if (!/^(k?ein|k?eine|k?einen)$/.test(toks[m]?.lower ?? '')) return false;
  for (let n = m + 1; n < tr.t0; n++) if (!INFLECTED_LOWER.test(toks[n].text)) return false;
  for (let n = tr.t1; n < b; n++) if (GE_STEM.test(toks[n].lower) || /^(worden|wird|werden)$/.test(toks[n].lower)) return false;
  return true;
}

/** Words of a threatened consequence in the clause after a condition. */
const CONSEQUENCE = /^(sanktionen|konsequenzen|strafmaßnahmen|vergeltung|gegenmaßnahmen)$/;

/**
 * The condition of a threat is no event: "Sollten die Separatisten weitere Gebiete erobern, werde dies zusätzliche
 * Sanktionen nach sich ziehen", "Falls X angreift, droht Y mit …". The clause opens with "sollte(n)" (verb first) or
 * "falls" and the next clause names a consequence (Sanktionen, Konsequenzen, "nach sich ziehen") or holds a threat.
 */
function threatCondition(ctx: SentenceContext, tr: Trigger, found: { tr: Trigger }[]): boolean {
  if (tr.entry.type === 'THREATEN') return false;
  const { toks } = ctx;
  const c = toks[tr.t0].clause;
  const [c0] = ctx.clauses[c];
  const opener = toks[c0]?.lower;
  const first = c0 === 0 || /^[:;–—-]$/.test(toks[c0 - 1]?.text ?? '');
  if (!((opener === 'sollte' || opener === 'sollten') && first) && opener !== 'falls') return false;
  const next = ctx.clauses[c + 1];
  if (!next) return false;
  for (let j = next[0]; j < next[1]; j++) {
    if (CONSEQUENCE.test(toks[j].lower) || (toks[j].lower === 'nach' && toks[j + 1]?.lower === 'sich' && /^zieh/.test(toks[j + 2]?.lower ?? ''))) return true;
  }
  return found.some((o) => o.tr.entry.type === 'THREATEN' && toks[o.tr.t0].clause === c + 1);
}

/** "Demo gegen das Treffen": a meeting noun after "gegen" in a clause with a PROTEST trigger. */
function protestTarget(toks: Tok[], tr: Trigger, live: { tr: Trigger }[]): boolean {
  let gegen = false;
  for (let j = Math.max(0, tr.t0 - 3); j < tr.t0; j++) {
    if (toks[j].lower === 'gegen') {
      gegen = true;
      // "Widerstandscamp gegen den G7-Gipfel", "Demo gegen das Treffen": a noun of opposition before "gegen"
      if (PROTEST_NOUN.test(toks[j - 1]?.lower ?? '')) return true;
    }
    // "die Gegner des G7-Gipfels"
    if (/^(gegner|gegnern|gegnerinnen|kritiker|kritikern)$/.test(toks[j].lower) && /^(des|der|eines)$/.test(toks[j + 1]?.lower ?? '')) return true;
  }
  if (!gegen) return false;
  for (const o of live) if (o.tr.entry.type === 'PROTEST' && toks[o.tr.t0].clause === toks[tr.t0].clause) return true;
  return false;
}

/** "Sie müssen ermittelt und bestraft werden, forderte er": what is demanded before a REQUEST verb opening the next clause. */
function demanded(ctx: SentenceContext, tr: Trigger, found: { tr: Trigger }[]): boolean {
  if (tr.entry.type === 'REQUEST') return false;
  const nx = ctx.clauses[ctx.toks[tr.t0].clause + 1];
  if (!nx) return false;
  // (not a second main clause of the same subject: "lobten den Vertrag, riefen aber auch zu raschem Handeln auf")
  for (const o of found) if (o.tr.t0 === nx[0] && o.tr.entry.type === 'REQUEST' && o.tr.entry.pos === 'verb' && !/^(aber|jedoch|zudem|auch|allerdings|gleichzeitig|zugleich|außerdem|ebenfalls|dann)$/.test(ctx.toks[o.tr.t0 + 1]?.lower ?? '')) return true;
  return false;
}

/** Idioms with an event word: "die Ursachen in Angriff nehmen" (tackle them). */
function idiom(ctx: SentenceContext, tr: Trigger, a: number, b: number): boolean {
  const { toks } = ctx;
  // "in Angriff nehmen" (start a task), "nahmen 33 Berichte in Verhandlung" (deliberate on them)
  if (((tr.entry.lemma === 'Angriff' && toks[tr.t0].lower === 'angriff') || (tr.entry.lemma === 'Verhandlung' && toks[tr.t0].lower === 'verhandlung')) && toks[tr.t0 - 1]?.lower === 'in') {
    for (let j = a; j < b; j++) if (j !== tr.t0 && /^(genommen|nehmen|nimmt|nahm|nahmen|zu nehmen)$/.test(toks[j].lower)) return true;
  }
  // a "-verbot" compound names a rule ("gegen das Referendumsverbot", "Missachtung des Kopfverbots", "Abtreibungsverbot"
  // in a list); it is an event only where the ban is imposed ("ein Veröffentlichungsverbot erwirkt", "verhängte ein Demoverbot")
  if (tr.entry.lemma === 'Verbot' && !/^verbot(s|e|en)?$/.test(toks[tr.t0].lower)) {
    let imposed = false;
    for (let j = a; j < b; j++) if (j !== tr.t0 && /^(verhäng|beleg|erlass|erließ|ausgesprochen|sprach|spricht|erwirk|beschloss|beschließ|beschlossen|angeordnet|ordnet|ordnete|verfügt|erteil|verordn|eingeführt|führt|führte|plan|geplant|will|wollen|kündig|angekündigt|fordert|forderte|gefordert|verlang|erwäg|prüf|diskutier|liebäugel|verschärf|aufgehoben|aufheb|hebt|hob|lockert|gelockert|bestätigt)/.test(toks[j].lower)) imposed = true;
    if (!imposed) return true;
  }
  // a team's attack line: "Im Angriff muss der Trainer auf X verzichten", "in der Offensive hat Moldau nicht stattgefunden"
  // (not "im Angriff auf Mossul")
  const lw = toks[tr.t0].lower;
  if (((lw === 'angriff' && toks[tr.t0 - 1]?.lower === 'im') || (lw === 'offensive' && toks[tr.t0 - 1]?.lower === 'der' && toks[tr.t0 - 2]?.lower === 'in')) && !/^(auf|gegen)$/.test(toks[tr.t0 + 1]?.lower ?? '')) return true;
  // "Wir sind alle gefordert", "aktuell ist der Trainer gefordert": challenged, called upon — a state, not a demand
  if (lw === 'gefordert' && tr.entry.type === 'REQUEST') {
    const cl = toks.slice(a, b).map((t) => t.lower);
    if (cl.some((w) => /^(ist|sind|sei|seien|war|waren|bin|bist|seid|wäre|wären)$/.test(w)) && !cl.some((w) => /^(worden|wird|werden|wurde|wurden|hat|haben|hatte|hatten|habe)$/.test(w))) return true;
  }
  // "das Gaspedal bis zum Anschlag", "die Heugabeln in Anschlag bringen": the stop and the ready position, no attack
  if (lw === 'anschlag' && ((toks[tr.t0 - 1]?.lower === 'zum' && toks[tr.t0 - 2]?.lower === 'bis') || toks[tr.t0 - 1]?.lower === 'in')) return true;
  // a state of alert, not a mobilisation: "ist … in erhöhter Alarmbereitschaft" (not "in Alarmbereitschaft versetzt")
  if (lw.startsWith('alarmbereitschaft') && (toks[tr.t0 - 1]?.lower === 'in' || (toks[tr.t0 - 2]?.lower === 'in' && INFLECTED_LOWER.test(toks[tr.t0 - 1]?.text ?? '')))) {
    let put = false;
    for (let j = a; j < b; j++) if (/^(versetzt|versetzte|versetzten|versetzen|versetze|versetzend)$/.test(toks[j].lower)) put = true;
    if (!put) return true;
  }
  // "führt ein Argument ins Treffen" (puts forward)
  if (lw === 'treffen' && toks[tr.t0 - 1]?.lower === 'ins') return true;
  // legal jeopardy: "Ihm drohen bei einer Verurteilung bis zu 30 Jahre Haft"
  if (tr.entry.lemma === 'Verurteilung' && /^(einer|eine)$/.test(toks[tr.t0 - 1]?.lower ?? '') && /^(bei|im|für)$/.test(toks[tr.t0 - 2]?.lower ?? '')) return true;
  return false;
}

/** "einen Vergeltungsangriff gestartet, bei dem zwei Menschen verletzt wurden": the relative clause tells the same event. */
function sameEventClause(ctx: SentenceContext, kept: { tr: Trigger }[], x: { tr: Trigger }): boolean {
  const { toks } = ctx;
  const c = toks[x.tr.t0].clause;
  if (c === 0) return false;
  const a = ctx.clauses[c][0];
  const opener = toks[a].lower === 'wobei' || (/^(bei|durch|in)$/.test(toks[a].lower) && /^(dem|der|denen)$/.test(toks[a + 1]?.lower ?? ''));
  return opener && kept.some((o) => o !== x && o.tr.entry.type === x.tr.entry.type && toks[o.tr.t0].clause === c - 1);
}

/**
 * (h/evconj) Two triggers in different coordinated conjuncts of one clause ("sich im Juni in Kasachstan treffen und im
 * Oktober auf einem Treffen in Brasilien") whose conjuncts each carry their own time, and the times differ, or their own
 * place (a LOC after "in"/"im"/"auf"), and the places differ: two events.
 */
function conjunctsApart(ctx: SentenceContext, a: Trigger, b: Trigger, times: readonly TimeExpression[]): boolean {
  const { toks } = ctx;
  if (toks[a.t0].clause !== toks[b.t0].clause) return false;
  const ka = conjunctOf(ctx, a.t0);
  const kb = conjunctOf(ctx, b.t0);
  if (ka[0] === kb[0]) return false;
  const timeIn = (k: readonly number[]) => times.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && t.start >= toks[k[0]].start && t.start < toks[k[1] - 1].end).map((t) => t.value);
  const ta = timeIn(ka);
  const tb = timeIn(kb);
  if (ta.length && tb.length && !ta.some((v) => tb.includes(v))) return true;
  const placeIn = (k: readonly number[]) => ctx.mentions.filter((m) => m.entity.type === 'LOC' && m.form !== 'deriv' && m.t0 >= k[0] && m.t0 < k[1] && m.prep !== null && /^(in|im|auf)$/.test(m.prep)).map((m) => m.entity.id);
  const pa = placeIn(ka);
  const pb = placeIn(kb);
  return pa.length > 0 && pb.length > 0 && !pa.some((v) => pb.includes(v));
}

function sameIds(a: MentionRef[], b: MentionRef[]): boolean {
  return a.length === b.length && a.every((m) => b.some((n) => n.entity.id === m.entity.id));
}

function triggerScore(x: { tr: Trigger; args: Arguments }): number {
  return x.args.actors.length * 2 + x.args.recipients.length + (x.tr.entry.pos === 'verb' ? 0.5 : 0);
}

const ALL_LOWER = /^\p{Ll}+$/u;
// (more \p{…} literals of rule code, kept out of the functions for the same reason)
const VORFELD_PARTICIPLE = /^(ge\p{Ll}+(t|en)|\p{Ll}+iert|flankiert|begleitet|bewaffnet|unterstützt|umringt|umgeben|beobachtet|bedrängt)$/u;
const LOCATIVE_BEFORE_VON = /^(\p{Ll}+lich|unweit|abseits|jenseits|diesseits|außerhalb|innerhalb|norden|süden|osten|westen|nordosten|nordwesten|südosten|südwesten|nähe|umgebung|rand|rande|stadtrand|zentrum)$/u;
const INFLECTED_PARTICIPLE = /^(ge\p{L}+|\p{L}+iert|\p{L}*(haftet|schoss|letzt|tötet|führt))(er|es|em)$/u;
const INFLECTED_EN_PARTICIPLE = /\p{L}{3,}en(e|er|es|em)$/u;
const PROTEST_NOUN = /(widerstand|protest|demo|kundgebung|camp|marsch|aufruf|mobilisierung)\p{L}*$/u;
const INFLECTED_T_PARTICIPLE = /^(ge|unter|ab|aus|ver|er)\p{Ll}+t(e|en|er|es|em)$/u;
const LOWER_EN = /^\p{Ll}+en$/u;
const LETTER_START = /^\p{L}/u;
const INFLECTED_T_OR_EN = /^\p{Ll}+(t|en)(e|en|er|es|em)$/u;
const LOWER_EN_ER = /^\p{Ll}{3,}(en|er)$/u;

/**
 * Two acts of one type that are not one event told twice: a taking of hostages, a rape or torture beside an attack ("Bei
 * einem Überfall auf eine Fabrik haben Kämpfer … Mitarbeiter als Geiseln genommen"); for COERCE two named kinds (an arrest
 * and a seizure: "Bei Razzien wurden … festgenommen" has no kind for the raid, and stays one).
 */
const DISTINCT_ASSAULT = new Set(['abduct', 'sexual', 'torture']);
function distinctActs(a: Trigger, b: Trigger): boolean {
  const x = a.entry.mode ?? null;
  const y = b.entry.mode ?? null;
  if (x === y) return false;
  if (a.entry.type === 'ASSAULT') return (x !== null && DISTINCT_ASSAULT.has(x)) !== (y !== null && DISTINCT_ASSAULT.has(y));
  return a.entry.type === 'COERCE' && x !== null && y !== null;
}

/** A reaction: "als Reaktion auf den Beschuss", "als Antwort auf", "als Vergeltung für" before the noun. */
const REACTION_NOUN = /^(reaktion|antwort|vergeltung|rache|vergeltungsmaßnahme)$/;

/** A noun after "nach"/"vor" names an earlier event ("griff nach einem Anschlag auf X … an"): an event of its own. */
function prior(toks: Tok[], x: { tr: Trigger }): boolean {
  if (x.tr.entry.pos !== 'noun') return false;
  // (h/ev29: not "vor allem", an adverb: "gegen die vor allem Terrorvorwürfe erhoben werden")
  for (let j = Math.max(0, x.tr.t0 - 3); j < x.tr.t0; j++) if (toks[j].lower === 'nach' || (toks[j].lower === 'vor' && toks[j + 1]?.lower !== 'allem')) return true;
  // (and the act reacted to: "griff als Reaktion auf den Beschuss Ziele des IS an")
  for (let j = Math.max(1, x.tr.t0 - 4); j < x.tr.t0; j++) if ((toks[j].lower === 'auf' || toks[j].lower === 'für') && REACTION_NOUN.test(toks[j - 1].lower) && toks.slice(j + 1, x.tr.t0).every((t) => DETERMINERS.has(t.lower) || ALL_LOWER.test(t.text))) return true;
  // evfn round: adjectives and adverbs between the preposition and the noun ("Nach dem weitgehend ergebnislosen Treffen")
  for (let j = x.tr.t0 - 1; j >= Math.max(0, x.tr.t0 - 7); j--) {
    const l = toks[j].lower;
    if (l === 'nach' || (l === 'vor' && toks[j + 1]?.lower !== 'allem')) return true;
    if (!ALL_LOWER.test(toks[j].text) && !(DETERMINERS.has(l) || /^\d/.test(l))) return false;
  }
  return false;
}

/** Different victims are different events ("Zwei Palästinenser erschossen und vier Israelis verletzt"). */
function apart(x: { args: Arguments }, o: { args: Arguments }): boolean {
  return x.args.recipients.length > 0 && o.args.recipients.length > 0 && !x.args.recipients.some((r) => o.args.recipients.some((q) => q.entity.id === r.entity.id)) &&
    !x.args.actors.some((a) => o.args.recipients.some((q) => q.entity.id === a.entity.id));
}

/** Nouns whose genitive attribute is their content: a plan, a call, a threat, its preparation or conclusion. */
const CONTENT_HEAD = /(?:idee|plan|pläne|plänen|drohung|ankündigung|aufruf|aufrufe|forderung|forderungen|vorbereitung|vorbereitungen|organisation|unterzeichnung|abschluss|verhängung|ausrufung|verkündung|vorschlag)$/;
/** The word is matched only through a generated genitive form (itself, or its compound head when that is no listed form). */
function generatedGenitive(l: string): boolean {
  if (NOUN_FORMS.has(l) && !GENERATED_GENITIVES.has(l)) return false;
  const h = compoundHead(l);
  return h !== null ? GENERATED_GENITIVES.has(h) : GENERATED_GENITIVES.has(l);
}
const GENITIVE_ARTICLE = /^(eines|des|einer|der|seines|ihres|dieses|jenes)$/;
/** "Idee eines Boykotts", "Androhung eines unbefristeten Streiks": a content noun, a genitive article, at most one adjective. */
function genitiveContent(toks: SentenceContext['toks'], i: number): boolean {
  let a = i - 1;
  if (!GENITIVE_ARTICLE.test(toks[a]?.lower ?? '') && ALL_LOWER.test(toks[a]?.text ?? '') && GENITIVE_ARTICLE.test(toks[a - 1]?.lower ?? '')) a--;
  return GENITIVE_ARTICLE.test(toks[a]?.lower ?? '') && CONTENT_HEAD.test(toks[a - 1]?.lower ?? '');
}

/** Words that open the genitive or "von" phrase of an agent after a noun ("auf Druck der/von/seiner …"). */
const GENITIVE_NEXT = /^(der|des|von|vom|seiner|seines|ihrer|ihres|deren|dessen|mehrerer|vieler|zahlreicher)$/;
/** Set by constraintsHold when only a soft object condition held (read right after the call). */
let softMatch = false;

/** (h/ev28) An object condition that names the party moved or leaving: forces or an office (Entsendung, Abgang, Rückzug,
 * Absetzung), not the words of the act (Rücktritt "erklärt", Waffenruhe "vereinbart") or a cause (Explosion "Soldaten"). */
function partyCondition(entry: LexEntry): boolean {
  return !!entry.needObj && !entry.softObj && PARTY_TYPES.has(entry.type) && entry.needObj.some((o) => PARTY_WORD.test(o));
}
const PARTY_WORD = /^(truppe|soldat|polizei|kampfjet|amt|obmann|minister|präsident)$/;
/** (h/ev28) Types whose noun names the moving or leaving of that party (an Explosion's soldiers are a sense cue). */
const PARTY_TYPES = new Set(['MOBILIZE', 'RETREAT', 'CONCEDE']);
/** (h/ev28) A noun with a definite article or a genitive name right before it ("der Stationierung", "Rousseffs Abgang"). */
function definiteNoun(toks: Tok[], i: number): boolean {
  const p = toks[i - 1];
  if (!p) return false;
  return /^(der|die|das|des|dem|den|dieser|diese|dieses|diesem|diesen)$/.test(p.lower) || /^(zum|zur|im|am|vom|beim|ins)$/.test(p.lower) || CAPITALISED_S.test(p.text) && i - 1 > 0;
}

/** (h/ev28) Whether one of the needed object words is in the two sentences before the context's sentence. */
function discourseHasObject(ctx: SentenceContext, needObj: readonly string[]): boolean {
  const sents = ctx.doc.sentences;
  const s0 = Math.max(0, ctx.index - 2);
  if (s0 >= ctx.index) return false;
  const words = ctx.doc.text.slice(sents[s0].start, sents[ctx.index - 1].end).toLowerCase().match(/[\p{L}\d-]+/gu) ?? [];
  for (const w of words) for (const o of needObj) if (w === o || w.startsWith(o) || (o.length >= 5 && w.includes(o))) return true;
  return false;
}
const INFLECTED_EN_PARTICIPLE_ANY = /en(e|en|er|es|em)$/;
/** Laws, amendments, budgets and regulations ("Gesetz", "Gesetzesnovelle", "Doppelbudget", "Verordnung"). */
const LEGISLATION = /gesetz|novelle|budget|haushalt|verordnung/;
function constraintsHold(ctx: SentenceContext, entry: LexEntry, i: number, c0: number, c1: number): boolean {
  const { toks } = ctx;
  softMatch = false;
  if (entry.notForms && entry.notForms.includes(toks[i].lower)) return false;
  // "einigen" before a capitalised word is the determiner ("Zu einigen Tools", "vor einigen Tagen"), not "sich einigen"
  if (toks[i].lower === 'einigen' && entry.pos === 'verb' && UPPER_START.test(toks[i + 1]?.text ?? '')) return false;
  // "in einigen dieser Gruppen", "bei einigen der Teilnehmer": the determiner after a preposition
  if (toks[i].lower === 'einigen' && entry.pos === 'verb' && /^(dieser|diesen|der|den|von|davon)$/.test(toks[i + 1]?.lower ?? '') && /^(in|an|bei|mit|zu|vor|nach|seit|aus|von|unter|für|auf|über)$/.test(toks[i - 1]?.lower ?? '')) return false;
  // a generated genitive form ("Boykotts", not listed in the lexicon) counts only as the content of a plan, call or threat
  // noun ("die Idee eines Boykotts", "die Androhung eines Streiks"); elsewhere a genitive event noun mostly names a setting
  // or a cause ("wegen des Vorwurfs", "trotz eines großen Aufgebots", "des geltenden Ausnahmezustands")
  if (entry.pos === 'noun' && GENERATED_GENITIVES.size > 0 && generatedGenitive(toks[i].lower) && !genitiveContent(toks, i)) return false;
  // a noun frame fixed by its neighbours ("auf Druck der EPA", "unter dem Druck seiner Partei")
  if (entry.prevWord && !entry.prevWord.includes(toks[i - 1]?.lower ?? '') && !entry.prevWord.includes(`${toks[i - 2]?.lower ?? ''} ${toks[i - 1]?.lower ?? ''}`)) return false;
  if (entry.notPrevWord && (entry.notPrevWord.includes(toks[i - 1]?.lower ?? '') || entry.notPrevWord.includes(`${toks[i - 2]?.lower ?? ''} ${toks[i - 1]?.lower ?? ''}`))) return false;
  if (entry.nextGenitive && !GENITIVE_NEXT.test(toks[i + 1]?.lower ?? '') && !/^[A-ZÄÖÜ][\p{L}-]*s$/u.test(toks[i + 1]?.text ?? '')) return false;
  const needs = entry.formNeeds?.[toks[i].lower];
  if (needs && !toks.slice(c0, c1).some((t) => needs.includes(t.lower))) return false;
  if (entry.refl) {
    let ok = false;
    // "mich"/"dich"/"uns"/"euch" are reflexive only with their own subject ("ich setze mich ein", not "für die mich X eingesetzt hat")
    for (let j = c0; j < c1; j++) if (REFLEXIVES.has(toks[j].lower) && (!PERSONAL_REFLEXIVE[toks[j].lower] || toks.slice(c0, c1).some((t) => t.lower === PERSONAL_REFLEXIVE[toks[j].lower]))) ok = true;
    if (!ok) return false;
  }
  if (entry.notRefl) for (let j = c0; j < c1; j++) if (REFLEXIVES.has(toks[j].lower)) return false;
  if (entry.needObj) {
    let ok = false;
    const [o0, o1] = entry.objScope === 'sentence' ? [0, toks.length] : [c0, c1];
    for (let j = o0; j < o1 && !ok; j++) {
      if (j === i) continue;
      const w = toks[j].lower;
      // the noun's own attributive participle ("die unterzeichnete Vereinbarung") names a past act, not this one
      if (j === i - 1 && entry.pos === 'noun' && LOWER_START.test(toks[j].text) && INFLECTED_T_PARTICIPLE.test(w)) continue;
      for (const o of entry.needObj) if (w === o || w.startsWith(o) || (o.length >= 5 && w.includes(o))) ok = true;
      if (!ok && entry.judgement && NEGATIVE_JUDGEMENT.test(w)) ok = true;
    }
    // evfn round: a relative clause's object is its antecedent, the noun before the comma ("eine Moschee in Lagny, die
    // Anfang Dezember geschlossen worden war", "die Flüchtlinge, die gerettet wurden")
    if (!ok && entry.pos === 'verb' && entry.objScope !== 'sentence' && c0 >= 2 && toks[c0 - 1].text === ',' && RELATIVES.has(toks[c0].lower) && /^(der|die|das|den|dem|denen)$/.test(toks[c0].lower) &&
      // (not a list of noun phrases: "über die Reparatur, den Rückkauf oder eine andere Lösung")
      !(UPPER_START.test(toks[c0 + 1]?.text ?? '') && /^(und|oder|sowie|,)$/.test(toks[c0 + 2]?.lower ?? ''))) {
      // (the antecedent's phrase may carry attributes: "eine Moschee im östlich von Paris gelegenen Lagny-sur-Marne, die …";
      // up to ten words back, not past the start of the clause that holds it)
      for (let j = Math.max(ctx.clauses[toks[c0 - 2].clause][0], c0 - 10); j < c0 - 1 && !ok; j++) {
        if (!UPPER_START.test(toks[j].text)) continue;
        const w = toks[j].lower;
        // (inside a compound only close to the comma: "Anschuldigungen gegen den … Steuermann, dem …" holds no "Schuld")
        for (const o of entry.needObj) if (o.length >= 4 && LETTER.test(o) && (w === o || w.startsWith(o) || (o.length >= 5 && j >= c0 - 6 && w.includes(o)))) ok = true;
      }
    }
    // a main clause resumed after a relative clause ("33 … Menschen in einem Frachtzug, der … unterwegs war,
    // aufgegriffen worden", "ihre Grenzen … für Migranten, die … wollten, ganz zu schließen"): its object stands
    // in the part before the relative clause
    // (and a noun before such an insertion finds its verb after it: "Einen Antrag haben die jungen SPÖler, vertreten
    // durch X, … eingebracht")
    if (!ok && entry.objScope !== 'sentence') {
      const other = entry.pos === 'verb' ? resumedMainPart(ctx, toks[i].clause) : resumingPart(ctx, toks[i].clause);
      if (other) for (let j = other[0]; j < other[1] && !ok; j++) {
        const w = toks[j].lower;
        for (const o of entry.needObj) if (w === o || w.startsWith(o) || (o.length >= 5 && w.includes(o))) ok = true;
      }
    }
    // (h/ev28) a definite nominalisation refers back: its object may be named in the two sentences before ("… entsandte
    // zwölf Kampfjets. … mit der Stationierung", "Präsidentin Rousseff … Rousseffs Abgang")
    // (only where the object condition names the party moved or leaving, forces or an office: elsewhere the listed words are
    // sense cues of the sentence, "Ermittlung der Kreditzinssätze", "Anordnung von Fenstern", "den Rücktritt erklärt")
    if (!ok && entry.pos === 'noun' && partyCondition(entry) && definiteNoun(toks, i)) ok = discourseHasObject(ctx, entry.needObj);
    // a soft object condition (evsoft): any object or clause, decided on the actor once the arguments are known; not
    // the attributive participle ("des beschlossenen Pakets": a past decision named as a setting)
    // (and not passing a law or a budget: legislation is no agreement, "hat dabei 123 Gesetze beschlossen")
    if (!ok && entry.softObj && !INFLECTED_EN_PARTICIPLE_ANY.test(toks[i].lower) && !toks.slice(c0, c1).some((t) => LEGISLATION.test(t.lower))) {
      softMatch = true;
      ok = true;
    }
    if (!ok) return false;
  }
  if (entry.needAlso) {
    let ok = false;
    for (let j = c0; j < c1 && !ok; j++) if (j !== i && entry.needAlso.includes(toks[j].lower)) ok = true;
    if (!ok) return false;
  }
  // a rescue saves others: "konnten sich nicht retten", "sich in Sicherheit bringen" is fleeing (the exact word "sich":
  // `excl` matches word starts and would also drop "Sicherheitskräfte retteten …")
  if (entry.type === 'AID' && (entry.lemma === 'retten' || entry.lemma === 'bringen') && toks.slice(c0, c1).some((t) => t.lower === 'sich')) return false;
  // (h/ev29) werben: with a "bei" + entity addressee it courts that party (REQUEST 'werben bei'), not support
  if (entry.lemma === 'werben' || entry.lemma === 'werben bei') {
    const courted = ctx.mentions.some((m) => m.prep === 'bei' && m.t0 >= c0 && m.t1 <= c1 && (m.entity.type === 'ORG' || m.entity.type === 'PER' || m.entity.type === 'LOC'));
    if (courted !== (entry.lemma === 'werben bei')) return false;
  }
  // "sich durch den Kordon drängen", "drängt sich auf": a reflexive drängen is moving or imposing, not urging
  if (entry.type === 'REQUEST' && entry.lemma === 'drängen' && (toks.slice(c0, c1).some((t) => t.lower === 'sich') || !urgedGoal(ctx, i, c0, c1))) return false;
  // "in Sicherheit bringen" as a rescue: the exact phrase ("Sicherheitslücken", "verbesserte Sicherheit bringen" are other senses)
  if (entry.type === 'AID' && entry.lemma === 'bringen') {
    let ok = false;
    for (let j = c0; j < c1 - 1; j++) if (toks[j].lower === 'in' && toks[j + 1].lower === 'sicherheit') ok = true;
    if (!ok) return false;
  }
  // "verlangen einem … ab" (abverlangen: what a task demands of someone), the particle at the clause end
  if (entry.lemma === 'verlangen') {
    for (let j = i + 1; j < c1; j++) if (toks[j].lower === 'ab' && (j + 1 >= c1 || /^[,.;:!?–]$/.test(toks[j + 1].text))) return false;
  }
  // a court's hearing or session, anywhere in the sentence (not "gerichtet": directed at)
  if (entry.notCourt) {
    for (let j = 0; j < toks.length; j++) if (j !== i && COURT_WORD.test(toks[j].lower)) return false;
  }
  if (entry.excl) {
    for (let j = c0; j < c1; j++) {
      if (j === i) continue;
      const w = toks[j].lower;
      for (const x of entry.excl) if (w.startsWith(x)) return false;
    }
  }
  return true;
}

/** (h/ev29) What one presses for: "auf"/"zu" + goal in drängen's own clause (exact words), or a dass or zu-infinitive clause
 * right after it ("drängte darauf, dass …", "drängte die Regierung, … anzunehmen"). Not a goal in another clause of the
 * sentence ("spekuliert, dass X aus der Regierung gedrängt werden könnte"), nor a place or state one is pushed into ("in
 * den Hintergrund gedrängt", "dicht gedrängt", "Die Zeit drängt"). */
const URGED_GOAL = /^(auf|darauf|dazu|zu|zum|zur)$/;
function urgedGoal(ctx: SentenceContext, i: number, c0: number, c1: number): boolean {
  const { toks } = ctx;
  // an urge felt ("dass es einen drängt, zu sagen", "drängt es ihn"): impersonal "es" beside the verb
  if (toks[i + 1]?.lower === 'es' || toks.slice(Math.max(c0, i - 3), i).some((t) => t.lower === 'es')) return false;
  // pushed into or out of a place or state right before the participle or verb ("zu Unrecht in die Defensive gedrängt")
  for (let j = Math.max(c0, i - 4); j < i - 1; j++) if (/^(in|ins|aus)$/.test(toks[j].lower) && (toks[j].lower === 'ins' || DETERMINERS.has(toks[j + 1].lower)) && UPPER_START.test(toks[i - 1].text)) return false;
  for (let j = c0; j < c1; j++) if (j !== i && URGED_GOAL.test(toks[j].lower)) return true;
  // pushed into or out of a place or state ("in die Defensive gedrängt, dass …", "ins Abseits", "aus dem Markt")
  for (let j = c0; j < c1 - 1; j++) if ((/^(ins|aus)$/.test(toks[j].lower) || (toks[j].lower === 'in' && /^(die|den|das|eine|einen)$/.test(toks[j + 1].lower))) && j < i) return false;
  // the next clause (not a purpose, relative or other subordinate clause: "in die Ecke gedrängt, um …")
  const next = ctx.clauses[toks[i].clause + 1];
  if (!next) return false;
  let k = next[0];
  if (toks[k]?.text === ',') k++;
  if (toks[k]?.lower === 'dass') return true;
  if (/^(um|ohne|statt|anstatt)$/.test(toks[k]?.lower ?? '') || SUBORDINATORS.has(toks[k]?.lower ?? '')) return false;
  // ("drängte die Regierung, die Sanktionen aufzuheben": the article opening the infinitive clause is no relative pronoun)
  for (let j = next[0]; j < next[1]; j++) if (zuInfinitiveVerb(toks, j)) return true;
  return false;
}

/** (h/ev29) A zu-infinitive verb: lower case, ending in -n ("zu verhandeln", "zu tun", "anzunehmen"), not an article after the
 * preposition "zu" ("zu den Reportern"). */
function zuInfinitiveVerb(toks: Tok[], j: number): boolean {
  return isZuInfinitive(toks, j) && /n$/.test(toks[j].lower) && LOWER_START.test(toks[j].text) && !DETERMINERS.has(toks[j].lower) && !/^(ihren|seinen|meinen|unseren|euren|deinen|einen|keinen)$/.test(toks[j].lower);
}

const RELATIVE_OPENER = /^(der|die|das|dem|den|deren|dessen|denen|welche|welcher|welches|welchem|welchen)$/;
const RELATIVE_PREP = /^(mit|von|für|gegen|bei|zu|in|an|auf|aus|über|unter|nach|vor)$/;
/** Words that open a clause of its own after a relative clause (a coordinated or subordinate clause, a reporting verb). */
const NOT_RESUMED = /^(und|oder|aber|sondern|um|ohne|statt|anstatt|so|wie|sagte|sagt|sagten|hieß|heißt)$/;

/** A participle opening an apposition between commas ("…, vertreten durch X, …", "…, angeführt von X, …"). */
const APPOSITION_PARTICIPLE = /^(ge\p{Ll}+(t|en)|\p{Ll}+iert|vertreten|angeführt|unterstützt|begleitet|flankiert|bewaffnet|umringt|umgeben)$/u;

/**
 * "bei dem Versuch, mit einem gefälschten Ausweis nach Katar auszureisen, von Behörden festgenommen": a zu-infinitive
 * clause [r0, r1) that closes on its infinitive, inserted after the noun that governs it (the capitalised word ending the
 * part before, at m1 − 1).
 */
function zuInsertion(toks: Tok[], [r0, r1]: [number, number], m1: number): boolean {
  let last = r1 - 1;
  while (last > r0 && !LETTER.test(toks[last].text)) last--;
  return last > r0 && LOWER_START.test(toks[last].text) && /en$/.test(toks[last].lower) && isZuInfinitive(toks, last) && UPPER_START.test(toks[m1 - 1]?.text ?? '') && !SUBORDINATORS.has(toks[r0].lower) && !/^(um|ohne|statt|anstatt)$/.test(toks[r0].lower);
}

/**
 * The part of a main clause before an insertion when clause `ci` resumes it after that insertion ("X, der …, Y"; "X,
 * vertreten durch …, Y"): [start, end) of clause ci − 2, or null. The insertion is a relative clause or an apposition
 * opened by a participle; the resumed part does not open with a conjunction, a subordinator, a relative pronoun or a
 * reporting verb of its own.
 */
function resumedMainPart(ctx: SentenceContext, ci: number): [number, number] | null {
  if (ci < 2) return null;
  const { toks } = ctx;
  const [r0] = ctx.clauses[ci - 1];
  const [k0] = ctx.clauses[ci];
  if (toks[r0 - 1]?.text !== ',' || toks[k0 - 1]?.text !== ',') return null;
  const [m0, m1] = ctx.clauses[ci - 2];
  if (!RELATIVE_OPENER.test(toks[r0].lower) && !(RELATIVE_PREP.test(toks[r0].lower) && RELATIVE_OPENER.test(toks[r0 + 1]?.lower ?? '')) &&
    !(LOWER_START.test(toks[r0].text) && APPOSITION_PARTICIPLE.test(toks[r0].lower)) && !zuInsertion(toks, ctx.clauses[ci - 1], m1)) return null;
  const first = toks[k0].lower;
  if (SUBORDINATORS.has(first) || RELATIVE_OPENER.test(first) || NOT_RESUMED.test(first)) return null;
  return toks[m1]?.text === ',' && m1 + 1 === r0 ? [m0, m1] : null;
}

/** Modals of what someone is to do in a demanded clause. */
const DEMANDED_MODAL = /^(solle|sollen|soll|müsse|müssen|muss|möge|mögen)$/;
const STATE_OR_PASSIVE = /^(bleiben|bleibe|bleibt|sein|sei|ist|werden|werde|wird|worden|wurde|haben|habe)$/;
/**
 * The subject of the clause a demand governs: a dass-clause right after the demand's clause ("…, dass Merkel den Zuzug
 * stoppen müsse"; "fordern …, dass Griechenland … gießt"), or a fronted clause with "solle/müsse" that a trailing tag of
 * the demand reports ("Amazon solle … anerkennen, forderte X"): a bare name opening it, not the demand's actor.
 */
function demandedSubject(ctx: SentenceContext, ci: number, actors: MentionRef[]): MentionRef | undefined {
  const { toks } = ctx;
  // (a demanded state or passive names no addressee in its subject: "dass die Bärin in Freiheit bleiben solle", "Die
  // Regierung müsse schnell gewählt werden")
  const subjectAt = (k0: number, k1: number) => toks.slice(k0, k1).some((t) => STATE_OR_PASSIVE.test(t.lower)) ? undefined : ctx.mentions.find((m) => m.t0 >= k0 && m.t0 <= k0 + 2 && m.t1 <= k1 && m.prep === null && !m.genitive && !m.modifier && m.entity.type !== 'MISC' &&
    toks.slice(k0, m.t0).every((t) => DETERMINERS.has(t.lower) || INFLECTED_LOWER.test(t.text)) && !actors.some((a) => a.entity.id === m.entity.id));
  const next = ctx.clauses[ci + 1];
  if (next && toks[next[0]]?.lower === 'dass' && toks[next[0] - 1]?.text === ',') return subjectAt(next[0] + 1, next[1]);
  // the trigger's clause is a tag after the demanded clause, which opens the sentence
  const [c0] = ctx.clauses[ci];
  if (ci >= 1 && toks[c0 - 1]?.text === ',' && c0 === ctx.clauses[ci][0] && LOWER_START.test(toks[c0].text)) {
    const [k0, k1] = ctx.clauses[0];
    if (toks.slice(k0, k1).some((t) => DEMANDED_MODAL.test(t.lower))) return subjectAt(k0, k1);
  }
  return undefined;
}

/**
 * The recipient of a trigger whose clause resumes a main clause after an insertion: a name in the main part's phrase
 * of one of `preps` ("Gegen X, der …, laufen Ermittlungen"), or the person in an apposition to a role noun of such a
 * phrase that ends the main part ("gegen den Chef der HDP, Selahattin Demirtas, ermittelt").
 */
function insertedBefore(ctx: SentenceContext, ci: number, preps: ReadonlySet<string>, used: Set<MentionRef>, actors: MentionRef[]): MentionRef | undefined {
  if (ci < 1) return undefined;
  const { toks } = ctx;
  const free = (m: MentionRef) => !used.has(m) && !m.modifier && !actors.some((a) => a.entity.id === m.entity.id);
  const main = resumedMainPart(ctx, ci);
  if (main) return candidates(ctx, main[0], main[1]).find((m) => m.prep !== null && preps.has(m.prep) && !m.genitive && free(m));
  const first = toks[ctx.clauses[ci][0]].lower;
  if (SUBORDINATORS.has(first) || RELATIVE_OPENER.test(first) || NOT_RESUMED.test(first)) return undefined;
  // an apposition: one person's name between commas that closes the clause before (the clause splitter may keep it
  // there or give it a clause of its own; its first name may lie outside the mention: "Selahattin Demirtas" / "Demirtas")
  const [p0, p1] = ctx.clauses[ci - 1];
  if (toks[p1]?.text !== ',' || p1 + 1 !== ctx.clauses[ci][0]) return undefined;
  const app = ctx.mentions.find((m) => m.entity.type === 'PER' && m.t1 === p1 && m.t0 >= p0 && (toks[m.t0 - 1]?.text === ',' || (toks[m.t0 - 2]?.text === ',' && UPPER_START.test(toks[m.t0 - 1].text))));
  if (!app || !free(app)) return undefined;
  const comma = toks[app.t0 - 1].text === ',' ? app.t0 - 1 : app.t0 - 2;
  let m0 = p0;
  let m1 = comma;
  if (m1 <= p0) {
    if (ci < 2) return undefined;
    [m0, m1] = ctx.clauses[ci - 2];
    if (toks[m1]?.text !== ',' || m1 !== comma) return undefined;
  }
  // the main part ends in "<prep> <det> (<adj>) <Role> (<genitive phrase>)"
  for (let k = m1 - 1; k >= Math.max(m0, m1 - 7); k--) {
    if (!preps.has(toks[k].lower)) continue;
    const role = toks.slice(k + 1, Math.min(m1, k + 4)).some((t) => ROLE_NOUN.test(t.lower));
    return role && !toks.slice(k + 1, m1).some((t) => PREPOSITIONS.has(t.lower)) ? app : undefined;
  }
  return undefined;
}

/** The part of the main clause after an insertion, when clause `ci` is the part before it (the converse of resumedMainPart). */
function resumingPart(ctx: SentenceContext, ci: number): [number, number] | null {
  if (ci + 2 >= ctx.clauses.length) return null;
  return resumedMainPart(ctx, ci + 2) ? ctx.clauses[ci + 2] : null;
}

/** An auxiliary or modal; "IS" (the militia) is a name, not English "is". */
function isAux(t: Tok): boolean {
  if (!AUX.has(t.lower)) return false;
  const c = t.text.charCodeAt(1);
  return !(c >= 65 && c <= 90);
}

/**
 * Support given in money is AID (PLOVER: economic aid): "finanziell unterstützen", "finanzielle Unterstützung",
 * "die Türkei … finanziell unterstützen" — "finanziell" right before the trigger or up to three words before it in the
 * same clause.
 */
function financialSupport(ctx: SentenceContext, tr: Trigger): boolean {
  if (tr.entry.type !== 'SUPPORT' || !/^(unterstützen|Unterstützung)$/.test(tr.entry.lemma)) return false;
  const c0 = ctx.clauses[ctx.toks[tr.t0].clause][0];
  for (let j = Math.max(c0, tr.t0 - 3); j < tr.t0; j++) if (FINANCIAL.test(ctx.toks[j].lower)) return true;
  return false;
}
const FINANCIAL = /^finanziell(e|en|er|es|em)?$/;

/** Position of the finite verb of the clause: the first auxiliary/modal, else the trigger itself. */
function finitePosition(ctx: SentenceContext, tr: Trigger, c0: number, c1: number): number {
  // "Der Gouverneur der Region, Prinz X, ordnete eine Untersuchung an": a noun's clause that opens with its light verb
  // (after an apposition or a clause before) has that verb as its finite verb, not the noun
  const first = ctx.toks[c0];
  if (tr.entry.pos === 'noun' && c0 > 0 && c0 < tr.t0 && LOWER_START.test(first.text) && (LIGHT_VERBS.test(first.lower) || FILING.test(first.lower))) return c0;
  for (let j = c0; j < c1; j++) {
    if (j >= tr.t0) break;
    if (isAux(ctx.toks[j]) && !(j === c0 && SUBORDINATORS.has(ctx.toks[j].lower))) return j;
  }
  // "Dem Bürgermeister spricht X … Lob aus", "Der Regierung zollt X Respekt": a noun's finite light or speech verb before
  // it closes the Vorfeld (evsoft: a fronted dative is then seen as an object, the subject follows the verb)
  if (tr.entry.pos === 'noun') for (let j = c0 + 1; j < tr.t0; j++) {
    const l = ctx.toks[j].lower;
    // (not "sagte … ab": a "sagen" form is also absagen or zusagen)
    if (LOWER_START.test(ctx.toks[j].text) && (SPRECHEN_FINITE.test(l) || ((LIGHT_VERBS.test(l) || SPEECH_LIGHT.test(l)) && !l.startsWith('sag') && VERB_FORMS.has(l)))) return j;
  }
  return tr.t0;
}

/** Mentions that can be actors (not the attribution source, not MISC). */
function candidates(ctx: SentenceContext, c0: number, c1: number): MentionRef[] {
  const att = ctx.attribution;
  return ctx.mentions.filter((m) => m.t0 >= c0 && m.t0 < c1 && m.entity.type !== 'MISC' && !(att && m.t0 >= att.t0 && m.t0 < att.t1) && !regionCompound(ctx, m));
}

/** Heads of a compound that name a route, area or group of states ("Balkanroute", "Balkanstaaten", "Mittelmeerraum"). */
const AREA_HEAD = /(route|routen|staaten|länder|ländern|raum|region|regionen|korridor)$/;

/**
 * "die Schließung der Balkanroute", "die Balkanstaaten": a region that is no state, named only as the first part of a
 * compound of a route, an area or a group of states, is neither actor nor recipient (a state is: "die Türkeiroute" is
 * left to the rules for names).
 */
function regionCompound(ctx: SentenceContext, m: MentionRef): boolean {
  return m.form === 'part' && m.entity.type === 'LOC' && m.t1 === m.t0 + 1 && AREA_HEAD.test(ctx.toks[m.t0].lower) && !iso3(m.entity.name) && !iso3(m.entity.canonicalId);
}

/** A mention plus those coordinated with it ("X und Y", "X, Y und Z"). */
/**
 * "Die SPÖ, die Grünen und die Neos forderten": ", die" opens what looks like a relative clause, but a name
 * right after it that is itself joined to a further name by "und"/"sowie" continues a list.
 */
function listAfterComma(ctx: SentenceContext, last: MentionRef, o: MentionRef, pool: MentionRef[]): boolean {
  const toks = ctx.toks;
  if (o.t0 !== last.t1 + 2 || toks[last.t1]?.text !== ',' || !DETERMINERS.has(toks[last.t1 + 1]?.lower ?? '')) return false;
  return pool.some((p) => {
    if (p.t0 <= o.t1 || p.t0 > o.t1 + 2 || p.modifier || toks[p.t0].clause !== toks[o.t0].clause) return false;
    const conj = toks[o.t1]?.lower;
    return (conj === 'und' || conj === 'sowie') && (p.t0 === o.t1 + 1 || DETERMINERS.has(toks[o.t1 + 1]?.lower ?? ''));
  });
}

function withCoordinated(ctx: SentenceContext, m: MentionRef, pool: MentionRef[]): MentionRef[] {
  const group = [m];
  let last = m;
  for (;;) {
    const next = pool.find((o) => o.t0 > last.t1 - 1 && o.t0 <= last.t1 + 6 && !group.includes(o) && !o.modifier && (m.t0 < 0 || ctx.toks[o.t0].clause === ctx.toks[last.t0].clause || listAfterComma(ctx, last, o, pool)));
    if (!next) break;
    const between = ctx.toks.slice(last.t1, next.t0);
    // "entweder X oder Y": both are named as the possible actor
    const or = (t: Tok) => t.lower === 'oder' && ctx.toks.slice(Math.max(0, m.t0 - 2), m.t0).some((x) => x.lower === 'entweder');
    if (!between.length || !between.some((t) => t.lower === 'und' || t.lower === 'sowie' || t.text === ',' || t.lower === 'and' || or(t))) break;
    if (between.filter((t) => t.lower === 'und' || t.lower === 'sowie' || t.lower === 'and' || or(t)).length > 1) break;
    if (!between.every((t) => t.lower === 'und' || t.lower === 'sowie' || t.text === ',' || t.lower === 'and' || or(t) || DETERMINERS.has(t.lower) || UPPER_START.test(t.text) || (/(e|en|er|sche|schen)$/.test(t.lower) && !VERB_FORMS.has(t.lower)))) break;
    group.push(next);
    last = next;
  }
  return group;
}

const ADVERBIAL_START = new Set(['außerdem', 'gleich', 'unmittelbar', 'direkt', 'noch', 'trotzdem', 'indessen', 'seitdem', 'daneben', 'ebenso', 'ferner', 'hingegen', 'dagegen', 'zugleich', 'seither', 'somit', 'daher', 'damals', 'derzeit', 'mittlerweile', 'bislang', 'heuer', 'stattdessen', 'vielmehr', 'immerhin', 'jedenfalls', 'offenbar', 'offensichtlich', 'angeblich', 'vermutlich', 'womöglich', 'wohl', 'kürzlich', 'jüngst', 'erstmals', 'wieder', 'nochmals', 'vorerst', 'schließlich', 'letztlich', 'endlich', 'darauf', 'daraufhin', 'zusätzlich', 'insgesamt', 'gleichzeitig', 'ebenfalls', 'anderswo', 'daraus', 'dafür', 'deswegen', 'darum', 'sonst', 'bereits', 'einst', 'früher', 'vorher', 'nachher', 'oben', 'unten', 'innen', 'außen', 'drinnen', 'draußen', 'morgens', 'abends', 'nachts', 'mittags', 'sonntags', 'werktags', 'anfangs', 'zunächst', 'besonders', 'vor', 'allen', 'unter', 'anderem', 'auch', 'dabei', 'damit', 'dann', 'doch', 'zudem', 'außerdem', 'zuvor', 'danach', 'daraufhin', 'bereits', 'schon', 'erneut', 'zunächst', 'zuletzt', 'nun', 'jetzt', 'heute', 'gestern', 'morgen', 'bisher', 'inzwischen', 'unterdessen', 'indes', 'allerdings', 'jedoch', 'demnach', 'laut', 'nach', 'eigentlich', 'erst', 'so', 'dort', 'hier', 'deshalb', 'deswegen', 'trotzdem', 'gleichzeitig', 'später', 'zuerst', 'anschließend', 'ebenfalls', 'vergangene', 'vergangenen', 'kommende', 'kommenden', 'am', 'im', 'es']);
const ROLE_NOUN = /(minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|chef|chefin|sprecher|sprecherin|generalsekretär|gesandte|premier|regierungschef|staatschef|politiker|politikerin|vorsitzende|bürgermeister|botschafter|diplomat|papst|könig|monarch|machthaber|diktator|gouverneur|landeshauptmann|abgeordnete|senator|kandidat|kandidatin|beamte|beamtin|polizist|polizistin|angeklagte|richter|richterin|bischof|anwalt|anwältin)$/;
/** Nominative personal pronouns that can open a clause as its subject. */
const PERSONAL_SUBJECT = /^(er|sie|ich|wir)$/;
/** A plural (or infinitive) verb form: "sie" before it is plural. */
const PLURAL_VERB = /(en|sind)$/;

/** A question, or a turn after an interviewer's all-capital label ("STANDARD: …"): "Sie" there is the interviewee. */
function interviewTurn(toks: Tok[]): boolean {
  return toks[toks.length - 1]?.text === '?' || (toks.length > 2 && toks[1].text === ':' && toks[0].text.length >= 3 && toks[0].text === toks[0].text.toUpperCase() && LETTER.test(toks[0].text));
}

/** A name inside a compound role noun ("ÖVP" in "ÖVP-Politiker", "SPÖ" in "SPÖ-Chefin"): it names the person's side. */
function compoundRolePrefix(ctx: SentenceContext, m: MentionRef): boolean {
  if (m.t1 - m.t0 !== 1 || m.entity.type === 'PER') return false;
  const l = ctx.toks[m.t0].lower;
  const dash = l.lastIndexOf('-');
  return dash > 0 && ROLE_NOUN.test(l.slice(dash + 1));
}

/**
 * The recent person a compound role noun ("der ÖVP-Politiker", "die SPÖ-Chefin") refers to: one named in the last three
 * sentences (actors first) whose own role has the same prefix ("ÖVP-Sicherheitssprecher"); none when no one has it ("Der
 * CSU-Chef sei eingeknickt, erklärte Bystron": the CSU chief is not the speaker named last).
 */
function roleHolder(ctx: SentenceContext, compound: string): MentionRef | undefined {
  const prefix = compound.slice(0, compound.lastIndexOf('-') + 1);
  const holds = (e: Entity) => !!e.roles?.some((r) => r.title.toLowerCase().startsWith(prefix));
  const e = [ctx.lastPerson, ...(ctx.recentActors ?? []), ...(ctx.recentPersons ?? [])].find((x) => x && x.type === 'PER' && holds(x));
  return e ? { entity: e, start: -1, end: -1, t0: -1, t1: -1, form: 'resolved', prep: null, genitive: false } : undefined;
}

/**
 * "Sie" with a singular verb for a woman: only the person named last, when she is known to be a woman ("sie" as
 * often refers to a feminine noun such as "die Polizei", "die Regierung", which is no entity).
 */
/**
 * "Toifl ist der Beweismittelfälschung beschuldigt; er bestreitet den Vorwurf", "Putin sagte, er werde …": "er" (or a
 * singular "sie") in a later clause of the sentence refers to a person named bare (no preposition, no genitive) in an
 * earlier clause (not a zu-infinitive's object), the nearest clause first, when the person's gender does not contradict the
 * pronoun; undefined in a
 * sentence's first clause or where no such person is named (then the earlier sentences decide).
 */
function sentenceAntecedent(ctx: SentenceContext, at: number, pronoun: string): MentionRef | undefined {
  const ci = ctx.toks[at]?.clause ?? 0;
  if (ci === 0 || (pronoun !== 'er' && pronoun !== 'sie')) return undefined;
  for (let c = ci - 1; c >= 0; c--) {
    const [a, b] = ctx.clauses[c];
    // (a zu-infinitive clause has no subject of its own: "…, persönlich X zu wählen, er wolle aber …" names an object)
    let last = b - 1;
    while (last > a && !LETTER.test(ctx.toks[last].text)) last--;
    if (isZuInfinitive(ctx.toks, last)) continue;
    const m = ctx.mentions.find((x) => x.t0 >= a && x.t1 <= b && x.entity.type === 'PER' && x.prep === null && !x.genitive && !x.modifier);
    if (!m) continue;
    const g = personGender(m.entity);
    return (pronoun === 'er' ? g !== 'f' : g === 'f') ? m : undefined;
  }
  return undefined;
}

/**
 * "Die Jihadisten haben die Hafenstadt … gebracht. Sie sollen … getötet haben": "sie" with a plural verb in the first
 * clause is the group that opened the previous sentence as its plural subject (`pluralOpener`); undefined otherwise (a
 * plural "sie" as often stands for people no entity names), and for the polite "Sie" of an interview.
 */
function pluralSie(ctx: SentenceContext, at: number): MentionRef | undefined {
  const e = ctx.lastPlural;
  if (!e || (ctx.toks[at]?.clause ?? 1) !== 0 || interviewTurn(ctx.toks)) return undefined;
  return { entity: e, start: -1, end: -1, t0: -1, t1: -1, form: 'resolved', prep: null, genitive: false };
}

function lastWoman(ctx: SentenceContext): MentionRef | undefined {
  const e = ctx.lastMentioned;
  if (!e || personGender(e) !== 'f') return undefined;
  return { entity: e, start: -1, end: -1, t0: -1, t1: -1, form: 'resolved', prep: null, genitive: false };
}
const LIGHT_VERBS = /^(fortsetz|fortzusetzen|wiederaufnehm|aufnehm|abhalt|abgehalten|start|führ|verüb|verübt|ausführ|durchführ|unternahm|unternehm|unternommen|flog|flieg|geflogen|leitet|begann|beginn|begonnen|setzt|setzte|fortgesetzt|startete|gestartet|geführt|verübten|ausgeführt|durchgeführt|hielt|abgehalten|kündig|angekündigt|abgibt|abgeben|abgegeben|anordn|angeordnet|ordnete|ordneten|einberuf|einzuberufen|berief|beriefen|organisier|veranstalt|fortführ|fortzuführen|fortgeführt|eingegangen|einzugehen|plant$|plante$|planten$|planen$|geplant$)/;
/** Prepositions that embed an event noun as the setting of the clause ("bei einem Besuch in Kiew sagte er"). */
const SETTING_PREPS = /^(bei|beim|nach|während|am|vor|seit|mit|durch)$/;

/** Verbs that utter a speech-act noun: "sagt ein klares Nein", "formulierte scharfe Kritik", "bekräftigte ihre Ablehnung",
 * "spendete Lob", "zollte Anerkennung" (finite forms only: "Spenden" are donations). */
const SPEECH_LIGHT = /^(spendet|gespendet|zollt|gezollt|sag|sagt|sagte|sagten|sagen|gesagt|formulier|bekräftig|äußer|geäußert|richtet|richtete|richteten|gerichtet|wiederholt|wiederholte|erneuert|erneuerte)/;
const SPEECH_NOUN_TYPES = new Set(['REJECT', 'REQUEST', 'ACCUSE', 'SUPPORT', 'THREATEN']);

function speechLightClause(ctx: SentenceContext, tr: Trigger, c0: number, c1: number): boolean {
  if (!SPEECH_NOUN_TYPES.has(tr.entry.type)) return false;
  for (let j = c0; j < c1; j++) if (j !== tr.t0 && SPEECH_LIGHT.test(ctx.toks[j].lower)) return true;
  // "spricht … Lob aus", "hat ihr das Misstrauen ausgesprochen" (aussprechen, its particle at the clause end)
  for (let j = c0; j < c1; j++) {
    const l = ctx.toks[j].lower;
    if (AUSSPRECHEN.test(l)) return true;
    if (SPRECHEN_FINITE.test(l)) for (let k = j + 1; k < c1; k++) if (ctx.toks[k].lower === 'aus' && (k + 1 >= c1 || !LETTER.test(ctx.toks[k + 1].text))) return true;
  }
  return false;
}
/** The light or speech verb of a noun stands in the main part before an inserted relative clause ("Dem Rat spricht X, der …,
 * Lob aus", "X übte, wie er sagte, …": the noun's clause is the resumed rest). */
function resumedLight(ctx: SentenceContext, tr: Trigger, c0: number, c1: number): boolean {
  const main = resumedMainPart(ctx, ctx.toks[tr.t0].clause);
  if (!main) return false;
  if (lightVerbClause(ctx, main[0], main[1], tr.entry.type) || speechLightClause(ctx, tr, main[0], main[1])) return true;
  if (!SPEECH_NOUN_TYPES.has(tr.entry.type) || !ctx.toks.slice(main[0], main[1]).some((t) => SPRECHEN_FINITE.test(t.lower))) return false;
  let last = c1 - 1;
  while (last > c0 && !LETTER.test(ctx.toks[last].text)) last--;
  return ctx.toks[last].lower === 'aus';
}
const AUSSPRECHEN = /^(ausgesprochen|auszusprechen|aussprechen|ausspricht|aussprach|aussprachen)$/;
const SPRECHEN_FINITE = /^(spricht|sprechen|sprach|sprachen|spreche|sprich|sprichst)$/;

/** "leistete Widerstand", "Hilfe leisten": a light verb of resisting and helping only. */
const LEISTEN = /^(leist|geleistet)/;
const LEISTEN_TYPES = new Set(['REJECT', 'AID']);

/** Verbs that file a motion, a suit or an appeal: "erhob einen Revisionsrekurs", "brachten einen Antrag ein", "hat eine Anfrage gestellt". */
const FILING = /^(erheb|erhob|erhoben|eingelegt|legte|legten|einleg|eingebracht|einbring|brachte|brachten|eingereicht|einreich|reichte|reichten|stellte|stellten|gestellt)/;
const FILING_TYPES = new Set(['REQUEST', 'ACCUSE']);

function lightVerbClause(ctx: SentenceContext, c0: number, c1: number, type = ''): boolean {
  for (let j = c0; j < c1; j++) if (LIGHT_VERBS.test(ctx.toks[j].lower) || (LEISTEN_TYPES.has(type) && LEISTEN.test(ctx.toks[j].lower)) || (FILING_TYPES.has(type) && FILING.test(ctx.toks[j].lower))) return true;
  return false;
}

/** A "von" that belongs to a noun, not a passive agent: "während des Besuchs von Papst X wurden 50 Dissidenten festgenommen". */
function nounVon(toks: Tok[], c0: number, m: MentionRef, trigger = -1): boolean {
  if (!(m.prepAt !== undefined && m.prepAt > c0 && UPPER_START.test(toks[m.prepAt - 1].text) && !DETERMINERS.has(toks[m.prepAt - 1].lower) && !TIME_WORDS.test(toks[m.prepAt - 1].lower))) return false;
  // the noun closes a "während" phrase of its own and "von X" stands right before the participle, so it is the agent
  // ("während ihres Exils von X geschlagen"; not "Während des Besuchs von X in Y sind … festgenommen worden")
  const p = m.prepAt;
  if (m.t1 === trigger) for (let j = Math.max(c0, p - 4); j < p - 1; j++) if (toks[j].lower === 'während') return false;
  // the inverted subject of the passive right after its auxiliary, no event noun: "Am Samstag wurden (1.780) Migranten von
  // italienischen Schiffen … in Sicherheit gebracht", "wurden die Dörfer von syrischen Kampfjets bombardiert"
  // (not a noun that owns its "von X": "die Anhänger von Assad", "das Haus von X")
  const owner = toks[p - 1].lower;
  if (trigger >= 0 && !isEventNoun(toks[p - 1]) && !SPOKES_NOUN.test(owner) && !MEMBER_NOUN.test(owner) && !COMPANION.test(owner) && !ROLE_NOUN.test(owner) && !/(truppe|einheit|familie|angehörig|haus|häuser|büro|wohnung|sitz|residenz|konvoi|anwesen|grundstück)/.test(owner)) {
    let k = p - 2;
    while (k > c0 && (DETERMINERS.has(toks[k].lower) || /^[\d.]+$/.test(toks[k].text) || PLURAL_DETERMINERS.has(toks[k].lower))) k--;
    if (k >= c0 && /^(wurde|wurden|wird|werden)$/.test(toks[k].lower) && k > c0) return false;
  }
  return true;
}

/** The argument of an event noun in a prepositional phrase ("nach einem Anschlag auf X"). */
function ofEventNoun(toks: Tok[], m: MentionRef): boolean {
  return m.prepAt !== undefined && m.prepAt > 0 && isEventNoun(toks[m.prepAt - 1]) && inPrepPhrase(toks, m.prepAt - 1);
}

function isLocPrep(m: MentionRef): boolean {
  return m.prep !== null && /^(in|im|nach|aus|bei|nahe|an|am)$/.test(m.prep) && m.entity.type === 'LOC';
}

function opens(ctx: SentenceContext, k: number): string {
  return ctx.toks[ctx.clauses[k][0]].lower;
}

/** A token that is an event noun of the lexicon (or a compound with one as its head). */
function isEventNoun(t: Tok): boolean {
  if (!UPPER_START.test(t.text)) return false;
  if (NOUN_FORMS.has(t.lower)) return true;
  for (let k = 4; k <= t.lower.length - 5; k++) if (NOUN_FORMS.has(t.lower.slice(k))) return true;
  return false;
}

/** The noun at k is inside a prepositional phrase ("nach einem Anschlag"), not a bare object ("verhängte Sanktionen"). */
function inPrepPhrase(toks: Tok[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const l = toks[j].lower;
    if (PREPOSITIONS.has(l) || /^(im|am|beim|vom|zum|zur)$/.test(l)) return true;
    if (!(DETERMINERS.has(l) || INFLECTED_LOWER.test(toks[j].text) || /^\d/.test(l))) return false;
  }
  return false;
}

/** A prepositional phrase after an event noun that belongs to another noun ("Kämpfe … führen zu einer Verschärfung der Konfrontation zwischen X und Y"). */
function otherNounsPhrase(toks: Tok[], tr: Trigger, m: MentionRef): boolean {
  let at = m.prepAt;
  // a coordinated mention inherits the preposition of the list's first item
  if (at === undefined) for (let k = m.t0 - 1; k > tr.t1 && at === undefined; k--) if (toks[k].lower === m.prep) at = k;
  if (at === undefined || at <= tr.t1) return false;
  const before = toks[at - 1];
  return UPPER_START.test(before.text) && !isEventNoun(before) && !ROLE_NOUN.test(before.lower);
}

/**
 * The preposition that opens the noun phrase of the noun at k, over a longer run of determiners, adjectives and adverbs:
 * "mit international scharf kritisierten Luftangriffen" → "mit"; '' when none.
 */
/** "X wird … zu einem dreitägigen Besuch … erwartet": the clause of an expected or announced visit (its subject is the visitor). */
function expectedVisitor(toks: Tok[], c0: number, c1: number): boolean {
  return toks.slice(c0, c1).some((t) => /^(erwartet|angekündigt|eingetroffen|aufgebrochen|angereist)$/.test(t.lower));
}

function phraseOpener(toks: Tok[], k: number, c0: number): string {
  for (let j = k - 1; j >= Math.max(c0, k - 7); j--) {
    const t = toks[j];
    if (PREPOSITIONS.has(t.lower) || /^(im|am|beim|vom|zum|zur)$/.test(t.lower)) return t.lower;
    if (!(DETERMINERS.has(t.lower) || ALL_LOWER.test(t.text) || /^\d/.test(t.text)) || AUX.has(t.lower) || (VERB_FORMS.has(t.lower) && !INFLECTED_LOWER.test(t.text)) || SUBORDINATORS.has(t.lower) || t.lower === 'und' || t.lower === 'oder') return '';
  }
  return '';
}

/** The noun at k is a genitive attribute of the noun before it ("die Ratifizierung des Abkommens"). */
function genitiveAttribute(toks: Tok[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && INFLECTED_LOWER.test(toks[j].text) && !DETERMINERS.has(toks[j].lower)) j--;
  return j > 0 && /^(des|der|eines|einer)$/.test(toks[j].lower) && UPPER_START.test(toks[j - 1].text) && !DETERMINERS.has(toks[j - 1].lower) && !PREPOSITIONS.has(toks[j - 1].lower);
}

/** A genitive owner of a bare passive agent noun: "von Beamten des Landeskriminalamtes", "durch Soldaten der Armee". */
function agentOwner(toks: Tok[], m: MentionRef): boolean {
  const det = DETERMINERS.has(toks[m.t0].lower) ? m.t0 : m.t0 - 1;
  return /^(des|der)$/.test(toks[det]?.lower ?? '') && UPPER_START.test(toks[det - 1]?.text ?? '') && /^(von|durch)$/.test(toks[det - 2]?.lower ?? '');
}

/** A genitive whose head noun is inside a prepositional phrase ("nach dem Wahlsieg der AKP"). */
function mentionStartsAt(ctx: SentenceContext, j: number): boolean {
  for (const m of ctx.mentions) if (m.t0 === j) return true;
  return false;
}

/** The person a pronoun object (or a passive pronoun subject) stands for. */
function pronounObject(ctx: SentenceContext, tr: Trigger, c0: number, c1: number, passive: boolean, actors: MentionRef[]): MentionRef | undefined {
  const { toks } = ctx;
  for (let j = c0; j < c1; j++) {
    const w = toks[j].lower;
    const first = w === 'mich' || w === 'mir' || w === 'uns';
    if (!first && w !== 'ihn' && w !== 'ihm' && !(w === 'er' && passive && j > c0 && PATIENT_TYPES.has(tr.entry.type))) continue;
    if (j === tr.t0 || mentionStartsAt(ctx, j)) continue;
    // "Das Geld lieferte der Investor X – gegen ihn ermittelten …": a man named before in the same sentence, not an actor,
    // is nearer than the person of the sentences before
    // (not the subject a subjectless conjunct shares: "X dankte dem Polizeichef … und überreichte ihm den Orden")
    const shared = /^(und|oder|aber|sowie)$/.test(toks[tr.t0 - 1]?.lower ?? '') && tr.entry.pos === 'verb' ? ctx.mentions.find((m) => m.prep === null && !m.genitive) : undefined;
    const near = first ? undefined : ctx.mentions.filter((m) => m.entity.type === 'PER' && m.t1 <= j && m.form === 'name' && personGender(m.entity) !== 'f' && m !== shared && !actors.some((a) => a.entity.id === m.entity.id)).pop();
    const r = first ? firstPerson(ctx, j) : near ? { ...near, prep: null, genitive: false } : resolved(ctx);
    // marked as a pronoun: it names the recipient but does not satisfy an entry that needs a named one
    if (r && !actors.some((a) => a.entity.id === r!.entity.id)) return { ...r, form: 'pronoun' };
    if (r) return undefined;
  }
  return undefined;
}

/** A clause with a zu-infinitive verb ("anzusprechen", "zu treffen"). */
function zuInfClause(toks: Tok[], c0: number, c1: number): boolean {
  for (let j = c0; j < c1; j++) if (LOWER_EN.test(toks[j].text) && isZuInfinitive(toks, j)) return true;
  return false;
}

/** "den Aufstand der LTTE niederschlug": a genitive after an accusative noun phrase ("den/einen X") belongs to the object. */
function objectGenitive(toks: Tok[], m: MentionRef): boolean {
  for (let j = m.t0 - 2; j >= Math.max(0, m.t0 - 5); j--) {
    const w = toks[j].lower;
    if (w === 'den' || w === 'einen') return true;
    if (!LETTER_START.test(toks[j].text) || PREPOSITIONS.has(w) || DETERMINERS.has(w)) return false;
  }
  return false;
}

function genitiveInPrepPhrase(toks: Tok[], m: MentionRef): boolean {
  let d = m.t0 - 1;
  while (d > 0 && !/^(des|der)$/.test(toks[d].lower) && LOWER_START.test(toks[d].text) && m.t0 - d < 4) d--;
  if (!(/^(des|der)$/.test(toks[d]?.lower ?? '') && d > 0 && inPrepPhrase(toks, d - 1))) return false;
  // an adverbial phrase ("Einen Tag nach dem …", "Nach dem …"), not one after a noun ("ein Team aus Experten der UN")
  let p = d - 2;
  while (p >= 0 && !PREPOSITIONS.has(toks[p].lower) && !/^(im|am|beim|vom|zum|zur)$/.test(toks[p].lower)) p--;
  return p <= 0 || toks[p - 1].clause !== toks[p].clause || TIME_WORDS.test(toks[p - 1].lower) || /^(tag|tage|woche|wochen|monat|monate|stunde|stunden|jahr|jahre|minuten)$/.test(toks[p - 1].lower) || LOWER_START.test(toks[p - 1].text);
}

/** Types whose grammatical object (or passive subject) is the victim: the recipient. */
const PATIENT_TYPES = new Set(['ASSAULT', 'COERCE']);
/** Nouns of an act done to someone, formed with -ung ("Hinrichtung", "Festnahme" is no -ung noun: "Verhaftung"). */
const ACTION_UNG = /\p{Ll}{3,}ung(en)?$/u;
/**
 * Types whose passive subject is the object of the active verb, so the recipient ("Firtasch wird von den USA Korruption
 * vorgeworfen", "X wurde scharf kritisiert", "wurde zum Rücktritt aufgefordert"), though an object is not needed for them.
 */
const PASSIVE_OBJECT_TYPES = new Set(['ACCUSE', 'REQUEST', 'SUPPORT', 'SANCTION', 'THREATEN']);
const POSSESSIVE = /^(ihre|ihren|ihrer|ihrem|ihr|seine|seinen|seiner|seinem|sein)$/;
/** Modes of an act done to someone, whose possessor is the patient ("seine Freilassung", "seine Hinrichtung"). */
const PATIENT_MODES = new Set(['release', 'arrest', 'deport', 'abduct', 'assassinate', 'torture', 'sexual']);
/** "mit seinem Cousin X", "mit ihrem Komplizen X": a companion in a one-sided act (not the partner of a meeting). */
function companion(toks: Tok[], entry: LexEntry, m: MentionRef): boolean {
  if (SYMMETRIC_TYPES.has(entry.type) || m.entity.type !== 'PER' || m.prepAt === undefined || m.prepAt > m.t0 - 2) return false;
  if (!POSSESSIVE.test(toks[m.prepAt + 1]?.lower ?? '')) return false;
  for (let k = m.prepAt + 2; k < m.t0; k++) if (COMPANION.test(toks[k].lower)) return true;
  return false;
}

/** Types whose "mit X" is the other party (a meeting, an agreement), not a companion. */
const SYMMETRIC_TYPES = new Set(['CONSULT', 'AGREE', 'COOPERATE']);
/** Kin and accomplices: "mit seinem Cousin X" acts together with the subject. */
const COMPANION = /^(cousin|cousine|bruder|brüdern|schwester|vater|mutter|sohn|tochter|onkel|neffen?|ehefrau|ehemann|frau|mann|freund|freundin|komplizen?|komplizin|mittäter|mittäterin|begleiter|begleiterin|kumpanen?|gefährten?|gefährtin|lebensgefährten?|lebensgefährtin|partner|partnerin)$/;

/** Passive voice: "wurde … festgenommen", "angegriffen worden"; a headline participle without a finite verb ("Zwei Soldaten erschossen"). */
function isPassive(ctx: SentenceContext, tr: Trigger, c0: number, c1: number): boolean {
  if (tr.entry.pos !== 'verb') return false;
  if (!tr.participle) return false;
  // "Deutschland werde nicht über den Antrag beraten": a form that is participle and infinitive after a present or
  // conditional "werden" before it without a "von/durch" agent is the future or conditional, not the passive ("muss
  // beraten werden" is)
  const infinitiveToo = tr.present && ctx.toks[tr.t0].lower.endsWith('en') && !ctx.toks.slice(c0, tr.t0).some((t) => /^(von|vom|durch)$/.test(t.lower));
  for (let j = c0; j < c1; j++) if (/^(wurde|wurden|worden)$/.test(ctx.toks[j].lower) || ((!infinitiveToo || j > tr.t0) && /^(wird|werden|werde|würde|würden)$/.test(ctx.toks[j].lower))) return true;
  // a comparison clause without finite verb, "wie von X gefordert" / "wie vom Ministerium angekündigt": "von X" is the agent
  if (ctx.toks[c0]?.lower === 'wie') for (let j = c0 + 1; j < tr.t0; j++) if (/^(von|vom|durch)$/.test(ctx.toks[j].lower)) return true;
  // the headline participle closes its phrase ("erschossen und …", "getötet."); "In X erschossen Soldaten …" is a past tense
  const next = ctx.toks[tr.t0 + 1]?.lower;
  if (PATIENT_TYPES.has(tr.entry.type) && (next === undefined || /^(\.|,|und|oder|–|-|:|;)$/.test(next)) && !ctx.toks.some(isAux)) return true;
  // a headline participle with its agent: "Deutschland deswegen von EU-Kommission verklagt."
  if ((next === undefined || /^(\.|:|;|–)$/.test(next)) && !ctx.toks.some(isAux) && ctx.toks.slice(c0, tr.t0).some((t) => /^(von|vom)$/.test(t.lower))) return true;
  return false;
}

/** "er" as the subject of a receiving clause (its first word, or right after the finite verb): the person it stands for. */
function receivingPronoun(ctx: SentenceContext, c0: number, t: number): MentionRef | undefined {
  const { toks } = ctx;
  let k = -1;
  for (let j = c0; j < Math.min(t, c0 + 3); j++) if (toks[j].lower === 'er' && !ctx.mentions.some((m) => m.t0 === j)) { k = j; break; }
  if (k < 0) return undefined;
  const ci = toks[c0].clause;
  for (let c = ci - 1; c >= 0; c--) {
    const [a, b] = ctx.clauses[c];
    const per = ctx.mentions.find((m) => m.entity.type === 'PER' && m.t0 >= a && m.t1 <= b && m.prep === null && !m.genitive && !m.modifier);
    if (per) return per;
  }
  return resolved(ctx, 'er');
}

/** Verbs with an expletive or impersonal "es" ("es gibt", "es kam zu", "es hieß", "es wurde … gekämpft"). */
const EXPLETIVE_ES_VERB = /^(gibt|gab|geht|ging|kam|kommt|hieß|heißt|handelt|handelte|fehlt|fehlte|bleibt|blieb|wurde|wird|werde|würde|ist|war|sei|wäre|hat|hatte|habe|soll|sollte|muss|müsse|kann|könne|könnte|dürfte|steht|stand|gilt|galt|scheint|schien|sieht|sah|lässt|ließ|folgt|folgte|zeigt|zeigte|brauchte|braucht)$/;
const NEUTER_OPENER = /^Das\s/;

/**
 * The entity a neuter group noun opening the previous sentence stands for ("Das Militär des … Landes drohte …": a 'desc'
 * mention the entities stage linked to the country); null when the previous sentence opens otherwise.
 */
function neuterOpener(ctx: SentenceContext): MentionRef | undefined {
  if (ctx.index === 0) return undefined;
  const prev = ctx.doc.sentences[ctx.index - 1];
  for (const e of ctx.doc.entities) {
    if (e.type !== 'LOC' && e.type !== 'ORG') continue;
    for (const m of e.mentions) {
      if (m.start !== prev.start || (m.form as string) !== 'desc' || !NEUTER_OPENER.test(m.text)) continue;
      return { entity: e, start: -1, end: -1, t0: -1, t1: -1, form: 'resolved', prep: null, genitive: false };
    }
  }
  return undefined;
}

/**
 * A person referred to by a pronoun or a role description: the most recent person before this sentence.
 * "Sie" with a singular verb after a sentence whose actor was an organisation or country ("Die HDP wirft … vor.
 * Sie bezichtigt …") refers to that actor.
 */
function resolved(ctx: SentenceContext, pronoun?: string, verb?: string, gender: Gender | 'pl' = null): MentionRef | undefined {
  const group = pronoun === 'sie' && verb !== undefined && !/(en|sind)$/.test(verb) ? ctx.lastGroup : null;
  if (!group && pronoun === 'er') gender = 'm';
  else if (!group && pronoun === 'sie' && verb !== undefined && !/(en|sind)$/.test(verb)) gender = 'f';
  const e = group ?? compatiblePerson(ctx, ctx.lastPerson, gender);
  if (!e) return undefined;
  return { entity: e, start: -1, end: -1, t0: -1, t1: -1, form: 'resolved', prep: null, genitive: false };
}

type Gender = 'm' | 'f' | null;
const GENDER_OF = new WeakMap<Entity, Gender>();
const FEMININE_ROLE = /(?:[^e]in|frau)$/;

/** A person's gender from the first word of the name, else from a feminine role title ("Außenministerin"). */
function personGender(e: Entity): Gender {
  let g = GENDER_OF.get(e);
  if (g !== undefined) return g;
  g = e.type === 'PER' ? unambiguousGender(e.name) : null;
  if (!g && e.type === 'PER' && e.roles?.some((r) => FEMININE_ROLE.test(r.title.toLowerCase()))) g = 'f';
  GENDER_OF.set(e, g);
  return g;
}

let otherNameLists: Map<string, string>[] | null = null;
const EAST_ASIAN_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * A person's gender from the first word of the name when the German/English lists know it and neither the Spanish
 * nor the Italian list says the opposite: "Alexis", "Andrea" and "Jean" name men and women, and a wrong guess turns
 * "er" away from the person meant. (The French list is left out: its duplicates mark "Martin" female.) "Kim
 * Jong-un": a hyphenated given name after the first word marks a surname first. The lists load on first use.
 */
function unambiguousGender(name: string): Gender {
  const words = name.split(/\s+/);
  if (words.slice(1).some((w) => EAST_ASIAN_GIVEN.test(w))) return null;
  const first = words[0].split('-')[0];
  const g = firstNameGender(first);
  if (!g) return null;
  otherNameLists ??= ['es', 'it'].map((l) => require(`gender-detection-from-name/names/${l}`) as Map<string, string>);
  const opposite = g === 'f' ? 'male' : 'female';
  const key = first.toLowerCase();
  return otherNameLists.some((m) => m.get(key) === opposite) ? null : g;
}

/**
 * The person a gendered reference ("er", "sie", "die Ministerin") points to: `base` unless its known gender
 * contradicts the cue, then the most recent person of that gender; none when every recent person contradicts it.
 */
function compatiblePerson(ctx: SentenceContext, base: Entity | null | undefined, gender: Gender | 'pl'): Entity | null {
  // "Die zwei Politiker": a plural role noun is not the one person named last
  if (gender === 'pl') return null;
  if (!base || !gender || base.type !== 'PER') return base ?? null;
  const g = personGender(base);
  if (g === null || g === gender) return base;
  // an earlier actor (a subject) before a person only mentioned ("traf X Y. Er …" is X)
  return ctx.recentActors?.find((e) => personGender(e) === gender) ?? ctx.recentPersons?.find((e) => personGender(e) === gender) ?? null;
}

/**
 * The gender a role noun of a Vorfeld names: "die Außenministerin" f, "der Minister" m, "die Vorsitzende" f;
 * 'pl' for a plural ("die zwei Politiker", "beide Minister").
 */
function roleGender(toks: Tok[], a: number, b: number): Gender | 'pl' {
  for (let k = a; k < b; k++) {
    const l = toks[k].lower;
    if (!ROLE_NOUN.test(l)) continue;
    if (/in$/.test(l)) return 'f';
    const before = toks.slice(Math.max(a, k - 3), k).map((t) => t.lower);
    if (before.some((w) => PLURAL_DETERMINERS.has(w))) return 'pl';
    if (/e$/.test(l)) return before.includes('die') ? 'f' : before.includes('der') ? 'm' : null;
    return before.includes('die') ? 'pl' : 'm';
  }
  return null;
}
const PLURAL_DETERMINERS = new Set(['zwei', 'drei', 'vier', 'beide', 'beiden', 'mehrere', 'einige', 'viele', 'alle', 'zahlreiche']);

/** The country a speaker's "wir" stands for (null: the speaker), by speaker entity. */
const WIR_SIDE = new WeakMap<Entity, Entity | null>();

/**
 * "wir" or "ich" inside a quote: the speaker; for "wir" the speaker's country when the document names it
 * ("Wir werden … angreifen, sagte der türkische Premier" → Türkei). Undefined outside quotes.
 */
function firstPerson(ctx: SentenceContext, t: number): MentionRef | undefined {
  const speaker = ctx.speakerAt?.(ctx.toks[t].start);
  if (!speaker) return undefined;
  let e = speaker;
  if (ctx.toks[t].lower === 'wir' && speaker.type === 'PER') {
    // (once per speaker: coding the speaker and looking up the country among the entities is not cheap)
    let side = WIR_SIDE.get(speaker);
    if (side === undefined) {
      const country = codeActor(speaker).country;
      side = (country ? ctx.doc.entities.find((x) => x.type === 'LOC' && iso3(x.name) === country) : undefined) ?? null;
      WIR_SIDE.set(speaker, side);
    }
    if (side) e = side;
  }
  // (form 'speaker': the speaker's own act stays a report of the speaker, see extractEvents)
  return { entity: e, start: -1, end: -1, t0: -1, t1: -1, form: 'speaker', prep: null, genitive: false };
}

/**
 * "Die oberösterreichische SPÖ hat …": a regional or nationality adjective right before a name is that name's
 * attribute; the name is the subject.
 */
function derivHead(m: MentionRef | undefined, pool: MentionRef[], used: Set<MentionRef>): MentionRef | undefined {
  if (!m || m.form !== 'deriv') return m;
  return pool.find((o) => o.t0 === m.t1 && o.form !== 'deriv' && o.entity.type !== 'MISC' && !used.has(o)) ?? m;
}

/**
 * The subject of a Vorfeld without a bare entity: a noun phrase ("Der Minister", "Rebellen der FSA") or a
 * pronoun ("Er"); role nouns and pronouns resolve to the most recent person. `subjectless` marks a Vorfeld
 * subject that is no entity, so later entities are objects, not the actor.
 */
function vorfeldSubject(ctx: SentenceContext, a: number, b: number, pool: MentionRef[], used: Set<MentionRef>): { subj: MentionRef | undefined; subjectless: boolean } {
  const { toks } = ctx;
  const vf = toks.slice(a, b);
  if (!vf.length) return { subj: undefined, subjectless: false };
  // "Medienberichten zufolge nahmen PKK-Kämpfer …": an attribution in the Vorfeld is no subject
  const att = ctx.attribution;
  if (att && a >= att.t0 && b <= att.t1) return { subj: undefined, subjectless: false };
  // "Wir werden X angreifen": the speaker (or no one), never the object after the verb
  if (b - a === 1 && /^(wir|ich)$/.test(vf[0].lower)) return { subj: firstPerson(ctx, a), subjectless: true };
  const bareHere = pool.find((m) => m.prep === null && !m.genitive && m.t0 >= a && m.t1 <= b && !used.has(m));
  // "Der russische Botschafter in Wien, Sergej Netschajew, wird …": a nationality adjective of a role noun is
  // no subject; the person named in the Vorfeld is, else the person the role refers to
  if (bareHere && bareHere.form === 'deriv' && toks.slice(bareHere.t1, Math.min(b, bareHere.t1 + 2)).some((t) => UPPER_START.test(t.text) && ROLE_NOUN.test(t.lower))) {
    const per = pool.find((m) => m.entity.type === 'PER' && m.t0 > bareHere.t0 && m.t1 <= b && !m.genitive && !used.has(m) && (m.prep === null || toks[m.t0 - 1]?.text === ','));
    if (per) return { subj: per, subjectless: false };
    const who = resolved(ctx, undefined, toks[b]?.lower, roleGender(toks, a, Math.min(b, a + 4)));
    if (who) return { subj: who, subjectless: true };
  }
  // "Der ÖVP-Politiker kritisierte …": a name that only opens a compound role noun is no subject; the person the role
  // refers to is (a person named in the Vorfeld is taken above as the bare mention)
  if (bareHere && compoundRolePrefix(ctx, bareHere) && !pool.some((m) => m.entity.type === 'PER' && m.t0 >= a && m.t1 <= b)) {
    const holder = roleHolder(ctx, toks[bareHere.t0].lower);
    // (the name that only opens the role noun is then neither subject nor object: "Der ÖVP-Politiker kritisierte X")
    if (holder) {
      used.add(bareHere);
      return { subj: holder, subjectless: true };
    }
  }
  if (bareHere) return { subj: derivHead(bareHere, pool, used), subjectless: false };
  const first = vf[0];
  // "Er betonte bei einem Besuch …": a personal pronoun that opens the clause before a lower-case word (the finite
  // verb) is the whole Vorfeld, also where the Vorfeld was taken to run up to a noun trigger
  // (not before a past passive auxiliary: "Ich wurde gefoltert, vergewaltigt …" names the victim)
  if (vf.length >= 2 && PERSONAL_SUBJECT.test(first.lower) && LOWER_START.test(vf[1].text) && !/^(wurde|wurden|wurdest)$/.test(vf[1].lower) && !DETERMINERS.has(vf[1].lower) && !PREPOSITIONS.has(vf[1].lower) && !ctx.mentions.some((m) => m.t0 === a)) {
    if (first.lower === 'ich' || first.lower === 'wir') return { subj: firstPerson(ctx, a), subjectless: true };
    if (first.lower === 'sie') return { subj: PLURAL_VERB.test(vf[1].lower) ? pluralSie(ctx, a) : sentenceAntecedent(ctx, a, 'sie') ?? lastWoman(ctx), subjectless: true };
    return { subj: sentenceAntecedent(ctx, a, first.lower) ?? resolved(ctx, first.lower, vf[1].lower), subjectless: true };
  }
  // "Das Militär des Landes drohte … Es warf der Regierung … vor": a lone "Es" before a singular lexical verb is the neuter
  // group noun that opened the previous sentence, when the entities stage linked it ("das Militär", "das Regime", "das Land")
  if (vf.length === 1 && first.text === 'Es' && a === 0 && toks[b] && !EXPLETIVE_ES_VERB.test(toks[b].lower) && !PLURAL_VERB.test(toks[b].lower)) {
    const opener = neuterOpener(ctx);
    if (opener) return { subj: opener, subjectless: true };
  }
  const pronoun = /^(er|sie|dieser)$/.test(first.lower);
  const det = DETERMINERS.has(first.lower);
  const nounLike = vf.length >= 2 || (first.text.length >= 5 && /(en|er|e|n|s|innen|ten)$/.test(first.lower));
  const capNoun = UPPER_START.test(first.text) && nounLike && !TIME_WORDS.test(first.lower) && !ADVERBIAL_START.has(first.lower) && !PREPOSITIONS.has(first.lower);
  if (!(pronoun || det || capNoun)) return { subj: undefined, subjectless: false };
  // "Die Truppen der Regierung von X griffen … an": an owner "von X" after a noun of the Vorfeld stands for the subject like a genitive
  const gen = pool.find((m) => m.genitive && !m.modifier && m.t0 >= a && m.t1 <= b && !used.has(m)) ??
    (det || MEMBER_NOUN.test(first.lower) ? pool.find((m) => (m.prep === 'von' || m.prep === 'vom') && !m.modifier && m.t0 >= a && m.t1 <= b && !used.has(m) && m.prepAt !== undefined && m.prepAt > a && UPPER_START.test(toks[m.prepAt - 1].text) && !DETERMINERS.has(toks[m.prepAt - 1].lower) && !toks.slice(a, m.prepAt).some((t) => PREPOSITIONS.has(t.lower) && t.lower !== 'von' && t.lower !== 'vom')) : undefined);
  // "Einen Tag nach dem Wahlsieg der AKP ist die Polizei …": a genitive inside a prepositional phrase is no subject
  if (gen && toks.slice(a, gen.genitive ? gen.t0 : gen.prepAt).some((t) => PREPOSITIONS.has(t.lower) && (gen.genitive || (t.lower !== 'von' && t.lower !== 'vom')))) return { subj: undefined, subjectless: false };
  if (gen && !vf.some((t) => ROLE_NOUN.test(t.lower))) return { subj: gen, subjectless: true };
  // "Die belgische Regierung sucht …: Sie hat … aufgeboten": "Sie" with a singular verb after a colon or
  // semicolon is the feminine subject that opens the sentence (an organisation, or a country's adjective before its noun)
  if (vf.length === 1 && first.lower === 'sie' && a > 0 && /^[:;]$/.test(toks[a - 1].text) && !/(en|sind)$/.test(toks[b]?.lower ?? 'en')) {
    const opener = ctx.mentions.find((m) => m.t1 <= a && m.prep === null && !m.genitive && (m.entity.type === 'ORG' || m.entity.type === 'LOC') && (m.t0 === 1 || m.t0 === 0) && toks[0].lower === 'die');
    if (opener) return { subj: opener, subjectless: false };
  }
  // "Sie werfen ihr vor …", "Sie sollen … getötet haben": "sie" with a plural verb is a group, not the person named
  // last (the polite "Sie" of an interview is: "Sie haben … kritisiert?", "STANDARD: Sie haben … gerühmt.")
  if (vf.length === 1 && first.lower === 'sie' && PLURAL_VERB.test(toks[b]?.lower ?? '') && !interviewTurn(toks)) return { subj: pluralSie(ctx, a), subjectless: true };
  if ((vf.length === 1 && pronoun) || vf.slice(0, 4).some((t) => ROLE_NOUN.test(t.lower))) return { subj: (vf.length === 1 && pronoun && !PLURAL_VERB.test(toks[b]?.lower ?? 'en') ? sentenceAntecedent(ctx, a, first.lower) : undefined) ?? resolved(ctx, vf.length === 1 ? first.lower : undefined, toks[b]?.lower, roleGender(toks, a, Math.min(b, a + 4))) ?? gen, subjectless: true };
  const mod = pool.find((m) => m.modifier && m.t0 >= a && m.t1 <= b);
  return { subj: mod ?? gen, subjectless: true };
}

/**
 * A person named after a plural finite verb ("werfen", "forderten"), not coordinated with another name, is not its subject
 * when a plural noun phrase stands between the verb and the name ("werfen die Abgeordneten Schaunig vor").
 */
function singlePersonAfterPlural(ctx: SentenceContext, fin: number, m: MentionRef, pool: MentionRef[]): boolean {
  const { toks } = ctx;
  if (m.entity.type !== 'PER' || !LOWER_EN_END.test(toks[fin].lower) || /^(sein|seien)$/.test(toks[fin].lower)) return false;
  if (/^(und|sowie|oder|,)$/.test(toks[m.t1]?.lower ?? '') && pool.some((o) => o !== m && o.t0 > m.t1 && o.t0 <= m.t1 + 2)) return false;
  // a plural noun phrase between the verb and the name: a determiner and a capitalised noun
  for (let j = fin + 1; j < m.t0 - 1; j++) if (/^(die|den|beide|beiden|alle)$/.test(toks[j].lower) && UPPER_START.test(toks[j + 1].text) && !ctx.mentions.some((o) => o.t0 <= j + 1 && o.t1 > j + 1)) return true;
  return false;
}

/**
 * The subject of the clause before a subordinate clause when it is a place named without article at that clause's start
 * (a neuter country or city: "Indien", "Deutschland", "Wien"), which a following "es" can refer to.
 */
function neuterPlaceSubject(ctx: SentenceContext, ci: number): MentionRef | undefined {
  if (ci === 0) return undefined;
  const [p0] = ctx.clauses[ci - 1];
  const m = ctx.mentions.find((x) => x.t0 === p0 && x.prep === null && !x.genitive && x.form === 'name');
  if (!m || m.entity.type !== 'LOC') return undefined;
  // (the clause before has its finite verb right after the name: the name is its subject)
  return LOWER_START.test(ctx.toks[m.t1]?.text ?? '') ? m : undefined;
}

/** Nouns of a spokesperson or member who stands for the organisation named in the genitive after it. */
const SPOKES_NOUN = /^(sprecher|sprecherin|vertreter|vertreterin|vertreterinnen|mitglieder|mitglied|politiker|abgeordnete|abgeordneter|anhänger|kämpfer|soldaten|delegation|delegierte|funktionäre|aktivisten)$/;
/**
 * After an inverted finite verb, "ein Sprecher der X", "Mitglieder der X" (no name of their own) is X's act: "Dem widersprach am
 * Mittwoch ein Sprecher der Slowenischen Staatsbahnen (SZ)".
 */
function spokesGenitive(ctx: SentenceContext, fin: number, pool: MentionRef[], used: Set<MentionRef>): MentionRef | undefined {
  const { toks } = ctx;
  return pool.find((m) => m.genitive && !m.modifier && !used.has(m) && m.t0 > fin + 2 && m.t0 <= fin + 8 && toks[m.t0].clause === toks[fin].clause &&
    /^(der|des)$/.test(toks[m.t0 - 1]?.lower ?? '') && SPOKES_NOUN.test(toks[m.t0 - 2]?.lower ?? '') &&
    !toks.slice(fin + 1, m.t0 - 2).some((t) => t.text === ','));
}

/** Bare plural nouns of members who stand for their organisation: "Politiker von CSU und SPD hatten gefordert". */
const MEMBER_NOUN = /^(politiker|politikerinnen|vertreter|vertreterinnen|mitglieder|abgeordnete|funktionäre|anhänger|kämpfer|aktivisten|delegierte|delegationen|spitzenpolitiker|parteigänger|mandatare)$/;

const OBLIQUE_DET = /^(dem|den|einem|einen|diesem|diesen|jenem|jenen|keinem|keinen|seinem|seinen|ihrem|ihren|unserem|unseren|eurem|euren|welchem|welchen)$/;
// (also a woman's role: "Der Unterrichtsministerin X wirft Lugar … vor")
const FEMININE_NOUN = /\p{Ll}(ung|heit|keit|tion|sion|tät|schaft)$|\p{Ll}{3}(erin|istin|entin|antin|chefin|kanzlerin)$/u;

/**
 * A Vorfeld that is a dative or accusative noun phrase, never the subject: it opens with an unambiguous oblique
 * determiner ("Den Vorschlag …", "Dem Minister …"), or "der/dieser/jener" before a feminine noun ("Dieser
 * Darstellung …", "Der Forderung …": feminine singular "der" is dative or genitive). Only a noun phrase (a
 * determiner, adjectives, the noun and what hangs on it) — no clause of its own.
 */
function obliqueVorfeld(toks: Tok[], a: number, b: number): boolean {
  const first = toks[a]?.lower ?? '';
  if (!UPPER_START.test(toks[a]?.text ?? '')) return false;
  if (OBLIQUE_DET.test(first)) return true;
  if (!/^(der|dieser|jener)$/.test(first)) return false;
  // the first capitalised word after the determiner (adjectives between) is the head noun
  for (let k = a + 1; k < Math.min(b, a + 4); k++) {
    const t = toks[k];
    // (a woman's role after "Der" with a strong "-e" adjective is a mistyped nominative: "Der schwedische Premierministerin")
    if (UPPER_START.test(t.text)) return FEMININE_NOUN.test(t.lower) && !(/in$/.test(t.lower) && toks.slice(a + 1, k).some((x) => /e$/.test(x.lower)));
    if (!INFLECTED_LOWER.test(t.text)) return false;
  }
  return false;
}

/**
 * A mention after the finite verb that an oblique determiner opens ("den saudi-arabischen Behörden", "dem Minister X"),
 * with only inflected adjectives between: an object, never the subject.
 */
function obliquePhrase(toks: Tok[], m: MentionRef, fin: number): boolean {
  let k = m.t0 - 1;
  while (k > fin && INFLECTED_LOWER.test(toks[k].text) && !OBLIQUE_DET.test(toks[k].lower)) k--;
  return k > fin && OBLIQUE_DET.test(toks[k].lower) && !OBLIQUE_DET.test(toks[m.t0].lower);
}

const PP_OPENER = /^(nach|bei|beim|mit|seit|trotz|wegen|während|vor|vorm|in|im|am|auf|aus|für|gegen|von|vom|zum|zur|durch|ohne|angesichts|infolge|aufgrund|neben|hinter|zwischen|innerhalb|außerhalb)$/;

/**
 * A Vorfeld that is one prepositional phrase ending right before the finite verb. Not "Über/Bis zu 100 Menschen"
 * (a quantity, left out of the opener list), not an attribution ("Nach Angaben der Polizei …", handled before).
 */
function ppVorfeld(ctx: SentenceContext, a: number, b: number): boolean {
  const { toks } = ctx;
  if (!UPPER_START.test(toks[a]?.text ?? '') || !PP_OPENER.test(toks[a].lower)) return false;
  const att = ctx.attribution;
  if (att && a >= att.t0 && b <= att.t1) return false;
  // one phrase: no comma, dash or conjunction opening a second constituent between
  for (let k = a + 1; k < b; k++) if (/^[,;:–—-]$/.test(toks[k].text) || /^(und|oder|sowie)$/.test(toks[k].lower)) return false;
  // and no verb inside: lower-case words are articles, prepositions or adjectives ("Nach seiner ersten Prüfung der …"),
  // so a verb-final clause ("In der Regel versucht sich X … zu wehren") is not taken for a Vorfeld
  for (let k = a + 1; k < b; k++) {
    const t = toks[k];
    if (!LOWER_START.test(t.text)) continue;
    if (DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || INFLECTED_LOWER.test(t.lower) && !AUX.has(t.lower)) continue;
    return false;
  }
  return true;
}

const FINITE_LIGHT = new Set(['sehe', 'gebe', 'gehe', 'stehe', 'liege', 'gelte', 'fehle', 'komme', 'bleibe', 'brauche', 'mache', 'gibt', 'geht', 'steht', 'sieht', 'liegt', 'gilt', 'fehlt', 'kommt', 'bleibt', 'braucht', 'macht']);

/** A clause with a finite verb of its own (an auxiliary, a lexicon verb, a common light verb), not a bare noun phrase. */
function fullClause(toks: Tok[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const t = toks[k];
    if (isAux(t) || FINITE_LIGHT.has(t.lower) || (VERB_FORMS.has(t.lower) && LOWER_START.test(t.text))) return true;
  }
  return false;
}

const COME = /^(kam|kamen|kommt|kommen|gekommen)$/;
const MEET_WITH = /^(stößt|stieß|stießen|stoßen|gestoßen)$/;

/**
 * The source of a reaction noun told with "kommen von" or "stoßen bei … auf": "Herbe Kritik an X kam auch von den Grünen",
 * "kam Ablehnung vom Präsidenten …, Rupert Wolff", "Die Forderung stößt bei X auf Ablehnung".
 */
function reactionSource(ctx: SentenceContext, tr: Trigger, pool: MentionRef[], c0: number, c1: number): MentionRef | undefined {
  const { toks } = ctx;
  let come = false;
  let meet = false;
  for (let j = c0; j < c1; j++) {
    if (COME.test(toks[j].lower)) come = true;
    else if (MEET_WITH.test(toks[j].lower)) meet = true;
  }
  if (come) {
    // the last "von" phrase's person: "vom Präsidenten des X, Rupert Wolff" names the person after the apposition comma
    // not a "von" of another noun ("kam nach dem Besuch von X")
    const von = pool.filter((m) => !m.modifier && (m.prep === 'von' || m.prep === 'vom') && (m.prepAt === undefined || m.prepAt - 1 === tr.t0 || !UPPER_START.test(toks[m.prepAt - 1]?.text ?? '')));
    // "Aus Washington kommen Solidaritätsadressen", "Kritik kam auch aus Berlin": a source without "von" (not a noun's
    // "aus": "zu einer Klage gegen den Konzern aus Cupertino")
    const aus = toks.slice(c0, c1).some((t) => t.lower === 'von' || t.lower === 'vom') ? undefined : pool.find((m) => !m.modifier && m.prep === 'aus' && m.prepAt !== undefined && (m.prepAt === c0 || (m.t0 > tr.t0 && !UPPER_START.test(toks[m.prepAt - 1].text))));
    return von.find((m) => m.entity.type === 'PER') ?? von[0] ?? aus;
  }
  if (meet && (toks[tr.t0 - 1]?.lower === 'auf' || toks[tr.t0 - 2]?.lower === 'auf')) return pool.find((m) => !m.modifier && m.prep === 'bei');
  return undefined;
}

/** Prepositions that introduce the recipient for every trigger of a type. */
const TYPE_PREPS: Record<string, string[]> = {
  CONSULT: ['mit'], AGREE: ['mit'], COOPERATE: ['mit'], ACCUSE: ['gegen'], PROTEST: ['gegen'], SANCTION: ['gegen'],
  ASSAULT: ['gegen', 'auf'], THREATEN: ['gegen'], REQUEST: ['an'], AID: ['an', 'für'], SUPPORT: ['für'],
};

export interface Arguments {
  actors: MentionRef[];
  recipients: MentionRef[];
  place: MentionRef | null;
}

/**
 * Office succession (`predecessor` entries): the actor is the predecessor, who concedes the office: the dative of "folgt
 * X nach" (found as the recipient), the owner of "Stelle" or "Nachfolge" ("an Şimşeks Stelle", "an die Stelle von X",
 * "die Nachfolge des X", "an seine Stelle": the person named last before the sentence). The successor is the recipient
 * when the sentence names them (the guideline of blind 28: "a successor taking over an office CONCEDE of the predecessor
 * with the successor as recipient"); a description or a pronoun ("Der Betriebswirt folgt X nach", "als er X folgte")
 * gives none, as the gold has it.
 */
function predecessorArguments(ctx: SentenceContext, tr: Trigger, args: Arguments): void {
  const owner = predecessorOf(ctx, tr, args);
  const successor = namedSuccessor(ctx, tr, args, owner);
  args.actors = owner ? [owner] : [];
  args.recipients = successor ? [successor] : [];
}

/**
 * The named successor of a succession: a person named (not described, not a pronoun) who is the clause subject — found
 * as the actor ("X übernimmt das Mandat von Y", "X löste Y ab"), as a bare noun phrase after the verb ("An seine Stelle
 * rückt X", taken for an object), or, for the successor noun, a bare noun phrase of its clause ("X wird Nachfolger von Y",
 * "X wurde zum Nachfolger von Y gewählt"), or the agent of a passive ("Y wurde von X abgelöst"); never the predecessor,
 * a genitive or a modifier ("Erdoğans Schwiegersohn X").
 */
function namedSuccessor(ctx: SentenceContext, tr: Trigger, args: Arguments, owner: MentionRef | undefined): MentionRef | undefined {
  const { toks } = ctx;
  // ("Erdoğans Schwiegersohn X": a name in -s before a noun is its owner)
  const owning = (m: MentionRef) => m.t1 > 0 && /(?:s|'|’)$/.test(toks[m.t1 - 1].text) && UPPER_START.test(toks[m.t1]?.text ?? '') && !ctx.mentions.some((x) => x.t0 === m.t1);
  const named = (m: MentionRef) => m.entity.type === 'PER' && (m.form === 'name' || m.form === 'part') && !m.genitive && !m.modifier && !owning(m) && m.entity.id !== owner?.entity.id;
  const [c0, c1] = clauseOf(ctx, tr.t0);
  const agent = (m: MentionRef) => (m.prep === 'von' || m.prep === 'vom' || m.prep === 'durch') && m.t0 < tr.t0 && isPassive(ctx, tr, c0, c1);
  return args.actors.find(named) ?? args.recipients.find((m) => named(m) && (m.prep === null || agent(m))) ??
    candidates(ctx, c0, c1).find((m) => named(m) && (m.prep === null || agent(m)) && (tr.entry.pos === 'noun' || agent(m)));
}

/**
 * Comitative co-actors, for types whose recipient is never a "mit" phrase: "gemeinsam/zusammen mit X" anywhere in the
 * clause ("organisierte gemeinsam mit der Organisation X eine Kampagne"), and a "mit" phrase of a deployment or exercise
 * noun ("Militärmanöver der USA mit Südkorea"): X acts too.
 */
function comitativeActors(ctx: SentenceContext, tr: Trigger, args: Arguments): void {
  const entry = tr.entry;
  if (!args.actors.length || entry.recPrep?.includes('mit') || TYPE_PREPS[entry.type]?.includes('mit')) return;
  const { toks } = ctx;
  const [c0, c1] = clauseOf(ctx, tr.t0);
  const pool = candidates(ctx, c0, c1);
  const taken = new Set([...args.actors, ...args.recipients].map((m) => m.entity.id));
  for (const m of pool) {
    if (m.prep !== 'mit' || m.modifier || taken.has(m.entity.id)) continue;
    let p = m.t0 - 1;
    while (p > c0 && toks[p].lower !== 'mit' && m.t0 - p <= 3) p--;
    if (toks[p]?.lower !== 'mit') continue;
    const together = /^(gemeinsam|zusammen)$/.test(toks[p - 1]?.lower ?? '');
    const ofNoun = entry.type === 'MOBILIZE' && entry.pos === 'noun' && p > tr.t0 && p <= tr.t1 + 5 && !toks.slice(tr.t1, p).some((t) => t.text === ',' || CLAUSE_PUNCT.has(t.text) || (PREPOSITIONS.has(t.lower) && t.lower !== 'mit'));
    if (!together && !ofNoun) continue;
    for (const o of withCoordinated(ctx, m, pool)) if (!taken.has(o.entity.id)) {
      args.actors.push(o);
      taken.add(o.entity.id);
    }
  }
}

/** Offices taken over from a named predecessor ("das Mandat von X", "Hubers Amt", "das Innenressort"), and the successor noun. */
const SUCCESSION_NOUN = /^(?:nachfolger|nachfolgerin|amt|mandat|posten|vorsitz|parteivorsitz|funktion|funktionen|agenden|leitung|\p{L}*ressort|\p{L}*ministerium)$/u;

/** The predecessor of a `predecessor: 'named'` entry: a person who owns the office noun (a genitive name before it, a
 * von/des phrase after it), or a person (or "sie"/"ihn" resolved) after "für" before the trigger ("Für sie übernimmt
 * X das Innenressort"), or the person replaced (the object: "löste X ab", "wurde von X abgelöst" has the replaced as its
 * patient). Possessives are not read: "übernimmt sein Amt" is mostly his own new office. */
function namedPredecessor(ctx: SentenceContext, tr: Trigger, args: Arguments): MentionRef | undefined {
  const { toks } = ctx;
  const [c0, c1] = clauseOf(ctx, tr.t0);
  const pool = candidates(ctx, c0, c1);
  for (let k = c0; k < c1; k++) {
    if (!SUCCESSION_NOUN.test(toks[k].lower)) continue;
    const owner = pool.find((m) => m.t1 === k && m.entity.type === 'PER' && /s$|'$|’$/.test(toks[k - 1].text)) ??
      pool.find((m) => m.entity.type === 'PER' && m.t0 > k && m.t0 <= k + 4 && /^(von|vom|des|der)$/.test(toks[k + 1]?.lower ?? '') && !toks.slice(k + 1, m.t0).some((t) => t.text === ',' || CLAUSE_PUNCT.has(t.text)));
    if (owner) return owner;
  }
  for (let k = c0; k < tr.t0; k++) {
    if (toks[k].lower !== 'für') continue;
    const m = pool.find((x) => x.t0 === k + 1 && x.entity.type === 'PER');
    if (m) return m;
    const pro = toks[k + 1]?.lower;
    if (pro === 'ihn' || pro === 'sie') return resolved(ctx, undefined, undefined, pro === 'ihn' ? 'm' : 'f');
  }
  if (!tr.entry.needRec) return undefined;
  // a passive ("X wurde 2010 von Y als Parteichef abgelöst", "wurde er durch Y abgelöst"): the subject is the one replaced
  if (isPassive(ctx, tr, c0, c1)) {
    const agents = new Set(args.actors.map((m) => m.entity.id));
    const subj = pool.find((m) => m.entity.type === 'PER' && m.prep === null && !m.genitive && !m.modifier && m.t0 < tr.t0 && !agents.has(m.entity.id));
    if (subj) return subj;
    for (let k = c0; k < tr.t0; k++) if (/^(er|sie)$/.test(toks[k].lower) && (k === c0 || isAux(toks[k - 1])) && !ctx.mentions.some((m) => m.t0 === k)) return resolved(ctx, toks[k].lower === 'er' ? 'er' : undefined, undefined, toks[k].lower === 'er' ? 'm' : 'f');
  }
  return args.recipients.find((m) => m.entity.type === 'PER' && m.form !== 'pronoun') ?? args.recipients.find((m) => m.entity.type === 'PER');
}

function predecessorOf(ctx: SentenceContext, tr: Trigger, args: Arguments): MentionRef | undefined {
  if (tr.entry.predecessor === 'named') return namedPredecessor(ctx, tr, args);
  const { toks } = ctx;
  const [c0, c1] = clauseOf(ctx, tr.t0);
  let k = -1;
  for (let j = c0; j < c1; j++) if (/^(stelle|nachfolge)$/.test(toks[j].lower)) { k = j; break; }
  let owner: MentionRef | undefined;
  if (k < 0) owner = args.recipients.find((m) => m.entity.type === 'PER' || m.entity.type === 'ORG') ?? args.recipients[0];
  else {
    const pool = candidates(ctx, c0, c1);
    owner = pool.find((m) => m.t1 === k && m.entity.type === 'PER') ??
      pool.find((m) => m.t0 > k && m.t0 <= k + 4 && /^(von|vom|des|der)$/.test(toks[k + 1]?.lower ?? '') && !toks.slice(k + 1, m.t0).some((t) => t.text === ',' || CLAUSE_PUNCT.has(t.text)));
    const pos = toks[k - 1]?.lower ?? '';
    if (!owner && POSSESSIVE.test(pos)) owner = resolved(ctx, undefined, undefined, pos.startsWith('sein') ? 'm' : 'f');
  }
  return owner;
}

/** Actors, recipients and place of a trigger. */
/** Types whose dash-compound modifier name is the actor ("EU-Gipfel", "Nato-Angriffe", "Polizei-Einsatz"). */
const MODIFIER_ACTOR_TYPES = new Set(['CONSULT', 'ASSAULT', 'MOBILIZE', 'COERCE', 'AID', 'SANCTION', 'THREATEN']);

/** Social media platforms: named as the channel of a message ("über Twitter", "auf Facebook"). */
const SOCIAL_MEDIA = /^(Twitter|Facebook|Instagram|YouTube|Youtube|TikTok|WhatsApp|Snapchat)$/;

/**
 * A finite verb trigger (or the auxiliary or modal before it) right after "und"/"oder" in a main clause whose first
 * conjunct has its own finite verb ("Er kritisierte die Nato scharf und forderte einen Abzug", "Mexikos Regierung
 * verurteilte den Vorfall und forderte …"): the shared subject is the first conjunct's. Returns the conjunction and
 * the first conjunct's finite verb (the first lower-case word after the Vorfeld that is no article, preposition,
 * pronoun or attributive adjective); null otherwise ("und dann forderte die EU …" has a subject of its own).
 */
function coordinatedVerb(ctx: SentenceContext, tr: Trigger, c0: number): { conj: number; fin: number } | null {
  const { toks } = ctx;
  let v = tr.t0;
  // "und will … treffen", "und hat … kritisiert": the finite auxiliary or modal right after the conjunction
  for (let j = tr.t0 - 1; j > c0; j--) {
    if (/^(und|oder)$/.test(toks[j].lower)) break;
    if (isAux(toks[j]) && /^(und|oder)$/.test(toks[j - 1]?.lower ?? '')) {
      v = j;
      break;
    }
  }
  const conj = v - 1;
  if (conj <= c0 + 1 || !/^(und|oder)$/.test(toks[conj].lower)) return null;
  if (v === tr.t0 && tr.participle) return null;
  if (!LETTER.test(toks[conj - 1].text)) return null;
  for (let j = c0 + 1; j < conj - 1; j++) {
    const t = toks[j];
    if (!LOWER_START.test(t.text) || !LETTER.test(t.text)) continue;
    if (DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || /^(er|sie|es|ich|wir|ihr|man|sich|und|oder|sowie)$/.test(t.lower)) continue;
    // ("die oberösterreichische SPÖ", "Zwei frühere Manager": an adjective after an article, a preposition, a number or
    // another adjective; "Am Montag kritisierte Merkel": a verb in -te after a noun)
    const before = toks[j - 1];
    if (INFLECTED_LOWER.test(t.text) && UPPER_START.test(toks[j + 1]?.text ?? '') && (DETERMINERS.has(before.lower) || PREPOSITIONS.has(before.lower) || /^\d/.test(before.text) || INFLECTED_LOWER.test(before.text) || j - 1 === c0)) continue;
    if (ctx.mentions.some((m) => j >= m.t0 && j < m.t1)) continue;
    return { conj, fin: j };
  }
  return null;
}

const REC_PREPS = new WeakMap<LexEntry, ReadonlySet<string>>();

/** The prepositions that introduce an entry's recipient (its own and its type's), built once per entry. */
function recPrepsOf(entry: LexEntry): ReadonlySet<string> {
  let preps = REC_PREPS.get(entry);
  if (!preps) {
    const set = new Set([...(entry.recPrep ?? []), ...(TYPE_PREPS[entry.type] ?? [])]);
    // "im kommunistischen Kuba" is "in" + article
    if (set.has('in')) set.add('im');
    REC_PREPS.set(entry, (preps = set));
  }
  return preps;
}

export function findArguments(ctx: SentenceContext, tr: Trigger): Arguments {
  const [c0, c1] = clauseOf(ctx, tr.t0);
  // (h/evconj) the names of a later conjunct ("… in Kasachstan treffen und im Oktober auf einem Treffen der BRICS") are not
  // the trigger's
  const [k0, k1, k2] = conjunctOf(ctx, tr.t0);
  const laterConjunct = (m: MentionRef) => k1 < c1 && m.t0 >= k1 && m.t0 < k2;
  const pool = k1 < c1 ? candidates(ctx, c0, c1).filter((m) => !laterConjunct(m)) : candidates(ctx, c0, c1);
  const { toks } = ctx;
  const entry = tr.entry;
  const recPreps = recPrepsOf(entry);
  const visit = entry.mode === 'visit';
  let actors: MentionRef[] = [];
  let recipients: MentionRef[] = [];
  const used = new Set<MentionRef>();

  if (entry.pos === 'noun') {
    // "Treffen zwischen X und Y", "Besuch von X", "Angriff der Armee", "israelischer Angriff", "Chinas Besuch"
    const after = pool.filter((m) => m.t0 > tr.t0 && m.t0 <= tr.t0 + 4);
    const zw = after.find((m) => m.prep === 'zwischen');
    if (zw) {
      actors = withCoordinated(ctx, zw, pool);
    } else {
      // (a city after a meeting or an agreement is its place: "bei der Konferenz von Paris", "das Abkommen von Minsk")
      // (a city name that ends its phrase; not "Besuch von Frankreichs Präsident", not "Treffen von Russland und China")
      // (and the city of an attack: "die Terroranschläge von Paris")
      const cityPlace = (m: MentionRef) => (entry.type === 'CONSULT' || entry.type === 'AGREE' || entry.type === 'ASSAULT') && m.entity.type === 'LOC' && m.prep !== 'seitens' && !m.modifier && !UPPER_START.test(toks[m.t1]?.text ?? '') && !isCountryName(m.entity.name);
      const von = after.find((m) => (m.prep === 'von' || m.prep === 'vom' || m.prep === 'seitens') && !m.modifier && m.t0 <= tr.t0 + 5 && !cityPlace(m)) ?? after.find((m) => (m.prep === 'von' || m.prep === 'vom' || m.prep === 'seitens') && m.t0 <= tr.t0 + 3 && !cityPlace(m));
      // (not the genitive of another noun after it: "als Reaktion auf den Beschuss Ziele des IS angegriffen")
      const gen = after.find((m) => m.prep === null && m.t0 <= tr.t0 + 3 && (/^(des|der)$/.test(toks[m.t0 - 1]?.lower ?? '') && !toks.slice(tr.t1, m.t0 - 1).some((t) => UPPER_START.test(t.text)) || (m.genitive && m.t0 === tr.t0 + 1 && /^(des|der)$/.test(toks[m.t0].lower) && !(PATIENT_TYPES.has(entry.type) && m.entity.type === 'PER')))) ??
        // "die Unterstützung Belgrads": a name in the genitive right after the noun
        after.find((m) => (m.prepAt === undefined || m.prepAt < tr.t0) && !m.modifier && m.t0 === tr.t0 + 1 && m.t1 === m.t0 + 1 && m.form === 'name' && toks[m.t0].lower.endsWith('s') && !m.entity.name.toLowerCase().endsWith('s'));
      // "Vorwürfe kurdischer Medien", "Angriffe syrischer Truppen": an article-less genitive plural whose adjective names the owner
      const genAdj = after.find((m) => m.form === 'deriv' && m.t0 === tr.t0 + 1 && m.t1 === m.t0 + 1 && /er$/.test(toks[m.t0].lower) && UPPER_START.test(toks[m.t1]?.text ?? '') && !ctx.mentions.some((o) => o.t0 === m.t1));
      // "israelischer Luftangriff", "Chinas Besuch": directly before the noun, or with one adjective between
      // (not a city's adjective before an attack: "nach den Brüsseler Anschlägen" names the place)
      const before = pool.filter((m) => (m.t1 === tr.t0 || (m.t1 === tr.t0 - 1 && INFLECTED_LOWER.test(toks[m.t1].text))) && (m.form === 'deriv' || /s$/.test(m.entity.name) || toks[m.t1 - 1].lower.endsWith('s')) && !(entry.type === 'ASSAULT' && m.form === 'deriv' && m.entity.type === 'LOC' && !isCountryName(m.entity.name) && /er$/.test(toks[m.t0].text)));
      // "EU-Gipfel", "Nato-Angriffe": the name before the dash of the trigger itself (not for nouns whose modifier is
      // as often the target: "Böhmermann-Unterstützung", "Merkel-Kritik", "Anti-Trump-Proteste")
      // (not when the clause says who takes part: "Ich werde am G7-Treffen teilnehmen")
      const partakes = toks.slice(c0, c1).some((t) => /^(teilnehm|teilzunehm|teilgenommen|teil$)/.test(t.lower));
      const inside = MODIFIER_ACTOR_TYPES.has(entry.type) && !partakes && !toks[tr.t0].lower.startsWith('anti') ? pool.find((m) => m.t0 === tr.t0 && m.t1 === tr.t1) : undefined;
      // "die Festnahme des Journalisten durch die Polizei", "beim Empfang durch Präsident X": the agent of the noun
      // (not a place passed through: "Marsch durch die Innenstadt")
      // (only genitives between, and not for a noun that is itself a genitive: "die Ratifizierung des Abkommens durch X")
      // (but when the noun has its own genitive object before "durch", the agent is the noun's: "Folge der Annexion der
      // Krim durch Russland")
      const ownObject = /^(des|der|eines|einer)$/.test(toks[tr.t1]?.lower ?? '');
      const durch = genitiveAttribute(toks, tr.t0) && !ownObject ? undefined : pool.find((m) => m.prep === 'durch' && !m.modifier && m.t0 > tr.t0 && m.t0 <= tr.t0 + 10 && (m.entity.type !== 'LOC' || isCountryName(m.entity.name)) && !toks.slice(tr.t1, m.prepAt ?? m.t0).some((t) => t.text === ',' || CLAUSE_PUNCT.has(t.text) || PREPOSITIONS.has(t.lower) || (DETERMINERS.has(t.lower) && !/^(des|der|eines|einer)$/.test(t.lower)) || (LOWER_START.test(t.text) && !INFLECTED_LOWER.test(t.text))));
      // "Rückzug des Schwarzacher Bürgermeisters Andreas Haitzer": a genitive that only modifies the person
      // after it (a place adjective, an organisation before a title) stands for that person
      const genHead = gen?.modifier ? pool.find((m) => m.entity.type === 'PER' && m.t0 >= gen.t1 && m.t0 <= gen.t1 + 2) : undefined;
      const a = von ?? durch ?? genHead ?? gen ?? genAdj ?? inside ?? before[before.length - 1] ?? reactionSource(ctx, tr, pool, c0, c1);
      // "die Hinrichtung von Clayton Lockett", "mit der Schließung der Fraueninitiative": the genitive or von-phrase of
      // an -ung noun of an act done to someone (assault, coercion) names who undergoes it; the agent is "durch X"
      const undergoer = PATIENT_TYPES.has(entry.type) && ACTION_UNG.test(toks[tr.t0].lower) && a && (a === von || a === gen || a === genHead) && a.entity.type !== 'LOC' ? a : undefined;
      // with an agent "durch X", a genitive or von-phrase before it is the noun's object, whatever the noun ("die
      // Annexion der Krim durch Russland", "die Anerkennung des Kosovo durch Serbien")
      const object = durch && !undergoer ? [von, genHead, gen].find((m) => m && m !== durch && m.t0 < durch.t0) : undefined;
      if (undergoer) {
        recipients = withCoordinated(ctx, undergoer, pool);
        for (const m of recipients) used.add(m);
        if (durch && !used.has(durch)) actors = withCoordinated(ctx, durch, pool);
      } else if (durch && object) {
        recipients = withCoordinated(ctx, object, pool).filter((m) => m.t0 < durch.t0);
        for (const m of recipients) used.add(m);
        actors = withCoordinated(ctx, durch, pool);
      } else if (a) actors = withCoordinated(ctx, a, pool);
    }
    for (const m of actors) used.add(m);
    for (const m of pool) {
      if (used.has(m) || m.t0 < tr.t0) continue;
      if (m.modifier || m.t0 > tr.t0 + 8) continue;
      if (m.prep && recPreps.has(m.prep) && (!visit || m.entity.type !== 'LOC' || m.prep === 'in' || m.prep === 'im' || m.prep === 'nach')) {
        recipients = withCoordinated(ctx, m, pool).filter((x) => !used.has(x));
        for (const m of recipients) used.add(m);
        break;
      }
    }
    // "Am Sonntag erhielt X Unterstützung von Y": the subject of receiving is the recipient
    if (!recipients.length && actors.length && toks.slice(c0, c1).some((t) => /^(erhielt|erhielten|erhält|erhalten|bekam|bekamen|bekommt|bekommen)$/.test(t.lower))) {
      // ("und er sollte dafür die Unterstützung des Parlaments bekommen": "er" is the person subject of the clause
      // before in the sentence, else the person named last)
      const subj = pool.find((m) => !used.has(m) && m.prep === null && !m.genitive && !m.modifier && m.t0 < tr.t0) ?? receivingPronoun(ctx, c0, tr.t0);
      if (subj) {
        recipients = withCoordinated(ctx, subj, pool).filter((x) => !used.has(x));
        for (const m of recipients) used.add(m);
      }
    }
    // the owner of the target: "Angriffe auf Stellungen der Miliz X", "Anschlag auf ein Lager der Hamas"
    if (!recipients.length && recPreps.has(toks[tr.t0 + 1]?.lower ?? '')) {
      const owner = pool.find((m) => !used.has(m) && m.genitive && !m.modifier && m.t0 > tr.t0 + 2 && m.t0 <= tr.t0 + 7 && !toks.slice(tr.t0 + 2, m.t0).some((t) => PREPOSITIONS.has(t.lower) || t.text === ',' || AUX.has(t.lower)));
      if (owner) {
        recipients = withCoordinated(ctx, owner, pool).filter((x) => !used.has(x));
        for (const m of recipients) used.add(m);
      }
    }
  }
  // passive ("von der Gruppe X angegriffen worden", "wurde von X festgenommen"): the agent is the actor
  const passive = isPassive(ctx, tr, c0, c1);
  let subjectless = false;
  if (!actors.length && passive) {
    // not a "von" that belongs to a noun: "während des Besuchs von Papst X wurden 50 Dissidenten festgenommen"
    const agent = pool.find((m) => (m.prep === 'von' || m.prep === 'vom' || m.prep === 'durch') && m.t0 < tr.t0 && !used.has(m) && !nounVon(toks, c0, m, tr.t0)) ??
      // "von Beamten des Landeskriminalamtes festgenommen": the owner of a bare agent noun
      pool.find((m) => m.genitive && !m.modifier && m.t0 < tr.t0 && !used.has(m) && agentOwner(toks, m));
    if (agent) {
      actors = withCoordinated(ctx, agent, pool);
      for (const m of actors) used.add(m);
    }
    subjectless = true;
  }
  // "bei den Luftangriffen seien 260 Kämpfer getötet worden": in a passive clause the subject is the victim
  const clausePassive = entry.pos === 'noun' && toks.slice(c0, c1).some((t) => /^(wurde|wurden|worden)$/.test(t.lower));
  // "seinem Besuch", "seinen ersten Besuch", "ihr jüngstes Treffen"
  const possessed = POSSESSIVE.test(toks[tr.t0 - 1]?.lower ?? '') || (INFLECTED_LOWER.test(toks[tr.t0 - 1]?.text ?? '') && POSSESSIVE.test(toks[tr.t0 - 2]?.lower ?? ''));
  // "Nach dem Anschlag versicherte X …", "vor dem Treffen": an earlier or later event, not the subject's (unless "nach seinem Besuch")
  const beforeAfter = entry.pos === 'noun' && !possessed && toks.slice(Math.max(c0, tr.t0 - 3), tr.t0).some((t) => t.lower === 'nach' || t.lower === 'vor');
  // "bekannte sich zu dem Attentat", "übernahm die Verantwortung für den Anschlag": the subject claims to be the actor
  // (not "macht X für den Anschlag verantwortlich": there the object is named)
  const copula = toks.slice(c0, c1).some((t) => /^(ist|sind|sei|seien|war|waren|wäre|wären)$/.test(t.lower));
  // "Für die Angriffe sei Russland verantwortlich", "dass die PKK hinter dem Anschlag stecke": the subject is named as the actor
  const claimed = entry.pos === 'noun' && ((toks.slice(Math.max(c0, tr.t0 - 4), tr.t0).some((t) => /^(zu|zum|zur|für)$/.test(t.lower)) && toks.slice(c0, c1).some((t) => /^(bekannte|bekannten|bekennt|bekennen|bekannt|verantwortung)$/.test(t.lower) || (t.lower === 'verantwortlich' && copula))) ||
    (toks.slice(Math.max(c0, tr.t0 - 3), tr.t0).some((t) => t.lower === 'hinter') && toks.slice(c0, c1).some((t) => /^(steckt|stecke|stecken|steckte|steckten|gesteckt)$/.test(t.lower))));
  // (a conference or summit the subject attends is not the subject's act: "Indien hatte bei der Klimakonferenz … gegolten",
  // "Modi hatte bei der Konferenz von Paris argumentiert")
  const attended = entry.type === 'CONSULT' && !possessed && /(konferenz|gipfel|gipfeltreffen)$/.test(toks[tr.t0].lower) && /^(bei|beim|auf)$/.test(phraseOpener(toks, tr.t0, c0));
  const nounSetting = entry.pos === 'noun' && !attended && (claimed || !beforeAfter) && (claimed || lightVerbClause(ctx, c0, c1, entry.type) || speechLightClause(ctx, tr, c0, c1) || resumedLight(ctx, tr, c0, c1) || toks.slice(Math.max(c0, tr.t0 - 3), tr.t0).some((t) => SETTING_PREPS.test(t.lower)) || SETTING_PREPS.test(phraseOpener(toks, tr.t0, c0)) || (entry.mode === 'visit' && (toks[tr.t0 - 1]?.lower === 'zu' || (/^(zu|zum)$/.test(phraseOpener(toks, tr.t0, c0)) && expectedVisitor(toks, c0, c1)))) || possessed);
  // "X hat versucht, Kairo anzugreifen": a zu-infinitive clause has no subject of its own (control, below)
  let relObject: MentionRef | undefined;
  let vorfeldObject: MentionRef | undefined;
  const zuClauseVerb = entry.pos === 'verb' && c0 > 0 && toks[c0].clause > 0 && isZuInfinitive(toks, tr.t0) && !toks.slice(c0, tr.t0).some((t) => AUX.has(t.lower));
  if (!actors.length && !passive && !clausePassive && !zuClauseVerb && (entry.pos === 'verb' || nounSetting)) {
    // clause subject: a bare NP in the Vorfeld, else the first bare NP after the finite verb
    // a relative clause follows a comma ("…, der als starker Mann gilt"); after a dash or colon "Der …" opens a main clause
    // "…, die Türkei setze keine Truppen ein" is verb-second reported speech, not a relative clause
    const npThenVerb = (() => {
      if (!UPPER_START.test(toks[c0 + 1]?.text ?? '')) return false;
      const m = ctx.mentions.find((x) => x.t0 === c0 + 1);
      const after = m ? m.t1 : c0 + 2;
      // "…, die Oppositionsparteien demonstrieren … und fordern": a finite verb right after the noun, with more to follow
      const verbNext = !!toks[after] && LOWER_START.test(toks[after].text) && VERB_FORMS.has(toks[after].lower) && after < c1 - 2;
      return (!!toks[after] && isAux(toks[after])) || tr.t0 === after || verbNext;
    })();
    // "Seit Samstag greift X … an", "Während des Besuchs traf X …": a preposition, the finite verb follows the phrase
    const prepVorfeld = /^(seit|während|bis)$/.test(toks[c0]?.lower ?? '') && (() => {
      const f = finitePosition(ctx, tr, c0, c1);
      let last = c1 - 1;
      while (last > c0 && !LETTER.test(toks[last].text)) last--;
      return f < last && f <= c0 + 6;
    })();
    const subClause = (SUBORDINATORS.has(toks[c0]?.lower) && !prepVorfeld) || (RELATIVES.has(toks[c0]?.lower) && c0 > 0 && toks[c0 - 1].text === ',' && !npThenVerb);
    // "Er kritisierte die Nato scharf und forderte einen Abzug": a finite verb right after "und" shares the subject of the
    // first conjunct; the Vorfeld ends at that conjunct's finite verb, and its objects are no arguments of this verb
    const coord = !subClause && entry.pos === 'verb' && !passive ? coordinatedVerb(ctx, tr, c0) : null;
    const fin = coord ? coord.fin : finitePosition(ctx, tr, c0, c1);
    // ("…, während Faymann den Plan kritisierte": a name right after the conjunction "während" is its subject, not a
    // prepositional phrase, which would start with a determiner: "während des Besuchs")
    const bare = pool.filter((m) => (m.prep === null || (subClause && m.prep === 'während' && m.t0 === c0 + 1 && toks[c0].lower === 'während')) && !m.genitive && !used.has(m));
    let subj: MentionRef | undefined;
    const relPro = toks[c0 + 1]?.lower ?? '';
    if (subClause && /^(der|die|das|dem|den|denen)$/.test(toks[c0].lower) && RELATIVES.has(toks[c0].lower) && !SUBORDINATORS.has(toks[c0].lower) && /^(er|sie|ich|wir)$/.test(relPro) && c0 + 1 < tr.t0 && !ctx.mentions.some((m) => m.t0 === c0 + 1)) {
      // "die Ärztekammer, der sie eine Blockadehaltung vorwirft", "Aydin, den er traf": a personal pronoun after the
      // relative pronoun is the subject; the relative pronoun is an object, its antecedent the recipient
      subj = relPro === 'ich' || relPro === 'wir' ? firstPerson(ctx, c0 + 1) : relPro === 'er' ? resolved(ctx, 'er') : /(en|sind)$/.test(toks[tr.t0].lower) ? undefined : resolved(ctx, 'sie', toks[tr.t0].lower);
      if (!subj) subjectless = true;
      relObject = ctx.mentions.find((m) => m.t1 === c0 - 1 && m.entity.type !== 'MISC');
    } else if (subClause && /^(der|die|das|welche|welcher|welches)$/.test(toks[c0].lower) && RELATIVES.has(toks[c0].lower) && !SUBORDINATORS.has(toks[c0].lower)) {
      // "Gruppen, die der Hamas … vorwerfen": the relative pronoun is the subject; its antecedent ends the previous clause
      const ante = ctx.mentions.find((m) => m.t1 === c0 - 1 && m.entity.type !== 'MISC');
      subj = ante;
      subjectless = !ante;
    } else if (subClause) {
      // "…, dass er die Kandidatur nicht unterstützen würde": a pronoun right after the conjunction is the subject —
      // the person subject of the clause before, else the last person; "da sich dieser …": no entity
      let k = c0 + 1;
      if (REFLEXIVES.has(toks[k]?.lower ?? '')) k++;
      const pro = toks[k]?.lower ?? '';
      if (SUBORDINATORS.has(toks[c0].lower) && k < tr.t0 && /^(er|sie)$/.test(pro) && !ctx.mentions.some((m) => m.t0 === k)) {
        const ci = toks[c0].clause;
        // (one whose sex the pronoun rules out is someone else: "Er habe die Frau wahrgenommen, als er …")
        const agrees = (m: MentionRef) => (pro === 'er' ? personGender(m.entity) !== 'f' : personGender(m.entity) !== 'm');
        const before = ci > 0 ? candidates(ctx, ctx.clauses[ci - 1][0], ctx.clauses[ci - 1][1]).find((m) => m.entity.type === 'PER' && m.prep === null && !m.genitive && agrees(m)) : undefined;
        subj = before ?? (pro === 'er' ? resolved(ctx, 'er') : undefined);
        if (!subj) subjectless = true;
      } else if (SUBORDINATORS.has(toks[c0].lower) && k < tr.t0 && /^(wir|ich)$/.test(pro)) {
        subj = firstPerson(ctx, k);
        if (!subj) subjectless = true;
      } else if (SUBORDINATORS.has(toks[c0].lower) && k < tr.t0 && pro === 'es' && !ctx.mentions.some((m) => m.t0 === k) && neuterPlaceSubject(ctx, toks[c0].clause)) {
        // "Indien hatte … gegolten, da es weitgehende Einschnitte ablehnte": "es" is the country that opens the clause before
        subj = neuterPlaceSubject(ctx, toks[c0].clause);
      } else if (SUBORDINATORS.has(toks[c0].lower) && k < tr.t0 && /^(dieser|diese|dieses|man|es|jener|jene)$/.test(pro)) subjectless = true;
      else subj = bare.find((m) => m.t0 < tr.t0);
    }
    else if (fin === c0 && toks[c0].clause > 0 && /^(er|sie)$/.test(toks[fin + 1]?.lower ?? '') && !ctx.mentions.some((m) => m.t0 === fin + 1)) {
      // "…, kritisierte er": the verb-first clause after a quote or a clause has its subject right after the verb
      // the person named last (the speaker just quoted), not the last actor
      const lastHe = toks[fin + 1].lower === 'er' ? compatiblePerson(ctx, ctx.lastMentioned, 'm') : null;
      if (lastHe) subj = { entity: lastHe, start: -1, end: -1, t0: -1, t1: -1, form: 'resolved', prep: null, genitive: false };
      else if (toks[fin + 1].lower === 'er' || !/(en|sind)$/.test(toks[fin].lower)) subj = resolved(ctx, toks[fin + 1].lower, toks[fin].lower);
      else subjectless = true;
    } else if (fin === c0 && toks[c0].clause > 0 && /^(der|die)$/.test(toks[fin + 1]?.lower ?? '') && toks.slice(fin + 2, Math.min(c1, fin + 7)).some((t) => ROLE_NOUN.test(t.lower)) && !pool.some((m) => m.t0 > fin && m.t0 < fin + 7 && m.entity.type === 'PER')) {
      // "…, forderte der norwegische Diplomat": a role noun after the verb is the subject — the person named last;
      // its nationality adjective is no object
      const who = compatiblePerson(ctx, ctx.lastMentioned ?? ctx.lastPerson, roleGender(toks, fin + 1, Math.min(c1, fin + 7)));
      if (who) subj = { entity: who, start: -1, end: -1, t0: -1, t1: -1, form: 'resolved', prep: null, genitive: false };
      else subjectless = true;
      for (const m of pool) if (m.t0 > fin && m.t0 < fin + 7 && m.form === 'deriv') used.add(m);
    } else if (fin === c0 && toks[c0].clause > 0) {
      let c = toks[c0].clause - 1;
      if (SUBORDINATORS.has(opens(ctx, c)) || opens(ctx, c) === 'wie' || opens(ctx, c) === 'als' || /^(sollte|sollten|hätte|hätten|wäre|wären|würde|würden)$/.test(toks[c0].lower)) {
        // "Wie X mitteilte, bombardierten die Kampfjets …": the subordinate clause is the Vorfeld, the subject follows
        subj = bare.find((m) => m.t0 > fin && m.t0 < Math.max(tr.t0, fin + 6));
      } else {
        // "Der Vorsitzende der PiS, der als starker Mann gilt, wies … zurück": the Vorfeld is an earlier clause
        const prev = c;
        // (a relative clause follows a comma, or is lower-case after a dash — "X – dem die Immunität … – hatte";
        // "Wien/Moskau – Der russische Botschafter …" opens the main clause)
        while (c > 0 && RELATIVES.has(opens(ctx, c)) && (ctx.toks[ctx.clauses[c][0] - 1]?.text === ',' || LOWER_START.test(ctx.toks[ctx.clauses[c][0]].text))) c--;
        // "Kammenos, zugleich Chef der Partei der Unabhängigen Griechen, warf …": a person's name alone before an
        // apposition is the Vorfeld (not the apposition's genitive)
        if (c > 0 && c === prev && !SUBORDINATORS.has(opens(ctx, c))) {
          const [n0, n1] = ctx.clauses[c - 1];
          const words = toks.slice(n0, n1).filter((t) => LETTER.test(t.text));
          const name = ctx.mentions.find((m) => m.entity.type === 'PER' && m.t0 >= n0 && m.t1 <= n1 && m.prep === null && words.length === m.t1 - m.t0 && toks[m.t1]?.text === ',');
          if (name && !toks.slice(ctx.clauses[c][0], ctx.clauses[c][1]).some((t) => AUX.has(t.lower))) c = c - 1;
        }
        const [g0, g1] = ctx.clauses[c];
        const r = vorfeldSubject(ctx, g0, g1, candidates(ctx, g0, g1), used);
        subj = r.subj;
        subjectless = r.subjectless;
        // "Hier müsse es einen Ausgleich geben, fordert X", "Der Entwurf sehe … vor, kritisierte der Vizepräsident":
        // a full clause before the verb (no relative clause between) is the content said; the subject follows the verb
        if (c === prev && (!subj || subj.t0 < 0 || fullClause(toks, g0, g1))) {
          // "…, fordert X", "…, kritisierte der Vizepräsident X", "…, wies OERAK-Präsident Wolff zurück"
          const after = bare.find((m) => !m.modifier && m.t0 > fin && m.t0 <= fin + 3 && toks.slice(fin + 1, m.t0).every((t) => DETERMINERS.has(t.lower) || UPPER_START.test(t.text)) && !obliquePhrase(toks, m, fin));
          if (after) {
            subj = after;
            subjectless = false;
          }
        }
      }
    } else {
      // "Flankiert von X und Y nimmt Z …", "Unterstützt durch X greift Z …": a participle phrase in the Vorfeld is no subject
      const participleVorfeld = UPPER_START.test(toks[c0].text) && VORFELD_PARTICIPLE.test(toks[c0].lower) && /^(von|vom|durch|mit)$/.test(toks[c0 + 1]?.lower ?? '');
      // "Den Vorschlag lehnte die FPÖ ab", "Dieser Darstellung widerspricht die ÖVP": a dative or accusative noun
      // phrase in the Vorfeld is an object; the subject follows the finite verb
      // "Nach seiner Prüfung der Holding (BVOG) übt der Rechnungshof Kritik": the Vorfeld holds one constituent; one
      // that opens with a preposition is a prepositional phrase, and a name inside it is no subject
      const oblique = !passive && fin > c0 && obliqueVorfeld(toks, c0, fin);
      // "Dem Minister warf X Versagen vor", "Der Unterrichtsministerin X wirft Lugar … vor": a name heading the object in
      // the Vorfeld is the verb's recipient (below, where no other is found)
      if (oblique && entry.pos === 'verb' && !coord) vorfeldObject = pool.find((m) => m.prep === null && !m.genitive && !m.modifier && m.t0 > c0 && m.t0 <= c0 + 3 && m.t1 <= fin);
      // (a bare name inside the phrase — a genitive, an apposition — is neither subject nor object of the verb)
      // (only where the verb closing the Vorfeld is sure: the trigger itself or an auxiliary)
      const inPP = !oblique && !passive && fin > c0 && ((fin === tr.t0 && entry.pos === 'verb') || isAux(toks[fin])) && ppVorfeld(ctx, c0, fin) ? pool.filter((m) => m.prep === null && m.t0 > c0 && m.t1 <= fin) : [];
      for (const m of inPP) used.add(m);
      const objectVorfeld = oblique || inPP.length > 0;
      subj = participleVorfeld || objectVorfeld ? undefined : derivHead(bare.find((m) => m.t1 <= fin && !(compoundRolePrefix(ctx, m) && roleHolder(ctx, toks[m.t0].lower))), pool, used);
      if (participleVorfeld) subj = bare.find((m) => m.t0 > fin && m.t0 < Math.max(tr.t0, fin + 6));
      if (!subj && fin > c0 && !participleVorfeld && !objectVorfeld) {
        const r = vorfeldSubject(ctx, c0, fin, pool, used);
        subj = r.subj;
        subjectless = r.subjectless;
      }
      // "Den Vorschlag lehnte er ab", "Eine Rückkehr … schließt er vorerst aus": a nominative pronoun right after the
      // finite verb is the subject where the Vorfeld named no one ("sie" only after an object or a prepositional
      // phrase: "Die Partei unterstützt sie" has "sie" as the object)
      const after = toks[fin + 1]?.lower ?? '';
      if (!subj && fin > c0 && !participleVorfeld && (subjectless || objectVorfeld) && (/^(er|ich|wir)$/.test(after) || (after === 'sie' && objectVorfeld && !PLURAL_VERB.test(toks[fin].lower))) && !ctx.mentions.some((m) => m.t0 === fin + 1)) {
        subj = after === 'ich' || after === 'wir' ? firstPerson(ctx, fin + 1) : sentenceAntecedent(ctx, fin + 1, after) ?? resolved(ctx, after, toks[fin].lower);
        subjectless = true;
      }
      if (!subj && !subjectless) {
        // V2 inversion: "Am Montag traf X …"; a pronoun right after the finite verb ("kritisierte er")
        if (/^(wir|ich)$/.test(toks[fin + 1]?.lower ?? '')) {
          subj = firstPerson(ctx, fin + 1);
          if (!subj) subjectless = true;
        } else if (/^(er|sie)$/.test(toks[fin + 1]?.lower ?? '') && !ctx.mentions.some((m) => m.t0 === fin + 1)) {
          if (toks[fin + 1].lower === 'er' || !/(en|sind)$/.test(toks[fin].lower)) subj = sentenceAntecedent(ctx, fin + 1, toks[fin + 1].lower) ?? resolved(ctx, toks[fin + 1].lower, toks[fin].lower);
          else {
            subj = pluralSie(ctx, fin + 1);
            subjectless = true;
          }
        }
        // (a plural finite verb has no single person as subject: "werfen die Abgeordneten Schaunig vor" — the name is the object)
        // (not a name in a dative or accusative phrase: "warf den saudi-arabischen Behörden Fahrlässigkeit vor")
        else subj = bare.find((m) => m.t0 > fin && m.t0 < Math.max(tr.t0, fin + 6) && !singlePersonAfterPlural(ctx, fin, m, pool) && !obliquePhrase(toks, m, fin)) ?? spokesGenitive(ctx, fin, pool, used);
      }
      // (the object or phrase in the Vorfeld is never the fallback subject)
      if (oblique && !subj) subjectless = true;
    }
    if (!subj && !subjectless && entry.pos === 'verb') {
      // a genitive ("die Regierung Russlands hat …") when nothing else is there
      // not one inside a prepositional phrase ("Einen Tag nach dem Wahlsieg der AKP ist die Polizei … vorgegangen")
      subj = pool.find((m) => m.genitive && !m.modifier && m.t1 <= Math.max(fin, tr.t0) && !used.has(m) && !genitiveInPrepPhrase(toks, m) && !objectGenitive(toks, m));
    }
    if (subj) {
      actors = subj.t0 < 0 ? [subj] : withCoordinated(ctx, subj, pool).filter((m) => !used.has(m));
      for (const m of actors) used.add(m);
    }
    // (the first conjunct's objects are that verb's: "Die FARC dankten Kerry … und baten um Unterstützung")
    if (coord) for (const m of pool) if (m.t0 < coord.conj) used.add(m);
  }
  // "…, sagen wir schon jetzt ein klares Nein, so X": "ich"/"wir" (never an object) in the trigger's own active clause
  // is its subject, wherever the clause's finite verb was placed: the quote's speaker (a noun only with its light verb:
  // "Seit dem IS-Angriff … können wir …" is another's act)
  if (!actors.length && ctx.speakerAt && !subjectless && !passive && !clausePassive && !zuClauseVerb && (entry.pos === 'verb' || (nounSetting && (lightVerbClause(ctx, c0, c1, entry.type) || speechLightClause(ctx, tr, c0, c1))))) {
    for (let k = c0; k < c1; k++) {
      if (toks[k].lower !== 'ich' && toks[k].lower !== 'wir') continue;
      const who = firstPerson(ctx, k);
      if (who) actors = [who];
      break;
    }
  }
  // a main clause resumed after a relative clause ("Dem Bezirksrat spricht X, der dort auch sitzt, Lob aus"): its subject
  // is the name the relative clause follows, a bare noun phrase (not "dem X", not a prepositional or genitive phrase)
  if (!actors.length && !subjectless && !passive && !clausePassive && !zuClauseVerb && (entry.pos === 'verb' || nounSetting)) {
    const main = resumedMainPart(ctx, toks[tr.t0].clause);
    const inMain = main ? candidates(ctx, main[0], main[1]) : [];
    const ante = inMain.find((m) => m.t1 === main![1] && m.prep === null && !m.genitive && !m.modifier && !used.has(m));
    if (ante) {
      // the name's own article ("der", "die", "das"; not "dem"/"den", not a genitive "des"), then what stands before it
      let k = ante.t0 - 1;
      if (k >= main![0] && /^(der|die|das)$/.test(toks[k].lower)) k--;
      while (k >= main![0] && INFLECTED_LOWER.test(toks[k].text) && !VERB_FORMS.has(toks[k].lower) && !AUX.has(toks[k].lower)) k--;
      if (k >= main![0] && /^(der|die|das)$/.test(toks[k].lower)) k--;
      const det = toks[ante.t0 - 1]?.lower ?? '';
      const objectLike = OBJECT_DETERMINERS.test(det) || PREPOSITIONS.has(det) || /^(des|eines|einer)$/.test(det);
      // the Vorfeld itself ("X, der …, übte Kritik"), or right after the finite verb when no other bare name precedes
      // it ("Dem Rat spricht X, der …, Lob aus"; not "Die EU will die Türkei, die …, unterstützen": the EU is the subject)
      const vorfeld = k < main![0];
      const inverted = !vorfeld && LOWER_START.test(toks[k].text) && (VERB_FORMS.has(toks[k].lower) || AUX.has(toks[k].lower) || SPRECHEN_FINITE.test(toks[k].lower)) &&
        !inMain.some((m) => m !== ante && m.t0 < ante.t0 && m.prep === null && !m.genitive && !OBJECT_DETERMINERS.test(toks[m.t0 - 1]?.lower ?? ''));
      if (!objectLike && (vorfeld || inverted)) {
        actors = [ante];
        used.add(ante);
      }
    }
  }
  // control: "Russland gibt an, Stellungen … zu bombardieren" — the zu-infinitive's subject is the governing clause's
  // also the subject's own event named in a zu-clause ("kündigte an, bei seinem Treffen mit X … anzusprechen")
  const zuInf = isZuInfinitive(ctx.toks, tr.t0) || (possessed && nounSetting && zuInfClause(toks, c0, c1));
  if (!actors.length && zuInf && ctx.toks[tr.t0].clause > 0) {
    for (let c = ctx.toks[tr.t0].clause - 1; c >= 0 && c >= ctx.toks[tr.t0].clause - 3; c--) {
      const [p0, p1] = ctx.clauses[c];
      // else the owner of the noun that ends the clause before: "Es gab niemals die Absicht der Afrikanischen Union, eine Mission … zu entsenden"
      const gov = candidates(ctx, p0, p1).find((m) => m.prep === null && !m.genitive) ?? (c === ctx.toks[tr.t0].clause - 1 ? candidates(ctx, p0, p1).find((m) => m.genitive && !m.modifier && m.t1 >= p1 - 2 && !genitiveInPrepPhrase(toks, m) && !objectGenitive(toks, m)) : undefined);
      if (gov) {
        actors = withCoordinated(ctx, gov, candidates(ctx, p0, p1));
        for (const m of actors) used.add(m);
        break;
      }
      // "Ich habe entschieden, das politische Leben 2018 zu verlassen, sagte X": "ich"/"wir" (always a subject) in the
      // governing clause is the quote's speaker
      // (not where the infinitive's clause opens with a verb and its own subject: "…, ich werde …, versucht X Trost zu spenden")
      const ownSubject = LOWER_START.test(toks[c0].text) && !DETERMINERS.has(toks[c0].lower) && pool.some((m) => m.prep === null && !m.genitive && m.t0 === c0 + 1);
      const self = ownSubject ? -1 : toks.findIndex((t, k) => k >= p0 && k < p1 && (t.lower === 'ich' || t.lower === 'wir'));
      // (outside a quote no one, never the infinitive's object)
      if (self >= 0) {
        const who = firstPerson(ctx, self);
        if (who) actors = [who];
        else subjectless = true;
        break;
      }
    }
  }
  // "Sein zweites Sondierungsgespräch hat … gedauert": a possessed event noun without an actor is the possessor's
  // ("seine Freilassung", "seine Begnadigung", "seine Festnahme": the possessor of a noun of what is done to someone is
  // that patient, the recipient)
  let possessedPatient: MentionRef | undefined;
  if (entry.pos === 'noun' && possessed && !passive && (!actors.length || PATIENT_MODES.has(entry.mode ?? ''))) {
    const pos = POSSESSIVE.test(toks[tr.t0 - 1]?.lower ?? '') ? toks[tr.t0 - 1].lower : toks[tr.t0 - 2].lower;
    const owner = pos.startsWith('sein') ? resolved(ctx) : undefined;
    if (owner && PATIENT_MODES.has(entry.mode ?? '')) possessedPatient = owner;
    else if (owner) actors = [owner];
  }
  // headlines and fragments without a clause subject: fall back to a bare mention anywhere in the clause
  if (!actors.length && entry.pos === 'verb' && !subjectless && !passive) {
    const any = pool.find((m) => m.prep === null && !m.modifier && !used.has(m) && m.t0 < tr.t0 && !(m.genitive && (genitiveInPrepPhrase(toks, m) || objectGenitive(toks, m))));
    if (any) {
      actors = withCoordinated(ctx, any, pool);
      for (const m of actors) used.add(m);
    }
  }
  if (!recipients.length && possessedPatient && !actors.some((a) => a.entity.id === possessedPatient!.entity.id)) recipients = [possessedPatient];
  if (!recipients.length && vorfeldObject && !used.has(vorfeldObject) && !actors.some((a) => a.entity.id === vorfeldObject!.entity.id)) {
    recipients = withCoordinated(ctx, vorfeldObject, pool).filter((m) => !used.has(m));
    for (const m of recipients) used.add(m);
  }
  if (!recipients.length && relObject && !used.has(relObject) && !actors.some((a) => a.entity.id === relObject!.entity.id)) {
    recipients = [relObject];
    used.add(relObject);
  }
  if (!recipients.length) {
    // "mit X" (consult, agree), typed prepositions, else a bare object after the finite verb; for a verb not the
    // argument of an event noun ("griff nach einem Anschlag auf X … Y an")
    const byPrep = pool.find((m) => !used.has(m) && !m.modifier && m.prep !== null && recPreps.has(m.prep) && !(isLocPrep(m) && !visit) && !(entry.pos === 'verb' && ofEventNoun(toks, m)) && !(entry.pos === 'noun' && otherNounsPhrase(toks, tr, m)));
    if (byPrep) recipients = withCoordinated(ctx, byPrep, pool).filter((m) => !used.has(m));
    else if (clausePassive && nounSetting && PATIENT_TYPES.has(entry.type)) {
      const patient = pool.find((m) => !used.has(m) && m.prep === null && !m.genitive && !m.modifier && m.t0 > tr.t0);
      if (patient) recipients = withCoordinated(ctx, patient, pool).filter((m) => !used.has(m));
    } else if (entry.pos === 'verb') {
      // passive: the victim is the subject right before the participle ("X erschossen und vier Israelis verletzt")
      let patient = passive && PATIENT_TYPES.has(entry.type) ? pool.filter((m) => !used.has(m) && m.prep === null && !m.genitive && !m.modifier && m.t1 <= tr.t0).pop() : undefined;
      // "…, das von Kampffliegern angegriffen worden sei": a passive relative clause's victim is its antecedent
      if (!patient && passive && PATIENT_TYPES.has(entry.type) && c0 > 0 && toks[c0 - 1].text === ',' && /^(der|die|das|den|welche|welcher|welches)$/.test(toks[c0].lower)) {
        patient = ctx.mentions.find((m) => m.t1 === c0 - 1 && m.entity.type !== 'MISC' && !used.has(m));
      }
      // "wurde er festgenommen", "hatte ihn … gebeten": a pronoun victim or object is the person named before;
      // "unterstützen mich" in a quote is its speaker
      if (!patient) patient = pronounObject(ctx, tr, c0, c1, passive, actors);
      // a genitive in the Vorfeld of a finite trigger whose actor the role noun there resolved is that noun's owner,
      // not an object: "Die Präsidentin des Obersten Gerichtshofs fordert …"
      const ownerInSubject = (m: MentionRef) => m.genitive && m.t1 <= tr.t0 && actors[0]?.t0 === -1 && finitePosition(ctx, tr, c0, c1) === tr.t0;
      const obj =
        patient ??
        (PATIENT_TYPES.has(entry.type) ? pool.find((m) => !used.has(m) && m.genitive && !m.modifier && objectGenitive(toks, m) && m.t0 < tr.t0) : undefined) ??
        // (not the actor's party in brackets: "Mitterlehner (ÖVP) kritisiert …")
        pool.find((m) => !used.has(m) && m.prep === null && !m.genitive && m.t0 > (actors[0]?.t0 ?? -1) && !(toks[m.t0 - 1]?.text === '(' && m.t0 < tr.t0 && actors.some((a) => a.t1 === m.t0 - 1))) ??
        pool.find((m) => !used.has(m) && !m.modifier && (m.genitive || m.prep === 'von') && m.t0 > tr.t0 - 4 && m.t0 > (actors[0]?.t0 ?? -1) && !ownerInSubject(m)) ??
        // "kritisiert die vom Regierungspartner SPÖ forcierte Verschärfung": the agent of the object's participle owns it
        pool.find((m) => !used.has(m) && m.t0 > tr.t0 && m.t0 > (actors[0]?.t0 ?? -1) && INFLECTED_T_OR_EN.test(toks[m.t1]?.text ?? '') && toks.slice(Math.max(tr.t0 + 1, m.t0 - 3), m.t0).some((t) => t.lower === 'vom' || t.lower === 'von') && /^(die|den|das|der|dem|eine|einen|ein)$/.test(toks[tr.t0 + 1]?.lower ?? '')) ??
        pool.find((m) => !used.has(m) && m.genitive && !m.modifier && m.t0 > tr.t0 - 4 && m.t0 > (actors[0]?.t0 ?? -1) && !ownerInSubject(m));
      // (last: the passive subject of a type whose object is its recipient — the first bare name before the participle)
      const passiveSubject = !obj && passive && PASSIVE_OBJECT_TYPES.has(entry.type) ? pool.find((m) => !used.has(m) && m.prep === null && !m.genitive && !m.modifier && m.t1 <= tr.t0) : undefined;
      if (obj ?? passiveSubject) recipients = withCoordinated(ctx, (obj ?? passiveSubject)!, pool).filter((m) => !used.has(m));
    }
    // "Al-Asir sei bei dem Versuch, … auszureisen, von Behörden festgenommen worden", "wurde X wegen der Gründung einer
    // Gruppe, die …, sowie wegen … verurteilt": the passive subject stands in the main part before the insertion
    if (!recipients.length && entry.pos === 'verb' && tr.participle && (PATIENT_TYPES.has(entry.type) || PASSIVE_OBJECT_TYPES.has(entry.type))) {
      const m = resumedMainPart(ctx, toks[tr.t0].clause);
      // (the passive auxiliary may stand in the main part: "2014 wurde X …, die …, sowie wegen … verurteilt")
      const main = m && (passive || toks.slice(m[0], m[1]).some((t) => /^(wurde|wurden|worden)$/.test(t.lower))) ? m : null;
      const subj = main ? candidates(ctx, main[0], main[1]).find((m) => !used.has(m) && m.prep === null && !m.genitive && !m.modifier && !actors.some((a) => a.entity.id === m.entity.id)) : undefined;
      if (subj) recipients = withCoordinated(ctx, subj, candidates(ctx, main![0], main![1])).filter((m) => !used.has(m));
    }
    if (!recipients.length && visit) {
      const loc = pool.find((m) => !used.has(m) && !m.modifier && m.entity.type === 'LOC' && (m.prep === 'in' || m.prep === 'im' || m.prep === 'nach' || m.prep === null));
      if (loc) recipients = [loc];
    }
    for (const m of recipients) used.add(m);
  }
  // "zusammen mit X", "gemeinsam mit X": a co-actor, not a recipient
  if (actors.length) {
    // "mit seinem Cousin X", "mit ihrem Komplizen X": a companion in a one-sided act (not the partner of a meeting)
    const co = pool.find((m) => m.prep === 'mit' && m.prepAt !== undefined && (/^(zusammen|gemeinsam)$/.test(toks[m.prepAt - 1]?.lower ?? '') || companion(toks, entry, m)) && !actors.includes(m));
    if (co) {
      for (const m of withCoordinated(ctx, co, pool)) if (!actors.includes(m)) actors.push(m);
      recipients = recipients.filter((r) => !actors.includes(r));
      for (const m of actors) used.add(m);
    }
  }
  // "Er habe ebenso wie sein Kollege X seinen Posten geräumt": a comparison "ebenso/genauso wie X" names a
  // co-actor, not an object
  if (actors.length) {
    const like = pool.find((m) => !actors.includes(m) && m.prep === null && !m.modifier && m.t0 < tr.t0 && toks.slice(Math.max(c0, m.t0 - 5), m.t0).some((t, k, arr) => t.lower === 'wie' && /^(ebenso|genauso|gleich|ebenfalls)$/.test(arr[k - 1]?.lower ?? '')) && !toks.slice(Math.max(c0, m.t0 - 5), m.t0).some((t) => t.text === ',' || PREPOSITIONS.has(t.lower)));
    if (like) {
      for (const m of withCoordinated(ctx, like, pool)) if (!actors.includes(m)) actors.push(m);
      recipients = recipients.filter((r) => !actors.includes(r));
      for (const m of actors) used.add(m);
    }
  }
  // "Hunderte italienische Kleinsparer … haben … gegen die Regierung … demonstriert", "haben die griechischen Seeleute … einen
  // Fährenstreik begonnen": a nationality adjective of people who protest or strike against their own government or
  // employer names no actor (docs/events-gold.md, blind 20); a foreign government named by its adjective keeps it
  if (entry.type === 'PROTEST' && actors.length > 0 && actors.every((m) => m.form === 'deriv')) {
    const foreign = ctx.mentions.some((m) => m.form === 'deriv' && !actors.some((a) => a.entity.id === m.entity.id));
    const ownGovernment = toks.some((t) => /^regierung/.test(t.lower)) && !foreign && !recipients.some((r) => r.entity.type === 'LOC' && !actors.some((a) => a.entity.id === r.entity.id));
    if (/streik/.test(toks[tr.t0].lower) || ownGovernment) actors = [];
  }
  // "Der Bezirksvertretung spricht X Lob aus", "Dem Minister zollte X Respekt": a fronted dative before the light or speech
  // verb of a speech-act noun is its addressee
  // (also in the main part before an inserted relative clause: "Der Bezirksvertretung spricht X, der …, Lob aus")
  const mainPart = entry.pos === 'noun' && !recipients.length ? resumedMainPart(ctx, toks[tr.t0].clause) : null;
  const v0 = mainPart ? mainPart[0] : c0;
  if (!recipients.length && entry.pos === 'noun' && nounSetting && SPEECH_NOUN_TYPES.has(entry.type) && /^(dem|der|einem|einer)$/.test(toks[v0]?.lower ?? '')) {
    let fin = tr.t0;
    if (mainPart) {
      for (let j = v0 + 1; j < mainPart[1]; j++) if (LOWER_START.test(toks[j].text) && (VERB_FORMS.has(toks[j].lower) || AUX.has(toks[j].lower) || SPRECHEN_FINITE.test(toks[j].lower))) {
        fin = j;
        break;
      }
    } else fin = finitePosition(ctx, tr, c0, c1);
    const dat = fin < tr.t0 && obliqueVorfeld(toks, v0, fin) ? (mainPart ? candidates(ctx, mainPart[0], mainPart[1]) : pool).find((m) => !used.has(m) && m.prep === null && !m.genitive && !m.modifier && m.t0 === v0 + 1 && m.t1 === fin) : undefined;
    if (dat) {
      recipients = [dat];
      used.add(dat);
    }
  }
  // "Gegen X, der …, laufen Ermittlungen", "Unter anderem wird gegen den Chef der HDP, Selahattin Demirtas, ermittelt": the
  // recipient's phrase opens the main clause before an inserted relative clause or apposition
  // (not a zu-infinitive, which belongs to the insertion: "Doskozil, der gut daran täte, sich zu informieren")
  if (!recipients.length && recPreps.size && !(entry.pos === 'verb' && isZuInfinitive(toks, tr.t0))) {
    const r = insertedBefore(ctx, toks[tr.t0].clause, recPreps, used, actors);
    if (r) {
      recipients = withCoordinated(ctx, r, pool.includes(r) ? pool : candidates(ctx, r.t0, r.t1)).filter((m) => !used.has(m));
      for (const m of recipients) used.add(m);
    }
  }
  // "forderten, dass Merkel den Zuzug stoppen müsse", "Amazon solle den Tarifvertrag anerkennen, forderte X": the subject
  // of the demanded clause is the one the demand is made of
  if (!recipients.length && entry.type === 'REQUEST' && entry.pos === 'verb') {
    const r = demandedSubject(ctx, toks[tr.t0].clause, actors);
    if (r && !used.has(r)) {
      recipients = [r];
      used.add(r);
    }
  }
  // place: a LOC in the sentence that is not an argument, preferring "in X"
  const allLocs = ctx.mentions.filter((m) => m.entity.type === 'LOC' && !used.has(m) && m.form !== 'deriv' && !laterConjunct(m));
  // (h/evconj) a later conjunct's own place first ("… treffen und im Oktober in Moskau")
  const ownLocs = k0 > c0 ? allLocs.filter((m) => m.t0 >= k0 && m.t0 < k1) : [];
  const locs = ownLocs.some((m) => m.prep === 'in' || m.prep === 'im') ? ownLocs : allLocs;
  const place = locs.find((m) => m.prep === 'in' || m.prep === 'im') ?? locs.find((m) => m.prep !== null && /^(nahe|bei|an|am|nach|aus)$/.test(m.prep)) ?? (visit ? recipients.find((m) => m.entity.type === 'LOC') : undefined) ?? locs.find((m) => m.t0 === 0 && ctx.toks[m.t1]?.text === '–') ?? null;
  // "ein Anhänger der Jihadistenmiliz Islamischer Staat (IS) hat … angeschossen": the bracketed short name of an actor is no recipient
  const sameParty = (r: MentionRef) => actors.some((a) => a.entity.id === r.entity.id || (a.t1 >= 0 && a.t1 === r.t0 - 1 && toks[r.t0 - 1]?.text === '('));
  // "gratulierte Frankreich über den Kurznachrichtendienst Twitter", "auf Facebook": a platform is the medium, not a recipient
  const medium = (r: MentionRef) => SOCIAL_MEDIA.test(r.entity.name) && (r.prep !== null || /dienst$|netzwerk$|plattform$/.test(toks[r.t0 - 1]?.lower ?? ''));
  return { actors: dedupe(actors), recipients: dedupe(recipients).filter((r) => !sameParty(r) && !medium(r)), place };
}

function dedupe(ms: MentionRef[]): MentionRef[] {
  const seen = new Set<string>();
  return ms.filter((m) => (seen.has(m.entity.id) ? false : (seen.add(m.entity.id), true)));
}

/** The quote (direct or indirect) containing an offset. */
/** Items per sentence index, for every sentence that the offset range [first, last] of an item overlaps. */
function bucketBySentence<T>(doc: Doc, items: readonly T[], range: (item: T) => [number, number]): T[][] {
  const out: T[][] = [];
  const sents = doc.sentences;
  for (const item of items) {
    const [first, last] = range(item);
    // first sentence ending after `first`, last sentence starting at or before `last`
    for (let k = firstIndexNotBefore(sents.length, (x) => sents[x].end <= first); k < sents.length && sents[k].start <= last; k++) (out[k] ??= []).push(item);
  }
  return out;
}

function quoteAt(quotes: Quote[], offset: number): Quote | null {
  for (const q of quotes) {
    if (offset < q.start || offset >= q.end) continue;
    // the trigger is the quote's own cue ("forderte … auf, …"): the speech act itself, not a reported event
    if (q.cue && offset >= q.cue.start && offset < q.cue.end) continue;
    return q;
  }
  return null;
}

/** Time of the event: a time expression in the same clause, else in the sentence, else the published date. */
function timeFor(ctx: SentenceContext, tr: Trigger, times: TimeExpression[]): TimeExpression | null {
  const s = ctx.doc.sentences[ctx.index];
  const inSentence = times.filter((t) => t.start >= s.start && t.start < s.end && (t.type === 'DATE' || t.type === 'TIME'));
  if (!inSentence.length) return null;
  const [c0, c1] = clauseOf(ctx, tr.t0);
  const cs = ctx.toks[c0].start;
  const ce = ctx.toks[c1 - 1].end;
  const inClause = inSentence.filter((t) => t.start >= cs && t.start < ce);
  // (h/evconj) a time of the trigger's own conjunct first; none after the conjunct that closes with the trigger's verb
  // ("… im Juni treffen und im Oktober …"); a time before both conjuncts is shared ("Am Montag trafen sich … und …")
  const [k0, k1, k2] = conjunctOf(ctx, tr.t0);
  const ks = ctx.toks[k0].start;
  const ke = ctx.toks[k1 - 1].end;
  const ne = ctx.toks[k2 - 1].end;
  const inConjunct = inClause.filter((t) => t.start >= ks && t.start < ke);
  const notLater = k1 < c1 ? inClause.filter((t) => t.start < ke || t.start >= ne) : inClause;
  if (!inConjunct.length && !notLater.length && k1 < c1) {
    // (only times of the later conjuncts in the clause: none of them is the trigger's)
    const outside = inSentence.filter((t) => t.start < ke || t.start >= ne);
    if (!outside.length) return null;
    return outside.reduce((a, b) => (Math.abs(b.start - ctx.toks[tr.t0].start) < Math.abs(a.start - ctx.toks[tr.t0].start) ? b : a));
  }
  const pool = inConjunct.length ? inConjunct : notLater.length ? notLater : inClause.length ? inClause : inSentence;
  const at = ctx.toks[tr.t0].start;
  return pool.reduce((a, b) => (Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a));
}

export interface RawEvent extends EventRecord {
  mentions: EventMention[];
}

/** Finite plural forms of auxiliaries and modals. */
const PLURAL_AUX = /^(haben|hatten|hätten|sind|waren|wären|werden|wurden|würden|wollen|wollten|können|konnten|könnten|müssen|mussten|müssten|sollen|sollten|dürfen|durften)$/;

/**
 * "Die Jihadisten haben die Hafenstadt … gebracht. Sie sollen …": the group (an organisation, or a group noun the
 * entities stage linked, not a person) named as the subject that opens sentence `s` before a plural finite verb (an
 * auxiliary or modal, or a lower-case word in -en right after it); null when the sentence opens otherwise, with two names
 * ("X und Y treffen sich") or with a singular verb.
 */
function pluralOpener(doc: Doc, s: number, bySentence: Map<number, { entity: Entity; start: number; end: number; form: string }[]>, starts: Int32Array, texts: { words: readonly string[]; lower: readonly string[] }): Entity | null {
  const list = bySentence.get(s);
  if (!list?.length) return null;
  let k = starts[s];
  const end = starts[s + 1] ?? doc.tokens.length;
  // a dateline ("Wien – Die Grünen …")
  for (let j = k; j < Math.min(end, k + 4); j++) if (texts.words[j] === '–' || texts.words[j] === '-') { k = j + 1; break; }
  const at = doc.tokens[k]?.start;
  if (at === undefined) return null;
  const m = list.find((x) => x.start === at) ?? (texts.lower[k] === 'die' ? list.find((x) => x.start === doc.tokens[k + 1]?.start) : undefined);
  if (!m || m.entity.type === 'PER' || m.entity.type === 'MISC') return null;
  let v = k;
  while (v < end && doc.tokens[v].start < m.end) v++;
  const verb = texts.lower[v] ?? '';
  if (!LOWER_START.test(texts.words[v] ?? '')) return null;
  return PLURAL_AUX.test(verb) || (/en$/.test(verb) && VERB_FORMS.has(verb)) ? m.entity : null;
}

/** Extracts the events of a document (needs tokens and sentences; uses whichever other layers exist). */
export function extractEvents(doc: Doc): RawEvent[] {
  const bySentence = new Map<number, { entity: Entity; start: number; end: number; form: string }[]>();
  const sentenceOf = (offset: number) => sentenceAt(doc, offset);
  for (const e of doc.entities ?? []) {
    for (const m of e.mentions ?? []) {
      const s = sentenceOf(m.start);
      if (s < 0) continue;
      let list = bySentence.get(s);
      if (!list) bySentence.set(s, (list = []));
      list.push({ entity: e, start: m.start, end: m.end, form: m.form ?? 'name' });
    }
  }
  for (const m of participantMentions(doc)) {
    const s = sentenceOf(m.start);
    if (s < 0) continue;
    let list = bySentence.get(s);
    if (!list) bySentence.set(s, (list = []));
    list.push(m);
  }
  const entityById = new Map((doc.entities ?? []).map((e) => [e.id, e]));
  // one coding per entity and document (a copy for each event)
  const codes = new Map<string, ReturnType<typeof codeActor>>();
  const codeOf = (id: string) => {
    let c = codes.get(id);
    if (!c) codes.set(id, (c = codeActor(entityById.get(id)!)));
    return { ...c };
  };
  const events: RawEvent[] = [];
  let lastActor: { e: Entity; s: number } | null = null;
  // the person mentioned last (by position: mentions come grouped by entity)
  let lastMention = null as { e: Entity; s: number; at: number } | null;
  let lastGroup: { e: Entity; s: number } | null = null;
  // the patient of the last arrest, charge or release ("den Verdächtigen" later stands for them)
  let lastPatient: { ids: string[]; s: number } | null = null;
  // persons by the sentence they were last named in, most recent first
  let recent: { e: Entity; s: number }[] = [];
  let recentActors: { e: Entity; s: number }[] = [];
  const notePersons = (s: number): void => {
    for (const m of bySentence.get(s) ?? []) {
      if (m.entity.type !== 'PER') continue;
      if (!(lastMention && lastMention.s === s && lastMention.at > m.start)) lastMention = { e: m.entity, s, at: m.start };
      if (recent[0]?.e !== m.entity) recent = [{ e: m.entity, s }, ...recent.filter((r) => r.e !== m.entity && r.s >= s - 3)];
    }
  };
  // the lower-cased text, for the character-level trigger test where lower-casing keeps every offset
  const lowerText = doc.text.toLowerCase();
  const sameOffsets = lowerText.length === doc.text.length;
  const allToks = doc.tokens;
  const texts = tokenTexts(doc); // the token strings NER and quotes read already
  // times, figures and quotes by sentence (document order kept), so that long documents stay linear
  const timesBySentence = bucketBySentence(doc, doc.times ?? [], (t) => [t.start, t.start]);
  const figuresBySentence = bucketBySentence(doc, doc.figures ?? [], (f) => [f.start, f.start]);
  const quotesBySentence = bucketBySentence(doc, doc.quotes ?? [], (q) => [q.start, Math.max(q.start, q.end - 1)]);
  // a sports report: beating, attacking, meeting or hosting an opponent are play, not events (decided on
  // first need: only a trigger with a sport sense asks, and most documents have none)
  let sport: boolean | undefined;
  // most sentences have no trigger: decided for all sentences first, before any token object is made
  // (a sentence with an amount of money may hold a transfer found from its arguments: money.ts)
  const starts = sentenceTokenStarts(doc);
  const filter = sentenceFilter(doc, lowerText, sameOffsets, texts.lower, figuresBySentence, starts);
  for (let s = 0; s < doc.sentences.length; s++) {
    const from = starts[s];
    const te = starts[s + 1];
    const filtered = filter[s];
    if (!(filtered & SENTENCE_ANALYSED)) {
      notePersons(s);
      continue;
    }
    const sentenceFigures = figuresBySentence[s];
    const money = (filtered & SENTENCE_MONEY) !== 0;
    const evaluable = (filtered & SENTENCE_EVALUABLE) !== 0;
    const toks = sentenceTokObjects(allToks, texts.words, texts.lower, from, te);
    if (!sameOffsets && !money && !evaluable && !mayHaveTrigger(toks)) {
      notePersons(s);
      continue;
    }
    const ctx = sentenceContext(doc, s, bySentence, toks);
    ctx.lastPerson = lastActor && lastActor.s >= s - 2 ? lastActor.e : lastMention && lastMention.s >= s - 3 ? lastMention.e : null;
    ctx.lastMentioned = lastMention && lastMention.s >= s - 2 ? lastMention.e : null;
    ctx.recentPersons = recent.filter((r) => r.s >= s - 3).map((r) => r.e);
    ctx.recentActors = recentActors.filter((r) => r.s >= s - 3).map((r) => r.e);
    ctx.lastGroup = lastGroup && lastGroup.s === s - 1 && !(lastActor && lastActor.s === s - 1) ? lastGroup.e : null;
    ctx.lastPlural = s > 0 ? pluralOpener(doc, s - 1, bySentence, starts, texts) : null;
    const sentenceQuotes = quotesBySentence[s];
    if (sentenceQuotes?.length) ctx.speakerAt = (offset) => {
      const q = sentenceQuotes.find((x) => x.start <= offset && offset < x.end);
      return q?.speaker ? entityById.get(q.speaker) ?? null : null;
    };
    notePersons(s);
    if (!ctx.toks.length) continue;
    const triggers = findTriggers(ctx);
    if (money) addMoneyTrigger(ctx, triggers, sentenceFigures);
    if (!triggers.length && !evaluable) continue;
    const found = triggers.map((tr) => ({ tr, args: findArguments(ctx, tr) })).filter(({ tr, args }) => {
      if (sportSense(tr.entry.type, tr.entry.lemma, doc.text.slice(ctx.toks[0].start, ctx.toks[ctx.toks.length - 1].end)) && (sport ??= sportContext(doc.text))) return false;
      // "31 weitere wurden verletzt": a passive assault needs no named victim
      if (tr.entry.needRec && !args.recipients.some((r) => r.form !== 'pronoun') && !((PATIENT_TYPES.has(tr.entry.type) || tr.entry.predecessor === 'named') && isPassive(ctx, tr, ...clauseOf(ctx, tr.t0))) && !personObject(ctx, tr)) return false;
      // (a talk with a newspaper or agency is an interview, no event: "sprach mit der Deutschen Presse-Agentur")
      // "um mit X zu sprechen", "mit X gesprochen": quoting someone's words, no talks
      if (tr.entry.recByPrep) {
        const [k0, k1] = clauseOf(ctx, tr.t0);
        const ws = ctx.toks.slice(k0, k1).map((t) => t.lower);
        if (ws[0] === 'um' || (ws.includes('gesprochen') && !ws.some((w) => /^(hat|haben|hatte|hatten|habe|hätte|hätten|wurde|wurden|worden|ist|sind|war|waren)$/.test(w)))) return false;
      }
      if (tr.entry.recByPrep && !args.recipients.some((r) => r.form !== 'pronoun' && r.prep !== null && tr.entry.recPrep!.includes(r.prep) && codeActor(r.entity).sector !== 'MED')) return false;
      // (a succession names its successor or its predecessor: "An seine Stelle rückt X", with the subject after the verb)
      if (tr.entry.needActor && !args.actors.length && !(tr.entry.predecessor && predecessorOf(ctx, tr, args))) return false;
      // (a succession that names no predecessor is taking up an office: no event)
      if (tr.entry.predecessor === 'named' && !predecessorOf(ctx, tr, args)) return false;
      // a soft object condition: a body or a state decides, not a person
      if (tr.soft && !args.actors.some((a) => a.entity.type === 'ORG' || a.entity.type === 'LOC')) return false;
      if (tr.entry.advocacy && !args.recipients.length) {
        const [c0, c1] = clauseOf(ctx, tr.t0);
        for (let j = c0; j < c1; j++) if (ctx.toks[j].lower === 'für') return false;
      }
      // "bespricht man sich nicht": a generic "man" subject in the present tense describes a habit, not an event
      if (!args.actors.length && tr.entry.pos === 'verb' && tr.present) {
        const [c0, c1] = clauseOf(ctx, tr.t0);
        // (not the organisation speaking in indirect speech: "verlange man", "man werde … zusammenarbeiten", "man wolle")
        const cl = ctx.toks.slice(c0, c1).map((t) => t.lower);
        if (cl.includes('man') && !/e$/.test(ctx.toks[tr.t0].lower) && !cl.some((w) => GENERIC_BLOCK.has(w))) return false;
      }
      // "Aber man muss … helfen und ihn unterstützen", "Wir müssen Gespräche mit den Bürgermeistern führen":
      // an infinitive under an indicative modal of obligation or ability with a generic "man" or a speaking "wir"
      // is a rule or an opinion, not an event (the clause's own words only; not a participle: "muss … verhaftet worden sein";
      // not a future: "werden wir nicht zustimmen können" announces a stance; not the speaker's performative rejection or
      // censure: "müssen wir allerdings entschieden zurückweisen")
      if (tr.entry.pos === 'verb' && !tr.participle) {
        const [c0, c1] = clauseOf(ctx, tr.t0);
        let man = false, wir = false, manModal = false, wirModal = false, future = false;
        for (let j = c0; j < c1; j++) {
          const l = ctx.toks[j].lower;
          if (l === 'man') man = true;
          else if (l === 'wir') wir = true;
          else if (GENERIC_MAN_MODAL.has(l)) manModal = true;
          else if (GENERIC_WIR_MODAL.has(l)) wirModal = true;
          else if (l === 'werden' || l === 'wird' || l === 'würden' || l === 'würde') future = true;
        }
        if (!future && ((man && manModal) || (wir && wirModal && tr.entry.type !== 'REJECT' && tr.entry.type !== 'ACCUSE'))) return false;
      }
      // "hält fest: …", "hält fest, dass …": recording a statement, not holding a person
      if (tr.entry.lemma === 'festhalten' && tr.particle !== null) {
        const after = ctx.toks[tr.particle + 1];
        if (after && (after.text === ':' || (after.text === ',' && ctx.toks[tr.particle + 2]?.lower === 'dass'))) return false;
      }
      // "Werbung ist verboten", "verboten ist es, dass …": a stative participle with no actor states a standing rule
      if (tr.entry.stativeRule && !args.actors.length) {
        const [c0, c1] = clauseOf(ctx, tr.t0);
        let copula = false, dynamic = false;
        for (let j = c0; j < c1; j++) {
          const l = ctx.toks[j].lower;
          if (STATIVE_COPULA.has(l)) copula = true;
          if (DYNAMIC_AUX.has(l)) dynamic = true;
        }
        if (copula && !dynamic) return false;
      }
      // "wegen Unterstützung einer terroristischen Vereinigung angeklagt", "wegen fahrlässiger Tötung
      // verurteilt": the charge a legal act names is its content, no event of its own
      if (chargeContent(ctx, tr)) return false;
      if (tr.entry.needArg && !args.recipients.length && args.actors.length < 2) {
        const [c0, c1] = clauseOf(ctx, tr.t0);
        let refl = false;
        for (let j = c0; j < c1; j++) if (REFLEXIVES.has(ctx.toks[j].lower)) refl = true;
        if (!refl) return false;
      }
      // counts over a calendar period and a court's sessions (counts.ts)
      const [k0, k1] = clauseOf(ctx, tr.t0);
      if (countedStatistic(ctx, tr, k0, k1) || courtSession(ctx, tr, k0, k1)) return false;
      return true;
    });
    // known triggers typed by their construction (retype.ts: a body's approval AGREE, a threat as a verdict ACCUSE, …)
    for (let i = found.length - 1; i >= 0; i--) {
      const entry = retype(ctx, found[i].tr, found[i].args, sentenceFigures, found);
      if (entry) found[i].tr.entry = entry;
      else found.splice(i, 1);
    }
    // evaluations found from critic, predicate and target (evaluations.ts)
    if (evaluable) for (const x of evaluationEvents(ctx, triggers)) found.push(x);
    const selected = selectTriggers(ctx, found, triggers, timesBySentence[s] ?? []);
    // (h/evconj) two events of one type kept apart in coordinated conjuncts: a place borrowed from the other's conjunct is
    // that event's, not this one's
    for (const x of selected) {
      const p = x.args.place;
      if (!p) continue;
      const [k0, k1] = conjunctOf(ctx, x.tr.t0);
      if (p.t0 >= k0 && p.t0 < k1) continue;
      if (selected.some((o) => o !== x && o.tr.entry.type === x.tr.entry.type && p.t0 >= conjunctOf(ctx, o.tr.t0)[0] && p.t0 < conjunctOf(ctx, o.tr.t0)[1] && conjunctsApart(ctx, x.tr, o.tr, timesBySentence[s] ?? []))) x.args.place = null;
    }
    // an attribution phrase ("nach Angaben von X", "laut X") in a clause with its own event covers that clause only:
    // "erschoss X nach palästinensischen Angaben einen Palästinenser, in Hebron wurde … getötet"
    const attClause = ctx.attribution?.phrase ? ctx.toks[ctx.attribution.t0].clause : -1;
    const attBound = attClause >= 0 && selected.some(({ tr }) => ctx.toks[tr.t0].clause === attClause);
    let attributedByNext: boolean | undefined;
    for (const { tr, args } of selected) {
      if (tr.entry.predecessor) predecessorArguments(ctx, tr, args);
      comitativeActors(ctx, tr, args);
      // a capital standing for its state is no second party of the state ("Russland" … "was Moskau bestreitet")
      if (args.actors.length && args.recipients.length) args.recipients = args.recipients.filter((r) => !(r.entity.type === 'LOC' && args.actors.some((a) => a.entity.type === 'LOC' && capitalOfSameState(a.entity.name, r.entity.name))));
      const at = ctx.toks[tr.t0].start;
      const quote = quoteAt(quotesBySentence[s] ?? [], at);
      let attribution = attBound && ctx.toks[tr.t0].clause !== attClause ? null : ctx.attribution;
      // "…, sagte X, bevor er die Einigung besiegelte": a temporal clause after the speech verb is the narrator's
      if (attribution && !attribution.phrase && tr.t0 > attribution.t1 && /^(bevor|ehe|nachdem)$/.test(ctx.toks[ctx.clauses[ctx.toks[tr.t0].clause][0]].lower)) attribution = null;
      let source: string | null = attribution?.entity ?? null;
      if (quote && quote.speaker) source = quote.speaker;
      const reportedClause = reportingClause(ctx, tr);
      if (!source && reportedClause) source = reportedClause;
      const time = timeFor(ctx, tr, timesBySentence[s] ?? []);
      const actorIds = args.actors.map((m) => m.entity.id);
      // "wir"/"ich" of a quote resolved to its speaker ("Die anderen 10.000 Quadratmeter geben wir zurück"): the speaker's
      // own act is still told by the speaker (reported, as the gold codes "Wir fordern … auf"), unlike a named actor
      const namedActorIds = args.actors.filter((m) => m.form !== 'speaker').map((m) => m.entity.id);
      let modality: Modality = decideModality(ctx, tr, {
        quoted: !!quote,
        attributed: !!attribution || reportedClause !== null || (!!quote && !!quote.speaker && !namedActorIds.includes(quote.speaker)) || (attributedByNext ??= attributesPrevious(doc, s)),
        time,
        published: doc.published,
        times: timesBySentence[s],
      });
      // (an evaluation is the critic's own speech act, in indirect speech or not: asserted, or historical in the past)
      // (so is an announced threat: "werde dies Sanktionen nach sich ziehen", `said`)
      if ((isEvaluation(tr.entry) || tr.entry.said) && modality !== 'historical') modality = 'asserted';
      // (h/evpol) a handover of office told in the present announces it ("Für sie übernimmt X das Innenressort", "X gibt
      // den Parteivorsitz ab"): planned, as the gold codes a change of office that is yet to take effect
      if (tr.entry.type === 'CONCEDE' && tr.entry.predecessor === 'named' && tr.entry.pos === 'verb' && tr.present && !tr.participle && (modality === 'asserted' || modality === 'reported')) modality = 'planned';
      const trigger = {
        start: ctx.toks[tr.t0].start,
        end: ctx.toks[tr.t1 - 1].end,
        text: doc.text.slice(ctx.toks[tr.t0].start, ctx.toks[tr.t1 - 1].end),
      };
      const ev: RawEvent = {
        id: '',
        type: financialSupport(ctx, tr) ? 'AID' : tr.entry.type,
        mode: financialSupport(ctx, tr) ? null : tr.entry.mode,
        modality,
        actors: actorIds,
        recipients: args.recipients.map((m) => m.entity.id),
        place: args.place ? args.place.entity.id : null,
        time: time ? time.value : doc.published ? doc.published.slice(0, 10) : null,
        timeFromText: !!time,
        source: source && !namedActorIds.includes(source) ? source : null,
        trigger,
        sentence: s,
        mentions: [{ trigger, sentence: s, modality, source: source && !namedActorIds.includes(source) ? source : null }],
        lemma: tr.entry.lemma,
      };
      if (tr.particle !== null) ev.particle = { start: ctx.toks[tr.particle].start, end: ctx.toks[tr.particle].end, text: ctx.toks[tr.particle].text };
      if (attribution && !attribution.entity) ev.sourceText = attribution.text;
      if (lastPatient && lastPatient.s >= s - 4 && s > lastPatient.s) {
        const slot = patientNoun(ctx, tr);
        if (slot === 'actor' && !ev.actors.length) { ev.actors = [...lastPatient.ids]; actorIds.push(...lastPatient.ids); }
        else if (slot === 'recipient' && !ev.recipients.length && !ev.actors.some((id) => lastPatient!.ids.includes(id))) ev.recipients = [...lastPatient.ids];
      }
      // (persons and groups only: a country is no suspect)
      if ((ev.type === 'COERCE' || ev.type === 'ACCUSE' || ev.type === 'RETREAT') && ev.recipients.length && ev.recipients.every((id) => /^(PER|ORG)$/.test(entityById.get(id)?.type ?? ''))) lastPatient = { ids: [...ev.recipients], s };
      ev.actorCodes = actorIds.map((id) => codeOf(id));
      ev.recipientCodes = ev.recipients.map((id) => codeOf(id));
      const sen = doc.sentences[s];
      const figs = (figuresBySentence[s] ?? []).filter((f) => f.start >= sen.start && f.end <= sen.end).map((f) => f.id);
      if (figs.length) ev.figures = figs;
      events.push(ev);
      const per = actorIds.map((id) => entityById.get(id)!).find((e) => e && e.type === 'PER');
      if (per) {
        lastActor = { e: per, s };
        if (recentActors[0]?.e !== per) recentActors = [{ e: per, s }, ...recentActors.filter((r) => r.e !== per && r.s >= s - 3)];
      }
      const first = entityById.get(actorIds[0]);
      if (first && (first.type === 'ORG' || first.type === 'LOC') && !(lastGroup && lastGroup.s === s)) lastGroup = { e: first, s };
    }
  }
  return events;
}

/** Nouns for the patient of an arrest or a charge ("der Verdächtige", "die Beschuldigten", "den Festgenommenen"). */
const PATIENT_NOUN = /^(Verdächtige|Verdächtigen|Verdächtiger|Beschuldigte|Beschuldigten|Beschuldigter|Festgenommene|Festgenommenen|Festgenommener|Angeklagte|Angeklagten|Angeklagter|Inhaftierte|Inhaftierten|Inhaftierter|Tatverdächtige|Tatverdächtigen|Tatverdächtiger)$/;

/**
 * A definite patient-role noun in the trigger's clause, not part of a name: "Sie mussten den Verdächtigen auf freien Fuß
 * setzen" (recipient), "Die Beschuldigten weisen die Vorwürfe zurück" (a nominative before an active verb: actor).
 */
function patientNoun(ctx: SentenceContext, tr: Trigger): 'actor' | 'recipient' | null {
  const { toks } = ctx;
  const [c0, c1] = clauseOf(ctx, tr.t0);
  for (let k = c0; k < c1; k++) {
    if (k === tr.t0 || !PATIENT_NOUN.test(toks[k].text)) continue;
    const det = DETERMINERS.has(toks[k - 1]?.lower ?? '') ? toks[k - 1].lower : (INFLECTED_LOWER.test(toks[k - 1]?.text ?? '') && DETERMINERS.has(toks[k - 2]?.lower ?? '')) ? toks[k - 2].lower : null;
    if (!det || !/^(der|die|den|dem|des)$/.test(det)) continue;
    if (ctx.mentions.some((m) => m.t0 <= k && m.t1 > k)) continue;
    return k < tr.t0 && /^(der|die)$/.test(det) && tr.entry.pos === 'verb' && !tr.participle ? 'actor' : 'recipient';
  }
  return null;
}

/** Words of a legal act that names a charge: a charge, investigation, arrest, trial or sentence. */
const LEGAL_ACT = /^(verurteil|angeklagt|anklag|anklage|ermittel|ermittl|verfahren|festgenommen|festnahme|verhaftet|verhaftung|haft$|haftbefehl|prozess|angezeigt|anzeige|beschuldigt|verantworten|gesucht|strafverfolgung|freigesprochen|freispruch|schuldig|urteil|inhaftiert|festgehalten|ermittlungsverfahren|strafanzeige|verdächtig)/;
/** Adjectives of a charge ("versuchten", "fahrlässiger", "gemeinschaftlichen", "schweren"). */
const CHARGE_ADJ = /^\p{Ll}+(e|en|er|es|em)$/u;

/**
 * A noun trigger that names the charge of a legal act in its clause: after "wegen" (no article: a definite
 * "wegen der Übergriffe" names a known act), or after "Verdacht(s) auf/der/des", "Vorwurf(s) der/des", with only
 * adjectives between ("wegen Unterstützung einer terroristischen Vereinigung angeklagt", "wegen fahrlässiger Tötung
 * verurteilt", "Ermittlungen wegen Verdachts auf Körperverletzung").
 */
function chargeContent(ctx: SentenceContext, tr: Trigger): boolean {
  if (tr.entry.pos !== 'noun') return false;
  const { toks } = ctx;
  const [c0, c1] = clauseOf(ctx, tr.t0);
  let j = tr.t0 - 1;
  while (j >= c0 && j >= tr.t0 - 4 && LOWER_START.test(toks[j].text) && CHARGE_ADJ.test(toks[j].lower) && !DETERMINERS.has(toks[j].lower) && !PREPOSITIONS.has(toks[j].lower)) j--;
  if (j < c0) return false;
  const w = toks[j].lower;
  let charge = w === 'wegen';
  if (!charge && /^(auf|der|des)$/.test(w) && /^(verdacht|verdachts|verdachtes|vorwurf|vorwurfs|vorwurfes|vorwürfen|vorwürfe)$/.test(toks[j - 1]?.lower ?? '')) charge = true;
  if (!charge) return false;
  for (let k = c0; k < c1; k++) if (k !== tr.t0 && LEGAL_ACT.test(toks[k].lower)) return true;
  return false;
}

/** Nouns for people ("Verdächtigen", "Grenzschützern", "FBI-Agenten"): as the object of a harm verb, a victim. */
const PERSON_NOUN = /^(\p{L}*(verdächtig|polizist|soldat|zivilist|demonstrant|agent|beamt|flüchtling|passant|journalist|häftling|gefangen|schützer|täter|bewohner|anwohner|mitarbeiter|helfer|sanitäter|wachmann|schüler|lehrer|patient|migrant|asylwerber|asylbewerber|kind|mann|männer|frau|frauen|mensch|person|jugendlich|mädchen|bürger|insass|kämpfer|rebell|aktivist|gegner|angreifer|kolleg))(e|en|er|ern|n|s|innen|in)?$/u;
/** Determiners of an accusative or dative noun phrase only (never a subject): "den", "dem", "einen", "unseren" … */
const OBJECT_DETERMINERS = /^(den|dem|einen|einem|diesen|diesem|jenen|jenem|unseren|unserem|unsern|seinen|seinem|ihren|ihrem|meinen|meinem|deinen|deinem|euren|eurem|keinen|keinem)$/;
/** Personal pronouns that can only be an object ("schlug ihn", "verletzte mich"). */
const OBJECT_PRONOUNS = /^(ihn|mich|dich)$/;

/**
 * A harm verb whose object is a person named by a common noun ("verletzte den flüchtigen Verdächtigen", "schlug einen
 * Passanten") or an object pronoun ("bis er mich erneut schlug") has its recipient, though no entity.
 */
function personObject(ctx: SentenceContext, tr: Trigger): boolean {
  const harm = tr.entry.type === 'ASSAULT';
  // (not help: "helfen" with a person object is as often a wish or a rule, "man muss einem Mitarbeiter helfen")
  if (tr.entry.type === 'AID') return false;
  const { toks } = ctx;
  const [c0, c1] = clauseOf(ctx, tr.t0);
  for (let j = c0; j < c1; j++) {
    const l = toks[j].lower;
    const prev = toks[j - 1]?.lower ?? '';
    if ((PREPOSITIONS.has(prev) || /^(zum|zur|im|am|vom|beim|ins)$/.test(prev)) && !(!harm && tr.entry.recPrep?.includes(prev))) continue;
    if (harm && OBJECT_PRONOUNS.test(l)) return true;
    if (!OBJECT_DETERMINERS.test(l)) continue;
    // adjectives between determiner and noun ("den flüchtigen Verdächtigen")
    let k = j + 1;
    while (k < c1 && k < j + 4 && LOWER_START.test(toks[k].text)) k++;
    const noun = toks[k];
    if (!noun || !UPPER_START.test(noun.text)) continue;
    const head = noun.lower.slice(noun.lower.lastIndexOf('-') + 1);
    if (PERSON_NOUN.test(head) || (!harm && (ROLE_NOUN.test(head) || AUDIENCE_NOUN.test(head)))) return true;
  }
  return false;
}
const AUDIENCE_NOUN = /^\p{L}*(zuhörer|vorgänger|nachfolger|leute|zuschauer|teilnehmer|gäst|gast|besucher|wähler|unterstützer|anhänger|spender|mitglied|mitgliedern|einsatzkräft|retter|freiwillig|ehrenamtlich|opfer|angehörig|familie|familien|partner|verbündet|nachbar|nachbarn|bevölkerung|öffentlichkeit|behörde|behörden)\p{L}*$/u;

/** "… So sagt es der Premier." / "Das berichtete X.": a short next sentence that attributes this one. */
const ATTRIBUTING_NEXT = /^(So|Das|Dies)\s+(sagt|sagte|sagten|sagen|erklärt|erklärte|erklärten|berichtet|berichtete|berichteten|meldet|meldete|behauptet|behauptete|schreibt|schrieb|teilte|teilt|stellt|stellte)\s+(?:es\s+)?(?:der|die|ein|eine|\p{Lu})[^.!?]{0,60}[.!?]?$/u;

function attributesPrevious(doc: Doc, s: number): boolean {
  const next = doc.sentences[s + 1];
  if (!next || next.end - next.start > 80) return false;
  return ATTRIBUTING_NEXT.test(doc.text.slice(next.start, next.end).trim());
}

/**
 * "X sagte, Y habe Z getroffen" / "X erklärte, dass …": the trigger's clause follows a reporting clause;
 * returns the reporter's entity id ('' when the reporter is no entity), or null.
 */
/** Konjunktiv I forms that mark indirect speech in a clause that looks relative ("…, der habe …"). */
const SUBJUNCTIVE_WORDS = /\b(habe|sei|seien|werde|könne|müsse|solle|wolle|dürfe)\b/;

function reportingClause(ctx: SentenceContext, tr: Trigger): string | null {
  const { toks } = ctx;
  const ci = toks[tr.t0].clause;
  // "Y habe Z getroffen, sagte X." / "…, erklärten Vertreter der Gruppe" — a reporting clause right after
  const next = ctx.clauses[ci + 1];
  if (next && (/^(so|hieß)$/.test(toks[next[0]].lower) || (REPORTING_VERBS.test(toks[next[0]].lower) && !SUBORDINATORS.has(toks[next[0]].lower)))) {
    const m = ctx.mentions.find((x) => x.t0 >= next[0] && x.t0 < next[1]);
    return m ? m.entity.id : '';
  }
  if (ci === 0) return null;
  // a relative clause ("…bestätigt werden, die im Herbst tagt") describes a noun of the clause before: not reported content
  const [r0] = ctx.clauses[ci];
  const r = toks[r0]?.lower === ',' ? r0 + 1 : r0;
  if (/^(der|die|das|dem|den|deren|dessen|welche|welcher|welches)$/.test(toks[r]?.lower ?? '') && LOWER_START.test(toks[r + 1]?.text ?? '') && !SUBJUNCTIVE_WORDS.test(toks.slice(r, ctx.clauses[ci][1]).map((t) => t.lower).join(' '))) return null;
  // "…, sagte X, bevor er die Einigung besiegelte": a temporal clause after the speech verb is the narrator's, not what was said
  if (/^(bevor|ehe|nachdem)$/.test(toks[r]?.lower ?? '')) return null;
  const [p0, p1] = ctx.clauses[ci - 1];
  let rep = false;
  for (let j = p0; j < p1; j++) if (REPORTING_VERBS.test(toks[j].lower)) rep = true;
  if (!rep) return null;
  const m = ctx.mentions.find((x) => x.t0 >= p0 && x.t0 < p1 && x.prep === null);
  return m ? m.entity.id : '';
}


/** A money transfer found from its arguments (money.ts) replaces a lexicon trigger on the same verb ("mit drei Millionen unterstützt": AID, not SUPPORT). */
function addMoneyTrigger(ctx: SentenceContext, triggers: Trigger[], figures: Figure[]): void {
  const m = moneyTrigger(ctx, figures, triggers);
  if (!m) return;
  for (let i = triggers.length - 1; i >= 0; i--) {
    if (triggers[i].t0 !== m.t0) continue;
    // (the lexicon knows the verb form: its participle and present flags)
    m.participle = triggers[i].participle;
    m.present = triggers[i].present;
    triggers.splice(i, 1);
  }
  triggers.push(m);
  triggers.sort((a, b) => a.t0 - b.t0);
}
