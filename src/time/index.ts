import type { Doc, Sentence, TimeExpression } from '../doc/index.ts';
import type { Component } from '../pipeline/component.ts';
import { formatDate, pad, parseYMD } from './calendar.ts';
import { MOD_PREFIX_DE, MOD_WORD_DE, PART_PREFIX_DE, RULES_DE } from './de.ts';
import { MOD_PREFIX_EN, MOD_WORD_EN, PART_PREFIX_EN, RULES_EN } from './en.ts';
import type { Candidate } from './frame.ts';
import { resolveFrame, type RefTime } from './resolve.ts';
import type { Rule } from './rule.ts';
import { directionAt, tenseMarkers, type TenseMarker } from './tense.ts';
import { findSignOff } from './signoff.ts';

export { resolveFrame } from './resolve.ts';
export type { Frame, Candidate } from './frame.ts';

export interface TagOptions {
  /** 'de' or 'en' (anything else is tagged as German). */
  lang?: string | null;
  /** Document creation time, ISO (YYYY-MM-DD…). Without it, expressions anchor to the text's own dates. */
  published?: string | null;
}

interface LangConfig {
  rules: Rule[];
  modPrefix: RegExp;
  modWord: Record<string, string>;
  partPrefix: RegExp;
  /**
   * Words before a date or time that make it approximate ("around Nov. 1"). Off for English: TimeBank
   * includes "around" in the extent, AQUAINT does not.
   */
  approxPrefix?: RegExp;
}

const PART: Record<string, string> = {
  morgen: 'MO', vormittag: 'MO', mittag: 'MI', nachmittag: 'AF', abend: 'EV', nacht: 'NI',
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI',
};

const CONFIG: Record<'de' | 'en', LangConfig> = {
  de: { rules: RULES_DE, modPrefix: MOD_PREFIX_DE, modWord: MOD_WORD_DE, partPrefix: PART_PREFIX_DE },
  en: { rules: RULES_EN, modPrefix: MOD_PREFIX_EN, modWord: MOD_WORD_EN, partPrefix: PART_PREFIX_EN },
};

/**
 * Only sentences with a digit or a temporal keyword can hold an expression (the digit by character codes first, the
 * keywords on the lower-cased sentence: a case-insensitive pattern of this size costs several times more). They are copied, in order and
 * separated by NULs (which no rule matches across), into one shorter text that the rules scan; offsets are
 * mapped back afterwards. On news text about half the characters remain.
 */
const TRIGGER: Record<'de' | 'en', RegExp> = {
  de: /januar|jänner|februar|feber|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan\.|feb\.|mär\.|mrz\.|apr\.|jun\.|jul\.|aug\.|sept?\.|okt\.|nov\.|dez\.|tag|woch|abend|eute|eutig|estern|orgen|jahr|monat|woche|stunde|minute|sekunde|quartal|halbjahr|ährig|tägig|frühjahr|frühling|ommer|erbst|inter|etzt|erzeit|urzeit|egenwärtig|omentan|ürzlich|üngst|eulich|urzem|ergangenheit|emnächst|ünftig|ukunft|ürze|darauf|später|danach|zuvor|vorher|davor|früher|lang|mitternacht|mittag|nacht|täglich|öchentlich|onatlich|ährlich|tündlich|weihnacht|heilig|silvester|neujahr|oster|karfreitag|gründonnerstag|himmelfahrt|pfingst|fronleichnam|aschermittwoch|rosenmontag|euer|hundert|ziger|ßiger|anfang|mitte|ende|beginn|laufe|chr/,
  en: /january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|mar\.|apr\.|jun\.|jul\.|aug\.|sept?\.|oct\.|nov\.|dec\.|day|week|month|year|decade|centur|quarter|half|hour|minute|second|spring|summer|autumn|fall|winter|night|morning|noon|evening|now|tomorrow|today|tonight|urrent|resent|recent|ormerly|ately|past|soon|future|so far|ago|earlier|later|before|after|hence|aily|eekly|onthly|nnually|early|ourly|uarterly|once|twice|times|christmas|new year|independence|halloween|valentine|each|every|end of|beginning of|start of|middle of|mid|late/,
};

