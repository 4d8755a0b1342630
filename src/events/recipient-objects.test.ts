/** Events: recipients from German case and voice — objects in the Vorfeld, dative phrases, passive subjects (h/evmod). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOn as on, eventRows, type DocSpec, type EntitySpec } from './testing.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Gabriele Heinisch-Hosek', type: 'PER', forms: ['Gabriele Heinisch-Hosek', 'Heinisch-Hosek'] },
  { name: 'Robert Lugar', type: 'PER', forms: ['Robert Lugar', 'Lugar'] },
  { name: 'Dmytro Firtasch', type: 'PER', forms: ['Dmytro Firtasch', 'Firtasch'] },
  { name: 'USA', type: 'LOC', forms: ['USA'] },
  { name: 'Saudi-Arabien', type: 'LOC', forms: ['Saudi-Arabien', '~saudi-arabischen'] },
];

const run = (text: string, extra: DocSpec = {}) => eventRows(text, { entities: ENTITIES, published: null, ...extra });

test('a woman\'s role noun after "Der" in the Vorfeld is a dative object: its name is the recipient, the subject follows the verb', () => {
  const r = run('Der Unterrichtsministerin Gabriele Heinisch-Hosek wirft Lugar ideologische Gründe vor.');
  assert.deepEqual(on(r, 'wirft')?.actors, ['Robert Lugar'], JSON.stringify(r));
  assert.deepEqual(on(r, 'wirft')?.recipients, ['Gabriele Heinisch-Hosek'], JSON.stringify(r));
  // "Der Unterrichtsminister" (masculine) is the subject
  const m = run('Der Unterrichtsminister Robert Lugar wirft Heinisch-Hosek ideologische Gründe vor.');
  assert.deepEqual(on(m, 'wirft')?.actors, ['Robert Lugar'], JSON.stringify(m));
});

test('a name in a dative phrase after the verb ("warf den saudi-arabischen Behörden … vor") is no subject but the recipient', () => {
  const r = run('Der Mitgründer der Stiftung, Irfan al-Alawi, warf den saudi-arabischen Behörden Fahrlässigkeit vor.');
  assert.deepEqual(on(r, 'warf')?.actors, [], JSON.stringify(r));
  assert.deepEqual(on(r, 'warf')?.recipients, ['Saudi-Arabien'], JSON.stringify(r));
});

test('the passive subject of an accusation is its recipient ("X wird von Y … vorgeworfen")', () => {
  const r = run('Firtasch wird von den USA Korruption im Zusammenhang mit Geschäften vorgeworfen.');
  assert.deepEqual(on(r, 'vorgeworfen')?.actors, ['USA'], JSON.stringify(r));
  assert.deepEqual(on(r, 'vorgeworfen')?.recipients, ['Dmytro Firtasch'], JSON.stringify(r));
});

test('the von-phrase or genitive of an -ung noun of an act done to someone names who undergoes it', () => {
  const r = run('Das Mittel kam bei der Hinrichtung von Dmytro Firtasch zum Einsatz.');
  assert.deepEqual(on(r, 'Hinrichtung')?.recipients, ['Dmytro Firtasch'], JSON.stringify(r));
  assert.ok(!on(r, 'Hinrichtung')?.actors.includes('Dmytro Firtasch'), JSON.stringify(r));
  // an attack noun without -ung keeps its agent: "der Angriff der USA"
  const a = run('Der Angriff der USA traf ein Lager.');
  assert.deepEqual(on(a, 'Angriff')?.actors, ['USA'], JSON.stringify(a));
});

test('the recipient phrase of a main clause resumed after an insertion ("Gegen X, der …, laufen Ermittlungen"; an apposition to a role)', () => {
  const ents: EntitySpec[] = [{ name: 'HDP', type: 'ORG' }, { name: 'Selahattin Demirtas', type: 'PER' }, { name: 'Manuel Baldizón', type: 'PER' }];
  const rel = eventRows('Gegen Manuel Baldizón, der lange Zeit die Umfragen anführte, laufen Korruptionsermittlungen.', { entities: ents, published: null });
  assert.deepEqual(on(rel, 'Korruptionsermittlungen')?.recipients, ['Manuel Baldizón'], JSON.stringify(rel));
  const app = eventRows('Unter anderem wird gegen den Chef der prokurdischen HDP, Selahattin Demirtas, ermittelt.', { entities: ents, published: null });
  assert.deepEqual(on(app, 'ermittelt')?.recipients, ['Selahattin Demirtas'], JSON.stringify(app));
  // a zu-infinitive after the insertion belongs to the insertion
  const inf = eventRows('Die Partei ging mit Selahattin Demirtas, der gut daran täte, sich zu informieren, hart ins Gericht.', { entities: ents, published: null });
  assert.deepEqual(on(inf, 'informieren')?.recipients ?? [], [], JSON.stringify(inf));
});

test('a demand names the subject of the clause it demands as its recipient, not of a demanded state or passive', () => {
  const ents: EntitySpec[] = [{ name: 'Angela Merkel', type: 'PER', forms: ['Angela Merkel', 'Merkel'] }, { name: 'CSU', type: 'ORG' }, { name: 'Griechenland', type: 'LOC' }];
  const r = eventRows('Politiker der CSU hatten am Wochenende gefordert, dass Merkel den Zuzug stoppen müsse.', { entities: ents, published: null });
  assert.deepEqual(on(r, 'gefordert')?.recipients, ['Angela Merkel'], JSON.stringify(r));
  const g = eventRows('Die Gläubiger fordern, dass Griechenland noch mehr Reformen beschließt.', { entities: ents, published: null });
  assert.deepEqual(on(g, 'fordern')?.recipients, ['Griechenland'], JSON.stringify(g));
  const state = eventRows('Die CSU hat gefordert, dass Merkel im Amt bleiben solle.', { entities: ents, published: null });
  assert.deepEqual(on(state, 'gefordert')?.recipients, [], JSON.stringify(state));
});

test('"ihn"/"ihm" is the man named before in the same sentence, not the person of the sentences before; not a shared subject', () => {
  const ents: EntitySpec[] = [{ name: 'Jürgen Kremb', type: 'PER', forms: ['Jürgen Kremb', 'Kremb'] }, { name: 'Richard Chandler', type: 'PER', forms: ['Richard Chandler', 'Chandler'] }, { name: 'CIA', type: 'ORG' }, { name: 'Hans Doskozil', type: 'PER' }];
  const r = eventRows('Jürgen Kremb leitet die Schule. Das Geld dafür lieferte der Investor Richard Chandler – gegen ihn ermittelten die Behörden wegen Schwarzgeld.', { entities: ents, published: null });
  assert.deepEqual(on(r, 'ermittelten')?.recipients, ['Richard Chandler'], JSON.stringify(r));
  // "X dankte … und überreichte ihm …": the conjunct shares X as subject, so "ihm" is not X
  const d = eventRows('Hans Doskozil kam. Bischof Richard Chandler dankte dem Polizeichef und überreichte ihm den Orden.', { entities: ents, published: null });
  assert.ok(!(on(d, 'überreichte')?.recipients ?? []).includes('Richard Chandler'), JSON.stringify(d));
});

test('a generic role head with a genitive naming the office ("den Präsidenten des Wiener Landtags") is not the Bundespräsident', () => {
  const ents: EntitySpec[] = [{ name: 'Heinz Fischer', type: 'PER', roles: [{ title: 'Bundespräsident', country: 'AUT' }] }, { name: 'Straflandesgericht Wien', type: 'ORG' }];
  const text = 'Bundespräsident Heinz Fischer äußerte sich nicht. Das Straflandesgericht Wien hat eine Anfrage an den Präsidenten des Wiener Landtags gestellt.';
  const r = eventRows(text, { entities: ents, published: null });
  assert.deepEqual(on(r, 'Anfrage')?.recipients, [], JSON.stringify(r));
  // the bare role noun still stands for him
  const b = eventRows('Bundespräsident Heinz Fischer äußerte sich nicht. Das Straflandesgericht Wien hat eine Anfrage an den Präsidenten gestellt.', { entities: ents, published: null });
  assert.deepEqual(on(b, 'Anfrage')?.recipients, ['Heinz Fischer'], JSON.stringify(b));
});

test('the class noun an organisation is introduced with stands for it also after an attribute ("Die von Islamisten geführte Rebellengruppe X")', () => {
  const ents: EntitySpec[] = [{ name: 'Nordfront', type: 'ORG' }, { name: 'UN', type: 'ORG' }];
  const r = eventRows('Die von Islamisten geführte Rebellengruppe Nordfront griff an. Die UN haben der Gruppe Kriegsverbrechen vorgeworfen.', { entities: ents, published: null });
  assert.deepEqual(on(r, 'vorgeworfen')?.recipients, ['Nordfront'], JSON.stringify(r));
});

test('"Der ÖVP-Politiker kritisierte im Zusammenhang mit der Flüchtlingspolitik Verteidigungsminister X": X is the recipient, not the party of the role', () => {
  const ents: EntitySpec[] = [
    { name: 'Heinz Becker', type: 'PER', forms: ['Heinz Becker', 'Becker'], roles: [{ title: 'ÖVP-Politiker', country: 'AUT' }] },
    { name: 'ÖVP', type: 'ORG' },
    { name: 'Hans Peter Doskozil', type: 'PER', forms: ['Hans Peter Doskozil'] },
  ];
  const r = eventRows('Heinz Becker meldete sich. Der ÖVP-Politiker kritisierte im Zusammenhang mit der Flüchtlingspolitik Verteidigungsminister Hans Peter Doskozil scharf.', { entities: ents, published: null });
  assert.deepEqual(on(r, 'kritisierte')?.actors, ['Heinz Becker'], JSON.stringify(r));
  assert.deepEqual(on(r, 'kritisierte')?.recipients, ['Hans Peter Doskozil'], JSON.stringify(r));
});
