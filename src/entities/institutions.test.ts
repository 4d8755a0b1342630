import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveEntities, type ResolvedEntity } from './cluster.ts';
import { institutionNoun } from './institutions.ts';
import { docFromMarkup } from './markup.ts';

function resolve(src: string, institutions = true): ResolvedEntity[] {
  return resolveEntities(docFromMarkup(src), { institutions });
}
function orgTexts(es: ResolvedEntity[]): string[][] {
  return es.filter((e) => e.type === 'ORG').map((e) => e.mentions.map((m) => `${m.form}:${m.text}`));
}

describe('institution nouns', () => {
  it('reads singular institution compounds and their genitive, not plurals or look-alikes', () => {
    assert.equal(institutionNoun('Verfassungsgerichtshofes')?.name, 'Verfassungsgerichtshof');
    assert.equal(institutionNoun('Innenministeriums')?.name, 'Innenministerium');
    assert.equal(institutionNoun('Staatsanwaltschaft')?.name, 'Staatsanwaltschaft');
    assert.equal(institutionNoun('Sicherheitsrates')?.name, 'Sicherheitsrat');
    for (const w of ['Gerichte', 'Gewerkschaften', 'Ministerien', 'Kammern', 'Verbände', 'Wiedervereinigung', 'Gaskammer', 'Hauptgericht', 'Datenbank', 'Ehrenamt', 'Verrat', 'Kammer', 'Regierung', 'US-Außenministerium']) {
      assert.equal(institutionNoun(w), null, w);
    }
  });

  it('makes an ORG entity of a definite institution noun, with its article, and joins later short forms', () => {
    const es = resolve('Die Tierärztekammer lehnt den Plan ab. [Eva Berger|PER] sprach mit der Kammer. Zahnärzte und Tierärztekammer wollen weiter verhandeln.');
    assert.deepEqual(orgTexts(es), [['desc:Die Tierärztekammer', 'desc:der Kammer', 'desc:Tierärztekammer']]);
    const org = es.find((e) => e.type === 'ORG')!;
    assert.equal(org.name, 'Tierärztekammer');
    assert.ok(!org.derivOnly);
  });

  it('starts mentions after a contraction and names the nominative', () => {
    const es = resolve('Das Gesetz wurde vom Landesverfassungsgerichtshof aufgehoben. Die Richter des Landesverfassungsgerichtshofes waren sich einig.');
    const org = es.find((e) => e.type === 'ORG')!;
    assert.equal(org.name, 'Landesverfassungsgerichtshof');
    assert.deepEqual(org.mentions.map((m) => m.text), ['Landesverfassungsgerichtshof', 'des Landesverfassungsgerichtshofes']);
  });

  it('leaves generic plurals, nationality phrases, unconfirmed bare heads and tagged names alone', () => {
    const es = resolve(
      'Die Gerichte und die Gewerkschaften protestieren. Das [kanadische|LOC] Umweltministerium schweigt. ' +
        'Die Kammer tagt. Der [Verband Freier Bäcker|ORG] klagt. Sie fürchten das Jüngste Gericht.',
    );
    assert.deepEqual(orgTexts(es), [['name:Verband Freier Bäcker']]);
  });

  it('joins an acronym in parentheses right after the noun', () => {
    const es = resolve('Das meldete die Seeverkehrsbehörde ([SVB|ORG]) am Montag. Die Behörde ermittelt.');
    const org = es.find((e) => e.type === 'ORG')!;
    assert.deepEqual(org.mentions.map((m) => `${m.form}:${m.text}`), ['desc:die Seeverkehrsbehörde', 'name:SVB', 'desc:Die Behörde']);
  });

  it('names a bare head after a capitalised adjective and takes a country from a genitive', () => {
    const es = resolve('Das Urteil bestätigte der Oberste Gerichtshof [Kanadas|LOC] am Montag. Der Gerichtshof tagte nur kurz.');
    const org = es.find((e) => e.type === 'ORG')!;
    assert.equal(org.name, 'Oberster Gerichtshof');
    assert.equal(org.country, 'CAN');
    assert.equal(org.canonicalId, 'org:oberster-gerichtshof:can');
    assert.deepEqual(org.mentions.map((m) => m.text), ['der Oberste Gerichtshof', 'Der Gerichtshof']);
  });

  it('keeps a nationality adjective when an acronym names the body, and gives its country', () => {
    const es = resolve('Die [bulgarische|LOC] Seeverkehrsbehörde ([SVB|ORG]) hat Anklage erhoben.');
    const org = es.find((e) => e.type === 'ORG')!;
    assert.equal(org.country, 'BGR');
    assert.deepEqual(org.mentions.map((m) => `${m.form}:${m.text}`), ['desc:Die bulgarische Seeverkehrsbehörde', 'name:SVB']);
  });

  it('keeps the short head unlinked when two institutions share it', () => {
    const es = resolve('Das Finanzministerium und das Sozialministerium streiten. Das Ministerium schweigt.');
    assert.deepEqual(orgTexts(es), [['desc:Das Finanzministerium'], ['desc:das Sozialministerium']]);
  });

  it('is off unless asked for, so name-mention scores compare names only', () => {
    assert.deepEqual(orgTexts(resolve('Die Tierärztekammer lehnt den Plan ab.', false)), []);
  });
});

describe('institutions after a tagged place adjective', () => {
  it('keeps a city or region institution, leaves country and capital-government phrases to the state', () => {
    const city = resolve('Die [Wiener|LOC|deriv] Ärztekammer lehnt das Gesetz ab.');
    assert.deepEqual(orgTexts(city), [['desc:Die Wiener Ärztekammer']]);
    const region = resolve('Die [bayerische|LOC|deriv] Landesregierung widerspricht.');
    assert.deepEqual(orgTexts(region), [['desc:Die bayerische Landesregierung']]);
    const prosecutor = resolve('Die [Pariser|LOC|deriv] Staatsanwaltschaft ermittelt.');
    assert.deepEqual(orgTexts(prosecutor), [['desc:Die Pariser Staatsanwaltschaft']]);
    // a capital before a national ministry or government, or a country adjective: the state is meant
    for (const src of ['Das [Moskauer|LOC|deriv] Außenministerium protestierte.', 'Die [Schweizer|LOC|deriv] Notenbank senkte den Zins.', 'Der [Kiewer|LOC|deriv] Regierung wird vorgeworfen …']) {
      assert.deepEqual(orgTexts(resolve(src)), [], src);
    }
  });
});

describe('the place of a city institution', () => {
  it('qualifies the registry id with the city and takes its country', () => {
    const org = resolve('Die [Pariser|LOC|deriv] Staatsanwaltschaft ermittelt.').find((e) => e.type === 'ORG')!;
    assert.equal(org.canonicalId, 'org:staatsanwaltschaft:fra@paris');
    assert.equal(org.country, 'FRA');
    const plain = resolve('Die Staatsanwaltschaft ermittelt.').find((e) => e.type === 'ORG')!;
    assert.equal(plain.canonicalId, 'org:staatsanwaltschaft');
  });
});
