import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../segment/index.ts';
import { tagTimes } from './index.ts';

function tag(text: string, published: string | null = '2024-04-09', lang = 'de') {
  return tagTimes(text, segment(text).sentences, { lang, published });
}
/** [text, value] pairs of the expressions found. */
function pairs(text: string, published: string | null = '2024-04-09', lang = 'de'): [string, string][] {
  return tag(text, published, lang).map((t) => [t.text, t.value]);
}

describe('German dates anchored to the published date (2024-04-09, a Tuesday)', () => {
  const cases: [string, [string, string][]][] = [
    ['Die Minister trafen sich am Dienstag in Berlin.', [['Dienstag', '2024-04-09']]],
    ['Er kam am Montag an.', [['Montag', '2024-04-08']]],
    ['Am Freitag wird der Bundestag abstimmen.', [['Freitag', '2024-04-12']]],
    ['Letzten Monat stiegen die Preise.', [['Letzten Monat', '2024-03']]],
    ['Im vergangenen Jahr war die Lage ruhiger.', [['vergangenen Jahr', '2023']]],
    ['Das Treffen ist für nächste Woche geplant.', [['nächste Woche', '2024-W16']]],
    ['Diese Woche bleibt es kalt.', [['Diese Woche', '2024-W15']]],
    ['Gestern Abend gab es Proteste.', [['Gestern Abend', '2024-04-08TEV']]],
    ['Heute beginnt der Gipfel, morgen reisen die Gäste ab.', [['Heute', '2024-04-09'], ['morgen', '2024-04-10']]],
    ['Vor drei Tagen explodierte eine Bombe.', [['Vor drei Tagen', '2024-04-06']]],
    ['In zwei Wochen soll gewählt werden.', [['In zwei Wochen', '2024-W17']]],
    ['Seit 2014 ist die Krim besetzt.', [['2014', '2014']]],
    ['Der Vertrag wurde am 3. Oktober 1990 unterzeichnet.', [['3. Oktober 1990', '1990-10-03']]],
    ['Die Konferenz dauert vom 3. bis 5. Oktober 2024.', [['3.', '2024-10-03'], ['5. Oktober 2024', '2024-10-05']]],
    ['Der Gipfel ist für Anfang Mai angesetzt.', [['Anfang Mai', '2024-05']]],
    ['Mitte Februar gab es erste Gespräche.', [['Mitte Februar', '2024-02']]],
    ['Ende 2023 lief das Abkommen aus.', [['Ende 2023', '2023']]],
    ['Im Sommer 2022 brannten die Wälder.', [['Sommer 2022', '2022-SU']]],
    ['In den 1990er Jahren wuchs die Stadt.', [['1990er Jahren', '199']]],
    ['Im 19. Jahrhundert entstand die Bahn.', [['19. Jahrhundert', '18']]],
    ['Die Waffenruhe hielt drei Tage.', [['drei Tage', 'P3D']]],
    ['Die Verhandlungen dauerten mehr als zwei Wochen.', [['mehr als zwei Wochen', 'P2W']]],
    ['Jeden Montag demonstrieren Tausende.', [['Jeden Montag', 'XXXX-WXX-1']]],
    ['Die Zeitung erscheint täglich.', [['täglich', 'P1D']]],
    ['Die Sitzung begann um 10:30 Uhr.', [['10:30 Uhr', '2024-04-09T10:30']]],
    ['Am 24.02.2022 begann der Angriff.', [['24.02.2022', '2022-02-24']]],
    ['Derzeit gibt es keine Gespräche.', [['Derzeit', 'PRESENT_REF']]],
    ['Im März/April 1950 reiste er nach Moskau.', [['März', '1950-03'], ['April 1950', '1950-04']]],
    ['Die Armee zog 1945 ab.', [['1945', '1945']]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(pairs(text), expected));
  }

  it('types and ids', () => {
    const t = tag('Die Waffenruhe hielt drei Tage, jeden Montag gab es Gespräche, am 5. Mai um 10 Uhr.');
    assert.deepEqual(t.map((x) => x.type), ['DURATION', 'SET', 'DATE', 'TIME']);
    assert.deepEqual(t.map((x) => x.id), ['t1', 't2', 't3', 't4']);
  });

  it('does not take counts, names or compounds for dates', () => {
    assert.deepEqual(pairs('Rund 2000 Soldaten und 1500 Polizisten waren im Einsatz.'), []);
    assert.deepEqual(pairs('August Bebel sprach in der Julikrise mit Herrn Mai.'), []);
    assert.deepEqual(pairs('Die Novemberrevolution veränderte das Land.'), []);
  });
});

