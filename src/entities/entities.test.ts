import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Pipeline } from '../pipeline/pipeline.ts';
import type { Component } from '../pipeline/component.ts';
import { hyphenTitles, nominativeName, resolveEntities, type ResolvedEntity } from './cluster.ts';
import { lookupAdjective, lookupCountry, lookupDemonym } from './countries.ts';
import { entitiesComponent } from './index.ts';
import { docFromMarkup } from './markup.ts';
import { lookupPlace } from './places.ts';
import { parseTitle, words } from './roles.ts';
import { nameTokens, phraseKey, translitKey } from './text.ts';

function resolve(src: string): ResolvedEntity[] {
  return resolveEntities(docFromMarkup(src));
}
function byMention(es: ResolvedEntity[], text: string): ResolvedEntity {
  const e = es.find((x) => x.mentions.some((m) => m.text === text));
  assert.ok(e, `no entity with mention "${text}"`);
  return e;
}
function same(es: ResolvedEntity[], a: string, b: string): boolean {
  return byMention(es, a) === byMention(es, b);
}

describe('names and transliteration', () => {
  it('keeps a surname that ends in -ss whole (no genitive -s stripped)', () => {
    const es = resolve('[Irmgard Griss|PER] stellte sich vor. Danach sprach [Griss|PER] mit [Tom Strauss|PER]. [Strauss|PER] nickte.');
    assert.equal(byMention(es, 'Irmgard Griss').name, 'Irmgard Griss');
    assert.ok(same(es, 'Irmgard Griss', 'Griss'));
    assert.equal(byMention(es, 'Tom Strauss').name, 'Tom Strauss');
  });
  it('completes a person name cut after a surname particle from the text that follows', () => {
    const es = resolve(
      'Gestern trat [Maria Van|PER] den Berg in Gent auf. Danach sprach [Van|PER] den Berg mit [Tom Ruiz|PER]. ' +
        '[Lea Da|PER] sagte nichts. Am Ende kam [Jo De|PER] [Witt|PER] noch.',
    );
    const m = byMention(es, 'Maria Van den Berg');
    assert.equal(m.name, 'Maria Van den Berg');
    assert.ok(same(es, 'Maria Van den Berg', 'Van den Berg'));
    // no capitalised word after the particle, or another mention there: left as it is
    assert.ok(byMention(es, 'Lea Da'));
    assert.ok(byMention(es, 'Jo De'));
  });
  it('collapses German and English romanisations', () => {
    assert.equal(translitKey('Peskow'), translitKey('Peskov'));
    assert.equal(translitKey('Dmitri'), translitKey('Dmitry'));
    assert.equal(translitKey('Selenskyj'), translitKey('Zelensky'));
    assert.equal(translitKey('Chodorkowski'), translitKey('Khodorkovsky'));
    assert.notEqual(translitKey('Peskow'), translitKey('Pesko'));
  });
  it('ignores adjective and genitive inflection in multi-word names', () => {
    assert.equal(phraseKey('Europäischen Zentralbank'), phraseKey('Europäische Zentralbank'));
    assert.equal(phraseKey('Internationalen Strafgerichtshofs'), phraseKey('Internationaler Strafgerichtshof'));
  });
});

describe('countries and places', () => {
  it('finds ISO alpha-3 ids for German, English and missing forms', () => {
    assert.equal(lookupCountry('Volksrepublik China'), 'CHN');
    assert.equal(lookupCountry('Amerika'), 'USA');
    assert.equal(lookupCountry('Vereinigten Staaten'), 'USA');
    assert.equal(lookupCountry('Frankreichs'), 'FRA');
    assert.equal(lookupCountry('der Türkei'), 'TUR');
    assert.equal(lookupCountry('Germany'), 'DEU');
    assert.equal(lookupCountry('Kaffee'), null);
  });
  it('reads inflected nationality adjectives and demonyms', () => {
    assert.equal(lookupAdjective('französischen'), 'FRA');
    assert.equal(lookupAdjective('ukrainischer'), 'UKR');
    assert.equal(lookupAdjective('US-amerikanische'), 'USA');
    assert.equal(lookupAdjective('proeuropäischen'), null);
    assert.equal(lookupAdjective('prorussische'), 'RUS');
    assert.equal(lookupAdjective('deutsch-polnischen'), 'DEU');
    assert.equal(lookupAdjective('schnellen'), null);
    assert.equal(lookupDemonym('Ukrainerinnen'), 'UKR');
    assert.equal(lookupDemonym('Franzosen'), 'FRA');
  });
  it('maps German exonyms to GeoNames ids and marks capitals', () => {
    const a = lookupPlace('Kiew');
    const b = lookupPlace('Kyiv');
    assert.ok(a && b);
    assert.equal(a.id, b.id);
    assert.match(a.id, /^geonames:\d+$/);
    assert.equal(a.metonymyOf, 'UKR');
    assert.equal(lookupPlace('Mailand')?.country, 'ITA');
    assert.equal(lookupPlace('Mailand')?.metonymyOf, null);
    assert.equal(lookupPlace('Warschaus')?.id, lookupPlace('Warschau')?.id);
    assert.equal(lookupPlace('Weißen Hauses')?.metonymyOf, 'USA');
    assert.equal(lookupPlace('Tripolis')?.country, 'LBY');
    assert.equal(lookupPlace('Lyon')?.country, 'FRA');
  });
});

