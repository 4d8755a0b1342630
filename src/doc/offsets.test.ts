import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OffsetMap, TextBuilder } from './offsets.ts';

test('TextBuilder records where copied text came from', () => {
  const raw = 'ab  cd\u00ADef';
  const b = new TextBuilder();
  b.copy('ab', 0);
  b.copy(' ', 2);
  b.copy('cd', 4);
  b.copy('ef', 7);
  const { text, offsets } = b.build(raw.length);
  assert.equal(text, 'ab cdef');
  for (let i = 0; i < text.length; i++) assert.equal(raw[offsets.toRaw(i)], text[i], `offset ${i}`);
  assert.deepEqual(offsets.spanToRaw(3, 7), { rawStart: 4, rawEnd: 9 });
});

test('inserted text maps to the next copied run', () => {
  const b = new TextBuilder();
  b.copy('x', 0);
  b.insert('é');
  b.copy('y', 3);
  const { text, offsets } = b.build(4);
  assert.equal(text, 'xéy');
  assert.equal(offsets.toRaw(1), 3);
  assert.equal(offsets.toRaw(2), 3);
});

test('compose chains two maps back to the first input', () => {
  // raw "A  B C" → mid "A B C" → final "A C"
  const first = new TextBuilder();
  first.copy('A', 0);
  first.copy(' ', 1);
  first.copy('B C', 3);
  const mid = first.build(6);
  const second = new TextBuilder();
  second.copy('A', 0);
  second.copy(' C', 3);
  const fin = second.build(mid.text.length);
  const composed = fin.offsets.compose(mid.offsets);
  assert.equal(fin.text, 'A C');
  const raw = 'A  B C';
  for (let i = 0; i < fin.text.length; i++) assert.equal(raw[composed.toRaw(i)], fin.text[i]);
  assert.deepEqual(OffsetMap.fromJSON(composed.toJSON()).runs, composed.runs);
});
