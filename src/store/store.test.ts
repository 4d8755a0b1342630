import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../pipeline/index.ts';
import { ftsQuery, Store } from './index.ts';
import { migrate } from './migrations.ts';

function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'lagebild-store-')), 'test.db');
}

const ARTICLE =
  'Die Außenminister der Europäischen Union haben am Montag in Brüssel neue Sanktionen gegen mehrere Banken beschlossen. ' +
  'Die Maßnahmen sollen die Finanzierung von Rüstungsgütern erschweren, teilte der Rat mit. Ungarn hatte lange Widerstand geleistet ' +
  'und erst nach Zugeständnissen bei der Energieversorgung eingelenkt. Die Sanktionen treten am Freitag in Kraft.';

test('stores a document once; an exact re-ingest is a no-op', () => {
  const store = new Store(tempDb());
  const doc = analyze(ARTICLE, { title: 'Neue Sanktionen', published: '2024-04-09' });
  const first = store.save(doc, { name: 'a.txt', format: 'text', input: ARTICLE });
  assert.equal(first.status, 'stored');
  const again = store.save(analyze(ARTICLE, { title: 'Neue Sanktionen' }), { name: 'a-copy.txt', format: 'text', input: ARTICLE });
  assert.equal(again.status, 'duplicate');
  assert.equal(again.id, first.id);
  assert.equal(store.count(), 1);
  const json = store.getDocument(first.id);
  assert.equal(json?.schema, 'lagebild/document@1');
  assert.equal(json?.title, 'Neue Sanktionen');
  assert.equal(store.getInput(first.id)?.input, ARTICLE);
  store.close();
});

test('a near-duplicate is stored and linked to the original story', () => {
  const store = new Store(tempDb());
  const a = store.save(analyze(ARTICLE), { name: 'a', format: 'text', input: ARTICLE });
  const edited = ARTICLE.replace('am Montag', 'am Dienstag') + ' Ein Sprecher bestätigte den Beschluss.';
  const b = store.save(analyze(edited), { name: 'b', format: 'text', input: edited });
  assert.equal(b.status, 'stored');
  assert.equal(b.nearDuplicateOf, a.id);
  assert.equal(b.storyId, a.id);
  const other = 'Der Fußballklub gewann am Samstag das Derby vor ausverkauftem Haus mit drei zu null Toren und übernahm die Tabellenführung.';
  const c = store.save(analyze(other), { name: 'c', format: 'text', input: other });
  assert.equal(c.storyId, c.id);
  assert.equal(c.nearDuplicateOf, null);
  store.close();
});

test('full-text search finds words regardless of diacritics and case, with filters and safe syntax', () => {
  const store = new Store(tempDb());
  store.save(analyze(ARTICLE, { published: '2024-04-09', title: 'Sanktionen' }), { name: 'a', format: 'text', input: ARTICLE });
  const en = 'The foreign ministers met in Brussels on Monday and agreed on new sanctions against several banks.';
  store.save(analyze(en, { published: '2023-01-02' }), { name: 'b', format: 'text', input: en });
  assert.equal(store.search('außenminister brüssel').total, 1);
  assert.equal(store.search('AUSSENMINISTER').total, 0); // no ß→ss folding in unicode61
  assert.equal(store.search('bruessel').total, 0);
  assert.equal(store.search('Brussel').total, 1); // diacritics fold: finds "Brüssel", not "Brussels"
  assert.equal(store.search('Sankt*').total, 1);
  assert.equal(store.search('sanctions', { lang: 'en' }).total, 1);
  assert.equal(store.search('sanctions', { lang: 'de' }).total, 0);
  assert.equal(store.search('', { from: '2024-01-01' }).total, 1);
  assert.equal(store.search('', { to: '2023-12-31' }).total, 1);
  // FTS syntax in user input is inert
  assert.doesNotThrow(() => store.search('"unbalanced AND OR NEAR( *'));
  assert.equal(ftsQuery('a" OR b'), '"a" AND "OR" AND "b"');
  const hit = store.search('Ungarn').hits[0];
  assert.match(hit.snippet, /\[Ungarn\]/);
  store.close();
});

test('a failure inside the save transaction leaves nothing behind, and a rerun stores the document', () => {
  const path = tempDb();
  const store = new Store(path);
  let fail = true;
  store.addSaveHook(() => {
    if (fail) throw new Error('simulated crash');
  });
  const doc = analyze(ARTICLE);
  assert.throws(() => store.save(doc, { name: 'a', format: 'text', input: ARTICLE }), /simulated crash/);
  assert.equal(store.count(), 0);
  assert.equal((store.db.prepare('SELECT count(*) AS n FROM documents_fts').get() as { n: number }).n, 0);
  assert.equal((store.db.prepare('SELECT count(*) AS n FROM minhash_bands').get() as { n: number }).n, 0);
  fail = false;
  assert.equal(store.save(doc, { name: 'a', format: 'text', input: ARTICLE }).status, 'stored');
  store.close();
  const reopened = new Store(path); // migrations are idempotent
  assert.equal(reopened.count(), 1);
  assert.equal((reopened.db.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number }).n >= 1, true);
  reopened.close();
});

