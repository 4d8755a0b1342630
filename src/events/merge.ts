/**
 * One event, many mentions: the same event (same type, same actors and recipients, compatible time and
 * modality class) told twice in a document is stored once with all its mentions.
 */
import type { EventMention } from '../doc/index.ts';
import type { RawEvent } from './extract.ts';
import { VERB_FORMS } from './lexicon.ts';
// \p{…} regexps as module constants: tsx rewrites such a literal into a `new RegExp()` on every evaluation.
const UPPER_START = /^\p{Lu}/u;
const ZU_INFINITIVE_AHEAD = /^[^,.;:!?]*\b(?:zu\s+\p{L}+|\p{Ll}+zu\p{Ll}+en)\b/u;

function key(ids: string[]): string {
  return [...ids].sort().join('|');
}

/** Times are compatible when equal, when one is missing, or when one is a prefix (2016-05 vs 2016-05-12). */
export function compatibleTime(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return a === b || a.startsWith(b) || b.startsWith(a);
}

/** Planned/hypothetical/negated mentions never merge with mentions that say the event happened. */
function modalityClass(m: string): string {
  return m === 'planned' || m === 'hypothetical' ? 'irrealis' : m === 'negated' ? 'negated' : 'realis';
}

/** Types whose participants are symmetric: "X traf Y" and "X und Y trafen sich" are the same event. */
const SYMMETRIC = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

function sameParticipants(a: RawEvent, b: RawEvent): boolean {
  // symmetric, but an event without actors ("… wurde empfangen") is not "X besuchte …" with X in the other role
  if (SYMMETRIC.has(a.type)) return a.actors.length > 0 && b.actors.length > 0 && key([...new Set([...a.actors, ...a.recipients])]) === key([...new Set([...b.actors, ...b.recipients])]);
  return key(a.actors) === key(b.actors) && (key(a.recipients) === key(b.recipients) || !a.recipients.length || !b.recipients.length);
}

const DEFINITE_BEFORE = /(?:^|[^\p{L}])(?:dem|das|des|diesem|dieses|dieser|jenem|jenes)\s+(?:\p{Ll}+\s+)?$/iu;

/**
 * "…, sagte Barrot nach dem Treffen": a definite noun trigger with no time of its own refers back to the
 * latest event of its type whose participants include its own, and is another mention of it.
 */
function anaphoricTarget(text: string, ev: RawEvent, out: RawEvent[]): RawEvent | undefined {
  const t = ev.trigger;
  if (ev.timeFromText || !UPPER_START.test(t.text) || !DEFINITE_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start))) return undefined;
  const own = new Set([...ev.actors, ...ev.recipients]);
  let latest: RawEvent | undefined;
  for (const o of out) {
    if (o.type !== ev.type || o.mentions[0].trigger.start >= t.start) continue;
    if (!latest || o.mentions[o.mentions.length - 1].trigger.start > latest.mentions[latest.mentions.length - 1].trigger.start) latest = o;
  }
  // only the latest earlier event of the type can be meant
  if (!latest || modalityClass(latest.modality) !== modalityClass(ev.modality)) return undefined;
  const theirs = new Set([...latest.actors, ...latest.recipients]);
  if (own.size) return [...own].every((id) => theirs.has(id)) ? latest : undefined;
  // no participants of its own: the same noun ("Anschlag" after "Selbstmordanschlag") or the same lexeme
  // ("nach dem Treffen" after "zusammengetroffen") must name it
  return latest.mentions.some((m) => sameNoun(m.trigger.text, t.text)) || sameLexeme(latest.lemma as string | undefined, ev.lemma as string | undefined) ? latest : undefined;
}

function sameLexeme(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.endsWith(y) || y.endsWith(x);
}

function sameNoun(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x.endsWith(y) || y.endsWith(x)) return true;
  let k = 0;
  while (k < x.length && k < y.length && x[k] === y[k]) k++;
  return k >= 7;
}

