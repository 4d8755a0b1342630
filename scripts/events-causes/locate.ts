// The sentence index of a gold event's sentence text in an analysed document (-1 when it is not found).
import { sentenceAt, type Doc } from '../../src/doc/index.ts';

export function locate(doc: Doc, sentence: string): number {
  let i = doc.text.indexOf(sentence);
  if (i < 0) i = doc.text.indexOf(sentence.slice(0, 40));
  if (i < 0) {
    const norm = (x: string) => x.replace(/\s+/g, ' ');
    i = norm(doc.text).indexOf(norm(sentence).slice(0, 40));
  }
  if (i < 0) return -1;
  return sentenceAt(doc, i + Math.min(5, sentence.length - 1));
}
