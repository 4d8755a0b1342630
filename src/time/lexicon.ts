/** Word lists for the temporal tagger (German and English). Keys are lower-case. */
import { escapeRegExp } from '../util/regexp.ts';

export const MONTHS_DE: Record<string, number> = {
  januar: 1, jänner: 1, jan: 1, februar: 2, feber: 2, feb: 2, febr: 2, märz: 3, mär: 3, mrz: 3, april: 4, apr: 4,
  mai: 5, juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, dezember: 12, dez: 12,
};

export const MONTHS_EN: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7,
  jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

export const WEEKDAYS_DE: Record<string, number> = {
  montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6, sonntag: 7,
};

export const WEEKDAYS_EN: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

export const SEASONS_DE: Record<string, string> = {
  frühjahr: 'SP', frühling: 'SP', sommer: 'SU', herbst: 'FA', winter: 'WI',
};
export const SEASONS_EN: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

export const PARTS_DE: Record<string, string> = {
  morgen: 'MO', früh: 'MO', vormittag: 'MO', mittag: 'MI', nachmittag: 'AF', abend: 'EV', nacht: 'NI',
};
export const PARTS_EN: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', noon: 'MI',
};

const NUM_DE: Record<string, number> = {
  null: 0, ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, eines: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6,
  sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15,
  sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50,
  sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100, tausend: 1000, anderthalb: 1.5, eineinhalb: 1.5,
  zweieinhalb: 2.5, dreieinhalb: 3.5, halb: 0.5, halbe: 0.5, halben: 0.5, halbes: 0.5,
};
/** Vague quantities: the value gets an X ("PXY"). */
export const VAGUE_DE = new Set(['einige', 'einigen', 'mehrere', 'mehreren', 'wenige', 'wenigen', 'wenigen', 'viele', 'vielen', 'etliche', 'etlichen', 'paar', 'zahlreiche', 'zahlreichen']);
export const VAGUE_EN = new Set(['several', 'some', 'few', 'many', 'a few', 'a couple of', 'couple of', 'the past few', 'numerous']);

const NUM_EN: Record<string, number> = {
  zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1000, half: 0.5, dozen: 12, 'a half': 0.5, 'a dozen': 12, couple: 2, 'a couple of': 2,
};

/** Regex alternation for a word list, longest first. */
export function alt(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

export const NUMWORD_DE_RE =
  '(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)|' +
  alt(Object.keys(NUM_DE).filter((w) => w !== 'null')) +
  ')';

export const NUMWORD_EN_RE =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|' +
  alt(Object.keys(NUM_EN)) +
  ')';

/** Parses a number written in digits or words; NaN when vague or unknown. */
export function parseNumber(s: string, lang: 'de' | 'en'): number {
  const w = s.toLowerCase().trim();
  if (/^\d+([.,]\d+)?$/.test(w)) return parseFloat(w.replace(',', '.'));
  if (/^\d+ 1\/2$/.test(w)) return parseInt(w, 10) + 0.5;
  const table = lang === 'de' ? NUM_DE : NUM_EN;
  if (w in table) return table[w];
  if (lang === 'de') {
    const m = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(\w+)$/u.exec(w);
    if (m && m[2] in NUM_DE) return (m[1] === 'ein' ? 1 : NUM_DE[m[1]]) + NUM_DE[m[2]];
  } else {
    const m = /^(\w+)[- ](\w+)$/.exec(w);
    if (m && m[1] in NUM_EN && m[2] in NUM_EN) return NUM_EN[m[1]] + NUM_EN[m[2]];
  }
  return NaN;
}

/** Duration units: key → TIMEX unit letter (time units marked with T). */
export const UNITS_DE: Record<string, string> = {
  sekunde: 'S', sekunden: 'S', minute: 'TM', minuten: 'TM', stunde: 'H', stunden: 'H', tag: 'D', tage: 'D',
  tagen: 'D', tages: 'D', woche: 'W', wochen: 'W', monat: 'M', monate: 'M', monaten: 'M', monats: 'M', jahr: 'Y',
  jahre: 'Y', jahren: 'Y', jahres: 'Y', jahrzehnt: 'DE', jahrzehnte: 'DE', jahrzehnten: 'DE', jahrzehnts: 'DE',
  jahrhundert: 'CE', jahrhunderte: 'CE', jahrhunderten: 'CE', jahrhunderts: 'CE', kalenderjahr: 'Y',
  kalenderjahres: 'Y', quartal: 'Q', quartale: 'Q', quartalen: 'Q', quartals: 'Q', verhandlungstagen: 'D',
  kriegsjahre: 'Y', kriegsjahren: 'Y', amtsjahre: 'Y', lebensjahr: 'Y', lebensjahre: 'Y',
};

export const UNITS_EN: Record<string, string> = {
  second: 'S', seconds: 'S', minute: 'TM', minutes: 'TM', hour: 'H', hours: 'H', day: 'D', days: 'D', week: 'W',
  weeks: 'W', month: 'M', months: 'M', year: 'Y', years: 'Y', decade: 'DE', decades: 'DE', century: 'CE',
  centuries: 'CE', quarter: 'Q', quarters: 'Q', weekend: 'WE', weekends: 'WE',
};

/** Adjective stems of German durations: "dreitägig", "zweimonatig", "mehrjährig". */
export const DUR_ADJ_DE: Record<string, string> = { tägig: 'D', wöchig: 'W', monatig: 'M', jährig: 'Y', stündig: 'H', minütig: 'TM' };
