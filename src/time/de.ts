import type { Candidate, Frame, RelUnit } from './frame.ts';
import { DUR_ADJ_DE, MONTHS_DE, NUMWORD_DE_RE, SEASONS_DE, UNITS_DE, VAGUE_DE, WEEKDAYS_DE, alt, parseNumber } from './lexicon.ts';
import { B, E, gated, groupSpan, isUpper, nextWord, prevWord, rule, ruleWithIndices, type Rule } from './rule.ts';
// (\p{…} patterns as module constants: tsx turns such a literal inside a function into a `new RegExp()` call each time it runs)
const UPPER_FIRST = /^[\p{Lu}]/u;
const LOWER_WORD_AFTER = /^\s+\p{Ll}/u;

const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
const MON_FULL = ['januar', 'jänner', 'februar', 'feber', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];
const MON_ABBR = Object.keys(MONTHS_DE).filter((k) => k.length <= 4 && !MON_FULL.includes(k));
const MON = `(${alt(MON_FULL.map(cap))}|(?:${alt(MON_ABBR.map(cap))})\\.)`;
const WD = `(${alt(Object.keys(WEEKDAYS_DE).map(cap))})`;
const DAY = '(0?[1-9]|[12]\\d|3[01])\\.';
const YEAR = '(1\\d{3}|20\\d{2})';
const NUM = `(\\d+(?:[.,]\\d+)?|${NUMWORD_DE_RE}|${alt(VAGUE_DE)}|ein\\s+paar|einem\\s+halben|einer\\s+halben|einen\\s+halben|ein\\s+halbes)`;
const UNIT = `(${alt(Object.keys(UNITS_DE).map(cap))})`;

const month = (s: string) => MONTHS_DE[s.toLowerCase().replace(/\.$/, '')];
const unitOf = (s: string) => UNITS_DE[s.toLowerCase()];

/** Words after which a bare month or season name is a date ("im Juni", "seit Mai"). */
const MONTH_PREV = new Set([
  'im', 'seit', 'bis', 'ab', 'von', 'vom', 'zum', 'und', 'oder', 'nach', 'vor', 'zwischen', 'gegen', 'anfang', 'mitte', 'für', 'auf', 'in',
  'ende', 'beginn', 'noch', 'schon', 'bereits', 'erst', 'monat', 'letzten', 'vergangenen', 'kommenden', 'nächsten',
  'diesen', 'im', 'über', 'bis', 'spätestens', 'frühestens', 'den', 'ganzen', 'jeden', 'jenem', 'diesem', 'sommer',
  'frühjahr', 'herbst', 'winter', 'des', 'dem', 'einem', 'im',
]);
const YEAR_BAD_PREV = new Set(['rund', 'etwa', 'ca.', 'über', 'knapp', 'fast', 'insgesamt', 'mindestens', 'weitere', 'zirka', 'circa', 'nur', 'nr.', 'gut', 'exakt', 'genau', 'mehr', 'weniger', 'bislang', 'ganze', 'alle']);
const YEAR_OK_PREV = new Set(['bereits', 'schon', 'erst', 'noch', 'spätestens', 'frühestens', 'im', 'seit', 'bis', 'ab', 'von', 'vor', 'nach', 'um', 'zwischen', 'jahr', 'jahre', 'jahres', 'anno', 'sommer', 'herbst', 'winter', 'frühjahr', 'frühling', 'zum', 'ende', 'anfang', 'mitte', 'beginn', 'vom', 'jahreswechsel', 'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember']);
const MOD_OF: Record<string, string> = { anfang: 'START', beginn: 'START', mitte: 'MID', ende: 'END' };

function cand(start: number, end: number, frame: Frame, type: Candidate['type'] = 'DATE', prio = 0): Candidate {
  if (frame.hh !== undefined || (frame.part && (frame.d !== undefined || frame.wd !== undefined || frame.today || frame.rel))) type = type === 'DATE' ? 'TIME' : type;
  return { start, end, type, frame, prio };
}

function yearOf(s: string | undefined, chr: string | undefined): number | undefined {
  if (!s) return undefined;
  const n = parseInt(s, 10);
  if (chr && /^\s*v/.test(chr)) return 1 - n;
  return n;
}

function durValue(n: number, unit: string): string {
  if (Number.isNaN(n)) return unit === 'TM' ? 'PTXM' : unit === 'H' || unit === 'S' ? `PTX${unit}` : `PX${unit}`;
  if (unit === 'DE') return `P${n * 10}Y`;
  if (unit === 'CE') return `P${n * 100}Y`;
  if (unit === 'Q') return `P${n * 3}M`;
  if (!Number.isInteger(n)) {
    if (unit === 'Y') return `P${Math.round(n * 12)}M`;
    if (unit === 'M') return `P${Math.round(n * 30)}D`;
    if (unit === 'D') return `PT${Math.round(n * 24)}H`;
    if (unit === 'H') return `PT${Math.round(n * 60)}M`;
  }
  if (unit === 'TM') return `PT${n}M`;
  if (unit === 'H' || unit === 'S') return `PT${n}${unit}`;
  return `P${n}${unit}`;
}

const numDe = (s: string) => {
  const w = s.toLowerCase().replace(/\s+/g, ' ').replace(/^(\d{1,3})((?:\.\d{3})+)$/, (_, a: string, b: string) => a + b.replace(/\./g, ''));
  if (w === 'ein paar') return NaN;
  if (/halbe/.test(w)) return 0.5;
  return parseNumber(w, 'de');
};

