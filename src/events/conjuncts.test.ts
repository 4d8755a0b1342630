/** Events: arguments and events of coordinated conjuncts in one clause (fourteenth session, h/evconj). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDoc, names } from './testing.ts';
import { findEvents } from './index.ts';

const CAST = {
  entities: [
    { name: 'Olaf Berger', type: 'PER' as const, forms: ['Olaf Berger', 'Berger'] },
    { name: 'Anna Roth', type: 'PER' as const, forms: ['Anna Roth', 'Roth'] },
    { name: 'Lissabon', type: 'LOC' as const },
    { name: 'Wien', type: 'LOC' as const },
    { name: 'Nordallianz', type: 'ORG' as const },
  ],
  published: null,
};
const TIMES = [
  { text: 'im März', value: 'XXXX-03' },
  { text: 'im Mai', value: 'XXXX-05' },
  { text: 'am Montag', value: 'XXXX-WXX-1' },
  { text: 'Am Montag', value: 'XXXX-WXX-1' },
  { text: 'am Freitag', value: 'XXXX-WXX-5' },
];
/** Every mention with its own time, place and recipients. */
function rows(text: string) {
  const doc = buildDoc(text, { ...CAST, times: TIMES });
  return findEvents(doc).flatMap((e, k) => e.mentions.map((m) => ({
    event: k,
    type: e.type,
    trigger: m.trigger.text,
    time: m.time,
    place: m.place ? names(doc, [m.place])[0] : null,
    recipients: names(doc, m.recipients ?? e.recipients),
  })));
}

test('a verb-final conjunct keeps its own time and names; the noun of the next conjunct is a second meeting', () => {
  const r = rows('Berger und Roth wollen sich im März auf einem Gipfel in Lissabon treffen und im Mai auf einem Treffen der Außenminister der Nordallianz.');
  const verb = r.find((x) => x.trigger === 'treffen');
  const noun = r.find((x) => x.trigger === 'Treffen');
  assert.ok(verb && noun, JSON.stringify(r));
  assert.equal(verb.time, 'XXXX-03', JSON.stringify(r));
  assert.deepEqual(verb.recipients, [], JSON.stringify(r));
  assert.equal(verb.place, 'Lissabon');
  assert.equal(noun.time, 'XXXX-05', JSON.stringify(r));
  assert.notEqual(noun.place, 'Lissabon', JSON.stringify(r));
  assert.notEqual(verb.event, noun.event, JSON.stringify(r));
});

test('two verbs of one type in two conjuncts with different times and places are two events', () => {
  const r = rows('Berger und Roth hatten sich am Montag in Lissabon getroffen und am Freitag in Wien erneut getroffen.');
  const met = r.filter((x) => x.type === 'CONSULT');
  assert.equal(met.length, 2, JSON.stringify(r));
  assert.deepEqual(met.map((x) => [x.time, x.place]), [['XXXX-WXX-1', 'Lissabon'], ['XXXX-WXX-5', 'Wien']], JSON.stringify(r));
  assert.notEqual(met[0].event, met[1].event);
});

test('a time before both conjuncts belongs to both', () => {
  // V2: the conjunction follows a name, no verb-final conjunct
  let r = rows('Am Montag trafen sich Berger und Roth und unterzeichneten ein Abkommen.');
  assert.equal(r.find((x) => x.trigger === 'trafen')?.time, 'XXXX-WXX-1', JSON.stringify(r));
  assert.equal(r.find((x) => x.trigger === 'unterzeichneten')?.time, 'XXXX-WXX-1', JSON.stringify(r));
  // verb-final: the later conjunct without a time of its own takes the clause's
  r = rows('Berger und Roth haben sich am Montag getroffen und ein Abkommen unterzeichnet.');
  assert.equal(r.find((x) => x.trigger === 'getroffen')?.time, 'XXXX-WXX-1', JSON.stringify(r));
  assert.equal(r.find((x) => x.trigger === 'unterzeichnet')?.time, 'XXXX-WXX-1', JSON.stringify(r));
});

test('verbs coordinated directly share their object; one conjunct with one time stays one event', () => {
  const r = rows('Die Nordallianz hat Berger am Montag festgenommen und verhört.');
  assert.ok(r.every((x) => x.time === 'XXXX-WXX-1'), JSON.stringify(r));
  // a time only in the later conjunct is not the first verb's
  const s = rows('Berger soll sich in Lissabon mit Roth treffen und am Freitag in Wien ein Abkommen unterzeichnen.');
  assert.equal(s.find((x) => x.trigger === 'treffen')?.time ?? null, null, JSON.stringify(s));
  assert.equal(s.find((x) => x.trigger === 'treffen')?.place, 'Lissabon', JSON.stringify(s));
  assert.equal(s.find((x) => x.trigger === 'unterzeichnen')?.time, 'XXXX-WXX-5', JSON.stringify(s));
  assert.equal(s.find((x) => x.trigger === 'unterzeichnen')?.place, 'Wien', JSON.stringify(s));
});

test('a name after the later conjunct\'s verb is shared again', () => {
  const r = rows('Von der Nordallianz festgenommen und in ein Lager in Wien gebracht starb Berger ein Jahr später.');
  const arrest = r.find((x) => x.trigger === 'festgenommen');
  assert.deepEqual(arrest?.recipients, ['Olaf Berger'], JSON.stringify(r));
  assert.notEqual(arrest?.place, 'Wien', JSON.stringify(r));
});
