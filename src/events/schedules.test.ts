/** Events: planned events (resumed main clause, dated schedules, dated meeting nouns) and money support as AID. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOn as on, modalityRows } from './testing.ts';

const run = modalityRows;

test('a modal of the main clause governs the infinitive after a relative clause between commas', () => {
  const evs = run('Die Nordallianz will Tunesien, das viele Menschen versorgt hat, politisch unterstützen.');
  assert.equal(on(evs, 'unterstützen')?.modality, 'planned', JSON.stringify(evs));
  // no modal in the main clause: asserted as before
  const past = run('Die Nordallianz hat Tunesien, das viele Menschen versorgt hat, politisch unterstützt.');
  assert.notEqual(on(past, 'unterstützt')?.modality, 'planned', JSON.stringify(past));
});

test('money support is AID ("finanziell unterstützen", "finanzielle Unterstützung")', () => {
  const evs = run('Die EU will Tunesien finanziell unterstützen.');
  assert.equal(on(evs, 'unterstützen')?.type, 'AID', JSON.stringify(evs));
  assert.equal(on(evs, 'unterstützen')?.modality, 'planned', JSON.stringify(evs));
  const plain = run('Die EU will Tunesien politisch unterstützen.');
  assert.equal(on(plain, 'unterstützen')?.type, 'SUPPORT', JSON.stringify(plain));
});

test('a present tense with "am" and a day without a year is a schedule; a span boundary or a noun\'s day is not', () => {
  const d = (text: string, time: string, value: string) => run(text, { times: [{ text: time, value }] });
  const sched = d('Über diese Liste beraten die Nordallianz und Berger am 8. Oktober.', '8. Oktober', 'XXXX-10-08');
  assert.equal(on(sched, 'beraten')?.modality, 'planned', JSON.stringify(sched));
  const span = d('Die Nordallianz und Berger beraten bis zum 25. Oktober in Genf.', '25. Oktober', 'XXXX-10-25');
  assert.notEqual(on(span, 'beraten')?.modality, 'planned', JSON.stringify(span));
  const nounDay = d('Berger wirbt um Stimmen für die Nordallianz bei der Wahl am 11. Oktober.', '11. Oktober', 'XXXX-10-11');
  assert.notEqual(on(nounDay, 'wirbt')?.modality, 'planned', JSON.stringify(nounDay));
});

test('a meeting noun dated "an diesem / am kommenden" weekday in a present-tense clause is planned', () => {
  const evs = run('Der Plan bildet die Grundlage der Gespräche der EU mit Berger an diesem Montag in Brüssel.');
  assert.equal(evs.find((e) => e.type === 'CONSULT')?.modality, 'planned', JSON.stringify(evs));
  const past = run('Die Gespräche der EU mit Berger an diesem Montag endeten ohne Ergebnis.');
  assert.notEqual(past.find((e) => e.type === 'CONSULT')?.modality, 'planned', JSON.stringify(past));
});
