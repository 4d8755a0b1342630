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
import { firstIndexNotBefore } from '../util/search.ts';
// \p{…} regexps as module constants: tsx rewrites such a literal into a `new RegExp()` on every evaluation.
const UPPER_START = /^\p{Lu}/u;
const LETTER_START = /^\p{L}/u;
const LOWER_E_OR_EN = /^\p{Ll}+(e|en)$/u;
const LOWER_EN_OR_ER = /^\p{Ll}+(en|er)$/u;

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
const INSTITUTION_HEADS = ['kammer', 'verband', 'vereinigung', 'gewerkschaft', 'ministerium', 'behörde', 'kommission', 'partei', 'organisation', 'bewegung', 'miliz', 'regierung', 'gericht', 'gerichtshof', 'staatsanwaltschaft', 'polizei', 'armee', 'agentur', 'stiftung', 'union', 'allianz', 'front', 'senat', 'parlament', 'konzern', 'gruppe'];

export interface ExtraMention { entity: Entity; start: number; end: number; form: string }

/** What a word of the document's lookup table stands for (null: ambiguous, several candidates). */
type Kind = { kind: 'party' | 'head' | 'role'; entity: Entity | null };

/** Extra mentions for party nouns, organisation head nouns and role nouns (form "party" / "head" / "role"). */
export function participantMentions(doc: Doc): ExtraMention[] {
  // one lookup table per document: lower-case word -> what it may stand for (later kinds take precedence, as parties
  // over heads over roles; an ambiguous head leaves a role of the same word in place)
  const table = new Map<string, Kind>();
  // role titles of the document's persons ("dem Finanzminister" in a headline before the name is introduced), with the
  // singular case endings ("Finanzministers", "Präsidenten"); no plural endings ("den Außenministern", "die Abgeordneten")
  const titles = roleTitles(doc);
  for (const [t, e] of titles) {
    table.set(t, { kind: 'role', entity: e });
    if (!table.has(t + 's')) table.set(t + 's', { kind: 'role', entity: e });
    if (/(ent|ant|at)$/.test(t) && !table.has(t + 'en')) table.set(t + 'en', { kind: 'role', entity: e });
  }
  const orgs = (doc.entities ?? []).filter((e) => e.type === 'ORG');
  // compound heads of organisation names: "Ärztekammer" -> "kammer" (a tail of the last word, at least 5 letters)
  const heads = new Map<string, Entity | null>();
  const addHead = (h: string, e: Entity) => {
    const had = heads.get(h);
    heads.set(h, had === undefined || had === e ? e : null);
  };
  for (const e of orgs) {
    const parts = e.name.split(/\s+/);
    const l = (parts.pop() ?? '').toLowerCase();
    for (const h of INSTITUTION_HEADS) {
      // a compound head ("Ärztekammer") or the head word of a name of several words ("Kommunistische Partei")
      if (!l.endsWith(h) || (l.length === h.length && !parts.length)) continue;
      addHead(h, e);
    }
  }
  // the class noun an organisation is introduced with ("die Rebellengruppe ADF", "das Bataillon Tornado"): its
  // institution head ("die Gruppe") stands for it as well
  if (orgs.length) {
    const { lower: lw } = tokenTexts(doc);
    for (const e of orgs) for (const m of e.mentions ?? []) {
      const k = tokenStartingAt(doc.tokens, m.start);
      // (the article may stand before an attribute: "Die von Islamisten geführte Rebellengruppe ADF")
      if (k < 2 || !UPPER_START.test(doc.text.slice(doc.tokens[k - 1].start, doc.tokens[k - 1].end))) continue;
      let d = k - 2;
      while (d > k - 6 && d > 0 && !DEFINITES.has(lw[d]) && LETTER_START.test(lw[d])) d--;
      if (!DEFINITES.has(lw[d])) continue;
      const cls = lw[k - 1];
      for (const h of INSTITUTION_HEADS) if (cls.endsWith(h) && cls.length > h.length) addHead(h, e);
    }
  }
  for (const [h, e] of heads) if (e) table.set(h, { kind: 'head', entity: e });
  if (!table.size && !orgs.length) return [];
  const { words, lower } = tokenTexts(doc);
  const toks = doc.tokens;
  const out: ExtraMention[] = [];
  let taken: [number, number][] | null = null;
  const text = doc.text;
  for (let k = 0; k < toks.length; k++) {
    // capitalised words of five letters or more only (most tokens stop here, on the text's character codes)
    const tk = toks[k];
    if (tk.end - tk.start < 5) continue;
    const c = text.charCodeAt(tk.start);
    if (!((c >= 65 && c <= 90) || c === 196 || c === 214 || c === 220)) continue;
    const l = lower[k];
    let hit = table.get(l);
    if (orgs.length && !(hit && hit.kind === 'party')) {
      // parties are resolved when their noun first occurs (most documents have none)
      const family = PARTY_NOUNS.get(l);
      if (family) {
        const parties = orgs.filter((e) => family.test(e.name));
        hit = { kind: 'party', entity: parties.length === 1 ? parties[0] : null };
        table.set(l, hit);
      }
    }
    if (!hit || !hit.entity) continue;
    if (hit.kind === 'party') {
      // "die Roten Khmer", "des Roten Kreuzes": a colour word before another capitalised word is part of a name
      if (COLOURS.has(l) && k + 1 < toks.length && UPPER_START.test(words[k + 1])) continue;
    } else if (hit.kind === 'head') {
      if (k === 0 || !DEFINITES.has(lower[k - 1])) continue;
    } else {
      // a definite role noun, maybe with one adjective between ("dem Finanzminister", "des neuen Innenministers")
      const definite = (k > 0 && DEFINITES.has(lower[k - 1])) || (k > 1 && DEFINITES.has(lower[k - 2]) && LOWER_E_OR_EN.test(words[k - 1]));
      if (!definite) continue;
      // "an den Präsidenten des Wiener Landtags": a generic role head ("Präsident" of "Bundespräsident") with a genitive
      // that names the office is another office, not the document's "Bundespräsident"
      if (titles.generic.has(l.replace(/(s|en)$/, '')) && k + 2 < toks.length && /^(des|der)$/.test(lower[k + 1]) && (UPPER_START.test(words[k + 2]) || (k + 3 < toks.length && LOWER_EN_OR_ER.test(words[k + 2]) && UPPER_START.test(words[k + 3])))) continue;
    }
    const { start, end } = toks[k];
    if (!taken) {
      taken = [];
      for (const e of doc.entities ?? []) for (const m of e.mentions ?? []) taken.push([m.start, m.end]);
    }
    if (taken.some(([s, t]) => start < t && end > s)) continue;
    // "den deutschen Bundeskanzler Olaf Scholz": a title right before a name is part of that name's phrase
    if (hit.kind === 'role' && k + 1 < toks.length && UPPER_START.test(words[k + 1]) && taken.some(([s]) => s === toks[k + 1].start)) continue;
    out.push({ entity: hit.entity, start, end, form: hit.kind });
  }
  return out;
}

