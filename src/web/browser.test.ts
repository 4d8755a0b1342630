/**
 * Browser tests: the built UI in Debian's chromium (playwright-core, never a downloaded browser),
 * against a real server on 127.0.0.1 with an ephemeral port. Screenshots of failures go to test-results/.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { createDoc } from '../doc/index.ts';
import { createApiServer, listen } from '../api/server.ts';
import { buildWeb, WEB_DIST } from '../api/static.ts';
import { sampleDoc } from '../api/testdoc.ts';
import { Store } from '../store/index.ts';
import { repoRoot } from '../util/paths.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
const RESULTS = join(repoRoot, 'test-results');

function newestMtime(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds the UI when dist is missing or older than its sources. */
async function ensureBuilt(): Promise<void> {
  const index = join(WEB_DIST, 'index.html');
  const srcTime = Math.max(newestMtime(join(repoRoot, 'src', 'web', 'src')), statSync(join(repoRoot, 'src', 'web', 'index.html')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= srcTime) return;
  await buildWeb();
}

const XSS_TEXT = `Bericht aus Südhafen <script>window.__xss = 1</script> mit Bild <img src=x onerror="window.__xss = 2"> und Link <a href="javascript:window.__xss=3">hier</a>.
Die Hafenmeisterin Ida Sturm sagte: „<b onmouseover="window.__xss=4">Alles gut</b>“.`;

function xssDoc() {
  const doc = createDoc(XSS_TEXT, { title: 'Titel <img src=x onerror="window.__xss=5">', published: '2031-05-20' });
  doc.lang = 'de';
  doc.sentences = [{ start: 0, end: XSS_TEXT.length }];
  const at = (s: string) => ({ start: XSS_TEXT.indexOf(s), end: XSS_TEXT.indexOf(s) + s.length, text: s });
  const q = at('„<b onmouseover="window.__xss=4">Alles gut</b>“');
  doc.entities = [{ id: 'e1', type: 'PER', name: 'Ida <img src=x onerror="window.__xss=6"> Sturm', canonicalId: null, mentions: [{ ...at('Ida Sturm'), form: 'name' }] }];
  doc.quotes = [{ id: 'q1', ...q, kind: 'direct', speaker: 'e1', speakerMention: at('Ida Sturm'), cue: at('sagte'), addressee: null }];
  doc.events = [{ id: 'ev1', type: '<img src=x onerror="window.__xss=7">', mode: null, modality: 'planned', actors: ['e1'], recipients: [], place: null, time: null, source: null, trigger: at('sagte'), sentence: 0 }];
  return doc;
}

describe('web UI in chromium', { skip: haveBrowser ? false : `no browser at ${CHROMIUM} (apt-get install chromium)` }, () => {
  let server: Server;
  let store: Store;
  let base: string;
  let context: import('playwright-core').BrowserContext;
  let page: import('playwright-core').Page;
  let profile: string;
  const sample = sampleDoc();
  // a near-duplicate of the sample (one story): it tells the sample's events again
  const retold = sampleDoc({ suffix: 'Später meldete sich auch der Bund der Fischer erneut.', published: '2031-07-02', title: 'Zweiter Bericht' });
  const xss = xssDoc();
  const dialogs: string[] = [];

  before(async () => {
    await ensureBuilt();
    store = new Store(':memory:');
    store.save(sample, { name: 'sample', format: 'text', input: sample.raw });
    store.save(retold, { name: 'retold', format: 'text', input: retold.raw });
    store.save(xss, { name: 'xss', format: 'text', input: xss.raw });
    server = createApiServer({ store, host: '127.0.0.1' });
    base = (await listen(server, 0, '127.0.0.1')).url;
    const { chromium } = await import('playwright-core');
    profile = mkdtempSync(join(tmpdir(), 'lagebild-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1280, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => dialogs.push(`pageerror: ${e.message}`));
  });

  after(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    store?.close();
  });

  /** Runs a step; on failure saves a screenshot to test-results/<name>.png and rethrows. */
  async function step(t: TestContext, fn: () => Promise<void>) {
    try {
      await fn();
    } catch (e) {
      mkdirSync(RESULTS, { recursive: true });
      const file = join(RESULTS, `${t.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      throw e;
    }
  }

  async function open(hash: string) {
    await page.goto(`${base}${hash}`);
    await page.waitForSelector('#app[data-ready="true"]', { timeout: 15_000 });
  }

  test('ingest the fixture through the UI, search it, open it', async (t) => {
    await step(t, async () => {
      const fixture = readFileSync(join(repoRoot, 'samples', 'seed-article-de.txt'), 'utf8');
      await open('#/ingest');
      await page.fill('textarea[name=text]', fixture);
      await page.fill('input[name=title]', 'Seed-Artikel');
      await page.click('form.ingest-form button[type=submit]');
      const link = page.locator('a.ingested-link').first();
      await link.waitFor({ timeout: 30_000 });
      assert.match(await page.locator('.ingest-summary').innerText(), /1 gespeichert/);

      // A distinctive word from the fixture's first sentence.
      const word = fixture.match(/[A-ZÄÖÜ][a-zäöüß]{9,}/)![0];
      await open(`#/search?q=${encodeURIComponent(word)}`);
      const hit = page.locator('.hit-title', { hasText: 'Seed-Artikel' });
      await hit.waitFor();
      assert.match(await page.locator('.count').innerText(), /von 1 /);
      assert.ok((await page.locator('.snippet mark').count()) >= 1);
      await hit.click();
      await page.waitForSelector('.article-text');
      await page.waitForSelector('#app[data-ready="true"]');
      assert.equal(await page.locator('h1.doc-title').innerText(), 'Seed-Artikel');
      const text = await page.locator('.article-text').innerText();
      assert.ok(text.includes(word));
      // The fixture repeats a passage; the reader shows it struck through, marked as removed.
      const doc = (await (await fetch(`${base}api/documents/${page.url().split('#/doc/')[1]}`)).json()) as { removed: Array<{ reason: string }>; quotes: Array<{ id: string; speaker: string | null }>; entities: Array<{ id: string; name: string }> };
      if (doc.removed.some((r) => r.reason === 'repeated-passage')) {
        assert.ok((await page.locator('del.removed-repeated-passage').count()) >= 1);
        assert.match((await page.locator('del.removed-repeated-passage .removed-label').first().textContent()) ?? '', /entfernt/);
      }
      // Click a quote of the fixture that has a speaker (when the quote stage found one).
      const q = doc.quotes.find((x) => x.speaker);
      if (q) {
        await page.locator(`.article-text [data-quote="${q.id}"]`).first().click();
        const expected = doc.entities.find((e) => e.id === q.speaker)?.name ?? q.speaker!;
        assert.equal(await page.locator('.quote-card .speaker').innerText(), expected);
      }
    });
  });

  test('click a quote and see its speaker', async (t) => {
    await step(t, async () => {
      await open(`#/doc/${sample.id}`);
      assert.equal(await page.locator('.quote-card').isVisible(), false);
      // Keyboard: the quote's first piece is focusable and Enter opens the speaker card.
      await page.locator('.article-text .q[tabindex="0"]').first().focus();
      await page.keyboard.press('Enter');
      await page.locator('.quote-card').waitFor({ state: 'visible' });
      assert.equal(await page.locator('.quote-card .speaker').innerText(), 'Erika Musterfrau');
      await page.reload();
      await page.waitForSelector('#app[data-ready="true"]');
      const quote = page.locator('.article-text .q').nth(1);
      assert.ok((await quote.getAttribute('title'))?.includes('Erika Musterfrau'), 'hover title names the speaker');
      await quote.click();
      await page.locator('.quote-card').waitFor({ state: 'visible' });
      assert.equal(await page.locator('.quote-card .speaker').innerText(), 'Erika Musterfrau');
      assert.ok((await page.locator('.article-text .q.selected').count()) >= 1);
      // Layers are highlighted and listed in the side panel.
      assert.ok((await page.locator('.article-text .ent-PER').count()) >= 2);
      assert.ok((await page.locator('.article-text .tm').count()) >= 2);
      assert.equal(await page.locator('.article-text .ev-planned').innerText(), 'unterzeichnen');
      assert.match(await page.locator('.side-panel').innerText(), /Ereignisse \(3\)/);
      assert.ok(await page.locator('.side-panel .badge-planned').first().isVisible());
    });
  });

  test('planned events are drawn as planned on the timeline', async (t) => {
    await step(t, async () => {
      await open('#/timeline');
      const item = page.locator('.vis-item.ev-planned', { hasText: 'SIGN' });
      await item.waitFor({ state: 'visible', timeout: 15_000 });
      assert.match(await item.innerText(), /geplant: SIGN/);
      const style = await item.evaluate((el) => getComputedStyle(el).borderTopStyle);
      assert.equal(style, 'dashed');
      // It sits in the row labelled "geplant", apart from occurred and denied events.
      const label = page.locator('.vis-labelset .vis-label', { has: page.locator('.badge-planned') });
      const lb = (await label.boundingBox())!;
      const ib = (await item.boundingBox())!;
      const mid = ib.y + ib.height / 2;
      assert.ok(mid >= lb.y && mid <= lb.y + lb.height, `planned item at y=${mid} outside the planned row ${lb.y}..${lb.y + lb.height}`);
      assert.ok(await page.locator('.vis-labelset .badge-occurred').isVisible());
      assert.ok((await page.locator('.bucket .seg-planned').count()) >= 1);
    });
  });

  test('actor network and entity page render', async (t) => {
    await step(t, async () => {
      await open('#/network');
      await page.waitForSelector('#network canvas');
      const n = await page.evaluate(() => (document.getElementById('network') as HTMLElement & { cy: { nodes(): { length: number }; edges(): { length: number } } }).cy.nodes().length);
      assert.ok(n >= 3);
      await open(`#/entity/${encodeURIComponent('PER:Erika Musterfrau')}`);
      assert.equal(await page.locator('h1.entity-name').innerText(), 'Erika Musterfrau');
      assert.match(await page.locator('#app').innerText(), /Ministerin/);
      assert.ok((await page.locator('.entity-section blockquote').count()) >= 1);
      // each event once, told in both articles: the line says so and lists both tellings
      const signing = page.locator('li.event-item', { hasText: 'SIGN' });
      assert.equal(await signing.count(), 1);
      assert.match(await signing.innerText(), /in 2 Artikeln/);
      await signing.locator('details.mentions summary').click();
      const tellings = signing.locator('details.mentions li');
      assert.equal(await tellings.count(), 2);
      assert.deepEqual(await tellings.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), [`#/doc/${sample.id}`, `#/doc/${retold.id}`]);
      assert.match(await tellings.nth(1).innerText(), /Zweiter Bericht/);
    });
  });

  test('article text with <script> and event-handler attributes never executes', async (t) => {
    await step(t, async () => {
      for (const hash of [`#/doc/${xss.id}`, '#/search?q=Hafenmeisterin', '#/entities', `#/entity/${encodeURIComponent('PER:Ida <img src=x onerror="window.__xss=6"> Sturm')}`, '#/timeline', '#/network']) {
        await open(hash);
        await page.waitForTimeout(hash === '#/timeline' || hash === '#/network' ? 800 : 100);
        // Hover and click everything in the article that could carry a handler.
        if (hash.startsWith('#/doc/')) {
          await page.locator('.article-text .q').first().hover();
          await page.locator('.article-text .q').first().click();
          const text = await page.locator('.article-text').innerText();
          assert.ok(text.includes('<script>window.__xss = 1</script>'), 'script tag shown as text');
          assert.ok(text.includes('onerror="window.__xss = 2"'), 'handler shown as text');
          assert.equal(await page.locator('h1.doc-title').innerText(), 'Titel <img src=x onerror="window.__xss=5">');
        }
        const injected = await page.evaluate(() => ({
          xss: (window as unknown as { __xss?: number }).__xss ?? null,
          elements: document.querySelectorAll('#app script, #app img, #app b, #app [onerror], #app [onmouseover], #app a[href^="javascript:"]').length,
        }));
        assert.deepEqual(injected, { xss: null, elements: 0 }, hash);
      }
      assert.deepEqual(dialogs.filter((d) => !d.startsWith('pageerror: ResizeObserver')), []);
    });
  });
});
