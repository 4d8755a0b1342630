// Run-on statements without a cue of their own: Konjunktiv and indicative continuation, sandwiches, prefaces, backwards extension and the decoded unmarked speech runs; separate because they extend statements found by the other modules.
import type { QuoteKind } from '../doc/index.ts';
import type { Attribution, Extractor } from './extract.ts';
import { statementsBySentence } from './direct.ts';
import { documentSource, mediumSource, setSource, weakSource } from './sources.ts';
import { AGE_ARTICLES, AGE_NOUN, ALL_CAPS_LABEL, AMBIGUOUS_PLURAL, blankAttribution, BLOCK_SPEECH_P, CLAUSE_PUNCT, CLEAR_INDICATIVE, CONCESSIVE_OPEN, CONJ, CONNECTOR_COLON, DATA_NOUN, DOCUMENT_HEAD, END_PUNCT, EPISTEMIC, FRAME_BLOCK_MIN_SPEECH_P, INDICATIVE_TOO, LONG_RUN_ON_SPEECH_P, MODAL_PARTICLES, NEXT, OBLIQUE_DET, PARTICIPLE_END, PAST_NARRATION, PERFECT_PARTICIPLE, PREFACE_SPEECH_P, prefixed, PRESENT_SPEECH, PREV, RELATIVE, REPORT_NOUNS, ROLE_NOUN, RUN_ON_MIN_SPEECH_P, SANDWICH_MAX, SANDWICH_SPEECH_P, SEQ_GAP, SEQ_WINDOW, SPEECH_PARTICLE_AFTER_PAST, SUBJECT_PRONOUN, THIRD_PERSON, WEAK_K1_NOT } from './shared.ts';
import { lastContentTok, makeAtt, trimContent, v2Subjunctive } from './complements.ts';
import { introducedSpeaker, konjunktivOne, narratorSentence, openingSubject, openingSubjectAny, opinionSentence, selfPronounFrame, subordinateSubjunctiveSource } from './frames.ts';
import { ADVERBS, ARTICLES, AUXILIARIES, CUE_FORMS, FIRST_PERSON, PREPOSITIONS, PRONOUNS, reportingForm, SUBJUNCTIVE_ALL, SUBORDINATORS } from './lexicon.ts';
import type { NP } from './context.ts';
import { cueAt, runInHeading } from './cues.ts';
import { continuationOf, copySpeaker } from './indirect.ts';
import { decodeSequence, type SequenceUnit } from './sequence.ts';
import { unmarkedSentenceOf } from './interviews.ts';
import { mentionRange, resolveDescription, resolvePronoun } from './speakers.ts';
import { INDEFINITE } from './context.ts';
import { speechScoreUnit } from './speech.ts';

/**
 * Text without marks: a sentence without any attribution between two statements of the same person
 * ("Das Heer könnte … übernehmen. Die Polizei soll auch an der Grenze kontrollieren. Dies sei auch im
 * Koalitionsabkommen festgelegt.") is that person's unmarked direct statement, when it names no other
 * person, has no past-tense narration, dateline or parenthesis, and is not a title.
 */
export function fillSandwiches(ex: Extractor, out: Attribution[]): void {
  const ctx = ex.ctx;
  const bySentence = statementsBySentence(ex, out.filter((o) => !o.afterGap));
  // the one person speaking in sentence s: its statement, or, opening a block, a reporting verb of theirs
  // without content ("Peschek erklärt schlechtere Ergebnisse anders.", "X lehnt eine Aufnahme kategorisch ab.")
  const speakerOf = (s: number, opening: boolean): Attribution | null => {
    const list = bySentence.get(s);
    if (!list) return opening ? ex.frameAt.get(s) ?? null : null;
    if (list.length !== 1) return null;
    const o = list[0];
    return o.speakerEntity && o.speakerEntity.type === 'PER' && !weakSource(ex, o) ? o : null;
  };
  // an attribution with a cue of its own (not a continuation, run-on or block member)
  const ownCue = (o: Attribution) => !!o.cueTok && !o.continuation;
  const added: Attribution[] = [];
  const ns = ctx.doc.sentences.length;
  const free = (s: number) => !bySentence.has(s) && !ex.usedSentence.has(s) && !ex.narrated.has(s) && !ex.frameAt.has(s);
  for (let s = 2; s < ns - 1; s++) {
    if (!free(s)) continue;
    const before = speakerOf(s - 1, true);
    // a run of up to three sentences between two statements of the same person
    let e = s;
    while (e < ns - 1 && e - s < SANDWICH_MAX && free(e)) e++;
    const after = free(e) ? null : speakerOf(e, false);
    if (!before || !after || before.speakerEntity !== after.speakerEntity) {
      if (e > s + 1) s = e - 1;
      continue;
    }
    // a block closed on both sides by the speaker's own cues: its evidence vouches for a sentence the word
    // lists reject for one surface feature (a past form: "Das war unmittelbar nach dem Spiel.")
    const closed = ownCue(before) && ownCue(after);
    const run: [number, number][] = [];
    for (let t = s; t < e; t++) {
      const a = ctx.sentStart[t];
      const b = ctx.sentEnd[t];
      if (a < 0) break;
      const end = lastContentTok(ex, a, b);
      if (end - a < 3 || end - a > 40) break;
      let ok = true;
      // the learned classifier (src/quotes/speech.ts) may vouch for a sentence the word lists reject:
      // "Zudem war es oben etwas windig." has a past form but reads as the speaker's words
      // computed only when a word list says no (it costs a feature pass)
      let prob: number | undefined;
      const speechP = () => (prob ??= speechProb(ex, a, end, b));
      const learnedSpeech = () => speechP() >= (closed ? BLOCK_SPEECH_P : SANDWICH_SPEECH_P);
      for (let k = a; k < end && ok; k++) {
        const lw = ctx.lower[k];
        const m = ctx.mentionAt[k];
        if (m >= 0 && ctx.mentions[m].entity.type === 'PER' && ctx.mentions[m].entity !== before.speakerEntity) ok = false;
        // the speaker named in the third person ("… macht Doskozil noch einen dritten Brennpunkt") is narration
        if (m >= 0 && ctx.mentions[m].entity === before.speakerEntity && ctx.mentions[m].start === k) ok = false;
        // and so is the speaker as the pronoun subject opening a sentence with a reporting verb, a Konjunktiv I or a
        // short frame before a content clause ("Er verwies darauf, dass …", "Sie betonte …"; not a plural or polite "Sie sagen …")
        if (k === a && selfPronounFrame(ex, a, end, b, before.speakerEntity)) ok = false;
        // "STANDARD: Wo lernt man diese Kultur?" — an interview turn label: the interviewer, not the speaker
        // (not after a lower-case word: "Nur so viel: Grundsätzlich ist …" hands the word to the speaker)
        if (lw === ':' && k - a <= 3 && !(k > a && !ctx.isCap(k - 1))) ok = false;
        if ((PAST_NARRATION.has(lw) && !learnedSpeech()) || lw === '(' || ((lw === '–' || lw === '—') && k - a <= 4) || ex.inQuote[k] || ctx.isQuote(k)) ok = false;
        // a planning "sollen … werden" is the narrator's schedule
        if ((lw === 'sollen' || lw === 'soll') && plannedPassive(ex, k, b)) ok = false;
        if (!ctx.isCap(k) && CUE_FORMS.has(lw) && cueAt(ex, k, b)) ok = false;
        // "der 83-Jährige": a person described by age is the narrator's reference
        if (ageNoun(ex, k)) ok = false;
      }
      // a longer run must read as speech: present tense or first person, and not about a person
      if (ok && e - s > 1) {
        let speech = false;
        for (let k = a; k < end && ok; k++) {
          const lw = ctx.lower[k];
          const m = ctx.mentionAt[k];
          if ((m >= 0 && ctx.mentions[m].entity.type === 'PER') || THIRD_PERSON.has(lw)) ok = false;
          if (presentSpeech(ex, k, b) || FIRST_PERSON.has(lw)) speech = true;
        }
        ok &&= speech || learnedSpeech();
      }
      if (ok && narratorSentence(ex, a, end, b, before.speakerEntity)) ok = false;
      // a block opened by a bare frame carries less evidence than one opened by a statement: the learned
      // classifier vetoes a sentence it reads as clear narration ("Dem kontert X mit … . Abseits der … ist auch
      // der DualSIM-Support einzigartig.")
      if (ok && !before.content && speechP() >= 0 && speechP() < FRAME_BLOCK_MIN_SPEECH_P) ok = false;
      if (!ok) break;
      run.push([a, end]);
    }
    if (run.length === e - s) {
      for (const [a, end] of run) {
        const att = continuationOf(ex, 'direct', trimContent(ex, a, end), before);
        if (!att) continue;
        att.marks = false;
        att.method = 'sandwich';
        added.push(att);
      }
    }
    s = e - 1;
  }
  out.push(...added);
}


