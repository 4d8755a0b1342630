/**
 * Participants that are no entity mentions of their own but stand for an entity of the document:
 *  - party nouns ("die Sozialdemokraten", "die Freiheitlichen", "bei den Roten") for the one party of that family the
 *    document names ("SPÖ", "FPÖ");
 *  - a definite head noun of an organisation's compound name ("die Kammer" after "Ärztekammer", "der Verband" after
 *    "Hauptverband") for that organisation, when exactly one organisation of the document ends in it;
 *  - a definite role noun ("dem Finanzminister", "der Minister") for the one person of the document with that title,
 *    also where the entity stage has not linked it (a headline before the name is introduced).
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
  // role titles of the document's persons: "dem Finanzminister" in a headline before the name is introduced
  const roles = roleTitles(doc);
  const { words, lower } = tokenTexts(doc);
  const toks = doc.tokens;
  const out: ExtraMention[] = [];
  let taken: [number, number][] | null = null;
  for (let k = 0; k < toks.length; k++) {
    const l = lower[k];
    const family = orgs.length ? PARTY_NOUNS.get(l) : undefined;
    const head = family ? undefined : heads.get(l);
    const person = family || head ? undefined : roleOf(roles, l);
    if (!family && !head && !person) continue;
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
    } else if (head) {
      if (k === 0 || !DEFINITES.has(lower[k - 1])) continue;
      entity = head;
      form = 'head';
    } else {
      // a definite role noun, maybe with one adjective between ("dem Finanzminister", "des neuen Innenministers")
      const d = k > 0 && DEFINITES.has(lower[k - 1]) ? k - 1 : k > 1 && DEFINITES.has(lower[k - 2]) && /^\p{Ll}+(e|en)$/u.test(words[k - 1]) ? k - 2 : -1;
      if (d < 0) continue;
      entity = person!;
      form = 'role';
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

/** Generic role heads a title may end in ("Finanzminister" -> "minister"). */
const ROLE_HEADS = ['minister', 'ministerin', 'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'chef', 'chefin', 'sprecher', 'sprecherin', 'vorsitzende', 'vorsitzender', 'bürgermeister', 'bürgermeisterin', 'botschafter', 'botschafterin', 'premier', 'premierminister', 'gouverneur', 'landeshauptmann', 'bundeskanzler', 'bundespräsident'];

/** Lower-case role nouns -> the one person of the document holding that title (null when several do). */
function roleTitles(doc: Doc): Map<string, Entity | null> {
  const map = new Map<string, Entity | null>();
  const add = (key: string, e: Entity) => {
    if (key.length < 5) return;
    const had = map.get(key);
    map.set(key, had === undefined || had === e ? e : null);
  };
  for (const e of doc.entities ?? []) {
    if (e.type !== 'PER') continue;
    for (const r of (e as { roles?: { title?: string }[] }).roles ?? []) {
      const t = (r.title ?? '').toLowerCase();
      if (!t || t.includes(' ')) continue;
      add(t, e);
      const tail = t.slice(t.lastIndexOf('-') + 1);
      if (tail !== t) add(tail, e);
      for (const h of ROLE_HEADS) if (tail.endsWith(h) && tail !== h) add(h, e);
    }
  }
  return map;
}

/** The person a role noun stands for, with singular case endings ("Finanzministers", "Präsidenten"). */
function roleOf(roles: Map<string, Entity | null>, l: string): Entity | undefined {
  if (!roles.size) return undefined;
  // no plural endings: "den Außenministern", "die Abgeordneten" are several people; "-en" only for weak nouns
  const hit = roles.get(l) ?? (l.endsWith('s') ? roles.get(l.slice(0, -1)) : undefined) ?? (/(ent|ant|at)en$/.test(l) ? roles.get(l.slice(0, -2)) : undefined);
  return hit ?? undefined;
}
