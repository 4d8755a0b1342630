/** Ninth session, branch h/evaudit: precision and modality audit on unannotated text (generic statements, questions). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDoc, names, type EntitySpec } from './testing.ts';
import { findEvents } from './index.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'] },
  { name: 'Nordallianz', type: 'ORG' },
];

function run(text: string) {
  const doc = buildDoc(text, { entities: ENTITIES, published: null });
  return findEvents(doc).map((e) => ({ type: e.type, modality: e.modality, actors: names(doc, e.actors), trigger: e.trigger.text }));
}
const on = (evs: ReturnType<typeof run>, trigger: string) => evs.find((e) => e.trigger === trigger);

test('h/evaudit a generic "man"/"wir" with an indicative modal of obligation or ability states a rule, no event', () => {
  const man = run('Aber man muss einem verdienten Mitarbeiter helfen und ihn unterstützen.');
  assert.equal(on(man, 'unterstützen'), undefined, JSON.stringify(man));
  const wir = run('Wir können selbst Menschen festnehmen, die chatten.');
  assert.equal(on(wir, 'festnehmen'), undefined, JSON.stringify(wir));
  // the Konjunktiv I reports an organisation's side: kept
  const konj = run('Die Nordallianz erklärte, man müsse Olaf Berger unterstützen.');
  assert.ok(on(konj, 'unterstützen'), 'Konjunktiv I "man müsse" is kept: ' + JSON.stringify(konj));
  // a future announces a stance, a performative rejection is one: kept
  const fut = run('Wenn das so bleibt, werden wir der Reform nicht zustimmen können.');
  assert.ok(on(fut, 'zustimmen'), 'future "werden wir nicht zustimmen können" is kept: ' + JSON.stringify(fut));
  const rej = run('Diese Unterstellung müssen wir allerdings entschieden zurückweisen.');
  assert.ok(on(rej, 'zurückweisen'), 'performative "müssen wir zurückweisen" is kept: ' + JSON.stringify(rej));
});
