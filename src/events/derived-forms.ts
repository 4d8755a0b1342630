/**
 * Related words generated from the lexicon's own entries by regular German word formation (evsoft), each keeping its
 * seed's PLOVER type, mode and participant options:
 *  - nouns in -ung from verb entries ("verhaften" → "Verhaftung", "abschieben" → "Abschiebung", "blockieren" →
 *    "Blockierung"), singular and plural;
 *  - weak verbs from -ung noun entries ("Verhaftung" → "verhaften": "verhaftet", "verhaftete", "verhaften"; a separable
 *    prefix becomes the particle: "Abschiebung" → "schiebt … ab", "abgeschoben" is strong and not generated).
 * A generated word that German does not have never occurs in text and costs nothing; one that exists in another sense
 * would be listed in `DERIVED_NOT` after a check on unannotated text. Only seeds without a light-verb frame are used
 * (no `needObj`, `needAlso`, `formNeeds`, `prevWord` or `nextGenitive`: "Führung" is no talk, "Stellung" no demand),
 * and no form that the lexicon already has; extract.ts drops a derived word with neither actor nor recipient.
 *
 * OFF by default: measured in the twelfth session (docs/events.md, "Word forms generated from the entries"), the
 * 204 nouns and 22 verbs brought no true positive on the 1,365 gold events and 4 false ones (20 without the
 * participant rule), and 3 firings on unannotated text, none right ("Verwerfungen" as rifts, "begegnet" as meeting
 * someone's eye, …): the regular -ung nouns of event verbs mostly name results, states and topics. `LAGEBILD_DERIVED=1`
 * turns them on for such measurements.
 */
import type { EntryOptions, PloverType } from './lexicon.ts';

type Row = [PloverType, string | null, string, string, EntryOptions?];

/** Options a derived word takes over from its seed: participants and excluded words (not the seed's own forms or frame). */
const CARRIED: (keyof EntryOptions)[] = ['recPrep', 'needRec', 'needActor', 'needArg', 'excl', 'notCourt', 'stativeRule'];
/** Seeds whose frame is fixed by neighbouring words: the derived word would lose that frame. */
const FRAMED: (keyof EntryOptions)[] = ['needObj', 'needAlso', 'formNeeds', 'prevWord', 'notPrevWord', 'nextGenitive', 'refl', 'judgement', 'objScope', 'softObj'];

/** Separable prefixes that become a verb particle ("Abschiebung" → "ab" + "schieb"). */
const SEPARABLE = ['zurück', 'hin', 'fest', 'frei', 'nieder', 'weg', 'auf', 'aus', 'ein', 'vor', 'nach', 'mit', 'bei', 'ab', 'an', 'zu', 'los'];
/** Inseparable prefixes and the -ier- suffix: a participle without "ge-" ("verhaftet", "blockiert"). */
const NO_GE = /^(be|ver|ent|er|zer|ge|miss|über|unter|wider|hinter|durch)|ier$/;

/**
 * Generated words that exist in another sense on unannotated text (10kGNAD test rows ≥ 500 outside the gold and the
 * reserved rows): "Verwerfungen" (rifts, from "verwerfen" REJECT) and "begegnen" (meet by chance, from "Begegnung"
 * CONSULT). Lower-case singular forms of the seed or the generated noun.
 */
export const DERIVED_NOT = new Set<string>(['verwerfung', 'begegnung']);

function carried(opts: EntryOptions | undefined): EntryOptions | null {
  if (!opts) return {};
  for (const k of FRAMED) if (opts[k] !== undefined) return null;
  const out: EntryOptions = {};
  for (const k of CARRIED) if (opts[k] !== undefined) (out as Record<string, unknown>)[k] = opts[k];
  return out;
}

