// Trigger search: lexicon forms in a sentence (findTriggers) and the lexicon entries' constraints on their context (constraintsHold).
import { GENERATED_GENITIVES, type LexEntry, NEGATIVE_JUDGEMENT, NOUN_FORMS } from './lexicon.ts';
import { isZuInfinitive } from './modality.ts';
import { DETERMINERS, REFLEXIVES, RELATIVES, SUBORDINATORS } from './words.ts';
import { resumedMainPart, resumingPart } from './clauses.ts';
import type { SentenceContext, Tok, Trigger } from './extract.ts';
import { compoundHead, formInfoOf } from './prefilter.ts';
import { ALL_LOWER, GENITIVE_ARTICLE, LETTER, LOWER_START, UPPER_START } from './shared.ts';

const NUMBER_OR_LOWER_WORD = /^(\d[\d.]*|\p{Ll}+)$/u;
const CAPITALISED_S = /^\p{Lu}\p{Ll}+s$/u;

/** Copulas of a stative rule ("ist verboten") and auxiliaries of an act ("wurde verboten", "verboten würden"). */
/** A first/second person reflexive and the subject it needs. */
const PERSONAL_REFLEXIVE: Record<string, string> = { mich: 'ich', dich: 'du', uns: 'wir', euch: 'ihr' };
/** Words of a court and a trial ("Landesgericht", "Gerichtshof", "Angeklagte", "Staatsanwältin", "Richter", "Prozess"). */
const COURT_WORD = /^(\p{Ll}*gericht(s|e|en|es|shof|shofs|ssaal|ssaals)?|\p{Ll}*angeklagt\p{Ll}*|staatsanw\p{Ll}*|richter(in|innen|s|n)?|prozess(es|e|en)?|verteidiger(in|innen|s|n)?|schöffen\p{Ll}*|geschworen\p{Ll}*)$/u;


/** Particles that are also adverbs of direction and may stand before the verb with their phrase ("zurück nach X gebracht"). */
const ADVERB_PARTICLES = new Set(['zurück', 'weg', 'fort', 'heim']);
const DIRECTIONAL = new Set(['nach', 'in', 'ins', 'an', 'ans', 'zu', 'zum', 'zur', 'über', 'aus', 'auf', 'vom', 'von']);

