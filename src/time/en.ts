import type { Candidate, Frame, RelUnit } from './frame.ts';
import { MONTHS_EN, NUMWORD_EN_RE, SEASONS_EN, UNITS_EN, WEEKDAYS_EN, alt, parseNumber } from './lexicon.ts';
import { B, E, gated, groupSpan, isUpper, nextWord, prevWord, rule, ruleWithIndices, type Rule } from './rule.ts';

/** "Word" → "[Ww]ord", so sentence-initial capitals match without the slow `i` flag. */
const ci = (w: string) => (/^[a-z]/.test(w) ? `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}` : w);
const ciAlt = (ws: Iterable<string>) => alt(ws).split('|').map(ci).join('|');
const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

const MON_FULL = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MON_ABBR = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
const MON = `(${alt(MON_FULL.map(cap))}|(?:${alt(MON_ABBR.map(cap))})\\.?)`;
const WD = `(${alt(Object.keys(WEEKDAYS_EN).map(cap))})`;
const YEAR = '(1\\d{3}|20\\d{2})';
const DAYN = '(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';
const NUM = `(\\d+(?:\\.\\d+)?(?:\\s1/2)?|(?:${ciAlt(['a', 'one', 'two', 'three', 'four', 'five', 'several', 'a few'])})\\s+(?:hundred|thousand)|${NUMWORD_EN_RE.replace(/\|a\|an\||\|an\|a\|/, '|')}|${ciAlt(['a', 'an'])}|${ciAlt(['several', 'some', 'few', 'a few', 'many', 'a couple of', 'couple of', 'numerous'])})`;
const UNIT = `(${alt(Object.keys(UNITS_EN))})`;

const month = (s: string) => MONTHS_EN[s.toLowerCase().replace(/\.$/, '')];
const numEn = (s: string): number => {
  const w = s.toLowerCase().replace(/\s+/g, ' ');
  const big = /^(.+) (hundred|thousand)$/.exec(w);
  if (big) return numEn(big[1]) * (big[2] === 'hundred' ? 100 : 1000);
  if (/^(several|some|few|a few|many|numerous)$/.test(w)) return NaN;
  return parseNumber(w, 'en');
};

function cand(start: number, end: number, frame: Frame, type: Candidate['type'] = 'DATE', prio = 0): Candidate {
  if (frame.hh !== undefined || (frame.part && (frame.d !== undefined || frame.wd !== undefined || frame.today || frame.rel))) type = type === 'DATE' ? 'TIME' : type;
  return { start, end, type, frame, prio };
}

function durValue(n: number, unit: string): string {
  if (Number.isNaN(n)) return unit === 'TM' ? 'PTXM' : unit === 'H' || unit === 'S' ? `PTX${unit}` : unit === 'CE' ? 'PXE' : unit === 'DE' ? 'PXDE' : `PX${unit}`;
  if (unit === 'DE') return `P${n * 10}Y`;
  if (unit === 'CE') return `P${n * 100}Y`;
  if (unit === 'Q') return `P${n * 3}M`;
  if (unit === 'WE') return `P${n * 2}D`;
  if (!Number.isInteger(n)) {
    if (unit === 'Y') return `P${Math.round(n * 12)}M`;
    if (unit === 'M') return `P${Math.round(n * 30)}D`;
    if (unit === 'D') return `PT${Math.round(n * 24)}H`;
    if (unit === 'H') return `PT${Math.round(n * 60)}M`;
    if (unit === 'W') return `P${Math.round(n * 7)}D`;
  }
  if (unit === 'TM') return `PT${n}M`;
  if (unit === 'H' || unit === 'S') return `PT${n}${unit}`;
  return `P${n}${unit}`;
}

const unitOf = (s: string) => UNITS_EN[s.toLowerCase()];
const relUnit = (u: string): RelUnit => {
  const x = unitOf(u) ?? 'Y';
  return (x === 'TM' || x === 'S' ? 'H' : x) as RelUnit;
};

