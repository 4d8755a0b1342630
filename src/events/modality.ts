/**
 * Modality of an event mention, decided on its clause (and the clause that governs it):
 * hypothetical > negated > planned > historical > reported > asserted.
 * Planned events are never reported as having happened: every future/intention cue wins over
 * the reported and asserted readings.
 */
import type { Modality, TimeExpression } from '../doc/index.ts';
import type { SentenceContext, Trigger } from './extract.ts';
import { VERB_FORMS } from './lexicon.ts';
import {
  NEGATION, NEGATING_VERBS, HYPOTHETICAL, FUTURE_AUX, PLAN_WORDS, PLAN_GOVERNORS, HISTORICAL_WORDS, PLUPERFECT,
  SUBJUNCTIVE_I, SUBORDINATORS, REPORTING_VERBS, PREPOSITIONS,
} from './words.ts';
// \p{…} regexps as module constants: tsx rewrites such a literal into a `new RegExp()` on every evaluation.
const UPPER_START = /^\p{Lu}/u;
const INFINITIVE_END = /\p{Ll}(en|ern|eln)$/u;
const AUX_OR_STRONG_PARTICIPLE = /^(haben|sein|werden|ge\p{L}+en)$/u;
const HABEN_SEIN_OR_STRONG_PARTICIPLE = /^(haben|sein|ge\p{L}+en)$/u;
const WEAK_PRETERITE_TE = /^\p{Ll}{3,}(te|ten)$/u;
const GE_T_PARTICIPLE = /^ge\p{L}+t$/u;
const LOWER_T_END = /^\p{Ll}{3,}t$/u;
const GE_PARTICIPLE = /^(ge\p{L}+t|ge\p{L}+en)$/u;
const DONE_PARTICIPLE = /^(ge\p{L}{3,}(t|en)|\p{L}+iert|erfolgt)$/u;
const PRESENT_PARTICIPLE = /^\p{Ll}+end(e|en|er|es|em)?$/u;
const SUPERLATIVE_OR_ORDINAL = /^(\p{Ll}+ste[nr]?|erste[nr]?|zweite[nr]?|dritte[nr]?)$/u;

/** "gibt an, … zu bombardieren", "steht im Verdacht, … einzusetzen", "behauptet, … zu haben". */
/** Present-tense verbs that put an event on a date ("beginnt am Montag", "findet am 3. Mai statt", "tagt am Freitag"). */
const SCHEDULE_PRESENT = /^(?:beginnt|beginnen|startet|starten|findet|finden|stattfindet|stattfinden|tagt|tagen|eröffnet|endet|enden|stattet|statten)$/;
// modal of obligation that, with "noch", names a step still to come ("muss … noch zustimmen")
const MUST_STILL = /^(?:muss|müssen|müsse|müsste|müssten)$/;
// a relative clause's opening word, a preposition before it, and words that open no resumed main clause
const RELATIVE_PRONOUN = /^(?:der|die|das|dem|den|deren|dessen|denen|welche|welcher|welches|welchem|welchen)$/;
const RELATIVE_PREP = /^(?:mit|von|für|gegen|bei|zu|in|an|auf|aus|über|unter|nach|vor)$/;
const WEEKDAY = /^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)$/;
// a lower-case word in -te/-ten that may be a preterite ("endeten", "brachten"; the adjectives and ordinals of that shape are TE_ADJECTIVE)
const PRETERITE_LIKE = /^\p{Ll}{3,}ten?$/u;
// \p{…} regexps as module constants (tsx rewrites such a literal inside a function into a new RegExp per evaluation)
/** An inflected participle or adjective after a year ("das im Jahr 1983 verliehene …", "der 1972 geborene …"). */
const ATTRIBUTIVE_PARTICIPLE = /\p{Ll}{2,}(te|ten|ter|tes|tem|ene|enen|ener|enes|enem)$/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
/** A lower-case word (a clause that opens with one, "sich" included). */
const LOWER_WORD = /^\p{Ll}+$/u;
const RESUME_BLOCKERS = /^(?:und|oder|aber|sondern|um|ohne|statt|anstatt|so|sagte|sagt|sagten|hieß|heißt|sei|seien|wie)$/;

const CLAIM_GOVERNORS = /^(gibt|gab|angegeben|behaupt|verdacht|beschuldig|vorgeworfen|wirft|warf|vorwerfen|bestätigt)/;

export interface ModalityInput {
  quoted: boolean;
  attributed: boolean;
  time: TimeExpression | null;
  published: string | null;
  /** The time expressions of the sentence, for an explicit past year anywhere in the trigger's clause. */
  times?: readonly TimeExpression[];
}

const DAY = 86400000;
/** A word that opens a noun phrase (so "bis" before it is a conjunction, not "bis 2020"). */
const DETERMINER_OR_NAME = /^(der|die|das|den|dem|des|ein|eine|einer|sie|er|es|\p{Lu}\p{Ll}+)$/u;
/** Adverbs that put a present passive in the present, not ahead. */
const ONGOING_NOW = /^(jetzt|derzeit|zurzeit|gerade|momentan|aktuell|mittlerweile|inzwischen|weiterhin|ständig|täglich|nach wie vor)$/;
/** Types whose present passive describes a state ("wird von X unterstützt"), not an announced act. */
const ACTION_STATES = new Set(['SUPPORT', 'CONSULT', 'COOPERATE', 'ACCUSE']);
/** Plan adjectives that belong to the noun after them. */
/** Past finite verbs that carry out a planned act named by a noun ("brachten … ein", "fand … statt", "hielten … ab"). */
const CARRIED_OUT = /^(brachte|brachten|fand|fanden|hielt|hielten|reichte|reichten|legte|legten|stellte|stellten|begann|begannen|startete|starteten|führte|führten)$/;
const NOUN_PLAN_ADJ = /^(geplant|angekündigt|bevorstehend|anstehend|vorgesehen|angesetzt|erwartet)(e|en|er|es|em)$/;
/** Plan words that only date something ("nächste Woche"), unlike "geplant" or "angekündigt". */
const DATE_PLAN = new Set(['kommende', 'kommenden', 'kommender', 'nächste', 'nächsten', 'nächster', 'morgen', 'übermorgen', 'künftig', 'demnächst']);
const AUXILIARY_PAST = new Set(['hat', 'haben', 'habe', 'hatte', 'hatten', 'ist', 'sind', 'war', 'waren', 'wurde', 'wurden', 'sei', 'seien']);
/** Words that anchor an event in the last days (a pluperfect then reports news, not background). */
const RECENT = /^(gestern|vorgestern|heute|tagen|woche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|montagabend|dienstagabend|mittwochabend|donnerstagabend|freitagabend|samstagabend|sonntagabend|wochenende|nacht|vortag|vormittag|nachmittag|abend|morgen|zuvor)$/;

/** Time nouns after "letzten"/"vergangenen" that date an event in the past ("letzte Woche"; not "ihre letzte Debatte"). */
const PAST_SPAN = /^(woche|wochen|wochenende|monat|monats|monaten|jahr|jahres|jahren|tag|tage|tagen|nacht|zeit|mal|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|sommer|winter|herbst|frühling|märz|mai)$/;

/**
 * "vor einem Jahr", "vor drei Monaten", "vor einigen Monaten", "vor einem Monat" (words[k] is "vor"): a month or more
 * back.
 */
function monthsAgo(words: string[], k: number): boolean {
  // (h/ev28: after a hedge, as the five-years rule reads it: "vor gut vier Jahren", "vor mehr als einem Jahr")
  if (words[k + 1] === 'mehr' && words[k + 2] === 'als') k += 2;
  else if (/^(über|fast|knapp|rund|etwa|gut|beinahe|nahezu)$/.test(words[k + 1] ?? '')) k += 1;
  const n = words[k + 1] ?? '';
  const unit = words[k + 2] ?? '';
  if (unit === 'jahr' || unit === 'jahren') return /^(einem|\d+|zwei|drei|vier|einigen|mehreren|wenigen)$/.test(n);
  if (unit === 'monat') return n === 'einem';
  return unit === 'monaten' && /^(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|einigen|mehreren|wenigen|[2-9]|1[01])$/.test(n);
}

/** "kann nun", "können jetzt", "darf ab sofort": a present modal of permission, "nun"/"jetzt" after it, an infinitive closing the clause. */
function permittedNow(words: string[]): boolean {
  if (!words.includes('nun') && !words.includes('jetzt')) return false;
  const ws = words.filter((w) => LETTER.test(w));
  const k = ws.findIndex((w) => /^(kann|können|darf|dürfen)$/.test(w));
  if (k < 0 || !ws.slice(k + 1, k + 5).some((w) => w === 'nun' || w === 'jetzt')) return false;
  const last = ws[ws.length - 1];
  return INFINITIVE_END.test(last) && !AUX_OR_STRONG_PARTICIPLE.test(last) && ws.indexOf(last) > k;
}

/** "sollte(n)" not in the first position of the clause, and an infinitive (not "haben"/"sein") closing it. */
function shouldInfinitive(words: string[]): boolean {
  if (!words.includes('sollte') && !words.includes('sollten')) return false;
  const ws = words.filter((w) => LETTER.test(w));
  const k = ws.findIndex((w) => w === 'sollte' || w === 'sollten');
  if (k < 1 || /^(und|oder|aber|sondern|doch|denn)$/.test(ws[k - 1])) return false;
  let last = ws[ws.length - 1];
  if (last === 'sollte' || last === 'sollten') last = ws[ws.length - 2] ?? '';
  return INFINITIVE_END.test(last) && !HABEN_SEIN_OR_STRONG_PARTICIPLE.test(last);
}

function parseDate(v: string | null | undefined): number | null {
  if (!v) return null;
  const m = /^(\d{4})(?:-(\d{2}|W\d{2}|Q\d|SU|SP|FA|WI|H\d))?(?:-(\d{2}))?/.exec(v);
  if (!m) return null;
  const y = Number(m[1]);
  let mo = 1;
  let d = 1;
  if (m[2] && /^\d{2}$/.test(m[2])) mo = Number(m[2]);
  if (m[3]) d = Number(m[3]);
  return Date.UTC(y, mo - 1, d);
}

/** Is the token a participle or infinitive (non-finite), judged by form? */
function nonFinite(lower: string): boolean {
  return /^ge.+(t|en)$/.test(lower) || /^(an|auf|ab|aus|ein|fest|frei|zurück|zu|vor|nach|um|zusammen|hin|bereit)ge.+(t|en)$/.test(lower) || /en$/.test(lower) || /zu.+en$/.test(lower) || /iert$/.test(lower);
}

/** "zu treffen", "anzugreifen", "kritisiert zu haben". */
export function isZuInfinitive(toks: { lower: string }[], i: number): boolean {
  if (toks[i - 1]?.lower === 'zu') return true;
  if (/^(an|auf|ab|aus|ein|fest|frei|zurück|vor|nach|um|zusammen|hin|bereit)zu.{3,}en$/.test(toks[i].lower)) return true;
  return toks[i + 1]?.lower === 'zu' && /^(haben|sein|werden)$/.test(toks[i + 2]?.lower ?? '');
}

/** A zu-infinitive after the noun at t, in its clause ([t, end)). */
function nounInZuClause(toks: { lower: string; text: string }[], t: number, end: number): boolean {
  for (let j = t + 1; j < end; j++) if (LOWER_START.test(toks[j].text) && /en$/.test(toks[j].lower) && isZuInfinitive(toks, j)) return true;
  return false;
}

/** Finite verbs that open a verb-first conditional clause ("Komme …, würde er", "Sollte …", "Kommt es zu …, wird"). */
const V1_COND = /^(komme|käme|kommt|gäbe|hätte|hätten|wäre|wären|bliebe|ginge|gelänge|fände|scheitert|scheitere|scheiterte|bleibt|gibt)$/;
/** What follows the condition: "…, würde er", "…, dann", "…, wird". */
const V1_THEN = /^(würde|würden|wäre|wären|hätte|hätten|dann|so|wird|werden|könnte|könnten|müsste|müssten|droht|drohe|sei|soll|solle)$/;

/** Finite forms of auxiliaries and modals that can open a verb-first condition ("Ist … gewählt, wird …", "Muss er gehen, dann …"). */
const V1_AUX = /^(ist|sind|war|wäre|hat|haben|hatte|wird|werden|kann|können|muss|müssen|darf|will|geht|gehen|steht|stehen|fällt|fallen|findet|liegt)$/;

/** A finite verb that opens the sentence: a listed condition verb, an auxiliary, or a finite (non-participle) event verb form ("Tritt X zurück, …"). */
function v1Opener(lower: string): boolean {
  if (V1_COND.test(lower) || V1_AUX.test(lower)) return true;
  const forms = VERB_FORMS.get(lower);
  return !!forms && forms.some((f) => !f.participle && !/^zu|en$/.test(lower));
}

/** The clause ci is the verb-first condition of its sentence or the consequence right after it (no question). */
function v1Conditional(ctx: SentenceContext, ci: number): boolean {
  const { toks } = ctx;
  if (!v1Opener(toks[0]?.lower ?? '') || toks.some((t) => t.text === '?') || ctx.clauses.length < 2) return false;
  const [, e0] = ctx.clauses[0];
  if (toks[e0 - 1]?.text !== ',' && toks[e0]?.text !== ',') return false;
  const c1 = ctx.clauses[1];
  const first = toks[c1[0]]?.text === ',' ? toks[c1[0] + 1] : toks[c1[0]];
  if (!first || !V1_THEN.test(first.lower)) return false;
  return ci === 0 || ci === 1;
}

/** A clause with a zu-infinitive. */
function zuClause(toks: { lower: string; text: string }[], c0: number, c1: number): boolean {
  for (let j = c0 + 1; j < c1; j++) if (LOWER_START.test(toks[j].text) && /en$/.test(toks[j].lower) && isZuInfinitive(toks, j)) return true;
  return false;
}

