// Document layouts with turns: question-and-answer interviews, dash turns, asker lines, tweet blocks, headlines; separate because they read the document's shape, not one sentence.
import type { Attribution, Extractor } from './extract.ts';
import type { MentionRef } from './context.ts';
import { ALL_CAPS_LABEL, blankAttribution, END_PUNCT, POST_MEDIUM, TITLE_NOUNS, TWEET_LINK } from './shared.ts';
import { FIRST_PERSON, reportingForm } from './lexicon.ts';
import { statementsBySentence } from './direct.ts';
import { lastContentTok, trimContent } from './complements.ts';
import { continuationOf, copySpeaker } from './indirect.ts';
import { v2KonjunktivAt } from './cues.ts';

/**
 * The turn label opening sentence s: 'asker' for an all-caps label of the interviewer ("STANDARD: …",
 * "FRAGE: …"), the entity for a person's label ("Peter Kaiser: …", "Kaiser: …"), else null.
 */
function turnLabelAt(ex: Extractor, s: number): 'asker' | MentionRef['entity'] | null {
  const ctx = ex.ctx;
  const a = ctx.sentStart[s];
  if (a < 0) return null;
  if (a + 1 < ctx.n && ctx.words[a + 1] === ':' && ALL_CAPS_LABEL.test(ctx.words[a])) return 'asker';
  // "Frage: Herr X, … ? Antwort: Wir …" — an interview in question-and-answer form
  if (a + 1 < ctx.n && ctx.words[a + 1] === ':' && (ctx.words[a] === 'Frage' || ctx.words[a] === 'Antwort')) {
    const who = qaInterviewee(ex);
    if (who) return ctx.words[a] === 'Frage' ? 'asker' : who;
  }
  for (let k = a + 1; k <= Math.min(a + 3, ctx.sentEnd[s] - 2); k++) {
    if (ctx.words[k] !== ':') continue;
    const m = ctx.mentionAt[k - 1];
    if (m < 0 || ctx.mentions[m].entity.type !== 'PER') return null;
    // the label is the whole name (no verb or other word before the colon)
    for (let j = a; j < k; j++) if (ctx.mentionAt[j] !== m) return null;
    return ctx.mentions[m].entity;
  }
  return null;
}


/**
 * The person interviewed in a question-and-answer text ("Frage: Herr Urmson, Sie betonen …? Antwort: Wir sind …"):
 * with at least two "Frage:" and two "Antwort:" labels, the person a question addresses as "Herr/Frau X" — or,
 * when the questions address someone as "Sie", the person named most often before the first question. An
 * explainer whose questions address no one ("Frage: Welche Folgen hätte das? Antwort: …") has none: its answers
 * are the newspaper's.
 */
