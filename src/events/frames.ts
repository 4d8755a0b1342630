// Argument frames of particular triggers that the driver applies: succession, comitative actors, patients, charges, person objects.
import { DETERMINERS, PREPOSITIONS } from './words.ts';
import { candidates, withCoordinated } from './arguments.ts';
import { clauseOf } from './clauses.ts';
import type { Arguments, MentionRef, SentenceContext, Trigger } from './extract.ts';
import { isPassive } from './phrases.ts';
import { resolved } from './pronouns.ts';
import { CLAUSE_PUNCT, INFLECTED_LOWER, isAux, LOWER_START, OBJECT_DETERMINERS, POSSESSIVE, ROLE_NOUN, TYPE_PREPS, UPPER_START } from './shared.ts';

/**
 * Support given in money is AID (PLOVER: economic aid): "finanziell unterstützen", "finanzielle Unterstützung",
 * "die Türkei … finanziell unterstützen" — "finanziell" right before the trigger or up to three words before it in the
 * same clause.
 */
export function financialSupport(ctx: SentenceContext, tr: Trigger): boolean {
  if (tr.entry.type !== 'SUPPORT' || !/^(unterstützen|Unterstützung)$/.test(tr.entry.lemma)) return false;
  const c0 = ctx.clauses[ctx.toks[tr.t0].clause][0];
  for (let j = Math.max(c0, tr.t0 - 3); j < tr.t0; j++) if (FINANCIAL.test(ctx.toks[j].lower)) return true;
  return false;
}
const FINANCIAL = /^finanziell(e|en|er|es|em)?$/;

/**
 * Office succession (`predecessor` entries): the actor is the predecessor, who concedes the office: the dative of "folgt
 * X nach" (found as the recipient), the owner of "Stelle" or "Nachfolge" ("an Şimşeks Stelle", "an die Stelle von X",
 * "die Nachfolge des X", "an seine Stelle": the person named last before the sentence). The successor is the recipient
 * when the sentence names them (the guideline of blind 28: "a successor taking over an office CONCEDE of the predecessor
 * with the successor as recipient"); a description or a pronoun ("Der Betriebswirt folgt X nach", "als er X folgte")
 * gives none, as the gold has it.
 */
export function predecessorArguments(ctx: SentenceContext, tr: Trigger, args: Arguments): void {
  const owner = predecessorOf(ctx, tr, args);
  const successor = namedSuccessor(ctx, tr, args, owner);
  args.actors = owner ? [owner] : [];
  args.recipients = successor ? [successor] : [];
}

/**
 * The named successor of a succession: a person named (not described, not a pronoun) who is the clause subject — found
 * as the actor ("X übernimmt das Mandat von Y", "X löste Y ab"), as a bare noun phrase after the verb ("An seine Stelle
 * rückt X", taken for an object), or, for the successor noun, a bare noun phrase of its clause ("X wird Nachfolger von Y",
 * "X wurde zum Nachfolger von Y gewählt"), or the agent of a passive ("Y wurde von X abgelöst"); never the predecessor,
 * a genitive or a modifier ("Erdoğans Schwiegersohn X").
 */
