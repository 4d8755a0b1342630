import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Store } from '../store/index.ts';
import { entitiesCommand } from './cli.ts';
import { resolveEntities } from './cluster.ts';
import { docFromMarkup } from './markup.ts';
import { getEntity, importRecords, listEntities, mergeEntities, parseImportCsv, splitEntity } from './registry.ts';

function save(store: Store, src: string, published: string): Record<string, string> {
  const doc = docFromMarkup(src);
  doc.published = published;
  doc.entities = resolveEntities(doc);
  store.save(doc, { name: 'test', format: 'text', input: src });
  const ids: Record<string, string> = {};
  for (const e of doc.entities) ids[e.name] = e.registryId as string;
  return ids;
}

describe('entity registry', () => {
  it('merges transliteration variants and surnames across documents, with alias counts and dates', () => {
    const store = new Store(':memory:');
    const a = save(store, 'Der [russische|LOC|deriv] Außenminister [Dmitri Peskow|PER] sprach. [Peskow|PER] lachte.', '2024-01-05');
    const b = save(store, 'In [Russland|LOC] sagte [Dmitry Peskov|PER], er sei Außenminister.', '2024-03-01');
    const c = save(store, 'Erneut sprach [Peskow|PER] in [Moskau|LOC].', '2024-02-10');
    assert.equal(a['Dmitri Peskow'], b['Dmitry Peskov']);
    assert.equal(a['Dmitri Peskow'], c['Peskow']);
    const e = getEntity(store.db, a['Dmitri Peskow'])!;
    assert.equal(e.doc_count, 3);
    assert.equal(e.mention_count, 4);
    assert.equal(e.first_seen, '2024-01-05');
    assert.equal(e.last_seen, '2024-03-01');
    assert.deepEqual(
      e.aliases.map((x) => [x.alias, x.count]),
      [['Peskow', 2], ['Dmitri Peskow', 1], ['Dmitry Peskov', 1]],
    );
    assert.deepEqual(e.roles.map((r) => [r.title, r.country, r.first_seen, r.last_seen]), [['Außenminister', 'RUS', '2024-01-05', '2024-01-05']]);
    assert.equal(a['Russland'], 'RUS');
    assert.equal(getEntity(store.db, 'RUS')!.doc_count, 2);
    assert.match(c['Moskau'], /^geonames:\d+$/);
    store.close();
  });

  it('keeps one role row per title when the country is known only sometimes; hyphens do not split names', () => {
    const store = new Store(':memory:');
    const a = save(store, 'Außenminister [Jan Lipavsky|PER] sprach.', '2024-01-01');
    save(store, 'Der [tschechische|LOC|deriv] Außenminister [Jan Lipavsky|PER] reiste.', '2024-02-01');
    save(store, 'Außenminister [Lipavsky|PER] kam.', '2024-03-01');
    const e = getEntity(store.db, a['Jan Lipavsky'])!;
    assert.deepEqual(e.roles.map((r) => [r.title, r.country, r.count, r.first_seen, r.last_seen]), [['Außenminister', 'CZE', 3, '2024-01-01', '2024-03-01']]);
    const b = save(store, '[Ban Ki-moon|PER] sprach.', '2024-01-01');
    const c = save(store, '[Ban Ki Moon|PER] sprach.', '2024-01-02');
    assert.equal(b['Ban Ki-moon'], c['Ban Ki Moon']);
    store.close();
  });
  it('never merges two different full names; an ambiguous surname stays apart', () => {
    const store = new Store(':memory:');
    const a = save(store, '[Donald Trump|PER] sprach.', '2024-01-01');
    const b = save(store, '[Melania Trump|PER] sprach.', '2024-01-02');
    const c = save(store, '[Trump|PER] sprach.', '2024-01-03');
    assert.notEqual(a['Donald Trump'], b['Melania Trump']);
    assert.notEqual(c['Trump'], a['Donald Trump']);
    assert.notEqual(c['Trump'], b['Melania Trump']);
    store.close();
  });

  it('upgrades a surname-only entity to the full name seen later', () => {
    const store = new Store(':memory:');
    const a = save(store, '[Scholz|PER] sprach.', '2024-01-01');
    const b = save(store, '[Olaf Scholz|PER] antwortete.', '2024-01-02');
    assert.equal(a['Scholz'], b['Olaf Scholz']);
    assert.equal(getEntity(store.db, a['Scholz'])!.label, 'Olaf Scholz');
    store.close();
  });

  it('merges and splits by hand, and later documents follow', () => {
    const store = new Store(':memory:');
    const a = save(store, '[Abu Mazen|PER] sprach.', '2024-01-01');
    const b = save(store, '[Mahmud Abbas|PER] sprach.', '2024-01-02');
    assert.notEqual(a['Abu Mazen'], b['Mahmud Abbas']);
    mergeEntities(store.db, b['Mahmud Abbas'], a['Abu Mazen']);
    assert.equal(getEntity(store.db, a['Abu Mazen'])!.id, b['Mahmud Abbas']);
    assert.equal(listEntities(store.db, { type: 'PER' }).length, 1);
    const c = save(store, 'Wieder [Abu Mazen|PER].', '2024-01-03');
    assert.equal(c['Abu Mazen'], b['Mahmud Abbas']);
    assert.equal(getEntity(store.db, b['Mahmud Abbas'])!.doc_count, 3);
    const newId = splitEntity(store.db, b['Mahmud Abbas'], ['Abu Mazen']);
    const d = save(store, 'Erneut [Abu Mazen|PER].', '2024-01-04');
    assert.equal(d['Abu Mazen'], newId);
    const e = save(store, 'Erneut [Mahmud Abbas|PER].', '2024-01-05');
    assert.equal(e['Mahmud Abbas'], b['Mahmud Abbas']);
    store.close();
  });

  it('imports aliases and Wikidata QIDs from CSV and JSON', () => {
    const store = new Store(':memory:');
    const csv = 'id,type,label,aliases,wikidata,country\nper:wolodymyr-selenskyj,PER,Wolodymyr Selenskyj,Selenskyj|Zelensky,Q3881739,UKR\n';
    const recs = parseImportCsv(csv);
    assert.deepEqual(recs[0].aliases, ['Selenskyj', 'Zelensky']);
    assert.deepEqual(importRecords(store.db, recs), { created: 1, updated: 0, aliases: 3 });
    const a = save(store, '[Zelensky|PER] reiste nach [Paris|LOC].', '2024-05-01');
    assert.equal(a['Zelensky'], 'per:wolodymyr-selenskyj');
    const e = getEntity(store.db, 'per:wolodymyr-selenskyj')!;
    assert.equal(e.wikidata, 'Q3881739');
    assert.equal(e.country, 'UKR');
    assert.equal(e.label, 'Wolodymyr Selenskyj');
    const r = importRecords(store.db, [{ id: 'RUS', label: 'Russland', wikidata: 'Q159' }]);
    assert.deepEqual(r, { created: 1, updated: 0, aliases: 1 });
    assert.throws(() => importRecords(store.db, [{ id: 'RUS', wikidata: 'X1' }]), /QID/);
    store.close();
  });
});