/**
 * Text without marks: an unattributed sentence right before a person's direct statement, right after a
 * sentence that names that person or is their statement, is their words when the learned classifier
 * reads it as speech with high confidence: "Jansrud blieb wie immer sportlich fair. Es ist schon okay,
 * wieder am Stockerl zu sein. Ich glaube, ich bin heute gleich gut gefahren, …" No person or
 * organisation named, no cue of its own, no dateline, bracket or colon.
 */
export function fillPrefaces(ex: Extractor, out: Attribution[]): void {
  const ctx = ex.ctx;
  if (!ex.speech) return;
  const bySentence = statementsBySentence(ex, out);
  const added: Attribution[] = [];
  const ns = ctx.doc.sentences.length;
  for (let s = 2; s < ns - 1; s++) {
    if (bySentence.has(s) || ex.usedSentence.has(s)) continue;
    const next = bySentence.get(s + 1);
    if (!next || next.length !== 1) continue;
    const after = next[0];
    if (after.kind !== 'direct' || after.speakerEntity?.type !== 'PER' || weakSource(ex, after)) continue;
    const a = ctx.sentStart[s];
    const b = ctx.sentEnd[s];
    const pa = ctx.sentStart[s - 1];
    if (a < 0 || pa < 0) continue;
    // an interview turn label opens the statement ("Zeidler: Sie nennen es Korsett …"): the sentence
    // before it ends the interviewer's turn
    const na = ctx.sentStart[s + 1];
    let label = false;
    for (let k = na; k >= 0 && k < Math.min(ctx.sentEnd[s + 1], na + 4); k++) if (ctx.words[k] === ':') label = true;
    if (label) continue;
    // the sentence before is about the speaker (names them) or is their statement
    const prev = bySentence.get(s - 1);
    let about = !!prev && prev.some((o) => o.speakerEntity === after.speakerEntity);
    for (let k = pa; k < a && !about; k++) {
      const m = ctx.mentionAt[k];
      if (m >= 0 && ctx.mentions[m].entity === after.speakerEntity) about = true;
    }
    if (!about) continue;
    const end = lastContentTok(ex, a, b);
    if (end - a < 2 || end - a > 40) continue;
    let ok = true;
    for (let k = a; k < end && ok; k++) {
      const lw = ctx.lower[k];
      const m = ctx.mentionAt[k];
      if (m >= 0 && (ctx.mentions[m].entity.type === 'PER' || ctx.mentions[m].entity.type === 'ORG')) ok = false;
      if (lw === '(' || lw === ':' || ((lw === '–' || lw === '—') && k - a <= 4) || ex.inQuote[k] || ctx.isQuote(k)) ok = false;
      if (!ctx.isCap(k) && CUE_FORMS.has(lw) && cueAt(ex, k, b)) ok = false;
    }
    if (!ok || speechProb(ex, a, end, b) < PREFACE_SPEECH_P) continue;
    const att = continuationOf(ex, 'direct', trimContent(ex, a, end), after);
    if (!att) continue;
    att.marks = false;
    att.method = 'preface';
    added.push(att);
    ex.usedSentence.add(s);
  }
  out.push(...added);
}


/** Word-class features of sentence s (tokens a..b) for the sequence model, from the rules' output. */
function sentenceClasses(ex: Extractor, s: number, a: number, b: number, stmts: Attribution[] | undefined): string[] {
  const ctx = ex.ctx;
  const f: string[] = [];
  // only statements with a cue of their own: the rules' continuations (run-on, sandwich, preface, …) are
  // what this model is to judge from the context, and on the gold they were tuned on they are too good
  let own = false;
  for (const o of stmts ?? []) {
    if (o.continuation) continue;
    own = true;
    f.push(o.kind === 'direct' ? 'r:direct' : o.kind === 'reported' ? 'r:reported' : 'r:indirect');
    if (o.speakerEntity?.type === 'PER') f.push('r:per-speaker');
  }
  if (!own) f.push('r:none');
  const end = lastContentTok(ex, a, b);
  if (end - a < 5) f.push('short');
  else if (end - a > 30) f.push('long');
  if (s === 0) f.push('title');
  let first = false, second = false, konj = false, past = false, present = false, per = false, org = false, third = false, cue = false, digit = false, particle = false;
  for (let k = a; k < b; k++) {
    const lw = ctx.lower[k];
    const m = ctx.mentionAt[k];
    if (m >= 0) {
      const t = ctx.mentions[m].entity.type;
      if (t === 'PER') per = true;
      else if (t === 'ORG') org = true;
    }
    if (FIRST_PERSON.has(lw)) first = true;
    else if (lw === 'du' || lw === 'dich' || lw === 'dir' || lw === 'euch' || (ctx.words[k] === 'Sie' && k > a)) second = true;
    if (SUBJUNCTIVE_ALL.has(lw) && !ctx.isCap(k)) konj = true;
    if (PAST_NARRATION.has(lw)) past = true;
    if (PRESENT_SPEECH.has(lw)) present = true;
    if (THIRD_PERSON.has(lw)) third = true;
    if (MODAL_PARTICLES.has(lw)) particle = true;
    if (/^\d/.test(lw)) digit = true;
    if (!cue && !ctx.isCap(k) && CUE_FORMS.has(lw) && cueAt(ex, k, b)) cue = true;
    if (lw === ':' && k - a <= 3) f.push(k === a + 1 && ALL_CAPS_LABEL.test(ctx.words[a]) ? 'label-caps' : 'label');
    if ((lw === '–' || lw === '—') && k - a <= 4) f.push('dash-early');
    if (lw === '(') f.push('paren');
  }
  const last = ctx.words[b - 1];
  if (last === '?') f.push('question');
  else if (last === '!') f.push('exclaim');
  else if (last === ':') f.push('colon-end');
  if (first) f.push('1st');
  if (second) f.push('2nd');
  if (konj) f.push('konj');
  if (past) f.push('past');
  if (present) f.push('present');
  if (per) f.push('per');
  if (org) f.push('org');
  if (third) f.push('third');
  if (cue) f.push('cue');
  if (digit) f.push('digit');
  if (particle) f.push('particle');
  // the classifier only where no statement with a cue of its own explains the sentence (it costs a feature pass)
  const p = own ? -1 : speechProb(ex, a, end, b);
  if (p >= 0) f.push('p:' + Math.min(4, Math.floor(p * 5)));
  return f;
}


/**
 * Text without marks: decodes every sentence as speech or narration with the sequence model and gives a
 * speech sentence that no rule attributed to the speaker of the nearest statement in the same decoded
 * run (before it, else after it); a turn label ("STANDARD: …") without statement ends the search.
 */
