/** One event, many mentions: each mention keeps the arguments of its own sentence; the event keeps the merged view (h/evmention). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDoc, type EntitySpec } from './testing.ts';
import { findEvents } from './index.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'] },
  { name: 'Kemal Aydin', type: 'PER', forms: ['Kemal Aydin', 'Aydin'] },
  { name: 'Ankara', type: 'LOC' },
  { name: 'Nordallianz', type: 'ORG' },
];

function run(text: string) {
  const doc = buildDoc(text, { entities: ENTITIES, published: '2016-05-10', times: [{ text: 'am Montag', value: '2016-05-09' }] });
  const id = (name: string) => doc.entities.find((e) => e.name === name)!.id;
  return { events: findEvents(doc), id };
}

test('a merged event keeps the union of its mentions; each mention keeps its own recipients, place and time', () => {
  const { events, id } = run('Berger kritisierte am Montag Aydin in Ankara. Berger kritisierte auch die Lage.');
  assert.equal(events.length, 1);
  const [ev] = events;
  assert.deepEqual([ev.actors, ev.recipients, ev.place, ev.time], [[id('Olaf Berger')], [id('Kemal Aydin')], id('Ankara'), '2016-05-09']);
  assert.deepEqual(ev.mentions.map((m) => [m.trigger.text, m.sentence, m.actors, m.recipients, m.place, m.time]), [
    ['kritisierte', 0, [id('Olaf Berger')], [id('Kemal Aydin')], id('Ankara'), '2016-05-09'],
    // the second sentence names no recipient, no place and no time
    ['kritisierte', 1, [id('Olaf Berger')], [], null, null],
  ]);
});

test('a later mention that names the recipient gives it to the event, not to the earlier mention', () => {
  const { events, id } = run('Berger kritisierte die Lage. Später kritisierte Berger Aydin in Ankara.');
  assert.equal(events.length, 1);
  assert.deepEqual([events[0].recipients, events[0].place], [[id('Kemal Aydin')], id('Ankara')]);
  assert.deepEqual(events[0].mentions.map((m) => [m.recipients, m.place]), [[[], null], [[id('Kemal Aydin')], id('Ankara')]]);
});

test('an anaphoric noun mention ("Das Treffen") joins the event with the arguments of its own sentence (none)', () => {
  const { events, id } = run('Berger traf am Montag Aydin. Das Treffen verlief freundlich.');
  const consult = events.filter((e) => e.type === 'CONSULT');
  assert.equal(consult.length, 1);
  assert.deepEqual(consult[0].mentions.map((m) => [m.trigger.text, m.actors, m.recipients]), [['traf', [id('Olaf Berger')], [id('Kemal Aydin')]], ['Treffen', [], []]]);
});

test('a headline mention that names nobody joins the lead\'s first event of its type, keeping its own empty arguments', () => {
  const { events, id } = run('Oppositionelle freigelassen. Ankara – Berger hat sechs inhaftierte Oppositionelle begnadigt.');
  assert.equal(events.length, 1);
  const [ev] = events;
  assert.deepEqual([ev.type, ev.actors, ev.trigger.text, ev.sentence], ['RETREAT', [id('Olaf Berger')], 'freigelassen', 0]);
  assert.deepEqual(ev.mentions.map((m) => [m.trigger.text, m.sentence, m.actors]), [['freigelassen', 0, []], ['begnadigt', 1, [id('Olaf Berger')]]]);
  // not an event told further down than the lead (sentence 3 here): that may be another one
  const later = run('Angriff auf Dorf im Norden. Ankara – Das Wetter war schlecht. Es regnete. Die Nordallianz hat am Montag Aydin angegriffen.');
  assert.equal(later.events.filter((e) => e.type === 'ASSAULT').length, 2);
});

test('two acts of one actor in body sentences are one event only when they agree on what the act was about', () => {
  const lead = 'Rentenstreit in Ankara. Ankara – Die Gewerkschaft hat am Montag protestiert. ';
  // two demands with different contents: two events, although actor and type agree and neither names a recipient
  const two = run(lead + 'Berger forderte höhere Renten für Pensionisten. Die Regierung schwieg. Berger verlangte außerdem eine Senkung der Mieten.');
  const demands = two.events.filter((e) => e.type === 'REQUEST');
  assert.deepEqual(demands.map((e) => e.mentions.map((m) => m.trigger.text)), [['forderte'], ['verlangte']]);
  // the same demand told again with another verb (its object repeated): one event
  const one = run(lead + 'Berger forderte höhere Renten für Pensionisten. Die Regierung schwieg. Berger verlangte, die Renten rasch zu erhöhen.');
  assert.deepEqual(one.events.filter((e) => e.type === 'REQUEST').map((e) => e.mentions.map((m) => m.trigger.text)), [['forderte', 'verlangte']]);
  // the same generic noun trigger alone ("seine Forderung nach …" twice, about different things) is no shared content
  const nouns = run(lead + 'Berger bekräftigte seine Forderung nach höheren Renten. Die Regierung schwieg. Berger erneuerte seine Forderung nach einer Senkung der Mieten.');
  assert.equal(nouns.events.filter((e) => e.type === 'REQUEST').length, 2);
  // a noun trigger that is what the other telling's act is about joins it ("leitete Ermittlungen ein" / "Die Ermittlungen")
  const probe = run(lead + 'Die Nordallianz leitete Ermittlungen gegen Aydin ein. Die Regierung schwieg. Die Ermittlungen der Nordallianz richten sich gegen Aydin.');
  assert.equal(probe.events.filter((e) => e.type === 'ACCUSE').length, 1);
  // a shared run of letters is no shared compound part ("Bundesver…"); a shared first part closed by a linker is ("Integrations…")
  const federal = run(lead + 'Berger forderte eine Reform der Bundesverwaltung. Die Regierung schwieg. Berger verlangte außerdem mehr Geld für die Bundesverteidigung.');
  assert.equal(federal.events.filter((e) => e.type === 'REQUEST').length, 2);
  const integration = run(lead + 'Berger forderte mehr Integrationskurse. Die Regierung schwieg. Berger verlangte außerdem ein neues Integrationsgesetz.');
  assert.equal(integration.events.filter((e) => e.type === 'REQUEST').length, 1);
  // a headline summarises: a body telling in other words still joins the headline's event
  const head = run('Berger fordert Reformen. Ankara – Berger hat am Montag eine Senkung der Mieten verlangt.');
  assert.deepEqual(head.events.filter((e) => e.type === 'REQUEST').map((e) => e.mentions.map((m) => m.trigger.text)), [['fordert', 'verlangt']]);
  // once the headline has joined a body telling, a later body telling still needs the content check ("höhere Renten" / "Mieten")
  const after = run('Berger fordert höhere Renten. Ankara – Berger forderte am Montag höhere Renten für alle Pensionisten. Die Regierung schwieg. ' +
    'Berger verlangte außerdem eine deutliche Senkung der Mieten in den Städten.');
  assert.deepEqual(after.events.filter((e) => e.type === 'REQUEST').map((e) => e.mentions.map((m) => m.trigger.text)), [['fordert', 'forderte'], ['verlangte']]);
});

test('a telling that puts its act at an earlier occasion ("schon zuvor") is another event than the one reported', () => {
  const { events } = run('Sanktionen verlängert. Ankara – Die Nordallianz hat die Verlängerung der Sanktionen gegen Aydin beschlossen. Die Regierung schwieg. ' +
    'Die Nordallianz hatte sich schon zuvor auf eine Verlängerung der Sanktionen geeinigt.');
  const agree = events.filter((e) => e.type === 'AGREE');
  assert.deepEqual(agree.map((e) => e.mentions.map((m) => m.trigger.text)), [['beschlossen'], ['geeinigt']]);
});

test('a headline and a lead that both name nobody are one event when they use one word for it; a lead without its actor joins the headline\'s event', () => {
  const attack = (text: string) => run(text).events.filter((e) => e.type === 'ASSAULT').map((e) => e.mentions.map((m) => m.trigger.text));
  assert.deepEqual(attack('Hackerangriff auf Klinik behoben. Ankara – Nach einem Hackerangriff war das Netz der Klinik tagelang gestört.'), [['Hackerangriff', 'Hackerangriff']]);
  // other words: perhaps another event
  assert.deepEqual(attack('Schüsse vor Klinik. Ankara – Nach einem Hackerangriff war das Netz der Klinik tagelang gestört.'), [['Schüsse'], ['Hackerangriff']]);
  // the headline names the actor, the lead only describes him ("der Parteichef"): one act told with one verb
  const support = (text: string) => run(text).events.filter((e) => e.type === 'SUPPORT').map((e) => [e.actors.length, e.mentions.map((m) => m.trigger.text)]);
  assert.deepEqual(support('Berger solidarisiert sich mit Ärzten. Ankara – In einer Mitteilung solidarisierte sich der Parteichef mit den streikenden Ärzten.'), [[1, ['solidarisiert', 'solidarisierte']]]);
  assert.deepEqual(support('Berger solidarisiert sich mit Ärzten. Ankara – In einer Mitteilung unterstützte der Parteichef die streikenden Ärzte.'), [[1, ['solidarisiert']], [0, ['unterstützte']]]);
});
