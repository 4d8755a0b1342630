/**
 * Known triggers typed by their construction, not by the word alone (issue #7; the blind-26 analysis, "Three general
 * changes", point 3). Runs on the triggers that passed the argument filters, before selection, so selection, modality
 * and merging see the final type.
 *
 *   "Der Senat hat Waffenlieferungen an X abgesegnet"        approval by a body or state: a decision, AGREE (not SUPPORT)
 *   "Die Pläne sind laut X eine gefährliche Drohung"          a threat noun as a copula's predicate: a critic's verdict,
 *   "Das sind nordkoreanische Drohungen."                     ACCUSE (disapprove), not THREATEN; a real threat has an
 *                                                             actor who threatens a consequence ("drohte mit …")
 *   "… 300 Millionen Dollar für logistische Unterstützung"    support with an amount of money in its clause: AID
 */
import type { LexEntry } from './lexicon.ts';
import type { Arguments, SentenceContext, Trigger } from './extract.ts';
import type { Figure } from '../doc/index.ts';
import { moneyFigure } from './money.ts';
import { critic } from './evaluations.ts';
// \p{…} regexps as module constants: tsx rewrites such a literal into a `new RegExp()` on every evaluation.
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
const LETTER = /\p{L}/u;

/** Approval verbs whose SUPPORT reading ("billigte das Vorgehen") is a decision when a body or a state approves. */
const APPROVAL = new Set(['absegnen', 'billigen']);
/** Finite copulas before a predicate noun ("sind eine Drohung", "sei eine Drohung", "war eine Drohung"). */
const COPULA = /^(ist|sind|sei|seien|war|waren|wäre|wären|bleibt|bleiben)$/;
/** Words that make the noun part of a phrase, not the predicate ("mit der Drohung", "trotz Drohungen", "die Drohung von"). */
const PHRASE_HEAD = /^(mit|trotz|wegen|nach|vor|gegen|auf|aus|bei|von|vom|zu|zur|zum|unter|über|durch|ohne|angesichts|infolge|in|im)$/;
/** Verbs that make a threat real whatever the copula: uttering, carrying out, taking back a threat. */
const THREAT_ACT = /^(aus(ge)?sprech|sprach|äußer|geäußert|wahr|droh|gedroht|zurückgenommen|richtet|gerichtet|erhielt|erhalten|bekam|bekommen|stieß|ausgestoßen)/;

/** Determiners of a dative, genitive or demonstrative phrase: never a predicate noun's. */
const OBLIQUE = /^(dieser|diesem|diesen|dieses|dem|den|der|des|einem|einer|eines|jener|jenem)$/;
/** A past participle ("vorausgegangen", "ausgesprochen", "gemacht"). */
const PARTICIPLE = /^\p{Ll}*ge\p{Ll}{2,}(en|t)$/u;

const CACHE = new Map<string, LexEntry>();
function retyped(entry: LexEntry, type: LexEntry['type'], mode: string | null): LexEntry {
  const key = `${entry.lemma}|${entry.pos}|${type}|${mode}`;
  let e = CACHE.get(key);
  if (!e) CACHE.set(key, (e = { ...entry, type, mode }));
  return e;
}

/** A critic's verdict: an evaluation entry (evaluations.ts), so it is the critic's own speech act (asserted). */
function verdict(entry: LexEntry, word: string): LexEntry {
  const key = `verdict|${word}`;
  let e = CACHE.get(key);
  if (!e) CACHE.set(key, (e = { ...entry, type: 'ACCUSE', mode: 'disapprove', lemma: `eval:${word}` }));
  return e;
}

/** A consequence announced: a threat, told as the act of threatening (asserted like a verdict, `said`). */
function threat(entry: LexEntry): LexEntry {
  const key = `threat|${entry.lemma}|${entry.pos}`;
  let e = CACHE.get(key);
  if (!e) CACHE.set(key, (e = { ...entry, type: 'THREATEN', mode: null, said: true }));
  return e;
}

/** The clause [c0, c1) of token index t. */
function clause(ctx: SentenceContext, t: number): [number, number] {
  return ctx.clauses[ctx.toks[t].clause];
}

