/**
 * Per-sentence event extraction: triggers from the lexicon, actors and recipients from the entity layer
 * (subject before the finite verb or after it in V2 inversion, coordination, "mit X", objects), place,
 * time, source (attribution phrases and quotes), modality; then one event per real-world event with all
 * its mentions.
 */
import { type Doc, type Entity, type EventMention, type EventRecord, type Figure, type Modality, sentenceAt, tokenTexts } from '../doc/index.ts';
import { sentenceTokenStarts } from '../segment/index.ts';
import { firstIndexNotBefore } from '../util/search.ts';
import { capitalOfSameState, codeActor } from './actors.ts';
import { countedStatistic, courtSession } from './counts.ts';
import { evaluationEvents, isEvaluation } from './evaluations.ts';
import { type LexEntry, VERB_FORMS } from './lexicon.ts';
import { decideModality } from './modality.ts';
import { moneyTrigger } from './money.ts';
import { participantMentions } from './participants.ts';
import { retype } from './retype.ts';
import { sportContext, sportSense } from './sport.ts';
import { REFLEXIVES } from './words.ts';
import { findArguments } from './arguments.ts';
import { clauseOf, conjunctOf } from './clauses.ts';
import { sentenceContext, sentenceTokObjects } from './context.ts';
import { chargeContent, comitativeActors, financialSupport, patientNoun, personObject, predecessorArguments, predecessorOf } from './frames.ts';
import { isPassive } from './phrases.ts';
import { mayHaveTrigger, sentenceFilter } from './prefilter.ts';
import { conjunctsApart, selectTriggers } from './selection.ts';
import { attributesPrevious, quoteAt, reportingClause, timeFor } from './setting.ts';
import { LOWER_START, PATIENT_TYPES, SENTENCE_ANALYSED, SENTENCE_EVALUABLE, SENTENCE_MONEY, STATIVE_COPULA } from './shared.ts';
import { findTriggers } from './triggers.ts';
export { sentenceContext } from './context.ts';
export { findTriggers } from './triggers.ts';
export { findArguments } from './arguments.ts';

export interface Tok {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Index of the clause within the sentence. */
  clause: number;
}

export interface MentionRef {
  entity: Entity;
  start: number;
  end: number;
  /** Token range in the sentence, [t0, t1). */
  t0: number;
  t1: number;
  form: string;
  /** Governing preposition (lower case) or null for a bare noun phrase. */
  prep: string | null;
  /** A genitive or apposition modifier of a preceding noun ("der Präsident Russlands"). */
  genitive: boolean;
  /** Modifies a following person ("Israels Ministerpräsident Netanyahu"). */
  modifier?: boolean;
  /** Token index of the governing preposition, when found directly. */
  prepAt?: number;
}

export interface Trigger {
  entry: LexEntry;
  t0: number;
  t1: number;
  /** Token index of a separated particle, if any. */
  particle: number | null;
  /** The trigger is (also) a past participle form ("getroffen", "angegriffen"). */
  participle?: boolean;
  /** The trigger is a present-tense form ("trifft", "reist"). */
  present?: boolean;
  /** Its `needObj` list did not match and `softObj` let it through: it needs a collective actor (checked with the arguments). */
  soft?: boolean;
}

