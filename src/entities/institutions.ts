/**
 * Institutions that the NER stage leaves untagged because German writes them as common nouns: definite
 * singular compounds with an institution head ("die Ärztekammer", "der Hauptverband", "die
 * Richtervereinigung", "die Staatsanwaltschaft", "des Verfassungsgerichtshofes"). They become ORG
 * entities whose mentions have the form 'desc' (not names in the GermEval sense, so the name-mention
 * scores compare like with like), so that events and quotes can use them as actors and speakers.
 *
 * Precision rules: a compound is an institution only when it is seen once with a definite article (or
 * "vom", "zum", "beim", …) in the singular; plurals ("Gerichte", "Gewerkschaften") never match the
 * singular head forms; phrases with a nationality adjective ("das russische Außenministerium") or a
 * country prefix are left to the country (its deriv or part mention already is the actor there); words
 * inside an NER mention are skipped. Once confirmed, the same compound without article ("Rechtsanwälte
 * und Richtervereinigung") and the bare head with a definite article ("die Kammer") join it, the latter
 * only when exactly one institution of the document has that head.
 */
import type { Doc, MentionForm } from '../doc/index.ts';
import type { ResolvedEntity } from './cluster.ts';
import { lookupAdjective, lookupCountry } from './countries.ts';
import { lookupPlace, lookupRegionAdjective } from './places.ts';
import { parseTitle } from './roles.ts';
import { newEntity } from './shape.ts';
import { genitiveStem, phraseKey, slug } from './text.ts';
// (\p{…} patterns as module constants: tsx turns such a literal inside a function into a `new RegExp()` call each time it runs)
const ER_ADJECTIVE = /^\p{Lu}\p{L}+er$/u;
const SHORT_NAME = /^[\p{Lu}\d][\p{L}\d]{1,7}$/u;

// Regexps with \p{…} live in module constants: tsx's esbuild rewrites such a literal into a `new RegExp()`
// call, which runs (allocates and looks up the compiled code) each time the expression is evaluated.
const UPPER_START = /^\p{Lu}/u;

export interface InstitutionMention {
  start: number;
  end: number;
  text: string;
}

export interface Institution {
  /** Nominative singular as written ("Ärztekammer", "Verfassungsgerichtshof"). */
  name: string;
  /** Institution head ("kammer", "gerichtshof"). */
  head: string;
  /** From a nationality adjective ("die rumänische …behörde (DNA)") or a genitive ("… Kanadas"). */
  country: string | null;
  /** The city or region of a place adjective before it ("die Pariser Staatsanwaltschaft" → "Paris"). */
  place: string | null;
  mentions: InstitutionMention[];
}

/** The place an NER-tagged adjective refers to (its resolved entity's name and country). */
export type PlaceAt = (start: number, end: number) => { name: string; country: string | null } | null;

interface HeadRule {
  head: string;
  /** Grammatical gender, for the strong adjective ending of a name ("Oberster Gerichtshof", "Auswärtiges Amt"). */
  gender: 'm' | 'f' | 'n';
  /** Masculine and neuter heads take a genitive -s / -es. */
  genitive: boolean;
  /** The bare head may refer back to the one institution with that head ("die Kammer"). */
  shortForm: boolean;
  /** Only these first parts make an institution (heads that are mostly something else). */
  only?: RegExp;
  /** First parts that make something else ("Gaskammer", "Wiedervereinigung", "Hauptgericht"). */
  not?: RegExp;
}