/**
 * "Das Bündnis plant am 25. September eine Kundgebung" — and the headline's "Solidaritäts-Kundgebung",
 * told without a date or tense of its own, is that scheduled rally, not one that happened. A noun mention
 * with no time of its own takes the planned modality of a mention of the same type and head noun that is
 * dated after the article's creation time (so never without a published or sign-off date).
 */
export function shareScheduledModality(events: RawEvent[], published: string | null): void {
  headlineSchedule(events);
  const day = published ? published.slice(0, 10) : null;
  if (!day) return;
  const scheduled = events.filter((e) => e.modality === 'planned' && e.timeFromText && typeof e.time === 'string' && /^\d{4}-\d{2}-\d{2}/.test(e.time) && e.time.slice(0, 10) > day);
  if (!scheduled.length) return;
  for (const ev of events) {
    if ((ev.modality !== 'asserted' && ev.modality !== 'reported') || ev.timeFromText || !UPPER_START.test(ev.trigger.text)) continue;
    const plan = scheduled.find((p) => p.type === ev.type && UPPER_START.test(p.trigger.text) && sameHead(p.trigger.text, ev.trigger.text));
    if (!plan) continue;
    ev.modality = 'planned';
    for (const m of ev.mentions) m.modality = 'planned';
    ev.time = plan.time;
  }
}

/**
 * "Beratung mit Laienorganisationen" in the headline, and the lead: "Die Bischofskonferenz trifft sich … kommender
 * Woche": a headline noun (or present-tense verb: "Merkel trifft Xi") with no time of its own, or with the lead's
 * time, summarises the lead's first event of the same type (sentences 1–4); when that is planned with a time from the
 * text, so is the headline's (works without a publication date).
 */
function headlineSchedule(events: RawEvent[]): void {
  const first = (s: number, type: string) => events.find((e) => e.type === type && e.mentions.some((m) => m.sentence === s));
  for (const ev of events) {
    if (ev.modality !== 'asserted' && ev.modality !== 'reported') continue;
    if (!ev.mentions.length || ev.mentions.some((m) => m.sentence !== 0) || !(UPPER_START.test(ev.mentions[0].trigger.text) || presentVerb(ev.mentions[0].trigger.text))) continue;
    // the lead may open with background first: its planned event may stand up to four sentences down
    const lead = first(1, ev.type) ?? first(2, ev.type) ?? first(3, ev.type) ?? first(4, ev.type);
    if (!lead || lead.modality !== 'planned' || !lead.timeFromText) continue;
    // a headline with a time of its own ("Krisentreffen … am Dienstag in Kairo") summarises the lead only when it is the
    // lead's time
    if (ev.timeFromText && ev.time !== lead.time) continue;
    ev.modality = 'planned';
    for (const m of ev.mentions) m.modality = 'planned';
    ev.time = lead.time;
  }
}

/** A present-tense verb form, not also a participle ("besucht" may be either): the headline's "Merkel trifft Xi". */
function presentVerb(text: string): boolean {
  const forms = VERB_FORMS.get(text.toLowerCase());
  return !!forms && forms.some((f) => f.present) && !forms.some((f) => f.participle);
}

/**
 * "… werden am nächsten Tag in Mariazell eintreffen, um an den Beratungen teilzunehmen": a noun event in the
 * purpose clause ("…, um … zu …") of a planned event in the same sentence is planned as well — the purpose of a
 * plan has not happened either. Only told-as-fact mentions (asserted) change.
 */
export function sharePurposeModality(events: RawEvent[], text: string): void {
  for (const ev of events) {
    if (ev.modality !== 'asserted' || !UPPER_START.test(ev.trigger.text)) continue;
    const plan = events.find((p) => p !== ev && p.modality === 'planned' && p.sentence === ev.sentence && p.trigger.end <= ev.trigger.start);
    if (!plan) continue;
    const between = text.slice(plan.trigger.end, ev.trigger.start);
    // the purpose clause opens after the plan and holds the noun, up to its zu-infinitive
    const um = between.search(/,\s+um\s/);
    if (um < 0 || /[.;:!?]/.test(between.slice(um))) continue;
    const after = text.slice(ev.trigger.end, ev.trigger.end + 80);
    if (!ZU_INFINITIVE_AHEAD.test(after)) continue;
    ev.modality = 'planned';
    for (const m of ev.mentions) m.modality = 'planned';
  }
}

