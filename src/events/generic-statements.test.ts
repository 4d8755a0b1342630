/** Events: precision and modality audit on unannotated text (generic statements, questions). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOn as on, eventRows, type DocSpec, type EntitySpec } from './testing.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'] },
  { name: 'Tunesien', type: 'LOC', forms: ['Tunesien'] },
  { name: 'Nordallianz', type: 'ORG' },
];

const run = (text: string, extra: DocSpec = {}) => eventRows(text, { entities: ENTITIES, published: null, ...extra });

test('a generic "man"/"wir" with an indicative modal of obligation or ability states a rule, no event', () => {
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

test('an interviewer\'s question in the present asks about an act, it reports none', () => {
  const q = run('STANDARD: Würden Sie Olaf Berger als Staatsfeind bezeichnen?');
  assert.equal(on(q, 'bezeichnen')?.modality, 'hypothetical', JSON.stringify(q));
  const w = run('STANDARD: Bei welchem Ergebnis treten Sie zurück?');
  assert.equal(on(w, 'treten')?.modality, 'hypothetical', JSON.stringify(w));
  // a why-question presupposes the act
  const why = run('STANDARD: Warum kritisieren Sie die Nordallianz so scharf?');
  assert.notEqual(on(why, 'kritisieren')?.modality, 'hypothetical', JSON.stringify(why));
  // a past act asked about happened
  const past = run('STANDARD: Die Nordallianz hat Olaf Berger angegriffen?');
  assert.notEqual(on(past, 'angegriffen')?.modality, 'hypothetical', JSON.stringify(past));
});

test('a considered act and a needed act are hypothetical', () => {
  const cons = run('Die Nordallianz hat erwogen, Olaf Berger als Kandidaten zu unterstützen.');
  assert.equal(on(cons, 'unterstützen')?.modality, 'hypothetical', JSON.stringify(cons));
  const need = run('Olaf Berger braucht für seine Reform die Zustimmung der Nordallianz.');
  assert.equal(on(need, 'Zustimmung')?.modality, 'hypothetical', JSON.stringify(need));
  // the same noun given is asserted
  const given = run('Olaf Berger erhielt für seine Reform die Zustimmung der Nordallianz.');
  assert.notEqual(on(given, 'Zustimmung')?.modality, 'hypothetical', JSON.stringify(given));
});

test('a court hearing or session is no meeting (CONSULT)', () => {
  const court = run('Der Angeklagte Olaf Berger ist am Montag zur Verhandlung nicht erschienen.');
  assert.equal(on(court, 'Verhandlung'), undefined, JSON.stringify(court));
  const ogh = run('Der Oberste Gerichtshof hat am Dienstag in einer nichtöffentlichen Sitzung entschieden.');
  assert.equal(on(ogh, 'Sitzung'), undefined, JSON.stringify(ogh));
  // talks are kept, also with a letter "gerichtet" at someone
  const talks = run('Olaf Berger hat in einem an die Nordallianz gerichteten Brief Verhandlungen mit der Nordallianz angeboten.');
  assert.ok(on(talks, 'Verhandlungen') || talks.some((e) => e.type === 'CONSULT' || e.type === 'AGREE'), 'talks kept: ' + JSON.stringify(talks));
});

test('a journey with no actor (refugees moving on, a holiday) is no visit', () => {
  const on1 = run('Tausende Menschen warteten auf die Weiterreise nach Tunesien.');
  assert.equal(on(on1, 'Weiterreise'), undefined, JSON.stringify(on1));
  const visit = run('Olaf Berger sagte vor seiner Reise nach Tunesien, er sei offen für Gespräche.');
  assert.ok(on(visit, 'Reise'), 'a named traveller\'s trip is kept: ' + JSON.stringify(visit));
});