// longest heads first: "gerichtshof" before "gericht"
const RULES: HeadRule[] = [
  { head: 'gerichtshof', gender: 'm', genitive: true, shortForm: true },
  { head: 'anwaltschaft', gender: 'f', genitive: false, shortForm: false, only: /(?:staats|general|ober|bundes)$/ },
  { head: 'gewerkschaft', gender: 'f', genitive: false, shortForm: true },
  { head: 'vereinigung', gender: 'f', genitive: false, shortForm: true, not: /(?:wieder|zusammen|ver)$/ },
  { head: 'ministerium', gender: 'n', genitive: true, shortForm: true },
  { head: 'kommission', gender: 'f', genitive: false, shortForm: true, not: /(?:provisions)$/ },
  { head: 'behörde', gender: 'f', genitive: false, shortForm: true },
  { head: 'verband', gender: 'm', genitive: true, shortForm: true, not: /(?:druck|not|wund|kopf|schnell|stütz|gips|flotten|truppen|familien)$/ },
  { head: 'kammer', gender: 'f', genitive: false, shortForm: true, not: /(?:gas|folter|schatz|dunkel|herz|kühl|brenn|druck|grab|rüst|speise|besen|kunst|wunder|schlaf|neben|kleider|ofen|vor|hinter|raum|mord)$/ },
  { head: 'gericht', gender: 'n', genitive: true, shortForm: true, not: /(?:haupt|leib|national|nudel|fleisch|fisch|lieblings|reis|vor|nach|welt|jüngst|kult|fertig|gemüse|eintopf|standard)$/ },
  {
    head: 'amt', gender: 'n', genitive: true, shortForm: false,
    only: /(?:bundes|landes|kriminal|finanz|außen|kanzler|präsidial|jugend|sozial|arbeits|ordnungs|patent|zoll|presse|standes|gesundheits|statistik|umwelt|wetter|verkehrs|bezirks|magistrats|rechnungs|kartell|einwanderungs|migrations|ausländer|verfassungsschutz|auswärtige)$/,
  },
  {
    head: 'rat', gender: 'm', genitive: true, shortForm: false,
    only: /(?:sicherheits|national|bundes|europa|menschenrechts|minister|aufsichts|wächter|militär|gemeinde|betriebs|verwaltungs|stiftungs|ältesten|revolutions|übergangs|wissenschafts|ethik|sachverständigen|hochschul|universitäts|schura|kirchen|regierungs|staats|verfassungs|kriegs|volks|wirtschafts|gouverneurs|senats|präsidial|führungs|rundfunk|stiftungs|bildungs|obersten)$/,
  },
  { head: 'bank', gender: 'f', genitive: false, shortForm: true, only: /(?:zentral|noten|national|welt|investment|groß|förder|landes|entwicklungs|staats|privat|export|bundes|hypo|regional|direkt|genossenschafts|raiffeisen|spar|kommunal)$/ },
  { head: 'regierung', gender: 'f', genitive: false, shortForm: false, only: /(?:bundes|landes|staats|zentral|übergangs|militär|einheits|minderheits|regional|provinz|stadt|expertinnen|experten|beamten|koalitions|gegen|exil|marionetten)$/ },
];

/** Heads of national government bodies: a capital's adjective before them names the state ("das Moskauer Außenministerium"). */
const STATE_HEADS = new Set(['ministerium', 'regierung', 'amt']);

/**
 * Whether a place adjective the NER tagged (a deriv mention) makes the state the actor, so that the
 * institution is left to it: a country ("die Schweizer Notenbank"), or a capital before a national
 * government body ("die Kiewer Regierung"). A city's or region's own institutions stay institutions
 * ("die Wiener Ärztekammer", "die Pariser Staatsanwaltschaft", "die bayerische Landesregierung").
 */
function placeAdjectiveStandsForState(word: string, head: string): boolean {
  if (ER_ADJECTIVE.test(word)) {
    const stem = word.slice(0, -2);
    if (lookupCountry(stem)) return true;
    return STATE_HEADS.has(head) && !!lookupPlace(stem)?.metonymyOf;
  }
  return !lookupRegionAdjective(word);
}

const ARTICLE = /^(?:der|die|das|des|dem|den|vom|zum|zur|beim|im|am)$/i;
/** Contractions hold a preposition: the mention starts after them. */
const CONTRACTION = /^(?:vom|zum|zur|beim|im|am)$/i;
/** Attributive adjectives between article and noun ("die zuständige", "der Oberste"). */
const ADJECTIVE = /^[\p{L}-]+(?:e|en|er|es|em)$/u;

interface Tok {
  text: string;
  start: number;
  end: number;
}

/** Any word that ends in a head form (one test per word spares the rule loop for all others). */
const HEAD_TAIL = new RegExp(`(?:${RULES.map((r) => r.head).join('|')})(?:e?s)?$`, 'i');
/** Head forms at the end of a word; the word start is found by walking back. */
const HEAD_AT_END = new RegExp(`(?:${RULES.map((r) => r.head).join('|')})(?:e?s)?(?![\\p{L}\\p{N}-])`, 'giu');