describe('tense picks the nearer past or future reading', () => {
  it('Konjunktiv and plans point forward, past tense back', () => {
    assert.deepEqual(pairs('Die Außenminister würden sich im Juni treffen.'), [['Juni', '2024-06']]);
    assert.deepEqual(pairs('Er war zuletzt im Oktober in China.'), [['Oktober', '2023-10']]);
    assert.deepEqual(pairs('Das nächste Treffen ist voraussichtlich im Oktober.'), [['Oktober', '2024-10']]);
    assert.deepEqual(pairs('Die Wahl wird im Februar stattfinden.'), [['Februar', '2025-02']]);
    assert.deepEqual(pairs('Im Februar hatte die Regierung gewechselt.'), [['Februar', '2024-02']]);
  });
  it('each clause follows its own verb', () => {
    assert.deepEqual(pairs('Lawrow sagte am Dienstag, man werde sich am Freitag erneut treffen.'), [['Dienstag', '2024-04-09'], ['Freitag', '2024-04-12']]);
    assert.deepEqual(pairs('Er reiste im Oktober nach Peking und wird im Juni nach Paris fahren.'), [['Oktober', '2023-10'], ['Juni', '2024-06']]);
  });
  it('weekday with explicit direction', () => {
    assert.deepEqual(pairs('Die Gespräche sollen kommenden Montag beginnen.'), [['kommenden Montag', '2024-04-15']]);
    assert.deepEqual(pairs('Letzten Freitag kam es zu Ausschreitungen.'), [['Letzten Freitag', '2024-04-05']]);
  });
  it('the direction is reported', () => {
    const [t] = tag('Die Außenminister würden sich im Juni treffen.');
    assert.equal(t.direction, 'future');
    assert.equal(t.anchor, 'dct');
  });
});

describe('no published date', () => {
  it('keeps underspecified values when nothing anchors them', () => {
    assert.deepEqual(pairs('Die Minister würden sich im Juni treffen.', null), [['Juni', 'XXXX-06']]);
    assert.deepEqual(pairs('Er kam am 3. Mai an.', null), [['3. Mai', 'XXXX-05-03']]);
    assert.deepEqual(pairs('Heute gibt es keine Einigung.', null), [['Heute', 'PRESENT_REF']]);
  });
  it('anchors to the most recent explicit date of the text', () => {
    assert.deepEqual(pairs('Der Krieg begann am 28. Juli 1914. Am 30. Juli folgte Russland. Am selben Tag fiel Regen. Zwei Tage später kam es zur Schlacht.', null), [
      ['28. Juli 1914', '1914-07-28'],
      ['30. Juli', '1914-07-30'],
      ['selben Tag', '1914-07-30'],
      ['Zwei Tage später', '1914-08-01'],
    ]);
    assert.deepEqual(pairs('Im Jahr 1915 kam die Wende. Im Mai griff Italien ein. Im Vorjahr war alles anders.', null), [
      ['Jahr 1915', '1915'],
      ['Mai', '1915-05'],
      ['Vorjahr', '1914'],
    ]);
  });
  it('a year in parentheses does not move the story time', () => {
    assert.deepEqual(pairs('Am 28. Juni 1914 fiel der Schuss. Nach den Balkankriegen (1912/13) war die Lage gespannt. Am 30. Juli kam die Mobilmachung.', null).map((p) => p[1]), ['1914-06-28', '1912', '1913', '1914-07-30']);
  });
  it('BC years and ranges', () => {
    assert.deepEqual(pairs('Der Krieg (264–241 v. Chr.) endete. Im Jahr 256 v. Chr. landeten die Römer.', null).map((p) => p[1]), ['BC0264', 'BC0241', 'BC0256']);
  });
});

