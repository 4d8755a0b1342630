/**
 * Within-document entity resolution: clusters NER mentions into actors, resolves countries, places and
 * organisations to canonical ids, reads roles from titles and appositions, links definite descriptions
 * ("der russische Präsident") to the unique holder of that role, and marks capital metonymy.
 */
import { createRequire } from 'node:module';
import type { Doc, Entity, EntityType, Mention, MentionForm, Role, Span } from '../doc/index.ts';
import { sentenceAt } from '../doc/index.ts';
import { countryById, lookupAdjective, lookupCountry, lookupDemonym, lookupPrefix } from './countries.ts';
import { addInstitutions } from './institutions.ts';
import { addCampMentions } from './camps.ts';
import { lookupOrg } from './orgs.ts';
import { lookupPlace, lookupRegionAdjective, type Place } from './places.ts';
import { countryOfPhrase, findDescriptions, parseTitle, roleClass, rolesAfter, rolesBefore, type FoundRole } from './roles.ts';
import { fold, genitiveStem, initials, NAME_PARTICLES, nameTokens, phraseKey, slug, translitKey } from './text.ts';
import { firstIndexNotBefore } from '../util/search.ts';
import { newEntity } from './shape.ts';
import { linkPersonDescriptions } from './person-descriptions.ts';
// (\p{…} patterns as module constants: tsx turns such a literal inside a function into a `new RegExp()` call each time it runs)
const ALL_CAPS_OR_DIGITS = /^[\p{Lu}\d]+$/u;
const DEMONYM_ENDING = /^(\p{Lu}[\p{L}-]+?)(?:er|erin|ern|erinnen)$/u;
const TWO_CAPITALISED = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}+)$/u;
const CAPITALISED_ONLY = /^\p{Lu}\p{Ll}+$/u;
const CAPS_LIST_BEFORE = /^[\s\p{Lu}\d/,;-]*$/u;
const SLASH_CAPITAL_AFTER = /^\/\s*\p{Lu}/u;
const LETTER_SLASH_BEFORE = /\p{L}\/\s*$/u;
const UND_NAME_AFTER = /^\s+und\s+(\p{Lu}[\p{L}-]+)/u;
const AGE_BEFORE = /(\d{1,3})-jährige[nr]?\s+(?:[\p{L}-]+\s+){0,3}$/u;
const TWO_NAMES_AFTER = /^\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;

// Regexps with \p{…} live in module constants: tsx's esbuild rewrites such a literal into a `new RegExp()`
// call, which runs (allocates and looks up the compiled code) each time the expression is evaluated.
const LOWER_WORD = /^\p{Ll}[\p{L}-]*$/u;
const HYPHEN_CAPITALISED_TAIL = /^[^\s]+-\p{Lu}\p{Ll}+$/u;
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
const ACRONYM_SHAPE = /^\p{Lu}[\p{Lu}\p{Ll}\d]{0,2}\p{Lu}[\p{Lu}\d]*$/u;
const ADJECTIVE_EN_FIRST = /^\p{Lu}\p{Ll}+en\s/u;
const CAPITALISED_EN = /^\p{Lu}\p{Ll}+en$/u;

const require = createRequire(import.meta.url);
// German first names first, then English (the package's other lists misgender many Asian names).
const FIRST_NAMES_DE = require('gender-detection-from-name/names/de') as Map<string, string>;
const FIRST_NAMES_EN = require('gender-detection-from-name/names/en') as Map<string, string>;

/** 'f' | 'm' | null for a first name (German list first, then English). */
export function firstNameGender(name: string): 'f' | 'm' | null {
  const key = name.toLowerCase();
  if (key.length < 3) return null;
  const folded = fold(name);
  const g = FIRST_NAMES_DE.get(key) ?? FIRST_NAMES_EN.get(key) ?? FIRST_NAMES_DE.get(folded) ?? FIRST_NAMES_EN.get(folded);
  return g === 'female' ? 'f' : g === 'male' ? 'm' : null;
}

/** An entity mention; capital and seat-of-government mentions that stand for a state carry `metonymyOf`. */
export interface EntityMention extends Mention {
  /** Set on capital / seat-of-government mentions that stand for a state. */
  metonymyOf?: string;
}

export interface ResolvedEntity extends Entity {
  canonicalId: string;
  country: string | null;
  roles: Role[];
  mentions: EntityMention[];
  aliases: string[];
  gender?: 'f' | 'm' | null;
  metonymyOf?: string | null;
  /** Party or organisation named in parentheses after a person ("(ÖVP)"). */
  affiliation?: { name: string; id: string };
  /** True for country entities seen only through adjectives or compounds ("russische", "US-…"). */
  derivOnly?: boolean;
  /**
   * Definite descriptions linked to this entity ("der russische Außenminister"). Kept apart from
   * `mentions`, whose `form` the document schema limits to name | deriv | part.
   */
  descriptions?: Span[];
}

interface InMention {
  start: number;
  end: number;
  text: string;
  form: MentionForm;
  label?: string;
  type: EntityType;
  /** Text used for name matching (the name inside a part mention: "US" of "US-Finanzministerin"). */
  nameText: string;
}

interface Cluster {
  type: EntityType;
  canonicalId: string | null;
  name: string | null;
  country: string | null;
  place: Place | null;
  mentions: InMention[];
  /** PER: full names as token lists. */
  fullNames: (readonly string[])[];
  orgCountry: string | null;
}

const HONORIFICS = /^(dr\.?|prof\.?|mag\.?|ing\.?|herr|frau|sir|lady|mr\.?|mrs\.?|ms\.?|dipl\.?)$/i;
const LEADING_ARTICLE = /^(der|die|des|dem|den|ein|eine|einem|einen|einer)$/i;
const LOCATIVE = /(?:^|\s)(in|im|nach|aus|bei|nahe|um|über|durch|zwischen|von|vor|bis|ab|gen|via|à|an|am)\s*$/i;

/** Name tokens of a person mention without honorifics and leading articles (memoised: sorting asks often). */
function personTokens(text: string): readonly string[] {
  let toks = PERSON_TOKENS.get(text);
  if (toks === undefined) {
    const t = nameTokens(text).filter((x) => !HONORIFICS.test(x));
    while (t.length > 1 && LEADING_ARTICLE.test(t[0])) t.shift();
    toks = Object.freeze(t);
    if (PERSON_TOKENS.size >= 50000) PERSON_TOKENS.clear();
    PERSON_TOKENS.set(text, toks);
  }
  return toks;
}
const PERSON_TOKENS = new Map<string, readonly string[]>();

/** Arabic and similar particles glued to a surname: "al-Assad" is also referred to as "Assad". */
const SURNAME_PARTICLE = /^(?:al|el|as|ad|ar|asch|an|at|ash|bin|ben|abu|ibn|ul|ud)-/i;

function tokEq(a: string, b: string, allowGenitive: boolean): boolean {
  const ka = translitKey(a);
  const kb = translitKey(b);
  if (ka === kb) return ka.length > 0;
  if (SURNAME_PARTICLE.test(b) && !SURNAME_PARTICLE.test(a)) return tokEq(a, b.replace(SURNAME_PARTICLE, ''), allowGenitive);
  if (!allowGenitive) return false;
  const ga = genitiveStem(a);
  if (ga && translitKey(ga) === kb) return true;
  const gb = genitiveStem(b);
  return !!gb && translitKey(gb) === ka;
}

/** How a short person mention matches a full name: 2 = surname (suffix), 1 = first token, 0 = none. */
function shortMatch(short: readonly string[], full: readonly string[]): number {
  if (short.length >= full.length) return 0;
  const off = full.length - short.length;
  let suffix = true;
  for (let i = 0; i < short.length; i++) {
    if (!tokEq(short[i], full[off + i], i === short.length - 1)) {
      suffix = false;
      break;
    }
  }
  if (suffix) return 2;
  if (short.length === 1 && tokEq(short[0], full[0], true)) return 1;
  return 0;
}

/**
 * Every key under which tokEq() can equate a token with another: its transliteration key, that of its
 * genitive stem, and the same for the token without surname particles ("al-Assad" → "Assad").
 */