/** "endete im Mai 2009": a clause with an explicit year after "im/Anfang/Ende" and a past-tense verb. */
function pastYearClause(words: string[]): boolean {
  let year = false;
  let marker = false;
  let past = false;
  for (const w of words) {
    if (/^(19\d\d|20\d\d)$/.test(w)) year = true;
    else if (w === 'im' || w === 'anfang' || w === 'ende') marker = true;
    else if (/^(hatte|hatten|war|waren|wurde|wurden)$/.test(w) || WEAK_PRETERITE_TE.test(w)) past = true;
  }
  return year && marker && past;
}

function isFutureAux(w: string): boolean {
  return FUTURE_AUX.has(w) && w !== 'wurde' && w !== 'wurden';
}

/** "hat … bekanntgegeben", "meldete", "gab … bekannt": a clause that announces its object. */
function announced(words: string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (ANNOUNCING.test(w)) return true;
    if ((w === 'gab' || w === 'gaben' || w === 'gibt' || w === 'geben') && words.indexOf('bekannt', k + 1) > 0) return true;
  }
  return false;
}
const ANNOUNCING = /^(bekanntgegeben|bekanntgab|bekanntgaben|meldete|meldeten|gemeldet|verkündete|verkündeten|verkündet)$/;

/** A past participle of a pluperfect after the noun ("hatte sich … bei seinem Besuch … angeschlossen"). */
function pluperfectAround(words: string[], from: number): boolean {
  let had = false;
  let was = false;
  for (const w of words) {
    if (w === 'hatte' || w === 'hatten') had = true;
    if (w === 'war' || w === 'waren') was = true;
    if (RECENT.test(w)) return false;
  }
  if (!had && !was) return false;
  for (let k = from; k < words.length; k++) {
    if (had && PAST_PARTICIPLE.test(words[k])) return true;
    // "war im Juli bei Zusammenstößen … eingedrungen": a pluperfect with "sein" (a verb of motion or change);
    // not a pluperfect passive, which the gold reads as news ("war wegen der Einreiseverbote … zitiert worden")
    if (was && MOTION_PARTICIPLE.test(words[k])) return true;
  }
  return false;
}
const MOTION_PARTICIPLE = /^(ge|an|ab|auf|aus|ein|zurück|vor|zusammen|vorbei|hinein|heran|zu)?\p{Ll}*(gangen|kommen|reist|fahren|flogen|treten|brochen|drungen|zogen|storben|flohen|flüchtet|marschiert|gestürmt|geschehen|passiert)$/u;

/**
 * A relative clause in the pluperfect right after a noun trigger describes it as background: "Gesprächen
 * zwischen X und Y, die der Autor damals mitgeschnitten hatte", "bei der Hinrichtung von X, der vor einem Jahr … gestorben
 * war". The noun stands at most six words before the comma; the relative clause ends in "hatte(n)"/"war(en)" after a
 * participle and names no recent time.
 */
function pluperfectRelativeAfter(ctx: SentenceContext, tr: Trigger, ci: number): boolean {
  if (tr.entry.pos !== 'noun' || ci + 1 >= ctx.clauses.length) return false;
  const { toks } = ctx;
  const [, e] = ctx.clauses[ci];
  const [r0, r1] = ctx.clauses[ci + 1];
  if (e - tr.t0 > 7) return false;
  const r = toks[r0]?.text === ',' ? r0 + 1 : r0;
  if (toks[r - 1]?.text !== ',' || !/^(der|die|das|den|dem|denen|deren|dessen|welche|welcher|welches)$/.test(toks[r]?.lower ?? '')) return false;
  const ws: string[] = [];
  for (let j = r; j < r1; j++) if (LETTER.test(toks[j].text)) ws.push(toks[j].lower);
  if (ws.length < 3 || ws.some((w) => RECENT.test(w))) return false;
  const last = ws[ws.length - 1];
  const beforeLast = ws[ws.length - 2];
  if (last === 'hatte' || last === 'hatten') return PAST_PARTICIPLE.test(beforeLast);
  if (last === 'war' || last === 'waren') return beforeLast === 'worden' || MOTION_PARTICIPLE.test(beforeLast);
  return false;
}
const PAST_PARTICIPLE = /^(ge\p{L}{3,}(t|en)|\p{L}+iert|\p{L}+ge\p{L}{2,}(t|en))$/u;

/** Words that put a present passive ahead: "werde noch beraten", "werde erst wieder verhandelt". */
const AHEAD = /^(noch|erst|bald|künftig|demnächst|morgen|weiter|wieder|nächste|nächsten|kommende|kommenden)$/;
const WEAK_PARTICIPLE = /^(\p{L}*ge\p{L}{2,}t|\p{L}+iert)$/u;
// \p{…} regexps of hot paths live in module constants: tsx's esbuild rewrites such a literal into a
// `new RegExp()` call, which runs each time the expression is evaluated.
const LOWER_START = /^\p{Ll}/u;
const LETTER = /\p{L}/u;
/** An inflected participle used attributively ("der … angegriffene Club"). */
const ATTRIBUTIVE_PARTICIPLE_END = /ge\p{Ll}+(t|en)(e|en|er|es|em)$/u;

/**
 * The last word of a clause; when the clause ends in a comma list of nouns ("durch die Nato, ehemalige SS-Leute und
 * Faschisten dargestellt"), the last word of the sentence.
 */
function clauseEnd(toks: { lower: string; text: string }[], clauses: [number, number][], ci: number): string {
  let [, c1] = clauses[ci];
  let last = c1 - 1;
  while (last > 0 && !LETTER.test(toks[last].text)) last--;
  if (UPPER_START.test(toks[last].text) && ci + 1 < clauses.length && toks[c1]?.text === ',') {
    last = toks.length - 1;
    while (last > 0 && !LETTER.test(toks[last].text)) last--;
  }
  return toks[last].lower;
}

/**
 * "werden nicht locker lassen und darauf drängen": a negation and a verb trigger on different sides of a coordinating
 * "und"/"sondern" belong to different verbs.
 */
function coordinatedAway(words: string[], neg: number, trig: number, pos: 'verb' | 'noun'): boolean {
  if (pos !== 'verb') return false;
  const [a, b] = neg < trig ? [neg, trig] : [trig, neg];
  for (let k = a + 1; k < b; k++) if (words[k] === 'und' || words[k] === 'sondern') return true;
  return false;
}

/** Modals and auxiliaries of a plan or future (not the past "wollte", "plante"). */
const PLAN_MODAL = /^(wird|werden|werde|würde|würden|will|wollen|wolle|soll|sollen|solle|sollte|sollten|möchte|möchten)$/;
/**
 * The clause of a setting noun ("Beim Gipfel soll am Donnerstag … gegeben werden") is a plan: a plan modal with an
 * infinitive at the clause end (not the present passive "Bei den Treffen wird … angewendet"), and the noun's phrase is
 * not inside an attributive participle ("der bei den Attacken angegriffene Club will …").
 */
function aheadWithPlan(toks: { lower: string; text: string }[], t: number, clauseWords: string[]): boolean {
  // (up to the finite modal: after it the participle belongs to the object — "Bei einem Gipfel sollte ein maßgeschneidertes
  // Paket geschnürt werden")
  for (let j = t + 1; j <= t + 4 && j < toks.length && !PLAN_MODAL.test(toks[j].lower); j++) if (ATTRIBUTIVE_PARTICIPLE_END.test(toks[j].lower) && UPPER_START.test(toks[j + 1]?.text ?? '')) return false;
  const words = clauseWords.filter((w) => LETTER.test(w));
  const last = words[words.length - 1] ?? '';
  if (!/(en|ern|eln)$/.test(last) || GE_T_PARTICIPLE.test(last)) return false;
  if (/^(haben|sein)$/.test(last)) return false;
  return words.slice(0, -1).some((w) => PLAN_MODAL.test(w)) && !words.some((w) => /^(hatte|hatten|wurde|wurden|war|waren)$/.test(w));
}

/** Nouns of a change to an act ("eine Erhöhung der Hilfe"), and the verbs that announce, decide or promise one. */
const CHANGE_NOUN = /^(erhöhung|aufstockung|ausweitung|verdopplung|verdoppelung|verdreifachung|verlängerung|verstärkung|ausbau|kürzung|senkung|reduzierung|reduktion)$/;
const ANNOUNCE_OR_DECIDE = /^(angekündigt|ankündigen|kündigte|kündigten|kündigt|beschlossen|beschloss|beschließt|zugesagt|sagte|sagten|versprochen|versprach|versprachen|verspricht|bekanntgegeben|bekannt)$/;
/**
 * "hatte eine massive Erhöhung seiner Entwicklungshilfe bekannt gegeben": the noun trigger is the genitive or
 * von-object of an indefinite change noun ("eine (adj.) Erhöhung seiner/der/von"), in a clause that announces,
 * decides or promises it ("sagte … zu": the particle closing the clause).
 */
function announcedChange(toks: { lower: string; text: string }[], t: number, clauseWords: string[]): boolean {
  let j = t - 1;
  if (j >= 0 && /^(der|des|seiner|seines|ihrer|ihres|von|für)$/.test(toks[j].lower)) j--;
  if (j < 0 || !CHANGE_NOUN.test(toks[j].lower)) return false;
  let k = j - 1;
  while (k >= 0 && LOWER_START.test(toks[k].text) && /(e|en|er|es|em)$/.test(toks[k].lower) && !/^(eine|einer|ein)$/.test(toks[k].lower) && k > j - 3) k--;
  if (k < 0 || !/^(eine|einer)$/.test(toks[k].lower)) return false;
  return clauseWords.some((w, i) => ANNOUNCE_OR_DECIDE.test(w) && (!/^(sagte|sagten|bekannt)$/.test(w) || (w === 'bekannt' ? /^(gegeben|gab|gaben|gibt|geben)$/.test(clauseWords[i + 1] ?? '') || clauseWords.slice(0, i).some((x) => /^(gab|gaben|gibt|geben)$/.test(x)) : clauseWords.filter((x) => LETTER.test(x)).at(-1) === 'zu')));
}

/** Strong preterite forms (simple past without "-te"): "kam", "trat … zurück", "gab", "fiel". */
const STRONG_PAST = /^(kam|kamen|ging|gingen|gab|gaben|trat|traten|fand|fanden|stand|standen|fiel|fielen|hielt|hielten|ließ|ließen|sprach|sprachen|nahm|nahmen|brach|brachen|warf|warfen|rief|riefen|zog|zogen|schlug|schlugen|stieß|stießen|wies|wiesen|verließ|verließen|begann|begannen|bekam|bekamen|erhielt|erhielten|blieb|blieben|entschied|entschieden|beschloss|beschlossen|griff|griffen|traf|trafen|schloss|schlossen|setzte|verlor|verloren|gewann|gewannen|floh|flohen|starb|starben)$/;
/** Inflected words in "-te"/"-ten" that are adjectives or ordinals, not a weak preterite. */
const TE_ADJECTIVE = /^(erste[n]?|zweite[n]?|dritte[n]?|vierte[n]?|fünfte[n]?|sechste[n]?|siebte[n]?|achte[n]?|neunte[n]?|zehnte[n]?|letzte[n]?|nächste[n]?|meiste[n]?|beste[n]?|größte[n]?|höchste[n]?|jüngste[n]?|älteste[n]?|neueste[n]?|weiteste[n]?|gute[n]?|rote[n]?|breite[n]?|weite[n]?|harte[n]?|leichte[n]?|rechte[n]?|echte[n]?|lichte[n]?|mitte|gestern|heute|konnte[n]?|sollte[n]?|wollte[n]?|mochte[n]?|dürfte[n]?|müsste[n]?|hätte[n]?|könnte[n]?|würde[n]?|bitte|mittlerweile|leute|rente|quote|kante|seite[n]?|saite[n]?|gäste[n]?|beute|späte[n]?|stätte[n]?|geplante|geplanten|gemeinsame|gesamte|gesamten|bekannte|bekannten|sogenannte|sogenannten|geheime|geheimen|konflikte|kontakte)$/;

/**
 * The clause tells something past: a past auxiliary ("hatte", "war", "wurde"), a perfect ("hat … gebrochen"),
 * a weak preterite after a noun or name ("stoppte", "leitete … ein") or a strong one ("trat … zurück").
 */
function pastClause(toks: { lower: string; text: string }[], c0: number, c1: number, copula = true): boolean {
  let perfectAux = false;
  let participle = false;
  for (let j = c0; j < c1; j++) {
    const w = toks[j].lower;
    if (/^(hatte|hatten|wurde|wurden|worden|gewesen)$/.test(w)) return true;
    // (a past copula alone, "Thema der Unterredung war …", is a past state only when asked for)
    if (/^(war|waren)$/.test(w)) {
      if (copula) return true;
      perfectAux = true;
    }
    if (/^(hat|haben|habe|ist|sind|sei|seien|sein)$/.test(w)) perfectAux = true;
    else if (LOWER_START.test(toks[j].text) && PAST_PARTICIPLE.test(w)) participle = true;
    if (!LOWER_START.test(toks[j].text)) continue;
    if (STRONG_PAST.test(w)) return true;
    // a weak preterite: not an adjective or ordinal, not after a determiner or preposition ("die erste", "im letzten")
    if (PRETERITE_LIKE.test(w) && !TE_ADJECTIVE.test(w) && !(j > c0 && (DETERMINER_WORDS.has(toks[j - 1].lower) || /^(im|am|zum|zur|vom|beim|in|an|auf|von|mit|nach|vor|bei|für)$/.test(toks[j - 1].lower))) && !INFLECTED_ADJ_END.test(w)) return true;
  }
  return perfectAux && participle;
}
const DETERMINER_WORDS = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'dieser', 'diese', 'dieses', 'diesem', 'diesen', 'seine', 'seinen', 'seinem', 'seiner', 'ihre', 'ihren', 'ihrem', 'ihrer', 'unsere', 'unseren']);
const INFLECTED_ADJ_END = /(ische|ischen|liche|lichen|ige|igen)$/;

