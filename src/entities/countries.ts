/**
 * Country gazetteer: ISO 3166 alpha-3 ids, German and English names and exonyms (i18n-iso-countries plus
 * common forms it lacks), nationality adjectives with German inflection (i18n-nationality plus additions)
 * and demonym nouns ("Russen", "Amerikaner").
 */
import { createRequire } from 'node:module';
import { fold } from './text.ts';

const require = createRequire(import.meta.url);

type NameTable = Record<string, string | string[]>;
const CODES = require('i18n-iso-countries/codes.json') as Array<[string, string, string, string]>;
const DE = (require('i18n-iso-countries/langs/de.json') as { countries: NameTable }).countries;
const EN = (require('i18n-iso-countries/langs/en.json') as { countries: NameTable }).countries;
const NAT_DE = (require('i18n-nationality/langs/de.json') as { nationalities: Record<string, string> }).nationalities;

export const ALPHA2_TO_3 = new Map(CODES.map(([a2, a3]) => [a2, a3]));

export interface Country {
  /** ISO 3166 alpha-3. */
  id: string;
  /** Preferred German name. */
  name: string;
  names: string[];
  /** Adjective base forms, lower case ("russisch"). */
  adjectives: string[];
}

/** Names i18n-iso-countries lacks or words differently (German news usage first). */
const EXTRA_NAMES: Record<string, string[]> = {
  CHN: ['China', 'Volksrepublik China', 'VR China'],
  USA: ['USA', 'Amerika', 'US', 'U.S.', 'Vereinigte Staaten', 'Vereinigten Staaten', 'Vereinigten Staaten von Amerika', 'America'],
  GBR: ['Großbritannien', 'Vereinigtes Königreich', 'Vereinigten Königreich', 'England', 'Britannien', 'UK', 'Britain'],
  RUS: ['Russland', 'Russische Föderation', 'Russischen Föderation', 'Russia'],
  SYR: ['Syrien', 'Syria'],
  KOR: ['Südkorea', 'Republik Korea'],
  PRK: ['Nordkorea', 'Demokratische Volksrepublik Korea'],
  CZE: ['Tschechien', 'Tschechische Republik', 'Tschechischen Republik'],
  BLR: ['Weißrussland', 'Belarus'],
  MDA: ['Moldau', 'Moldawien', 'Republik Moldau'],
  MKD: ['Mazedonien', 'Nordmazedonien'],
  VAT: ['Vatikan', 'Heiliger Stuhl', 'Heiligen Stuhl'],
  PSE: ['Palästina', 'Palästinensische Gebiete', 'Palästinensergebiete'],
  COD: ['Kongo', 'Demokratische Republik Kongo', 'DR Kongo'],
  IRN: ['Iran', 'Persien'],
  TUR: ['Türkei', 'Turkey', 'Türkiye'],
  NLD: ['Niederlande', 'Holland'],
  ARE: ['Vereinigte Arabische Emirate', 'Vereinigten Arabischen Emirate', 'VAE'],
  SAU: ['Saudi-Arabien', 'Saudiarabien'],
  CIV: ['Elfenbeinküste', 'Côte d’Ivoire', "Côte d'Ivoire"],
  MMR: ['Myanmar', 'Burma', 'Birma'],
  LAO: ['Laos'],
  VNM: ['Vietnam'],
  DEU: ['Deutschland', 'BRD', 'Bundesrepublik', 'Bundesrepublik Deutschland'],
  AUT: ['Österreich', 'Republik Österreich'],
  CHE: ['Schweiz', 'Eidgenossenschaft', 'der Schweiz'],
  BIH: ['Bosnien', 'Bosnien-Herzegowina', 'Bosnien und Herzegowina'],
  TWN: ['Taiwan'],
  ISR: ['Israel'],
  XKX: ['Kosovo'],
  SUN: ['Sowjetunion', 'UdSSR', 'Sowjet', 'Soviet Union'],
  CSK: ['Tschechoslowakei', 'ČSSR', 'CSSR'],
  YUG: ['Jugoslawien'],
  DDR: ['DDR', 'Deutsche Demokratische Republik'],
};

