/**
 * Cross-document identity of events: the same event told in several (near-duplicate) documents gets the
 * same signature, so a store can keep it once with all its mentions. A signature uses document-independent
 * actor keys (canonical id, else the folded name), the type, the time when a text gave one, and the
 * modality class (planned/hypothetical mentions never merge with mentions that say it happened).
 */
import type { Doc, EventRecord } from '../doc/index.ts';

function fold(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[^a-z0-9]+/g, ' ').trim();
}

function actorKey(doc: Doc, id: string): string {
  const e = doc.entities.find((x) => x.id === id);
  if (!e) return id;
  if (typeof e.canonicalId === 'string' && e.canonicalId) return e.canonicalId;
  return `${e.type}:${fold(e.name)}`;
}

const SYMMETRIC = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

function modalityClass(m: string): string {
  return m === 'planned' || m === 'hypothetical' ? 'irrealis' : m === 'negated' ? 'negated' : 'realis';
}

/** A stable key for an event; null when the event has no actor (too vague to identify across documents). */
export function eventSignature(doc: Doc, ev: EventRecord): string | null {
  if (!ev.actors.length) return null;
  const actors = ev.actors.map((id) => actorKey(doc, id));
  const recipients = ev.recipients.map((id) => actorKey(doc, id));
  const parts = SYMMETRIC.has(ev.type) ? [[...new Set([...actors, ...recipients])].sort().join('+')] : [actors.sort().join('+'), recipients.sort().join('+')];
  const time = ev.timeFromText && ev.time ? ev.time.slice(0, 10) : '';
  return [ev.type, ...parts, time, modalityClass(ev.modality)].join('|');
}

/**
 * The signatures of a document's events, in order, for grouping them with the events of other documents. Two events of
 * one document are two events (the document's merge kept them apart: "forderte höhere Renten" and "verlangte außerdem eine
 * Senkung der Mieten" have one signature): the k-th event of a signature in a document gets "#k" from the second on, so
 * that near-duplicate documents, which tell their events in the same order, pair them one to one. An event without actors
 * has no signature: it stays alone, or — with `actorless`, for documents known to be near-duplicates of one story — is
 * keyed by its type, trigger word, recipients, time and modality class, so that the retelling of "Bei einem Anschlag in
 * Kabul …" in a near-duplicate is the same stored event.
 */
export function documentSignatures(doc: Doc, actorless = false): string[] {
  const seen = new Map<string, number>();
  return doc.events.map((ev) => {
    const base = eventSignature(doc, ev) ?? (actorless ? actorlessSignature(doc, ev) : `${doc.id}#${ev.id}`);
    const k = (seen.get(base) ?? 0) + 1;
    seen.set(base, k);
    return k === 1 ? base : `${base}#${k}`;
  });
}

function actorlessSignature(doc: Doc, ev: EventRecord): string {
  const recipients = ev.recipients.map((id) => actorKey(doc, id)).sort().join('+');
  const time = ev.timeFromText && ev.time ? ev.time.slice(0, 10) : '';
  return [ev.type, `~${fold(ev.trigger.text)}`, recipients, time, modalityClass(ev.modality)].join('|');
}

export interface CrossDocEvent {
  signature: string;
  type: string;
  mentions: { docId: string; eventId: string; sentence: number; trigger: EventRecord['trigger'] }[];
}

/** Groups the events of several documents by signature (events without a signature stay alone). */
export function mergeAcrossDocuments(docs: Doc[]): CrossDocEvent[] {
  const out = new Map<string, CrossDocEvent>();
  for (const doc of docs) {
    const signatures = documentSignatures(doc);
    for (const [i, ev] of doc.events.entries()) {
      const sig = signatures[i];
      let group = out.get(sig);
      if (!group) out.set(sig, (group = { signature: sig, type: ev.type, mentions: [] }));
      const ms = (ev.mentions as { sentence: number; trigger: EventRecord['trigger'] }[] | undefined) ?? [{ sentence: ev.sentence, trigger: ev.trigger }];
      for (const m of ms) group.mentions.push({ docId: doc.id, eventId: ev.id, sentence: m.sentence, trigger: m.trigger });
    }
  }
  return [...out.values()];
}
