/**
 * Quotation and speaker finder for German news (English basic).
 *
 * 1. Direct quotes from quote marks (marks.ts), classified as direct / fragment / mixed.
 * 2. Attribution of direct quotes: post-posed cue ("…“, sagte X"), colon introduction
 *    ("X sagte: „…“", "X: „…“"), a cue clause before ("X betonte, „…“"), inserted cues, and
 *    continuation (no cue: the previous speaker).
 * 3. Indirect speech: reporting verb + dass-clause / V2 complement / colon; post-posed cue
 *    ("…, sagte X."); "wie X berichtete"; "laut X", "X zufolge", "nach Angaben von X", "…, so X.";
 *    Konjunktiv-I continuation sentences.
 * 4. Speakers: subject of the cue (Vorfeld or Mittelfeld), appositions, pronouns resolved to the
 *    nearest compatible person by gender/number/salience; linked to the entity of the mention.
 *
 * This file holds the API, the Extractor's per-document state and run(), which calls the rules in order; the rules
 * are plain functions (first argument the Extractor) in modules by mechanism: cues, direct, indirect, complements,
 * speakers, sources, frames, continuation, interviews, filters, with shared word lists in shared.ts
 * (docs/quotes.md, "Code layout").
 */
import { type Doc, type Quote, type QuoteKind, span, type Span } from '../doc/index.ts';
import { loadSequenceModel, type SequenceModel, type SequenceUnit } from './sequence.ts';
import { type MentionRef, type NP, QuoteContext } from './context.ts';
import { blankAttribution, type CueInfo, cueInfoMap, cueKeyBits, DATELINE_START, startKeyBits } from './shared.ts';
import { loadSpeechModel, type SpeechModel } from './speech.ts';
import { learnSubjunctives } from './lexicon.ts';
import { findMarkedSpans, type MarkedSpan } from './marks.ts';
import { attributeDirect, continueSpeaker } from './direct.ts';
import { weakSource } from './sources.ts';
import { englishInSentence } from './complements.ts';
import { copySpeaker, indirectInSentence } from './indirect.ts';
import { dropAgentlessPassive, dropNegatedAndVerbless, dropSpeakerlessTwins, dropThingSpeakers, outerCueOwns, selfNamedIndirect, thingSpeaker } from './filters.ts';
import { colonOrInvertedDirect, demnachContinuation, frameColonTail, invertedFrame, narrativeFocus, otherViewHolder, resolveTeasers, teaserStatements } from './frames.ts';
import { datelineAt, extendBackwards, fillPrefaces, fillSandwiches, fillSpeechRuns, indicativeContinuation, proFormCue, subjunctiveContinuation } from './continuation.ts';
import { dropAskerLines, dropExplainerQuestions, fillDashTurns, fillInterviewTurns, headlinesAsTitles, tweetBlocks } from './interviews.ts';

export interface LearnedCues {
  /** lower-cased form -> precision of the form as a cue in the training data */
  forms: Map<string, number>;
  threshold: number;
}

export interface ExtractOptions {
  /**
   * 'news' (default): statements with content only (what the pipeline stores).
   * 'all': every speech/thought/writing event, also without content (for SpkAtt-style scoring).
   */
  mode?: 'news' | 'all';
  learned?: LearnedCues | null;
  /**
   * Training of the sequence model (src/quotes/sequence.ts): receives the sentence units of a German news
   * text without marks (features from the rules' output before the sequence step) and each sentence's
   * char span.
   */
  collectSequence?: (units: SequenceUnit[], spans: [number, number][]) => void;
}

/** One attribution event before it is turned into a Quote. */
export interface Attribution {
  kind: QuoteKind;
  /** Content span (chars), or null for a cue-only event. */
  content: [number, number] | null;
  cue: [number, number] | null;
  /** Token range of the cue word(s). */
  cueTok: [number, number] | null;
  source: NP | null;
  speakerEntity: MentionRef['entity'] | null;
  speakerPseudo: boolean;
  speakerName: string | null;
  addressee: MentionRef['entity'] | null;
  method: string;
  // The fields below are set on every attribution (blankAttribution), so that all of them share one
  // object shape: fields added later made V8 deoptimise the rules that read them.
  unbalanced: boolean | undefined;
  continuation: boolean | undefined;
  /** false: a direct quote inferred without quote marks (the text lost them or never had them). */
  marks: boolean | undefined;
  /** A fragment inside an indirect content that became part of a "mixed" quote. */
  absorbed: boolean;
  /** The speaker phrase a continuation took over from the statement it continues. */
  inheritedMention: NP | null;
  /** How many statements of a chain ("…, sagte X. …, fügte er hinzu.") came before this one. */
  chain: number | undefined;
  /** A continuation more than two sentences after its statement. */
  afterGap: boolean | undefined;
  /** A first-person account with a cue of its own ("Leute haben mir gesagt, dass …"): no backwards extension takes it. */
  account: boolean;
}

