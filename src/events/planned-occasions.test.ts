/** Events: planned events are never told as having happened (the modality of scheduled occasions and announced acts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOn as on, modalityRows as run } from './testing.ts';

test('a meeting named by the same noun as a definite planned mention is still ahead', () => {
  const text = 'Hilfe für Afrika. Einen Tag vor Beginn des Afrika-Gipfels hat die Regierung am Dienstag Hilfsgelder beschlossen. Beim Afrika-Gipfel in Valletta soll am Donnerstag der Fonds gestartet werden.';
  const evs = run(text, { times: [{ text: 'Dienstag', value: 'XXXX-WXX-2' }, { text: 'Donnerstag', value: 'XXXX-WXX-4' }] });
  assert.equal(on(evs, 'Afrika-Gipfels')?.modality, 'planned', JSON.stringify(evs));
  // without the planned mention the clause's perfect tells it
  const alone = run('Hilfe für Afrika. Einen Tag vor Beginn des Afrika-Gipfels hat die Regierung am Dienstag Hilfsgelder beschlossen.', { times: [{ text: 'Dienstag', value: 'XXXX-WXX-2' }] });
  assert.equal(on(alone, 'Afrika-Gipfels')?.modality, 'asserted', JSON.stringify(alone));
  // a past occasion of that name ("beim letzten Afrika-Gipfel") and another, indefinite one planned stay apart
  const last = run('Hilfe für Afrika. Beim letzten Afrika-Gipfel hat die Regierung Hilfsgelder beschlossen. Beim Afrika-Gipfel in Valletta soll am Donnerstag der Fonds gestartet werden.', { times: [{ text: 'Donnerstag', value: 'XXXX-WXX-4' }] });
  assert.notEqual(on(last, 'Afrika-Gipfel')?.modality, 'planned', JSON.stringify(last));
  const another = run('Hilfe für Afrika. Beim Afrika-Gipfel hat die Regierung Hilfsgelder beschlossen. Ein weiterer Afrika-Gipfel soll im Juni stattfinden.', { times: [{ text: 'im Juni', value: 'XXXX-06' }] });
  assert.notEqual(on(another, 'Afrika-Gipfel')?.modality, 'planned', JSON.stringify(another));
});

test('an announced, decided or promised new change of an act (indefinite "eine Erhöhung") is planned', () => {
  const evs = run('Tunesien stockt auf. Vor einigen Tagen hatte bereits die Nordallianz eine massive Erhöhung ihrer Entwicklungshilfe bekannt gegeben.', { times: [{ text: 'Vor einigen Tagen', value: 'PAST_REF' }] });
  assert.equal(on(evs, 'Entwicklungshilfe')?.modality, 'planned', JSON.stringify(evs));
  const promised = run('Tunesien stockt auf. Die Nordallianz sagte eine Aufstockung der Entwicklungshilfe zu.');
  assert.equal(on(promised, 'Entwicklungshilfe')?.modality, 'planned', JSON.stringify(promised));
  // the aid itself, or a definite change already made, is no announcement of a new one
  const paid = run('Tunesien stockt auf. Vor einigen Tagen hatte bereits die Nordallianz ihre Entwicklungshilfe bekannt gegeben.', { times: [{ text: 'Vor einigen Tagen', value: 'PAST_REF' }] });
  assert.notEqual(on(paid, 'Entwicklungshilfe')?.modality, 'planned', JSON.stringify(paid));
});