/** An ASCII digit in text[from, to) (the `\d` that was the first alternative of TRIGGER; A|B holds where A or B does). */
function hasDigit(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

interface Compact {
  text: string;
  /** Per copied sentence: start in the compact text, start in the original, length. */
  segs: { c: number; o: number; len: number }[];
}

function compact(text: string, sents: readonly Sentence[], trigger: RegExp): Compact | null {
  if (text.length < 2000 || sents.length < 2 || process.env.LAGEBILD_TIME_NOCOMPACT) return null;
  let out = '';
  const segs: Compact['segs'] = [];
  let kept = 0;
  for (const s of sents) {
    const piece = text.slice(s.start, s.end);
    if (!hasDigit(text, s.start, s.end) && !trigger.test(piece.toLowerCase())) continue;
    if (out.length) out += '\u0000\u0000';
    segs.push({ c: out.length, o: s.start, len: piece.length });
    out += piece;
    kept += piece.length;
  }
  if (kept > text.length * 0.85) return null; // not worth it
  return { text: out, segs };
}

function toOriginal(cp: Compact, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let k = 0;
  const sorted = cands.sort((a, b) => a.start - b.start);
  for (const c of sorted) {
    while (k < cp.segs.length - 1 && cp.segs[k + 1].c <= c.start) k++;
    const g = cp.segs[k];
    if (c.start < g.c || c.end > g.c + g.len) continue; // across a separator
    c.start = c.start - g.c + g.o;
    c.end = c.end - g.c + g.o;
    out.push(c);
  }
  return out;
}

/**
 * Like collect() on the compact text, but a rule with a gate runs only on the sentences whose text passes
 * the gate. Sentences are separated by NULs, which no rule pattern can match or look across (no rule has a
 * negated class, a wildcard or a positive lookbehind), so a match never spans two sentences and the gate
 * literal of a match lies in its own sentence: the candidates are the same, found with far less scanning.
 */
function collectGated(cp: Compact, rules: Rule[]): Candidate[] {
  const out: Candidate[] = [];
  const pieces = cp.segs.map((g) => cp.text.slice(g.c, g.c + g.len));
  for (const r of rules) {
    if (!r.gate) {
      collectRule(cp.text, r, 0, cp.text, out);
      continue;
    }
    // a gate is a plain literal test (no anchor, no lookaround, no g/y flag): one that fails on the whole compact
    // text fails on every sentence of it, so most rules are ruled out by one scan instead of one per sentence
    if (!r.gate.test(cp.text)) continue;
    for (let k = 0; k < pieces.length; k++) if (r.gate.test(pieces[k])) collectRule(pieces[k], r, cp.segs[k].c, cp.text, out);
  }
  return out;
}

/** Matches of one rule in `piece`, which starts at `offset` of `text`; `make` sees offsets in `text`. */
function collectRule(piece: string, r: Rule, offset: number, text: string, out: Candidate[]): void {
  r.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = r.re.exec(piece))) {
    if (m[0].length === 0) {
      r.re.lastIndex++;
      continue;
    }
    if (offset) {
      const at = r.re.lastIndex;
      m.index += offset;
      if (m.indices) for (const pair of m.indices) if (pair) (pair[0] += offset), (pair[1] += offset);
      r.re.lastIndex = at;
    }
    const c = r.make(m, text);
    if (!c) continue;
    if (Array.isArray(c)) out.push(...c);
    else out.push(c);
  }
}

function collect(text: string, rules: Rule[]): Candidate[] {
  const out: Candidate[] = [];
  for (const r of rules) if (!r.gate || r.gate.test(text)) collectRule(text, r, 0, text, out);
  return out;
}

