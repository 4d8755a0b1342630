/**
 * Person descriptions that name no office the text gave anyone: "der Mann", "die Frau", "der 70-Jährige",
 * "den Verdächtigen", "der Angeklagte", "der Täter", "das Opfer", "die Politikerin", "der Sozialdemokrat",
 * "der Franzose", and office titles no person holds ("der Regierungschef" after a bare name). Such a
 * definite description refers back to the most salient person named before it that agrees with it in
 * gender and number and, where the text says, in age, party, nationality or office. It is linked only
 * when that person is clearly ahead of every other compatible one; an ambiguous description stays
 * unlinked (a wrong link costs more than a missing one).
 *
 * Runs after the role-holder and age linkers of cluster.ts, on what they left unlinked; the links are
 * `descriptions` of the person like theirs (and so `desc` mentions for the events and quotes stages).
 */
import type { Doc, Role } from '../doc/index.ts';
import { sentenceAt } from '../doc/index.ts';
import { lookupDemonym } from './countries.ts';
import { parseTitle, personNounKey, words, type Word } from './roles.ts';
import { fold } from './text.ts';
import type { ResolvedEntity } from './cluster.ts';

/** What a description says about its person. */
export interface PersonDescription {
  start: number;
  end: number;
  /** age | sex | legal | party | politician | nation | office */
  kind: string;
  gender: 'f' | 'm' | null;
  /** Stated age ("der 70-Jährige"). */
  age?: number;
  /** Country of a nationality noun. */
  country?: string | null;
  /** Office key of a title ("regierungschef"). */
  key?: string;
  prefix?: string | null;
  /** Parties a party noun fits ("der Sozialdemokrat": SPD, SPÖ, …). */
  parties?: RegExp;
  /** Key of the noun for an indefinite introduction of the same kind of person ("ein Mann" … "der Mann"). */
  introKey: string;
}

type KeyedRole = Role & { key?: string; prefix?: string | null; counterpart?: boolean };

const AGE_NOUN = /^(\d{1,3})-Jährig(e|en)$/;
/** Nominalised participles and adjectives of the criminal process and of party camps (adjectival inflection). */
const ADJ_NOUN = /^(Tatverdächtig|Hauptverdächtig|Verdächtig|Hauptangeklagt|Angeklagt|Beschuldigt|Festgenommen|Inhaftiert|Verhaftet|Verurteilt|Getötet|Ermordet|Verstorben|Entführt|Konservativ|Liberal|Freiheitlich|Christsozial)(e|en)$/;
/** Strong masculine person nouns (genitive -s), with a feminine in -in. */
const STRONG_NOUN = /^(Mann|Täter|Haupttäter|Attentäter|Mörder|Entführer|Amokläufer|Angreifer|Republikaner)(es|s|in)?$/;
/** Weak masculine person nouns (-en outside the nominative singular), with a feminine in -in. */
const WEAK_NOUN = /^(Sozialdemokrat|Christdemokrat|Demokrat|Sozialist|Kommunist|Populist|Rechtspopulist|Linkspopulist|Nationalist|Todesschütze|Schütze)(en|n|in)?$/;
const LEGAL_STEMS = /^(tatverdächtig|hauptverdächtig|verdächtig|hauptangeklagt|angeklagt|beschuldigt|festgenommen|inhaftiert|verhaftet|verurteilt|getötet|ermordet|verstorben|entführt|täter|haupttäter|attentäter|mörder|entführer|amokläufer|angreifer|todesschütze|schütze|opfer)$/;
const PARTY_STEMS = /^(konservativ|liberal|freiheitlich|christsozial|republikaner|sozialdemokrat|christdemokrat|demokrat|sozialist|kommunist|populist|rechtspopulist|linkspopulist|nationalist)$/;

/** Parties (abbreviations as prefixes and affiliations give them) that a party noun fits. */
const PARTY_FAMILIES: Record<string, RegExp> = {
  sozialdemokrat: /^(SPD|SPÖ|SP|SPS|PS|PSOE|PSD|SDP|SD|SAP|Labour|SMER|Smer|PASOK|Pasok)$/,
  christdemokrat: /^(CDU|CSU|ÖVP|CVP|CDA|DC|CD&V|KDH|KDU|EVP)$/,
  christsozial: /^(CSU|CVP|CSV)$/,
  freiheitlich: /^(FPÖ|FPK|BZÖ|FP)$/,
  liberal: /^(FDP|Neos|NEOS|LIF|VVD|LDP|Lib ?Dems?)$/,
  konservativ: /^(Tories|Tory|ÖVP|CDU|CSU|PP|UMP|LR|PiS|Fidesz|ODS|SVP)$/,
  sozialist: /^(PS|PSOE|SP|PSD|SPÖ|PASOK)$/,
  kommunist: /^(KPÖ|DKP|KP|KPCh|KPRF|PCF|KSČM)$/,
};

