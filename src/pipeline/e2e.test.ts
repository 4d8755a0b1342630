import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './index.ts';

// An article of our own, not the seed fixture: every stage must play its part on it.
const ARTICLE = `Der französische Außenminister Jean-Noël Barrot ist am Montag in Kiew mit dem ukrainischen Präsidenten Wolodymyr Selenskyj zusammengetroffen. „Frankreich steht fest an der Seite der Ukraine“, sagte Barrot nach dem Treffen. Selenskyj erklärte, dass die Ukraine weitere Luftabwehrsysteme benötige.
Die beiden Politiker würden sich im Juni erneut in Paris treffen, teilte das französische Außenministerium mit. Die Europäische Union hatte im vergangenen Jahr neue Sanktionen gegen Russland verhängt. Der Kreml wies die Vorwürfe am Dienstag zurück.`;

test('the default pipeline turns an article into linked entities, quotes, times and events', () => {
  const doc = analyze(ARTICLE, { published: '2024-04-09' });
  const byName = (name: string) => doc.entities.find((e) => e.name === name);

  const barrot = byName('Jean-Noël Barrot');
  const selenskyj = byName('Wolodymyr Selenskyj');
  assert.ok(barrot && selenskyj, JSON.stringify(doc.entities.map((e) => e.name)));
  assert.equal(barrot.type, 'PER');
  assert.equal(barrot.country, 'FRA');
  assert.deepEqual(barrot.roles?.map((r) => [r.title, r.country]), [['Außenminister', 'FRA']]);
  assert.equal(selenskyj.country, 'UKR');
  assert.equal(byName('Kiew')?.canonicalId?.startsWith('geonames:'), true);
  assert.equal(byName('Russland')?.canonicalId, 'RUS');
  // "Barrot" alone is the same person
  assert.ok(barrot.mentions.some((m) => m.text === 'Barrot'));

  assert.deepEqual(
    doc.times.map((t) => [t.text, t.value]),
    [['Montag', '2024-04-08'], ['Juni', '2024-06'], ['vergangenen Jahr', '2023'], ['Dienstag', '2024-04-09']],
  );

  const direct = doc.quotes.find((q) => q.kind === 'direct');
  assert.equal(direct?.text, 'Frankreich steht fest an der Seite der Ukraine');
  assert.equal(direct?.speaker, barrot.id);
  const indirect = doc.quotes.find((q) => q.kind === 'indirect' && q.text.includes('Luftabwehrsysteme'));
  assert.equal(indirect?.speaker, selenskyj.id);

  const meeting = doc.events.find((e) => e.type === 'CONSULT' && e.modality === 'asserted' && e.time === '2024-04-08');
  assert.ok(meeting, JSON.stringify(doc.events));
  assert.deepEqual([meeting.actors, meeting.recipients], [[barrot.id], [selenskyj.id]]);
  assert.equal(meeting.place, byName('Kiew')?.id);
  const planned = doc.events.find((e) => e.type === 'CONSULT' && e.time === '2024-06');
  assert.equal(planned?.modality, 'planned');
  const sanction = doc.events.find((e) => e.type === 'SANCTION');
  assert.deepEqual(sanction && [sanction.actors, sanction.recipients, sanction.time], [[byName('Europäische Union')?.id], [byName('Russland')?.id], '2023']);
  // every span points at its text
  for (const layer of [doc.quotes, doc.times]) for (const x of layer) assert.equal(doc.text.slice(x.start, x.end), x.text);
  for (const e of doc.events) assert.equal(doc.text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
});

test('a definite noun mention ("nach dem Treffen") is another mention of the event it refers back to', () => {
  const doc = analyze(ARTICLE, { published: '2024-04-09' });
  const meetings = doc.events.filter((e) => e.type === 'CONSULT' && e.modality === 'asserted');
  assert.equal(meetings.length, 1, JSON.stringify(meetings));
  const mentions = meetings[0].mentions as Array<{ trigger: { text: string } }>;
  assert.deepEqual(mentions.map((m) => m.trigger.text), ['zusammengetroffen', 'Treffen']);
  // a different, planned meeting never joins it
  assert.ok(doc.events.some((e) => e.type === 'CONSULT' && e.modality === 'planned'));
});
