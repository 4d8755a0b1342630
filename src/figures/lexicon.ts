/** Reference data for figures: scales, currencies, units, number words, people nouns. */

/** Scale words and abbreviations (German long scale: Billion = 10^12). Keys lower case. */
export const SCALES: Record<string, number> = {
  hundert: 1e2,
  tausend: 1e3,
  'tsd.': 1e3,
  tsd: 1e3,
  million: 1e6,
  millionen: 1e6,
  'mio.': 1e6,
  mio: 1e6,
  milliarde: 1e9,
  milliarden: 1e9,
  'mrd.': 1e9,
  mrd: 1e9,
  'mia.': 1e9,
  billion: 1e12,
  billionen: 1e12,
  'bio.': 1e12,
  // English
  thousand: 1e3,
  billion_en: 1e9,
  mn: 1e6,
  bn: 1e9,
};

/** Currency words and signs → ISO 4217. Keys lower case. */
export const CURRENCIES: Record<string, string> = {
  euro: 'EUR', eur: 'EUR', '€': 'EUR', cent: 'EUR_CENT',
  dollar: 'USD', 'us-dollar': 'USD', usd: 'USD', $: 'USD', 'dollars': 'USD',
  pfund: 'GBP', gbp: 'GBP', '£': 'GBP', 'pfund sterling': 'GBP',
  franken: 'CHF', chf: 'CHF', 'schweizer franken': 'CHF',
  yen: 'JPY', jpy: 'JPY',
  yuan: 'CNY', renminbi: 'CNY', cny: 'CNY',
  rubel: 'RUB', rub: 'RUB',
  lira: 'TRY', 'türkische lira': 'TRY',
  griwna: 'UAH', hrywnja: 'UAH',
  zloty: 'PLN', złoty: 'PLN',
  forint: 'HUF',
  kronen: 'SEK_NOK_DKK_CZK',
  rupien: 'INR',
  schilling: 'ATS',
  dm: 'DEM', 'd-mark': 'DEM',
};

/** Other units: word → [unit, kind]. Keys lower case. */
export const UNITS: Record<string, [string, string]> = {
  prozent: ['%', 'percent'],
  '%': ['%', 'percent'],
  'prozentpunkte': ['pp', 'percent-points'],
  'prozentpunkten': ['pp', 'percent-points'],
  'prozentpunkt': ['pp', 'percent-points'],
  promille: ['‰', 'permille'],
  mal: ['times', 'occurrences'],
  'male': ['times', 'occurrences'],
  'malen': ['times', 'occurrences'],
  tonnen: ['t', 'quantity'],
  tonne: ['t', 'quantity'],
  kilogramm: ['kg', 'quantity'],
  kilo: ['kg', 'quantity'],
  kg: ['kg', 'quantity'],
  kilometer: ['km', 'quantity'],
  kilometern: ['km', 'quantity'],
  km: ['km', 'quantity'],
  meter: ['m', 'quantity'],
  metern: ['m', 'quantity'],
  quadratkilometer: ['km2', 'quantity'],
  quadratmeter: ['m2', 'quantity'],
  hektar: ['ha', 'quantity'],
  liter: ['l', 'quantity'],
  barrel: ['bbl', 'quantity'],
  fass: ['bbl', 'quantity'],
  megawatt: ['MW', 'quantity'],
  gigawatt: ['GW', 'quantity'],
  stimmen: ['votes', 'count'],
  sitze: ['seats', 'count'],
  sitzen: ['seats', 'count'],
  mandate: ['seats', 'count'],
  mandaten: ['seats', 'count'],
};

/** Words after a number that make it a time, date, duration or age (left to the times layer). */
export const SKIP_AFTER =
  /^(uhr|sekunden?|minuten?|stunden?|tagen?|tage|wochen?|monaten?|monate|jahren?|jahre|jahrzehnten?|jahrhunderts?|jahrhunderten?|jänner|januar|februar|feber|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jh)$/;

/** Number words beyond what the compositional parser reads. */
export const NUMBER_WORDS: Record<string, number> = {
  dutzend: 12,
  dutzende: 12,
  hundert: 100,
  tausend: 1000,
  'zweitausend': 2000,
  million: 1e6,
  milliarde: 1e9,
  halb: 0.5,
  halbe: 0.5,
  eineinhalb: 1.5,
  anderthalb: 1.5,
  zweieinhalb: 2.5,
};

/** Qualifiers before a number: label → words (longest first). */
export const QUALIFIERS: [string, string[]][] = [
  ['more-than', ['mehr', 'als']],
  ['less-than', ['weniger', 'als']],
  ['up-to', ['bis', 'zu']],
  ['at-least', ['mindestens']],
  ['at-least', ['wenigstens']],
  ['at-most', ['höchstens']],
  ['more-than', ['über']],
  ['approx', ['rund']],
  ['approx', ['etwa']],
  ['approx', ['ungefähr']],
  ['approx', ['zirka']],
  ['approx', ['circa']],
  ['approx', ['ca']],
  ['approx', ['um', 'die']],
  ['approx', ['knapp']],
  ['approx', ['fast']],
  ['approx', ['beinahe']],
  ['approx', ['annähernd']],
];

/** Nouns that make a number a count of people. Lower case, inflected forms listed. */
export const PEOPLE_NOUNS = new Set([
  'menschen', 'personen', 'person', 'leute', 'tote', 'toten', 'todesopfer', 'verletzte', 'verletzten', 'opfer',
  'soldaten', 'soldat', 'polizisten', 'polizist', 'zivilisten', 'kinder', 'kindern', 'frauen', 'männer', 'männern',
  'flüchtlinge', 'flüchtlingen', 'migranten', 'asylwerber', 'asylbewerber', 'demonstranten', 'teilnehmer',
  'einwohner', 'bürger', 'mitglieder', 'mitarbeiter', 'beschäftigte', 'beschäftigten', 'arbeitslose', 'wähler',
  'häftlinge', 'gefangene', 'gefangenen', 'geiseln', 'kämpfer', 'rebellen', 'aufständische', 'aufständischen',
  'extremisten', 'islamisten', 'jihadisten', 'dschihadisten', 'terroristen', 'verdächtige', 'verdächtigen',
  'tatverdächtige', 'schüler', 'schülerinnen', 'studenten', 'lehrer', 'ärzte', 'pilger',
  'touristen', 'passagiere', 'abgeordnete', 'abgeordneten', 'journalisten', 'aktivisten', 'anhänger', 'bewohner',
  'palästinenser', 'israelis', 'syrer', 'afghanen', 'iraker', 'türken', 'kurden', 'russen', 'ukrainer', 'deutsche',
  'österreicher', 'amerikaner', 'briten', 'franzosen', 'jugendliche', 'jugendlichen', 'angestellte', 'beamte',
  'beamten', 'mann', 'frau', 'kind',
  // English
  'people', 'persons', 'soldiers', 'civilians', 'refugees', 'protesters', 'killed', 'dead', 'injured',
]);