/** The institution rule and nominative of a word, or null: "Verfassungsgerichtshofes" → Verfassungsgerichtshof. */
export function institutionNoun(word: string): { rule: HeadRule; name: string; prefix: string } | null {
  if (!HEAD_TAIL.test(word) || !UPPER_START.test(word) || word.includes('-')) return null;
  const lower = word.toLowerCase();
  for (const rule of RULES) {
    let base = lower;
    if (!base.endsWith(rule.head)) {
      if (!rule.genitive) continue;
      if (base.endsWith(rule.head + 'es')) base = base.slice(0, -2);
      else if (base.endsWith(rule.head + 's')) base = base.slice(0, -1);
      else continue;
      if (!base.endsWith(rule.head)) continue;
    }
    // first part with and without the linking s ("Sicherheits-rat", "Staats-anwaltschaft")
    const prefix = base.slice(0, base.length - rule.head.length);
    const bare = prefix.replace(/s$/, '');
    if (rule.only && !rule.only.test(prefix) && !rule.only.test(bare)) return null;
    if (rule.not && (rule.not.test(prefix) || rule.not.test(bare))) return null;
    // the bare head is a short form, never an institution of its own; a person title is no institution ("Stadtrat")
    if (prefix.length < 3) return null;
    const name = word.slice(0, base.length);
    if (parseTitle(name)) return null;
    return { rule, name, prefix };
  }
  return null;
}

function bareHead(word: string, shortOnly = true): HeadRule | null {
  if (word.length > 13 || !HEAD_TAIL.test(word)) return null;
  const lower = word.toLowerCase();
  for (const rule of RULES) {
    if (shortOnly && !rule.shortForm) continue;
    if (lower === rule.head || (rule.genitive && (lower === rule.head + 's' || lower === rule.head + 'es'))) return rule;
  }
  return null;
}

/**
 * Institutions of a document. `covered(start, end)` says whether a span overlaps an NER mention (such
 * words belong to a larger name or are names themselves); `namedAfter(end)` whether a name (an acronym in
 * parentheses) follows, which makes "die rumänische Antikorruptionsstaatsanwaltschaft (DNA)" a named body
 * even with its nationality adjective.
 */
