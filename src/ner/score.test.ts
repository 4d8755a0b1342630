import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spansOf } from './labels.ts';
import { scoreSpans } from './score.ts';

test('spansOf reads BIO spans, conlleval-style for stray I-', () => {
  assert.deepEqual(spansOf(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-ORG']), [
    { start: 0, end: 2, type: 'PER' },
    { start: 3, end: 4, type: 'LOC' },
    { start: 4, end: 5, type: 'LOC' },
    { start: 5, end: 6, type: 'ORG' },
  ]);
  assert.deepEqual(spansOf(['B-LOCderiv', 'I-LOC']), [
    { start: 0, end: 1, type: 'LOCderiv' },
    { start: 1, end: 2, type: 'LOC' },
  ]);
});

test('exact matches score 1', () => {
  const gold = [['B-PER', 'I-PER', 'O', 'B-LOC']];
  const s = scoreSpans(gold, gold);
  assert.equal(s.micro.tp, 2);
  assert.equal(s.micro.f1, 1);
});

test('a boundary error is one false positive and one false negative', () => {
  // gold "Sergej Lawrow" (PER), predicted only "Lawrow"; LOC correct
  const s = scoreSpans([['B-PER', 'I-PER', 'O', 'B-LOC']], [['O', 'B-PER', 'O', 'B-LOC']]);
  assert.deepEqual([s.micro.tp, s.micro.fp, s.micro.fn], [1, 1, 1]);
  assert.equal(s.micro.precision, 0.5);
  assert.equal(s.micro.recall, 0.5);
  assert.deepEqual([s.perType.PER.tp, s.perType.PER.fp, s.perType.PER.fn], [0, 1, 1]);
  assert.equal(s.perType.LOC.f1, 1);
});

test('a type error counts against both types, deriv/part are distinct types', () => {
  const gold = [['B-ORG', 'O', 'B-LOCderiv', 'B-ORGpart'], ['O', 'B-PER']];
  const pred = [['B-LOC', 'O', 'B-LOC', 'B-ORGpart'], ['O', 'O']];
  const s = scoreSpans(gold, pred);
  // tp: ORGpart; fp: LOC, LOC; fn: ORG, LOCderiv, PER
  assert.deepEqual([s.micro.tp, s.micro.fp, s.micro.fn], [1, 2, 3]);
  assert.equal(s.micro.precision, 1 / 3);
  assert.equal(s.micro.recall, 1 / 4);
  assert.equal(Math.round(s.micro.f1 * 1e6) / 1e6, Math.round(((2 * (1 / 3) * (1 / 4)) / (1 / 3 + 1 / 4)) * 1e6) / 1e6);
  assert.deepEqual([s.perType.LOC.tp, s.perType.LOC.fp, s.perType.LOC.fn], [0, 2, 0]);
  assert.deepEqual([s.perType.LOCderiv.fn, s.perType.ORG.fn, s.perType.PER.fn], [1, 1, 1]);
});

test('spans are matched within their sentence only', () => {
  const s = scoreSpans([['B-PER'], ['O']], [['O'], ['B-PER']]);
  assert.deepEqual([s.micro.tp, s.micro.fp, s.micro.fn], [0, 1, 1]);
});

test('an over-long span does not count', () => {
  const s = scoreSpans([['B-ORG', 'I-ORG', 'O']], [['B-ORG', 'I-ORG', 'I-ORG']]);
  assert.deepEqual([s.micro.tp, s.micro.fp, s.micro.fn], [0, 1, 1]);
});
