import type { Candidate } from './frame.ts';
// (\p{…} patterns as module constants: tsx turns such a literal inside a function into a `new RegExp()` call each time it runs)
const PREV_WORD_CHAR = /[\p{L}\p{N}.]/u;
const NEXT_WORD_CHAR = /[\p{L}\p{N}%€$]/u;

/** Start-of-word and end-of-word guards (JS \b is ASCII-only). */
export const B = '(?<![A-Za-z0-9À-ÖØ-öø-ÿĀ-ž])';
export const E = '(?![A-Za-z0-9À-ÖØ-öø-ÿĀ-ž])';

export interface Rule {
  name: string;
  re: RegExp;
  /**
   * A cheap literal test: when it fails on a text, the rule cannot match there and is skipped. No anchors,
   * lookarounds or g/y flag: it is also tested on all kept sentences at once (a match in one sentence is a match there).
   */
  gate?: RegExp;
  /** Turns a match into candidates; `text` is the whole document text. */
  make(m: RegExpExecArray, text: string): Candidate[] | Candidate | null;
}

/** Attaches cheap literal gates to rules by name. */
export function gated(rules: Rule[], gates: Record<string, RegExp>): Rule[] {
  for (const r of rules) if (gates[r.name]) r.gate = gates[r.name];
  return rules;
}

export function rule(name: string, source: string, make: Rule['make'], flags = 'gu'): Rule {
  return { name, re: new RegExp(source, flags), make };
}

/** A rule whose `make` reads group offsets (`groupSpan`): the `d` flag costs time on every match, so only these get it. */
export function ruleWithIndices(name: string, source: string, make: Rule['make'], flags = 'gu'): Rule {
  return rule(name, source, make, flags.includes('d') ? flags : flags + 'd');
}

/** Start and end offsets of capture group `i` of a match made with the `d` flag. */
export function groupSpan(m: RegExpExecArray, i: number): [number, number] | null {
  if (!m.indices) throw new Error('groupSpan needs a rule made with ruleWithIndices (regexp flag d)');
  const ind = m.indices[i];
  return ind ? [ind[0], ind[1]] : null;
}

/** The lower-cased word before `pos` (skipping spaces), or ''. */
export function prevWord(text: string, pos: number): string {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i--;
  let j = i;
  while (j >= 0 && PREV_WORD_CHAR.test(text[j])) j--;
  return text.slice(j + 1, i + 1).toLowerCase();
}

/** The word after `pos` (skipping spaces), as written, or ''. */
export function nextWord(text: string, pos: number): string {
  let i = pos;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0')) i++;
  let j = i;
  while (j < text.length && NEXT_WORD_CHAR.test(text[j])) j++;
  return text.slice(i, j);
}

export function isUpper(s: string): boolean {
  return s.length > 0 && s[0] !== s[0].toLowerCase();
}
