/**
 * Events: arguments shared across clauses of one sentence (issue #7, fourteenth session, h/evarg) — the subject of
 * coordinated finite verbs, "er"/"sie" in a later clause for a person named bare in an earlier one, and a plural "Sie" for
 * the group that opened the previous sentence as its plural subject; a region inside a route compound is no argument.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDoc, eventRows, eventOn, type DocSpec, type EntitySpec } from './testing.ts';
import { findEvents } from './index.ts';
import type { Entity } from '../doc/index.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'] },
  { name: 'Kemal Aydin', type: 'PER', forms: ['Kemal Aydin', 'Aydin'] },
  { name: 'Maria Huber', type: 'PER', forms: ['Maria Huber', 'Huber'] },
  { name: 'Nordallianz', type: 'ORG' },
  { name: 'Taliban', type: 'ORG' },
  { name: 'Tunesien', type: 'LOC' },
];

const run = (text: string, extra: DocSpec = {}) => eventRows(text, { entities: ENTITIES, published: null, ...extra });

test('a finite verb right after "und" shares the first conjunct\'s subject, not its object', () => {
  // the pronoun subject of the first conjunct, not its object, is the actor of the second verb
  const rows = run('Berger traf Aydin am Montag. Er kritisierte die Nordallianz scharf und forderte einen Abzug der Truppen.');
  assert.deepEqual(eventOn(rows, 'forderte')?.actors, ['Olaf Berger']);
  // the first conjunct's object is that verb's, no recipient of the second
  const inverted = run('Am Montag kritisierte Berger die Nordallianz scharf und forderte einen Abzug der Truppen.');
  assert.deepEqual(eventOn(inverted, 'forderte')?.actors, ['Olaf Berger']);
  assert.deepEqual(eventOn(inverted, 'forderte')?.recipients, []);
  // a verb in -te after a noun is the first conjunct's verb, not an adjective
  assert.deepEqual(eventOn(inverted, 'kritisierte')?.recipients, ['Nordallianz']);
});

test('"er"/"sie" in a later clause is the person named bare in an earlier clause of the sentence', () => {
  assert.deepEqual(eventOn(run('Aydin traf am Montag Berger. Huber sagte, sie werfe der Nordallianz Betrug vor.'), 'werfe')?.actors, ['Maria Huber']);
  assert.deepEqual(eventOn(run('Aydin sprach am Montag in Tunesien. Berger ist des Betrugs beschuldigt; er bestreitet den Vorwurf.'), 'bestreitet')?.actors, ['Olaf Berger']);
  // the object of a zu-infinitive clause is no antecedent: the subject of the clause before it is
  const zu = run('Aydin sprach am Montag in Tunesien. Berger hat angekündigt, Huber zu treffen, er wolle aber die Nordallianz nicht unterstützen.');
  assert.deepEqual(eventOn(zu, 'unterstützen')?.actors, ['Olaf Berger']);
  // a woman named bare before "er" is no antecedent; the earlier sentences decide
  assert.deepEqual(eventOn(run('Berger sprach am Montag in Tunesien. Huber sagte, er werde die Nordallianz nicht unterstützen.'), 'unterstützen')?.actors, ['Olaf Berger']);
});

test('a plural "Sie" is the group that opened the previous sentence as its plural subject', () => {
  assert.deepEqual(eventOn(run('Die Taliban haben am Montag einen Stützpunkt angegriffen. Sie lehnen Gespräche mit der Nordallianz ab.'), 'lehnen')?.actors, ['Taliban']);
  assert.deepEqual(eventOn(run('Die Taliban haben am Montag einen Stützpunkt angegriffen. Am Abend lehnten sie Gespräche mit der Nordallianz ab.'), 'lehnten')?.actors, ['Taliban']);
  // a singular opener, or a group that was no subject, is no antecedent of a plural "sie"
  assert.deepEqual(eventOn(run('Die Nordallianz nahm am Montag drei Männer fest. Sie lehnen Gespräche mit der Regierung ab.'), 'lehnen')?.actors, []);
  assert.deepEqual(eventOn(run('Am Montag kritisierte Berger die Taliban. Sie lehnen Gespräche mit der Regierung ab.'), 'lehnen')?.actors, []);
});

test('a region named only as the first part of a route or group-of-states compound is no argument', () => {
  const text = 'Ungarn kritisierte am Montag die Abriegelung der Balkanroute. Die Balkanstaaten hatten ihre Grenzen geschlossen.';
  const doc = buildDoc(text, { published: null, entities: [{ name: 'Ungarn', type: 'LOC' }] });
  // the entities stage marks a name inside a compound as a 'part' mention
  const balkan: Entity = { id: 'e9', type: 'LOC', name: 'Balkan', country: null, roles: [], mentions: [] };
  for (const w of ['Balkanroute', 'Balkanstaaten']) {
    const at = text.indexOf(w);
    balkan.mentions.push({ start: at, end: at + w.length, text: w, form: 'part', label: 'LOC' });
  }
  doc.entities.push(balkan);
  const events = findEvents(doc);
  assert.ok(events.length > 0);
  assert.ok(events.every((e) => !e.actors.includes('e9') && !e.recipients.includes('e9')));
});

test('the city of an attack ("die Anschläge von Paris", "die Brüsseler Anschläge") is its place, not its actor', () => {
  const spec: DocSpec = { published: null, entities: [{ name: 'Paris', type: 'LOC' }, { name: 'Brüssel', type: 'LOC', forms: ['Brüssel', '~Brüsseler'] }, { name: 'Russland', type: 'LOC' }] };
  assert.deepEqual(eventOn(eventRows('Die Anschläge von Paris haben Europa erschüttert.', spec), 'Anschläge')?.actors, []);
  assert.deepEqual(eventOn(eventRows('Nach den Brüsseler Anschlägen wurden die Kontrollen verschärft.', spec), 'Anschlägen')?.actors, []);
  // a state stays the actor
  assert.deepEqual(eventOn(eventRows('Die Angriffe von Russland haben Europa erschüttert.', spec), 'Angriffe')?.actors, ['Russland']);
});

test('"er" opening a subordinate clause is not a woman of the clause before (fifteenth session, h/evdesc)', () => {
  // "die Frau" is linked to Maria Huber by the entities stage (a desc mention); the pronoun "er" cannot mean her
  const rows = eventRows('Maria Huber stürzte. Olaf Berger bestreitet die Vorwürfe. Er habe die Frau zwar gesehen, als er mit Kollegen eine Sperrkette bildete.', {
    entities: [
      { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'] },
      { name: 'Maria Huber', type: 'PER', forms: ['Maria Huber', '+die Frau'] },
    ],
    published: null,
  });
  assert.deepEqual(eventOn(rows, 'Sperrkette')?.actors, ['Olaf Berger'], JSON.stringify(rows));
});
