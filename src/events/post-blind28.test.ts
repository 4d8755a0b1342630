/** Events: general fixes after blind 28's first run (fourteenth session, h/ev28). Invented sentences, no gold text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOn as on, eventRows, type DocSpec, type EntitySpec } from './testing.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'] },
  { name: 'Tunesien', type: 'LOC', forms: ['Tunesien'] },
  { name: 'Nordallianz', type: 'ORG' },
];

const run = (text: string, extra: DocSpec = {}) => eventRows(text, { entities: ENTITIES, published: null, ...extra });

test('senses: a charge "wegen" is ACCUSE, not an arrest (events-gold.md)', () => {
  const r = run('Die Staatsanwaltschaft hat Berger wegen Betrugs angeklagt.');
  assert.equal(on(r, 'angeklagt')?.type, 'ACCUSE', JSON.stringify(r));
});

test('senses: mobilisieren moves forces only with forces; supporters are called on (REQUEST)', () => {
  const anh = run('Die Nordallianz mobilisiert ihre Anhänger gegen die Reform.');
  assert.equal(on(anh, 'mobilisiert')?.type, 'REQUEST', JSON.stringify(anh));
  const tr = run('Tunesien mobilisiert 5000 Soldaten an der Grenze.');
  assert.equal(on(tr, 'mobilisiert')?.type, 'MOBILIZE', JSON.stringify(tr));
});

test('senses: export bans and revoked licences are SANCTION; training another side\'s fighters is AID', () => {
  const ban = run('Tunesien hat die Ausfuhr von Waffen an die Nordallianz untersagt.');
  assert.equal(on(ban, 'untersagt')?.type, 'SANCTION', JSON.stringify(ban));
  const plain = run('Die Polizei hat Berger den Auftritt untersagt.');
  assert.equal(on(plain, 'untersagt')?.type, 'COERCE', JSON.stringify(plain));
  const rev = run('Zunächst wurde der Export genehmigt, aber später hat Tunesien die Entscheidung widerrufen.');
  assert.equal(on(rev, 'widerrufen')?.type, 'SANCTION', JSON.stringify(rev));
  const aid = run('Tunesien hat begonnen, Rebellen der Nordallianz auszubilden.');
  assert.equal(on(aid, 'auszubilden')?.type, 'AID', JSON.stringify(aid));
});

test('references: role nouns before a genitive, foiled acts and recalled classes are no events', () => {
  const draht = run('Berger gilt als der mutmaßliche Drahtzieher der Pariser Anschläge.');
  assert.equal(on(draht, 'Anschläge'), undefined, JSON.stringify(draht));
  const verant = run('Berger hatte Verbindungen zu den Verantwortlichen der Terroranschläge.');
  assert.equal(on(verant, 'Terroranschläge'), undefined, JSON.stringify(verant));
  const vereitelt = run('Im Zusammenhang mit dem vereitelten Terroranschlag hat die Polizei Berger festgenommen.');
  assert.equal(on(vereitelt, 'Terroranschlag'), undefined, JSON.stringify(vereitelt));
  assert.equal(on(vereitelt, 'festgenommen')?.type, 'COERCE', JSON.stringify(vereitelt));
  const erinnert = run('Die Tat erinnert an frühere Anschläge der Nordallianz.');
  assert.equal(on(erinnert, 'Anschläge'), undefined, JSON.stringify(erinnert));
  // (a told attack stays: "Bei dem Anschlag auf das Nationalmuseum starben 20 Menschen.")
  const told = run('Bei dem Anschlag auf das Nationalmuseum starben 20 Menschen.');
  assert.equal(on(told, 'Anschlag')?.type, 'ASSAULT', JSON.stringify(told));
});

test('attributive participles: with an adverb inside the phrase, and before a number adjective', () => {
  const adv = run('Gegen den ebenfalls am Freitag festgenommenen Olaf Berger wurde Anklage erhoben.');
  assert.equal(on(adv, 'festgenommenen'), undefined, JSON.stringify(adv));
  const num = run('Ein wegen Beteiligung an einer Terrororganisation zu fünf Jahren Haft verurteilter 25-jähriger Mann ist geflohen.');
  assert.equal(on(num, 'verurteilter'), undefined, JSON.stringify(num));
});

test('object conditions: a definite nominalisation finds its object in the two sentences before', () => {
  const r = run('Tunesien hat zwölf Kampfjets an die Grenze entsandt. Sie sollen dort drei Monate bleiben. Berger sagte, mit der Stationierung wolle man ein Zeichen setzen.');
  assert.equal(on(r, 'Stationierung')?.type, 'MOBILIZE', JSON.stringify(r));
  // (not an indefinite noun, and not beyond two sentences)
  const far = run('Tunesien hat zwölf Kampfjets an die Grenze entsandt. Sie sollen dort drei Monate bleiben. Das Wetter war gut. Berger sagte, mit der Stationierung wolle man ein Zeichen setzen.');
  assert.equal(on(far, 'Stationierung'), undefined, JSON.stringify(far));
});

test('lists: Untersuchungshaft decided on is an arrest (sitting in it is a state); Islamists trained', () => {
  const uhaft = run('Ein Richter sollte über eine mögliche Untersuchungshaft für Berger entscheiden.');
  assert.equal(on(uhaft, 'Untersuchungshaft')?.type, 'COERCE', JSON.stringify(uhaft));
  const sitzt = run('Berger sitzt seitdem in Untersuchungshaft.');
  assert.equal(on(sitzt, 'Untersuchungshaft'), undefined, JSON.stringify(sitzt));
  const isl = run('Berger wurde in Syrien von Islamisten ausgebildet.');
  assert.equal(on(isl, 'ausgebildet')?.type, 'MOBILIZE', JSON.stringify(isl));
});

test('modality: hedged "vor gut N Jahren"; "im vergangenen Jahr" needs a past clause; a passive Konjunktiv II is no plan', () => {
  const gut = run('Vor gut vier Jahren griff die Nordallianz Tunesien an.', { published: '2016-05-01' });
  assert.equal(on(gut, 'griff')?.modality, 'historical', JSON.stringify(gut));
  const jetzt = run('Berger wird von Tunesien für zwei Angriffe im vergangenen Jahr verantwortlich gemacht.', { published: '2016-05-01' });
  assert.notEqual(on(jetzt, 'verantwortlich')?.modality ?? on(jetzt, 'gemacht')?.modality, 'historical', JSON.stringify(jetzt));
  const konj = run('Die Nordallianz teilte mit, dass drei Soldaten getötet worden seien und zwei weitere vermisst würden.', { published: '2016-05-01' });
  assert.notEqual(on(konj, 'getötet')?.modality, 'planned', JSON.stringify(konj));
});

test('modality: no evidence that it happened, almost reached and an open w-question are hypothetical', () => {
  const hinweis = run('Tunesien hat bisher keinen Hinweis darauf, dass Berger bei den Angriffen getötet worden ist.', { published: '2016-05-01' });
  assert.equal(on(hinweis, 'getötet')?.modality, 'hypothetical', JSON.stringify(hinweis));
  const kurz = run('Tunesien sei kurz davor gewesen, die Freilassung von Berger zu erwirken.', { published: '2016-05-01' });
  assert.equal(on(kurz, 'Freilassung')?.modality, 'hypothetical', JSON.stringify(kurz));
  const wann = run('Wann Berger sein Amt zurücklegt, war vorerst noch unklar.', { published: '2016-05-01' });
  assert.equal(on(wann, 'zurücklegt')?.modality, 'hypothetical', JSON.stringify(wann));
});

test('modality: a "…berichte:" headline label and "erklärt, … zu haben" are reported', () => {
  const label = run('Zeitungsberichte: Richter lehnte Haft für Berger ab.', { published: '2016-05-01' });
  assert.equal(on(label, 'lehnte')?.modality, 'reported', JSON.stringify(label));
  const self = run('Vertreter der Nordallianz hatten erklärt, Tunesien vorher über den Angriff informiert zu haben.', { published: '2016-05-01' });
  assert.equal(on(self, 'informiert')?.modality, 'reported', JSON.stringify(self));
});

test('senses: warplanes visiting a country are deployed; simulated attacks are a threat, no attack', () => {
  const jets = run('Stealth-Jagdflugzeuge der Nordallianz besuchen Tunesien.');
  assert.equal(on(jets, 'besuchen')?.type, 'MOBILIZE', JSON.stringify(jets));
  const visit = run('Olaf Berger besucht Tunesien.');
  assert.equal(on(visit, 'besucht')?.type, 'CONSULT', JSON.stringify(visit));
  const sim = run('Zwei Bomber der Nordallianz haben ein Schiff überflogen und Angriffe simuliert.');
  assert.equal(on(sim, 'simuliert')?.type, 'THREATEN', JSON.stringify(sim));
  assert.equal(on(sim, 'Angriffe'), undefined, JSON.stringify(sim));
});