/**
 * An explicit year in the trigger's clause that dates the clause: "im Mai 2014", "Anfang 2013", "Mit dem
 * Sparpaket 2012 wurde …", "(1995 bis 2007)". Not a year after "seit"/"bis"/"ab"/"für" (a span or a target), not a year
 * of an attributive participle ("das im Jahr 1983 verliehene Ehrendoktorat", "der 1972 geborene Bürgermeister").
 */
function clauseYear(toks: { lower: string; text: string; start: number; end: number }[], c0: number, c1: number, times: readonly TimeExpression[]): { year: number; at: number } | null {
  const cs = toks[c0].start;
  const ce = toks[c1 - 1].end;
  for (const t of times) {
    if (t.type !== 'DATE' || t.start < cs || t.start >= ce) continue;
    const y = /\b(1[89]\d\d|20\d\d)\b/.exec(t.text);
    if (!y || !t.value.startsWith(y[1])) continue;
    let k = c0;
    while (k < c1 && toks[k].start < t.start) k++;
    const before = toks.slice(Math.max(c0, k - 2), k).map((x) => x.lower);
    if (before.some((w) => /^(seit|bis|ab|für|spätestens|nach|vor|zwischen|zum|zur|um)$/.test(w))) continue;
    let e = k;
    while (e < c1 && toks[e].end <= t.end) e++;
    if (LOWER_START.test(toks[e]?.text ?? '') && ATTRIBUTIVE_PARTICIPLE.test(toks[e].lower) && !DETERMINER_WORDS.has(toks[e].lower) && UPPER_START.test(toks[e + 1]?.text ?? '')) continue;
    return { year: Number(y[1]), at: k };
  }
  return null;
}

const MONTH_NAME = /(jänner|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)/i;
/**
 * The month is named in the headline or lead (the first two sentences): it is the time of the news the article reports,
 * not background ("Aufständische verwendeten Chemikalie bei Gefechten im August").
 */
function leadMonth(ctx: SentenceContext, month: number): boolean {
  const lead = ctx.doc.sentences[Math.min(1, ctx.doc.sentences.length - 1)];
  if (!lead) return false;
  for (const t of ctx.doc.times) {
    if (t.start >= lead.end) break;
    const v = /^(?:\d{4}|XXXX)-(\d{2})/.exec(t.value);
    if (v && Number(v[1]) === month && MONTH_NAME.test(t.text)) return true;
  }
  return false;
}

/**
 * A month without a day in the clause ("im Mai", "Mitte November", "Anfang Dezember"), on the same terms as
 * clauseYear: not after "seit"/"bis"/"ab"/"für" (a span or a target), not the date of an attributive participle.
 */
function clauseMonth(toks: { lower: string; text: string; start: number; end: number }[], c0: number, c1: number, times: readonly TimeExpression[]): { month: number; at: number } | null {
  const cs = toks[c0].start;
  const ce = toks[c1 - 1].end;
  for (const t of times) {
    if (t.type !== 'DATE' || t.start < cs || t.start >= ce || !MONTH_NAME.test(t.text)) continue;
    const v = /^(?:\d{4}|XXXX)-(0[1-9]|1[0-2])$/.exec(t.value);
    if (!v) continue;
    let k = c0;
    while (k < c1 && toks[k].start < t.start) k++;
    const before = toks.slice(Math.max(c0, k - 2), k).map((x) => x.lower);
    if (before.some((w) => /^(seit|bis|ab|für|spätestens|zum|zur|um)$/.test(w))) continue;
    let e = k;
    while (e < c1 && toks[e].end <= t.end) e++;
    if (LOWER_START.test(toks[e]?.text ?? '') && ATTRIBUTIVE_PARTICIPLE.test(toks[e].lower) && !DETERMINER_WORDS.has(toks[e].lower) && UPPER_START.test(toks[e + 1]?.text ?? '')) continue;
    return { month: Number(v[1]), at: k };
  }
  return null;
}

/**
 * A sentence that opens with a temporal clause ("Als die Guerilla in den 80er Jahren versuchte, …, ermordeten
 * …", "Nachdem X damals …, trat Y zurück"): the background marker of the temporal clause dates the main clause right after
 * it, whose finite verb follows the comma.
 */
function temporalOpenerBackground(ctx: SentenceContext, ci: number, pubYear: number | null): boolean {
  const { toks } = ctx;
  if (ci === 0 || !/^(als|nachdem)$/.test(toks[0]?.lower ?? '')) return false;
  const [c0] = ctx.clauses[ci];
  const first = toks[c0]?.text === ',' ? c0 + 1 : c0;
  if (toks[first - 1]?.text !== ',' || !LOWER_START.test(toks[first]?.text ?? '') || RELATIVE_OR_SUB.test(toks[first].lower)) return false;
  // the clauses before belong to the temporal clause (its zu-infinitives, no other main clause)
  const ws: string[] = [];
  for (let c = 0; c < ci; c++) for (let j = ctx.clauses[c][0]; j < ctx.clauses[c][1]; j++) ws.push(toks[j].lower);
  if (ws.some((w) => RECENT.test(w))) return false;
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k];
    if (/^(damals|einst|seinerzeit|vorjahr)$/.test(w)) return true;
    if (/^(\d0er|[1-9]\d{2}0er)(-jahren)?$/.test(w) && (w.endsWith('jahren') || /^jahre/.test(ws[k + 1] ?? ''))) return true;
    // (the tokenizer splits "80er" into "80" "er")
    if (/^(\d0|[1-9]\d{2}0)$/.test(w) && ((ws[k + 1] === 'er' && /^jahre/.test(ws[k + 2] ?? '')) || /^er-jahre/.test(ws[k + 1] ?? ''))) return true;
    if (/^(1[89]\d\d|20\d\d)$/.test(w) && !/^(seit|bis|ab|für)$/.test(ws[k - 1] ?? '') && (pubYear === null || Number(w) < pubYear)) return true;
  }
  return false;
}
const RELATIVE_OR_SUB = /^(der|die|das|den|dem|deren|dessen|denen|welche|welcher|welches|dass|ob|wenn|weil|um|und|oder|aber|sondern|sich)$/;

/** The time stands in another clause of the sentence, one with a reporting verb ("sagte ein Sprecher am Montag"). */
function timeOfReporting(ctx: SentenceContext, ci: number, time: TimeExpression): boolean {
  const { toks } = ctx;
  const [c0, c1] = ctx.clauses[ci];
  if (time.start >= toks[c0].start && time.start < toks[c1 - 1].end) return false;
  const other = ctx.clauses.find(([a, b]) => time.start >= toks[a].start && time.start < toks[b - 1].end);
  if (!other) return false;
  for (let j = other[0]; j < other[1]; j++) if (REPORTING_VERBS.test(toks[j].lower)) return true;
  return false;
}

/** Source nouns that, as a label before a colon, attribute the sentence ("Tageszeitung: …", "NGO: …"). */
const SOURCE_LABEL = /^(\p{L}*(zeitung|blatt|agentur|bericht|berichte|meldung|meldungen|studie|beschluss|erklärung|sprecher|sprecherin|ngo|regierung|ministerium|polizei|armee|behörde|behörden))$/u;

/**
 * "Poposki: Wir koordinieren …", "Tageszeitung: Russland soll …", "Der entsprechende Beschluss: Die SPÖ …": a
 * short label before a colon that opens the sentence names who says it, when it is a person named in the label or a
 * source noun (not the interviewer's all-capital label "STANDARD:", not a topic such as a place).
 */
function speakerLabel(ctx: SentenceContext, tr: Trigger): boolean {
  const { toks } = ctx;
  let colon = -1;
  for (let j = 1; j <= 4 && j < toks.length; j++) if (toks[j].text === ':') { colon = j; break; }
  if (colon < 0 || tr.t0 <= colon) return false;
  const label = toks.slice(0, colon);
  if (label.some((t) => ALL_CAPITALS.test(t.text) && t.text.length > 3)) return false;
  if (ctx.mentions.some((m) => m.entity.type === 'PER' && m.t0 < colon && m.t1 <= colon)) return true;
  const head = label[label.length - 1];
  return UPPER_START.test(head.text) && SOURCE_LABEL.test(head.lower) || head.text === 'NGO';
}

/**
 * Clause `ci` resumes the main clause `ci - 2` after a relative clause `ci - 1` set off by commas
 * ("Die EU will die Türkei, die … aufgenommen hat, finanziell unterstützen"): the relative clause opens with a relative
 * pronoun (or a preposition and one) after a comma, and the resumed part opens with no conjunction or subordinator, holds
 * no auxiliary of its own and ends in the trigger.
 */
function resumedAfterRelative(ctx: SentenceContext, ci: number, t0: number): boolean {
  if (ci < 2) return false;
  const { toks } = ctx;
  const [r0] = ctx.clauses[ci - 1];
  const [k0, k1] = ctx.clauses[ci];
  if (toks[r0 - 1]?.text !== ',' || toks[k0 - 1]?.text !== ',') return false;
  if (!RELATIVE_PRONOUN.test(toks[r0].lower) && !(RELATIVE_PREP.test(toks[r0].lower) && RELATIVE_PRONOUN.test(toks[r0 + 1]?.lower ?? ''))) return false;
  const first = toks[k0].lower;
  if (SUBORDINATORS.has(first) || RELATIVE_PRONOUN.test(first) || RESUME_BLOCKERS.test(first)) return false;
  let last = k1 - 1;
  while (last > k0 && !LETTER.test(toks[last].text)) last--;
  if (last !== t0) return false;
  return !toks.slice(k0, k1).some((t) => FUTURE_AUX.has(t.lower) || AUXILIARY_PAST.has(t.lower));
}

/**
 * A day without a year ("am 8. Oktober") names the day of an event only after "am": not the end or start of a
 * span ("bis zum 25. Oktober", "ab 1. Juni") nor the date of a document ("in einem Schreiben vom 20. Oktober").
 */
function onDay(toks: { start: number; lower: string }[], time: TimeExpression): boolean {
  const j = toks.findIndex((t) => t.start >= time.start);
  if (j < 1 || toks[j - 1].lower !== 'am') return false;
  // "bei der Wahl am 11. Oktober", "beim Gipfel am 8. Oktober": the day of a noun in a prepositional phrase, not of the verb
  if (j >= 3 && PP_CONTRACTION.test(toks[j - 3].lower)) return false;
  if (j >= 4 && PP_PREP.test(toks[j - 4].lower) && PP_DET.test(toks[j - 3].lower)) return false;
  return true;
}
const PP_PREP = /^(?:bei|nach|vor|seit|während|zu|mit|für|über|von|an|in|auf|gegen|trotz|wegen)$/;
const PP_DET = /^(?:der|die|das|dem|den|des|einer|einem|einen|eine|ein|ihrer|ihrem|seiner|seinem)$/;
const PP_CONTRACTION = /^(?:beim|zum|zur|vom|im|ins|am)$/;

/** "in zwei Wochen", "in wenigen Monaten": an offset ahead of now (not "binnen fünf Monaten", a span up to now). */
const AHEAD_OFFSET = /^in\s+(?:(?:den|der|einigen|wenigen|ein\s+paar|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\d+|kommenden|nächsten)\s+)+(?:tagen|wochen|monaten|jahren|stunden)$/i;
/** Words that put a clause ahead on their own ("bald", "zukünftig"; "bald darauf" tells a past sequence). */
const AHEAD_WORD = /^(?:bald|zukünftig|alsbald|baldmöglichst)$/;

/**
 * The clause [c0, c1) names a time ahead: a FUTURE_REF value ("in Kürze", "zukünftig"), an offset "in zwei Wochen"
 * (its text; the time layer resolves it only with a creation time) or "bald" (not "bald darauf/danach").
 */
function futureAhead(toks: { lower: string; start: number; end: number }[], c0: number, c1: number, times: readonly TimeExpression[]): boolean {
  const cs = toks[c0].start;
  const ce = toks[c1 - 1].end;
  for (const t of times) {
    if (t.start < cs || t.start >= ce) continue;
    if (t.value === 'FUTURE_REF') return true;
    // (the time's text may start after "in": "in zwei Wochen" or "zwei Wochen" with "in" before it)
    const k = toks.findIndex((x) => x.start === t.start);
    const text = (k > 0 && toks[k - 1].lower === 'in' && !/^in\b/i.test(t.text) ? 'in ' : '') + t.text;
    if (AHEAD_OFFSET.test(text.replace(/\s+/g, ' '))) return true;
  }
  for (let j = c0; j < c1; j++) if (AHEAD_WORD.test(toks[j].lower) && !/^(darauf|danach|nach|nachdem|schon)$/.test(toks[j + 1]?.lower ?? '')) return true;
  return false;
}

const WERDEN_FORM = /^(wird|werden|werde)$/;
const MODAL_AFTER = /^(kann|können|könne|könnte|könnten|muss|müssen|müsse|soll|sollen|solle|sollte|sollten|darf|dürfen|dürfe|will|wollen|wolle|wird|werden)$/;
/**
 * One form of "werden" with a participle trigger is a present passive when it is the finite verb: in second position,
 * words after it ("wird … getroffen", "Kritisch angemerkt wird im Bericht …"), or last in a subordinate clause ("dass …
 * anerkannt werden", "gegen die … erhoben werden"). Last in a main clause or before a modal it is an infinitive under a
 * modal ("muss neu verhandelt werden", "sollen …, unterstützt werden", "angerufen werden kann"); two forms make a future
 * passive ("wird … getroffen werden").
 */
function presentPassive(words: string[], clauseWords: string[], trigAt: number, afterComma: boolean): boolean {
  const forms = words.filter((x) => WERDEN_FORM.test(x));
  if (forms.length !== 1) return forms.length === 0;
  const at = words.findIndex((x) => WERDEN_FORM.test(x));
  // ("wird", "werde" are finite wherever they stand: "…, umworben und auch unterstützt wird")
  if (at < trigAt || forms[0] !== 'werden') return true;
  let next = at + 1;
  while (next < words.length && !LETTER.test(words[next])) next++;
  if (next < words.length) return !MODAL_AFTER.test(words[next]);
  const first = clauseWords[0] ?? '';
  return SUBORDINATORS.has(first) || (afterComma && (RELATIVE_PRONOUN.test(first) || (RELATIVE_PREP.test(first) && RELATIVE_PRONOUN.test(clauseWords[1] ?? ''))));
}