test('saveMany: one transaction, a savepoint per document; a failing save is rolled back alone', () => {
  const store = new Store(tempDb());
  store.addSaveHook((_db, doc) => {
    if (doc.raw.includes('KAPUTT')) throw new Error('simulated hook failure');
  });
  const texts = [ARTICLE, `${ARTICLE} KAPUTT`, 'Die Außenministerin reiste am Montag nach Kiew und traf dort den Präsidenten.', ARTICLE];
  const results = store.saveMany(texts.map((t, i) => ({ doc: analyze(t), input: { name: `d${i}`, format: 'text', input: t } })));
  assert.equal((results[0] as { status: string }).status, 'stored');
  assert.ok(results[1] instanceof Error && /simulated hook failure/.test(results[1].message));
  assert.equal((results[2] as { status: string }).status, 'stored');
  assert.equal((results[3] as { status: string }).status, 'duplicate'); // sees the first one, same transaction
  assert.equal(store.count(), 2);
  // nothing of the failed document is left in any table
  assert.equal((store.db.prepare('SELECT count(*) AS n FROM documents_fts').get() as { n: number }).n, 2);
  assert.equal((store.db.prepare('SELECT count(DISTINCT doc_rowid) AS n FROM minhash_signatures').get() as { n: number }).n, 2);
  assert.equal((store.db.prepare('SELECT count(DISTINCT doc_rowid) AS n FROM annotations').get() as { n: number }).n, 2);
  store.close();
});

test('lists and exports documents', () => {
  const store = new Store(tempDb());
  store.save(analyze(ARTICLE, { published: '2024-04-09' }), { name: 'a', format: 'text', input: ARTICLE });
  const list = store.listDocuments();
  assert.equal(list.length, 1);
  assert.equal(list[0].published, '2024-04-09');
  assert.ok(list[0].tokens > 50);
  const exported = [...store.exportDocuments()];
  assert.equal(exported.length, 1);
  assert.equal(exported[0].text, ARTICLE);
  store.close();
});

test('an event told in near-duplicate documents is stored once per story, with all its mentions', () => {
  const store = new Store(tempDb());
  const a =
    'Der französische Präsident Emmanuel Macron hat am Montag in Berlin den deutschen Bundeskanzler Olaf Scholz getroffen. ' +
    'Die beiden Politiker sprachen über die Lage in der Ukraine und über gemeinsame Rüstungsprojekte der Europäischen Union. ' +
    'Scholz kündigte an, die Zusammenarbeit im kommenden Jahr weiter auszubauen.';
  const b = `${a} Die Opposition im Bundestag kritisierte das Treffen als reine Symbolpolitik.`;
  const docA = analyze(a, { published: '2024-04-09' });
  const docB = analyze(b, { published: '2024-04-09' });
  const consult = docA.events.find((e) => e.type === 'CONSULT');
  assert.ok(consult, `a CONSULT event in ${JSON.stringify(docA.events.map((e) => e.type))}`);
  const first = store.save(docA, { name: 'a', format: 'text', input: a });
  const second = store.save(docB, { name: 'b', format: 'text', input: b });
  assert.equal(second.storyId, first.id);
  const events = store.storyEvents({ storyId: first.id, type: 'CONSULT' });
  assert.equal(events.length, 1);
  assert.equal(events[0].documentCount, 2);
  assert.ok(events[0].mentionCount >= 2);
  store.close();
});

