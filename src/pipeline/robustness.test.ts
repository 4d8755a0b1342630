import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../doc/index.ts';
import { analyze } from './index.ts';

// Pieces that stress every stage: unbalanced quote marks of all styles, abbreviations, ordinals,
// numbers with scales, invisible and combining characters, a lone surrogate, reporting verbs, plans.
const PIECES = [
  '„', '“', '"', '»', '«', '‚', '‘', "'", ':', '.', ' ', '\n', '\n\n', '–', '-', 'sagte', 'Er', 'sie', 'am', 'Montag',
  '3.', 'Mai', '2024', '240', 'Milliarden', 'Euro', '%', 'z. B.', 'Dr.', '\u00AD', '\u200B', 'e\u0301', '🙂', '\uD800',
  '(', ')', 'ß', 'die USA', 'Merkel', 'traf', 'nicht', 'würde', 'treffen', 'laut', 'nach Angaben von', 'Wien', 'Sanktionen',
];

function spansHold(doc: Doc): void {
  const at = (s: { start: number; end: number; text: string }, what: string) =>
    assert.equal(doc.text.slice(s.start, s.end), s.text, `${what} span`);
  for (const e of doc.entities) for (const m of e.mentions) at(m, 'mention');
  for (const x of [...doc.quotes, ...doc.times, ...doc.figures]) at(x, 'layer item');
  for (const e of doc.events) at(e.trigger, 'trigger');
  for (const s of doc.sentences) assert.ok(s.start < s.end && s.end <= doc.text.length);
}

test('random mixtures of hard input never throw, and every span points at its text', () => {
  let seed = 20261126;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let i = 0; i < 120; i++) {
    const text = Array.from({ length: 5 + Math.floor(rnd() * 150) }, () => PIECES[Math.floor(rnd() * PIECES.length)]).join(rnd() < 0.5 ? ' ' : '');
    const doc = analyze(text, { published: rnd() < 0.5 ? '2024-04-09' : null });
    spansHold(doc);
  }
});
