/**
 * Participants that German news writes as common nouns and that the NER leaves untagged:
 *  1. Political camps as plural nouns of their adherents ("die Republikaner", "den Demokraten", "Obamas Demokraten",
 *     "US-Republikaner", "die Sozialdemokraten", "die Konservativen"): a 'desc' mention of the party the document names
 *     for that camp ("SPÖ" for "die Sozialdemokraten", "Demokratische Partei" for "die Demokraten"), else of an ORG
 *     entity of the camp's own ("Republikaner", with the country of a "US-" prefix). Only plural forms after a definite
 *     article (or a possessive genitive of a named person, or a country prefix); the singular ("der Republikaner" is
 *     one person) and quantified plurals ("viele Demokraten") are left alone.
 *  2. A bare head noun for the organisation it was put before as an apposition ("die Gewerkschaft ver.di" … "Die
 *     Gewerkschaft fordert"; "der Konzern Siemens" … "des Konzerns"): a 'desc' mention of that organisation, when it is
 *     the only one of the document introduced with that head. The head counts with a definite article, or at the start
 *     of the headline before a lower-case verb ("Gewerkschaft fordert …").
 * Mentions have the form 'desc' like the institutions (institutions.ts), so the name-mention scores are unchanged.
 * Cost: one regex pass over the text for the camp nouns, and for the heads one look at the two words before each ORG
 * name mention plus one regex pass when a head was found.
 */
import { tokenWords, type Doc, type MentionForm } from '../doc/index.ts';
import type { EntityMention, ResolvedEntity } from './cluster.ts';
import { countryById, demonymCountry, lookupCountry } from './countries.ts';
import { lookupOrg } from './orgs.ts';
import { lookupPlace } from './places.ts';
import { newEntity } from './shape.ts';
import { wordBefore } from './scan.ts';
import { slug } from './text.ts';
import { loadModel } from '../ner/index.ts';
import { FLAG } from '../ner/lexicon.ts';
import { fnv } from '../ner/hash.ts';

interface Camp {
  /** Name of an entity of the camp's own. */
  name: string;
  /** Party names (the whole name) that the camp noun stands for when the document names one. */
  party: RegExp;
  /** Only the article forms of the plural ("die Republikaner"; "der Republikaner" is one person). */
  articles: RegExp;
  /** The bare plural may start a headline clause ("Republikaner kündigen Widerstand an"). */
  bare: boolean;
}

const PLURAL_EN = /^(?:die|den|der)$/i;
const CAMPS = new Map<string, Camp>();
const camp = (forms: string[], c: Camp) => forms.forEach((f) => CAMPS.set(f, c));
const SOCIAL_DEMOCRATS = /^(?:spö|spd|sp|sps|ps|psoe|sdp|sap|pd|labour|sozialdemokratische partei(?: \p{L}+)*)$/iu;
camp(['Republikaner'], { name: 'Republikaner', party: /^(?:republikanische partei|republican party|gop|les républicains)$/i, articles: /^die$/i, bare: true });
camp(['Republikanern'], { name: 'Republikaner', party: /^(?:republikanische partei|republican party|gop|les républicains)$/i, articles: /^den$/i, bare: false });
camp(['Demokraten'], { name: 'Demokraten', party: /^(?:demokratische partei|democratic party)$/i, articles: PLURAL_EN, bare: true });
camp(['Sozialdemokraten'], { name: 'Sozialdemokraten', party: SOCIAL_DEMOCRATS, articles: PLURAL_EN, bare: true });
camp(['Christdemokraten'], { name: 'Christdemokraten', party: /^(?:cdu|cvp|cda|övp|christlich demokratische union(?: deutschlands)?)$/i, articles: PLURAL_EN, bare: true });
camp(['Sozialisten'], { name: 'Sozialisten', party: /^(?:ps|psoe|sp|parti socialiste|sozialistische partei(?: \p{L}+)*)$/iu, articles: PLURAL_EN, bare: false });
camp(['Kommunisten'], { name: 'Kommunisten', party: /^(?:kp[a-zäöü]{0,3}|dkp|kommunistische partei(?: \p{L}+)*)$/iu, articles: PLURAL_EN, bare: false });
camp(['Konservativen'], { name: 'Konservative', party: /^(?:tories|konservative partei|conservative party|konservative)$/i, articles: PLURAL_EN, bare: false });
camp(['Liberalen'], { name: 'Liberale', party: /^(?:fdp|neos|vvd|liberale partei|liberale)$/i, articles: PLURAL_EN, bare: false });
camp(['Grünen'], { name: 'Grüne', party: /^(?:grüne|die grünen|grünen|bündnis 90\/die grünen|the greens)$/i, articles: PLURAL_EN, bare: false });
camp(['Freiheitlichen'], { name: 'Freiheitliche', party: /^(?:fpö|fpk|freiheitliche partei(?: österreichs)?)$/i, articles: PLURAL_EN, bare: false });