/** Adjective base forms missing from or differing in i18n-nationality (lower case). */
const EXTRA_ADJECTIVES: Record<string, string[]> = {
  USA: ['amerikanisch', 'us-amerikanisch'],
  GBR: ['britisch', 'englisch'],
  RUS: ['russisch'],
  BLR: ['weißrussisch', 'belarussisch', 'belarusisch'],
  PSE: ['palästinensisch'],
  SAU: ['saudisch', 'saudi-arabisch'],
  COD: ['kongolesisch'],
  DOM: ['dominikanisch'],
  NER: ['nigrisch'],
  NGA: ['nigerianisch'],
  ARE: ['emiratisch'],
  XKX: ['kosovarisch', 'kosovo-albanisch'],
  MKD: ['mazedonisch', 'nordmazedonisch'],
  MDA: ['moldauisch', 'moldawisch'],
  CZE: ['tschechisch'],
  NLD: ['niederländisch', 'holländisch'],
  CHE: ['schweizerisch', 'eidgenössisch'],
  TWN: ['taiwanisch', 'taiwanesisch'],
  VNM: ['vietnamesisch'],
  KOR: ['südkoreanisch'],
  PRK: ['nordkoreanisch'],
  IRN: ['iranisch', 'persisch'],
  DEU: ['deutsch', 'bundesdeutsch'],
  AUT: ['österreichisch'],
  BIH: ['bosnisch'],
  LKA: ['sri-lankisch'],
  CRI: ['costa-ricanisch'],
  CAF: ['zentralafrikanisch'],
  SUN: ['sowjetisch'],
  CSK: ['tschechoslowakisch'],
  YUG: ['jugoslawisch'],
};

