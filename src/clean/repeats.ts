import { TextBuilder, type OffsetMap } from '../doc/index.ts';

export interface RepeatRemoval {
  start: number;
  end: number;
  duplicateOf: number;
}

// A paragraph shorter than this is not removed for repeating (e.g. "Foto: dpa" twice is harmless).
const MIN_PARAGRAPH = 20;
// Runs of repeated sentences inside a paragraph must be at least this long to count.
const MIN_SENTENCE_RUN = 80;

const SENTENCE_END = /(?<=[.!?…][“”"»«’']?)\s+(?=[\p{Lu}\p{N}„“"»«(])/gu;

// Input is already normalised (white space collapsed), so a passage is its own key.
function key(s: string): string {
  return s.trim();
}

interface Unit {
  start: number;
  end: number;
}

/**
 * Removes passages repeated within one document: whole paragraphs seen before,
 * and runs of sentences seen before (scrapers often repeat the body after the lead).
 * Works on normalised text (paragraphs separated by line breaks).
 */
export function removeRepeats(text: string): { text: string; offsets: OffsetMap; removals: RepeatRemoval[] } {
  const seenParagraph = new Map<string, number>();
  const seenSentence = new Map<string, number>();
  const removals: RepeatRemoval[] = [];

  const paragraphs: Unit[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    if (nl > pos) paragraphs.push({ start: pos, end: nl });
    pos = nl + 1;
  }

  for (const p of paragraphs) {
    const content = text.slice(p.start, p.end);
    const k = key(content);
    const first = seenParagraph.get(k);
    if (first !== undefined && k.length >= MIN_PARAGRAPH) {
      removals.push({ start: p.start, end: p.end, duplicateOf: first });
      continue;
    }
    if (first === undefined) seenParagraph.set(k, p.start);

    // Sentence runs inside the paragraph.
    const sentences: Unit[] = [];
    let s = p.start;
    SENTENCE_END.lastIndex = 0;
    for (const m of content.matchAll(SENTENCE_END)) {
      const end = p.start + (m.index ?? 0);
      sentences.push({ start: s, end });
      s = end + m[0].length;
    }
    sentences.push({ start: s, end: p.end });
    if (sentences.length < 2) continue;

    let runStart = -1;
    let runFirst = -1;
    const closeRun = (endIndex: number) => {
      if (runStart < 0) return;
      const start = sentences[runStart].start;
      const end = sentences[endIndex].end;
      if (end - start >= MIN_SENTENCE_RUN && endIndex - runStart >= 1) {
        removals.push({ start, end, duplicateOf: runFirst });
      }
      runStart = -1;
    };
    for (let i = 0; i < sentences.length; i++) {
      const u = sentences[i];
      const sk = key(text.slice(u.start, u.end));
      const earlier = seenSentence.get(sk);
      if (earlier !== undefined && sk.length >= MIN_PARAGRAPH) {
        if (runStart < 0) {
          runStart = i;
          runFirst = earlier;
        }
      } else {
        closeRun(i - 1);
        if (earlier === undefined) seenSentence.set(sk, u.start);
      }
    }
    closeRun(sentences.length - 1);
  }

  // Also remember paragraphs' sentences seen in removed-paragraph-free text: done above in order.
  if (removals.length === 0) {
    const b = new TextBuilder();
    b.copy(text, 0);
    const built = b.build(text.length);
    return { text: built.text, offsets: built.offsets, removals };
  }

  removals.sort((a, b) => a.start - b.start);
  const b = new TextBuilder();
  let cursor = 0;
  for (const r of removals) {
    // Take the separator before the removed passage with it, so no blank lines pile up.
    let cut = r.start;
    while (cut > cursor && /\s/.test(text[cut - 1])) cut -= 1;
    b.copy(text.slice(cursor, cut), cursor);
    cursor = r.end;
  }
  // Drop separators left at the very end.
  let tail = text.slice(cursor);
  if (b.size === 0) tail = tail.replace(/^\s+/, '');
  b.copy(tail, text.length - tail.length);
  const built = b.build(text.length);
  return { text: built.text, offsets: built.offsets, removals };
}
