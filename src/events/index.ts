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
  const names = (doc.entities ?? []).flatMap((e) => (e.mentions ?? []).map((m) => ({ start: m.start, end: m.end, id: e.id })));
  return mergeEvents(extractEvents(doc), doc.text, doc.published, { sentences: doc.sentences, names });
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