describe('entities CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-entities-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  it('lists, imports, merges and splits through entitiesCommand', async () => {
    const db = join(dir, 'test.db');
    const store = new Store(db);
    save(store, '[Karl Nehammer|PER] und [Nehammer|PER] in [Wien|LOC].', '2024-01-01');
    save(store, '[K. Nehammer|PER] sprach.', '2024-01-02');
    store.close();
    const json = join(dir, 'import.json');
    writeFileSync(json, JSON.stringify([{ id: 'per:karl-nehammer', wikidata: 'Q1729924' }]));
    const write = process.stdout.write.bind(process.stdout);
    let printed = '';
    process.stdout.write = ((s: string) => {
      printed += s;
      return true;
    }) as typeof process.stdout.write;
    try {
      assert.equal(await entitiesCommand(['import', json], db), 0);
      assert.equal(await entitiesCommand(['list', '--type', 'PER'], db), 0);
      assert.equal(await entitiesCommand(['merge', 'per:karl-nehammer', 'per:k-nehammer'], db), 0);
      assert.equal(await entitiesCommand(['split', 'per:karl-nehammer', 'K. Nehammer', '--label', 'K. Nehammer'], db), 0);
      assert.equal(await entitiesCommand(['show', 'per:karl-nehammer', '--json'], db), 0);
      assert.equal(await entitiesCommand(['show', 'per:nobody'], db), 1);
      assert.equal(await entitiesCommand(['frobnicate'], db), 2);
    } finally {
      process.stdout.write = write;
    }
    assert.match(printed, /per:karl-nehammer\s+PER\s+Karl Nehammer.*Q1729924/);
    assert.match(printed, /merged per:k-nehammer into per:karl-nehammer/);
    const shown = JSON.parse(printed.trim().split('\n').pop()!) as { aliases: Array<{ alias: string }> };
    assert.deepEqual(shown.aliases.map((a) => a.alias).sort(), ['Karl Nehammer', 'Nehammer']);
  });
});
