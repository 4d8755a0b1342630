import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc, type Doc } from '../doc/index.ts';
import { analyze, defaultComponents, Pipeline, PipelineError, type Component } from './index.ts';

const component = (name: string, requires: Component['requires'], provides: Component['provides'], run: (d: Doc) => void = () => {}): Component => ({
  name,
  version: '0.0.1',
  requires,
  provides,
  run,
});

test('a component whose requirement no earlier component provides is refused at assembly', () => {
  assert.throws(() => new Pipeline([component('needs-tokens', ['tokens'], ['entities'])]), PipelineError);
  assert.doesNotThrow(() => new Pipeline([component('tok', ['text'], ['tokens']), component('ner', ['tokens'], ['entities'])]));
});

test('components run in order and record their versions', () => {
  const order: string[] = [];
  const p = new Pipeline([component('a', ['text'], ['tokens'], () => order.push('a')), component('b', ['tokens'], ['entities'], () => order.push('b'))]);
  const doc = p.run(createDoc('Hallo.'));
  assert.deepEqual(order, ['a', 'b']);
  assert.deepEqual(doc.pipeline, { a: '0.0.1', b: '0.0.1' });
});

test('the default pipeline is valid and fills text, language, sentences and tokens', () => {
  assert.doesNotThrow(() => new Pipeline(defaultComponents()));
  const doc = analyze('Die Ministerin reiste am Montag nach Kiew. Dort traf sie den Präsidenten.', { published: '2024-04-09' });
  assert.equal(doc.lang, 'de');
  assert.equal(doc.sentences.length, 2);
  assert.ok(doc.tokens.length >= 14);
  assert.equal(doc.published, '2024-04-09');
  assert.ok(doc.pipeline.clean && doc.pipeline.segment);
});
