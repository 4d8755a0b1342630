import assert from 'node:assert/strict';
import { test } from 'node:test';
import { identifyLanguage } from './index.ts';

test('identifies German and English news text', () => {
  assert.equal(identifyLanguage('Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Energiewende beschlossen, das ab Jänner gilt.').lang, 'de');
  assert.equal(identifyLanguage('The government approved a new energy law on Wednesday, which takes effect in January.').lang, 'en');
  assert.equal(identifyLanguage('Le gouvernement a adopté mercredi une nouvelle loi sur l’énergie qui entrera en vigueur en janvier.').lang, 'fr');
});

test('short texts fall back to a function-word vote, then to the default', () => {
  const de = identifyLanguage('Lawrow sagte am Dienstag in Peking.');
  assert.equal(de.lang, 'de');
  assert.equal(identifyLanguage('He said it was fine.').lang, 'en');
  const none = identifyLanguage('12:30 — 4:2');
  assert.equal(none.lang, 'de');
  assert.equal(none.method, 'default');
  assert.equal(identifyLanguage('', 'en').lang, 'en');
});

test('the function-word shortcut decides clear German and English, never a neighbouring language', () => {
  const de = identifyLanguage('Die Regierung hat am Dienstag angekündigt, dass sie die Steuern senken will. Laut dem Minister ist das nötig, um die Wirtschaft zu stützen, aber die Opposition ist kritisch.');
  assert.deepEqual([de.lang, de.method], ['de', 'stopwords']);
  const en = identifyLanguage('The government said on Tuesday that it would cut taxes. According to the minister this was needed to support the economy, but the opposition has been critical of the plan.');
  assert.deepEqual([en.lang, en.method], ['en', 'stopwords']);
  const neighbours: Record<string, string> = {
    nl: 'De regering heeft op dinsdag aangekondigd dat zij de belastingen wil verlagen. Volgens de minister is dat nodig om de economie te steunen, maar de oppositie is kritisch over het plan.',
    da: 'Regeringen har tirsdag meddelt, at den vil sænke skatterne. Ifølge ministeren er det nødvendigt for at støtte økonomien, men oppositionen er kritisk over for planen.',
    sv: 'Regeringen meddelade på tisdagen att den vill sänka skatterna. Enligt ministern är det nödvändigt för att stödja ekonomin, men oppositionen är kritisk till planen.',
    fr: 'Le gouvernement a annoncé mardi qu’il voulait baisser les impôts. Selon le ministre, cela est nécessaire pour soutenir l’économie, mais l’opposition critique le projet.',
    it: 'Il governo ha annunciato martedì che vuole ridurre le tasse. Secondo il ministro è necessario per sostenere l’economia, ma l’opposizione critica il piano.',
  };
  for (const [lang, text] of Object.entries(neighbours)) {
    const g = identifyLanguage(text);
    assert.notEqual(g.method, 'stopwords', lang);
    assert.equal(g.lang, lang, lang);
  }
});
