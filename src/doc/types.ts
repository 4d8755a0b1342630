/**
 * The document model every pipeline stage reads and extends.
 * All offsets are JS string indices into `Doc.text` (the cleaned text) unless named raw*.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Sentence {
  start: number;
  end: number;
}

/** A token; `sentence` is the index into `Doc.sentences`. */
export interface Token {
  start: number;
  end: number;
  sentence: number;
}

export type RemovalReason = 'repeated-passage' | 'whitespace' | 'invisible-character' | 'boilerplate';

/** A passage of the raw input that is not part of the cleaned text. */
export interface Removal {
  rawStart: number;
  rawEnd: number;
  reason: RemovalReason;
  /** For repeated passages: raw offset where the kept copy starts. */
  duplicateOf?: number;
}

/** name: a proper name; deriv: an adjective from one ("russische"); part: a name inside a word ("EU-Budget");
 *  desc: a definite description linked to the entity ("der russische Außenminister"). */
export type MentionForm = 'name' | 'deriv' | 'part' | 'desc';
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface Mention {
  start: number;
  end: number;
  text: string;
  form: MentionForm;
  /** Fine-grained NER label (e.g. LOCderiv) for the roles and nationality work. */
  label?: string;
}

export interface Role {
  title: string;
  country: string | null;
  span: Span;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  canonicalId?: string | null;
  country?: string | null;
  roles?: Role[];
  mentions: Mention[];
  [extra: string]: unknown;
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression {
  id: string;
  start: number;
  end: number;
  text: string;
  type: TimeType;
  value: string;
  [extra: string]: unknown;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed' | 'reported' | 'fragment';

export interface Quote {
  id: string;
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  speakerMention: Span | null;
  cue: Span | null;
  addressee: string | null;
  [extra: string]: unknown;
}

export interface Figure {
  id: string;
  start: number;
  end: number;
  text: string;
  value: number;
  unit: string | null;
  kind: string;
  [extra: string]: unknown;
}

export type Modality = 'asserted' | 'planned' | 'negated' | 'hypothetical' | 'reported' | 'historical';

/**
 * One telling of an event (docs/events.md "One event, many mentions"): its trigger and sentence, with the arguments
 * that its own sentence gives. The event keeps the merged view of all its mentions (actors, recipients, place, time);
 * a mention keeps what it said itself, so a mention that names no recipient is not given another mention's.
 */
export interface EventMention {
  trigger: Span;
  sentence: number;
  modality: Modality;
  source: string | null;
  /** The mention's own actors and recipients (entity ids), as its sentence names or resolves them; absent in documents written before mentions carried arguments. */
  actors?: string[];
  recipients?: string[];
  /** Its own place (entity id) and its own time (a value from its sentence; null where the sentence gives none). */
  place?: string | null;
  time?: string | null;
  [extra: string]: unknown;
}

export interface EventRecord {
  id: string;
  type: string;
  mode: string | null;
  modality: Modality;
  actors: string[];
  recipients: string[];
  place: string | null;
  time: string | null;
  source: string | null;
  trigger: Span;
  sentence: number;
  /** Every telling of the event in the document (the first is `trigger`/`sentence`). */
  mentions?: EventMention[];
  [extra: string]: unknown;
}

export interface DocMeta {
  title: string | null;
  url: string | null;
  source: string | null;
  /** ISO date (YYYY-MM-DD) or date-time, when known. */
  published: string | null;
  byline: string | null;
}

export interface Doc extends DocMeta {
  id: string;
  lang: string | null;
  /** Text as decoded from the input (for HTML: the extracted article text). */
  raw: string;
  /** Cleaned text; every annotation offset points into this. */
  text: string;
  /** Maps cleaned offsets back to raw offsets. */
  offsets: import('./offsets.ts').OffsetMap;
  removed: Removal[];
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  quotes: Quote[];
  times: TimeExpression[];
  figures: Figure[];
  events: EventRecord[];
  /** Versions of the components that produced the annotations, by component name. */
  pipeline: Record<string, string>;
}

/** Names of the annotation layers a component can require or provide. */
export type Layer =
  | 'text'
  | 'lang'
  | 'sentences'
  | 'tokens'
  | 'entities'
  | 'times'
  | 'quotes'
  | 'figures'
  | 'events';
