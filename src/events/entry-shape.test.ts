import assert from 'node:assert/strict';
import test from 'node:test';
import { ENTRIES, NOUN_FORMS, VERB_FORMS, newEntry } from './lexicon.ts';

// Speed, not behaviour: every lexicon entry is built over one template (lexicon.ts BLANK_ENTRY), so all entries have the
// same fields in the same order and V8 gives them one hidden class; the rules' `entry.x` reads stay monomorphic instead
// of megamorphic over ~190 classes. An option added to EntryOptions must be added to BLANK_ENTRY too (tsc checks it);
// this checks that no row brings a field of its own.
test('every lexicon entry has the same fields in the same order (one hidden class)', () => {
  const keys = Object.keys(newEntry('CONSULT', null, 'x', 'verb')).join(' ');
  const all = new Set(ENTRIES);
  for (const list of VERB_FORMS.values()) for (const c of list) all.add(c.entry);
  for (const list of NOUN_FORMS.values()) for (const e of list) all.add(e);
  assert.ok(all.size > 900);
  for (const e of all) assert.equal(Object.keys(e).join(' '), keys, `${e.pos} ${e.lemma}`);
});

test('newEntry reads as the row: type, mode, lemma, part of speech and its options', () => {
  const e = newEntry('CONSULT', 'meet', 'treffen', 'verb', { recPrep: ['mit'], needArg: true });
  assert.equal(e.type, 'CONSULT');
  assert.equal(e.mode, 'meet');
  assert.equal(e.lemma, 'treffen');
  assert.equal(e.pos, 'verb');
  assert.deepEqual(e.recPrep, ['mit']);
  assert.equal(e.needArg, true);
  assert.equal(e.needObj, undefined);
  assert.equal(e.p, undefined);
});

test('mayHaveEvaluation reads the same from the lower-cased text at the token offsets as from the token strings', async () => {
  const { mayHaveEvaluation } = await import('./evaluations.ts');
  const cases = ['Das Vorgehen der Regierung ist unverschämt, sagte der Sprecher.', 'Der Plan sei ein Skandal: so die Opposition.', 'Die Minister trafen sich am Montag in Wien.', 'Für die Grünen ist das Gesetz ein großer Erfolg.'];
  const seen = new Set<boolean>();
  for (const text of cases) {
    const tokens = [...text.matchAll(/\p{L}+|[^\s\p{L}]/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    const lower = tokens.map((t) => text.slice(t.start, t.end).toLowerCase());
    const plain = mayHaveEvaluation(lower, 0, lower.length);
    assert.equal(mayHaveEvaluation(lower, 0, lower.length, text.toLowerCase(), tokens), plain, text);
    seen.add(plain);
  }
  assert.deepEqual([...seen].sort(), [false, true]);
});