/**
 * Scheduled meetings: their noun names one occasion throughout a report ("der EU-Afrika-Gipfel"); not rallies and
 * strikes, which go on or repeat ("will ihren Ausstand fortsetzen" while "sich nun im Ausstand befänden").
 */
const GATHERING_TYPES = new Set(['CONSULT']);
/** An indefinite or another occasion ("eine weitere Kundgebung", "ein neues Treffen") is not the one told before. */
const ANOTHER_BEFORE = /(?:^|[^\p{L}])(?:ein|eine|einen|einem|einer|eines|weitere[nmrs]?|neue[nmrs]?|nächste[nmrs]?|zweite[nmrs]?|erneute[nmrs]?)\s+(?:\S+\s+)?$/iu;
/** A modifier right before the noun that puts this occasion behind ("beim letzten Gipfel", "nach dem Treffen"). */
const BEHIND_BEFORE = /(?:^|[^\p{L}])(?:nach|seit|letzten|letzte|letztem|vorigen|vorige|vergangenen|vergangene|früheren|frühere|damaligen|damalige|gescheiterten|gescheiterte|abgehaltenen|abgehaltene|ersten|erste|jüngsten|jüngste|\d{4})\s+(?:\S+\s+){0,2}$/iu;

/**
 * "Einen Tag vor Beginn des EU-Afrika-Gipfels … hat der Ministerrat am Dienstag beschlossen" and, later, "Beim
 * EU-Afrika-Gipfel in Malta soll am Donnerstag …": a scheduled meeting named by the same noun as a definite
 * planned mention of the report is that occasion, still ahead, also where its own clause tells something
 * else that happened. Works without a creation time (10kGNAD articles carry none). Only a noun mention with no time
 * of its own, told as fact, not behind by its modifiers ("beim letzten Gipfel", "nach dem Treffen", "seit").
 */
export function shareOccasionModality(events: RawEvent[], text: string): void {
  const plans = events.filter((e) => e.modality === 'planned' && GATHERING_TYPES.has(e.type) && UPPER_START.test(e.trigger.text) &&
    !ANOTHER_BEFORE.test(text.slice(Math.max(0, e.trigger.start - 30), e.trigger.start)));
  if (!plans.length) return;
  for (const ev of events) {
    if ((ev.modality !== 'asserted' && ev.modality !== 'reported') || !GATHERING_TYPES.has(ev.type) || !UPPER_START.test(ev.trigger.text)) continue;
    // (a time of its own that is not the plan's dates the clause's other act: "vor Beginn des Gipfels … am Dienstag beschlossen")
    const plan = plans.find((p) => p.type === ev.type && sameOccasion(p.trigger.text, ev.trigger.text) && !(ev.timeFromText && p.timeFromText && ev.time === p.time));
    if (!plan) continue;
    if (BEHIND_BEFORE.test(text.slice(Math.max(0, ev.trigger.start - 40), ev.trigger.start))) continue;
    ev.modality = 'planned';
    for (const m of ev.mentions) m.modality = 'planned';
  }
}

/** A definite noun right after "vor" ("kurz vor dem Besuch von X", "vor der Abstimmung"). */
const VOR_DEFINITE = /(?:^|[^\p{L}])vor\s+(?:dem|der|des)\s+(?:\p{Ll}+\s+)?$/iu;

/**
 * "Kurz vor dem Besuch von Präsident Obama in Vietnam ist X entlassen worden" and, later, "Obama wird am Sonntag zu einem
 * Besuch in Hanoi erwartet": a definite noun after "vor" that names the same event as a planned mention of the report
 * (same type, same head noun, a shared actor or recipient) is that event, still ahead. "vor dem X" alone is no plan
 * ("Schon vor dem Ministerrat traten … auf" tells of a meeting held): only a planned mention elsewhere makes it one.
 */