describe('English (TIMEX3 conventions), published 1998-02-13 (a Friday)', () => {
  const en = (text: string, published: string | null = '1998-02-13') => pairs(text, published, 'en');
  const cases: [string, [string, string][]][] = [
    ['The talks ended on Tuesday.', [['Tuesday', '1998-02-10']]],
    ['Prices rose last year and will rise again next year.', [['last year', '1997'], ['next year', '1999']]],
    ['The agreement was signed on March 26, 1996.', [['March 26, 1996', '1996-03-26']]],
    ['He arrived two weeks ago.', [['two weeks ago', '1998-W05']]],
    ['Profits fell in the third quarter.', [['the third quarter', '1997-Q3']]],
    ['The strike lasted more than four hours.', [['more than four hours', 'PT4H']]],
    ['Sales grew in the past three months.', [['the past three months', 'P3M']]],
    ['It was the worst crisis of the 1990s.', [['the 1990s', '199']]],
    ['The plant will close in mid-1996.', [['mid-1996', '1996']]],
    ['Officials met yesterday and will meet again tomorrow.', [['yesterday', '1998-02-12'], ['tomorrow', '1998-02-14']]],
    ['The vote is now expected soon.', [['now', 'PRESENT_REF'], ['soon', 'FUTURE_REF']]],
    ['The meeting starts at 10 p.m. Wednesday.', [['10 p.m. Wednesday', '1998-02-11T22:00']]],
    ['The board meets each Thursday.', [['each Thursday', 'XXXX-WXX-4']]],
    ['This week the market fell.', [['This week', '1998-W07']]],
    ['The company, founded in 1901, had a five-year plan.', [['1901', '1901'], ['five-year', 'P5Y']]],
    ['A 45-year-old man and 2000 soldiers were there; he is 30 years old.', []],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(en(text), expected));

  it('types', () => {
    assert.deepEqual(tag('He left on Friday morning for three days, returning daily.', '1998-02-13', 'en').map((t) => t.type), ['TIME', 'DURATION', 'SET']);
  });
  it('no anchor keeps values underspecified', () => {
    assert.deepEqual(en('The summit will take place in June.', null), [['June', 'XXXX-06']]);
  });
});

describe('published date formats', () => {
  it('reads ISO date-times and RSS dates', () => {
    assert.deepEqual(pairs('Am Montag kam er an.', '2024-04-09T08:00:00+02:00'), [['Montag', '2024-04-08']]);
    assert.deepEqual(pairs('Am Montag kam er an.', 'Tue, 09 Apr 2024 10:00:00 GMT'), [['Montag', '2024-04-08']]);
  });
});

describe('more German news expressions (published 2024-04-09)', () => {
  const cases: [string, [string, string][]][] = [
    ['Am Wochenende kam es zu Protesten.', [['Wochenende', '2024-W14-WE']]],
    ['Heuer wird weniger investiert.', [['Heuer', '2024']]],
    ['Im ersten Quartal sank der Umsatz.', [['ersten Quartal', '2024-Q1']]],
    ['Im zweiten Halbjahr 2023 stieg die Zahl.', [['zweiten Halbjahr 2023', '2023-H2']]],
    ['Zu Weihnachten soll der Krieg vorbei sein.', [['Weihnachten', '2024-12-25']]],
    ['Bis Ende nächster Woche soll eine Einigung stehen.', [['Ende nächster Woche', '2024-W16']]],
    ['Im Herbst vergangenen Jahres begann der Streik.', [['Herbst vergangenen Jahres', '2023-FA']]],
    ['Mitte der 1990er Jahre zog er nach Wien.', [['Mitte der 1990er Jahre', '199']]],
    ['Er war drei Jahre lang Minister.', [['drei Jahre lang', 'P3Y']]],
    ['Die Frist endet in 48 Stunden.', [['48 Stunden', 'PT48H']]],
    ['Der 26-jährige Mann wurde festgenommen.', []],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(pairs(text), expected));
  it('mod of "Anfang/Mitte/Ende"', () => {
    assert.deepEqual(tag('Ende Mai endet die Frist, Anfang 2025 beginnt die Reform.').map((t) => t.mod), ['END', 'START']);
  });
});