export interface SentenceContext {
  doc: Doc;
  index: number;
  toks: Tok[];
  mentions: MentionRef[];
  /** Clause boundaries: clauses[c] = [first token, end token). */
  clauses: [number, number][];
  /** Attribution found in the sentence (source entity and the token range of the phrase). */
  attribution: { entity: string | null; t0: number; t1: number; text: string; phrase?: boolean } | null;
  /** Most recent person (for "er", "sie", "der Minister"), from earlier sentences. */
  lastPerson: Entity | null;
  /** An organisation or country that was the actor in the previous sentence (for "Sie" with a singular verb). */
  lastGroup?: Entity | null;
  /** A group named as the plural subject that opens the previous sentence (for "Sie" with a plural verb). */
  lastPlural?: Entity | null;
  /** The person mentioned last before this sentence (for "…, kritisierte er" after a reported statement). */
  lastMentioned?: Entity | null;
  /** Persons named in the last three sentences, most recent first (a gender cue picks among them). */
  recentPersons?: Entity[];
  /** Persons that were actors in the last three sentences, most recent first. */
  recentActors?: Entity[];
  /** The speaker of a quote covering a text offset (for "wir" and "ich" inside quotes). */
  speakerAt?: (offset: number) => Entity | null;
}
/** Modals and Konjunktiv forms with which a "man" clause is a statement of the speaker's side, not a generic habit. */
const GENERIC_BLOCK = new Set(['will', 'wollen', 'wolle', 'muss', 'müsse', 'soll', 'solle', 'kann', 'könne', 'werde', 'wird', 'möchte', 'habe', 'sei']);
/** Indicative modals of obligation, permission and ability with which a clause about "man" or "wir" states a
 * general rule or the speaker's view ("man muss … helfen", "wir müssen Gespräche führen", "man kann … nicht akzeptieren"),
 * not an event; the Konjunktiv I ("man müsse", "man könne") reports an organisation's side and is not among them. */
const GENERIC_MAN_MODAL = new Set(['muss', 'kann', 'darf', 'sollte', 'müsste', 'dürfte', 'könnte']);
const GENERIC_WIR_MODAL = new Set(['müssen', 'sollten', 'können', 'dürfen', 'müssten', 'könnten']);
const DYNAMIC_AUX = new Set(['wird', 'werden', 'wurde', 'wurden', 'würde', 'würden', 'worden', 'soll', 'sollen', 'hat', 'haben', 'hatte', 'hatten']);

export interface Arguments {
  actors: MentionRef[];
  recipients: MentionRef[];
  place: MentionRef | null;
}

/** The quote (direct or indirect) containing an offset. */
/** Items per sentence index, for every sentence that the offset range [first, last] of an item overlaps. */
function bucketBySentence<T>(doc: Doc, items: readonly T[], range: (item: T) => [number, number]): T[][] {
  const out: T[][] = [];
  const sents = doc.sentences;
  for (const item of items) {
    const [first, last] = range(item);
    // first sentence ending after `first`, last sentence starting at or before `last`
    for (let k = firstIndexNotBefore(sents.length, (x) => sents[x].end <= first); k < sents.length && sents[k].start <= last; k++) (out[k] ??= []).push(item);
  }
  return out;
}

export interface RawEvent extends EventRecord {
  mentions: EventMention[];
}

/** Finite plural forms of auxiliaries and modals. */
const PLURAL_AUX = /^(haben|hatten|hätten|sind|waren|wären|werden|wurden|würden|wollen|wollten|können|konnten|könnten|müssen|mussten|müssten|sollen|sollten|dürfen|durften)$/;

/**
 * "Die Jihadisten haben die Hafenstadt … gebracht. Sie sollen …": the group (an organisation, or a group noun the
 * entities stage linked, not a person) named as the subject that opens sentence `s` before a plural finite verb (an
 * auxiliary or modal, or a lower-case word in -en right after it); null when the sentence opens otherwise, with two names
 * ("X und Y treffen sich") or with a singular verb.
 */
function pluralOpener(doc: Doc, s: number, bySentence: Map<number, { entity: Entity; start: number; end: number; form: string }[]>, starts: Int32Array, texts: { words: readonly string[]; lower: readonly string[] }): Entity | null {
  const list = bySentence.get(s);
  if (!list?.length) return null;
  let k = starts[s];
  const end = starts[s + 1] ?? doc.tokens.length;
  // a dateline ("Wien – Die Grünen …")
  for (let j = k; j < Math.min(end, k + 4); j++) if (texts.words[j] === '–' || texts.words[j] === '-') { k = j + 1; break; }
  const at = doc.tokens[k]?.start;
  if (at === undefined) return null;
  const m = list.find((x) => x.start === at) ?? (texts.lower[k] === 'die' ? list.find((x) => x.start === doc.tokens[k + 1]?.start) : undefined);
  if (!m || m.entity.type === 'PER' || m.entity.type === 'MISC') return null;
  let v = k;
  while (v < end && doc.tokens[v].start < m.end) v++;
  const verb = texts.lower[v] ?? '';
  if (!LOWER_START.test(texts.words[v] ?? '')) return null;
  return PLURAL_AUX.test(verb) || (/en$/.test(verb) && VERB_FORMS.has(verb)) ? m.entity : null;
}

