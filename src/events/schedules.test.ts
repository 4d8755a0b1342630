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

test('"für" dates a noun only when the date heads its phrase, not through a noun of its own ("Stelle für X am Samstag")', () => {
  const named = run('Wie die Beobachtungsstelle für Menschenrechte am Samstag berichtete, gab es heftige Kämpfe in Tunesien.');
  assert.notEqual(on(named, 'Kämpfe')?.modality, 'planned', JSON.stringify(named));
  const org = run('Die Organisation für Entwicklungshilfe am Montag meldete Angriffe auf Dörfer.');
  assert.notEqual(on(org, 'Angriffe')?.modality, 'planned', JSON.stringify(org));
  // the schedule itself: "für den 20. Mai", "für kommenden Dienstag"
  const sched = run('Berger hat für den 20. Mai eine Konferenz angeordnet.', { times: [{ text: '20. Mai', value: 'XXXX-05-20' }] });
  assert.equal(on(sched, 'Konferenz')?.modality, 'planned', JSON.stringify(sched));
  const next = run('Berger hat für kommenden Dienstag eine Konferenz angeordnet.');
  assert.equal(on(next, 'Konferenz')?.modality, 'planned', JSON.stringify(next));
});

test('a headline noun with the lead\'s own time takes the lead\'s plan, also from the fourth sentence', () => {
  const text = (day: string) => `Krisentreffen der Nordallianz am ${day} in Kairo. Die Lage in Tunesien ist angespannt. Berger sagte, die Lage sei ernst. Die Nordallianz kündigte für Dienstag ein Krisentreffen in Kairo an.`;
  const same = run(text('Dienstag'), { times: [{ text: 'am Dienstag', value: 'XXXX-WXX-2' }, { text: 'für Dienstag', value: 'XXXX-WXX-2' }] });
  assert.equal(same[0]?.modality, 'planned', JSON.stringify(same));
  // another day in the headline: another meeting, left as told
  const other = run(text('Montag'), { times: [{ text: 'am Montag', value: 'XXXX-WXX-1' }, { text: 'für Dienstag', value: 'XXXX-WXX-2' }] });
  assert.notEqual(other[0]?.modality, 'planned', JSON.stringify(other));
});
