import { addDays, addMonths, dayNumber, easterSunday, formatDate, formatWeek, formatYear, pad, weekday, type YMD } from './calendar.ts';
import type { Frame } from './frame.ts';

/** A reference time: a date at year, month or day precision. */
export interface RefTime {
  y: number;
  m?: number;
  d?: number;
}

export interface ResolveContext {
  /** Document creation time (published date). */
  dct: YMD | null;
  /** Most recent explicit date before this expression (narrative reference time). */
  ref: RefTime | null;
  /** Whether `ref` was set in this or the previous sentence. */
  refNear: boolean;
  /** Tense direction of the governing verb: −1 past, 0 present/unknown, +1 future. */
  dir: -1 | 0 | 1;
  /** Direction for weekdays when the tense says nothing (English news: −1). */
  weekdayDefault?: -1 | 0 | 1;
}

export interface Resolved {
  value: string;
  /** The calendar point this value denotes, usable as the next reference time. */
  point: RefTime | null;
  anchor: 'dct' | 'ref' | null;
}

const SEASON_MONTH: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 12 };

function partSuffix(f: Frame): string {
  if (f.hh !== undefined) return `T${pad(f.hh)}:${pad(f.mi ?? 0)}`;
  if (f.part) return `T${f.part}`;
  return '';
}

/** Picks the year for an underspecified month (and day) relative to an anchor day and a direction. */
function pickYear(anchor: YMD, m: number, d: number | undefined, dir: -1 | 0 | 1): number {
  const target = (y: number) => (d !== undefined ? dayNumber({ y, m, d }) : dayNumber({ y, m, d: 15 }));
  const a = d !== undefined ? dayNumber(anchor) : dayNumber({ y: anchor.y, m: anchor.m, d: 15 });
  let best = anchor.y;
  let bestDist = Infinity;
  for (const y of [anchor.y - 1, anchor.y, anchor.y + 1]) {
    const delta = target(y) - a;
    if (dir < 0 && delta > 0) continue;
    if (dir > 0 && delta < 0) continue;
    const dist = Math.abs(delta);
    if (dist < bestDist) {
      bestDist = dist;
      best = y;
    }
  }
  return best;
}

function refAsDay(r: RefTime): YMD {
  return { y: r.y, m: r.m ?? 1, d: r.d ?? 1 };
}