export function extractAttributions(doc: Doc, options: ExtractOptions = {}): Attribution[] {
  return extractWithContext(doc, options).atts;
}

/** The attributions with the context they were read from (the speaker ranker reuses its mentions and words). */
export function extractWithContext(doc: Doc, options: ExtractOptions = {}): { ctx: QuoteContext; atts: Attribution[] } {
  const mode = options.mode ?? 'news';
  const ctx = new QuoteContext(doc);
  const ex = new Extractor(ctx, mode, options.learned ?? null);
  ex.collectSequence = options.collectSequence ?? null;
  return { ctx, atts: ex.run() };
}


/** The per-document state of the rules; every rule module takes it as its first argument. */
export class Extractor {
  readonly ctx: QuoteContext;
  readonly mode: 'news' | 'all';
  readonly learned: LearnedCues | null;
  readonly cueInfo: Map<string, CueInfo>;
  /** cueKeyBits of cueInfo: a word whose key bit is unset is not in it. */
  readonly cueKeys: Int32Array;
  /** startKeyBits of cueInfo: a word whose key bit is unset is neither a cue nor an attribution phrase's opener. */
  readonly startKeys: Int32Array;
  /** Tokens inside direct quotes (content or marks). */
  readonly inQuote: Uint8Array;
  /** Tokens of quotes longer than four tokens (statements rather than names or titles). */
  readonly longQuote: Uint8Array;
  /** Tokens used as cues already. */
  readonly usedCue: Uint8Array;
  lastSpeaker: { att: Attribution; sentence: number } | null = null;
  /** Sentences that already hold a statement (indirect/continuation) — not re-attributed backwards. */
  readonly usedSentence = new Set<number>();
  /** Sentences read as the narrator's by the ambiguous-plural check: no unmarked-quote rule takes them either. */
  readonly narrated = new Set<number>();
  /** The last direct quote of the previous sentence (for "Das sagte X."). */
  prevDirect: { att: Attribution; sentence: number } | null = null;
  /** Reporting verbs of the current sentence that found no content (news mode). */
  sentenceCues: Attribution[] = [];
  pendingSpeaker: { att: Attribution; sentence: number } | null = null;
  /** Sentences with a person's reporting verb and no content ("X warnte vor der … Kultur."): a speaker block may open there. */
  readonly frameAt = new Map<number, Attribution>();
  /** The person opening the latest narrative sentence without any attribution. */
  introduced: { np: NP; sentence: number } | null = null;
  /** Which rule produced the last complement: 'post' (before ", cue X"), 'colon', 'clause' (dass/V2/…), 'wie'. */
  complementType: 'post' | 'colon' | 'clause' | 'wie' = 'clause';
  /** Persons who spoke, by the sentence of their statement (a pronoun whose referent is named far back). */
  readonly recentSpeakers: { entity: NonNullable<Attribution['speakerEntity']>; sentence: number }[] = [];

  readonly english: boolean;
  /** The document keeps its quote marks: unmarked sentences are narration, not quotes. */
  marksKept = false;
  /** The person a question-and-answer interview interviews (`qaInterviewee`), once per document. */
  qaWho: MentionRef['entity'] | null | undefined = undefined;
  /** cueAt results per token (-2 unknown, -1 none, else the end token of the cue). */
  readonly cueCache: Int32Array;
  /** Learned P(direct speech) of an unmarked sentence (src/quotes/speech.ts); null = rules alone. */
  readonly speech: SpeechModel | null = loadSpeechModel();
  /** Unmarked speech runs decoded over the sentences (src/quotes/sequence.ts); null = rules alone. */
  readonly sequence: SequenceModel | null = loadSequenceModel();
  collectSequence: ExtractOptions['collectSequence'] | null = null;

