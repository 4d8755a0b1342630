/**
 * POLECAT-style actor coding: a country (ISO 3166 alpha-3) and a sector (GOV, MIL, COP, JUD, LEG, PTY,
 * OPP, REB, INS, CVL, BUS, MED, NGO, IGO, REL, EDU, HLH, REF, ...) from the entity's type, country and roles.
 */
import { createRequire } from 'node:module';
import type { Entity } from '../doc/index.ts';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as {
  alpha2ToAlpha3(code: string): string | undefined;
  getAlpha3Code(name: string, lang: string): string | undefined;
  registerLocale(data: unknown): void;
};
countries.registerLocale(require('i18n-iso-countries/langs/de.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

export interface ActorCode {
  id: string;
  country: string | null;
  sector: string | null;
}

/** Sector keywords, tried in order against role titles, names and mention texts (lower case, substring). */
const SECTORS: [string, RegExp][] = [
  ['IGO', /(?<!\p{L})(uno|un|uno-|vereinte[n]? nationen|nato|eu|europäische[n]? union|eu-kommission|afrikanische[n]? union|au|osze|iwf|weltbank|who|unhcr|unicef|opec|g7|g20|arabische[n]? liga|internationale[nr]? strafgerichtshof|european union|united nations|imf|world bank)(?![\p{L}])|un-generalsekretär|uno-generalsekretär|un-|uno-/u],
  ['MIL', /armee|militär|streitkräfte|soldat|truppe|general|luftwaffe|marine|bundesheer|bundeswehr|verteidigungsminist|army|military|troops|forces|generalstab|brigade|qassam|armeesprecher/u],
  ['COP', /polizei|polizist|gendarmerie|sicherheitskräfte|police|grenzschutz|geheimdienst|verfassungsschutz|nachrichtendienst/u],
  ['JUD', /gericht|richter|staatsanwalt|justiz|anklage|court|judge|prosecutor|verfassungsgerichtshof/u],
  ['REB', /rebell|miliz|aufständisch|guerilla|taliban|is-miliz|islamischer staat|al-kaida|al-qaida|hamas|hisbollah|pkk|boko haram|al-shabaab|dschihad|jihad|terror|rebel|insurgent|militant/u],
  ['LEG', /parlament|abgeordnet|nationalrat|bundesrat|bundestag|senat|kongress|landtag|duma|knesset|parliament|congress|senator|klubobmann|klubchef|fraktion/u],
  ['OPP', /opposition|dissident|regimekritiker|opposition/u],
  ['PTY', /partei|spö|övp|fpö|neos|grüne|cdu|csu|spd|afd|fdp|linke|republikaner|demokraten|parteichef|parteivorsitz|generalsekretär der|party|akp|chp|pis|front national|fn(?!\p{L})/u],
  ['GOV', /regierung|minist|präsident|kanzler|premier|staatschef|regierungschef|könig|kabinett|bürgermeister|landeshauptmann|gouverneur|botschafter|diplomat|außenamt|kreml|weißes haus|weiße haus|staatssekretär|behörde|government|president|minister|ministry|cabinet|king|ambassador|mayor|governor|white house|kremlin/u],
  ['MED', /zeitung|agentur|sender|tv|fernsehen|reuters|afp|apa|dpa|interfax|tass|journalist|redaktion|magazin|blatt|news|times|post|press|media/u],
  ['REL', /kirche|bischof|papst|vatikan|imam|rabbi|kardinal|church|pope|moschee|religiös/u],
  ['NGO', /ngo|organisation|amnesty|human rights watch|ärzte ohne grenzen|rotes kreuz|roten kreuz|caritas|greenpeace|beobachtungsstelle|aktivist|menschenrecht|hilfsorganisation|verein|initiative/u],
  ['BUS', /konzern|unternehmen|firma|bank|ag(?!\p{L})|gmbh|holding|company|corporation|chef von|ceo|manager|wirtschaftskammer|industrie/u],
  ['EDU', /universität|uni(?!\p{L})|schule|hochschule|professor|forscher|institut|university/u],
  ['REF', /flüchtling|migrant|asylwerber|asylbewerber|refugee/u],
  ['CVL', /zivilist|bürger|einwohner|demonstrant|bevölkerung|civilian|protester|studenten|schüler/u],
];

/** Common German country names and capitals (metonymy: "Moskau" for Russia's government). */
const COUNTRY_NAMES: Record<string, string> = {
  syrien: 'SYR', iran: 'IRN', russland: 'RUS', südkorea: 'KOR', nordkorea: 'PRK', tschechien: 'CZE',
  großbritannien: 'GBR', usa: 'USA', amerika: 'USA', 'vereinigte staaten': 'USA', türkei: 'TUR', palästina: 'PSE',
  kongo: 'COD', vatikan: 'VAT', moldau: 'MDA', mazedonien: 'MKD', bolivien: 'BOL', venezuela: 'VEN',
  tansania: 'TZA', laos: 'LAO', vietnam: 'VNM', taiwan: 'TWN', kosovo: 'XKX', china: 'CHN', 'volksrepublik china': 'CHN',
  moskau: 'RUS', kreml: 'RUS', washington: 'USA', peking: 'CHN', beijing: 'CHN', berlin: 'DEU', wien: 'AUT',
  paris: 'FRA', london: 'GBR', kiew: 'UKR', damaskus: 'SYR', ankara: 'TUR', teheran: 'IRN', jerusalem: 'ISR',
  rom: 'ITA', warschau: 'POL', prag: 'CZE', budapest: 'HUN', tokio: 'JPN', seoul: 'KOR', pjöngjang: 'PRK',
  kabul: 'AFG', bagdad: 'IRQ', kairo: 'EGY', riad: 'SAU', athen: 'GRC', madrid: 'ESP', bern: 'CHE', minsk: 'BLR',
  bratislava: 'SVK', belgrad: 'SRB', bukarest: 'ROU', sofia: 'BGR', zagreb: 'HRV', ljubljana: 'SVN',
  'den haag': 'NLD', brüssel: 'BEL', havanna: 'CUB', caracas: 'VEN', ramallah: 'PSE', gaza: 'PSE',
  gazastreifen: 'PSE', westjordanland: 'PSE', tripolis: 'LBY', islamabad: 'PAK', 'neu-delhi': 'IND', delhi: 'IND',
};

/** The capitals and seats among COUNTRY_NAMES: places, whose name stands for a government only by metonymy. */
const CAPITAL_KEYS = new Set(['moskau', 'kreml', 'washington', 'peking', 'beijing', 'berlin', 'wien', 'paris', 'london', 'kiew', 'damaskus', 'ankara', 'teheran', 'jerusalem', 'rom', 'warschau', 'prag', 'budapest', 'tokio', 'seoul', 'pjöngjang', 'kabul', 'bagdad', 'kairo', 'riad', 'athen', 'madrid', 'bern', 'minsk', 'bratislava', 'belgrad', 'bukarest', 'sofia', 'zagreb', 'ljubljana', 'den haag', 'brüssel', 'havanna', 'caracas', 'ramallah', 'gaza', 'tripolis', 'islamabad', 'neu-delhi', 'delhi']);

/** A country's own name ("Russland", "Frankreich", "USA"), not a city. */
export function isCountryName(value: string): boolean {
  const v = value.trim();
  const k = v.toLowerCase();
  if (COUNTRY_NAMES[k]) return !CAPITAL_KEYS.has(k);
  return !!(countries.getAlpha3Code(v, 'de') ?? countries.getAlpha3Code(v, 'en'));
}

/** A capital (or seat) and its own country, one referent by metonymy ("Russland" … "was Moskau bestreitet"). */
export function capitalOfSameState(a: string, b: string): boolean {
  const ka = a.trim().toLowerCase(), kb = b.trim().toLowerCase();
  if (ka === kb || CAPITAL_KEYS.has(ka) === CAPITAL_KEYS.has(kb)) return false;
  const ca = iso3(a), cb = iso3(b);
  return ca !== null && ca === cb;
}

/** Normalises a country code or name to ISO alpha-3. */
const ISO3_CACHE = new Map<string, string | null>();

export function iso3(value: string | null | undefined): string | null {
  if (!value) return null;
  // a pure function of the string: the name lookups of the country library are slow
  let r = ISO3_CACHE.get(value);
  if (r === undefined) {
    r = iso3Uncached(value);
    if (ISO3_CACHE.size > 50000) ISO3_CACHE.clear();
    ISO3_CACHE.set(value, r);
  }
  return r;
}

function iso3Uncached(value: string): string | null {
  const v = value.trim();
  if (/^[A-Z]{3}$/.test(v)) return v;
  if (/^[A-Z]{2}$/.test(v)) return countries.alpha2ToAlpha3(v) ?? null;
  const known = COUNTRY_NAMES[v.toLowerCase()];
  if (known) return known;
  return countries.getAlpha3Code(v, 'de') ?? countries.getAlpha3Code(v, 'en') ?? null;
}

const SECTOR_CACHE = new Map<string, string | null>();

export function sectorOf(text: string): string | null {
  // a pure function of the text; the same names recur in every document
  let r = SECTOR_CACHE.get(text);
  if (r === undefined) {
    r = null;
    const t = text.toLowerCase();
    for (const [sector, re] of SECTORS) {
      if (re.test(t)) {
        r = sector;
        break;
      }
    }
    if (SECTOR_CACHE.size > 50000) SECTOR_CACHE.clear();
    SECTOR_CACHE.set(text, r);
  }
  return r;
}

/** Codes one entity. */
export function codeActor(e: Entity): ActorCode {
  let country = iso3(e.country ?? null);
  const roles = e.roles ?? [];
  if (!country) for (const r of roles) if ((country = iso3(r.country))) break;
  if (!country && e.type === 'LOC') country = iso3(e.name);
  if (!country && typeof e.canonicalId === 'string' && /^[A-Z]{3}$/.test(e.canonicalId)) country = e.canonicalId;
  const texts = [...roles.map((r) => r.title), e.name, ...e.mentions.slice(0, 5).map((m) => m.text)].join(' | ');
  let sector = sectorOf(texts);
  if (!sector) {
    // a country or its capital used as an actor ("Russland kritisierte", "Washington droht"): its government
    if (e.type === 'LOC' || e.metonymyOf) sector = 'GOV';
  }
  return { id: e.id, country, sector };
}
