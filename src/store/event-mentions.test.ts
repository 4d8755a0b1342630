/** Stored event mentions keep their own arguments, in the document JSON and in the story's mention rows (h/evmention). */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../pipeline/index.ts';
import { Store } from './index.ts';

const A =
  'Der französische Präsident Emmanuel Macron hat am Montag in Berlin den deutschen Bundeskanzler Olaf Scholz getroffen. ' +
  'Die beiden Politiker sprachen über die Lage in der Ukraine und über gemeinsame Rüstungsprojekte der Europäischen Union. ' +
  'Scholz kündigte an, die Zusammenarbeit im kommenden Jahr weiter auszubauen.';
const B = `${A} Die Opposition im Bundestag kritisierte das Treffen als reine Symbolpolitik.`;

test('an event\'s mentions are stored with their own actors and recipients, in every document of the story', () => {
  const store = new Store(join(mkdtempSync(join(tmpdir(), 'lagebild-store-')), 'test.db'));
  const docA = analyze(A, { published: '2024-04-09' });
  const docB = analyze(B, { published: '2024-04-09' });
  const first = store.save(docA, { name: 'a', format: 'text', input: A });
  store.save(docB, { name: 'b', format: 'text', input: B });
  const [ev] = store.storyEvents({ storyId: first.id, type: 'CONSULT' });
  const rows = store.storyEventMentions(first.id, ev.signature);
  assert.equal(rows.length, ev.mentionCount);
  assert.deepEqual([...new Set(rows.map((r) => r.documentId))].length, 2);
  for (const r of rows) {
    const doc = r.documentId === docA.id ? docA : docB;
    const mention = doc.events.find((e) => e.id === r.eventId)!.mentions!.find((m) => m.trigger.start === r.start)!;
    assert.deepEqual([r.actors, r.recipients], [mention.actors, mention.recipients]);
    assert.ok(Array.isArray(r.actors));
  }
  // and the document JSON keeps them
  const stored = store.getDocument(first.id)!;
  const consult = stored.events.find((e) => e.type === 'CONSULT')!;
  assert.deepEqual(consult.mentions!.map((m) => m.actors), docA.events.find((e) => e.type === 'CONSULT')!.mentions!.map((m) => m.actors));
  store.close();
});