export function fillSpeechRuns(ex: Extractor, out: Attribution[]): void {
  const ctx = ex.ctx;
  const bySentence = statementsBySentence(ex, out);
  const ns = ctx.doc.sentences.length;
  // only sentences near a statement with a speaker can join a run that has one: the others (most
  // sentences of articles without statements) are 'far' and not looked at, which keeps the step cheap
  const speakerIn = (t: number): Attribution | null => {
    const list = bySentence.get(t);
    if (!list) return null;
    for (const o of list) if ((o.kind === 'direct' || o.kind === 'indirect' || o.kind === 'mixed') && (o.speakerName || o.speakerEntity) && !weakSource(ex, o)) return o;
    return null;
  };
  const near = new Uint8Array(ns);
  let free = false;
  for (const t of bySentence.keys()) {
    if (!speakerIn(t)) continue;
    for (let k = Math.max(0, t - SEQ_WINDOW); k <= Math.min(ns - 1, t + SEQ_WINDOW); k++) {
      near[k] = 1;
      if (!bySentence.has(k) && !ex.usedSentence.has(k)) free = true;
    }
  }
  // nothing to add: no sentence without a statement near a statement with a speaker
  if (!free && !ex.collectSequence) return;
  const base: string[][] = [];
  for (let s = 0; s < ns; s++) {
    const a = ctx.sentStart[s];
    base.push(a < 0 ? ['empty'] : near[s] ? sentenceClasses(ex, s, a, ctx.sentEnd[s], bySentence.get(s)) : ['far']);
  }
  const units: SequenceUnit[] = [];
  // context: inside an interview answer (the last turn label was a person's, "Kaiser: …") or question
  // ("STANDARD: …"), and how far back the last statement with a cue of its own is
  let turn: 'answer' | 'question' | null = null;
  let lastDirect = -1;
  let lastOwn = -1;
  for (let s = 0; s < ns; s++) {
    const emit = ['bias', ...base[s]];
    if (base[s].includes('label-caps')) turn = 'question';
    else if (base[s].includes('label') && base[s].includes('r:per-speaker')) turn = 'answer';
    if (turn) emit.push('turn:' + turn);
    if (lastDirect >= 0) emit.push('since-direct:' + Math.min(4, s - lastDirect));
    if (lastOwn >= 0) emit.push('since-own:' + Math.min(4, s - lastOwn));
    if (base[s].includes('r:direct')) lastDirect = s;
    if (!base[s].includes('r:none')) lastOwn = s;
    if (s > 0) for (const x of base[s - 1]) emit.push(prefixed(PREV, 'prev:', x));
    else emit.push('prev:none');
    if (s + 1 < ns) for (const x of base[s + 1]) emit.push(prefixed(NEXT, 'next:', x));
    else emit.push('next:none');
    const stay: string[] = [];
    for (const x of base[s]) if (x === 'label' || x === 'label-caps' || x === 'per' || x === 'cue' || x === 'r:direct' || x === 'r:indirect' || x === 'r:reported' || x === 'dash-early') stay.push(x);
    units.push({ emit, stay });
  }
  if (ex.collectSequence) {
    const spans: [number, number][] = [];
    for (let s = 0; s < ns; s++) {
      const a = ctx.sentStart[s];
      spans.push(a < 0 ? [0, 0] : [ctx.toks[a].start, ctx.toks[ctx.sentEnd[s] - 1].end]);
    }
    ex.collectSequence(units, spans);
  }
  if (!ex.sequence) return;
  const y = decodeSequence(ex.sequence, units);
  const turnLabel = (t: number) => base[t].includes('label') || base[t].includes('label-caps');
  const added: Attribution[] = [];
  for (let s = 1; s < ns; s++) {
    if (!y[s] || bySentence.has(s) || ex.usedSentence.has(s)) continue;
    if (turnLabel(s)) continue;
    let from: Attribution | null = null;
    for (let t = s - 1; t >= 0 && y[t] && !from; t--) {
      from = speakerIn(t);
      if (!from && (bySentence.has(t) || turnLabel(t))) break;
    }
    // forwards: a turn label opens another turn ("Was jetzt? Kaiser: …" — the question is the interviewer's)
    for (let t = s + 1; t < ns && y[t] && !from && !turnLabel(t); t++) {
      from = speakerIn(t);
      if (!from && bySentence.has(t)) break;
    }
    // a run without a statement of its own: the person whose statement ends at most SEQ_GAP sentences
    // before the run, when no other person is named between
    if (!from) {
      let r = s;
      while (r > 0 && y[r - 1]) r--;
      let other = false;
      for (let t = r - 1; t >= Math.max(0, r - SEQ_GAP) && !from && !other; t--) {
        if (turnLabel(t)) break;
        const o = speakerIn(t);
        if (o && o.speakerEntity?.type === 'PER') from = o;
        else if (bySentence.has(t)) break;
        else if (base[t].includes('per')) other = true;
      }
    }
    if (!from) continue;
    const att = unmarkedSentenceOf(ex, s, from, 'speech-run');
    if (att) added.push(att);
  }
  out.push(...added);
}


