/**
 * Figures: amounts of money, percentages, counts of people and of occurrences, and other quantities,
 * with German number formats (decimal comma, thousands dot), number words and scales
 * ("240 Milliarden US-Dollar" → 240000000000 USD, "2,5 Mio. Euro", "mehr als 40 Mal", "zwei Prozent").
 */
import type { Doc, Figure } from '../doc/index.ts';
import type { Component } from '../pipeline/component.ts';
import { CURRENCIES, NUMBER_WORDS, PEOPLE_NOUNS, SCALES, SKIP_AFTER, UNITS, QUALIFIERS } from './lexicon.ts';
import { escapeRegExp } from '../util/regexp.ts';
// (\p{…} patterns as module constants: tsx turns such a literal inside a function into a `new RegExp()` call each time it runs)
const LETTER_OR_AMP = /[\p{L}&]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// \p{…} regexps as module constants: tsx rewrites such a literal into a `new RegExp()` on every evaluation.
const UPPER_START = /^\p{Lu}/u;
const LETTER = /\p{L}/u;

// Regexps with \p{…} live in module constants: tsx's esbuild rewrites such a literal into a `new RegExp()`
// call, which runs (allocates and looks up the compiled code) each time the expression is evaluated.
const UND_COMPOUND = /^(\p{L}+?)und(\p{L}+)$/u;
const NOUN_AFTER_FIGURE = /^\p{Lu}(?:\p{Ll}|[\p{Lu}\d]*-\p{Lu}\p{Ll})/u;

export { parseGermanNumber, numberWordValue };

// Maps, not `key in object`: lookups of fresh word strings in plain objects were the stage's main cost.
const SCALE_MAP = new Map(Object.entries(SCALES));
const CURRENCY_MAP = new Map(Object.entries(CURRENCIES));
const UNIT_MAP = new Map(Object.entries(UNITS));
const NUMBER_WORD_MAP = new Map(Object.entries(NUMBER_WORDS));

/** "7.112" → 7112, "1,2" → 1.2, "1.000,50" → 1000.5, "3.5" (English decimal) → 3.5. */
function parseGermanNumber(s: string): number {
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s) && !/^\d{1,3},\d{3}$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  return Number(s);
}

const UNITS_0: Record<string, number> = {
  null: 0, ein: 1, eins: 1, eine: 1, einen: 1, einer: 1, einem: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6,
  sieben: 7, acht: 8, neun: 9,
};
const TEENS: Record<string, number> = { zehn: 10, elf: 11, zwölf: 12, sechzehn: 16, siebzehn: 17 };
const TENS: Record<string, number> = {
  zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};

/** Value of a German number word ("dreiundzwanzig", "zweihundert", "zwölf"); null when it is none. */
function numberWordValue(word: string): number | null {
  const w = word.toLowerCase();
  const known = NUMBER_WORD_MAP.get(w);
  if (known !== undefined) return known;
  return parseWords(w);
}

function parseWords(w: string): number | null {
  if (w === '') return null;
  const t = w.indexOf('tausend');
  if (t >= 0) {
    const head = t === 0 ? 1 : parseBelowThousand(w.slice(0, t));
    const tail = w.slice(t + 7);
    const rest = tail === '' ? 0 : parseBelowThousand(tail);
    if (head === null || rest === null) return null;
    return head * 1000 + rest;
  }
  return parseBelowThousand(w);
}

function parseBelowThousand(w: string): number | null {
  const h = w.indexOf('hundert');
  if (h >= 0) {
    const head = h === 0 ? 1 : UNITS_0[w.slice(0, h)] ?? null;
    const tail = w.slice(h + 7);
    const rest = tail === '' ? 0 : parseBelowHundred(tail.replace(/^und/, ''));
    if (head === null || rest === null) return null;
    return head * 100 + rest;
  }
  return parseBelowHundred(w);
}