export function qaInterviewee(ex: Extractor): MentionRef['entity'] | null {
  if (ex.qaWho !== undefined) return ex.qaWho;
  const ctx = ex.ctx;
  const ns = ctx.doc.sentences.length;
  let questions = 0, answers = 0, firstQ = -1, addressed = false;
  // answers in the first person ("Wir sind noch dabei, …"): a consumer guide answers its reader with "Sie"
  let firstPersonAnswers = 0;
  let answerFirst = false;
  let named: MentionRef['entity'] | null = null;
  let inQ = false;
  for (let s = 0; s < ns; s++) {
    const a = ctx.sentStart[s];
    if (a < 0) continue;
    if (ctx.words[a + 1] === ':' && ctx.words[a] === 'Frage') {
      questions++;
      inQ = true;
      if (firstQ < 0) firstQ = a;
    } else if (ctx.words[a + 1] === ':' && ctx.words[a] === 'Antwort') {
      answers++;
      inQ = false;
      answerFirst = false;
    }
    if (!inQ) {
      if (answers > 0 && !answerFirst) {
        for (let k = a; k < ctx.sentEnd[s] && !answerFirst; k++) answerFirst = FIRST_PERSON.has(ctx.lower[k]);
        if (answerFirst) firstPersonAnswers++;
      }
      continue;
    }
    for (let k = a + 2; k < ctx.sentEnd[s]; k++) {
      const w = ctx.words[k];
      if ((w === 'Sie' || w === 'Ihnen' || w === 'Ihr' || w === 'Ihre') && ctx.words[k - 1] !== '.' && k > a + 2) addressed = true;
      if ((w === 'Herr' || w === 'Frau') && ctx.mentionAt[k + 1] >= 0 && ctx.mentions[ctx.mentionAt[k + 1]].entity.type === 'PER') named ??= ctx.mentions[ctx.mentionAt[k + 1]].entity;
    }
  }
  let who: MentionRef['entity'] | null = null;
  if (questions >= 2 && answers >= 2 && firstPersonAnswers >= 2) {
    if (named) who = named;
    else if (addressed) {
      const count = new Map<MentionRef['entity'], number>();
      let best = 0;
      for (const m of ctx.mentions) {
        if (m.start >= firstQ || m.entity.type !== 'PER') continue;
        const c = (count.get(m.entity) ?? 0) + 1;
        count.set(m.entity, c);
        if (c > best) {
          best = c;
          who = m.entity;
        }
      }
    }
  }
  ex.qaWho = who;
  return who;
}


/**
 * Interviews without marks ("STANDARD: Was jetzt? Peter Kaiser: Es ist ein Desaster. Und das ist …"): at
 * least two interviewer labels and one person's label. Every sentence of a person's turn, up to the next
 * label, is that person's direct statement: unattributed sentences become continuations of the label's
 * statement, and statements the rules gave to an organisation or a thing in it ("Wenn die SPÖ jetzt
 * glaubt, …") are the interviewee's words.
 */
