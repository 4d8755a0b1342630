/** Events: counted coercion over a calendar period and rates are statistics; a court's sessions are no meetings (counts.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOn as on, eventRows, type EntitySpec } from './testing.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Dänemark', type: 'LOC' },
  { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'] },
  { name: 'Karin Wolf', type: 'PER', forms: ['Karin Wolf', 'Wolf'] },
];
const run = (text: string) => eventRows(text, { entities: ENTITIES, published: null });

test('arrests and expulsions counted over a calendar period, "weitere N" after them and rates are no events', () => {
  const evs = run('Seit Jahresbeginn wurden in Dänemark 38 Personen ausgewiesen. Das sind drei Ausweisungen pro Monat. Weitere 52 wurden festgenommen.');
  assert.equal(on(evs, 'ausgewiesen'), undefined, JSON.stringify(evs));
  assert.equal(on(evs, 'Ausweisungen'), undefined, JSON.stringify(evs));
  assert.equal(on(evs, 'festgenommen'), undefined, JSON.stringify(evs));
  const year = run('Im vergangenen Jahr wurden in Dänemark 120 Menschen festgenommen.');
  assert.equal(on(year, 'festgenommen'), undefined, JSON.stringify(year));
});

test('a specific operation, a conflict toll and "weitere N" without a counted period stay events', () => {
  const op = run('Seit Samstag wurden in Dänemark 38 Personen festgenommen.');
  assert.equal(on(op, 'festgenommen')?.type, 'COERCE', JSON.stringify(op));
  const toll = run('In dem Konflikt wurden seit April fast 7000 Menschen getötet.');
  assert.equal(on(toll, 'getötet')?.type, 'ASSAULT', JSON.stringify(toll));
  const more = run('Die Polizei nahm am Montag in Dänemark zwölf Demonstranten fest. Weitere 15 wurden verhaftet.');
  assert.equal(on(more, 'verhaftet')?.type, 'COERCE', JSON.stringify(more));
});

test('a court\'s hearing or session is no meeting; negotiations with a partner are', () => {
  const hearing = run('Die Richterin hat Berger wegen übler Nachrede verurteilt. Zahlreiche Anhänger von Wolf waren zur Verhandlung gekommen.');
  assert.equal(on(hearing, 'Verhandlung'), undefined, JSON.stringify(hearing));
  const session = run('Das Verfassungsgericht will sich am Montag in einer Dringlichkeitssitzung mit der Klage befassen.');
  assert.equal(on(session, 'Dringlichkeitssitzung'), undefined, JSON.stringify(session));
  const talks = run('Die Richterin hat Berger verurteilt. Am Montag begann eine Verhandlung mit Wolf über einen Vergleich.');
  assert.equal(on(talks, 'Verhandlung')?.type, 'CONSULT', JSON.stringify(talks));
});