/** A Konjunktiv-I sentence right after reported speech continues it ("Man werde handeln."). */
export function subjunctiveContinuation(ex: Extractor, s: number, a: number, b: number): Attribution | null {
  const ctx = ex.ctx;
  let last = ex.lastSpeaker;
  // a first-person sentence right after a person was introduced by a narrative sentence (after the last
  // speaker) is that person's ("Jansrud blieb fair. … Ich glaube, ich bin gut gefahren.")
  // a Konjunktiv sentence there too ("Der Minister machte sich für Gespräche stark. Auch Ägypten müsse …"),
  // unless it names another person (then it is more likely the last speaker's statement about that person)
  let intro = introducedSpeaker(ex, s);
  if (intro) {
    let firstPerson = false;
    let otherPerson = false;
    for (let k = a; k < b; k++) {
      if (FIRST_PERSON.has(ctx.lower[k]) && !ex.inQuote[k]) firstPerson = true;
      const m = ctx.mentionAt[k];
      if (m >= 0 && ctx.mentions[m].entity.type === 'PER' && ctx.mentions[m].entity !== intro.att.speakerEntity) otherPerson = true;
    }
    // (but a person voicing a view in the narrative sentence — "X hält Y für den größten Verbündeten Zs",
    // "X sieht …", "X hofft …" — goes on in the Konjunktiv even about others)
    if (!firstPerson && otherPerson && !opinionSentence(ex, intro.sentence)) intro = null;
    // a study, report or media source just before goes on: a person merely named in the narrative sentence in
    // between ("Die Studie rechnet mit … Hundstorfer kündigte … an. Kurzfristig würde …") does not take it over
    if (intro && !firstPerson && last && s - last.sentence <= 2 && documentSource(ex, last.att) && !opinionSentence(ex, intro.sentence)) intro = null;
  }
  // "Juncker stellte es so dar, dass die Affäre nicht nur Luxemburg betreffe.": a person opening the
  // sentence with an indicative main clause is the source of the Konjunktiv in its subordinate clause
  const own = subordinateSubjunctiveSource(ex, s, a, b);
  // a person merely introduced by a narrative sentence (no statement of theirs, not the last speaker named again)
  const seedOnly = !own && !!intro && intro.att !== ex.lastSpeaker?.att ? intro.sentence : -1;
  if (own) intro = own;
  if (intro) last = intro;
  else if (!last || last.sentence < s - 3) {
    const opener = openingSubject(ex, s - 1);
    if (opener) {
      const pseudo = makeAtt(ex, 'indirect', [ctx.sentStart[s - 1], ctx.sentStart[s - 1] + 1]);
      pseudo.kind = 'indirect';
      setSource(ex, pseudo, opener, ctx.sentStart[s - 1]);
      last = { att: pseudo, sentence: s - 1 };
    }
  }
  if (!last || s - last.sentence > 3 || last.att.kind === 'fragment') return null;
  if (!last.att.speakerName && !last.att.source) return null;
  let subj = false;
  let relOnly = false;
  // a weak Konjunktiv I by its form ("verstecke") is as clear as a listed one
  let weakForm = false;
  let first = false;
  // hearsay "sollen … worden sein / gemacht haben" (a perfect infinitive at the end) is the narrator's "allegedly"
  const end = lastContentTok(ex, a, b);
  const hearsay = ex.mode === 'news' && end - a > 3 && (ctx.lower[end - 1] === 'sein' || ctx.lower[end - 1] === 'haben') && PERFECT_PARTICIPLE.test(ctx.lower[end - 2]);
  // right after a statement with a cue of its own ("…, sagte Irschik. Bis Ende 2017 sollen die Erlöse … gesteigert
  // werden") a planning "sollen … werden" may still report it; elsewhere it is the narrator's schedule
  const cued = last.sentence === s - 1 && !last.att.continuation && !!last.att.cueTok;
  // "Ob tatsächlich jeder Lkw kontrolliert werde, ließ der Minister offen": the Konjunktiv of an indirect question
  // in the Vorfeld counts only with one in the main clause after it ("Ob …, sei unklar")
  let from = a;
  if (ex.mode === 'news' && ctx.lower[a] === 'ob') {
    while (from < b && ctx.words[from] !== ',') from++;
  }
  for (let k = a; k < b; k++) {
    const lw = ctx.lower[k];
    if (ex.inQuote[k]) return null;
    if (FIRST_PERSON.has(lw)) first = true;
    if (k < from) continue;
    // epistemic "dürfte" is the narrator's estimate ("Das Projekt dürfte teurer werden"), not reported speech
    // (a plural form after "zu" is an infinitive: "um sich … nicht stellen zu müssen")
    // (weakKonjunktivOne needs a final e: tested before the call, which would come for most words of most sentences)
    if (SUBJUNCTIVE_ALL.has(lw) && !ctx.isCap(k) && !(ex.mode === 'news' && EPISTEMIC.has(lw)) && !(hearsay && lw === 'sollen') && !(lw === 'sollen' && !cued && plannedPassive(ex, k, b)) && !(AMBIGUOUS_PLURAL.has(lw) && ctx.lower[k - 1] === 'zu')) {
      if (ex.mode === 'news' && inRelativeClause(ex, k, a, b)) relOnly = true;
      else subj = true;
    } else if (ex.mode === 'news' && !subj && lw.charCodeAt(lw.length - 1) === 101 && weakKonjunktivOne(ex, k, a, b) && !inRelativeClause(ex, k, a, b)) subj = weakForm = true;
  }
  // (the finite verb of the main clause may be a Konjunktiv I by its form: "Das erlaube das Gesetz …, die … seien")
  if (relOnly && !subj && !first && from === a) subj = v2Subjunctive(ex, a, b);
  // a Konjunktiv only in a relative clause of an indicative main clause is narration ("Unter den Opfern ist ein
  // Paar, das erst geheiratet habe"), unless the main clause reports ("verspricht ein Comeback, das … werde")
  if (relOnly && !subj && !first) {
    let report = false;
    // (only with a clearly indicative main clause: "Viele Frauen, die … gekommen seien, flüchteten sich …" has a
    // weak past that is also a Konjunktiv II, and reports on)
    let indicative = false;
    for (let k = a; k < b && !report; k++) {
      report = !ctx.isCap(k) && reportingForm(ctx.lower[k]);
      if (CLEAR_INDICATIVE.has(ctx.lower[k]) && !ctx.isCap(k) && !inRelativeClause(ex, clauseLastTok(ex, k, b), a, b)) indicative = true;
    }
    if (report || !indicative) subj = true;
    else {
      ex.narrated.add(s);
      return null;
    }
  }
  if (!subj && !first && from === a) subj = v2Subjunctive(ex, a, b);
  // first person continues a direct statement whose marks are lost; Konjunktiv continues reported speech
  const prevDirect = last.att.kind === 'direct' && !(last.att.method === 'continuation' && last.att.kind !== 'direct');
  let kind: QuoteKind;
  // (a sentence opened by "Er"/"Sie" with a Konjunktiv I verb is reported speech even when it slips into the first
  // person: "Sie habe beschlossen anzutreten, weil ich überzeugt bin …")
  const reportedOpen = first && (ctx.lower[a] === 'er' || ctx.lower[a] === 'sie') && SUBJUNCTIVE_ALL.has(ctx.words[a + 1]) && konjunktivOne(ex, a + 1, a + 2);
  if (reportedOpen && s - last.sentence <= 2) kind = 'indirect';
  else if (first && (prevDirect || last.att.kind === 'indirect' || last.att.kind === 'reported' || last.att.kind === 'mixed')) kind = 'direct';
  // after a direct statement the sentences between may be its unmarked continuation: one more step
  // (three sentences after indirect speech too with an unambiguous Konjunktiv I: "Weitere Märkte seien …")
  else if (subj && !first && s - last.sentence <= (last.att.kind === 'direct' || (ex.mode === 'news' && konjunktivOne(ex, a, b)) ? 3 : 2)) kind = 'indirect';
  else return null;
  // (the checks below only for a Konjunktiv continuation: they cost a pass over the sentence)
  // a form that is also indicative ("wollten", "sollten", "gingen") with another person named is narration about
  // that person ("Auf Quotenziele wollten sich X und seine Kollegen nicht festlegen"), not the last speaker's words
  if (kind === 'indirect' && ex.mode === 'news') {
    // a person only introduced by narration ("Auch X leistete seinen Beitrag.") goes on only in an unambiguous
    // Konjunktiv: a form that is also indicative ("sollten", "müssen", "gingen", the past-equal "hielten"), the
    // epistemic "könnte" or a plural in "-en" is the narrator's next sentence ("Neue Formate sollten … ansprechen"),
    // unless the narrative sentence itself voiced a view or a demand ("Er fordert mehr Kurse. … sollten …")
    if (seedOnly >= 0 && !weakForm && !clearIntroKonjunktiv(ex, from, b) && !v2Subjunctive(ex, a, b) && !voicedSentence(ex, seedOnly)) {
      ex.narrated.add(s);
      return null;
    }
    let clear = false;
    let clearForm = weakForm;
    let other = false;
    for (let k = from; k < b; k++) {
      const lw = ctx.lower[k];
      if (SUBJUNCTIVE_ALL.has(lw) && !ctx.isCap(k) && !INDICATIVE_TOO.has(lw)) clear = true;
      // (a pronoun subject takes up someone inside the statement: "Nehmt sie … . Sie sollen den Preis bezahlen.")
      if (SUBJUNCTIVE_ALL.has(lw) && !ctx.isCap(k) && (!AMBIGUOUS_PLURAL.has(lw) || ctx.lower[k - 1] === 'sie' || ctx.lower[k + 1] === 'sie')) clearForm = true;
      const mi = ctx.mentionAt[k];
      if (mi >= 0 && ctx.mentions[mi].entity.type === 'PER' && ctx.mentions[mi].entity !== last.att.speakerEntity && !ex.inQuote[k]) other = true;
    }
    if (!clear && other && !v2Subjunctive(ex, a, b)) return null;
    // a plural "sollen"/"müssen"/"gelten"/"gingen" is also indicative: as the only Konjunktiv it continues a
    // statement only right after one with a cue of its own ("…, sagte X. Die Bürger sollen …"); after a narrated
    // sentence or at the end of a chain of continuations it is the narrator's ("Die Bauarbeiten sollen im Sommer
    // anlaufen"), unless the next sentence goes on in an unambiguous Konjunktiv I (then it sits inside the statement)
    if (!clearForm && !first && (s - last.sentence >= 2 || last.att.continuation) && !v2Subjunctive(ex, a, b)) {
      const na = s + 1 < ctx.sentStart.length ? ctx.sentStart[s + 1] : -1;
      if (na < 0 || !konjunktivOne(ex, na, ctx.sentEnd[s + 1])) {
        ex.narrated.add(s);
        return null;
      }
    }
  }
  // the speaker named by name in the sentence is narration about them ("Lieber hätte Mahrer einen Neubau",
  // "… wollte Pfeiffer nicht aufbringen, zumal … werde"), not their words
  // (unless a reporting verb is there: "Faymann sagte, auch Länder … würden", "Katzian geht davon aus, dass …")
  let cueWord = false;
  // or a content clause after the name's frame ("Katzian geht davon aus, dass …", "X vertrat die Auffassung, falls …")
  for (let k = a; k < b && !cueWord; k++) cueWord = (!ctx.isCap(k) && reportingForm(ctx.lower[k])) || (ctx.words[k] === ',' && (ctx.lower[k + 1] === 'dass' || ctx.lower[k + 1] === 'falls' || ctx.lower[k + 1] === 'ob'));
  // (only without a Konjunktiv I: reported speech names its speaker in the third person, "Sardana sei … diskriminiert worden")
  if (ex.mode === 'news' && kind === 'indirect' && !cueWord && last.att.speakerEntity?.type === 'PER' && !konjunktivOne(ex, a, b)) {
    const [mf, mt] = mentionRange(ex, s, s);
    for (let mi = mf; mi < mt; mi++) {
      const m = ex.ctx.mentions[mi];
      if (m.entity === last.att.speakerEntity && !ex.inQuote[m.start] && !m.pseudo) return null;
    }
  }
  const cont = continuationOf(ex, kind, trimContent(ex, a, lastContentTok(ex, a, b)), last.att);
  // (one that far after indirect speech does not frame sandwiches: the narration between stays narration)
  if (cont && s - last.sentence > 2 && last.att.kind !== 'direct') cont.afterGap = true;
  return cont;
}


/**
 * A Konjunktiv in [a, b) that no reader takes for an indicative or for the narrator's own estimate: not a form that
 * is also indicative ("sollten", "müssen", "gingen"), not a plural in "-en" without umlaut that equals the past or
 * present ("hielten", "ließen"; "seien" is clear), not the epistemic "könnte(n)"/"dürfte(n)".
 */
function clearIntroKonjunktiv(ex: Extractor, a: number, b: number): boolean {
  const ctx = ex.ctx;
  for (let k = a; k < b; k++) {
    const lw = ctx.lower[k];
    if (ctx.isCap(k) || ex.inQuote[k] || !SUBJUNCTIVE_ALL.has(lw)) continue;
    if (INDICATIVE_TOO.has(lw) || EPISTEMIC.has(lw) || lw === 'könnte' || lw === 'könnten' || ctx.lower[k - 1] === 'zu') continue;
    if (lw.endsWith('en') && lw !== 'seien' && !/[äöü]/.test(lw)) continue;
    return true;
  }
  return false;
}


/**
 * Narrative sentence s voices its subject's view or demand: an opinion verb right after the opening subject ("X hält
 * … für", "X sieht …", not the reflexive "X sieht sich … entmachtet") or a reporting verb in it ("Er fordert …").
 */
function voicedSentence(ex: Extractor, s: number): boolean {
  const ctx = ex.ctx;
  const a = ctx.sentStart[s];
  const b = ctx.sentEnd[s];
  if (opinionSentence(ex, s)) {
    const np = openingSubject(ex, s);
    if (np && ctx.lower[np.end + 1] !== 'sich') return true;
  }
  for (let k = a; k < b; k++) if (!ctx.isCap(k) && !ex.inQuote[k] && reportingForm(ctx.lower[k])) return true;
  return false;
}


/**
 * "…, dass es sich um Jäger handelt, und nimmt die Jäger in Schutz: …": ", und" + an indicative finite verb after
 * a subordinate clause goes back to the main clause (its subject is the cue's), so the content clause ends before
 * the comma. Returns that comma, or `end`.
 */
