/** Events: clause structure repaired for the argument search (thirteenth session, h/ev27mod). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOn as on, eventRows, BASIC_CAST } from './testing.ts';

const CAST = BASIC_CAST;
const run = (text: string) => eventRows(text, CAST);

test('a comma between a repeated intensifier ("sehr, sehr") is no clause boundary', () => {
  const evs = run('Olaf Berger hatte Tunesien vergangene Woche als sehr, sehr ernsthafte Bedrohung bezeichnet.');
  const e = on(evs, 'bezeichnet');
  assert.deepEqual([e?.actors, e?.recipients], [['Olaf Berger'], ['Tunesien']], JSON.stringify(evs));
});

test('"und" with a name and a finite verb after it opens a main clause with its own subject', () => {
  const evs = run('Der Konflikt hat neue Spannungen heraufbeschworen und Tunesien fordert einen stärkeren Schutz.');
  assert.deepEqual(on(evs, 'fordert')?.actors, ['Tunesien'], JSON.stringify(evs));
  // a list of names before the verb is one subject
  const list = run('Die Nordallianz und Tunesien fordern einen stärkeren Schutz.');
  assert.deepEqual(on(list, 'fordern')?.actors.sort(), ['Nordallianz', 'Tunesien'], JSON.stringify(list));
});

test('"er" as the subject of receiving is the person of the clause before', () => {
  const evs = run('Olaf Berger kündigte eine Reform an, und er sollte dafür die Unterstützung der Nordallianz bekommen.');
  assert.deepEqual(on(evs, 'Unterstützung')?.recipients, ['Olaf Berger'], JSON.stringify(evs));
});

test('the passive subject before an inserted zu-infinitive or relative clause is the victim', () => {
  const zu = run('Berger sei am Samstag bei dem Versuch, mit einem gefälschten Ausweis nach Tunesien auszureisen, von Behörden festgenommen worden.');
  assert.deepEqual(on(zu, 'festgenommen')?.recipients, ['Olaf Berger'], JSON.stringify(zu));
  const rel = run('Damals wurde Berger wegen der Gründung einer Gruppe, die Soldaten überfallen hat, sowie wegen Aufhetzung verurteilt.');
  assert.deepEqual(on(rel, 'verurteilt')?.recipients, ['Olaf Berger'], JSON.stringify(rel));
});
