/** Events: lexicon coverage by PLOVER definition (eleventh session, h/evrecall) and the negative cases of each entry. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOn as on, eventRows, type DocSpec, type EntitySpec } from './testing.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Mazedonien', type: 'LOC' },
  { name: 'Griechenland', type: 'LOC' },
  { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'] },
  { name: 'Polizei', type: 'ORG' },
  { name: 'China', type: 'LOC' },
];

const run = (text: string, extra: DocSpec = {}) => eventRows(text, { entities: ENTITIES, published: null, ...extra });
const typeOn = (text: string, trigger: string) => on(run(text), trigger)?.type;

test('fines: strafen, bestrafen, abstrafen with a sum or a law, a fine received or paid, "mit Geldstrafen belegt"', () => {
  assert.equal(typeOn('Die Polizei strafte Berger mit 200 Euro.', 'strafte'), 'COERCE');
  assert.equal(typeOn('Berger wurde wegen Bettelns nach Paragraf 7 abgestraft.', 'abgestraft'), 'COERCE');
  assert.equal(typeOn('Berger wurde von der Polizei mit 500 Euro bestraft.', 'bestraft'), 'COERCE');
  assert.equal(typeOn('Berger bekam eine Geldstrafe von 300 Euro.', 'Geldstrafe'), 'COERCE');
  assert.equal(typeOn('Die Händler wurden mit hohen Geldstrafen belegt.', 'belegt'), 'COERCE');
  // voters punishing a party, a rule with "bis zu", legal jeopardy and a fine as the topic of an appeal are no events
  assert.equal(typeOn('Die Wähler haben Berger bei der Wahl abgestraft.', 'abgestraft'), undefined);
  assert.equal(typeOn('Unerlaubter Grenzübertritt wird mit bis zu drei Jahren Haft bestraft.', 'bestraft'), undefined);
  assert.equal(typeOn('Berger drohen Geldstrafen bis zu 10.000 Euro.', 'Geldstrafen'), undefined);
  assert.equal(typeOn('Berger legte Berufung gegen die Geldstrafe wegen Betrugs ein.', 'Geldstrafe'), undefined);
});

test('restricting transit, sealing and reopening a border; not a landscape that opens', () => {
  assert.equal(typeOn('Mazedonien schränkte den Flüchtlingstransit ein.', 'schränkte'), 'COERCE');
  assert.equal(typeOn('Mazedonien hat die Grenze dichtgemacht.', 'dichtgemacht'), 'COERCE');
  assert.equal(typeOn('Mazedonien öffnete am Donnerstag seine Grenze zu Griechenland.', 'öffnete'), 'RETREAT');
  assert.equal(typeOn('Nach der Abriegelung der Balkanroute appellierte Berger an Mazedonien.', 'Abriegelung'), 'COERCE');
  assert.equal(typeOn('Unten öffnen sich die Hügel und geben den Blick auf den Grenzübergang frei.', 'öffnen'), undefined);
  assert.equal(typeOn('Berger schränkte seine Reisetätigkeit ein.', 'schränkte'), undefined);
});

test('closing a civil-society organisation is COERCE; an agreement concluded with a foundation is not', () => {
  assert.equal(typeOn('China hat die größte Frauenschutzinitiative des Landes schließen lassen.', 'schließen'), 'COERCE');
  assert.equal(typeOn('Die Schließung der NGO wirkt absurd.', 'Schließung'), 'COERCE');
  assert.equal(typeOn('Berger hat eine Vereinbarung mit einer Stiftung geschlossen.', 'geschlossen'), 'AGREE');
});

test('prison, seizing suspects, questioning, release, petitions, verbal attacks, threats, aid cut off', () => {
  assert.equal(typeOn('Man wollte Berger ins Gefängnis schicken.', 'schicken'), 'COERCE');
  assert.equal(typeOn('Keine Rekruten werden mehr in die Ausbildungslager geschickt.', 'geschickt'), undefined);
  assert.equal(typeOn('Die Polizei ergriff den Verdächtigen.', 'ergriff'), 'COERCE');
  assert.equal(typeOn('Der Täter ergriff die Flucht.', 'ergriff'), undefined);
  assert.equal(typeOn('Die Polizei vernahm Berger als Verdächtigen.', 'vernahm'), 'ACCUSE');
  assert.equal(typeOn('Berger wurde am Montag enthaftet.', 'enthaftet'), 'RETREAT');
  assert.equal(typeOn('Berger reichte ein Gnadengesuch ein.', 'Gnadengesuch'), 'REQUEST');
  assert.equal(typeOn('Berger attackierte die Polizei scharf.', 'attackierte'), 'ACCUSE');
  assert.equal(typeOn('Berger attackierte die Polizei mit einem Messer.', 'attackierte'), 'ASSAULT');
  assert.equal(typeOn('Berger stellte Mazedonien Konsequenzen in Aussicht.', 'stellte'), 'THREATEN');
  assert.equal(typeOn('Berger kündigte Vergeltung an.', 'kündigte'), 'THREATEN');
  assert.equal(typeOn('China stellte die Hilfe für Mazedonien ein.', 'stellte'), 'SANCTION');
  assert.equal(typeOn('Die Polizei will die Ermittlungen um eine Strafzahlung einstellen.', 'einstellen'), undefined);
});

test('a cancelled meeting or trip is negated', () => {
  assert.equal(on(run('Berger sagt seine Reise nach Griechenland wegen des Terrors ab.'), 'Reise')?.modality, 'negated');
  assert.equal(on(run('Der Besuch von Berger in Mazedonien wurde abgesagt.'), 'Besuch')?.modality, 'negated');
  // "ab" that opens a time is no cancelling particle
  assert.notEqual(on(run('Berger sagt, das Treffen mit Mazedonien finde ab Montag statt.'), 'Treffen')?.modality, 'negated');
});

test('pressure by a named party is a REQUEST; being under pressure is not', () => {
  const E: EntitySpec[] = [...ENTITIES, { name: 'EPA', type: 'ORG' }, { name: 'Deutschland', type: 'LOC' }];
  const r = (t: string) => eventRows(t, { entities: E, published: null });
  assert.equal(on(r('VW hatte auf Druck der EPA den Einbau zugegeben.'), 'Druck')?.type, 'REQUEST');
  assert.equal(on(r('Berger trat unter dem Druck der EPA zurück.'), 'Druck')?.type, 'REQUEST');
  assert.equal(on(r('Die Mannschaft steht unter Druck.'), 'Druck'), undefined);
  // with no named party (and no article of its own) the pressure is a bare reference, as other request nouns
  assert.equal(on(r('Die Regierung gerät unter dem Druck der Märkte ins Wanken.'), 'Druck'), undefined);
  assert.equal(on(r('Der Druck auf die Regierung steigt.'), 'Druck'), undefined);
});

test('talks before and after the main round, crisis sessions, a cabinet meeting or retreat as the setting', () => {
  assert.equal(typeOn('Abgeordnete, die bei den Vorverhandlungen dabei waren, sagten das.', 'Vorverhandlungen'), 'CONSULT');
  assert.equal(typeOn('Berger hatte an einer Dringlichkeitssitzung teilgenommen.', 'Dringlichkeitssitzung'), 'CONSULT');
  assert.equal(typeOn('Schon vor dem Ministerrat traten Berger und Mazedonien vor die Presse.', 'Ministerrat'), 'CONSULT');
  assert.equal(typeOn('Ein Bericht wurde dem Ministerrat vorgelegt.', 'Ministerrat'), undefined);
  assert.equal(typeOn('Berger bestätigte am Rande der Klubklausur die Pläne.', 'Klubklausur'), 'CONSULT');
  assert.equal(typeOn('Die Schüler schrieben bei der Klausur schlechte Noten.', 'Klausur'), undefined);
});

test('a name before a dash compound with an event head leaves the head free ("US-Luftangriff", "SPÖ-Nationalratsklubklausur")', () => {
  const E: EntitySpec[] = [...ENTITIES, { name: 'USA', type: 'LOC', forms: ['US'] }];
  const evs = eventRows('Bei einem US-Luftangriff in Libyen sind zwei Serben ums Leben gekommen.', { entities: E, published: null });
  assert.equal(on(evs, 'US-Luftangriff')?.type, 'ASSAULT', JSON.stringify(evs));
});

test('defending one\'s course, resistance of a named party, an injunction obtained, migrants stopped', () => {
  assert.equal(typeOn('Berger verteidigte in einem Interview ihren Kurs in der Flüchtlingspolitik.', 'verteidigte'), 'REJECT');
  assert.equal(typeOn('Mazedonien hat den Titel erfolgreich verteidigt.', 'verteidigt'), undefined);
  assert.equal(typeOn('Berger scheiterte angesichts des Widerstands der Polizei.', 'Widerstands'), 'REJECT');
  assert.equal(typeOn('Berger versucht gegen den Widerstand von Anrainern ein Lager zu errichten.', 'Widerstand'), undefined);
  assert.equal(typeOn('Erst nach der Pause bröckelte der Widerstand.', 'Widerstand'), undefined);
  assert.equal(typeOn('Berger hatte eine einstweilige Verfügung erwirkt.', 'Verfügung'), 'COERCE');
  assert.equal(typeOn('Die Migranten wurden von der Polizei gestoppt.', 'gestoppt'), 'COERCE');
  assert.equal(typeOn('Die harte Linie in der Flüchtlingspolitik hat den Abwärtstrend gestoppt.', 'gestoppt'), undefined);
});

test('informing, instructing, ruling out, opposing, awards, marches, and the forms Bombardements/Ersuchens/Zugeständnissen', () => {
  assert.equal(typeOn('Konkrete Zahlen sollen Mazedonien und Griechenland mitgeteilt werden.', 'mitgeteilt'), 'CONSULT');
  assert.equal(typeOn('Alle Schiffe blieben in den Häfen, teilte die Polizei mit.', 'teilte'), undefined);
  assert.equal(typeOn('Berger unterrichtete Mazedonien über die Lage.', 'unterrichtete'), 'CONSULT');
  assert.equal(typeOn('Berger unterrichtet Deutsch an einer Schule in Mazedonien.', 'unterrichtet'), undefined);
  assert.equal(typeOn('Berger wies die Polizei an, die Straße zu räumen.', 'wies'), 'REQUEST');
  assert.equal(typeOn('Berger schloss eine Koalition mit Mazedonien aus.', 'schloss'), 'REJECT');
  assert.equal(typeOn('Berger stellte sich gegen die Pläne von Mazedonien.', 'stellte'), 'REJECT');
  assert.equal(typeOn('Von der Variante hält Berger hingegen nichts.', 'hält'), undefined);
  assert.equal(typeOn('Mazedonien zeichnete Berger mit einem Preis aus.', 'zeichnete'), 'SUPPORT');
  assert.equal(typeOn('Berger zeichnet sich durch Fleiß aus.', 'zeichnet'), undefined);
  assert.equal(typeOn('Ein geplanter Marsch gegen die Angst wurde abgesagt.', 'Marsch'), 'PROTEST');
  assert.equal(typeOn('Der Radetzky-Marsch war unvermeidbar.', 'Radetzky-Marsch'), undefined);
  assert.equal(typeOn('Erst nach einem Ende der Bombardements würde Mazedonien verhandeln.', 'Bombardements'), 'ASSAULT');
  assert.equal(typeOn('Auf Basis eines Rechtshilfeersuchens von Mazedonien wurde Berger befragt.', 'Rechtshilfeersuchens'), 'REQUEST');
});

test('a -konferenz compound in a setting phrase is a meeting; press, phone and professional conferences are not', () => {
  assert.equal(typeOn('Berger war eine der Hauptrednerinnen auf der Weltfrauenkonferenz gewesen.', 'Weltfrauenkonferenz'), 'CONSULT');
  assert.equal(typeOn('Berger sagte das bei einer Pressekonferenz in Mazedonien.', 'Pressekonferenz'), undefined);
  assert.equal(typeOn('Berger sprach auf der Entwicklerkonferenz in Mazedonien.', 'Entwicklerkonferenz'), undefined);
  assert.equal(typeOn('Die Armutskonferenz warnt vor Kürzungen.', 'Armutskonferenz'), undefined);
});

test('an authority examining a case or an accusation investigates; checking options or ads does not', () => {
  assert.equal(typeOn('Die Polizei prüft nun den Fall auf Ungleichbehandlung.', 'prüft'), 'ACCUSE');
  assert.equal(typeOn('Mögliche Verstöße soll ein Schiedsgericht prüfen.', 'prüfen'), 'ACCUSE');
  assert.equal(typeOn('Die Bank will jedes Jahr prüfen, ob die Banken gewappnet sind.', 'prüfen'), undefined);
  assert.equal(typeOn('Der Rechnungshof prüfte Anzeigen und Kooperationen der Gesellschaft.', 'prüfte'), undefined);
});

test('stopping an execution or commuting a sentence is RETREAT; calling the police is CONSULT, a rule to call it is not', () => {
  assert.equal(typeOn('Das Oberste Gericht stoppte die Vollstreckung des Urteils gegen Berger.', 'stoppte'), 'RETREAT');
  assert.equal(typeOn('Das Urteil wurde in lebenslange Haft umgewandelt.', 'umgewandelt'), 'RETREAT');
  assert.equal(typeOn('Dann rief Berger die Polizei.', 'rief'), 'CONSULT');
  assert.equal(typeOn('Bei Verdachtsfällen müsse stets die Polizei gerufen werden.', 'gerufen'), undefined);
  assert.equal(typeOn('Berger rief die Polizei zur Mäßigung auf.', 'rief')?.toString(), 'REQUEST');
  assert.equal(typeOn('Berger übermittelte Mazedonien einen Forderungskatalog.', 'Forderungskatalog'), 'REQUEST');
});