/**
 * A threat noun as the predicate of a copula: a copula before it in its clause, the noun phrase opened by an article or
 * adjectives only (no preposition), no verb that utters or carries out a threat. "Die Pläne sind eine gefährliche
 * Drohung", "Das sind nordkoreanische Drohungen" judge something as threatening (a critic's verdict), nobody threatens.
 */
export function predicateThreat(ctx: SentenceContext, tr: Trigger): boolean {
  if (tr.entry.type !== 'THREATEN' || tr.entry.pos !== 'noun') return false;
  const { toks } = ctx;
  const [c0, c1] = clause(ctx, tr.t0);
  let copula = -1;
  for (let j = c0; j < tr.t0; j++) if (COPULA.test(toks[j].lower)) copula = j;
  if (copula < 0) return false;
  // the noun phrase back to the copula or to the phrase's first word: an indefinite article and lower-case adjectives
  // only (not an oblique determiner: "Vorausgegangen waren dieser Drohung …" is a dative object)
  let j = tr.t0 - 1;
  while (j > copula && LOWER_START.test(toks[j].text) && !PHRASE_HEAD.test(toks[j].lower) && !OBLIQUE.test(toks[j].lower)) j--;
  if (PHRASE_HEAD.test(toks[j].lower) || OBLIQUE.test(toks[j].lower)) return false;
  // (a copula that is a perfect auxiliary: "waren … vorausgegangen", "ist … ausgesprochen worden")
  for (let k = c0; k < c1; k++) if (k !== tr.t0 && LOWER_START.test(toks[k].text) && PARTICIPLE.test(toks[k].lower)) return false;
  // (the genitive or "gegen" content of a real threat: "ist die Drohung gegen X", "war eine Drohung an die Regierung")
  if (/^(gegen|an|mit|von|der|des)$/.test(toks[tr.t0 + 1]?.lower ?? '')) return false;
  for (let k = c0; k < c1; k++) if (k !== tr.t0 && THREAT_ACT.test(toks[k].lower)) return false;
  return true;
}

/** An approval verb (absegnen, billigen) whose actor is a body or a state: a decision (AGREE), the convention of blind 23–26. */
export function bodyApproval(tr: Trigger, args: Arguments): boolean {
  if (tr.entry.type !== 'SUPPORT' || !APPROVAL.has(tr.entry.lemma)) return false;
  return args.actors.length > 0 && args.actors.every((a) => a.entity.type === 'ORG' || a.entity.type === 'LOC');
}

/** Support named with an amount of money in its clause ("300 Millionen Dollar für … Unterstützung ausgeben"): AID. */
export function moneySupport(ctx: SentenceContext, tr: Trigger, figures: readonly Figure[] | undefined): boolean {
  if (tr.entry.type !== 'SUPPORT' || !/^(unterstützen|Unterstützung)$/.test(tr.entry.lemma) || !figures?.length) return false;
  const [c0, c1] = clause(ctx, tr.t0);
  const from = ctx.toks[c0].start, to = ctx.toks[c1 - 1].end;
  return figures.some((f) => f.start >= from && f.end <= to && moneyFigure(f));
}

/** Openers of a condition clause ("Sollten die Separatisten …", "falls …", "sofern …"; not "wenn", also temporal). */
const CONDITION = /^(sollte|sollten|falls|sofern)$/;
/** Future and intention auxiliaries of an announced consequence ("werde … verhängen", "will … verhängen"). */
const ANNOUNCED = /^(werde|werden|wird|würde|würden|will|wollen|wolle|wollten)$/;

/**
 * A sanction announced as the consequence of a condition: "Sollte X …, werde die EU neue Sanktionen verhängen",
 * "Die EU will Sanktionen verhängen, falls X …". Nobody imposes them yet; the announcement threatens (THREATEN).
 */
