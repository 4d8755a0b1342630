/** Events: modality from general German grammar (reporting tags, indirect speech, time anchoring, negation scope). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOn as on, eventRows, type DocSpec, type EntitySpec } from './testing.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Europäische Union', type: 'ORG', forms: ['EU'] },
  { name: 'Tunesien', type: 'LOC', forms: ['Tunesien', '~tunesischen'] },
  { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'] },
  { name: 'Nordallianz', type: 'ORG' },
];

const run = (text: string, extra: DocSpec = {}) => eventRows(text, { entities: ENTITIES, published: null, ...extra });

test('a reporting tag that ends the sentence makes every clause before it reported, not only the last', () => {
  const evs = run('Die Nordallianz hat sich als Opfer inszeniert, sie hat Tunesien scharf kritisiert, obwohl die Lage ruhig war, sagte Berger.');
  assert.equal(on(evs, 'kritisiert')?.modality, 'reported', JSON.stringify(evs));
  // a verb-first main clause after a fronted temporal clause is no tag
  const main = run('Als die Lage ruhig war, die Grenze offen, sagte Berger, die Nordallianz habe Tunesien kritisiert.');
  assert.notEqual(on(main, 'sagte')?.modality, 'reported', JSON.stringify(main));
  // without a tag the narrator asserts it
  const plain = run('Die Nordallianz hat sich als Opfer inszeniert, sie hat Tunesien scharf kritisiert, obwohl die Lage ruhig war.');
  assert.equal(on(plain, 'kritisiert')?.modality, 'asserted', JSON.stringify(plain));
});

test('a dass-clause governed by a clause in Konjunktiv I is part of the indirect speech', () => {
  const evs = run('Es sei zudem verdächtig, dass die Nordallianz Tunesien ausgerechnet an jenem Tag kritisierte.');
  assert.equal(on(evs, 'kritisierte')?.modality, 'reported', JSON.stringify(evs));
  const plain = run('Es ist zudem verdächtig, dass die Nordallianz Tunesien ausgerechnet an jenem Tag kritisierte.');
  assert.equal(on(plain, 'kritisierte')?.modality, 'asserted', JSON.stringify(plain));
});

test('a past clause dated by a month without a day is background, unless the lead names that month', () => {
  const text = 'Tunesien verhandelt mit der EU. Die Gespräche laufen. Im Mai griff die Nordallianz Tunesien an.';
  const evs = run(text, { times: [{ text: 'Mai', value: 'XXXX-05' }] });
  assert.equal(on(evs, 'griff')?.modality, 'historical', JSON.stringify(evs));
  // the same month in the headline: the news itself
  const lead = run('Im Mai griff die Nordallianz Tunesien an. Die Gespräche laufen.', { times: [{ text: 'Mai', value: 'XXXX-05' }] });
  assert.equal(on(lead, 'griff')?.modality, 'asserted', JSON.stringify(lead));
  // a present-tense clause with a month is no background
  const now = run('Tunesien verhandelt mit der EU. Die Gespräche laufen. Im Mai kritisiert die Nordallianz Tunesien.', { times: [{ text: 'Mai', value: 'XXXX-05' }] });
  assert.notEqual(on(now, 'kritisiert')?.modality, 'historical', JSON.stringify(now));
});
