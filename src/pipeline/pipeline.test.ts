import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc, toDocumentJSON, type Doc } from '../doc/index.ts';
import { analyze, defaultComponents, defaultPipeline, Pipeline, PipelineError, type Component } from './index.ts';

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

test('runBatch runs stage by stage with the results of run(); a document whose stage throws fails alone', () => {
  const order: string[] = [];
  const p = new Pipeline([
    component('a', ['text'], ['tokens'], (d) => {
      order.push(`a:${d.raw}`);
      if (d.raw === 'bad') throw new Error('cannot read bad');
    }),
    component('b', ['tokens'], ['entities'], (d) => order.push(`b:${d.raw}`)),
  ]);
  const out = p.runBatch([createDoc('one'), createDoc('bad'), createDoc('two')]);
  assert.deepEqual(order, ['a:one', 'a:bad', 'a:two', 'b:one', 'b:two']);
  assert.ok(out[1] instanceof Error && /cannot read bad/.test(out[1].message));
  assert.ok(!(out[0] instanceof Error) && out[0].pipeline.b === '0.0.1');
  assert.ok(!(out[2] instanceof Error) && out[2].pipeline.b === '0.0.1');

  const texts = ['Die Ministerin reiste am Montag nach Kiew.', '„Wir helfen“, sagte Olaf Scholz am Dienstag in Berlin.', ''];
  const batch = defaultPipeline().runBatch(texts.map((t) => createDoc(t)));
  texts.forEach((t, i) => assert.deepEqual(toDocumentJSON(batch[i] as Doc), toDocumentJSON(analyze(t))));
});

test('events: a meeting noun that "beginnt" on a day is scheduled, also when the article gives no year', () => {
  const doc = analyze('Das Treffen der Innenminister beginnt am Dienstag, 3. März, in Brüssel. Die Gespräche fanden am Dienstag, 3. März, in Brüssel statt.');
  const byTrigger = new Map(doc.events.map((e) => [doc.text.slice(e.trigger.start, e.trigger.end), e.modality]));
  assert.equal(byTrigger.get('Treffen'), 'planned');
  assert.equal(byTrigger.get('Gespräche'), 'asserted');
});

test('events: the purpose clause of a planned event is planned too, of a past one not', () => {
  const doc = analyze('Die Außenminister werden am Freitag in Genf eintreffen, um an den Gesprächen über Syrien teilzunehmen. Die Außenminister trafen am Freitag in Genf ein, um an den Gesprächen über Syrien teilzunehmen.');
  const talks = doc.events.filter((e) => doc.text.slice(e.trigger.start, e.trigger.end) === 'Gesprächen').map((e) => e.modality);
  assert.deepEqual(talks, ['planned', 'asserted']);
});