describe('role titles', () => {
  it('parses inflected, feminine and prefixed titles', () => {
    assert.deepEqual(
      [parseTitle('Verteidigungsministerin')?.key, parseTitle('Verteidigungsministerin')?.gender],
      ['verteidigungsminister', 'f'],
    );
    assert.equal(parseTitle('Präsidenten')?.title, 'Präsident');
    assert.equal(parseTitle('Kanzlers')?.title, 'Kanzler');
    assert.equal(parseTitle('EU-Kommissarin')?.gender, 'f');
    assert.equal(parseTitle('UK-Premier')?.country, 'GBR');
    assert.equal(parseTitle('Ministerium'), null);
    assert.equal(parseTitle('Landeshauptfrau')?.gender, 'f');
  });
  it('reads titles in capitals and short ones past the tail filter, and rejects other words', () => {
    assert.equal(parseTitle('ÄRZTEKAMMERPRÄSIDENTEN')?.key, 'ärztekammerpräsident');
    assert.equal(parseTitle('CEO')?.key, 'ceo');
    assert.equal(parseTitle('Ex-Kanzlerin')?.prefix, 'Ex');
    assert.equal(parseTitle('Amtskollegin')?.counterpart, true);
    assert.equal(parseTitle('Kanzlerinnen'), null);
    assert.equal(parseTitle('Regierung'), null);
    assert.equal(parseTitle('Ab'), null);
  });
});

describe('name tokens', () => {
  it('splits on white space and strips quotes, brackets and trailing punctuation', () => {
    assert.deepEqual(nameTokens(' „Olaf  (Scholz)“, '), ['Olaf', 'Scholz']);
    assert.deepEqual(nameTokens('Dr. Anna\u00a0Berger!'), ['Dr', 'Anna', 'Berger']);
    assert.deepEqual(nameTokens('„ ( ) “'), []);
    assert.deepEqual(nameTokens('Van-der-Bellen'), ['Van-der-Bellen']);
  });
});