// one pass over the text: the camp nouns as whole words, maybe after a country prefix ("US-Republikaner")
// (plain alternations are searched fast; the word boundaries and the prefix are checked on the few hits)
const CAMP_WORD = new RegExp(`(?:${[...CAMPS.keys()].sort((a, b) => b.length - a.length).join('|')})`, 'g');
const WORD_CHAR = /[\p{L}\p{N}]/u;
const PREFIX_BEFORE = /(?:^|[^\p{L}\p{N}-])(\p{Lu}{2,3})-$/u;
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
/** A lower-case name with a dot ("ver.di"). */
const DOTTED_LOWER_NAME = /^\p{Ll}+\.\p{Ll}+/u;
const WORD_AFTER = /^[ \t]+([\p{L}\p{N}.-]+)/u;
/** A clause start before a bare plural: the text start, or a sentence or headline break (". ", ": ", " – "). */
const CLAUSE_BREAK = /(?:^|[.:!?–—]\s*|\n\s*)$/u;

/** Head nouns put before an organisation's name ("die Gewerkschaft ver.di"), with their inflected forms. */
const HEADS = new Map<string, string>();
for (const h of ['Gewerkschaft', 'Partei', 'Organisation', 'Bewegung', 'Miliz', 'Stiftung', 'Bank', 'Zeitung']) HEADS.set(h, h);
for (const h of ['Konzern', 'Verein', 'Sender']) {
  HEADS.set(h, h);
  HEADS.set(h + 's', h);
}
for (const h of ['Unternehmen', 'Bündnis']) {
  HEADS.set(h, h);
  HEADS.set(h + (h.endsWith('s') ? 'ses' : 's'), h);
}
const DEFINITE = /^(?:der|die|das|des|dem|den)$/i;
/**
 * Compounds of a head ("Jihadistenmiliz", "Terrormiliz", "Hilfsorganisation"): keyed by their base head, so that "die
 * Terrormiliz" stands for the one organisation introduced as "der Jihadistenmiliz Islamischer Staat".
 */