export function findInstitutions(
  doc: Doc,
  covered: (start: number, end: number) => boolean,
  namedAfter: (end: number) => boolean = () => false,
  placeAt: PlaceAt = () => null,
): Institution[] {
  const text = doc.text;
  // only words ending in a head form are looked at; their neighbours are read from the text when needed
  const words: Tok[] = [];
  for (const m of text.matchAll(HEAD_AT_END)) {
    const end = m.index! + m[0].length;
    let start = m.index!;
    while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
    while (start < end && text[start] === '-') start++;
    words.push({ text: text.slice(start, end), start, end });
  }
  if (!words.length) return [];
  const byName = new Map<string, Institution>();
  const confirmed: Institution[] = [];
  // the article (or contraction) and adjectives before a noun, with only white space between the words
  const definiteStart = (t: Tok): { article: Tok; adjectives: Tok[] } | null => {
    const adjectives: Tok[] = [];
    let pos = t.start;
    for (let k = 0; k < 3; k++) {
      const w = wordBefore(text, pos);
      if (!w) return null;
      if (ARTICLE.test(w.text)) return { article: w, adjectives };
      if (!ADJECTIVE.test(w.text) || institutionNoun(w.text) || bareHead(w.text)) return null;
      adjectives.unshift(w);
      pos = w.start;
    }
    return null;
  };
  // the country of a mention: a nationality adjective in it, or a country in the genitive right after it
  const countryAt = (t: Tok, d: { adjectives: Tok[] } | null): string | null => {
    for (const a of d?.adjectives ?? []) {
      const c = lookupAdjective(a.text);
      if (c) return c;
    }
    const next = wordAfter(text, t.end);
    const g = next ? genitiveStem(next.text) : null;
    return g ? lookupCountry(g) : null;
  };
  const spanOf = (t: Tok, d: { article: Tok; adjectives: Tok[] }): InstitutionMention => {
    const start = CONTRACTION.test(d.article.text) ? (d.adjectives[0] ?? t).start : d.article.start;
    return { start, end: t.end, text: text.slice(start, t.end) };
  };
  const countryAdjective = (d: { adjectives: Tok[] }, end: number, head: string) =>
    !namedAfter(end) && d.adjectives.some((a) => lookupAdjective(a.text) || (covered(a.start, a.end) && placeAdjectiveStandsForState(a.text, head)));
  // a city's or region's own body ("die Wiener Ärztekammer"): its place and, through it, its country
  const locate = (inst: Institution, d: { adjectives: Tok[] } | null) => {
    for (const a of d?.adjectives ?? []) {
      const p = covered(a.start, a.end) ? placeAt(a.start, a.end) : null;
      if (!p) continue;
      inst.place ??= p.name;
      inst.country ??= p.country;
      return;
    }
  };
  const taken = new Set<number>();
  // 1. compounds with a definite article confirm an institution; so does a bare head after a capitalised
  //    adjective, which is a name the NER missed ("Der Oberste Gerichtshof", "das Auswärtige Amt")
  const candidates: Array<{ t: Tok; name: string }> = [];
  for (const t of words) {
    const noun = institutionNoun(t.text);
    if (!noun) {
      const rule = bareHead(t.text, false);
      const d = rule && !covered(t.start, t.end) ? definiteStart(t) : null;
      const adj = d?.adjectives[d.adjectives.length - 1];
      if (!rule || !d || !adj || !UPPER_START.test(adj.text) || countryAdjective(d, t.end, rule.head)) continue;
      const stem = adj.text.replace(/(?:e|en|er|es|em)$/, '');
      // "das Jüngste Gericht" is no court
      if (rule.not?.test(stem.toLowerCase())) continue;
      const name = `${stem}${rule.gender === 'm' ? 'er' : rule.gender === 'n' ? 'es' : 'e'} ${rule.head[0].toUpperCase()}${rule.head.slice(1)}`;
      let inst = byName.get(name);
      if (!inst) {
        inst = { name, head: rule.head, country: null, place: null, mentions: [] };
        byName.set(name, inst);
        confirmed.push(inst);
      }
      inst.mentions.push(spanOf(t, d));
      inst.country ??= countryAt(t, d);
      locate(inst, d);
      taken.add(t.start);
      continue;
    }
    candidates.push({ t, name: noun.name });
    if (covered(t.start, t.end)) continue;
    const d = definiteStart(t);
    if (!d) continue;
    // "das russische Außenministerium": the country is the actor there (its deriv mention)
    if (countryAdjective(d, t.end, noun.rule.head)) continue;
    // "der Verband Österreichischer Zeitungen": the noun heads a longer name that the NER missed or tagged
    const next = wordAfter(text, t.end);
    if (next && covered(next.start, next.end) && UPPER_START.test(next.text) && !/s$/.test(next.text)) continue;
    if (!byName.has(noun.name)) {
      const inst: Institution = { name: noun.name, head: noun.rule.head, country: null, place: null, mentions: [] };
      byName.set(noun.name, inst);
      confirmed.push(inst);
    }
  }
  if (!confirmed.length) return [];
  // 2. every occurrence of a confirmed compound, with its article when it has one
  for (const { t, name } of candidates) {
    const inst = byName.get(name);
    if (!inst || covered(t.start, t.end)) continue;
    const d = definiteStart(t);
    if (d && countryAdjective(d, t.end, inst.head)) continue;
    inst.mentions.push(d ? spanOf(t, d) : { start: t.start, end: t.end, text: t.text });
    inst.country ??= countryAt(t, d);
    locate(inst, d);
    taken.add(t.start);
  }
  // 3. the bare head with a definite article after the first mention, when one institution has that head
  const byHead = new Map<string, Institution[]>();
  for (const inst of confirmed) byHead.set(inst.head, [...(byHead.get(inst.head) ?? []), inst]);
  for (const t of words) {
    const rule = bareHead(t.text);
    if (!rule || taken.has(t.start)) continue;
    const list = byHead.get(rule.head);
    if (!list || list.length !== 1 || list[0].mentions.length === 0 || list[0].mentions[0].start > t.start) continue;
    if (covered(t.start, t.end)) continue;
    const d = definiteStart(t);
    if (!d || d.adjectives.length) continue;
    list[0].mentions.push(spanOf(t, d));
  }
  for (const inst of confirmed) inst.mentions.sort((a, b) => a.start - b.start);
  return confirmed.filter((x) => x.mentions.length);
}

