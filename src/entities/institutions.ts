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
import { parseTitle } from './roles.ts';
import { genitiveStem, phraseKey, slug } from './text.ts';

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
  mentions: InstitutionMention[];
}

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

const ARTICLE = /^(?:der|die|das|des|dem|den|vom|zum|zur|beim|im|am)$/i;
/** Contractions hold a preposition: the mention starts after them. */
const CONTRACTION = /^(?:vom|zum|zur|beim|im|am)$/i;
/** Attributive adjectives between article and noun ("die zuständige", "der Oberste"). */
const ADJECTIVE = /^[\p{L}-]+(?:e|en|er|es|em)$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}-]*/gu;

interface Tok {
  text: string;
  start: number;
  end: number;
}

/** The institution rule and nominative of a word, or null: "Verfassungsgerichtshofes" → Verfassungsgerichtshof. */
export function institutionNoun(word: string): { rule: HeadRule; name: string; prefix: string } | null {
  if (!/^\p{Lu}/u.test(word) || word.includes('-')) return null;
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
export function findInstitutions(doc: Doc, covered: (start: number, end: number) => boolean, namedAfter: (end: number) => boolean = () => false): Institution[] {
  const text = doc.text;
  const toks: Tok[] = [];
  for (const m of text.matchAll(WORD)) toks.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  const byName = new Map<string, Institution>();
  const confirmed: Institution[] = [];
  // definite phrase start for token i (the noun): index of the article, or -1
  const definiteStart = (i: number): { at: number; adjectives: Tok[] } | null => {
    const adjectives: Tok[] = [];
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const t = toks[k];
      // the words must follow each other with only white space between them
      if (!/^\s+$/.test(text.slice(t.end, k + 1 < toks.length ? toks[k + 1].start : t.end))) return null;
      if (ARTICLE.test(t.text)) return { at: k, adjectives };
      if (!ADJECTIVE.test(t.text) || institutionNoun(t.text) || bareHead(t.text)) return null;
      adjectives.unshift(t);
    }
    return null;
  };
  // the country of a mention: a nationality adjective in it, or a country in the genitive right after it
  const countryAt = (i: number, d: { adjectives: Tok[] } | null): string | null => {
    for (const a of d?.adjectives ?? []) {
      const c = lookupAdjective(a.text);
      if (c) return c;
    }
    const next = toks[i + 1];
    if (!next || !/^\s+$/.test(text.slice(toks[i].end, next.start))) return null;
    const g = genitiveStem(next.text);
    return g ? lookupCountry(g) : null;
  };
  const spanOf = (i: number, d: { at: number }): InstitutionMention => {
    const from = CONTRACTION.test(toks[d.at].text) ? d.at + 1 : d.at;
    const start = toks[from].start;
    return { start, end: toks[i].end, text: text.slice(start, toks[i].end) };
  };
  const countryAdjective = (d: { adjectives: Tok[] }, end: number) => !namedAfter(end) && d.adjectives.some((a) => lookupAdjective(a.text) || covered(a.start, a.end));
  const taken = new Set<number>();
  // 1. compounds with a definite article confirm an institution; so does a bare head after a capitalised
  //    adjective, which is a name the NER missed ("Der Oberste Gerichtshof", "das Auswärtige Amt")
  const candidates: Array<{ i: number; name: string; rule: HeadRule }> = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const noun = institutionNoun(t.text);
    if (!noun) {
      const rule = bareHead(t.text, false);
      const d = rule && !covered(t.start, t.end) ? definiteStart(i) : null;
      const adj = d?.adjectives[d.adjectives.length - 1];
      if (!rule || !d || !adj || !/^\p{Lu}/u.test(adj.text) || countryAdjective(d, t.end)) continue;
      const stem = adj.text.replace(/(?:e|en|er|es|em)$/, '');
      const name = `${stem}${rule.gender === 'm' ? 'er' : rule.gender === 'n' ? 'es' : 'e'} ${rule.head[0].toUpperCase()}${rule.head.slice(1)}`;
      let inst = byName.get(name);
      if (!inst) {
        inst = { name, head: rule.head, country: null, mentions: [] };
        byName.set(name, inst);
        confirmed.push(inst);
      }
      const from = d.at + (CONTRACTION.test(toks[d.at].text) ? 1 : 0);
      inst.mentions.push({ start: toks[from].start, end: t.end, text: text.slice(toks[from].start, t.end) });
      inst.country ??= countryAt(i, d);
      taken.add(i);
      continue;
    }
    candidates.push({ i, name: noun.name, rule: noun.rule });
    if (covered(t.start, t.end)) continue;
    const d = definiteStart(i);
    if (!d) continue;
    // "das russische Außenministerium": the country is the actor there (its deriv mention)
    if (countryAdjective(d, t.end)) continue;
    // "der Verband Österreichischer Zeitungen": the noun heads a longer name that the NER missed or tagged
    if (i + 1 < toks.length && covered(toks[i + 1].start, toks[i + 1].end) && /^\s+$/.test(text.slice(t.end, toks[i + 1].start)) && /^\p{Lu}/u.test(toks[i + 1].text) && !/s$/.test(toks[i + 1].text)) continue;
    if (!byName.has(noun.name)) {
      const inst: Institution = { name: noun.name, head: noun.rule.head, country: null, mentions: [] };
      byName.set(noun.name, inst);
      confirmed.push(inst);
    }
  }
  if (!confirmed.length) return [];
  // 2. every occurrence of a confirmed compound, with its article when it has one
  for (const c of candidates) {
    const inst = byName.get(c.name);
    const t = toks[c.i];
    if (!inst || covered(t.start, t.end)) continue;
    const d = definiteStart(c.i);
    if (d && countryAdjective(d, t.end)) continue;
    inst.mentions.push(d ? spanOf(c.i, d) : { start: t.start, end: t.end, text: t.text });
    inst.country ??= countryAt(c.i, d);
    taken.add(c.i);
  }
  // 3. the bare head with a definite article after the first mention, when one institution has that head
  const byHead = new Map<string, Institution[]>();
  for (const inst of confirmed) byHead.set(inst.head, [...(byHead.get(inst.head) ?? []), inst]);
  for (let i = 0; i < toks.length; i++) {
    const rule = bareHead(toks[i].text);
    if (!rule || taken.has(i)) continue;
    const list = byHead.get(rule.head);
    if (!list || list.length !== 1 || list[0].mentions.length === 0 || list[0].mentions[0].start > toks[i].start) continue;
    if (covered(toks[i].start, toks[i].end)) continue;
    const d = definiteStart(i);
    if (!d || d.adjectives.length) continue;
    list[0].mentions.push(spanOf(i, d));
  }
  for (const inst of confirmed) inst.mentions.sort((a, b) => a.start - b.start);
  return confirmed.filter((x) => x.mentions.length);
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
    return e && /^[\p{Lu}\d][\p{L}\d]{1,7}$/u.test(e.name.replace(/\s/g, '')) ? e : undefined;
  };
  const found = findInstitutions(doc, covered, (end) => !!acronymAfter(end));
  if (!found.length) return;
  const byKey = new Map<string, ResolvedEntity>();
  for (const e of entities) if (e.type !== 'PER') for (const a of [e.name, ...e.aliases]) if (!byKey.has(phraseKey(a))) byKey.set(phraseKey(a), e);
  for (const inst of found) {
    const mentions = inst.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, form: 'desc' as MentionForm }));
    const known = byKey.get(phraseKey(inst.name)) ?? inst.mentions.map((m) => acronymAfter(m.end)).find((e) => e);
    if (known) {
      known.country ??= inst.country;
      known.mentions.push(...mentions);
      known.mentions.sort((a, b) => a.start - b.start);
      continue;
    }
    entities.push({
      id: `e${entities.length + 1}`,
      type: 'ORG',
      name: inst.name,
      canonicalId: `org:${slug(inst.name) || 'x'}`,
      country: inst.country,
      roles: [],
      mentions,
      aliases: [],
    });
  }
}
