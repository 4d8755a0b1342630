import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Doc } from '../doc/index.ts';
import type { Component } from '../pipeline/component.ts';
// (\p{…} patterns as module constants: tsx turns such a literal inside a function into a `new RegExp()` call each time it runs)
const NON_LETTERS = /[^\p{L}]+/u;
const NON_LETTER_RUNS = /[^\p{L}]+/gu;

// Function words that decide between the two languages we support when eld has too little text.
const STOPWORDS: Record<string, ReadonlySet<string>> = {
  de: new Set('der die das und ist nicht ein eine im in den dem des mit von zu auf für sich sagte am sie er es wir dass'.split(' ')),
  en: new Set('the and is not a an in of to on for with said that he she it we they was were has have'.split(' ')),
};

interface EldResult {
  language: string;
  isReliable(): boolean;
  getScores(): Record<string, number>;
}

/**
 * eld's large n-gram model takes about 1.2 s and 400 MB to load, and clear German or English text never
 * needs it (see distinctiveVote), so it is loaded on first use. Loaded synchronously (Node 20 can
 * require an ES module without top-level await) by file path, as the package exports it for import only.
 */
let eldDetector: { detect(text: string): EldResult } | null = null;
function eld(): { detect(text: string): EldResult } {
  if (!eldDetector) {
    const require = createRequire(import.meta.url);
    eldDetector = (require(fileURLToPath(import.meta.resolve('eld/large'))) as { eld: { detect(text: string): EldResult } }).eld;
  }
  return eldDetector;
}

/** Texts shorter than this get the function-word vote instead of eld's n-gram model alone. */
const SHORT_TEXT = 60;
const SAMPLE = 240;

export interface LanguageGuess {
  lang: string;
  reliable: boolean;
  method: 'eld' | 'stopwords' | 'default';
}

function stopwordVote(text: string): string | null {
  const counts: Record<string, number> = { de: 0, en: 0 };
  for (const w of text.toLowerCase().split(NON_LETTERS)) {
    for (const lang of Object.keys(STOPWORDS)) if (STOPWORDS[lang].has(w)) counts[lang] += 1;
  }
  if (counts.de === counts.en) return null;
  return counts.de > counts.en ? 'de' : 'en';
}

/**
 * Function words found in no other language eld knows as words of their own ("und", "nicht", "sich";
 * "the", "which", "been"): when a sample has many of one set and none of the other, the n-gram model
 * is not needed. This is the common case of a news stream, and eld costs about 0.1 ms per document.
 */
const DISTINCTIVE: Record<'de' | 'en', ReadonlySet<string>> = {
  de: new Set(
    ('und nicht ist sich für dass eine einen einer eines einem wird sind auch nach werden wurde wurden dem des zum zur über auf bei aus ' +
      'seit noch bereits gegen sagte hatte hat oder aber nur schon diese dieser dieses zwischen sowie soll sollen kann können müssen ' +
      'gibt keine kein ihre ihren seine seinen uns unter sei seien laut beim vom').split(' '),
  ),
  en: new Set('the and of that with were which from have has this are been would their said they his who after but had its at he she than when there'.split(' ')),
};
const DISTINCTIVE_MIN = 3;

function distinctiveVote(sample: string): 'de' | 'en' | null {
  let de = 0;
  let en = 0;
  for (const w of sample.toLowerCase().split(NON_LETTERS)) {
    if (DISTINCTIVE.de.has(w)) de++;
    else if (DISTINCTIVE.en.has(w)) en++;
  }
  if (de >= DISTINCTIVE_MIN && en === 0) return 'de';
  if (en >= DISTINCTIVE_MIN && de === 0) return 'en';
  return null;
}

/** Identifies the language of a text (ISO 639-1), falling back sanely on very short input. */
export function identifyLanguage(text: string, fallback = 'de'): LanguageGuess {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const letters = sample.replace(NON_LETTER_RUNS, '');
  if (letters.length === 0) return { lang: fallback, reliable: false, method: 'default' };
  const clear = distinctiveVote(sample);
  if (clear) return { lang: clear, reliable: true, method: 'stopwords' };
  if (sample.length >= SHORT_TEXT) {
    const r = eld().detect(sample);
    if (r.language && r.isReliable()) return { lang: r.language, reliable: true, method: 'eld' };
  }
  const vote = stopwordVote(sample);
  if (vote) return { lang: vote, reliable: false, method: 'stopwords' };
  // Too little evidence for eld to be sure: choose between the languages we support by its scores.
  const scores = eld().detect(sample).getScores();
  const de = scores.de ?? 0;
  const en = scores.en ?? 0;
  if (de !== en) return { lang: de > en ? 'de' : 'en', reliable: false, method: 'eld' };
  return { lang: fallback, reliable: false, method: 'default' };
}

export const langComponent: Component = {
  name: 'lang',
  version: '1.0.0',
  requires: ['text'],
  provides: ['lang'],
  run(doc: Doc) {
    if (!doc.lang) doc.lang = identifyLanguage(doc.text).lang;
  },
  prepare() {
    eld();
  },
};
