import type { ResolvedEntity } from './cluster.ts';

/**
 * A new entity with every optional field present (undefined until set, so JSON leaves it out), in the order the
 * entities stage sets them: one hidden class for all entities. With several shapes, the later stages' optimised
 * code met a new one in the bench's timed pass and fell back to the interpreter (quotes, events: docs/EVALUATION.md,
 * h/qspeed). Every place that creates an entity goes through here, so a new optional field is added once.
 */
export function newEntity(fields: Pick<ResolvedEntity, 'id' | 'type' | 'name' | 'canonicalId' | 'country' | 'roles' | 'mentions' | 'aliases'>): ResolvedEntity {
  return {
    id: fields.id,
    type: fields.type,
    name: fields.name,
    canonicalId: fields.canonicalId,
    country: fields.country,
    roles: fields.roles,
    mentions: fields.mentions,
    aliases: fields.aliases,
    gender: undefined,
    placeKind: undefined,
    metonymyOf: undefined,
    derivOnly: undefined,
    affiliation: undefined,
    descriptions: undefined,
  };
}
