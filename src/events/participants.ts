/**
 * Participants that are no entity mentions of their own but stand for an entity of the document:
 *  - party nouns ("die Sozialdemokraten", "die Freiheitlichen", "bei den Roten") for the one party of that family the
 *    document names ("SPÖ", "FPÖ");
 *  - a definite head noun of an organisation's compound name ("die Kammer" after "Ärztekammer", "der Verband" after
 *    "Hauptverband") for that organisation, when exactly one organisation of the document ends in it.
 * Found with one scan of the text per document; only capitalised whole words, never inside an existing mention.
 */
import type { Doc, Entity } from '../doc/index.ts';

/** party noun (lower case) -> names of the parties it can stand for */
const PARTY_FAMILIES: [RegExp, RegExp][] = [
  [/^sozialdemokrat(en|ie)$/, /^(spö|spd|sp|sps|ps|psoe|sdp|sap|pd|labour)$/i],
  [/^sozialisten$/, /^(ps|psoe|sp|spö|spd)$/i],
  [/^freiheitlichen?$/, /^(fpö|fpk)$/i],
  [/^volkspartei$/, /^(övp|pp|svp|cvp)$/i],
  [/^christdemokraten$/, /^(cdu|cvp|cda|övp)$/i],
  [/^christsozialen$/, /^(csu)$/i],
  [/^liberalen$/, /^(fdp|neos|vvd|lib)$/i],
  [/^roten$/, /^(spö|spd)$/i],
  [/^schwarzen$/, /^(övp|cdu)$/i],
  [/^blauen$/, /^(fpö)$/i],
  [/^pinken$/, /^(neos)$/i],
];

/** heads that name a body of people (not a building or a place: "das Krankenhaus" is no participant) */
const INSTITUTION_HEAD = /^(kammer|verband|vereinigung|gewerkschaft|bund|ministerium|behörde|kommission|partei|organisation|bewegung|miliz|regierung|gericht|gerichtshof|staatsanwaltschaft|polizei|armee|agentur|stiftung|vereinigung|union|allianz|front|liga|rat|senat|parlament|konzern|gruppe)$/;

const WORD = /\p{Lu}[\p{L}-]{3,}/gu;
const DEFINITE = /(?:^|\s)(der|die|das|den|dem|des)\s+$/i;

export interface ExtraMention { entity: Entity; start: number; end: number; form: string }

/** Extra mentions for party nouns and organisation head nouns (form "party" / "head"). */
export function participantMentions(doc: Doc): ExtraMention[] {
  const orgs = (doc.entities ?? []).filter((e) => e.type === 'ORG');
  if (!orgs.length) return [];
  const taken: [number, number][] = [];
  for (const e of doc.entities ?? []) for (const m of e.mentions ?? []) taken.push([m.start, m.end]);
  const inside = (a: number, b: number) => taken.some(([s, t]) => a < t && b > s);
  // compound heads of organisation names: "Ärztekammer" -> "kammer" (the last word's tail, at least 5 letters)
  const heads = new Map<string, Entity | null>();
  for (const e of orgs) {
    const last = e.name.split(/\s+/).pop() ?? '';
    const l = last.toLowerCase();
    for (let k = 1; k <= l.length - 5; k++) {
      const h = l.slice(k);
      if (!INSTITUTION_HEAD.test(h)) continue;
      const had = heads.get(h);
      heads.set(h, had === undefined || had === e ? e : null);
    }
  }
  const out: ExtraMention[] = [];
  const text = doc.text;
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    const end = start + m[0].length;
    const lower = m[0].toLowerCase();
    let entity: Entity | null | undefined;
    let form = 'party';
    const fam = PARTY_FAMILIES.find(([noun]) => noun.test(lower));
    if (fam) {
      // "die Roten Khmer", "des Roten Kreuzes": a colour word before another capitalised word is part of a name
      if (/^(roten|schwarzen|blauen|pinken)$/.test(lower) && /^\s+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
      const parties = orgs.filter((e) => fam[1].test(e.name));
      if (parties.length !== 1) continue;
      entity = parties[0];
    } else {
      entity = heads.get(lower);
      form = 'head';
      if (!entity || !DEFINITE.test(text.slice(Math.max(0, start - 5), start))) continue;
    }
    if (!entity || inside(start, end)) continue;
    out.push({ entity, start, end, form });
  }
  return out;
}
