// Reference of pronouns, descriptions and Vorfeld subjects: antecedents, gender, first person, role holders.
import { createRequire } from 'node:module';
import type { Entity } from '../doc/index.ts';
import { firstNameGender } from '../entities/cluster.ts';
import { codeActor, iso3 } from './actors.ts';
import { isZuInfinitive } from './modality.ts';
import { DETERMINERS, PREPOSITIONS, TIME_WORDS } from './words.ts';
import type { MentionRef, SentenceContext, Tok, Trigger } from './extract.ts';
import { mentionStartsAt } from './phrases.ts';
import { LETTER, LOWER_START, MEMBER_NOUN, PATIENT_TYPES, PLURAL_DETERMINERS, PLURAL_VERB, ROLE_NOUN, SPOKES_NOUN, UPPER_START } from './shared.ts';

const LOWER_EN_END = /\p{Ll}en$/u;

const require = createRequire(import.meta.url);

const ADVERBIAL_START = new Set(['außerdem', 'gleich', 'unmittelbar', 'direkt', 'noch', 'trotzdem', 'indessen', 'seitdem', 'daneben', 'ebenso', 'ferner', 'hingegen', 'dagegen', 'zugleich', 'seither', 'somit', 'daher', 'damals', 'derzeit', 'mittlerweile', 'bislang', 'heuer', 'stattdessen', 'vielmehr', 'immerhin', 'jedenfalls', 'offenbar', 'offensichtlich', 'angeblich', 'vermutlich', 'womöglich', 'wohl', 'kürzlich', 'jüngst', 'erstmals', 'wieder', 'nochmals', 'vorerst', 'schließlich', 'letztlich', 'endlich', 'darauf', 'daraufhin', 'zusätzlich', 'insgesamt', 'gleichzeitig', 'ebenfalls', 'anderswo', 'daraus', 'dafür', 'deswegen', 'darum', 'sonst', 'bereits', 'einst', 'früher', 'vorher', 'nachher', 'oben', 'unten', 'innen', 'außen', 'drinnen', 'draußen', 'morgens', 'abends', 'nachts', 'mittags', 'sonntags', 'werktags', 'anfangs', 'zunächst', 'besonders', 'vor', 'allen', 'unter', 'anderem', 'auch', 'dabei', 'damit', 'dann', 'doch', 'zudem', 'außerdem', 'zuvor', 'danach', 'daraufhin', 'bereits', 'schon', 'erneut', 'zunächst', 'zuletzt', 'nun', 'jetzt', 'heute', 'gestern', 'morgen', 'bisher', 'inzwischen', 'unterdessen', 'indes', 'allerdings', 'jedoch', 'demnach', 'laut', 'nach', 'eigentlich', 'erst', 'so', 'dort', 'hier', 'deshalb', 'deswegen', 'trotzdem', 'gleichzeitig', 'später', 'zuerst', 'anschließend', 'ebenfalls', 'vergangene', 'vergangenen', 'kommende', 'kommenden', 'am', 'im', 'es']);
/** Nominative personal pronouns that can open a clause as its subject. */
const PERSONAL_SUBJECT = /^(er|sie|ich|wir)$/;

/** A question, or a turn after an interviewer's all-capital label ("STANDARD: …"): "Sie" there is the interviewee. */
function interviewTurn(toks: Tok[]): boolean {
  return toks[toks.length - 1]?.text === '?' || (toks.length > 2 && toks[1].text === ':' && toks[0].text.length >= 3 && toks[0].text === toks[0].text.toUpperCase() && LETTER.test(toks[0].text));
}