describe('within-document clustering', () => {
  it('links full name, surname, genitive and transliteration variants', () => {
    const es = resolve(
      '[Dmitri Peskow|PER] sagte am Montag, die Gespräche seien schwierig. [Peskow|PER] fügte hinzu, man warte ab. ' +
        'Nach [Peskows|PER] Worten ist alles offen. Auch [Dmitry Peskov|PER] wurde zitiert.',
    );
    const per = es.filter((e) => e.type === 'PER');
    assert.equal(per.length, 1);
    assert.equal(per[0].name, 'Dmitri Peskow');
    assert.equal(per[0].mentions.length, 4);
    assert.equal(per[0].canonicalId, 'per:dmitri-peskow');
  });
  it('names a person in the nominative when the full name is only seen in the genitive', () => {
    const es = resolve('[Olaf Scholz\'|PER] Rede war kurz. Danach sprach [Scholz|PER] erneut. [Hans Meiers|PER] Buch erschien.');
    assert.equal(byMention(es, 'Scholz').name, 'Olaf Scholz');
    assert.equal(byMention(es, 'Hans Meiers').name, 'Hans Meiers');
  });
  it('links a bare family name that comes first (Chinese, Korean order)', () => {
    const es = resolve('[Kim Jong-un|PER] drohte erneut. Später sagte [Kim|PER], er sei bereit.');
    assert.ok(same(es, 'Kim Jong-un', 'Kim'));
  });
  it('never merges two different full names, and resolves a shared surname to the nearest one', () => {
    const es = resolve(
      '[Donald Trump|PER] und [Melania Trump|PER] reisten nach [Paris|LOC]. [Melania Trump|PER] besuchte ein Museum, ' +
        'danach sprach [Trump|PER] mit Journalisten.',
    );
    assert.ok(!same(es, 'Donald Trump', 'Melania Trump'));
    assert.ok(same(es, 'Melania Trump', 'Trump'));
  });
  it('merges full names differing only in a middle name', () => {
    const es = resolve('[John F. Kennedy|PER] wurde 1917 geboren. [John Kennedy|PER] war Präsident.');
    assert.ok(same(es, 'John F. Kennedy', 'John Kennedy'));
  });
  it('resolves countries from names, genitives, adjectives and compounds to one ISO entity', () => {
    const es = resolve(
      '[Frankreich|LOC] kritisierte den Plan. [Frankreichs|LOC] Regierung und die [französische|LOC|deriv] Armee ' +
        'sowie [Französinnen|LOC|deriv] und der [Frankreich-Besuch|LOC|part] wurden erwähnt.',
    );
    const fr = byMention(es, 'Frankreich');
    assert.equal(fr.canonicalId, 'FRA');
    assert.equal(fr.mentions.length, 5);
    assert.deepEqual(
      fr.mentions.map((m) => m.form),
      ['name', 'name', 'deriv', 'deriv', 'part'],
    );
    assert.equal(fr.derivOnly, undefined);
  });
  it('keeps a country seen only through adjectives as a deriv-only entity', () => {
    const es = resolve('Die [italienische|LOC|deriv] Regierung stimmte zu.');
    assert.equal(es[0].canonicalId, 'ITA');
    assert.equal(es[0].derivOnly, true);
  });
  it('merges exonym and endonym of a city and marks capital metonymy, not locative uses', () => {
    const es = resolve(
      'Die Gespräche in [Warschau|LOC] dauerten an. [Warsaw|LOC] lehnt den Vorschlag ab, sagte ein Diplomat. ' +
        '[Rom|LOC] und [Madrid|LOC] schlossen sich an. Er flog nach [Rom|LOC].',
    );
    const waw = byMention(es, 'Warschau');
    assert.equal(waw, byMention(es, 'Warsaw'));
    assert.equal(waw.metonymyOf, 'POL');
    assert.equal(waw.mentions[0].metonymyOf, undefined);
    assert.equal(waw.mentions[1].metonymyOf, 'POL');
    const rom = byMention(es, 'Rom');
    assert.equal(rom.mentions[0].metonymyOf, 'ITA');
    assert.equal(rom.mentions[1].metonymyOf, undefined);
    assert.equal(rom.country, 'ITA');
    assert.match(rom.canonicalId, /^geonames:/);
  });
  it('merges a name with the name or acronym in the parenthesis after it', () => {
    const es = resolve(
      'Die [Internationale Arbeitsorganisation|ORG] ([ILO|ORG]) warnt. Der [Weltklimarat|ORG] ([Intergovernmental Panel on Climate Change|ORG], ' +
        'kurz [IPCC|ORG]) tagt. Die [ILO|ORG] und der [IPCC|ORG] und die [Weltbank|ORG] ([Washington|LOC]) sprachen.',
    );
    assert.ok(same(es, 'Internationale Arbeitsorganisation', 'ILO'));
    assert.ok(same(es, 'Weltklimarat', 'Intergovernmental Panel on Climate Change'));
    assert.ok(same(es, 'Weltklimarat', 'IPCC'));
    assert.ok(!same(es, 'Weltbank', 'Washington'));
  });
  it('does not read datelines, appositions or locative seats as metonymy', () => {
    const es = resolve(
      '[Ankara|LOC] – Die Regierung tagte. [Athen|LOC]/[Nikosia|LOC] – Gespräche. Im [Weißen Haus|LOC] fand ein Treffen statt. ' +
        'Das [Weiße Haus|LOC] widersprach. Er besuchte die Hauptstadt [Athen|LOC]. [Ankara|LOC] drohte mit Konsequenzen.',
    );
    const ankara = byMention(es, 'Ankara');
    assert.deepEqual(ankara.mentions.map((m) => m.metonymyOf ?? null), [null, 'TUR']);
    assert.deepEqual(byMention(es, 'Athen').mentions.map((m) => m.metonymyOf ?? null), [null, null]);
    assert.equal(byMention(es, 'Nikosia').metonymyOf, undefined);
    assert.deepEqual(byMention(es, 'Weißen Haus').mentions.map((m) => m.metonymyOf ?? null), [null, 'USA']);
  });
  it('reads sources and relations between capitals as metonymy', () => {
    const es = resolve(
      'Nach Angaben aus [Madrid|LOC] ist die Lage ruhig. Er wohnt in [Madrid|LOC]. Die Beziehungen zwischen [Lissabon|LOC] und ' +
        '[Rabat|LOC] sind gut. Der Zug fährt zwischen [Mailand|LOC] und [Rom|LOC].',
    );
    assert.deepEqual(byMention(es, 'Madrid').mentions.map((m) => m.metonymyOf ?? null), ['ESP', null]);
    assert.equal(byMention(es, 'Lissabon').mentions[0].metonymyOf, 'PRT');
    assert.equal(byMention(es, 'Rabat').mentions[0].metonymyOf, 'MAR');
    assert.equal(byMention(es, 'Mailand').mentions[0].metonymyOf, undefined);
  });
  it('joins dative plurals, organisation adjectives and acronym lists in parentheses', () => {
    const es = resolve(
      'Die [Liberalen|ORG] und die [Konservativen|ORG] stritten. Den [Konservativen|ORG] fehlt die Mehrheit, sagte der ' +
        '[liberale|ORG|deriv] Abgeordnete. Die [Föderalisten|ORG] und den [Föderalisten|ORG] und der [Weltpostverein|ORG] ([UPU|ORG]/[WPV|ORG]) sowie die ' +
        '[Bauernpartei|ORG], die [Landwirten|ORG] hilft.',
    );
    assert.ok(same(es, 'Liberalen', 'liberale'));
    assert.ok(same(es, 'Weltpostverein', 'UPU'));
    assert.ok(same(es, 'Weltpostverein', 'WPV'));
    assert.ok(!same(es, 'Bauernpartei', 'Landwirten'));
  });
  it('clusters organisations by acronym, inflection and the curated alias table', () => {
    const es = resolve(
      'Die [Europäische Zentralbank|ORG] hob die Zinsen an. Die [EZB|ORG] will weitere Schritte prüfen. ' +
        'Der Rat der [Europäischen Zentralbank|ORG] tagte. Die [Grüne Alternative Partei|ORG] und die [GAP|ORG] ' +
        'streiten mit der [Nato|ORG] und der [NATO|ORG].',
    );
    assert.ok(same(es, 'Europäische Zentralbank', 'EZB'));
    assert.ok(same(es, 'Europäische Zentralbank', 'Europäischen Zentralbank'));
    assert.ok(same(es, 'Grüne Alternative Partei', 'GAP'));
    assert.ok(same(es, 'Nato', 'NATO'));
  });
});

