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