function namedSuccessor(ctx: SentenceContext, tr: Trigger, args: Arguments, owner: MentionRef | undefined): MentionRef | undefined {
  const { toks } = ctx;
  // ("Erdoğans Schwiegersohn X": a name in -s before a noun is its owner)
  const owning = (m: MentionRef) => m.t1 > 0 && /(?:s|'|’)$/.test(toks[m.t1 - 1].text) && UPPER_START.test(toks[m.t1]?.text ?? '') && !ctx.mentions.some((x) => x.t0 === m.t1);
  const named = (m: MentionRef) => m.entity.type === 'PER' && (m.form === 'name' || m.form === 'part') && !m.genitive && !m.modifier && !owning(m) && m.entity.id !== owner?.entity.id;
  const [c0, c1] = clauseOf(ctx, tr.t0);
  const agent = (m: MentionRef) => (m.prep === 'von' || m.prep === 'vom' || m.prep === 'durch') && m.t0 < tr.t0 && isPassive(ctx, tr, c0, c1);
  return args.actors.find(named) ?? args.recipients.find((m) => named(m) && (m.prep === null || agent(m))) ??
    candidates(ctx, c0, c1).find((m) => named(m) && (m.prep === null || agent(m)) && (tr.entry.pos === 'noun' || agent(m)));
}

/**
 * Comitative co-actors, for types whose recipient is never a "mit" phrase: "gemeinsam/zusammen mit X" anywhere in the
 * clause ("organisierte gemeinsam mit der Organisation X eine Kampagne"), and a "mit" phrase of a deployment or exercise
 * noun ("Militärmanöver der USA mit Südkorea"): X acts too.
 */
export function comitativeActors(ctx: SentenceContext, tr: Trigger, args: Arguments): void {
  const entry = tr.entry;
  if (!args.actors.length || entry.recPrep?.includes('mit') || TYPE_PREPS[entry.type]?.includes('mit')) return;
  const { toks } = ctx;
  const [c0, c1] = clauseOf(ctx, tr.t0);
  const pool = candidates(ctx, c0, c1);
  const taken = new Set([...args.actors, ...args.recipients].map((m) => m.entity.id));
  for (const m of pool) {
    if (m.prep !== 'mit' || m.modifier || taken.has(m.entity.id)) continue;
    let p = m.t0 - 1;
    while (p > c0 && toks[p].lower !== 'mit' && m.t0 - p <= 3) p--;
    if (toks[p]?.lower !== 'mit') continue;
    const together = /^(gemeinsam|zusammen)$/.test(toks[p - 1]?.lower ?? '');
    const ofNoun = entry.type === 'MOBILIZE' && entry.pos === 'noun' && p > tr.t0 && p <= tr.t1 + 5 && !toks.slice(tr.t1, p).some((t) => t.text === ',' || CLAUSE_PUNCT.has(t.text) || (PREPOSITIONS.has(t.lower) && t.lower !== 'mit'));
    if (!together && !ofNoun) continue;
    for (const o of withCoordinated(ctx, m, pool)) if (!taken.has(o.entity.id)) {
      args.actors.push(o);
      taken.add(o.entity.id);
    }
  }
}

/** Offices taken over from a named predecessor ("das Mandat von X", "Hubers Amt", "das Innenressort"), and the successor noun. */
const SUCCESSION_NOUN = /^(?:nachfolger|nachfolgerin|amt|mandat|posten|vorsitz|parteivorsitz|funktion|funktionen|agenden|leitung|\p{L}*ressort|\p{L}*ministerium)$/u;

/** The predecessor of a `predecessor: 'named'` entry: a person who owns the office noun (a genitive name before it, a
 * von/des phrase after it), or a person (or "sie"/"ihn" resolved) after "für" before the trigger ("Für sie übernimmt
 * X das Innenressort"), or the person replaced (the object: "löste X ab", "wurde von X abgelöst" has the replaced as its
 * patient). Possessives are not read: "übernimmt sein Amt" is mostly his own new office. */
function namedPredecessor(ctx: SentenceContext, tr: Trigger, args: Arguments): MentionRef | undefined {
  const { toks } = ctx;
  const [c0, c1] = clauseOf(ctx, tr.t0);
  const pool = candidates(ctx, c0, c1);
  for (let k = c0; k < c1; k++) {
    if (!SUCCESSION_NOUN.test(toks[k].lower)) continue;
    const owner = pool.find((m) => m.t1 === k && m.entity.type === 'PER' && /s$|'$|’$/.test(toks[k - 1].text)) ??
      pool.find((m) => m.entity.type === 'PER' && m.t0 > k && m.t0 <= k + 4 && /^(von|vom|des|der)$/.test(toks[k + 1]?.lower ?? '') && !toks.slice(k + 1, m.t0).some((t) => t.text === ',' || CLAUSE_PUNCT.has(t.text)));
    if (owner) return owner;
  }
  for (let k = c0; k < tr.t0; k++) {
    if (toks[k].lower !== 'für') continue;
    const m = pool.find((x) => x.t0 === k + 1 && x.entity.type === 'PER');
    if (m) return m;
    const pro = toks[k + 1]?.lower;
    if (pro === 'ihn' || pro === 'sie') return resolved(ctx, undefined, undefined, pro === 'ihn' ? 'm' : 'f');
  }
  if (!tr.entry.needRec) return undefined;
  // a passive ("X wurde 2010 von Y als Parteichef abgelöst", "wurde er durch Y abgelöst"): the subject is the one replaced
  if (isPassive(ctx, tr, c0, c1)) {
    const agents = new Set(args.actors.map((m) => m.entity.id));
    const subj = pool.find((m) => m.entity.type === 'PER' && m.prep === null && !m.genitive && !m.modifier && m.t0 < tr.t0 && !agents.has(m.entity.id));
    if (subj) return subj;
    for (let k = c0; k < tr.t0; k++) if (/^(er|sie)$/.test(toks[k].lower) && (k === c0 || isAux(toks[k - 1])) && !ctx.mentions.some((m) => m.t0 === k)) return resolved(ctx, toks[k].lower === 'er' ? 'er' : undefined, undefined, toks[k].lower === 'er' ? 'm' : 'f');
  }
  return args.recipients.find((m) => m.entity.type === 'PER' && m.form !== 'pronoun') ?? args.recipients.find((m) => m.entity.type === 'PER');
}

export function predecessorOf(ctx: SentenceContext, tr: Trigger, args: Arguments): MentionRef | undefined {
  if (tr.entry.predecessor === 'named') return namedPredecessor(ctx, tr, args);
  const { toks } = ctx;
  const [c0, c1] = clauseOf(ctx, tr.t0);
  let k = -1;
  for (let j = c0; j < c1; j++) if (/^(stelle|nachfolge)$/.test(toks[j].lower)) { k = j; break; }
  let owner: MentionRef | undefined;
  if (k < 0) owner = args.recipients.find((m) => m.entity.type === 'PER' || m.entity.type === 'ORG') ?? args.recipients[0];
  else {
    const pool = candidates(ctx, c0, c1);
    owner = pool.find((m) => m.t1 === k && m.entity.type === 'PER') ??
      pool.find((m) => m.t0 > k && m.t0 <= k + 4 && /^(von|vom|des|der)$/.test(toks[k + 1]?.lower ?? '') && !toks.slice(k + 1, m.t0).some((t) => t.text === ',' || CLAUSE_PUNCT.has(t.text)));
    const pos = toks[k - 1]?.lower ?? '';
    if (!owner && POSSESSIVE.test(pos)) owner = resolved(ctx, undefined, undefined, pos.startsWith('sein') ? 'm' : 'f');
  }
  return owner;
}

/** Nouns for the patient of an arrest or a charge ("der Verdächtige", "die Beschuldigten", "den Festgenommenen"). */
const PATIENT_NOUN = /^(Verdächtige|Verdächtigen|Verdächtiger|Beschuldigte|Beschuldigten|Beschuldigter|Festgenommene|Festgenommenen|Festgenommener|Angeklagte|Angeklagten|Angeklagter|Inhaftierte|Inhaftierten|Inhaftierter|Tatverdächtige|Tatverdächtigen|Tatverdächtiger)$/;

/**
 * A definite patient-role noun in the trigger's clause, not part of a name: "Sie mussten den Verdächtigen auf freien Fuß
 * setzen" (recipient), "Die Beschuldigten weisen die Vorwürfe zurück" (a nominative before an active verb: actor).
 */
export function patientNoun(ctx: SentenceContext, tr: Trigger): 'actor' | 'recipient' | null {
  const { toks } = ctx;
  const [c0, c1] = clauseOf(ctx, tr.t0);
  for (let k = c0; k < c1; k++) {
    if (k === tr.t0 || !PATIENT_NOUN.test(toks[k].text)) continue;
    const det = DETERMINERS.has(toks[k - 1]?.lower ?? '') ? toks[k - 1].lower : (INFLECTED_LOWER.test(toks[k - 1]?.text ?? '') && DETERMINERS.has(toks[k - 2]?.lower ?? '')) ? toks[k - 2].lower : null;
    if (!det || !/^(der|die|den|dem|des)$/.test(det)) continue;
    if (ctx.mentions.some((m) => m.t0 <= k && m.t1 > k)) continue;
    return k < tr.t0 && /^(der|die)$/.test(det) && tr.entry.pos === 'verb' && !tr.participle ? 'actor' : 'recipient';
  }
  return null;
}

/** Words of a legal act that names a charge: a charge, investigation, arrest, trial or sentence. */
const LEGAL_ACT = /^(verurteil|angeklagt|anklag|anklage|ermittel|ermittl|verfahren|festgenommen|festnahme|verhaftet|verhaftung|haft$|haftbefehl|prozess|angezeigt|anzeige|beschuldigt|verantworten|gesucht|strafverfolgung|freigesprochen|freispruch|schuldig|urteil|inhaftiert|festgehalten|ermittlungsverfahren|strafanzeige|verdächtig)/;
/** Adjectives of a charge ("versuchten", "fahrlässiger", "gemeinschaftlichen", "schweren"). */
const CHARGE_ADJ = /^\p{Ll}+(e|en|er|es|em)$/u;

/**
 * A noun trigger that names the charge of a legal act in its clause: after "wegen" (no article: a definite
 * "wegen der Übergriffe" names a known act), or after "Verdacht(s) auf/der/des", "Vorwurf(s) der/des", with only
 * adjectives between ("wegen Unterstützung einer terroristischen Vereinigung angeklagt", "wegen fahrlässiger Tötung
 * verurteilt", "Ermittlungen wegen Verdachts auf Körperverletzung").
 */
export function chargeContent(ctx: SentenceContext, tr: Trigger): boolean {
  if (tr.entry.pos !== 'noun') return false;
  const { toks } = ctx;
  const [c0, c1] = clauseOf(ctx, tr.t0);
  let j = tr.t0 - 1;
  while (j >= c0 && j >= tr.t0 - 4 && LOWER_START.test(toks[j].text) && CHARGE_ADJ.test(toks[j].lower) && !DETERMINERS.has(toks[j].lower) && !PREPOSITIONS.has(toks[j].lower)) j--;
  if (j < c0) return false;
  const w = toks[j].lower;
  let charge = w === 'wegen';
  if (!charge && /^(auf|der|des)$/.test(w) && /^(verdacht|verdachts|verdachtes|vorwurf|vorwurfs|vorwurfes|vorwürfen|vorwürfe)$/.test(toks[j - 1]?.lower ?? '')) charge = true;
  if (!charge) return false;
  for (let k = c0; k < c1; k++) if (k !== tr.t0 && LEGAL_ACT.test(toks[k].lower)) return true;
  return false;
}

/** Nouns for people ("Verdächtigen", "Grenzschützern", "FBI-Agenten"): as the object of a harm verb, a victim. */
const PERSON_NOUN = /^(\p{L}*(verdächtig|polizist|soldat|zivilist|demonstrant|agent|beamt|flüchtling|passant|journalist|häftling|gefangen|schützer|täter|bewohner|anwohner|mitarbeiter|helfer|sanitäter|wachmann|schüler|lehrer|patient|migrant|asylwerber|asylbewerber|kind|mann|männer|frau|frauen|mensch|person|jugendlich|mädchen|bürger|insass|kämpfer|rebell|aktivist|gegner|angreifer|kolleg))(e|en|er|ern|n|s|innen|in)?$/u;
/** Personal pronouns that can only be an object ("schlug ihn", "verletzte mich"). */
const OBJECT_PRONOUNS = /^(ihn|mich|dich)$/;

/**
 * A harm verb whose object is a person named by a common noun ("verletzte den flüchtigen Verdächtigen", "schlug einen
 * Passanten") or an object pronoun ("bis er mich erneut schlug") has its recipient, though no entity.
 */
export function personObject(ctx: SentenceContext, tr: Trigger): boolean {
  const harm = tr.entry.type === 'ASSAULT';
  // (not help: "helfen" with a person object is as often a wish or a rule, "man muss einem Mitarbeiter helfen")
  if (tr.entry.type === 'AID') return false;
  const { toks } = ctx;
  const [c0, c1] = clauseOf(ctx, tr.t0);
  for (let j = c0; j < c1; j++) {
    const l = toks[j].lower;
    const prev = toks[j - 1]?.lower ?? '';
    if ((PREPOSITIONS.has(prev) || /^(zum|zur|im|am|vom|beim|ins)$/.test(prev)) && !(!harm && tr.entry.recPrep?.includes(prev))) continue;
    if (harm && OBJECT_PRONOUNS.test(l)) return true;
    if (!OBJECT_DETERMINERS.test(l)) continue;
    // adjectives between determiner and noun ("den flüchtigen Verdächtigen")
    let k = j + 1;
    while (k < c1 && k < j + 4 && LOWER_START.test(toks[k].text)) k++;
    const noun = toks[k];
    if (!noun || !UPPER_START.test(noun.text)) continue;
    const head = noun.lower.slice(noun.lower.lastIndexOf('-') + 1);
    if (PERSON_NOUN.test(head) || (!harm && (ROLE_NOUN.test(head) || AUDIENCE_NOUN.test(head)))) return true;
  }
  return false;
}
const AUDIENCE_NOUN = /^\p{L}*(zuhörer|vorgänger|nachfolger|leute|zuschauer|teilnehmer|gäst|gast|besucher|wähler|unterstützer|anhänger|spender|mitglied|mitgliedern|einsatzkräft|retter|freiwillig|ehrenamtlich|opfer|angehörig|familie|familien|partner|verbündet|nachbar|nachbarn|bevölkerung|öffentlichkeit|behörde|behörden)\p{L}*$/u;
