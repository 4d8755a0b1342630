/** Events: money transfers found from their arguments (money.ts): amount + verb of giving/flowing/taking part + payee. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOn as on, eventRows, type EntitySpec } from './testing.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Norwegen', type: 'LOC' },
  { name: 'Kanada', type: 'LOC' },
  { name: 'Vereinte Nationen', type: 'ORG', forms: ['UNO', 'UN-Hilfswerk'] },
  { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'] },
];
const run = (text: string) => eventRows(text, { entities: ENTITIES, published: null });

test('an amount, a verb of flowing, taking part, supporting or giving and a payee make an AID event', () => {
  for (const [text, trigger] of [
    ['Bis zum Sommer sollen 40 Millionen Euro an den Wiederaufbaufonds für Haiti fließen.', 'fließen'],
    ['Norwegen will sich mit 7,5 Millionen am Hungerfonds der UNO beteiligen.', 'beteiligen'],
    ['Der gleiche Betrag soll an das UN-Hilfswerk gehen, davon 2,5 Millionen für Schulen in Jordanien.', 'gehen'],
    ['Das Flüchtlingslager im Libanon soll mit vier Millionen unterstützt werden.', 'unterstützt'],
    ['Kanada hat fünf Millionen Dollar gegeben.', 'gegeben'],
    ['Kanada hat fünf Millionen Dollar (4,6 Millionen Euro, Anm.) gegeben.', 'gegeben'],
    ['Norwegen stellt dem UN-Hilfswerk 20 Millionen Euro zur Verfügung.', 'stellt'],
  ]) {
    const evs = run(text);
    assert.equal(on(evs, trigger)?.type, 'AID', `${text} ${JSON.stringify(evs)}`);
  }
});

test('"unterstützen mit <Betrag>" is AID; without an amount it stays SUPPORT', () => {
  assert.equal(on(run('Kanada unterstützt die UNO mit 30 Millionen Dollar.'), 'unterstützt')?.type, 'AID');
  assert.equal(on(run('Kanada unterstützt die UNO mit aller Kraft.'), 'unterstützt')?.type, 'SUPPORT');
});

test('commercial money, small sums, spending and existence make no transfer', () => {
  for (const [text, trigger] of [
    ['Für die Übernahme der Reederei fließen 300 Millionen Euro an die Eigentümer.', 'fließen'],
    ['An die drei weiteren Preisträger gehen je 2500 Euro.', 'gehen'],
    ['Die Stadt gibt drei Millionen Euro für Werbung aus.', 'gibt'],
    ['Es gibt in Norwegen zwei Millionen Euro an ungenutzten Mitteln.', 'gibt'],
    ['Das Gehalt des Managers soll um eine Million Euro an die Inflation angepasst werden.', 'angepasst'],
    ['Drei Millionen Menschen fließen nicht.', 'fließen'],
  ]) {
    const evs = run(text);
    assert.notEqual(on(evs, trigger)?.type, 'AID', `${text} ${JSON.stringify(evs)}`);
  }
});
