/** Events lexicon: curated OpenThesaurus synonyms (lexicon-synonyms.ts) are triggers with their seed's type and options. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOn as on, eventRows, type DocSpec, type EntitySpec } from './testing.ts';
import { ENTRIES, NOUN_FORMS, VERB_FORMS, type EntryOptions, type PloverType } from './lexicon.ts';
import { SYNONYMS, synonymRows } from './lexicon-synonyms.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'] },
  { name: 'Regierung', type: 'ORG', forms: ['Regierung'] },
  { name: 'Russland', type: 'LOC' },
  { name: 'Polizei', type: 'ORG' },
];
const run = (text: string, extra: DocSpec = {}) => eventRows(text, { entities: ENTITIES, published: null, ...extra });

test('every synonym finds its seed: one lexicon entry each, with the seed and the source', () => {
  for (const s of SYNONYMS) {
    const e = ENTRIES.find((x) => x.lemma === s.word && x.type === s.type) as (typeof ENTRIES)[number] & { seed?: string; source?: string };
    assert.ok(e, `${s.word}: seed ${s.seed} (${s.type}) not in the lexicon`);
    assert.equal(e.seed, s.seed);
    assert.equal(e.source, 'OpenThesaurus');
    assert.equal(e.pos, s.pos);
  }
  assert.ok(NOUN_FORMS.has('begegnung') && VERB_FORMS.has('verbündet'));
});

test('an OpenThesaurus noun is a trigger with its seed type, also as a compound head', () => {
  // Blutbad (seed Massaker), Arbeitskampf (seed Streik), Bombenabwurf as the head of a compound
  const blood = run('Die Miliz richtete in der Stadt ein Blutbad an.');
  assert.equal(on(blood, 'Blutbad')?.type, 'ASSAULT', JSON.stringify(blood));
  const strike = run('Die Gewerkschaft setzt den Arbeitskampf gegen die Regierung fort.');
  assert.equal(on(strike, 'Arbeitskampf')?.type, 'PROTEST', JSON.stringify(strike));
  const compound = run('Bei dem Nato-Bombenabwurf auf Belgrad starben 16 Menschen.');
  assert.equal(on(compound, 'Nato-Bombenabwurf')?.type, 'ASSAULT', JSON.stringify(compound));
  // a meeting noun of the seed Treffen, with its counterpart (needArg) and not in a sports report
  const meet = run('Berger zeigte sich nach seiner Begegnung mit der Regierung zufrieden.');
  assert.equal(on(meet, 'Begegnung')?.type, 'CONSULT', JSON.stringify(meet));
  assert.equal(on(run('Die Begegnungen auf dieser Reise sind der Stoff des Romans.'), 'Begegnungen'), undefined);
  assert.equal(on(run('Berger verlor die Begegnung mit der Regierung im Finale klar.'), 'Begegnung'), undefined);
});

test('an OpenThesaurus verb is a trigger with its seed type and its own particle or reflexive', () => {
  // sich verbünden (seed koalieren: COOPERATE, "mit" for the recipient)
  const ally = run('Die Regierung verbündete sich mit Russland.');
  const e = on(ally, 'verbündete');
  assert.equal(e?.type, 'COOPERATE', JSON.stringify(ally));
  assert.deepEqual(e?.recipients, ['Russland']);
  assert.equal(on(run('Die Regierung verbündete Russland.'), 'verbündete'), undefined, 'reflexive needed');
  // totschlagen (seed erschlagen), with its separated particle; "die Zeit totschlagen" is no event
  const killed = run('Der Mann schlug Berger im Streit tot.');
  assert.equal(on(killed, 'schlug')?.type, 'ASSAULT', JSON.stringify(killed));
  assert.equal(run('Berger schlug die Zeit im Wartezimmer tot.').length, 0);
});

test('a nominalisation of a lexicon verb is a noun trigger with the verb\'s type', () => {
  // Enthauptung (seed enthaupten), Boykottierung (seed boykottieren)
  const beheading = run('Die Miliz filmte die Enthauptung eines Journalisten.');
  assert.equal(on(beheading, 'Enthauptung')?.type, 'ASSAULT', JSON.stringify(beheading));
  const boycott = run('Die Boykottierung der Wahl durch die Regierung schadete dem Land.');
  assert.equal(on(boycott, 'Boykottierung')?.type, 'PROTEST', JSON.stringify(boycott));
  // the noun of an idiom in the seed verb's synset ("Applaus spenden" beside applaudieren)
  const applause = run('Die Regierung spendete Berger großen Applaus.');
  assert.equal(on(applause, 'Applaus')?.type, 'SUPPORT', JSON.stringify(applause));
});

test('synonymRows: a synonym takes its seed\'s mode and options, not its particle, reflexive or forms; excl adds up', () => {
  type Row = [PloverType, string | null, string, string, EntryOptions?];
  const rows: Row[] = [['AGREE', 'm', 'vereinbaren', 'vereinbar', { p: 'x', refl: true, notForms: ['a'], needObj: ['abkommen'], excl: ['a'], recPrep: ['mit'] }]];
  const [out] = synonymRows(rows, 'verb', [{ word: 'ausmachen', pos: 'verb', type: 'AGREE', seed: 'vereinbaren', forms: 'mach', opts: { p: 'aus', excl: ['b'] }, source: 'OpenThesaurus' }]);
  assert.deepEqual(out.slice(0, 4), ['AGREE', 'm', 'ausmachen', 'mach']);
  const o = out[4] as EntryOptions & { seed: string };
  assert.equal(o.p, 'aus');
  assert.equal(o.refl, undefined);
  assert.equal(o.notForms, undefined);
  assert.deepEqual(o.needObj, ['abkommen']);
  assert.deepEqual(o.recPrep, ['mit']);
  assert.deepEqual(o.excl, ['a', 'b']);
  assert.equal(o.seed, 'vereinbaren');
  // a nominalisation takes only the participants and excluded words of its verb, not its frame
  const [n] = synonymRows([], 'noun', [{ word: 'Vereinbarung', pos: 'noun', type: 'AGREE', seed: 'vereinbaren', seedPos: 'verb', forms: 'vereinbarung', source: 'OpenThesaurus' }], rows);
  assert.deepEqual(n[4], { excl: ['a'], recPrep: ['mit'], seed: 'vereinbaren', source: 'OpenThesaurus' });
  // a seed of another type is no seed; entries of the other part of speech are not taken
  assert.deepEqual(synonymRows(rows, 'verb', [{ word: 'ausmachen', pos: 'verb', type: 'SUPPORT', seed: 'vereinbaren', forms: 'mach', source: 'OpenThesaurus' }]), []);
  assert.deepEqual(synonymRows(rows, 'verb', [{ word: 'Abmachung', pos: 'noun', type: 'AGREE', seed: 'vereinbaren', forms: 'abmachung', source: 'OpenThesaurus' }]), []);
});