function matchKeys(token: string): string[] {
  const keys: string[] = [];
  let t = token;
  for (;;) {
    keys.push(translitKey(t));
    const g = genitiveStem(t);
    if (g) keys.push(translitKey(g));
    if (!SURNAME_PARTICLE.test(t)) break;
    t = t.replace(SURNAME_PARTICLE, '');
  }
  return keys;
}

/**
 * Person clusters by the match keys of the first and last tokens of their full names. A short form can
 * only match a full name whose last (surname) or first token it equals under tokEq(), so lookups touch
 * a few clusters instead of all of them: long documents with thousands of persons stay linear.
 */
class FullNameIndex {
  private readonly byLast = new Map<string, Set<Cluster>>();
  private readonly byFirst = new Map<string, Set<Cluster>>();
  private readonly order = new Map<Cluster, number>();

  add(c: Cluster, full: readonly string[]): void {
    if (!this.order.has(c)) this.order.set(c, this.order.size);
    for (const k of matchKeys(full[full.length - 1])) addTo(this.byLast, k, c);
    for (const k of matchKeys(full[0])) addTo(this.byFirst, k, c);
  }

  /** Clusters that may match a name ending in `last` (or, for one-token names, starting with `first`), in the order they were added. */
  candidates(last: string, first: string | null): Cluster[] {
    const found = new Set<Cluster>();
    for (const k of matchKeys(last)) for (const c of this.byLast.get(k) ?? []) found.add(c);
    if (first !== null) for (const k of matchKeys(first)) for (const c of this.byFirst.get(k) ?? []) found.add(c);
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function sameFullName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === b.length && a.every((t, i) => tokEq(t, b[i], i === a.length - 1))) return true;
  // middle names / initials: same first and last token
  if (a.length >= 2 && b.length >= 2 && a.length !== b.length) {
    return tokEq(a[0], b[0], false) && tokEq(a[a.length - 1], b[b.length - 1], true);
  }
  return false;
}

interface Resolved {
  id: string;
  name: string;
  country: string | null;
  place: Place | null;
  orgCountry: string | null;
  kind: 'country' | 'place' | 'org';
}

/** Country, place or organisation named by a mention text, as a canonical id. */
function resolveName(text: string, type: EntityType): Resolved | null {
  const c = lookupCountry(text) ?? (type === 'PER' ? null : lookupDemonym(text));
  if (c) return { id: c, name: countryById(c)?.name ?? text, country: c, place: null, orgCountry: null, kind: 'country' };
  const p = lookupPlace(text, false);
  if (p) return { id: p.id, name: p.name, country: p.country, place: p, orgCountry: null, kind: 'place' };
  if (type === 'PER' && text.includes(' ')) return null;
  const o = lookupOrg(text);
  if (o) return { id: o.id, name: o.name, country: o.country, place: null, orgCountry: o.country, kind: 'org' };
  // GeoNames cities only for LOC mentions that are not acronyms ("EU" is no town in Normandy)
  const g = type === 'LOC' && !ALL_CAPS_OR_DIGITS.test(text) ? lookupPlace(text, true) : null;
  if (g) return { id: g.id, name: g.name, country: g.country, place: g, orgCountry: null, kind: 'place' };
  return null;
}

function typeOf(r: Resolved, given: EntityType): EntityType {
  if (r.kind === 'country') return 'LOC';
  if (r.kind === 'org') return 'ORG';
  return r.place?.kind === 'seat' ? (given === 'PER' ? 'ORG' : given) : 'LOC';
}

/** Candidate names inside a compound mention, longest first: "Warschauer-Pakt-Truppen" → "Warschauer-Pakt", "Warschauer". */
function partNames(text: string): string[] {
  const parts = text.split('-');
  const out: string[] = [];
  for (let k = parts.length - 1; k >= 1; k--) out.push(parts.slice(0, k).join('-'));
  if (!out.length) {
    for (let k = text.length - 3; k >= 3; k--) {
      const pre = text.slice(0, k);
      if (lookupCountry(pre) || lookupPlace(pre, false)) return [pre];
    }
    out.push(text);
  }
  return out.filter((p) => p.length > 0);
}

function derivCountry(text: string): string | null {
  return lookupAdjective(text) ?? lookupDemonym(text) ?? (UPPER_START.test(text) ? lookupPrefix(text.replace(/-$/, '')) : null);
}

/** Place of a city adjective / inhabitant noun: "Wiener" → Wien, "Moskauer" → Moskau. */
function derivPlace(text: string): Place | null {
  const m = DEMONYM_ENDING.exec(text);
  if (!m) return null;
  return lookupPlace(m[1], false) ?? lookupPlace(m[1], true);
}

/**
 * Splits a token glued from a first name or title and a capitalised word ("HansNiessl" → "Hans Niessl",
 * "BürgermeisterThomas Steiner" → "Thomas Steiner"); other names are returned unchanged ("McConnell").
 */
const GLUED = /\p{Ll}\p{Lu}/u;

export function unglue(text: string): string {
  let changed = false;
  const out: string[] = [];
  // most names have no inner capital after a lower-case letter: nothing glued
  if (!GLUED.test(text)) return text;
  for (const tok of text.split(' ')) {
    const m = TWO_CAPITALISED.exec(tok);
    if (m && firstNameGender(m[1])) {
      out.push(m[1], m[2]);
      changed = true;
    } else if (m && parseTitle(m[1]) && out.length === 0) {
      out.push(m[2]);
      changed = true;
    } else out.push(tok);
  }
  return changed ? out.join(' ') : text;
}

function isBareTitle(m: InMention): boolean {
  const toks = nameTokens(m.text);
  const t = toks.length ? parseTitle(toks[toks.length - 1]) : null;
  if (!t || t.counterpart) return false;
  // "Gemeinderat", "Stadtrat" also name bodies, which are organisations
  if (toks.length === 1) return m.type !== 'PER' && !t.prefix && !t.country && !lookupOrg(m.text) && !/rat$/.test(t.key);
  return toks.length === 2 && /s$/.test(toks[0]) && !!(lookupCountry(toks[0]) || lookupPlace(toks[0], false));
}

/** Last words of organisation names. */
const ORG_HEAD = /^(College|University|Universität|Institut|Institute|Labs?|Games|Studios?|Group|Gruppe|Holding|AG|GmbH|SE|Inc\.?|Ltd\.?|Corp\.?|Verlag|Partei|Bank|Stiftung|Verein|Verband|Klinik|Klinikum|Zeitung|Nachrichten|Rundschau|Kurier|Presse|Tagblatt|Tagesspiegel|Anzeiger|Allgemeine|Kronen-Zeitung|Standard|Times|Post|News|Records|Media|Airlines?|Motors|Systems|Services|Foundation|Council|Committee|Kommission|Ministerium|Gericht|Gerichtshof|Rat|Bündnis|Front|Armee|Brigaden?|Miliz)$/;

const NOT_FIRST_NAMES = /^(san|santa|sankt|st\.?|new|los|las|general|port|fort|bad|mount|lake|saint|le|la|el|al)$/i;

/** Person evidence for a mention the NER typed ORG/LOC/MISC: a first name up front, or a person title before it. */
function looksLikePerson(doc: Doc, m: InMention): boolean {
  const toks = nameTokens(m.text);
  if (toks.length < 2 || toks.length > 4 || !toks.every((t) => UPPER_START.test(t) || NAME_PARTICLES.has(t))) return false;
  if (resolveName(m.text, m.type) || lookupOrg(toks[toks.length - 1]) || lookupPlace(toks[toks.length - 1], false) || lookupCountry(toks[toks.length - 1])) return false;
  if (lookupPlace(toks[0], false) || lookupCountry(toks[0]) || NOT_FIRST_NAMES.test(toks[0]) || ORG_HEAD.test(toks[toks.length - 1])) return false;
  if (firstNameGender(toks[0]) && CAPITALISED_ONLY.test(toks[0])) return true;
  const s = sentenceAt(doc, m.start);
  const sentStart = s >= 0 ? doc.sentences[s].start : 0;
  return rolesBefore(doc.text, sentStart, m.start).some((r) => r.gender !== null);
}