export function coordinatedMainClause(ex: Extractor, from: number, end: number): number {
  const ctx = ex.ctx;
  for (let k = from; k + 2 < end; k++) {
    if (ctx.words[k] !== ',' || (ctx.lower[k + 1] !== 'und' && ctx.lower[k + 1] !== 'oder')) continue;
    const w = ctx.lower[k + 2];
    if (ctx.isCap(k + 2) || ctx.isPunct(k + 2) || ADVERBS.has(w) || ARTICLES.has(w) || PRONOUNS.has(w) || PREPOSITIONS.has(w) || SUBORDINATORS.has(w) || RELATIVE.has(w) || w === 'zwar' || w === 'zu') continue;
    if (SUBJUNCTIVE_ALL.has(w) || !/(?:t|en|te|ten)$/.test(w) || /^(?:ge|zu)/.test(w) && /t$/.test(w)) continue;
    return k;
  }
  return end;
}


/**
 * A weak Konjunktiv I by its form in a finite slot ("zu 99 Prozent stimme alles", "… in der Gemeinde Seekirchen
 * funktioniere gut", "Das erlaube das Gesetz"): a lower-case "-e" form (not the "-te" past) right after a noun,
 * a name or a third-person pronoun, before a lower-case word, in a sentence without "ich".
 */
export function weakKonjunktivOne(ex: Extractor, k: number, a: number, b: number): boolean {
  const ctx = ex.ctx;
  const w = ctx.lower[k];
  if (k <= a || k + 1 >= b || ctx.isCap(k) || w.length < 5 || w.charCodeAt(w.length - 1) !== 101 /* e */ || !/[^aeiouäöü]e$/.test(w) || (w.endsWith('te') && !/(?:eite|iete)$/.test(w))) return false;
  // (present participles "schreiende", "folgende" are adjectives; the rare "-ende" verbs are left out)
  if (WEAK_K1_NOT.has(w) || w.endsWith('weise') || w.endsWith('jenige') || w.endsWith('ende') || ADVERBS.has(w) || ARTICLES.has(w) || PREPOSITIONS.has(w) || SUBORDINATORS.has(w) || PRONOUNS.has(w) || CONJ.has(w) || RELATIVE.has(w) || INDEFINITE.has(w) || (AUXILIARIES.has(w) && !SUBJUNCTIVE_ALL.has(w))) return false;
  const p = ctx.lower[k - 1];
  const subjectBefore = (ctx.isCap(k - 1) && !ctx.isPunct(k - 1) && k - 1 > a) || /^(?:er|es|man|das|dies|sie)$/.test(p);
  if (!subjectBefore || ctx.isCap(k + 1) || ctx.isPunct(k + 1) || ctx.isQuote(k + 1)) return false;
  // (an attributive adjective stands before a noun: "das neue Gesetz")
  if (ctx.isAdj(k + 1) && ctx.isCap(k + 2)) return false;
  for (let m = a; m < b; m++) if (ctx.lower[m] === 'ich' || ctx.lower[m] === 'wir') return false;
  return true;
}


/** The last token of the clause that token k stands in (before the next clause punctuation). */
function clauseLastTok(ex: Extractor, k: number, b: number): number {
  const ctx = ex.ctx;
  let e = k;
  while (e + 1 < b && !CLAUSE_PUNCT.has(ctx.words[e + 1])) e++;
  return e;
}


/**
 * A verb-final form in a relative clause ("…, das erst vor zwei Wochen geheiratet habe", "Spiele, die er verloren
 * hätte, …", "…, mit denen sie … gesprochen habe"): its Konjunktiv belongs to the clause's own report and does not
 * make the main clause a continuation of someone's statement. (", die Ausgaben könnten steigen" is verb-second,
 * a main clause after an article, and stays.)
 */
function inRelativeClause(ex: Extractor, k: number, a: number, b: number): boolean {
  const ctx = ex.ctx;
  // the finite verb closes the clause ("bestohlen haben sollen"), or its first conjunct ("bedrohe und … nutze")
  if (k + 1 < b && !CLAUSE_PUNCT.has(ctx.words[k + 1]) && !(ex.mode === 'news' && (ctx.lower[k + 1] === 'und' || ctx.lower[k + 1] === 'oder'))) return false;
  let c = k - 1;
  while (c > a && !CLAUSE_PUNCT.has(ctx.words[c])) c--;
  if (c <= a || ctx.words[c] !== ',') return false;
  let r = c + 1;
  if (PREPOSITIONS.has(ctx.lower[r]) && RELATIVE.has(ctx.lower[r + 1])) r++;
  // (an article before a noun or adjective opens a main clause: "…, die Regierung unterstützen würden")
  if (!RELATIVE.has(ctx.lower[r]) || r >= k - 1 || ctx.isNominal(r + 1) || ctx.isAdj(r + 1)) return false;
  // "…, das sei." and "…, die Lage sei." are main clauses in the second position
  return !(k === r + 2 && ctx.isCap(r + 1));
}


/**
 * Planning "sollen" with a passive infinitive closing its clause ("Bis dahin sollen Bodenvorrichtungen geschaffen
 * werden", "sollen sie ab 2023 alle fünf Jahre überprüft werden"): a schedule told by the narrator, indicative
 * plural, not a Konjunktiv that continues someone's statement.
 */
function plannedPassive(ex: Extractor, k: number, b: number): boolean {
  if (ex.mode !== 'news') return false;
  const ctx = ex.ctx;
  let e = k + 1;
  while (e < b && !CLAUSE_PUNCT.has(ctx.words[e])) e++;
  return e - k >= 3 && ctx.lower[e - 1] === 'werden' && !ctx.isCap(e - 2) && PARTICIPLE_END.test(ctx.lower[e - 2]);
}


/** A present-tense verb that makes a sentence read as speech, but not a planning "soll(en) … werden". */
function presentSpeech(ex: Extractor, k: number, b: number): boolean {
  const lw = ex.ctx.lower[k];
  if (!PRESENT_SPEECH.has(lw)) return false;
  return !((lw === 'sollen' || lw === 'soll') && plannedPassive(ex, k, b));
}


/** P(the tokens a..end, plus a final ?/! at b-1, are a speaker's words), or -1 without a model or in English. */
function speechProb(ex: Extractor, a: number, end: number, b: number): number {
  // trained on German: no opinion on English text
  if (!ex.speech || ex.english) return -1;
  const ctx = ex.ctx;
  const words: string[] = [];
  const person: boolean[] = [];
  const last = Math.max(end, b - 1 >= end && (ctx.words[b - 1] === '?' || ctx.words[b - 1] === '!') ? b : end);
  for (let k = a; k < last; k++) {
    if (ctx.isQuote(k)) continue;
    const m = ctx.mentionAt[k];
    words.push(ctx.words[k]);
    person.push(m >= 0 && ctx.mentions[m].entity.type === 'PER');
  }
  return speechScoreUnit(ex.speech, { words, person });
}


/**
 * An unmarked direct quote often runs on over several sentences without a cue of their own (10kGNAD lost
 * the marks): "Wir sind zu allen gleich streng, so X. Alleingänge verschieben die Probleme. Sie führen zu
 * keinen Lösungen." A sentence right after a direct statement continues it when it reads like speech,
 * not narration: no person named or described in it, no past-tense narration, and a present-tense
 * auxiliary or modal, a modal particle, or a question/exclamation. At most three such sentences.
 */