test('a story keeps an event without actors once, and two events of one actor that the document kept apart stay two', () => {
  const store = new Store(tempDb());
  const a = 'Streit um Renten in Berlin. Berlin – Bei einem Anschlag in Kabul sind am Montag zehn Menschen getötet worden. ' +
    'Bundeskanzler Olaf Scholz forderte höhere Renten für alle Pensionisten. Die Opposition schwieg dazu. ' +
    'Scholz verlangte außerdem eine deutliche Senkung der Mieten in den Städten.';
  const b = `${a} Die Gewerkschaften begrüßten die Vorschläge.`;
  const docA = analyze(a, { published: '2024-04-09' });
  const docB = analyze(b, { published: '2024-04-09' });
  // (preconditions: the attack has no actor, the two demands are two events of the document)
  assert.ok(docA.events.some((e) => e.type === 'ASSAULT' && e.actors.length === 0));
  assert.equal(docA.events.filter((e) => e.type === 'REQUEST' && e.actors.length === 1).length, 2);
  const first = store.save(docA, { name: 'a', format: 'text', input: a });
  assert.equal(store.save(docB, { name: 'b', format: 'text', input: b }).storyId, first.id);
  // the attack nobody is named for, told in both documents: one stored event
  const attack = store.storyEvents({ storyId: first.id, type: 'ASSAULT' });
  assert.deepEqual(attack.map((e) => [e.documentCount, e.mentionCount]), [[2, 2]]);
  // the two demands: two stored events, each told once in each document
  const demands = store.storyEvents({ storyId: first.id, type: 'REQUEST' });
  assert.deepEqual(demands.map((e) => [e.documentCount, e.mentionCount]), [[2, 2], [2, 2]]);
  store.close();
});

test('migration 6 recomputes the story events of a store filled with older keys (as saving the documents again would)', () => {
  const store = new Store(tempDb());
  const a = 'Streit um Renten in Berlin. Berlin – Bei einem Anschlag in Kabul sind am Montag zehn Menschen getötet worden. ' +
    'Bundeskanzler Olaf Scholz forderte höhere Renten für alle Pensionisten. Die Opposition schwieg dazu. ' +
    'Scholz verlangte außerdem eine deutliche Senkung der Mieten in den Städten.';
  const b = `${a} Die Gewerkschaften begrüßten die Vorschläge.`;
  const first = store.save(analyze(a, { published: '2024-04-09' }), { name: 'a', format: 'text', input: a });
  store.save(analyze(b, { published: '2024-04-09' }), { name: 'b', format: 'text', input: b });
  const rows = () => store.db.prepare('SELECT story_id, signature, doc_rowid, event_id, start FROM story_event_mentions ORDER BY story_id, signature, doc_rowid, start').all();
  const events = () => store.storyEvents({ storyId: first.id }).map((e) => [e.signature, e.type, e.documentCount, e.mentionCount]);
  const [before, eventsBefore] = [rows(), events()];
  // an older store: each document's events under keys of its own ("<doc>#<event>"), so no telling pairs with another
  store.db.exec(`UPDATE story_event_mentions SET signature = doc_rowid || '#' || event_id; DELETE FROM story_events;
    INSERT INTO story_events (story_id, signature, type, modality, first_doc_id, event_json, mention_count, document_count)
    SELECT DISTINCT story_id, signature, 'X', 'asserted', '', '{}', 1, 1 FROM story_event_mentions;
    DELETE FROM schema_migrations WHERE version = 6;`);
  assert.notDeepEqual(events(), eventsBefore);
  assert.equal(migrate(store.db), 1);
  assert.deepEqual(rows(), before);
  assert.deepEqual(events(), eventsBefore);
  store.close();
});

test('documentStoryEvents: each event of a document with the story event it is and every document that tells it', () => {
  const store = new Store(tempDb());
  // invented: B retells A and adds a sentence; the demand and the meeting are two events, each told in both
  const a = 'Die Innenministerin Klara Brandt traf am Mittwoch in Hannover den Lindauer Bürgermeister Tobias Wendt. ' +
    'Die beiden Politiker sprachen über den Ausbau der Bahnstrecke zwischen Lindau und Hannover. ' +
    'Wendt forderte vom Land mehr Geld für den Nahverkehr in der Region.';
  const b = `${a} Ein Sprecher der Stadt nannte die Stimmung gut.`;
  const docA = analyze(a, { published: '2031-03-12' });
  const docB = analyze(b, { published: '2031-03-13' });
  assert.deepEqual(docB.events.map((e) => e.type), ['CONSULT', 'REQUEST']);
  const first = store.save(docA, { name: 'a', format: 'text', input: a });
  assert.equal(store.save(docB, { name: 'b', format: 'text', input: b }).nearDuplicateOf, first.id);
  const ofB = store.documentStoryEvents(docB.id);
  assert.equal(ofB.size, 2);
  const [meeting, demand] = docB.events.map((e) => ofB.get(e.id)!);
  assert.notEqual(meeting.signature, demand.signature, 'two events stay two');
  for (const s of [meeting, demand]) {
    assert.equal(s.storyId, first.id);
    assert.deepEqual(s.documentIds, [docA.id, docB.id]);
    assert.equal(s.mentionCount, 2);
  }
  assert.deepEqual(store.documentStoryEvents(docA.id).get(docA.events[0].id), meeting, 'A\'s meeting is the same story event');
  assert.equal(store.documentStoryEvents('kein-dokument').size, 0);
  store.close();
});
