import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures, parseGermanNumber, numberWordValue } from './index.ts';
import { segment } from '../segment/index.ts';

function figs(text: string) {
  return extractFigures({ text, sentences: segment(text).sentences }).map((f) => ({
    text: f.text,
    value: f.value,
    unit: f.unit,
    kind: f.kind,
    qualifier: f.qualifier ?? null,
  }));
}

test('German number formats', () => {
  assert.equal(parseGermanNumber('7.112'), 7112);
  assert.equal(parseGermanNumber('1,2'), 1.2);
  assert.equal(parseGermanNumber('1.000,50'), 1000.5);
  assert.equal(parseGermanNumber('250'), 250);
});

test('number words', () => {
  assert.equal(numberWordValue('dreiundzwanzig'), 23);
  assert.equal(numberWordValue('zwölf'), 12);
  assert.equal(numberWordValue('zweihundertfünfzig'), 250);
  assert.equal(numberWordValue('dreitausend'), 3000);
  assert.equal(numberWordValue('siebzehn'), 17);
  assert.equal(numberWordValue('Haus'), null);
});

test('money with scale and currency', () => {
  assert.deepEqual(figs('Die Staaten sagten 240 Milliarden US-Dollar zu.')[0], {
    text: '240 Milliarden US-Dollar', value: 240e9, unit: 'USD', kind: 'money', qualifier: null,
  });
  const f = figs('Das Paket umfasst 2,5 Mio. Euro und eine Milliarde Franken.');
  assert.equal(f[0].value, 2.5e6);
  assert.equal(f[0].unit, 'EUR');
  assert.equal(f[1].value, 1e9);
  assert.equal(f[1].unit, 'CHF');
  assert.equal(figs('Kosten von 1,6 Mrd. Euro entstehen.')[0].value, 1.6e9);
});

test('percentages', () => {
  const f = figs('Die Renten steigen um 1,2 Prozent, die Inflation lag bei 2 % und zwei Prozentpunkte darunter.');
  assert.deepEqual(f.map((x) => [x.value, x.kind]), [[1.2, 'percent'], [2, 'percent'], [2, 'percent-points']]);
});

test('counts of people and occurrences, with qualifiers', () => {
  const f = figs('Mindestens 691 Personen wurden verletzt, 7.112 Tatverdächtige ermittelt und zwei Palästinenser erschossen.');
  assert.deepEqual(f.map((x) => [x.value, x.unit, x.qualifier]), [[691, 'persons', 'at-least'], [7112, 'persons', null], [2, 'persons', null]]);
  const g = figs('Der Minister war mehr als 40 Mal in der Region.');
  assert.deepEqual(g[0], { text: 'mehr als 40 Mal', value: 40, unit: 'times', kind: 'occurrences', qualifier: 'more-than' });
});

test('ranges take the scale and unit of their upper bound', () => {
  const f = figs('Experten rechnen mit 25 bis 60 Millionen Euro.');
  assert.deepEqual(f.map((x) => [x.value, x.unit]), [[25e6, 'EUR'], [60e6, 'EUR']]);
});

test('dates, years, durations, ordinals and ages are not figures', () => {
  assert.deepEqual(figs('Am 6. Oktober 2015 um 12:30 Uhr, seit 2014, nach 48 Stunden, der 21-Jährige und vier Jahre.'), []);
  assert.deepEqual(figs('Das ist ein Test mit einer Frau.'), []);
});

test('fractions and shares: "ein Drittel", "drei Viertel", "die Hälfte", "jeder Vierte"', () => {
  const f = figs('Der Gewinn sank auf ein Drittel. Mehr als drei Viertel der Befragten und fast die Hälfte der Firmen klagen, jeder Vierte will wechseln.');
  assert.deepEqual(
    f.map((x) => [x.text, Math.round(x.value * 1000) / 1000, x.kind, x.qualifier]),
    [
      ['ein Drittel', 0.333, 'fraction', null],
      ['Mehr als drei Viertel', 0.75, 'fraction', 'more-than'],
      ['fast die Hälfte', 0.5, 'fraction', 'approx'],
      ['jeder Vierte', 0.25, 'fraction', null],
    ],
  );
  // a period and a frequency are no shares
  assert.deepEqual(figs('In der zweiten Hälfte des Jahres kam er jeden zweiten Tag.'), []);
});

test('signs on numbers, shared units of "zwischen … und …" and "von … auf …"', () => {
  const f = figs('Sprit kostete minus 16,8 Prozent (-15,7 Prozent im Vorjahr), Gemüse plus 9,4 Prozent. Strafen zwischen 55 und 550 Euro; die Dividende sinkt von 1,40 auf 0,60 Euro, das EGT von 440,5 Mio. auf 175,3 Mio. Euro.');
  assert.deepEqual(
    f.map((x) => [x.text, x.value, x.unit]),
    [
      ['minus 16,8 Prozent', -16.8, '%'],
      ['-15,7 Prozent', -15.7, '%'],
      ['plus 9,4 Prozent', 9.4, '%'],
      ['55', 55, 'EUR'],
      ['550 Euro', 550, 'EUR'],
      ['1,40', 1.4, 'EUR'],
      ['0,60 Euro', 0.6, 'EUR'],
      ['440,5 Mio.', 440.5e6, 'EUR'],
      ['175,3 Mio. Euro', 175.3e6, 'EUR'],
    ],
  );
  // a hyphen between two numbers is a range, not a sign
  assert.deepEqual(figs('Es waren 10-20 Prozent.').map((x) => x.value), [10, 20]);
});

test('numbers inside names and suspended compounds are no figures; "einen Prozentpunkt" is one', () => {
  assert.deepEqual(figs('United Internet (1&1) verkauft das iPhone 6s, die G7 und 5G-Verträge an Covid-19-Patienten.'), []);
  assert.deepEqual(figs('Bei den 14- bis 29-Jährigen ist das üblich.'), []);
  assert.deepEqual(figs('Die Pensionen stiegen um einen Prozentpunkt.').map((x) => [x.text, x.value, x.unit]), [['einen Prozentpunkt', 1, 'pp']]);
  assert.deepEqual(figs('Das Geld ist ein Fass ohne Boden, ein Mal mehr.'), []);
  assert.deepEqual(figs('Betroffen sind 3,5 Millionen US-Bürger.').map((x) => [x.value, x.unit, x.kind]), [[3.5e6, 'persons', 'count']]);
});