export function shareAheadModality(events: RawEvent[], text: string): void {
  const plans = events.filter((e) => e.modality === 'planned' && UPPER_START.test(e.trigger.text) && e.actors.length + e.recipients.length > 0);
  if (!plans.length) return;
  for (const ev of events) {
    if ((ev.modality !== 'asserted' && ev.modality !== 'reported') || ev.timeFromText || !UPPER_START.test(ev.trigger.text)) continue;
    if (!VOR_DEFINITE.test(text.slice(Math.max(0, ev.trigger.start - 40), ev.trigger.start))) continue;
    const own = new Set([...ev.actors, ...ev.recipients]);
    const plan = plans.find((p) => p !== ev && p.type === ev.type && sameHead(p.trigger.text, ev.trigger.text) && [...p.actors, ...p.recipients].some((id) => own.has(id)));
    if (!plan) continue;
    ev.modality = 'planned';
    for (const m of ev.mentions) m.modality = 'planned';
  }
}

/**
 * "Er findet es nicht in Ordnung, dass sich da sieben Leute treffen" in a report of a meeting set for a day ("Ich werde am
 * Sonntag am G7-Treffen teilnehmen"): a meeting verb in the present tense (German tells a scheduled meeting in the
 * present) with no time of its own, told as fact, is that meeting, still ahead — when the report has a planned meeting
 * dated from its text. Not a past or participle form, not one with a time of its own ("heute", "am Montag" decide in
 * their clause).
 */
export function sharePresentMeeting(events: RawEvent[]): void {
  if (!events.some((e) => e.modality === 'planned' && GATHERING_TYPES.has(e.type) && e.timeFromText)) return;
  for (const ev of events) {
    if ((ev.modality !== 'asserted' && ev.modality !== 'reported') || !GATHERING_TYPES.has(ev.type) || ev.timeFromText || UPPER_START.test(ev.trigger.text)) continue;
    if (!presentVerb(ev.trigger.text)) continue;
    ev.modality = 'planned';
    for (const m of ev.mentions) m.modality = 'planned';
  }
}

/**
 * The same noun up to its genitive ending and hyphens ("EU-Afrika-Gipfels" / "EU-Afrika-Gipfel"), eight letters at
 * least; not a plural of the singular ("Sondierungsgesprächen" is a series, of which one may have been held).
 */
function sameOccasion(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/-/g, '').replace(/(es|s)$/, '');
  const x = norm(a);
  return x.length >= 8 && x === norm(b);
}

/** The same head noun, six letters at least: "Solidaritäts-Kundgebung" / "Kundgebung", not "Rede" / "Brandrede". */
function sameHead(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/-/g, '');
  const y = b.toLowerCase().replace(/-/g, '');
  const short = x.length <= y.length ? x : y;
  return short.length >= 6 && (x.endsWith(short) && y.endsWith(short));
}

/**
 * A mention's own arguments, from the event it was extracted as (one mention, one sentence): its actors, recipients and
 * place, and its time where its sentence gives one. Set once: a mention that already has them keeps them.
 */
export function ownArguments(m: EventMention, ev: RawEvent): void {
  m.actors ??= [...ev.actors];
  m.recipients ??= [...ev.recipients];
  if (m.place === undefined) m.place = ev.place;
  if (m.time === undefined) m.time = ev.timeFromText ? ev.time : null;
}

/** Spans of the document a merge may read: its sentences, and the entity mentions (names are participants, not content). */
export interface MergeContext {
  sentences: readonly { start: number; end: number }[];
  names: readonly { start: number; end: number; id: string }[];
}

/** Capitalised words of a sentence: nouns (and names, which the entity spans remove). */
const CAP_WORD = /\p{Lu}[\p{L}\p{N}-]*\p{L}/gu;
/**
 * Nouns that say nothing of what an act was about: times and dates, amounts, the telling itself ("nach Angaben", "im
 * Interview") and generic holders of a role ("die Regierung", "das Land") that name the same actor in both tellings.
 */
