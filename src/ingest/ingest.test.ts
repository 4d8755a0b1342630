import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Store } from '../store/index.ts';
import { decodeBytes, detectFormat, ingestAll, normalizeDate, readBytes, readInputs, type ReadResult } from './index.ts';

const enc = (s: string) => new TextEncoder().encode(s);

test('decodes UTF-8, converts Windows-1252 instead of producing mojibake', () => {
  assert.equal(decodeBytes('a.txt', enc('\uFEFFGrüße aus Köln')).text, 'Grüße aus Köln');
  const text = 'Grüße aus Köln: „Der Preis beträgt 5 €“, sagte die Bürgermeisterin.';
  const latin = Uint8Array.from([...text].map((c) => ({ '„': 0x84, '“': 0x93, '€': 0x80 })[c] ?? c.charCodeAt(0)));
  const d = decodeBytes('b.txt', latin);
  assert.equal(d.text, text);
  assert.equal(d.encoding, 'windows-1252');
});

test('refuses empty, binary, oversized and undecodable input with a message naming it', () => {
  assert.throws(() => decodeBytes('empty.txt', new Uint8Array()), /^InputError: empty.txt: empty input/);
  assert.throws(() => decodeBytes('blank.txt', enc('  \n ')), /empty.txt|blank.txt: input contains only white space/);
  assert.throws(() => decodeBytes('img.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])), /img.png: binary content/);
  assert.throws(() => decodeBytes('big.txt', enc('x'.repeat(100)), 50), /big.txt: input is 100 bytes, over the limit of 50/);
  assert.throws(() => decodeBytes('bad.txt', Uint8Array.from([0x41, 0x81, 0x8d, 0x42])), /bad.txt: invalid UTF-8/);
});

test('detects formats from extension and content', () => {
  assert.equal(detectFormat('x.html', '<p>hi</p>'), 'html');
  assert.equal(detectFormat('x', '<!DOCTYPE html><html><body>x</body></html>'), 'html');
  assert.equal(detectFormat('x', '<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>'), 'feed');
  assert.equal(detectFormat('x', '{"text":"a"}\n{"text":"b"}'), 'jsonl');
  assert.equal(detectFormat('x.txt', '{"text":"a"}'), 'text');
  assert.equal(detectFormat('x', 'Ein ganz normaler Text.'), 'text');
});

test('HTML: main text, title, byline, published date and canonical URL from meta tags and JSON-LD', async () => {
  const html = `<!doctype html><html><head><title>Seite | Zeitung</title>
    <meta property="og:title" content="Gipfel in Wien endet ohne Einigung">
    <link rel="canonical" href="https://zeitung.example/gipfel">
    <meta property="og:site_name" content="Die Zeitung">
    <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-04-09T08:30:00+02:00","author":{"name":"Anna Muster"}}</script>
    </head><body><nav><a href="/">Start</a> <a href="/politik">Politik</a></nav>
    <article><h1>Gipfel in Wien endet ohne Einigung</h1>
    <p>Die Verhandlungen der Außenminister in Wien sind am Dienstag ohne gemeinsame Erklärung zu Ende gegangen, wie Diplomaten berichteten.</p>
    <p>Mehrere Delegationen reisten vorzeitig ab. Ein neues Treffen ist für Juni geplant, hieß es aus dem Ministerium.</p>
    <p>Die Opposition kritisierte das Ergebnis scharf und forderte eine Erklärung der Regierung im Parlament.</p></article>
    <footer>© Die Zeitung</footer><script>alert(1)</script></body></html>`;
  const [r] = await readBytes('page.html', enc(html));
  assert.ok(r.ok);
  const a = (r as Extract<ReadResult, { ok: true }>).article;
  assert.equal(a.meta.title, 'Gipfel in Wien endet ohne Einigung');
  assert.equal(a.meta.published, '2024-04-09T06:30:00Z');
  assert.equal(a.meta.byline, 'Anna Muster');
  assert.equal(a.meta.url, 'https://zeitung.example/gipfel');
  assert.equal(a.meta.source, 'Die Zeitung');
  assert.match(a.text, /Die Verhandlungen der Außenminister/);
  assert.match(a.text, /geplant, hieß es aus dem Ministerium\.\n\nDie Opposition/);
  assert.doesNotMatch(a.text, /alert|Politik|©/);
});

test('malformed HTML still yields its text', async () => {
  const [r] = await readBytes('broken.html', enc('<html><body><div><p>Unclosed paragraph with enough text to read <b>bold <i>nested</div> tail text here.'));
  assert.ok(r.ok);
  if (r.ok) assert.match(r.article.text, /Unclosed paragraph/);
  const [empty] = await readBytes('empty.html', enc('<html><body><script>x()</script></body></html>'));
  assert.ok(!empty.ok);
  if (!empty.ok) assert.equal(empty.failure.error, 'empty.html: no article text found in HTML');
});

test('JSONL: one article a line; a bad line fails alone', async () => {
  const jsonl = [
    JSON.stringify({ text: 'Erster Artikel über Wien.', title: 'Eins', published: '2024-04-09', source: 'APA', url: 'https://x.example/1' }),
    '{not json',
    JSON.stringify({ title: 'ohne Text' }),
    JSON.stringify({ html: '<p>Zweiter Artikel als HTML mit genug Text, damit er gelesen wird.</p>', date: '09.04.2024' }),
  ].join('\n');
  const results = await readBytes('batch.jsonl', enc(jsonl));
  assert.equal(results.length, 4);
  assert.ok(results[0].ok && results[0].article.meta.published === '2024-04-09' && results[0].article.meta.source === 'APA');
  assert.ok(!results[1].ok && /batch.jsonl#line 2: invalid JSON/.test(results[1].failure.error));
  assert.ok(!results[2].ok && /batch.jsonl#line 3: no "text" or "html" field/.test(results[2].failure.error));
  assert.ok(results[3].ok && results[3].article.meta.published === '2024-04-09' && /Zweiter Artikel/.test(results[3].article.text));
});

test('RSS and Atom: full content per item; an empty item fails alone', async () => {
  const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Nachrichten</title>
    <item><title>Eins</title><link>https://n.example/1</link><pubDate>Tue, 09 Apr 2024 10:00:00 GMT</pubDate><dc:creator>A. Autor</dc:creator>
    <description>Kurz</description><content:encoded><![CDATA[<p>Der volle Text des ersten Artikels.</p><p>Zweiter Absatz.</p>]]></content:encoded></item>
    <item><title>Leer</title><link>https://n.example/2</link></item>
  </channel></rss>`;
  const results = await readBytes('feed.xml', enc(rss));
  assert.equal(results.length, 2);
  assert.ok(results[0].ok);
  if (results[0].ok) {
    assert.equal(results[0].article.text, 'Der volle Text des ersten Artikels.\n\nZweiter Absatz.');
    assert.equal(results[0].article.meta.published, '2024-04-09T10:00:00Z');
    assert.equal(results[0].article.meta.byline, 'A. Autor');
    assert.equal(results[0].article.meta.source, 'Nachrichten');
  }
  assert.ok(!results[1].ok && results[1].failure.error === 'feed.xml#item 2: item has no text content');
  const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>
    <entry><title>A</title><id>urn:1</id><link href="https://a.example/1"/><updated>2024-04-09T00:00:00Z</updated><content type="html">&lt;p&gt;Atom Inhalt.&lt;/p&gt;</content></entry></feed>`;
  const [a] = await readBytes('feed.atom', enc(atom));
  assert.ok(a.ok && a.article.text === 'Atom Inhalt.');
  const broken = await readBytes('broken.rss', enc('<rss><channel><item><title>x</ti'));
  assert.ok(!broken[0].ok && /^broken.rss: unreadable feed/.test(broken[0].failure.error));
});

test('directories are read recursively; missing paths and bad files are reported, not thrown', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-ingest-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.txt'), 'Artikel A über Graz.');
  writeFileSync(join(dir, 'sub', 'b.txt'), 'Artikel B über Linz.');
  writeFileSync(join(dir, 'c.bin'), Buffer.from([0, 1, 2, 3]));
  writeFileSync(join(dir, 'd.txt'), '');
  const results: ReadResult[] = [];
  for await (const r of readInputs([dir, join(dir, 'missing.txt')])) results.push(r);
  assert.equal(results.filter((r) => r.ok).length, 2);
  const errors = results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.failure.error));
  assert.deepEqual(errors.map((e) => e.replace(dir, 'DIR')), [
    'DIR/c.bin: binary content, not text',
    'DIR/d.txt: empty input',
    'DIR/missing.txt: no such file or directory',
  ]);
});

test('published dates normalise to ISO', () => {
  assert.equal(normalizeDate('2024-04-09'), '2024-04-09');
  assert.equal(normalizeDate('9.4.2024'), '2024-04-09');
  assert.equal(normalizeDate('2024-02-30'), null);
  assert.equal(normalizeDate('gestern'), null);
});

test('ingestAll analyses in batches but reports and stores every item in input order; bad items fail alone', async () => {
  const store = new Store(join(mkdtempSync(join(tmpdir(), 'lagebild-ingest-')), 'x.db'));
  const article = (i: number, text: string): ReadResult => ({
    ok: true,
    article: { name: `a${i}`, format: 'text', input: text, text, meta: {}, warnings: [] },
  });
  const results: ReadResult[] = [];
  for (let i = 0; i < 70; i++) {
    if (i === 5) results.push({ ok: false, failure: { name: 'broken.bin', error: 'broken.bin: binary file' } });
    else if (i === 40) results.push(article(i, '   \n  '));
    else if (i === 41) results.push(article(i, `Artikel 3: Die Ministerin Anna Beispiel reiste am Montag nach Kiew.`));
    else results.push(article(i, `Artikel ${i}: Die Ministerin Anna Beispiel reiste am Montag nach Kiew.`));
  }
  const seen: string[] = [];
  const summary = await ingestAll(store, results, { onItem: (item, index) => seen.push(`${index}:${item.name}`) });
  assert.equal(summary.items.length, 70);
  assert.deepEqual(seen, summary.items.map((it, i) => `${i}:${it.name}`));
  assert.equal(summary.items[5].status, 'failed');
  assert.match(summary.items[40].error ?? '', /a40: no text left after cleaning/);
  assert.equal(summary.items[41].status, 'duplicate');
  assert.equal(summary.stored, 67);
  assert.equal(summary.failed, 2);
  assert.equal(summary.duplicates, 1);
  store.close();
});