export function fillInterviewTurns(ex: Extractor, out: Attribution[]): void {
  const ctx = ex.ctx;
  const ns = ctx.doc.sentences.length;
  const labels: ('asker' | MentionRef['entity'] | null)[] = [];
  let askers = 0;
  let persons = 0;
  for (let s = 0; s < ns; s++) {
    const l = turnLabelAt(ex, s);
    labels.push(l);
    if (l === 'asker') askers++;
    else if (l) persons++;
  }
  if (askers < 2 || persons < 1) return;
  const bySentence = statementsBySentence(ex, out);
  const added: Attribution[] = [];
  let turn: Attribution | null = null;
  let who: MentionRef['entity'] | null = null;
  let turnFrom = 0;
  for (let s = 0; s < ns; s++) {
    const l = labels[s];
    if (l) {
      turn = null;
      turnFrom = s;
      who = l === 'asker' ? null : l;
      if (who) for (const o of bySentence.get(s) ?? []) if (o.speakerEntity === who && o.kind !== 'fragment') turn = o;
    }
    if (!who) continue;
    const a = ctx.sentStart[s];
    if (a < 0) continue;
    const list = bySentence.get(s);
    // the label opens the turn even when its own sentence yields no statement ("Ederer: Ja."): the words
    // after the colon are the person's, and the sentences up to the next label continue them
    if (l && !turn && !ex.usedSentence.has(s) && !(list ?? []).some((o) => o.kind !== 'fragment')) {
      let k = a;
      while (k < ctx.sentEnd[s] && ctx.words[k] !== ':') k++;
      const end = lastContentTok(ex, a, ctx.sentEnd[s]);
      if (end > k + 1) {
        // a one-word answer ("Ja.") is a statement here, unlike a one-word complement elsewhere
        const att = blankAttribution('direct', [ctx.toks[k + 1].start, ctx.toks[end - 1].end], 'interview');
        att.speakerEntity = who;
        att.speakerName = who.name;
        att.marks = false;
        if (att.content) {
          added.push(att);
          ex.usedSentence.add(s);
          turn = att;
          continue;
        }
      }
    }
    if (list) {
      for (const o of list) {
        // (another person's statement stays theirs when it has a cue of its own; a continuation the rules carried
        // over from a person named in the interviewer's question, "STANDARD: X meint, … ? Y: Ich halte nichts …",
        // is the interviewee's turn)
        // (but one that continues that person's statement inside the turn is theirs: "Er sagt, was wir brauchen,
        // ist … Wissen haben wir genug …")
        if (o.kind === 'fragment' || o.speakerEntity === who || (o.speakerEntity?.type === 'PER' && (!o.continuation || spokeSince(ex, bySentence, o.speakerEntity, turnFrom, s)))) continue;
        o.kind = 'direct';
        o.continuation = undefined;
        // (without the label: "Glawischnig: Ich halte …" → "Ich halte …")
        if (l && o.content && o.content[0] === ctx.toks[a].start) {
          let k = a;
          while (k < ctx.sentEnd[s] && k - a <= 4 && ctx.words[k] !== ':') k++;
          if (ctx.words[k] === ':' && k + 1 < ctx.sentEnd[s] && ctx.toks[k + 1].start < o.content[1]) o.content = [ctx.toks[k + 1].start, o.content[1]];
        }
        if (turn) copySpeaker(ex, o, turn);
        else {
          // the label names the speaker of its sentence ("Kaiser: Wenn die SPÖ jetzt glaubt, …")
          o.speakerEntity = who;
          o.speakerPseudo = false;
          o.speakerName = who.name;
          o.source = null;
          o.inheritedMention = null;
          turn = o;
        }
        o.marks = false;
        o.method = 'interview';
      }
      turn ??= list.find((o) => o.speakerEntity === who) ?? null;
      // "Konrad hat recht, wenn er sagt: …" / "Ein Kollege hat meinen Stil so beschrieben: …" inside an answer: the
      // frame before the colon is the interviewee's own words when the only statement of the sentence starts after it
      if (turn && !l) {
        const kept = list.filter((o) => o.kind !== 'fragment' && o.content);
        if (kept.length === 1 && kept[0].speakerEntity !== turn.speakerEntity) {
          const c0 = ctx.tokenAt(kept[0].content![0]);
          const colon = c0 - 1;
          let clean = colon > a + 2 && ctx.words[colon] === ':';
          for (let k = a; k < colon && clean; k++) clean = !ex.inQuote[k] && ctx.words[k] !== ':';
          if (clean) {
            const att = blankAttribution('direct', trimContent(ex, a, colon), 'interview');
            if (att.content) {
              copySpeaker(ex, att, turn);
              att.marks = false;
              added.push(att);
            }
          }
        }
      }
      continue;
    }
    // (an agency credit closing the text, "(APA, 18.9. 2015)", is nobody's answer)
    if (!turn || ex.usedSentence.has(s) || ctx.words[a] === '(') continue;
    const att = unmarkedSentenceOf(ex, s, turn, 'interview');
    if (att) added.push(att);
  }
  out.push(...added);
}


function spokeSince(ex: Extractor, bySentence: Map<number, Attribution[]>, e: MentionRef['entity'], from: number, to: number): boolean {
  for (let p = from; p <= to; p++) for (const o of bySentence.get(p) ?? []) if (o.speakerEntity === e && !o.continuation && o.cueTok) return true;
  return false;
}


/**
 * A dialogue in dash turns, as court reports write it without marks: "Das verdutzt Anwältin X: Woher wissen Sie
 * das? – Das habe ich nur gehört. – Von wem? – Kann ich nicht sagen." After a statement of X that asks or
 * addresses someone ("?", a formal "Sie"), each sentence opened by a dash is the next turn: the first goes
 * to the person X addresses (the previous other person who spoke, within twelve sentences), then X, and so on.
 */
