// Phrase tests of argument finding: noun-phrase, preposition, passive and light-verb shapes around a mention or trigger.
import { type LexEntry, NOUN_FORMS, VERB_FORMS } from './lexicon.ts';
import { isZuInfinitive } from './modality.ts';
import { AUX, DETERMINERS, PREPOSITIONS, SUBORDINATORS, TIME_WORDS } from './words.ts';
import { resumedMainPart } from './clauses.ts';
import type { MentionRef, SentenceContext, Tok, Trigger } from './extract.ts';
import { ALL_LOWER, FILING, INFLECTED_LOWER, isAux, LETTER, LIGHT_VERBS, LOWER_START, MEMBER_NOUN, PATIENT_TYPES, PLURAL_DETERMINERS, POSSESSIVE, ROLE_NOUN, SPEECH_LIGHT, SPEECH_NOUN_TYPES, SPOKES_NOUN, SPRECHEN_FINITE, UPPER_START } from './shared.ts';

const LOWER_EN = /^\p{Ll}+en$/u;
const LETTER_START = /^\p{L}/u;

export function speechLightClause(ctx: SentenceContext, tr: Trigger, c0: number, c1: number): boolean {
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
export function resumedLight(ctx: SentenceContext, tr: Trigger, c0: number, c1: number): boolean {
  const main = resumedMainPart(ctx, ctx.toks[tr.t0].clause);
  if (!main) return false;
  if (lightVerbClause(ctx, main[0], main[1], tr.entry.type) || speechLightClause(ctx, tr, main[0], main[1])) return true;
  if (!SPEECH_NOUN_TYPES.has(tr.entry.type) || !ctx.toks.slice(main[0], main[1]).some((t) => SPRECHEN_FINITE.test(t.lower))) return false;
  let last = c1 - 1;
  while (last > c0 && !LETTER.test(ctx.toks[last].text)) last--;
  return ctx.toks[last].lower === 'aus';
}
const AUSSPRECHEN = /^(ausgesprochen|auszusprechen|aussprechen|ausspricht|aussprach|aussprachen)$/;

/** "leistete Widerstand", "Hilfe leisten": a light verb of resisting and helping only. */
const LEISTEN = /^(leist|geleistet)/;
const LEISTEN_TYPES = new Set(['REJECT', 'AID']);
const FILING_TYPES = new Set(['REQUEST', 'ACCUSE']);

export function lightVerbClause(ctx: SentenceContext, c0: number, c1: number, type = ''): boolean {
  for (let j = c0; j < c1; j++) if (LIGHT_VERBS.test(ctx.toks[j].lower) || (LEISTEN_TYPES.has(type) && LEISTEN.test(ctx.toks[j].lower)) || (FILING_TYPES.has(type) && FILING.test(ctx.toks[j].lower))) return true;
  return false;
}

/** A "von" that belongs to a noun, not a passive agent: "während des Besuchs von Papst X wurden 50 Dissidenten festgenommen". */
export function nounVon(toks: Tok[], c0: number, m: MentionRef, trigger = -1): boolean {
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
export function ofEventNoun(toks: Tok[], m: MentionRef): boolean {
  return m.prepAt !== undefined && m.prepAt > 0 && isEventNoun(toks[m.prepAt - 1]) && inPrepPhrase(toks, m.prepAt - 1);
}

export function isLocPrep(m: MentionRef): boolean {
  return m.prep !== null && /^(in|im|nach|aus|bei|nahe|an|am)$/.test(m.prep) && m.entity.type === 'LOC';
}

export function opens(ctx: SentenceContext, k: number): string {
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
export function otherNounsPhrase(toks: Tok[], tr: Trigger, m: MentionRef): boolean {
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
export function expectedVisitor(toks: Tok[], c0: number, c1: number): boolean {
  return toks.slice(c0, c1).some((t) => /^(erwartet|angekündigt|eingetroffen|aufgebrochen|angereist)$/.test(t.lower));
}

export function phraseOpener(toks: Tok[], k: number, c0: number): string {
  for (let j = k - 1; j >= Math.max(c0, k - 7); j--) {
    const t = toks[j];
    if (PREPOSITIONS.has(t.lower) || /^(im|am|beim|vom|zum|zur)$/.test(t.lower)) return t.lower;
    if (!(DETERMINERS.has(t.lower) || ALL_LOWER.test(t.text) || /^\d/.test(t.text)) || AUX.has(t.lower) || (VERB_FORMS.has(t.lower) && !INFLECTED_LOWER.test(t.text)) || SUBORDINATORS.has(t.lower) || t.lower === 'und' || t.lower === 'oder') return '';
  }
  return '';
}

/** The noun at k is a genitive attribute of the noun before it ("die Ratifizierung des Abkommens"). */
export function genitiveAttribute(toks: Tok[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && INFLECTED_LOWER.test(toks[j].text) && !DETERMINERS.has(toks[j].lower)) j--;
  return j > 0 && /^(des|der|eines|einer)$/.test(toks[j].lower) && UPPER_START.test(toks[j - 1].text) && !DETERMINERS.has(toks[j - 1].lower) && !PREPOSITIONS.has(toks[j - 1].lower);
}

/** A genitive owner of a bare passive agent noun: "von Beamten des Landeskriminalamtes", "durch Soldaten der Armee". */
export function agentOwner(toks: Tok[], m: MentionRef): boolean {
  const det = DETERMINERS.has(toks[m.t0].lower) ? m.t0 : m.t0 - 1;
  return /^(des|der)$/.test(toks[det]?.lower ?? '') && UPPER_START.test(toks[det - 1]?.text ?? '') && /^(von|durch)$/.test(toks[det - 2]?.lower ?? '');
}

/** A genitive whose head noun is inside a prepositional phrase ("nach dem Wahlsieg der AKP"). */
export function mentionStartsAt(ctx: SentenceContext, j: number): boolean {
  for (const m of ctx.mentions) if (m.t0 === j) return true;
  return false;
}

/** A clause with a zu-infinitive verb ("anzusprechen", "zu treffen"). */
export function zuInfClause(toks: Tok[], c0: number, c1: number): boolean {
  for (let j = c0; j < c1; j++) if (LOWER_EN.test(toks[j].text) && isZuInfinitive(toks, j)) return true;
  return false;
}

/** "den Aufstand der LTTE niederschlug": a genitive after an accusative noun phrase ("den/einen X") belongs to the object. */
export function objectGenitive(toks: Tok[], m: MentionRef): boolean {
  for (let j = m.t0 - 2; j >= Math.max(0, m.t0 - 5); j--) {
    const w = toks[j].lower;
    if (w === 'den' || w === 'einen') return true;
    if (!LETTER_START.test(toks[j].text) || PREPOSITIONS.has(w) || DETERMINERS.has(w)) return false;
  }
  return false;
}

export function genitiveInPrepPhrase(toks: Tok[], m: MentionRef): boolean {
  let d = m.t0 - 1;
  while (d > 0 && !/^(des|der)$/.test(toks[d].lower) && LOWER_START.test(toks[d].text) && m.t0 - d < 4) d--;
  if (!(/^(des|der)$/.test(toks[d]?.lower ?? '') && d > 0 && inPrepPhrase(toks, d - 1))) return false;
  // an adverbial phrase ("Einen Tag nach dem …", "Nach dem …"), not one after a noun ("ein Team aus Experten der UN")
  let p = d - 2;
  while (p >= 0 && !PREPOSITIONS.has(toks[p].lower) && !/^(im|am|beim|vom|zum|zur)$/.test(toks[p].lower)) p--;
  return p <= 0 || toks[p - 1].clause !== toks[p].clause || TIME_WORDS.test(toks[p - 1].lower) || /^(tag|tage|woche|wochen|monat|monate|stunde|stunden|jahr|jahre|minuten)$/.test(toks[p - 1].lower) || LOWER_START.test(toks[p - 1].text);
}
/** "mit seinem Cousin X", "mit ihrem Komplizen X": a companion in a one-sided act (not the partner of a meeting). */
export function companion(toks: Tok[], entry: LexEntry, m: MentionRef): boolean {
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
export function isPassive(ctx: SentenceContext, tr: Trigger, c0: number, c1: number): boolean {
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

const OBLIQUE_DET = /^(dem|den|einem|einen|diesem|diesen|jenem|jenen|keinem|keinen|seinem|seinen|ihrem|ihren|unserem|unseren|eurem|euren|welchem|welchen)$/;
// (also a woman's role: "Der Unterrichtsministerin X wirft Lugar … vor")
const FEMININE_NOUN = /\p{Ll}(ung|heit|keit|tion|sion|tät|schaft)$|\p{Ll}{3}(erin|istin|entin|antin|chefin|kanzlerin)$/u;

/**
 * A Vorfeld that is a dative or accusative noun phrase, never the subject: it opens with an unambiguous oblique
 * determiner ("Den Vorschlag …", "Dem Minister …"), or "der/dieser/jener" before a feminine noun ("Dieser
 * Darstellung …", "Der Forderung …": feminine singular "der" is dative or genitive). Only a noun phrase (a
 * determiner, adjectives, the noun and what hangs on it) — no clause of its own.
 */
export function obliqueVorfeld(toks: Tok[], a: number, b: number): boolean {
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
export function obliquePhrase(toks: Tok[], m: MentionRef, fin: number): boolean {
  let k = m.t0 - 1;
  while (k > fin && INFLECTED_LOWER.test(toks[k].text) && !OBLIQUE_DET.test(toks[k].lower)) k--;
  return k > fin && OBLIQUE_DET.test(toks[k].lower) && !OBLIQUE_DET.test(toks[m.t0].lower);
}

const PP_OPENER = /^(nach|bei|beim|mit|seit|trotz|wegen|während|vor|vorm|in|im|am|auf|aus|für|gegen|von|vom|zum|zur|durch|ohne|angesichts|infolge|aufgrund|neben|hinter|zwischen|innerhalb|außerhalb)$/;

/**
 * A Vorfeld that is one prepositional phrase ending right before the finite verb. Not "Über/Bis zu 100 Menschen"
 * (a quantity, left out of the opener list), not an attribution ("Nach Angaben der Polizei …", handled before).
 */
export function ppVorfeld(ctx: SentenceContext, a: number, b: number): boolean {
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
export function fullClause(toks: Tok[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const t = toks[k];
    if (isAux(t) || FINITE_LIGHT.has(t.lower) || (VERB_FORMS.has(t.lower) && LOWER_START.test(t.text))) return true;
  }
  return false;
}