const COMPOUND_HEAD = /^\p{Lu}\p{Ll}+(miliz|organisation)$/u;
const COMPOUND_BASE: Record<string, string> = { miliz: 'Miliz', organisation: 'Organisation' };
const headOf = (word: string): string | undefined => {
  const h = HEADS.get(word);
  if (h) return h;
  const c = COMPOUND_HEAD.exec(word);
  return c ? COMPOUND_BASE[c[1]] : undefined;
};
const HEAD_WORD = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${[...HEADS.keys()].sort((a, b) => b.length - a.length).join('|')}|\\p{Lu}\\p{Ll}+(?:miliz|organisation))(?![\\p{L}\\p{N}-])`, 'gu');

/** "die Regierung", "das Land": a country's government when a country was named just before (see step 3). */
// (the literals alone, whole-word bounds checked on the hits: a pattern that starts with a \p{…} lookbehind is tried
// at every position of the text; these literals start no match inside another, so the hits are the same)
const STATE_WORD = /Regierung|Landes|Land/g;
const FEMININE_ARTICLE = /^(?:die|der)$/i;
const NEUTER_ARTICLE = /^(?:das|des|dem)$/i;
const PLACE_PREPOSITION = /^(?:in|im|ins|aus|nach|durch|über|um|innerhalb|außerhalb|quer|ganze[nms]?|gesamte[nms]?)$/i;
const COUNTRY_ID = /^[A-Z]{3}$/;
/** Adjectives before "Land" that pick out another country or the whole, not the one named before. */
const OTHER_LAND = /^(?:einzige|ganze|gesamte|eigene|andere|jeweilige|betreffende|erste|zweite|dritte|letzte|nächste|neue|\p{Ll}+ste)[nms]?$/u;
/** A character that continues a word or a hyphenated compound: a listed demonym noun counts only as a whole word. */
const COMPOUND_CHAR = /[\p{L}\p{N}-]/u;
const STATE_WINDOW = 250;
/**
 * A state's armed forces or regime as a common noun ("das Militär", "die Regierungstruppen", "das kommunistische
 * Regime"): the country named just before (step 3c), with the article forms of each noun's gender and number.
 */
// (a whole word: found over the tokens' texts, like the demonyms of step 5)
// (a Map: `Object.hasOwn` on an object literal, probed with every token's text, was 70% of addCampMentions' self time
// in the pipeline profile — each probe of a string not yet internalised goes through the string table)
const FORCE_ARTICLE = new Map<string, RegExp>([
  ['Militär', /^(?:das|dem)$/i], ['Militärs', /^des$/i], ['Regime', /^(?:das|dem)$/i], ['Regimes', /^des$/i], ['Armee', /^(?:die|der)$/i],
  ['Regierungstruppen', /^(?:die|der|den)$/i], ['Regierungssoldaten', /^(?:die|der|den)$/i], ['Streitkräfte', /^(?:die|der)$/i], ['Streitkräften', /^den$/i],
]);
/** An inflected adjective between article and noun ("das kommunistische Regime"). */
const ATTRIBUTIVE = /^\p{Ll}+(?:e|en|er|es|em)$/u;
/** "des international isolierten Landes": an owner phrase that is the state itself again. */
const OWN_STATE = /^[ \t]+(?:des|der)(?:[ \t]+\p{Ll}+){0,3}[ \t]+(?:Landes|Staates|Regimes)(?![\p{L}\p{N}-])/u;
/** A government or parliament before "in"/"von" and a name: "Regierung in Kiew", "Parlament in Athen". */
const SEATED_BODY = /(Regierung|Parlament|Staatsführung|Übergangsregierung|Einheitsregierung|Zentralregierung|Militärregierung|Führung)[ \t]+(?:in|von)[ \t]+/g;
const SENTENCE_END = /[.:!?–]\s*$|^\s*$/u;

/**
 * An acronym before a noun of its fighters, adherents or activists, or before an attack noun ("IS-Angriff",
 * "PKK-Anschlag": the organisation is the attacker, as a country prefix is in "US-Luftangriff"), step 4.
 */
const GROUP_COMPOUND = /-(?:Kämpfer[ns]?|Kämpferinnen|Miliz|Milizen|Milizionäre[n]?|Terrormiliz|Anhänger[ns]?|Anhängerinnen|Terroristen|Dschihadisten|Jihadisten|Extremisten|Rebellen|Truppen|Einheiten|Aktivisten|Aktivistinnen|Angriff|Angriffe[ns]?|Angriffs|Anschlag|Anschläge[n]?|Anschlags|Attacke[n]?|Offensive[n]?|Überfall|Überfälle[n]?|Überfalls)/g;
const ATTACK_HEAD = /^-(?:Angriff|Anschl|Attacke|Offensive|Überf)/;
/** (h/ev29) A name before a noun of armed fighters, step 4c: "Houthi-Rebellen", "Huthi-Miliz", "Schabaab-Milizen" (the
 * name is capitalised with a lower-case rest: acronyms are step 4's). */
const NAMED_GROUP_COMPOUND = /(?<![\p{L}\p{N}-])(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)-(?:Rebellen|Miliz|Milizen|Milizionäre[n]?|Kämpfer[n]?)(?![\p{L}-])/gu;
/** First parts of such compounds that are no group's name: kinds, creeds, sides and regimes. */
const NOT_GROUP_NAME = /^(?:Regierung|Regierungs|Oppositions|Rebellen|Islamisten|Terror|Kurden|Araber|Sunniten|Schiiten|Christen|Drusen|Alawiten|Stammes|Bürger|Freiheits|Widerstands|Anti|Pro|Regime|Staats|Armee|Milizen|Untergrund|Dschihadisten|Jihadisten|Volks|Privat|Grenz|Guerilla|Separatisten|Stadt|Dorf|Land)$/;
/**
 * A German common noun that the NER lexicon does not also list as an organisation ("Elite", "Profi", "Jugend"): the
 * first part of an ordinary compound ("Elite-Kämpfer", "Profi-Kämpfer"), not a group's name ("Houthi", "Schabaab";
 * "Hisbollah", "Taliban" are nouns of the dictionary but organisations of the lexicon).
 */
function commonNoun(word: string): boolean {
  const f = loadModel().lexicon.flagsOf(fnv(word.toLowerCase()) || 1);
  return (f & (1 << FLAG.NOUN)) !== 0 && (f & ((1 << FLAG.ORG) | (1 << FLAG.TRAIN_ORG))) === 0;
}

/** A person's name to the NER lexicon (a first name, a listed surname, a person in training) and no organisation's:
 * "Assad-Milizen", "Gaddafi-Kämpfer" are fighters loyal to a person, not a group of that name. */
function personName(word: string): boolean {
  const f = loadModel().lexicon.flagsOf(fnv(word.toLowerCase()) || 1);
  return (f & ((1 << FLAG.FIRSTNAME) | (1 << FLAG.PER) | (1 << FLAG.TRAIN_PER))) !== 0 && (f & ((1 << FLAG.ORG) | (1 << FLAG.TRAIN_ORG))) === 0;
}

const ACRONYM_BEFORE = /(?:^|[^\p{L}\p{N}-])(\p{Lu}{2,6})$/u;

/**
 * Plural nouns of fighters with the article forms of the plural (step 4b): "die/der/den Rebellen"; "der Kämpfer" is also
 * a singular nominative, so only "die Kämpfer", "den Kämpfern".
 */
const PLURAL_ARTICLE = /^(?:die|der|den)$/i;
const FIGHTER_PLURAL = new Map<string, RegExp>(Object.entries({
  Islamisten: PLURAL_ARTICLE, Jihadisten: PLURAL_ARTICLE, Dschihadisten: PLURAL_ARTICLE, Extremisten: PLURAL_ARTICLE, Terroristen: PLURAL_ARTICLE,
  Rebellen: PLURAL_ARTICLE, Aufständischen: PLURAL_ARTICLE, Milizionäre: /^(?:die|der)$/i, Milizionären: /^den$/i, Kämpfer: /^die$/i, Kämpfern: /^den$/i,
  Guerilleros: PLURAL_ARTICLE,
}));
const FIGHTER_ADJECTIVE = /^(?:radikalen|militanten|radikalislamischen|islamistischen|bewaffneten|extremistischen|sunnitischen|schiitischen)$/;
const FIGHTER_WINDOW = 400;
/** A word right before an organisation's name that marks it as an armed group ("Terrormiliz", "Rebellengruppe", "radikalislamischen"). */
const ARMED_CUE = /(?:miliz|rebell|guerilla|terror|islamist|jihadist|dschihadist|extremist|aufständisch|kämpfer|untergrund|islamis)\p{L}*[ \t]+(?:\p{Ll}+[ \t]+)?$/iu;
const KIND_CUES: [string, RegExp][] = [['i', /islam|jihad|dschihad|salafi/i], ['t', /terror|extrem|islam|jihad|dschihad/i], ['r', /rebell|guerilla|aufständisch|untergrund/i], ['m', /miliz|kämpfer/i]];
/** The kinds of group a fighter noun may stand for (see `armedGroups`): "die Islamisten" only an Islamist group, "die
 * Rebellen" only one called a rebel or guerilla group ("die Aufständischen" in Syria are no terror organisation). */
const NOUN_KINDS: Record<string, string> = {
  Islamisten: 'i', Jihadisten: 'i', Dschihadisten: 'i', Extremisten: 't', Terroristen: 't', Rebellen: 'r', Aufständischen: 'r', Guerilleros: 'r',
  Milizionäre: 'rm', Milizionären: 'rm', Kämpfer: 'itrm', Kämpfern: 'itrm',
};
const FIGHTER_COMPOUND = /-(?:Kämpfer|Miliz|Terror|Rebell|Dschihad|Jihad|Extrem|Milizion)\p{L}*/u;
const GROUP_HEAD_BEFORE = /(?:islamisten|jihadisten|dschihadisten|terror|extremisten|rebellen)(?:gruppe|miliz|organisation|bewegung)[ \t]+$/iu;
/** Armed groups of the reference list (orgs.ts), all Islamist. */
const ARMED_ORG_IDS = new Set(['org:is', 'org:hamas', 'org:hisbollah', 'org:taliban']);

/**
 * The mentions of the document's armed groups, by start: an organisation of the reference list's armed groups, one with
 * an acronym compound of fighters (step 4, "IS-Kämpfer"), or one a name of which follows an armed-group word.
 */
function armedGroups(text: string, entities: ResolvedEntity[], added: Map<ResolvedEntity, EntityMention[]>): { start: number; e: ResolvedEntity; kinds: string }[] {
  const out: { start: number; e: ResolvedEntity; kinds: string }[] = [];
  for (const e of entities) {
    if (e.type !== 'ORG' && e.type !== 'LOC') continue;
    const all = [...e.mentions, ...(added.get(e) ?? [])];
    // (a name the NER typed as a place counts only right after a group noun: "die Islamistengruppe Boko Haram")
    if (e.type === 'LOC' && !all.some((m) => GROUP_HEAD_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)))) continue;
    // the kinds of group the words before its names call it: i(slamist), t(error), r(ebel), m(ilitia)
    let kinds = ARMED_ORG_IDS.has(e.canonicalId ?? '') ? 'itm' : '';
    for (const m of all) {
      const cue = ARMED_CUE.exec(text.slice(Math.max(0, m.start - 60), m.start))?.[0] ?? ((m.form as string) === 'desc' ? FIGHTER_COMPOUND.exec(m.text)?.[0] : undefined);
      if (!cue) continue;
      for (const [k, re] of KIND_CUES) if (re.test(cue) && !kinds.includes(k)) kinds += k;
    }
    if (!kinds) continue;
    for (const m of all) out.push({ start: m.start, e, kinds });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Adds camp nouns and apposition heads as 'desc' mentions (see the module comment). */
export function addCampMentions(doc: Doc, entities: ResolvedEntity[]): void {
  const text = doc.text;
  // a word joined to the one before or after it ("US-Algerier", "Algerier-Frage", "Militärs" inside "Militärschlag")
  const joinedBefore = (start: number) => start > 0 && COMPOUND_CHAR.test(text[start - 1]);
  const joinedAfter = (end: number) => end < text.length && COMPOUND_CHAR.test(text[end]);
  // the same by code points, as a /u lookaround reads them (a letter outside the BMP is a surrogate pair)
  const joinedBeforeCp = (start: number) => {
    if (start === 0) return false;
    const lo = text.charCodeAt(start - 1);
    const hi = start >= 2 ? text.charCodeAt(start - 2) : 0;
    return COMPOUND_CHAR.test(lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff ? text.slice(start - 2, start) : text[start - 1]);
  };
  const joinedAfterCp = (end: number) => end < text.length && COMPOUND_CHAR.test(String.fromCodePoint(text.codePointAt(end)!));
  const words = tokenWords(doc);
  let mask: Uint8Array | null = null;
  const covered = (start: number, end: number) => {
    if (!mask) {
      mask = new Uint8Array(text.length + 1);
      for (const e of entities) for (const m of e.mentions) mask.fill(1, m.start, m.end);
    }
    for (let k = start; k < end; k++) if (mask[k]) return true;
    return false;
  };
  const personEnds = () => {
    const s = new Set<number>();
    for (const e of entities) if (e.type === 'PER') for (const m of e.mentions) s.add(m.end);
    return s;
  };
  let perEnds: Set<number> | null = null;
  // (the mention literal written out: a spread copy `{ ...x, form }` gave every such mention a hidden class of its
  // own, and the stages reading mentions after it deoptimised on each new one; with `label` and `metonymyOf`, undefined,
  // it has the hidden class of buildEntity's mentions in cluster.ts)
  const added = new Map<ResolvedEntity, EntityMention[]>();
  const add = (e: ResolvedEntity, start: number, end: number) => {
    const list = added.get(e) ?? [];
    list.push({ start, end, text: text.slice(start, end), form: 'desc' as MentionForm, label: undefined, metonymyOf: undefined });
    added.set(e, list);
  };

  // 1. camps
  const ownCamp = new Map<string, ResolvedEntity>();
  for (const m of text.matchAll(CAMP_WORD)) {
    const word = m[0];
    const start = m.index!;
    const end = start + word.length;
    if (joinedAfter(end)) continue;
    let prefix: string | undefined;
    if (start > 0 && WORD_CHAR.test(text[start - 1])) continue;
    if (start > 0 && text[start - 1] === '-') {
      prefix = PREFIX_BEFORE.exec(text.slice(Math.max(0, start - 5), start))?.[1];
      if (!prefix) continue;
    }
    const c = CAMPS.get(word)!;
    if (covered(start, end)) continue;
    // "der Liberalen Partei", "der Demokraten Union": a following name noun makes it part of a name
    const next = WORD_AFTER.exec(text.slice(end, end + 40));
    if (next && /^(?:Partei|Party|Front|Union|Bewegung|Allianz)$/.test(next[1])) continue;
    // "den Freiheitlichen Norbert Hofer": an adherent before a name is one person
    if (next && UPPER_START.test(next[1]) && covered(end + next[0].length - next[1].length, end + next[0].length)) continue;
    let country: string | null = null;
    let from = start;
    if (prefix) {
      // "US-Republikaner": a country prefix gives the camp's country ("SP-Abgeordnete" and others are left alone)
      country = lookupCountry(prefix);
      if (!country) continue;
      from = start - prefix.length - 1;
    } else {
      const w = wordBefore(text, Math.max(0, start - 40), start);
      if (w && c.articles.test(w[1])) {
        from = start - w[0].length;
      } else if (w && /s$/.test(w[1]) && (perEnds ??= personEnds()).has(start - w[0].length + w[1].length)) {
        // "Obamas Demokraten": the camp of a named person
      } else if (c.bare && next && CLAUSE_BREAK.test(text.slice(Math.max(0, start - 40), start)) && LOWER_START.test(next[1])) {
        // headline: "Republikaner kündigen weiteren Widerstand an"
      } else continue;
    }
    const partyRe = c.party;
    let target = entities.find((e) => e.type === 'ORG' && (partyRe.test(e.name) || e.aliases.some((a) => partyRe.test(a))));
    if (!target) {
      // one entity per camp: "die Republikaner" and "die US-Republikaner" of one article are one party
      const key = c.name;
      target = ownCamp.get(key);
      if (!target) {
        // newEntity's shape, as every entity (a literal of its own made the quote rules' optimised code deoptimise)
        target = newEntity({
          id: `e${entities.length + 1}`,
          type: 'ORG',
          name: c.name,
          canonicalId: `party:${slug(c.name)}${country ? `:${country.toLowerCase()}` : ''}`,
          country,
          roles: [],
          mentions: [],
          aliases: [],
        });
        entities.push(target);
        ownCamp.set(key, target);
      }
      if (country && !target.country) {
        target.country = country;
        target.canonicalId = `party:${slug(c.name)}:${country.toLowerCase()}`;
      }
    }
    add(target, from, end);
  }

  // 2. apposition heads: "die Gewerkschaft ver.di" makes "die Gewerkschaft" stand for ver.di
  const byHead = new Map<string, ResolvedEntity | null>();
  for (const e of entities) {
    if (e.type !== 'ORG') continue;
    for (const m of e.mentions) {
      if (m.form !== 'name') continue;
      const w = wordBefore(text, Math.max(0, m.start - 30), m.start);
      const head = w ? headOf(w[1]) : undefined;
      // (the nominative head or a compound of it)
      if (!head || (HEADS.get(w![1]) !== w![1] && !COMPOUND_HEAD.test(w![1]))) continue;
      const headStart = m.start - w![0].length;
      const art = wordBefore(text, Math.max(0, headStart - 12), headStart);
      if (!art || !DEFINITE.test(art[1])) continue;
      const had = byHead.get(head);
      byHead.set(head, had === undefined || had === e ? e : null);
    }
  }
  if ([...byHead.values()].some((e) => e)) {
    for (const m of text.matchAll(HEAD_WORD)) {
      const head = headOf(m[0])!;
      const target = byHead.get(head);
      if (!target) continue;
      const start = m.index!;
      const end = start + m[0].length;
      if (covered(start, end)) continue;
      const next = WORD_AFTER.exec(text.slice(end, end + 40));
      // "die Gewerkschaft ver.di" itself, "die Partei Die Linke": a name follows
      if (next && (UPPER_START.test(next[1]) || DOTTED_LOWER_NAME.test(next[1])) && covered(end + next[0].length - next[1].length, end + next[0].length)) continue;
      const art = wordBefore(text, Math.max(0, start - 12), start);
      if (art && DEFINITE.test(art[1])) {
        add(target, start - art[0].length, end);
      } else if (start === 0 && next && LOWER_START.test(next[1])) {
        add(target, start, end);
      }
    }
  }

  // a 'deriv' mention of a place that is no country ("südamerikanische", "nordeuropäische") spanning [start, end)
  const regionAdjective = (start: number, end: number) => {
    for (const e of entities) {
      if (e.type !== 'LOC' || COUNTRY_ID.test(e.canonicalId ?? '')) continue;
      for (const m of e.mentions) if (m.form === 'deriv' && m.start <= start && m.end >= end - 1) return true;
    }
    return false;
  };
  // 3. a country's government as a common noun: "die Regierung", "das Land" for the country named just before
  let countryMentions: { end: number; e: ResolvedEntity }[] | null = null;
  // the nearest country mention before an offset, not farther back than two sentences or so
  const countryBefore = (at: number): ResolvedEntity | null => {
    if (!countryMentions) {
      countryMentions = [];
      // (not a country inside a compound: "Venezuela hat den US-Botschafter ausgewiesen. Das Land …" is Venezuela)
      for (const e of entities) if (e.type === 'LOC' && COUNTRY_ID.test(e.canonicalId)) for (const x of e.mentions) if (x.form !== 'part') countryMentions.push({ end: x.end, e });
      countryMentions.sort((a, b) => a.end - b.end);
    }
    let hit: ResolvedEntity | null = null;
    for (const c of countryMentions) {
      if (c.end > at) break;
      if (at - c.end <= STATE_WINDOW) hit = c.e;
    }
    return hit;
  };
  for (const m of text.matchAll(STATE_WORD)) {
    const start = m.index!;
    const end = start + m[0].length;
    // ("Landes" not whole: "Land" at the same start is followed by its "e" and is not whole either)
    if (joinedBeforeCp(start) || joinedAfterCp(end)) continue;
    const neuter = m[0].startsWith('Land');
    let art = wordBefore(text, Math.max(0, start - 30), start);
    let from = start;
    // "das südamerikanische Land", "des krisengeschüttelten Landes": one describing adjective between (not one that picks
    // out another country or the whole: "das einzige Land", "das eigene Land", "das ganze Land", "das größte Land")
    if (neuter && art && ATTRIBUTIVE.test(art[1]) && !DEFINITE.test(art[1]) && !OTHER_LAND.test(art[1])) {
      from = start - art[0].length;
      art = wordBefore(text, Math.max(0, from - 12), from);
    }
    if (!art || !(neuter ? NEUTER_ARTICLE : FEMININE_ARTICLE).test(art[1])) continue;
    const artStart = from - art[0].length;
    // "in das Land", "aus dem Land": a place, not an actor
    const prep = wordBefore(text, Math.max(0, artStart - 40), artStart);
    if (prep && PLACE_PREPOSITION.test(prep[1])) continue;
    // "der Chefunterhändler der Regierung": a genitive attribute of a noun is that noun's owner, left to the events stage
    if (prep && /^(?:der|des)$/i.test(art[1]) && UPPER_START.test(prep[1]) && !SENTENCE_END.test(text.slice(Math.max(0, artStart - prep[0].length - 3), artStart - prep[0].length))) continue;
    // "das Land Kärnten", "die Regierung Orbán", "die Regierung in Kiew": a name of its own follows
    const next = WORD_AFTER.exec(text.slice(end, end + 40));
    // "die Regierung der Schwarzmeer-Region": an owner of its own follows
    if (next && (UPPER_START.test(next[1]) || /^(?:in|von|unter|der|des)$/.test(next[1]))) continue;
    // (the adjective may be tagged as a region's: "südamerikanische" stands for no actor; a country's adjective does)
    if (covered(artStart, from) || covered(start, end) || (from < start && covered(from, start) && !regionAdjective(from, start))) continue;
    const hit = countryBefore(artStart);
    if (hit) add(hit, artStart, end);
  }

  // 3c. a state's armed forces or regime: "das Militär", "die Regierungstruppen", "das kommunistische Regime" for the
  // country named just before (as 3); not after a place preposition, not before a name or an owner of its own ("die Armee
  // Israels", "das Regime von Assad", "das Regime in Damaskus"), not as the genitive attribute of a noun
  for (let i = 0; i < words.length; i++) {
    const article = FORCE_ARTICLE.get(words[i]);
    if (!article) continue;
    const start = doc.tokens[i].start;
    const end = doc.tokens[i].end;
    if (joinedBefore(start) || joinedAfter(end)) continue;
    let w = wordBefore(text, Math.max(0, start - 30), start);
    let from = start;
    if (w && ATTRIBUTIVE.test(w[1]) && !DEFINITE.test(w[1])) {
      from = start - w[0].length;
      w = wordBefore(text, Math.max(0, from - 12), from);
    }
    if (!w || !article.test(w[1])) continue;
    const artStart = from - w[0].length;
    const prep = wordBefore(text, Math.max(0, artStart - 40), artStart);
    // ("durch die Regierungstruppen" is the agent of a passive, not a way through a country)
    if (prep && PLACE_PREPOSITION.test(prep[1]) && prep[1].toLowerCase() !== 'durch') continue;
    if (prep && /^(?:der|des)$/i.test(w[1]) && UPPER_START.test(prep[1]) && !SENTENCE_END.test(text.slice(Math.max(0, artStart - prep[0].length - 3), artStart - prep[0].length))) continue;
    const next = WORD_AFTER.exec(text.slice(end, end + 40));
    if (next && (UPPER_START.test(next[1]) || /^(?:in|von|unter|der|des)$/.test(next[1])) && !OWN_STATE.test(text.slice(end, end + 60))) continue;
    if (covered(artStart, end)) continue;
    const hit = countryBefore(artStart);
    if (hit) add(hit, artStart, end);
  }

  // 3b. a government named by its seat or country: "die Regierung in Kiew", "die international anerkannte Regierung in
  // Libyen", "das Parlament in Athen" stand for the state (a capital's country, else the place named)
  for (const m of text.matchAll(SEATED_BODY)) {
    const start = m.index!;
    const end = start + m[1].length;
    const at = start + m[0].length;
    // (a whole word, not "Landesregierung in …": the compound's owner is its own)
    if (joinedBefore(start)) continue;
    if (covered(start, end)) continue;
    const place = entities.find((e) => e.type === 'LOC' && e.mentions.some((x) => x.start === at && x.form === 'name'));
    if (!place) continue;
    let target = place;
    if (!COUNTRY_ID.test(place.canonicalId ?? '')) {
      const state = lookupPlace(place.name, false)?.metonymyOf;
      if (state) {
        target = entities.find((e) => e.type === 'LOC' && e.canonicalId === state) ?? target;
        if (target === place) {
          target = newEntity({ id: `e${entities.length + 1}`, type: 'LOC', name: countryById(state)?.name ?? place.name, canonicalId: state, country: state, roles: [], mentions: [], aliases: [] });
          entities.push(target);
        }
      }
    }
    add(target, start, end);
  }

  // 4. "IS-Kämpfer", "PKK-Anhänger", "YPG-Miliz": fighters or adherents of an organisation stand for it; "IS-Angriff":
  // the organisation owns the attack (the events stage reads the compound's modifier as its actor)
  for (const m of text.matchAll(GROUP_COMPOUND)) {
    const end = m.index! + m[0].length;
    if (joinedAfter(end)) continue;
    const acr = ACRONYM_BEFORE.exec(text.slice(Math.max(0, m.index! - 7), m.index!))?.[1];
    if (!acr) continue;
    const start = m.index! - acr.length;
    if (covered(start, end)) continue;
    const known = lookupOrg(acr);
    // an attack is owned only by an organisation of the reference list ("DROWN-Attacke" names the attack itself)
    if (!known && ATTACK_HEAD.test(m[0])) continue;
    let target = entities.find((e) => e.type === 'ORG' && (e.name === acr || e.aliases.includes(acr) || (known && e.canonicalId === known.id)));
    if (!target) {
      if (!known) continue;
      target = entities.find((e) => e.canonicalId === known.id);
      if (!target) {
        target = newEntity({ id: `e${entities.length + 1}`, type: 'ORG', name: known.name, canonicalId: known.id, country: known.country, roles: [], mentions: [], aliases: [] });
        entities.push(target);
      }
    }
    add(target, start, end);
  }

  // 4c. (h/ev29) "die Houthi-Rebellen", "Kämpfer der Schabaab-Miliz": a name (no acronym, no country, place, demonym or
  // person) before a noun of armed fighters names an armed group; the compound stands for it like "IS-Kämpfer" (step 4)
  // (the pattern, led by a lookbehind, is tried at every position of the text: only where a fighter noun follows a
  // hyphen; 137 ms for 10kGNAD test's 1,028 texts, against 1 ms for the three searches, which 15 of them pass)
  const fighterCompound = text.includes('-Rebellen') || text.includes('-Miliz') || text.includes('-Kämpfer');
  for (const m of fighterCompound ? text.matchAll(NAMED_GROUP_COMPOUND) : []) {
    const end = m.index! + m[0].length;
    if (joinedAfter(end)) continue;
    const name = m[1];
    const start = m.index!;
    if (joinedBefore(start) || covered(start, end)) continue;
    // (not a place, country or people: "Kurden-Miliz" is left to the demonyms, "Donbass-Rebellen" to the place)
    if (lookupCountry(name) || demonymCountry(name) || lookupPlace(name) || NOT_GROUP_NAME.test(name)) continue;
    // (not a common noun: "Elite-Kämpfer", "Profi-Kämpfer" are kinds of fighters; a hyphenated name is judged by its parts)
    if (name.split('-').every(commonNoun) || personName(name)) continue;
    const key = name.toLowerCase();
    if (entities.some((e) => (e.type === 'PER' || e.type === 'LOC') && (e.name.toLowerCase() === key || e.aliases.some((a) => a.toLowerCase() === key) || e.name.toLowerCase().endsWith(` ${key}`)))) continue;
    let target = entities.find((e) => e.type === 'ORG' && (e.name.toLowerCase() === key || e.aliases.some((a) => a.toLowerCase() === key)));
    if (!target) {
      target = newEntity({ id: `e${entities.length + 1}`, type: 'ORG', name, canonicalId: `org:${slug(name)}`, country: null, roles: [], mentions: [], aliases: [] });
      entities.push(target);
    }
    add(target, start, end);
  }

  // 4b. "Die Islamisten töteten …", "Die Rebellen riefen … auf": a definite plural noun of fighters stands for the armed
  // group named nearest before it, within two sentences or so, when that group is known as one (below) and no other
  // armed group is named in between; "Islamisten", "Jihadisten" only for an Islamist group
  // (no whole-text test first: the loop acts only on tokens that are FIGHTER_PLURAL keys, and its Map probes find the
  // tokens' hashes made by step 3c's probes; a regex test of the whole text for the nouns cost more, in the profile)
  {
    let groups: { start: number; e: ResolvedEntity; kinds: string }[] | null = null;
    for (let i = 0; i < words.length; i++) {
      const noun = words[i];
      const articles = FIGHTER_PLURAL.get(noun);
      if (!articles) continue;
      const start = doc.tokens[i].start;
      const end = doc.tokens[i].end;
      if (joinedBefore(start) || joinedAfter(end)) continue;
      let w = wordBefore(text, Math.max(0, start - 30), start);
      let from = start;
      // one adjective of the group's stance between ("die radikalen Islamisten"; not "die verfolgten Extremisten", "die
      // beiden Rebellen", "die kurdischen Kämpfer": a description of other people)
      if (w && FIGHTER_ADJECTIVE.test(w[1])) {
        from = start - w[0].length;
        w = wordBefore(text, Math.max(0, from - 12), from);
      }
      if (!w || !articles.test(w[1])) continue;
      const artStart = from - w[0].length;
      // ("die Rebellen der FSA", "die Kämpfer von Boko Haram", "die Islamisten in Syrien": an owner or a place of their own)
      const next = WORD_AFTER.exec(text.slice(end, end + 40));
      if (next && (UPPER_START.test(next[1]) || /^(?:in|im|aus|von|vom|der|des|um)$/.test(next[1]))) continue;
      if (covered(artStart, end)) continue;
      groups ??= armedGroups(text, entities, added);
      // (two armed groups named in the window: none)
      let hit: { e: ResolvedEntity; kinds: string } | null = null;
      let two = false;
      for (const g of groups) {
        if (g.start >= artStart) break;
        if (artStart - g.start > FIGHTER_WINDOW) continue;
        if (hit && hit.e !== g.e) two = true;
        hit = g;
      }
      if (!hit || two || ![...NOUN_KINDS[noun]].some((k) => hit!.kinds.includes(k))) continue;
      add(hit.e, artStart, end);
    }
  }

  // 5. a demonym noun the NER left untagged ("ein Algerier wurde festgenommen", "den Syrern"): the country, as the
  // tagged plurals are ("die Amerikaner"); not before a name ("der Algerier Mohamed B.", "den Kroaten Marin Cilic": a
  // role of that person) or a capitalised noun ("Schweizer Franken", "Deutsche Bank"), not inside a compound
  // (over the tokens' texts, which the tokenizer already made: a regex scan of the whole text, by an alternation of the
  // 186 forms or by words, cost the entities stage a fifth of its time inside the pipeline bench)
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const country = demonymCountry(word);
    if (!country) continue;
    const start = doc.tokens[i].start;
    const end = doc.tokens[i].end;
    if (joinedBefore(start) || joinedAfter(end)) continue;
    if (covered(start, end)) continue;
    const next = WORD_AFTER.exec(text.slice(end, end + 40));
    if (next && UPPER_START.test(next[1])) continue;
    let target = entities.find((e) => e.type === 'LOC' && e.canonicalId === country);
    if (!target) {
      target = newEntity({ id: `e${entities.length + 1}`, type: 'LOC', name: countryById(country)?.name ?? word, canonicalId: country, country, roles: [], mentions: [], aliases: [] });
      entities.push(target);
    }
    add(target, start, end);
  }

  for (const [e, list] of added) {
    e.mentions.push(...list);
    e.mentions.sort((a, b) => a.start - b.start);
  }
  // a camp entity that got no mention (none is created without one) stays out
}