describe('roles, nationality and gender', () => {
  it('reads a nationality adjective before the title', () => {
    const es = resolve('Der [französische|LOC|deriv] Präsident [Emmanuel Macron|PER] reiste ab.');
    const p = byMention(es, 'Emmanuel Macron');
    assert.deepEqual(p.roles.map((r) => [r.title, r.country]), [['Präsident', 'FRA']]);
    assert.equal(p.roles[0].span.text, 'Der französische Präsident');
    assert.equal(p.country, 'FRA');
    assert.equal(p.gender, 'm');
  });
  it('reads country prefixes and genitive countries', () => {
    const es = resolve('[UK-Außenministerin|LOC|part] [Yvette Cooper|PER] traf [Italiens|LOC] Regierungschefin [Giorgia Meloni|PER].');
    const c = byMention(es, 'Yvette Cooper');
    assert.deepEqual(c.roles.map((r) => [r.title, r.country]), [['Außenministerin', 'GBR']]);
    assert.equal(c.gender, 'f');
    const m = byMention(es, 'Giorgia Meloni');
    assert.deepEqual(m.roles.map((r) => [r.title, r.country]), [['Regierungschefin', 'ITA']]);
  });
  it('reads an apposition with a genitive complement before a name', () => {
    const es = resolve('Das erklärte der Sprecher des [japanischen|LOC|deriv] Verteidigungsministeriums, [Kenji Sato|PER], am Abend.');
    const p = byMention(es, 'Kenji Sato');
    assert.equal(p.roles[0].title, 'Sprecher des japanischen Verteidigungsministeriums');
    assert.equal(p.roles[0].country, 'JPN');
    assert.equal(p.gender, 'm');
  });
  it('reads an apposition after a name', () => {
    const es = resolve('[Pedro Sánchez|PER], der [spanische|LOC|deriv] Ministerpräsident, kündigte Neuwahlen an.');
    const p = byMention(es, 'Pedro Sánchez');
    assert.deepEqual(p.roles.map((r) => [r.title, r.country]), [['Ministerpräsident', 'ESP']]);
  });
  it('does not read a verb and a following role as an apposition of the wrong name', () => {
    const es = resolve('Das Treffen mit [Ali Khan|PER], sagte die Sprecherin des Senats, [Maria Lopez|PER].');
    assert.equal(byMention(es, 'Ali Khan').roles.length, 0);
    assert.equal(byMention(es, 'Maria Lopez').roles.length, 1);
  });
  it('gives a counterpart the other office holder\'s title with its own country', () => {
    const es = resolve(
      'Die [deutsche|LOC|deriv] Außenministerin [Annalena Baerbock|PER] traf ihren [polnischen|LOC|deriv] Amtskollegen [Radosław Sikorski|PER].',
    );
    const s = byMention(es, 'Radosław Sikorski');
    assert.deepEqual(s.roles.map((r) => [r.title, r.country]), [['Außenminister', 'POL']]);
    assert.equal(byMention(es, 'Annalena Baerbock').gender, 'f');
  });
  it('takes a role\'s country from a stand-alone prefixed title', () => {
    const es = resolve('[Kanada-Premier|LOC|part] drängt auf Einigung. Ottawa – Premier [Mark Carney|PER] sagte am Montag, er sei bereit.');
    const p = byMention(es, 'Mark Carney');
    assert.deepEqual(p.roles.map((r) => [r.title, r.country]), [['Premier', 'CAN']]);
    assert.equal(p.country, 'CAN');
  });
  it('reads a party in parentheses as affiliation and country', () => {
    const es = resolve('Innenminister [Gerhard Karner|PER] ([ÖVP|ORG]) und [Lena Roth|PER] ([Volt|ORG]) sowie [Jan Berg|PER] (45) sprachen.');
    const k = byMention(es, 'Gerhard Karner');
    assert.deepEqual(k.affiliation, { name: 'ÖVP', id: 'org:ovp' });
    assert.equal(k.country, 'AUT');
    assert.equal(byMention(es, 'Lena Roth').affiliation?.name, 'Volt');
    assert.equal(byMention(es, 'Lena Roth').country, null);
    assert.equal(byMention(es, 'Jan Berg').affiliation, undefined);
  });
  it('gives an organisation the country of the adjective before it', () => {
    const es = resolve('Das meldete die [kubanische|LOC|deriv] Nachrichtenagentur [Prensa Latina|ORG]. Auch [Acme Corp|ORG] schwieg.');
    assert.equal(byMention(es, 'Prensa Latina').country, 'CUB');
    assert.equal(byMention(es, 'Acme Corp').country, null);
  });
  it('takes gender from first names when no title says it', () => {
    const es = resolve('[Sabine Müller|PER] und [Thomas Berger|PER] kandidieren.');
    assert.equal(byMention(es, 'Sabine Müller').gender, 'f');
    assert.equal(byMention(es, 'Thomas Berger').gender, 'm');
  });
  it('links a definite description to the unique holder of the role', () => {
    const es = resolve(
      'Der [brasilianische|LOC|deriv] Präsident [Luiz Inácio Lula da Silva|PER] besuchte [Lissabon|LOC]. ' +
        'Der brasilianische Präsident sagte, er sei zufrieden. Die Rede des brasilianischen Präsidenten war kurz.',
    );
    const lula = byMention(es, 'Luiz Inácio Lula da Silva');
    const descs = (lula.descriptions ?? []).map((m) => m.text);
    assert.ok(lula.mentions.every((m) => ['name', 'deriv', 'part'].includes(m.form)));
    assert.deepEqual(descs, ['Der brasilianische Präsident', 'des brasilianischen Präsidenten']);
  });
  it('keeps party leadership apart from other chiefs and future holders', () => {
    const es = resolve('Parteichef [Rolf Amann|PER] sprach. Der Klubchef widersprach. Der künftige Parteichef bleibt offen. Der Vorsitzende lachte.');
    assert.deepEqual((byMention(es, 'Rolf Amann').descriptions ?? []).map((d) => d.text), ['Der Vorsitzende']);
  });
  it('skips descriptions of other offices, relatives, partitives and deputies', () => {
    const es = resolve(
      'Präsident [Omar Diallo|PER] sprach. Der Präsident Senegals lachte. Der Präsident der Wahlkommission widersprach. ' +
        'Einer der Präsidenten fehlte. Der stellvertretende Präsident schwieg. Auch der Bruder des Präsidenten kam. Der Präsident dankte.',
    );
    const d = byMention(es, 'Omar Diallo');
    assert.deepEqual((d.descriptions ?? []).map((x) => x.text), ['Der Präsident', 'des Präsidenten', 'Der Präsident']);
    assert.equal(d.country, 'SEN');
  });
  it('links age descriptions by stated age, else to the only recent person of that gender', () => {
    const es = resolve(
      'Der frühere Minister [Hans Berger|PER] trat zurück. Der 52-Jährige hatte Kritik geübt. ' +
        'Die Politikerin [Maria Huber|PER] (47) und [Karl Stein|PER] (61) widersprachen. Die 47-Jährige warnte, der 61-Jährige schwieg. ' +
        'Die 30-Jährigen protestierten. Der 52-jährige Abgeordnete blieb.',
    );
    const descs = (name: string) => (byMention(es, name).descriptions ?? []).map((d) => d.text);
    assert.deepEqual(descs('Hans Berger'), ['Der 52-Jährige']);
    assert.deepEqual(descs('Maria Huber'), ['Die 47-Jährige']);
    assert.deepEqual(descs('Karl Stein'), ['der 61-Jährige']);
  });
  it('leaves an age description alone when two recent persons of that gender could be meant', () => {
    const es = resolve('[Hans Berger|PER] traf [Karl Stein|PER]. Der 52-Jährige lachte.');
    assert.deepEqual(es.flatMap((e) => e.descriptions ?? []), []);
  });
  it('skips plural descriptions', () => {
    const es = resolve('Die Abgeordnete [Eva Berg|PER] sprach. Die Abgeordneten stimmten zu. Die Außenminister trafen sich. Die Abgeordnete lachte.');
    assert.deepEqual((byMention(es, 'Eva Berg').descriptions ?? []).map((d) => d.text), ['Die Abgeordnete']);
  });
  it('can also list descriptions as desc mentions', () => {
    const doc = docFromMarkup('Kanzlerin [Eva Lind|PER] kam. Die Kanzlerin sprach.');
    const es = resolveEntities(doc, { descriptionsAsMentions: true });
    assert.deepEqual(es[0].mentions.map((m) => [m.text, m.form]), [['Eva Lind', 'name'], ['Die Kanzlerin', 'desc']]);
    // running again on its own output gives the same entities
    doc.entities = es;
    const again = resolveEntities(doc, { descriptionsAsMentions: true });
    assert.deepEqual(again.map((e) => e.mentions.map((m) => m.text)), es.map((e) => e.mentions.map((m) => m.text)));
  });
  it('links an ambiguous description to a far more salient holder', () => {
    const es = resolve(
      'Präsident [Ana Lopes|PER] reiste. [Lopes|PER] sprach. [Lopes|PER] lachte. [Lopes|PER] ging. Präsident [Rui Costa|PER] kam. ' +
        'Es regnete. Es schneite. Es stürmte. Kritik kam auf, die der Präsident zurückwies.',
    );
    assert.deepEqual((byMention(es, 'Ana Lopes').descriptions ?? []).map((d) => d.text), ['der Präsident']);
  });
  it('leaves an ambiguous description unlinked', () => {
    const es = resolve(
      'Präsident [Max Muster|PER] traf Präsident [Erik Beispiel|PER]. Der Präsident sagte, es sei gut gelaufen.',
    );
    for (const e of es) assert.equal(e.descriptions, undefined);
  });
  it('keeps different offices apart and reads contracted articles and sentence-final titles', () => {
    const es = resolve(
      'Der [italienische|LOC|deriv] Präsident [Sergio Mattarella|PER] empfing Ministerpräsident [Mark Rutte|PER]. ' +
        'Der Ministerpräsident lobte den Empfang. Das teilte der Präsident mit. Lob kam auch vom Ministerpräsidenten. ' +
        'Die Gespräche seien gut gewesen, sagte der Präsident.',
    );
    const rutte = byMention(es, 'Mark Rutte');
    const mattarella = byMention(es, 'Sergio Mattarella');
    assert.deepEqual((rutte.descriptions ?? []).map((d) => d.text), ['Der Ministerpräsident', 'vom Ministerpräsidenten']);
    assert.deepEqual((mattarella.descriptions ?? []).map((d) => d.text), ['der Präsident', 'der Präsident']);
  });
  it('reads person nouns and demonyms before a name as roles and links later descriptions with them', () => {
    const es = resolve(
      'Die Haft des Bloggers [Ali Farouk|PER] sorgt für Kritik. Der Blogger hatte die Regierung kritisiert. ' +
        'Der [Marokkaner|LOC|deriv] [Karim Benali|PER] wurde festgenommen. Die Dissidentin [Nora Vidal|PER] sprach. ' +
        'Die Dissidentin sagte, sie habe Angst. Das Zimmer [Max Muster|PER] war leer.',
    );
    const f = byMention(es, 'Ali Farouk');
    assert.deepEqual(f.roles.map((r) => r.title), ['Blogger']);
    assert.deepEqual((f.descriptions ?? []).map((d) => d.text), ['Der Blogger']);
    const b = byMention(es, 'Karim Benali');
    assert.deepEqual(b.roles.map((r) => [r.title, r.country]), [['Marokkaner', 'MAR']]);
    assert.equal(b.country, 'MAR');
    const v = byMention(es, 'Nora Vidal');
    assert.equal(v.gender, 'f');
    assert.deepEqual((v.descriptions ?? []).map((d) => d.text), ['Die Dissidentin']);
    assert.equal(byMention(es, 'Max Muster').roles.length, 0);
  });
  it('links a description back to a role already given, forward only in the title and lead', () => {
    const es = resolve(
      'Siege für [Pablo Ruiz|PER] und [Marco Tessa|PER]. Turin – Das Turnier ging weiter. [Tessa|PER] gewann klar. ' +
        'Danach sprach der Portugiese über seine Form. Später schlug [Ruiz|PER] den [Portugiesen|LOC|deriv] [Marco Tessa|PER] knapp. ' +
        'Der Portugiese jubelte. Die Portugiesin im Publikum auch.',
    );
    const tessa = byMention(es, 'Marco Tessa');
    assert.deepEqual(tessa.roles.map((r) => [r.title, r.country]), [['Portugiesen', 'PRT']]);
    // the first "der Portugiese" comes before "den Portugiesen Marco Tessa" and outside the teaser: no link;
    // the one after it links (another case of the same demonym), the feminine form does not
    assert.deepEqual((tessa.descriptions ?? []).map((d) => d.text), ['Der Portugiese']);
    assert.ok(tessa.descriptions![0].start > tessa.roles[0].span.end);
    const lead = resolve(
      'Der Portugiese siegt in Turin. Turin – Der Portugiese [Marco Tessa|PER] gewann das Turnier. Die Zuschauer jubelten.',
    );
    assert.deepEqual((byMention(lead, 'Marco Tessa').descriptions ?? []).map((d) => d.text), ['Der Portugiese']);
  });
  it('reads lower-case "der" after a noun before a masculine title or demonym as a genitive plural', () => {
    const es = resolve(
      'Der [Tunesier|LOC|deriv] [Karim Salah|PER] gewann. Die Reise der Tunesier endete in Rom. Danach lachte der Tunesier. ' +
        'Minister [Omar Haddad|PER] kam. Die Riege der Minister tagte. Es sprach zu den Ministern. Auch der Minister blieb.',
    );
    assert.deepEqual((byMention(es, 'Karim Salah').descriptions ?? []).map((d) => d.text), ['der Tunesier']);
    assert.ok(byMention(es, 'Karim Salah').descriptions![0].start > 60);
    // "den Ministern" is a dative plural; "Auch" opens the sentence: "der Minister" after it is the singular
    assert.deepEqual((byMention(es, 'Omar Haddad').descriptions ?? []).map((d) => d.text), ['der Minister']);
    assert.ok(byMention(es, 'Omar Haddad').descriptions![0].start > 150);
  });
  it('gives a name the title right before it, not the office of whoever works for that title holder', () => {
    const es = resolve(
      'Ein Sprecher der zuständigen Landesrätin [Vera Koller|PER] erklärte das. Der Sprecher des Kremls, [Dmitri Peskow|PER], schwieg.',
    );
    const k = byMention(es, 'Vera Koller');
    assert.deepEqual(k.roles.map((r) => r.title), ['Landesrätin']);
    assert.equal(k.gender, 'f');
    assert.deepEqual(byMention(es, 'Dmitri Peskow').roles.map((r) => r.title), ['Sprecher des Kremls']);
  });
  it('links "der ORG-Chef" to the head of that organisation under another title', () => {
    const es = resolve(
      'NATO-Generalsekretär [Lars Ekberg|PER] kam nach Wien. Er traf [Eva Lind|PER]. Die Gespräche dauerten lange. ' +
        'Der NATO-Chef zeigte sich zufrieden. Der OSZE-Chef fehlte. Die Bürgermeisterin lud zum Essen.',
    );
    assert.deepEqual((byMention(es, 'Lars Ekberg').descriptions ?? []).map((d) => d.text), ['Der NATO-Chef']);
    assert.equal(byMention(es, 'Eva Lind').descriptions, undefined);
  });
  it('reads "der … Vorsitzende im Landtag, X" as a role and takes person nouns after "die" as plurals', () => {
    const es = resolve(
      'Der konservative Vorsitzende im Landtag, [Paul Rainer|PER], widersprach. Der Blogger [Jan Moser|PER] schrieb dazu. ' +
        'Die Blogger im Land waren empört. Der Blogger blieb ruhig. Der Vorsitzende schwieg.',
    );
    const r = byMention(es, 'Paul Rainer');
    assert.deepEqual(r.roles.map((x) => x.span.text), ['Der konservative Vorsitzende im Landtag']);
    assert.deepEqual((r.descriptions ?? []).map((d) => d.text), ['Der Vorsitzende']);
    assert.deepEqual((byMention(es, 'Jan Moser').descriptions ?? []).map((d) => d.text), ['Der Blogger']);
  });
  it('lets a description supply the country only for a holder named just before it', () => {
    const es = resolve(
      'Präsident [Tom Berger|PER] reiste ab. Es folgten Gespräche. Dann kamen Delegationen. Viele Fragen blieben offen. ' +
        'Dem Präsidenten von Vietnam wurde gedankt.',
    );
    assert.equal(byMention(es, 'Tom Berger').descriptions, undefined);
    assert.equal(byMention(es, 'Tom Berger').country, null);
  });
  it('does not link a description whose country contradicts the role', () => {
    const es = resolve('Der [chilenische|LOC|deriv] Präsident [Gabriel Boric|PER] sprach. Der peruanische Präsident schwieg.');
    assert.equal(byMention(es, 'Gabriel Boric').descriptions, undefined);
  });
});