/** Extracts the events of a document (needs tokens and sentences; uses whichever other layers exist). */
export function extractEvents(doc: Doc): RawEvent[] {
  const bySentence = new Map<number, { entity: Entity; start: number; end: number; form: string }[]>();
  const sentenceOf = (offset: number) => sentenceAt(doc, offset);
  for (const e of doc.entities ?? []) {
    for (const m of e.mentions ?? []) {
      const s = sentenceOf(m.start);
      if (s < 0) continue;
      let list = bySentence.get(s);
      if (!list) bySentence.set(s, (list = []));
      list.push({ entity: e, start: m.start, end: m.end, form: m.form ?? 'name' });
    }
  }
  for (const m of participantMentions(doc)) {
    const s = sentenceOf(m.start);
    if (s < 0) continue;
    let list = bySentence.get(s);
    if (!list) bySentence.set(s, (list = []));
    list.push(m);
  }
  const entityById = new Map((doc.entities ?? []).map((e) => [e.id, e]));
  // one coding per entity and document (a copy for each event)
  const codes = new Map<string, ReturnType<typeof codeActor>>();
  const codeOf = (id: string) => {
    let c = codes.get(id);
    if (!c) codes.set(id, (c = codeActor(entityById.get(id)!)));
    return { ...c };
  };
  const events: RawEvent[] = [];
  let lastActor: { e: Entity; s: number } | null = null;
  // the person mentioned last (by position: mentions come grouped by entity)
  let lastMention = null as { e: Entity; s: number; at: number } | null;
  let lastGroup: { e: Entity; s: number } | null = null;
  // the patient of the last arrest, charge or release ("den Verdächtigen" later stands for them)
  let lastPatient: { ids: string[]; s: number } | null = null;
  // persons by the sentence they were last named in, most recent first
  let recent: { e: Entity; s: number }[] = [];
  let recentActors: { e: Entity; s: number }[] = [];
  const notePersons = (s: number): void => {
    for (const m of bySentence.get(s) ?? []) {
      if (m.entity.type !== 'PER') continue;
      if (!(lastMention && lastMention.s === s && lastMention.at > m.start)) lastMention = { e: m.entity, s, at: m.start };
      if (recent[0]?.e !== m.entity) recent = [{ e: m.entity, s }, ...recent.filter((r) => r.e !== m.entity && r.s >= s - 3)];
    }
  };
  // the lower-cased text, for the character-level trigger test where lower-casing keeps every offset
  const lowerText = doc.text.toLowerCase();
  const sameOffsets = lowerText.length === doc.text.length;
  const allToks = doc.tokens;
  const texts = tokenTexts(doc); // the token strings NER and quotes read already
  // times, figures and quotes by sentence (document order kept), so that long documents stay linear
  const timesBySentence = bucketBySentence(doc, doc.times ?? [], (t) => [t.start, t.start]);
  const figuresBySentence = bucketBySentence(doc, doc.figures ?? [], (f) => [f.start, f.start]);
  const quotesBySentence = bucketBySentence(doc, doc.quotes ?? [], (q) => [q.start, Math.max(q.start, q.end - 1)]);
  // a sports report: beating, attacking, meeting or hosting an opponent are play, not events (decided on
  // first need: only a trigger with a sport sense asks, and most documents have none)
  let sport: boolean | undefined;
  // most sentences have no trigger: decided for all sentences first, before any token object is made
  // (a sentence with an amount of money may hold a transfer found from its arguments: money.ts)
  const starts = sentenceTokenStarts(doc);
  const filter = sentenceFilter(doc, lowerText, sameOffsets, texts.lower, figuresBySentence, starts);
  for (let s = 0; s < doc.sentences.length; s++) {
    const from = starts[s];
    const te = starts[s + 1];
    const filtered = filter[s];
    if (!(filtered & SENTENCE_ANALYSED)) {
      notePersons(s);
      continue;
    }
    const sentenceFigures = figuresBySentence[s];
    const money = (filtered & SENTENCE_MONEY) !== 0;
    const evaluable = (filtered & SENTENCE_EVALUABLE) !== 0;
    const toks = sentenceTokObjects(allToks, texts.words, texts.lower, from, te);
    if (!sameOffsets && !money && !evaluable && !mayHaveTrigger(toks)) {
      notePersons(s);
      continue;
    }
    const ctx = sentenceContext(doc, s, bySentence, toks);
    ctx.lastPerson = lastActor && lastActor.s >= s - 2 ? lastActor.e : lastMention && lastMention.s >= s - 3 ? lastMention.e : null;
    ctx.lastMentioned = lastMention && lastMention.s >= s - 2 ? lastMention.e : null;
    ctx.recentPersons = recent.filter((r) => r.s >= s - 3).map((r) => r.e);
    ctx.recentActors = recentActors.filter((r) => r.s >= s - 3).map((r) => r.e);
    ctx.lastGroup = lastGroup && lastGroup.s === s - 1 && !(lastActor && lastActor.s === s - 1) ? lastGroup.e : null;
    ctx.lastPlural = s > 0 ? pluralOpener(doc, s - 1, bySentence, starts, texts) : null;
    const sentenceQuotes = quotesBySentence[s];
    if (sentenceQuotes?.length) ctx.speakerAt = (offset) => {
      const q = sentenceQuotes.find((x) => x.start <= offset && offset < x.end);
      return q?.speaker ? entityById.get(q.speaker) ?? null : null;
    };
    notePersons(s);
    if (!ctx.toks.length) continue;
    const triggers = findTriggers(ctx);
    if (money) addMoneyTrigger(ctx, triggers, sentenceFigures);
    if (!triggers.length && !evaluable) continue;
    const found = triggers.map((tr) => ({ tr, args: findArguments(ctx, tr) })).filter(({ tr, args }) => {
      if (sportSense(tr.entry.type, tr.entry.lemma, doc.text.slice(ctx.toks[0].start, ctx.toks[ctx.toks.length - 1].end)) && (sport ??= sportContext(doc.text))) return false;
      // "31 weitere wurden verletzt": a passive assault needs no named victim
      if (tr.entry.needRec && !args.recipients.some((r) => r.form !== 'pronoun') && !((PATIENT_TYPES.has(tr.entry.type) || tr.entry.predecessor === 'named') && isPassive(ctx, tr, ...clauseOf(ctx, tr.t0))) && !personObject(ctx, tr)) return false;
      // (a talk with a newspaper or agency is an interview, no event: "sprach mit der Deutschen Presse-Agentur")
      // "um mit X zu sprechen", "mit X gesprochen": quoting someone's words, no talks
      if (tr.entry.recByPrep) {
        const [k0, k1] = clauseOf(ctx, tr.t0);
        const ws = ctx.toks.slice(k0, k1).map((t) => t.lower);
        if (ws[0] === 'um' || (ws.includes('gesprochen') && !ws.some((w) => /^(hat|haben|hatte|hatten|habe|hätte|hätten|wurde|wurden|worden|ist|sind|war|waren)$/.test(w)))) return false;
      }
      if (tr.entry.recByPrep && !args.recipients.some((r) => r.form !== 'pronoun' && r.prep !== null && tr.entry.recPrep!.includes(r.prep) && codeActor(r.entity).sector !== 'MED')) return false;
      // (a succession names its successor or its predecessor: "An seine Stelle rückt X", with the subject after the verb)
      if (tr.entry.needActor && !args.actors.length && !(tr.entry.predecessor && predecessorOf(ctx, tr, args))) return false;
      // (a succession that names no predecessor is taking up an office: no event)
      if (tr.entry.predecessor === 'named' && !predecessorOf(ctx, tr, args)) return false;
      // a soft object condition: a body or a state decides, not a person
      if (tr.soft && !args.actors.some((a) => a.entity.type === 'ORG' || a.entity.type === 'LOC')) return false;
      if (tr.entry.advocacy && !args.recipients.length) {
        const [c0, c1] = clauseOf(ctx, tr.t0);
        for (let j = c0; j < c1; j++) if (ctx.toks[j].lower === 'für') return false;
      }
      // "bespricht man sich nicht": a generic "man" subject in the present tense describes a habit, not an event
      if (!args.actors.length && tr.entry.pos === 'verb' && tr.present) {
        const [c0, c1] = clauseOf(ctx, tr.t0);
        // (not the organisation speaking in indirect speech: "verlange man", "man werde … zusammenarbeiten", "man wolle")
        const cl = ctx.toks.slice(c0, c1).map((t) => t.lower);
        if (cl.includes('man') && !/e$/.test(ctx.toks[tr.t0].lower) && !cl.some((w) => GENERIC_BLOCK.has(w))) return false;
      }
      // "Aber man muss … helfen und ihn unterstützen", "Wir müssen Gespräche mit den Bürgermeistern führen":
      // an infinitive under an indicative modal of obligation or ability with a generic "man" or a speaking "wir"
      // is a rule or an opinion, not an event (the clause's own words only; not a participle: "muss … verhaftet worden sein";
      // not a future: "werden wir nicht zustimmen können" announces a stance; not the speaker's performative rejection or
      // censure: "müssen wir allerdings entschieden zurückweisen")
      if (tr.entry.pos === 'verb' && !tr.participle) {
        const [c0, c1] = clauseOf(ctx, tr.t0);
        let man = false, wir = false, manModal = false, wirModal = false, future = false;
        for (let j = c0; j < c1; j++) {
          const l = ctx.toks[j].lower;
          if (l === 'man') man = true;
          else if (l === 'wir') wir = true;
          else if (GENERIC_MAN_MODAL.has(l)) manModal = true;
          else if (GENERIC_WIR_MODAL.has(l)) wirModal = true;
          else if (l === 'werden' || l === 'wird' || l === 'würden' || l === 'würde') future = true;
        }
        if (!future && ((man && manModal) || (wir && wirModal && tr.entry.type !== 'REJECT' && tr.entry.type !== 'ACCUSE'))) return false;
      }
      // "hält fest: …", "hält fest, dass …": recording a statement, not holding a person
      if (tr.entry.lemma === 'festhalten' && tr.particle !== null) {
        const after = ctx.toks[tr.particle + 1];
        if (after && (after.text === ':' || (after.text === ',' && ctx.toks[tr.particle + 2]?.lower === 'dass'))) return false;
      }
      // "Werbung ist verboten", "verboten ist es, dass …": a stative participle with no actor states a standing rule
      if (tr.entry.stativeRule && !args.actors.length) {
        const [c0, c1] = clauseOf(ctx, tr.t0);
        let copula = false, dynamic = false;
        for (let j = c0; j < c1; j++) {
          const l = ctx.toks[j].lower;
          if (STATIVE_COPULA.has(l)) copula = true;
          if (DYNAMIC_AUX.has(l)) dynamic = true;
        }
        if (copula && !dynamic) return false;
      }
      // "wegen Unterstützung einer terroristischen Vereinigung angeklagt", "wegen fahrlässiger Tötung
      // verurteilt": the charge a legal act names is its content, no event of its own
      if (chargeContent(ctx, tr)) return false;
      if (tr.entry.needArg && !args.recipients.length && args.actors.length < 2) {
        const [c0, c1] = clauseOf(ctx, tr.t0);
        let refl = false;
        for (let j = c0; j < c1; j++) if (REFLEXIVES.has(ctx.toks[j].lower)) refl = true;
        if (!refl) return false;
      }
      // counts over a calendar period and a court's sessions (counts.ts)
      const [k0, k1] = clauseOf(ctx, tr.t0);
      if (countedStatistic(ctx, tr, k0, k1) || courtSession(ctx, tr, k0, k1)) return false;
      return true;
    });
    // known triggers typed by their construction (retype.ts: a body's approval AGREE, a threat as a verdict ACCUSE, …)
    for (let i = found.length - 1; i >= 0; i--) {
      const entry = retype(ctx, found[i].tr, found[i].args, sentenceFigures, found);
      if (entry) found[i].tr.entry = entry;
      else found.splice(i, 1);
    }
    // evaluations found from critic, predicate and target (evaluations.ts)
    if (evaluable) for (const x of evaluationEvents(ctx, triggers)) found.push(x);
    const selected = selectTriggers(ctx, found, triggers, timesBySentence[s] ?? []);
    // (h/evconj) two events of one type kept apart in coordinated conjuncts: a place borrowed from the other's conjunct is
    // that event's, not this one's
    for (const x of selected) {
      const p = x.args.place;
      if (!p) continue;
      const [k0, k1] = conjunctOf(ctx, x.tr.t0);
      if (p.t0 >= k0 && p.t0 < k1) continue;
      if (selected.some((o) => o !== x && o.tr.entry.type === x.tr.entry.type && p.t0 >= conjunctOf(ctx, o.tr.t0)[0] && p.t0 < conjunctOf(ctx, o.tr.t0)[1] && conjunctsApart(ctx, x.tr, o.tr, timesBySentence[s] ?? []))) x.args.place = null;
    }
    // an attribution phrase ("nach Angaben von X", "laut X") in a clause with its own event covers that clause only:
    // "erschoss X nach palästinensischen Angaben einen Palästinenser, in Hebron wurde … getötet"
    const attClause = ctx.attribution?.phrase ? ctx.toks[ctx.attribution.t0].clause : -1;
    const attBound = attClause >= 0 && selected.some(({ tr }) => ctx.toks[tr.t0].clause === attClause);
    let attributedByNext: boolean | undefined;
    for (const { tr, args } of selected) {
      if (tr.entry.predecessor) predecessorArguments(ctx, tr, args);
      comitativeActors(ctx, tr, args);
      // a capital standing for its state is no second party of the state ("Russland" … "was Moskau bestreitet")
      if (args.actors.length && args.recipients.length) args.recipients = args.recipients.filter((r) => !(r.entity.type === 'LOC' && args.actors.some((a) => a.entity.type === 'LOC' && capitalOfSameState(a.entity.name, r.entity.name))));
      const at = ctx.toks[tr.t0].start;
      const quote = quoteAt(quotesBySentence[s] ?? [], at);
      let attribution = attBound && ctx.toks[tr.t0].clause !== attClause ? null : ctx.attribution;
      // "…, sagte X, bevor er die Einigung besiegelte": a temporal clause after the speech verb is the narrator's
      if (attribution && !attribution.phrase && tr.t0 > attribution.t1 && /^(bevor|ehe|nachdem)$/.test(ctx.toks[ctx.clauses[ctx.toks[tr.t0].clause][0]].lower)) attribution = null;
      let source: string | null = attribution?.entity ?? null;
      if (quote && quote.speaker) source = quote.speaker;
      const reportedClause = reportingClause(ctx, tr);
      if (!source && reportedClause) source = reportedClause;
      const time = timeFor(ctx, tr, timesBySentence[s] ?? []);
      const actorIds = args.actors.map((m) => m.entity.id);
      // "wir"/"ich" of a quote resolved to its speaker ("Die anderen 10.000 Quadratmeter geben wir zurück"): the speaker's
      // own act is still told by the speaker (reported, as the gold codes "Wir fordern … auf"), unlike a named actor
      const namedActorIds = args.actors.filter((m) => m.form !== 'speaker').map((m) => m.entity.id);
      let modality: Modality = decideModality(ctx, tr, {
        quoted: !!quote,
        attributed: !!attribution || reportedClause !== null || (!!quote && !!quote.speaker && !namedActorIds.includes(quote.speaker)) || (attributedByNext ??= attributesPrevious(doc, s)),
        time,
        published: doc.published,
        times: timesBySentence[s],
      });
      // (an evaluation is the critic's own speech act, in indirect speech or not: asserted, or historical in the past)
      // (so is an announced threat: "werde dies Sanktionen nach sich ziehen", `said`)
      if ((isEvaluation(tr.entry) || tr.entry.said) && modality !== 'historical') modality = 'asserted';
      // (h/evpol) a handover of office told in the present announces it ("Für sie übernimmt X das Innenressort", "X gibt
      // den Parteivorsitz ab"): planned, as the gold codes a change of office that is yet to take effect
      if (tr.entry.type === 'CONCEDE' && tr.entry.predecessor === 'named' && tr.entry.pos === 'verb' && tr.present && !tr.participle && (modality === 'asserted' || modality === 'reported')) modality = 'planned';
      const trigger = {
        start: ctx.toks[tr.t0].start,
        end: ctx.toks[tr.t1 - 1].end,
        text: doc.text.slice(ctx.toks[tr.t0].start, ctx.toks[tr.t1 - 1].end),
      };
      const ev: RawEvent = {
        id: '',
        type: financialSupport(ctx, tr) ? 'AID' : tr.entry.type,
        mode: financialSupport(ctx, tr) ? null : tr.entry.mode,
        modality,
        actors: actorIds,
        recipients: args.recipients.map((m) => m.entity.id),
        place: args.place ? args.place.entity.id : null,
        time: time ? time.value : doc.published ? doc.published.slice(0, 10) : null,
        timeFromText: !!time,
        source: source && !namedActorIds.includes(source) ? source : null,
        trigger,
        sentence: s,
        mentions: [{ trigger, sentence: s, modality, source: source && !namedActorIds.includes(source) ? source : null }],
        lemma: tr.entry.lemma,
      };
      if (tr.particle !== null) ev.particle = { start: ctx.toks[tr.particle].start, end: ctx.toks[tr.particle].end, text: ctx.toks[tr.particle].text };
      if (attribution && !attribution.entity) ev.sourceText = attribution.text;
      if (lastPatient && lastPatient.s >= s - 4 && s > lastPatient.s) {
        const slot = patientNoun(ctx, tr);
        if (slot === 'actor' && !ev.actors.length) { ev.actors = [...lastPatient.ids]; actorIds.push(...lastPatient.ids); }
        else if (slot === 'recipient' && !ev.recipients.length && !ev.actors.some((id) => lastPatient!.ids.includes(id))) ev.recipients = [...lastPatient.ids];
      }
      // (persons and groups only: a country is no suspect)
      if ((ev.type === 'COERCE' || ev.type === 'ACCUSE' || ev.type === 'RETREAT') && ev.recipients.length && ev.recipients.every((id) => /^(PER|ORG)$/.test(entityById.get(id)?.type ?? ''))) lastPatient = { ids: [...ev.recipients], s };
      ev.actorCodes = actorIds.map((id) => codeOf(id));
      ev.recipientCodes = ev.recipients.map((id) => codeOf(id));
      const sen = doc.sentences[s];
      const figs = (figuresBySentence[s] ?? []).filter((f) => f.start >= sen.start && f.end <= sen.end).map((f) => f.id);
      if (figs.length) ev.figures = figs;
      events.push(ev);
      const per = actorIds.map((id) => entityById.get(id)!).find((e) => e && e.type === 'PER');
      if (per) {
        lastActor = { e: per, s };
        if (recentActors[0]?.e !== per) recentActors = [{ e: per, s }, ...recentActors.filter((r) => r.e !== per && r.s >= s - 3)];
      }
      const first = entityById.get(actorIds[0]);
      if (first && (first.type === 'ORG' || first.type === 'LOC') && !(lastGroup && lastGroup.s === s)) lastGroup = { e: first, s };
    }
  }
  return events;
}


/** A money transfer found from its arguments (money.ts) replaces a lexicon trigger on the same verb ("mit drei Millionen unterstützt": AID, not SUPPORT). */
function addMoneyTrigger(ctx: SentenceContext, triggers: Trigger[], figures: Figure[]): void {
  const m = moneyTrigger(ctx, figures, triggers);
  if (!m) return;
  for (let i = triggers.length - 1; i >= 0; i--) {
    if (triggers[i].t0 !== m.t0) continue;
    // (the lexicon knows the verb form: its participle and present flags)
    m.participle = triggers[i].participle;
    m.present = triggers[i].present;
    triggers.splice(i, 1);
  }
  triggers.push(m);
  triggers.sort((a, b) => a.t0 - b.t0);
}
