import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveEntities, type ResolvedEntity } from './cluster.ts';
import { docFromMarkup } from './markup.ts';

function resolve(src: string): ResolvedEntity[] {
  return resolveEntities(docFromMarkup(src), { institutions: true });
}
function orgs(es: ResolvedEntity[]): string[] {
  return es.filter((e) => e.type === 'ORG').map((e) => `${e.name}: ${e.mentions.map((m) => `${m.form}:${m.text}`).join(', ')}`);
}

describe('political camps as plural nouns', () => {
  it('makes an ORG of its own for a camp the document names no party for, with a US- prefix as country', () => {
    const es = resolve('Die Republikaner wollen das Gesetz stoppen. Im Senat fehlt den Republikanern aber die Mehrheit. Die US-Republikaner beraten am Montag.');
    assert.deepEqual(orgs(es), ['Republikaner: desc:Die Republikaner, desc:den Republikanern, desc:US-Republikaner']);
    const us = es.find((e) => e.name === 'Republikaner')!;
    assert.equal(us.canonicalId, 'party:republikaner:usa');
    assert.equal(us.country, 'USA');
  });

  it('links the camp noun to the party of that camp the document names', () => {
    const es = resolve('Die [SPÖ|ORG] verliert Stimmen. Die Sozialdemokraten wollen nun ihr Programm erneuern.');
    assert.deepEqual(orgs(es), ['SPÖ: name:SPÖ, desc:Die Sozialdemokraten']);
  });

  it('takes a possessive genitive of a named person and a headline clause start', () => {
    const es = resolve('Demokraten feiern den Sieg. Die Senatoren von [Barack Obamas|PER] Demokraten stimmten zu.');
    assert.deepEqual(orgs(es), ['Demokraten: desc:Demokraten, desc:Demokraten']);
  });

  it('leaves singular adherents, quantified plurals and adherents before a name alone', () => {
    const es = resolve('Der Republikaner warf dem Präsidenten Versagen vor. Viele Demokraten zweifeln. Er traf den Freiheitlichen [Karl Huber|PER].');
    assert.deepEqual(orgs(es), []);
  });
});

describe('apposition head nouns', () => {
  it('makes the definite head stand for the one organisation introduced with it, also in the headline', () => {
    const es = resolve('Gewerkschaft fordert mehr Lohn. Die Gewerkschaft [Verdi|ORG] hat zu Streiks aufgerufen. Die Gewerkschaft will weiter verhandeln.');
    assert.deepEqual(orgs(es), ['Verdi: desc:Gewerkschaft, name:Verdi, desc:Die Gewerkschaft']);
  });

  it('keys a compound head by its base ("der Jihadistenmiliz IS" … "von der Terrormiliz")', () => {
    const es = resolve('Kämpfer der Jihadistenmiliz [Islamischer Staat|ORG] nahmen Geiseln. Sie könnten von der Terrormiliz entführt worden sein.');
    assert.deepEqual(orgs(es), ['Islamischer Staat: name:Islamischer Staat, desc:der Terrormiliz']);
    const two = resolve('Die Terrormiliz [Al-Shabaab|ORG] und die Hilfsorganisation [Caritas|ORG] sind dort. Die Hilfsorganisation [Care|ORG] auch. Die Hilfsorganisation hilft.');
    assert.deepEqual(orgs(two), ['Al-Shabaab: name:Al-Shabaab', 'Caritas: name:Caritas', 'Care: name:Care']);
  });

  it('links no head that two organisations share, and none without an apposition', () => {
    const two = resolve('Die Partei [Neos|ORG] und die Partei [Jetzt|ORG] treten an. Die Partei will gewinnen.');
    assert.deepEqual(orgs(two), ['Neos: name:Neos', 'Jetzt: name:Jetzt']);
    const none = resolve('[Siemens|ORG] baut Stellen ab. Der Konzern will sparen.');
    assert.deepEqual(orgs(none), ['Siemens: name:Siemens']);
  });
});