/** The court's and the parties' lawyers and the press: never the defendant (a police officer may be one). */
const COURT_ROLE_NOUNS = ['sprecher', 'sprecherin', 'anwalt', 'anwältin', 'richter', 'richterin', 'staatsanwalt', 'staatsanwältin', 'ankläger',
  'verteidiger', 'vertreter', 'experte', 'expertin', 'korrespondent', 'journalist', 'redakteur', 'moderator', 'gutachter', 'sachverständige',
  'ombudsmann'];
const COURT_ROLE = new RegExp(`(${COURT_ROLE_NOUNS.join('|')})$`);
/** Roles of people quoted or acting for an institution (the court roles and the police, doctors, commanders): a "der
 * Mann", "der 70-Jährige" or "der Täter" is no such source. */
const SOURCE_ROLE = new RegExp(`(${[...COURT_ROLE_NOUNS, 'ermittler', 'polizist', 'beamte', 'analyst', 'arzt', 'ärztin', 'notarzt', 'einsatzleiter', 'kommandant'].join('|')})$`);

/** A source noun right before a name ("des medizinischen Sachverständigen Christian Reiter") that the role reader missed. */
const SOURCE_BEFORE = /(sprecher|sprecherin|sprechers|anwalt|anwältin|anwalts|richter|richterin|richters|staatsanwalt|sachverständige[nr]?|gutachter|gutachterin|experte|experten|expertin|ermittler|ermittlerin|polizist|polizisten|polizistin|arzt|ärztin|arztes)\s+$/i;