export function indicativeContinuation(ex: Extractor, s: number, a: number, b: number): Attribution | null {
  const ctx = ex.ctx;
  const last = ex.lastSpeaker;
  if (ex.marksKept) return null;
  // not after a title/teaser (sentence 0): the article body starts there
  // a reporting verb without content closing the sentence before ("X zeigte sich enttäuscht.") announces a statement
  const cueOnly = !!last && last.sentence === s - 1 && !last.att.content && !!last.att.cueTok && last.att.speakerEntity?.type === 'PER';
  if (ex.mode !== 'news' || !last || s < 2 || last.sentence !== s - 1 || (!ex.usedSentence.has(s - 1) && !cueOnly) || ex.narrated.has(s)) return null;
  // after a direct statement; after "Laut X (a person) …"; a short punchline after indirect speech ("Mehr geht nicht mehr.")
  // "Denn …" opening the sentence right after a statement gives the speaker's reason (a narrator seldom opens with it)
  // (after a person's statement; not with a third-person word: "Denn damit ist seiner Ansicht nach …" is narration about him)
  let dennOpen = ctx.lower[a] === 'denn' && !ex.inQuote[a] && last.att.kind !== 'fragment' && last.att.speakerEntity?.type === 'PER';
  // "Denn: …", "Nur: …", "Und: …" — a connector and a colon opening the sentence right after a person's statement
  // hand the word back to that person (the narrator's device for the next quote); the statement starts after the colon
  const connectorColon = dennOpen || (CONNECTOR_COLON.has(ctx.lower[a]) && !ex.inQuote[a] && last.att.kind !== 'fragment' && last.att.speakerEntity?.type === 'PER');
  const colonOpen = connectorColon && ctx.words[a + 1] === ':' && b - a > 4;
  if (colonOpen) {
    dennOpen = true;
    a += 2;
  }
  for (let k = a + 1; dennOpen && k < b; k++) if (THIRD_PERSON.has(ctx.lower[k])) dennOpen = false;
  // "Das sei zwar keine gefahrlose Strategie, … . Aber es ist auch keine richtige Strategie, …": a statement with
  // "zwar" announces its "aber" half, and the sentence that opens with it is the same speaker's
  let concessive = CONCESSIVE_OPEN.has(ctx.lower[a]) && !ex.inQuote[a] && (last.att.kind === 'direct' || last.att.kind === 'indirect') && last.att.speakerEntity?.type === 'PER' && tokenIn(ex, last.att.content, 'zwar');
  for (let k = a + 1; concessive && k < b; k++) if (THIRD_PERSON.has(ctx.lower[k])) concessive = false;
  let longAfterPost = false;
  const after =
    cueOnly ||
    dennOpen ||
    concessive ||
    last.att.kind === 'direct' ||
    (last.att.kind === 'reported' && last.att.method === 'laut' && last.att.speakerEntity?.type === 'PER') ||
    (last.att.kind === 'indirect' && lastContentTok(ex, a, b) - a <= 5) ||
    // a longer present-tense sentence after a statement with a post-posed cue ("…, sagte X am Donnerstag.
    // Es geht immer leicht auf und ab."), checked by the learned classifier below
    (longAfterPost = last.att.kind === 'indirect' && !!last.att.cue && !!last.att.content && last.att.cue[0] >= last.att.content[1] && last.att.method === 'verb' && lastContentTok(ex, a, b) - a <= 16) ||
    // a demonstrative verdict on the reported content: "Das ist aus rechtlicher Sicht nicht tragbar.",
    // "Dies ist in keinem Fall zulässig." (a copula right after "Das"/"Dies", at most eight words)
    ((last.att.kind === 'indirect' || last.att.kind === 'reported') &&
      (ctx.lower[a] === 'das' || ctx.lower[a] === 'dies') &&
      (ctx.lower[a + 1] === 'ist' || ctx.lower[a + 1] === 'wäre' || ctx.lower[a + 1] === 'sei') &&
      lastContentTok(ex, a, b) - a <= 8);
  if (!after) return null;
  if (!last.att.speakerName && !last.att.source) return null;
  // a commentary's generalisation with the generic "man" ("… findet man immer öfter in Gegenden, wo …") is the
  // author's voice, and so is the present-tense verdict after it
  if (!last.att.speakerName && last.att.source?.pronoun && ctx.lower[last.att.source.start] === 'man') return null;
  // a country or a news medium reports events, and the present-tense sentence after it is the reporter's
  // ("…, meldete die Nachrichtenagentur Anadolu. Die Straßensperren werden nun von der Polizei aufrechterhalten.")
  // (a "country" that speaks in the first person is a misread name: "die Seite Eurogamer")
  if (last.att.speakerEntity?.type === 'LOC' && !firstPersonIn(ex, last.att.content)) return null;
  if (last.att.speakerEntity && last.att.speakerEntity.type !== 'PER' && mediumSource(ex, last.att)) {
    let demnach = false;
    for (let k = a; k < b && !demnach; k++) demnach = ctx.lower[k] === 'demnach' || (SUBJUNCTIVE_ALL.has(ctx.lower[k]) && !ctx.isCap(k));
    if (!demnach) return null;
  }
  const chain = last.att.chain ?? 0;
  if (chain >= 3) return null;
  let end = lastContentTok(ex, a, b);
  // "… personeller Art. (nim, krud)" — author initials after the sentence
  if (ctx.words[end - 1] === ')') {
    let o = end - 1;
    while (o > a && ctx.words[o] !== '(') o--;
    if (o > a + 2) end = lastContentTok(ex, a, o);
  }
  // (one word only as an exclamation: "Großartig!")
  if ((end - a < 2 && !(end - a === 1 && ctx.words[b - 1] === '!' && ctx.isCap(a))) || end - a > 40) return null;
  let speechLike = END_PUNCT.has(ctx.words[b - 1]) && (ctx.words[b - 1] === '?' || ctx.words[b - 1] === '!');
  for (let k = a; k < end; k++) {
    const lw = ctx.lower[k];
    if (ex.inQuote[k] || ctx.isQuote(k)) return null;
    const m = ctx.mentionAt[k];
    // persons and organisations named, a dateline ("Wien – …"), a cue of its own: narration or another source
    if (m >= 0 && (ctx.mentions[m].entity.type === 'PER' || ctx.mentions[m].entity.type === 'ORG')) {
      // after "X zeigte sich enttäuscht." a role description inside the statement ("die der Präsident gemacht hat") is no narration
      // (a name as the object of a pronoun subject is what the speaker talks about, not a new subject that
      // speaks or acts: "Aber sie wollen einen Boateng nicht als Nachbarn haben.")
      if (!(cueOnly && k > a + 2 && ARTICLES.has(ctx.lower[k - 1]) && ROLE_NOUN.test(lw)) && !dennOpen && !(concessive && ctx.mentions[m].entity.type === 'ORG') && !obliqueMention(ex, m, a, end)) return null;
    }
    if ((lw === '–' || lw === '—') && k - a <= 4) return null;
    // (after "Denn:" a cue form gave no statement of its own: "Denn: Derzeit sind andere Staaten gefordert.")
    if (!ctx.isCap(k) && !colonOpen && CUE_FORMS.has(lw) && cueAt(ex, k, b)) return null;
    // (a longer sentence: no reporting verb at all, also not the sentence-initial "Zitiert wird …")
    if (longAfterPost && k === a && reportingForm(lw)) return null;
    // (a past form with a speech particle right after it is the speaker's: "Das Zentrum war ja schon letzten Sommer in Betrieb.")
    if (PAST_NARRATION.has(lw) && !(SPEECH_PARTICLE_AFTER_PAST.has(ctx.lower[k + 1]) && k + 1 < end)) return null;
    // a planning "sollen … werden" is the narrator's schedule
    if ((lw === 'sollen' || lw === 'soll') && plannedPassive(ex, k, b)) return null;
    // "Es dürfte aber … kommen": the narrator's epistemic Konjunktiv II
    if (EPISTEMIC.has(lw) && !ctx.isCap(k)) return null;
    if (ctx.isCap(k) && k > a && !(cueOnly && k > a + 2) && ROLE_NOUN.test(lw) && ARTICLES.has(ctx.lower[k - 1]) && !(k >= 2 && ctx.isCap(k - 2) && k - 2 >= a)) {
      // a person described ("der Trainer") is narration; "der Todesopfer" (a genitive plural) is not
      const d = ctx.npAt(k - 1, end);
      if (d && resolveDescription(ex, d)) return null;
    }
    // (a colon before a short punchline stays in the statement: "Die Lösung ist auch immer: Geld.")
    if (lw === '(' || (lw === ':' && end - k > 3)) return null;
    // "…, will er die Beihilfe streichen": the speaker in the third person is narration about him
    if ((lw === 'er' || (lw === 'sie' && ctx.words[k] === 'sie')) && last.att.speakerEntity) {
      const ante = resolvePronoun(ex, { start: k, end: k + 1, mention: null, pronoun: true, dative: false }, k);
      if (ante?.entity === last.att.speakerEntity) return null;
    }
    if (!ctx.isCap(k) || k === a) {
      if (presentSpeech(ex, k, b) || MODAL_PARTICLES.has(lw)) speechLike = true;
    }
  }
  // a person described at the start ("Der 53-jährige Deutsche …") is narration
  const np0 = ctx.npAt(a, end);
  if (np0 && !np0.pronoun && ROLE_NOUN.test(ctx.lower[np0.end - 1]) && ctx.isCap(np0.end - 1) && ARTICLES.has(ctx.lower[a]) && resolveDescription(ex, np0)) return null;
  if (!speechLike && !dennOpen && !concessive) return null;
  if (narratorSentence(ex, a, end, b, last.att.speakerEntity)) return null;
  // the learned classifier vetoes sentences it reads as clear narration ("Seit 2010 ist die Zahl der
  // Rechtssachen … gesunken", "Gablitz und Mauerbach kommen nicht zu Tulln"): the word lists above
  // take them for speech because of a present-tense verb
  const p = speechProb(ex, a, end, b);
  if (p >= 0 && p < RUN_ON_MIN_SPEECH_P) return null;
  if (longAfterPost && lastContentTok(ex, a, b) - a > 5 && !(p >= LONG_RUN_ON_SPEECH_P)) return null;
  const att = continuationOf(ex, 'direct', end - a === 1 ? [ctx.toks[a].start, ctx.toks[a].end] : trimContent(ex, a, end), last.att);
  if (!att) return null;
  att.marks = false;
  att.chain = chain + 1;
  att.method = 'run-on-quote';
  return att;
}


