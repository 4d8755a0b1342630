/** Events (evsoft): soft argument conditions — a common noun in the recipient slot, a decision by a body with any
 * object or clause — and their negative cases. Invented sentences. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOn as on, eventRows, type EntitySpec } from './testing.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'] },
  { name: 'Landesregierung', type: 'ORG' },
  { name: 'Stadtrat', type: 'ORG' },
  { name: 'Freie Liste', type: 'ORG' },
];
const run = (text: string) => eventRows(text, { entities: ENTITIES, published: null });

test('a recipient named by a common noun phrase satisfies needRec (thanks, honours, warnings)', () => {
  for (const [text, trigger] of [
    ['Berger bedankte sich nach der Sitzung bei den vielen Helfern.', 'bedankte'],
    ['Berger dankte den freiwilligen Feuerwehrleuten und den Zuhörern.', 'dankte'],
    ['Berger erwies seinem Amtsvorgänger die Ehre.', 'erwies'],
  ]) {
    const evs = run(text);
    assert.ok(on(evs, trigger), `${text} ${JSON.stringify(evs)}`);
  }
  // no person in the slot: still no event
  for (const [text, trigger] of [
    ['Berger bedankte sich für das schöne Wetter.', 'bedankte'],
    ['Berger dankte dem Zufall.', 'dankte'],
  ]) {
    const evs = run(text);
    assert.equal(on(evs, trigger), undefined, `${text} ${JSON.stringify(evs)}`);
  }
  // help with a person object stays excluded (often a wish or a rule)
  const help = run('Man muss den Schülern helfen.');
  assert.equal(on(help, 'helfen'), undefined, JSON.stringify(help));
});

test('a decision verb with any object or clause counts when a body or a state decides, not a person', () => {
  for (const text of [
    'Der Stadtrat hat am Montag beschlossen, die Gebühren für Kindergärten zu senken.',
    'Die Landesregierung beschloss, dass alle Schulen am Freitag geschlossen bleiben.',
  ]) {
    const evs = run(text);
    assert.equal(evs.find((e) => e.trigger.startsWith('beschl'))?.type, 'AGREE', `${text} ${JSON.stringify(evs)}`);
  }
  for (const text of [
    'Berger beschloss, nach Hause zu gehen.',
    'Die Pläne des vom Stadtrat beschlossenen Budgets liegen auf.',
  ]) {
    const evs = run(text);
    assert.equal(evs.find((e) => e.type === 'AGREE'), undefined, `${text} ${JSON.stringify(evs)}`);
  }
});

test('passing a law or a budget is no agreement', () => {
  const evs = run('Der Stadtrat hat im letzten Jahr 40 Gesetze beschlossen.');
  assert.equal(evs.find((e) => e.type === 'AGREE'), undefined, JSON.stringify(evs));
});

test('a speech-act noun finds its speaker after a fronted dative and after an inserted relative clause', () => {
  for (const text of [
    'Dem Stadtrat spricht Berger sogar Lob aus.',
    'Dem Stadtrat spricht Berger, der auch Mitglied der Freien Liste ist, sogar Lob aus.',
    'Berger hat dem Stadtrat Lob ausgesprochen.',
  ]) {
    const evs = run(text);
    const lob = on(evs, 'Lob');
    assert.deepEqual(lob?.actors, ['Olaf Berger'], `${text} ${JSON.stringify(evs)}`);
  }
  // the fronted dative is the addressee
  const dat = run('Dem Stadtrat spricht Berger, der auch Mitglied der Freien Liste ist, sogar Lob aus.');
  assert.deepEqual(on(dat, 'Lob')?.recipients, ['Stadtrat'], JSON.stringify(dat));
  // a subject in the Vorfeld stays the subject; the name before the relative clause is then an object
  const obj = run('Die Landesregierung will Berger, der seit Jahren im Stadtrat sitzt, mit Lob überhäufen.');
  assert.notDeepEqual(on(obj, 'Lob')?.actors, ['Olaf Berger'], JSON.stringify(obj));
});

test('an arrest warrant issued or naming a charge is an accusation, one carried out is the arrest', () => {
  const issued = run('Gegen Berger wurde am Montag Haftbefehl erlassen.');
  assert.equal(on(issued, 'Haftbefehl')?.type, 'ACCUSE', JSON.stringify(issued));
  const charge = run('Im Jahr 2012 folgte ein Haftbefehl gegen Berger wegen Betrugs.');
  assert.equal(on(charge, 'Haftbefehl')?.type, 'ACCUSE', JSON.stringify(charge));
  const done = run('Der Haftbefehl gegen Berger wurde am Montag in Graz vollstreckt.');
  assert.equal(on(done, 'Haftbefehl')?.type, 'COERCE', JSON.stringify(done));
});