function parseBelowHundred(w: string): number | null {
  if (w in UNITS_0 && w !== 'null') return UNITS_0[w];
  if (w in TEENS) return TEENS[w];
  if (/^(drei|vier|fünf|sech|sieb|acht|neun)zehn$/.test(w)) {
    const u = w.slice(0, -4);
    return 10 + (UNITS_0[u] ?? (u === 'sech' ? 6 : u === 'sieb' ? 7 : 0));
  }
  if (w in TENS) return TENS[w];
  const m = UND_COMPOUND.exec(w);
  if (m) {
    const u = m[1] === 'ein' ? 1 : UNITS_0[m[1]];
    const t = TENS[m[2]];
    if (u !== undefined && t !== undefined) return t + u;
  }
  return null;
}

interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

const WORD = /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*\.?|[%€$£]|\S/gu;

function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < to) {
    let t = m[0];
    // keep the period only for known abbreviations (Mio., Mrd., Tsd., Prozentpkt.)
    if (t.endsWith('.') && t.length > 1 && !SCALE_MAP.has(t.toLowerCase()) && !UNIT_MAP.has(t.toLowerCase())) t = t.slice(0, -1);
    out.push({ start: m.index, end: m.index + t.length, text: t, lower: t.toLowerCase() });
    WORD.lastIndex = m.index + t.length;
  }
  return out;
}

/** Reads the unit after the number (and scale): currency, percent, people, occurrences or another noun. */
function readUnit(ws: Word[], i: number): { unit: string | null; kind: string; end: number; next: number } | null {
  const w = ws[i];
  if (!w) return null;
  const l = w.lower;
  // "US-Dollar", "US $", "Euro"
  const currency = CURRENCY_MAP.get(l);
  if (currency !== undefined) return { unit: currency, kind: 'money', end: w.end, next: i + 1 };
  if ((l === 'us' || l === 'us-') && ws[i + 1] && CURRENCY_MAP.has(ws[i + 1].lower)) {
    return { unit: 'USD', kind: 'money', end: ws[i + 1].end, next: i + 2 };
  }
  const u = UNIT_MAP.get(l);
  if (u !== undefined) {
    const [unit, kind] = u;
    return { unit, kind, end: w.end, next: i + 1 };
  }
  if (PEOPLE_NOUNS.has(l) || /^(todes)?opfer$/.test(l)) return { unit: 'persons', kind: 'count', end: w.end, next: i + 1 };
  return null;
}

/** Figures in a text, sentence-aware when the document has sentences. */
export function extractFigures(doc: Pick<Doc, 'text' | 'sentences'>): Figure[] {
  const text = doc.text;
  const sentences = doc.sentences.length ? doc.sentences : [{ start: 0, end: text.length }];
  const out: Figure[] = [];
  for (const s of sentences) {
    // most sentences hold no number at all; skip their word split
    if (!MAY_HOLD_FIGURE.test(text.slice(s.start, s.end).toLowerCase())) continue;
    const ws = words(text, s.start, s.end);
    let i = 0;
    while (i < ws.length) {
      const r = readFraction(ws, i, text) ?? readFigure(ws, i, s.end, text);
      if (!r) {
        i++;
        continue;
      }
      out.push(...r.figures);
      i = r.next;
    }
  }
  out.forEach((f, k) => (f.id = `f${k + 1}`));
  return out;
}

function isNumberToken(w: Word | undefined): boolean {
  return !!w && /^\d/.test(w.text);
}

const NUMBER_WORD_START = /^(ein|zwei|drei|vier|fünf|sech|sieb|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|dutzend|halb|anderthalb|million|milliarde)/;

/** Fraction nouns → denominator ("ein Drittel", "drei Viertel"). */
const FRACTION_NOUNS = new Map<string, number>([
  ['hälfte', 2], ['drittel', 3], ['viertel', 4], ['fünftel', 5], ['sechstel', 6], ['siebtel', 7], ['achtel', 8], ['neuntel', 9], ['zehntel', 10], ['hundertstel', 100],
]);
/** Ordinals after "jeder" ("jeder Vierte" = a quarter) → denominator. */
const EVERY_NTH = new Map<string, number>([
  ['zweite', 2], ['dritte', 3], ['vierte', 4], ['fünfte', 5], ['sechste', 6], ['siebte', 7], ['achte', 8], ['neunte', 9], ['zehnte', 10], ['zwanzigste', 20], ['hundertste', 100],
]);
/** Nouns after "jeden zweiten …" that make it a frequency (a time set), not a share. */
const TIME_UNIT = /^(tag|tage|woche|wochen|monat|monate|jahr|jahre|mal|wochenende)$/;