export function fillDashTurns(ex: Extractor, out: Attribution[]): void {
  const ctx = ex.ctx;
  const ns = ctx.doc.sentences.length;
  const dashAt = (s: number) => {
    const a = ctx.sentStart[s];
    return a >= 0 && (ctx.words[a] === '–' || ctx.words[a] === '—');
  };
  let bySentence: Map<number, Attribution[]> | null = null;
  const added: Attribution[] = [];
  for (let s = 1; s < ns; s++) {
    if (!dashAt(s) || dashAt(s - 1)) continue;
    bySentence ??= statementsBySentence(ex, out);
    // the opening statement: a direct one of a named person in the sentence before (or the one before that)
    let opener: Attribution | null = null;
    let addressing = false;
    for (let p = s - 1; p >= Math.max(0, s - 2) && !opener; p--) {
      const o = (bySentence.get(p) ?? []).find((x) => x.kind === 'direct' && x.speakerEntity?.type === 'PER');
      if (!o) continue;
      opener = o;
      for (let q = Math.max(0, s - 2); q < s; q++) {
        const a = ctx.sentStart[q];
        const b = ctx.sentEnd[q];
        for (let k = a; k < b && !addressing; k++) addressing = ctx.words[k] === '?' || ((ctx.words[k] === 'Sie' || ctx.words[k] === 'Ihnen') && k > a);
      }
    }
    if (!opener || !addressing) continue;
    // the addressee: the latest other person who spoke before the opening statement
    const o0 = ctx.sentenceOf(ctx.tokenAt(opener.content![0]));
    let other: Attribution | null = null;
    for (let p = o0 - 1; p >= Math.max(0, o0 - 12) && !other; p--) {
      for (const o of bySentence.get(p) ?? []) if (o.speakerEntity?.type === 'PER' && o.speakerEntity !== opener.speakerEntity && o.kind !== 'fragment') other = o;
    }
    if (!other) continue;
    for (let t = s, n = 0; t < ns && dashAt(t); t++, n++) {
      const from = n % 2 === 0 ? other : opener;
      const list = (bySentence.get(t) ?? []).filter((x) => x.kind !== 'fragment');
      if (list.length) {
        for (const o of list) {
          if (o.speakerEntity === from.speakerEntity) continue;
          copySpeaker(ex, o, from);
          o.kind = 'direct';
          o.marks = false;
          o.method = 'dash-turn';
        }
        continue;
      }
      const a = ctx.sentStart[t] + 1;
      const end = lastContentTok(ex, a, ctx.sentEnd[t]);
      if (end - a < 1) continue;
      const att = continuationOf(ex, 'direct', trimContent(ex, a, end), from);
      if (!att?.content) continue;
      att.marks = false;
      att.method = 'dash-turn';
      ex.usedSentence.add(t);
      added.push(att);
    }
  }
  out.push(...added);
}


/** Sentence `s` as a whole, without quote marks, continuing `from`'s speaker (marks the sentence used). */
export function unmarkedSentenceOf(ex: Extractor, s: number, from: Attribution, method: string): Attribution | null {
  const a = ex.ctx.sentStart[s];
  const end = lastContentTok(ex, a, ex.ctx.sentEnd[s]);
  if (end - a < 1) return null;
  const att = continuationOf(ex, 'direct', trimContent(ex, a, end), from);
  if (!att) return null;
  att.marks = false;
  att.method = method;
  ex.usedSentence.add(s);
  return att;
}


