/**
 * Test and gold helper: builds a segmented document whose NER layer comes from inline markup,
 * `[Annalena Baerbock|PER]`, `[russische|LOC|deriv]`, `[US-Finanzministerin|LOC|part]`.
 * An optional fourth field names the gold cluster: `[Baerbock|PER|name|baerbock]`.
 */
import { createDoc, type Doc, type Entity, type EntityType, type MentionForm } from '../doc/index.ts';
import { segment } from '../segment/index.ts';

export interface MarkedMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  form: MentionForm;
  cluster: string | null;
}

export function parseMarkup(src: string): { text: string; mentions: MarkedMention[] } {
  let text = '';
  const mentions: MarkedMention[] = [];
  const re = /\[([^\[\]|]+)\|(PER|ORG|LOC|MISC)(?:\|(name|deriv|part|desc))?(?:\|([^\[\]|]+))?\]/g;
  let last = 0;
  for (const m of src.matchAll(re)) {
    text += src.slice(last, m.index);
    const start = text.length;
    text += m[1];
    mentions.push({ start, end: text.length, text: m[1], type: m[2] as EntityType, form: (m[3] ?? 'name') as MentionForm, cluster: m[4] ?? null });
    last = m.index! + m[0].length;
  }
  text += src.slice(last);
  return { text, mentions };
}

/** NER-style entities: one per (type, text), as the NER component groups identical mentions. */
export function nerEntities(mentions: MarkedMention[]): Entity[] {
  const groups = new Map<string, Entity>();
  for (const m of mentions) {
    if ((m.form as string) === 'desc') continue;
    const key = `${m.type}|${m.text}`;
    let e = groups.get(key);
    if (!e) {
      e = { id: `n${groups.size + 1}`, type: m.type, name: m.text, mentions: [] };
      groups.set(key, e);
    }
    const label = m.form === 'name' ? m.type : `${m.type}${m.form}`;
    e.mentions.push({ start: m.start, end: m.end, text: m.text, form: m.form, label });
  }
  return [...groups.values()];
}

export function docFromMarkup(src: string): Doc {
  const { text, mentions } = parseMarkup(src);
  const doc = createDoc(text);
  const { tokens, sentences } = segment(text);
  doc.tokens = tokens;
  doc.sentences = sentences;
  doc.entities = nerEntities(mentions);
  return doc;
}
