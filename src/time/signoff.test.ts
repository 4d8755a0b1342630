import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSignOff } from './signoff.ts';
import { analyze } from '../pipeline/index.ts';

test('sign-off credits give the date the article was written', () => {
  const cases: Array<[string, string, string]> = [
    ['Die Regierung tagt. (APA, 12.9.2015)', '2015-09-12', 'APA'],
    ['Das war es. (red, 2. 9. 2015)', '2015-09-02', 'red'],
    ['Ende der Reportage (Renate Graber, 10.5.2016)', '2016-05-10', 'Renate Graber'],
    ['Text. (APA/dpa, 1.11.2015) Ergebnisse: 1. Lauf', '2015-11-01', 'APA/dpa'],
    ['Text. (7.9.2015)', '2015-09-07', ''],
    ['Text. (André Ballin aus Moskau, 30.12.2015)', '2015-12-30', 'André Ballin aus Moskau'],
    ['Text. (Markus Bernath; 01.11.2015)', '2015-11-01', 'Markus Bernath'],
  ];
  for (const [text, value, credit] of cases) {
    const s = findSignOff(text);
    assert.ok(s, text);
    assert.equal(s.value, value, text);
    assert.equal(s.credit, credit, text);
    assert.match(text.slice(s.start, s.end), /^\d{1,2}\.\s?\d{1,2}\.\s?\d{4}$/, text);
  }
});

test('dates in parentheses that are no credit, and impossible dates, are not sign-offs', () => {
  for (const text of [
    'Die Arbeitslosigkeit stieg (Stand 12.9.2015) weiter.',
    'Das Gesetz gilt (seit 1.1.2016) für alle.',
    'Er kam am 12.9.2015 an.',
    'Text. (APA, 31.2.2015)',
    'Text. (APA, 12.13.2015)',
    'Text. (Die Regierung hat am Montag beschlossen, dass die neue Regelung gilt, 12.9.2015)',
  ]) assert.equal(findSignOff(text), null, text);
  // the last credit wins: an earlier one belongs to a quoted or appended piece
  assert.equal(findSignOff('Erster Teil. (APA, 1.9.2015) Zweiter Teil. (red, 3.9.2015)')?.value, '2015-09-03');
});

test('without a published date the sign-off anchors the times and makes a later date planned', () => {
  const text = 'Die Gewerkschaft ruft für den 25. September zu einer Großdemonstration in Wien auf. Am Dienstag trafen sich die Vertreter. (APA, 12.9.2015)';
  const doc = analyze(text);
  assert.equal(doc.published, '2015-09-12');
  const credit = doc.times.find((t) => t.functionInDocument === 'CREATION_TIME');
  assert.ok(credit);
  assert.equal(credit.value, '2015-09-12');
  const sept25 = doc.times.find((t) => /25\. September/.test(t.text));
  assert.equal(sept25?.value, '2015-09-25');
  const tuesday = doc.times.find((t) => t.text.includes('Dienstag'));
  assert.equal(tuesday?.value, '2015-09-08');
  // metadata wins over the text
  assert.equal(analyze(text, { published: '2016-01-01' }).published, '2016-01-01');
  assert.equal(analyze(text, { published: '2016-01-01' }).times.some((t) => t.functionInDocument), false);
});
