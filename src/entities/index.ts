import type { Doc } from '../doc/index.ts';
import type { Component } from '../pipeline/component.ts';
import { resolveEntities } from './cluster.ts';

export { resolveEntities, mentionsOf, type ResolvedEntity, type EntityMention, type ClusterOptions } from './cluster.ts';
export { lookupCountry, lookupAdjective, lookupDemonym, countryById, allCountries } from './countries.ts';
export { lookupPlace, type Place } from './places.ts';
export { lookupOrg } from './orgs.ts';
export { parseTitle, rolesBefore, rolesAfter, findDescriptions } from './roles.ts';
export { fold, translitKey, phraseKey, slug } from './text.ts';

/**
 * Entity resolution after NER: one entity per actor (person, organisation, place), with canonical ids,
 * roles, country, gender and linked descriptions. Reads and rewrites `doc.entities`.
 */
export const entitiesComponent: Component = {
  name: 'entities',
  version: '1.0.0',
  requires: ['entities', 'tokens', 'sentences'],
  provides: ['entities'],
  run(doc: Doc) {
    doc.entities = resolveEntities(doc, { descriptionsAsMentions: true });
  },
};