describe('robustness to NER errors and labels', () => {
  it('repairs mention types and forms the NER got wrong', () => {
    const es = resolve(
      '[Tomás Herrera|ORG] traf [Herrera|LOC] nicht. [Kenia|PER] und [Ungarische|LOC] Bauern, die [EU|LOC] und der ' +
        '[Premier|ORG] sowie [Chiles Gouverneur|PER] und [dänische|LOC] Firmen und [gemeinsame|LOC] Ziele.',
    );
    const p = byMention(es, 'Tomás Herrera');
    assert.equal(p.type, 'PER');
    assert.equal(p, byMention(es, 'Herrera'));
    assert.equal(byMention(es, 'Kenia').canonicalId, 'KEN');
    const hu = byMention(es, 'Ungarische');
    assert.equal(hu.canonicalId, 'HUN');
    assert.equal(hu.mentions[0].form, 'deriv');
    assert.equal(byMention(es, 'EU').canonicalId, 'org:eu');
    assert.equal(byMention(es, 'dänische').canonicalId, 'DNK');
    for (const t of ['Premier', 'Chiles Gouverneur', 'gemeinsame']) assert.ok(!es.some((e) => e.mentions.some((m) => m.text === t)), t);
  });
  it('unglues names fused by lost paragraph breaks', () => {
    const es = resolve('Landeshauptmann [HansNiessl|ORG] sprach. [Niessl|PER] und [BürgermeisterThomas Steiner|PER] und [Steiner|PER] sowie [Mitch McConnell|PER].');
    assert.equal(byMention(es, 'HansNiessl').name, 'Hans Niessl');
    assert.equal(byMention(es, 'HansNiessl').type, 'PER');
    assert.ok(same(es, 'HansNiessl', 'Niessl'));
    assert.equal(byMention(es, 'BürgermeisterThomas Steiner').name, 'Thomas Steiner');
    assert.ok(same(es, 'BürgermeisterThomas Steiner', 'Steiner'));
    assert.equal(byMention(es, 'Mitch McConnell').name, 'Mitch McConnell');
  });
  it('follows the majority when the NER types one name inconsistently, and reads organisation heads', () => {
    const es = resolve('Die Sonde [Kiruna|LOC] landete. [Kiruna|PER] sendete Bilder, [Kiruna|LOC] arbeitet. Am [Hunter College|PER] forscht [Ada Kim|PER].');
    const k = byMention(es, 'Kiruna');
    assert.equal(k.mentions.length, 3);
    assert.equal(k.type, 'LOC');
    assert.equal(byMention(es, 'Hunter College').type, 'ORG');
    assert.equal(byMention(es, 'Ada Kim').type, 'PER');
    // newspapers tagged as persons ("Kieler Nachrichten", "Frankfurter Allgemeine")
    const papers = resolve('Das berichteten die [Kieler Nachrichten|PER] und die [Frankfurter Allgemeine|PER].');
    assert.equal(byMention(papers, 'Kieler Nachrichten').type, 'ORG');
    assert.equal(byMention(papers, 'Frankfurter Allgemeine').type, 'ORG');
  });
  it('gives oblique adjective + noun names a nominative label', () => {
    assert.equal(nominativeName('Internationalen Atomenergieorganisation'), 'Internationale Atomenergieorganisation');
    assert.equal(nominativeName('Deutschen Bundestag'), 'Deutscher Bundestag');
    assert.equal(nominativeName('Islamischen Staates'), 'Islamischer Staat');
    assert.equal(nominativeName('Europäischen Parlament'), 'Europäisches Parlament');
    assert.equal(nominativeName('Vereinten Nationen'), 'Vereinten Nationen');
    const es = resolve('Im [Bayerischen Landtag|ORG] und im [Bayerischen Landtag|ORG] wurde gestritten.');
    assert.equal(es[0].name, 'Bayerischer Landtag');
  });
});

