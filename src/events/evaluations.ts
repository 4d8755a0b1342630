/**
 * Evaluations found from their arguments (ACCUSE for disapproval, SUPPORT for praise), not from a listed speech verb:
 * a named critic, an evaluative predicate and a target.
 *
 *   "Schändlich sei Corbyns Benehmen, so die Zeitung."          predicate fronted, "so X" tag
 *   "Berger sagt, diese Pläne seien indiskutabel."              reporting clause before
 *   "Das sei ein Skandal, sagte die Ministerin."                noun predicate, reporting clause after
 *   "Für Wolf ist der Vorschlag ein gutes Zeichen."             "für X ist …": praise (SUPPORT)
 *
 * The predicate is an uninflected adjective after or before a copula ("sei/ist/war … absurd") or a noun after a copula
 * ("sei ein Skandal", "ist ein gutes Zeichen"); its polarity comes from word formation and small word classes
 * (NEGATIVE_JUDGEMENT of the lexicon: un-/in-/-widrig/-los and plain judgement adjectives; the noun classes below),
 * not from a per-article list. Guards: the critic must be a named person, organisation or country (the subject of a
 * reporting clause, a "so X"/"sagt X"/"laut X"/"für X" tag, or the speaker of a quote), the clause must have a target
 * (a name, a demonstrative or an act noun), and a clause about a situation ("die Lage ist schwierig") has none.
 * A clause or reporting clause with a lexicon trigger of judging (kritisieren, bezeichnen als …) keeps that trigger.
 */
import { NEGATIVE_JUDGEMENT, newEntry, type LexEntry } from './lexicon.ts';
import type { Arguments, MentionRef, SentenceContext, Trigger } from './extract.ts';

/** Tokens that can introduce a critic: speech verbs, "so", "laut", "für". A sentence without one is not searched. */
const SPEECH = /^(sagt|sagte|sagten|sagen|meint|meinte|meinten|findet|fand|fanden|erklärt|erklärte|erklärten|betont|betonte|betonten|schreibt|schrieb|schrieben|urteilt|urteilte|urteilten|befand|befindet|ergänzt|ergänzte|so)$/;
export const EVALUATION_CUES = new Set(['sagt', 'sagte', 'sagten', 'sagen', 'meint', 'meinte', 'meinten', 'findet', 'fand', 'fanden', 'erklärt', 'erklärte', 'erklärten', 'betont', 'betonte', 'betonten', 'schreibt', 'schrieb', 'schrieben', 'urteilt', 'urteilte', 'urteilten', 'befand', 'befindet', 'ergänzt', 'ergänzte', 'so', 'laut', 'für', ':']);
/** Copulas of a predicate ("ist", "sei", "wäre", "bleibt", "nennt"). */
const COPULA = /^(ist|sind|sei|seien|war|waren|bleibt|bleibe|blieb|gilt|gelte|galt)$/;
/** A counterfactual or a condition: no evaluation of an act that happened ("wäre vernünftig", "problematisch war es, wenn man …"). */
const UNREAL = /^(wäre|wären|würde|würden|könnte|könnten|wenn|falls|man|ob)$/;
/** Nouns of disapproval as a predicate ("ein Skandal", "eine Schande", "Geschwätz", "politischer Selbstmord"), by head. */
const BLAME_NOUN = /(skandal|schande|affront|frechheit|zumutung|hohn|farce|provokation|armutszeugnis|geschwätz|unsinn|blödsinn|schwachsinn|populismus|heuchelei|selbstmord|katastrophe|desaster|lüge|lügen|verrat|betrug|zynismus|wahnsinn|irrsinn|unding|fehlentscheidung|fehler|bankrotterklärung|offenbarungseid|sauerei|skandalon|rückschritt|kniefall|anschlag auf|schlag ins gesicht)$/;
/** Nouns of praise as a predicate after an evaluative adjective ("ein gutes Zeichen", "ein wichtiger Schritt"). */
const PRAISE_NOUN = /^(zeichen|signal|schritt|erfolg|meilenstein|durchbruch)$/;
const PRAISE_NOUN_ADJ = /^(gutes|guter|gute|positives|positiver|wichtiges|wichtiger|starkes|starker|richtiges|richtiger|ermutigendes|ermutigender|großer|großes|klares|klarer)$/;
/** A situation, not an actor or act: an evaluation of it is an opinion, no event ("die Lage ist schwierig"). */
const SITUATION = /(lage|situation|zustand|wetter|stimmung|entwicklung|aussichten|prognose|zahlen|wirtschaft|konjunktur|preise|markt|bedingungen|verhältnisse|umstände|zukunft|zeiten|ergebnis|bilanz|niederlage|wahlergebnis|problem|probleme)$/;
/** Words that point to an evaluated act or statement. */
const DEMONSTRATIVE = /^(das|dies|diese|dieser|dieses|diesen|er|sie|jenes|solche|solches|all)$/;
const ACT_NOUN = /(ung|ungen|verhalten|benehmen|vorgehen|vorschlag|vorschläge|aussage|aussagen|plan|pläne|politik|kurs|haltung|auftritt|angriff|angriffe|vorwurf|vorwürfe|idee|brief|kampagne|gesetz|maßnahme|maßnahmen|beschluss|antrag|reform|strategie|rede|aktion|übergriff|übergriffe|tat|taten|handeln|schritt|zaun|projekt|entscheid|urteil|vertrag|abkommen|deal|angebot|kritik|äußerung)$/;
const DETERMINER_NOUN = /^(ein|eine|einen|einem|einer|eines|kein|keine|der|die|das|reiner|reine|reines|purer|pure|pures|glatter|glatte|glattes|völliger|völlige|völliges|blanker|blanke|blankes|politischer|politische|politisches|echter|echte|echtes|großer|große|großes|totaler|totale|totales)$/;
const UPPER = /^\p{Lu}/u;
const ADJ_ENDING = /^\p{Ll}+(e|er|es)$/u;
const INFINITIVE = /^\p{Ll}+(en|n)$/u;
const NEGATION = /^(nicht|kein|keine|keinen|keiner|keineswegs|keinesfalls|nie|niemals)$/;
const LETTER = /\p{L}/u;
/** Determiners and prepositions: a word after one of them is attributive or a phrase's head, not a predicate. */
const BEFORE_ATTRIBUTIVE = /^(der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|keinen|sehr|so|zu|als)$/;

