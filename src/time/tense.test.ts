import assert from 'node:assert/strict';
import { test } from 'node:test';
import { directionAt, tenseMarkers } from './tense.ts';

function direction(sentence: string, expression: string): number {
  const markers = tenseMarkers(sentence, 0, sentence.length, 'de');
  const start = sentence.indexOf(expression);
  return directionAt(sentence, markers, start, start + expression.length);
}

test('inflected plan adjectives point to the future', () => {
  assert.equal(direction('Die bevorstehende Wahl im Herbst gilt als offen.', 'im Herbst'), 1);
  assert.equal(direction('Die geplanten Gespräche im Mai wurden gestern bestätigt.', 'im Mai'), 1);
});

test('a plan adjective dates its own noun phrase even under a past main verb', () => {
  assert.equal(direction('Er bezog sich auf eine geplante, von Paris unterstützte Konferenz im Juni in Genf.', 'im Juni'), 1);
  assert.equal(direction('Die Regierung trat im Juni zurück.', 'im Juni'), -1);
});
