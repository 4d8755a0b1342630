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
