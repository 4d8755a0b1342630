/** Events: which triggers of one type a clause keeps (thirteenth session, h/ev27mod). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDoc, eventRows } from './testing.ts';
import { findEvents } from './index.ts';

const CAST = {
  entities: [
    { name: 'Tunesien', type: 'LOC' as const, forms: ['Tunesien', '~tunesische'] },
    { name: 'Nordallianz', type: 'ORG' as const },
  ],
  published: null,
};
const triggers = (rows: { type: string; trigger: string }[], type: string) => rows.filter((e) => e.type === type).map((e) => e.trigger).sort();
/** The trigger of every mention of the type (one event may carry several mentions). */
const mentions = (text: string, type: string) => findEvents(buildDoc(text, CAST)).filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => m.trigger.text)).sort();

test('a hostage-taking beside an attack in one clause is a second mention', () => {
  const text = 'Bei einem Überfall auf eine Fabrik haben Kämpfer der Nordallianz hunderte Mitarbeiter als Geiseln genommen.';
  assert.deepEqual(mentions(text, 'ASSAULT'), ['genommen', 'Überfall']);
  // (the genitive after the finite verb belongs to the subject, not to the target of the raid)
  const evs = eventRows(text, CAST);
  assert.ok(evs.every((e) => e.recipients.length === 0), JSON.stringify(evs));
  // two attack words of one kind stay one mention
  assert.equal(mentions('Bei einem Überfall auf eine Fabrik haben Kämpfer der Nordallianz die Wachleute angegriffen.', 'ASSAULT').length, 1);
});

test('the act reacted to ("als Reaktion auf den Beschuss") is an event of its own, without the genitive of the next noun', () => {
  const evs = eventRows('Die tunesische Armee habe als Reaktion auf den Beschuss Ziele der Nordallianz angegriffen.', CAST);
  assert.deepEqual(triggers(evs, 'ASSAULT'), ['Beschuss', 'angegriffen'], JSON.stringify(evs));
  const shelling = evs.find((e) => e.trigger === 'Beschuss');
  assert.deepEqual(shelling?.actors, [], JSON.stringify(evs));
});

test('a setting noun kept beside a distinct act of the verb shares the verb\'s actors', () => {
  const evs = eventRows('Bei einem Überfall auf eine Fabrik in der Nähe von Tunesien haben Kämpfer der Nordallianz möglicherweise Mitarbeiter als Geiseln genommen.', CAST);
  assert.deepEqual(evs.find((e) => e.trigger === 'Überfall')?.actors, ['Nordallianz'], JSON.stringify(evs));
});
