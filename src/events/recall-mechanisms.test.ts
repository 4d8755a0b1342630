/** Events: general recall mechanisms (objects across a relative clause, …) and their negative cases. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOn as on, eventRows, type DocSpec, type EntitySpec } from './testing.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Mazedonien', type: 'LOC', forms: ['Mazedonien', '~mazedonischen'] },
  { name: 'Serbien', type: 'LOC' },
  { name: 'Griechenland', type: 'LOC' },
  { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'] },
];

const run = (text: string, extra: DocSpec = {}) => eventRows(text, { entities: ENTITIES, published: null, ...extra });

test('a verb after a relative clause finds its object in the main clause before it', () => {
  const evs = run('In Preševo sind am Wochenende 33 Migranten in einem Zug, der von Mazedonien nach Serbien unterwegs war, aufgegriffen worden.');
  assert.equal(on(evs, 'aufgegriffen')?.type, 'COERCE', JSON.stringify(evs));
  const close = run('Mehrere Staaten begannen, ihre Grenzen für Menschen, die nach Serbien wollten, ganz zu schließen.');
  assert.equal(on(close, 'schließen')?.type, 'COERCE', JSON.stringify(close));
  // a coordinated clause after the relative clause is a clause of its own: no object from before
  const coord = run('Die Polizei hat die Migranten, die aus Serbien kamen, gezählt, und Berger hat das Thema aufgegriffen.');
  assert.equal(on(coord, 'aufgegriffen'), undefined, JSON.stringify(coord));
  // without a relative clause the object must stand in the verb's own clause
  const other = run('Berger sprach über die Grenzen, danach wurde die Sitzung geschlossen.');
  assert.equal(on(other, 'geschlossen'), undefined, JSON.stringify(other));
});