describe('narrative anchoring without a published date', () => {
  const cases: [string, string[]][] = [
    ['Am 22. Juni 1941 begann der Angriff. Im Herbst desselben Jahres stand die Front vor Moskau.', ['1941-06-22', '1941-FA']],
    ['Im Mai 1945 endete der Krieg. Zwei Monate später trafen sich die Sieger.', ['1945-05', '1945-07']],
    ['Am 3. März 1918 wurde der Vertrag unterzeichnet. Eine Woche später folgte der nächste.', ['1918-03-03', '1918-03-10']],
    ['Der Krieg dauerte von 1618 bis 1648. Im Jahre 1630 griff Schweden ein, im folgenden Jahr fiel Magdeburg.', ['1618', '1648', '1630', '1631']],
    ['Mitte des 17. Jahrhunderts war das Land verwüstet.', ['16']],
    ['Im Winter 1941/42 erfroren viele Soldaten.', ['1941-WI']],
  ];
  for (const [text, values] of cases) it(text, () => assert.deepEqual(pairs(text, null).map((p) => p[1]), values));
});

describe('tense with a published date (2024-04-09)', () => {
  const cases: [string, string][] = [
    ['Die Wahl soll im September stattfinden.', '2024-09'],
    ['Im September hatte die Partei die Wahl verloren.', '2023-09'],
    ['Der Minister kündigte an, im Juli nach Kiew zu reisen, und wird im März zurückkehren.', '2024-07'],
    ['Im Dezember wurde das Gesetz beschlossen.', '2023-12'],
    ['Die Konferenz ist für Dezember geplant.', '2024-12'],
    ['Geplant ist ein Treffen im Mai.', '2024-05'],
  ];
  for (const [text, value] of cases) it(text, () => assert.equal(pairs(text)[0][1], value));
  it('English: will vs. past', () => {
    assert.deepEqual(pairs('The summit will be held in June.', '2024-04-09', 'en'), [['June', '2024-06']]);
    assert.deepEqual(pairs('He visited China in October.', '2024-04-09', 'en'), [['October', '2023-10']]);
  });
});

describe('explicit direction words', () => {
  it('"kommenden Dienstag" on a Tuesday is a week later; "Ende der Woche" is this week', () => {
    assert.deepEqual(pairs('Kommenden Dienstag entscheidet das Gericht, Ende der Woche folgt die Regierung.'), [
      ['Kommenden Dienstag', '2024-04-16'],
      ['Ende der Woche', '2024-W15'],
    ]);
  });
});

describe('year parts', () => {
  it('Jahresbeginn, Jahresmitte 2015, im Laufe des Jahres', () => {
    assert.deepEqual(tag('Seit Jahresbeginn fiel der Kurs, zur Jahresmitte 2015 lag er höher, im Laufe des Jahres stieg er.').map((t) => [t.text, t.value, t.mod ?? null]), [
      ['Jahresbeginn', '2024', 'START'],
      ['Jahresmitte 2015', '2015', 'MID'],
      ['Laufe des Jahres', '2024', null],
    ]);
  });
});