export function dropAskerLines(ex: Extractor, out: Attribution[]): void {
  const ctx = ex.ctx;
  const ns = ctx.doc.sentences.length;
  const labels: ('asker' | MentionRef['entity'] | null)[] = [];
  const persons = new Set<MentionRef['entity']>();
  let askers = 0;
  for (let s = 0; s < ns; s++) {
    const l = turnLabelAt(ex, s);
    labels.push(l);
    if (l === 'asker') askers++;
    else if (l) persons.add(l);
  }
  if (askers < 2 || persons.size < 1) return;
  const asking = new Uint8Array(ns);
  // the turn each sentence belongs to (a new number at every label)
  const turn = new Int32Array(ns);
  let on = 0;
  let t = 0;
  for (let s = 0; s < ns; s++) {
    if (labels[s]) {
      on = labels[s] === 'asker' ? 1 : 0;
      t++;
    }
    asking[s] = on;
    turn[s] = t;
  }
  // the third parties quoted with a cue of their own inside each asker turn ("…, argumentiert die Bundesregierung.")
  const cuedIn = new Map<number, Set<unknown>>();
  for (const x of out) {
    if (!x.content || x.kind === 'fragment' || x.continuation || !x.cueTok || !x.speakerEntity || persons.has(x.speakerEntity)) continue;
    const s = ctx.sentenceOf(ctx.tokenAt(x.content[0]));
    if (!asking[s]) continue;
    if (!cuedIn.has(turn[s])) cuedIn.set(turn[s], new Set());
    cuedIn.get(turn[s])!.add(x.speakerEntity);
  }
  for (let o = out.length - 1; o >= 0; o--) {
    const x = out[o];
    if (!x.content || x.kind === 'fragment') continue;
    const xs = ctx.sentenceOf(ctx.tokenAt(x.content[0]));
    if (!asking[xs]) continue;
    // a continuation (no cue of its own) in the interviewer's turn is the interviewer's question or claim,
    // whoever the rules gave it to: the speaker ranker would otherwise move it to the interviewee — except the
    // reported (Konjunktiv) continuation of a third party the question quotes with a cue of its own in the same turn
    // ("…, argumentiert die Bundesregierung. Aber weil die nicht funktioniert, müsse Österreich …")
    if (x.continuation) {
      if (x.kind === 'indirect' && x.speakerEntity && !persons.has(x.speakerEntity) && cuedIn.get(turn[xs])?.has(x.speakerEntity)) continue;
      // "Bei Ihrer Antrittsrede haben Sie gesagt, dass …": the interviewer reports the interviewee's words
      const told = askerReport(ex, xs, labels);
      if (told) out[o] = told;
      else out.splice(o, 1);
      continue;
    }
    if (!x.speakerEntity || !persons.has(x.speakerEntity)) continue;
    // named in the question itself ("Ederer hat gesagt, …"): a report the interviewer quotes
    if (x.source && !x.source.pronoun && x.source.mention?.entity === x.speakerEntity) continue;
    out.splice(o, 1);
  }
}


/**
 * A question sentence s that reports what the interviewee said ("Bei Ihrer Antrittsrede haben Sie gesagt, dass
 * …", "Sie sagten einmal, es sei …"): a reporting verb next to the formal "Sie" and a comma with "dass" or a
 * Konjunktiv clause after it. The clause after the comma is an indirect statement of the person whose turn
 * answers the question (the next person's label, else the last one).
 */
function askerReport(ex: Extractor, s: number, labels: ('asker' | MentionRef['entity'] | null)[]): Attribution | null {
  const ctx = ex.ctx;
  const a = ctx.sentStart[s];
  const b = ctx.sentEnd[s];
  let from = a;
  if (labels[s] === 'asker') from = a + 2;
  let cue = -1;
  for (let k = from; k < b - 2 && k < from + 10; k++) {
    if (ctx.words[k] === ',') break;
    if (ctx.words[k] !== 'Sie') continue;
    for (let j = Math.max(from, k - 1); j <= k + 3 && j < b; j++) {
      if (j !== k && !ctx.isCap(j) && reportingForm(ctx.lower[j])) {
        cue = j;
        break;
      }
    }
    break;
  }
  if (cue < 0) return null;
  let c = cue + 1;
  while (c < b && c <= cue + 3 && ctx.words[c] !== ',') c++;
  if (ctx.words[c] !== ',') return null;
  const dass = ctx.lower[c + 1] === 'dass' || ctx.lower[c + 1] === 'daß';
  if (!dass && !v2KonjunktivAt(ex, c + 1, b)) return null;
  let who: MentionRef['entity'] | null = null;
  for (let t = s + 1; t < labels.length && !who; t++) if (labels[t] && labels[t] !== 'asker') who = labels[t] as MentionRef['entity'];
  for (let t = s - 1; t >= 0 && !who; t--) if (labels[t] && labels[t] !== 'asker') who = labels[t] as MentionRef['entity'];
  if (!who) return null;
  const content = trimContent(ex, dass ? c + 2 : c + 1, lastContentTok(ex, c + 1, b));
  if (!content) return null;
  const att = blankAttribution('indirect', content, 'interview');
  att.speakerEntity = who;
  att.speakerName = who.name;
  att.cueTok = [cue, cue + 1];
  att.cue = [ctx.toks[cue].start, ctx.toks[cue].end];
  return att;
}