/** A qualifier ("mehr als", "rund") ending right before word `i`: its label and start. */
function qualifierBefore(ws: Word[], i: number): { qualifier: string; start: number } | null {
  for (const [q, words2] of QUALIFIERS) {
    const n = words2.length;
    if (i - n < 0) continue;
    let ok = true;
    for (let k = 0; k < n; k++) if (ws[i - n + k].lower !== words2[k]) ok = false;
    if (ok) return { qualifier: q, start: ws[i - n].start };
  }
  return null;
}

/**
 * Shares written as fractions: "ein Drittel", "drei Viertel", "die Hälfte", "jeder Vierte" (a quarter),
 * "mehr als jeder Zweite". "in der zweiten Hälfte" (a period) and "jeden zweiten Tag" (a frequency) are not.
 */
function readFraction(ws: Word[], i: number, text: string): { figures: Figure[]; next: number } | null {
  const w = ws[i];
  const next = ws[i + 1];
  if (!next) return null;
  let value: number | null = null;
  const d = FRACTION_NOUNS.get(next.lower);
  if (d !== undefined && UPPER_START.test(next.text)) {
    if (d === 2) {
      if (/^(die|der|zur)$/.test(w.lower)) value = 0.5;
    } else if (isNumberToken(w)) value = parseGermanNumber(w.text) / d;
    else if (/^(ein|eine|einem|einen|einer|eines)$/.test(w.lower)) value = 1 / d;
    else {
      const n = numberWordValue(w.text);
      if (n !== null && Number.isInteger(n) && n > 1 && n < d) value = n / d;
    }
  } else if (/^(jeder|jede|jedes|jeden|jedem)$/.test(w.lower)) {
    const ord = next.lower.replace(/[nmrs]$/, '');
    const n = EVERY_NTH.get(ord);
    if (n !== undefined && !(ws[i + 2] && TIME_UNIT.test(ws[i + 2].lower))) value = 1 / n;
  }
  if (value === null) return null;
  const q = qualifierBefore(ws, i);
  const start = q ? q.start : w.start;
  const fig: Figure = { id: '', start, end: next.end, text: text.slice(start, next.end), value: round(value), unit: null, kind: 'fraction', ...(q ? { qualifier: q.qualifier } : {}) };
  return { figures: [fig], next: i + 2 };
}

/** Units a bare "ein"/"eine" may count ("ein Prozent", "einen Euro", "eine Tonne"), not idioms ("ein Fass ohne Boden", "ein Mal"). */
function countsOne(lower: string | undefined): boolean {
  if (lower === undefined) return false;
  if (SCALE_MAP.has(lower) || CURRENCY_MAP.has(lower)) return true;
  return UNIT_MAP.has(lower) && !/^(fass|mal|male|malen)$/.test(lower);
}

/**
 * A cheap test that a sentence may hold a figure: a digit, a number-word stem, or a scale word.
 * "ein"/"eine" count only before a scale ("eine Milliarde"), so the scale words stand in for them;
 * every compound number word ("einundzwanzig", "eintausend") contains one of the other stems.
 */
const MAY_HOLD_FIGURE = new RegExp(
  [
    '\\d',
    ...[
      ...NUMBER_WORD_START.source.slice(2, -1).split('|').filter((stem) => stem !== 'ein'),
      ...Object.keys(SCALES),
      ...Object.entries(NUMBER_WORDS).filter(([, v]) => v !== 1).map(([k]) => k),
      ...FRACTION_NOUNS.keys(),
      'dritt',
    ].map(escapeRegExp),
    // "ein"/"eine" before a currency or unit ("ein Prozent", "einen Euro")
    `ein(?:e|en|em|er|es)?\\s+(?:${[...Object.keys(CURRENCIES), ...Object.keys(UNITS)].map(escapeRegExp).join('|')})`,
  ].join('|'),
  'u',
);

