import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../util/paths.ts';

test('lagebild serve prints the URL and the write token, enforces it, and stops on SIGTERM', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-serve-'));
  const db = join(dir, 'x.db');
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'lagebild.js'), 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1', '--require-token', '--no-build'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: '' },
  });
  try {
    let out = '';
    const ready = new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('press Ctrl+C')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    await ready;
    const url = /running at (http:\/\/\S+?)\/?\s/.exec(out)![1].replace('localhost', '127.0.0.1');
    const token = /write token \(new\): (\S+)/.exec(out)![1];
    assert.equal(readFileSync(`${db}.token`, 'utf8').trim(), token);
    const body = JSON.stringify({ text: 'Der Gemeinderat von Talheim beschloss am Montag einen neuen Radweg.' });
    const headers = { 'content-type': 'application/json' };
    assert.equal((await fetch(`${url}/api/ingest`, { method: 'POST', headers, body })).status, 401);
    assert.equal((await fetch(`${url}/api/ingest`, { method: 'POST', headers: { ...headers, authorization: `Bearer ${token}` }, body })).status, 201);
    assert.equal(((await (await fetch(`${url}/api/info`)).json()) as { documents: number }).documents, 1);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.ok(existsSync(db));
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