describe('long texts', () => {
  it('scanning only trigger sentences gives the same result as scanning everything', () => {
    const filler = 'Die Regierung sprach mit den Vertretern der Opposition über die Reform. ';
    const parts = [
      'Am 3. Oktober 1990 wurde das Land vereint. ', filler, filler,
      'Zwei Tage später kam es zu Protesten. ', filler,
      'Die Minister würden sich im Juni treffen, sagte er am Dienstag. ', filler, filler, filler,
      'Seit 2014 ist die Lage angespannt; jeden Montag gibt es Demonstrationen. ', filler,
    ];
    const text = parts.join('').repeat(6);
    assert.ok(text.length > 2000);
    const sentences = segment(text).sentences;
    const a = tagTimes(text, sentences, { lang: 'de', published: '2024-04-09' });
    process.env.LAGEBILD_TIME_NOCOMPACT = '1';
    const b = tagTimes(text, sentences, { lang: 'de', published: '2024-04-09' });
    delete process.env.LAGEBILD_TIME_NOCOMPACT;
    assert.equal(a.length, 6 * 6);
    assert.deepEqual(a, b);
    for (const t of a) assert.equal(text.slice(t.start, t.end), t.text);
  });
});

describe('robustness', () => {
  it('handles empty, odd and mixed input without throwing, with valid offsets', () => {
    const texts = ['', '   ', '😀 am 3. Mai 😀 2024', '1914–1918–2020/21/22', 'Uhr Uhr 25:99 Uhr', '12.13.2024', '31.02.2023',
      'Am 3. bis', 'Jahr', 'vor  Tagen', 'x'.repeat(5000) + ' am Montag', 'Montagmorgen, 7:30 Uhr: heute!'];
    for (const text of texts) {
      for (const lang of ['de', 'en']) {
        for (const published of [null, '2024-04-09', 'not a date']) {
          const times = tagTimes(text, segment(text).sentences, { lang, published });
          for (const t of times) {
            assert.equal(text.slice(t.start, t.end), t.text);
            assert.ok(t.value.length > 0 && !/NaN|undefined/.test(t.value), `${t.text} → ${t.value}`);
          }
        }
      }
    }
  });
});

describe('movable feasts and short dates', () => {
  it('Easter-based holidays follow the tense', () => {
    assert.deepEqual(pairs('Zu Ostern kamen Tausende.'), [['Ostern', '2024-03-31']]);
    assert.deepEqual(pairs('Zu Pfingsten soll das Gesetz gelten.'), [['Pfingsten', '2024-05-19']]);
    assert.deepEqual(pairs('Karfreitag 2023 blieb es ruhig.'), [['Karfreitag 2023', '2023-04-07']]);
  });
  it('vague shifts and day-month without a year', () => {
    assert.deepEqual(pairs('Wochen später kam die Antwort.', null), [['Wochen später', 'FUTURE_REF']]);
    assert.deepEqual(pairs('Die Frist läuft bis zum 30.6. und die Sitzung ist am 3.5.'), [['30.6.', '2024-06-30'], ['3.5.', '2024-05-03']]);
  });
});

describe('prepositions before weekdays', () => {
  it('seit looks back, ab looks ahead unless the tense says otherwise', () => {
    assert.deepEqual(pairs('Seit Freitag gilt die neue Regel.'), [['Freitag', '2024-04-05']]);
    assert.deepEqual(pairs('Ab Freitag gilt die neue Regel.'), [['Freitag', '2024-04-12']]);
    assert.deepEqual(pairs('Since Friday the rule applies.', '2024-04-09', 'en'), [['Friday', '2024-04-05']]);
  });
});

describe('Morgen and two-step shifts', () => {
  it('sentence-initial Morgen before a verb is tomorrow, the noun is not', () => {
    assert.deepEqual(pairs('Morgen wird gewählt. Am Morgen regnete es. Der Morgen war kalt.'), [['Morgen', '2024-04-10']]);
  });
  it('übernächste Woche, vorletztes Jahr', () => {
    assert.deepEqual(pairs('Übernächste Woche kommt der Bericht, vorletztes Jahr war es ähnlich.'), [['Übernächste Woche', '2024-W17'], ['vorletztes Jahr', '2022']]);
  });
});