function readFigure(ws: Word[], i: number, sentenceEnd: number, text: string): { figures: Figure[]; next: number } | null {
  const w = ws[i];
  let value: number | null = null;
  let numeric = false;
  if (isNumberToken(w)) {
    value = parseGermanNumber(w.text);
    numeric = true;
  } else if (NUMBER_WORD_START.test(w.lower)) {
    value = numberWordValue(w.text);
    // "ein"/"eine" only with a scale or a unit ("eine Milliarde", "einen Prozentpunkt")
    if (value === 1 && /^ein/.test(w.lower) && !countsOne(ws[i + 1]?.lower)) return null;
  }
  if (value === null || !Number.isFinite(value)) return null;
  // ordinals and dates: "am 6. Oktober", "der 3. Platz" (a period right after the number, inside the sentence)
  if (numeric && text[w.end] === '.' && w.end + 1 < sentenceEnd && !/\d/.test(text[w.end + 1] ?? '')) return null;
  // compounds: "21-Jähriger", "3-Tage-Woche", and suspended ones: "den 14- bis 29-Jährigen"
  if (numeric && text[w.end] === '-' && LETTER.test(text[w.end + 1] ?? '')) return null;
  if (numeric && text[w.end] === '-' && /^\s+(?:bis|und|oder)\s/.test(text.slice(w.end + 1, w.end + 8))) return null;
  // names with digits: "1&1", "G7", "5G", "CO2", "F-16", "Covid-19"
  if (numeric && (LETTER_OR_AMP.test(text[w.start - 1] ?? '') || LETTER_OR_AMP.test(text[w.end] ?? ''))) return null;
  if (numeric && text[w.start - 1] === '-' && LETTER.test(text[w.start - 2] ?? '')) return null;
  // parts of times, dates, ranges like 2015/16 and phone numbers
  if (numeric && /[:/]/.test(text[w.end] ?? '') && /\d/.test(text[w.end + 1] ?? '')) return null;
  if (numeric && i > 0 && /[:/]/.test(ws[i - 1].text) && ws[i - 1].end === w.start) return null;
  let j = i + 1;
  let end = w.end;
  // "zwei Millionen", "3,5 Mrd."
  const scale = ws[j] ? SCALE_MAP.get(ws[j].lower) : undefined;
  if (scale !== undefined) {
    value *= scale;
    end = ws[j].end;
    j++;
  }
  // a sign written on the number: "minus 16,8 Prozent", "plus 9,4 Prozent", "(-15,7 Prozent)"
  let first = i;
  if (numeric && i > 0 && (ws[i - 1].text === 'minus' || ws[i - 1].text === 'plus')) {
    if (ws[i - 1].text === 'minus') value = -value;
    first = i - 1;
  } else if (numeric && i > 0 && /^[-−]$/.test(ws[i - 1].text) && ws[i - 1].end === w.start && !LETTER_OR_DIGIT.test(text[ws[i - 1].start - 1] ?? '')) {
    value = -value;
    first = i - 1;
  }
  // qualifier before the number (or its sign)
  const q = qualifierBefore(ws, first);
  const qualifier: string | null = q ? q.qualifier : null;
  const start = q ? q.start : ws[first].start;
  // a range: "25 bis 60 Millionen Euro", "10 - 20 Prozent", "zwischen 55 und 550 Euro", "von 1,40 auf 0,60 Euro"
  // → the first number takes the second's scale/unit
  const before = first > 0 ? ws[first - 1].lower : '';
  const joins = ws[j]?.lower === 'bis' || ws[j]?.text === '-' || ws[j]?.text === '–' || (ws[j]?.lower === 'und' && before === 'zwischen') || (ws[j]?.lower === 'auf' && before === 'von');
  if (joins && ws[j + 1] && (isNumberToken(ws[j + 1]) || numberWordValue(ws[j + 1].text) !== null)) {
    const second = readFigure(ws, j + 1, sentenceEnd, text);
    if (second && second.figures.length) {
      const f2 = second.figures[second.figures.length - 1];
      const scale = f2.scale as number | undefined;
      const first: Figure = {
        id: '',
        start,
        end,
        text: text.slice(start, end),
        value: value * (end === w.end && scale ? scale : 1),
        unit: f2.unit,
        kind: f2.kind,
        ...(qualifier ? { qualifier } : {}),
        range: 'from',
      };
      f2.range = 'to';
      return { figures: [first, ...second.figures], next: second.next };
    }
  }
  const scaleUsed = end !== w.end ? SCALE_MAP.get(ws[i + 1].lower)! : 1;
  let unit: string | null = null;
  let kind = 'number';
  const u = readUnit(ws, j);
  if (u) {
    unit = u.unit;
    kind = u.kind;
    end = u.end;
    j = u.next;
  } else {
    const next = ws[j];
    // durations, ages, clock times, years: left to the times layer
    if (next && SKIP_AFTER.test(next.lower)) return null;
    if (next && /^(jährige[nmrs]?|-jährige[nmrs]?|jährig)$/.test(next.lower)) return null;
    if (numeric && scaleUsed === 1 && /^\d{4}$/.test(w.text) && value >= 1900 && value <= 2100) return null;
    // a bare number word without a unit is no figure ("zwei Palästinenser" needs a people noun, see PEOPLE_NOUNS)
    if (!numeric && scaleUsed === 1) {
      if (next && UPPER_START.test(next.text) && next.text.length > 2 && isPeopleLike(next.lower)) {
        unit = 'persons';
        kind = 'count';
        end = next.end;
        j++;
      } else return null;
    } else if (next && NOUN_AFTER_FIGURE.test(next.text)) {
      // "7.112 Tatverdächtige", "50.000 Tonnen" (Tonnen is in UNITS) — a counted noun
      if (isPeopleLike(next.lower)) {
        unit = 'persons';
        kind = 'count';
      } else {
        unit = next.text;
        kind = 'count';
      }
      end = next.end;
      j++;
    }
  }
  const fig: Figure = {
    id: '',
    start,
    end,
    text: text.slice(start, end),
    value: round(value),
    unit,
    kind,
    ...(qualifier ? { qualifier } : {}),
  };
  if (scaleUsed !== 1) fig.scale = scaleUsed;
  return { figures: [fig], next: j };
}

