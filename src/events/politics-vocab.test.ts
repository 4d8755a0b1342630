/** Events: vocabulary of political reporting (fifteenth session, h/evpol; issue #7): office succession with a named
 * predecessor, handing over and giving up an office, impeachment, arms-export licences, forming a coalition. Invented
 * sentences. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOn as on, eventRows, type EntitySpec } from './testing.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'] },
  { name: 'Franz Huber', type: 'PER', forms: ['Franz Huber', 'Huber'] },
  { name: 'Frankreich', type: 'LOC' },
  { name: 'Kongress', type: 'ORG' },
  { name: 'FPÖ', type: 'ORG' },
];

const rows = (text: string) => eventRows(text, { entities: ENTITIES, published: null });
const typeOn = (text: string, trigger: string) => on(rows(text), trigger)?.type;

test('taking over the office of a named predecessor is his CONCEDE; taking up an office with none named is no event', () => {
  const e = on(rows('Berger soll das Mandat von Franz Huber übernehmen.'), 'übernehmen');
  assert.equal(e?.type, 'CONCEDE');
  assert.deepEqual(e?.actors, ['Franz Huber']);
  assert.equal(typeOn('Danach übernahm Berger das Amt des Vorsitzenden der Versammlung.', 'übernahm'), undefined);
  assert.equal(typeOn('Berger übernimmt die Kosten für die Feier.', 'übernimmt'), undefined);
});

test('"Für ihn übernimmt X das Ressort": the predecessor named before, and the handover told in the present is planned', () => {
  const e = on(rows('Finanzminister Franz Huber wechselt in die Landesregierung. Für ihn übernimmt Olaf Berger das Finanzressort.'), 'übernimmt');
  assert.equal(e?.type, 'CONCEDE');
  assert.deepEqual(e?.actors, ['Franz Huber']);
  assert.equal(e?.modality, 'planned');
});

test('replacing a named office holder (ablösen) is CONCEDE of the one replaced; a goalkeeper replaced is not', () => {
  const e = on(rows('Berger hatte im Jahr 2010 seinen Vorgänger Franz Huber im Amt abgelöst.'), 'abgelöst');
  assert.equal(e?.type, 'CONCEDE');
  assert.deepEqual(e?.actors, ['Franz Huber']);
  assert.equal(typeOn('Berger löste Franz Huber kurz vor dem Turnier als Nummer eins im Tor ab.', 'löste'), undefined);
});

test('a successor named with the predecessor is CONCEDE; speculation about a successor is not', () => {
  const e = on(rows('Berger wird Nachfolger von Franz Huber.'), 'Nachfolger');
  assert.equal(e?.type, 'CONCEDE');
  assert.deepEqual(e?.actors, ['Franz Huber']);
  assert.equal(typeOn('Berger gilt als möglicher Nachfolger von Franz Huber.', 'Nachfolger'), undefined);
  assert.equal(typeOn('Der Nachfolger von Franz Huber ist noch nicht bekannt.', 'Nachfolger'), undefined);
});

test('handing over an office is CONCEDE; handing over a report is not', () => {
  assert.equal(typeOn('Huber übergab das Amt im April an Berger.', 'übergab'), 'CONCEDE');
  assert.equal(typeOn('Huber übergab den Bericht an Berger.', 'übergab'), undefined);
});

test('an impeachment is a REQUEST against the office holder', () => {
  const e = on(rows('Der Kongress will über ein Amtsenthebungsverfahren gegen Berger abstimmen.'), 'Amtsenthebungsverfahren');
  assert.equal(e?.type, 'REQUEST');
  assert.deepEqual(e?.recipients, ['Olaf Berger']);
});

test('an arms-export licence granted is AGREE; a building permit is not', () => {
  assert.equal(typeOn('Das Ministerium hat den Export von Granaten nach Frankreich genehmigt.', 'genehmigt'), 'AGREE');
  assert.equal(typeOn('Die Stadt hat den Umbau des Rathauses genehmigt.', 'genehmigt'), undefined);
  assert.equal(typeOn('Seit der Genehmigung der Waffenlieferungen an Frankreich gibt es Kritik.', 'Genehmigung'), 'AGREE');
});

test('forming a coalition with a named party is AGREE', () => {
  assert.equal(typeOn('Nach der Bildung einer Koalition mit der FPÖ gab es Kritik.', 'Bildung'), 'AGREE');
  assert.equal(typeOn('Die Bildung der Schüler hat sich verbessert.', 'Bildung'), undefined);
});

test('a resignation offered or forced on oneself is CONCEDE', () => {
  assert.equal(typeOn('Dem Rücktrittsgesuch von Huber wurde im Mai stattgegeben.', 'Rücktrittsgesuch'), 'CONCEDE');
  assert.equal(typeOn('Im Jahr 1901 sah sich Huber zum Rücktritt gezwungen.', 'gezwungen'), 'CONCEDE');
});

test('a committee or party board as the setting of a statement or decision is CONSULT meet; a membership is not', () => {
  assert.equal(typeOn('Das erklärte Huber am Mittwoch im Budgetausschuss des Kongress.', 'Budgetausschuss'), 'CONSULT');
  assert.equal(typeOn('Die Personalie soll am Montag im Parteivorstand der FPÖ beschlossen werden.', 'Parteivorstand'), 'CONSULT');
  assert.equal(typeOn('Huber ist seit Jahren Mitglied im Parteivorstand der FPÖ.', 'Parteivorstand'), undefined);
});

test('leaving an office and dismissing an official, also as nouns, are CONCEDE; release from custody is not', () => {
  assert.equal(typeOn('Bei der Regierungsumbildung schied Huber im Jänner aus dem Amt.', 'schied'), 'CONCEDE');
  assert.equal(typeOn('Huber erklärte sein Ausscheiden aus dem Amt des Bürgermeisters.', 'Ausscheiden'), 'CONCEDE');
  const e = on(rows('Die Entlassung von Staatssekretär Franz Huber sorgte für Kritik.'), 'Entlassung');
  assert.equal(e?.type, 'CONCEDE');
  assert.deepEqual(e?.recipients, ['Franz Huber']);
  assert.equal(typeOn('Nach seiner Entlassung aus der Haft kehrte Huber heim.', 'Entlassung'), undefined);
});

test('a party ousting its leader is CONCEDE (the ousted the recipient); a coalition decided is AGREE', () => {
  const e = on(rows('Nach dem Streit wurde Huber als Vorsitzender der Partei gestürzt.'), 'gestürzt');
  assert.equal(e?.type, 'CONCEDE');
  assert.deepEqual(e?.recipients, ['Franz Huber']);
  assert.equal(typeOn('Die Koalition mit der FPÖ soll am Samstag vom Parteitag beschlossen werden.', 'beschlossen'), 'AGREE');
});

test('"nach dem Ministerrat" is the meeting also when the body\'s name takes in its article', () => {
  const cast: EntitySpec[] = [...ENTITIES, { name: 'Ministerrat', type: 'ORG', forms: ['dem Ministerrat'] }];
  const r = eventRows('Nach dem Ministerrat trat Berger vor die Presse.', { entities: cast, published: null });
  assert.equal(on(r, 'Ministerrat')?.type, 'CONSULT');
});

// h/evsucc (issue #7): the named successor is the recipient of the predecessor's CONCEDE (the guideline of blind 28)
const SUCC_CAST: EntitySpec[] = [...ENTITIES.filter((e) => e.name !== 'Frankreich'), { name: 'Frankreich', type: 'LOC', forms: ['Frankreich', '~französischer'] }, { name: 'Anna Lenz', type: 'PER', forms: ['Anna Lenz', 'Lenz', '+Die Juristin'] }];
const succRows = (text: string) => eventRows(text, { entities: SUCC_CAST, published: null });

test('the named successor is the recipient: übernehmen von X, ablösen, Nachfolger, an die Stelle', () => {
  const take = on(succRows('Anna Lenz übernimmt das Mandat von Franz Huber.'), 'übernimmt');
  assert.deepEqual([take?.actors, take?.recipients], [['Franz Huber'], ['Anna Lenz']]);
  const off = on(succRows('Lenz löste Franz Huber im Jahr 2010 als Parteichef ab.'), 'löste');
  assert.deepEqual([off?.actors, off?.recipients], [['Franz Huber'], ['Anna Lenz']]);
  const noun = on(succRows('Anna Lenz wird Nachfolgerin von Franz Huber.'), 'Nachfolgerin');
  assert.deepEqual([noun?.actors, noun?.recipients], [['Franz Huber'], ['Anna Lenz']]);
  const place = on(succRows('Franz Huber ist schwer erkrankt. An seine Stelle rückt Anna Lenz.'), 'rückt');
  assert.deepEqual([place?.actors, place?.recipients], [['Franz Huber'], ['Anna Lenz']]);
});

test('a successor named is the recipient of "folgt X nach"; one described is none', () => {
  const named = on(succRows('Anna Lenz folgt Franz Huber im Amt nach.'), 'folgt');
  assert.deepEqual([named?.type, named?.actors, named?.recipients], ['CONCEDE', ['Franz Huber'], ['Anna Lenz']]);
  const described = on(succRows('Die Juristin folgt Franz Huber im Amt nach.'), 'folgt');
  assert.deepEqual([described?.type, described?.actors, described?.recipients], ['CONCEDE', ['Franz Huber'], []]);
});

test('a passive replacement: the subject is the predecessor, the agent the successor', () => {
  const e = on(succRows('Franz Huber wurde 2010 von Anna Lenz als Parteichef abgelöst.'), 'abgelöst');
  assert.deepEqual([e?.type, e?.actors, e?.recipients], ['CONCEDE', ['Franz Huber'], ['Anna Lenz']]);
});

test('an office handed over "an X": X is the recipient; resigning and handing over in one sentence is one event', () => {
  const e = on(succRows('Huber übergab das Amt im April an Anna Lenz.'), 'übergab');
  assert.deepEqual([e?.actors, e?.recipients], [['Franz Huber'], ['Anna Lenz']]);
  const both = succRows('Huber war 2006 als französischer Präsident zurückgetreten und hatte das Amt an Anna Lenz übergeben.');
  assert.equal(both.filter((r) => r.type === 'CONCEDE').length, 1);
});

// h/evsucc (issue #7): argument-less agreement and request nouns that are events (bareReference)
test('a negative article that denies the act gives a negated event; a predicate or a reception does not', () => {
  const none = on(rows('Es gab am Ende keine Einigung.'), 'Einigung');
  assert.deepEqual([none?.type, none?.modality], ['AGREE', 'negated']);
  assert.equal(on(rows('Sollte es zu keiner Einigung kommen, droht ein Streik.'), 'Einigung')?.type, 'AGREE');
  const list = on(rows('Am Tag danach: keine Rücktrittsaufforderungen, keine Debatte.'), 'Rücktrittsaufforderungen');
  assert.deepEqual([list?.type, list?.modality], ['REQUEST', 'negated']);
  assert.equal(typeOn('Die Teillösung sei kein Kompromiss.', 'Kompromiss'), undefined);
  assert.equal(typeOn('Der Plan fand keine Zustimmung.', 'Zustimmung'), undefined);
});

test('"Nach Bildung der Koalition": a temporal preposition with the noun and its genitive is the act', () => {
  assert.equal(typeOn('Nach Bildung der rot-grünen Koalition gab es Streit.', 'Bildung'), 'AGREE');
  assert.equal(typeOn('Die Bildung der rot-grünen Koalition ist ein Thema.', 'Bildung'), undefined);
});

test('an indefinite article before coordinated adjectives: "ein starkes und faires Abkommen erzielt"', () => {
  assert.equal(typeOn('Es sei ein starkes und faires Abkommen erzielt worden.', 'Abkommen'), 'AGREE');
});
