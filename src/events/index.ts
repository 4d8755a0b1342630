/**
 * Events stage: who did what to whom, when and where — PLOVER-coded, with modality, actor codes,
 * figures of the sentence and all mentions of each event.
 */
import type { Doc } from '../doc/index.ts';
import type { Component } from '../pipeline/component.ts';
import { extractEvents } from './extract.ts';
import { mergeEvents } from './merge.ts';

export { extractEvents, type RawEvent } from './extract.ts';
export { mergeEvents, compatibleTime } from './merge.ts';
export { codeActor, iso3, sectorOf, type ActorCode } from './actors.ts';
export { eventSignature, mergeAcrossDocuments, type CrossDocEvent } from './signature.ts';

/** Events of a document, merged so that each real-world event appears once with its mentions. */
export function findEvents(doc: Doc) {
  return mergeEvents(extractEvents(doc), doc.text, doc.published, namedIn(doc));
}

/** Whether an entity is named in a sentence (any of its mentions starts there). */
function namedIn(doc: Doc): (sentence: number, id: string) => boolean {
  const bySentence = new Map<number, Set<string>>();
  const starts = doc.sentences.map((s) => s.start);
  for (const e of doc.entities ?? []) {
    for (const m of e.mentions ?? []) {
      let lo = 0, hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= m.start) lo = mid;
        else hi = mid - 1;
      }
      let set = bySentence.get(lo);
      if (!set) bySentence.set(lo, (set = new Set()));
      set.add(e.id);
    }
  }
  return (sentence, id) => bySentence.get(sentence)?.has(id) ?? false;
}

export const eventsComponent: Component = {
  name: 'events',
  version: '1.0.0',
  requires: ['tokens', 'sentences', 'entities', 'times', 'quotes', 'figures'],
  provides: ['events'],
  run(doc: Doc) {
    doc.events = findEvents(doc);
  },
};
