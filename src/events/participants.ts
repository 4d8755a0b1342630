/**
 * Participants that are no entity mentions of their own but stand for an entity of the document:
 *  - party nouns ("die Sozialdemokraten", "die Freiheitlichen", "bei den Roten") for the one party of that family the
 *    document names ("SPÖ", "FPÖ");
 *  - a definite head noun of an organisation's compound name ("die Kammer" after "Ärztekammer", "der Verband" after
 *    "Hauptverband") for that organisation, when exactly one organisation of the document ends in it.
 * Found with one pass over the document's lower-cased tokens; only capitalised whole words, never inside an existing
 * mention.
 */
import { tokenTexts, type Doc, type Entity } from '../doc/index.ts';

/** party noun (lower case) -> names of the parties it can stand for */
const SOCIAL_DEMOCRATS = /^(spö|spd|sp|sps|ps|psoe|sdp|sap|pd|labour)$/i;
const PARTY_NOUNS = new Map<string, RegExp>([
  ['sozialdemokraten', SOCIAL_DEMOCRATS],
  ['sozialdemokratie', SOCIAL_DEMOCRATS],
  ['sozialisten', /^(ps|psoe|sp|spö|spd)$/i],
  ['freiheitliche', /^(fpö|fpk)$/i],
  ['freiheitlichen', /^(fpö|fpk)$/i],
  ['volkspartei', /^(övp|pp|svp|cvp)$/i],
  ['christdemokraten', /^(cdu|cvp|cda|övp)$/i],
  ['christsozialen', /^(csu)$/i],
  ['liberalen', /^(fdp|neos|vvd|lib)$/i],
  ['roten', /^(spö|spd)$/i],
  ['schwarzen', /^(övp|cdu)$/i],
  ['blauen', /^(fpö)$/i],
  ['pinken', /^(neos)$/i],
]);
const COLOURS = new Set(['roten', 'schwarzen', 'blauen', 'pinken']);
const DEFINITES = new Set(['der', 'die', 'das', 'den', 'dem', 'des']);

/** heads that name a body of people (not a building or a place: "das Krankenhaus" is no participant) */
const INSTITUTION_HEAD = /^(kammer|verband|vereinigung|gewerkschaft|bund|ministerium|behörde|kommission|partei|organisation|bewegung|miliz|regierung|gericht|gerichtshof|staatsanwaltschaft|polizei|armee|agentur|stiftung|union|allianz|front|liga|rat|senat|parlament|konzern|gruppe)$/;

export interface ExtraMention { entity: Entity; start: number; end: number; form: string }

/** Extra mentions for party nouns and organisation head nouns (form "party" / "head"). */
export function participantMentions(doc: Doc): ExtraMention[] {
  const orgs = (doc.entities ?? []).filter((e) => e.type === 'ORG');
  if (!orgs.length) return [];
  // compound heads of organisation names: "Ärztekammer" -> "kammer" (a tail of the last word, at least 5 letters)
  const heads = new Map<string, Entity | null>();
  for (const e of orgs) {
    const l = (e.name.split(/\s+/).pop() ?? '').toLowerCase();
    for (let k = 1; k <= l.length - 5; k++) {
      const h = l.slice(k);
      if (!INSTITUTION_HEAD.test(h)) continue;
      const had = heads.get(h);
      heads.set(h, had === undefined || had === e ? e : null);
    }
  }
  const { words, lower } = tokenTexts(doc);
  const toks = doc.tokens;
  const out: ExtraMention[] = [];
  let taken: [number, number][] | null = null;
  for (let k = 0; k < toks.length; k++) {
    const l = lower[k];
    const family = PARTY_NOUNS.get(l);
    const head = family ? undefined : heads.get(l);
    if (!family && !head) continue;
    const c = words[k].charCodeAt(0);
    if (c === l.charCodeAt(0)) continue; // capitalised words only
    let entity: Entity | undefined;
    let form = 'party';
    if (family) {
      // "die Roten Khmer", "des Roten Kreuzes": a colour word before another capitalised word is part of a name
      if (COLOURS.has(l) && k + 1 < toks.length && /^\p{Lu}/u.test(words[k + 1])) continue;
      const parties = orgs.filter((e) => family.test(e.name));
      if (parties.length !== 1) continue;
      entity = parties[0];
    } else {
      if (k === 0 || !DEFINITES.has(lower[k - 1])) continue;
      entity = head!;
      form = 'head';
    }
    const { start, end } = toks[k];
    if (!taken) {
      taken = [];
      for (const e of doc.entities ?? []) for (const m of e.mentions ?? []) taken.push([m.start, m.end]);
    }
    if (taken.some(([s, t]) => start < t && end > s)) continue;
    out.push({ entity, start, end, form });
  }
  return out;
}
