import type { Sentence } from '../doc/index.ts';
import { SENTENCE_FINAL_ABBREVIATIONS, SENTENCE_STARTERS } from './abbreviations.ts';
import type { RawToken } from './tokenize.ts';

const TERMINAL = new Set(['.', '!', '?', '…', '...', '?!', '!?']);
// Marks that close a quotation or bracket right after the final punctuation.
const CLOSERS = new Set(['“', '”', '"', '»', '«', '’', "'", '‘', '›', '‹', ')', ']']);
// What may open the next sentence besides an upper-case letter or a digit.
const OPENERS = /^[„“"»«‚‘›‹(\[\p{Lu}\p{N}–—-]/u;

function startsSentence(token: string): boolean {
  return OPENERS.test(token);
}

/**
 * Groups tokens into sentences. A boundary follows final punctuation (plus attached
 * closing quotes or brackets) when the next token can open a sentence; a line break
 * always ends one. Abbreviations that keep their period end a sentence only before
 * a typical sentence opener ("usw. Die …").
 */
export function splitSentences(text: string, tokens: RawToken[]): { sentences: Sentence[]; tokenSentence: Int32Array } {
  const sentences: Sentence[] = [];
  const tokenSentence = new Int32Array(tokens.length);
  if (tokens.length === 0) return { sentences, tokenSentence };

  let sentStartTok = 0;
  const close = (lastTok: number) => {
    const idx = sentences.length;
    sentences.push({ start: tokens[sentStartTok].start, end: tokens[lastTok].end });
    for (let k = sentStartTok; k <= lastTok; k++) tokenSentence[k] = idx;
    sentStartTok = lastTok + 1;
  };

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const next = tokens[i + 1];
    if (!next) break;
    // a line break in the gap between the tokens (usually none or one space) ends the sentence
    let lineBreak = false;
    for (let k = tok.end; k < next.start; k++) {
      if (text.charCodeAt(k) === 10) {
        lineBreak = true;
        break;
      }
    }
    if (lineBreak) {
      close(i);
      continue;
    }
    // only a token that is or ends in a terminal mark can end a sentence: most tokens are skipped unread
    const c0 = text.charCodeAt(tok.start);
    const cl = text.charCodeAt(tok.end - 1);
    if (c0 !== 46 && c0 !== 33 && c0 !== 63 && c0 !== 0x2026 && cl !== 46) continue;
    const word = text.slice(tok.start, tok.end);
    let terminal = TERMINAL.has(word);
    if (!terminal && word.endsWith('.') && word.length > 1) {
      const bare = word.slice(0, -1);
      terminal = SENTENCE_FINAL_ABBREVIATIONS.has(bare) && SENTENCE_STARTERS.has(text.slice(next.start, next.end));
    }
    if (!terminal) continue;
    // absorb attached closing quotes/brackets and repeated marks ("?!", ".“")
    let last = i;
    while (last + 1 < tokens.length) {
      const t = tokens[last + 1];
      if (t.start !== tokens[last].end) break;
      const s = text.slice(t.start, t.end);
      if (!CLOSERS.has(s) && !TERMINAL.has(s)) break;
      last++;
    }
    const after = tokens[last + 1];
    if (!after) {
      i = last;
      break;
    }
    const afterText = text.slice(after.start, after.end);
    if (text.slice(tokens[last].end, after.start).includes('\n') || startsSentence(afterText)) {
      close(last);
    }
    i = last;
  }
  if (sentStartTok < tokens.length) close(tokens.length - 1);
  return { sentences, tokenSentence };
}