/**
 * The mention m is the accusative or dative object of a sentence [a, end) whose subject is a personal pronoun
 * before it ("Aber sie wollen einen Boateng nicht als Nachbarn haben."): no new subject that speaks or acts.
 * (Names in prepositional phrases and genitives were measured and left: on unannotated reports they let
 * narration in, "Für Schlusslicht Hannover 96 wird die Luft …", "… die Pressekonferenzen des DFB verfolgen".)
 */
function obliqueMention(ex: Extractor, m: number, a: number, end: number): boolean {
  const ctx = ex.ctx;
  const ref = ctx.mentions[m];
  const s0 = ref.start;
  if (s0 <= a + 1 || ref.end > end || !OBLIQUE_DET.has(ctx.lower[s0 - 1])) return false;
  // the subject is a personal pronoun before the name ("sie wollen einen Boateng …"): the speaker's own sentence shape
  for (let k = a; k < s0 - 1; k++) if (SUBJECT_PRONOUN.has(ctx.words[k]) || (k === a && SUBJECT_PRONOUN.has(ctx.lower[k]))) return true;
  return false;
}


/** A first-person subject pronoun ("ich", "wir") among the tokens [from, to). */
/** A first-person object pronoun ("mir", "mich", "uns") in [from, to), before any comma or colon. */
export function firstPersonObject(ex: Extractor, from: number, to: number, b: number): boolean {
  const ctx = ex.ctx;
  for (let k = from; k < Math.min(to, b); k++) {
    const w = ctx.words[k];
    if (w === ',' || w === ':' || ctx.isQuote(k)) return false;
    if (w === 'mir' || w === 'mich' || w === 'uns') return true;
  }
  return false;
}


export function firstPersonSubject(ex: Extractor, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ex.ctx.lower[k] === 'ich' || ex.ctx.lower[k] === 'wir') return true;
  return false;
}


/** Token k is the noun of an age description with its article: "der 83-Jährige", "dem 45-Jährigen". */
function ageNoun(ex: Extractor, k: number): boolean {
  const ctx = ex.ctx;
  return k >= 3 && ctx.isCap(k) && AGE_NOUN.test(ctx.lower[k]) && ctx.words[k - 1] === '-' && /^\d+$/.test(ctx.words[k - 2]) && AGE_ARTICLES.has(ctx.lower[k - 3]);
}


/** The lower-cased word `w` among the tokens of the character span `c` (outside quotation marks). */
function tokenIn(ex: Extractor, c: [number, number] | null, w: string): boolean {
  const ctx = ex.ctx;
  if (!c) return false;
  for (let k = ctx.tokenAt(c[0]); k >= 0 && k < ctx.n && ctx.toks[k].start < c[1]; k++) if (ctx.lower[k] === w && !ctx.isQuote(k)) return true;
  return false;
}


/** A first-person word inside the character span `c`. */
export function firstPersonIn(ex: Extractor, c: [number, number] | null): boolean {
  const ctx = ex.ctx;
  if (!c) return false;
  for (let k = ctx.tokenAt(c[0]); k >= 0 && k < ctx.n && ctx.toks[k].start < c[1]; k++) if (FIRST_PERSON.has(ctx.lower[k]) && !ctx.isCap(k)) return true;
  return false;
}


/** The sentence at `a` opens with a dateline ("Wien – …", "Bad Ischl - …"): the body's lead, no one's continuation. */
export function datelineAt(ex: Extractor, a: number): boolean {
  const ctx = ex.ctx;
  for (let k = a; k < a + 3 && k < ctx.n; k++) {
    if (!ctx.isCap(k) || ctx.isPunct(k)) return false;
    const w = k + 1 < ctx.n ? ctx.words[k + 1] : '';
    if ((w === '–' || w === '-' || w === '—') && k + 2 < ctx.n && ctx.isCap(k + 2)) return true;
  }
  return false;
}


/**
 * "So sagt es der Premier." / "Das sagte X." — a short sentence of a pro-form, a reporting verb and a named
 * speaker attributes the sentence before it (when that has no statement of its own): the statement, added to
 * `out` and made the last speaker's, or null.
 */
export function proFormCue(ex: Extractor, s: number, a: number, b: number, out: Attribution[]): Attribution | null {
  const ctx = ex.ctx;
  if (s < 1 || ex.marksKept) return null;
  const end = lastContentTok(ex, a, b);
  if (ctx.words[b - 1] !== '.') return null;
  // "Das zeigt eine Auswertung im Expertenbericht zur Studie X.", "Das geht aus einem Bericht der Kommission hervor."
  const doc = ex.mode === 'news' ? documentProForm(ex, a, end) : null;
  let v: number;
  let np: NP | null;
  if (doc) {
    v = doc.v;
    np = doc.np;
  } else {
    if (end - a > 8 || end - a < 3) return null;
    const pro = ctx.lower[a];
    if (pro !== 'so' && pro !== 'das' && pro !== 'dies') return null;
    v = a + 1;
    if (ctx.isCap(v) || !CUE_FORMS.has(ctx.lower[v]) || !cueAt(ex, v, b)) return null;
    let subj = v + 1;
    if (ctx.lower[subj] === 'es' && pro === 'so') subj++;
    np = ctx.npAt(subj, end);
    if (!np || np.pronoun || np.end !== end || !np.mention || (np.mention.entity.type !== 'PER' && np.mention.entity.type !== 'ORG')) {
      // a role noun that names a person nearby ("der Premier")
      if (!np || np.pronoun || np.end !== end || !ROLE_NOUN.test(ctx.lower[end - 1]) || !resolveDescription(ex, np)) return null;
    }
  }
  const p = s - 1;
  const pa = ctx.sentStart[p];
  const pb = ctx.sentEnd[p];
  if (pa < 0 || ex.usedSentence.has(p)) return null;
  const cs = ctx.toks[pa].start;
  const ce = ctx.toks[pb - 1].end;
  if (out.some((o) => o.content && o.content[0] < ce && o.content[1] > cs)) return null;
  const pend = lastContentTok(ex, pa, pb);
  let first = false;
  let konj = false;
  for (let k = pa; k < pend; k++) {
    if (ex.inQuote[k] || ctx.isQuote(k)) return null;
    if (FIRST_PERSON.has(ctx.lower[k])) first = true;
    if (SUBJUNCTIVE_ALL.has(ctx.lower[k]) && !ctx.isCap(k)) konj = true;
  }
  const att = makeAtt(ex, first ? 'direct' : konj ? 'indirect' : 'reported', [v, v + 1]);
  // (without the dateline of an opening sentence: "Wien – Das Ministerium hat …")
  // ("Eisenstadt/Salzburg/Linz – …": place names joined by slashes too)
  let pf = pa;
  if (doc) {
    while (pf < Math.min(pend, pa + 7) && (ctx.words[pf] === '/' || (ctx.isCap(pf) && !ctx.isPunct(pf)))) pf++;
    const dash = ctx.words[pf] === '–' || ctx.words[pf] === '—';
    pf = dash && pf > pa && ctx.isCap(pf + 1) ? pf + 1 : pa;
  }
  att.content = trimContent(ex, pf, pend);
  if (!att.content) return null;
  setSource(ex, att, np, v);
  att.method = 'pro-form';
  att.marks = false;
  if (!att.speakerName) return null;
  // taken here rather than in run(), whose optimised code V8 threw away at this rare branch (no type feedback
  // from the bench's warm-up): run() then ran unoptimised for the rest of the bench's timed pass
  out.push(att);
  ex.usedSentence.add(p);
  ex.lastSpeaker = { att, sentence: s };
  return att;
}


/**
 * "Das zeigt eine Auswertung im Expertenbericht zur Studie X.", "Dies ergab eine Umfrage des Instituts Y unter 1.000
 * Befragten.", "Das geht aus einem Bericht der EU-Kommission hervor.": a pro-form sentence whose subject (or "aus"
 * object) is a report, study or data noun, with only attributes after it (PPs, genitives, names, numbers). Returns the
 * verb and the document's noun phrase; the sentence before is the document's finding.
 */
