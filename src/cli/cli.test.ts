import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { repoRoot } from '../util/paths.ts';

const run = promisify(execFile);
const BIN = join(repoRoot, 'bin', 'lagebild.js');

async function lagebild(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = run(process.execPath, [BIN, ...args], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const schema = JSON.parse(readFileSync(join(repoRoot, 'docs', 'document.schema.json'), 'utf8'));
const validator = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
/** Schema check without the type guard, so the JSON keeps its loose type in assertions. */
const validate = Object.assign((x: unknown): boolean => validator(x), {
  get errors() {
    return validator.errors;
  },
});

test('analyze --json prints a valid lagebild/document@1 for the seed article, repeated body removed', async () => {
  const r = await lagebild(['analyze', join(repoRoot, 'samples', 'seed-article-de.txt'), '--json', '--published', '2024-04-09']);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.ok(validate(doc), JSON.stringify(validate.errors));
  assert.equal(doc.published, '2024-04-09');
  assert.equal(doc.lang, 'de');
  assert.equal(doc.removed.filter((x: { reason: string }) => x.reason === 'repeated-passage').length, 1);
  for (const s of doc.sentences) assert.ok(s.end > s.start);
  for (const layer of ['entities', 'quotes', 'times', 'figures', 'events']) {
    for (const item of doc[layer] as Array<{ start?: number; end?: number; text?: string }>) {
      if (item.start !== undefined) assert.equal(doc.text.slice(item.start, item.end), item.text, `${layer} span text`);
    }
  }
});

test('analyze reads stdin; usage errors exit 2 with a message', async () => {
  const r = await lagebild(['analyze', '-', '--json'], 'Die Regierung in Wien hat am Montag getagt.');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).text, 'Die Regierung in Wien hat am Montag getagt.');
  const bad = await lagebild(['analyze', '-', '--published', 'gestern'], 'x');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--published must be a date/);
  const unknown = await lagebild(['nope']);
  assert.equal(unknown.code, 2);
  const help = await lagebild(['ingest', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /lagebild ingest <paths/);
});

test('ingest stores the good articles of a batch, lists the bad ones, and re-ingest adds nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-cli-'));
  const db = join(mkdtempSync(join(tmpdir(), 'lagebild-cli-db-')), 'test.db');
  writeFileSync(join(dir, 'good.txt'), 'Der Nationalrat in Wien hat am Mittwoch das Budget für das kommende Jahr beschlossen.');
  writeFileSync(join(dir, 'bad.bin'), Buffer.from([0, 159, 146, 150]));
  writeFileSync(
    join(dir, 'batch.jsonl'),
    `${JSON.stringify({ text: 'Die Landesregierung in Graz stellte am Dienstag ihr Programm vor.', title: 'Graz' })}\n{oops\n`,
  );
  const first = await lagebild(['ingest', dir, '--db', db]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /2 stored \(0 linked to an earlier story\), 0 duplicate, 2 failed/);
  assert.match(first.stderr, /bad\.bin: binary content/);
  assert.match(first.stderr, /batch\.jsonl#line 2: invalid JSON/);
  const second = await lagebild(['ingest', dir, '--db', db, '--json']);
  const summary = JSON.parse(second.stdout);
  assert.equal(summary.stored, 0);
  assert.equal(summary.duplicates, 2);
  const search = await lagebild(['search', 'Budget', '--db', db, '--json']);
  assert.equal(JSON.parse(search.stdout).total, 1);
  const exported = await lagebild(['export', '--format', 'jsonl', '--db', db]);
  const lines = exported.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 2);
  for (const l of lines) assert.ok(validate(l), JSON.stringify(validate.errors));
  const id = lines[0].id;
  const show = await lagebild(['show', id, '--db', db]);
  assert.equal(JSON.parse(show.stdout).id, id);
  const nothing = await lagebild(['ingest', join(dir, 'bad.bin'), '--db', db]);
  assert.equal(nothing.code, 1);
});

test('entities: the registry is filled on ingest and can be listed, shown and searched by entity', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'lagebild-cli-ent-')), 'test.db');
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-cli-ent-in-'));
  writeFileSync(
    join(dir, 'a.txt'),
    'Die österreichische Außenministerin Beate Musterfrau reiste am Montag nach Prag. Musterfrau traf dort ihren tschechischen Amtskollegen.',
  );
  assert.equal((await lagebild(['ingest', dir, '--db', db])).code, 0);
  const list = await lagebild(['entities', 'list', '--json', '--db', db]);
  assert.equal(list.code, 0, list.stderr);
  const entities = JSON.parse(list.stdout) as Array<{ id: string; label: string; type: string }>;
  const person = entities.find((e) => e.type === 'PER' && e.label === 'Beate Musterfrau');
  assert.ok(person, list.stdout);
  const show = await lagebild(['entities', 'show', person.id, '--db', db]);
  assert.match(show.stdout, /Außenministerin/);
  const byAlias = await lagebild(['search', '', '--entity', 'beate musterfrau', '--json', '--db', db]);
  assert.equal(JSON.parse(byAlias.stdout).total, 1);
  const bad = await lagebild(['entities', 'list', '--nope', '--db', db]);
  assert.equal(bad.code, 2);
});