const GENERIC_NOUNS = new Set(('jahr jahre jahren jahres woche wochen monat monate monaten tag tage tagen tages ende anfang beginn mitte zeit uhr ' +
  'montag dienstag mittwoch donnerstag freitag samstag sonntag montagabend sonntagabend wochenende ' +
  'jänner januar februar märz april mai juni juli august september oktober november dezember ' +
  'prozent euro dollar millionen milliarden million milliarde zahl ' +
  'angaben angabe bericht berichten medienberichten interview pressekonferenz sprecher sprecherin meinung seite rahmen zusammenhang fall ' +
  'regierung land landes länder staat staaten menschen leute teil frage').split(' '));

/** A noun reduced for comparison: lower case, no hyphens, one inflectional ending off ("Sanktionen" → "sanktion"). */
function nounStem(w: string): string {
  const x = w.toLowerCase().replace(/-/g, '');
  const y = x.replace(/(?:en|es|n|s|e)$/, '');
  return y.length >= 4 ? y : x;
}

/** First compound parts too general to say two nouns name one thing ("Bundesverwaltung" / "Bundesverteidigung"). */
const GENERIC_MODIFIERS = new Set(['bundes', 'landes', 'staats', 'regierungs', 'europa', 'stadt', 'präsidentschafts', 'gemeinde', 'partei']);

/**
 * Two noun stems name the same thing: equal, one the head of the other's compound, or both begin with one long first
 * part ("Integration" / "Integrationsgesetz", "Integrationskurse" / "Integrationsgesetz"). The shared beginning must be
 * a whole compound part (all of the shorter word, or a part closed by the linker "s"), not a run of letters
 * ("Bundesver…"), and not a generic first part ("Regierungs…").
 */
function stemsMeet(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 5 && long.endsWith(short)) return true;
  let k = 0;
  while (k < short.length && short[k] === long[k]) k++;
  if (k < 9) return false;
  if (k === short.length) return !GENERIC_MODIFIERS.has(short);
  // the last linker "s" inside the shared beginning closes the first part of both words
  for (let p = k; p >= 9; p--) if (short[p - 1] === 's' && short.length - p >= 3 && long.length - p >= 3) return !GENERIC_MODIFIERS.has(short.slice(0, p)) && !GENERIC_MODIFIERS.has(short.slice(0, p - 1));
  return false;
}

interface Telling {
  /** stems of the sentence's nouns that are not names, the trigger or generic words */
  content: string[];
  /** the entities the sentence names (places and third parties are content too; the participants are not) */
  names: string[];
  /** the trigger's stem when it is a noun */
  trigger: string | null;
  /** the trigger is a compound beyond its lexicon lemma ("EU-Türkei-Gipfel", "Fährenstreik"): it names one occasion */
  specific: boolean;
  /** the sentence places the act before the told time ("hatten sich schon zuvor geeinigt") */
  earlier: boolean;
}

const ADJECTIVE_NAME = /isch(?:e[nmrs]?)?$/u;

/** Function words and adverbs that open sentences (capitalised there, no nouns). */
const SENTENCE_OPENERS = new Set(('auch aber nach seit zudem dabei dagegen damit dann denn doch eine einem einen einer eines ' +
  'erstens zweitens drittens jetzt nun noch schon bereits zuvor vorher wenn weil während warum wie unter über trotz ' +
  'diese dieser dieses diesem jene mehr viele alle einige zwar allerdings außerdem deshalb daher dort hier laut ' +
  'seitens gegen ohne beim vom zum zur').split(' '));

/** "zuvor", "vorher", "damals", "seinerzeit": the act told is an earlier occasion than the report's. */
const EARLIER = /(?:^|[^\p{L}])(?:zuvor|vorher|damals|seinerzeit)(?=$|[^\p{L}])/iu;