const REL_WORD: Record<string, { n: number; base: 'dct' | 'ref' }> = {
  letzte: { n: -1, base: 'dct' }, vergangene: { n: -1, base: 'dct' }, vorige: { n: -1, base: 'dct' },
  kommende: { n: 1, base: 'dct' }, nächste: { n: 1, base: 'dct' }, diese: { n: 0, base: 'dct' },
  laufende: { n: 0, base: 'dct' }, folgende: { n: 1, base: 'ref' }, darauffolgende: { n: 1, base: 'ref' },
  selbe: { n: 0, base: 'ref' }, gleiche: { n: 0, base: 'ref' }, desselbe: { n: 0, base: 'ref' }, derselbe: { n: 0, base: 'ref' },
  übernächste: { n: 2, base: 'dct' }, vorletzte: { n: -2, base: 'dct' },
  vorangegangene: { n: -1, base: 'ref' }, vorhergehende: { n: -1, base: 'ref' }, vorausgegangene: { n: -1, base: 'ref' },
  jenes: { n: 0, base: 'ref' }, jene: { n: 0, base: 'ref' },
};
const REL_ADJ = '((?:[Üü]bernächste|[Vv]orletzte|[Ll]etzte|[Vv]ergangene|[Vv]orige|[Kk]ommende|[Nn]ächste|[Dd]iese|[Ll]aufende|[Ff]olgende|[Dd]arauffolgende|[Ss]elbe|[Gg]leiche|[Dd]esselbe|[Dd]erselbe|[Vv]orangegangene|[Vv]orhergehende|[Vv]orausgegangene|[Jj]ene))([nmrs]?)';