  constructor(ctx: QuoteContext, mode: 'news' | 'all', learned: LearnedCues | null) {
    this.ctx = ctx;
    this.english = ctx.doc.lang === 'en';
    this.mode = mode;
    // the document's strong Konjunktiv II forms join the Konjunktiv set before any rule reads it
    learnSubjunctives(ctx.lower);
    this.learned = learned;
    this.cueInfo = cueInfoMap(learned);
    this.cueKeys = cueKeyBits(this.cueInfo);
    this.startKeys = startKeyBits(this.cueInfo);
    this.inQuote = new Uint8Array(ctx.n);
    this.usedCue = new Uint8Array(ctx.n);
    this.longQuote = new Uint8Array(ctx.n);
    this.cueCache = new Int32Array(ctx.n).fill(-2);
  }

  run(): Attribution[] {
    const ctx = this.ctx;
    if (ctx.n === 0) return [];
    const marked = findMarkedSpans(ctx.text);
    // a text that keeps its quote marks (two or more statements in marks) needs no inference of unmarked quotes
    let longMarked = 0;
    // (quotes in the headline, a first sentence without a dateline, say nothing about the body: "Scolik: „…“ – „…“"
    // over an unmarked report)
    for (const m of marked) if (ctx.tokenAt(m.end - 1) - ctx.tokenAt(m.start) >= 4 && !(this.mode === 'news' && ctx.doc.sentences.length > 3 && ctx.sentenceOf(ctx.tokenAt(m.start)) === 0 && !DATELINE_START.test(ctx.text.slice(ctx.doc.sentences[0].start, ctx.doc.sentences[0].start + 40)))) longMarked++;
    this.marksKept = longMarked >= 2;
    const quoteAtts = new Map<number, Attribution>(); // by first token
    const direct: { m: MarkedSpan; open: number; close: number; att: Attribution }[] = [];
    for (const m of marked) {
      const open = ctx.tokenAt(m.open);
      let close = ctx.tokenAt(m.close - 1);
      if (open < 0 || close < 0) continue;
      if (ctx.toks[close].start >= m.close) close--;
      for (let k = open; k <= close; k++) this.inQuote[k] = 1;
      if (close - open - 1 > 4) for (let k = open; k <= close; k++) this.longQuote[k] = 1;
      const att = blankAttribution('direct', [m.start, m.end], 'none');
      att.unbalanced = m.unbalanced || undefined;
      direct.push({ m, open, close, att });
    }
    // attribution of direct quotes
    for (let qi = 0; qi < direct.length; qi++) {
      const { open, close, att } = direct[qi];
      // the speaker of the quote before is salient for a pronoun here ("…“, grinst er")
      const p = qi > 0 ? direct[qi - 1] : null;
      this.lastSpeaker = p && p.att.speakerEntity && p.att.kind !== 'fragment' ? { att: p.att, sentence: ctx.sentenceOf(p.close) } : null;
      attributeDirect(this, open, close, att, p);
    }
    this.lastSpeaker = null;
    // indirect speech, sentence by sentence, interleaved with continuation of direct quotes
    const out: Attribution[] = [];
    this.outAtts = out;
    let di = 0;
    const ns = ctx.doc.sentences.length;
    for (let s = 0; s < ns; s++) {
      const a = ctx.sentStart[s];
      const b = ctx.sentEnd[s];
      if (a < 0) continue;
      // direct quotes starting in this sentence
      const sentenceAtts: Attribution[] = [];
      while (di < direct.length && ctx.sentenceOf(direct[di].open) <= s) {
        const d = direct[di++];
        if (d.att.method === 'none' && d.att.kind === 'direct') continueSpeaker(this, d.att, s);
        if (d.att.kind !== 'fragment' && (d.att.speakerName || d.att.source) && !weakSource(this, d.att)) this.lastSpeaker = { att: d.att, sentence: ctx.sentenceOf(d.close) };
        quoteAtts.set(d.open, d.att);
        sentenceAtts.push(d.att);
        if (d.att.kind === 'direct') this.prevDirect = { att: d.att, sentence: ctx.sentenceOf(d.close) };
      }
      const found = this.english ? englishInSentence(this, s, a, b) : indirectInSentence(this, s, a, b);
      if (this.mode === 'news' && !this.english) outerCueOwns(this, found, a);
      for (const f of found) {
        // fragments inside an indirect content make it "mixed"
        if (f.content) {
          for (const d of sentenceAtts) {
            if (d.kind === 'fragment' && d.content && d.content[0] >= f.content[0] && d.content[1] <= f.content[1]) {
              f.kind = 'mixed';
              d.kind = 'fragment';
              d.absorbed = true;
            }
          }
        }
        if ((f.speakerName || f.source) && !weakSource(this, f)) this.lastSpeaker = { att: f, sentence: s };
        // a statement of a thing that dropThingSpeakers will remove speaks on for no one
        if (this.mode === 'news' && !this.english && !this.marksKept && thingSpeaker(this, f)) this.lastSpeaker = null;
      }
      if (s === 0 && this.mode === 'news' && !this.english && found.length === 0) found.push(...teaserStatements(this, a, b));
      const proForm = found.length === 0 && sentenceAtts.length === 0 && this.mode === 'news' && !this.english ? proFormCue(this, s, a, b, out) : null;
      if (proForm) {
        // taken by proFormCue (out, usedSentence, lastSpeaker)
      } else if (found.length === 0 && sentenceAtts.length === 0) {
        const cont: Attribution | null =
          colonOrInvertedDirect(this, s, a, b) ??
          invertedFrame(this, s, a, b) ??
          (this.mode === 'news' && (datelineAt(this, a) || (this.lastSpeaker && otherViewHolder(this, s, this.lastSpeaker.att)))
            ? null
            : demnachContinuation(this, s, a, b) ?? subjunctiveContinuation(this, s, a, b) ?? indicativeContinuation(this, s, a, b));
        if (cont) {
          found.push(cont);
          this.lastSpeaker = this.mode === 'news' && !this.marksKept && thingSpeaker(this, cont) ? null : { att: cont, sentence: s };
          // "…, dämpft sie: Lassen Sie uns …": the colon statement after an inverted frame
          const tail = cont.method === 'frame' ? frameColonTail(this, cont, b) : null;
          if (tail) {
            found.push(tail);
            this.lastSpeaker = { att: tail, sentence: s };
          }
        }
      } else if (found.length === 0 && this.mode === 'news' && !this.english && sentenceAtts.length && sentenceAtts.every((x) => x.kind === 'direct' && x.method !== 'none')) {
        // "Er sei nur ehrlich: „Wir sind überfordert.“" — a Konjunktiv clause before a quote of the same speaker
        const open = ctx.tokenAt(sentenceAtts[0].content![0]) - 1;
        if (open > a + 2 && (ctx.words[open - 1] === ':' || ctx.words[open - 1] === ',') && ctx.toks[open].sentence === s) {
          const cont = subjunctiveContinuation(this, s, a, open - 1);
          if (cont && cont.kind === 'indirect' && cont.speakerEntity && cont.speakerEntity === sentenceAtts[0].speakerEntity) found.push(cont);
        }
      }
      // a named subject of a reporting verb without content speaks next ("Katzian nannte Forderungen.")
      if (found.length === 0 && sentenceAtts.length === 0 && this.pendingSpeaker?.sentence === s) {
        this.lastSpeaker = this.pendingSpeaker;
      }
      this.pendingSpeaker = null;
      // a narrative sentence opened by a named person introduces the next speaker ("Jansrud blieb fair. …")
      if (this.mode === 'news' && !this.english) {
        if (found.length === 0 && !sentenceAtts.some((x) => x.kind !== 'fragment')) {
          const opener = narrativeFocus(this, s);
          if (opener) this.introduced = { np: opener, sentence: s };
        } else this.introduced = null;
      }
      for (const d of sentenceAtts) {
        if (d.kind !== 'fragment' || d.absorbed || !d.content) continue;
        const inner = ctx.tokenAt(d.content[1] - 1) - ctx.tokenAt(d.content[0]) + 1;
        const cueAtt = this.sentenceCues.find((c) => c.cue && c.cue[1] <= d.content![0] && (c.speakerName || c.source));
        if (inner >= 6 && cueAtt) {
          d.kind = 'mixed';
          copySpeaker(this, d, cueAtt);
          d.source = cueAtt.source;
          d.cue = cueAtt.cue;
          d.cueTok = cueAtt.cueTok;
          d.method = 'mixed-cue';
        }
      }
      this.sentenceCues = [];
      if (this.mode === 'news' && !this.english) for (const f of found) extendBackwards(this, f, s, out);
      for (const x of [...sentenceAtts, ...found]) if (x.kind !== 'fragment' && x.speakerEntity?.type === 'PER') this.recentSpeakers.push({ entity: x.speakerEntity, sentence: s });
      if (found.length || sentenceAtts.some((x) => x.kind !== 'fragment')) this.usedSentence.add(s);
      out.push(...sentenceAtts.filter((x) => !x.absorbed), ...found);
    }
    while (di < direct.length) out.push(direct[di++].att);
    if (this.mode === 'news' && !this.english) resolveTeasers(this, out);
    if (this.mode === 'news' && !this.english && !this.marksKept) fillSandwiches(this, out);
    if (this.mode === 'news' && !this.english && !this.marksKept) fillPrefaces(this, out);
    if (this.mode === 'news' && !this.english && !this.marksKept) fillInterviewTurns(this, out);
    if (this.mode === 'news' && !this.english && !this.marksKept && (this.sequence || this.collectSequence)) fillSpeechRuns(this, out);
    if (this.mode === 'news' && !this.english && !this.marksKept) fillDashTurns(this, out);
    if (this.mode === 'news' && !this.english && !this.marksKept) dropAskerLines(this, out);
    if (this.mode === 'news' && !this.english) dropExplainerQuestions(this, out);
    if (this.mode === 'news' && !this.english) headlinesAsTitles(this, out);
    if (this.mode === 'news' && !this.english && !this.marksKept) tweetBlocks(this, out);
    if (this.mode === 'news' && !this.english && !this.marksKept) selfNamedIndirect(this, out);
    if (this.mode === 'news' && !this.english && !this.marksKept) dropThingSpeakers(this, out);
    if (this.mode === 'news') dropSpeakerlessTwins(this, out);
    if (this.mode === 'news' && !this.english) dropAgentlessPassive(this, out);
    if (this.mode === 'news' && !this.english) dropNegatedAndVerbless(this, out);
    out.sort((x, y) => (x.content?.[0] ?? x.cue?.[0] ?? 0) - (y.content?.[0] ?? y.cue?.[0] ?? 0));
    return out;
  }

