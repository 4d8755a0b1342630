/** Events: actors that members and spokespeople stand for; names that look like negations (eleventh session, h/evprec). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOn as on, eventRows, type DocSpec, type EntitySpec } from './testing.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Angela Merkel', type: 'PER', forms: ['Angela Merkel', 'Merkel'] },
  { name: 'CSU', type: 'ORG' },
  { name: 'SPD', type: 'ORG' },
  { name: 'Staatsbahnen', type: 'ORG', forms: ['Slowenischen Staatsbahnen', 'SZ'] },
  { name: 'No Border', type: 'ORG', forms: ['No Border'] },
];

const run = (text: string, extra: DocSpec = {}) => eventRows(text, { entities: ENTITIES, published: null, ...extra });

test('"Politiker von X und Y" in the Vorfeld are X and Y acting', () => {
  const r = run('Politiker von CSU und SPD hatten am Wochenende gefordert, dass Merkel den Zuzug stoppen müsse.');
  assert.deepEqual(on(r, 'gefordert')?.actors, ['CSU', 'SPD'], JSON.stringify(r));
});

test('"ein Sprecher der X" after an inverted verb is X acting, not the recipient', () => {
  const r = run('Dem widersprach am Mittwoch ein Sprecher der Slowenischen Staatsbahnen (SZ).');
  assert.deepEqual(on(r, 'widersprach')?.actors, ['Staatsbahnen'], JSON.stringify(r));
  assert.deepEqual(on(r, 'widersprach')?.recipients, [], JSON.stringify(r));
});

test('the English "No" inside a name is no negation', () => {
  const r = run('Vermummte Mitglieder der Anarchogruppe No Border legten an mehreren Orten Feuer und bewarfen die Polizei mit Steinen.');
  assert.equal(on(r, 'legten')?.modality, 'asserted', JSON.stringify(r));
});

test('a single person after a plural verb and a plural noun phrase is the object ("werfen die Abgeordneten Merkel vor")', () => {
  const r = run('In der Begründung werfen die Abgeordneten Merkel vor, sie habe versagt.');
  assert.deepEqual(on(r, 'werfen')?.actors, [], JSON.stringify(r));
  assert.deepEqual(on(r, 'werfen')?.recipients, ['Angela Merkel'], JSON.stringify(r));
  // coordinated names after a plural verb are its subject
  const both = run('Am Montag kritisierten die CSU und die SPD die Kanzlerin.');
  assert.ok((on(both, 'kritisierten')?.actors ?? []).includes('CSU'), JSON.stringify(both));
});

test('"es" after a subordinator is the country without article that opens the clause before', () => {
  const r = run('Indien hatte bei der Konferenz als Blockierer gegolten, da es weitgehende Einschnitte ablehnte.', { entities: [{ name: 'Indien', type: 'LOC' }] });
  assert.deepEqual(on(r, 'ablehnte')?.actors, ['Indien'], JSON.stringify(r));
});

test('a conference or summit the subject attends ("bei der Konferenz") is not the subject\'s act; its own meeting is', () => {
  const ents = { entities: [{ name: 'Narendra Modi', type: 'PER' as const, forms: ['Narendra Modi', 'Modi'] }] };
  const r = run('Modi hatte bei der Konferenz von Paris argumentiert, dass Kohle erlaubt bleiben solle.', ents);
  assert.deepEqual(on(r, 'Konferenz')?.actors, [], JSON.stringify(r));
  const own = run('Modi hat bei seinem Besuch in Paris die Pläne verteidigt.', ents);
  assert.deepEqual(on(own, 'Besuch')?.actors, ['Narendra Modi'], JSON.stringify(own));
});

test('a nationality adjective of people protesting or striking against their own government names no actor', () => {
  const ents = { entities: [{ name: 'Italien', type: 'LOC' as const, forms: ['~italienische'] }, { name: 'Griechenland', type: 'LOC' as const, forms: ['~griechischen'] }, { name: 'Israel', type: 'LOC' as const, forms: ['~israelische'] }, { name: 'Palästina', type: 'LOC' as const, forms: ['~palästinensische'] }] };
  const own = run('Hunderte italienische Kleinsparer haben am Sonntag in Rom gegen die Regierung demonstriert.', ents);
  assert.deepEqual(on(own, 'demonstriert')?.actors, [], JSON.stringify(own));
  const strike = run('Aus Protest gegen die Kürzung ihrer Pensionen haben die griechischen Seeleute einen Fährenstreik begonnen.', ents);
  assert.deepEqual(on(strike, 'Fährenstreik')?.actors, [], JSON.stringify(strike));
  // against a foreign government the adjective stays the actor
  const foreign = run('Hunderte palästinensische Demonstranten haben gegen die israelische Regierung demonstriert.', ents);
  assert.deepEqual(on(foreign, 'demonstriert')?.actors, ['Palästina'], JSON.stringify(foreign));
});

test('"von X" after the inverted subject of a passive is the agent; after an owning noun it is the owner', () => {
  const ents = { entities: [{ name: 'Italien', type: 'LOC' as const, forms: ['~italienischen'] }, { name: 'Assad', type: 'PER' as const }] };
  const r = run('Am Samstag wurden 1.780 Migranten von italienischen Schiffen in Sicherheit gebracht.', ents);
  assert.deepEqual(on(r, 'gebracht')?.actors, ['Italien'], JSON.stringify(r));
  const owner = run('Am Montag wurden die Anhänger von Assad angegriffen.', ents);
  assert.deepEqual(on(owner, 'angegriffen')?.actors, [], JSON.stringify(owner));
});
