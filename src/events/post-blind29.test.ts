/** Events: general fixes after blind 29's first run (fifteenth session, h/ev29). Invented sentences, no gold text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOn as on, eventRows, type DocSpec, type EntitySpec } from './testing.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'] },
  { name: 'Tunesien', type: 'LOC', forms: ['Tunesien'] },
  { name: 'Nordallianz', type: 'ORG' },
  { name: 'Volksfront', type: 'ORG' },
];

const run = (text: string, extra: DocSpec = {}) => eventRows(text, { entities: ENTITIES, published: null, ...extra });

test('drängen: REQUEST only with its goal in its own clause or a dass/zu clause after it', () => {
  assert.equal(on(run('Berger drängte die Nordallianz, die Sanktionen gegen Tunesien zu lockern.'), 'drängte')?.type, 'REQUEST');
  assert.equal(on(run('Die Nordallianz drängte darauf, dass die Wahl verschoben wird.'), 'drängte')?.type, 'REQUEST');
  // another clause's "dass" or "zu" is no goal of the push; a place or state pushed into is none either
  const spec = run('Die Zeitungen spekulieren, dass Berger zu Unrecht in die Defensive gedrängt wurde.');
  assert.equal(spec.filter((e) => e.type === 'REQUEST').length, 0, JSON.stringify(spec));
  assert.equal(run('Die Zeit drängt, sagte Berger zu den Reportern.').filter((e) => e.type === 'REQUEST').length, 0);
  assert.equal(run('Die Volksfront wurde ins Abseits gedrängt.').filter((e) => e.type === 'REQUEST').length, 0);
  assert.equal(run('Wer das sah, weiß, dass es einen drängt zu helfen.').filter((e) => e.type === 'REQUEST').length, 0);
  assert.equal(run('Die Nordallianz sucht Antworten auf drängende Fragen.').filter((e) => e.type === 'REQUEST').length, 0);
});

test('drängen: pushed out of an office or a government is CONCEDE', () => {
  const r = run('Es wird spekuliert, dass Berger bald aus dem Amt gedrängt werden könnte.');
  assert.equal(on(r, 'gedrängt')?.type, 'CONCEDE', JSON.stringify(r));
  assert.equal(run('Die Volksfront wurde aus dem Markt gedrängt.').filter((e) => e.type === 'CONCEDE').length, 0);
});

test('conventions: a capture is COERCE seize; lifting a curfew is RETREAT ease; the curfew lifted is no COERCE', () => {
  const cap = run('Die Kämpfer der Nordallianz haben den Stützpunkt am Fluss überrannt.');
  assert.equal(on(cap, 'überrannt')?.type, 'COERCE', JSON.stringify(cap));
  const lift = run('In Tunesien wurde die nächtliche Ausgangssperre am Sonntag aufgehoben.');
  assert.equal(on(lift, 'aufgehoben')?.type, 'RETREAT', JSON.stringify(lift));
  assert.equal(on(lift, 'aufgehoben')?.mode, 'ease');
  assert.equal(on(lift, 'Ausgangssperre'), undefined, JSON.stringify(lift));
  const ended = run('Die seit Wochen geltende Ausgangssperre endete am Morgen.');
  assert.equal(ended.length, 0, JSON.stringify(ended));
  const imposed = run('Die Behörden haben eine Ausgangssperre verhängt.');
  assert.equal(imposed.filter((e) => e.type === 'COERCE').length, 1, JSON.stringify(imposed));
});

test('werben bei X für Y courts X (REQUEST with X as recipient); werben für Y alone is SUPPORT', () => {
  const r = run('Berger hatte bei der Nordallianz und der Volksfront vergeblich für ein Bündnis geworben.');
  assert.equal(on(r, 'geworben')?.type, 'REQUEST', JSON.stringify(r));
  assert.deepEqual(on(r, 'geworben')?.recipients, ['Nordallianz', 'Volksfront']);
  assert.equal(on(run('Berger hat für das Abkommen geworben.'), 'geworben')?.type, 'SUPPORT');
});

test('summonses are no events (events-gold.md, "Summonses")', () => {
  const r = run('Tunesien hat den Botschafter der Nordallianz einbestellt.');
  assert.equal(r.filter((e) => e.type === 'ACCUSE').length, 0, JSON.stringify(r));
  const z = run('Berger will den Botschafter ins Außenministerium zitieren.');
  assert.equal(z.filter((e) => e.type === 'ACCUSE').length, 0, JSON.stringify(z));
});

test('order frames: "auf Befehl/Anweisung/Geheiß/Betreiben" + genitive is REQUEST even where the issuer is no entity', () => {
  const a = run('Der Bürgermeister wurde auf Anweisung des Gouverneurs abgesetzt.');
  assert.equal(on(a, 'Anweisung')?.type, 'REQUEST', JSON.stringify(a));
  const b = run('Auf Betreiben von Berger hat die Volksfront den Antrag zurückgezogen.');
  assert.equal(on(b, 'Betreiben')?.type, 'REQUEST', JSON.stringify(b));
  assert.deepEqual(on(b, 'Betreiben')?.actors, ['Olaf Berger']);
  const c = run('Die Brücke wurde auf Befehl des Kommandanten gesprengt.');
  assert.equal(on(c, 'Befehl')?.type, 'REQUEST', JSON.stringify(c));
});

test('contents: the zu-infinitive of a refusal or a suspicion is no event', () => {
  const w = run('Die Volksfront weigerte sich, mit der Nordallianz zu verhandeln.');
  assert.equal(on(w, 'verhandeln'), undefined, JSON.stringify(w));
  assert.equal(on(w, 'weigerte')?.type, 'REJECT');
  const v = run('Die Polizei hat einen Mann festgenommen, der verdächtigt wird, die Anschläge in Tunesien finanziert zu haben.');
  assert.equal(on(v, 'Anschläge'), undefined, JSON.stringify(v));
});

test('references: "vor allem" is no "vor" of an earlier event; "vielfach" marks a habit; an indefinite norm is generic', () => {
  const r = run('Die Volksfront fürchtet um ihre Mitglieder, gegen die vor allem Terrorvorwürfe erhoben werden.');
  assert.equal(r.filter((e) => e.type === 'ACCUSE').length, 1, JSON.stringify(r));
  const h = run('Die Nordallianz habe vielfach den Bau der Brücke blockiert.');
  assert.equal(on(h, 'blockiert'), undefined, JSON.stringify(h));
  const n = run('Ein Richter, der sein Amt ausübt, darf nicht verhaftet oder verhört werden.');
  assert.equal(n.length, 0, JSON.stringify(n));
});

test('modality: a feared act is hypothetical, "erst …, wenn" conditional, "war von X die Rede" reported', () => {
  const f = run('Die Volksfront befürchtet die Festnahme ihrer Abgeordneten.');
  assert.equal(on(f, 'Festnahme')?.modality, 'hypothetical', JSON.stringify(f));
  const e = run('Tunesien werde erst wieder verhandeln, wenn die Nordallianz die Waffenruhe einhält.');
  assert.equal(on(e, 'verhandeln')?.modality, 'hypothetical', JSON.stringify(e));
  const r = run('Am Vortag war von konstruktiven Gesprächen die Rede gewesen.');
  assert.equal(on(r, 'Gesprächen')?.modality, 'reported', JSON.stringify(r));
  // (not the noun "Rede" as a speech)
  const s = run('Die Rede von Berger stieß auf Ablehnung.');
  assert.notEqual(on(s, 'Ablehnung')?.modality, 'reported', JSON.stringify(s));
});

test('modality: a participle with its own auxiliary keeps its modality before "und" + modal; a "seitdem" perfect is historical', () => {
  const r = run('Seine Frau sagte, Berger sei aus der Haft entlassen worden und solle noch heute nach Tunesien zurückkehren.');
  assert.equal(on(r, 'entlassen')?.modality, 'reported', JSON.stringify(r));
  const s = run('Die Stadt dient als Sitz der Regierung, seitdem die Nordallianz die Hauptstadt erobert hat.');
  assert.equal(on(s, 'erobert')?.modality, 'historical', JSON.stringify(s));
  // (not with a recent date)
  const d = run('Die Lage ist ruhig, seitdem die Nordallianz am Montag die Hauptstadt erobert hat.');
  assert.notEqual(on(d, 'erobert')?.modality, 'historical', JSON.stringify(d));
});

test('references: a curfew one lives under is a state; a quoted indefinite norm after a colon is generic', () => {
  const u = run('Weil die Dörfer seit Wochen unter einer Ausgangssperre stehen, fehlt es an Brot.');
  assert.equal(on(u, 'Ausgangssperre'), undefined, JSON.stringify(u));
  const n = run('Die Volksfront will diesen Satz streichen: Ein Richter, der eine Straftat begangen haben soll, darf nicht verhaftet werden.');
  assert.equal(on(n, 'verhaftet'), undefined, JSON.stringify(n));
});

test('references: an act that looms over someone ("denen Festnahmen drohen") is a prospect, not an event', () => {
  const r = run('Die Volksfront schützt ihre Mitglieder, denen nun Festnahmen drohen könnten.');
  assert.equal(on(r, 'Festnahmen'), undefined, JSON.stringify(r));
  const a = run('Dem Flüchtling droht in Tunesien die Abschiebung.');
  assert.equal(on(a, 'Abschiebung'), undefined, JSON.stringify(a));
  // (a threat's means and a setting stay: "drohte mit Angriffen", "Am Rande des Gipfels droht ein Eklat")
  assert.ok(run('Am Rande des Gipfels droht ein Eklat.').some((e) => e.type === 'CONSULT'));
});

test('senses: forced to flee or to land is COERCE', () => {
  const r = run('Die Nordallianz hat Berger zur Flucht nach Tunesien gezwungen.');
  assert.equal(on(r, 'gezwungen')?.type, 'COERCE', JSON.stringify(r));
  const l = run('Kampfjets der Nordallianz haben das Flugzeug zur Landung gezwungen.');
  assert.equal(on(l, 'gezwungen')?.type, 'COERCE', JSON.stringify(l));
});

test('contents: what a purpose clause would finance ("um … die Angriffe zu finanzieren") is no event', () => {
  const r = run('Berger habe Geld aus Tunesien erhalten, um damit die Angriffe zu finanzieren.');
  assert.equal(on(r, 'Angriffe'), undefined, JSON.stringify(r));
});