const WORD_CHAR = /[\p{L}\p{N}-]/u;
const SPACE = /\s/;

/** The word that ends right before `pos` with only white space between, or null. */
function wordBefore(text: string, pos: number): Tok | null {
  let end = pos;
  while (end > 0 && SPACE.test(text[end - 1])) end--;
  if (end === pos) return null;
  let start = end;
  while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
  // a word starts with a letter or digit ("-" only inside)
  while (start < end && text[start] === '-') start++;
  return start < end ? { text: text.slice(start, end), start, end } : null;
}

/** The word that starts right after `pos` with only white space between, or null. */
function wordAfter(text: string, pos: number): Tok | null {
  let start = pos;
  while (start < text.length && SPACE.test(text[start])) start++;
  if (start === pos) return null;
  let end = start;
  while (end < text.length && WORD_CHAR.test(text[end])) end++;
  return end > start && text[start] !== '-' ? { text: text.slice(start, end), start, end } : null;
}

/**
 * Adds the document's institutions to the resolved entities: mentions of form 'desc' on an entity that
 * already carries that name (the NER tagged one occurrence), else on a new ORG entity.
 */
export function addInstitutions(doc: Doc, entities: ResolvedEntity[]): void {
  const mask = new Uint8Array(doc.text.length + 1);
  for (const e of entities) {
    for (const m of e.mentions) mask.fill(1, m.start, m.end);
    for (const d of e.descriptions ?? []) mask.fill(1, d.start, d.end);
  }
  const covered = (start: number, end: number) => {
    for (let k = start; k < end; k++) if (mask[k]) return true;
    return false;
  };
  // "die Bundeswettbewerbsbehörde (BWB)": the acronym in parentheses right after a mention names the same body
  const nonPersonAt = new Map<number, ResolvedEntity>();
  for (const e of entities) if (e.type !== 'PER') for (const m of e.mentions) if (m.form === 'name') nonPersonAt.set(m.start, e);
  const acronymAfter = (end: number): ResolvedEntity | undefined => {
    const p = /^\s*\(\s*/.exec(doc.text.slice(end, end + 6));
    const e = p ? nonPersonAt.get(end + p[0].length) : undefined;
    return e && SHORT_NAME.test(e.name.replace(/\s/g, '')) ? e : undefined;
  };
  const placeStarts = new Map<number, ResolvedEntity>();
  for (const e of entities) if (e.type === 'LOC') for (const m of e.mentions) placeStarts.set(m.start, e);
  const placeAt: PlaceAt = (start) => {
    const e = placeStarts.get(start);
    return e ? { name: e.name, country: e.country } : null;
  };
  const found = findInstitutions(doc, covered, (end) => !!acronymAfter(end), placeAt);
  if (!found.length) return;
  const byKey = new Map<string, ResolvedEntity>();
  for (const e of entities) if (e.type !== 'PER') {
    for (const a of [e.name, ...e.aliases]) {
      const k = phraseKey(a);
      if (!byKey.has(k)) byKey.set(k, e);
    }
  }
  for (const inst of found) {
    const mentions = inst.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, form: 'desc' as MentionForm, label: undefined, metonymyOf: undefined }));
    const known = byKey.get(phraseKey(inst.name)) ?? inst.mentions.map((m) => acronymAfter(m.end)).find((e) => e);
    if (known) {
      known.country ??= inst.country;
      known.mentions.push(...mentions);
      known.mentions.sort((a, b) => a.start - b.start);
      continue;
    }
    entities.push(newEntity({
      id: `e${entities.length + 1}`,
      type: 'ORG',
      name: inst.name,
      // the same common noun names different bodies in different countries ("Innenministerium") and
      // cities ("die Pariser / die Kölner Staatsanwaltschaft")
      canonicalId: `org:${slug(inst.name) || 'x'}${inst.country ? `:${inst.country.toLowerCase()}` : ''}${inst.place ? `@${slug(inst.place)}` : ''}`,
      country: inst.country,
      roles: [],
      mentions,
      aliases: [],
    }));
  }
}
