/** Events: references vs event mentions by what governs the noun, the whole attributive noun phrase (twelfth session, h/ev26). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOn as on, eventRows, type DocSpec, type EntitySpec } from './testing.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'] },
  { name: 'Tunesien', type: 'LOC', forms: ['Tunesien', '~tunesischen'] },
  { name: 'Nordallianz', type: 'ORG' },
];

const run = (text: string, extra: DocSpec = {}) => eventRows(text, { entities: ENTITIES, published: null, ...extra });

test('an inflected participle is attributive across the whole noun phrase (quantifier, prepositional phrases, coordination)', () => {
  for (const [text, trigger] of [
    ['Bei zwei im Raum Köln und in Bonn festgenommenen Männern fand die Polizei Waffen.', 'festgenommenen'],
    ['Bei einem in der Nacht zum Montag in Ulm festgenommenen Mann fand die Polizei Waffen.', 'festgenommenen'],
    ['Berger berichtete von mehreren getöteten und verwundeten Kämpfern in Tunesien.', 'getöteten'],
    ['Die bei dem Anschlag in Ulm getöteten Menschen wurden beigesetzt.', 'getöteten'],
  ]) {
    const r = run(text);
    assert.equal(on(r, trigger), undefined, `${text} ${JSON.stringify(r)}`);
  }
  // finite verbs stay events: a preterite after a year or a time phrase, a participle of the perfect
  for (const [text, trigger] of [
    ['Gemeinsam mit dem Verbot 2013 vereinbarten Bund und Länder ein neues Gesetz.', 'vereinbarten'],
    ['Am Montag verhafteten Polizisten in Tunesien drei Männer.', 'verhafteten'],
    ['Die Polizei hat in der Nacht in Ulm zwei Männer festgenommen.', 'festgenommen'],
  ]) {
    const r = run(text);
    assert.notEqual(on(r, trigger), undefined, `${text} ${JSON.stringify(r)}`);
  }
});

test('a noun governed by a link, a plot or a share is a reference, not an event mention', () => {
  for (const [text, trigger] of [
    ['Die Polizei nahm einen Mann fest, der mit den Anschlägen in Ulm in Verbindung gebracht wird.', 'Anschlägen'],
    ['Die Ermittler fanden Fotos von Männern, die in die Anschläge von Ulm verwickelt sein sollen.', 'Anschläge'],
    ['Die Polizei nahm am Sonntag einen Mann in Gewahrsam, der einen Anschlag in Tunesien geplant haben soll.', 'Anschlag'],
    ['Er werde verdächtigt, an der Vorbereitung eines Anschlags in Tunesien beteiligt zu sein.', 'Anschlags'],
    ['Bei dem Mann bestätigte sich der Verdacht einer Verbindung zu den Anschlägen in Ulm nicht.', 'Anschlägen'],
    ['Bei dem Mann bestätigte sich der Verdacht einer Verbindung zu den Wiener Anschlägen nicht.', 'Anschlägen'],
    ['Tunesien ist Spitzenreiter bei ausländerfeindlichen Übergriffen.', 'Übergriffen'],
    ['Demnach wurde fast ein Viertel aller bisher registrierten Brandanschläge in Tunesien verübt.', 'Brandanschläge'],
    ['Demnach wurde fast ein Viertel aller bisher in diesem Jahr registrierten Brandanschläge in Tunesien verübt.', 'Brandanschläge'],
    ['Einschließlich der Brandanschläge wurden insgesamt 459 Angriffe auf Unterkünfte registriert.', 'Brandanschläge'],
    ['Insgesamt 459 Angriffe.', 'Angriffe'],
  ]) {
    const r = run(text);
    assert.equal(on(r, trigger), undefined, `${text} ${JSON.stringify(r)}`);
  }
  // events: an attack told by its own relative clause, a registered single attack, a plan of one's own, taking part in
  // fighting, an attack as the occasion of an arrest, a headline's count
  for (const [text, trigger] of [
    ['Die Anschläge in Ulm, bei denen 38 Menschen starben, wurden verurteilt.', 'Anschläge'],
    ['Die Polizei registrierte einen Angriff auf ein Heim in Ulm.', 'Angriff'],
    ['Die Nordallianz plant einen Anschlag in Ulm.', 'Anschlag'],
    ['Die Soldaten sind an den Kämpfen in Tunesien beteiligt.', 'Kämpfen'],
    ['Berger wurde im Zusammenhang mit dem Anschlag festgenommen.', 'Anschlag'],
    ['15 Festnahmen nahe der Grenze.', 'Festnahmen'],
    ['Der Gipfel soll wie geplant am Montag stattfinden.', 'Gipfel'],
  ]) {
    const r = run(text);
    assert.notEqual(on(r, trigger), undefined, `${text} ${JSON.stringify(r)}`);
  }
});

test('NER guard: a one-word name that is a lexicon event noun ("Razzien" tagged as a place) is the event', () => {
  const r = eventRows('Auch in der Stadt Ulm hat es am Montag Razzien gegeben.', { entities: [{ name: 'Razzien', type: 'LOC' }], published: null });
  assert.equal(on(r, 'Razzien')?.type, 'COERCE', JSON.stringify(r));
});

test('an organisation\'s head word or the class noun it is introduced with stands for it ("die Partei", "der Gruppe")', () => {
  const kp = eventRows('Die konservativen Kräfte der Kommunistischen Partei setzten sich durch. Bei einem Treffen wählte die Partei einen neuen Chef.', { entities: [{ name: 'Kommunistische Partei', type: 'ORG', forms: ['Kommunistischen Partei'] }], published: null });
  assert.deepEqual(on(kp, 'Treffen')?.actors, ['Kommunistische Partei'], JSON.stringify(kp));
  const grp = eventRows('Die Soldaten wurden von der Rebellengruppe Nordfront angegriffen. Die UN haben der Gruppe Kriegsverbrechen vorgeworfen.', { entities: [{ name: 'Nordfront', type: 'ORG' }, { name: 'UN', type: 'ORG' }], published: null });
  assert.deepEqual(on(grp, 'vorgeworfen')?.recipients, ['Nordfront'], JSON.stringify(grp));
});

test('"den Verdächtigen", "die Beschuldigten" stand for the patient of the last arrest, charge or release', () => {
  const ents: EntitySpec[] = [{ name: 'Karl Huber', type: 'PER', forms: ['Karl Huber', 'Huber'] }, { name: 'Ulm', type: 'LOC' }];
  const rel = eventRows('Die Polizei hat Karl Huber in Ulm festgenommen. Die Ermittler mussten den Verdächtigen am Montag wieder freilassen.', { entities: ents, published: null });
  assert.deepEqual(on(rel, 'freilassen')?.recipients, ['Karl Huber'], JSON.stringify(rel));
  const rej = eventRows('Die Polizei hat Karl Huber in Ulm festgenommen. Der Verdächtige wies die Vorwürfe zurück.', { entities: ents, published: null });
  assert.deepEqual(on(rej, 'wies')?.actors, ['Karl Huber'], JSON.stringify(rej));
  // no named patient before: nothing to link; an indefinite "einen anderen Verdächtigen" is someone else
  const none = eventRows('Die Polizei hat in Ulm zwei Männer festgenommen. Der Verdächtige wies die Vorwürfe zurück.', { entities: ents, published: null });
  assert.deepEqual(on(none, 'wies')?.actors, [], JSON.stringify(none));
  const other = eventRows('Die Polizei hat Karl Huber in Ulm festgenommen. Ein Gericht hat einen anderen Verdächtigen verurteilt.', { entities: ents, published: null });
  assert.deepEqual(on(other, 'verurteilt')?.recipients, [], JSON.stringify(other));
});

test('aid as the object of an approval is the content of the decision, not aid given', () => {
  const r = eventRows('Die Nordallianz hat Waffenlieferungen an Tunesien gebilligt.', { entities: ENTITIES, published: null });
  assert.equal(on(r, 'Waffenlieferungen'), undefined, JSON.stringify(r));
  const sent = eventRows('Die Nordallianz hat Tunesien Waffenlieferungen geschickt.', { entities: ENTITIES, published: null });
  assert.equal(on(sent, 'Waffenlieferungen')?.type, 'AID', JSON.stringify(sent));
  const crit = eventRows('Berger hat Waffenlieferungen an Tunesien kritisiert.', { entities: ENTITIES, published: null });
  assert.equal(on(crit, 'Waffenlieferungen')?.type, 'AID', JSON.stringify(crit));
});

test('the condition of a threatened consequence is no event ("Sollten … erobern, werde dies Sanktionen nach sich ziehen")', () => {
  const r = run('Die Lage ist ernst: Sollten die Rebellen weitere Gebiete erobern, werde dies zusätzliche Sanktionen für Tunesien nach sich ziehen, sagte Berger.');
  assert.equal(on(r, 'erobern'), undefined, JSON.stringify(r));
  const threat = run('Sollten die Rebellen weitere Gebiete erobern, drohte Berger mit Konsequenzen.');
  assert.equal(on(threat, 'erobern'), undefined, JSON.stringify(threat));
  // a condition without a threatened consequence stays (hypothetical), a fact before a consequence stays
  const plain = run('Sollten die Rebellen weitere Gebiete erobern, wäre das ein schwerer Schlag.');
  assert.equal(on(plain, 'erobern')?.modality, 'hypothetical', JSON.stringify(plain));
  const fact = run('Die Rebellen haben weitere Gebiete erobert, das werde Sanktionen nach sich ziehen.');
  assert.equal(on(fact, 'erobert')?.type, 'COERCE', JSON.stringify(fact));
});

test('references and states that need no surviving governor: a threat\'s means, a series, a part of told events, a depiction, a predicate noun, a state of alert', () => {
  for (const [text, trigger] of [
    // the means after "drohen … mit", also where the threat has no trigger of its own (no actor found)
    ['Das Militär des Landes drohte am Samstag ultimativ mit Militärschlägen.', 'Militärschlägen'],
    ['Die Warnung ist die jüngste in einer Reihe von Drohungen gegen Tunesien.', 'Drohungen'],
    ['Für zwei dieser Anschläge wird die Nordallianz verantwortlich gemacht.', 'Anschläge'],
    ['Am Samstag wurde ein Propagandavideo veröffentlicht, das einen Atomangriff auf Tunesien zeigt.', 'Atomangriff'],
    ['Berger antwortete: Das ist keine Begnadigung, sondern ein Geschenk.', 'Begnadigung'],
    ['Tunesien ist nach den Anschlägen in diesem Jahr in erhöhter Alarmbereitschaft.', 'Alarmbereitschaft'],
  ]) {
    const r = run(text);
    assert.equal(on(r, trigger), undefined, `${text} ${JSON.stringify(r)}`);
  }
  // events stay: an attack not governed so, a picture that shows no event, an event with a participle after the
  // predicate, an alert that is ordered
  for (const [text, trigger] of [
    ['Eine Reihe von Anschlägen erschütterte am Montag Tunesien.', 'Anschlägen'],
    ['Dieser feige Anschlag in Tunesien zeigt, dass die Gefahr wächst.', 'Anschlag'],
    ['Es ist kein Zugeständnis an Tunesien erfolgt.', 'Zugeständnis'],
    ['Die Regierung hat die Armee in Alarmbereitschaft versetzt.', 'Alarmbereitschaft|versetzt'],
  ]) {
    const r = run(text);
    // (an ordered alert may be found on the noun or on "versetzt", lexicon-vocab.ts)
    assert.ok(trigger.split('|').some((w) => on(r, w) !== undefined), `${text} ${JSON.stringify(r)}`);
  }
});

test('an infinitive under a Konjunktiv-I "müsse" is the demanded act, also after "und"; an epistemic perfect is not', () => {
  const r = run('Tunesien müsse sich entschuldigen und die verantwortlichen Planer hinrichten lassen.');
  assert.equal(on(r, 'entschuldigen'), undefined, JSON.stringify(r));
  assert.equal(on(r, 'hinrichten'), undefined, JSON.stringify(r));
  // indicative: the act is told
  assert.notEqual(on(run('Die Nordallianz ließ die verantwortlichen Planer in Tunesien hinrichten.'), 'hinrichten'), undefined);
});

test('the zu-infinitive of a threat or demand verb is its content also where that verb was dropped for want of an actor', () => {
  const r = run('Vor der Entscheidung hatte die Gewerkschaft damit gedroht, wöchentlich zu streiken.');
  assert.equal(on(r, 'streiken'), undefined, JSON.stringify(r));
});

test('"man müsse" keeps the speaker side\'s stance (no demand on a third party)', () => {
  assert.ok(on(run('Die Nordallianz erklärte, man müsse Olaf Berger unterstützen.'), 'unterstützen'));
});