export interface ClusterOptions {
  /** Link definite descriptions to role holders (default true). */
  descriptions?: boolean;
  /**
   * Also add linked descriptions to `mentions` with form 'desc' (default false: the document schema
   * allows only name | deriv | part; turn on once the schema and `MentionForm` accept 'desc').
   */
  descriptionsAsMentions?: boolean;
  /**
   * Add institutions written as common nouns ("die Ärztekammer") as ORG entities with 'desc' mentions
   * (default: as `descriptionsAsMentions`; see institutions.ts).
   */
  institutions?: boolean;
}

/** Flattens the NER layer into mentions with their entity type. */
export function mentionsOf(entities: Entity[]): InMention[] {
  const seen = new Set<number>();
  const out: InMention[] = [];
  for (const e of entities) {
    for (const m of e.mentions) {
      if ((m.form as string) === 'desc') continue;
      // a number key (offsets stay far below 2^26) spares a string per mention
      const key = m.start * 67108864 + m.end;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ start: m.start, end: m.end, text: m.text, form: m.form ?? 'name', label: m.label, type: e.type, nameText: m.text });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function newCluster(type: EntityType): Cluster {
  return { type, canonicalId: null, name: null, country: null, place: null, mentions: [], fullNames: [], orgCountry: null };
}

/** Particles inside surnames ("Van der Bellen", "de la Calle", "von der Leyen", "al-Assad" excepted: hyphenated). */
const CUT_PARTICLE = /^(?:van|von|de|da|di|del|della|du|la|le|ter|ten|zu|dos|das|der|den)$/i;
const PARTICLE_REST = /^((?:\s+(?:van|von|de|da|di|del|della|du|la|le|ter|ten|zu|dos|das|der|den|y))*\s+)(\p{Lu}[\p{Ll}'’-]+)/u;

/**
 * Extends a person mention that ends in a surname particle ("Alexander Van", "Van") over the particles
 * and the capitalised word that follow in the text ("… der Bellen"), unless another mention starts there.
 */
function completeParticleName(text: string, m: InMention, mentionStarts: ReadonlySet<number>): void {
  const last = m.text.slice(m.text.lastIndexOf(' ') + 1);
  if (!CUT_PARTICLE.test(last) || !UPPER_START.test(last)) return;
  const x = PARTICLE_REST.exec(text.slice(m.end, m.end + 40));
  if (!x || !x[1].trim()) return;
  const restStart = m.end + x[1].length;
  for (let o = m.end + 1; o <= restStart; o++) if (mentionStarts.has(o)) return;
  m.end = restStart + x[2].length;
  m.text = text.slice(m.start, m.end);
  m.nameText = m.text;
}

/** Re-clusters the mentions of `doc.entities` into resolved entities. */
export function resolveEntities(doc: Doc, options: ClusterOptions = {}): ResolvedEntity[] {
  const mentions = mentionsOf(doc.entities);
  const clusters: Cluster[] = [];
  const byCanonical = new Map<string, Cluster>();
  const byKey = new Map<string, Cluster>();
  const perMentions: InMention[] = [];
  const rest: InMention[] = [];
  const parts: InMention[] = [];

  const canonicalCluster = (r: Resolved | { id: string; name: string; country: string | null; place: Place | null; orgCountry: string | null }, type: EntityType): Cluster => {
    let c = byCanonical.get(r.id);
    if (!c) {
      c = { ...newCluster(type), canonicalId: r.id, name: r.name, country: r.country, place: r.place, orgCountry: r.orgCountry };
      byCanonical.set(r.id, c);
      clusters.push(c);
    }
    return c;
  };
  // a person name cut after a surname particle ("Alexander Van" before "der Bellen") takes the rest of the surname
  const mentionStarts = new Set(mentions.map((m) => m.start));
  for (const m of mentions) if (m.form === 'name' && m.type === 'PER') completeParticleName(doc.text, m, mentionStarts);
  // full-name tokens of persons, to keep a person's surname from being read as a place ("Jordan", "Paris")
  for (const m of mentions) {
    // a "person" whose last word is an organisation or product head ("Hunter College", "Owlchemy Labs") is none
    if (m.form === 'name' && m.type === 'PER' && ORG_HEAD.test(nameTokens(m.text).slice(-1)[0] ?? '')) m.type = 'ORG';
    // words glued by lost paragraph breaks: "HansNiessl", "BürgermeisterThomas Steiner"
    if (m.form === 'name') {
      const unglued = unglue(m.text);
      if (unglued !== m.text) {
        m.nameText = unglued;
        if (m.type !== 'PER') m.type = 'PER';
      }
    }
    // a multi-word non-person name that starts with a known first name or follows a person title is a person
    if (m.form === 'name' && m.type !== 'PER' && looksLikePerson(doc, m)) m.type = 'PER';
  }
  const personTokenKeys = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PER' || m.form !== 'name') continue;
    const toks = personTokens(m.nameText);
    if (toks.length >= 2) for (const t of toks) personTokenKeys.add(translitKey(t));
  }

  // 1. gazetteer resolution for derivs, parts and names
  for (const m of mentions) {
    if (m.form === 'deriv') {
      const c = derivCountry(m.text);
      if (c) {
        canonicalCluster({ id: c, name: countryById(c)?.name ?? m.text, country: c, place: null, orgCountry: null }, 'LOC').mentions.push(m);
        continue;
      }
      const p = derivPlace(m.text) ?? lookupRegionAdjective(m.text);
      if (p) {
        canonicalCluster({ id: p.id, name: p.name, country: p.country, place: p, orgCountry: null }, 'LOC').mentions.push(m);
        continue;
      }
      // a lowercase place adjective that derives from no known country, region or city carries nothing
      if (m.type === 'LOC' && LOWER_START.test(m.text)) continue;
      rest.push(m);
      continue;
    }
    // a bare office title tagged as a name ("Premier"), or "Odessas Gouverneur" tagged as a person, names nobody
    if (m.form === 'name' && isBareTitle(m)) continue;
    // NER sometimes tags a lowercase adjective as a name: read it as a deriv, drop it when it derives from nothing
    if (m.form === 'name' && LOWER_WORD.test(m.text)) {
      const c = derivCountry(m.text);
      const p = c ? null : lookupRegionAdjective(m.text);
      if (c) canonicalCluster({ id: c, name: countryById(c)?.name ?? m.text, country: c, place: null, orgCountry: null }, 'LOC').mentions.push(m);
      else if (p) canonicalCluster({ id: p.id, name: p.name, country: p.country, place: p, orgCountry: null }, 'LOC').mentions.push(m);
      else if (!/(?:e|en|er|es|em)$/.test(m.text)) rest.push(m);
      continue;
    }
    // a name that is a compound of a known country/place and a common noun ("Syrien-Konflikt") is a part
    if (m.form === 'name' && m.type !== 'PER' && HYPHEN_CAPITALISED_TAIL.test(m.text) && !resolveName(m.text, m.type)) {
      const pre = m.text.slice(0, m.text.indexOf('-'));
      if (lookupCountry(pre) || lookupPlace(pre, false)) m.form = 'part';
    }
    if (m.form === 'part') {
      let done = false;
      for (const name of partNames(m.text)) {
        const r = resolveName(name, m.type === 'PER' ? 'ORG' : m.type) ?? resolveName(name, 'LOC');
        if (r) {
          m.nameText = name;
          canonicalCluster(r, typeOf(r, m.type)).mentions.push(m);
          done = true;
          break;
        }
      }
      if (!done) parts.push(m);
      continue;
    }
    if (m.type === 'PER') {
      const toks = personTokens(m.nameText);
      // a single token tagged PER that names a country or known place, and is no part of a person's name
      const r = toks.length === 1 && !personTokenKeys.has(translitKey(toks[0])) ? resolveName(m.nameText, 'PER') : null;
      if (r) canonicalCluster(r, typeOf(r, 'PER')).mentions.push(m);
      else perMentions.push(m);
      continue;
    }
    // a single token that is part of a person's full name in this document is that person, unless it
    // names a country or a curated place ("Herrera" after "Tomás Herrera" is no Spanish town)
    const single = !m.text.includes(' ');
    const surname = single && (personTokenKeys.has(translitKey(m.text)) || personTokenKeys.has(translitKey(genitiveStem(m.text) ?? '')));
    const r = surname ? (lookupCountry(m.text) || lookupPlace(m.text, false) ? resolveName(m.text, m.type) : null) : resolveName(m.text, m.type);
    if (r) {
      canonicalCluster(r, typeOf(r, m.type)).mentions.push(m);
      continue;
    }
    // a capitalised nationality adjective tagged as a name ("Syrische Aktivisten" at a sentence start)
    const adj = !m.text.includes(' ') && /(?:e|en|er|es|em)$/.test(m.text) ? lookupAdjective(m.text) : null;
    if (adj) {
      m.form = 'deriv';
      canonicalCluster({ id: adj, name: countryById(adj)?.name ?? m.text, country: adj, place: null, orgCountry: null }, 'LOC').mentions.push(m);
      continue;
    }
    rest.push(m);
  }

  // 2. persons: full names first (longest first), then short forms
  const perClusters: Cluster[] = [];
  const lastSeen = (c: Cluster, before: number): number => {
    let best = -1;
    for (const m of c.mentions) if (m.start < before && m.start > best) best = m.start;
    return best;
  };
  const fullIndex = new FullNameIndex();
  const bestFull = (toks: readonly string[], at: number): Cluster | null => {
    let best: Cluster | null = null;
    let bestScore = 0;
    let bestSeen = -2;
    // only clusters whose full names share a first or last token key can match (in document order, as before)
    const cands = fullIndex.candidates(toks.length ? toks[toks.length - 1] : '', toks.length === 1 ? toks[0] : null);
    for (const pc of cands) {
      if (!pc.fullNames.length) continue;
      const score = Math.max(...pc.fullNames.map((f) => shortMatch(toks, f)));
      if (score === 0) continue;
      const seen = lastSeen(pc, at);
      if (score > bestScore || (score === bestScore && seen > bestSeen)) {
        best = pc;
        bestScore = score;
        bestSeen = seen;
      }
    }
    return best;
  };
  const fulls = perMentions
    .filter((m) => personTokens(m.nameText).length >= 2)
    .sort((a, b) => personTokens(b.nameText).length - personTokens(a.nameText).length || a.start - b.start);
  const shorts = perMentions.filter((m) => personTokens(m.nameText).length < 2);
  for (const m of fulls) {
    const toks = personTokens(m.nameText);
    let c = fullIndex.candidates(toks[toks.length - 1], null).find((pc) => pc.fullNames.some((f) => sameFullName(f, toks)));
    if (!c) {
      // "Van der Bellen" after "Alexander Van der Bellen": a multi-token surname
      const longer = bestFull(toks, m.start);
      if (longer && longer.fullNames.some((f) => shortMatch(toks, f) === 2)) {
        longer.mentions.push(m);
        continue;
      }
      c = newCluster('PER');
      perClusters.push(c);
    }
    c.mentions.push(m);
    if (!c.fullNames.some((f) => f.length === toks.length && f.every((t, i) => t === toks[i]))) {
      c.fullNames.push(toks);
      fullIndex.add(c, toks);
    }
  }
  const shortByKey = new Map<string, Cluster>();
  for (const m of shorts) {
    const toks = personTokens(m.nameText);
    if (!toks.length) continue;
    const best = bestFull(toks, m.start);
    if (best) {
      best.mentions.push(m);
      continue;
    }
    const key = translitKey(toks[toks.length - 1]);
    let c = shortByKey.get(key);
    if (!c) {
      const g = genitiveStem(toks[toks.length - 1]);
      if (g) c = shortByKey.get(translitKey(g));
    }
    if (!c) {
      c = newCluster('PER');
      shortByKey.set(key, c);
      perClusters.push(c);
    }
    c.mentions.push(m);
  }
  // a short-form cluster whose key is the genitive of another ("Putins" before "Putin")
  for (const [key, c] of shortByKey) {
    for (const c2 of [shortByKey.get(key + 's'), shortByKey.get(key + "'")]) {
      if (!c2 || c === c2 || !c.mentions.length || !c2.mentions.length) continue;
      c.mentions.push(...c2.mentions);
      c2.mentions = [];
    }
  }

  // 3. other unresolved names: a single token that is a person's surname joins the person (NER type errors);
  //    otherwise inflection-tolerant phrase keys, acronyms, genitive variants
  const restClusters: Cluster[] = [];
  for (const m of rest) {
    if ((m.form === 'name' || (m.form === 'deriv' && UPPER_START.test(m.text))) && !m.nameText.includes(' ')) {
      const best = bestFull([m.nameText], m.start);
      if (best) {
        best.mentions.push(m);
        continue;
      }
    }
    const key = m.form === 'deriv' ? `deriv:${fold(m.text).replace(/(?:e|en|er|es|em)$/, '')}` : phraseKey(m.nameText);
    let c = byKey.get(key);
    if (!c && m.form !== 'deriv' && !m.nameText.includes(' ')) {
      const g = genitiveStem(m.nameText);
      if (g) c = byKey.get(phraseKey(g));
      // dative plural: "den Republikanern" → "Republikaner"
      if (!c && /(?:er|el)n$/.test(m.nameText)) c = byKey.get(phraseKey(m.nameText.slice(0, -1)));
    }
    if (!c) {
      c = newCluster(m.type);
      byKey.set(key, c);
      restClusters.push(c);
    }
    c.mentions.push(m);
  }
  // first non-person gazetteer cluster with a name mention of a phrase key (built once; a cluster that
  // has turned PER since is skipped by falling back to the scan)
  let byNameKey: Map<string, Cluster> | null = null;
  const canonicalByNameKey = (key: string): Cluster | undefined => {
    if (!byNameKey) {
      byNameKey = new Map();
      for (const c of byCanonical.values()) {
        if (c.type === 'PER') continue;
        for (const m of c.mentions) {
          if (m.form !== 'name') continue;
          const k = phraseKey(m.nameText);
          if (!byNameKey.has(k)) byNameKey.set(k, c);
        }
      }
    }
    const hit = byNameKey.get(key);
    if (!hit || hit.type !== 'PER') return hit;
    return [...byCanonical.values()].find((c) => c.type !== 'PER' && c.mentions.some((m) => m.form === 'name' && phraseKey(m.nameText) === key));
  };
  // a person cluster without a full name whose name the NER also typed ORG/LOC/MISC ("Vive", "Tschuri") is
  // that other entity: the NER was inconsistent, not the text
  for (const pc of perClusters) {
    if (pc.fullNames.length || !pc.mentions.length) continue;
    const key = phraseKey(pc.mentions[0].nameText);
    const other = byKey.get(key) ?? canonicalByNameKey(key);
    if (!other || !other.mentions.length || !pc.mentions.every((m) => phraseKey(m.nameText) === key)) continue;
    if (pc.mentions.length > other.mentions.length) other.type = 'PER';
    other.mentions.push(...pc.mentions);
    pc.mentions = [];
  }
  clusters.push(...perClusters.filter((c) => c.mentions.length));
  // unresolved compounds: the longest prefix that names a cluster ("Warschauer-Pakt-Truppen" → "Warschauer Pakts")
  // gazetteer clusters by the folded text of their name mentions (first in order; parts add no names)
  const canonicalByFolded = new Map<string, Cluster>();
  if (parts.length) {
    for (const c of byCanonical.values()) {
      for (const x of c.mentions) {
        if (x.form !== 'name') continue;
        const f = fold(x.nameText);
        if (!canonicalByFolded.has(f)) canonicalByFolded.set(f, c);
      }
    }
  }
  for (const m of parts) {
    const names = partNames(m.text);
    let target: Cluster | undefined;
    for (const n of names) {
      target = byKey.get(phraseKey(n.replace(/-/g, ' ')));
      if (!target) target = canonicalByFolded.get(fold(n));
      if (target) {
        m.nameText = n;
        break;
      }
    }
    if (!target) {
      m.nameText = names[names.length - 1];
      const key = phraseKey(m.nameText);
      target = byKey.get(key);
      if (!target) {
        target = newCluster(m.type === 'PER' ? 'ORG' : m.type);
        byKey.set(key, target);
        restClusters.push(target);
      }
    }
    target.mentions.push(m);
  }
  // acronyms: "FPÖ" ↔ "Freiheitliche Partei Österreichs", and "Name (ACR)" in the text
  const initialsOf = new Map<string, string>();
  const initialsCached = (name: string) => {
    let v = initialsOf.get(name);
    if (v === undefined) initialsOf.set(name, (v = initials(name)));
    return v;
  };
  // Multi-word mentions by their initials and by the text of a parenthesis right after them (at most two
  // white-space characters before "("), with the cluster each mention is in now: an acronym looks up its
  // candidates instead of scanning every cluster.
  const owner = new Map<InMention, Cluster>();
  const order = new Map<Cluster, number>();
  const byInitials = new Map<string, InMention[]>();
  const byParenthesis = new Map<string, InMention[]>();
  restClusters.forEach((c, k) => {
    order.set(c, k);
    for (const m of c.mentions) {
      owner.set(m, c);
      if (!m.nameText.includes(' ')) continue;
      pushTo(byInitials, initialsCached(m.nameText), m);
      const after = doc.text.slice(m.end, m.end + 12);
      const w = after.length - after.trimStart().length;
      const close = after.indexOf(')', w);
      if (w <= 2 && after[w] === '(' && close > w) pushTo(byParenthesis, after.slice(w + 1, close), m);
    }
  });
  for (const c of restClusters) {
    const acr = c.mentions.find((m) => ACRONYM_SHAPE.test(m.nameText) && m.nameText.length <= 6);
    if (!acr) continue;
    // the first cluster (in order) other than this one holding a multi-word name with these initials
    // or followed by "(ACR)"
    let target: Cluster | undefined;
    for (const m of [...(byInitials.get(fold(acr.nameText)) ?? []), ...(byParenthesis.get(acr.nameText) ?? [])]) {
      const o = owner.get(m)!;
      if (o === c || !o.mentions.length) continue;
      if (!target || order.get(o)! < order.get(target)!) target = o;
    }
    if (target) {
      for (const m of c.mentions) owner.set(m, target);
      target.mentions.push(...c.mentions);
      c.mentions = [];
    }
  }
  // "Welthandelsorganisation (WTO)", "Nachhaltige Entwicklungsziele (Sustainable Development Goals, kurz SDGs)":
  // a name and the names opening its parenthesis, or introduced there by "kurz", are one entity
  const restAt = new Map<number, Cluster>();
  for (const c of restClusters) for (const m of c.mentions) if (m.form === 'name') restAt.set(m.start, c);
  // positions in order, to visit only the names inside a parenthesis (merges change clusters, not positions)
  const restStarts = [...restAt.keys()].sort((a, b) => a - b);
  for (const c of restClusters) {
    for (const m of [...c.mentions]) {
      if (m.form !== 'name' || !c.mentions.length) continue;
      const paren = /^\s*\(([^()]{1,120})\)/.exec(doc.text.slice(m.end, m.end + 130));
      if (!paren) continue;
      const open = m.end + paren[0].indexOf('(') + 1;
      for (let k = firstIndexNotBefore(restStarts.length, (x) => restStarts[x] < open); k < restStarts.length && restStarts[k] < open + paren[1].length; k++) {
        const at = restStarts[k];
        const other = restAt.get(at)!;
        if (other === c || !other.mentions.length) continue;
        const before = doc.text.slice(open, at);
        // right after the parenthesis opens, after other acronyms ("IAEO/IAEA"), or after "kurz"
        if (CAPS_LIST_BEFORE.test(before) || /(?:^|[,;]\s*)(?:kurz|abgekürzt|engl\.|englisch)\s*:?\s*$/.test(before)) {
          c.mentions.push(...other.mentions);
          other.mentions = [];
          for (const x of c.mentions) if (x.form === 'name') restAt.set(x.start, c);
        }
      }
    }
  }
  // adjectives of organisations ("demokratische" → "Demokraten", "sozialdemokratischen" → "Sozialdemokraten")
  const orgStem = (t: string) => fold(t).replace(/(?:isch)?(?:e|en|er|es|em|n)$/, '').replace(/(?:er|en)$/, '');
  // non-person clusters by the organisation stem of their one-word names (first in order; this loop moves
  // only adjective mentions, so the index stays true)
  const byOrgStem = new Map<string, Cluster>();
  for (const o of restClusters) {
    if (o.type === 'PER') continue;
    for (const m of o.mentions) {
      if (m.form !== 'name' || m.nameText.includes(' ')) continue;
      const stem = orgStem(m.nameText);
      if (!byOrgStem.has(stem)) byOrgStem.set(stem, o);
    }
  }
  for (const c of restClusters) {
    if (!c.mentions.length || !c.mentions.every((m) => m.form === 'deriv')) continue;
    const stem = orgStem(c.mentions[0].text);
    if (stem.length < 4) continue;
    const target = byOrgStem.get(stem);
    if (target) {
      target.mentions.push(...c.mentions);
      c.mentions = [];
    }
  }
  // genitive forms seen before the base form ("Googles … Google")
  for (const c of restClusters) {
    for (const m of [...c.mentions]) {
      if (m.nameText.includes(' ') || m.form === 'deriv') continue;
      const g = genitiveStem(m.nameText);
      const target = g ? byKey.get(phraseKey(g)) : undefined;
      if (target && target !== c && target.mentions.length && c.mentions.every((x) => genitiveStem(x.nameText) === g)) {
        target.mentions.push(...c.mentions);
        c.mentions = [];
        break;
      }
    }
  }
  clusters.push(...restClusters.filter((c) => c.mentions.length));

  // 4. entities in document order
  const live = clusters.filter((c) => c.mentions.length).map((c) => {
    c.mentions.sort((a, b) => a.start - b.start);
    return c;
  });
  live.sort((a, b) => a.mentions[0].start - b.mentions[0].start);

  const entities: ResolvedEntity[] = live.map((c, i) => buildEntity(doc, c, i));
  resolveCounterparts(doc, entities);
  readAffiliations(doc, entities);
  countriesFromBareTitles(doc, entities);
  if (options.descriptions !== false) {
    linkDescriptions(doc, entities);
    linkAgeDescriptions(doc, entities);
    linkPersonDescriptions(doc, entities, keysMatch, (p) => statedAges(doc, p));
  }
  if (options.institutions ?? options.descriptionsAsMentions) {
    addInstitutions(doc, entities);
    addCampMentions(doc, entities);
  }
  if (options.descriptionsAsMentions) {
    for (const e of entities) {
      if (!e.descriptions) continue;
      for (const d of e.descriptions) e.mentions.push({ start: d.start, end: d.end, text: d.text, form: 'desc' as MentionForm, label: undefined, metonymyOf: undefined });
      e.mentions.sort((a, b) => a.start - b.start);
    }
  }
  return entities;
}

function preferredName(c: Cluster): string {
  if (c.name) return c.name;
  if (c.type === 'PER' && c.fullNames.length) {
    // the longest full name, preferring one whose last token is not a genitive of another attested form
    // (the last-token keys of the mentions are made only when a full name ends in a possible genitive)
    let lasts: Set<string> | null = null;
    const attested = (f: readonly string[]): boolean => {
      if (!genitiveStem(f[f.length - 1])) return false;
      lasts ??= new Set(c.mentions.map((m) => translitKey(personTokens(m.nameText).slice(-1)[0] ?? '')));
      return genitiveOfAttested(f, lasts);
    };
    const longest = [...c.fullNames].sort((a, b) => b.length - a.length || Number(attested(a)) - Number(attested(b)))[0];
    if (attested(longest)) return [...longest.slice(0, -1), genitiveStem(longest[longest.length - 1])!].join(' ');
    return longest.join(' ');
  }
  const names = c.mentions.filter((m) => m.form === 'name');
  const pool = names.length ? names : c.mentions;
  const counts = new Map<string, number>();
  for (const m of pool) counts.set(m.nameText, (counts.get(m.nameText) ?? 0) + 1);
  // prefer a form that is not the genitive of another attested form
  const forms = [...counts.keys()];
  const nominative = forms.filter((f) => {
    const g = genitiveStem(f);
    return !(g && forms.includes(g));
  });
  // a form whose leading adjectives are not in the weak -en form is nominative ("Europäische Zentralbank")
  const strong = nominative.filter((f) => !ADJECTIVE_EN_FIRST.test(f));
  const best = (strong.length ? strong : nominative).sort((a, b) => counts.get(b)! - counts.get(a)! || a.length - b.length)[0] ?? pool[0].nameText;
  return c.type === 'PER' ? best : nominativeName(best);
}

/**
 * Whether the last token of full name `f` is the genitive of an attested last name (translitKey in `lasts`).
 * Module functions here and below, not closures: tsx gives a named closure a `__name` call each time it is created.
 */
function genitiveOfAttested(f: readonly string[], lasts: ReadonlySet<string>): boolean {
  const g = genitiveStem(f[f.length - 1]);
  return !!g && lasts.has(translitKey(g));
}

/**
 * Party or organisation in parentheses after a person's name ("Sebastian Kurz (ÖVP)"): `affiliation`
 * on the person, and the organisation's country as the person's country when nothing else gives one.
 */
function readAffiliations(doc: Doc, entities: ResolvedEntity[]): void {
  const orgAt = new Map<number, ResolvedEntity>();
  for (const e of entities) if (e.type === 'ORG') for (const m of e.mentions) orgAt.set(m.start, e);
  for (const e of entities) {
    if (e.type !== 'PER') continue;
    for (const m of e.mentions) {
      const p = /^\s*\(\s*([^()]{1,40}?)\s*\)/.exec(doc.text.slice(m.end, m.end + 50));
      if (!p) continue;
      const at = m.end + p[0].indexOf(p[1]);
      const org = orgAt.get(at);
      const known = org ? null : lookupOrg(p[1]);
      if (!org && !known) continue;
      e.affiliation = org ? { name: org.name, id: org.canonicalId } : { name: known!.name, id: known!.id };
      if (!e.country) e.country = (org ? org.country : known!.country) ?? null;
      break;
    }
  }
}

/**
 * A title with a country prefix that stands alone ("US-Außenminister versucht zu vermitteln", typical of
 * headlines) gives that country to the one person whose matching role has none ("Außenminister John Kerry").
 */
const HYPHEN_TITLE = /\p{Lu}[\p{L}\p{N}]*-\p{Lu}\p{Ll}+/gu;

/**
 * The matches of HYPHEN_TITLE in `text`, exactly as `text.matchAll(HYPHEN_TITLE)` gives them, without
 * running the regex over the whole text: a match runs from a capital through letters and digits to the
 * first hyphen after its start, which an upper-case letter follows. So where the character after the
 * next hyphen cannot start one (a space, a digit, a lower-case ASCII letter) no match starts before that
 * hyphen, and the search resumes behind it; otherwise it resumes at the start of the run of possible
 * letters before the hyphen (code units ≥ 0x80 count as possible letters).
 */
export function* hyphenTitles(text: string): Generator<RegExpExecArray> {
  let pos = 0;
  for (;;) {
    const h = text.indexOf('-', pos);
    if (h < 0) return;
    const c = text.charCodeAt(h + 1);
    if (!((c >= 65 && c <= 90) || c >= 0x80)) {
      pos = h + 1;
      continue;
    }
    let r = h;
    while (r > pos) {
      const b = text.charCodeAt(r - 1);
      if ((b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b >= 0x80) r--;
      else break;
    }
    HYPHEN_TITLE.lastIndex = r;
    const m = HYPHEN_TITLE.exec(text);
    if (!m) return;
    yield m;
    pos = m.index + m[0].length;
  }
}

function countriesFromBareTitles(doc: Doc, entities: ResolvedEntity[]): void {
  const persons = entities.filter((e) => e.type === 'PER');
  // only persons without a country whose role lacks one can gain a country here
  const open = persons.some((p) => !p.country && (p.roles as Array<Role & { key?: string }>).some((r) => !r.country && r.key));
  if (!open) return;
  const taken: Array<[number, number]> = [];
  for (const e of persons) for (const r of e.roles) taken.push([r.span.start, r.span.end]);
  const nameStarts = new Set<number>();
  for (const e of entities) for (const m of e.mentions) nameStarts.add(m.start);
  for (const x of hyphenTitles(doc.text)) {
    const w = { text: x[0], start: x.index!, end: x.index! + x[0].length };
    const t = parseTitle(w.text);
    if (!t?.country || t.counterpart || taken.some(([s, e]) => w.start < e && w.end > s)) continue;
    const after = /^\s*/.exec(doc.text.slice(w.end))![0].length + w.end;
    if (nameStarts.has(after) && persons.some((p) => p.mentions.some((m) => m.start === after))) continue;
    const cands: Array<[ResolvedEntity, Role & { key?: string }]> = [];
    for (const p of persons) {
      if (p.country) continue;
      for (const r of p.roles as Array<Role & { key?: string }>) if (!r.country && r.key && keysMatch(t.key, r.key)) cands.push([p, r]);
    }
    if (new Set(cands.map(([p]) => p)).size !== 1) continue;
    for (const [p, r] of cands) {
      r.country = t.country;
      p.country = t.country;
    }
  }
}

/** Noun endings by grammatical gender, for the nominative form of adjective + noun names. */
const FEMININE = /(ung|ion|heit|keit|schaft|ität|ie|ei|anz|enz|ik|stelle|partei|union|bank|kommission|agentur|liga|organisation|front|armee|allianz|gemeinschaft|bewegung|regierung|zeitung|behörde|kammer|akademie|universität|hochschule|gewerkschaft|vereinigung|konferenz|versammlung|börse|post|bahn|polizei|miliz|brigade)$/;
const MASCULINE = /(rat|tag|staat|bund|verband|hof|dienst|fonds|gerichtshof|konzern|verein|kongress|senat|klub|club|rundfunk|sender|markt|orden|zirkel|block|pakt|ausschuss)$/;
const NEUTER = /(amt|parlament|ministerium|institut|komitee|gericht|zentrum|büro|haus|kabinett|bündnis|forum|netzwerk|werk|theater|museum|orchester|kommando|konsortium|unternehmen|regime|tribunal|sekretariat|hochkommissariat|korps)$/;

/**
 * Nominative of an adjective + noun name seen only in an oblique case: "Internationalen
 * Atomenergieorganisation" → "Internationale …", "Deutschen Bundestag" → "Deutscher Bundestag",
 * "Europäischen Parlament" → "Europäisches Parlament". Names it cannot decide are returned unchanged.
 */
export function nominativeName(name: string): string {
  const toks = name.split(' ');
  if (toks.length < 2) return name;
  let k = 0;
  while (k < toks.length - 1 && CAPITALISED_EN.test(toks[k])) k++;
  if (k === 0 || k >= toks.length) return name;
  const noun = toks[k].toLowerCase();
  const bare = noun.replace(/e?s$/, '');
  const ending = FEMININE.test(noun) ? 'e' : MASCULINE.test(noun) || MASCULINE.test(bare) ? 'er' : NEUTER.test(noun) || NEUTER.test(bare) ? 'es' : null;
  if (!ending) return name;
  const out = toks.map((t, i) => (i < k ? t.slice(0, -2) + ending : t));
  if (ending !== 'e' && !MASCULINE.test(noun) && !NEUTER.test(noun)) out[k] = toks[k].replace(/e?s$/, '');
  return out.join(' ');
}

function genderOf(c: Cluster, roles: FoundRole[], doc: Doc): 'f' | 'm' | null {
  for (const r of roles) if (r.gender) return r.gender;
  for (const m of c.mentions) {
    const before = doc.text.slice(Math.max(0, m.start - 6), m.start);
    if (/\bFrau\s+$/.test(before)) return 'f';
    if (/\bHerrn?\s+$/.test(before)) return 'm';
  }
  for (const f of c.fullNames) {
    const g = firstNameGender(f[0]);
    if (g) return g;
  }
  return null;
}

function buildEntity(doc: Doc, c: Cluster, index: number): ResolvedEntity {
  const name = preferredName(c);
  // one object literal, one hidden class for every entity mention: `label` and `metonymyOf` are always present,
  // undefined where absent (JSON leaves them out, as it did when they were missing; the same key order)
  const mentions: EntityMention[] = c.mentions.map((m): EntityMention => ({ start: m.start, end: m.end, text: m.text, form: m.form, label: m.label || undefined, metonymyOf: undefined }));
  const found: FoundRole[] = [];
  if (c.type === 'PER') {
    for (const m of c.mentions) {
      if (m.form !== 'name') continue;
      const s = sentenceAt(doc, m.start);
      const sent = s >= 0 ? doc.sentences[s] : { start: 0, end: doc.text.length };
      for (const r of rolesBefore(doc.text, sent.start, m.start)) found.push(r);
      for (const r of rolesAfter(doc.text, m.end, sent.end)) found.push(r);
    }
  }
  const roles: Role[] = [];
  for (const r of found) {
    if (roles.some((x) => x.title === r.title && x.country === r.country)) continue;
    const role: Role & { key?: string; counterpart?: boolean } = { title: r.title, country: r.country, span: { start: r.start, end: r.end, text: doc.text.slice(r.start, r.end) } };
    Object.defineProperty(role, 'key', { value: r.key, enumerable: false, writable: true });
    Object.defineProperty(role, 'prefix', { value: r.prefix ?? null, enumerable: false, writable: true });
    if (r.counterpart) Object.defineProperty(role, 'counterpart', { value: true, enumerable: false, writable: true });
    roles.push(role);
  }

  let country = c.country;
  if (c.type === 'PER') country = roles.find((r) => r.country)?.country ?? null;
  if (c.type !== 'PER' && !country) {
    country = c.orgCountry;
    if (!country && c.type === 'ORG') {
      // "Chinesisches Außenministerium", "US-Notenbank", "Russlands Zentralbank"
      for (const m of c.mentions) {
        country = countryOfPhrase(m.nameText);
        if (country) break;
      }
      // "die chinesische Nachrichtenagentur Xinhua", "der russische Staatskonzern Gazprom"
      for (const m of c.mentions) {
        if (country || m.form !== 'name') continue;
        const s = sentenceAt(doc, m.start);
        const r = rolesBefore(doc.text, s >= 0 ? doc.sentences[s].start : 0, m.start)[0];
        if (r?.country && r.end >= m.start - 2 && !/,\s*$/.test(doc.text.slice(r.end, m.start))) country = r.country;
      }
    }
  }

  // capital / seat metonymy: a capital not governed by a locative preposition stands for its state
  let metonymyOf: string | null = null;
  if (c.place?.metonymyOf) {
    for (const [i, m] of c.mentions.entries()) {
      if (m.form !== 'name') continue;
      const before = doc.text.slice(Math.max(0, m.start - 20), m.start);
      const after = doc.text.slice(m.end, m.end + 25);
      const locative = LOCATIVE.test(before) && !/\bvon\s*$/i.test(before);
      const agentVon = /\bvon\s*$/i.test(before) && /^\s*(unterstützt|geführt|kontrolliert|angeführt|gestützt|beschlossen|verhängt|abgelehnt|gefordert|kritisiert)/.test(after);
      // datelines ("Moskau – …", "Jerusalem/Ramallah – …") and appositions ("die Hauptstadt Kairo") are places
      const dateline = /^\s?[-–—]\s/.test(after) || SLASH_CAPITAL_AFTER.test(after) || LETTER_SLASH_BEFORE.test(before);
      const apposition = /(?:Hauptstadt|Stadt|Metropole|Millionenstadt|Region|Provinz)\s+$/.test(before) || /^\s*(?:\(|,\s*(?:der|die|das)\s+Hauptstadt)/.test(after);
      // "Angaben aus Moskau", "Kritik aus Berlin": the source is the government
      const source = /(?:Angaben|Kreisen|Kritik|Reaktion(?:en)?|Signale?|Warnung(?:en)?|Stimmen|Forderung(?:en)?|Drohung(?:en)?|Vorwürfe?|Druck|Unterstützung|Proteste?|Widerstand|Zustimmung|Ablehnung|Nachricht(?:en)?|Töne)\s+aus\s*$/.test(before);
      // "zwischen Warschau und Berlin": relations between two states
      const between = /\bzwischen\s*$/.test(before) && ((): boolean => {
        const other = UND_NAME_AFTER.exec(after);
        const p = other ? lookupPlace(other[1], false) : null;
        return !!p?.metonymyOf && p.metonymyOf !== c.place!.metonymyOf;
      })();
      if (agentVon || source || between || (!locative && !dateline && !apposition)) {
        mentions[i].metonymyOf = c.place.metonymyOf;
        metonymyOf = c.place.metonymyOf;
      }
    }
  }

  const canonicalId = c.canonicalId ?? `${c.type.toLowerCase()}:${slug(name) || 'x'}`;
  const aliases = [...new Set(c.mentions.filter((m) => m.form === 'name').map((m) => m.text))];
  const entity = newEntity({ id: `e${index + 1}`, type: c.type, name, canonicalId, country: country ?? null, roles, mentions, aliases });
  if (c.type === 'PER') entity.gender = genderOf(c, found, doc);
  if (c.place) entity.placeKind = c.place.kind;
  if (metonymyOf) entity.metonymyOf = metonymyOf;
  if (c.mentions.every((m) => m.form !== 'name')) entity.derivOnly = true;
  return entity;
}

/** "seinem französischen Amtskollegen Barrot": the title is that of the other office holder in the sentence. */
function resolveCounterparts(doc: Doc, entities: ResolvedEntity[]): void {
  for (const e of entities) {
    for (const role of e.roles as Array<Role & { counterpart?: boolean; key?: string }>) {
      if (!role.counterpart) continue;
      const s = sentenceAt(doc, role.span.start);
      let best: (Role & { key?: string }) | null = null;
      for (const o of entities) {
        if (o === e) continue;
        for (const r of o.roles as Array<Role & { counterpart?: boolean; key?: string }>) {
          if (r.counterpart || sentenceAt(doc, r.span.start) !== s || r.span.start > role.span.start) continue;
          if (!best || r.span.start > best.span.start) best = r;
        }
      }
      if (best) {
        const head = best.title.split(' ')[0];
        const base = /in$/.test(head) && best.key && !best.key.endsWith('in') ? head.slice(0, -2) : head;
        role.title = e.gender === 'f' ? `${base}in` : base;
        role.key = best.key;
      }
    }
    if (e.type === 'PER' && !e.country) e.country = e.roles.find((r) => r.country)?.country ?? null;
  }
}

/** Compound modifiers that make a different office: a "Ministerpräsident" or "Vizepräsident" is no "Präsident". */
const OFFICE_CHANGING = /^(minister|vize|ex|parlaments|landtags|nationalrats|bundesrats|bundestags|senats|kammer|gerichts|verwaltungsrats|aufsichtsrats|gemeinde|stadt|bezirks|partei|klub|fraktions|general|staats(?=sekretär))/;

/** Whether a description's title key and a role's title key name the same office. */
export function keysMatch(desc: string, role: string): boolean {
  if (desc === role) return true;
  const [short, long] = desc.length < role.length ? [desc, role] : [role, desc];
  if (long.endsWith(short) && !OFFICE_CHANGING.test(long.slice(0, long.length - short.length))) return true;
  const ca = roleClass(desc);
  return ca !== desc && ca === roleClass(role);
}

type KeyedRole = Role & { key?: string; prefix?: string | null; counterpart?: boolean };

/** Offices that head an organisation: "der UN-Chef" is the "UN-Generalsekretär", "der FPÖ-Chef" the "FPÖ-Obmann". */
const HEAD_OFFICE = /^(chef|vorsitzende|obmann|generalsekretär|präsident|leiter|direktor|generaldirektor|boss)$/;

/**
 * Whether a description ("der UN-Chef": key, prefix) names the office of a role: the same office, or
 * the head of the same prefixed organisation ("UN-Chef" ↔ "UN-Generalsekretär").
 */
function roleMatches(dKey: string, dPrefix: string | null | undefined, r: KeyedRole): boolean {
  if (!r.key) return false;
  if (keysMatch(r.key, dKey)) return true;
  return !!(dPrefix && r.prefix && fold(dPrefix) === fold(r.prefix) && HEAD_OFFICE.test(r.key) && HEAD_OFFICE.test(dKey) && (dKey === 'chef' || dKey === 'boss' || r.key === 'chef' || r.key === 'boss'));
}

/**
 * Adds a definite description as a `desc` mention when one person holds that role: the unique holder
 * whose role matches title, prefix and country; else the unique holder whose role has no country yet
 * (the description then supplies it); else, among several holders, the one mentioned in the last two
 * sentences when no other holder is.
 */
function linkDescriptions(doc: Doc, entities: ResolvedEntity[]): void {
  const persons = entities.filter((e) => e.type === 'PER');
  // a description links only to a person holding a role with a key
  if (!persons.some((p) => (p.roles as KeyedRole[]).some((r) => r.key))) return;
  const rolesOf = (p: ResolvedEntity) => p.roles as KeyedRole[];
  const nameStarts = new Set<number>();
  for (const e of entities) for (const m of e.mentions) if (e.type === 'PER') nameStarts.add(m.start);
  const roleSpans: Array<[number, number]> = [];
  for (const e of persons) for (const r of e.roles) roleSpans.push([r.span.start, r.span.end]);
  const roleKeys = new Set<string>();
  for (const e of persons) for (const r of rolesOf(e)) if (r.key) roleKeys.add(r.key);
  const descs = findDescriptions(doc.text, 0, doc.text.length, (o) => nameStarts.has(o), roleKeys);
  // per description key: the persons holding a matching role (others add nothing), and whether any
  // matching role has a prefix; computed once per key, so long documents stay linear in descriptions
  const holdersOf = new Map<string, ResolvedEntity[]>();
  const prefixedHolder = new Map<string, boolean>();
  const holderKey = (d: { key: string; prefix?: string | null }) => `${d.key}|${d.prefix ? fold(d.prefix) : ''}`;
  for (const d of descs) {
    const hk = holderKey(d);
    if (holdersOf.has(hk)) continue;
    holdersOf.set(hk, persons.filter((p) => rolesOf(p).some((r) => roleMatches(d.key, d.prefix, r))));
    prefixedHolder.set(hk, persons.some((o) => rolesOf(o).some((x) => x.prefix && roleMatches(d.key, d.prefix, x))));
  }
  for (const d of descs) {
    if (roleSpans.some(([s, e]) => d.start < e && d.end > s)) continue;
    const teaser = sentenceAt(doc, d.start) <= 1;
    const strict: ResolvedEntity[] = [];
    const weak: Array<[ResolvedEntity, KeyedRole]> = [];
    for (const p of holdersOf.get(holderKey(d))!) {
      if (d.gender && p.gender && d.gender !== p.gender) continue;
      let isStrict = false;
      let weakRole: KeyedRole | null = null;
      for (const r of rolesOf(p)) {
        if (!roleMatches(d.key, d.prefix, r)) continue;
        // a description refers back to a role already given; only the title and lead (the first two
        // sentences) may announce a role read later ("der Spanier" is not "dem Spanier X" two sentences on)
        if (r.span.start > d.start && !teaser) continue;
        // "der FPÖ-Kandidat" needs a role with that prefix when the role has one ("ÖVP-Kandidat" is another office)
        if (d.prefix && r.prefix && fold(r.prefix) !== fold(d.prefix)) continue;
        if (d.prefix && !r.prefix && prefixedHolder.get(holderKey(d))) continue;
        const rc = r.country ?? p.country;
        if (!d.country || rc === d.country) isStrict = true;
        else if (!rc) weakRole = r;
      }
      if (isStrict) strict.push(p);
      else if (weakRole) weak.push([p, weakRole]);
    }
    let target: ResolvedEntity | null = null;
    const sd = sentenceAt(doc, d.start);
    if (strict.length === 1) target = strict[0];
    else if (strict.length === 0 && weak.length === 1 && namedBefore(doc, weak[0][0], d.start, sd - 2)) {
      // the description supplies the country only for a holder named just before it
      target = weak[0][0];
      weak[0][1].country = d.country;
      if (!target.country) target.country = d.country;
    } else if (strict.length > 1) {
      const recent = strict.filter((p) => namedBefore(doc, p, d.start, sd - 2));
      if (recent.length === 1) target = recent[0];
      else {
        // salience: one holder named far more often than every other ("der Präsident" in a story about one)
        const named = (p: ResolvedEntity) => p.mentions.filter((m) => m.form === 'name').length;
        const ranked = [...strict].sort((a, b) => named(b) - named(a));
        if (named(ranked[0]) >= 4 && named(ranked[0]) >= 3 * named(ranked[1])) target = ranked[0];
      }
    }
    if (!target) continue;
    (target.descriptions ??= []).push({ start: d.start, end: d.end, text: d.text });
  }
}

/** Whether person `p` has a mention before offset `before` in sentence `fromSentence` or later. */
function namedBefore(doc: Doc, p: ResolvedEntity, before: number, fromSentence: number): boolean {
  return p.mentions.some((m) => m.start < before && sentenceAt(doc, m.start) >= fromSentence);
}

/** "der 52-Jährige", "die 47-Jährige", "des 52-Jährigen": a person described by age alone. */
const AGE_DESCRIPTION = /(?<![\p{L}\d-])([Dd]er|[Dd]ie|[Dd]es|[Dd]em|[Dd]en)\s+((?:\p{Ll}+\s+){0,2})(\d{1,3})-Jährige(n)?(?![\p{L}\d-])/gu;

/**
 * Ages stated for a person in the text: "Hans Berger (52)", "Berger, 52,", "der 52-jährige Hans Berger",
 * "die 47-jährige ÖVP-Politikerin Maria Huber".
 */
export function statedAges(doc: Doc, person: ResolvedEntity): Set<number> {
  const ages = new Set<number>();
  for (const m of person.mentions) {
    if (m.form !== 'name') continue;
    const after = /^\s*(?:\((\d{1,3})\)|,\s*(\d{1,3})\s*,)/.exec(doc.text.slice(m.end, m.end + 12));
    if (after) ages.add(Number(after[1] ?? after[2]));
    const before = AGE_BEFORE.exec(doc.text.slice(Math.max(0, m.start - 80), m.start));
    if (before) ages.add(Number(before[1]));
  }
  return ages;
}

/**
 * Links age descriptions ("Der 52-Jährige sagte …") to a person: the one whose stated age it is, else
 * the only person of that grammatical gender named in this or the two sentences before. Plurals ("die
 * 30-Jährigen") and appositions before a name ("der 52-Jährige Hans Berger") are left alone.
 */
function linkAgeDescriptions(doc: Doc, entities: ResolvedEntity[]): void {
  const persons = entities.filter((e) => e.type === 'PER');
  if (!persons.length || !/\d-Jährige/.test(doc.text)) return;
  const taken: Array<[number, number]> = [];
  for (const e of entities) {
    for (const m of e.mentions) taken.push([m.start, m.end]);
    for (const d of e.descriptions ?? []) taken.push([d.start, d.end]);
    for (const r of e.roles ?? []) taken.push([r.span.start, r.span.end]);
  }
  const ages = new Map(persons.map((p) => [p, statedAges(doc, p)]));
  for (const x of doc.text.matchAll(AGE_DESCRIPTION)) {
    const start = x.index!;
    const end = start + x[0].length;
    if (taken.some(([s, e]) => start < e && end > s)) continue;
    const det = x[1].toLowerCase();
    const ending = x[4] ?? '';
    // gender from article and ending; "die …-Jährigen" is a plural
    let gender: 'm' | 'f' | null = null;
    if (det === 'der' && ending === '') gender = 'm';
    else if (det === 'der' && ending === 'n') gender = 'f';
    else if (det === 'die' && ending === '') gender = 'f';
    else if ((det === 'des' || det === 'dem' || det === 'den') && ending === 'n') gender = 'm';
    if (!gender) continue;
    // an apposition: "der 52-Jährige Hans Berger" names its person itself
    if (TWO_NAMES_AFTER.test(doc.text.slice(end, end + 40)) && persons.some((p) => p.mentions.some((m) => m.start > end && m.start <= end + 2))) continue;
    const age = Number(x[3]);
    const byAge = persons.filter((p) => ages.get(p)!.has(age));
    let target: ResolvedEntity | null = byAge.length === 1 ? byAge[0] : null;
    if (!target && byAge.length === 0) {
      const s = sentenceAt(doc, start);
      const recent = persons.filter(
        (p) =>
          (p.gender ?? null) === gender &&
          p.mentions.some((m) => m.form === 'name' && m.start < start && sentenceAt(doc, m.start) >= s - 2) &&
          // a person with another stated age is someone else
          (ages.get(p)!.size === 0 || ages.get(p)!.has(age)),
      );
      if (recent.length === 1) target = recent[0];
    }
    if (!target) continue;
    (target.descriptions ??= []).push({ start, end, text: doc.text.slice(start, end) });
    taken.push([start, end]);
  }
}