/** Triggers in the sentence, at most one per type and clause (verbs preferred over nouns). */
export function findTriggers(ctx: SentenceContext): Trigger[] {
  const { toks } = ctx;
  const found: Trigger[] = [];
  const inEntity = new Uint8Array(toks.length);
  // a name that is only the modifier of a dash compound ("EU-Gipfel", "Nato-Treffen") leaves the head free
  const modifierOnly = new Uint8Array(toks.length);
  for (const m of ctx.mentions) if (m.entity.type !== 'MISC') for (let k = m.t0; k < m.t1; k++) {
    inEntity[k] = 1;
    if (k === m.t1 - 1) {
      const l = toks[k].lower, dash = l.lastIndexOf('-');
      if (dash > 0 && NOUN_FORMS.has(l.slice(dash + 1)) && !m.entity.name.toLowerCase().includes(l.slice(dash + 1))) modifierOnly[k] = 1;
      // also before a compound head ("SPÖ-Nationalratsklubklausur": the party names the meeting's owner)
      else if (dash > 0 && UPPER_START.test(toks[k].text.slice(dash + 1)) && compoundHead(l.slice(dash + 1)) !== null && !m.entity.name.toLowerCase().includes(l.slice(dash + 1))) modifierOnly[k] = 1;
    }
    // a body or meeting named like its meeting noun ("Ministerrat", "Balkankonferenz") is free for an entry fixed by its
    // neighbours ("vor dem Ministerrat", "bei der Balkankonferenz"); (h/evpol) also when the mention takes in its article
    // ("dem Ministerrat": a description mention), so that "vor dem"/"nach dem" can fix the entry
    const last = m.t1 - 1;
    let articleOnly = true;
    for (let k = m.t0; k < last; k++) if (!DETERMINERS.has(toks[k].lower)) articleOnly = false;
    if (articleOnly && m.entity.type !== 'PER' && (NOUN_FORMS.get(toks[last].lower) ?? NOUN_FORMS.get(compoundHead(toks[last].lower) ?? ''))?.some((e) => e.prevWord)) modifierOnly[last] = 1;
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if ((inEntity[i] && !modifierOnly[i]) || t.text.length < 3) continue;
    const l = t.lower;
    // (the verb and noun entries of the form in one lookup: the lower-case form of 3 or more characters)
    const form = formInfoOf(l);
    const cap = UPPER_START.test(t.text);
    const [c0, c1] = ctx.clauses[t.clause];
    const first = i === c0 || (i === c0 + 1 && /^[„“"»]$/.test(toks[c0].text));
    let hit: Trigger | null = null;
    // verbs: lower case, or capitalised at a clause start
    if (!cap || first || /^[A-Z]/.test(t.text) === false) {
      const cands = form?.verbs;
      if (cands && (!cap || first)) {
        // entries that need an object come first (sorted once in the lexicon)
        for (const { entry, bare } of cands) {
          let particle: number | null = null;
          if (!bare) {
            // separated particle at the end of the clause ("griff … an", "griff … an und tötete …"): particles
            // that are also prepositions ("nach jahrelangem Schweigen") only count there
            let last = c1 - 1;
            while (last > i && !LETTER.test(toks[last].text)) last--;
            for (let j = i + 1; j <= last; j++) {
              if (toks[j].lower !== entry.p) continue;
              const nx = toks[j + 1];
              if (j === last || !nx || !LETTER.test(nx.text) || /^(und|oder|sowie|aber|doch)$/.test(nx.lower)) particle = j;
            }
            // "gehen … gegen die PKK, aber auch gegen Politiker vor": a particle that ends the sentence, after
            // comma-separated additions, still belongs to the verb
            if (particle === null && toks[i].clause < toks[toks.length - 1].clause) {
              let end = toks.length - 1;
              while (end > i && !LETTER.test(toks[end].text)) end--;
              // (not across a colon or semicolon, which opens a clause of its own: "erkennt: Sie knüpft … an")
              if (end > c1 && toks[end].lower === entry.p && toks[end - 1].text !== ',' && !toks.slice(c1, end).some((x) => SUBORDINATORS.has(x.lower)) && !toks.slice(i, end).some((x) => x.text === ':' || x.text === ';')) particle = end;
            }
            // "zurück nach Griechenland gebracht", "zurück in die Türkei zu schicken": an adverbial particle before a
            // directional phrase and the participle or infinitive
            if (particle === null && ADVERB_PARTICLES.has(entry.p!)) {
              for (let j = Math.max(c0, i - 8); j < i; j++) if (toks[j].lower === entry.p && DIRECTIONAL.has(toks[j + 1].lower)) particle = j;
            }
            if (particle === null) continue;
          }
          if (!constraintsHold(ctx, entry, i, c0, c1)) continue;
          hit = { entry, t0: i, t1: i + 1, particle, participle: cands.some((c) => c.entry === entry && c.participle), present: cands.some((c) => c.entry === entry && c.present) };
          if (softMatch) hit.soft = true;
          break;
        }
      }
    }
    if (!hit && (cap || /^[a-zäöü]/.test(t.text) === false)) {
      let entries = form?.nouns;
      if (!entries && cap) {
        // compound heads ("Raketenangriff", "Staatsbesuch", "Kerry-Sarif-Treffen")
        const dash = l.lastIndexOf('-');
        if (dash > 0 && NOUN_FORMS.has(l.slice(dash + 1))) entries = NOUN_FORMS.get(l.slice(dash + 1));
        else {
          // longest head first: suffixes of at least 5 letters, leaving a modifier of at least 4
          const h = compoundHead(l);
          // (an instrument compound after "zu" is the punishment a court imposes: "Verurteilung … zu tausend Stockhieben")
          const sentenced = toks[i - 1]?.lower === 'zu' || (toks[i - 2]?.lower === 'zu' && NUMBER_OR_LOWER_WORD.test(toks[i - 1]?.lower ?? ''));
          if (h !== null) entries = NOUN_FORMS.get(h)!.filter((e) => !e.noCompound || (!sentenced && !!e.compoundFirst?.some((x) => l.startsWith(x))));
        }
      }
      if (entries) {
        for (const entry of entries) {
          if (entry.excl && entry.excl.some((x) => l.includes(x))) continue;
          if (!constraintsHold(ctx, entry, i, c0, c1)) continue;
          hit = { entry, t0: i, t1: i + 1, particle: null };
          break;
        }
      }
    }
    if (hit) found.push(hit);
  }
  return found;
}
const INFLECTED_T_PARTICIPLE = /^(ge|unter|ab|aus|ver|er)\p{Ll}+t(e|en|er|es|em)$/u;

/** Nouns whose genitive attribute is their content: a plan, a call, a threat, its preparation or conclusion. */
const CONTENT_HEAD = /(?:idee|plan|pläne|plänen|drohung|ankündigung|aufruf|aufrufe|forderung|forderungen|vorbereitung|vorbereitungen|organisation|unterzeichnung|abschluss|verhängung|ausrufung|verkündung|vorschlag)$/;
/** The word is matched only through a generated genitive form (itself, or its compound head when that is no listed form). */
function generatedGenitive(l: string): boolean {
  if (NOUN_FORMS.has(l) && !GENERATED_GENITIVES.has(l)) return false;
  const h = compoundHead(l);
  return h !== null ? GENERATED_GENITIVES.has(h) : GENERATED_GENITIVES.has(l);
}
/** "Idee eines Boykotts", "Androhung eines unbefristeten Streiks": a content noun, a genitive article, at most one adjective. */
function genitiveContent(toks: SentenceContext['toks'], i: number): boolean {
  let a = i - 1;
  if (!GENITIVE_ARTICLE.test(toks[a]?.lower ?? '') && ALL_LOWER.test(toks[a]?.text ?? '') && GENITIVE_ARTICLE.test(toks[a - 1]?.lower ?? '')) a--;
  return GENITIVE_ARTICLE.test(toks[a]?.lower ?? '') && CONTENT_HEAD.test(toks[a - 1]?.lower ?? '');
}

/** Words that open the genitive or "von" phrase of an agent after a noun ("auf Druck der/von/seiner …"). */
const GENITIVE_NEXT = /^(der|des|von|vom|seiner|seines|ihrer|ihres|deren|dessen|mehrerer|vieler|zahlreicher)$/;
/** Set by constraintsHold when only a soft object condition held (read right after the call). */
let softMatch = false;

/** (h/ev28) An object condition that names the party moved or leaving: forces or an office (Entsendung, Abgang, Rückzug,
 * Absetzung), not the words of the act (Rücktritt "erklärt", Waffenruhe "vereinbart") or a cause (Explosion "Soldaten"). */
export function partyCondition(entry: LexEntry): boolean {
  return !!entry.needObj && !entry.softObj && PARTY_TYPES.has(entry.type) && entry.needObj.some((o) => PARTY_WORD.test(o));
}
const PARTY_WORD = /^(truppe|soldat|polizei|kampfjet|amt|obmann|minister|präsident)$/;
/** (h/ev28) Types whose noun names the moving or leaving of that party (an Explosion's soldiers are a sense cue). */
const PARTY_TYPES = new Set(['MOBILIZE', 'RETREAT', 'CONCEDE']);
/** (h/ev28) A noun with a definite article or a genitive name right before it ("der Stationierung", "Rousseffs Abgang"). */
function definiteNoun(toks: Tok[], i: number): boolean {
  const p = toks[i - 1];
  if (!p) return false;
  return /^(der|die|das|des|dem|den|dieser|diese|dieses|diesem|diesen)$/.test(p.lower) || /^(zum|zur|im|am|vom|beim|ins)$/.test(p.lower) || CAPITALISED_S.test(p.text) && i - 1 > 0;
}

/** (h/ev28) Whether one of the needed object words is in the two sentences before the context's sentence. */
function discourseHasObject(ctx: SentenceContext, needObj: readonly string[]): boolean {
  const sents = ctx.doc.sentences;
  const s0 = Math.max(0, ctx.index - 2);
  if (s0 >= ctx.index) return false;
  const words = ctx.doc.text.slice(sents[s0].start, sents[ctx.index - 1].end).toLowerCase().match(/[\p{L}\d-]+/gu) ?? [];
  for (const w of words) for (const o of needObj) if (w === o || w.startsWith(o) || (o.length >= 5 && w.includes(o))) return true;
  return false;
}
const INFLECTED_EN_PARTICIPLE_ANY = /en(e|en|er|es|em)$/;
/** Laws, amendments, budgets and regulations ("Gesetz", "Gesetzesnovelle", "Doppelbudget", "Verordnung"). */
const LEGISLATION = /gesetz|novelle|budget|haushalt|verordnung/;
function constraintsHold(ctx: SentenceContext, entry: LexEntry, i: number, c0: number, c1: number): boolean {
  const { toks } = ctx;
  softMatch = false;
  if (entry.notForms && entry.notForms.includes(toks[i].lower)) return false;
  // "einigen" before a capitalised word is the determiner ("Zu einigen Tools", "vor einigen Tagen"), not "sich einigen"
  if (toks[i].lower === 'einigen' && entry.pos === 'verb' && UPPER_START.test(toks[i + 1]?.text ?? '')) return false;
  // "in einigen dieser Gruppen", "bei einigen der Teilnehmer": the determiner after a preposition
  if (toks[i].lower === 'einigen' && entry.pos === 'verb' && /^(dieser|diesen|der|den|von|davon)$/.test(toks[i + 1]?.lower ?? '') && /^(in|an|bei|mit|zu|vor|nach|seit|aus|von|unter|für|auf|über)$/.test(toks[i - 1]?.lower ?? '')) return false;
  // a generated genitive form ("Boykotts", not listed in the lexicon) counts only as the content of a plan, call or threat
  // noun ("die Idee eines Boykotts", "die Androhung eines Streiks"); elsewhere a genitive event noun mostly names a setting
  // or a cause ("wegen des Vorwurfs", "trotz eines großen Aufgebots", "des geltenden Ausnahmezustands")
  if (entry.pos === 'noun' && GENERATED_GENITIVES.size > 0 && generatedGenitive(toks[i].lower) && !genitiveContent(toks, i)) return false;
  // a noun frame fixed by its neighbours ("auf Druck der EPA", "unter dem Druck seiner Partei")
  if (entry.prevWord && !entry.prevWord.includes(toks[i - 1]?.lower ?? '') && !entry.prevWord.includes(`${toks[i - 2]?.lower ?? ''} ${toks[i - 1]?.lower ?? ''}`)) return false;
  if (entry.notPrevWord && (entry.notPrevWord.includes(toks[i - 1]?.lower ?? '') || entry.notPrevWord.includes(`${toks[i - 2]?.lower ?? ''} ${toks[i - 1]?.lower ?? ''}`))) return false;
  if (entry.nextGenitive && !GENITIVE_NEXT.test(toks[i + 1]?.lower ?? '') && !/^[A-ZÄÖÜ][\p{L}-]*s$/u.test(toks[i + 1]?.text ?? '')) return false;
  const needs = entry.formNeeds?.[toks[i].lower];
  if (needs && !toks.slice(c0, c1).some((t) => needs.includes(t.lower))) return false;
  if (entry.refl) {
    let ok = false;
    // "mich"/"dich"/"uns"/"euch" are reflexive only with their own subject ("ich setze mich ein", not "für die mich X eingesetzt hat")
    for (let j = c0; j < c1; j++) if (REFLEXIVES.has(toks[j].lower) && (!PERSONAL_REFLEXIVE[toks[j].lower] || toks.slice(c0, c1).some((t) => t.lower === PERSONAL_REFLEXIVE[toks[j].lower]))) ok = true;
    if (!ok) return false;
  }
  if (entry.notRefl) for (let j = c0; j < c1; j++) if (REFLEXIVES.has(toks[j].lower)) return false;
  if (entry.needObj) {
    let ok = false;
    const [o0, o1] = entry.objScope === 'sentence' ? [0, toks.length] : [c0, c1];
    for (let j = o0; j < o1 && !ok; j++) {
      if (j === i) continue;
      const w = toks[j].lower;
      // the noun's own attributive participle ("die unterzeichnete Vereinbarung") names a past act, not this one
      if (j === i - 1 && entry.pos === 'noun' && LOWER_START.test(toks[j].text) && INFLECTED_T_PARTICIPLE.test(w)) continue;
      for (const o of entry.needObj) if (w === o || w.startsWith(o) || (o.length >= 5 && w.includes(o))) ok = true;
      if (!ok && entry.judgement && NEGATIVE_JUDGEMENT.test(w)) ok = true;
    }
    // evfn round: a relative clause's object is its antecedent, the noun before the comma ("eine Moschee in Lagny, die
    // Anfang Dezember geschlossen worden war", "die Flüchtlinge, die gerettet wurden")
    if (!ok && entry.pos === 'verb' && entry.objScope !== 'sentence' && c0 >= 2 && toks[c0 - 1].text === ',' && RELATIVES.has(toks[c0].lower) && /^(der|die|das|den|dem|denen)$/.test(toks[c0].lower) &&
      // (not a list of noun phrases: "über die Reparatur, den Rückkauf oder eine andere Lösung")
      !(UPPER_START.test(toks[c0 + 1]?.text ?? '') && /^(und|oder|sowie|,)$/.test(toks[c0 + 2]?.lower ?? ''))) {
      // (the antecedent's phrase may carry attributes: "eine Moschee im östlich von Paris gelegenen Lagny-sur-Marne, die …";
      // up to ten words back, not past the start of the clause that holds it)
      for (let j = Math.max(ctx.clauses[toks[c0 - 2].clause][0], c0 - 10); j < c0 - 1 && !ok; j++) {
        if (!UPPER_START.test(toks[j].text)) continue;
        const w = toks[j].lower;
        // (inside a compound only close to the comma: "Anschuldigungen gegen den … Steuermann, dem …" holds no "Schuld")
        for (const o of entry.needObj) if (o.length >= 4 && LETTER.test(o) && (w === o || w.startsWith(o) || (o.length >= 5 && j >= c0 - 6 && w.includes(o)))) ok = true;
      }
    }
    // a main clause resumed after a relative clause ("33 … Menschen in einem Frachtzug, der … unterwegs war,
    // aufgegriffen worden", "ihre Grenzen … für Migranten, die … wollten, ganz zu schließen"): its object stands
    // in the part before the relative clause
    // (and a noun before such an insertion finds its verb after it: "Einen Antrag haben die jungen SPÖler, vertreten
    // durch X, … eingebracht")
    if (!ok && entry.objScope !== 'sentence') {
      const other = entry.pos === 'verb' ? resumedMainPart(ctx, toks[i].clause) : resumingPart(ctx, toks[i].clause);
      if (other) for (let j = other[0]; j < other[1] && !ok; j++) {
        const w = toks[j].lower;
        for (const o of entry.needObj) if (w === o || w.startsWith(o) || (o.length >= 5 && w.includes(o))) ok = true;
      }
    }
    // (h/ev28) a definite nominalisation refers back: its object may be named in the two sentences before ("… entsandte
    // zwölf Kampfjets. … mit der Stationierung", "Präsidentin Rousseff … Rousseffs Abgang")
    // (only where the object condition names the party moved or leaving, forces or an office: elsewhere the listed words are
    // sense cues of the sentence, "Ermittlung der Kreditzinssätze", "Anordnung von Fenstern", "den Rücktritt erklärt")
    if (!ok && entry.pos === 'noun' && partyCondition(entry) && definiteNoun(toks, i)) ok = discourseHasObject(ctx, entry.needObj);
    // a soft object condition (evsoft): any object or clause, decided on the actor once the arguments are known; not
    // the attributive participle ("des beschlossenen Pakets": a past decision named as a setting)
    // (and not passing a law or a budget: legislation is no agreement, "hat dabei 123 Gesetze beschlossen")
    if (!ok && entry.softObj && !INFLECTED_EN_PARTICIPLE_ANY.test(toks[i].lower) && !toks.slice(c0, c1).some((t) => LEGISLATION.test(t.lower))) {
      softMatch = true;
      ok = true;
    }
    if (!ok) return false;
  }
  if (entry.needAlso) {
    let ok = false;
    for (let j = c0; j < c1 && !ok; j++) if (j !== i && entry.needAlso.includes(toks[j].lower)) ok = true;
    if (!ok) return false;
  }
  // a rescue saves others: "konnten sich nicht retten", "sich in Sicherheit bringen" is fleeing (the exact word "sich":
  // `excl` matches word starts and would also drop "Sicherheitskräfte retteten …")
  if (entry.type === 'AID' && (entry.lemma === 'retten' || entry.lemma === 'bringen') && toks.slice(c0, c1).some((t) => t.lower === 'sich')) return false;
  // (h/ev29) werben: with a "bei" + entity addressee it courts that party (REQUEST 'werben bei'), not support
  if (entry.lemma === 'werben' || entry.lemma === 'werben bei') {
    const courted = ctx.mentions.some((m) => m.prep === 'bei' && m.t0 >= c0 && m.t1 <= c1 && (m.entity.type === 'ORG' || m.entity.type === 'PER' || m.entity.type === 'LOC'));
    if (courted !== (entry.lemma === 'werben bei')) return false;
  }
  // "sich durch den Kordon drängen", "drängt sich auf": a reflexive drängen is moving or imposing, not urging
  if (entry.type === 'REQUEST' && entry.lemma === 'drängen' && (toks.slice(c0, c1).some((t) => t.lower === 'sich') || !urgedGoal(ctx, i, c0, c1))) return false;
  // "in Sicherheit bringen" as a rescue: the exact phrase ("Sicherheitslücken", "verbesserte Sicherheit bringen" are other senses)
  if (entry.type === 'AID' && entry.lemma === 'bringen') {
    let ok = false;
    for (let j = c0; j < c1 - 1; j++) if (toks[j].lower === 'in' && toks[j + 1].lower === 'sicherheit') ok = true;
    if (!ok) return false;
  }
  // "verlangen einem … ab" (abverlangen: what a task demands of someone), the particle at the clause end
  if (entry.lemma === 'verlangen') {
    for (let j = i + 1; j < c1; j++) if (toks[j].lower === 'ab' && (j + 1 >= c1 || /^[,.;:!?–]$/.test(toks[j + 1].text))) return false;
  }
  // a court's hearing or session, anywhere in the sentence (not "gerichtet": directed at)
  if (entry.notCourt) {
    for (let j = 0; j < toks.length; j++) if (j !== i && COURT_WORD.test(toks[j].lower)) return false;
  }
  if (entry.excl) {
    for (let j = c0; j < c1; j++) {
      if (j === i) continue;
      const w = toks[j].lower;
      for (const x of entry.excl) if (x.charCodeAt(0) === 61 /* '=' */ ? w === x.slice(1) : w.startsWith(x)) return false;
    }
  }
  return true;
}

/** (h/ev29) What one presses for: "auf"/"zu" + goal in drängen's own clause (exact words), or a dass or zu-infinitive clause
 * right after it ("drängte darauf, dass …", "drängte die Regierung, … anzunehmen"). Not a goal in another clause of the
 * sentence ("spekuliert, dass X aus der Regierung gedrängt werden könnte"), nor a place or state one is pushed into ("in
 * den Hintergrund gedrängt", "dicht gedrängt", "Die Zeit drängt"). */
const URGED_GOAL = /^(auf|darauf|dazu|zu|zum|zur)$/;
function urgedGoal(ctx: SentenceContext, i: number, c0: number, c1: number): boolean {
  const { toks } = ctx;
  // an urge felt ("dass es einen drängt, zu sagen", "drängt es ihn"): impersonal "es" beside the verb
  if (toks[i + 1]?.lower === 'es' || toks.slice(Math.max(c0, i - 3), i).some((t) => t.lower === 'es')) return false;
  // pushed into or out of a place or state right before the participle or verb ("zu Unrecht in die Defensive gedrängt")
  for (let j = Math.max(c0, i - 4); j < i - 1; j++) if (/^(in|ins|aus)$/.test(toks[j].lower) && (toks[j].lower === 'ins' || DETERMINERS.has(toks[j + 1].lower)) && UPPER_START.test(toks[i - 1].text)) return false;
  for (let j = c0; j < c1; j++) if (j !== i && URGED_GOAL.test(toks[j].lower)) return true;
  // pushed into or out of a place or state ("in die Defensive gedrängt, dass …", "ins Abseits", "aus dem Markt")
  for (let j = c0; j < c1 - 1; j++) if ((/^(ins|aus)$/.test(toks[j].lower) || (toks[j].lower === 'in' && /^(die|den|das|eine|einen)$/.test(toks[j + 1].lower))) && j < i) return false;
  // the next clause (not a purpose, relative or other subordinate clause: "in die Ecke gedrängt, um …")
  const next = ctx.clauses[toks[i].clause + 1];
  if (!next) return false;
  let k = next[0];
  if (toks[k]?.text === ',') k++;
  if (toks[k]?.lower === 'dass') return true;
  if (/^(um|ohne|statt|anstatt)$/.test(toks[k]?.lower ?? '') || SUBORDINATORS.has(toks[k]?.lower ?? '')) return false;
  // ("drängte die Regierung, die Sanktionen aufzuheben": the article opening the infinitive clause is no relative pronoun)
  for (let j = next[0]; j < next[1]; j++) if (zuInfinitiveVerb(toks, j)) return true;
  return false;
}

/** (h/ev29) A zu-infinitive verb: lower case, ending in -n ("zu verhandeln", "zu tun", "anzunehmen"), not an article after the
 * preposition "zu" ("zu den Reportern"). */
export function zuInfinitiveVerb(toks: Tok[], j: number): boolean {
  return isZuInfinitive(toks, j) && /n$/.test(toks[j].lower) && LOWER_START.test(toks[j].text) && !DETERMINERS.has(toks[j].lower) && !/^(ihren|seinen|meinen|unseren|euren|deinen|einen|keinen)$/.test(toks[j].lower);
}
