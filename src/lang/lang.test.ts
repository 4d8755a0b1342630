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