/**
 * A form that is participle and infinitive ("beraten", "vertreten") after "werden" is the future when a named subject
 * stands in the clause before it and no "von"/"durch" agent: "Am Samstag werden die SP-Regierungschefs … beraten" (not the
 * passive "Über den Antrag wird beraten", "Die Anträge werden beraten").
 */
function activeInfinitive(ctx: SentenceContext, tr: Trigger, c0: number, c1: number): boolean {
  if (tr.entry.pos !== 'verb' || !tr.present || !tr.participle || !ctx.toks[tr.t0].lower.endsWith('en')) return false;
  for (let j = c0; j < c1; j++) if (/^(von|vom|durch)$/.test(ctx.toks[j].lower)) return false;
  return ctx.mentions.some((m) => m.t0 >= c0 && m.t1 <= tr.t0 && m.prep === null && (m.entity.type === 'PER' || m.entity.type === 'ORG'));
}

/** Words after "nicht" that it negates on their own ("(nicht rechtskräftig) verurteilt", "kam nicht gut an", "als nicht hilfreich kritisiert"). */
const CONSTITUENT_NEGATED = /^(rechtskräftig|rechtens|rechtmäßig|gut|gerecht|hilfreich|persönlich|ausreichend|genug|wie|sehr|besonders|richtig|immer|überall|allein|gerade|unbedingt|zwingend)$/;
/** (h/ev28) Verbs of saying that govern a reported zu-infinitive. */
const SAYING_GOVERNOR = /^(erklärt|erklärte|erklärten|erklären|erklärt|sagte|sagten|betont|betonte|betonten|versichert|versicherte|versicherten|beteuert|beteuerte|beteuerten)$/;
/** (h/ev28) A clause ending in a perfect zu-infinitive ("… informiert zu haben", "… gewesen zu sein"). */
function perfectZuClause(words: string[]): boolean {
  const ws = words.filter((w) => LETTER.test(w));
  return ws.length >= 3 && ws[ws.length - 2] === 'zu' && /^(haben|sein)$/.test(ws[ws.length - 1]);
}
function lastLetterWord(words: string[]): string {
  for (let k = words.length - 1; k >= 0; k--) if (LETTER.test(words[k])) return words[k];
  return '';
}
/** (h/ev28) The clause before or after clause `ci` calls it open ("…, war unklar", "Unklar ist, …", "…, ist offen"). */
function openQuestion(ctx: SentenceContext, ci: number): boolean {
  const OPEN = /^(unklar|offen|ungewiss|unbekannt|fraglich|ungeklärt)$/;
  for (const c of [ci - 1, ci + 1]) {
    const cl = ctx.clauses[c];
    if (!cl) continue;
    for (let j = cl[0]; j < cl[1]; j++) if (OPEN.test(ctx.toks[j].lower)) return true;
  }
  return false;
}
/** Nouns of evidence: "keine Hinweise auf einen Terroranschlag" leaves the attack unconfirmed. */
const EVIDENCE = /^(hinweis|hinweise|hinweisen|anzeichen|beweis|beweise|beweisen|belege|belegen|indizien|spur|spuren)$/;
const KEIN_FORM = /^kein(e|en|em|er|es)?$/;
/** Verbs whose prepositional object is an expected event ("rechnen mit", "hoffen auf", "warten auf", "zählen auf"). */
/** Forms of einladen: "zu X eingeladen" invites to an event that is still ahead. */
const INVITED = /^(eingeladen|einladen|einlädt|lädt|lud|luden|einzuladen|geladen)$/;
const EXPECTING = /^(rechne|rechnet|rechnen|rechnete|rechneten|hoffe|hofft|hoffen|hoffte|hofften|warte|wartet|warten|wartete|warteten|zählt|zählen|zählte|zählten)$/;
const INFLECTED_END = /(e|en|er|es|em)$/;
const PP_OPENER = /^(im|am|ins|zum|zur|vom|beim|ans|aufs)$/;

/**
 * The negation word at token `n` negates something other than the trigger (negation scope):
 * - "nicht" before a word it negates alone ("(nicht rechtskräftig) verurteilt"), "nie" in an attributive ("zu nie
 *   dagewesenen Massendemonstrationen");
 * - for a noun trigger in a prepositional phrase ("erschien nicht zu der Verhandlung", "hat sich nicht zu den
 *   Vorwürfen geäußert", "im Vorfeld des Gipfels … nicht eingebunden"), a negation outside that phrase (inside it still
 *   counts: "kam es zu keiner Einigung");
 * - for a noun trigger, a "kein" that determines another noun ("machte zu den Anschlägen keine Angaben", "keine
 *   günstige Ausgangslage für die Zusammenarbeit") — but not a noun of evidence ("keine Hinweise auf einen
 *   Terroranschlag").
 */
function negationElsewhere(toks: { lower: string; text: string }[], n: number, tr: Trigger): boolean {
  const w = toks[n].lower;
  const nx = toks[n + 1];
  if (w === 'nicht' && nx && n + 1 !== tr.t0 && CONSTITUENT_NEGATED.test(nx.lower)) return true;
  if ((w === 'nie' || w === 'niemals') && nx && LOWER_START.test(nx.text) && INFLECTED_END.test(nx.lower) && !DETERMINER_WORDS.has(nx.lower) && !KEIN_FORM.test(nx.lower) && UPPER_START.test(toks[n + 2]?.text ?? '')) return true;
  if (tr.entry.pos !== 'noun') return false;
  // a kein + evidence noun denies the noun's event wherever it stands
  for (let j = Math.max(0, tr.t0 - 12); j < Math.min(toks.length, tr.t0 + 12); j++) {
    if (KEIN_FORM.test(toks[j].lower) && (EVIDENCE.test(toks[j + 1]?.lower ?? '') || EVIDENCE.test(toks[j + 2]?.lower ?? ''))) return false;
  }
  // the start of the noun's phrase: determiners, numbers and lower-case modifiers before it; one genitive level
  // ("im Vorfeld des Gipfels")
  const modifier = (t: { lower: string; text: string }) => DETERMINER_WORDS.has(t.lower) || KEIN_FORM.test(t.lower) || /^\d/.test(t.text) || (LOWER_START.test(t.text) && INFLECTED_END.test(t.lower) && !PREPOSITIONS.has(t.lower));
  let a = tr.t0;
  while (a > 0 && tr.t0 - a < 5 && modifier(toks[a - 1])) a--;
  if (a > 1 && UPPER_START.test(toks[a - 1].text) && /^(des|der|eines|einer)$/.test(toks[a].lower)) {
    a--;
    const head = a;
    while (a > 0 && head - a < 4 && modifier(toks[a - 1])) a--;
  }
  const pp = a > 0 && (PREPOSITIONS.has(toks[a - 1].lower) || PP_OPENER.test(toks[a - 1].lower)) ? a - 1 : -1;
  // (not the prepositional object of an expectation, which the negation denies: "kann nicht mit der Unterstützung … rechnen")
  if (pp >= 0 && (n < pp || n > tr.t0) && !toks.some((t) => EXPECTING.test(t.lower))) return true;
  if (KEIN_FORM.test(w)) {
    // the noun the "kein" determines: the first capitalised word after it
    let head = n + 1;
    while (head < toks.length && !UPPER_START.test(toks[head].text) && toks[head].text !== ',') head++;
    if (head !== tr.t0) return true;
  }
  return false;
}

/** Konjunktiv I (third person singular) of frequent verbs outside the auxiliaries and modals, lower case. */
const KONJUNKTIV_I = new Set(['gebe', 'stehe', 'liege', 'gehe', 'komme', 'handle', 'handele', 'fehle', 'bestehe', 'bleibe', 'wisse', 'brauche', 'gelte', 'sehe', 'lasse', 'trage', 'mache', 'zeige', 'führe', 'hänge', 'verfüge', 'plane', 'arbeite', 'versuche', 'erwarte', 'befinde', 'entspreche', 'betreffe', 'beginne', 'diene', 'erfolge']);

/** Verbs that open a reporting tag after what was said ("…, sagte der Minister", "…, teilte X mit", "…, so X"). */
const TAG_VERB = /^(sagte|sagten|sagt|sagen|erklärte|erklärten|erklärt|betonte|betonten|betont|meinte|meinten|meint|teilte|teilten|teilt|berichtete|berichteten|berichtet|meldete|meldeten|schrieb|schrieben|schreibt|fügte|fügten|ergänzte|ergänzten|unterstrich|unterstrichen|bestätigte|bestätigten|behauptete|behaupteten|hieß|heißt|so)$/;
/** Words that open a clause the main clause after it governs ("Als die Polizei kam, sagte X …": no tag). */
const FRONT_SUBORDINATOR = /^(als|nachdem|wenn|weil|während|bevor|ehe|da|obwohl|seit|seitdem|sobald|falls|indem|um|ob)$/;

/**
 * "A, er hat B, obwohl C, erklärte Giegold.": a reporting tag (verb first after a comma, its subject after it) that
 * ends the sentence makes all that stands before it what the speaker said, not only the clause right before the tag
 * (a relative clause on the speaker may follow: "…, sagte X, der Y leitet"). Not after a fronted subordinate clause,
 * whose verb-first main clause only looks like a tag ("Als X kam, … , sagte Y").
 */
function trailingReportTag(ctx: SentenceContext, ci: number): boolean {
  const { toks } = ctx;
  const n = ctx.clauses.length;
  let k = n - 1;
  while (k > ci + 1 && RELATIVE_PRONOUN.test(toks[ctx.clauses[k][0]].lower) && toks[ctx.clauses[k][0] - 1]?.text === ',') k--;
  if (k <= ci) return false;
  const [t0, t1] = ctx.clauses[k];
  const verb = toks[t0];
  if (toks[t0 - 1]?.text !== ',' || !LOWER_START.test(verb.text) || !TAG_VERB.test(verb.lower) || t1 - t0 > 12) return false;
  // the subject after the verb: a name, a determiner or a capitalised noun ("so der Minister", "sagte Giegold")
  const subj = toks[t0 + 1];
  if (!subj || !(UPPER_START.test(subj.text) || DETERMINER_WORDS.has(subj.lower) || subj.lower === 'es')) return false;
  if (FRONT_SUBORDINATOR.test(toks[0]?.lower ?? '')) return false;
  // a quote or a colon before the tag's clauses: only commas join what was said
  for (let c = 1; c <= k; c++) if (toks[ctx.clauses[c][0] - 1]?.text !== ',') return false;
  return true;
}

/** Past auxiliaries and modals: a question with one of them asks about a past act. */
const NEED_VERB = /^(braucht|brauchen|brauche|brauchte|brauchten|benötigt|benötigen|benötige|benötigte|benötigten)$/;
const WHY_Q = /^(warum|wieso|weshalb|weswegen)$/;
const PAST_AUX_Q = /^(hatte|hatten|hat|haben|habe|ist|sind|war|waren|wurde|wurden|worden|konnte|konnten|musste|mussten|wollte|wollten|sollte)$/;

/** Verbs of cancelling ("abgesagt", "sagte … ab" with the particle closing the clause, "abgeblasen", "storniert"). */
const CANCEL_WORD = /^(abgesagt|absagen|abzusagen|absagte|absagten|abgeblasen|abblasen|abzublasen|storniert|stornierte|stornierten|annulliert)$/;
const SAY_FINITE = /^(sagt|sagte|sagten|sagen|sage|sagst)$/;
function cancelledIn(clauseWords: string[]): boolean {
  if (clauseWords.some((w) => CANCEL_WORD.test(w))) return true;
  // "sagt … ab": the separated particle is the clause's last word (not "ab Montag", "ab sofort")
  let last = clauseWords.length - 1;
  while (last >= 0 && !LETTER.test(clauseWords[last])) last--;
  if (last < 1 || clauseWords[last] !== 'ab') return false;
  if (clauseWords.some((w) => SAY_FINITE.test(w))) return true;
  return clauseWords.some((w) => /^blies|^blas/.test(w));
}

/**
 * The noun at t heads (or is the genitive of "Beginn"/"Start") the "mit"/"auf" object of an expecting verb before it in
 * the clause ("rechnet mit einem Angriff", "hofft auf eine baldige Einigung", "rechne … mit dem Beginn der Waffenhilfe").
 */
function expectedObject(toks: { lower: string; text: string }[], t: number, c0: number): boolean {
  let j = t - 1;
  while (j > c0 && t - j <= 3 && (DETERMINER_WORDS.has(toks[j].lower) || (LOWER_START.test(toks[j].text) && INFLECTED_END.test(toks[j].lower) && !PREPOSITIONS.has(toks[j].lower)))) j--;
  if (/^(beginn|start|auftakt)$/.test(toks[j]?.lower ?? '')) {
    j--;
    while (j > c0 && DETERMINER_WORDS.has(toks[j].lower)) j--;
  }
  if (!/^(mit|auf)$/.test(toks[j]?.lower ?? '')) return false;
  for (let k = c0; k < j; k++) if (EXPECTING.test(toks[k].lower)) return true;
  return false;
}

/** Readiness adjectives of the lexicon ("verhandlungsbereit", "gesprächsbereite"). */
const READINESS = /^\p{Ll}+bereit(e|en|er|es|em)?$/u;

/** `words.slice(0, end).some(pred)` without the slice (pred sees `words` as its array: only index k - 1 < end is read). */
function someBefore(words: string[], end: number, pred: (w: string, k: number, ws: string[]) => boolean): boolean {
  // (a negative end counts from the array's end, as slice reads it)
  const e = end < 0 ? Math.max(0, words.length + end) : Math.min(end, words.length);
  for (let k = 0; k < e; k++) if (pred(words[k], k, words)) return true;
  return false;
}

/** Whether a token of [a, b) has the lower-case form `w` (a loop, not a slice per call). */
function hasLower(toks: readonly { lower: string }[], a: number, b: number, w: string): boolean {
  for (let j = a; j < b; j++) if (toks[j].lower === w) return true;
  return false;
}