/** Longest candidates first; then priority; keep those that do not overlap a kept one. */
function select(cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || (b.prio ?? 0) - (a.prio ?? 0) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of cands) {
    if (c.end <= c.start) continue;
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function isCalendar(c: Candidate): boolean {
  const f = c.frame;
  if (c.type !== 'DATE' || f.lit !== undefined || f.today) return false;
  if (f.rel && (f.rel.unit === 'D' || f.rel.unit === 'WE')) return false;
  return f.wd === undefined && f.d === undefined;
}

/** Modifiers ("Anfang Mai"), parts of day ("Morgen des 30. Juli") and date + clock ("11. November 11 Uhr"). */
function extend(text: string, kept: Candidate[], cfg: LangConfig): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i];
    const prevEnd = out.length ? out[out.length - 1].end : 0;
    const before = text.slice(Math.max(prevEnd, c.start - 40), c.start);
    if (cfg.approxPrefix && c.type !== 'DURATION' && c.type !== 'SET' && c.frame.lit === undefined && !c.frame.mod && cfg.approxPrefix.test(before)) {
      const am = cfg.approxPrefix.exec(before)!;
      c.start -= am[0].length;
      c.frame.mod = 'APPROX';
    } else if (isCalendar(c) && !c.frame.mod) {
      const mm = cfg.modPrefix.exec(before);
      if (mm) {
        c.start -= mm[0].length;
        c.frame.mod = cfg.modWord[(mm[1] ?? mm[2] ?? mm[3]).toLowerCase().replace(/\s+/g, ' ')];
      }
    } else if (c.type === 'DATE' && c.frame.d !== undefined && !c.frame.part) {
      const pm = cfg.partPrefix.exec(before);
      if (pm) {
        c.start -= pm[0].length;
        c.frame.part = PART[pm[1].toLowerCase()];
        c.type = 'TIME';
        if (/^(?:frühen|early)/i.test(pm[0])) c.frame.mod = 'START';
      }
    }
    const next = kept[i + 1];
    if (next && next.frame.hh !== undefined && next.frame.d === undefined && next.frame.wd === undefined && !next.frame.rel && (c.frame.d !== undefined || c.frame.wd !== undefined || c.frame.today || (c.frame.rel && c.frame.rel.unit === 'D'))) {
      const gap = text.slice(c.end, next.start);
      if (/^\s*,?\s*$/.test(gap)) {
        c.end = next.end;
        c.frame.hh = next.frame.hh;
        c.frame.mi = next.frame.mi;
        c.type = 'TIME';
        i++;
      }
    } else if (next && c.frame.hh !== undefined && c.frame.d === undefined && c.frame.wd === undefined && !c.frame.rel && (next.frame.wd !== undefined || next.frame.d !== undefined || next.frame.today || (next.frame.rel && next.frame.rel.unit === 'D' && next.frame.rel.base === 'dct'))) {
      // English "10 p.m. Wednesday", "noon Thursday"
      const gap = text.slice(c.end, next.start);
      if (/^\s*(?:,\s*)?(?:on\s+)?$/i.test(gap) && !next.frame.part) {
        next.start = c.start;
        next.frame.hh = c.frame.hh;
        next.frame.mi = c.frame.mi;
        next.type = 'TIME';
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

const YEAR_CUE = /(?:^|[\s(])(?:[Ii]m|[Ii]n|[Aa]nfang|[Mm]itte|[Ee]nde|[Bb]eginn|[Jj]ahr|[Jj]ahre|[Jj]ahres|[Ss]ommer|[Hh]erbst|[Ww]inter|[Ff]rühjahr|[Ff]rühling|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Dd]uring)\s+(?:(?:des|der|dem|the)\s+)?(?:(?:[Jj]ahres|[Jj]ahr|[Yy]ear)\s+)?$/;

/**
 * Whether an explicit date may move the narrative reference time: not inside parentheses,
 * and for bare years only at the start of a sentence or after a temporal cue ("im Jahr 1915").
 */
function strongMention(text: string, c: Candidate, sentStart: number): boolean {
  const before = text.slice(sentStart, c.start);
  if (before.lastIndexOf('(') > before.lastIndexOf(')')) return false;
  const f = c.frame;
  if (f.m !== undefined || f.season) return true;
  if (/^\s*["„“]?\s*$/.test(before)) return true;
  return YEAR_CUE.test(before.slice(-30));
}

/**
 * Finds and normalises the time expressions of a text. `sentences` (from the segmenter)
 * scope the tense of the governing verb; pass [] to treat the whole text as one sentence.
 */
export function tagTimes(text: string, sentences: readonly Sentence[], options: TagOptions = {}): TimeExpression[] {
  const lang: 'de' | 'en' = options.lang && options.lang.startsWith('en') ? 'en' : 'de';
  const cfg = CONFIG[lang];
  const sents = sentences.length ? sentences : [{ start: 0, end: text.length }];
  const cp = compact(text, sents, TRIGGER[lang]);
  const cands = cp ? toOriginal(cp, collectGated(cp, cfg.rules)) : collect(text, cfg.rules);
  const kept = extend(text, select(cands), cfg);
  const dct = parseYMD(options.published ?? null);
  let ref: RefTime | null = null;
  let dayPoint: { y: number; m: number; d: number } | null = null;
  let daySentence = -1;
  let refSentence = -10;
  let si = 0;
  let markersFor = -1;
  let markers: TenseMarker[] = [];
  const out: TimeExpression[] = [];
  for (const c of kept) {
    while (si < sents.length - 1 && sents[si].end <= c.start) si++;
    if (markersFor !== si) {
      markers = tenseMarkers(text, sents[si].start, sents[si].end, lang);
      markersFor = si;
    }
    const dir = directionAt(text, markers, c.start, c.end);
    const f = c.frame;
    if (f.hh !== undefined && f.d === undefined && f.m === undefined && f.y === undefined && f.wd === undefined && !f.rel && !f.today && dayPoint && daySentence === si) {
      // A clock time in a sentence that names a day: that day ("am Mittwoch (20.45 Uhr)").
      const value = `${formatDate(dayPoint.y, dayPoint.m, dayPoint.d)}T${pad(f.hh)}:${pad(f.mi ?? 0)}`;
      out.push({ id: `t${out.length + 1}`, start: c.start, end: c.end, text: text.slice(c.start, c.end), type: 'TIME', value, anchor: 'ref' });
      continue;
    }
    const r = resolveFrame(c.frame, { dct, ref, refNear: si - refSentence <= 1, dir, weekdayDefault: lang === 'en' ? -1 : 0 });
    if (r.point && r.point.m !== undefined && r.point.d !== undefined && c.type !== 'DURATION' && c.type !== 'SET') {
      dayPoint = { y: r.point.y, m: r.point.m, d: r.point.d };
      daySentence = si;
    }
    if (r.point && c.type !== 'DURATION' && c.type !== 'SET' && (!c.frame.explicit || !ref || strongMention(text, c, sents[si].start))) {
      ref = r.point;
      if (c.frame.explicit) refSentence = si;
    }
    const t: TimeExpression = { id: `t${out.length + 1}`, start: c.start, end: c.end, text: text.slice(c.start, c.end), type: c.type, value: r.value };
    if (c.frame.mod) t.mod = c.frame.mod;
    if (r.anchor) t.anchor = r.anchor;
    if (r.anchor && c.frame.dir === undefined && (c.frame.wd !== undefined || (c.frame.y === undefined && (c.frame.m !== undefined || c.frame.season)))) t.direction = dir < 0 ? 'past' : dir > 0 ? 'future' : 'nearest';
    out.push(t);
  }
  return out;
}

export const timeComponent: Component = {
  name: 'time',
  version: '1.1.0',
  requires: ['tokens', 'sentences', 'lang'],
  provides: ['times'],
  run(doc: Doc) {
    // Without a published date from the metadata, the article's sign-off ("(APA, 12.9.2015)") is its
    // creation time: it anchors relative dates and tells scheduled events from past ones.
    const signOff = doc.published ? null : findSignOff(doc.text);
    if (signOff) doc.published = signOff.value;
    doc.times = tagTimes(doc.text, doc.sentences, { lang: doc.lang, published: doc.published });
    if (signOff) {
      // TimeML's functionInDocument: this expression is where the document's date came from
      const t = doc.times.find((x) => x.start <= signOff.start && x.end >= signOff.end);
      if (t) t.functionInDocument = 'CREATION_TIME';
    }
  },
};
export { findSignOff, type SignOff } from './signoff.ts';
