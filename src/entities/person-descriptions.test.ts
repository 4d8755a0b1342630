/** Person descriptions without a role holder (fifteenth session, h/evdesc): invented sentences. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveEntities, type ResolvedEntity } from './cluster.ts';
import { docFromMarkup } from './markup.ts';

function descs(src: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of resolveEntities(docFromMarkup(src)) as ResolvedEntity[]) if (e.descriptions?.length) out[e.name] = e.descriptions.map((d) => d.text);
  return out;
}

describe('person descriptions without a role holder', () => {
  it('links "der Mann", "den Verdächtigen", "das Opfer" to the person named just before', () => {
    assert.deepEqual(descs('Die Polizei nahm [Jonas Weber|PER] am Montag in Graz fest. Der Mann soll ein Auto gestohlen haben.'), { 'Jonas Weber': ['Der Mann'] });
    assert.deepEqual(descs('Die Polizei fasste [Jonas Weber|PER] in Graz. Am Abend wurde der Verdächtige einvernommen.'), { 'Jonas Weber': ['der Verdächtige'] });
    assert.deepEqual(descs('Im Garten wurde [Jonas Weber|PER] schwer verletzt. Das Opfer kam ins Spital.'), { 'Jonas Weber': ['Das Opfer'] });
  });
  it('agrees in sex: "die Frau" skips a more recent man', () => {
    assert.deepEqual(descs('[Petra Wolf|PER] kam am Morgen. Später sprach [Jonas Weber|PER] mit Journalisten. Die Frau hatte zuvor geschwiegen.'), { 'Petra Wolf': ['Die Frau'] });
  });
  it('links an age description to the person named last, not across a person of another stated age', () => {
    assert.deepEqual(descs('[Karl Brunner|PER] verlor die Wahl. Am Abend gratulierte ihm [Otto Lang|PER]. Der 64-Jährige lobte den Wahlkampf.'), { 'Otto Lang': ['Der 64-Jährige'] });
    assert.deepEqual(descs('[Karl Brunner|PER] verlor die Wahl. Am Abend gratulierte ihm [Otto Lang|PER] (58). Der 64-Jährige lobte den Wahlkampf.'), { 'Karl Brunner': ['Der 64-Jährige'] });
  });
  it('prefers the person of the party a party noun names, and a holderless title for a person without roles', () => {
    assert.deepEqual(descs('[Jonas Weber|PER] (SPD) und [Otto Lang|PER] (CDU) stritten lange. Am Ende gab der Sozialdemokrat nach.'), { 'Jonas Weber': ['der Sozialdemokrat'] });
    assert.deepEqual(descs('[Otto Lang|PER] reiste am Montag nach Paris. Dort traf der Regierungschef den Präsidenten.'), { 'Otto Lang': ['der Regierungschef'] });
    assert.deepEqual(descs('Die Bürgerliste wählte [Petra Wolf|PER]. Die Politikerin kündigte Reformen an.'), { 'Petra Wolf': ['Die Politikerin'] });
  });
  it('falls back on the person the story is about, never for a victim', () => {
    const story = '[Jonas Weber|PER] stand am Montag vor Gericht. [Weber|PER] schwieg lange. Dann sprach [Weber|PER] doch. Die Richterin hörte zu. ' +
      'Das Publikum war ruhig. Draußen regnete es. ';
    assert.deepEqual(descs(story + 'Der Angeklagte wirkte müde.'), { 'Jonas Weber': ['Der Angeklagte'] });
    assert.deepEqual(descs(story + 'Das Opfer wirkte müde.'), {});
  });
  it('reads a party noun against a more recent person of unknown party as ambiguous', () => {
    assert.deepEqual(descs('Finanzminister [Jonas Weber|PER] (ÖVP) schwieg. Die Affäre brachte [Otto Lang|PER] unter Druck. Der Christdemokrat war lange Regierungschef.'), {});
  });
  it('skips what someone becomes and the office itself', () => {
    assert.deepEqual(descs('[Otto Lang|PER] kam spät. Er wurde zum Präsidenten gewählt.'), {});
    assert.deepEqual(descs('[Otto Lang|PER] kam spät. Er hatte das Amt des Kulturministers inne.'), {});
  });
  it('leaves ambiguous and unnamed referents unlinked', () => {
    // two men named in the same sentence
    assert.deepEqual(descs('[Jonas Weber|PER] und [Otto Lang|PER] wurden festgenommen. Der Mann schwieg.'), {});
    // an unnamed man introduced after the named one
    assert.deepEqual(descs('[Jonas Weber|PER] rief die Polizei. Ein Passant hatte einen Mann beobachtet. Der Mann flüchtete.'), {});
    // a spokesman is no "Täter"; a title held by someone else; the same clause; direct speech; a relative clause
    assert.deepEqual(descs('Das bestätigte Polizeisprecher [Otto Lang|PER]. Der Täter ist flüchtig.'), {});
    assert.deepEqual(descs('Außenminister [Otto Lang|PER] reiste nach Paris. Dort traf der Regierungschef den Präsidenten.'), {});
    assert.deepEqual(descs('[Otto Lang|PER] lobte den Mann.'), {});
    assert.deepEqual(descs('[Otto Lang|PER] kam spät. Er sagte: „Der Mann muss gehen.“'), {});
    assert.deepEqual(descs('[Otto Lang|PER] kam spät. Der Mann, der das Feuer gelegt hatte, blieb verschwunden.'), {});
    // plurals and genitive plurals
    assert.deepEqual(descs('[Otto Lang|PER] kam spät. Die Verdächtigen schwiegen. Die Festnahme der Täter dauerte.'), {});
  });
});