  /** Did the last `heisstEsSource` name no source of its own (a bare "…, hieß es.")? */
  heisstEsBare = false;

  /** The attributions of the sentences read so far (run()). */
  outAtts: Attribution[] = [];

  /** Start of the last description that resolveDescription() read as a person introduced without a name. */
  unnamedDescription = -1;

  byTitleWord: Map<string, MentionRef[]> | null = null;

  /** Index of the first mention in sentence s or later, for s = 0 … sentences (built once per document). */
  mentionFrom: Int32Array | null = null;
}


/** Turns attributions into the document's quotes[] (ids q1, q2, …). */
export function toQuotes(doc: Doc, atts: Attribution[]): Quote[] {
  const out: Quote[] = [];
  for (const a of atts) {
    if (!a.content) continue;
    const [s, e] = a.content;
    const mention = a.source ?? a.inheritedMention ?? null;
    let speakerMention: Span | null = null;
    if (mention) speakerMention = span(doc, doc.tokens[mention.start].start, doc.tokens[mention.end - 1].end);
    const q: Quote = {
      id: `q${out.length + 1}`,
      start: s,
      end: e,
      text: doc.text.slice(s, e),
      kind: a.kind,
      speaker: a.speakerEntity && !a.speakerPseudo ? a.speakerEntity.id : null,
      speakerMention: a.kind === 'fragment' && !a.cue ? null : speakerMention,
      cue: a.cue ? span(doc, a.cue[0], a.cue[1]) : null,
      addressee: a.addressee && !a.speakerPseudo && !a.addressee.id.startsWith('pseudo') ? a.addressee.id : null,
    };
    if (a.speakerName) q.speakerName = a.speakerName;
    if (a.unbalanced) q.unbalanced = true;
    if (a.continuation) q.continuation = true;
    if (a.marks === false) q.marks = false;
    q.method = a.method;
    out.push(q);
  }
  return out;
}