function round(v: number): number {
  return Math.abs(v) >= 1 ? Math.round(v * 1e6) / 1e6 : v;
}

/** People nouns, also inside compounds ("Tatverdächtige", "Bürgerkriegsflüchtlinge"). */
function isPeopleLike(lower: string): boolean {
  if (PEOPLE_NOUNS.has(lower)) return true;
  for (const p of PEOPLE_SUFFIXES) if (lower.endsWith(p) && lower.length > p.length + 2) return true;
  return false;
}

const PEOPLE_SUFFIXES = [
  'verdächtige', 'verdächtigen', 'flüchtlinge', 'flüchtlingen', 'soldaten', 'polizisten', 'beamte', 'beamten',
  'bürger', 'bürgern', 'einwohner', 'einwohnern', 'menschen', 'personen', 'arbeiter', 'arbeitern', 'kämpfer',
  'kämpfern', 'zivilisten', 'demonstranten', 'mitglieder', 'mitgliedern', 'migranten', 'häftlinge', 'gefangene',
  'gefangenen', 'tote', 'toten', 'verletzte', 'verletzten', 'opfer', 'kinder', 'kindern', 'frauen', 'männer',
  'männern', 'schüler', 'schülern', 'lehrer', 'lehrern', 'ärzte', 'ärzten', 'wähler', 'wählern', 'asylwerber',
  'asylbewerber', 'mitarbeiter', 'mitarbeitern', 'angestellte', 'angestellten', 'teilnehmer', 'teilnehmern',
  'journalisten', 'aktivisten', 'extremisten', 'islamisten', 'jihadisten', 'dschihadisten', 'terroristen',
  'abgeordnete', 'abgeordneten', 'studenten', 'pilger', 'touristen', 'passagiere', 'geiseln', 'rebellen',
  'anhänger', 'anhängern', 'bewohner', 'bewohnern', 'arbeitslose', 'arbeitslosen', 'jugendliche', 'jugendlichen',
];

export const figuresComponent: Component = {
  name: 'figures',
  version: '1.0.0',
  requires: ['tokens', 'sentences'],
  provides: ['figures'],
  run(doc: Doc) {
    doc.figures = extractFigures(doc);
  },
};
