/** Events: general recall mechanisms (objects across a relative clause, …) and their negative cases. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOn as on, eventRows, type DocSpec, type EntitySpec } from './testing.ts';
import { VERB_FORMS } from './lexicon.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Mazedonien', type: 'LOC', forms: ['Mazedonien', '~mazedonischen'] },
  { name: 'Serbien', type: 'LOC' },
  { name: 'Griechenland', type: 'LOC' },
  { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'] },
];

const run = (text: string, extra: DocSpec = {}) => eventRows(text, { entities: ENTITIES, published: null, ...extra });

test('a verb after a relative clause finds its object in the main clause before it', () => {
  const evs = run('In Preševo sind am Wochenende 33 Migranten in einem Zug, der von Mazedonien nach Serbien unterwegs war, aufgegriffen worden.');
  assert.equal(on(evs, 'aufgegriffen')?.type, 'COERCE', JSON.stringify(evs));
  const close = run('Mehrere Staaten begannen, ihre Grenzen für Menschen, die nach Serbien wollten, ganz zu schließen.');
  assert.equal(on(close, 'schließen')?.type, 'COERCE', JSON.stringify(close));
  // a coordinated clause after the relative clause is a clause of its own: no object from before
  const coord = run('Die Polizei hat die Migranten, die aus Serbien kamen, gezählt, und Berger hat das Thema aufgegriffen.');
  assert.equal(on(coord, 'aufgegriffen'), undefined, JSON.stringify(coord));
  // without a relative clause the object must stand in the verb's own clause
  const other = run('Berger sprach über die Grenzen, danach wurde die Sitzung geschlossen.');
  assert.equal(on(other, 'geschlossen'), undefined, JSON.stringify(other));
});

test('a negative judgement formed by un-, -widrig or -los makes nennen, bezeichnen and "als … sehen" a criticism', () => {
  for (const [text, trigger] of [
    ['Berger bezeichnet den Brief der Regierung als problematisch.', 'bezeichnet'],
    ['Unverschämt nannte Berger den Auftritt des Ministers.', 'nannte'],
    ['Berger sieht das Schreiben an die Schulen als verfassungswidrig.', 'sieht'],
    ['Berger nannte die Aussage respektlos.', 'nannte'],
  ]) {
    const evs = run(text);
    assert.equal(on(evs, trigger)?.type, 'ACCUSE', `${text} ${JSON.stringify(evs)}`);
  }
  // no judgement of conduct: a party-less member, a chance, a free offer
  for (const [text, trigger] of [
    ['Berger bezeichnet sich als parteilos.', 'bezeichnet'],
    ['Berger sieht die Wahl als Chance.', 'sieht'],
    ['Berger nannte das Angebot kostenlos.', 'nannte'],
  ]) {
    const evs = run(text);
    assert.equal(on(evs, trigger), undefined, `${text} ${JSON.stringify(evs)}`);
  }
});

test('light-verb constructions and frames of the coverage list', () => {
  const E: EntitySpec[] = [...ENTITIES, { name: 'Russland', type: 'LOC' }, { name: 'Parlament', type: 'ORG' }, { name: 'Michael Häupl', type: 'PER' }];
  const r = (text: string) => eventRows(text, { entities: E, published: null });
  for (const [text, trigger, type] of [
    ['Die Polizei hat Berger stundenlang verhört.', 'verhört', 'ACCUSE'],
    ['Berger wurde noch nicht einvernommen.', 'einvernommen', 'ACCUSE'],
    ['Das Parlament stimmte gegen den Antrag.', 'stimmte', 'REJECT'],
    ['Berger empfiehlt, Michael Häupl zu wählen.', 'empfiehlt', 'SUPPORT'],
    ['Die EU verlängerte die Restriktionen gegen Russland.', 'verlängerte', 'SANCTION'],
    ['Berger räumte Fehler ein.', 'räumte', 'CONCEDE'],
    ['Russland will vor Gericht ziehen.', 'ziehen', 'ACCUSE'],
    ['Berger beriet sich mit Russland.', 'beriet', 'CONSULT'],
  ]) {
    const evs = r(text);
    assert.equal(on(evs, trigger)?.type, type, `${text} ${JSON.stringify(evs)}`);
  }
  for (const [text, trigger] of [
    ['Sie haben sich verhört.', 'verhört'],
    ['Das war deutlich zu vernehmen.', 'vernehmen'],
    ['Das stimmt so nicht.', 'stimmt'],
    ['Berger empfiehlt, die Häuser nicht zu verlassen.', 'empfiehlt'],
    // "riet" is raten (advice), not the past of beraten
    ['Berger riet den Menschen, die Häuser nicht zu verlassen.', 'riet'],
    ['Berger räumte der Stadt ein Vorkaufsrecht ein.', 'räumte'],
  ]) {
    const evs = r(text);
    assert.equal(on(evs, trigger), undefined, `${text} ${JSON.stringify(evs)}`);
  }
});

test('every form of a verb with an inseparable prefix keeps the prefix (a past stem "riet" made raten a meeting)', () => {
  const bad: string[] = [];
  for (const [form, list] of VERB_FORMS) {
    for (const { entry } of list) {
      const word = entry.lemma.split(' ').pop()!.replace(/[()]/g, '');
      const prefix = /^(be|ver|zer|ent|miss)/.exec(word)?.[1];
      if (!prefix || entry.p || entry.lang || entry.lemma.includes(' ')) continue;
      if (!form.startsWith(prefix)) bad.push(`${entry.lemma}: ${form}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('an adverbial particle before its directional phrase belongs to the participle after it', () => {
  const evs = run('Die meisten Flüchtlinge seien mit Lastwagen zurück nach Griechenland gebracht worden.');
  assert.equal(on(evs, 'gebracht')?.type, 'COERCE', JSON.stringify(evs));
  const inf = run('Mazedonien plant, die Migranten zurück nach Griechenland zu schicken.');
  assert.equal(on(inf, 'schicken')?.type, 'COERCE', JSON.stringify(inf));
  // "zurück" after the verb, or without a directional phrase, is no particle of it
  const after = run('Die Helfer haben den Flüchtlingen Decken gebracht und fuhren zurück nach Serbien.');
  assert.equal(on(after, 'gebracht'), undefined, JSON.stringify(after));
  const noDir = run('Die Migranten blieben zurück und wurden später in ein Lager gebracht.');
  assert.equal(on(noDir, 'gebracht'), undefined, JSON.stringify(noDir));
});

test('a relative clause finds its needed object in an antecedent with attributes', () => {
  const evs = run('Die Vereinigung betrieb eine Moschee im östlich von Paris gelegenen Ort Lagny, die im Dezember geschlossen worden war.');
  assert.equal(on(evs, 'geschlossen')?.type, 'COERCE', JSON.stringify(evs));
  // far from the comma only a whole word or its start counts ("Anschuldigungen" holds no "Schuld")
  const far = run('Die Anwälte wollen Anschuldigungen gegen den indonesischen Steuermann erheben, dem Berger nach der Havarie Befehle gab.');
  assert.equal(on(far, 'gab'), undefined, JSON.stringify(far));
});

test('a noun before an insertion between commas finds its verb after it', () => {
  const evs = run('Einen Antrag haben die jungen Funktionäre, vertreten durch Olaf Berger, bereits beim Parteivorstand eingebracht.');
  assert.equal(on(evs, 'Antrag')?.type, 'REQUEST', JSON.stringify(evs));
  // a coordinated clause after the insertion is no continuation
  const coord = run('Einen Antrag zur Sache, vertreten durch Olaf Berger, und das Parteiprogramm hat der Vorstand gelesen.');
  assert.equal(on(coord, 'Antrag'), undefined, JSON.stringify(coord));
});

test('a noun entry also matches its genitive -s/-es form, as the content of a plan or call noun only', async () => {
  const { genitiveForm, GENERATED_GENITIVES, NOUN_FORMS, VERB_FORMS } = await import('./lexicon.ts');
  assert.equal(genitiveForm('boykott'), 'boykotts');
  assert.equal(genitiveForm('stoß'), 'stoßes');
  // plural or feminine by their ending: no genitive -s
  for (const f of ['sitzung', 'anschläge', 'zusammenkunft', 'bluttat', 'hilfsgelder', 'drohung']) assert.equal(genitiveForm(f), null, f);
  assert.ok(GENERATED_GENITIVES.has('boykotts'));
  // no generated form collides with a listed noun or verb form of another entry
  for (const g of GENERATED_GENITIVES) assert.ok(!VERB_FORMS.has(g) && NOUN_FORMS.has(g), g);
  const evs = run('Berger hatte die Idee eines Boykotts aufgegriffen.');
  assert.equal(on(evs, 'Boykotts')?.type, 'PROTEST', JSON.stringify(evs));
  const call = run('Berger unterstützte den Aufruf eines landesweiten Boykotts gegen Serbien.');
  assert.equal(on(call, 'Boykotts')?.type, 'PROTEST', JSON.stringify(call));
  // elsewhere a genitive event noun names a cause or a setting
  const cause = run('Berger wurde wegen des Boykotts von Serbien kritisiert.');
  assert.equal(on(cause, 'Boykotts'), undefined, JSON.stringify(cause));
});

test('"sich verteidigen" is a rebuttal with any object, and "verteidigen" of a statement or study rejects its critics', () => {
  for (const text of [
    'Berger verteidigt sich gegen die Verbotsbestrebungen mit dem Hinweis, er sei kein Extremist.',
    'Berger verteidigt Studie.',
    'Berger verteidigte seine Äußerungen am Montag.',
  ]) {
    const evs = run(text);
    assert.equal(evs.find((e) => e.trigger.startsWith('verteidig'))?.type, 'REJECT', `${text} ${JSON.stringify(evs)}`);
  }
  // physical self-defence and sport are no rebuttal
  for (const text of ['Berger verteidigte sich mit einem Messer gegen den Räuber.', 'Die Mannschaft verteidigte sich geschickt gegen Serbien.']) {
    const evs = run(text);
    assert.equal(evs.find((e) => e.trigger.startsWith('verteidig')), undefined, `${text} ${JSON.stringify(evs)}`);
  }
});

test('beating nouns count in compounds with an instrument as first part, not with other first parts', () => {
  for (const [text, trigger] of [
    ['Berger wurde in Serbien öffentlich mit 40 Stockschlägen bestraft.', 'Stockschlägen'],
    ['Die Polizei trieb die Menge mit Knüppelschlägen auseinander.', 'Knüppelschlägen'],
  ]) {
    const evs = run(text);
    assert.equal(on(evs, trigger)?.type, 'ASSAULT', `${text} ${JSON.stringify(evs)}`);
  }
  for (const [text, trigger] of [
    ['Berger erlitt in Serbien mehrere Schicksalsschläge.', 'Schicksalsschläge'],
    ['Berger machte in Serbien mehrere Vorschläge.', 'Vorschläge'],
    ['Die Herzschläge des Patienten wurden gezählt.', 'Herzschläge'],
    // the punishment imposed by a court is the sentence's content, no beating of its own
    ['Das Gericht bestätigte die Verurteilung Bergers zu tausend Stockhieben.', 'Stockhieben'],
  ]) {
    const evs = run(text);
    assert.notEqual(on(evs, trigger)?.type, 'ASSAULT', `${text} ${JSON.stringify(evs)}`);
  }
});
