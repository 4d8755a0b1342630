import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mayBeNounKey, mayEndInTitle, nounKeyShapes, parseTitle, personNounKey, rolesBefore, windowWords, words } from './roles.ts';
import { CharClass, wordBefore } from './scan.ts';

/** A deterministic pseudo-random generator (xorshift), so that a failure can be replayed. */
function rng(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}
function randomText(r: () => number, pieces: string[], n: number): string {
  let s = '';
  for (let k = 0; k < n; k++) s += pieces[Math.floor(r() * pieces.length)];
  return s;
}

const WORD_BEFORE = /([\p{L}\p{N}.'’-]+)[ \t]+$/u;

describe('wordBefore', () => {
  it('finds the word before trailing spaces as the regex over the slice does', () => {
    const text = 'Die Gewerkschaft ver.di fordert, dass die  Regierung\t';
    assert.deepEqual(wordBefore(text, 0, 4), ['Die ', 'Die']);
    assert.deepEqual(wordBefore(text, 0, 17), ['Gewerkschaft ', 'Gewerkschaft']);
    assert.deepEqual(wordBefore(text, 5, 17), ['ewerkschaft ', 'ewerkschaft']);
    assert.deepEqual(wordBefore(text, 0, 24), ['ver.di ', 'ver.di']);
    assert.equal(wordBefore(text, 0, 16), null);
    assert.equal(wordBefore(text, 0, 33), null);
    assert.deepEqual(wordBefore(text, 0, text.length), ['Regierung\t', 'Regierung']);
    assert.equal(wordBefore('a\n ', 0, 3), null);
    assert.equal(wordBefore(' ', 0, 1), null);
  });

  it('agrees with the regex on random texts, astral letters and lone surrogates included', () => {
    const r = rng(12345);
    const pieces = ['a', 'Z', 'ä', '5', '.', "'", '’', '-', ' ', ' ', '\t', '\n', ',', '(', '\u{1D400}', '\u{1F600}', '\uD835', '\uDC00', 'der', 'Land'];
    for (let k = 0; k < 20000; k++) {
      const text = randomText(r, pieces, 1 + Math.floor(r() * 12));
      const end = Math.floor(r() * (text.length + 1));
      const from = Math.floor(r() * (end + 1));
      const m = WORD_BEFORE.exec(text.slice(from, end));
      assert.deepEqual(wordBefore(text, from, end), m ? [m[0], m[1]] : null, JSON.stringify([text, from, end]));
    }
  });
});

describe('CharClass', () => {
  it('answers by code point, astral ones included', () => {
    const c = new CharClass(/[\p{L}\p{N}-]/u);
    for (const ch of ['a', 'Ä', '7', '-', '\u{1D400}']) assert.ok(c.has(ch.codePointAt(0)!), ch);
    for (const ch of [' ', '.', '\u{1F600}', '\uD835']) assert.ok(!c.has(ch.codePointAt(0)!), ch);
    assert.equal(c.lengthBefore('x\u{1D400}', 0, 3), 2);
    // a low surrogate whose high half lies before the slice is a code point of its own
    assert.equal(c.lengthBefore('x\u{1D400}', 2, 3), 0);
  });
});

describe('mayBeNounKey', () => {
  it('never rules out a word whose person-noun key is among the keys', () => {
    const keys = new Set(['blogger', 'aktivist', 'demonstrant', 'ökonom', 'präsident', 'demonym:ESP']);
    const shapes = nounKeyShapes(keys);
    for (const w of ['Blogger', 'Bloggers', 'Bloggerin', 'Aktivisten', 'Aktivist', 'Demonstranten', 'Ökonomen', 'Ökonom']) {
      const key = personNounKey(w);
      if (key && keys.has(key)) assert.ok(mayBeNounKey(shapes, w), w);
    }
    assert.ok(mayBeNounKey(shapes, 'Bloggers'));
    // another first letter or a length that no key has two letters within
    for (const w of ['Sänger', 'Sprecher', 'Bloggerinnen', 'Blog', 'Spanier']) assert.ok(!mayBeNounKey(shapes, w), w);
    // words starting beyond Latin-1 are not ruled out
    assert.ok(mayBeNounKey(shapes, 'Łukaszer'));
  });
});

describe('windowWords', () => {
  it('gives the last words of the long window, at least 14 of them, or all of them', () => {
    const r = rng(4242);
    const vocab = ['der', 'die', 'russische', 'neue', 'Außenminister', 'Präsident', ',', 'sagte', 'am', 'Montag', 'in', 'Berlin', 'Sprecherin', 'des',
      'chinesischen', 'Außenministeriums', 'US-Präsident', 'Dr.', 'früheren', 'langjährige', 'und', '„Zitat“', '5.', 'Mio.'];
    for (let k = 0; k < 3000; k++) {
      const text = Array.from({ length: 5 + Math.floor(r() * 70) }, () => vocab[Math.floor(r() * vocab.length)]).join(' ');
      const end = text.length - Math.floor(r() * 10);
      const from = Math.floor(r() * Math.min(40, end));
      const full = words(text.slice(from, end), from);
      const got = windowWords(text, from, end);
      assert.ok(got.length === full.length || got.length >= 14, JSON.stringify([text, from, end]));
      assert.deepEqual(got, full.slice(full.length - got.length), JSON.stringify([text, from, end]));
    }
  });

  it('reads the same roles as before on long sentences', () => {
    const pre = 'In einer langen Erklärung vor dem Parlament und den Vertretern der Presse in der Hauptstadt hat am Montag ';
    const text = `${pre}der russische Außenminister Sergej Lawrow betont, dass die Sprecherin des chinesischen Außenministeriums, Hua Chunying, zustimmt.`;
    const at = text.indexOf('Sergej');
    assert.deepEqual(rolesBefore(text, 0, at).map((x) => [x.title, x.country, text.slice(x.start, x.end)]), [['Außenminister', 'RUS', 'der russische Außenminister']]);
    const at2 = text.indexOf('Hua');
    assert.deepEqual(rolesBefore(text, 0, at2).map((x) => [x.key, x.country]), [['sprecher', 'CHN']]);
  });
});

describe('mayEndInTitle', () => {
  it('rules out no word that parseTitle reads as a title', () => {
    const r = rng(777);
    const parts = ['Außen', 'minister', 'Präsident', 'präsident', 'in', 'en', 'n', 's', 'es', 'r', 'm', 'Landes', 'rätin', 'rat', 'US-', 'Ex-', 'Kanzler',
      'Prozent', 'Mona', 'ten', 'Sprecher', 'Obfrau', 'CEO', 'Ökonom', 'É', 'ẞ', 'İ', 'Vize', 'chef', 'Bundes', 'heer', 'Staats', 'anwältin', 'x'];
    let titles = 0;
    let ruledOut = 0;
    for (let k = 0; k < 20000; k++) {
      const w = randomText(r, parts, 1 + Math.floor(r() * 4));
      const t = parseTitle(w);
      if (t) titles++;
      if (!mayEndInTitle(w)) {
        ruledOut++;
        assert.equal(t, null, w);
      }
    }
    assert.ok(titles > 1000 && ruledOut > 1000, `${titles} titles, ${ruledOut} ruled out`);
    for (const w of ['Prozent', 'Monaten', 'Winter', 'Peter']) assert.equal(mayEndInTitle(w), false, w);
    for (const w of ['Präsidentin', 'US-Außenministers', 'Landesrätin', 'Obfrau']) assert.equal(mayEndInTitle(w), true, w);
  });
});
