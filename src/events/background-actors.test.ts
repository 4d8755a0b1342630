/** Events: modality of background events and actor resolution (general mechanisms). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventRows, type DocSpec, type EntitySpec } from './testing.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Russland', type: 'LOC', forms: ['Russland', '~russische', '~russischen'] },
  { name: 'Frankreich', type: 'LOC', forms: ['Frankreich', '~französische'] },
  { name: 'Tunesien', type: 'LOC', forms: ['Tunesien', '~tunesische'] },
  { name: 'Genf', type: 'LOC' },
  { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'] },
  { name: 'Kemal Aydin', type: 'PER', forms: ['Kemal Aydin', 'Aydin'] },
  { name: 'Nordallianz', type: 'ORG' },
];

const run = (text: string, extra: DocSpec = {}) => eventRows(text, { entities: ENTITIES, published: null, ...extra });

test('an explicit past year dates its clause: background (historical), also for a noun in a setting phrase', () => {
  const y = (text: string, year: string, value = year) => run(text, { times: [{ text: year, value }] });
  assert.equal(y('Eine französische Militärintervention stoppte Anfang 2013 den Vormarsch der Nordallianz.', 'Anfang 2013', '2013').find((e) => e.type === 'ASSAULT')?.modality, 'historical');
  assert.equal(y('Mit dem Sparpaket 2012 wurde vereinbart, dass die Renten sinken.', '2012').find((e) => e.type === 'AGREE')?.modality, 'historical');
  assert.equal(y('Aydin hat sich im Mai 2014 bei Protesten gegen die Regierung den Knöchel gebrochen.', 'Mai 2014', '2014-05').find((e) => e.type === 'PROTEST')?.modality, 'historical');
  // with a publication date, only a year before it
  assert.equal(y('Die Nordallianz hat Berger im Jahr 2014 scharf kritisiert.', 'Jahr 2014', '2014').find((e) => e.type === 'ACCUSE')?.modality, 'historical');
  assert.notEqual(run('Die Nordallianz hat Berger im Jahr 2016 scharf kritisiert.', { published: '2016-05-10', times: [{ text: 'Jahr 2016', value: '2016' }] }).find((e) => e.type === 'ACCUSE')?.modality, 'historical');
  // negatives: a year of an attributive participle, a year after "bis", a year far after a noun in a past copula clause
  assert.notEqual(y('Die Nordallianz hat Berger das 1983 verliehene Ehrenzeichen aberkannt.', '1983').find((e) => e.type === 'SANCTION')?.modality, 'historical');
  assert.notEqual(y('Die Nordallianz kritisierte Berger, der bis 2019 im Amt bleiben will.', '2019').find((e) => e.type === 'ACCUSE')?.modality, 'historical');
  assert.notEqual(y('Thema der Unterredung war ein Film über die Proteste in Prag im August 1968.', 'August 1968', '1968-08').find((e) => e.type === 'CONSULT')?.modality, 'historical');
});

test('a pluperfect relative clause right after a noun trigger, or a pluperfect of motion around a setting noun, is background', () => {
  assert.equal(run('Das Buch beruht auf Gesprächen zwischen Berger und Aydin, die der Autor damals mitgeschnitten hatte.').find((e) => e.type === 'CONSULT')?.modality, 'historical');
  assert.equal(run('Die Polizei war bei Zusammenstößen mit der Nordallianz in die Moschee eingedrungen.').find((e) => e.type === 'ASSAULT')?.modality, 'historical');
  // negatives: a relative clause in the present, a recent pluperfect, a pluperfect passive around a setting noun
  assert.notEqual(run('Das Buch beruht auf Gesprächen zwischen Berger und Aydin, die der Autor mitschneidet.').find((e) => e.type === 'CONSULT')?.modality, 'historical');
  assert.notEqual(run('Das Buch beruht auf Gesprächen zwischen Berger und Aydin, die am Montag stattgefunden hatten.').find((e) => e.type === 'CONSULT')?.modality, 'historical');
  assert.notEqual(run('Berger war wegen der russischen Einreiseverbote gegen Aydin ins Ministerium zitiert worden.').find((e) => e.type === 'SANCTION')?.modality, 'historical');
});

test('"in den 80er Jahren" (split by the tokenizer) is background, and a temporal clause with a background marker dates the main clause after it', () => {
  assert.equal(run('Die Nordallianz hat Berger in den 80er Jahren kritisiert.').find((e) => e.type === 'ACCUSE')?.modality, 'historical');
  assert.equal(run('Die Nordallianz hat Berger in den 70er-Jahren kritisiert.').find((e) => e.type === 'ACCUSE')?.modality, 'historical');
  assert.equal(run('Als die Nordallianz in den 80er Jahren versuchte, sich am Prozess zu beteiligen, ermordeten Paramilitärs 3.000 Menschen.').find((e) => e.type === 'ASSAULT')?.modality, 'historical');
  // negative: a temporal clause of the last days
  const b = run('Als die Nordallianz am Montag versuchte, sich am Prozess zu beteiligen, ermordeten Paramilitärs 3.000 Menschen.').find((e) => e.type === 'ASSAULT');
  assert.ok(b && b.modality !== 'historical');
});

test('present passives said to go on now are not plans; a day of the reporting clause schedules nothing; considered bans are hypothetical', () => {
  const now = run('Jetzt werden sie von den Behörden in Tunesien festgenommen.').find((e) => e.type === 'COERCE');
  assert.ok(now && now.modality !== 'planned');
  assert.equal(run('Im Gegenzug werden die Gefangenen in Tunesien freigelassen.').find((e) => e.type === 'RETREAT')?.modality, 'planned');
  // "am Montag" dates the saying, not the demand
  const d = run('Um die Lage zu beenden, fordern wir Aydin auf, die Situation zu klären, sagte Berger am Montag.', { times: [{ text: 'am Montag', value: '2016-W19-1' }] }).find((e) => e.type === 'REQUEST');
  assert.ok(d && d.modality !== 'planned');
  const p = run('Am Montag fordert die Nordallianz Aydin zum Rücktritt auf.', { times: [{ text: 'Am Montag', value: '2016-W20-1' }], published: '2016-05-10' }).find((e) => e.type === 'REQUEST');
  assert.equal(p?.modality, 'planned');
  assert.equal(run('Die Nordallianz diskutiert ein Demo-Verbot in Genf.').find((e) => e.type === 'COERCE')?.modality, 'hypothetical');
  assert.equal(run('Berger liebäugelt nun mit einem Demoverbot.').find((e) => e.type === 'COERCE')?.modality, 'hypothetical');
  // "seit mehreren Wochen": ongoing since then
  assert.equal(run('Für heftige Kritik an Berger sorgt das bereits seit mehreren Wochen.').find((e) => e.type === 'ACCUSE')?.modality, 'historical');
});

test('actors: a nationality adjective of a role noun is no subject; a place inside the role phrase passes no preposition to the apposition; a capitalised determiner after a dateline dash opens the main clause; "ebenso wie X" is a co-actor', () => {
  const ents: EntitySpec[] = [...ENTITIES, { name: 'Wien', type: 'LOC' }, { name: 'Moskau', type: 'LOC' }, { name: 'Sergej Netschajew', type: 'PER' }, { name: 'Carlo Salvatori', type: 'PER', forms: ['Carlo Salvatori', 'Salvatori'] }];
  const r = (t: string) => run(t, { entities: ents });
  assert.deepEqual(r('Der russische Botschafter in Wien, Sergej Netschajew, wird seinen Posten noch diesen Sommer räumen.').find((e) => e.type === 'CONCEDE')?.actors, ['Sergej Netschajew']);
  assert.deepEqual(r('Wien/Moskau – Der russische Botschafter in Wien, Sergej Netschajew, wird seinen Posten noch diesen Sommer räumen.').find((e) => e.type === 'CONCEDE')?.actors, ['Sergej Netschajew']);
  assert.deepEqual(r('Berger habe ebenso wie sein Kollege Carlo Salvatori seinen Posten geräumt.').find((e) => e.type === 'CONCEDE')?.actors, ['Olaf Berger', 'Carlo Salvatori']);
  // negatives: a nationality adjective of a group noun still stands for its country; a relative clause between dashes is skipped
  assert.deepEqual(r('Die russische Armee griff Genf an.').find((e) => e.type === 'ASSAULT')?.actors, ['Russland']);
  assert.deepEqual(r('Berger – dem die Immunität entzogen werden soll – hatte die Nordallianz gewarnt, ihn anzugreifen.').find((e) => e.type === 'THREATEN')?.actors, ['Olaf Berger']);
});

test('actors: a regional adjective before a name is its attribute; a genitive that modifies the person after it stands for that person', () => {
  const ents: EntitySpec[] = [...ENTITIES, { name: 'Oberösterreich', type: 'LOC', forms: ['~oberösterreichische'] }, { name: 'SPÖ', type: 'ORG' }, { name: 'Schwarzach', type: 'LOC', forms: ['~Schwarzacher'] }, { name: 'Andreas Haitzer', type: 'PER' }];
  const r = (t: string) => run(t, { entities: ents });
  assert.deepEqual(r('Die oberösterreichische SPÖ hat Berger am Montag den Rücken gestärkt.').find((e) => e.type === 'SUPPORT')?.actors, ['SPÖ']);
  assert.deepEqual(r('Nach dem Rückzug des Schwarzacher Bürgermeisters Andreas Haitzer aus dem Landtag ist Berger nachgerückt.').find((e) => e.type === 'CONCEDE')?.actors, ['Andreas Haitzer']);
  // negative: the adjective alone still stands for its country
  assert.deepEqual(r('Die französische Regierung hat Aydin scharf kritisiert.').find((e) => e.type === 'ACCUSE')?.actors, ['Frankreich']);
});

test('the charge a legal act names is no event: "wegen Unterstützung … angeklagt", "wegen fahrlässiger Tötung verurteilt"', () => {
  const a = run('Berger wurde wegen Unterstützung einer terroristischen Vereinigung angeklagt.');
  assert.ok(!a.some((e) => e.type === 'SUPPORT'));
  assert.ok(!run('Gegen Berger wurden Ermittlungen wegen des Verdachts auf Körperverletzung eingeleitet.').some((e) => e.type === 'ASSAULT'));
  assert.ok(!run('Aydin wurde wegen fahrlässiger Tötung zu drei Jahren Haft verurteilt.').some((e) => e.type === 'ASSAULT'));
  // negative: a known act named with its article
  assert.ok(run('Zwei Männer sind wegen der Übergriffe auf die Polizei in Genf verhaftet worden.').some((e) => e.type === 'ASSAULT'));
});

test('a speaker or source label before a colon attributes the sentence (reported); an all-capital interviewer label or a place does not', () => {
  assert.equal(run('Berger: Wir kritisieren die Nordallianz scharf.').find((e) => e.type === 'ACCUSE')?.modality, 'reported');
  assert.equal(run('Tageszeitung: Die Nordallianz kritisiert Aydin scharf.').find((e) => e.type === 'ACCUSE')?.modality, 'reported');
  assert.equal(run('STANDARD: Die Nordallianz kritisiert Aydin scharf.').find((e) => e.type === 'ACCUSE')?.modality, 'asserted');
  assert.equal(run('Genf: Die Nordallianz kritisiert Aydin scharf.').find((e) => e.type === 'ACCUSE')?.modality, 'asserted');
});

test('an apposition between commas does not end an ob-clause: the verb after it stays hypothetical', () => {
  assert.equal(run('Offen ist, ob die Geschäftsführerin der Nordallianz, Heidi Hirschbichler (56), sich früher aus dem Landtag zurückzieht.').find((e) => e.type === 'CONCEDE')?.modality, 'hypothetical');
  // negative: a main clause after a relative clause
  const m = run('Die Nordallianz, die Berger unterstützt, kritisiert Aydin scharf.').find((e) => e.type === 'ACCUSE');
  assert.equal(m?.modality, 'asserted');
});

test('"Die … Regierung …: Sie hat …": "Sie" with a singular verb after a colon is the feminine subject that opens the sentence', () => {
  const ents: EntitySpec[] = [...ENTITIES, { name: 'Belgien', type: 'LOC', forms: ['~belgische'] }];
  assert.deepEqual(run('Die belgische Regierung will sich wehren: Sie hat 300 Polizisten gegen die Nordallianz aufgeboten.', { entities: ents }).find((e) => e.type === 'MOBILIZE')?.actors, ['Belgien']);
  // negative: a plural verb ("Sie haben") is not the singular organisation
  assert.notDeepEqual(run('Die belgische Regierung will sich wehren: Sie haben 300 Polizisten gegen die Nordallianz aufgeboten.', { entities: ents }).find((e) => e.type === 'MOBILIZE')?.actors, ['Belgien']);
});
