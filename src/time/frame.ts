import type { TimeType } from '../doc/index.ts';

export type RelUnit = 'D' | 'W' | 'M' | 'Y' | 'Q' | 'H' | 'DE' | 'CE' | 'WE';

/**
 * What a matched expression means, before anchoring. Calendar fields left out are
 * underspecified; `rel` is an offset from an anchor; `lit` is a ready value.
 */
export interface Frame {
  y?: number;
  m?: number;
  d?: number;
  /** Decade written with its century ("1990er" → 199). */
  decade?: number;
  /** Decade without century ("90er" → 9). */
  decShort?: number;
  /** TIMEX century value: 20th century → 19. */
  century?: number;
  season?: string;
  quarter?: number;
  half?: number;
  /** ISO weekday 1–7 of an underspecified weekday ("am Dienstag"). */
  wd?: number;
  /** "last Monday": the Monday of the previous week. */
  lastWeek?: boolean;
  /** With wd = 6: the weekend of that week ("the weekend" → 2024-W14-WE). */
  weekend?: boolean;
  /** Part of day: MO, MI, AF, EV, NI. */
  part?: string;
  hh?: number;
  mi?: number;
  /** Offset from an anchor: `base` dct (deictic: "gestern", "letzte Woche"), ref (anaphoric: "am selben Tag"). */
  rel?: { unit: RelUnit; n: number; base: 'dct' | 'ref' };
  /** A value that needs no anchor (durations, sets, PAST_REF, …). */
  lit?: string;
  /** "heute"/"today": the DCT day, or PRESENT_REF when there is no DCT. */
  today?: boolean;
  mod?: string;
  /** Days after Easter Sunday of a movable feast (Karfreitag −2, Pfingstsonntag 49). */
  easter?: number;
  /** A year without era that takes BC from a BC reference time ("Jahr 149" in a text about 150 v. Chr.). */
  eraFromRef?: boolean;
  /** Relative shifts keep day precision ("eine Woche später" from a day → a day). */
  keepDay?: boolean;
  /** Direction fixed by the expression itself ("letzten Dienstag" −1, "kommenden" +1). */
  dir?: -1 | 0 | 1;
  /** `dir` comes from a preposition ("seit Montag"), not from the expression: same day allowed. */
  soft?: boolean;
  /** Direction suggested by a preposition ("ab Montag"), used only when the tense says nothing. */
  prepDir?: -1 | 1;
  /** Explicit year given in the text: this expression can serve as a reference time. */
  explicit?: boolean;
}

export interface Candidate {
  start: number;
  end: number;
  type: TimeType;
  frame: Frame;
  /** Tie-breaker between overlapping candidates of equal length. */
  prio?: number;
}
