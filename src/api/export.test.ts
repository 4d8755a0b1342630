/** CSV export of event mentions: one row per telling, with the arguments of its own sentence (h/evmention). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toDocumentJSON } from '../doc/index.ts';
import { sampleDoc } from './testdoc.ts';
import { rowsFor } from './export.ts';

test('event_mentions: a mention\'s own arguments; the event\'s where a mention recorded none', () => {
  const doc = sampleDoc();
  const ev = doc.events[0];
  // the planned signing told twice: the second telling names no recipient and no place of its own
  ev.mentions = [
    { trigger: ev.trigger, sentence: 0, modality: 'planned', source: 'e1', actors: ['e1'], recipients: ['e2'], place: 'e3', time: '2031-06' },
    { trigger: doc.events[1].trigger, sentence: 1, modality: 'planned', source: null, actors: ['e1'], recipients: [], place: null, time: null },
  ];
  const rows = rowsFor(toDocumentJSON(doc), 'event_mentions');
  assert.equal(rows.length, 4);
  assert.deepEqual(rows[0].slice(1, 9), ['ev1', 'SIGN', 'planned', 'Erika Musterfrau', 'Bund der Fischer', 'Nordstadt', '2031-06', 'Erika Musterfrau']);
  assert.deepEqual(rows[1].slice(1, 9), ['ev1', 'SIGN', 'planned', 'Erika Musterfrau', '', null, null, null]);
  // ev2 has no mentions list: one row with the event's own arguments
  assert.deepEqual(rows[2].slice(1, 7), ['ev2', 'MEET', 'negated', 'Bund der Fischer', 'Erika Musterfrau', null]);
});
