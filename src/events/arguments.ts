// Argument finding: actors and recipients of a trigger among the mentions of its clause (findArguments).
import { isCountryName, iso3 } from './actors.ts';
import { type LexEntry, VERB_FORMS } from './lexicon.ts';
import { isZuInfinitive } from './modality.ts';
import { AUX, DETERMINERS, PREPOSITIONS, REFLEXIVES, RELATIVES, SUBORDINATORS } from './words.ts';
import { clauseOf, conjunctOf, resumedMainPart } from './clauses.ts';
import type { Arguments, MentionRef, SentenceContext, Tok, Trigger } from './extract.ts';
import { agentOwner, companion, expectedVisitor, fullClause, genitiveAttribute, genitiveInPrepPhrase, isLocPrep, isPassive, lightVerbClause, nounVon, objectGenitive, obliquePhrase, obliqueVorfeld, ofEventNoun, opens, otherNounsPhrase, phraseOpener, ppVorfeld, resumedLight, speechLightClause, zuInfClause } from './phrases.ts';
import { compatiblePerson, compoundRolePrefix, derivHead, firstPerson, neuterPlaceSubject, personGender, pluralSie, pronounObject, receivingPronoun, resolved, roleGender, roleHolder, sentenceAntecedent, singlePersonAfterPlural, spokesGenitive, vorfeldSubject } from './pronouns.ts';
import { CLAUSE_PUNCT, FILING, INFLECTED_LOWER, isAux, LETTER, LIGHT_VERBS, LOWER_START, NOT_RESUMED, OBJECT_DETERMINERS, PATIENT_TYPES, PLURAL_VERB, POSSESSIVE, RELATIVE_OPENER, ROLE_NOUN, SPEECH_LIGHT, SPEECH_NOUN_TYPES, SPRECHEN_FINITE, TYPE_PREPS, UPPER_START } from './shared.ts';

// (more \p{…} literals of rule code, kept out of the functions for the same reason)
const VORFELD_PARTICIPLE = /^(ge\p{Ll}+(t|en)|\p{Ll}+iert|flankiert|begleitet|bewaffnet|unterstützt|umringt|umgeben|beobachtet|bedrängt)$/u;
const INFLECTED_T_OR_EN = /^\p{Ll}+(t|en)(e|en|er|es|em)$/u;

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
export function candidates(ctx: SentenceContext, c0: number, c1: number): MentionRef[] {
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

export function withCoordinated(ctx: SentenceContext, m: MentionRef, pool: MentionRef[]): MentionRef[] {
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
/** Prepositions that embed an event noun as the setting of the clause ("bei einem Besuch in Kiew sagte er"). */
const SETTING_PREPS = /^(bei|beim|nach|während|am|vor|seit|mit|durch)$/;
/** Nouns of an act done to someone, formed with -ung ("Hinrichtung", "Festnahme" is no -ung noun: "Verhaftung"). */
const ACTION_UNG = /\p{Ll}{3,}ung(en)?$/u;
/**
 * Types whose passive subject is the object of the active verb, so the recipient ("Firtasch wird von den USA Korruption
 * vorgeworfen", "X wurde scharf kritisiert", "wurde zum Rücktritt aufgefordert"), though an object is not needed for them.
 */
const PASSIVE_OBJECT_TYPES = new Set(['ACCUSE', 'REQUEST', 'SUPPORT', 'SANCTION', 'THREATEN']);
/** Modes of an act done to someone, whose possessor is the patient ("seine Freilassung", "seine Hinrichtung"). */
const PATIENT_MODES = new Set(['release', 'arrest', 'deport', 'abduct', 'assassinate', 'torture', 'sexual']);

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