/** The index of the token that starts at `offset` (the last such token), or -1: a binary search over the tokens in text order. */
function tokenStartingAt(toks: readonly { start: number }[], offset: number): number {
  let k = firstIndexNotBefore(toks.length, (i) => toks[i].start < offset);
  if (k >= toks.length || toks[k].start !== offset) return -1;
  while (k + 1 < toks.length && toks[k + 1].start === offset) k++;
  return k;
}

/** Generic role heads a title may end in ("Finanzminister" -> "minister"). */
const ROLE_HEADS = ['minister', 'ministerin', 'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'chef', 'chefin', 'sprecher', 'sprecherin', 'vorsitzende', 'vorsitzender', 'bürgermeister', 'bürgermeisterin', 'botschafter', 'botschafterin', 'premier', 'premierminister', 'gouverneur', 'landeshauptmann', 'bundeskanzler', 'bundespräsident'];

/**
 * Lower-case role nouns -> the one person of the document holding that title (null when several do); `generic` holds the
 * keys that are only a generic head of a longer title ("präsident" of "bundespräsident").
 */
function roleTitles(doc: Doc): Map<string, Entity | null> & { generic: Set<string> } {
  const map = new Map<string, Entity | null>() as Map<string, Entity | null> & { generic: Set<string> };
  const exact = new Set<string>();
  const heads = new Set<string>();
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
      exact.add(t);
      const tail = t.slice(t.lastIndexOf('-') + 1);
      if (tail !== t) add(tail, e);
      exact.add(tail);
      for (const h of ROLE_HEADS) if (tail.endsWith(h) && tail !== h) {
        add(h, e);
        heads.add(h);
      }
    }
  }
  map.generic = new Set([...heads].filter((h) => !exact.has(h)));
  return map;
}