describe('a country\'s government as a common noun', () => {
  it('makes "die Regierung" and "das Land" mentions of the country named just before', () => {
    const es = resolve('[Portugal|LOC] braucht frisches Geld. Die Regierung beantragte am Montag Hilfe. Das Land hofft auf eine rasche Antwort.');
    const pt = es.find((e) => e.name === 'Portugal')!;
    assert.deepEqual(pt.mentions.map((m) => `${m.form}:${m.text}`), ['name:Portugal', 'desc:Die Regierung', 'desc:Das Land']);
  });

  it('leaves places, named governments, owners and documents without a country alone', () => {
    const es = resolve('[Portugal|LOC] wählt. Viele kehren in das Land zurück. Die Regierung der Region Madeira protestiert. Das Land [Tirol|LOC] hilft. Der Sprecher der Regierung schweigt.');
    const pt = es.find((e) => e.name === 'Portugal')!;
    assert.deepEqual(pt.mentions.map((m) => m.text), ['Portugal']);
    const none = resolve('Die Regierung beantragte am Montag Hilfe.');
    assert.equal(none.length, 0);
  });

  it('takes one describing adjective before "Land", and no country inside a compound as the one named before (h/evarg)', () => {
    const es = resolve('[Venezuela|LOC] hat den US-Botschafter ausgewiesen. Das südamerikanische Land wirft den [USA|LOC] vor, einen Putsch zu planen.');
    const ve = es.find((e) => e.name === 'Venezuela')!;
    assert.deepEqual(ve.mentions.map((m) => `${m.form}:${m.text}`), ['name:Venezuela', 'desc:Das südamerikanische Land']);
    // an adjective that picks out another country or the whole is left alone
    const other = resolve('[Portugal|LOC] wählt. Das einzige Land ohne Regierung ist Belgien. Das eigene Land geht vor.');
    assert.deepEqual(other.find((e) => e.name === 'Portugal')!.mentions.map((m) => m.text), ['Portugal']);
  });
});

describe('a state\'s armed forces or regime as a common noun', () => {
  const locs = (es: ResolvedEntity[]) => es.filter((e) => e.type === 'LOC').map((e) => `${e.name}: ${e.mentions.map((m) => `${m.form}:${m.text}`).join(', ')}`);
  it('makes "das Militär", "die Regierungstruppen" and "das kommunistische Regime" mentions of the country named just before', () => {
    assert.deepEqual(locs(resolve('[Nordkorea|LOC] verschärft den Ton. Das Militär des international isolierten Landes drohte. Sanktionen gegen das kommunistische Regime wirken.')), [
      'Nordkorea: name:Nordkorea, desc:Das Militär, desc:das kommunistische Regime',
    ]);
    assert.deepEqual(locs(resolve('In [Syrien|LOC] wird gekämpft. Bei dem Beschuss durch die Regierungstruppen starben viele.')), ['Syrien: name:Syrien, desc:die Regierungstruppen']);
  });
  it('leaves forces with an owner or name of their own, in a place phrase, as a genitive attribute, or with no country alone', () => {
    assert.deepEqual(locs(resolve('[Syrien|LOC] wählt. Die Armee [Israels|LOC] schießt. Das Regime von Assad hält. Er diente in der Armee. Der Sprecher der Armee schweigt.')), [
      'Syrien: name:Syrien', 'Israel: name:Israels',
    ]);
    assert.deepEqual(locs(resolve('Das Militär drohte mit Schlägen.')), []);
  });
});

describe('fighters and adherents of an organisation', () => {
  it('makes "IS-Kämpfer" a mention of the organisation, known from the document or the reference list', () => {
    const es = resolve('Die [PKK|ORG] meldet Gefechte. PKK-Kämpfer griffen einen Posten an. Auch IS-Kämpfer waren in der Gegend.');
    assert.deepEqual(orgs(es), ['PKK: name:PKK, desc:PKK-Kämpfer', 'Islamischer Staat: desc:IS-Kämpfer']);
  });

  it('makes activists and an attack noun after the acronym ("IS-Aktivisten", "IS-Angriff") mentions of it', () => {
    const es = resolve('Seit dem IS-Angriff auf die Fabrik fehlt jede Spur. Truppen nahmen IS-Aktivisten unter Beschuss.');
    assert.deepEqual(orgs(es), ['Islamischer Staat: desc:IS-Angriff, desc:IS-Aktivisten']);
  });

  it('leaves unknown acronyms and other compounds alone', () => {
    assert.deepEqual(orgs(resolve('XYZ-Kämpfer und IS-Experten sprachen.')), []);
    assert.deepEqual(orgs(resolve('Der XYZ-Angriff und die IS-Angriffsziele.')), []);
    // an attack named by an acronym of its own is no organisation's
    assert.deepEqual(orgs(resolve('[DROWN|ORG] ist eine Lücke. Die DROWN-Attacke trifft Server.')), ['DROWN: name:DROWN']);
  });
});

describe('demonym nouns the NER left untagged', () => {
  const locs = (es: ResolvedEntity[]) => es.filter((e) => e.type === 'LOC').map((e) => `${e.name}: ${e.mentions.map((m) => `${m.form}:${m.text}`).join(', ')}`);
  it('links a singular or plural demonym to its country, also one the document names already', () => {
    assert.deepEqual(locs(resolve('In [Italien|LOC] wurde ein Algerier festgenommen.')), ['Italien: name:Italien', 'Algerien: desc:Algerier']);
    assert.deepEqual(locs(resolve('In [Syrien|LOC] wird gekämpft. Den Syrern fehlt Hilfe.')), ['Syrien: name:Syrien, desc:Syrern']);
  });
  it('leaves a demonym before a name (a role), before a capitalised noun and inside a compound alone', () => {
    assert.deepEqual(locs(resolve('Der Algerier [Mohamed Belkaid|PER] wurde getötet. Die Schweizer Banken zahlen. Die Algerier-Frage bleibt.')), []);
  });
});