const DETERMINER_LIST = ['der', 'die', 'das', 'des', 'dem', 'den', 'vom', 'zum', 'beim'];
const INDEFINITE_LIST = ['ein', 'eine', 'einen', 'einem', 'einer', 'eines'];
const DETERMINER = new RegExp(`^(${DETERMINER_LIST.join('|')})$`, 'i');
/** The two lists as sets of their written forms, lower-case and capitalised (the word loop asks for every word). */
const DETERMINER_WORDS = new Set(DETERMINER_LIST.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]));
const INDEFINITE_WORDS = new Set(INDEFINITE_LIST.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]));
/** DETERMINER_WORDS.has(w), asking the set only for words of their lengths and first letters (the string is hashed). */
function isDeterminer(w: string): boolean {
  const n = w.length;
  if (n !== 3 && n !== 4) return false;
  const c = w.charCodeAt(0) | 0x20; // d, v, z, b
  return (c === 0x64 || c === 0x76 || c === 0x7a || c === 0x62) && DETERMINER_WORDS.has(w);
}
/** INDEFINITE_WORDS.has(w), likewise. */
function isIndefinite(w: string): boolean {
  const n = w.length;
  return n >= 3 && n <= 5 && (w.charCodeAt(0) | 0x20) === 0x65 && INDEFINITE_WORDS.has(w);
}
const ADJECTIVE = /^\p{Ll}+(e|en|er|es|em)$/u;
const QUANTIFIER = /^(einer|eines|einem|eine|keiner|jeder|jede|zwei|drei|vier|fünf|beide|beiden|viele|mehrere|einige|manche|alle|sämtliche|zahlreiche|weitere|anderen?)$/i;
/** Prepositions that govern a dative: "mit den Verdächtigen", "unter den Politökonomen" are plurals. */
const DATIVE_PREP = /^(mit|von|bei|zu|aus|nach|seit|gegenüber|außer|samt|nebst|mitsamt|unter|an|auf|in|über|vor|hinter|neben|zwischen)$/i;
const PREPOSITION = /^(mit|von|vom|bei|beim|zu|zum|zur|aus|nach|seit|gegen|für|durch|um|ohne|über|unter|an|am|auf|in|im|laut|gegenüber|zwischen|neben|hinter|vor|trotz|wegen|während|samt)$/i;
const PREDICATIVE = /^(als|wie)$/i;
const UPPER_START = /^\p{Lu}/u;
const OFFICE_NOUN = /^(Amt|Amtes|Ämter|Posten|Postens|Funktion|Rolle|Position|Job|Jobs|Titel|Titels|Sessel|Stelle|Nachfolge|Nachfolger|Nachfolgerin|Wahl)$/;
const SUPERLATIVE = /^(erst|letzt|\p{Ll}+[^e]st|\p{Ll}+est)(e|en|er)$/u;
const CLAUSE_BREAK = /[,;:–—(]|\s-\s|\bund\b|\boder\b|\baber\b/;
const FUTURE_OR_FORMER = /^(kommend|künftig|zukünftig|nächst|designiert|potenziell|möglich|neu|stellvertretend|ander|weiter|zweit|dritt|viert)(e|en|er|es|em)$/;

/**
 * The description whose head noun is word i of `ws` (with determiner and up to three adjectives before
 * it), or null: a definite singular person description of the kinds this module links.
 */
function readDescription(ws: Word[], i: number, held: (key: string) => boolean, isNameAt: (offset: number) => boolean): PersonDescription | null {
  const w = ws[i].text;
  // (most words here are lower-case ASCII: neither a capital nor a digit, without the regex)
  const c0 = w.charCodeAt(0);
  if (c0 >= 0x61 && c0 <= 0x7a) return null;
  const digit = c0 >= 0x30 && c0 <= 0x39;
  if (!digit && !UPPER_START.test(w)) return null;
  // the noun's kind, its gender as written (null: either) and inflection class
  let kind: string;
  let cls: 'adj' | 'strong' | 'weak' | 'fem' | 'neut';
  let stem: string;
  let oblique = false; // an -en / -s form
  let female = false;
  let age: number | undefined;
  let country: string | null | undefined;
  let x: RegExpExecArray | null;
  // (the age noun starts with a digit, the three noun patterns after it with a letter)
  if (digit && (x = AGE_NOUN.exec(w))) {
    kind = 'age';
    cls = 'adj';
    stem = 'age';
    age = Number(x[1]);
    oblique = x[2] === 'en';
  } else if (!digit && (x = ADJ_NOUN.exec(w))) {
    stem = x[1].toLowerCase();
    kind = LEGAL_STEMS.test(stem) ? 'legal' : 'party';
    cls = 'adj';
    oblique = x[2] === 'en';
  } else if (!digit && (x = STRONG_NOUN.exec(w))) {
    stem = x[1].toLowerCase();
    kind = stem === 'mann' ? 'sex' : LEGAL_STEMS.test(stem) ? 'legal' : 'party';
    if (x[2] === 'in') {
      if (stem === 'mann') return null;
      cls = 'fem';
      female = true;
    } else {
      cls = 'strong';
      oblique = !!x[2];
    }
  } else if (!digit && (x = WEAK_NOUN.exec(w))) {
    stem = x[1].toLowerCase();
    kind = LEGAL_STEMS.test(stem) ? 'legal' : 'party';
    if (x[2] === 'in') {
      cls = 'fem';
      female = true;
    } else {
      cls = 'weak';
      oblique = !!x[2];
    }
  } else if (w === 'Frau') {
    kind = 'sex';
    cls = 'fem';
    stem = 'frau';
    female = true;
  } else if (w === 'Opfer' || w === 'Opfers') {
    kind = 'legal';
    cls = 'neut';
    stem = 'opfer';
    oblique = w === 'Opfers';
  } else {
    const t = parseTitle(w);
    if (t && !t.counterpart) {
      // titles: "der Politiker", "die SPD-Politikerin", "der Regierungschef" (offices only where no holder of it
      // is named: the role-holder linker has those)
      if (t.key !== 'politiker' && held(t.key)) return null;
      // "der Richter", "den Schiedsrichter", "der Ankläger": a function in the story, seldom the person named before
      if (SOURCE_ROLE.test(t.key)) return null;
      kind = t.key === 'politiker' ? 'politician' : 'office';
      stem = t.key;
      female = t.gender === 'f';
      cls = female ? 'fem' : /(ent|ant|at|et|ist|oge|graf|nom)(en)?$/.test(w) ? 'weak' : 'strong';
      oblique = !female && (cls === 'weak' ? /en$/.test(w) && !/en$/.test(t.title) : /s$/.test(w) && !/s$/.test(t.title));
      if (!female && cls === 'strong' && /n$/.test(w) && !/n$/.test(t.title)) return null; // "den Ministern"
      const d = describe(ws, i, kind, cls, oblique, female, isNameAt);
      if (!d) return null;
      return { ...d, key: t.key, prefix: t.prefix, country: t.country, introKey: t.key };
    }
    const c = lookupDemonym(w);
    if (!c) return null;
    kind = 'nation';
    country = c;
    stem = `nation:${c}`;
    if (/innen$/.test(w)) return null;
    if (/in$/.test(w)) {
      cls = 'fem';
      female = true;
    } else if (/^Deutsch/.test(w)) {
      if (!/(e|en)$/.test(w)) return null;
      cls = 'adj';
      oblique = /en$/.test(w);
    } else if (/er$/.test(w)) {
      cls = 'strong';
    } else if (/e$/.test(w)) {
      cls = 'weak';
    } else if (/en$/.test(w)) {
      cls = 'weak';
      oblique = true;
    } else return null;
  }
  const d = describe(ws, i, kind, cls, oblique, female, isNameAt);
  if (!d) return null;
  const parties = kind === 'party' ? PARTY_FAMILIES[stem] : undefined;
  return { ...d, age, country, parties, introKey: stem };
}

/** Determiner, adjectives and agreement of the noun phrase ending in word i; null where it is no definite singular. */
function describe(ws: Word[], i: number, kind: string, cls: string, oblique: boolean, female: boolean, isNameAt: (offset: number) => boolean): PersonDescription | null {
  let k = i - 1;
  let adjs = 0;
  while (k >= 0 && adjs < 3 && !DETERMINER.test(ws[k].text) && ADJECTIVE.test(ws[k].text)) {
    // "der künftige …", "der zweite …", "das jüngste Opfer" (one of several)
    if (FUTURE_OR_FORMER.test(ws[k].text) || SUPERLATIVE.test(ws[k].text)) return null;
    k--;
    adjs++;
  }
  if (k < 0 || !DETERMINER.test(ws[k].text)) return null;
  let det = ws[k].text.toLowerCase();
  // "zum Präsidenten gewählt", "zum Opfer fallen": what someone becomes, not whom the text meant before
  if (det === 'zum') return null;
  if (det === 'vom' || det === 'beim') det = 'dem';
  const before = k > 0 ? ws[k - 1].text : '';
  // "das Amt des Kulturministers": the office, not its holder
  if (OFFICE_NOUN.test(before)) return null;
  // "einer der Täter", "beide Verdächtigen"; "als der Mann", "wie der Täter" (a comparison, not a reference)
  if (QUANTIFIER.test(before) || PREDICATIVE.test(before)) return null;
  // the genitive plural after a noun: "die Festnahme der Täter"
  const afterNoun = k > 0 && UPPER_START.test(before) && !/^[.!?:;„“"–—(]/.test(before) && k > 1 && !/^[.!?:„“"]$/.test(ws[k - 2].text);
  let gender: 'f' | 'm' | null;
  switch (cls) {
    case 'adj':
      if (det === 'der' && !oblique) gender = 'm';
      else if (det === 'die' && !oblique) gender = 'f';
      else if ((det === 'des' || det === 'dem') && oblique) gender = 'm';
      else if (det === 'den' && oblique && !DATIVE_PREP.test(before)) gender = 'm';
      // "der Verdächtigen": a feminine dative after a preposition ("mit der 55-Jährigen"), else a genitive plural
      else if (det === 'der' && oblique && PREPOSITION.test(before)) gender = 'f';
      else return null;
      break;
    case 'strong':
      if (det === 'der' && !oblique && !afterNoun) gender = 'm';
      else if (det === 'des' && oblique) gender = 'm';
      else if ((det === 'dem' || det === 'den') && !oblique) gender = 'm';
      else return null;
      break;
    case 'weak':
      if (det === 'der' && !oblique) gender = 'm';
      else if ((det === 'des' || det === 'dem') && oblique) gender = 'm';
      else if (det === 'den' && oblique && !DATIVE_PREP.test(before)) gender = 'm';
      else return null;
      break;
    case 'fem':
      if (det === 'die' || (det === 'der' && !(afterNoun && !female))) gender = 'f';
      else return null;
      break;
    default: // neuter "das Opfer": either sex
      if ((det === 'das' || det === 'dem') && !oblique) gender = null;
      else if (det === 'des' && oblique) gender = null;
      else return null;
  }
  const next = ws[i + 1];
  // "der Mann der Ministerin", "das Opfer des Anschlags", "der Präsident von X": another person or office
  if (next && /^(des|der|von|vom)$/.test(next.text)) return null;
  // "zum Mann mit dem Hut": a modifier that singles out someone not named yet
  if (next && /^(mit|ohne)$/.test(next.text)) return null;
  // "Der Mann, der nicht X sein wollte, …": a relative clause that singles someone out
  if (next?.text === ',' && ws[i + 2] && /^(der|die|dem|den|dessen|deren)$/.test(ws[i + 2].text)) return null;
  // "dass man der Tourismuskaiser sei": a predicate noun
  if (next && /^(sei|ist|war|wäre|sind|seien|bleibt|blieb|bleibe|wird|wurde|werde)\.?$/.test(next.text) && (next.text.endsWith('.') || !ws[i + 2] || /^[.,;:!?–]$/.test(ws[i + 2].text))) return null;
  // "der Sozialdemokrat Theodor Körner", "der 52-Jährige Hans Berger": an apposition before a name
  // (a capitalised noun after it is an object: "sollte der Mann Berufung einlegen")
  if (next && UPPER_START.test(next.text) && (isNameAt(next.start) || (ws[i + 2] && UPPER_START.test(ws[i + 2].text)) || ws[i + 2]?.text === '(')) return null;
  if (next && next.text === ',' && ws[i + 2] && UPPER_START.test(ws[i + 2].text) && /^\p{Lu}\p{Ll}+$/u.test(ws[i + 2].text) && ws[i + 3] && UPPER_START.test(ws[i + 3].text)) return null;
  return { start: ws[k].start, end: ws[i].end, kind, gender, introKey: '' };
}

/** The key of a person noun for matching an indefinite introduction ("einen Tatverdächtigen" … "der Verdächtige"). */
function introStem(w: string): string {
  return w.toLowerCase().replace(/(innen|in|e[nrs]?|s)$/, '').replace(/^(tat|haupt)(?=.{4})/, '');
}

const PERSON_WORD = /(mann|männer|frau|kind|junge|mädchen|person|mensch|häftling|flüchtling|polizist|beamte[rn]?|bewohner|zeuge|zeugin|opfer|täter|verdächtige[rn]?|angeklagte[rn]?|beschuldigte[rn]?|jugendliche[rn]?|bruder|vater|mutter|tochter|sohn|schwester|nachbar|nachbarin)$/i;

/** A noun for a person ("einen Schubhäftling", "ein Passant", "eine Touristin"). */
function personWord(w: string): boolean {
  return PERSON_WORD.test(w) || !!personNounKey(w) || !!parseTitle(w) || !!readNounOnly(w);
}

/** Group of a person noun for competing descriptions: legal (Täter, Verdächtige, Opfer …) or person (Mann, Frau, 30-Jährige). */
function groupOf(w: string): string | null {
  if (/^(Mann|Mannes|Männer|Männern|Frau|Frauen)$/.test(w) || /^\d{1,3}-Jährige[nr]?$/.test(w)) return 'person';
  const l = w.toLowerCase();
  if (/^(tat|haupt)?(verdächtig|angeklagt|beschuldigt|festgenommen|inhaftiert|verhaftet|verurteilt)(e[nr]?)$/.test(l)) return 'legal';
  if (/^(haupt|mit)?(täter|attentäter|selbstmordattentäter|mörder|entführer|amokläufer|angreifer|schütze|todesschütze)(s|n|in|innen)?$/.test(l)) return 'legal';
  return null;
}

/** Whether the noun is one of this module's person nouns. */
function readNounOnly(w: string): boolean {
  return AGE_NOUN.test(w) || ADJ_NOUN.test(w) || STRONG_NOUN.test(w) || WEAK_NOUN.test(w);
}

/** Offset `at` of sentence `s` lies inside quotation marks, or the sentence is an interview turn ("Name: …"). */
function quoted(doc: Doc, s: number, at: number): boolean {
  const sent = doc.text.slice(doc.sentences[s].start, at);
  if (/^\s*\p{Lu}[\p{L}.\- ]{0,40}:\s/u.test(sent)) return true;
  let open = 0;
  for (const ch of sent) {
    if (ch === '„' || ch === '»') open++;
    else if ((ch === '“' || ch === '«') && open > 0) open--;
  }
  return open > 0;
}

/** Name tokens of a person mention: a one-word name without known sex is often no person (a band, a storm). */
function multiWord(p: ResolvedEntity): boolean {
  return p.mentions.some((m) => m.form === 'name' && /\s/.test(m.text.trim()));
}

const MALE_BEFORE = /\b(Mann|Herrn?|Sohn|Bruder|Vater|Ehemann|Jährige[nr]?|jährige[nr]?\s+Mann)\s+(namens\s+)?$/;
const FEMALE_BEFORE = /\b(Frau|Tochter|Schwester|Mutter|Ehefrau)\s+(namens\s+)?$/;

/** A person's sex: the entity's, else a noun right before a name ("der Mann namens Iliass K.", "Frau X"). */
function sexOf(doc: Doc, p: ResolvedEntity): 'f' | 'm' | null {
  if (p.gender) return p.gender;
  for (const m of p.mentions) {
    if (m.form !== 'name') continue;
    const before = doc.text.slice(Math.max(0, m.start - 30), m.start);
    if (MALE_BEFORE.test(before) && !/\bFrau\s+$/.test(before)) return 'm';
    if (FEMALE_BEFORE.test(before)) return 'f';
  }
  return null;
}

/** Party abbreviations (not "EU-", "US-", "UN-"): those of the families above, and others of European news. */
const OTHER_PARTY = /^(Grüne|Grünen|Neos|AfD|Linke|PiS|PO|Fidesz|Jobbik|AKP|CHP|HDP|MHP|SNP|UKIP|ANO|ČSSD|CSSD|SMER|Syriza|SYRIZA|Podemos|Ciudadanos|M5S|Lega|FN|RN|PVV|VVD|SVP|BDP|GLP|PDS|KPÖ|Team Stronach|Liste Pilz)$/;
function isParty(x: string): boolean {
  return OTHER_PARTY.test(x) || Object.values(PARTY_FAMILIES).some((re) => re.test(x));
}

/** Party abbreviations a person is tied to: "(SPÖ)" after the name, "SPD-Politiker", "ÖVP-Chef". */
function partiesOf(p: ResolvedEntity): string[] {
  const out: string[] = [];
  if (p.affiliation && isParty(p.affiliation.name)) out.push(p.affiliation.name);
  for (const r of p.roles as KeyedRole[]) if (r.prefix && isParty(r.prefix)) out.push(r.prefix);
  return out;
}

interface Compat {
  ok: boolean;
  positive: boolean;
  /** Not the referent, but close enough to make the description ambiguous (another office, whose title may be a synonym). */
  blocks?: boolean;
}

/** Whether person p may be the referent of d, and whether the text positively says so. */
function compatible(d: PersonDescription, p: ResolvedEntity, sex: 'f' | 'm' | null, source: boolean, ages: ReadonlySet<number>, keyMatch: (a: string, b: string) => boolean): Compat {
  const no = { ok: false, positive: false };
  if (d.gender && sex && d.gender !== sex) return no;
  // a name without known sex, in one word or named once, is often no person (a band, a club, a storm); for a title
  // it still makes the description ambiguous (it may be a holder of that office)
  if (!sex && (!multiWord(p) || p.mentions.filter((m) => m.form === 'name').length < 2)) return d.kind === 'office' ? { ok: false, positive: false, blocks: true } : no;
  const roles = p.roles as KeyedRole[];
  if ((d.kind === 'age' || d.kind === 'sex') && (roles.some((r) => r.key && SOURCE_ROLE.test(r.key)) || source)) return no;
  if ((d.kind === 'legal' || d.kind === 'politician') && (roles.some((r) => r.key && COURT_ROLE.test(r.key)) || source)) return no;
  switch (d.kind) {
    case 'age':
      if (ages.size && !ages.has(d.age!)) return no;
      return { ok: true, positive: ages.has(d.age!) };
    case 'party': {
      const parties = partiesOf(p);
      if (!d.parties || !parties.length) return { ok: true, positive: false };
      const fits = parties.some((x) => d.parties!.test(x));
      return fits ? { ok: true, positive: true } : no;
    }
    case 'nation': {
      // only a person the text gave this country before (sports reports name many of unknown nationality; "der
      // Portugiese" before "den Portugiesen X" is someone else)
      return roles.some((r) => r.country === d.country && r.span.start < d.start) ? { ok: true, positive: true } : no;
    }
    case 'office': {
      // a masculine title also names offices generically ("der Kommissar" for whoever holds it): it needs a person
      // whose sex the text gave
      if (!sex) return { ok: false, positive: false, blocks: true };
      // a person with roles none of which is this office holds another one
      const keyed = roles.filter((r) => r.key && !r.counterpart);
      if (keyed.some((r) => keyMatch(d.key!, r.key!))) return { ok: true, positive: true };
      if (keyed.length) return { ok: false, positive: false, blocks: true };
      const c = p.country;
      if (d.country && c && c !== d.country) return no;
      return { ok: true, positive: false };
    }
    case 'politician': {
      // "SPD-Politikerin" names a party; "Ex-Politiker", "Spitzenpolitiker" do not
      if (d.prefix && isParty(d.prefix)) {
        const parties = partiesOf(p);
        if (parties.length && !parties.some((x) => fold(x) === fold(d.prefix!))) return no;
        if (parties.length) return { ok: true, positive: true };
      }
      return { ok: true, positive: roles.some((r) => r.key === 'politiker') };
    }
    default:
      return { ok: true, positive: false };
  }
}

/** Whether the mention at `start` stands in a prepositional phrase ("gegen Philipp Kohlschreiber", "laut Gruber"). */
function inPrepPhrase(doc: Doc, start: number): boolean {
  const before = doc.text.slice(Math.max(0, start - 100), start);
  const ws = words(before);
  let k = ws.length - 1;
  let skipped = 0;
  // back over article, adjectives and title, and over earlier conjuncts ("mit X und Y")
  while (k >= 0 && skipped < 10 && !PREPOSITION.test(ws[k].text)) {
    const w = ws[k].text;
    if (!(DETERMINER.test(w) || ADJECTIVE.test(w) || UPPER_START.test(w) || /^(und|sowie|oder|[,()]|\d+\.?)$/.test(w))) break;
    if (UPPER_START.test(w) && k > 0 && /^[.!?:;]$/.test(ws[k - 1].text)) break;
    k--;
    skipped++;
  }
  return k >= 0 && PREPOSITION.test(ws[k].text);
}

/**
 * Links the definite person descriptions cluster.ts's linkers left alone to the most salient compatible
 * person named before them (see the module comment). `keyMatch` tells whether two office keys name the same office;
 * `statedAges` gives the ages the text states for a person.
 */
export function linkPersonDescriptions(
  doc: Doc,
  entities: ResolvedEntity[],
  keyMatch: (a: string, b: string) => boolean,
  statedAges: (p: ResolvedEntity) => Set<number>,
): void {
  const persons = entities.filter((e) => e.type === 'PER');
  if (!persons.length || !doc.sentences.length) return;
  const taken: Array<[number, number]> = [];
  for (const e of entities) {
    for (const m of e.mentions) taken.push([m.start, m.end]);
    for (const d of e.descriptions ?? []) taken.push([d.start, d.end]);
    for (const r of e.roles ?? []) taken.push([r.span.start, r.span.end]);
  }
  const nameStarts = new Set<number>();
  for (const e of entities) for (const m of e.mentions) nameStarts.add(m.start);
  const isNameAt = (o: number) => nameStarts.has(o);
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  // an office some person holds is the role-holder linker's (cluster.ts), linked there or left as ambiguous
  const heldMemo = new Map<string, boolean>();
  const held = (key: string): boolean => {
    let h = heldMemo.get(key);
    if (h === undefined) {
      h = persons.some((p) => (p.roles as KeyedRole[]).some((r) => r.key && !r.counterpart && keyMatch(key, r.key)));
      heldMemo.set(key, h);
    }
    return h;
  };
  // (per person, computed when a description first asks)
  const lazy = <T>(f: (p: ResolvedEntity) => T) => {
    const memo = new Map<ResolvedEntity, T>();
    return { get: (p: ResolvedEntity): T => (memo.has(p) ? memo.get(p)! : (memo.set(p, f(p)), memo.get(p)!)) };
  };
  const ages = lazy(statedAges);
  const sexes = lazy((p) => sexOf(doc, p));
  const sources = lazy((p) => p.mentions.some((m) => m.form === 'name' && SOURCE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 40), m.start))));
  // indefinite introductions ("ein 31-jähriger Mann", "einen Verdächtigen"): a later "der Mann" means that person
  const intros: Array<[string, number]> = [];
  const introsOfPersons: number[] = [];
  const definites: Array<[string, number]> = [];
  const found: PersonDescription[] = [];
  // the descriptions first: most texts have none, and then the introductions and definites below are not needed
  const sentenceWords: Word[][] = [];
  for (const s of doc.sentences) {
    const ws = words(doc.text.slice(s.start, s.end), s.start);
    sentenceWords.push(ws);
    // index of the last determiner: a description has one at most four words before its noun
    let lastDet = -10;
    for (let i = 0; i < ws.length; i++) {
      if (isDeterminer(ws[i].text)) lastDet = i;
      else if (i - lastDet <= 4) {
        const d = readDescription(ws, i, held, isNameAt);
        if (d && !overlaps(d.start, d.end)) found.push(d);
      }
    }
  }
  if (!found.length) return;
  for (let si = 0; si < sentenceWords.length; si++) {
    const ws = sentenceWords[si];
    for (let i = 0; i < ws.length; i++) {
      const isDet = isDeterminer(ws[i].text);
      const isIndef = !isDet && isIndefinite(ws[i].text);
      // (the headline's "Ein 31-jähriger Polizist soll einer 42-Jährigen …" announces people the text then names)
      if (si > 0 && isIndef) {
        for (let j = i + 1; j <= i + 4 && j < ws.length; j++) {
          const t = ws[j].text;
          if (/^\d{1,3}-[Jj]ährige[nr]?$/.test(t)) {
            intros.push(['age', ws[i].start]);
            introsOfPersons.push(ws[i].start);
            if (t.includes('J')) break;
            continue;
          }
          if (!UPPER_START.test(t)) continue;
          const c = lookupDemonym(t);
          intros.push([c ? `nation:${c}` : introStem(t), ws[i].start]);
          if (c || personWord(t)) introsOfPersons.push(ws[i].start);
          if (/^(Mann|Männ|Frau)/.test(t)) intros.push([t.startsWith('Frau') ? 'frau' : 'mann', ws[i].start]);
          break;
        }
      }
      // every definite person noun phrase of these kinds, singular or not, linked or not ("des mutmaßlichen dritten
      // Täters"): between a candidate's last mention and a description of the same group it makes the link ambiguous
      if (isDet || isIndef) {
        for (let j = i + 1; j <= i + 4 && j < ws.length; j++) {
          const t = ws[j].text;
          const c = t.charCodeAt(0);
          const g = c < 0x61 ? groupOf(t) : null; // capitals and digits only
          if (!g && c >= 0x61 && c <= 0x7a) continue;
          if (g) definites.push([g, ws[i].start]);
          if (g || UPPER_START.test(t) || /^[,.;:!?]$/.test(t)) break;
        }
      }
    }
  }
  if (!found.length) return;
  for (const d of found) {
    const sd = sentenceAt(doc, d.start);
    if (sd < 0) continue;
    // in direct speech or an interview answer a description is the speaker's ("X: Der Populist verspricht …")
    if (quoted(doc, sd, d.start)) continue;
    // an unnamed person of this kind introduced before ("Ein Mann … Der Mann …")
    const ik = d.introKey === 'age' || d.introKey === 'mann' || d.introKey === 'frau' || d.kind === 'nation' ? d.introKey : introStem(d.introKey);
    if (intros.some(([k, at]) => at < d.start && k === ik)) continue;
    type Cand = { p: ResolvedEntity; last: number; lastSentence: number; pp: boolean; positive: boolean; ok: boolean };
    const cands: Cand[] = [];
    for (const p of persons) {
      let last = -1;
      for (const m of p.mentions) if (m.start < d.start && m.start > last) last = m.start;
      for (const m of p.descriptions ?? []) if (m.start < d.start && m.start > last) last = m.start;
      if (last < 0) continue;
      const ls = sentenceAt(doc, last);
      if (ls < sd - 3) continue;
      const c = compatible(d, p, sexes.get(p)!, sources.get(p)!, ages.get(p)!, keyMatch);
      if (!c.ok && !c.blocks) continue;
      cands.push({ p, last, lastSentence: ls, pp: inPrepPhrase(doc, last), positive: c.positive, ok: c.ok });
    }
    if (!cands.some((c) => c.ok)) {
      // nobody in reach: the person the story is about ("Der 29-Jährige …" five sentences after the last "Kurz"), one
      // named at least three times and twice as often as any other compatible person, with no unnamed person
      // introduced since
      // (not for victims: a crime report is about the offender; not for offices and nationalities)
      if (d.kind === 'office' || d.kind === 'nation' || /^(opfer|getötet|ermordet|verstorben|entführt)$/.test(d.introKey)) continue;
      const counted: Array<[ResolvedEntity, number, number]> = [];
      for (const p of persons) {
        let n = 0;
        let last = -1;
        for (const m of p.mentions) if (m.form === 'name' && m.start < d.start) { n++; last = Math.max(last, m.start); }
        for (const m of p.descriptions ?? []) if (m.start < d.start) last = Math.max(last, m.start);
        if (n && compatible(d, p, sexes.get(p)!, sources.get(p)!, ages.get(p)!, keyMatch).ok) counted.push([p, n, last]);
      }
      counted.sort((a, b) => b[1] - a[1]);
      const [first, next] = counted;
      if (!first || first[1] < 3 || (next && first[1] < 2 * next[1])) continue;
      if (introsOfPersons.some((at) => at > first[2] && at < d.start)) continue;
      (first[0].descriptions ??= []).push({ start: d.start, end: d.end, text: doc.text.slice(d.start, d.end) });
      taken.push([d.start, d.end]);
      continue;
    }
    let target: Cand | null = null;
    const positives = cands.filter((c) => c.positive);
    // a stated age or a country decides; a party only where no other compatible person was named since
    if (positives.length === 1 && (d.kind === 'age' || d.kind === 'nation' || !cands.some((c) => c.ok && !c.positive && c.lastSentence > positives[0].lastSentence))) target = positives[0];
    else if (positives.length === 0) {
      cands.sort((a, b) => b.lastSentence - a.lastSentence || Number(a.pp) - Number(b.pp));
      const [top, second] = cands;
      if (!second) target = top;
      else if (top.lastSentence > second.lastSentence && !(top.pp && second.lastSentence >= sd - 2)) target = top;
      else if (top.lastSentence === second.lastSentence && !top.pp && second.pp && !cands.slice(1).some((c) => c.lastSentence === top.lastSentence && !c.pp)) target = top;
      if (target && !target.ok) target = null;
      // an unnamed person introduced after the candidate was last named ("… Hans K. … Ein Passant … Der Mann …")
      if (target && introsOfPersons.some((at) => at > target!.last && at < d.start)) target = null;
      const g = groupOf(doc.text.slice(d.start, d.end).split(/\s+/).pop()!);
      if (target && g && definites.some(([k, at]) => k === g && at > target!.last && at < d.start)) target = null;
    }
    if (!target) continue;
    // the same clause: "Merkel lobte die Kanzlerin" is about someone else
    if (target.lastSentence === sd && !CLAUSE_BREAK.test(doc.text.slice(target.last, d.start))) continue;
    (target.p.descriptions ??= []).push({ start: d.start, end: d.end, text: doc.text.slice(d.start, d.end) });
    taken.push([d.start, d.end]);
  }
}
