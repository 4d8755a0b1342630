import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { repoRoot } from '../util/paths.ts';
import { cleanText } from './index.ts';
import { minhash, similarity } from './minhash.ts';

function assertOffsetsExact(raw: string, text: string, toRaw: (i: number) => number) {
  for (let i = 0; i < text.length; i++) {
    const r = raw[toRaw(i)];
    if (/\s/.test(text[i])) {
      assert.match(r, /\s/, `offset ${i}: white space maps to white space`);
      continue;
    }
    // composed characters (NFC) map to the start of their raw cluster
    if (r !== text[i]) assert.equal(raw.slice(toRaw(i)).normalize('NFC')[0], text[i], `offset ${i}`);
  }
}

test('normalises Unicode, invisible characters and white space', () => {
  const raw = '  Die\u00A0US-Finanz\u00ADministerin  kam\u200B.\r\n\r\n\r\nCafe\u0301 und\tso.  ';
  const r = cleanText(raw);
  assert.equal(r.text, 'Die US-Finanzministerin kam.\n\nCafé und so.');
  assert.deepEqual(
    r.removed.map((x) => [x.rawStart, x.rawEnd, x.reason]),
    [
      [15, 16, 'invisible-character'],
      [31, 32, 'invisible-character'],
    ],
  );
  assertOffsetsExact(raw, r.text, (i) => r.offsets.toRaw(i));
});

test('removes a body repeated after the lead and records it with raw offsets', () => {
  const lead = 'Die Regierung in Wien kündigte am Montag ein neues Budget an.';
  const body = [
    'Finanzminister Hans Beispiel sagte, das Defizit werde sinken.',
    'Die Opposition kritisierte den Plan als unsozial und kündigte Widerstand an.',
    'Eine Abstimmung im Nationalrat ist für Juni geplant.',
  ];
  const raw = [lead, ...body, ...body].join('\n');
  const r = cleanText(raw);
  assert.equal(r.text, [lead, ...body].join('\n'));
  const repeats = r.removed.filter((x) => x.reason === 'repeated-passage');
  assert.equal(repeats.length, 1);
  assert.equal(raw.slice(repeats[0].rawStart, repeats[0].rawEnd), body.join('\n'));
  assert.equal(repeats[0].duplicateOf, raw.indexOf(body[0]));
  assertOffsetsExact(raw, r.text, (i) => r.offsets.toRaw(i));
});

test('removes repeated sentence runs inside one paragraph, keeps a single repeated short line', () => {
  const s1 = 'Der Gipfel in Brüssel endete ohne eine gemeinsame Erklärung der Staaten.';
  const s2 = 'Mehrere Delegationen reisten vorzeitig ab, wie Diplomaten berichteten.';
  const raw = `${s1} ${s2} Danach begann der Streit. ${s1} ${s2}\nFoto: APA\nFoto: APA`;
  const r = cleanText(raw);
  assert.equal(r.text, `${s1} ${s2} Danach begann der Streit.\nFoto: APA\nFoto: APA`);
});

test('the seed fixture loses its duplicated body and nothing else', () => {
  const raw = readFileSync(`${repoRoot}/samples/seed-article-de.txt`, 'utf8');
  const r = cleanText(raw);
  const repeats = r.removed.filter((x) => x.reason === 'repeated-passage');
  assert.equal(repeats.length, 1);
  const removedText = raw.slice(repeats[0].rawStart, repeats[0].rawEnd);
  // the removed passage is a verbatim copy of text that was kept
  assert.ok(r.text.includes(removedText.split('\n')[0]));
  assert.ok(r.text.length > raw.length * 0.45 && r.text.length < raw.length * 0.6);
  assert.equal(r.text.split('\n').length, new Set(r.text.split('\n')).size);
  assertOffsetsExact(raw, r.text, (i) => r.offsets.toRaw(i));
});

test('MinHash estimates similarity of near-duplicates', () => {
  const base = 'Die Europäische Union verhängte am Dienstag neue Sanktionen gegen mehrere Banken, ' +
    'die nach Angaben aus Brüssel an der Finanzierung beteiligt gewesen sein sollen. Die Maßnahmen treten sofort in Kraft ' +
    'und betreffen auch Exporte von Maschinen und Elektronik in das Land.';
  const edited = base.replace('am Dienstag', 'am Mittwoch') + ' Ein Sprecher bestätigte das.';
  const other = 'Der Fußballverein gewann das Spiel am Samstag deutlich mit drei zu null Toren vor vollem Haus im Stadion der Stadt.';
  assert.ok(similarity(minhash(base), minhash(edited)) > 0.6);
  assert.ok(similarity(minhash(base), minhash(other)) < 0.1);
});
