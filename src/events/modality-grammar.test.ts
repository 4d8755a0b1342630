/** Events: modality from general German grammar (reporting tags, indirect speech, time anchoring, negation scope). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOn as on, modalityRows } from './testing.ts';

const run = modalityRows;

test('a reporting tag that ends the sentence makes every clause before it reported, not only the last', () => {
  const evs = run('Die Nordallianz hat sich als Opfer inszeniert, sie hat Tunesien scharf kritisiert, obwohl die Lage ruhig war, sagte Berger.');
  assert.equal(on(evs, 'kritisiert')?.modality, 'reported', JSON.stringify(evs));
  // a verb-first main clause after a fronted temporal clause is no tag
  const main = run('Als die Nordallianz Tunesien kritisierte, die Grenze offen war, sagte Berger nichts.');
  assert.equal(on(main, 'kritisierte')?.modality, 'asserted', JSON.stringify(main));
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
  assert.ok(on(now, 'kritisiert') && on(now, 'kritisiert')?.modality !== 'historical', JSON.stringify(now));
});

test('a time ahead of now in a clause without a past is planned, also without a creation time', () => {
  const ahead = run('Die Nordallianz trifft Tunesien in zwei Wochen.', { times: [{ text: 'in zwei Wochen', value: 'XXXX-WXX' }] });
  assert.equal(on(ahead, 'trifft')?.modality, 'planned', JSON.stringify(ahead));
  const soon = run('Die Nordallianz trifft Tunesien in Kürze.', { times: [{ text: 'in Kürze', value: 'FUTURE_REF' }] });
  assert.equal(on(soon, 'trifft')?.modality, 'planned', JSON.stringify(soon));
  // the same offset back in time, and a span up to now, are no plan
  const back = run('Die Nordallianz traf Tunesien vor zwei Wochen.', { times: [{ text: 'vor zwei Wochen', value: 'XXXX-WXX' }] });
  assert.equal(on(back, 'traf')?.modality, 'asserted', JSON.stringify(back));
  const span = run('Die Nordallianz hat Tunesien binnen fünf Monaten dreimal angegriffen.', { times: [{ text: 'fünf Monaten', value: 'P5M', type: 'DURATION' }] });
  assert.ok(on(span, 'angegriffen') && on(span, 'angegriffen')?.modality !== 'planned', JSON.stringify(span));
});

test('a meeting noun scheduled by a present-tense verb with a week, month or season, and "steht bevor", is planned', () => {
  const month = run('Das Treffen mit Tunesien findet im Juni statt.', { times: [{ text: 'Juni', value: 'XXXX-06' }] });
  assert.equal(on(month, 'Treffen')?.modality, 'planned', JSON.stringify(month));
  const week = run('Es ist heikel, weil diese Woche das Treffen mit Tunesien stattfindet.', { times: [{ text: 'diese Woche', value: 'XXXX-WXX' }] });
  assert.equal(on(week, 'Treffen')?.modality, 'planned', JSON.stringify(week));
  const past = run('Das Treffen mit Tunesien fand im Juni statt.', { times: [{ text: 'Juni', value: 'XXXX-06' }] });
  assert.ok(on(past, 'Treffen') && on(past, 'Treffen')?.modality !== 'planned', JSON.stringify(past));
  const due = run('Ein Treffen mit Tunesien steht bevor.');
  assert.equal(on(due, 'Treffen')?.modality, 'planned', JSON.stringify(due));
});

test('verb-final clauses: "… angegriffen haben soll" is an allegation, "…, die … unterstützt werden" a present passive', () => {
  const alleged = run('Tunesien ist in Sorge, nachdem die Nordallianz die Grenze angegriffen haben soll.');
  assert.equal(on(alleged, 'angegriffen')?.modality, 'reported', JSON.stringify(alleged));
  const relative = run('Berger will jene nicht sehen, die von der Nordallianz unterstützt werden.');
  assert.equal(on(relative, 'unterstützt')?.modality, 'asserted', JSON.stringify(relative));
  // an infinitive "werden" under a modal, and a future passive, stay ahead
  const must = run('Tunesien muss von der Nordallianz unterstützt werden.');
  assert.equal(on(must, 'unterstützt')?.modality, 'planned', JSON.stringify(must));
  const future = run('Tunesien wird von der Nordallianz unterstützt werden.');
  assert.equal(on(future, 'unterstützt')?.modality, 'planned', JSON.stringify(future));
});

test('a finite trigger verb is not governed by the modal of a coordinated verb', () => {
  const evs = run('Die Nordallianz kritisierte Tunesien und wollte, dass Berger zurücktritt.');
  assert.equal(on(evs, 'kritisierte')?.modality, 'asserted', JSON.stringify(evs));
  const present = run('Die Nordallianz greift Tunesien an und will vor Gericht ziehen.');
  assert.equal(on(present, 'greift')?.modality, 'asserted', JSON.stringify(present));
  // the infinitive under the modal stays planned
  const plan = run('Die Nordallianz will Tunesien kritisieren.');
  assert.equal(on(plan, 'kritisieren')?.modality, 'planned', JSON.stringify(plan));
});

test('negation scope: a noun in a prepositional phrase or after another noun\'s "kein" is not negated; "nicht rechtskräftig" negates the adjective', () => {
  const pp = run('Berger hat sich bisher nicht zu den Vorwürfen der Nordallianz geäußert.');
  assert.equal(on(pp, 'Vorwürfen')?.modality, 'asserted', JSON.stringify(pp));
  const other = run('Die Nordallianz machte zu den Anschlägen in Tunesien keine Angaben.');
  assert.equal(on(other, 'Anschlägen')?.modality, 'asserted', JSON.stringify(other));
  const legal = run('Berger war in Tunesien (nicht rechtskräftig) zu drei Jahren Haft verurteilt worden.');
  assert.ok(on(legal, 'verurteilt') && on(legal, 'verurteilt')?.modality !== 'negated', JSON.stringify(legal));
  // the noun's own "kein", a "kein" inside its phrase, evidence against it and an expected event stay negated
  const own = run('Die Nordallianz hat keine Angriffe auf Tunesien verübt.');
  assert.equal(on(own, 'Angriffe')?.modality, 'negated', JSON.stringify(own));
  const evidence = run('Für einen Anschlag der Nordallianz gebe es keine Hinweise.');
  assert.equal(on(evidence, 'Anschlag')?.modality, 'negated', JSON.stringify(evidence));
  const expected = run('Berger kann nicht mit der Unterstützung der Nordallianz rechnen.');
  assert.equal(on(expected, 'Unterstützung')?.modality, 'negated', JSON.stringify(expected));
});

test('a denial verb negates, the noun "Verzicht" and the attributive "verweigerten" do not', () => {
  const noun = run('Die Nordallianz begrüßte den Verzicht Tunesiens auf Kontrollen.');
  assert.equal(on(noun, 'begrüßte')?.modality, 'asserted', JSON.stringify(noun));
  const verb = run('Tunesien verzichtet darauf, die Nordallianz anzugreifen.');
  assert.equal(on(verb, 'anzugreifen')?.modality, 'negated', JSON.stringify(verb));
});

test('"vor einem Jahr", "vor einigen Monaten", "vergangenes Jahr" date a past clause as background', () => {
  const months = run('Berger trat vor einigen Monaten zurück.');
  assert.equal(on(months, 'trat')?.modality, 'historical', JSON.stringify(months));
  const year = run('Die Nordallianz hat vergangenes Jahr Tunesien kritisiert.');
  assert.equal(on(year, 'kritisiert')?.modality, 'historical', JSON.stringify(year));
  // weeks back are news; a present clause is no background
  const weeks = run('Berger trat vor zwei Wochen zurück.');
  assert.equal(on(weeks, 'trat')?.modality, 'asserted', JSON.stringify(weeks));
  const now = run('Die Nordallianz kritisiert Tunesien seit dem Treffen vor einem Jahr.');
  assert.ok(on(now, 'kritisiert') && on(now, 'kritisiert')?.modality !== 'historical', JSON.stringify(now));
});

test('Konjunktiv I of other verbs ("es gebe", "drohe") marks indirect speech; an inflected adjective in -e does not', () => {
  const gebe = run('Es gebe noch Probleme bei der Einigung zwischen Tunesien und der Nordallianz.');
  assert.equal(on(gebe, 'Einigung')?.modality, 'reported', JSON.stringify(gebe));
  const plain = run('Es gibt noch Probleme bei der Einigung zwischen Tunesien und der Nordallianz.');
  assert.equal(on(plain, 'Einigung')?.modality, 'asserted', JSON.stringify(plain));
});

test('a present-tense headline verb summarising a planned, dated lead is planned too', () => {
  const evs = run('Berger trifft Nordallianz. Berger wird am Montag in Tunesien die Nordallianz treffen.', { times: [{ text: 'Montag', value: 'XXXX-WXX-1' }] });
  assert.equal(evs.filter((e) => e.type === 'CONSULT').every((e) => e.modality === 'planned'), true, JSON.stringify(evs));
  assert.ok(evs.some((e) => e.trigger === 'trifft'), JSON.stringify(evs));
});
