/** Events: gaps closed in the plan, possibility and time rules of modality (thirteenth session, h/ev27mod). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOn as on, eventRows, modalityRows as run, BASIC_CAST } from './testing.ts';

test('the one-word "bereiterklärt" governs its zu-infinitive as a plan, like "bereit erklärt"', () => {
  const evs = run('Berger hat sich bereiterklärt, mit der Nordallianz zu kooperieren.');
  assert.equal(on(evs, 'kooperieren')?.modality, 'planned', JSON.stringify(evs));
});

test('"sollte(n)" inside the clause with an infinitive closing it names what is to come', () => {
  const evs = run('Berger kündigte eine Reform an, und er sollte dafür die Unterstützung der Nordallianz bekommen.');
  assert.equal(on(evs, 'Unterstützung')?.modality, 'planned', JSON.stringify(evs));
  // verb-first "Sollte …" stays a condition; "sollte … gewusst haben" is no plan
  const cond = run('Sollte die Nordallianz Tunesien unterstützen, wird Berger protestieren.');
  assert.equal(on(cond, 'unterstützen')?.modality, 'hypothetical', JSON.stringify(cond));
  const perf = run('Die Nordallianz sollte die Unterstützung für Tunesien gekannt haben.');
  assert.notEqual(on(perf, 'Unterstützung')?.modality, 'planned', JSON.stringify(perf));
});

test('"seit einem Jahr" and "seit vergangenem September" date an ongoing act back', () => {
  const year = run('Seit einem Jahr unterstützt die Nordallianz Tunesien.');
  assert.equal(on(year, 'unterstützt')?.modality, 'historical', JSON.stringify(year));
  const month = run('Die Nordallianz unterstützt seit vergangenem September Tunesien.');
  assert.equal(on(month, 'unterstützt')?.modality, 'historical', JSON.stringify(month));
  // "erstmals seit einem Jahr" counts from then, it tells no ongoing act
  const first = run('Die Nordallianz kritisierte Tunesien erstmals seit einem Jahr.');
  assert.notEqual(on(first, 'kritisierte')?.modality, 'historical', JSON.stringify(first));
});

test('"vor einem Monat" dates a past clause back, and an als-clause after it shares that', () => {
  const evs = run('Erst vor einem Monat protestierten Hunderte, als die Nordallianz Tunesien angriff.');
  assert.equal(on(evs, 'angriff')?.modality, 'historical', JSON.stringify(evs));
  const main = run('Vor einem Monat griff die Nordallianz Tunesien an.');
  assert.equal(on(main, 'griff')?.modality, 'historical', JSON.stringify(main));
  // a week back is the news
  const week = run('Vor einer Woche griff die Nordallianz Tunesien an.');
  assert.notEqual(on(week, 'griff')?.modality, 'historical', JSON.stringify(week));
});

test('the dass-clause of "nicht ausgeschlossen" is a possibility', () => {
  const evs = run('Nicht ausgeschlossen wird, dass die Nordallianz von Tunesien einen Preis fordern wird.');
  assert.equal(on(evs, 'fordern')?.modality, 'hypothetical', JSON.stringify(evs));
  const plain = run('Berger erklärt, dass die Nordallianz von Tunesien einen Preis fordern wird.');
  assert.equal(on(plain, 'fordern')?.modality, 'planned', JSON.stringify(plain));
});

test('the awaited event of "rechnen mit", and an act just permitted ("kann nun"), are still ahead', () => {
  const evs = run('Berger rechnet mit dem Beginn der Waffenhilfe für Tunesien.');
  assert.equal(on(evs, 'Waffenhilfe')?.modality, 'planned', JSON.stringify(evs));
  const plain = run('Berger lobt den Beginn der Waffenhilfe für Tunesien.');
  assert.notEqual(on(plain, 'Waffenhilfe')?.modality, 'planned', JSON.stringify(plain));
  const now = run('Zehn Millionen Euro kann die Nordallianz nun für die Unterstützung Tunesiens ausgeben.');
  assert.equal(on(now, 'Unterstützung')?.modality, 'planned', JSON.stringify(now));
});

const CAST = BASIC_CAST;

test('the subject of "wird zu einem Besuch erwartet" is the visitor', () => {
  const evs = eventRows('Präsident Berger wird am Sonntag zu einem dreitägigen Besuch in Tunesien erwartet.', CAST);
  assert.deepEqual(on(evs, 'Besuch')?.actors, ['Olaf Berger'], JSON.stringify(evs));
});

test('"vor dem Besuch" takes the planned modality of a planned mention of that visit, not on its own', () => {
  const text = 'Freilassung in Tunesien. Kurz vor dem Besuch von Präsident Berger in Tunesien ist ein Dissident freigelassen worden. Präsident Berger wird am Sonntag zu einem dreitägigen Besuch in Tunesien erwartet.';
  const evs = eventRows(text, CAST);
  assert.ok(evs.filter((e) => e.trigger === 'Besuch').every((e) => e.modality === 'planned'), JSON.stringify(evs));
  const alone = eventRows('Freilassung in Tunesien. Kurz vor dem Besuch von Präsident Berger in Tunesien ist ein Dissident freigelassen worden.', CAST);
  assert.notEqual(on(alone, 'Besuch')?.modality, 'planned', JSON.stringify(alone));
});

test('a main clause resumed after a relative clause has the year of its part before the insertion', () => {
  const text = '2014 wurde die Nordallianz wegen der Gründung einer Gruppe, die Tunesien angegriffen hat, sowie wegen Aufhetzung verurteilt.';
  const evs = run(text, { times: [{ text: '2014', value: '2014' }] });
  assert.equal(on(evs, 'verurteilt')?.modality, 'historical', JSON.stringify(evs));
});

test('a present-tense meeting verb without a time of its own is the meeting the report has set for a day', () => {
  const text = 'Protest gegen das Treffen. Berger findet es nicht in Ordnung, dass sich da sieben Leute treffen. Die Nordallianz wird am Sonntag am Gipfeltreffen teilnehmen.';
  const evs = run(text, { times: [{ text: 'am Sonntag', value: 'XXXX-WXX-7' }] });
  assert.equal(on(evs, 'treffen')?.modality, 'planned', JSON.stringify(evs));
  // without a dated planned meeting it stays as its clause says
  const alone = run('Protest gegen das Treffen. Berger findet es nicht in Ordnung, dass sich da sieben Leute treffen.');
  assert.notEqual(on(alone, 'treffen')?.modality, 'planned', JSON.stringify(alone));
});

test('"bereits am Montag" with a present-tense verb is a schedule ("as early as"), not a past marker', () => {
  const evs = run('Bereits am Montag trifft die Nordallianz Tunesien in Prag.', { times: [{ text: 'am Montag', value: 'XXXX-WXX-1' }] });
  assert.equal(on(evs, 'trifft')?.modality, 'planned', JSON.stringify(evs));
  const past = run('Bereits am Montag traf die Nordallianz Tunesien in Prag.', { times: [{ text: 'am Montag', value: 'XXXX-WXX-1' }] });
  assert.notEqual(on(past, 'traf')?.modality, 'planned', JSON.stringify(past));
});