export function resolveFrame(f: Frame, ctx: ResolveContext): Resolved {
  if (f.lit !== undefined) return { value: f.lit, point: null, anchor: null };
  const dir = f.dir ?? (ctx.dir === 0 && f.prepDir ? f.prepDir : ctx.dir);
  const suffix = partSuffix(f);

  if (f.today) {
    if (ctx.dct) return { value: formatDate(ctx.dct.y, ctx.dct.m, ctx.dct.d) + suffix, point: ctx.dct, anchor: 'dct' };
    return { value: 'PRESENT_REF', point: null, anchor: null };
  }

  if (f.rel) {
    const { unit, n, base } = f.rel;
    const useRef = base === 'ref' ? ctx.ref ?? null : null;
    let a: RefTime | null = useRef ?? ctx.dct ?? (base === 'dct' ? ctx.ref : null);
    const anchor: Resolved['anchor'] = useRef ? 'ref' : ctx.dct && a === ctx.dct ? 'dct' : a ? 'ref' : null;
    if (!a) {
      const unknown: Record<string, string> = { D: 'XXXX-XX-XX', W: 'XXXX-WXX', M: 'XXXX-XX', Y: 'XXXX', Q: 'XXXX-QX', DE: 'XXX', CE: 'XX', WE: 'XXXX-WXX-WE', H: 'XXXX-XX-XXTXX' };
      return { value: (unknown[unit] ?? 'XXXX') + (unit === 'D' ? suffix : ''), point: null, anchor: null };
    }
    switch (unit) {
      case 'Y': {
        const y = a.y + n;
        if (f.season) return { value: `${formatYear(y)}-${f.season}`, point: { y }, anchor };
        if (f.quarter) return { value: `${formatYear(y)}-Q${f.quarter}`, point: { y }, anchor };
        if (f.m !== undefined) return { value: formatDate(y, f.m, f.d), point: { y, m: f.m, d: f.d }, anchor };
        return { value: formatYear(y), point: { y }, anchor };
      }
      case 'DE':
        return { value: String(Math.floor(a.y / 10) + n), point: null, anchor };
      case 'CE':
        return { value: pad(Math.floor((a.y - 1) / 100) + n), point: null, anchor };
      case 'Q': {
        if (a.m === undefined) return { value: `${formatYear(a.y)}-QX`, point: { y: a.y }, anchor };
        const q0 = a.y * 4 + Math.floor((a.m - 1) / 3) + n;
        return { value: `${formatYear(Math.floor(q0 / 4))}-Q${(q0 % 4) + 1}`, point: { y: Math.floor(q0 / 4) }, anchor };
      }
      case 'M': {
        if (a.m === undefined) return { value: formatYear(a.y) + (n === 0 ? '' : ''), point: { y: a.y }, anchor };
        const r = addMonths(a.y, a.m, n);
        if (a.d !== undefined && f.keepDay) {
          const day = { y: r.y, m: r.m, d: a.d };
          return { value: formatDate(day.y, day.m, day.d), point: day, anchor };
        }
        return { value: formatDate(r.y, r.m), point: { y: r.y, m: r.m }, anchor };
      }
      case 'W':
      case 'WE': {
        if (a.m === undefined || a.d === undefined) return { value: formatDate(a.y, a.m), point: a, anchor };
        const day = addDays(a as YMD, 7 * n);
        if (f.keepDay) return { value: formatDate(day.y, day.m, day.d), point: day, anchor };
        return { value: formatWeek(day) + (unit === 'WE' ? '-WE' : ''), point: { y: day.y, m: day.m }, anchor };
      }
      case 'D':
      case 'H': {
        if (a.m === undefined || a.d === undefined) return { value: formatDate(a.y, a.m) + (a.m !== undefined ? '-XX' : '-XX-XX'), point: a, anchor };
        const day = addDays(a as YMD, unit === 'D' ? n : 0);
        return { value: formatDate(day.y, day.m, day.d) + suffix, point: day, anchor };
      }
    }
  }

  // Calendar expressions.
  if (f.century !== undefined) return { value: f.y !== undefined && f.y <= 0 ? `BC${pad(f.century)}` : pad(f.century), point: null, anchor: null };
  if (f.decade !== undefined) return { value: String(f.decade), point: null, anchor: null };
  if (f.decShort !== undefined) {
    const base = ctx.dct ?? ctx.ref;
    if (!base) return { value: `XX${f.decShort}`, point: null, anchor: null };
    let c = Math.floor(base.y / 100);
    if (f.decShort * 10 > base.y % 100 && ctx.dct) c -= 1; // "die 90er" in 2024 → 199
    return { value: `${c}${f.decShort}`, point: null, anchor: ctx.dct ? 'dct' : 'ref' };
  }

  if (f.easter !== undefined) {
    let y: number | null = f.y ?? null;
    let anchor: Resolved['anchor'] = null;
    if (y === null && ctx.ref && (!ctx.dct || (ctx.refNear && ctx.ref.d !== undefined && ctx.ref.y !== ctx.dct.y))) {
      y = ctx.ref.y;
      anchor = 'ref';
    } else if (y === null && ctx.dct) {
      anchor = 'dct';
      const at = (yy: number) => dayNumber(addDays(easterSunday(yy), f.easter!)) - dayNumber(ctx.dct!);
      const cands = [ctx.dct.y - 1, ctx.dct.y, ctx.dct.y + 1].filter((yy) => (dir < 0 ? at(yy) <= 0 : dir > 0 ? at(yy) >= 0 : true));
      y = cands.sort((p, q) => Math.abs(at(p)) - Math.abs(at(q)))[0] ?? ctx.dct.y;
    }
    if (y === null || y <= 0) return { value: 'XXXX-XX-XX', point: null, anchor: null };
    const day = addDays(easterSunday(y), f.easter);
    return { value: formatDate(day.y, day.m, day.d) + suffix, point: day, anchor };
  }

  if (f.y !== undefined) {
    const y = f.eraFromRef && ctx.ref && ctx.ref.y <= 0 ? 1 - f.y : f.y;
    if (f.season) return { value: `${formatYear(y)}-${f.season}`, point: { y }, anchor: null };
    if (f.quarter) return { value: `${formatYear(y)}-Q${f.quarter}`, point: { y }, anchor: null };
    if (f.half) return { value: `${formatYear(y)}-H${f.half}`, point: { y }, anchor: null };
    return { value: formatDate(y, f.m, f.m !== undefined ? f.d : undefined) + (f.d !== undefined ? suffix : ''), point: { y, m: f.m, d: f.m !== undefined ? f.d : undefined }, anchor: null };
  }

  // Underspecified weekday.
  if (f.wd !== undefined) {
    const a: YMD | null = ctx.dct ?? (ctx.ref && ctx.ref.d !== undefined ? refAsDay(ctx.ref) : null);
    if (!a) return { value: `XXXX-WXX-${f.wd}${suffix}`, point: null, anchor: null };
    let useDir = ctx.dct ? dir : dir === 0 ? 1 : dir;
    if (useDir === 0 && ctx.weekdayDefault) useDir = ctx.weekdayDefault;
    const diff = f.wd - weekday(a);
    let delta: number;
    const strict = f.dir !== undefined && f.dir !== 0 && !f.soft; // "kommenden Dienstag" on a Tuesday is next week's
    if (f.lastWeek) delta = diff - 7;
    else if (useDir < 0) delta = diff < 0 || (diff === 0 && !strict) ? diff : diff - 7;
    else if (useDir > 0) delta = diff > 0 || (diff === 0 && !strict) ? diff : diff + 7;
    else delta = diff > 3 ? diff - 7 : diff < -3 ? diff + 7 : diff;
    const day = addDays(a, delta);
    if (f.weekend) return { value: `${formatWeek(day)}-WE`, point: null, anchor: ctx.dct ? 'dct' : 'ref' };
    return { value: formatDate(day.y, day.m, day.d) + suffix, point: day, anchor: ctx.dct ? 'dct' : 'ref' };
  }

  // Underspecified month / day / season: year from the anchor.
  const month = f.m ?? (f.season ? SEASON_MONTH[f.season] : undefined);
  if (month !== undefined || f.quarter) {
    let y: number | null = null;
    let anchor: Resolved['anchor'] = null;
    if (ctx.ref && (!ctx.dct || (ctx.refNear && ctx.ref.d !== undefined && ctx.ref.y !== ctx.dct.y))) {
      // Narrative: the story's current year.
      y = ctx.ref.y;
      anchor = 'ref';
    } else if (ctx.dct) {
      y = month !== undefined ? pickYear(ctx.dct, month, f.d, dir) : ctx.dct.y;
      // A day within six weeks of the DCT is that one, whatever the tense says.
      if (month !== undefined && f.d !== undefined && f.dir === undefined) {
        const near = pickYear(ctx.dct, month, f.d, 0);
        if (Math.abs(dayNumber({ y: near, m: month, d: f.d }) - dayNumber(ctx.dct)) <= 45) y = near;
      }
      if (f.quarter && f.quarter > Math.ceil(ctx.dct.m / 3) && dir <= 0) y -= 1;
      anchor = 'dct';
    }
    const ys = y === null ? 'XXXX' : formatYear(y);
    if (f.season) return { value: `${ys}-${f.season}`, point: y === null ? null : { y }, anchor };
    if (f.quarter) return { value: `${ys}-Q${f.quarter}`, point: y === null ? null : { y }, anchor };
    const value = `${ys}-${pad(month!)}` + (f.d !== undefined ? `-${pad(f.d)}${suffix}` : '');
    return { value, point: y === null ? null : { y, m: month, d: f.d }, anchor };
  }
  if (f.hh !== undefined || f.part) {
    const a = ctx.dct ?? ctx.ref;
    if (!a) return { value: `XXXX-XX-XX${suffix}`, point: null, anchor: null };
    const ds = a.m === undefined ? `${formatYear(a.y)}-XX-XX` : a.d === undefined ? `${formatDate(a.y, a.m)}-XX` : formatDate(a.y, a.m, a.d);
    return { value: ds + suffix, point: null, anchor: ctx.dct ? 'dct' : 'ref' };
  }
  return { value: 'XXXX', point: null, anchor: null };
}