const MONTH_PREV = new Set(['in', 'since', 'by', 'until', 'till', 'of', 'last', 'next', 'this', 'early', 'mid', 'late', 'during', 'through', 'from', 'to', 'and', 'or', 'before', 'after', 'between', 'for', 'that', 'each', 'every', 'around', 'about']);
const YEAR_BAD_NEXT = /^(?:million|billion|trillion|thousand|percent|%|people|shares|troops|soldiers|members|employees|workers|jobs|cars|units|tons|miles|feet|acres|barrels|dollars|points)$/i;
const PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI' };

export const RULES_EN: Rule[] = gated([
  rule('iso', `${B}(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::\\d{2})?)?${E}`, (m) =>
    cand(m.index, m.index + m[0].length, { y: +m[1], m: +m[2], d: +m[3], hh: m[4] ? +m[4] : undefined, mi: m[5] ? +m[5] : undefined, explicit: true })),
  rule('slashdate', `${B}(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])/(\\d{4}|\\d{2})${E}`, (m) => {
    let y = +m[3];
    if (m[3].length === 2) y += y <= 40 ? 2000 : 1900;
    return cand(m.index, m.index + m[0].length, { y, m: +m[1], d: +m[2], explicit: true });
  }),
  // "Friday, Oct. 13, 1989", "March 26, 1996", "Aug. 2", "2 August 1990", "the 3rd of May".
  rule('mdy', `${B}(?:${WD},?\\s+)?${MON}\\s+${DAYN}${E}(?:,?\\s+${YEAR}${E})?`, (m) => {
    const y = m[4] ? +m[4] : undefined;
    return cand(m.index, m.index + m[0].length, { y, m: month(m[2]), d: +m[3], explicit: y !== undefined });
  }),
  rule('dmy', `${B}(?:${WD},?\\s+)?${DAYN}\\s+(?:of\\s+)?${MON}${E}(?:,?\\s+${YEAR}${E})?`, (m) => {
    const y = m[4] ? +m[4] : undefined;
    return cand(m.index, m.index + m[0].length, { y, m: month(m[3]), d: +m[2], explicit: y !== undefined });
  }),
  // "March 1996", "June last year", "January this year", "last May", "this September", bare "October".
  rule('month', `${B}(?:(${ciAlt(['last', 'next', 'this', 'past', 'coming'])})\\s+)?${MON}${E}(?:,?\\s+${YEAR}${E}|\\s+(?:of\\s+)?(last|next|this)\\s+year${E})?`, (m, text) => {
    const mo = month(m[2]);
    const s = m.index;
    const e = m.index + m[0].length;
    if (m[3]) return cand(s, e, { y: +m[3], m: mo, explicit: true });
    if (m[4]) return cand(s, e, { m: mo, rel: { unit: 'Y', n: m[4] === 'last' ? -1 : m[4] === 'next' ? 1 : 0, base: 'dct' } });
    if (m[1]) {
      const w = m[1].toLowerCase();
      if (w === 'this') return cand(s, e, { m: mo, rel: { unit: 'Y', n: 0, base: 'dct' } });
      return cand(s, e, { m: mo, dir: w === 'last' || w === 'past' ? -1 : 1 });
    }
    const prev = prevWord(text, s);
    if (/^(may|march)$/i.test(m[2]) && !MONTH_PREV.has(prev)) return null;
    if (m[2].endsWith('.') === false && MON_ABBR.includes(m[2].toLowerCase())) return null;
    if (isUpper(nextWord(text, e)) && !MONTH_PREV.has(prev)) return null;
    return cand(s, e, { m: mo });
  }),
  // Years: "1998", "fiscal 1989", "the year 2000".
  ruleWithIndices('year', `${B}(?:(?:[Ff]iscal|[Tt]he\\s+year)\\s+)?${YEAR}(?:[-–/](\\d{2}|\\d{4}))?${E}(?![.,]\\d)`, (m, text) => {
    const prev = prevWord(text, m.index);
    const next = nextWord(text, m.index + m[0].length);
    if (text[m.index - 1] === '$' || YEAR_BAD_NEXT.test(next)) return null;
    if (/^(?:about|some|nearly|almost|over|approximately|roughly|another|than)$/.test(prev)) return null;
    if (prev === 'the' && /^[a-z]+s$/.test(next) && !/^(?:was|has|is)$/.test(next)) return null;
    const y = +m[1];
    const e1 = groupSpan(m, 1)![1];
    const out = [cand(m.index, e1, { y, explicit: true })];
    if (m[2]) {
      const y2 = m[2].length === 2 ? Math.floor(y / 100) * 100 + +m[2] : +m[2];
      if (y2 > y && y2 - y < 100) out.push(cand(e1 + 1, m.index + m[0].length, { y: y2, explicit: true }));
    }
    return out;
  }),
  // "the 1988 period", "the 1989 second quarter".
  rule('yearperiod', `${B}[Tt]he\\s+${YEAR}\\s+(?:(first|second|third|fourth)\\s+)?(period|quarter|fiscal\\s+year|season)${E}`, (m) => {
    const ord: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
    return cand(m.index, m.index + m[0].length, { y: +m[1], quarter: m[2] ? ord[m[2]] : undefined, explicit: true });
  }),
  // Decades: "the 1990s", "the '80s", "the eighties".
  rule('decade', `${B}(?:[Tt]he\\s+)?(?:(1\\d|20)(\\d)0|'([1-9])0)'?s${E}`, (m) =>
    cand(m.index, m.index + m[0].length, m[1] ? { decade: +m[1] * 10 + +m[2] } : { decShort: +m[3] })),
  // Centuries: "the 20th century", "the nineteenth century".
  rule('century', `${B}(?:[Tt]he\\s+)?(\\d{1,2})(?:st|nd|rd|th)[-\\s]century${E}|${B}(?:[Tt]he\\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[-\\s]century${E}`, (m) => {
    const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first'];
    const n = m[1] ? +m[1] : words.indexOf(m[2].toLowerCase()) + 1;
    return cand(m.index, m.index + m[0].length, { century: n - 1 });
  }),
  // Seasons: "summer 1998", "this summer", "last fall", "the spring".
  rule('season', `${B}(?:(${ciAlt(['last', 'next', 'this', 'this past', 'past', 'coming', 'the'])})\\s+)?(${ciAlt(Object.keys(SEASONS_EN))})${E}(?:\\s+(?:of\\s+)?${YEAR}${E})?`, (m, text) => {
    const season = SEASONS_EN[m[2].toLowerCase()];
    const s = m.index;
    const e = m.index + m[0].length;
    if (m[3]) return cand(s, e, { y: +m[3], season, explicit: true });
    const w = m[1]?.toLowerCase();
    if (w === 'last' || w === 'past' || w === 'this past') return cand(s, e, { season, dir: -1 });
    if (w === 'next' || w === 'coming') return cand(s, e, { season, rel: { unit: 'Y', n: 1, base: 'dct' } });
    if (w === 'this') return cand(s, e, { season });
    const prev = prevWord(text, s);
    if (!['in', 'since', 'by', 'until', 'during', 'early', 'late', 'mid', 'through'].includes(w === 'the' ? prevWord(text, s) : prev)) return null;
    if (/^fall$/i.test(m[2]) && !w) return null;
    return cand(s, e, { season });
  }),
  // Quarters and halves: "the third quarter", "third-quarter", "the fourth quarter of 1989", "the first half".
  rule('quarter', `${B}(?:(?:[Tt]he|[Tt]his\\s+year's|[Ll]ast\\s+year's)\\s+)?(?:(?:fiscal|latest|current)\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)[-\\s](quarter|half)${E}(?:\\s+(?:of\\s+)?${YEAR}${E})?`, (m) => {
    const ord: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
    const n = ord[m[1].toLowerCase()];
    const f: Frame = m[2] === 'quarter' ? { quarter: n } : { half: n };
    // "the third-quarter results": the article belongs to the noun, not to the adjectival date.
    const adj = /^[Tt]he\s+(?:(?:fiscal|latest|current)\s+)?\w+-(?:quarter|half)$/.exec(m[0]);
    if (adj && !m[3]) return cand(m.index + 4, m.index + m[0].length, f);
    if (m[3]) return cand(m.index, m.index + m[0].length, { ...f, y: +m[3], explicit: true });
    if (/^last year's/i.test(m[0])) return cand(m.index, m.index + m[0].length, { ...f, rel: { unit: 'Y', n: -1, base: 'dct' } });
    if (f.half) return cand(m.index, m.index + m[0].length, { ...f, rel: { unit: 'Y', n: 0, base: 'dct' } });
    return cand(m.index, m.index + m[0].length, f);
  }),
  rule('thequarter', `${B}(?:[Tt]he\\s+(?:latest\\s+|most\\s+recent\\s+|last\\s+|current\\s+)?quarter|[Tt]his\\s+quarter|[Ll]ast\\s+quarter|[Nn]ext\\s+quarter)${E}`, (m) => {
    const w = m[0].toLowerCase();
    const n = /next/.test(w) ? 1 : /this|current/.test(w) ? 0 : -1;
    return cand(m.index, m.index + m[0].length, { rel: { unit: 'Q', n: /^the quarter$/.test(w) ? -1 : n, base: 'dct' } });
  }),
  // Weekdays: "Friday", "last Friday", "Friday morning", "Saturday night".
  ruleWithIndices('weekday', `${B}(?:(?:[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\\s+)?(?:(${ciAlt(['last', 'next', 'this', 'past', 'coming', 'on', 'this coming', 'the previous', 'the following', 'the next'])})\\s+)?${WD}(?:\\s+(morning|afternoon|evening|night)s?)?${E}`, (m, text) => {
    const wd = WEEKDAYS_EN[m[2].toLowerCase()];
    const part = m[3] ? PARTS[m[3].toLowerCase()] : undefined;
    const w = m[1]?.toLowerCase();
    let dir: Frame['dir'] = w === 'last' || w === 'past' || w === 'the previous' ? -1 : w === 'next' || w === 'coming' || w === 'this coming' || w === 'the following' || w === 'the next' ? 1 : w === 'this' ? 0 : undefined;
    let soft = false;
    if (dir === undefined) {
      const prev = prevWord(text, m.index);
      if (prev === 'since') dir = -1;
      soft = dir !== undefined;
    }
    const s = w === 'on' ? groupSpan(m, 2)![0] : m.index;
    const early = /^(early|late|earlier|later)\s/i.exec(m[0]);
    if (early) return cand(s, m.index + m[0].length, { wd, part, dir, mod: /^(early|earlier)/i.test(early[1]) ? 'START' : 'END', lastWeek: w === 'last' });
    if (/nights$|mornings$|evenings$|afternoons$/.test(m[0])) return cand(s, m.index + m[0].length, { lit: `XXXX-WXX-${wd}T${part}` }, 'SET');
    return cand(s, m.index + m[0].length, { wd, part, dir, soft, lastWeek: w === 'last' });
  }),
  rule('weekdayset', `${B}(?:[Ee]ach|[Ee]very)\\s+${WD}${E}|${B}(Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)${E}`, (m) => {
    const w = (m[1] ?? m[2]).toLowerCase().replace(/s$/, '');
    return cand(m.index, m.index + m[0].length, { lit: `XXXX-WXX-${WEEKDAYS_EN[w]}` }, 'SET');
  }),
  // Deictic days: "today", "yesterday", "tomorrow", "tonight", "last night", "this morning", "late yesterday".
  rule('deictic', `${B}(?:([Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater|[Mm]id-?afternoon|[Mm]id-?morning)\\s+)?(${ciAlt(['today', 'yesterday', 'tomorrow', 'tonight'])})(?:\\s+(morning|afternoon|evening|night))?${E}|${B}(${ciAlt(['this', 'last'])})\\s+(morning|afternoon|evening|night)${E}|${B}([Oo]vernight)${E}`, (m) => {
    const s = m.index;
    const e = m.index + m[0].length;
    if (m[6]) return cand(s, e, { today: true, part: 'NI' });
    if (m[4]) {
      const part = PARTS[m[5]];
      if (m[4].toLowerCase() === 'last') return cand(s, e, { rel: { unit: 'D', n: m[5] === 'night' ? -1 : 0, base: 'dct' }, part });
      return cand(s, e, { today: true, part });
    }
    const w = m[2].toLowerCase();
    const pre = m[1]?.toLowerCase() ?? '';
    const part = w === 'tonight' ? 'NI' : m[3] ? PARTS[m[3]] : /afternoon/.test(pre) ? 'AF' : /morning/.test(pre) ? 'MO' : undefined;
    const mod = pre ? (/^mid/.test(pre) ? 'MID' : /^early/.test(pre) ? 'START' : 'END') : undefined;
    if (w === 'today' || w === 'tonight') return cand(s, e, { today: true, part, mod });
    return cand(s, e, { rel: { unit: 'D', n: w === 'yesterday' ? -1 : 1, base: 'dct' }, part, mod });
  }),
  rule('holiday', `${B}(Christmas(?:\\s+Day|\\s+Eve)?|New\\s+Year's(?:\\s+Day|\\s+Eve)|Independence\\s+Day|Halloween|Valentine's\\s+Day)(?:,?\\s+${YEAR}${E})?${E}`, (m) => {
    const w = m[1].toLowerCase().replace(/\s+/g, ' ');
    const [mo, d] = w === 'christmas eve' ? [12, 24] : /^christmas/.test(w) ? [12, 25] : w === "new year's eve" ? [12, 31] : /^new year/.test(w) ? [1, 1] : w === 'independence day' ? [7, 4] : w === 'halloween' ? [10, 31] : [2, 14];
    return cand(m.index, m.index + m[0].length, { m: mo, d, y: m[2] ? +m[2] : undefined, explicit: !!m[2] });
  }),
  // "year-end", "the end of the year", "the beginning of the month".
  rule('yearend', `${B}(?:[Tt]he\\s+)?year(?:-end|\\s+end|'s\\s+end)${E}|${B}(?:[Tt]he\\s+)?(end|beginning|start|middle)\\s+of\\s+(?:the|this)\\s+(year|month|week|quarter)${E}`, (m) => {
    const unit: RelUnit = m[2] === 'month' ? 'M' : m[2] === 'week' ? 'W' : m[2] === 'quarter' ? 'Q' : 'Y';
    const mod = !m[1] || m[1] === 'end' ? 'END' : m[1] === 'middle' ? 'MID' : 'START';
    return cand(m.index, m.index + m[0].length, { rel: { unit, n: 0, base: 'dct' }, mod });
  }),
  // Reference words.
  rule('ref', `${B}(${ciAlt(['now', 'currently', 'presently', 'nowadays', 'these days', 'recently', 'formerly', 'lately', 'the past', 'soon', 'as soon as possible', 'the future', 'the near future', 'in future', 'right now', 'at present', 'so far', 'for now', 'just now'])})${E}`, (m, text) => {
    const w = m[1].toLowerCase();
    const nx = nextWord(text, m.index + m[0].length);
    if (w === 'now' && /^(that)$/i.test(nx)) return null;
    if ((w === 'the past' || w === 'the future') && /^(few|two|three|four|five|six|seven|eight|nine|ten|several|\d+|year|month|week|decade|day|years|months|weeks|decades|days)$/i.test(nx)) return null;
    if (w === 'so far' && !/^[,.;]/.test(text.slice(m.index + m[0].length))) return null;
    const value = /^(now|currently|presently|nowadays|these days|right now|at present|for now|just now)$/.test(w) ? 'PRESENT_REF' : /^(recently|formerly|lately|the past|so far)$/.test(w) ? 'PAST_REF' : 'FUTURE_REF';
    const span = w === 'just now' || w === 'for now' ? [m.index + m[0].length - 3, m.index + m[0].length] : [m.index, m.index + m[0].length];
    return cand(span[0], span[1], { lit: value }, 'DATE', -1);
  }),
  // Relative units: "last week", "this year", "next month", "the past year", "earlier this month".
  rule('relunit', `${B}(?:([Ee]arlier|[Ll]ater)\\s+)?(${ciAlt(['last', 'next', 'this', 'past', 'coming', 'previous', 'current', 'the same', 'that', 'the following', 'the previous', 'the next', 'the last', 'the past', 'the coming'])})\\s+(day|week|month|year|decade|century|weekend)${E}(?!\\s+(?:of|after|before|ago|earlier|later))`, (m) => {
    const w = m[2].toLowerCase();
    const unit: RelUnit = m[3] === 'weekend' ? 'WE' : relUnit(m[3]);
    let n = /last|past|previous/.test(w) ? -1 : /next|coming|following/.test(w) ? 1 : 0;
    const base: 'dct' | 'ref' = /same|that|following|the previous|the next/.test(w) ? 'ref' : 'dct';
    if (w === 'the past' || w === 'the last' || w === 'the coming' || w === 'the next') {
      if (unit !== 'D') return cand(m.index, m.index + m[0].length, { lit: durValue(1, unit === 'WE' ? 'WE' : unit) }, 'DURATION');
    }
    if (unit === 'D' && n === 0 && base === 'dct') n = 0;
    const mod = m[1] ? (m[1].toLowerCase() === 'earlier' ? 'START' : 'END') : undefined;
    return cand(m.index, m.index + m[0].length, { rel: { unit, n, base }, mod });
  }),
  // "the weekend", "over the weekend".
  rule('weekend', `${B}(?:[Tt]he|[Tt]his|[Ll]ast|[Nn]ext)\\s+weekend${E}`, (m) => {
    const w = m[0].toLowerCase();
    return cand(m.index, m.index + m[0].length, { wd: 6, weekend: true, dir: /^last/.test(w) ? -1 : /^next/.test(w) ? 1 : undefined });
  }),
  // "the year", "the fiscal year", "the year ended June 30" (a duration), "the year-earlier quarter".
  rule('theyear', `${B}[Tt]he\\s+(?:(?:fiscal|full|current|latest)\\s+)?year${E}(?!-)(?!\\s*'s)`, (m, text) => {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/^\s+(?:ended|ending|to\s)/.test(after)) return cand(m.index, m.index + m[0].length, { lit: 'P1Y' }, 'DURATION');
    if (/^\s+(?:of|before|after|in|when|that)\b/.test(after)) return null;
    return cand(m.index, m.index + m[0].length, { rel: { unit: 'Y', n: 0, base: 'dct' } });
  }),
  rule('yearago', `${B}(?:[Tt]he\\s+(?:comparable\\s+)?)?year-(?:earlier|ago)(?:\\s+(?:third\\s+|fourth\\s+|second\\s+|first\\s+)?(?:quarter|period))?${E}`, (m) => {
    // "the year-earlier quarter" keeps its article; the bare adjective ("the year-ago results") does not.
    const bare = !/(?:quarter|period)$/.test(m[0]);
    const lead = bare ? /^[Tt]he\s+(?:comparable\s+)?/.exec(m[0])?.[0].length ?? 0 : 0;
    return cand(m.index + lead, m.index + m[0].length, { rel: { unit: 'Q', n: -5, base: 'dct' } });
  }),
  // "two years ago", "a year earlier", "three days later", "a week from now".
  rule('ago', `${B}(?:(about|nearly|almost|more\\s+than|less\\s+than|some|just|only|over)\\s+)?${NUM}[\\s-]+${UNIT}(?:\\s+or\\s+so)?\\s+(ago|earlier|later|before(?=\\s*[,.;])|after(?=\\s*[,.;])|from\\s+now|hence)${E}`, (m) => {
    const unit = unitOf(m[3]);
    if (!unit) return null;
    const n = numEn(m[2]);
    const w = m[4].toLowerCase();
    const sign = /ago|earlier|before/.test(w) ? -1 : 1;
    const base: 'dct' | 'ref' = /ago|from now|hence/.test(w) ? 'dct' : 'ref';
    const s = m.index;
    const e = m.index + m[0].length;
    const mod = m[1] ? (/nearly|almost|less/.test(m[1]) ? 'APPROX' : /more|over/.test(m[1]) ? 'MORE_THAN' : 'APPROX') : undefined;
    if (Number.isNaN(n)) return cand(s, e, { lit: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' });
    if (!Number.isInteger(n) || unit === 'S' || unit === 'TM') return null;
    if (unit === 'DE') return cand(s, e, { rel: { unit: 'Y', n: sign * n * 10, base }, mod });
    return cand(s, e, { rel: { unit: unit as RelUnit, n: sign * n, base }, mod });
  }),
  // Durations: "three years", "the past three months", "five-year", "more than four hours", "a few days".
  rule('duration', `${B}(?:(${ciAlt(['the past', 'the last', 'the next', 'the coming', 'the first', 'the final', 'the previous', 'the', 'past', 'next'])})\\s+)?(?:(${ciAlt(['more than', 'less than', 'fewer than', 'no more than', 'nearly', 'almost', 'about', 'around', 'approximately', 'roughly', 'some', 'at least', 'up to', 'under', 'at most'])})\\s+)?(?:(?:\\d+|${NUMWORD_EN_RE.replace(/\|a\|an\||\|an\|a\|/, '|')})\\s+(?:to|or)\\s+)?${NUM}(?:[\\s-]+(?:more|additional|full|straight|consecutive|long))?[\\s-]+${UNIT}(?:[\\s-]+(?:long|old)|\\s+or\\s+(?:so|two|more))?${E}`, (m, text) => {
    const unit = unitOf(m[4]);
    if (!unit) return null;
    const n = numEn(m[3]);
    const s = m.index;
    const e = m.index + m[0].length;
    const lead = m[1]?.toLowerCase();
    if (/old$/.test(m[0])) return null;
    if (/^[a-z]+-quarters?$/i.test(m[0].replace(/^.*\s/, ''))) return null; // "three-quarters" is a fraction
    // "the eight-year war": the article is not part of an adjectival duration.
    if (lead === 'the' && /-/.test(m[0].slice(4))) return cand(s + 4, e, { lit: durValue(n, unit) }, 'DURATION');
    if (/^(a|an)$/i.test(m[3]) && /s$/.test(m[4])) return null;
    if (/^\d{4}$/.test(m[3]) && unit !== 'Y') return null;
    if (lead === 'the' && !/^(\d|[a-z])/i.test(m[3])) return null;
    if (/^(a|an)$/i.test(m[3]) && /^(?:per|each|every)$/.test(prevWord(text, s))) return null;
    // "a year" after a price or count is a rate (a set), e.g. "$5 a year".
    if (/^(a|an)$/i.test(m[3]) && !m[1] && !m[2] && /(?:\d\S*|\w+s)\s*$/.test(text.slice(Math.max(0, s - 20), s)) && /^(year|month|week|day)$/.test(m[4])) return null;
    const mods: Record<string, string> = { 'no more than': 'EQUAL_OR_LESS', 'more than': 'MORE_THAN', over: 'MORE_THAN', 'less than': 'LESS_THAN', 'fewer than': 'LESS_THAN', under: 'LESS_THAN', nearly: 'LESS_THAN', almost: 'LESS_THAN', about: 'APPROX', around: 'APPROX', approximately: 'APPROX', roughly: 'APPROX', some: 'APPROX', 'at least': 'EQUAL_OR_MORE', 'up to': 'EQUAL_OR_LESS', 'at most': 'EQUAL_OR_LESS' };
    const mod = m[2] ? mods[m[2].toLowerCase()] : undefined;
    return cand(s, e, { lit: durValue(n, unit), mod }, 'DURATION');
  }),
  ruleWithIndices('vaguedur', `${B}(?:(${ciAlt(['recent', 'the past few', 'the last few', 'the next few', 'the coming', 'coming', 'the past several', 'the last several', 'the next several', 'in recent'])})\\s+)(days|weeks|months|years|decades|quarters)${E}|${B}(?:for|over|in|within)\\s+(days|weeks|months|years|decades|centuries)${E}`, (m) => {
    const u = (m[2] ?? m[3]).toLowerCase();
    const s = m[3] ? groupSpan(m, 3)![0] : m[1] && /^in recent$/i.test(m[1]) ? m.index + 3 : m.index;
    return cand(s, m.index + m[0].length, { lit: durValue(NaN, unitOf(u)) }, 'DURATION');
  }),
  // Times: "10 p.m.", "10:30 a.m.", "noon", "midnight", "14:00".
  rule('clock', `${B}(1[0-2]|0?[1-9])(?:[:.]([0-5]\\d))?\\s*([ap])\\.?\\s?m\\.?(?:\\s+(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC)${E})?|${B}([01]?\\d|2[0-3]):([0-5]\\d)${E}|${B}(noon|midnight)${E}`, (m) => {
    if (m[6]) return cand(m.index, m.index + m[0].length, m[6] === 'noon' ? { hh: 12, mi: 0 } : { hh: 24, mi: 0 });
    let hh = +(m[1] ?? m[4]);
    const mi = +(m[2] ?? m[5] ?? 0);
    if (m[3] === 'p' && hh < 12) hh += 12;
    if (m[3] === 'a' && hh === 12) hh = 0;
    const end = m[0].endsWith('.') && m[3] ? m.index + m[0].length : m.index + m[0].length;
    return cand(m.index, end, { hh, mi });
  }),
  // Sets: "every day", "each year", "daily", "weekly", "annually", "twice a week".
  rule('set', `${B}(?:(?:[Ee]very|[Ee]ach|[Pp]er)\\s+(day|week|month|year|quarter|morning|evening|night|weekend)|([Dd]aily|[Ww]eekly|[Mm]onthly|[Aa]nnually|[Yy]early|[Hh]ourly|[Qq]uarterly)(?=\\s*[.,;:)!?]|$)|(?:once|twice|three\\s+times)\\s+a\\s+(day|week|month|year))${E}`, (m) => {
    const w = (m[1] ?? m[2] ?? m[3]).toLowerCase();
    const value = /^(day|daily)$/.test(w) ? 'P1D' : /^(week|weekly)$/.test(w) ? 'P1W' : /^(month|monthly)$/.test(w) ? 'P1M' : /^(quarter|quarterly)$/.test(w) ? 'P3M' : w === 'hourly' ? 'PT1H' : w === 'morning' ? 'XXXX-XX-XXTMO' : w === 'evening' ? 'XXXX-XX-XXTEV' : w === 'night' ? 'XXXX-XX-XXTNI' : w === 'weekend' ? 'XXXX-WXX-WE' : 'P1Y';
    return cand(m.index, m.index + m[0].length, { lit: value }, 'SET');
  }),
], {
  iso: /\d-\d/,
  slashdate: /\d\/\d/,
  yearperiod: /\d\d\d\d (?:period|quarter|first|second|third|fourth|fiscal|season)/,
  decade: /0'?s/,
  century: /[Cc]entury/,
  season: /[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter/,
  quarter: /quarter|half/,
  thequarter: /quarter/,
  weekday: /day/,
  weekdayset: /days|[Ee]ach|[Ee]very/,
  deictic: /oday|esterday|omorrow|onight|orning|fternoon|vening|night|vernight/,
  holiday: /Christmas|New Year|Independence|Halloween|Valentine/,
  yearend: /year|end of|beginning of|start of|middle of/,
  ref: /now|urrently|resently|owadays|these days|ecently|ormerly|ately|past|soon|future|present|so far/i,
  relunit: /day|week|month|year|decade|century/,
  weekend: /weekend/,
  theyear: /year/,
  yearago: /year-/,
  ago: /ago|earlier|later|before|after|from now|hence/,
  vaguedur: /days|weeks|months|years|decades|quarters|centuries/,
  clock: /\d\s?[ap]\.?\s?m|\d:\d|noon|midnight/,
  set: /[Ee]very|[Ee]ach|[Pp]er |aily|eekly|onthly|nnually|early|ourly|uarterly|once|twice|times a/,
});

export const MOD_PREFIX_EN = /(?<![\p{L}])(?:(?:the\s+)?(early|mid|late|end\s+of|beginning\s+of|middle\s+of|start\s+of)|(?:[Tt]he\s+)(end\s+of|beginning\s+of|middle\s+of|start\s+of)|([Ee]arly|[Mm]id|[Ll]ate))[\s-]+$/u;
export const MOD_WORD_EN: Record<string, string> = { early: 'START', mid: 'MID', late: 'END', 'end of': 'END', 'beginning of': 'START', 'middle of': 'MID', 'start of': 'START' };
/** "around Nov. 1", "about 7:15 p.m.": approximate dates and times (mod APPROX). */
export const APPROX_PREFIX_EN = /(?<![\p{L}])(?:[Aa]round|[Aa]bout|[Aa]pproximately|[Rr]oughly)\s+$/u;
export const PART_PREFIX_EN = /(morning|afternoon|evening|night)\s+of\s+$/u;