/** Demonym nouns (all inflected forms listed) → alpha-3. */
const DEMONYMS: Record<string, string[]> = {
  RUS: ['Russe', 'Russen', 'Russin', 'Russinnen'],
  CHN: ['Chinese', 'Chinesen', 'Chinesin', 'Chinesinnen'],
  USA: ['Amerikaner', 'Amerikanern', 'Amerikanerin', 'Amerikanerinnen', 'US-Amerikaner', 'US-Amerikanern', 'US-Amerikanerin'],
  DEU: ['Deutsche', 'Deutschen', 'Deutscher'],
  AUT: ['Österreicher', 'Österreichern', 'Österreicherin', 'Österreicherinnen'],
  CHE: ['Schweizer', 'Schweizern', 'Schweizerin', 'Schweizerinnen'],
  UKR: ['Ukrainer', 'Ukrainern', 'Ukrainerin', 'Ukrainerinnen'],
  FRA: ['Franzose', 'Franzosen', 'Französin', 'Französinnen'],
  GBR: ['Brite', 'Briten', 'Britin', 'Britinnen', 'Engländer', 'Engländern'],
  TUR: ['Türke', 'Türken', 'Türkin', 'Türkinnen'],
  ISR: ['Israeli', 'Israelis'],
  PSE: ['Palästinenser', 'Palästinensern', 'Palästinenserin'],
  SYR: ['Syrer', 'Syrern', 'Syrerin', 'Syrerinnen'],
  IRN: ['Iraner', 'Iranern', 'Iranerin'],
  IRQ: ['Iraker', 'Irakern', 'Irakerin'],
  AFG: ['Afghane', 'Afghanen', 'Afghanin', 'Afghaninnen'],
  ITA: ['Italiener', 'Italienern', 'Italienerin'],
  ESP: ['Spanier', 'Spaniern', 'Spanierin'],
  GRC: ['Grieche', 'Griechen', 'Griechin'],
  POL: ['Pole', 'Polin', 'Polinnen'],
  HUN: ['Ungar', 'Ungarin'],
  SRB: ['Serbe', 'Serben', 'Serbin'],
  HRV: ['Kroate', 'Kroaten', 'Kroatin'],
  CZE: ['Tscheche', 'Tschechen', 'Tschechin'],
  SVK: ['Slowake', 'Slowaken', 'Slowakin'],
  JPN: ['Japaner', 'Japanern', 'Japanerin'],
  IND: ['Inder', 'Indern', 'Inderin'],
  NLD: ['Niederländer', 'Niederländern', 'Holländer'],
  BEL: ['Belgier', 'Belgiern'],
  SWE: ['Schwede', 'Schweden', 'Schwedin'],
  NOR: ['Norweger', 'Norwegern', 'Norwegerin'],
  DNK: ['Däne', 'Dänen', 'Dänin'],
  FIN: ['Finne', 'Finnen', 'Finnin'],
  EGY: ['Ägypter', 'Ägyptern', 'Ägypterin'],
  SAU: ['Saudi', 'Saudis'],
  LBN: ['Libanese', 'Libanesen', 'Libanesin'],
  KOR: ['Südkoreaner', 'Südkoreanern'],
  PRK: ['Nordkoreaner', 'Nordkoreanern'],
  MEX: ['Mexikaner', 'Mexikanern'],
  BRA: ['Brasilianer', 'Brasilianern', 'Brasilianerin'],
  CAN: ['Kanadier', 'Kanadiern', 'Kanadierin'],
  AUS: ['Australier', 'Australiern'],
  BLR: ['Weißrusse', 'Weißrussen', 'Belarusse', 'Belarussen'],
  ROU: ['Rumäne', 'Rumänen', 'Rumänin'],
  BGR: ['Bulgare', 'Bulgaren', 'Bulgarin'],
  SVN: ['Slowene', 'Slowenen', 'Slowenin'],
  PRT: ['Portugiese', 'Portugiesen', 'Portugiesin'],
  IRL: ['Ire', 'Iren', 'Irin'],
  LBY: ['Libyer', 'Libyern'],
  TUN: ['Tunesier', 'Tunesiern'],
  MAR: ['Marokkaner', 'Marokkanern'],
  DZA: ['Algerier', 'Algeriern'],
  NGA: ['Nigerianer', 'Nigerianern'],
  XKX: ['Kosovare', 'Kosovaren', 'Kosovarin'],
  BIH: ['Bosnier', 'Bosniern', 'Bosnierin'],
  GEO: ['Georgier', 'Georgiern'],
  ARM: ['Armenier', 'Armeniern'],
  AZE: ['Aserbaidschaner', 'Aserbaidschanern'],
  KAZ: ['Kasache', 'Kasachen'],
  PAK: ['Pakistaner', 'Pakistanern', 'Pakistani'],
  VNM: ['Vietnamese', 'Vietnamesen'],
  TWN: ['Taiwaner', 'Taiwanern', 'Taiwanese', 'Taiwanesen'],
};

