import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakerMatches, type NewsGoldQuote } from './quotes.ts';

const gold = (speaker: string, aliases: string[] = []): NewsGoldQuote => ({ row: 0, start: 0, end: 1, text: 'x', kind: 'direct', speaker, aliases });

test('speaker names match on a shared content word, acronyms of any length included', () => {
  assert.ok(speakerMatches('Sebastian Kurz', gold('Kurz')));
  assert.ok(!speakerMatches('Die Regierung', gold('Die Opposition')));
  // short acronyms count, dotted or not, but never as the article "das"
  assert.ok(speakerMatches('HG', gold('Hauptverband', ['HG'])));
  assert.ok(speakerMatches('DAS', gold('D.A.S. Rechtsschutz')));
  assert.ok(!speakerMatches('das Ministerium', gold('D.A.S.')));
  // an acronym written in capitals still matches its spelling as a word
  assert.ok(speakerMatches('Neos', gold('NEOS')));
  assert.ok(!speakerMatches(null, gold('Kurz')));
});
