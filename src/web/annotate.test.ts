import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { sampleDoc } from '../api/testdoc.ts';
import { toDocumentJSON } from '../doc/index.ts';
import { repoRoot } from '../util/paths.ts';
import type { DocumentJSON } from './src/api.ts';
import { collectMarks, pieces, removalPositions } from './src/annotate.ts';

function json(): DocumentJSON {
  return toDocumentJSON(sampleDoc()) as unknown as DocumentJSON;
}

test('pieces cover the text exactly once, in order, with the marks that cover them', () => {
  const doc = json();
  const ps = pieces(doc);
  const text = ps.map((p) => (p.kind === 'text' ? doc.text.slice(p.start, p.end) : '')).join('');
  assert.equal(text, doc.text);
  const at = (needle: string) => ps.find((p) => p.kind === 'text' && doc.text.slice(p.start, p.end) === needle)!;
  const signed = at('unterzeichnen');
  assert.deepEqual(signed.kind === 'text' && signed.marks.map((m) => `${m.kind}:${m.variant}`).sort(), ['event:planned', 'quote:direct']);
  const june = at('Juni ');
  assert.deepEqual(june.kind === 'text' && june.marks.map((m) => m.kind).sort(), ['quote', 'time']);
  const speaker = at('Erika Musterfrau');
  assert.deepEqual(speaker.kind === 'text' && speaker.marks.map((m) => m.kind).sort(), ['entity', 'speaker']);
});

test('empty layers and broken offsets do not break the reader model', () => {
  const doc = json();
  const empty = { ...doc, entities: [], quotes: [], times: [], figures: [], events: [], removed: [] };
  assert.deepEqual(pieces(empty), [{ kind: 'text', start: 0, end: doc.text.length, marks: [] }]);
  const broken = { ...doc, quotes: [{ ...doc.quotes[0], start: 5, end: 99999 }], events: [{ ...doc.events[0], trigger: null as never }] };
  const marks = collectMarks(broken);
  assert.ok(!marks.some((m) => m.kind === 'quote'));
  assert.ok(!marks.some((m) => m.kind === 'event' && m.id === 'ev1'));
  assert.deepEqual(pieces({ ...empty, text: '' }), []);
});

test('removed repeated passages are placed where they were cut, with their raw text', () => {
  // raw: "A. B. A. C." with the second "A. " removed as a repeat of the first.
  const raw = 'A. B. A. C.';
  const text = 'A. B. C.';
  const doc: DocumentJSON = { ...json(), text, entities: [], quotes: [], times: [], figures: [], events: [], raw,
    removed: [{ rawStart: 6, rawEnd: 9, reason: 'repeated-passage', duplicateOf: 0 }, { rawStart: 0, rawEnd: 0, reason: 'whitespace' }],
    offsets: { runs: [0, 0, 6, 6, 9, 2], rawLength: 11 } };
  assert.deepEqual(removalPositions(doc).map((r) => r.at), [6]);
  const ps = pieces(doc);
  assert.deepEqual(ps.map((p) => (p.kind === 'text' ? text.slice(p.start, p.end) : `[-${p.text}-]`)), ['A. B. ', '[-A. -]', 'C.']);
});

test('the UI never parses strings as HTML', () => {
  const dir = join(repoRoot, 'src', 'web', 'src');
  for (const f of readdirSync(dir)) {
    const src = readFileSync(join(dir, f), 'utf8');
    assert.doesNotMatch(src, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment|\beval\(|new Function\(/, f);
  }
});