/** The -ung noun of a verb row, or null: from its first present stem and particle ("verhaft" → "verhaftung"). */
export function ungNoun(row: Row): string | null {
  const stem = row[3].split(/\s+/)[0];
  if (!stem || stem.startsWith('=') || !/^[a-zäöüß]{3,}$/.test(stem) || /ung$/.test(stem)) return null;
  // (a stem in -el/-er drops no e: "verhandel" → "verhandlung" is irregular, "änder" → "änderung" regular)
  const base = stem.endsWith('el') ? stem.slice(0, -2) + 'l' : stem;
  return (row[4]?.p ?? '') + base + 'ung';
}

/** The weak verb of an -ung noun as a lexicon stem string and particle, or null ("verhaftung" → ["verhaft =verhaftet", ""]). */
export function ungVerb(form: string): { stems: string; p: string } | null {
  if (!/^[a-zäöüß]{5,}ung$/.test(form)) return null;
  let base = form.slice(0, -3);
  let p = '';
  // (a foreign verb in -ier- has no separable prefix: "Annektierung" is annektieren)
  if (!base.endsWith('ier')) for (const s of SEPARABLE) if (base.startsWith(s) && base.length - s.length >= 4) {
    p = s;
    base = base.slice(s.length);
    break;
  }
  // "-lung" after a consonant is a verb in -eln ("Verhandlung" → "verhandel": "verhandelt", "verhandeln")
  if (/(?:d|mm|ss|ck|tt|pp|bb|gg|ff|ch)l$/.test(base)) base = base.slice(0, -1) + 'el';
  // ("-et" after a dental or a consonant before n/m: "verhaftet", "gerichtet", "geordnet")
  const t = /(?:[td]|[^aeiouäöülrh][nm])$/.test(base) ? 'et' : 't';
  const participle = NO_GE.test(base) ? base + t : 'ge' + base + t;
  return { stems: `${base} =${participle}`, p };
}

/** Derived noun and verb rows for the given verb and noun rows (see the module comment). */
export function derivedRows(verbs: readonly Row[], nouns: readonly Row[]): { nouns: Row[]; verbs: Row[] } {
  if (process.env.LAGEBILD_DERIVED !== '1') return { nouns: [], verbs: [] };
  const nounForms = new Set<string>();
  for (const r of nouns) for (const f of r[3].split(/\s+/)) nounForms.add(f);
  const verbStems = new Set<string>();
  for (const r of verbs) {
    for (const s of r[3].split(/\s+/)) verbStems.add((r[4]?.p ?? '') + '|' + s);
    verbStems.add(r[2].split(' ')[0].toLowerCase());
  }
  const outNouns: Row[] = [];
  const outVerbs: Row[] = [];
  const seenN = new Set<string>();
  for (const r of verbs) {
    if (r[4]?.lang) continue;
    const opts = carried(r[4]);
    if (!opts) continue;
    const n = ungNoun(r);
    if (!n || nounForms.has(n) || DERIVED_NOT.has(n) || seenN.has(n + r[0])) continue;
    seenN.add(n + r[0]);
    outNouns.push([r[0], r[1], `${n} (← ${r[2]})`, `${n} ${n}en`, { ...opts, seed: r[2], source: 'derived' } as EntryOptions]);
  }
  const seenV = new Set<string>();
  for (const r of nouns) {
    const opts = carried(r[4]);
    if (!opts || r[4]?.noCompound) continue;
    for (const f of r[3].split(/\s+/)) {
      const v = ungVerb(f);
      if (!v || DERIVED_NOT.has(f)) continue;
      const [pres] = v.stems.split(' ');
      if (verbStems.has(v.p + '|' + pres) || verbStems.has(v.p + pres + 'en') || verbStems.has(v.p + pres + 'n') || seenV.has(v.p + pres + r[0])) continue;
      seenV.add(v.p + pres + r[0]);
      outVerbs.push([r[0], r[1], `${v.p}${pres}en (← ${r[2]})`, v.stems, { ...opts, ...(v.p ? { p: v.p } : {}), seed: r[2], source: 'derived' } as EntryOptions]);
    }
  }
  return { nouns: outNouns, verbs: outVerbs };
}