/**
 * Embedded posts: 10kGNAD keeps the text of a tweet pasted into an article, followed by its hashtags and link
 * ("… relativieren. https://t.co/…", "Zu recht! #Wedding #Gauland pic.twitter.com/…") or glued to the next
 * sentence by a hashtag run ("Ich freue mich auf die EM. #Nachbarn Als Reaktion …"). The post is a bounded block:
 * its last part ends before the hashtags and link; sentences before it join it back to a frame sentence (at most
 * two sentences), a sentence of a person with a reporting verb, a statement of their own or a word of the medium
 * ("Auch auf Twitter äußerte sich X versöhnlich.", "X bezeichnete … als …"). With such a frame every sentence of the
 * block is that person's direct statement; without one the block is nobody's, and no continuation of an
 * earlier speaker runs into it. The hashtags and the link are no statement.
 */
export function tweetBlocks(ex: Extractor, out: Attribution[]): void {
  const ctx = ex.ctx;
  const text = ctx.doc.text;
  if (text.indexOf('#') < 0 && text.indexOf('twitter.com') < 0 && text.indexOf('t.co/') < 0) return;
  let prevEnd = 0;
  for (let k = 1; k < ctx.n; k++) {
    const w = ctx.words[k];
    // [te, me): the post's text ends at te, its hashtags and link end at me
    let te = -1;
    let me = -1;
    if (w === 'pic' && ctx.words[k + 1] === '.' && ctx.lower[k + 2] === 'twitter' && ctx.words[k + 5] === '/') {
      te = k;
      me = Math.min(ctx.n, k + 7);
    } else if (TWEET_LINK.test(w)) {
      te = k;
      me = k + 1;
    } else if (END_PUNCT.has(w) && ctx.words[k + 1] === '#' && ctx.toks[k + 1].sentence === ctx.toks[k].sentence) {
      // a hashtag run after the post's last sentence, glued to a capitalised word of the narration
      let j = k + 1;
      while (ctx.words[j] === '#' && j + 1 < ctx.n) j += 2;
      if (j < ctx.n && j > k + 1 && ctx.toks[j].sentence === ctx.toks[k].sentence && ctx.isCap(j) && ctx.words[j] !== '#' && !ctx.isPunct(j)) {
        te = k + 1;
        me = j;
      }
    }
    if (te < 0) continue;
    while (te - 2 >= prevEnd && ctx.words[te - 2] === '#') te -= 2;
    while (me + 1 < ctx.n && ctx.words[me] === '#' && ctx.toks[me].sentence === ctx.toks[me - 1].sentence) me += 2;
    const s0 = ctx.toks[Math.max(prevEnd, te - 1)].sentence;
    const from = Math.max(prevEnd, ctx.sentStart[s0]);
    prevEnd = me;
    k = me - 1;
    if (te - from < 2) continue;
    // the block's sentences, back to the frame: the sentence right before the post's last part, or one sentence
    // more when the frame announces the post without a statement of its own ("Auch auf Twitter äußerte sich X
    // versöhnlich.") or the sentence between carries a hashtag of the post
    let start = from;
    let speaker: MentionRef['entity'] | null = null;
    let tagged = false;
    let taggedFrom = from;
    let taggedRun = true;
    for (let p = s0 - 1; p >= Math.max(0, s0 - 2); p--) {
      const pa = ctx.sentStart[p];
      const pb = ctx.sentEnd[p];
      if (pa < 0 || pb > from) break;
      const frame = postFrame(ex, p, out);
      if (frame !== undefined) {
        if (frame && (p === s0 - 1 || frame.announce || tagged)) speaker = frame.who;
        break;
      }
      // a sentence a rule gave to someone is no part of the post unless it carries a hashtag itself
      tagged = false;
      for (let j = pa; j < pb && !tagged; j++) tagged = ctx.words[j] === '#';
      if (p === s0 - 2 || (!tagged && out.some((o) => o.content && o.kind !== 'fragment' && ctx.sentenceOf(ctx.tokenAt(o.content[0])) === p))) break;
      start = pa;
      if (tagged && taggedRun) taggedFrom = pa;
      else taggedRun = false;
    }
    // (a post nobody frames covers its last part and the sentences with its hashtags before it)
    // (a post that names the frame's person is about them, not theirs: "Empörung über X: Boateng reagiert gelassen")
    for (let j = start; j < te && speaker; j++) {
      const m = ctx.mentionAt[j];
      if (m >= 0 && ctx.mentions[m].entity === speaker && ctx.words[j - 1] !== '#') speaker = null;
    }
    if (!speaker) start = taggedFrom;
    const cs = ctx.toks[start].start;
    const ce = ctx.toks[te - 1].end;
    const inBlock = (o: Attribution) => !!o.content && o.content[0] >= cs && o.content[0] < ce;
    // a statement whose content runs on over the hashtags and link into the narration starts after them
    // ("Zu recht! #Wedding … pic.twitter.com/… Ich hätte …, sagte X")
    const after = me < ctx.n ? ctx.toks[me].start : -1;
    for (const o of out) {
      if (inBlock(o) && after >= 0 && o.content![1] > after && !o.continuation && o.method !== 'run-on-quote' && o.kind !== 'fragment' && (!o.cue || o.cue[0] >= after)) o.content = [after, o.content![1]];
    }
    if (!speaker) {
      for (let o = out.length - 1; o >= 0; o--) if (inBlock(out[o]) && (out[o].continuation || out[o].method === 'run-on-quote')) out.splice(o, 1);
      continue;
    }
    for (let o = out.length - 1; o >= 0; o--) if (inBlock(out[o])) out.splice(o, 1);
    // one statement per sentence of the post
    let f = start;
    for (let j = start; j <= te; j++) {
      if (j < te && !(END_PUNCT.has(ctx.words[j]) && j + 1 < te && ctx.words[j + 1] !== '.')) continue;
      const c = trimContent(ex, f, j);
      f = j + 1;
      if (!c || ctx.tokenAt(c[1] - 1) - ctx.tokenAt(c[0]) < 1) continue;
      const att = blankAttribution('direct', c, 'tweet');
      att.speakerEntity = speaker;
      att.speakerName = speaker.name;
      att.marks = false;
      att.continuation = true;
      out.push(att);
    }
  }
}


