import { contentId, type Doc, type Removal } from '../doc/index.ts';
import type { Component } from '../pipeline/component.ts';
import { normalizeText } from './normalize.ts';
import { removeRepeats } from './repeats.ts';

export { normalizeText } from './normalize.ts';
export { removeRepeats } from './repeats.ts';

export interface CleanResult {
  text: string;
  offsets: Doc['offsets'];
  removed: Removal[];
}

/** Cleans raw text: character normalisation, then removal of repeated passages. */
export function cleanText(raw: string): CleanResult {
  const normal = normalizeText(raw);
  const repeats = removeRepeats(normal.text);
  const removed: Removal[] = [...normal.removed];
  for (const r of repeats.removals) {
    const { rawStart, rawEnd } = normal.offsets.spanToRaw(r.start, r.end);
    removed.push({ rawStart, rawEnd, reason: 'repeated-passage', duplicateOf: normal.offsets.toRaw(r.duplicateOf) });
  }
  removed.sort((a, b) => a.rawStart - b.rawStart);
  const merged = mergeAdjacent(raw, removed);
  const offsets = repeats.removals.length === 0 ? normal.offsets : repeats.offsets.compose(normal.offsets);
  return { text: repeats.text, offsets, removed: merged };
}

/** One record for a repeated body, not one per paragraph: joins removals separated only by white space. */
function mergeAdjacent(raw: string, removed: Removal[]): Removal[] {
  const out: Removal[] = [];
  for (const r of removed) {
    const last = out[out.length - 1];
    if (last && last.reason === r.reason && r.reason === 'repeated-passage' && raw.slice(last.rawEnd, r.rawStart).trim() === '') {
      last.rawEnd = r.rawEnd;
      continue;
    }
    out.push({ ...r });
  }
  return out;
}

export const cleanComponent: Component = {
  name: 'clean',
  version: '1.0.0',
  requires: ['text'],
  provides: ['text'],
  run(doc: Doc) {
    const result = cleanText(doc.raw);
    doc.text = result.text;
    doc.offsets = result.offsets;
    doc.removed = result.removed;
    // Identity follows the cleaned content: the same article re-ingested in another wrapping is the same document.
    doc.id = contentId(result.text);
  },
};
export { minhash, similarity, bandKeys, signatureToBuffer, signatureFromBuffer, SAME_STORY } from './minhash.ts';