export function conditionalSanction(ctx: SentenceContext, tr: Trigger): boolean {
  if (tr.entry.type !== 'SANCTION') return false;
  const { toks, clauses } = ctx;
  const ci = toks[tr.t0].clause;
  const [c0, c1] = clauses[ci];
  // (not itself the condition: "Sollte die EU Sanktionen verhängen, …")
  if (CONDITION.test(toks[c0].lower)) return false;
  let announced = false;
  for (let j = c0; j < c1; j++) if (ANNOUNCED.test(toks[j].lower)) announced = true;
  if (!announced) return false;
  const opens = (c: number) => !!clauses[c] && CONDITION.test(toks[clauses[c][0]].lower);
  return opens(ci - 1) || opens(ci + 1);
}

/**
 * A sanction noun in the clause of a threat ("drohte mit neuen Sanktionen", "droht mit Strafzöllen"): what is
 * threatened, no sanction of its own.
 */
export function threatenedSanction(ctx: SentenceContext, tr: Trigger, found: readonly { tr: Trigger }[]): boolean {
  if (tr.entry.type !== 'SANCTION' || tr.entry.pos !== 'noun') return false;
  const c = ctx.toks[tr.t0].clause;
  return found.some((o) => o.tr !== tr && o.tr.entry.type === 'THREATEN' && o.tr.entry.pos === 'verb' && ctx.toks[o.tr.t0].clause === c);
}

/** Councils and courts one appeals to ("den UN-Sicherheitsrat anrufen", "das Verfassungsgericht anrufen"). */
const APPEALED = /(sicherheitsrat|gericht|gerichtshof|tribunal|schiedsstelle|schlichtungsstelle|ombudsstelle|volksanwalt|europarat|menschenrechtsrat|^igh$|^egmr$|^eugh$|^vfgh$|^vwgh$|^ogh$)/;

/** "ruft den UN-Sicherheitsrat an": calling on a council or court is an appeal (REQUEST, the gold's type choice), not a phone call. */
export function appeal(ctx: SentenceContext, tr: Trigger): boolean {
  if (tr.entry.lemma !== 'anrufen' || tr.entry.type !== 'CONSULT') return false;
  const [c0, c1] = clause(ctx, tr.t0);
  for (let j = c0; j < c1; j++) if (j !== tr.t0 && UPPER_START.test(ctx.toks[j].text) && APPEALED.test(ctx.toks[j].lower)) return true;
  return false;
}

/**
 * "Britische Zeitungen schießen sich auf den Oppositionsführer ein": "sich auf X einschießen" (the particle "ein" closing
 * the clause, a reflexive right after the verb, "auf") is figurative, criticism (the blind-25 gold's ACCUSE).
 */
export function zeroingIn(ctx: SentenceContext, tr: Trigger): boolean {
  if (tr.entry.lemma !== 'schießen' || tr.entry.type !== 'ASSAULT') return false;
  const { toks } = ctx;
  const [, c1] = clause(ctx, tr.t0);
  let last = c1 - 1;
  while (last > tr.t0 && !LETTER.test(toks[last].text)) last--;
  if (toks[last]?.lower !== 'ein' || toks[tr.t0 + 1]?.lower !== 'sich') return false;
  for (let j = tr.t0 + 2; j < last; j++) if (toks[j].lower === 'auf') return true;
  return false;
}

/**
 * "der Sturz von Machthaber X", "die Entmachtung des Präsidenten", "die Entlassung von Staatssekretär X": the noun's "von" or genitive phrase after it is the one
 * deposed (recipient), not the agent; the agent is a "durch" phrase ("durch das Militär") or none.
 */
function deposedRuler(tr: Trigger, args: Arguments): void {
  const owned = args.actors.filter((m) => m.t0 > tr.t0 && (m.genitive || m.prep === 'von' || m.prep === 'vom'));
  if (!owned.length) return;
  args.actors = args.actors.filter((m) => !owned.includes(m));
  args.recipients = [...owned, ...args.recipients.filter((m) => !owned.some((o) => o.entity === m.entity))];
}

/** Subjunctive "müsste(n)": what someone ought to do, in the speaker's opinion. */
const OUGHT = /^(müsste|müssten|müßte|müßten)$/;

