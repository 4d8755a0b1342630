import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeSequence, trainSequence, type SequenceExample, type SequenceUnit } from './sequence.ts';

const u = (...emit: string[]): SequenceUnit => ({ emit: ['bias', ...emit], stay: emit.filter((f) => f === 'label') });

test('sequence: Viterbi keeps a speech run going through a weak sentence, a label breaks it', () => {
  const model = { weights: { bias: -1, cue: 3, '1st': 2 }, trans: [0, 1.5] as [number, number], stay: { label: -10 } };
  // cue, nothing, first person: the weak middle sentence (-1) is cheaper as speech (+1.5 +1.5 transitions)
  assert.deepEqual([...decodeSequence(model, [u('cue'), u(), u('1st')])], [1, 1, 1]);
  // without the transition bonus the middle sentence is narration
  assert.deepEqual([...decodeSequence({ ...model, trans: [0, 0] }, [u('cue'), u(), u('1st')])], [1, 0, 1]);
  // a turn label on the middle sentence ends the run there
  assert.deepEqual([...decodeSequence(model, [u('cue'), u('label'), u('1st')])], [1, 0, 1]);
  assert.deepEqual([...decodeSequence(model, [])], []);
});

test('sequence: the perceptron learns runs from labelled sequences, deterministically', () => {
  const data: SequenceExample[] = [];
  for (let i = 0; i < 6; i++) {
    data.push({ units: [u('title'), u('cue'), u(), u(), u('past')], labels: Uint8Array.from([0, 1, 1, 1, 0]) });
    data.push({ units: [u('title'), u(), u('past'), u()], labels: Uint8Array.from([0, 0, 0, 0]) });
  }
  const m = trainSequence(data, 5);
  assert.deepEqual([...decodeSequence(m, [u('title'), u('cue'), u(), u('past')])], [0, 1, 1, 0]);
  assert.deepEqual([...decodeSequence(m, [u('title'), u(), u()])], [0, 0, 0]);
  assert.deepEqual(trainSequence(data, 5), m);
});
