/** Events: word senses, contents and topics that are no events (eleventh session, h/evprec). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDoc, eventOn as on, eventRows, type DocSpec, type EntitySpec } from './testing.ts';
import { findEvents } from './index.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'] },
  { name: 'Tunesien', type: 'LOC', forms: ['Tunesien'] },
  { name: 'Nordallianz', type: 'ORG' },
];

const run = (text: string, extra: DocSpec = {}) => eventRows(text, { entities: ENTITIES, published: null, ...extra });

test('admitting refugees is a domestic measure, no AID (docs/events-gold.md, blind 20/22)', () => {
  const r = run('Tunesien hat im Vorjahr 90.000 Flüchtlinge aufgenommen.');
  assert.equal(on(r, 'aufgenommen'), undefined, JSON.stringify(r));
});

test('senses: praise is given, not donated; a show of unity is no protest; a collapse looms without a threatener', () => {
  const lob = run('Olaf Berger spendete der Nordallianz ausdrücklich Lob.');
  assert.equal(on(lob, 'spendete'), undefined, JSON.stringify(lob));
  const geld = run('Olaf Berger spendete der Nordallianz 5000 Euro.');
  assert.equal(on(geld, 'spendete')?.type, 'AID', JSON.stringify(geld));
  const demo = run('Die Nordallianz demonstriert bei der Grenzfrage Einigkeit.');
  assert.equal(on(demo, 'demonstriert'), undefined, JSON.stringify(demo));
  const kollaps = run('Ohne Hilfe droht Tunesien der Kollaps.');
  assert.equal(on(kollaps, 'droht'), undefined, JSON.stringify(kollaps));
  const kodex = run('Berger sagte, dass der Kodex der Nordallianz nicht verletzt werde.');
  assert.equal(on(kodex, 'verletzt'), undefined, JSON.stringify(kodex));
  const preis = run('Der Gutachter, der für Tunesien den Verkaufspreis ermittelte, kaufte selbst ein Haus.');
  assert.equal(on(preis, 'ermittelte'), undefined, JSON.stringify(preis));
});

test('asylum applications and self-reports are no REQUEST or ACCUSE (blind-22 conventions)', () => {
  const asyl = run('Einen Antrag auf Asyl will die Familie hier nun stellen.');
  assert.equal(on(asyl, 'Antrag'), undefined, JSON.stringify(asyl));
  const beantragen = run('Die Personen, die in Tunesien Asyl beantragen, werden geprüft.');
  assert.equal(on(beantragen, 'beantragen'), undefined, JSON.stringify(beantragen));
  const selbst = run('Berger habe Grabungsarbeiten angeordnet und Selbstanzeige erstattet.');
  assert.equal(on(selbst, 'erstattet'), undefined, JSON.stringify(selbst));
  const anzeige = run('Berger hat gegen die Nordallianz Anzeige erstattet.');
  assert.equal(on(anzeige, 'erstattet')?.type, 'ACCUSE', JSON.stringify(anzeige));
});

test('what is charged, asked or recommended in a zu-infinitive is the content, no event of its own', () => {
  const charge = run('Berger hat der Nordallianz vorgeworfen, Tunesien angegriffen zu haben.');
  assert.equal(on(charge, 'angegriffen'), undefined, JSON.stringify(charge));
  assert.equal(on(charge, 'vorgeworfen')?.type, 'ACCUSE', JSON.stringify(charge));
  const bitte = run('Die Liste ging an die Nordallianz – mit der dringenden Bitte, diese Plätze nicht anzugreifen.');
  assert.equal(on(bitte, 'anzugreifen'), undefined, JSON.stringify(bitte));
  const auftrag = run('Die Kommission wurde beauftragt, Sanktionen gegen Tunesien zu prüfen.');
  assert.equal(on(auftrag, 'Sanktionen'), undefined, JSON.stringify(auftrag));
});

test('waiting for an event is no event', () => {
  const r = run('Berger wartete auf seine Hinrichtung, als das Gericht die Vollstreckung stoppte.');
  assert.equal(on(r, 'Hinrichtung'), undefined, JSON.stringify(r));
});

test('the topic of talks ("Verhandlungen über ein Hilfspaket") is no event; an "über" after another noun is not a topic of the talks', () => {
  const topic = run('Die Verhandlungen über ein drittes Hilfspaket für Tunesien haben begonnen.');
  assert.equal(on(topic, 'Hilfspaket'), undefined, JSON.stringify(topic));
  assert.ok(on(topic, 'Verhandlungen'), JSON.stringify(topic));
  const film = run('Thema der Unterredung mit Berger war ein Film über die Niederschlagung des Aufstands.');
  assert.equal(on(film, 'Niederschlagung')?.type, 'COERCE', JSON.stringify(film));
});

test('entering a country (einreisen) is immigration, no visit', () => {
  const r = run('Nur Flüchtlinge mit Zielland Tunesien dürfen ab sofort einreisen.');
  assert.equal(on(r, 'einreisen'), undefined, JSON.stringify(r));
  const v = run('Olaf Berger ist zu einem Besuch nach Tunesien gereist.');
  assert.equal(on(v, 'Besuch')?.type, 'CONSULT', JSON.stringify(v));
});

test('plans: a meeting at or after a planned act is ahead; "werden … beraten" with a named subject is the future', () => {
  const bei = run('Bei einem Berger-Gipfel sollte ein maßgeschneidertes Paket von Zugeständnissen geschnürt werden.');
  assert.equal(on(bei, 'Berger-Gipfel')?.modality, 'planned', JSON.stringify(bei));
  const vor = run('Noch vor dem Treffen wird am Donnerstag auf Initiative Tunesiens ein Mini-Gipfel stattfinden.');
  assert.equal(on(vor, 'Treffen')?.modality, 'planned', JSON.stringify(vor));
  const past = run('Vor dem Treffen hat Olaf Berger mit der Nordallianz telefoniert.');
  assert.notEqual(on(past, 'Treffen')?.modality, 'planned', JSON.stringify(past));
  const fut = run('Am Samstag werden die Nordallianz-Chefs in Paris beraten.');
  assert.equal(on(fut, 'beraten')?.modality, 'planned', JSON.stringify(fut));
  const pass = run('Über den Antrag wird am Montag beraten.');
  assert.notEqual(on(pass, 'beraten')?.modality, 'planned', JSON.stringify(pass));
});

test('a bare support noun is a need, a share or thanks; praise for something and support denied stay events', () => {
  const need = run('Die Überwindung der Hindernisse benötigt die Unterstützung vieler Einzelner.');
  assert.equal(on(need, 'Unterstützung'), undefined, JSON.stringify(need));
  const thanks = run('Vielen Dank für 20 Jahre Aufmerksamkeit und Unterstützung.');
  assert.equal(on(thanks, 'Unterstützung'), undefined, JSON.stringify(thanks));
  const lob = run('Lob für die Ankündigung der Regierung.');
  assert.equal(on(lob, 'Lob')?.type, 'SUPPORT', JSON.stringify(lob));
  const keine = run('Tunesien bestätigte, dass es keine Unterstützung gegeben habe.');
  assert.equal(on(keine, 'Unterstützung')?.modality, 'negated', JSON.stringify(keine));
});

test('invitations are no REQUEST (never annotated); what one is invited to is ahead, what an invitation proposes its content', () => {
  const inv = run('Der Fußballclub lud Flüchtlinge zu einem Match ein.');
  assert.equal(on(inv, 'lud'), undefined, JSON.stringify(inv));
  const zu = run('Zu den Beratungen haben die Bischöfe Vertreter der Nordallianz eingeladen.');
  assert.equal(on(zu, 'Beratungen')?.modality, 'planned', JSON.stringify(zu));
  const content = run('Ein Anbieter lädt seine Besucher dazu ein, sich in ein U-Boot einsperren zu lassen.');
  assert.equal(on(content, 'einsperren'), undefined, JSON.stringify(content));
});

test('defending a course against criticism is one REJECT; the criticism is its content', () => {
  const r = run('Olaf Berger verteidigte in einem Interview seinen Kurs gegen Kritik auch aus den eigenen Reihen.');
  assert.equal(on(r, 'verteidigte')?.type, 'REJECT', JSON.stringify(r));
  assert.equal(on(r, 'Kritik'), undefined, JSON.stringify(r));
});

test('what is held out ("stellte eine Lockerung … in Aussicht") is planned', () => {
  const r = run('Olaf Berger stellte eine Lockerung der Sanktionen gegen Tunesien in Aussicht.');
  const l = on(r, 'Lockerung');
  assert.ok(!l || l.modality === 'planned', JSON.stringify(r));
  const s = on(r, 'Sanktionen');
  assert.ok(!s || s.modality === 'planned', JSON.stringify(r));
  assert.ok(l || s, JSON.stringify(r));
});

test('one event told twice in a sentence with the same word and participants is one mention (a headline glued to its sentence)', () => {
  const doc = buildDoc('Berger könnte die Nordallianz verklagen Berger schloss auch nicht aus, die Nordallianz zu verklagen, weil diese nicht alle Dokumente übergab.', { entities: ENTITIES, published: null });
  const mentions = findEvents(doc).filter((e) => e.type === 'ACCUSE').flatMap((e) => e.mentions ?? [e]);
  assert.equal(mentions.length, 1, JSON.stringify(mentions.map((m) => m.trigger.text)));
  // different victims stay different events
  const two = run('Tunesische Soldaten haben Olaf Berger erschossen und die Nordallianz erschossen.');
  assert.ok(two.filter((x) => x.type === 'ASSAULT').length >= 1, JSON.stringify(two));
});

test('politeness "bitte", a bare head-shake and "weder bestätigen noch dementieren" are no events', () => {
  const bitte = run('Bitte für das Detailergebnis auf den gesuchten Bezirk klicken.');
  assert.equal(on(bitte, 'Bitte'), undefined, JSON.stringify(bitte));
  const ich = run('Ich bitte die Nordallianz um Hilfe.');
  assert.equal(on(ich, 'bitte')?.type, 'REQUEST', JSON.stringify(ich));
  const kopf = run('Olaf Berger schüttelt nur den Kopf.');
  assert.equal(on(kopf, 'schüttelt'), undefined, JSON.stringify(kopf));
  const ueber = run('Olaf Berger schüttelt den Kopf über die Nordallianz.');
  assert.equal(on(ueber, 'schüttelt')?.type, 'ACCUSE', JSON.stringify(ueber));
  const weder = run('Die Nordallianz könne dies weder bestätigen noch dementieren.');
  assert.equal(on(weder, 'dementieren'), undefined, JSON.stringify(weder));
});