export const RULES_DE: Rule[] = gated([
  rule('iso', `${B}(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::\\d{2})?)?${E}`, (m) =>
    cand(m.index, m.index + m[0].length, { y: +m[1], m: +m[2], d: +m[3], hh: m[4] ? +m[4] : undefined, mi: m[5] ? +m[5] : undefined, explicit: true })),

  rule('numeric', `${B}(0?[1-9]|[12]\\d|3[01])\\.\\s?(0?[1-9]|1[0-2])\\.\\s?((?:1[89]|20)?\\d{2})${E}(?![.,]\\d)`, (m) => {
    let y = +m[3];
    if (m[3].length === 2) y += y <= 40 ? 2000 : 1900;
    return cand(m.index, m.index + m[0].length, { y, m: +m[2], d: +m[1], explicit: true });
  }),

  // "Montag, 3. August 1914", "3. August", "3. Aug.", "260 v. Chr." handled by the year rule.
  ruleWithIndices('daymonth', `${B}(?:${WD},?\\s+(?:(?:den|dem)\\s+)?)?${DAY}\\s?${MON}(?:\\s+(\\d{1,4})(\\s*(?:v|n)\\.\\s?Chr\\.)?)?`, (m) => {
    let end = m.index + m[0].length;
    let y: number | undefined;
    if (m[4] && (m[4].length === 4 || m[5])) y = yearOf(m[4], m[5]);
    else if (m[4]) end = groupSpan(m, 3)![1];
    return cand(m.index, end, { y, m: month(m[3]), d: +m[2], explicit: y !== undefined });
  }),

  // The first day of a range: "vom 3. bis 5. Oktober", "3./4. Mai", "3. und 4. Mai".
  ruleWithIndices('dayrange', `${B}${DAY}\\s*(?:bis(?:\\s+(?:zum|einschließlich))?|und|oder|[-–/]|auf\\s+den)\\s*(?=(?:(?:den|dem|zum)\\s+)?(?:0?[1-9]|[12]\\d|3[01])\\.\\s?${MON}(?:\\s+${YEAR})?)`, (m) => {
    const [s, e] = groupSpan(m, 1)!;
    const y = m[3] ? +m[3] : undefined;
    return cand(s, e + 1, { y, m: month(m[2]), d: +m[1], explicit: y !== undefined });
  }),

  // "Juni 1914", "im Juni", "Juni des vergangenen Jahres", "Mai nächsten Jahres".
  rule('month', `${B}${MON}${E}(?:\\s+${YEAR}${E}|\\s+((?:des\\s+)?(?:dieses|diesen|letzten|vergangenen|vorigen|kommenden|nächsten|folgenden|selben|gleichen)|desselben|desgleichen)\\s+Jahres${E})?`, (m, text) => {
    const mo = month(m[1]);
    const end = m.index + m[0].length;
    if (m[2]) return cand(m.index, end, { y: +m[2], m: mo, explicit: true });
    if (m[3]) {
      const w = m[3].replace(/^des\s*/, '').replace(/[nmrs]$/, '');
      const r = REL_WORD[w] ?? REL_WORD[w.replace(/e?s$/, 'e')] ?? { n: 0, base: 'dct' as const };
      return cand(m.index, end, { m: mo, rel: { unit: 'Y', n: r.n, base: r.base } });
    }
    const prev = prevWord(text, m.index);
    const next = nextWord(text, end);
    if (!MONTH_PREV.has(prev) && !(prev === '' || /[(/–-]\s*$/.test(text.slice(Math.max(0, m.index - 2), m.index)))) return null;
    if (m[1] === 'Mai' && isUpper(next) && prev !== 'im') return null;
    if (isUpper(next) && !/^\d/.test(next) && !['im', 'seit', 'bis', 'ab', 'anfang', 'mitte', 'ende', 'zum', 'vom'].includes(prev)) return null;
    return cand(m.index, end, { m: mo });
  }),

  // First month of a range: "März/April 1950", "Mai bis Juli 2024".
  ruleWithIndices('monthrange', `${B}${MON}\\s*(?:/|bis|und|oder|[-–])\\s*(?=${MON}\\s+${YEAR}${E})`, (m) => {
    const [s, e] = groupSpan(m, 1)!;
    return cand(s, e, { y: +m[3], m: month(m[1]), explicit: true }, 'DATE', 1);
  }),
  // First year of a BC range: "(264–260 v. Chr.)".
  ruleWithIndices('bcrange', `${B}(\\d{1,4})\\s*[-–]\\s*(?=\\d{1,4}\\s?v\\.\\s?Chr\\.)`, (m) => {
    const [s, e] = groupSpan(m, 1)!;
    return cand(s, e, { y: 1 - +m[1], explicit: true });
  }),
  // Years: "1914", "1912/13", "Jahr 1982", "das Jahr 256 v. Chr.", "260 v. Chr."
  rule('yearbc', `${B}(?:(?:das\\s+)?Jahre?s?\\s+)?(\\d{1,4})\\s?(v|n)\\.\\s?Chr\\.?`, (m) =>
    cand(m.index, m.index + m[0].length, { y: yearOf(m[1], m[2]), explicit: true })),
  rule('yearword', `${B}(?:das\\s+)?Jahre?s?\\s+(\\d{3,4})${E}(?!\\s?[vn]\\.\\s?Chr)`, (m) =>
    cand(m.index, m.index + m[0].length, { y: +m[1], explicit: true, eraFromRef: m[1].length < 4 })),
  rule('year', `${B}${YEAR}(?:/(\\d{2}|\\d{4}))?${E}(?![.,]\\d|/|\\s?(?:%|[vn]\\.\\s?Chr))`, (m, text) => {
    if (text[m.index - 1] === '/' || text[m.index - 1] === '-' && /\d/.test(text[m.index - 2] ?? '')) return null;
    const prev = prevWord(text, m.index);
    const e1 = m.index + m[1].length;
    const next = nextWord(text, m.index + m[0].length);
    if (YEAR_BAD_PREV.has(prev)) return null;
    if (UPPER_FIRST.test(next) && !YEAR_OK_PREV.has(prev) && !(next.toLowerCase() in MONTHS_DE)) return null;
    if (/^(?:km|m|kg|t|ha|mal|prozent|euro|dollar|mio|mrd|millionen|milliarden|stück|qm)$/i.test(next)) return null;
    const y = +m[1];
    const out = [cand(m.index, e1, { y, explicit: true })];
    if (m[2]) {
      const y2 = m[2].length === 2 ? Math.floor(y / 100) * 100 + +m[2] : +m[2];
      if (y2 > y && y2 - y < 100) out.push(cand(e1 + 1, m.index + m[0].length, { y: y2, explicit: true }));
    }
    return out;
  }),

  // Decades: "1990er Jahre", "den 90er-Jahren", "die Achtzigerjahre".
  rule('decade', `${B}(?:(1\\d|20)(\\d)0|([1-9])0)er(?:\\s*-?\\s*[Jj]ahren?|-[Jj]ahren?)?${E}`, (m) =>
    cand(m.index, m.index + m[0].length, m[1] ? { decade: +m[1] * 10 + +m[2] } : { decShort: +m[3] })),
  rule('decadeword', `${B}([Zz]wanziger|[Dd]reißiger|[Vv]ierziger|[Ff]ünfziger|[Ss]echziger|[Ss]iebziger|[Aa]chtziger|[Nn]eunziger)(?:\\s*-?\\s*[Jj]ahren?|[Jj]ahren?)${E}`, (m) => {
    const d = { zwanziger: 2, dreißiger: 3, vierziger: 4, fünfziger: 5, sechziger: 6, siebziger: 7, achtziger: 8, neunziger: 9 }[m[1].toLowerCase()]!;
    return cand(m.index, m.index + m[0].length, { decShort: d });
  }),

  // Centuries: "20. Jahrhundert", "des 19. Jahrhunderts", "3. Jahrhundert v. Chr."
  rule('century', `${B}(\\d{1,2})\\.\\s*Jahrhunderts?(\\s*(?:v|n)\\.\\s?Chr\\.)?${E}`, (m) => {
    const n = +m[1];
    const bc = !!m[2] && /v/.test(m[2]);
    return cand(m.index, m.index + m[0].length, { century: n - 1, y: bc ? 0 : undefined });
  }),

  // Seasons: "Frühjahr 1919", "im Sommer", "Winter 1941/42", "Herbst des vergangenen Jahres".
  rule('season', `${B}(?:([Ll]etzten|[Vv]ergangenen|[Vv]origen|[Kk]ommenden|[Nn]ächsten|[Dd]iesen|[Dd]iesem)\\s+)?(Frühjahr|Frühling|Sommer|Herbst|Winter|Frühsommer|Spätsommer|Hochsommer|Frühherbst|Spätherbst|Spätwinter)(?:e?s)?(?:\\s+(?:des\\s+(?:Jahres\\s+)?)?${YEAR}(?:/\\d{2,4})?|\\s+((?:des\\s+)?(?:dieses|diesen|letzten|vergangenen|vorigen|kommenden|nächsten|folgenden|selben|gleichen)|desselben|desgleichen)\\s+Jahres)?${E}`, (m, text) => {
    const sw = m[2].toLowerCase();
    const season = SEASONS_DE[sw.replace(/^(früh|spät|hoch)(?=sommer|herbst|winter)/, '')];
    const mod = /^früh(?!jahr|ling)/.test(sw) ? 'START' : /^spät/.test(sw) ? 'END' : undefined;
    const end = m.index + m[0].length;
    if (m[3]) return cand(m.index, end, { y: +m[3], season, mod, explicit: true });
    if (m[4]) {
      const w = m[4].replace(/^des\s*/, '').replace(/[nmrs]$/, '');
      const r = REL_WORD[w] ?? { n: 0, base: 'dct' as const };
      return cand(m.index, end, { season, mod, rel: { unit: 'Y', n: r.n, base: r.base } });
    }
    if (m[1]) {
      const w = m[1].toLowerCase();
      const dir = /^(letzten|vergangenen|vorigen)$/.test(w) ? -1 : /^(kommenden|nächsten)$/.test(w) ? 1 : undefined;
      if (dir === undefined) return cand(m.index, end, { season, mod, rel: { unit: 'Y', n: 0, base: 'dct' } });
      return cand(m.index, end, { season, mod, dir });
    }
    const prev = prevWord(text, m.index);
    if (!['im', 'seit', 'bis', 'ab', 'anfang', 'mitte', 'ende', 'diesen', 'letzten', 'vergangenen', 'kommenden', 'nächsten', 'zum', 'vom', 'den', 'ganzen', 'jenem', 'diesem'].includes(prev)) return null;
    return cand(m.index, end, { season, mod });
  }),

  // Weekdays: "Dienstag", "am Dienstagabend", "letzten Montag", "kommenden Freitag".
  rule('weekday', `${B}(?:([Ll]etzten|[Vv]ergangenen|[Vv]origen|[Kk]ommenden|[Nn]ächsten|[Dd]iesen)\\s+)?${WD}(morgen|vormittag|mittag|nachmittag|abend|nacht)?(?:\\s+(Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)${E}|${E})`, (m, text) => {
    const wd = WEEKDAYS_DE[m[2].toLowerCase()];
    const partWord = (m[3] ?? m[4] ?? '').toLowerCase();
    const part = partWord ? ({ morgen: 'MO', vormittag: 'MO', mittag: 'MI', nachmittag: 'AF', abend: 'EV', nacht: 'NI' } as Record<string, string>)[partWord] : undefined;
    let dir: Frame['dir'] = m[1] ? (/^(letzten|vergangenen|vorigen)$/i.test(m[1]) ? -1 : /^diesen$/i.test(m[1]) ? 0 : 1) : undefined;
    if (dir === undefined) {
      // "seit Montag", "der Bericht vom Donnerstag" look back; "ab Montag", "bis Freitag" ahead.
      const prev = prevWord(text, m.index);
      if (prev === 'seit' || prev === 'vom') dir = -1;
      else if (prev === 'ab' || prev === 'bis') return cand(m.index, m.index + m[0].length, { wd, part, prepDir: 1 });
    }
    return cand(m.index, m.index + m[0].length, { wd, part, dir, soft: dir !== undefined && !m[1] });
  }),
  rule('weekdayset', `${B}(?:(?:[Jj]eden|[Jj]edem)\\s+${WD}|(montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonnabends|sonntags))${E}`, (m) => {
    const w = (m[1] ?? m[2]).toLowerCase().replace(/s$/, '');
    return cand(m.index, m.index + m[0].length, { lit: `XXXX-WXX-${WEEKDAYS_DE[w]}` }, 'SET');
  }),

  // Deictic days: "heute", "gestern Abend", "morgen früh", "übermorgen".
  rule('deictic', `${B}([Hh]eute|[Gg]estern|[Vv]orgestern|[Mm]orgen|[Üü]bermorgen)(?:\\s+(früh|[Mm]orgen|[Vv]ormittag|[Mm]ittag|[Nn]achmittag|[Aa]bend|[Nn]acht))?${E}`, (m, text) => {
    const w = m[1].toLowerCase();
    const n = { heute: 0, gestern: -1, vorgestern: -2, morgen: 1, übermorgen: 2 }[w]!;
    if (m[1] === 'Morgen' && m[2]) return null;
    if (w === 'morgen' && /^(am|des|jeden|den|guten|diesen|nächsten)$/.test(prevWord(text, m.index))) return null;
    // Capitalised "Morgen" is the noun (the morning) unless it opens a sentence followed by a verb ("Morgen wird gewählt").
    if (m[1] === 'Morgen' && !(/(?:^|[.!?:„"«»]\s*)$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && LOWER_WORD_AFTER.test(text.slice(m.index + 6, m.index + 9)))) return null;
    const part = m[2] ? ({ früh: 'MO', morgen: 'MO', vormittag: 'MO', mittag: 'MI', nachmittag: 'AF', abend: 'EV', nacht: 'NI' } as Record<string, string>)[m[2].toLowerCase()] : undefined;
    if (n === 0) return cand(m.index, m.index + m[0].length, { today: true, part });
    return cand(m.index, m.index + m[0].length, { rel: { unit: 'D', n, base: 'dct' }, part });
  }),
  rule('ana-day', `${B}([Tt]ags\\s+(?:darauf|zuvor)|[Vv]ortag(?:es|s)?|[Ff]olgetag(?:es|s)?)${E}`, (m) => {
    const n = /zuvor|vortag/i.test(m[1]) ? -1 : 1;
    return cand(m.index, m.index + m[0].length, { rel: { unit: 'D', n, base: 'ref' } });
  }),

  // "am Wochenende", "übers Wochenende": the weekend nearest in the tense's direction.
  ruleWithIndices('weekend', `${B}(?:[Aa]m|[Üü]bers|[Üü]ber\\s+das|[Dd]as)\\s+(Wochenende)${E}`, (m) => {
    const [s, e] = groupSpan(m, 1)!;
    return cand(s, e, { wd: 6, weekend: true });
  }),
  // "heuer" (Austrian and Bavarian: this year).
  rule('heuer', `${B}[Hh]euer${E}`, (m) => cand(m.index, m.index + m[0].length, { rel: { unit: 'Y', n: 0, base: 'dct' } })),
  // Quarters and halves: "im ersten Quartal", "im zweiten Halbjahr 2023", "das dritte Quartal".
  rule('quarter', `${B}(ersten?|zweiten?|dritten?|vierten?|[1-4]\\.)\\s+(Quartals?|Halbjahr(?:es|s)?|Jahreshälfte)(?:\\s+(?:des\\s+Jahres\\s+)?${YEAR}${E})?`, (m) => {
    const n = /^(erste|1)/.test(m[1]) ? 1 : /^(zweite|2)/.test(m[1]) ? 2 : /^(dritte|3)/.test(m[1]) ? 3 : 4;
    const f: Frame = /^Quartal/.test(m[2]) ? { quarter: n } : { half: n };
    if (f.half && n > 2) return null;
    if (m[3]) return cand(m.index, m.index + m[0].length, { ...f, y: +m[3], explicit: true });
    return cand(m.index, m.index + m[0].length, { ...f, rel: { unit: 'Y', n: 0, base: 'dct' } });
  }),
  // Holidays with a fixed date: "zu Weihnachten", "an Silvester", "Neujahr 2020".
  rule('holiday', `${B}(Weihnachten|Heiligabend|Heiligen\\s+Abend|Silvester|Neujahr|Neujahrstag)(?:\\s+${YEAR}${E})?${E}`, (m) => {
    const w = m[1].toLowerCase();
    const [mo, d] = /^weihnachten/.test(w) ? [12, 25] : /^heilig/.test(w) ? [12, 24] : w === 'silvester' ? [12, 31] : [1, 1];
    return cand(m.index, m.index + m[0].length, { m: mo, d, y: m[2] ? +m[2] : undefined, explicit: !!m[2] });
  }),
  // "Jahresende", "zum Jahresbeginn", "im Laufe des Jahres", "Monatsende".
  rule('unitpart', `${B}(Jahres|Monats)(ende|beginn|anfang|mitte|wechsel)${E}(?:\\s+${YEAR}${E})?|${B}Laufe\\s+(?:des|dieses)\\s+(Jahres|Monats|Tages)${E}`, (m) => {
    const u = (m[1] ?? m[4]).toLowerCase();
    const unit: RelUnit = u === 'jahres' ? 'Y' : u === 'monats' ? 'M' : 'D';
    const part = m[2]?.toLowerCase();
    const mod = part === 'ende' || part === 'wechsel' ? 'END' : part === 'mitte' ? 'MID' : part ? 'START' : undefined;
    if (m[3] && unit === 'Y') return cand(m.index, m.index + m[0].length, { y: +m[3], mod, explicit: true });
    return cand(m.index, m.index + m[0].length, { rel: { unit, n: 0, base: 'dct' }, mod });
  }),
  // "das heutige Busan", "das heutige System": the present (TIMEX2 annotates the adjective as PRESENT_REF).
  rule('heutig', `${B}[Hh]eutige[nmrs]?${E}`, (m) => cand(m.index, m.index + m[0].length, { lit: 'PRESENT_REF' }, 'DATE', -1)),
  // Movable feasts: "zu Ostern", "Pfingsten 2023", "an Christi Himmelfahrt".
  rule('feast', `${B}(Ostern|Ostersonntag|Ostermontag|Karfreitag|Gründonnerstag|Christi\\s+Himmelfahrt|Pfingsten|Pfingstsonntag|Pfingstmontag|Fronleichnam|Aschermittwoch|Rosenmontag)(?:\\s+${YEAR}${E})?${E}`, (m) => {
    const offsets: Record<string, number> = { ostern: 0, ostersonntag: 0, ostermontag: 1, karfreitag: -2, gründonnerstag: -3, 'christi himmelfahrt': 39, pfingsten: 49, pfingstsonntag: 49, pfingstmontag: 50, fronleichnam: 60, aschermittwoch: -46, rosenmontag: -48 };
    const w = m[1].toLowerCase().replace(/\s+/g, ' ');
    return cand(m.index, m.index + m[0].length, { easter: offsets[w], y: m[2] ? +m[2] : undefined, explicit: !!m[2] });
  }),
  // Vague anaphoric shifts: "Wochen später", "Jahre zuvor".
  rule('vaguelater', `${B}(Tage|Wochen|Monate|Jahre|Jahrzehnte)\\s+(später|danach|darauf|zuvor|vorher|davor|früher)${E}`, (m) =>
    cand(m.index, m.index + m[0].length, { lit: /später|danach|darauf/.test(m[2]) ? 'FUTURE_REF' : 'PAST_REF' })),
  // Day and month without a year after a preposition: "am 3.5.", "bis zum 12.10.".
  ruleWithIndices('numericdm', `${B}(?:am|vom|bis|zum|ab|seit|bis\\s+zum)\\s+((0?[1-9]|[12]\\d|3[01])\\.(0?[1-9]|1[0-2])\\.)(?![\\d.])`, (m) => {
    const [s, e] = groupSpan(m, 1)!;
    return cand(s, e, { m: +m[3], d: +m[2] });
  }),
  // Reference words.
  rule('ref', `${B}([Jj]etzt|[Dd]erzeit|[Zz]urzeit|[Gg]egenwärtig|[Mm]omentan|[Hh]eutzutage|[Kk]ürzlich|[Jj]üngst|[Nn]eulich|[Vv]or\\s+[Kk]urzem|[Ii]n\\s+der\\s+Vergangenheit|[Dd]emnächst|[Kk]ünftig|[Zz]ukünftig|[Ii]n\\s+(?:naher\\s+)?Zukunft|[Ii]n\\s+Kürze|[Bb]innen\\s+kurzem|[Bb]ald\\s+darauf)${E}`, (m, text) => {
    const w = m[1].toLowerCase().replace(/\s+/g, ' ');
    const value = /^(jetzt|nun|derzeit|zurzeit|gegenwärtig|momentan|heutzutage|diesem zeitpunkt)$/.test(w)
      ? 'PRESENT_REF'
      : /^(damals|kürzlich|jüngst|neulich|vor kurzem|in der vergangenheit|jenem zeitpunkt)$/.test(w)
        ? 'PAST_REF'
        : 'FUTURE_REF';
    return cand(m.index, m.index + m[0].length, { lit: value }, 'DATE', -1);
  }),

  // Relative units: "letzten Monat", "im vergangenen Jahr", "am selben Tag", "nächste Woche", "dieses Jahres".
  rule('relunit', `${B}${REL_ADJ}\\s+(Tag|Tages|Woche|Monat|Monats|Jahr|Jahres|Jahrzehnt|Jahrzehnts|Jahrhundert|Jahrhunderts|Quartal|Quartals|Wochenende|Wochenendes|Jahren|Monaten|Wochen|Tagen|Jahre|Monate|Tage|Jahrzehnten)${E}`, (m) => {
    const r = REL_WORD[m[1].toLowerCase()];
    const u = m[3].toLowerCase();
    const s = m.index;
    const e = m.index + m[0].length;
    if (/(jahren|monaten|wochen|tagen|jahre|monate|tage|jahrzehnten)$/.test(u)) {
      const unit = unitOf(m[3]);
      return cand(s, e, { lit: `PX${unit === 'DE' ? 'DE' : unit}` }, 'DURATION');
    }
    let unit: RelUnit = u.startsWith('tag') ? 'D' : u.startsWith('wochenende') ? 'WE' : u.startsWith('woche') ? 'W' : u.startsWith('monat') ? 'M' : u.startsWith('jahrzehnt') ? 'DE' : u.startsWith('jahrhundert') ? 'CE' : u.startsWith('quartal') ? 'Q' : 'Y';
    let base = r.base;
    if (m[1].toLowerCase() === 'nächste' && unit === 'D') base = 'ref';
    // "an diesem Tag" points back to the day just named, not to the day of writing ("heute" is that)
    if (m[1].toLowerCase() === 'diese' && unit === 'D') base = 'ref';
    return cand(s, e, { rel: { unit, n: r.n, base } });
  }),
  rule('relcompound', `${B}(Vorjahr|Vorjahres|Vorjahrs|Folgejahr|Folgejahres|Vormonat|Vormonats|Folgemonat|Folgemonats|Vorwoche|Folgewoche)${E}`, (m) => {
    const w = m[1].toLowerCase();
    const n = w.startsWith('vor') ? -1 : 1;
    const unit: RelUnit = w.includes('jahr') ? 'Y' : w.includes('monat') ? 'M' : 'W';
    return cand(m.index, m.index + m[0].length, { rel: { unit, n, base: n < 0 ? 'dct' : 'ref' } });
  }),
  rule('yearref', `${B}((?:[Ii]m|[Dd]as|[Ee]in)\\s+)?Jahr\\s+(zuvor|darauf|davor|danach)${E}`, (m) =>
    cand(m.index + (m[1]?.length ?? 0), m.index + m[0].length, { rel: { unit: 'Y', n: /zuvor|davor/.test(m[2]) ? -1 : 1, base: 'ref' } })),

  // "vor drei Tagen" (a date), "in zwei Wochen" (a date in the future).
  rule('agoin', `${B}([Vv]or|[Ii]n|[Bb]innen)\\s+(?:(?:gut|knapp|rund|etwa|fast|über|mehr\\s+als)\\s+)?${NUM}\\s+${UNIT}${E}`, (m) => {
    const unit = unitOf(m[3]);
    const n = numDe(m[2]);
    const s = m.index;
    const e = m.index + m[0].length;
    if (!unit || unit === 'S' || unit === 'TM' || unit === 'H') return null;
    if (/^binnen$/i.test(m[1])) return cand(s + m[1].length + 1, e, { lit: durValue(n, unit) }, 'DURATION');
    const sign = /^vor$/i.test(m[1]) ? -1 : 1;
    if (Number.isNaN(n)) return cand(s, e, { lit: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' });
    if (!Number.isInteger(n)) return null;
    const rel = { unit: unit as RelUnit, n: sign * n, base: 'dct' as const };
    if (unit === 'DE') return cand(s, e, { rel: { unit: 'Y', n: sign * n * 10, base: 'dct' } });
    return cand(s, e, { rel, keepDay: unit === 'D' });
  }, 'gu'),
  // "zwei Tage später", "eine Woche zuvor", "Ein Jahr später".
  rule('later', `${B}${NUM}\\s+${UNIT}\\s+(später|danach|darauf|zuvor|vorher|davor|früher)${E}`, (m) => {
    const unit = unitOf(m[2]);
    const n = numDe(m[1]);
    const sign = /später|danach|darauf/.test(m[3]) ? 1 : -1;
    const s = m.index;
    const e = m.index + m[0].length;
    if (!unit || unit === 'S' || unit === 'TM' || unit === 'H') return null;
    if (Number.isNaN(n)) return cand(s, e, { lit: `PX${unit}` }, 'DURATION');
    if (!Number.isInteger(n)) return null;
    if (unit === 'DE') return cand(s, e, { rel: { unit: 'Y', n: sign * n * 10, base: 'ref' } });
    return cand(s, e, { rel: { unit: unit as RelUnit, n: sign * n, base: 'ref' }, keepDay: unit === 'D' || unit === 'W' });
  }, 'giu'),

  // Durations: "drei Tage", "mehr als drei Wochen", "48 Stunden", "knapp zehn Jahren", "ein halbes Jahr".
  rule('duration', `${B}(?:((?:[Mm]ehr|[Ww]eniger)\\s+als|[Üü]ber|[Kk]napp|[Ff]ast|[Bb]einahe|[Rr]und|[Ee]twa|[Cc]a\\.|[Cc]irca|[Mm]indestens|[Hh]öchstens|[Gg]ut|[Nn]ahezu|[Bb]is\\s+zu|[Ii]nsgesamt)\\s+)?${NUM}\\s+(?:(?:weiteren?|weitere|vollen?|volle|langen?|ganzen?|ganze)\\s+)?${UNIT}(?:\\s+lang)?${E}`, (m, text) => {
    const unit = unitOf(m[3]);
    if (!unit) return null;
    const n = numDe(m[2]);
    if (/^\d{4}$/.test(m[2]) && unit !== 'Y') return null;
    if (/\d[:.,]$/.test(text.slice(Math.max(0, m.index - 2), m.index))) return null; // race times: 3:38 Stunden
    // "im Jahr" / "das Jahr" style singular without numeral is not a duration.
    if (/^(ein|eine|einen|einem|einer|eines)$/i.test(m[2]) && /^(jahres|tages|monats)$/i.test(m[3]) && !/kalender/i.test(m[3])) return null;
    const mods: Record<string, string> = { 'mehr als': 'MORE_THAN', über: 'MORE_THAN', 'weniger als': 'LESS_THAN', knapp: 'LESS_THAN', fast: 'LESS_THAN', beinahe: 'LESS_THAN', nahezu: 'LESS_THAN', rund: 'APPROX', etwa: 'APPROX', 'ca.': 'APPROX', circa: 'APPROX', mindestens: 'EQUAL_OR_MORE', höchstens: 'EQUAL_OR_LESS', gut: 'MORE_THAN', 'bis zu': 'EQUAL_OR_LESS' };
    const mod = m[1] ? mods[m[1].toLowerCase().replace(/\s+/g, ' ')] : undefined;
    void text;
    return cand(m.index, m.index + m[0].length, { lit: durValue(n, unit), mod }, 'DURATION');
  }),
  // Plural units after "seit"/"vor"/"für": "seit Jahren", "seit Monaten".
  ruleWithIndices('vaguedur', `${B}(?:[Ss]eit|[Ff]ür|[Üü]ber)\\s+(Jahren|Monaten|Wochen|Tagen|Jahrzehnten|Stunden)${E}`, (m) => {
    const [s, e] = groupSpan(m, 1)!;
    return cand(s, e, { lit: durValue(NaN, unitOf(m[1])) }, 'DURATION');
  }),
  rule('duradj', `${B}(\\d+|${NUMWORD_DE_RE}|mehr|viel|wenig|halb)-?(tägig|wöchig|monatig|jährig|stündig|minütig)(e[nmrs]?)?${E}|${B}(jahre|monate|wochen|tage|stunden|jahrzehnte)lang(e[nmrs]?)?${E}`, (m) => {
    if (m[4]) {
      const u = { jahre: 'Y', monate: 'M', wochen: 'W', tage: 'D', stunden: 'H', jahrzehnte: 'DE' }[m[4].toLowerCase()]!;
      return cand(m.index, m.index + m[0].length, { lit: durValue(NaN, u) }, 'DURATION');
    }
    const unit = DUR_ADJ_DE[m[2].toLowerCase()];
    // "ein 26-jähriger Mann", "der 34-Jährige": ages, not durations.
    if (unit === 'Y' && (/^\d/.test(m[1]) || m[2][0] === 'J')) return null;
    const n = /^(mehr|viel|wenig)$/i.test(m[1]) ? NaN : /^halb$/i.test(m[1]) ? 0.5 : numDe(m[1]);
    if (unit === 'Y' && n === 1 && /^ein$/i.test(m[1]) === false) return null;
    return cand(m.index, m.index + m[0].length, { lit: durValue(n, unit) }, 'DURATION');
  }, 'giu'),

  // Times: "7:30 Uhr", "8:00", "um 10 Uhr", "5 Uhr früh", "Mitternacht".
  rule('clock', `${B}([01]?\\d|2[0-4])(?:[:.]([0-5]\\d))?\\s*Uhr(?:\\s+(früh|morgens|vormittags|mittags|nachmittags|abends|nachts))?|${B}([01]?\\d|2[0-3]):([0-5]\\d)${E}(?!\\s*(?:Minuten|Stunden|[:/]))`, (m, text) => {
    let hh = +(m[1] ?? m[4]);
    const mi = +(m[2] ?? m[5] ?? 0);
    const p = m[3];
    if (/[+±-]\s*$/.test(text.slice(Math.max(0, m.index - 2), m.index)) || /^[,.]\d/.test(text.slice(m.index + m[0].length))) return null;
    if (p && /nachmittags|abends/.test(p) && hh < 12) hh += 12;
    if (p && /nachts/.test(p) && hh < 5) hh += 0;
    return cand(m.index, m.index + m[0].length, { hh, mi });
  }),
  rule('midnight', `${B}(Mitternacht|Mittag)${E}`, (m, text) => {
    const prev = prevWord(text, m.index);
    if (m[1] === 'Mittag' && !/^(gegen|um|zu|am)$/.test(prev)) return null;
    return cand(m.index, m.index + m[0].length, m[1] === 'Mitternacht' ? { hh: 24, mi: 0 } : { hh: 12, mi: 0 });
  }),

  // Part of an anaphoric day: "Am Abend desselben Tages", "am selben Abend", "am nächsten Morgen".
  rule('partana', `${B}(?:(?:[Aa]m|[Ii]n\\s+der)\\s+)?(?:(?:frühen|späten)\\s+)?(Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)\\s+(desselben|dieses|des\\s+selben|des\\s+gleichen|des\\s+folgenden|des\\s+nächsten)\\s+Tages${E}|${B}(?:[Aa]m|[Ii]n\\s+der)\\s+(selben|gleichen|folgenden|nächsten)\\s+(Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)${E}`, (m) => {
    const partWord = (m[1] ?? m[4]).toLowerCase();
    const rel = (m[2] ?? m[3]).toLowerCase();
    const part = ({ morgen: 'MO', vormittag: 'MO', mittag: 'MI', nachmittag: 'AF', abend: 'EV', nacht: 'NI' } as Record<string, string>)[partWord];
    const n = /folgenden|nächsten/.test(rel) ? 1 : 0;
    return cand(m.index, m.index + m[0].length, { rel: { unit: 'D', n, base: 'ref' }, part });
  }),

  // Sets: "jeden Tag", "jedes Jahr", "täglich", "einmal im Monat", "alle zwei Wochen".
  rule('set', `${B}(?:(?:[Jj]ede[nmrs]?)\\s+(Tag|Woche|Monat|Jahr|Morgen|Abend|Nacht|Wochenende|Quartal)|([Tt]äglich|[Ww]öchentlich|[Mm]onatlich|[Jj]ährlich|[Aa]lljährlich|[Ss]tündlich|[Qq]uartalsweise)|(?:ein|zwei|drei|vier)mal\\s+(?:im|pro|in\\s+der|am|je)\\s+(Tag|Woche|Monat|Jahr|Quartal)|[Aa]lle\\s+${NUM}\\s+${UNIT})${E}`, (m) => {
    const w = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
    let value: string;
    if (m[5]) {
      const n = numDe(m[4]);
      const unit = unitOf(m[5]);
      if (!unit) return null;
      value = durValue(n, unit);
    } else if (/^(tag|täglich|morgen|abend|nacht)/.test(w)) value = w === 'morgen' ? 'XXXX-XX-XXTMO' : w === 'abend' ? 'XXXX-XX-XXTEV' : w === 'nacht' ? 'XXXX-XX-XXTNI' : 'P1D';
    else if (/^(woche|wöchentlich)$/.test(w)) value = 'P1W';
    else if (w === 'wochenende') value = 'XXXX-WXX-WE';
    else if (/^(monat|monatlich)$/.test(w)) value = 'P1M';
    else if (/^(quartal|quartalsweise)$/.test(w)) value = 'P3M';
    else if (/^stündlich$/.test(w)) value = 'PT1H';
    else value = 'P1Y';
    return cand(m.index, m.index + m[0].length, { lit: value }, 'SET');
  }),

  // "Ende des Jahres", "Anfang des Monats", "Mitte der Woche" (this unit of the DCT; modifier is added later).
  rule('unitmod', `${B}(?:[Gg]egen\\s+)?([Aa]nfang|[Mm]itte|[Ee]nde|[Bb]eginn)\\s+(?:des|der)\\s+(Jahres|Monats|Woche|Jahrzehnts|Jahrhunderts)${E}(?!\\s+\\d)`, (m) => {
    const u = m[2].toLowerCase();
    const unit: RelUnit = u === 'jahres' ? 'Y' : u === 'monats' ? 'M' : u === 'woche' ? 'W' : u === 'jahrzehnts' ? 'DE' : 'CE';
    return cand(m.index, m.index + m[0].length, { rel: { unit, n: 0, base: 'dct' }, mod: MOD_OF[m[1].toLowerCase()] });
  }),
], {
  iso: /\d-\d/,
  numeric: /\d\.\s?\d/,
  dayrange: /\d\./,
  monthrange: /\d\d\d/,
  bcrange: /Chr/,
  yearbc: /Chr/,
  yearword: /Jahr/,
  decade: /0er/,
  decadeword: /ziger|ßiger/i,
  century: /hundert/,
  season: /Frühjahr|Frühling|ommer|erbst|inter/,
  weekday: /tag|woch|abend/,
  weekdayset: /tags|wochs|abends|[Jj]ede/,
  deictic: /eute|estern|orgen/,
  'ana-day': /[Tt]ags|tag/,
  weekend: /Wochenende/,
  heuer: /euer/,
  feast: /Ostern|Oster|Karfreitag|Gründonnerstag|Himmelfahrt|Pfingst|Fronleichnam|Aschermittwoch|Rosenmontag/,
  vaguelater: /später|danach|darauf|zuvor|vorher|davor|früher/,
  numericdm: /\d\.\d/,
  quarter: /Quartal|Halbjahr|Jahreshälfte/,
  holiday: /Weihnacht|Heilig|Silvester|Neujahr/,
  unitpart: /Jahres|Monats|Laufe/,
  heutig: /eutig/,
  ref: /etzt|erzeit|urzeit|egenwärtig|omentan|eutzutage|ürzlich|üngst|eulich|urzem|ergangenheit|emnächst|ünftig|ukunft|ürze|urzem|darauf/,
  relunit: /Tag|Woche|Monat|Jahr|Quartal/,
  relcompound: /Vorjahr|Folgejahr|Vormonat|Folgemonat|Vorwoche|Folgewoche/,
  yearref: /Jahr\s+(?:zuvor|darauf|davor|danach)/,
  agoin: /[Vv]or\s|[Ii]n\s|[Bb]innen\s/,
  later: /später|danach|darauf|zuvor|vorher|davor|früher/,
  duradj: /tägig|wöchig|monatig|[Jj]ährig|stündig|minütig|lang/,
  clock: /Uhr|\d:\d/,
  midnight: /Mitternacht|Mittag/,
  partana: /Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht/,
  set: /[Jj]ede|täglich|öchentlich|onatlich|ährlich|tündlich|uartalsweise|mal\s|[Aa]lle\s/,
  unitmod: /Anfang|Mitte|Ende|Beginn/,
  vaguedur: /Jahren|Monaten|Wochen|Tagen|Jahrzehnten|Stunden/,
});

/** Modifier words that extend a DATE leftwards ("Anfang Mai", "Mitte 1918", "gegen Ende September"). */
export const MOD_PREFIX_DE = /(?<![\p{L}])(?:[Gg]egen\s+)?([Aa]nfang|[Mm]itte|[Ee]nde|[Bb]eginn)(?:\s+(?:des\s+Jahres|des|der|den))?\s+$/u;
export const MOD_WORD_DE: Record<string, string> = { anfang: 'START', beginn: 'START', frühen: 'START', früh: 'START', mitte: 'MID', ende: 'END', späten: 'END', spät: 'END' };
/** Part-of-day words that attach to a following date ("Morgen des 30. Juli", "Nacht vom 25."). */
export const PART_PREFIX_DE = /(?:(?:frühen|späten)\s+)?(Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)\s+(?:des|vom|zum)\s+$/u;