describe('pipeline component', () => {
  it('runs after a component that provides entities and rewrites the layer', () => {
    const fakeNer: Component = {
      name: 'fake-ner',
      version: '0',
      requires: ['tokens'],
      provides: ['entities'],
      run() {},
    };
    const doc = docFromMarkup('[Olaf Scholz|PER] sprach mit [Scholz|PER] nicht.');
    const seg: Component = { name: 'seg', version: '0', requires: ['text'], provides: ['tokens', 'sentences'], run() {} };
    new Pipeline([seg, fakeNer, entitiesComponent]).run(doc);
    assert.equal(doc.entities.length, 1);
    assert.equal(doc.entities[0].canonicalId, 'per:olaf-scholz');
    assert.equal(doc.pipeline.entities, entitiesComponent.version);
  });
});

describe('hyphenTitles', () => {
  it('finds exactly the matches of the whole-text regex', () => {
    const re = /\p{Lu}[\p{L}\p{N}]*-\p{Lu}\p{Ll}+/gu;
    for (const t of [
      'Der US-Präsident und der SPD-Chef-Kandidat trafen die EU-Kommission.',
      'A-Bc-De x-Y abc-De a-b-C-Dd --A-Bc A1-B2 A-Bc',
      'Ä-Öl Äb-Üc-Ád ÉÉ-É 𝐀b-Cd Ab-𝐂d 2015-16 Nord - Süd',
      'keine Bindestriche hier',
    ]) {
      const want = [...t.matchAll(re)].map((m) => [m.index, m[0]]);
      assert.deepEqual([...hyphenTitles(t)].map((m) => [m.index, m[0]]), want, t);
    }
  });
});

describe('words', () => {
  it('splits as the word regex does, with sentence-final periods apart', () => {
    const re = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*\.?|[^\s\p{L}\p{M}\p{N}]/gu;
    for (const t of [
      'Der US-Präsident sagte am 3.4.2015: „Wir’s schaffen.“ Dr. Müller-Lüdenscheidt z.B. nicht.',
      "O'Neill, Bürgermeister\u00a0a.D.. 2,5 Mio. € – 𝐀bc-𝐃e ab\u0301c x. 3. Jahr",
    ]) {
      const raw = [...t.matchAll(re)].map((m) => m[0]);
      const got = words(t, 5);
      assert.equal(got.map((w) => w.text).join(''), raw.join(''), t);
      for (const w of got) assert.equal(t.slice(w.start - 5, w.end - 5), w.text);
    }
    assert.deepEqual(words('Er schlief. Dr. Li').map((w) => w.text), ['Er', 'schlief', '.', 'Dr.', 'Li']);
  });
});