const SPACE = /\s/;
/** Whether text[a, b) is white space only (b > a): a loop that stops at the first other character, not a slice of
 * everything up to a name far later in the document. */
function onlySpaceBetween(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!SPACE.test(text[i])) return false;
  return true;
}

function telling(text: string, ctx: MergeContext, m: EventMention, lemma: string | undefined): Telling {
  const s = ctx.sentences[m.sentence];
  const sentence = text.slice(s.start, s.end);
  const content: string[] = [];
  const names: string[] = [];
  // (a name, not an adjective of a country or a phrase that resolves to one: "europäischer", "das Regime", "Syrische …")
  for (const n of ctx.names) if (n.start >= s.start && n.end <= s.end && UPPER_START.test(text[n.start]) && !ADJECTIVE_NAME.test(text.slice(n.start, n.end))) names.push(n.id);
  let first = true;
  for (const hit of sentence.matchAll(CAP_WORD)) {
    const start = s.start + hit.index!;
    const end = start + hit[0].length;
    const opening = first && !/\S/.test(sentence.slice(0, hit.index!));
    first = false;
    if (start === m.trigger.start || (start >= m.trigger.start && end <= m.trigger.end)) continue;
    // a name, or the word right before one ("Klubchef Robert Lugar", "die Gewerkschaft ver.di"): the participant
    if (ctx.names.some((n) => start < n.end && end > n.start || (n.start > end && onlySpaceBetween(text, end, n.start)))) continue;
    const stem = nounStem(hit[0]);
    if (GENERIC_NOUNS.has(hit[0].toLowerCase()) || GENERIC_NOUNS.has(stem) || stem.length < 4) continue;
    // the sentence's first word is capitalised whatever it is
    if (opening && SENTENCE_OPENERS.has(hit[0].toLowerCase())) continue;
    content.push(stem);
  }
  const noun = UPPER_START.test(m.trigger.text);
  const trigger = noun ? nounStem(m.trigger.text) : null;
  const specific = noun && !!lemma && m.trigger.text.replace(/-/g, '').length > lemma.length + 2;
  return { content, names, trigger, specific, earlier: EARLIER.test(sentence) };
}

/**
 * Whether a later telling can be another mention of an event on content: the two sentences share a content noun (the
 * object or theme of the act: "forderte den Freispruch" / "habe einen Freispruch beantragt") or a name that is no
 * participant (the town both threats are about), or the noun trigger of one
 * is what the other's act is about ("leitete Ermittlungen ein" / "die Ermittlungen"), or both triggers are the same
 * specific compound ("Fährenstreik"). Not the same generic trigger noun alone ("seine Forderung nach …" twice), and not a
 * telling that puts its act at an earlier occasion ("hatten sich schon zuvor geeinigt") when the other does not.
 */
function sameContent(a: Telling, b: Telling, participants: Set<string>): boolean {
  if (a.earlier !== b.earlier) return false;
  if (a.content.some((x) => b.content.some((y) => stemsMeet(x, y)))) return true;
  if (a.names.some((id) => !participants.has(id) && b.names.includes(id))) return true;
  if (a.trigger && b.content.some((y) => stemsMeet(a.trigger!, y))) return true;
  if (b.trigger && a.content.some((x) => stemsMeet(b.trigger!, x))) return true;
  return a.specific && b.specific && !!a.trigger && a.trigger === b.trigger;
}