/** Whether a token of [a, b) matches `re` in lower case. */
function someLower(toks: readonly { lower: string }[], a: number, b: number, re: RegExp): boolean {
  for (let j = a; j < b; j++) if (re.test(toks[j].lower)) return true;
  return false;
}

/** "die Rede" within [a, b). */
function dieRedeAfter(toks: readonly { lower: string }[], a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) if (toks[j].lower === 'rede' && toks[j - 1].lower === 'die') return true;
  return false;
}

export function decideModality(ctx: SentenceContext, tr: Trigger, input: ModalityInput): Modality {
  const { toks } = ctx;
  const ci = toks[tr.t0].clause;
  let [c0, c1] = ctx.clauses[ci];
  const words: string[] = [];
  for (let j = c0; j < c1; j++) words.push(toks[j].lower);
  const clauseWords = [...words];
  let setting = false;
  // a noun in a setting phrase ("nach dreijährigen Verhandlungen wollten …", "bei einem Besuch") does not take
  // the clause's modal, negation or tense: only its own phrase counts
  // ("am Treffen teilnehmen": the object of taking part, which shares the clause's tense and modal)
  // (read only for a noun after "am": the clause's tokens, without a slice per call)
  if (tr.entry.pos === 'noun' && !(toks[tr.t0 - 1]?.lower === 'am' && someLower(toks, c0, c1, /^(teilnehm|teilzunehm|teilgenommen|teil$|beteilig)/))) {
    for (let j = Math.max(c0, tr.t0 - 4); j < tr.t0; j++) {
      if (/^(nach|bei|beim|während|seit|trotz|wegen|vor|am|infolge|angesichts)$/.test(toks[j].lower)) {
        words.length = 0;
        for (let k = j; k <= tr.t0; k++) words.push(toks[k].lower);
        c0 = j;
        c1 = tr.t0 + 1;
        setting = true;
        break;
      }
    }
  }
  const trig = toks[tr.t0].lower;
  // a readiness adjective ("die Grünen sind verhandlungsbereit", "zeigte sich gesprächsbereit") announces talks: planned;
  // "nicht gesprächsbereit" negated
  if (READINESS.test(trig)) return words.some((w) => NEGATION.has(w)) ? 'negated' : 'planned';
  const prev = ci > 0 ? ctx.clauses[ci - 1] : null;
  const prevWords: string[] = [];
  if (prev) for (let j = prev[0]; j < prev[1]; j++) prevWords.push(toks[j].lower);
  // a zu-infinitive can be separated from its governor by inserted phrases ("gibt an, Stellungen …, vor allem …, zu bombardieren")
  if (prev && ci >= 2 && tr.entry.pos === 'verb' && isZuInfinitive(toks, tr.t0)) {
    for (let c = ci - 2; c >= Math.max(0, ci - 3); c--) for (let j = ctx.clauses[c][0]; j < ctx.clauses[c][1]; j++) prevWords.push(toks[j].lower);
  }
  // (the words before the trigger: words[0, tr.t0 - c0), read in place)
  const beforeEnd = tr.t0 - c0;
  // a noun whose clause ends in a zu-infinitive ("…, einen Anschlag in den USA zu verüben") is governed like that verb
  // (not a noun in a setting phrase: "um sie während der Offensive … zu versorgen")
  // (a noun after "zu" is a phrase: "zu Hausarrest vergattert")
  const zuInf = (tr.entry.pos === 'verb' && isZuInfinitive(toks, tr.t0)) || (tr.entry.pos === 'noun' && c0 === ctx.clauses[ci][0] && nounInZuClause(toks, tr.t0, ctx.clauses[ci][1]));

  // (h/ev29) a source frame "war von X die Rede": what is spoken of is reported, whatever the tense
  // ("die" before "Rede" within the tokens after the trigger)
  if (tr.entry.pos === 'noun' && toks[tr.t0 - 1] && hasLower(toks, ctx.clauses[ci][0], tr.t0, 'von') && dieRedeAfter(toks, tr.t0 + 1, ctx.clauses[ci][1]) && someLower(toks, ctx.clauses[ci][0], ctx.clauses[ci][1], /^(ist|war|sei|wäre|waren|gewesen|sein)$/)) return 'reported';
  // (h/ev29) a feared act ("befürchtet die Festnahme von Abgeordneten", "fürchten neue Angriffe") has not happened
  if (tr.entry.pos === 'noun' && !setting) {
    for (let j = ctx.clauses[ci][0]; j < tr.t0; j++) if (/^(befürchtet|befürchten|befürchtete|befürchteten|befürchte|fürchtet|fürchten|fürchtete|fürchteten|fürchte)$/.test(toks[j].lower) && !toks.slice(j + 1, tr.t0).some((t) => t.lower === 'um' || t.lower === 'vor')) return 'hypothetical';
  }
  // (h/ev29) "erst …, wenn …": the act waits on a condition ("Es werde erst wieder verhandelt, wenn die Rebellen …")
  if (words.includes('erst') && !setting) {
    const nx = ctx.clauses[ci + 1];
    let k = nx ? nx[0] : -1;
    if (k >= 0 && toks[k]?.text === ',') k++;
    if (k >= 0 && /^(wenn|sobald|falls)$/.test(toks[k]?.lower ?? '')) return 'hypothetical';
  }
  // a possible or proposed event named by a noun: "einem möglichen Treffen", "der Vorschlag einer Waffenruhe"
  if (tr.entry.pos === 'noun') {
    for (let j = Math.max(0, tr.t0 - 4); j < tr.t0; j++) {
      if (/^(möglich|eventuell|denkbar|etwaig|hypothetisch)(e|en|er|es|em)?$|^(idee|vorschlag|vorschläge|option|optionen|möglichkeit)$/.test(toks[j].lower)) return 'hypothetical';
      if (/^(plan|plans|pläne|plänen|absicht|vorhaben)$/.test(toks[j].lower)) return 'planned';
      // "der an diesem Tag stattfindenden Kundgebung", "die am Samstag stattfindende Demo": taking place on a day named
      // (not "der derzeit stattfindenden Konferenz": ongoing)
      if (/^stattfindend(e|en|er|es|em)$/.test(toks[j].lower) && toks.slice(Math.max(0, j - 4), j).some((t) => /^(tag|am|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|jänner|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)$/.test(t.lower))) return 'planned';
      if (/^(letzte|letzten|vorige|vorigen|früheren|frühere|damalige|damaligen|einstige|einstigen|vergangene|vergangenen)$/.test(toks[j].lower) && j === tr.t0 - 1) return 'historical';
    }
    // the object of a rejection was proposed, not done: "lehnt die Entsendung von Truppen ab"
    // (not a noun in a setting phrase: "wies den Vorwurf bei einem Mediengespräch zurück" — the talk took place)
    const [k0, k1] = ctx.clauses[ci];
    for (let j = k0; j < k1 && !setting; j++) {
      if (j !== tr.t0 && /^(lehnt|lehnte|lehnten|lehnen|abgelehnt|ablehnen|abzulehnen|weist|wies|wiesen|zurückgewiesen|zurückweisen|verweigert|verweigerte|verweigerten|verweigern)$/.test(toks[j].lower)) return 'planned';
    }
  }
  // hypothetical: conditional clause, embedded question, V1 conditional ("Sollte X …")
  // concessive "auch wenn" ("Auch wenn die Mandatare Treue gelobt haben: …") grants a fact, it sets no condition
  const condWord = (w: string, k: number, ws: string[]): boolean => HYPOTHETICAL.has(w) && !(w === 'wenn' && ws[k - 1] === 'auch');
  if (someBefore(words, beforeEnd, condWord) || words[0] === 'sollte' || words[0] === 'sollten' || (words[0] === 'ob')) return 'hypothetical';
  if (words.some((w, k, ws) => (w === 'wenn' || w === 'falls') && condWord(w, k, ws))) return 'hypothetical';
  // a verb-first conditional ("Komme in den nächsten Wochen nichts heraus, würde er … unterstützen", "Kommt es zu
  // Neuwahlen, wird …"): the condition and the consequence that follows it
  if (v1Conditional(ctx, ci)) return 'hypothetical';
  // "ob die Geschäftsführerin des ÖGB, Heidi X (56), sich früher zurückzieht": an apposition between commas
  // splits the conditional clause; the clause before the apposition opens it
  if (ci >= 2 && LOWER_WORD.test(toks[ctx.clauses[ci][0]]?.lower ?? '') && !SUBORDINATORS.has(toks[ctx.clauses[ci][0]].lower) && !/^(der|die|das|den|dem|deren|dessen|und|oder|aber|sondern|um)$/.test(toks[ctx.clauses[ci][0]].lower)) {
    let c = ci - 1;
    while (c > 0 && toks.slice(ctx.clauses[c][0], ctx.clauses[c][1]).every((t) => !LOWER_START.test(t.text) || /^(von|der|des|und)$/.test(t.lower))) c--;
    // (the apposition may also close the clause before: "ob die Geschäftsführerin des ÖGB, Heidi X (56)" — no verb there)
    const [p0, p1] = ctx.clauses[c];
    const lastWord = toks.slice(p0, p1).filter((t) => LETTER.test(t.text)).pop();
    if ((c < ci - 1 || (lastWord && UPPER_START.test(lastWord.text))) && /^(ob|falls|sofern)$/.test(toks[p0]?.lower ?? '')) return 'hypothetical';
  }
  // a yes/no question ("Soll die Partei eine Empfehlung abgeben?", "Wird X zurücktreten?") asks whether it happens
  // (after an interview's speaker label: "STANDARD: Soll …?")
  const q0 = toks[1]?.text === ':' ? 2 : 0;
  if (toks[toks.length - 1]?.text === '?' && tr.t0 > q0 && /^(soll|sollen|sollte|sollten|wird|werden|würde|würden|kann|können|könnte|könnten|muss|müssen|darf|dürfen|will|wollen)$/.test(toks[q0]?.lower ?? '') && toks.slice(q0, tr.t0).every((t) => t.text !== ',')) return 'hypothetical';
  // an interviewer's question in the present ("Bei welchem Ergebnis treten Sie zurück?", "Also Mindestsicherung
  // kürzen?", "Würden Sie … als Staatsfeind bezeichnen?") asks about an act, it reports none (a past act asked about
  // happened: "die zuvor auf die Cafés feuerten?"; a noun names a known act: "Was war der Auslöser für die Proteste?")
  // (a why-question presupposes the act: "Warum kritisieren Sie die Regierung?"; only the clause the question mark closes)
  if (toks[toks.length - 1]?.text === '?' && tr.entry.pos === 'verb' && tr.present && !tr.participle && !words.some((w) => PAST_AUX_Q.test(w)) && !toks.slice(tr.t0).some((t) => t.text === ',') && !toks.slice(0, tr.t0).some((t) => WHY_Q.test(t.lower))) return 'hypothetical';
  // "…, bis die PKK ihre Waffen niederlege": the condition of a future end
  if (words[0] === 'bis' && c0 > 0 && DETERMINER_OR_NAME.test(toks[c0 + 1]?.text ?? '')) return 'hypothetical';
  // possibility: "könnte Obama verklagen", "schloss nicht aus, … zu verklagen"
  if (words.some((w) => w === 'könnte' || w === 'könnten')) return 'hypothetical';
  if (zuInf && prevWords.some((w) => /^(aus|ausschließen|ausgeschlossen|schloss|schließt)$/.test(w)) && prevWords.includes('nicht')) return 'hypothetical';
  // "Nicht ausgeschlossen wird, dass …", "Es ist nicht auszuschließen, dass …": the dass-clause of a possibility
  if (prev && !setting && clauseWords[0] === 'dass' && prevWords.includes('nicht') && prevWords.some((w) => /^(ausgeschlossen|ausschließen|auszuschließen)$/.test(w))) return 'hypothetical';
  // "Eine Vereinbarung wurde nicht ausgeschlossen", "schließt einen Angriff nicht aus": a possibility, not a negation
  if (words.includes('nicht') && (words.some((w) => /^(ausgeschlossen|ausschließen|auszuschließen)$/.test(w)) || (words.some((w) => /^(schloss|schlossen|schließt|schließen)$/.test(w)) && words[words.length - 1] === 'aus') || (words.some((w) => /^(schloss|schlossen|schließt|schließen)$/.test(w)) && words.includes('aus')))) return 'hypothetical';
  // "steht eine Militärintervention im Raum": a possibility under discussion
  if (words.includes('raum') && words.some((w, k) => /^(steht|stehen|stand|standen|stehe)$/.test(w) && words.slice(k + 1).includes('im'))) return 'hypothetical';
  // considered, not decided: "erwägen würden", "überlegt, … zu"
  if (words.some((w) => /^(erwäg|erwog|überleg)/.test(w))) return 'hypothetical';
  // its zu-infinitive right after it: "Beide Parteien haben erwogen, sie … zu unterstützen"
  if (zuInf && prev && /^(erwäg|erwog|überleg)/.test(toks[prev[1] - 1]?.lower ?? '')) return 'hypothetical';
  // an act that is needed has not been given: "Die Regierung braucht die Zustimmung von X", "benötigt die
  // Unterstützung der Opposition" (the object noun after the verb in its clause)
  if (tr.entry.pos === 'noun' && !setting) {
    for (let j = c0; j < tr.t0; j++) if (NEED_VERB.test(toks[j].lower)) return 'hypothetical';
  }
  // "liebäugelt mit einem Demoverbot", "diskutiert (ein) Demo-Verbot", "debattiert über eine Ausweitung": a
  // noun for an act that is being considered (not "diskutierte den Angriff": a definite, known act)
  if (tr.entry.pos === 'noun' && words.some((w) => /^liebäugel/.test(w))) return 'hypothetical';
  if (tr.entry.pos === 'noun') {
    for (let j = Math.max(0, tr.t0 - 4); j < tr.t0; j++) {
      if (!/^(diskutiert|diskutieren|diskutierte|diskutierten|debattiert|debattieren|debattierte|debattierten)$/.test(toks[j].lower)) continue;
      if (toks.slice(j + 1, tr.t0).every((t) => /^(über|ein|eine|einen|einem|einer|mögliche|möglichen|neue|neuen|weitere|weiteren)$/.test(t.lower) || (LOWER_START.test(t.text) && INFLECTED_ADJ_END.test(t.lower)))) return 'hypothetical';
    }
  }
  // the complement of an idea or proposal: "die Idee, Truppen zu entsenden"
  if (zuInf && prevWords.some((w) => /^(idee|vorschlag|vorschläge|option|möglichkeit|gedanke|gedanken)$/.test(w))) return 'hypothetical';
  // (h/ev28) unconfirmed or not reached: "keinen Hinweis darauf, dass … getötet worden sind" (no evidence that it happened),
  // "war kurz davor, ihre Freilassung zu erwirken" (almost); an embedded w-question left open ("Wann X sein Amt
  // zurücklegt, war unklar", "Unklar ist, wann …")
  if (prev && clauseWords[0] === 'dass' && lastLetterWord(prevWords) === 'darauf' && prevWords.some((w, k) => KEIN_FORM.test(w) && EVIDENCE.test(prevWords[k + 1] ?? ''))) return 'hypothetical';
  if (zuInf && prev && prevWords.some((w, k) => w === 'kurz' && prevWords[k + 1] === 'davor')) return 'hypothetical';
  // (only "wann" in a clause not in the past: "Wie viele Menschen getötet wurden, blieb unklar", "Warum er seinen Rückzug
  // ankündigte, blieb ungeklärt" ask about events that happened; the tuned gold keeps them)
  if (clauseWords[0] === 'wann' && !pastClause(toks, ctx.clauses[ci][0], ctx.clauses[ci][1]) && openQuestion(ctx, ci)) return 'hypothetical';

  // a cancelled meeting, trip or rally ("sagt seine Reise wegen des Terrors ab", "Der Marsch wurde abgesagt") did not take
  // place: the noun is negated, like "keine Verhandlungen"
  if (!setting && tr.entry.pos === 'noun' && (tr.entry.type === 'CONSULT' || tr.entry.type === 'PROTEST') && cancelledIn(clauseWords)) return 'negated';

  // negated: negation in the clause ("nicht nur" is no negation); a governing denial ("bestritt, … zu haben")
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    // "bekennt sich nicht schuldig": the plea itself (a REJECT), not a negation of it
    if (w === 'nicht' && words[k + 1] === 'schuldig' && tr.entry.type === 'REJECT') continue;
    // (not a word of a name: "Mitglieder der Anarchogruppe No Border legten … Feuer")
    if (NEGATION.has(w) && (ctx.mentions.some((m) => c0 + k >= m.t0 && c0 + k < m.t1) || (/^(no|not|never)$/.test(w) && k > 0 && UPPER_START.test(toks[c0 + k].text)))) continue;
    if (NEGATION.has(w) && !(w === 'nicht' && (words[k + 1] === 'nur' || words[k + 1] === 'zuletzt')) && !coordinatedAway(words, k, tr.t0 - c0, tr.entry.pos) && !negationElsewhere(toks, c0 + k, tr)) return 'negated';
  }
  // a denial negates what is denied, not the denial itself ("Die HDP bestreitet eine Nähe zur PKK" is an asserted REJECT)
  // (a verb, not the noun "Verzicht" or the attributive "den verweigerten Orden")
  if (words.some((w, k) => NEGATING_VERBS.test(w) && k !== tr.t0 - c0 && LOWER_START.test(toks[c0 + k].text) && !(INFLECTED_END.test(w) && UPPER_START.test(toks[c0 + k + 1]?.text ?? '')))) return 'negated';
  if (prev && (zuInf || SUBORDINATORS.has(words[0] ?? '')) && prevWords.some((w) => NEGATING_VERBS.test(w))) return 'negated';
  // "Dass es einen Kessel gegeben habe, bestreitet die Polizei": a fronted dass-clause denied by the verb right after it
  const next = ci + 1 < ctx.clauses.length ? ctx.clauses[ci + 1] : null;
  if (next && clauseWords[0] === 'dass' && ctx.clauses[ci][0] === 0 && NEGATING_VERBS.test(toks[next[0]]?.lower ?? '')) return 'negated';
  // "weist zurück, dass seine Partei hinter dem Anschlag stecke": the rejected claim is denied
  if (prev && clauseWords[0] === 'dass' && (prevWords.some((w) => /^zurück(gewiesen|weisen|zuweisen|weist)$/.test(w)) || (prevWords.includes('zurück') && prevWords.some((w) => /^(weist|wies|wiesen|weisen)$/.test(w))))) return 'negated';
  if (prev && zuInf && prevWords.some((w, k) => NEGATION.has(w) && !(w === 'nicht' && /^(nur|zuletzt)$/.test(prevWords[k + 1] ?? '')))) return 'negated';
  // "…, ohne vorher das Gespräch gesucht zu haben", "ohne X zu konsultieren": what is done without it did not happen
  if (clauseWords[0] === 'ohne' && zuClause(toks, ctx.clauses[ci][0], ctx.clauses[ci][1])) return 'negated';

  // a noun dated long ago in its own phrase ("an die Niederschlagung von Protesten … im Jahr 1939 erinnert") is background,
  // whatever the clause's tense
  if (tr.entry.pos === 'noun') {
    const pubYear = input.published ? Number(input.published.slice(0, 4)) : null;
    const [, k1] = ctx.clauses[ci];
    for (let j = tr.t0 + 1; j < Math.min(k1, tr.t0 + 14); j++) {
      const w = toks[j].lower;
      if (w === ',' || /^(wird|werden|wurde|wurden|ist|sind|war|waren|hat|haben|hatte|hatten|soll|sollen)$/.test(w)) break;
      if (/^(19|20)\d\d$/.test(w) && (pubYear !== null ? Number(w) < pubYear - 1 : Number(w) < 1990)) return 'historical';
    }
  }
  // planned
  // a noun scheduled "für den 20. Mai" / "für Dienstag" ("hat für den 20. Mai eine Konferenz angeordnet"): set for that date
  if (tr.entry.pos === 'noun') {
    // (the date may stand clauses before the noun: "für den 20. Mai, also knapp vor der Wahl, eine Konferenz angeordnet")
    for (let j = 0; j < tr.t0 - 1; j++) {
      if (toks[j].lower !== 'für') continue;
      // the date word must head the phrase "für" governs: only articles, numbers and date adjectives may stand between
      // ("für den 20. Mai", "für kommenden Dienstag", "für Anfang Juli"), not a noun with its own date ("die
      // Beobachtungsstelle für Menschenrechte am Samstag berichtete")
      const rest = toks.slice(j + 1, j + 5).map((t) => t.lower);
      const k = rest.findIndex((w) => /^(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|jänner|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|herbst|frühjahr|sommer|winter)$/.test(w));
      if (k >= 0 && rest.slice(0, k).every((w) => /^(den|dem|die|das|diesen|diesem|kommenden|nächsten|kommende|nächste|anfang|mitte|ende|spätestens|\d+\.?)$/.test(w))) return 'planned';
    }
  }
  // (h/ev29) "…, seitdem die Rebellen die Hauptstadt unter ihre Kontrolle gebracht haben": a perfect in a "seitdem" clause
  // names the past event a lasting state dates from (historical), unless the clause dates it recently
  if (!setting && (clauseWords[0] === 'seitdem' || (clauseWords[0] === ',' && clauseWords[1] === 'seitdem'))) {
    if (clauseWords.some((w) => /^(hat|haben|ist|sind|habe|sei|seien)$/.test(w)) && !clauseWords.some((w) => RECENT.test(w)) && !input.time) return 'historical';
  }
  // (a past modal names a past act: "konnte am Donnerstag 73 Menschen retten")
  const pastHere = words.some((w) => /^(hatte|hatten|hat|haben|ist|sind|war|waren|wurde|wurden|konnte|konnten|musste|mussten)$/.test(w));
  // "soll … getötet haben" is an allegation (reported), "soll … besuchen" a plan
  let lastWord = '';
  for (let k = words.length - 1; k >= 0; k--) if (LETTER.test(words[k])) { lastWord = words[k]; break; }
  // (also in a verb-final clause: "…, nachdem ihr Mann sie mit Benzin übergossen haben soll")
  const sollPerfect = (words.some((w) => /^(soll|sollen|solle|sollten)$/.test(w)) && /^(haben|sein)$/.test(lastWord)) ||
    (/^(soll|sollen|solle|sollten)$/.test(lastWord) && /^(haben|sein)$/.test(words.filter((w) => LETTER.test(w)).at(-2) ?? ''));
  // "der einen Anschlag … geplant haben soll": the object of an alleged plan is still a plan
  if (sollPerfect && tr.entry.pos === 'noun' && words.some((w) => /^(geplant|vorbereitet)$/.test(w))) return 'planned';
  // a finite trigger verb ("telefonierte … und wollte, dass …", "trifft … und will …") is not the infinitive a modal or
  // future auxiliary of its clause governs; a past one (also an inflected participle, "verletzte Greifvögel … werden
  // gemeldet") is not dated ahead by a plan word either ("am nächsten Tag traf er …")
  const finiteTrigger = tr.entry.pos === 'verb' && !tr.participle && !/n$/.test(trig) && !zuInf;
  const finitePast = finiteTrigger && !tr.present;
  // "und er sollte dafür die Unterstützung des Parlaments bekommen", "…, das am Montag stattfinden sollte": "sollte(n)"
  // after the clause's first word, with an infinitive closing the clause, names what is (or was) to come (verb-first
  // "Sollte …" is the condition above; "sollte … gewusst haben" no plan)
  if (!sollPerfect && !finiteTrigger && !pastHere && shouldInfinitive(words)) return 'planned';
  // "300 Millionen Dollar kann X nun … für die Unterstützung der Streitkräfte ausgeben": a permission just given ("kann
  // nun", "dürfen jetzt") with an infinitive closing the clause opens an act still ahead
  if (!sollPerfect && !finiteTrigger && !pastHere && permittedNow(words)) return 'planned';
  // (h/ev29) "sei … entlassen worden und solle noch … zurückkehren": a participle completed by its own past auxiliary
  // before "und"/"oder" is not governed by a modal of the next conjunct
  let conjunctEnd = words.length;
  if (tr.entry.pos === 'verb' && tr.participle) {
    const at = tr.t0 - c0;
    const cut = words.findIndex((w, k) => k > at && (w === 'und' || w === 'oder'));
    if (cut > at && words.slice(0, cut).some((w) => /^(worden|sei|seien|ist|sind|war|waren|hat|habe|haben|hatte|hatten)$/.test(w)) && words.slice(at + 1, cut).every((w) => /^(worden|sei|seien|ist|sind|war|waren|hat|habe|haben|hatte|hatten|,)$/.test(w) || !LETTER.test(w))) conjunctEnd = cut;
  }
  if (!sollPerfect) {
    for (let wk = 0; wk < conjunctEnd; wk++) {
      const w = words[wk];
      if (finitePast || (finiteTrigger && (FUTURE_AUX.has(w) || /^(soll|sollen|solle)$/.test(w)))) continue;
      // (h/ev28) "… vermisst würden": a passive in Konjunktiv II stands for the reported present passive ("vermisst
      // werden"), no plan; not "würden … getötet werden", "angegriffen werden würde"
      // (a weak participle ends in -t, no infinitive does: "verlassen würde" is an active Konjunktiv II and stays)
      if ((w === 'würde' || w === 'würden') && wk > 0 && (PAST_PARTICIPLE.test(words[wk - 1]) || LOWER_T_END.test(words[wk - 1])) && !/^(werden|sein|haben)$/.test(words[wk + 1] ?? '')) continue;
      if (FUTURE_AUX.has(w)) {
        // "wird … getroffen", "dass … anerkannt werden" are a present passive unless a second form of "werden" makes it a
        // future passive ("wird … getroffen werden", "getroffen werden wird")
        // (also the reported "werde … geschossen", "werde der Beihilfe beschuldigt": a present passive in Konjunktiv I —
        // unless a word puts it ahead: "werde noch beraten", "werde erst wieder verhandelt, wenn …")
        if ((w === 'wird' || w === 'werden' || (w === 'werde' && !words.some((x) => AHEAD.test(x)))) && (tr.participle || /^ge.+t$/.test(trig)) && !activeInfinitive(ctx, tr, c0, c1) && presentPassive(words, clauseWords, tr.t0 - c0, ctx.clauses[ci][0] > 0 && toks[ctx.clauses[ci][0] - 1].text === ',')) continue;
        // "Die Invasion wird in dem Film als … dargestellt": a clause ending in a weak participle is a present passive
        if ((w === 'wird' || w === 'werden') && tr.entry.pos === 'noun' && WEAK_PARTICIPLE.test(clauseEnd(toks, ctx.clauses, ci)) && !words.includes('worden')) continue;
        if (w === 'wurde' || w === 'wurden') continue;
        // "konnten 13 weitere Menschen gerettet werden": a passive infinitive under a past modal happened
        if ((w === 'wird' || w === 'werden') && words.some((x) => /^(konnte|konnten|musste|mussten|durfte|durften)$/.test(x))) continue;
        return 'planned';
      }
      if (PLAN_WORDS.has(w)) {
        // "Für nächste Woche wurde ein Gespräch vereinbart", "habe X informiert und erwartet die Antwort in den nächsten
        // Stunden": a participle with a past auxiliary happened; the date belongs to what was agreed or awaited
        if (DATE_PLAN.has(w) && tr.entry.pos === 'verb' && tr.participle && words.some((x) => AUXILIARY_PAST.has(x)) && !words.some((x) => FUTURE_AUX.has(x))) continue;
        // "die geplante Mission" plans the mission, not the clause's verb ("lehnt … ab und hat die geplante Mission …")
        if (NOUN_PLAN_ADJ.test(w) && (tr.entry.pos !== 'noun' || !words.slice(Math.max(0, tr.t0 - c0 - 3), tr.t0 - c0).includes(w))) continue;
        // "brachten ihren angekündigten Misstrauensantrag ein", "die geplante Kundgebung fand statt": carried out now
        if (NOUN_PLAN_ADJ.test(w) && tr.entry.pos === 'noun' && words.some((x) => CARRIED_OUT.test(x))) continue;
        return 'planned';
      }
    }
  }
  // "Die EU will die Türkei, die … aufgenommen hat, finanziell unterstützen": a relative clause between commas
  // interrupts the main clause; the main clause's modal or future auxiliary governs the infinitive after it
  if (tr.entry.pos === 'verb' && !tr.participle && resumedAfterRelative(ctx, ci, tr.t0)) {
    const [m0, m1] = ctx.clauses[ci - 2];
    const mainWords = toks.slice(m0, m1).map((t) => t.lower);
    if (mainWords.some((w) => isFutureAux(w) || w === 'soll' || w === 'sollen') && !mainWords.some((w) => AUXILIARY_PAST.has(w) || NEGATION.has(w))) return 'planned';
  }
  // "Kiew muss den Konditionen noch zustimmen": an outstanding step (must still happen) is ahead, not done
  if (tr.entry.pos === 'verb' && !tr.participle && !pastHere && words.includes('noch') && words.some((w) => MUST_STILL.test(w)) &&
    !words.some((w) => /^(nicht|nie|kein|keine|keinen|immer|mehr)$/.test(w))) return 'planned';
  // "Nach seinem Besuch in Washington wollte X nach New York weiterreisen": the subject's own event in a setting phrase
  // of a plan is part of the plan
  if (setting && /^(ihre|ihren|ihrer|ihrem|ihr|seine|seinen|seiner|seinem|sein)$/.test(toks[c0 + 1]?.lower ?? '') && clauseWords.some(isFutureAux)) return 'planned';
  // "Beim EU-Afrika-Gipfel in Malta soll am Donnerstag … gegeben werden", "Während des Besuchs wird X … treffen": a
  // meeting or visit at which a planned act takes place is itself still ahead
  // (also what comes after a planned act: "Noch vor dem Treffen wird am Donnerstag ein Mini-Gipfel stattfinden")
  if (setting && /^(bei|beim|während|vor)$/.test(words[0]) && aheadWithPlan(toks, tr.t0, clauseWords)) return 'planned';
  // purpose: "…, um die Basis anzugreifen", "um den Zeitpunkt für einen Anschlag zu bestimmen"
  // (not a noun in a setting phrase of that clause: "um sie während der Offensive … zu versorgen")
  if (words[0] === 'um' && zuClause(toks, ctx.clauses[ci][0], ctx.clauses[ci][1])) return 'planned';
  // "…, damit sie gegen das Treffen protestieren können": a purpose clause
  if (clauseWords[0] === 'damit' && ctx.clauses[ci][0] > 0 && toks[ctx.clauses[ci][0] - 1].text === ',') return 'planned';
  // "Trotzdem sei man zu Gesprächen bereit", "zum Dialog entschlossen": readiness for an event named by a noun
  if (tr.entry.pos === 'noun' && /^(zu|zum|zur)$/.test(toks[tr.t0 - 1]?.lower ?? '') && words.some((w) => /^(bereit|entschlossen)/.test(w))) return 'planned';
  // "stellte eine Lockerung des Stabilitätspakts in Aussicht": what is held out is still ahead
  if (tr.entry.pos === 'noun' && toks.slice(ctx.clauses[ci][0], ctx.clauses[ci][1]).some((t, k, arr) => t.lower === 'aussicht' && arr[k - 1]?.lower === 'in') &&
    toks.slice(ctx.clauses[ci][0], ctx.clauses[ci][1]).some((t) => /^(stellt|stellte|stellten|gestellt|stellen|stelle|stellen)$/.test(t.lower))) return 'planned';
  // "Zu den Beratungen haben die Bischöfe … eingeladen": what one is invited to is still ahead
  if (tr.entry.pos === 'noun' && toks.slice(Math.max(ctx.clauses[ci][0], tr.t0 - 3), tr.t0).some((t) => /^(zu|zum|zur)$/.test(t.lower)) &&
    toks.slice(ctx.clauses[ci][0], ctx.clauses[ci][1]).some((t) => INVITED.test(t.lower)) &&
    // (not a past state: "war sie … zu einem Hearing geladen" — the hearing has been held since)
    !toks.slice(ctx.clauses[ci][0], ctx.clauses[ci][1]).some((t) => /^(war|waren)$/.test(t.lower))) return 'planned';
  // "Er rechne ab Oktober mit dem Beginn der Waffenhilfe", "hofft auf eine Einigung": the awaited event is still ahead
  if (tr.entry.pos === 'noun' && !setting && !pastHere && expectedObject(toks, tr.t0, ctx.clauses[ci][0])) return 'planned';
  if (zuInf && prev && prevWords.some((w) => CLAIM_GOVERNORS.test(w))) return 'reported';
  // (h/ev28) a perfect zu-infinitive under a verb of saying reports the speaker's own past act ("hatten erklärt, die
  // Behörden vorher informiert zu haben"), as "gibt an, … zu" (events-gold.md)
  if (prev && perfectZuClause(clauseWords) && prevWords.some((w) => SAYING_GOVERNOR.test(w))) return 'reported';
  if (zuInf && prev && prevWords.some((w) => PLAN_GOVERNORS.test(w))) return 'planned';
  if (zuInf && words.some((w) => PLAN_GOVERNORS.test(w))) return 'planned';
  // "Am Dienstag ist X zu Besuch", "Am Freitag trifft X Y": present tense with a day is a schedule
  // (not a day that dates the reporting clause — "…, fordern wir X auf, …, sagte ein Sprecher am Montag")
  if (input.time && input.time.type === 'DATE' && !timeOfReporting(ctx, ci, input.time) && (/W\d{2}-(\d|WE)|WXX-(\d|WE)|^\d{4}-\d{2}-\d{2}$/.test(input.time.value) || (/^XXXX-\d{2}-\d{2}$/.test(input.time.value) && onDay(toks, input.time) && input.time.start >= toks[ctx.clauses[ci][0]].start && input.time.end <= toks[ctx.clauses[ci][1] - 1].end)) && !words.some((w, k) => /^(hatte|hatten|war|waren|wurde|wurden|gestern|vorgestern|seit)$/.test(w) || (w === 'bereits' && !/^(am|an)$/.test(words[k + 1] ?? '')) || (/^(vergangenen|vergangenem|vergangene|letzten|letztem|letzte)$/.test(w) && PAST_SPAN.test(words[k + 1] ?? '')))) {
    const copula = tr.entry.pos === 'noun' && words.some((w) => w === 'ist' || w === 'sind') && !words.some((w) => GE_PARTICIPLE.test(w));
    // a form that is also a participle ("beraten", "vertreten") is the finite present where the clause has no
    // auxiliary to go with a participle ("Über diese Liste beraten die EU-Innenminister am 8. Oktober")
    const finitePresent = tr.present && (!tr.participle || (trig.endsWith('en') && !words.some((w) => FUTURE_AUX.has(w) || w === 'worden' || /^(soll|sollen|solle|muss|müssen|kann|können|darf|dürfen)$/.test(w))));
    if (copula || (tr.entry.pos === 'verb' && !pastHere && finitePresent && !words.some((w) => AUXILIARY_PAST.has(w)))) return 'planned';
  }
  // "die im Herbst tagt", "Im Mai reist X nach Y": a present-tense verb with a season or month (no year, no past marker) is a schedule
  // (the time in the verb's own clause: not "Dass dieses bis Anfang September umgesetzt werden kann, …, schließt sie aus")
  if (tr.entry.pos === 'verb' && input.time && input.time.type === 'DATE' && (/^XXXX-(SP|SU|FA|WI|\d{2})$/.test(input.time.value) || (!input.published && /^\d{4}-(SP|SU|FA|WI)$/.test(input.time.value))) && input.time.start >= toks[ctx.clauses[ci][0]].start && input.time.end <= toks[ctx.clauses[ci][1] - 1].end && !pastHere && tr.present && !tr.participle && !words.some((w) => AUXILIARY_PAST.has(w) || /^(seit|bereits|gestern|vergangenen|vergangene|letzten|letzte|vorigen|damals)$/.test(w))) return 'planned';
  // "Die Versammlung beginnt am Montag, 15. Juni": a meeting noun with a present-tense verb of scheduling and a day
  // (also a day without a year: articles without a date leave it open)
  // (also a week, month or season: "Die Konferenz findet im Juni statt", "diese Woche … der EU-Gipfel stattfindet")
  if (tr.entry.pos === 'noun' && input.time && input.time.type === 'DATE' && /W\d{2}-(\d|WE)|WXX-(\d|WE)|^(?:\d{4}|XXXX)-\d{2}-\d{2}$|^(?:\d{4}|XXXX)-(?:\d{2}|SP|SU|FA|WI|W\d{2}|WXX)$/.test(input.time.value) && !pastHere && words.some((w) => SCHEDULE_PRESENT.test(w))) return 'planned';
  // "die Grundlage der Gespräche … mit Erdogan an diesem Montag in Brüssel": a meeting noun dated by "an diesem /
  // am kommenden / am nächsten" and a weekday in its own phrase, in a present-tense clause, is still ahead
  if (tr.entry.pos === 'noun' && tr.entry.type === 'CONSULT' && !pastHere && !pastClause(toks, ctx.clauses[ci][0], ctx.clauses[ci][1]) &&
    !toks.slice(ctx.clauses[ci][0], ctx.clauses[ci][1]).some((t) => PRETERITE_LIKE.test(t.text) && !TE_ADJECTIVE.test(t.lower))) {
    for (let j = tr.t0 + 1; j < Math.min(ctx.clauses[ci][1] - 1, tr.t0 + 16); j++) {
      if (/^(diesem|kommenden|nächsten)$/.test(toks[j].lower) && /^(an|am)$/.test(toks[j - 1].lower) && WEEKDAY.test(toks[j + 1].lower)) return 'planned';
    }
  }
  // "Für den Nachmittag stand noch das Treffen mit X an": a scheduled meeting (anstehen), also told in the past tense
  // ("Ein Treffen steht bevor": bevorstehen)
  if (tr.entry.pos === 'noun' && (lastWord === 'an' || lastWord === 'bevor') && words.some((w) => /^(steht|stehen|stand|standen)$/.test(w))) return 'planned';
  // "kündigten weiteren Widerstand an": an announced action is planned
  // (not the noun before an announcement: "Lob für die Ankündigung …" praises the announcement, which happened)
  if (tr.entry.pos === 'noun' && words.some((w, k) => /^(kündig|angekündigt|ankündig)/.test(w) && !(w.startsWith('ankündigung') && k > tr.t0 - c0) && !(NOUN_PLAN_ADJ.test(w) && words.some((x) => CARRIED_OUT.test(x))))) return 'planned';
  // "hatte eine massive Erhöhung seiner Entwicklungshilfe bekannt gegeben", "beschloss eine Aufstockung der Truppen": a
  // new change of an act (indefinite) that is announced, decided or promised is still ahead
  if (tr.entry.pos === 'noun' && announcedChange(toks, tr.t0, clauseWords)) return 'planned';
  // present passive of an action ("Im Gegenzug werden die Sanktionen aufgehoben") announces it
  // (not one said to go on now — "Jetzt werden sie von den Behörden drangsaliert", "wird derzeit blockiert")
  if (tr.entry.pos === 'verb' && tr.participle && !ACTION_STATES.has(tr.entry.type) && words.some((w) => w === 'wird' || w === 'werden') && !words.some((w) => /^(wurde|wurden|worden|ist|sind|war|waren|hat|haben|konnte|konnten|musste|mussten|durfte|durften)$/.test(w)) && !words.some((w) => ONGOING_NOW.test(w))) return 'planned';
  const pub = parseDate(input.published);
  const when = parseDate(input.time?.value);
  if (pub !== null && when !== null && input.time && input.time.type !== 'DURATION') {
    if (when > pub + DAY && !pastHere && nonFinite(trig) === false) return 'planned';
    if (when > pub + DAY && !pastHere) return 'planned';
  }
  // a time ahead of the clause's "now" in a clause without a past ("tritt in zwei Wochen zurück", "wird in Kürze
  // beraten", "Die Gespräche beginnen bald"): without a creation time the time layer leaves such offsets unresolved
  // (XXXX-WXX for "in zwei Wochen" as for "vor zwei Wochen"), so the expression's own form decides
  if (!pastHere && futureAhead(toks, c0, c1, input.times ?? []) && !pastClause(toks, ctx.clauses[ci][0], ctx.clauses[ci][1])) return 'planned';

  // historical: pluperfect, background adverbs, times long before publication
  // (a week or a time of day is recent; "vor einigen Wochen" (PAST_REF) is not, although its value has a "T")
  const recent = words.some((w) => RECENT.test(w)) || (!!input.time && /W|T/.test(input.time.value ?? '') && !/^(PAST_REF|FUTURE_REF)$/.test(input.time.value ?? ''));
  const participleTrig = !!tr.participle || /^ge|iert$/.test(trig);
  const pluperfect = participleTrig && (words.some((w) => w === 'hatte' || w === 'hatten') || (words.some((w) => w === 'war' || w === 'waren') && (words.includes('worden') || /^(ge|an|ab|auf|aus|ein|zurück|vor|zusammen)\w*(gangen|kommen|reist|fahren|flogen|treten|brochen)$/.test(trig))));
  // a noun that is subject or object of a pluperfect clause ("Die Schließung … war … erfolgt", "hatte für Kritik gesorgt")
  const nounPluperfect = tr.entry.pos === 'noun' && words.some((w) => w === 'hatte' || w === 'hatten' || w === 'war' || w === 'waren') &&
    words.slice(tr.t0 - c0 + 1).some((w) => DONE_PARTICIPLE.test(w));
  if ((pluperfect || nounPluperfect) && !recent) return 'historical';
  // "hatte sich 2006 bei seinem Besuch in Prag angeschlossen": a setting noun shares its clause's pluperfect
  if (setting && pluperfectAround(clauseWords, tr.t0 - ctx.clauses[ci][0] + 1)) return 'historical';
  if (!recent && pluperfectRelativeAfter(ctx, tr, ci)) return 'historical';
  if (!recent && temporalOpenerBackground(ctx, ci, pub === null ? null : new Date(pub).getUTCFullYear()) && pastClause(toks, ctx.clauses[ci][0], ctx.clauses[ci][1])) return 'historical';
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w === 'seit' || w === 'seitdem') {
      // "seit 2011", "seit Ende Februar", "seit Jahren" — not "erstmals seit einem Jahr", "seit dem Ausbruch"
      // "seit mehreren Wochen", "seit einigen Jahren": a quantifier before the span
      // "seit einem Jahr", "seit einer Woche": one span back; "seit vergangenem September", "seit letztem Jahr": a past date
      const nx = /^(mehreren|einigen|vielen|wenigen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\d+)$/.test(words[k + 1] ?? '') && /^(wochen|monaten|jahren|jahrzehnten)$/.test(words[k + 2] ?? '') ? words[k + 2]
        : /^(einem|einer)$/.test(words[k + 1] ?? '') && /^(woche|monat|jahr|jahrzehnt)$/.test(words[k + 2] ?? '') ? 'jahren'
          : /^(vergangenem|letztem|vorigem|vergangenen|letzten|vorigen)$/.test(words[k + 1] ?? '') && /^(jahr|jahres|sommer|herbst|winter|frühjahr|jänner|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)$/.test(words[k + 2] ?? '') ? 'jahren'
            : words[k + 1] ?? '';
      // "des seit Jahrzehnten andauernden Konflikts" describes something else
      if (PRESENT_PARTICIPLE.test(words[k + 2] ?? '')) continue;
      // "den millionsten Besucher seit 2005", "die größte Demonstration seit 1989": a count or record since then, not an ongoing event
      if (words.slice(Math.max(0, k - 5), k).some((x) => SUPERLATIVE_OR_ORDINAL.test(x) && !/^(meisten|letzte[nr]?|beste[nr]?|nächste[nr]?|kosten|fasten|testen|westen|osten|festen|rasten)$/.test(x))) continue;
      if (/^(\d{4}|anfang|ende|mitte|jahren|monaten|wochen|langem|jahrzehnten|jahresbeginn|jahresanfang|jänner|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|beginn)$/.test(nx) && !words.includes('erstmals') && !(nx === 'beginn' && !words.some((x) => /^\d{4}$/.test(x)))) return 'historical';
    }
    if (w === 'zuletzt' && words.some((x) => /^\d{4}$/.test(x))) return 'historical';
    // "im Vorjahr", "im vergangenen Jahr", "im letzten Jahr": the year before the article's (a claim about it stays reported)
    // (h/ev28: in a past clause, as "letztes Jahr": "für zwei Anschläge im vergangenen Jahr verantwortlich gemacht wird" is now)
    if (w === 'im' && (words[k + 1] === 'vorjahr' || (/^(vergangenen|letzten|vorigen)$/.test(words[k + 1] ?? '') && words[k + 2] === 'jahr')) && !sollPerfect && !input.attributed && (tr.entry.pos === 'noun' || pastClause(toks, ctx.clauses[ci][0], ctx.clauses[ci][1]))) return 'historical';
    // "in den vergangenen 30 Jahren", "in den letzten Jahrzehnten": a span of years
    if (/^(vergangenen|letzten)$/.test(w) && (/^(jahren|jahrzehnten)$/.test(words[k + 1] ?? '') || (/^(\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwanzig|dreißig|fünfzig|hundert)$/.test(words[k + 1] ?? '') && /^(jahren|jahrzehnten)$/.test(words[k + 2] ?? '')))) return 'historical';
    // "fielen den Attentaten seitdem zum Opfer" (since the date named before); "im selben Zeitraum" refers back to it
    if (w === 'seitdem' && k > 0) return 'historical';
    // "Seitdem ermittelt die Staatsanwaltschaft": an ongoing act (present tense) since the event told before
    if (w === 'seitdem' && k === 0 && tr.entry.pos === 'verb' && (tr.present || tr.participle) && tr.t0 - c0 === 1 && !words.some((x) => AUXILIARY_PAST.has(x) || isFutureAux(x))) return 'historical';
    if (w === 'zeitraum' && /^(selben|gleichen|demselben)$/.test(words[k - 1] ?? '')) return 'historical';
    // "in den 80er Jahren", "vor Jahrzehnten"
    if (/^(\d0er|[1-9]\d{2}0er)$/.test(w) && /^jahre/.test(words[k + 1] ?? '')) return 'historical';
    // the tokenizer splits "80er Jahren" into "80" "er" "Jahren", "70er-Jahren" into "70" "er-jahren"
    if (/^(\d0|[1-9]\d{2}0)$/.test(w) && ((words[k + 1] === 'er' && /^jahre/.test(words[k + 2] ?? '')) || /^er-jahre/.test(words[k + 1] ?? ''))) return 'historical';
    if (w === 'vor' && /^(jahren|jahrzehnten|jahrhunderten)$/.test(words[k + 1] ?? '')) return 'historical';
    // "vor 15 Jahren", "vor mehr als 15 Jahren", "vor über zehn Jahren": five years or more before
    if (w === 'vor') {
      let m = k + 1;
      if (words[m] === 'mehr' && words[m + 1] === 'als') m += 2;
      else if (/^(über|fast|knapp|rund|etwa|gut)$/.test(words[m] ?? '')) m += 1;
      if (/^(jahren|jahrzehnten)$/.test(words[m + 1] ?? '') && (/^(fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig)$/.test(words[m] ?? '') || (/^\d+$/.test(words[m] ?? '') && Number(words[m]) >= 5))) return 'historical';
    }
    // "vor einem Jahr", "vor drei Monaten", "vor einigen Monaten" in a past clause: months or a year back
    // (not a claim about it, which stays reported, as for "im Vorjahr")
    if (w === 'vor' && !sollPerfect && !input.attributed && monthsAgo(words, k) && pastClause(toks, ctx.clauses[ci][0], ctx.clauses[ci][1])) return 'historical';
    // "im August vergangenen Jahres", "Ende des Vorjahres", "letztes Jahr" in a past clause
    if ((words[k + 1] === 'jahres' || words[k + 1] === 'jahr' || w === 'vorjahres') && !sollPerfect && !input.attributed && ((/^(vergangenen|letzten|vorigen)$/.test(w) && words[k + 1] === 'jahres') || w === 'vorjahres' || (/^(letztes|voriges|vergangenes)$/.test(w) && words[k + 1] === 'jahr')) && pastClause(toks, ctx.clauses[ci][0], ctx.clauses[ci][1])) return 'historical';
    if ((w === 'lange' && words[k + 1] === 'zeit') || w === 'jahrelang' || w === 'jahrzehntelang') return 'historical';
    if ((w === 'damals' || w === 'einst' || w === 'seinerzeit' || w === 'ehemals' || w === 'vormals') && !recent) return 'historical';
  }
  // an explicit year dates the whole clause, also a noun in a setting phrase ("hat sich im Mai 2014 bei Tumulten
  // … gebrochen", "Mit dem Sparpaket 2012 wurde vereinbart", "stoppte Anfang 2013"): a past clause is background when the
  // year is before the publication's (without a publication date, any past clause with a year is)
  if (input.times?.length) {
    const [k0, k1] = ctx.clauses[ci];
    const y = clauseYear(toks, k0, k1, input.times);
    // (a year far after a noun trigger may date another noun: "Thema der Unterredung war ein Film über die Niederschlagung
    // … im August 1968"; then the clause's past must come from a verb, not the copula)
    const far = tr.entry.pos === 'noun' && y !== null && y.at > tr.t0 + 4;
    if (y !== null && (pub === null ? true : y.year < new Date(pub).getUTCFullYear()) && pastClause(toks, k0, k1, !far) && !recent) return 'historical';
    // "2014 wurde X wegen der Gründung einer Gruppe, die …, sowie wegen … verurteilt": a main clause resumed after a relative
    // clause has the year of its part before the insertion
    if (y === null && tr.entry.pos === 'verb' && resumedAfterRelative(ctx, ci, tr.t0)) {
      const [m0, m1] = ctx.clauses[ci - 2];
      const my = clauseYear(toks, m0, m1, input.times);
      if (my !== null && (pub === null ? true : my.year < new Date(pub).getUTCFullYear()) && pastClause(toks, m0, m1) && !recent) return 'historical';
    }
    // a month without a day ("Im Mai gab es einen Militärputsch", "war Mitte November erfolgt") dates a past clause
    // weeks or months back: background (with a publication date, not its own month)
    const m = y === null ? clauseMonth(toks, k0, k1, input.times) : null;
    // (for a noun, not a month far after it, which dates another phrase: "geht es um Äußerungen … im Juli")
    const farMonth = tr.entry.pos === 'noun' && m !== null && m.at > tr.t0 + 4;
    if (m !== null && !farMonth && (pub === null || m.month !== new Date(pub).getUTCMonth() + 1) && !leadMonth(ctx, m.month) && pastClause(toks, k0, k1) && !recent && !(tr.entry.pos === 'verb' && tr.present && !tr.participle && !pastClause(toks, k0, k1, false))) return 'historical';
  }
  if (pub !== null && when !== null && when < pub - 365 * DAY) return 'historical';
  if (words.some((w) => /^(19\d\d|200\d)$/.test(w)) && pub !== null && when === null) return 'historical';
  // (for a noun, not a year far after it: "Thema der Unterredung war ein Film über … im August 1968")
  // (not a year after "seit", which the rule above decides: "den millionsten Besucher seit 2005")
  if (words.some((w, k) => /^(19\d\d|20\d\d)$/.test(w) && words[k - 1] !== 'seit' && (tr.entry.pos !== 'noun' || k <= tr.t0 - c0 + 4)) && pub === null && (words.includes('im') || words.includes('anfang') || words.includes('ende'))) {
    // no publication date: an explicit past year with a past-tense verb is background
    // (a strong past form is past too: "Im Jahr 2008 warf X Y Spionage vor", "sprach ihn … frei")
    if (words.some((w) => /^(hatte|hatten|war|waren|wurde|wurden)$/.test(w)) || /te$|ten$/.test(trig) ||
      (tr.entry.pos === 'verb' && !tr.present && !tr.participle && !clauseWords.some(isFutureAux))) return 'historical';
  }
  // "Der Krieg endete im Mai 2009, als die Armee den Aufstand niederschlug": a temporal clause in the past shares the
  // explicit year of the clause it follows
  if (pub === null && prev && (clauseWords[0] === 'als' || clauseWords[0] === 'nachdem') && tr.entry.pos === 'verb' && !tr.present && pastYearClause(prevWords)) return 'historical';
  // "Erst vor einem Monat starben zwei Menschen, als Granaten … einschlugen": it shares a "vor einem Monat" of that clause
  if (prev && !input.attributed && clauseWords[0] === 'als' && tr.entry.pos === 'verb' && !tr.present && prevWords.some((w, k) => w === 'vor' && monthsAgo(prevWords, k)) && pastClause(toks, prev[0], prev[1]) && !prevWords.some((w) => RECENT.test(w))) return 'historical';

  // reported: attribution, quote of a third party, indirect speech, allegation
  if (sollPerfect) return 'reported';
  // "soll … den Knöchel gebrochen haben, indem er sie wegstieß", "Er habe die Frau wahrgenommen, als er … bildete": a
  // subordinate clause of an alleged or reported (Konjunktiv I) clause is told in that report too
  if (prev && /^(indem|wobei|als|während|nachdem|weil|wo|dass|obwohl|da|sodass)$/.test(clauseWords[0] ?? '') && ((prevWords.some((w) => /^(soll|sollen|solle)$/.test(w)) && /^(haben|sein)$/.test([...prevWords].reverse().find((w) => LETTER.test(w)) ?? '')) || prevWords.some((w) => SUBJUNCTIVE_I.has(w)))) return 'reported';
  if (input.attributed) return 'reported';
  if (trailingReportTag(ctx, ci)) return 'reported';
  if (speakerLabel(ctx, tr)) return 'reported';
  // "Dem Vernehmen nach wirft X Y … vor": hearsay
  for (let j = 0; j + 2 < toks.length; j++) if (toks[j].lower === 'dem' && toks[j + 1].lower === 'vernehmen' && toks[j + 2].lower === 'nach') return 'reported';
  // the object of an announcement ("Der IS hat die Tötung einer Geisel bekanntgegeben", "meldete die Festnahme") is a claim
  if (tr.entry.pos === 'noun' && announced(clauseWords)) return 'reported';
  if (clauseWords.some((w) => SUBJUNCTIVE_I.has(w))) return 'reported';
  // Konjunktiv I of other frequent verbs ("es gebe", "es handle sich", "X stehe hinter …"), not "ich gehe"
  const firstPerson = clauseWords.includes('ich');
  if (!firstPerson && clauseWords.some((w, k) => KONJUNKTIV_I.has(w) && LOWER_START.test(toks[ctx.clauses[ci][0] + k].text))) return 'reported';
  // the trigger verb itself in Konjunktiv I ("Dass man mit der Türkei verhandle, parierte …", "Die Regierung unterstütze
  // die Rebellen"): third person "-e" where the indicative has "-t" (not the past "-te", not "ich"; lower case, so no
  // imperative opening the sentence; outside a dass-clause a form of the present stem, not an adjective: "verbotene")
  if (tr.entry.pos === 'verb' && !tr.participle && /[^t]e$/.test(trig) && LOWER_START.test(toks[tr.t0].text) && !firstPerson && VERB_FORMS.get(trig)?.some((f) => !f.participle && (f.present || clauseWords[0] === 'dass'))) return 'reported';
  if (words.some((w) => w === 'angeblich' || w === 'reportedly' || w === 'allegedly')) return 'reported';
  return 'asserted';
}
