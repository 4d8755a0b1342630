/**
 * One event, many mentions: the same event (same type, same actors and recipients, compatible time and
 * modality class) told twice in a document is stored once with all its mentions.
 */
import type { RawEvent } from './extract.ts';

function key(ids: string[]): string {
  return [...ids].sort().join('|');
}

/** Times are compatible when equal, when one is missing, or when one is a prefix (2016-05 vs 2016-05-12). */
export function compatibleTime(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return a === b || a.startsWith(b) || b.startsWith(a);
}

/** Planned/hypothetical/negated mentions never merge with mentions that say the event happened. */
function modalityClass(m: string): string {
  return m === 'planned' || m === 'hypothetical' ? 'irrealis' : m === 'negated' ? 'negated' : 'realis';
}

/** Types whose participants are symmetric: "X traf Y" and "X und Y trafen sich" are the same event. */
const SYMMETRIC = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

function sameParticipants(a: RawEvent, b: RawEvent): boolean {
  if (SYMMETRIC.has(a.type)) return key([...new Set([...a.actors, ...a.recipients])]) === key([...new Set([...b.actors, ...b.recipients])]);
  return key(a.actors) === key(b.actors) && (key(a.recipients) === key(b.recipients) || !a.recipients.length || !b.recipients.length);
}

export function mergeEvents(events: RawEvent[]): RawEvent[] {
  const out: RawEvent[] = [];
  for (const ev of events) {
    const target = ev.actors.length
      ? out.find(
          (o) =>
            o.type === ev.type &&
            sameParticipants(o, ev) &&
            compatibleTime(o.timeFromText ? o.time : null, ev.timeFromText ? ev.time : null) &&
            modalityClass(o.modality) === modalityClass(ev.modality),
        )
      : undefined;
    if (!target) {
      out.push(ev);
      continue;
    }
    target.mentions.push(...ev.mentions);
    if (!target.recipients.length && ev.recipients.length) {
      target.recipients = ev.recipients;
      target.recipientCodes = ev.recipientCodes;
    }
    target.place ??= ev.place;
    target.source ??= ev.source;
    if (!target.mode && ev.mode) target.mode = ev.mode;
    // the more specific time (a day beats a month, a mention's own time beats the publication date)
    if (ev.timeFromText && ev.time && (!target.timeFromText || !target.time || ev.time.length > target.time.length)) {
      target.time = ev.time;
      target.timeFromText = true;
    }
  }
  out.forEach((e, i) => (e.id = `ev${i + 1}`));
  return out;
}