/** Merges the mentions of one event; `text` (the document text) lets definite noun mentions refer back. */
export function mergeEvents(events: RawEvent[], text = '', published: string | null = null, ctx?: MergeContext): RawEvent[] {
  shareScheduledModality(events, published);
  if (text) sharePurposeModality(events, text);
  if (text) shareOccasionModality(events, text);
  if (text) shareAheadModality(events, text);
  sharePresentMeeting(events);
  // each mention keeps its own arguments before mentions are pooled into one event (the event's lists become the merged view)
  for (const ev of events) for (const m of ev.mentions) ownArguments(m, ev);
  const out: RawEvent[] = [];
  const tellings = new Map<EventMention, Telling>();
  const lemmaOf = new Map<EventMention, string | undefined>();
  for (const ev of events) for (const m of ev.mentions) lemmaOf.set(m, ev.lemma as string | undefined);
  const tell = (m: EventMention) => {
    let t = tellings.get(m);
    if (!t) tellings.set(m, (t = telling(text, ctx!, m, lemmaOf.get(m))));
    return t;
  };
  /**
   * Two tellings in body sentences of one actor's act are one event only when they agree on what the act was about
   * (`sameContent`): "forderte mehr Soldaten" and "verlangt eine Volksbefragung" are two demands. A headline summarises
   * (it joins on participants alone), and so do two triggers in one sentence ("kündigte Berufung an: Wir werden das
   * beeinspruchen"). Only the headline telling itself summarises: once the headline has joined a body telling, a later
   * body telling is compared with the event's body tellings ("Scholz fordert höhere Renten." does not take a later demand
   * about rents). Two named parties of a symmetric act agree on what it was about by themselves.
   */
  const agrees = (o: RawEvent, ev: RawEvent) => {
    if (!ctx || !text) return true;
    const m = ev.mentions[0];
    if (m.sentence === 0 || o.mentions.some((x) => x.sentence === m.sentence)) return true;
    const body = o.mentions.filter((x) => x.sentence !== 0);
    if (!body.length) return true;
    // two named parties of a symmetric act ("Berger traf Aydin" / "Berger und Aydin trafen sich"): the parties name the
    // occasion (another meeting of the two would differ in its time, which compatibleTime checks)
    if (SYMMETRIC.has(ev.type) && new Set([...ev.actors, ...ev.recipients]).size >= 2) return true;
    const t = tell(m);
    const participants = new Set([...o.actors, ...o.recipients, ...ev.actors, ...ev.recipients]);
    return body.some((x) => sameContent(tell(x), t, participants));
  };
  for (const ev of events) {
    const same = (o: RawEvent) =>
      o.type === ev.type &&
      sameParticipants(o, ev) &&
      compatibleTime(o.timeFromText ? o.time : null, ev.timeFromText ? ev.time : null) &&
      modalityClass(o.modality) === modalityClass(ev.modality) &&
      agrees(o, ev);
    // of symmetric candidates, one with the same actors first ("X besuchte …" joins "X's visit", not "Y empfing X")
    const target = (text ? anaphoricTarget(text, ev, out) : undefined) ?? (ev.actors.length
      ? out.find((o) => same(o) && key(o.actors) === key(ev.actors)) ?? out.find(same)
      : undefined);
    if (!target) {
      out.push(ev);
      continue;
    }
    target.mentions.push(...ev.mentions);
    if (!target.recipients.length && ev.recipients.length) {
      // never a party that is already an actor of the event ("X und Y einigten sich" + "X einigte sich dabei mit Y")
      const keep = ev.recipients.map((id, i) => [id, i] as const).filter(([id]) => !target.actors.includes(id));
      target.recipients = keep.map(([id]) => id);
      if (Array.isArray(ev.recipientCodes)) {
        const codes = ev.recipientCodes as unknown[];
        target.recipientCodes = keep.map(([, i]) => codes[i]) as typeof ev.recipientCodes;
      }
    }
    poolDetails(target, ev);
  }
  // with arguments per mention, a headline mention that names nobody can join its event without taking its arguments
  const merged = joinHeadline(out);
  merged.forEach((e, i) => (e.id = `ev${i + 1}`));
  return merged;
}

/**
 * What a joining mention adds to the event it joins: a place, source or mode the event lacks ("eröffneten das Feuer":
 * firearms), and the more specific time (a day beats a month, a mention's own time beats the publication date).
 */