/**
 * Sentence p as the frame of an embedded post after it: the person whose statement (with a cue of its own) it
 * holds, or who is named in it with a reporting verb or a word of the medium ("auf Twitter"); null when the
 * sentence holds another kind of statement; undefined when it is none of these (it may be part of the post).
 */
function postFrame(ex: Extractor, p: number, out: Attribution[]): { who: MentionRef['entity']; announce: boolean } | null | undefined {
  const ctx = ex.ctx;
  const pa = ctx.sentStart[p];
  const pb = ctx.sentEnd[p];
  let own: Attribution | null = null;
  for (const o of out) {
    if (!o.content || o.kind === 'fragment' || ctx.sentenceOf(ctx.tokenAt(o.content[0])) !== p) continue;
    if (!o.continuation && o.method !== 'run-on-quote') own = o;
  }
  if (own) return own.speakerEntity?.type === 'PER' ? { who: own.speakerEntity, announce: false } : null;
  let person: MentionRef['entity'] | null = null;
  let persons = 0;
  let cue = false;
  for (let k = pa; k < pb; k++) {
    const m = ctx.mentionAt[k];
    // (not a hashtag "#Gauland" nor a genitive "Gaulands Verhalten")
    if (m >= 0 && ctx.mentions[m].entity.type === 'PER' && ctx.mentions[m].entity !== person && ctx.words[ctx.mentions[m].start - 1] !== '#' && !(ctx.words[ctx.mentions[m].end - 1].endsWith('s') && ctx.isCap(ctx.mentions[m].end) && ctx.mentionAt[ctx.mentions[m].end] < 0)) {
      person = ctx.mentions[m].entity;
      persons++;
    }
    if ((!ctx.isCap(k) && reportingForm(ctx.lower[k])) || POST_MEDIUM.test(ctx.words[k])) cue = true;
  }
  return persons === 1 && cue && person ? { who: person, announce: true } : undefined;
}


