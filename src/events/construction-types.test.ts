/** Events: known triggers typed by their construction (retype.ts) and relatives of listed words (thirteenth session, h/evtype). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOn as on, eventRows, type DocSpec, type EntitySpec } from './testing.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'] },
  { name: 'Tunesien', type: 'LOC', forms: ['Tunesien', '~tunesischen', '~tunesische'] },
  { name: 'Nordallianz', type: 'ORG' },
  { name: 'Senat', type: 'ORG' },
];

const run = (text: string, extra: DocSpec = {}) => eventRows(text, { entities: ENTITIES, published: null, ...extra });

test('approval by a body or a state is a decision (AGREE); by a person it stays SUPPORT', () => {
  const senate = run('Der Senat hat Waffenlieferungen an Tunesien abgesegnet.');
  assert.equal(on(senate, 'abgesegnet')?.type, 'AGREE', JSON.stringify(senate));
  const body = run('Die Nordallianz billigte den Einsatz in Tunesien.');
  assert.equal(on(body, 'billigte')?.type, 'AGREE', JSON.stringify(body));
  const person = run('Berger billigte das Vorgehen der Nordallianz.');
  assert.equal(on(person, 'billigte')?.type, 'SUPPORT', JSON.stringify(person));
});

test('a threat noun as the predicate of a copula is a critic\'s verdict (ACCUSE); a threat made stays THREATEN', () => {
  const laut = run('Die Pläne sind laut Berger eine gefährliche Drohung.');
  assert.deepEqual([on(laut, 'Drohung')?.type, on(laut, 'Drohung')?.actors, on(laut, 'Drohung')?.modality], ['ACCUSE', ['Olaf Berger'], 'asserted'], JSON.stringify(laut));
  // (the adjective inside the predicate names no actor)
  const adj = run('Das sind tunesische Drohungen, sagte Berger.');
  assert.deepEqual([on(adj, 'Drohungen')?.type, on(adj, 'Drohungen')?.actors], ['ACCUSE', ['Olaf Berger']], JSON.stringify(adj));
  for (const text of [
    'Berger sprach eine Drohung gegen Tunesien aus.',
    'Vorausgegangen waren dieser Drohung Streitigkeiten mit Tunesien.',
    'Die Drohung der Nordallianz war ernst.',
    'Das ist eine Drohung gegen Tunesien, sagte Berger.',
  ]) {
    const r = run(text);
    assert.equal(on(r, 'Drohung')?.type, 'THREATEN', `${text} ${JSON.stringify(r)}`);
  }
});

test('support with an amount of money in its clause is AID; its genitive gets the money, a bare name gives it', () => {
  const r = run('Insgesamt 300 Millionen Dollar kann Berger nun für die Ausrüstung und logistische Unterstützung der tunesischen Streitkräfte ausgeben.');
  const e = on(r, 'Unterstützung');
  assert.deepEqual([e?.type, e?.actors, e?.recipients], ['AID', ['Olaf Berger'], ['Tunesien']], JSON.stringify(r));
  const plain = run('Berger sagte, die Nordallianz habe die Unterstützung Tunesiens.');
  assert.notEqual(on(plain, 'Unterstützung')?.type, 'AID', JSON.stringify(plain));
});

test('readiness adjectives of the talk nouns are a planned CONSULT ("verhandlungsbereit", "gesprächsbereit"), negated with "nicht"', () => {
  const r = run('Bisher zeichnet sich keine Mehrheit ab, die Nordallianz ist aber verhandlungsbereit.');
  assert.deepEqual([on(r, 'verhandlungsbereit')?.type, on(r, 'verhandlungsbereit')?.modality, on(r, 'verhandlungsbereit')?.actors], ['CONSULT', 'planned', ['Nordallianz']], JSON.stringify(r));
  const shown = run('Berger hat sich am Mittwoch gesprächsbereit gezeigt.');
  assert.equal(on(shown, 'gesprächsbereit')?.modality, 'planned', JSON.stringify(shown));
  const neg = run('Die Nordallianz ist nicht gesprächsbereit.');
  assert.equal(on(neg, 'gesprächsbereit')?.modality, 'negated', JSON.stringify(neg));
  // (attributive: no event)
  const attr = run('Die verhandlungsbereite Nordallianz wartet ab.');
  assert.equal(on(attr, 'verhandlungsbereite'), undefined, JSON.stringify(attr));
});

test('particle verbs glued to listed verbs: zurückerobern in war (not a majority or an office), herausverhandeln', () => {
  const war = run('Sieben Dörfer konnten bei den heftigen Kämpfen von der Armee zurückerobert werden.');
  assert.equal(on(war, 'zurückerobert')?.type, 'COERCE', JSON.stringify(war));
  const split = run('Die Armee eroberte die Stadt am Montag zurück.');
  assert.equal(on(split, 'eroberte')?.type, 'COERCE', JSON.stringify(split));
  const office = run('Die Nordallianz will bei der Wahl die Regierungsmehrheit zurückerobern.');
  assert.equal(on(office, 'zurückerobern'), undefined, JSON.stringify(office));
  const talks = run('Die Nordallianz könnte mit Tunesien noch 38 Prozent herausverhandeln.');
  assert.equal(on(talks, 'herausverhandeln')?.type, 'CONSULT', JSON.stringify(talks));
});

test('"Waffenhilfe" is AID; sanctions as the announced consequence of a condition are THREATEN, not SANCTION', () => {
  const aid = run('Berger rechne ab Oktober mit dem Beginn der Waffenhilfe für Tunesien.');
  assert.equal(on(aid, 'Waffenhilfe')?.type, 'AID', JSON.stringify(aid));
  const threat = run('Sollten die Rebellen weitere Gebiete erobern, werde dies zusätzliche Sanktionen nach sich ziehen.');
  assert.equal(on(threat, 'Sanktionen')?.type, 'THREATEN', JSON.stringify(threat));
  const imposed = run('Die Nordallianz hat neue Sanktionen gegen Tunesien verhängt.');
  assert.deepEqual(imposed.map((e) => e.type), ['SANCTION'], JSON.stringify(imposed));
});

test('sanctions announced for a condition threaten (THREATEN, asserted); sanctions a threat names are its content', () => {
  const cond = run('Sollte Tunesien die Grenze schließen, werde die Nordallianz neue Sanktionen verhängen.');
  assert.deepEqual(cond.map((e) => [e.type, e.modality]), [['THREATEN', 'asserted']], JSON.stringify(cond));
  const after = run('Die Nordallianz will Sanktionen gegen Tunesien verhängen, falls Tunesien nicht einlenkt.');
  assert.equal(on(after, 'verhängen')?.type, 'THREATEN', JSON.stringify(after));
  const consequence = run('Sollten die Rebellen weitere Gebiete erobern, werde dies zusätzliche Sanktionen nach sich ziehen.');
  assert.equal(on(consequence, 'Sanktionen')?.modality, 'asserted', JSON.stringify(consequence));
  const content = run('Berger drohte Tunesien mit neuen Sanktionen.');
  assert.deepEqual(content.map((e) => e.type), ['THREATEN'], JSON.stringify(content));
  // imposed, or a sanction that is itself the condition, stays SANCTION
  const imposed = run('Die Nordallianz hat neue Sanktionen gegen Tunesien verhängt.');
  assert.equal(on(imposed, 'verhängt')?.type, 'SANCTION', JSON.stringify(imposed));
  const asCondition = run('Sollte die Nordallianz neue Sanktionen verhängen, wäre das ein Fehler.');
  assert.equal(on(asCondition, 'verhängen')?.type, 'SANCTION', JSON.stringify(asCondition));
});

test('overthrowing a ruler is COERCE ("Sturz von Machthaber X", "Entmachtung", "stürzte den Präsidenten"); a fall or a slump is none', () => {
  const noun = run('Nach dem Sturz von Machthaber Gaddafi versank Tunesien im Chaos.');
  assert.equal(on(noun, 'Sturz')?.type, 'COERCE', JSON.stringify(noun));
  // (the "von" phrase is the one deposed)
  const deposed = run('Nach dem Sturz von Machthaber Berger versank Tunesien im Chaos.');
  assert.deepEqual([on(deposed, 'Sturz')?.actors, on(deposed, 'Sturz')?.recipients], [[], ['Olaf Berger']], JSON.stringify(deposed));
  const verb = run('Die Armee hat den Präsidenten gestürzt.');
  assert.equal(on(verb, 'gestürzt')?.type, 'COERCE', JSON.stringify(verb));
  for (const [text, trigger] of [
    ['Berger kam nach einem Sturz im Springen ins Ziel.', 'Sturz'],
    ['Die Kurse stürzten am Montag ab.', 'stürzten'],
    ['Der Präsident stürzte sich in die Arbeit.', 'stürzte'],
  ]) {
    const r = run(text);
    assert.equal(on(r, trigger), undefined, `${text} ${JSON.stringify(r)}`);
  }
});

test('a participle after an adverb and before a description noun is attributive ("die international anerkannte Regierung")', () => {
  const r = run('Die international anerkannte Regierung in Tunesien hat die Nordallianz zu Luftangriffen aufgefordert.', {
    entities: [{ name: 'Tunesien', type: 'LOC', forms: ['Tunesien', '+Regierung'] }, { name: 'Nordallianz', type: 'ORG' }],
  });
  assert.equal(on(r, 'anerkannte'), undefined, JSON.stringify(r));
  assert.deepEqual(on(r, 'aufgefordert')?.actors, ['Tunesien'], JSON.stringify(r));
});

test('a verb under "müsste(n)" is an opinion of what ought to happen, no event; under a condition it stays (hypothetical)', () => {
  for (const [text, trigger] of [
    ['Die Nordallianz müsste eigentlich für Tunesien werben, sagt Berger.', 'werben'],
    ['Dann müssten auch Tunesien die Mittel gestrichen werden.', 'gestrichen'],
  ]) {
    const r = run(text);
    assert.equal(on(r, trigger), undefined, `${text} ${JSON.stringify(r)}`);
  }
  const cond = run('Wird der Klage stattgegeben, müsste Berger seine Aussagen widerrufen.');
  assert.equal(on(cond, 'widerrufen')?.type, 'CONCEDE', JSON.stringify(cond));
});

test('calling on a council or court is REQUEST ("ruft den UN-Sicherheitsrat an"); "sich auf X einschießen" is ACCUSE', () => {
  const appeal = run('Noch am Donnerstag ruft Tunesien den UN-Sicherheitsrat an.');
  assert.equal(on(appeal, 'ruft')?.type, 'REQUEST', JSON.stringify(appeal));
  const phone = run('Berger rief am Montag den tunesischen Präsidenten an.');
  assert.equal(on(phone, 'rief')?.type, 'CONSULT', JSON.stringify(phone));
  const fig = run('Die Zeitungen der Nordallianz schießen sich auf Berger ein.');
  assert.equal(on(fig, 'schießen')?.type, 'ACCUSE', JSON.stringify(fig));
  const shot = run('Die Nordallianz schoss auf Berger.');
  assert.equal(on(shot, 'schoss')?.type, 'ASSAULT', JSON.stringify(shot));
});