/**
 * A verb under the subjunctive of obligation in its clause ("Die Regierung müsste eigentlich werben", "Dann müssten
 * auch X Mittel gestrichen werden", "müssten … akzeptieren"): an opinion of what should happen, no event.
 */
export function shouldOpinion(ctx: SentenceContext, tr: Trigger): boolean {
  if (tr.entry.pos !== 'verb') return false;
  const [c0, c1] = clause(ctx, tr.t0);
  let ought = false;
  for (let j = c0; j < c1; j++) if (OUGHT.test(ctx.toks[j].lower)) ought = true;
  if (!ought) return false;
  // (the consequence of a condition is a hypothetical event: "Wird … stattgegeben, müsste X widerrufen")
  const ci = ctx.toks[tr.t0].clause;
  for (let c = 0; c < ci; c++) if (CONDITION_OPENER.test(ctx.toks[ctx.clauses[c][0]].lower)) return false;
  return true;
}
/** Openers of a condition clause, also verb-first ("Wird … stattgegeben, …", "Hätte X …, …"). */
const CONDITION_OPENER = /^(wenn|falls|sofern|sollte|sollten|wird|werden|würde|würden|hätte|hätten|wäre|wären|ist|sind|hat|haben)$/;

/**
 * The entry a trigger gets from its construction (the same entry when no rule applies), or null when the construction
 * makes it the content of another event of the sentence (`found`).
 */
export function retype(ctx: SentenceContext, tr: Trigger, args: Arguments, figures?: readonly Figure[], found: readonly { tr: Trigger }[] = []): LexEntry | null {
  if (threatenedSanction(ctx, tr, found)) return null;
  if (shouldOpinion(ctx, tr)) return null;
  if (conditionalSanction(ctx, tr)) return threat(tr.entry);
  // (h/evpol) the official dismissed is the "von"/genitive phrase of "Entlassung", as of a ruler's fall
  if (tr.entry.lemma === 'Sturz (Herrscher)' || tr.entry.lemma === 'Entlassung (Amt)') deposedRuler(tr, args);
  if (appeal(ctx, tr)) return retyped(tr.entry, 'REQUEST', null);
  if (zeroingIn(ctx, tr)) return retyped(tr.entry, 'ACCUSE', 'disapprove');
  if (predicateThreat(ctx, tr)) {
    // the verdict's author is the critic ("laut X", "…, sagte X"), not a name inside the predicate ("nordkoreanische")
    const who = critic(ctx, ctx.toks[tr.t0].clause, tr.t0);
    const [c0] = clause(ctx, tr.t0);
    args.actors = who ? [who] : args.actors.filter((m) => m.t0 < c0 || m.t0 > tr.t0);
    args.recipients = args.recipients.filter((m) => !who || m.entity !== who.entity);
    return verdict(tr.entry, ctx.toks[tr.t0].lower);
  }
  if (bodyApproval(tr, args)) return retyped(tr.entry, 'AGREE', null);
  if (moneySupport(ctx, tr, figures)) {
    // a support noun's genitive is who gets the money ("für … Unterstützung der ukrainischen Streitkräfte ausgeben"); the
    // one who spends or gives it is a bare name of the clause ("kann Verteidigungsminister X … ausgeben")
    if (tr.entry.pos === 'noun') {
      const owned = args.actors.filter((m) => m.genitive && m.t0 > tr.t0);
      if (owned.length) {
        args.actors = args.actors.filter((m) => !owned.includes(m));
        args.recipients = [...owned, ...args.recipients.filter((m) => !owned.some((o) => o.entity === m.entity))];
        if (!args.actors.length) {
          const [c0, c1] = clause(ctx, tr.t0);
          const giver = ctx.mentions.find((m) => m.t0 >= c0 && m.t1 <= c1 && m.prep === null && !m.genitive && !m.modifier && m.entity.type !== 'MISC' && !owned.some((o) => o.entity === m.entity));
          if (giver) args.actors = [giver];
        }
      }
    }
    return retyped(tr.entry, 'AID', null);
  }
  return tr.entry;
}
