/**
 * Events scorer: each gold mention is judged by the predicted mention that matches it, with that mention's own arguments
 * (fourteenth session, h/evmention). Every expected figure here is counted by hand from the small documents below.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, Entity, EventMention, EventRecord } from '../doc/index.ts';
import { newTally, scoreDocument, type GoldEvent } from './events.ts';

const S0 = 'Merkel traf Macron in Paris.';
const S1 = 'Das Treffen dauerte zwei Stunden.';
const TEXT = `${S0} ${S1}`;

function entity(id: string, name: string): Entity {
  const start = TEXT.indexOf(name);
  return { id, type: 'PER', name, mentions: start >= 0 ? [{ start, end: start + name.length, text: name, form: 'name' }] : [] };
}

function doc(events: EventRecord[]): Doc {
  return {
    text: TEXT,
    sentences: [{ start: 0, end: S0.length }, { start: S0.length + 1, end: TEXT.length }],
    entities: [entity('e1', 'Merkel'), entity('e2', 'Macron'), entity('e3', 'Putin')],
    events,
  } as unknown as Doc;
}

function span(text: string, from = 0) {
  const start = TEXT.indexOf(text, from);
  return { start, end: start + text.length, text };
}

/** One CONSULT event told in both sentences: the merged view Merkel → Macron; `second` is the second mention's own arguments. */
function meeting(second: Partial<EventMention>, first: Partial<EventMention> = { actors: ['e1'], recipients: ['e2'] }): EventRecord {
  const t0 = span('traf');
  const t1 = span('Treffen');
  return {
    id: 'ev1', type: 'CONSULT', mode: null, modality: 'asserted', actors: ['e1'], recipients: ['e2'], place: null, time: null, source: null,
    trigger: t0, sentence: 0,
    mentions: [
      { trigger: t0, sentence: 0, modality: 'asserted', source: null, ...first },
      { trigger: t1, sentence: 1, modality: 'asserted', source: null, ...second },
    ],
  };
}

const gold = (sentence: string, trigger: string, actors: string[], recipients: string[]): GoldEvent =>
  ({ sentence, trigger, type: 'CONSULT', mode: null, modality: 'asserted', actors, recipients });

test('a mention that names no recipient is judged by its own empty recipients, not by the merged event\'s', () => {
  const d = doc([meeting({ actors: ['e1'], recipients: [] })]);
  const g = [gold(S0, 'traf', ['Merkel'], ['Macron']), gold(S1, 'Treffen', ['Merkel'], [])];
  const byMention = newTally();
  scoreDocument(d, g, byMention);
  // 2 matched; actors right on both; recipients: s0 Macron = Macron, s1 [] = [] → 2 of 2
  assert.deepEqual([byMention.tp, byMention.actorOk, byMention.recipientOk, byMention.eventArgs], [2, 2, 2, 0]);
  const byEvent = newTally();
  scoreDocument(d, g, byEvent, 'test', 'event');
  // the old way: s1 is given Macron, which its gold does not have → 1 of 2
  assert.deepEqual([byEvent.tp, byEvent.actorOk, byEvent.recipientOk, byEvent.eventArgs], [2, 2, 1, 2]);
});

test('per-mention scoring lowers a score where the mention\'s own arguments are wrong and the merged event\'s right', () => {
  // the second mention recorded Putin as its recipient (wrong); the merged event keeps Macron (right)
  const d = doc([meeting({ actors: ['e1'], recipients: ['e3'] })]);
  const g = [gold(S0, 'traf', ['Merkel'], ['Macron']), gold(S1, 'Treffen', ['Merkel'], ['Macron'])];
  const byMention = newTally();
  scoreDocument(d, g, byMention);
  assert.equal(byMention.recipientOk, 1);
  const byEvent = newTally();
  scoreDocument(d, g, byEvent, 'test', 'event');
  assert.equal(byEvent.recipientOk, 2);
  // and its own missing actor counts against it too
  const noActor = newTally();
  scoreDocument(doc([meeting({ actors: [], recipients: ['e2'] })]), g, noActor);
  assert.deepEqual([noActor.actorOk, noActor.recipientOk], [1, 2]);
});

test('a mention without recorded arguments (an older document) is judged by its event\'s, and counted', () => {
  const d = doc([meeting({})]);
  const g = [gold(S0, 'traf', ['Merkel'], ['Macron']), gold(S1, 'Treffen', ['Merkel'], [])];
  const t = newTally();
  scoreDocument(d, g, t);
  // s1 falls back to the event's Merkel → Macron: actor right, recipient wrong; one mention judged by its event's
  assert.deepEqual([t.tp, t.actorOk, t.recipientOk, t.eventArgs], [2, 2, 1, 1]);
  // an event with no mentions list at all is one mention with the event's arguments
  const bare = doc([{ ...meeting({}), mentions: undefined }]);
  const t2 = newTally();
  scoreDocument(bare, [gold(S0, 'traf', ['Merkel'], ['Macron'])], t2);
  assert.deepEqual([t2.tp, t2.fp, t2.actorOk, t2.recipientOk, t2.eventArgs], [1, 0, 1, 1, 1]);
});

test('of two mentions of the type in a sentence, the one whose trigger covers the gold trigger is judged, before an actor match', () => {
  const t0 = span('traf');
  const other = span('Paris');
  // two CONSULT mentions in s0: "Paris" (actor Merkel, a wrong trigger) and "traf" (actor Macron)
  const ev = (id: string, trigger: { start: number; end: number; text: string }, actors: string[]): EventRecord => ({
    id, type: 'CONSULT', mode: null, modality: 'asserted', actors, recipients: [], place: null, time: null, source: null, trigger, sentence: 0,
    mentions: [{ trigger, sentence: 0, modality: 'asserted', source: null, actors, recipients: [] }],
  });
  const d = doc([ev('ev1', other, ['e1']), ev('ev2', t0, ['e2'])]);
  const t = newTally();
  // gold "traf … an" with actor Merkel: "traf" covers it, so its mention (actor Macron) is judged: actor wrong; one FP ("Paris")
  scoreDocument(d, [gold(S0, 'traf an', ['Merkel'], [])], t);
  assert.deepEqual([t.tp, t.fp, t.actorOk], [1, 1, 0]);
});