function poolDetails(target: RawEvent, ev: RawEvent): void {
  target.place ??= ev.place;
  target.source ??= ev.source;
  if (!target.mode && ev.mode) target.mode = ev.mode;
  if (ev.timeFromText && ev.time && (!target.timeFromText || !target.time || ev.time.length > target.time.length)) {
    target.time = ev.time;
    target.timeFromText = true;
  }
}

/**
 * "Reisegruppe aus der Luft und vom Boden aus beschossen" (headline) and the lead "Ägyptische Sicherheitskräfte haben …
 * getötet": a headline event that names no participant is the lead's first event of its type (its first mention in
 * sentence 1 or 2), when the headline has no other event of that type and the two agree in modality class and time.
 * The headline mention keeps its own (empty) arguments; the event keeps the lead's.
 */
function joinHeadline(out: RawEvent[]): RawEvent[] {
  const gone = new Set<RawEvent>();
  for (const h of out) {
    if (h.actors.length || h.recipients.length || h.mentions.some((m) => m.sentence !== 0)) continue;
    if (out.some((o) => o !== h && o.type === h.type && o.mentions[0].sentence === 0)) continue;
    const lead = out.find((o) => o !== h && !gone.has(o) && o.type === h.type && o.mentions[0].sentence > 0);
    if (!lead || lead.mentions[0].sentence > 2) continue;
    // a lead that names nobody either ("Folgen von Hackerangriff behoben" / "Nach Behebung der Folgen eines
    // Hackerangriffs …") is the headline's event when the two name it with one word (noun or verb)
    if (!(lead.actors.length + lead.recipients.length) && !sameWord(h, lead)) continue;
    if (modalityClass(h.modality) !== modalityClass(lead.modality) || !compatibleTime(h.timeFromText ? h.time : null, lead.timeFromText ? lead.time : null)) continue;
    lead.mentions.unshift(...h.mentions);
    poolDetails(lead, h);
    lead.trigger = h.trigger;
    lead.sentence = h.sentence;
    if (h.particle) lead.particle = h.particle;
    else delete lead.particle;
    gone.add(h);
  }
  leadJoinsHeadline(out, gone);
  return gone.size ? out.filter((o) => !gone.has(o)) : out;
}

/** One word for two tellings: the same noun up to inflection and compounding ("Asylgipfel" / "Gipfel"), or one lexicon lemma. */
function sameWord(a: RawEvent, b: RawEvent): boolean {
  const la = a.lemma as string | undefined;
  const lb = b.lemma as string | undefined;
  if (la && lb && la === lb) return true;
  return UPPER_START.test(a.trigger.text) && UPPER_START.test(b.trigger.text) && sameNoun(a.trigger.text, b.trigger.text);
}

/**
 * "Berger solidarisiert sich mit Ärzten" (headline) and the lead "In einer Mitteilung solidarisierte sich der Parteichef
 * mit …": a lead event (first told in sentence 1 or 2) whose actor the lead does not name is the
 * headline's event of its type when both use one word for it, the headline has no other event of the type and the lead no
 * other of the type before it, and modality class and time agree. The lead mention keeps its own arguments.
 */
function leadJoinsHeadline(out: RawEvent[], gone: Set<RawEvent>): void {
  for (const h of out) {
    if (gone.has(h) || !h.actors.length || h.mentions[0].sentence !== 0) continue;
    if (out.some((o) => o !== h && !gone.has(o) && o.type === h.type && o.mentions[0].sentence === 0)) continue;
    const lead = out.find((o) => o !== h && !gone.has(o) && o.type === h.type && o.mentions[0].sentence > 0);
    if (!lead || lead.mentions[0].sentence > 2 || lead.actors.length || !sameWord(h, lead)) continue;
    if (modalityClass(h.modality) !== modalityClass(lead.modality) || !compatibleTime(h.timeFromText ? h.time : null, lead.timeFromText ? lead.time : null)) continue;
    h.mentions.push(...lead.mentions);
    if (!h.recipients.length && lead.recipients.length) h.recipients = lead.recipients.filter((id) => !h.actors.includes(id));
    poolDetails(h, lead);
    gone.add(lead);
  }
}
