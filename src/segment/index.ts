import type { Doc, Token } from '../doc/index.ts';
import type { Component } from '../pipeline/component.ts';
import { splitSentences } from './sentences.ts';
import { tokenize } from './tokenize.ts';

export { tokenize, type RawToken } from './tokenize.ts';
export { splitSentences } from './sentences.ts';
export { ABBREVIATIONS, MONTHS, SENTENCE_STARTERS } from './abbreviations.ts';

/** Tokens and sentences of a text, tokens numbered by sentence. */
export function segment(text: string): { tokens: Token[]; sentences: Doc['sentences'] } {
  const raw = tokenize(text);
  const { sentences, tokenSentence } = splitSentences(text, raw);
  const tokens: Token[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) tokens[i] = { start: raw[i].start, end: raw[i].end, sentence: tokenSentence[i] };
  return { tokens, sentences };
}

export const segmentComponent: Component = {
  name: 'segment',
  version: '1.0.0',
  requires: ['text'],
  provides: ['sentences', 'tokens'],
  run(doc: Doc) {
    const { tokens, sentences } = segment(doc.text);
    doc.tokens = tokens;
    doc.sentences = sentences;
  },
};

/**
 * The token range of every sentence in one pass: sentence s holds the tokens [starts[s], starts[s + 1]) (tokens are
 * ordered by sentence; a sentence without tokens has an empty range).
 */
export function sentenceTokenStarts(doc: Doc): Int32Array {
  const n = doc.sentences.length;
  const tokens = doc.tokens;
  const starts = new Int32Array(n + 1);
  let k = 0;
  for (let s = 0; s < n; s++) {
    while (k < tokens.length && tokens[k].sentence < s) k++;
    starts[s] = k;
  }
  starts[n] = tokens.length;
  return starts;
}

/** Tokens of one sentence (tokens are ordered, so this is a contiguous slice). */
export function sentenceTokens(doc: Doc, sentence: number): Token[] {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].sentence < sentence) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < doc.tokens.length && doc.tokens[end].sentence === sentence) end++;
  return doc.tokens.slice(lo, end);
}
