import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../pipeline/index.ts';
import { newEntity } from './shape.ts';

test('every entity of a document has the same fields in the same order (one hidden class for the later stages)', () => {
  // a person, a country, an institution noun and a known acronym: the entities stage's three creation sites
  const doc = analyze('Die Bundesregierung in Berlin beriet am Montag mit der NATO. Das Innenministerium teilte mit, Innenministerin Nancy Faeser reise nach Wien.', { lang: 'de' });
  const expected = Object.keys(newEntity({ id: 'e1', type: 'PER', name: 'x', canonicalId: 'per:x', country: null, roles: [], mentions: [], aliases: [] }));
  assert.ok(doc.entities.length >= 3, JSON.stringify(doc.entities.map((e) => e.name)));
  for (const e of doc.entities) assert.deepEqual(Object.keys(e), expected, e.name);
});
