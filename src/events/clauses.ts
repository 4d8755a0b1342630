// Clause structure: clause and parenthesis boundaries, conjuncts of coordinated verbs, main clauses resumed after an insertion.
import { VERB_FORMS } from './lexicon.ts';
import { isZuInfinitive } from './modality.ts';
import { AUX, DETERMINERS, PREPOSITIONS, SUBORDINATORS } from './words.ts';
import type { SentenceContext, Tok } from './extract.ts';
import { CLAUSE_PUNCT, INFLECTED_LOWER, LETTER, LOWER_START, NOT_RESUMED, RELATIVE_OPENER, STATIVE_COPULA, UPPER_START } from './shared.ts';

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
export function parentheticalDashes(toks: Tok[]): Set<number> {
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
export function clauses(toks: Tok[], isMentionTok: boolean[], inner: Set<number> = new Set()): [number, number][] {
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
export function conjunctOf(ctx: SentenceContext, t: number): [number, number, number] {
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

export function clauseOf(ctx: SentenceContext, t: number): [number, number] {
  for (const c of ctx.clauses) if (t >= c[0] && t < c[1]) return c;
  return [0, ctx.toks.length];
}
const RELATIVE_PREP = /^(mit|von|für|gegen|bei|zu|in|an|auf|aus|über|unter|nach|vor)$/;

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
export function resumedMainPart(ctx: SentenceContext, ci: number): [number, number] | null {
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

/** The part of the main clause after an insertion, when clause `ci` is the part before it (the converse of resumedMainPart). */
export function resumingPart(ctx: SentenceContext, ci: number): [number, number] | null {
  if (ci + 2 >= ctx.clauses.length) return null;
  return resumedMainPart(ctx, ci + 2) ? ctx.clauses[ci + 2] : null;
}