const ENTRIES = new Map<string, LexEntry>();
function entryFor(type: 'ACCUSE' | 'SUPPORT', word: string): LexEntry {
  const key = `${type}:${word}`;
  let e = ENTRIES.get(key);
  if (!e) ENTRIES.set(key, (e = newEntry(type, type === 'ACCUSE' ? 'disapprove' : 'praise', `eval:${word}`, 'noun')));
  return e;
}

/** An entry made here (the critic's own speech act: not a report of it). */
export function isEvaluation(entry: LexEntry): boolean {
  return entry.lemma.startsWith('eval:');
}

const COPULAS = new Set(['ist', 'sind', 'sei', 'seien', 'war', 'waren', 'bleibt', 'bleibe', 'blieb', 'gilt', 'gelte', 'galt']);

/** A hash of text[a, b) from all its characters (no string made or read). */
function charKey(text: string, a: number, b: number): number {
  let h = b - a;
  for (let i = a; i < b; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return (h ^ (h >>> 14)) & 0x3fff;
}
/** charKey of every word of EVALUATION_CUES and COPULAS, one bit each (2 KB; made again if either set grew). */
let cueCopulaKeys: Int32Array | null = null;
let cueCopulaWords = 0;
function cueCopulaKeyBits(): Int32Array {
  if (cueCopulaKeys && cueCopulaWords === EVALUATION_CUES.size + COPULAS.size) return cueCopulaKeys;
  const bits = new Int32Array(1 << 9);
  for (const w of [...EVALUATION_CUES, ...COPULAS]) {
    const h = charKey(w, 0, w.length);
    bits[h >>> 5] |= 1 << (h & 31);
  }
  cueCopulaWords = EVALUATION_CUES.size + COPULAS.size;
  return (cueCopulaKeys = bits);
}

/**
 * Whether the sentence's lower-case tokens [from, to) may hold an evaluation: a word that can introduce a critic, a
 * copula and a word of judgement (set lookups first; the judgement regexps only for the few sentences with both).
 * With the lower-cased text (`lowerText`, where lower-casing kept every offset) and the tokens' offsets, a token whose
 * characters' key is in neither set is passed over without reading its string (the first read of a token's string
 * costs a cache miss; the text is read in order).
 */
export function mayHaveEvaluation(lower: readonly string[], from: number, to: number, lowerText?: string, tokens?: readonly { start: number; end: number }[]): boolean {
  let cue = false, copula = false;
  const keys = lowerText !== undefined && tokens !== undefined ? cueCopulaKeyBits() : null;
  for (let k = from; k < to; k++) {
    if (keys !== null) {
      const h = charKey(lowerText!, tokens![k].start, tokens![k].end);
      if ((keys[h >>> 5] & (1 << (h & 31))) === 0) continue;
    }
    const w = lower[k];
    if (EVALUATION_CUES.has(w)) cue = true;
    else if (COPULAS.has(w)) copula = true;
  }
  if (!cue || !copula) return false;
  for (let k = from; k < to; k++) {
    const w = lower[k];
    if (w.length >= 4 && (NEGATIVE_JUDGEMENT.test(w) || BLAME_NOUN.test(w) || PRAISE_NOUN.test(w))) return true;
  }
  return false;
}

/** The named critic of clause ci: a tag after ("…, so X", "…, sagte X"), a reporting clause before, "laut X"/"für X", a quote's speaker. */
export function critic(ctx: SentenceContext, ci: number, at: number): MentionRef | null {
  const { toks, clauses, mentions } = ctx;
  const named = (m: MentionRef) => m.entity.type === 'PER' || m.entity.type === 'ORG' || m.entity.type === 'LOC';
  const subjectIn = (c0: number, c1: number) => mentions.find((m) => m.t0 >= c0 && m.t1 <= c1 && m.prep === null && !m.genitive && named(m)) ?? null;
  const [c0, c1] = clauses[ci];
  // "laut X", "für X" at the clause start
  for (let j = c0; j < c1 - 1; j++) {
    if (toks[j].lower === 'laut' || (toks[j].lower === 'für' && j === c0)) {
      const m = mentions.find((x) => x.t0 === j + 1 || x.t0 === j + 2);
      if (m && named(m)) return m;
    }
  }
  // a tag after, up to the sentence end: "…, so die Zeitung", "…, eine Brüskierung …, so die Zeitung", "…, sagte Berger"
  for (let k = ci + 1; k < clauses.length; k++) {
    const next = clauses[k];
    if (!SPEECH.test(toks[next[0]].lower)) continue;
    const m = subjectIn(next[0], next[1]);
    if (m) return m;
    break;
  }
  // "Der Verband ging weiter: … sei Selbstmord": the subject of a clause that ends in a colon before
  for (let k = ci - 1; k >= 0; k--) {
    const [p0, p1] = clauses[k];
    if (toks[p1]?.text === ':') {
      const m = subjectIn(p0, p1);
      if (m) return m;
      break;
    }
  }
  // a reporting clause before: "Berger sagt, …", "sagt Berger, …"
  const prev = clauses[ci - 1];
  if (prev) {
    let speech = false;
    for (let j = prev[0]; j < prev[1]; j++) if (SPEECH.test(toks[j].lower) && toks[j].lower !== 'so') speech = true;
    if (speech) {
      const m = subjectIn(prev[0], prev[1]);
      if (m) return m;
    }
  }
  // (not the speaker of a quote: on the gold, quoted judgements were opinions on a topic more often than criticism)
  void at;
  return null;
}

/** An inflected (attributive) form of a judgement adjective: "absurde", "unverschämten". */
function inflected(l: string): boolean {
  const m = INFLECTION.exec(l);
  return !!m && NEGATIVE_JUDGEMENT.test(l.slice(0, l.length - m[0].length));
}
const INFLECTION = /(e|en|er|es|em)$/;

/** The evaluative predicate of a clause: its token and polarity, or null. */
function predicate(ctx: SentenceContext, c0: number, c1: number): { at: number; type: 'ACCUSE' | 'SUPPORT' } | null {
  const { toks } = ctx;
  let copula = -1;
  for (let j = c0; j < c1; j++) if (COPULA.test(toks[j].lower)) copula = j;
  if (copula < 0) return null;
  // "ist kein Skandal", "sei nicht absurd": no disapproval; "wäre vernünftig", "…, wenn man …": no act judged
  for (let j = c0; j < c1; j++) if (NEGATION.test(toks[j].lower)) return null;
  for (const t of toks) if (UNREAL.test(t.lower)) return null;
  // "Es sei unentschuldbar, … zu …": an expletive subject with a clause after it judges a kind of act, not an actor's
  if (toks.slice(c0, c1).some((t) => t.lower === 'es')) return null;
  let lastWord = c1 - 1;
  while (lastWord > c0 && !LETTER.test(toks[lastWord].text)) lastWord--;
  for (let j = c0; j < c1; j++) {
    if (j === copula) continue;
    const t = toks[j];
    const l = t.lower;
    const near = Math.abs(j - copula) <= 4;
    // an uninflected adjective next to the copula: "sei indiskutabel", "Schändlich sei …" (not attributive: "die absurde Idee")
    if (near && (!UPPER.test(t.text) || j === c0) && !BEFORE_ATTRIBUTIVE.test(toks[j - 1]?.lower ?? '') && !(UPPER.test(toks[j + 1]?.text ?? '') && j + 1 < c1 && j !== c0)) {
      if (NEGATIVE_JUDGEMENT.test(l) && !inflected(l)) return { at: j, type: 'ACCUSE' };

    }
    // a noun after the copula: "sei ein Skandal", "ist eine Schande", "ist ein gutes Zeichen"
    // (the noun phrase right after the copula: a determiner and an adjective at most, "sei ein glatter Skandal")
    // or the clause's last word after a determiner ("ist der Vorschlag des Verbands ein gutes Zeichen")
    const right = j <= copula + 3 && !toks.slice(copula + 1, j).some((x) => !DETERMINER_NOUN.test(x.lower) && !PRAISE_NOUN_ADJ.test(x.lower) && !ADJ_ENDING.test(x.lower));
    const final = j === lastWord && (DETERMINER_NOUN.test(toks[j - 1]?.lower ?? '') || (PRAISE_NOUN_ADJ.test(toks[j - 1]?.lower ?? '') && DETERMINER_NOUN.test(toks[j - 2]?.lower ?? '')));
    if (j > copula && UPPER.test(t.text) && (right || final)) {
      const p = toks[j - 1]?.lower ?? '';
      if (BLAME_NOUN.test(l) && (j === copula + 1 || DETERMINER_NOUN.test(p))) return { at: j, type: 'ACCUSE' };
      if (PRAISE_NOUN.test(l) && PRAISE_NOUN_ADJ.test(p)) return { at: j - 1, type: 'SUPPORT' };
    }
  }
  return null;
}

/**
 * Evaluation events of a sentence, with their arguments: the critic is the actor, a name in the evaluated clause the
 * recipient. `lexicon` are the sentence's lexicon triggers.
 */
export function evaluationEvents(ctx: SentenceContext, lexicon: readonly Trigger[]): { tr: Trigger; args: Arguments }[] {
  const out: { tr: Trigger; args: Arguments }[] = [];
  const { toks, clauses, mentions } = ctx;
  for (let ci = 0; ci < clauses.length; ci++) {
    const [c0, c1] = clauses[ci];
    const p = predicate(ctx, c0, c1);
    if (!p) continue;
    const who = critic(ctx, ci, p.at);
    if (!who) continue;
    // a judging trigger of the lexicon in this clause or around it keeps its reading ("bezeichnete … als absurd")
    const criticClause = who.t0 >= 0 ? toks[who.t0].clause : -1;
    if (lexicon.some((x) => (toks[x.t0].clause === ci || toks[x.t0].clause === criticClause) && (x.entry.type === 'ACCUSE' || x.entry.type === 'SUPPORT' || x.entry.type === 'REJECT'))) continue;
    // a target: a name, a demonstrative or an act noun; no situation
    let target = false, situation = false;
    const targets: MentionRef[] = [];
    const t0 = COPULA.test(toks[c0].lower) && ci > 0 ? clauses[ci - 1][0] : c0;
    for (const m of mentions) {
      if (m.t0 < t0 || m.t1 > c1 || m.entity === who.entity || m.prep === 'für' || m.prep === 'laut') continue;
      if (m.entity.type === 'PER' || m.entity.type === 'ORG' || m.entity.type === 'LOC') targets.push(m);
      target = true;
    }
    for (let j = t0; j < c1; j++) {
      if (j === p.at || !LETTER.test(toks[j].text)) continue;
      const l = toks[j].lower;
      if (UPPER.test(toks[j].text) && SITUATION.test(l)) situation = true;
      if (DEMONSTRATIVE.test(l) || (UPPER.test(toks[j].text) && ACT_NOUN.test(l))) target = true;
      // a zu-infinitive names the judged act ("die Presse zu ignorieren, sei Selbstmord")
      if (l === 'zu' && INFINITIVE.test(toks[j + 1]?.lower ?? '') && !UPPER.test(toks[j + 1].text)) target = true;
    }
    if (!target || situation) continue;
    const tr: Trigger = { entry: entryFor(p.type, toks[p.at].lower), t0: p.at, t1: p.at + 1, particle: null };
    out.push({ tr, args: { actors: [who], recipients: targets.slice(0, 1), place: null } });
  }
  return out;
}