function documentProForm(ex: Extractor, a: number, end: number): { v: number; np: NP } | null {
  const ctx = ex.ctx;
  const pro = ctx.lower[a];
  if ((pro !== 'das' && pro !== 'dies') || end - a < 4) return null;
  // (a relative clause after the document runs to the end: "…, der heute präsentiert wird")
  for (let k = a + 3; k < end; k++) {
    if (ctx.words[k] === ',' && RELATIVE.has(ctx.lower[k + 1])) {
      end = k;
      break;
    }
  }
  if (end - a > 24) return null;
  const v = a + 1;
  const lv = ctx.lower[v];
  let from = v + 1;
  let to = end;
  if (/^(?:geht|ging|gehen|gingen)$/.test(lv)) {
    if (ctx.lower[end - 1] !== 'hervor') return null;
    while (from < end - 1 && ADVERBS.has(ctx.lower[from])) from++;
    if (ctx.lower[from] !== 'aus') return null;
    from++;
    to = end - 1;
  } else if (!/^(?:zeigt|zeigte|zeigen|zeigten|belegt|belegte|belegen|belegten|ergibt|ergab|ergeben|ergaben)$/.test(lv)) return null;
  while (from < to && ADVERBS.has(ctx.lower[from])) from++;
  if (!ARTICLES.has(ctx.lower[from]) && !ctx.isCap(from) && !ctx.isAdj(from)) return null;
  // the document phrase: nouns, articles, prepositions, numbers and inflected attributes ("einer Ende vergangener
  // Woche publizierten Studie des Wissenschafters X"), no other clause; a report or data noun in it
  let head = -1;
  for (let k = from; k < to; k++) {
    const lw = ctx.lower[k];
    if (ctx.isCap(k)) {
      if (head < 0 && (REPORT_NOUNS.has(ctx.words[k]) || DOCUMENT_HEAD.test(lw) || DATA_NOUN.test(lw))) head = k;
      continue;
    }
    if (lw === '-' || lw === '(' || lw === ')' || lw === 'und' || lw === 'oder' || /^\d/.test(lw) || ARTICLES.has(lw) || PREPOSITIONS.has(lw) || ADVERBS.has(lw) || ctx.isAdj(k) || (/(?:e|en|er|em|es)$/.test(lw) && !AUXILIARIES.has(lw) && !SUBJUNCTIVE_ALL.has(lw))) continue;
    return null;
  }
  if (head < 0) return null;
  // (from the article, or from the report noun when the attribute before it is too long to parse)
  let np = ctx.npAt(from, to);
  if (!np || np.pronoun || np.start !== from) np = ctx.npAt(head, to);
  if (!np || np.pronoun) return null;
  return { v, np };
}


/**
 * A multi-sentence quote without marks is attributed only after its last sentence: "Wir haben zu oft
 * Unentschieden gespielt. Wir hätten alle Heimspiele gewinnen können, sagte Trainer X." When sentence s
 * opens with a statement attributed by a post-posed cue, up to two sentences right before it that read
 * as the same speaker's words (first person, or a short exclamation/question) and have no attribution
 * of their own (or only a continuation) belong to that speaker.
 */
export function extendBackwards(ex: Extractor, f: Attribution, s: number, out: Attribution[]): void {
  const ctx = ex.ctx;
  if (ex.marksKept) return;
  const a = ctx.sentStart[s];
  if (!f.content || !f.cueTok || (f.method !== 'verb' && f.method !== 'so' && f.method !== 'frame') || f.content[0] !== ctx.toks[a].start) return;
  if (f.cueTok[0] < ctx.tokenAt(f.content[1] - 1)) return;
  if (!f.speakerName || weakSource(ex, f)) return;
  // a run-in subheading opening the statement's sentence ("Armee ließ X fallen Es ist ein historischer Tag, sagte Y")
  // starts a new section: the sentences before it belong to the last one
  if (ex.mode === 'news' && runInHeading(ex, a, Math.min(ctx.sentEnd[s], a + 10)) >= 0) return;
  for (let p = s - 1; p >= Math.max(1, s - 2); p--) {
    const pa = ctx.sentStart[p];
    const pb = ctx.sentEnd[p];
    if (pa < 0) return;
    const end = lastContentTok(ex, pa, pb);
    let first = false;
    for (let k = pa; k < end; k++) if (FIRST_PERSON.has(ctx.lower[k])) first = true;
    for (let k = pa; k < end; k++) {
      const lw = ctx.lower[k];
      if (ex.inQuote[k] || ctx.isQuote(k) || lw === ':') return;
      const m = ctx.mentionAt[k];
      // a person named is narration (a first-person word tagged as a name is an NER slip), and so is one
      // described by age ("Ausschließen möchte der 83-Jährige aber nichts.")
      if (m >= 0 && ctx.mentions[m].entity.type === 'PER' && !FIRST_PERSON.has(lw)) return;
      if (ageNoun(ex, k)) return;
      // a reporting verb of its own, unless the speaker talks about himself ("Ich habe … angeboten")
      if (!first && !ctx.isCap(k) && reportingForm(lw)) return;
      // a planning "sollen … werden" ("Am Dienstag sollen weitere Pläne präsentiert werden") is the narrator's schedule
      if (!first && (lw === 'sollen' || lw === 'soll') && plannedPassive(ex, k, pb)) return;
    }
    const exclaim = (ctx.words[pb - 1] === '!' || ctx.words[pb - 1] === '?') && end - pa <= 8;
    // "Das stimmt nicht." / "Das ist falsch." — a short verdict right before the attributed statement
    const verdict = end - pa <= 5 && (ctx.lower[pa] === 'das' || ctx.lower[pa] === 'dies') && !ctx.isCap(pa + 1) && p === s - 1;
    // between two statements of the same speaker: "…, sagte Blümel. Der gestrige Tag muss … haben. Es ist …, sagte Blümel."
    let sandwich = false;
    if (!first && !exclaim && !verdict && p === s - 1 && f.speakerEntity && p > 0) {
      const qa = ctx.sentStart[p - 1];
      const qb = ctx.sentEnd[p - 1];
      sandwich = out.some((o) => o.content && o.speakerEntity === f.speakerEntity && o.content[0] >= ctx.toks[qa].start && o.content[0] < ctx.toks[qb - 1].end);
      // or a narrative sentence about the same person: "Der 45-Jährige zeigte Respekt. <statement>. <statement>, analysierte X."
      if (!sandwich) {
        const op = openingSubjectAny(ex, p - 1);
        const ref = op ? (op.mention?.entity.type === 'PER' ? op.mention : resolveDescription(ex, op)) : null;
        sandwich = !!ref && ref.entity === f.speakerEntity;
      }
      for (let k = pa; k < end && sandwich; k++) if (PAST_NARRATION.has(ctx.lower[k]) || ctx.mentionAt[k] >= 0) sandwich = false;
      if (sandwich && selfPronounFrame(ex, pa, end, pb, f.speakerEntity)) sandwich = false;
    }
    // a short present-tense statement right before a direct one: "Das ist ein klares Handspiel. Ich …, sagte X."
    let speechLike = false;
    if (!first && !exclaim && !verdict && !sandwich && p === s - 1 && p >= 2 && f.kind === 'direct' && end - pa <= 20) {
      speechLike = true;
      let present = false;
      for (let k = pa; k < end && speechLike; k++) {
        const lw = ctx.lower[k];
        if (ctx.mentionAt[k] >= 0 || PAST_NARRATION.has(lw) || lw === '–' || lw === '(') speechLike = false;
        if (!ctx.isCap(k) || k === pa) if (presentSpeech(ex, k, end + 1) || MODAL_PARTICLES.has(lw)) present = true;
      }
      if (!present) speechLike = false;
    }
    if (!first && !exclaim && !verdict && !sandwich && !speechLike) return;
    if (!first && narratorSentence(ex, pa, end, pb, f.speakerEntity)) return;
    // without first person: not when the sentence before is someone else's statement it may continue
    if (!first && !sandwich && p > 0 && out.some((o) => o.content && o.speakerEntity && o.speakerEntity !== f.speakerEntity && ctx.sentenceOf(ctx.tokenAt(o.content[0])) === p - 1)) return;
    const cs = ctx.toks[pa].start;
    const existing = out.find((o) => o.content && o.content[0] >= cs && o.content[0] < ctx.toks[pb - 1].end);
    if (existing) {
      if (existing.method !== 'continuation' && existing.method !== 'run-on-quote') return;
      // a first-person account anchored by its own cue ("Leute haben mir gesagt, …") is not taken over, nor the
      // continuation right after it that goes on with the same speaker ("Ich habe keine Nachricht mehr erhalten.")
      if (existing.account) return;
      if (first && p > 0 && existing.speakerEntity) {
        const ps = ctx.toks[ctx.sentStart[p - 1]].start;
        if (out.some((o) => o.account && o.content && o.content[0] >= ps && o.content[0] < cs && o.speakerEntity === existing.speakerEntity)) return;
      }
      copySpeaker(ex, existing, f);
      existing.method = 'backwards';
      continue;
    }
    if (ex.usedSentence.has(p)) return;
    const att = blankAttribution('direct', trimContent(ex, pa, end), 'backwards');
    att.continuation = true;
    if (!att.content) return;
    copySpeaker(ex, att, f);
    att.marks = false;
    out.push(att);
    ex.usedSentence.add(p);
  }
}
