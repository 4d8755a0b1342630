/** Events: evaluations found from a named critic, an evaluative predicate and a target (evaluations.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOn as on, eventRows, type EntitySpec } from './testing.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger', 'Bergers'] },
  { name: 'Karin Wolf', type: 'PER', forms: ['Karin Wolf', 'Wolf'] },
  { name: 'Tagesblatt', type: 'ORG' },
  { name: 'Bauernbund', type: 'ORG', forms: ['Bauernbunds', 'Bauernbund'] },
];
const run = (text: string) => eventRows(text, { entities: ENTITIES, published: null });

test('a named critic and a disapproving predicate about an act or actor make ACCUSE, asserted', () => {
  const fronted = run('Unverantwortlich sei Bergers Auftritt, eine Zumutung für alle Wähler, so das Tagesblatt.');
  const e = on(fronted, 'Unverantwortlich');
  assert.equal(e?.type, 'ACCUSE', JSON.stringify(fronted));
  assert.deepEqual(e?.actors, ['Tagesblatt']);
  assert.deepEqual(e?.recipients, ['Olaf Berger']);
  assert.equal(e?.modality, 'asserted');
  const before = run('Nach der Abstimmung sagt Wolf, diese Pläne seien unhaltbar.');
  assert.equal(on(before, 'unhaltbar')?.type, 'ACCUSE', JSON.stringify(before));
  assert.deepEqual(on(before, 'unhaltbar')?.actors, ['Karin Wolf']);
  const noun = run('Der neue Erlass des Bauernbunds sei ein Skandal, sagte Wolf.');
  assert.equal(on(noun, 'Skandal')?.type, 'ACCUSE', JSON.stringify(noun));
  const colon = run('Das Tagesblatt ging noch weiter: Den Streik zu ignorieren, sei Selbstmord.');
  assert.equal(on(colon, 'Selbstmord')?.type, 'ACCUSE', JSON.stringify(colon));
});

test('a praise noun phrase with a named critic makes SUPPORT', () => {
  const evs = run('Für Wolf ist der Vorschlag des Bauernbunds ein gutes Zeichen.');
  assert.equal(on(evs, 'gutes')?.type, 'SUPPORT', JSON.stringify(evs));
});

test('no critic, a situation, a negation, a counterfactual or an attributive adjective make no evaluation', () => {
  for (const [text, trigger] of [
    ['Unverantwortlich sei Bergers Auftritt gewesen.', 'Unverantwortlich'],
    ['Die Lage sei unhaltbar, sagte Wolf.', 'unhaltbar'],
    ['Das sei kein Skandal, sagte Wolf.', 'Skandal'],
    ['Das wäre unverantwortlich, sagte Wolf.', 'unverantwortlich'],
    ['Problematisch sei es, wenn man die Grenze überquert, sagte Wolf.', 'Problematisch'],
    ['Wolf sagte, das sei eine unhaltbare Forderung des Bauernbunds.', 'unhaltbare'],
  ]) {
    const evs = run(text);
    assert.equal(on(evs, trigger), undefined, `${text} ${JSON.stringify(evs)}`);
  }
});