describe('a government or parliament named by its seat', () => {
  const locs = (es: ResolvedEntity[]) => es.filter((e) => e.type === 'LOC').map((e) => `${e.name}: ${e.mentions.map((m) => `${m.form}:${m.text}`).join(', ')}`);
  it('makes "die Regierung in X" a description of the country (of a capital: its state)', () => {
    assert.deepEqual(locs(resolve('Die international anerkannte Regierung in [Libyen|LOC] bat um Hilfe.')), ['Libyen: desc:Regierung, name:Libyen']);
    assert.deepEqual(locs(resolve('Das Parlament in [Athen|LOC] stimmte zu.')), ['Athen: name:Athen', 'Griechenland: desc:Parlament']);
  });
  it('leaves a government followed by no place name alone', () => {
    assert.deepEqual(locs(resolve('Die Regierung von Ministerpräsident [Tsipras|PER] stimmte zu.')), []);
  });
});

describe('plural nouns of fighters for the armed group named before (h/evarg)', () => {
  it('links "die Islamisten", "die Rebellen" to the group of that kind named nearest before', () => {
    const es = resolve('Die radikalislamischen [Taliban|ORG] griffen einen Stützpunkt an. Die Islamisten töteten zwölf Soldaten.');
    assert.deepEqual(orgs(es), ['Taliban: name:Taliban, desc:Die Islamisten']);
    const rebels = resolve('Die Guerillaorganisation [FARC|ORG] verhandelt. Danach traf der Minister Vertreter der [FARC|ORG]. Die Rebellen riefen ihn auf, sie anzuerkennen.');
    assert.deepEqual(orgs(rebels), ['FARC: name:FARC, name:FARC, desc:Die Rebellen']);
  });

  it('links no noun of another kind of group, none after a descriptive adjective, none where two groups are named', () => {
    // "die Aufständischen" are no terror organisation's
    const other = resolve('Der Osten ist in der Hand der Rebellen. Die Terrororganisation [Al-Kaida|ORG] ist dort. Die Aufständischen setzen ihre Angriffe fort.');
    assert.deepEqual(orgs(other), ['Al-Kaida: name:Al-Kaida']);
    const adjective = resolve('Die Terrormiliz [IS|ORG] ist aktiv. Die Fahrzeuge ähnelten denen der verfolgten Extremisten.');
    assert.deepEqual(orgs(adjective), ['Islamischer Staat: name:IS']);
    const two = resolve('Die Terrormiliz [IS|ORG] und die Terrormiliz [Al-Shabaab|ORG] drohen. Die Extremisten töteten zwölf Menschen.');
    assert.deepEqual(orgs(two), ['Islamischer Staat: name:IS', 'Al-Shabaab: name:Al-Shabaab']);
  });
});

describe('named armed-group compounds (h/ev29)', () => {
  it('makes an ORG of a name before -Rebellen/-Miliz/-Kämpfer, not of a people, a country or a person', () => {
    assert.deepEqual(orgs(resolve('Die Zanari-Rebellen haben die Stadt eingenommen.')), ['Zanari: desc:Zanari-Rebellen']);
    assert.deepEqual(orgs(resolve('Kämpfer der Zanari-Miliz griffen an.')), ['Zanari: desc:Zanari-Miliz']);
    assert.deepEqual(orgs(resolve('Die Kurden-Miliz rückte vor.')), []);
    assert.deepEqual(orgs(resolve('Die Regierungs-Milizen rückten vor.')), []);
    assert.deepEqual(orgs(resolve('[Karl Zanari|PER] sprach. Die Zanari-Kämpfer jubelten.')), []);
  });

  it('makes no ORG of a common noun before -Kämpfer ("Elite-Kämpfer", "Profi-Kämpfer"): a kind of fighter, no group', () => {
    assert.deepEqual(orgs(resolve('Die Elite-Kämpfer der Armee trainierten. Auch die Profi-Kämpfer aus Linz traten an.')), []);
    assert.deepEqual(orgs(resolve('Die Jugend-Miliz zog ab.')), []);
    // nor of a person's name the document does not name as a person (the NER lexicon knows it as one)
    assert.deepEqual(orgs(resolve('Die Assad-Milizen rückten vor. Auch Gaddafi-Kämpfer waren dort.')), []);
    // an organisation that is also a dictionary noun stays one
    assert.deepEqual(orgs(resolve('Die Hisbollah-Miliz rückte vor.')).length, 1);
  });
});