/** A name inside a compound role noun ("ÖVP" in "ÖVP-Politiker", "SPÖ" in "SPÖ-Chefin"): it names the person's side. */
export function compoundRolePrefix(ctx: SentenceContext, m: MentionRef): boolean {
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
export function roleHolder(ctx: SentenceContext, compound: string): MentionRef | undefined {
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
export function sentenceAntecedent(ctx: SentenceContext, at: number, pronoun: string): MentionRef | undefined {
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
export function pluralSie(ctx: SentenceContext, at: number): MentionRef | undefined {
  const e = ctx.lastPlural;
  if (!e || (ctx.toks[at]?.clause ?? 1) !== 0 || interviewTurn(ctx.toks)) return undefined;
  return { entity: e, start: -1, end: -1, t0: -1, t1: -1, form: 'resolved', prep: null, genitive: false };
}

function lastWoman(ctx: SentenceContext): MentionRef | undefined {
  const e = ctx.lastMentioned;
  if (!e || personGender(e) !== 'f') return undefined;
  return { entity: e, start: -1, end: -1, t0: -1, t1: -1, form: 'resolved', prep: null, genitive: false };
}

/** The person a pronoun object (or a passive pronoun subject) stands for. */
export function pronounObject(ctx: SentenceContext, tr: Trigger, c0: number, c1: number, passive: boolean, actors: MentionRef[]): MentionRef | undefined {
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

/** "er" as the subject of a receiving clause (its first word, or right after the finite verb): the person it stands for. */
export function receivingPronoun(ctx: SentenceContext, c0: number, t: number): MentionRef | undefined {
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
export function resolved(ctx: SentenceContext, pronoun?: string, verb?: string, gender: Gender | 'pl' = null): MentionRef | undefined {
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
export function personGender(e: Entity): Gender {
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
export function compatiblePerson(ctx: SentenceContext, base: Entity | null | undefined, gender: Gender | 'pl'): Entity | null {
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
export function roleGender(toks: Tok[], a: number, b: number): Gender | 'pl' {
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

/** The country a speaker's "wir" stands for (null: the speaker), by speaker entity. */
const WIR_SIDE = new WeakMap<Entity, Entity | null>();

/**
 * "wir" or "ich" inside a quote: the speaker; for "wir" the speaker's country when the document names it
 * ("Wir werden … angreifen, sagte der türkische Premier" → Türkei). Undefined outside quotes.
 */
export function firstPerson(ctx: SentenceContext, t: number): MentionRef | undefined {
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
export function derivHead(m: MentionRef | undefined, pool: MentionRef[], used: Set<MentionRef>): MentionRef | undefined {
  if (!m || m.form !== 'deriv') return m;
  return pool.find((o) => o.t0 === m.t1 && o.form !== 'deriv' && o.entity.type !== 'MISC' && !used.has(o)) ?? m;
}

/**
 * The subject of a Vorfeld without a bare entity: a noun phrase ("Der Minister", "Rebellen der FSA") or a
 * pronoun ("Er"); role nouns and pronouns resolve to the most recent person. `subjectless` marks a Vorfeld
 * subject that is no entity, so later entities are objects, not the actor.
 */
export function vorfeldSubject(ctx: SentenceContext, a: number, b: number, pool: MentionRef[], used: Set<MentionRef>): { subj: MentionRef | undefined; subjectless: boolean } {
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
export function singlePersonAfterPlural(ctx: SentenceContext, fin: number, m: MentionRef, pool: MentionRef[]): boolean {
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
export function neuterPlaceSubject(ctx: SentenceContext, ci: number): MentionRef | undefined {
  if (ci === 0) return undefined;
  const [p0] = ctx.clauses[ci - 1];
  const m = ctx.mentions.find((x) => x.t0 === p0 && x.prep === null && !x.genitive && x.form === 'name');
  if (!m || m.entity.type !== 'LOC') return undefined;
  // (the clause before has its finite verb right after the name: the name is its subject)
  return LOWER_START.test(ctx.toks[m.t1]?.text ?? '') ? m : undefined;
}
/**
 * After an inverted finite verb, "ein Sprecher der X", "Mitglieder der X" (no name of their own) is X's act: "Dem widersprach am
 * Mittwoch ein Sprecher der Slowenischen Staatsbahnen (SZ)".
 */
export function spokesGenitive(ctx: SentenceContext, fin: number, pool: MentionRef[], used: Set<MentionRef>): MentionRef | undefined {
  const { toks } = ctx;
  return pool.find((m) => m.genitive && !m.modifier && !used.has(m) && m.t0 > fin + 2 && m.t0 <= fin + 8 && toks[m.t0].clause === toks[fin].clause &&
    /^(der|des)$/.test(toks[m.t0 - 1]?.lower ?? '') && SPOKES_NOUN.test(toks[m.t0 - 2]?.lower ?? '') &&
    !toks.slice(fin + 1, m.t0 - 2).some((t) => t.text === ','));
}
