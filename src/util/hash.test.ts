import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fmix, HashTable, mix } from './hash.ts';

describe('hash', () => {
  it('fmix and mix keep their values (trained NER feature keys depend on them) and stay unsigned', () => {
    for (const [h, want] of [[1, 1364076727], [0x80000000, 1832674720], [0xffffffff, 2180083513]]) assert.equal(fmix(h), want);
    for (const [a, b, want] of [[0, 0, 2287948138], [3, 0xb05, 3465969231], [0xffffffff, -1, 3645517439], [41, 0x9e3779b9, 2613597604]]) {
      assert.equal(mix(a, b), want);
    }
  });
  it('HashTable finds keys above 2^31 given signed or unsigned', () => {
    const t = HashTable.from(Uint32Array.from([0x80000001, 5, 0xfffffffe]), [7, 8, 9]);
    assert.equal(t.get(0x80000001), 7);
    assert.equal(t.get(0x80000001 | 0), 7);
    assert.equal(t.get(-2), 9);
    assert.equal(t.get(5), 8);
    assert.equal(t.get(6), -1);
  });
});
