/** Events: vocabulary coverage by PLOVER type (thirteenth session, h/evvocab) and the other senses each entry leaves out. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOn as on, eventRows, type EntitySpec } from './testing.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'] },
  { name: 'Franz Huber', type: 'PER', forms: ['Franz Huber', 'Huber'] },
  { name: 'Frankreich', type: 'LOC' },
  { name: 'Polen', type: 'LOC' },
  { name: 'Staatsanwaltschaft', type: 'ORG' },
  { name: 'Kongress', type: 'ORG' },
];

const typeOn = (text: string, trigger: string) => on(eventRows(text, { entities: ENTITIES, published: null }), trigger)?.type;

test('succession and removal from office are CONCEDE; a coach succeeding a coach and a legal succession are not', () => {
  assert.equal(typeOn('Der Betriebswirt folgt Franz Huber als Landeshauptmann nach.', 'folgt'), 'CONCEDE');
  assert.equal(typeOn('Berger hatte im Jänner die Nachfolge von Franz Huber angetreten.', 'angetreten'), 'CONCEDE');
  assert.equal(typeOn('Berger wurde seines Amtes enthoben.', 'enthoben'), 'CONCEDE');
  assert.equal(typeOn('Berger folgt Huber als Cheftrainer des Klubs nach.', 'folgt'), undefined);
  assert.equal(typeOn('Die nachfolgenden Verhandlungen mit Huber dauerten lange.', 'nachfolgenden'), undefined);
});

test('orders, pressing, motions and conditions are REQUEST; spatial "angeordnet" is not', () => {
  assert.equal(typeOn('Nach der Wahl wurde eine Neuauszählung der Stimmen angeordnet.', 'angeordnet'), 'REQUEST');
  assert.equal(typeOn('Berger wurde auf Anordnung der Staatsanwaltschaft in die Justizanstalt eingeliefert.', 'Anordnung'), 'REQUEST');
  assert.equal(typeOn('Berger dringt bei der Regierung auf eine rasche Auslieferung.', 'dringt'), 'REQUEST');
  assert.equal(typeOn('Berger werde eine Initiative im Kongress einbringen.', 'einbringen'), 'REQUEST');
  assert.equal(typeOn('Die Blätter sind paarweise angeordnet.', 'angeordnet'), undefined);
  assert.equal(typeOn('Berger forderte dringend eine Antwort auf die Frage.', 'dringend'), undefined);
  assert.equal(typeOn('Berger hat seine Erfahrung in die Initiative eingebracht.', 'eingebracht'), undefined);
});

test('forces moved, landed and reinforced are MOBILIZE; "verstärkt" as an adverb and routine flights are not', () => {
  assert.equal(typeOn('Zwei Tarnkappenjets wurden nach Polen verlegt.', 'verlegt'), 'MOBILIZE');
  assert.equal(typeOn('Frankreich hat seine Truppen im Tschad verstärkt.', 'verstärkt'), 'MOBILIZE');
  assert.equal(typeOn('Am Montag sind zwei US-Kampfjets in Polen gelandet.', 'gelandet'), 'MOBILIZE');
  assert.equal(typeOn('Die Sicherheitskräfte führen seit Donnerstag verstärkt Kontrollen durch.', 'verstärkt'), undefined);
  assert.equal(typeOn('Berger hat seinen Firmensitz nach Polen verlegt.', 'verlegt'), undefined);
});

test('seizure of power, shooting down aircraft, bombs dropped, sexual abuse; hunting is no assault', () => {
  assert.equal(typeOn('Nach der Machtübernahme durch die Armee floh Berger.', 'Machtübernahme'), 'COERCE');
  assert.equal(typeOn('Der Abschuss des russischen Kampfjets belastet die Beziehungen.', 'Abschuss'), 'ASSAULT');
  assert.equal(typeOn('Die Luftwaffe warf Fassbomben über der Stadt ab.', 'warf'), 'ASSAULT');
  assert.equal(typeOn('Einige Opfer wurden sexuell missbraucht.', 'missbraucht'), 'ASSAULT');
  assert.equal(typeOn('Jäger sollen am illegalen Abschuss der Greifvögel beteiligt sein.', 'Abschuss'), undefined);
});

test('a charge named by a speaker, a political fight, a denial, a withdrawn licence', () => {
  assert.equal(typeOn('Berger sprach von Korruption.', 'sprach'), 'ACCUSE');
  assert.equal(typeOn('Berger sprach von einem Missverständnis.', 'sprach'), undefined);
  assert.equal(typeOn('Berger will mit allen Mitteln gegen die Reform ankämpfen.', 'ankämpfen'), 'REJECT');
  assert.equal(typeOn('Die Feuerwehr musste gegen die Flammen ankämpfen.', 'ankämpfen'), undefined);
  assert.equal(typeOn('Das Dementi der Regierung kam rasch.', 'Dementi'), 'REJECT');
  // (a withdrawal threatened "droht mit dem Entzug" is the content of a THREATEN, no SANCTION of its own: references.test.ts)
  assert.equal(typeOn('Die Behörde verfügte den Entzug der Lizenz.', 'Entzug'), 'SANCTION');
  assert.equal(typeOn('Der Entzug vom Alkohol fiel Berger schwer.', 'Entzug'), undefined);
});

test('batch 2: pogroms, positions overrun, criticism by "wettern", offers of talks, mediation; a header is no beheading', () => {
  assert.equal(typeOn('Ähnliche Pogrome ereigneten sich in mehreren Orten.', 'Pogrome'), 'ASSAULT');
  assert.equal(typeOn('Die Rebellen hatten den Militärstützpunkt im Norden überrannt.', 'überrannt'), 'COERCE');
  assert.equal(typeOn('Kunden haben die Filiale am Montag überrannt.', 'überrannt'), undefined);
  assert.equal(typeOn('Berger hat gegen die Erbschaftssteuer gewettert.', 'gewettert'), 'ACCUSE');
  assert.equal(typeOn('Berger hat der Initiative ein Verhandlungsangebot gemacht.', 'Verhandlungsangebot'), 'AGREE');
  assert.equal(typeOn('Berger schlug vor, die Kirchen in die Schlichtung einzubeziehen.', 'Schlichtung'), 'CONSULT');
  assert.equal(typeOn('Die Terroristen haben die Geiseln geköpft.', 'geköpft'), 'ASSAULT');
  assert.equal(typeOn('Berger köpfte den Ball ins Tor.', 'köpfte'), undefined);
  assert.equal(typeOn('Berger erhielt eine Haftstrafe von sechs Jahren.', 'Haftstrafe'), 'COERCE');
  assert.equal(typeOn('Berger droht eine Haftstrafe von bis zu zwei Jahren.', 'Haftstrafe'), undefined);
});

test('batch 3: talks with a named party by "reden", dismissal of an official; not the signature "(red, …)"', () => {
  assert.equal(typeOn('Berger werde mit Franz Huber über die Reform reden.', 'reden'), 'CONSULT');
  assert.equal(typeOn('Mit freundlichen Grüßen Olaf Berger und Franz Huber (red, 15.1.2016)', 'red'), undefined);
  assert.equal(typeOn('Berger entließ den Verteidigungsminister.', 'entließ'), 'CONCEDE');
  assert.equal(typeOn('Berger wurde aus der Haft entlassen.', 'entlassen'), 'RETREAT');
});

test('a bill submitted to a body for its decision is REQUEST; a report presented is not', () => {
  assert.equal(typeOn('Das Gesetz muss dann Präsident Berger zur Ratifizierung vorgelegt werden.', 'vorgelegt'), 'REQUEST');
  assert.equal(typeOn('Berger hat am Montag einen Bericht vorgelegt.', 'vorgelegt'), undefined);
});

test('fourteenth session: "drohen mit" a measure needs no named actor; an impending loss without "mit" is no threat', () => {
  assert.equal(typeOn('Die Stadt drohte mit Abriss, weil der Rohbau unvollendet blieb.', 'drohte'), 'THREATEN');
  assert.equal(typeOn('Vor der Entscheidung hatte die Gewerkschaft damit gedroht, wöchentlich zu streiken.', 'gedroht'), 'THREATEN');
  assert.equal(typeOn('Es wurde mit ernsten Konsequenzen gedroht.', 'gedroht'), 'THREATEN');
  assert.equal(typeOn('Den Mitarbeitern droht die Kündigung.', 'droht'), undefined);
});

test('fourteenth session: sieges and storming are ASSAULT; reporters crowding a person are not', () => {
  assert.equal(typeOn('Theobald belagerte 1161 Vendôme.', 'belagerte'), 'ASSAULT');
  assert.equal(typeOn('Nach der Erstürmung der Burg wurde der Bergfried niedergebrochen.', 'Erstürmung'), 'ASSAULT');
  assert.equal(typeOn('Die erbarmungslose Belagerung der Stadt wurde erst 1995 aufgegeben.', 'Belagerung'), 'ASSAULT');
  assert.equal(typeOn('Die Sängerin wurde von Fans belagert.', 'belagert'), undefined);
});

test('fourteenth session: a dispute settled and an offer put are AGREE; an enclosure and a proposal are not', () => {
  assert.equal(typeOn('Dort wurden Streitigkeiten der Könige verhandelt und beigelegt.', 'beigelegt'), 'AGREE');
  assert.equal(typeOn('Frankreich unterbreitete Polen ein Angebot für eine Friedensvereinbarung.', 'unterbreitete'), 'AGREE');
  assert.equal(typeOn('Die Zitate waren dem Brief beigelegt.', 'beigelegt'), undefined);
  assert.equal(typeOn('Berger hat einen Vorschlag unterbreitet.', 'unterbreitet'), undefined);
});

test('fourteenth session: sent into exile is COERCE, going into exile is not; barricades, marches and vigils are PROTEST', () => {
  assert.equal(typeOn('Cumanus wurde in die Verbannung geschickt.', 'geschickt'), 'COERCE');
  assert.equal(typeOn('Er hatte seinen Vater 1970 ins Exil geschickt.', 'geschickt'), 'COERCE');
  assert.equal(typeOn('Der Schah ging ins Exil.', 'ging'), undefined);
  assert.equal(typeOn('Die Gewerkschaften gehen auf die Barrikaden.', 'gehen'), 'PROTEST');
  assert.equal(typeOn('Anschließend zogen die Demonstranten durch den Schlossgarten zum Hauptbahnhof.', 'zogen'), 'PROTEST');
  assert.equal(typeOn('An den rund 1600 Mahnwachen nahmen mehr als 60000 Bürger teil.', 'Mahnwachen'), 'PROTEST');
  assert.equal(typeOn('Hausierer zogen durch das Land und boten Waren an.', 'zogen'), undefined);
  assert.equal(typeOn('Am nächsten Tag wurde ein Regiment nach Polen verlegt.', 'verlegt'), 'MOBILIZE');
});

test('batch 5: battles with a military word, campaigns, laying waste, interning, rulers removed; not a figurative battle or a pest', () => {
  assert.equal(typeOn('Nach der verlustreichen Schlacht bei Biberach kehrte Berger nach München zurück.', 'Schlacht'), 'ASSAULT');
  assert.equal(typeOn('Berger sollte als großer Kämpfer und Sieger in der Schlacht erscheinen.', 'Schlacht'), undefined);
  assert.equal(typeOn('In mehreren Feldzügen gegen die Kambodschaner bewies Berger sein Geschick.', 'Feldzügen'), 'ASSAULT');
  assert.equal(typeOn('Dort verwüsteten sie den Raum.', 'verwüsteten'), 'ASSAULT');
  assert.equal(typeOn('Die Reblaus verwüstete weite Teile der Weinrieden.', 'verwüstete'), undefined);
  assert.equal(typeOn('Berger blieb bis Kriegsende in Süddeutschland interniert.', 'interniert'), 'COERCE');
  assert.equal(typeOn('Am Ende wurde der Sultan abgesetzt.', 'abgesetzt'), 'CONCEDE');
  assert.equal(typeOn('Die Sendung wurde abgesetzt.', 'abgesetzt'), undefined);
});

test('batch 6: defending a person, purges, filed suits and missing inflected forms; not custody, cleaning or complaints', () => {
  assert.equal(typeOn('Berger nahm seinen Parteigänger Huber aber in Schutz.', 'nahm'), 'SUPPORT');
  assert.equal(typeOn('Sicherheitssysteme sollen Insassen vor einem Unfall in Schutz nehmen.', 'nehmen'), undefined);
  assert.equal(typeOn('Das Reservat nimmt an einem Projekt zum Schutz der Lagunen teil.', 'nimmt'), undefined);
  assert.equal(typeOn('An Lehr- und Forschungseinrichtungen finden politische Säuberungen statt.', 'Säuberungen'), 'COERCE');
  assert.equal(typeOn('Nach der Säuberung des Strandes gingen alle nach Hause.', 'Säuberung'), undefined);
  assert.equal(typeOn('Flüchtlings-NGOs haben bereits Klagen angekündigt.', 'Klagen'), 'ACCUSE');
  assert.equal(typeOn('Zuvor hatte es Klagen gegeben, dass die Displays leicht zerbrechen.', 'Klagen'), undefined);
  assert.equal(typeOn('Bei den Krawallen gab es mehrere Festnahmen.', 'Krawallen'), 'PROTEST');
  assert.equal(typeOn('Der Sender berichtete von einer Reihe von Luftschlägen.', 'Luftschlägen'), 'ASSAULT');
});

test('batch 7: a formal reprimand (abmahnen, Abmahnung) is ACCUSE; urging ("mahnte Reformen an") stays REQUEST', () => {
  assert.equal(typeOn('Der Presserat hatte die Zeitung für die Bildveröffentlichung abgemahnt.', 'abgemahnt'), 'ACCUSE');
  assert.equal(typeOn('Berger fing sich prompt eine Abmahnung ein.', 'Abmahnung'), 'ACCUSE');
  assert.equal(typeOn('Berger mahnte Reformen an.', 'mahnte'), 'REQUEST');
});

test('fifteenth session (h/evvocab15): insisting, renouncing an office, agreeing, backing, shelter; not the other senses', () => {
  assert.equal(typeOn('Berger beharrte bei dem Treffen auf mehr Stimmengewicht für Polen.', 'beharrte'), 'REQUEST');
  assert.equal(typeOn('Berger beharrte auf einem klaren Nein zum Plan.', 'beharrte'), undefined);
  assert.equal(typeOn('Im September verzichtete Berger auf sein Amt als Abt.', 'verzichtete'), 'CONCEDE');
  assert.equal(typeOn('Berger verzichtete im zweiten Wahlgang auf eine Kandidatur.', 'verzichtete'), undefined);
  assert.equal(typeOn('Der Hersteller verzichtet auf Hardwaretasten.', 'verzichtet'), undefined);
  assert.equal(typeOn('Berger hat sich mit der Lösung im Obergeschoss einverstanden erklärt.', 'erklärt'), 'AGREE');
  assert.equal(typeOn('Berger erklärte, er sei mit der Lösung nicht einverstanden.', 'erklärte'), undefined);
  assert.equal(typeOn('Schützenhilfe für Berger gab es von Huber.', 'Schützenhilfe'), 'SUPPORT');
  assert.equal(typeOn('Polen braucht Schützenhilfe der Finnen im Duell mit Frankreich.', 'Schützenhilfe'), undefined);
  assert.equal(typeOn('Nach dem Thronverzicht des Königs übernahm Berger die Regentschaft.', 'Thronverzicht'), 'CONCEDE');
  assert.equal(typeOn('Der Aufseher gewährte dem fliehenden Berger Unterschlupf.', 'gewährte'), 'AID');
});

test('h/evvocab15: a military surrender (Kapitulation) is RETREAT; giving up without a military word is not', () => {
  assert.equal(typeOn('Nach der Kapitulation gab es eine lange Pause.', 'Kapitulation'), undefined);
  assert.equal(typeOn('Die Stadt wurde nach der Kapitulation von 600 Soldaten als gesichert erklärt.', 'Kapitulation'), 'RETREAT');
});

test('review15: short exclusion words match whole words only ("lief" does not void "Lieferengpässe", "kurs" not "Kurswechsel")', () => {
  assert.equal(typeOn('Die neue Ausgangssperre wegen der Lieferengpässe trifft die Hauptstadt.', 'Ausgangssperre'), 'COERCE');
  assert.equal(typeOn('Die Ausgangssperre lief am Montag aus.', 'Ausgangssperre'), undefined);
  assert.equal(typeOn('Berger beharrte gegenüber Huber auf einem Kurswechsel der Regierung.', 'beharrte'), 'REQUEST');
  assert.equal(typeOn('Berger beharrte auf seinem Kurs.', 'beharrte'), undefined);
});
