/**
 * Hand-built documents for tests and experiments: text plus entity layers given by surface strings,
 * so the events stage can be exercised before (or without) the NER, time and quote stages.
 */
import { createDoc, type Doc, type Entity, type EntityType, type Quote, type TimeExpression } from '../doc/index.ts';
import { segment } from '../segment/index.ts';
import { extractFigures } from '../figures/index.ts';
import { escapeRegExp } from '../util/regexp.ts';
import { findEvents } from './index.ts';

export interface EntitySpec {
  name: string;
  type: EntityType;
  /** Surface forms to mark (default: the name). A form "~israelische" is marked as a derived (adjective) mention,
   * "+Regierung" as a description mention. */
  forms?: string[];
  country?: string | null;
  roles?: { title: string; country: string | null }[];
}

export interface DocSpec {
  entities?: EntitySpec[];
  times?: { text: string; value: string; type?: TimeExpression['type'] }[];
  quotes?: { text: string; speaker: string }[];
  published?: string | null;
}

function allIndexes(text: string, s: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(s)}(?![\\p{L}\\p{N}])`, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push(m.index);
  return out;
}

export function buildDoc(text: string, spec: DocSpec = {}): Doc {
  const doc = createDoc(text, { published: spec.published ?? null });
  doc.lang = 'de';
  const { tokens, sentences } = segment(doc.text);
  doc.tokens = tokens;
  doc.sentences = sentences;
  doc.figures = extractFigures(doc);
  const taken: [number, number][] = [];
  (spec.entities ?? []).forEach((e, k) => {
    const ent: Entity = { id: `e${k + 1}`, type: e.type, name: e.name, country: e.country ?? null, roles: [], mentions: [] };
    const forms = [...(e.forms ?? [e.name])].sort((a, b) => b.length - a.length);
    for (const f0 of forms) {
      const deriv = f0.startsWith('~');
      // ("+Regierung": a description mention, as the entities stage adds for "die Regierung in X")
      const desc = f0.startsWith('+');
      const f = deriv || desc ? f0.slice(1) : f0;
      for (const i of allIndexes(doc.text, f)) {
        if (taken.some(([a, b]) => i < b && i + f.length > a)) continue;
        taken.push([i, i + f.length]);
        ent.mentions.push({ start: i, end: i + f.length, text: f, form: deriv ? 'deriv' : desc ? 'desc' : 'name', label: deriv ? `${e.type}deriv` : e.type });
      }
    }
    ent.mentions.sort((a, b) => a.start - b.start);
    ent.roles = (e.roles ?? []).map((r) => ({ title: r.title, country: r.country, span: { start: 0, end: 0, text: r.title } }));
    doc.entities.push(ent);
  });
  (spec.times ?? []).forEach((t, k) => {
    const i = doc.text.indexOf(t.text);
    if (i >= 0) doc.times.push({ id: `t${k + 1}`, start: i, end: i + t.text.length, text: t.text, type: t.type ?? 'DATE', value: t.value });
  });
  (spec.quotes ?? []).forEach((q, k) => {
    const i = doc.text.indexOf(q.text);
    const speaker = doc.entities.find((e) => e.name === q.speaker)?.id ?? null;
    if (i >= 0) {
      const quote: Quote = { id: `q${k + 1}`, start: i, end: i + q.text.length, text: q.text, kind: 'direct', speaker, speakerMention: null, cue: null, addressee: null };
      doc.quotes.push(quote);
    }
  });
  return doc;
}

/** The invented cast most event tests use: a person, a state and an organisation, no publication date. */
export const BASIC_CAST: DocSpec = {
  entities: [
    { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'] },
    { name: 'Tunesien', type: 'LOC' },
    { name: 'Nordallianz', type: 'ORG' },
  ],
  published: null,
};

/** Entity names of a list of ids. */
export function names(doc: Doc, ids: string[]): string[] {
  return ids.map((id) => doc.entities.find((e) => e.id === id)?.name ?? id);
}

/** One row per event of `text` (built with `spec`), with entity names for the participants: what the event tests compare. */
export function eventRows(text: string, spec: DocSpec = {}) {
  const doc = buildDoc(text, spec);
  return findEvents(doc).map((e) => ({
    type: e.type,
    mode: e.mode,
    modality: e.modality,
    actors: names(doc, e.actors),
    recipients: names(doc, e.recipients),
    trigger: e.trigger.text,
  }));
}

/** The row whose trigger text is `trigger`. */
export function eventOn<R extends { trigger: string }>(rows: R[], trigger: string): R | undefined {
  return rows.find((e) => e.trigger === trigger);
}

/** The cast of the modality tests (schedules, modality-grammar): a union, a country, a person and a party. */
const MODALITY_CAST: EntitySpec[] = [
  { name: 'Europäische Union', type: 'ORG', forms: ['EU'] },
  { name: 'Tunesien', type: 'LOC', forms: ['Tunesien', '~tunesischen'] },
  { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'] },
  { name: 'Nordallianz', type: 'ORG' },
];

/** Event rows of a text over the modality cast, without a publication date unless `extra` gives one. */
export function modalityRows(text: string, extra: DocSpec = {}) {
  return eventRows(text, { entities: MODALITY_CAST, published: null, ...extra });
}

/**
 * For the coverage scripts (scripts/events-coverage*.ts): runs each [type, sentence] pair and prints how many give an
 * event of the listed type, then the misses with what was found instead.
 */
export function printCoverage(list: [string, string][], entities: DocSpec['entities']): void {
  const miss: string[] = [];
  for (const [type, text] of list) {
    const rows = eventRows(text, { entities, published: null });
    if (!rows.some((r) => r.type === type)) miss.push(`${type}\t${text}\t→ ${rows.map((r) => r.type + ':' + r.trigger).join(',')}`);
  }
  console.log(`${list.length - miss.length}/${list.length} found`);
  console.log(miss.join('\n'));
}
