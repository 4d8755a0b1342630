/** Events: wrong-candidate classes of actor and recipient (thirteenth session, h/evcand). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOn as on, eventRows, type EntitySpec } from './testing.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'] },
  { name: 'Franz Huber', type: 'PER', forms: ['Franz Huber', 'Huber', 'Hubers'] },
  { name: 'Frankreich', type: 'LOC' },
];

const rows = (text: string) => eventRows(text, { entities: ENTITIES, published: null });

// (h/evsucc: the successor, when named, is the recipient — the guideline of blind 28; before, no argument)
test('office succession: the predecessor is the actor, the named successor the recipient', () => {
  const folgt = on(rows('Der Betriebswirt Olaf Berger folgt Franz Huber als Landeshauptmann nach.'), 'folgt');
  assert.deepEqual([folgt?.type, folgt?.actors, folgt?.recipients], ['CONCEDE', ['Franz Huber'], ['Olaf Berger']]);
  const stelle = on(rows('Olaf Berger tritt an Hubers Stelle.'), 'tritt');
  assert.deepEqual([stelle?.type, stelle?.actors, stelle?.recipients], ['CONCEDE', ['Franz Huber'], ['Olaf Berger']]);
  const nachfolge = on(rows('Olaf Berger hatte im Jänner die Nachfolge von Franz Huber angetreten.'), 'angetreten');
  assert.deepEqual([nachfolge?.type, nachfolge?.actors, nachfolge?.recipients], ['CONCEDE', ['Franz Huber'], ['Olaf Berger']]);
});

test('"An seine Stelle rückt X": the possessor is the predecessor, the subject after the verb the successor', () => {
  const r = on(rows('Franz Huber ging. An seine Stelle rückt Olaf Berger.'), 'rückt');
  assert.deepEqual([r?.type, r?.actors, r?.recipients], ['CONCEDE', ['Franz Huber'], ['Olaf Berger']]);
  assert.equal(on(rows('An die Stelle des Gesetzes tritt eine Verordnung.'), 'tritt'), undefined);
});

test('"durch X" is the agent of an event noun and its genitive the object, also under another noun', () => {
  const spec = { entities: [{ name: 'Russland', type: 'LOC' as const }, { name: 'Krim', type: 'LOC' as const }], published: null };
  const r = on(eventRows('Die Aufrüstung ist eine Folge der Annexion der Krim durch Russland.', spec), 'Annexion');
  assert.deepEqual([r?.actors, r?.recipients], [['Russland'], ['Krim']]);
});

test('a capital standing for its state is not a second party of the state', () => {
  const spec = { entities: [{ name: 'Russland', type: 'LOC' as const }, { name: 'Moskau', type: 'LOC' as const }, { name: 'Ukraine', type: 'LOC' as const }], published: null };
  const r = on(eventRows('Die Regierungen werfen Russland vor, die Aufständischen in der Ukraine mit Waffen zu versorgen, was Moskau bestreitet.', spec), 'bestreitet');
  assert.equal(r?.type, 'REJECT');
  assert.ok(!r?.recipients.includes('Moskau') && !r?.recipients.includes('Russland'), JSON.stringify(r));
});

test('comitative co-actors: "Manöver der USA mit Südkorea", "gemeinsam mit X"; not the partner of a meeting', () => {
  const spec = { entities: [{ name: 'USA', type: 'LOC' as const }, { name: 'Südkorea', type: 'LOC' as const }, { name: 'Nordkorea', type: 'LOC' as const }], published: null };
  const m = on(eventRows('Als Reaktion auf Militärmanöver der USA mit Südkorea verschärft Nordkorea seine Drohgebärden.', spec), 'Militärmanöver');
  assert.deepEqual(m?.actors, ['USA', 'Südkorea']);
  const t = on(eventRows('Die USA trafen sich mit Südkorea.', spec), 'trafen');
  assert.deepEqual([t?.actors, t?.recipients], [['USA'], ['Südkorea']]);
});