/**
 * An explainer in question-and-answer form ("Frage: Was passiert mit …? Antwort: Es …", both labels twice or more):
 * the questions are the newspaper's, not quotes — statements read from the "Frage:" label (as a speech noun before a
 * colon) or continuing without a cue of their own in a question sentence are dropped.
 */
export function dropExplainerQuestions(ex: Extractor, out: Attribution[]): void {
  const ctx = ex.ctx;
  const ns = ctx.doc.sentences.length;
  let questions = 0;
  let answers = 0;
  for (let s = 0; s < ns; s++) {
    const a = ctx.sentStart[s];
    if (a < 0 || ctx.words[a + 1] !== ':') continue;
    if (ctx.words[a] === 'Frage') questions++;
    else if (ctx.words[a] === 'Antwort') answers++;
  }
  if (questions < 2 || answers < 2) return;
  for (let o = out.length - 1; o >= 0; o--) {
    const x = out[o];
    if (!x.content || x.kind === 'fragment') continue;
    const s = ctx.sentenceOf(ctx.tokenAt(x.content[0]));
    const a = ctx.sentStart[s];
    if (ctx.words[a] !== 'Frage' || ctx.words[a + 1] !== ':') continue;
    if (!x.cueTok || x.cueTok[0] === a || x.continuation) out.splice(o, 1);
  }
}


/**
 * A newspaper headline is a title, not a statement: "…, lautet der Titel", "…, stellt die Zeitung im Titel
 * fest" (and what continues it) become fragments.
 */
export function headlinesAsTitles(ex: Extractor, out: Attribution[]): void {
  const ctx = ex.ctx;
  const titled = new Set<Attribution>();
  for (const o of out) {
    if (!o.content || o.kind === 'fragment') continue;
    const np = o.source ?? o.inheritedMention;
    let title = !!np && !np.pronoun && TITLE_NOUNS.has(ctx.words[np.end - 1]);
    if (!title && o.cueTok && !o.continuation) {
      const sEnd = ctx.sentEnd[ctx.toks[o.cueTok[0]].sentence];
      for (let k = o.cueTok[0] + 1; k < Math.min(sEnd, o.cueTok[0] + 8) && !title; k++) {
        if (TITLE_NOUNS.has(ctx.words[k]) && (ctx.lower[k - 1] === 'im' || (ctx.lower[k - 1] === 'der' && /^(?:in|auf)$/.test(ctx.lower[k - 2])))) title = true;
      }
    }
    if (title) titled.add(o);
  }
  for (const o of titled) {
    o.kind = 'fragment';
    o.continuation = undefined;
  }
}