function list(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

const COUNTRIES = new Map<string, Country>();
/** folded name → alpha-3 */
const BY_NAME = new Map<string, string>();
/** folded adjective base → alpha-3 */
const BY_ADJECTIVE = new Map<string, string>();
/** folded demonym form → alpha-3 */
const BY_DEMONYM = new Map<string, string>();

function addName(id: string, name: string, override = false): void {
  const key = fold(name);
  if (!key) return;
  if (override || !BY_NAME.has(key)) BY_NAME.set(key, id);
  const c = COUNTRIES.get(id);
  if (c && !c.names.includes(name)) c.names.push(name);
}

function addAdjective(id: string, adj: string, override = false): void {
  const key = fold(adj);
  if (override || !BY_ADJECTIVE.has(key)) BY_ADJECTIVE.set(key, id);
  const c = COUNTRIES.get(id);
  if (c && !c.adjectives.includes(adj.toLowerCase())) c.adjectives.push(adj.toLowerCase());
}

for (const [a2, a3] of ALPHA2_TO_3) {
  const de = list(DE[a2]);
  const en = list(EN[a2]);
  if (!de.length && !en.length) continue;
  // German short form: prefer the last listed variant (i18n-iso-countries lists the official form first).
  const name = de.length ? (de.length > 1 ? de[de.length - 1] : de[0]) : en[0];
  COUNTRIES.set(a3, { id: a3, name: name.replace(/,.*$/, ''), names: [], adjectives: [] });
  for (const n of [...de, ...en]) {
    addName(a3, n);
    if (n.includes(',')) addName(a3, n.replace(/,.*$/, ''));
  }
}
// Kosovo has no official ISO code; XKX is the common user-assigned one.
if (!COUNTRIES.has('XKX')) COUNTRIES.set('XKX', { id: 'XKX', name: 'Kosovo', names: [], adjectives: [] });
// Former states keep their ISO 3166-3 alpha-3 codes.
for (const [id, name] of [['SUN', 'Sowjetunion'], ['CSK', 'Tschechoslowakei'], ['YUG', 'Jugoslawien'], ['DDR', 'DDR']] as const) {
  COUNTRIES.set(id, { id, name, names: [], adjectives: [] });
}
for (const [id, names] of Object.entries(EXTRA_NAMES)) {
  const c = COUNTRIES.get(id);
  if (c) c.name = names[0];
  for (const n of names) addName(id, n, true);
}
for (const [a2, adj] of Object.entries(NAT_DE)) {
  const a3 = ALPHA2_TO_3.get(a2);
  if (!a3 || /[()\s]/.test(adj) || !/sch$/.test(adj)) continue;
  addAdjective(a3, adj);
}
for (const [id, adjs] of Object.entries(EXTRA_ADJECTIVES)) for (const a of adjs) addAdjective(id, a, true);
for (const [id, forms] of Object.entries(DEMONYMS)) for (const f of forms) BY_DEMONYM.set(fold(f), id);

/**
 * Shapes of the demonym keys for lookupDemonym's test before the fold: the last three characters of every key that
 * ends in three ASCII letters, with (DEMONYM_SHAPES) and without (DEMONYM_TAILS) its first character.
 */
const tail3 = (a: number, b: number, c: number): number => a * 0x4000 + b * 0x80 + c;
const DEMONYM_TAILS = new Set<number>();
const DEMONYM_SHAPES = new Set<number>();
for (const k of BY_DEMONYM.keys()) {
  const n = k.length;
  if (n < 3) continue;
  const a = k.charCodeAt(n - 3);
  const b = k.charCodeAt(n - 2);
  const c = k.charCodeAt(n - 1);
  if (asciiLower(a) !== a || asciiLower(b) !== b || asciiLower(c) !== c) continue;
  DEMONYM_TAILS.add(tail3(a, b, c));
  DEMONYM_SHAPES.add(k.charCodeAt(0) * 0x200000 + tail3(a, b, c));
}
/** An ASCII letter's code in lower case, or -1. */
function asciiLower(c: number): number {
  return c >= 97 && c <= 122 ? c : c >= 65 && c <= 90 ? c + 32 : -1;
}

export function countryById(id: string): Country | undefined {
  return COUNTRIES.get(id);
}

export function allCountries(): Country[] {
  return [...COUNTRIES.values()];
}

/**
 * Country named by `name` ("Russland", "Russlands", "USA", "Volksrepublik China"), or null.
 * German genitive -s is accepted when the stem is a known name.
 */
export function lookupCountry(name: string): string | null {
  const key = fold(name.trim());
  const hit = BY_NAME.get(key);
  if (hit) return hit;
  // dative plural: "den Niederlanden"
  if (/en$/.test(key) && BY_NAME.has(key.slice(0, -1))) return BY_NAME.get(key.slice(0, -1))!;
  if (/s$/.test(key)) {
    const stem = BY_NAME.get(key.slice(0, -1));
    if (stem) return stem;
  }
  // Articles in front: "die Ukraine", "der Türkei", "den USA"
  const m = /^(?:die|der|den|dem|des)\s+(.+)$/.exec(key);
  if (m) return BY_NAME.get(m[1]) ?? null;
  return null;
}

const ADJ_ENDING = /(?:e|en|er|es|em)$/;

/**
 * Country of a nationality adjective in any inflected form ("russische", "chinesischen",
 * "US-amerikanischer", "prorussischen", "russisch-chinesischen" → first part), or null.
 */
export function lookupAdjective(word: string): string | null {
  let w = fold(word.trim());
  if (!w) return null;
  const base = adjectiveBase;
  const direct = base(w);
  if (direct) return direct;
  // compounds: "russisch-chinesischen" → russisch; "pro-russischen", "prorussischen", "antiamerikanische"
  const parts = w.split('-');
  if (parts.length > 1) {
    for (const p of parts) {
      const hit = base(p);
      if (hit) return hit;
    }
  }
  const pre = /^(pro|anti|exil|nicht|gesamt|ost|west|nord|süd|sud|zentral|mittel|latein)-?(.+)$/.exec(w);
  // continents and regions: "südamerikanisch", "lateinamerikanisch", "nordafrikanisch" name no country
  if (pre && /^(ost|west|nord|süd|sud|zentral|mittel|latein)$/.test(pre[1]) && /^(amerikanisch|afrikanisch|asiatisch|europäisch|europaisch)/.test(pre[2])) return null;
  if (pre) {
    w = pre[2];
    return base(w);
  }
  return null;
}

/**
 * Country of a folded adjective as it is or without its ending, or null (a module function: tsx gives a named
 * closure a `__name` call each time it is created, here once per lookupAdjective call).
 */
function adjectiveBase(s: string): string | null {
  if (BY_ADJECTIVE.has(s)) return BY_ADJECTIVE.get(s)!;
  const stripped = s.replace(ADJ_ENDING, '');
  if (stripped !== s && BY_ADJECTIVE.has(stripped)) return BY_ADJECTIVE.get(stripped)!;
  return null;
}

/** The demonym nouns as listed (exact surface forms, "Algerier", "Syrern"), for a scan without folding each word. */
const DEMONYM_FORMS = new Map<string, string>();
for (const [id, forms] of Object.entries(DEMONYMS)) for (const f of forms) DEMONYM_FORMS.set(f, id);
/** Country of a demonym noun written as listed (exact, capitalised), or null. */
export function demonymCountry(word: string): string | null {
  return DEMONYM_FORMS.get(word) ?? null;
}

/** Country of a demonym noun ("Russen", "Amerikanerin"), or null. */
export function lookupDemonym(word: string): string | null {
  // a word ending in three ASCII letters has them, lower-cased, at the end of its fold (NFKD leaves them, nothing
  // removed or replaced is one, NFC composes none with a character before): no key ends so, no demonym. This spares
  // the fold cache the many capitalised words person-descriptions.ts asks about.
  // (and one that starts with an ASCII letter has it, lower-cased, at the start of its fold)
  const n = word.length;
  if (n >= 3) {
    const a = asciiLower(word.charCodeAt(n - 3));
    const b = asciiLower(word.charCodeAt(n - 2));
    const c = asciiLower(word.charCodeAt(n - 1));
    if (a >= 0 && b >= 0 && c >= 0) {
      const first = asciiLower(word.charCodeAt(0));
      if (first >= 0 ? !DEMONYM_SHAPES.has(first * 0x200000 + tail3(a, b, c)) : !DEMONYM_TAILS.has(tail3(a, b, c))) return null;
    }
  }
  return BY_DEMONYM.get(fold(word.trim())) ?? null;
}

/** Country-like prefixes of hyphenated compounds ("US-Finanzministerin", "EU-Kommission" is not a country). */
export function lookupPrefix(prefix: string): string | null {
  return lookupCountry(prefix) ?? lookupAdjective(prefix);
}
