// Indirect speech in one sentence (indirectInSentence): reporting verb with dass/V2/colon complement, post-posed cues, wie-, laut-, zufolge- and so-phrases; separate as the sentence-level rule for unmarked reports.
import type { QuoteKind } from '../doc/index.ts';
import type { Attribution, Extractor } from './extract.ts';
import { INDEFINITE, type MentionRef, type NP } from './context.ts';
import { FOCUS_PARTICLES, ADVERBIAL_SUB, BELIEF_ADJ, blankAttribution, BOUNDARY, CLOSED_ATTRIBUTION, CONJ, cueKey, DATA_NOUNS, DERIVE, ERFAHREN, END_PUNCT, HYPHEN_LOWER, INDIRECT_OPENERS, INNER_CAP_OR_HYPHEN, INSTITUTION, ORG_AGENT, PEOPLE_PLURAL, PLACE_BODY, PLURAL_SOURCE, POSSESSIVE, RELATIVE, REPORT_NOUNS, ROLE_NOUN, SEPARABLE_NEXT, SHOW_FORMS, SPEECH_NOUNS, STATEMENT_PLURALS, TOPIC_TALK, UPPER_START } from './shared.ts';
import { ADVERBS, ARTICLES, ATTRIBUTION_NOUNS, PREPOSITIONS, reportingForm, SUBJUNCTIVE_ALL, SUBORDINATORS } from './lexicon.ts';
import { afterCue, clauseEnd, clauseSubject, closingFrame, colonFrameBefore, commalessPostCue, complement, esBefore, firstOrSecondPerson, headAfter, insidePostCueClause, isPassive, lastContentTok, lastSpeakerContinuation, mainClauseResumes, makeAtt, markUnmarkedDirect, placeOfAdjectives, postCueClauseEnd, postposedFrame, prepositionalOpener, reported, subjunctiveBetween, textHolder, trimContent, unmarkedDirect } from './complements.ts';
import { cueAt, derivationHolder, erfahrenSource } from './cues.ts';
import { adjectiveSource, demnachSource, heisstEsSource, isLautPrep, nominalSource, setSource, weakSource } from './sources.ts';
import { introducedSpeaker, konjunktivAuxClause, konjunktivOne, otherViewHolder, ownSourceSubject, subjunctiveV2Before } from './frames.ts';
import { firstSubject, subjectOf } from './speakers.ts';
import { coordinatedMainClause, firstPersonObject } from './continuation.ts';

/** Quantifiers before an agent noun in "von allen Seiten", "von beiden Parteien". */
const QUANTIFIER_AGENT = /^(?:allen|beiden|vielen|mehreren|einigen|manchen|zahlreichen)$/;

/** A definite article up to four tokens before `k` with no comma between ("die in London ansässige …"). */
function articleBefore(ex: Extractor, k: number): boolean {
  const ctx = ex.ctx;
  for (let p = k - 1; p >= Math.max(0, k - 4); p--) {
    if (ctx.isPunct(p)) return false;
    // also a preposition fused with the article ("im diesjährigen Bericht", "vom zuständigen Amt")
    if (/^d(?:er|ie|as|en|em|es)$/.test(ctx.lower[p])) return true;
    if (p === k - 1 && /^(?:im|vom|beim|zum|zur|am)$/.test(ctx.lower[p])) return true;
  }
  return false;
}


/** A noun phrase that can speak: a pronoun for a person, a person/organisation mention, a role or institution noun. */
export function plausibleSpeaker(ex: Extractor, np: NP): boolean {
  const ctx = ex.ctx;
  if (np.pronoun) {
    const lw = ctx.lower[np.start];
    return lw !== 'es' && lw !== 'man';
  }
  const t = np.mention?.entity.type;
  if (t === 'PER' || t === 'ORG') return true;
  // the head, or a role before a genitive ("Der Generalsekretär der Industriellenvereinigung")
  for (let k = np.start; k < np.end; k++) {
    const m = ctx.mentionAt[k];
    if (m >= 0 && (ctx.mentions[m].entity.type === 'PER' || ctx.mentions[m].entity.type === 'ORG')) return true;
    if (ctx.isCap(k) && (ROLE_NOUN.test(ctx.lower[k]) || INSTITUTION.test(ctx.lower[k]))) return true;
  }
  return false;
}


/** ", so X:" / ", so der Minister:" right before a colon at `before`: the named speaker. */
export function soBeforeColon(ex: Extractor, cs: number, before: number): NP | null {
  const ctx = ex.ctx;
  for (let k = before - 1; k > cs && before - k <= 5; k--) {
    if (ctx.lower[k] !== 'so' || ctx.words[k - 1] !== ',') continue;
    const np = ctx.npAt(k + 1, before);
    return np && np.end === before && !np.pronoun && plausibleSpeaker(ex, np) ? np : null;
  }
  return null;
}


/** Does the char span mention entity `e` (by any mention)? */
export function namesEntity(ex: Extractor, span: [number, number], e: Attribution['speakerEntity']): boolean {
  if (!e) return false;
  const ctx = ex.ctx;
  const t0 = ctx.tokenAt(span[0]);
  const t1 = ctx.tokenAt(span[1] - 1);
  for (let k = t0; k >= 0 && k <= t1; k++) {
    const m = ctx.mentionAt[k];
    if (m >= 0 && ctx.mentions[m].entity === e) return true;
  }
  return false;
}


/** After the comma at `k`: the index of the comma closing a bare name apposition (", Mark A. Brand,"), else -1. */
function nameAppositionEnd(ex: Extractor, k: number, b: number): number {
  const ctx = ex.ctx;
  for (let m = k + 1; m < Math.min(b, k + 7); m++) {
    const w = ctx.words[m];
    if (w === ',') return m > k + 1 ? m : -1;
    if (w === '.' && m > k + 1 && ctx.words[m - 1].length === 1) continue;
    if (!ctx.isCap(m) || SUBORDINATORS.has(ctx.lower[m]) || ARTICLES.has(ctx.lower[m])) return -1;
  }
  return -1;
}


/**
 * A verbless frame "Die Reaktion der Flughafen Wien AG:" / "Der Vorwurf des Konzerns:" (tokens a–colon): an
 * article, a speech noun and its owner (a person or organisation) — the owner, or null.
 */
export function speechNounFrameOwner(ex: Extractor, a: number, colon: number): NP | null {
  const ctx = ex.ctx;
  if (colon - a < 3 || !ARTICLES.has(ctx.lower[a]) || !SPEECH_NOUNS.has(ctx.words[a + 1])) return null;
  const np = ctx.npAt(a, colon);
  if (!np || np.end !== colon) return null;
  for (let m = a + 2; m < colon; m++) {
    const mi = ctx.mentionAt[m];
    if (mi < 0) continue;
    const men = ctx.mentions[mi];
    if (men.entity.type !== 'PER' && men.entity.type !== 'ORG') return null;
    return { start: men.start, end: men.end, mention: men, pronoun: false, dative: false };
  }
  return null;
}


/** A nominative-looking person or role phrase at `k` ("ein Sprecher des ORF", "der Minister", a named person). */
export function personAfterCue(ex: Extractor, k: number, limit: number): NP | null {
  const ctx = ex.ctx;
  if (!/^(?:ein|eine|der|die)$/.test(ctx.lower[k])) return null;
  const np = ctx.npAt(k, limit);
  if (!np || np.pronoun || np.dative) return null;
  let h = k + 1;
  while (h < np.end && !ctx.isCap(h)) h++;
  if (h >= np.end) return null;
  const mi = ctx.mentionAt[h];
  if (mi >= 0 ? ctx.mentions[mi].entity.type === 'PER' : ROLE_NOUN.test(ctx.lower[h]) && !ctx.words[h].includes('-')) return np;
  return null;
}


/** Tokens v–c (a Vorfeld) name no person, organisation, role or pronoun: a thing (the object of the verb). */
export function thingVorfeld(ex: Extractor, v: number, c: number): boolean {
  const ctx = ex.ctx;
  for (let k = v; k < c; k++) {
    const lw = ctx.lower[k];
    if (ex.inQuote[k] || lw === 'er' || lw === 'sie' || lw === 'wir' || lw === 'ich' || lw === 'man') return false;
    const mi = ctx.mentionAt[k];
    // a single compound with a name ("STANDARD-Anfrage") is a thing
    if (mi >= 0 && !(ctx.mentions[mi].end - ctx.mentions[mi].start === 1 && HYPHEN_LOWER.test(ctx.words[k]) && !ROLE_NOUN.test(lw))) return false;
    if (ctx.isCap(k) && (ROLE_NOUN.test(lw) || INSTITUTION.test(lw) || ORG_AGENT.test(lw))) return false;
  }
  return true;
}


/** A statement without a cue of its own that continues `from` (same speaker), or null without content. */
export function continuationOf(ex: Extractor, kind: QuoteKind, content: [number, number] | null, from: Attribution): Attribution | null {
  if (!content) return null;
  const att = blankAttribution(kind, content, 'continuation');
  att.continuation = true;
  copySpeaker(ex, att, from);
  return att;
}


/**
 * "Das heißt, …", "Anders gesagt: …" in sentence `s` (tokens a–b): no report of its own, the current
 * speaker (named at most `maxGap` sentences before) goes on from token `from`.
 */
function fillerContinuation(ex: Extractor, from: number, a: number, b: number, s: number, maxGap: number): Attribution | null {
  const last = ex.lastSpeaker;
  if (!last || s - last.sentence > maxGap || last.att.kind === 'fragment') return null;
  const cont = continuationOf(ex, 'indirect', trimContent(ex, from, lastContentTok(ex, a, b)), last.att);
  if (cont) markUnmarkedDirect(ex, cont);
  return cont;
}


/** The speaker of `att` is the entity of mention `ref`. */
export function speakAs(ex: Extractor, att: Attribution, ref: MentionRef): void {
  att.speakerEntity = ref.entity;
  att.speakerPseudo = ref.pseudo;
  att.speakerName = ref.entity.name;
}


export function copySpeaker(ex: Extractor, att: Attribution, from: Attribution): void {
  att.speakerEntity = from.speakerEntity;
  att.speakerPseudo = from.speakerPseudo;
  att.speakerName = from.speakerName;
  att.source = null;
  att.inheritedMention = from.source ?? from.inheritedMention ?? null;
}


/**
 * The first token from i on (before b) where an indirect-speech rule may start: not inside a direct quote or a cue
 * used already, and an attribution phrase's opener (INDIRECT_OPENERS) or a cue; b if there is none. These are the
 * tokens indirectInSentence's loop passes over one by one (most tokens), in a small function that V8 optimises
 * early: the loop's own large body runs in the baseline tier.
 */
export function nextIndirectStart(ex: Extractor, i: number, b: number): number {
  const lower = ex.ctx.lower;
  const keys = ex.startKeys;
  for (; i < b; i++) {
    if (ex.inQuote[i] || ex.usedCue[i]) continue;
    const lw = lower[i];
    // (a word whose key bit is unset is no opener, and cueAt would answer null: most tokens)
    const h = cueKey(lw);
    if ((keys[h >>> 5] & (1 << (h & 31))) === 0) continue;
    if (INDIRECT_OPENERS.has(lw) || cueAt(ex, i, b) !== null) return i;
  }
  return b;
}


export function indirectInSentence(ex: Extractor, s: number, a: number, b: number): Attribution[] {
  const ctx = ex.ctx;
  const out: Attribution[] = [];
  for (let i = a; i < b; i++) {
    // (the tokens where none of the rules below applies are passed over in nextIndirectStart)
    i = nextIndirectStart(ex, i, b);
    if (i >= b) break;
    const lw = ctx.lower[i];
    // attribution phrases; in news mode not inside the clause of a reporting verb found before
    // ("gab Stöger laut einer Aussendung zu bedenken")
    let inCueClause = false;
    // where the clause of a "laut" phrase starts when it follows another statement in the sentence
    let lautFrom = a;
    // a loop, not out.some(closure): no closure per token (out is mostly empty)
    if (ex.mode === 'news') {
      for (let k = 0; k < out.length; k++) {
        const o = out[k];
        // (a cue without content — a topic, "sprachen … über …" — does not own a "laut" phrase after it)
        if (lw === 'laut' && !o.content) continue;
        if (o.cueTok && o.cueTok[0] < i && !(o.content && o.content[0] <= ctx.toks[i].start && o.content[1] >= ctx.toks[i].end)) {
          // (not a new main clause after both the cue and its content: "…, eine weiße Weste zu haben, der Großteil
          // … kommt laut der UN-Kommission …")
          let from = o.cueTok[1];
          if (o.content && o.content[1] <= ctx.toks[i].start) from = Math.max(from, ctx.tokenAt(o.content[1] - 1) + 1);
          let boundary = -1;
          for (let t = from; t < i && boundary < 0; t++) if ((ctx.words[t] === ',' || ctx.words[t] === ';') && ctx.lower[t + 1] !== 'so' && !ex.inQuote[t]) boundary = t;
          if (boundary >= 0 && o.content && o.content[1] <= ctx.toks[i].start && lw === 'laut') {
            lautFrom = Math.max(lautFrom, boundary + 1);
            continue;
          }
          inCueClause = true;
          break;
        }
      }
    }
    if (!inCueClause && ex.mode === 'news' && (lw === 'laut' || lw === 'zufolge' || lw === 'nach')) {
      // "„…“, sagte Kurz laut einer Aussendung": the cue of a direct quote earlier in the clause owns it
      for (let k = i - 1; k >= a; k--) {
        if (ctx.words[k] === ',' || ctx.words[k] === ':' || ctx.words[k] === ';' || END_PUNCT.has(ctx.words[k]) || ex.inQuote[k]) break;
        if (ex.usedCue[k]) {
          // (not a cue of this sentence that took no content: a topic, "sprachen … laut X … über …")
          let empty = lw === 'laut' && TOPIC_TALK.test(ctx.lower[k]);
          for (let q = 0; q < out.length && lw === 'laut'; q++) if (out[q].cueTok && out[q].cueTok![0] <= k && k < out[q].cueTok![1]) empty = !out[q].content;
          if (empty) continue;
          inCueClause = true;
          break;
        }
      }
    }
    if (!inCueClause && ex.mode === 'news' && lw === 'laut') {
      // "hatte Leitl zuvor laut einem Bericht der Presse gesagt": a reporting verb later in the same clause owns it
      for (let k = i + 1; k < b; k++) {
        // a name apposition between commas stays inside the clause ("vor dem Vizekonsul, Mark A. Brand, ausgesagt")
        if (ctx.words[k] === ',') {
          const m = nameAppositionEnd(ex, k, b);
          if (m > 0) {
            k = m;
            continue;
          }
        }
        if (ctx.words[k] === ',' || ctx.words[k] === ':' || END_PUNCT.has(ctx.words[k])) break;
        if (!ctx.isCap(k) && cueAt(ex, k, b)) {
          inCueClause = true;
          break;
        }
      }
    }
    // "Sie sollen laut Informationen aus Ungarn nicht eintreffen, so Pangl." / "…, wonach …, erläuterte der
    // Minister.": a post-posed frame closing the sentence owns the whole statement; an attribution phrase inside it
    // is the speaker's own source, no statement of its own (a wonach clause only after a Konjunktiv clause, not on a
    // noun phrase that is the frame's object: "Seine Aussage, wonach …, relativierte X", "Gerüchte, wonach …,
    // dementierte das Ministerium")
    if (!inCueClause && ex.mode === 'news' && (lw === 'laut' || lw === 'zufolge' || lw === 'nach' || lw === 'wonach') && (lw !== 'wonach' || subjunctiveBetween(ex, a, i)) && closingFrame(ex, i + 1, b)) inCueClause = true;
    if (inCueClause && (lw === 'laut' || lw === 'zufolge' || lw === 'nach' || lw === 'wonach')) continue;
    if (lw === 'laut' && ctx.words[i] !== 'Laut' ? isLautPrep(ex, i) : lw === 'laut') {
      let np = ctx.npAt(i + 1, b) ?? headAfter(ex, i + 1, b);
      if (np && !ctx.isCap(i + 1) && ctx.isAdj(i + 1)) np = adjectiveSource(ex, i + 1, b, np);
      // "laut Medienberichten Informationen über …": a bare plural source noun ends the phrase (the next noun is the object)
      if (np && ex.mode === 'news' && np.start === i + 1 && np.end > i + 2 && PLURAL_SOURCE.test(ctx.words[i + 1]) && ctx.isCap(i + 2) && (ctx.mentionAt[i + 1] < 0 || ctx.mentionAt[i + 1] !== ctx.mentionAt[i + 2])) np = { start: i + 1, end: i + 2, mention: ctx.bestMention(i + 1, i + 2), pronoun: false, dative: false };
      // "laut früheren Ankündigungen aus Regierungskreisen", "laut Angaben von X": the owner of the statement speaks
      if (np && ex.mode === 'news' && !np.mention && (ATTRIBUTION_NOUNS.has(ctx.words[np.end - 1]) || STATEMENT_PLURALS.has(ctx.words[np.end - 1])) && /^(?:aus|von|vom)$/.test(ctx.lower[np.end])) {
        const owner = ctx.npAt(np.end + 1, b);
        if (owner && !owner.pronoun) np = owner;
      }
      if (np && !np.pronoun) {
        out.push(reported(ex, i, i + 1, np, s, lautFrom, b, 'laut'));
        i = np.end - 1;
        continue;
      }
    }
    // "…, geht aus der Polizeistatistik hervor." / "Aus dem Bericht geht hervor, dass …" / "wie aus X hervorgeht":
    // the document or body after "aus" is the source
    if (ex.mode === 'news' && !inCueClause && (((lw === 'hervor') && (END_PUNCT.has(ctx.words[i + 1]) || ctx.words[i + 1] === ',')) || lw === 'hervorgeht' || lw === 'hervorging')) {
      let verb = lw === 'hervor' ? -1 : i;
      let aus = -1;
      let k = i - 1;
      for (; k >= a && ctx.words[k] !== ',' && ctx.words[k] !== ':' && ctx.words[k] !== ';' && !ex.inQuote[k]; k--) {
        if (/^(?:geht|gehen|ging|gingen)$/.test(ctx.lower[k])) verb = k;
        if (ctx.lower[k] === 'aus' && aus < 0) aus = k;
        // "…, geht aus dem Bericht nicht hervor": nothing is reported
        if (/^(?:nicht|kaum|nirgends|keineswegs)$/.test(ctx.lower[k])) aus = -2;
        if (aus === -2) break;
      }
      const np = aus >= 0 && verb >= 0 ? ctx.npAt(aus + 1, i) : null;
      if (np && !np.pronoun && np.end <= i) {
        const c0 = Math.min(verb, aus);
        const att = reported(ex, c0, i + 1, np, s, a, b, 'hervorgehen');
        // "…, wie aus X hervorgeht" / "…, geht aus X hervor": the statement is the clause before
        const before = k > a && ctx.words[k] === ',' && (k + 1 === c0 || ctx.lower[k + 1] === 'wie');
        if (before) att.content = trimContent(ex, a, k);
        // (otherwise only with a complement clause: "Aus der Wahl ging die ÖVP als Siegerin hervor" reports nothing)
        const after = ctx.words[i + 1] === ',' && /^(?:dass|daß|ob|wie|wer|was|warum|wo|wann|welche[rsnm]?)$/.test(ctx.lower[i + 2] ?? '');
        if (att.content && (before || after)) {
          out.push(att);
          continue;
        }
      }
    }
    // "…, zeigen die aktuellen Zahlen des Innenministeriums." — figures or a report as post-posed source
    if (ex.mode === 'news' && !inCueClause && SHOW_FORMS.has(lw) && i > a + 2 && ctx.words[i - 1] === ',') {
      const np = ctx.npAt(i + 1, b);
      let head = np ? np.start : -1;
      while (np && head < np.end && !(ctx.isCap(head) && (DATA_NOUNS.has(ctx.words[head]) || REPORT_NOUNS.has(ctx.words[head])))) head++;
      if (np && !np.pronoun && head < np.end && (END_PUNCT.has(ctx.words[np.end]) || np.end >= b)) {
        const att = reported(ex, i, i + 1, np, s, a, b, 'zeigen');
        if (att.content) {
          out.push(att);
          continue;
        }
      }
    }
    if (lw === 'zufolge') {
      const np = ctx.npBefore(i, a);
      if (np) {
        const att = reported(ex, i, i + 1, np, s, a, b, 'zufolge');
        // "den nordkoreanischen Angaben zufolge": the country of the adjective
        if (ex.mode === 'news' && !np.pronoun && (!np.mention || np.mention.entity.type === 'LOC') && ATTRIBUTION_NOUNS.has(ctx.words[np.end - 1])) placeOfAdjectives(ex, att, np.start, np.end - 1);
        out.push(att);
        continue;
      }
    }
    // "nach seiner Einschätzung", "nach ihren Worten": a possessive points to a person
    if (lw === 'nach' && i + 2 < b && POSSESSIVE.has(ctx.lower[i + 1]) && ATTRIBUTION_NOUNS.has(ctx.words[i + 2])) {
      const pos: NP = { start: i + 1, end: i + 2, mention: null, pronoun: true, dative: false };
      out.push(reported(ex, i, i + 3, pos, s, a, b, 'nach-angaben'));
      i += 2;
      continue;
    }
    // "nach Zschäpes Darstellung", "nach Merkels Worten": a name in the genitive before the attribution noun
    if (lw === 'nach' && i + 2 < b && ctx.mentionAt[i + 1] >= 0) {
      const m = ctx.mentions[ctx.mentionAt[i + 1]];
      const e = m.end;
      if (m.start === i + 1 && e < b && (m.entity.type === 'PER' || m.entity.type === 'ORG') && /s$/.test(ctx.words[e - 1]) && ATTRIBUTION_NOUNS.has(ctx.words[e])) {
        out.push(reported(ex, i, e + 1, { start: i + 1, end: e, mention: m, pronoun: false, dative: false }, s, a, b, 'nach-angaben'));
        i = e;
        continue;
      }
    }
    if (lw === 'nach' && i + 1 < b) {
      // "nach Angaben von X", "nach Auskunft seines Arztes", "nach eigenen Angaben", "nach offiziellen Angaben"
      let n = i + 1;
      let own = false;
      // "nach den Worten von X", "nach der Darstellung des X"
      if (/^d(?:en|er|em)$/.test(ctx.lower[n]) && ATTRIBUTION_NOUNS.has(ctx.words[n + 1]) && /^(?:von|vom|des|der)$/.test(ctx.lower[n + 2] ?? '')) n++;
      // "nach einem Bericht der X", "nach einer Studie des Y": a document with its author is a source too
      let doc = false;
      if (REPORT_NOUNS.has(ctx.words[n + 1] ?? '') && ex.mode === 'news' && /^(?:einem|einer|dem|der)$/.test(ctx.lower[n]) && /^(?:von|des|der|eines|einer)$/.test(ctx.lower[n + 2] ?? '')) {
        n++;
        doc = true;
      }
      while (n < b && n - i <= 2 && ctx.isAdj(n) && !ctx.isCap(n)) {
        if (ctx.lower[n].startsWith('eigen')) own = true;
        n++;
      }
      // "nach diesen Angaben", "nach dieser Darstellung": a demonstrative points to the source just named
      if (ex.mode === 'news' && n === i + 1 && /^(?:diesen|dieser|diesem|jenen)$/.test(ctx.lower[n]) && ATTRIBUTION_NOUNS.has(ctx.words[n + 1] ?? '')) {
        const last = ex.lastSpeaker;
        if (last && s - last.sentence <= 3 && last.att.kind !== 'fragment' && (last.att.speakerName || last.att.speakerEntity) && !weakSource(ex, last.att)) {
          const att = reported(ex, i, n + 2, { start: n, end: n + 2, mention: null, pronoun: false, dative: false }, s, a, b, 'nach-angaben');
          copySpeaker(ex, att, last.att);
          out.push(att);
          i = n + 1;
          continue;
        }
      }
      // "bietet X seiner Partei nach deren Angaben an": the relative possessive points to the noun phrase right before
      if (ex.mode === 'news' && n === i + 1 && (ctx.lower[n] === 'deren' || ctx.lower[n] === 'dessen') && ATTRIBUTION_NOUNS.has(ctx.words[n + 1] ?? '') && i > a && ctx.words[i - 1] !== ',') {
        const ante = ctx.npBefore(i, a);
        if (ante && !ante.pronoun && ctx.isCap(ante.end - 1)) {
          out.push(reported(ex, i, n + 2, ante, s, a, b, 'nach-angaben'));
          i = n + 1;
          continue;
        }
      }
      // "Nach APA-Informationen", "nach Polizei-Angaben": the first part of the compound is the source
      const nw = ctx.words[n] ?? '';
      const dash = nw.lastIndexOf('-');
      if (ex.mode === 'news' && dash > 0 && UPPER_START.test(nw) && ATTRIBUTION_NOUNS.has(nw.slice(dash + 1))) {
        const att = reported(ex, i, n + 1, { start: n, end: n + 1, mention: ctx.bestMention(n, n + 1), pronoun: false, dative: false }, s, a, b, 'nach-angaben');
        if (!att.speakerEntity) att.speakerName = nw.slice(0, dash);
        out.push(att);
        i = n;
        continue;
      }
      // "nach Polizeiangaben", "nach Armeeinformationen": a closed compound, its first part is the source
      const closed = ex.mode === 'news' && !own && n === i + 1 ? CLOSED_ATTRIBUTION.exec(nw) : null;
      if (closed && !ctx.isPunct(n) && ctx.mentionAt[n] < 0) {
        const att = reported(ex, i, n + 1, { start: n, end: n + 1, mention: null, pronoun: false, dative: false }, s, a, b, 'nach-angaben');
        att.speakerName = closed[1];
        out.push(att);
        i = n;
        continue;
      }
      // "nach Zahlen des Branchenverbands X", "nach neuen Daten der Weltbank": a data noun with its owner
      const data = DATA_NOUNS.has(ctx.words[n] ?? '') && ex.mode === 'news' && /^(?:von|des|der)$/.test(ctx.lower[n + 1] ?? '');
      if (data) doc = true;
      if (ATTRIBUTION_NOUNS.has(ctx.words[n]) || doc) {
        let k = n + 1;
        // "nach Angaben aus Moskau" / "aus Regierungskreisen": the place or circle stands for its source
        if (ctx.lower[k] === 'von' || ctx.lower[k] === 'aus') k++;
        const gen = ctx.lower[n + 1];
        let np = gen === 'von' || gen === 'aus' || gen === 'des' || gen === 'der' || gen === 'seines' || gen === 'ihres' || gen === 'eines' || gen === 'einer' ? ctx.npAt(k, b) : null;
        if (doc && !np) continue;
        // genitive without article: "nach Ansicht Athens", "nach Angaben mazedonischer Medien"
        if (!np && n + 1 < b && (ctx.mentionAt[n + 1] >= 0 || (ctx.isAdj(n + 1) && /er$/.test(ctx.lower[n + 1]) && ctx.isNominal(n + 2)))) np = ctx.npAt(n + 1, b);
        // "…, der nach eigenen Angaben …": in a relative clause the antecedent before the comma
        if (!np && own && ex.mode === 'news') {
          let c = i - 1;
          while (c > a && i - c <= 3 && ctx.words[c] !== ',') c--;
          if (ctx.words[c] === ',' && RELATIVE.has(ctx.lower[c + 1]) && c + 1 < i) {
            // the name right before the comma, or before an extraposed participle ("von X enthüllt, der …")
            const e = c - 1 > a && !ctx.isCap(c - 1) && !ctx.isPunct(c - 1) ? c - 1 : c;
            const mb = ctx.mentionAt[e - 1];
            if (mb >= 0 && ctx.mentions[mb].end === e && (ctx.mentions[mb].entity.type === 'PER' || ctx.mentions[mb].entity.type === 'ORG')) {
              np = { start: ctx.mentions[mb].start, end: e, mention: ctx.mentions[mb], pronoun: false, dative: false };
            } else if (e === c) np = ctx.npBefore(c, a);
          }
        }
        if (!np && own) np = ownSourceSubject(ex, i, n, s);
        if (np || n > i + 1) {
          const att = np ? reported(ex, i, n + 1, np, s, a, b, 'nach-angaben') : reported(ex, i, n + 1, { start: n, end: n + 1, mention: null, pronoun: false, dative: false }, s, a, b, 'nach-angaben');
          if (!np) {
            att.source = null;
            att.speakerName = null;
            // "nach nordkoreanischen Angaben", "nach russischen Angaben": a country's adjective names the country
            if (ex.mode === 'news') placeOfAdjectives(ex, att, i + 1, n);
            // "habe die Polizei demnach nach vorläufigen Erkenntnissen …": an ownerless attribution phrase in a
            // "demnach" sentence keeps the source "demnach" points to
            if (ex.mode === 'news' && !att.speakerName && !att.speakerEntity) demnachSource(ex, att, s, a, b);
          }
          out.push(att);
          i = np ? Math.max(np.end - 1, n) : n;
          continue;
        }
      }
    }
    // "einen Bericht dementiert, wonach …": the noun before ", wonach" is the source
    if (lw === 'wonach' && i > a + 1 && ctx.words[i - 1] === ',') {
      let np = ctx.npBefore(i - 1, a);
      // extraposed: "einen Zeitungsbericht dementiert, wonach …"
      if (!np) {
        for (let k = i - 2; k >= Math.max(a, i - 4); k--) {
          if (ctx.isNominal(k)) {
            np = ctx.npBefore(k + 1, a);
            break;
          }
        }
      }
      // only the head noun and its article/adjectives ("einen Zeitungsbericht", not "Freitagnachmittag Berichte")
      if (np && np.end - np.start > 1 && ctx.isCap(np.end - 2) && !ctx.mentionAt[np.end - 1] && !(np.end - np.start === 2 && POSSESSIVE.has(ctx.lower[np.start]))) np = { ...np, start: np.end - 1, mention: ctx.bestMention(np.end - 1, np.end) };
      if (np && ctx.isCap(np.end - 1)) {
        const att = makeAtt(ex, 'reported', [i, i + 1]);
        setSource(ex, att, np, i);
        const last = lastContentTok(ex, a, b);
        let end = clauseEnd(ex, i, last);
        // "Den Vorwurf der X, wonach …, will Y so nicht stehen lassen: …": a wonach clause on the Vorfeld noun phrase
        // ends where the main clause resumes with its finite verb and an inverted subject; a colon frame after it
        // ("…, will Y … lassen: Wir …") is that subject's direct statement
        const resume = ex.mode === 'news' ? mainClauseResumes(ex, a, i, end) : -1;
        let framed: Attribution | null = null;
        if (resume > 0) {
          end = resume;
          let colon = -1;
          for (let k = resume + 2; k < last && colon < 0; k++) if (ctx.words[k] === ':') colon = k;
          const subj = ctx.npAt(resume + 2, colon > 0 ? colon : last);
          const named = !!subj && !subj.dative && (subj.pronoun ? /^(?:er|sie)$/.test(ctx.lower[subj.start]) : subj.mention?.entity.type === 'PER');
          if (colon > 0 && named && last - colon >= 4 && ctx.isCap(colon + 1)) framed = unmarkedDirect(ex, subj!, colon, colon + 1, last, 'colon');
        }
        att.content = trimContent(ex, i, end);
        att.method = 'wonach';
        if (att.content) {
          out.push(att);
          if (framed) out.push(framed);
          for (let k = i; k < b; k++) ex.usedCue[k] = 1;
          break;
        }
      }
    }
    // "…, steht in dem Erlass." / "…, stand im Bericht."
    if ((lw === 'steht' || lw === 'stand') && i > a && ctx.words[i - 1] === ',' && (ctx.lower[i + 1] === 'in' || ctx.lower[i + 1] === 'im' || (ctx.lower[i + 1] === 'es' && (ctx.lower[i + 2] === 'in' || ctx.lower[i + 2] === 'im')))) {
      const k = ctx.lower[i + 1] === 'es' ? i + 3 : i + 2;
      const np = ctx.npAt(k, b);
      if (np && (ex.mode !== 'news' || textHolder(ex, np))) {
        const att = makeAtt(ex, 'indirect', [i, i + 1]);
        setSource(ex, att, np, i);
        let f = i - 2;
        while (f >= a && ctx.words[f] !== ':' && !(ctx.isQuote(f) && ex.inQuote[f])) f--;
        att.content = trimContent(ex, f + 1, i - 1);
        att.method = 'post';
        if (att.content) {
          out.push(att);
          continue;
        }
      }
    }
    // "…, so X." and, between dashes, "Die Lage sei – so FP-Referent Hans Tschürtz – außer Kontrolle."
    const soMark = i > a ? ctx.words[i - 1] : '';
    const soDash = soMark === '–' || soMark === '—' || soMark === '-';
    if (lw === 'so' && i > a && (soMark === ',' || soDash && i - 1 > a && !ctx.isCap(i)) && !ex.inQuote[i - 1]) {
      const np = ctx.npAt(i + 1, b);
      let tail = np ? np.end : b;
      // "…, so Ban am Donnerstag." / "…, so der Minister in einer Aussendung."
      while (np && tail < b && !END_PUNCT.has(ctx.words[tail]) && ctx.words[tail] !== ',' && ctx.words[tail] !== ':' && !(soDash && ctx.words[tail] === soMark) && tail - np.end < 8 && !reportingForm(ctx.lower[tail])) tail++;
      if (np && !np.pronoun && (tail >= b - 1 || END_PUNCT.has(ctx.words[tail]) || ctx.words[tail] === soMark || !soDash && ctx.words[tail] === ':')) {
        const att = makeAtt(ex, 'indirect', [i, i + 1]);
        let from = i - 1;
        while (from > a && ctx.words[from - 1] !== ':') from--;
        att.content = trimContent(ex, from, i - 1);
        // inserted after the first word(s): "Bisher, so Schenk, habe Kurz …" — the whole clause is the statement,
        // and a narrative verb before the colon ("sieht … begründet: …") does not own it; so inside the clause
        // ("Die Lage sei, so Tschürtz, außer Kontrolle" / "… sei – so Tschürtz – außer …") unless a relative or
        // subordinate clause on the speaker follows ("…, so Huber, die seit 2010 …")
        // subordinate clause on the speaker follows ("…, so Huber, die seit 2010 …"), the part before is a whole
        // clause of its own (a comma or quote mark in it, "doch"/"und" after the cue) or a long tail follows the name
        let whole = false;
        if (att.content && !soDash) {
          for (let k = from; k < b && !whole; k++) if (ctx.isQuote(k) || k < i - 1 && ctx.words[k] === ',') whole = true;
          const nx = ctx.lower[tail + 1];
          if (RELATIVE.has(nx) || SUBORDINATORS.has(nx) || CONJ.has(nx) || nx === 'wie' || tail - np.end > 3) whole = true;
        }
        const inserted = ctx.words[tail] === soMark && tail + 3 < b && !whole;
        if (soDash && !inserted && ctx.words[tail] === soMark) continue;
        if (inserted) {
          att.content = trimContent(ex, from, lastContentTok(ex, a, b));
          for (let o = out.length - 1; o >= 0; o--) {
            const c = out[o].content;
            if (c && c[0] <= ctx.toks[i].start && c[1] >= ctx.toks[i].end) out.splice(o, 1);
          }
        }
        // "– so FP-Sicherheitsreferent und Landeshauptmannstellvertreter Johann Tschürtz –": the name after the role
        let src = np;
        if (soDash && ctx.mentionAt[np.start] < 0) {
          for (let k = np.end; k < tail; k++) {
            const later = ctx.mentionAt[k] >= 0 ? ctx.npAt(k, tail) : null;
            if (later && !later.pronoun) {
              src = later;
              break;
            }
          }
        }
        setSource(ex, att, src, i);
        att.method = 'so';
        // between dashes without quote marks: reported speech, whatever the mood
        if (!soDash || !inserted) markUnmarkedDirect(ex, att);
        if (att.content) {
          out.push(att);
          // "…, so Grundig: Auch Facebook kann man nicht abtun …" — the speaker goes on after the cue
          const after = att.content[1] <= ctx.toks[i].start ? afterCue(ex, att, tail, a, b) : null;
          if (after) {
            out.push(after);
            break;
          }
        }
        continue;
      }
    }
    if (ex.mode === 'news' && out.length > 0 && out.some((o) => o.content && o.content[0] <= ctx.toks[i].start && o.content[1] >= ctx.toks[i].end)) continue;
    // "Das heißt, dass …" / "Das heißt: …": no report, the current speaker goes on
    if (ex.mode === 'news' && lw === 'heißt' && i === a + 1 && (ctx.lower[a] === 'das' || ctx.lower[a] === 'dies') && (ctx.words[i + 1] === ',' || ctx.words[i + 1] === ':')) {
      ex.usedCue[i] = 1;
      const cont = out.length ? null : fillerContinuation(ex, a, a, b, s, 2);
      if (cont) {
        out.push(cont);
        break;
      }
      continue;
    }
    // "Anders gesagt: …", "Ehrlich gesagt, …": no report, the current speaker goes on
    if (ex.mode === 'news' && lw === 'gesagt' && i === a + 1 && (ctx.words[i + 1] === ':' || ctx.words[i + 1] === ',') && ctx.mentionAt[a] < 0) {
      ex.usedCue[i] = 1;
      const cont = fillerContinuation(ex, i + 2, a, b, s, 3);
      if (cont) {
        out.push(cont);
        break;
      }
      continue;
    }
    const cue = cueAt(ex, i, b);
    if (!cue) continue;
    // a later post-posed cue ("…, die Polizei warnt vor nix, wir versuchen …, betont X, …") owns the
    // clause before it: reporting verbs inside that statement are part of it
    if (ex.mode === 'news' && !ctx.isCap(i) && insidePostCueClause(ex, i, a, b)) continue;
    // "ohne … zu erwähnen": a zu-infinitive is no report of speech
    // (but "pflegte er zu sagen" reports a habit of saying)
    if (ex.mode === 'news' && i > a && ctx.lower[i - 1] === 'zu' && !/^pflegt/.test(ctx.lower[i - 3] ?? '') && !/^pflegt/.test(ctx.lower[i - 2] ?? '')) continue;
    ex.usedCue[i] = 1;
    const att = makeAtt(ex, 'indirect', cue);
    // clause around the cue
    let cs = i - 1;
    while (cs >= a) {
      // a parenthesis ("die Organisation (IOM) hatte …") does not end the clause
      if (ctx.words[cs] === ')' && ex.mode === 'news') {
        let o = cs - 1;
        while (o > a && ctx.words[o] !== '(' && ctx.words[o] !== ')' && cs - o < 25) o--;
        if (ctx.words[o] === '(') {
          cs = o - 1;
          continue;
        }
      }
      // a hyphen glued to both neighbours joins a compound ("Die 42-Jährige erzählt …"), it ends no clause
      if (BOUNDARY.has(ctx.words[cs]) && !(ctx.words[cs] === '-' && cs > a && ctx.toks[cs].start === ctx.toks[cs - 1].end && ctx.toks[cs + 1]?.start === ctx.toks[cs].end)) break;
      cs--;
    }
    cs++;
    const verbFinal = i + 1 >= b || ctx.isPunct(i + 1) || ctx.lower[i + 1] === 'und' || ctx.lower[i + 1] === 'oder';
    // ("Denn, das lässt sich laut X sagen:" — after a comma behind a sentence-initial conjunction "das" opens the main clause)
    const rel = cs > a && cs < i && RELATIVE.has(ctx.lower[cs]) && ctx.words[cs - 1] === ',' && !(cs - 2 === a && CONJ.has(ctx.lower[a])) && !ctx.isNominal(cs + 1) && !ctx.isAdj(cs + 1) && (verbFinal || (ex.mode === 'news' && SEPARABLE_NEXT.has(ctx.lower[i + 1]) && (i + 2 >= b || ctx.isPunct(i + 2))));
    // leading conjunctions do not change the clause type: "Doch während Sie meinen"
    while (cs < i - 1 && CONJ.has(ctx.lower[cs])) cs++;
    const prepRel = cs + 1 < i && PREPOSITIONS.has(ctx.lower[cs]) && RELATIVE.has(ctx.lower[cs + 1]) && cs > a && ctx.words[cs - 1] === ',';
    // ("Seit der Wahl hatte die Partei betont, …", "Während der Sitzung sagte X, …": a preposition, when a finite
    // verb follows its noun phrase)
    const ppOpener = ex.mode === 'news' && cs < i && PREPOSITIONS.has(ctx.lower[cs]) && SUBORDINATORS.has(ctx.lower[cs]) && prepositionalOpener(ex, cs, i);
    const subordinate = (cs < i && SUBORDINATORS.has(ctx.lower[cs]) && !ppOpener && (verbFinal || SEPARABLE_NEXT.has(ctx.lower[i + 1]))) || rel || prepRel;
    // "Zudem gebe es Flyer, die die Menschen auffordern, …": a cue in a relative clause of a Konjunktiv main
    // clause is part of that reported statement
    if (ex.mode === 'news' && rel && !out.length) {
      let subjMain = false;
      for (let m = a; m < cs - 1 && !subjMain; m++) subjMain = SUBJUNCTIVE_ALL.has(ctx.lower[m]) && !ctx.isCap(m);
      if (subjMain) continue;
      // "Dort entstehen Aktivitäten, die darauf hinweisen, dass …" right after a statement: a relative clause on a
      // thing (no person or role noun before the comma) goes on with the current speaker's statement
      const an = cs - 2;
      if (an > a && ex.lastSpeaker && ex.lastSpeaker.sentence === s - 1 && ex.lastSpeaker.att.kind !== 'fragment' && ctx.isCap(an) && ctx.mentionAt[an] < 0 && !ROLE_NOUN.test(ctx.lower[an]) && !INSTITUTION.test(ctx.lower[an]) && /(?:en|ten|ungen|heiten|keiten|ionen|sse|nisse)$/.test(ctx.lower[an]) && !PEOPLE_PLURAL.test(ctx.lower[an])) continue;
    }
    let np: NP | null;
    let demnach = false;
    let coordinatedVp = false;
    if (ctx.isCap(i) && i !== ctx.sentStart[s]) {
      // nominal cue ("Antrag", "Position"): possessive before or genitive after
      np = nominalSource(ex, i, a, b);
    } else if (rel) {
      np = firstSubject(ex, cs + 1, i, att) ?? { start: cs, end: cs + 1, mention: null, pronoun: false, dative: false };
      if (np.start > cs + 1 && ctx.words[cs] !== 'die' && ctx.words[cs] !== 'der') np = { start: cs, end: cs + 1, mention: null, pronoun: false, dative: false };
      if (np.start === cs) {
        // the relative pronoun stands for the noun phrase before the comma
        let k = cs - 2;
        while (k >= a && !BOUNDARY.has(ctx.words[k])) k--;
        let ante = ctx.npAt(k + 1, cs - 1);
        // "Es gehört Anton Wieser, der … bestätigt": the name right before the comma
        const mBefore = ctx.mentionAt[cs - 2];
        if ((!ante?.mention || ante.end !== cs - 1) && mBefore >= 0 && ctx.mentions[mBefore].end === cs - 1 && ctx.mentions[mBefore].entity.type === 'PER') {
          ante = { start: ctx.mentions[mBefore].start, end: cs - 1, mention: ctx.mentions[mBefore], pronoun: false, dative: false };
        }
        if (ante?.mention) np.mention = ante.mention;
        // news: name the antecedent ("Experten, die versichern, …") rather than the pronoun
        else if (ante && ex.mode === 'news' && ante.end === cs - 1) np = ante;
      }
    } else if (subordinate) {
      np = firstSubject(ex, prepRel ? cs + 2 : cs + 1, i, att);
      // "…, weil man von Rapid immer mehr erwartet": a generic subject in an adverbial clause reports nothing
      if (ex.mode === 'news' && np?.pronoun && ctx.lower[np.start] === 'man' && ADVERBIAL_SUB.has(ctx.lower[cs])) continue;
      if (ctx.lower[cs] === 'wie') {
        att.kind = 'reported';
        // "…, wie manche behaupteten" / "…, wie der Begriff suggeriere": an indefinite source or a
        // Konjunktiv inside reported speech is part of the statement, not its attribution
        if (ex.mode === 'news' && cs > a && ((np && (INDEFINITE.has(ctx.lower[np.start]) || INDEFINITE.has(ctx.lower[np.end - 1]))) || (lw.endsWith('e') && !lw.endsWith('te')))) continue;
      }
    } else if (((ctx.lower[i] === 'heißt' || ctx.lower[i] === 'hieß') && ctx.lower[i + 1] === 'es') || (ctx.lower[i] === 'geheißen' && esBefore(ex, cs, i))) {
      np = heisstEsSource(ex, i, cs, b, s);
      // "…, heißt es demnach." — "according to it": the source just named goes on
      demnach = ex.mode === 'news' && ctx.lower[i + 2] === 'demnach' && (END_PUNCT.has(ctx.words[i + 3] ?? '') || i + 3 >= b);
      // a bare "…, hieß es." right after a statement goes on with its speaker (not the subject that statement opened with)
      const prev = ex.lastSpeaker;
      if (ex.heisstEsBare && cs > a && ctx.lower[cs] !== 'so' && prev && prev.sentence === s - 1 && prev.att.content && prev.att.kind !== 'fragment' && (prev.att.speakerName || prev.att.speakerEntity) && ctx.sentenceOf(ctx.tokenAt(prev.att.content[1] - 1)) === s - 1) demnach = true;
    } else if (isPassive(ex, i, cs)) {
      // "In dem Bericht wird … beklagt" / "wurde von X kritisiert": agent or source PP, not the subject
      np = null;
      // "…, wird der Linksaktivist zitiert": the subject of a passive "zitiert" is the one quoted
      if (ex.mode === 'news' && ctx.lower[i] === 'zitiert') {
        let aux = cs;
        while (aux < i && !/^(?:wird|wurde|werden|wurden)$/.test(ctx.lower[aux])) aux++;
        const subj = aux < i - 1 ? ctx.npAt(aux + 1, i) : null;
        if (subj && !subj.dative && (subj.pronoun ? ['er', 'sie'].includes(ctx.lower[subj.start]) : ctx.isCap(subj.end - 1))) np = subj;
      }
      for (let k = cs; k < b && !np; k++) {
        const w = ctx.lower[k];
        if ((w === 'von' || w === 'vom' || w === 'in' || w === 'im') && !ex.inQuote[k]) {
          let pp = ctx.npAt(k + 1, b);
          // "von allen Seiten", "von beiden Parteien": a quantifier before the agent noun
          if (!pp && w === 'von' && QUANTIFIER_AGENT.test(ctx.lower[k + 1])) {
            const q = ctx.npAt(k + 2, b);
            if (q && !q.pronoun) pp = { ...q, start: k + 1 };
          }
          if (pp && !pp.pronoun) np = pp;
        }
        // "Beim Roten Kreuz wurde betont, …", "seitens der Polizei wurde erklärt": an organisation or office
        if (ex.mode === 'news' && (w === 'bei' || w === 'beim' || w === 'seitens' || w === 'vonseiten') && !ex.inQuote[k]) {
          const pp = ctx.npAt(k + 1, b);
          if (pp && !pp.pronoun && (pp.mention?.entity.type === 'ORG' || INSTITUTION.test(ctx.lower[pp.end - 1]))) np = pp;
        }
        if (ctx.words[k] === ',' && k > i) break;
      }
    } else if (ex.mode === 'news' && ctx.lower[cs] === 'wie' && cs < i - 1 && ctx.isCap(cs + 1) && !ctx.isPunct(i + 1)) {
      // "Wie X kritisierte auch er den Bericht": "Wie X" is a comparison in the Vorfeld, the subject
      // follows the finite verb (X only did the same)
      np = firstSubject(ex, i + 1, b, att);
    } else np = subjectOf(ex, cue, cs, b, att);
    // debates: any subject in the clause ("ich habe den Eindruck", "wir … können … zustimmen")
    if (!np && ex.mode === 'all' && !(ctx.isCap(i) && i !== ctx.sentStart[s])) np = clauseSubject(ex, i, a, b);
    // "betonte man im Büro der Stadträtin X": the place speaks for the impersonal subject
    if (np?.pronoun && ctx.lower[np.start] === 'man') {
      for (let k = np.end; k < Math.min(b, np.end + 3); k++) {
        const w = ctx.lower[k];
        if (w === 'im' || w === 'in' || w === 'aus' || w === 'bei' || w === 'beim' || w === 'vom') {
          const pp = ctx.npAt(k + 1, b);
          if (pp && !pp.pronoun) np = pp;
          break;
        }
        if (!ADVERBS.has(w)) break;
      }
    }
    // "Für die Forscher leitet sich daraus ab, dass …": the holder of the conclusion
    if (ex.mode === 'news' && !ctx.isCap(i) && DERIVE.has(lw)) {
      const holder = derivationHolder(ex, i);
      if (holder) np = holder;
    }
    // "wie X vom Sprecher … erfuhr": the source learnt from speaks, not the medium that learnt it
    if (ex.mode === 'news' && ERFAHREN.has(lw)) {
      np = erfahrenSource(ex, i);
      if (!np) continue;
    }
    // coordinated verb without its own subject: "… können zustimmen und plädieren für …"
    if (!np && i > a && (ctx.lower[i - 1] === 'und' || ctx.lower[i - 1] === 'oder' || (ctx.words[i - 1] === ',' && ex.mode === 'news')) && out.length && out[out.length - 1].source) {
      np = out[out.length - 1].source;
    }
    // "Am Sonntag legt er sich nicht fest, stellt aber klar, dass …": the subject of the clause before
    if (!np && ex.mode === 'news' && i > a && ctx.words[i - 1] === ',' && !subordinate && !rel) {
      const cs2 = clauseSubject(ex, i, a, b);
      if (cs2?.pronoun && (ctx.lower[cs2.start] === 'er' || ctx.lower[cs2.start] === 'sie')) {
        np = cs2;
        // (not an impersonal "…, hieß es": its "es" is the subject after the verb)
        coordinatedVp = ctx.lower[cue[1]] !== 'es' && ctx.mentionAt[cue[1]] < 0;
      }
    }
    // "Die Reaktion der Flughafen Wien AG: Man weise … zurück": the owner of a verbless speech-noun frame before
    // the colon is the impersonal subject
    if (ex.mode === 'news' && np?.pronoun && (ctx.lower[np.start] === 'man' || ctx.lower[np.start] === 'wir') && !out.length) {
      let framed: Attribution | null = null;
      for (let k = a + 2; k < np.start; k++) {
        if (ctx.words[k] !== ':') continue;
        const owner = speechNounFrameOwner(ex, a, k);
        if (owner) {
          let subjunctive = false;
          for (let m = k + 1; m < b; m++) if (SUBJUNCTIVE_ALL.has(ctx.lower[m]) && !ctx.isCap(m)) subjunctive = true;
          subjunctive ||= konjunktivOne(ex, k + 1, lastContentTok(ex, a, b));
          framed = makeAtt(ex, subjunctive ? 'indirect' : 'direct', cue);
          framed.content = trimContent(ex, k + 1, lastContentTok(ex, a, b));
          framed.method = 'colon-frame';
          setSource(ex, framed, owner, k);
          if (!subjunctive) framed.marks = false;
        }
        break;
      }
      if (framed?.content) {
        out.push(framed);
        break;
      }
    }
    // "X hält dagegen: Man kann nicht sagen, dass …" / "X reagierte: Wir glauben, dass …": a cue with an impersonal or
    // first-person subject inside the statement of a colon frame belongs to the frame's speaker, not the last speaker
    if (ex.mode === 'news' && np?.pronoun && !out.length && cs > a + 2 && (ctx.lower[np.start] === 'man' || firstOrSecondPerson(ex, np.start))) {
      const framed = colonFrameBefore(ex, s, a, b, cs);
      if (framed) {
        out.push(framed);
        break;
      }
    }
    // "Herrgott, warum kann man nicht einfach sagen: …" right after a direct statement: the speaker goes on
    // — and generally a generic "man" reporting inside someone's statement ("Man sollte ihnen das Gefühl geben,
    // dass …", "… kann man wohl nicht davon sprechen, dass …") is that speaker going on (two sentences at most)
    const lastSp = ex.lastSpeaker;
    // (not in a sentence that opens with another person's view: "Für X ist es keine Werbung, wenn man …")
    if (ex.mode === 'news' && np?.pronoun && ctx.lower[np.start] === 'man' && !out.length && lastSp && s - lastSp.sentence <= 2 && lastSp.att.kind !== 'fragment' && (lastSp.att.speakerName || lastSp.att.speakerEntity) && !otherViewHolder(ex, s, lastSp.att)) {
      let subjunctive = false;
      for (let k = a; k < b; k++) if (SUBJUNCTIVE_ALL.has(ctx.lower[k]) && !ctx.isCap(k)) subjunctive = true;
      const direct = lastSp.sentence === s - 1 && lastSp.att.kind === 'direct';
      if (direct || subjunctive || !ex.marksKept) {
        const cont = makeAtt(ex, subjunctive ? 'indirect' : 'direct', cue);
        cont.content = trimContent(ex, a, lastContentTok(ex, a, b));
        cont.method = 'continuation';
        cont.continuation = true;
        cont.kind = subjunctive ? 'indirect' : 'direct';
        copySpeaker(ex, cont, lastSp.att);
        if (!subjunctive) cont.marks = false;
        if (cont.content) {
          out.push(cont);
          break;
        }
      }
    }
    // "…, rechtfertige keine diskriminierende Regelung": a negated noun phrase ("kein …") never speaks; the verb
    // is no report here
    if (ex.mode === 'news' && np && !np.pronoun && np.start > i && /^kein(?:e|en|em|er|es)?$/.test(ctx.lower[np.start])) {
      ex.usedCue[i] = 0;
      continue;
    }
    // "scheint sie … eine Reihe Polizisten gebeten zu haben, …": a perfect infinitive has no subject of its own;
    // the noun phrase before it is its object, the matrix clause's pronoun is the speaker
    if (ex.mode === 'news' && np && !np.pronoun && np.end === i && ctx.lower[i + 1] === 'zu' && /^(?:haben|sein)$/.test(ctx.lower[i + 2] ?? '')) {
      const sub = clauseSubject(ex, np.start, a, b);
      if (sub?.pronoun && ctx.lower[sub.start] !== 'man') np = sub;
    }
    // "würde sich das durch totalen Rückzug äußern", "werde es weniger Abteilungen geben": a bare adjective +
    // noun phrase without article, name or role is an object or adverbial, never a source
    if (ex.mode === 'news' && np && !np.pronoun && !np.mention && !ctx.isCap(np.start) && !ARTICLES.has(ctx.lower[np.start]) && !PREPOSITIONS.has(ctx.lower[np.start]) && !INDEFINITE.has(ctx.lower[np.start]) && !plausibleSpeaker(ex, np) && !articleBefore(ex, np.start) && !(ctx.lower[np.start - 1] === 'von' && QUANTIFIER_AGENT.test(ctx.lower[np.start]))) continue;
    // "Nun hätten die Gerichte den Versicherungen klargemacht, dass …": a cue in a verb-second Konjunktiv clause
    // whose subject is no person, right after a person's statement or view, is that person's report
    if (ex.mode === 'news' && np && !np.pronoun && np.mention?.entity.type !== 'PER' && !out.length && !ctx.isCap(i) && subjunctiveV2Before(ex, a, i)) {
      const owner = introducedSpeaker(ex, s) ?? ex.lastSpeaker;
      if (owner && s - owner.sentence <= 2 && owner.att.kind !== 'fragment' && owner.att.speakerEntity?.type === 'PER') {
        const cont = continuationOf(ex, 'indirect', trimContent(ex, a, lastContentTok(ex, a, b)), owner.att);
        if (cont) {
          out.push(cont);
          break;
        }
      }
    }
    // "Zudem habe er sich bereit erklärt, …" / "Der Angeklagte habe gestanden, …" right after a source's reported
    // statement: a report inside the report — the cue's finite verb is a Konjunktiv I auxiliary of the main clause,
    // so the whole sentence is still that source's indirect speech. Only for a subject that is "er"/"sie" or a
    // description resolving to no person: a person named by name reports in their own right ("Demnach habe Abbas
    // erwidert, dass …" — Abbas)
    if (ex.mode === 'news' && np && !out.length && !ctx.isCap(i) && (np.pronoun ? /^(?:er|sie)$/.test(ctx.lower[np.start]) : np.mention?.entity.type !== 'PER') && konjunktivAuxClause(ex, a, i)) {
      const owner = ex.lastSpeaker;
      if (owner && s - owner.sentence === 1 && (owner.att.kind === 'indirect' || owner.att.kind === 'reported') && (owner.att.speakerEntity || owner.att.speakerName) && !weakSource(ex, owner.att) && (!np.mention || np.mention.entity !== owner.att.speakerEntity)) {
        const cont = continuationOf(ex, 'indirect', trimContent(ex, a, lastContentTok(ex, a, b)), owner.att);
        if (cont) {
          out.push(cont);
          break;
        }
      }
    }
    // "Die EU-Kommission werde die Regierung – und nicht die Bank – auffordern, …": a cue without a subject
    // found, in a Konjunktiv clause, is part of the current speaker's reported statement
    if (ex.mode === 'news' && !np && !out.length && ex.lastSpeaker && s - ex.lastSpeaker.sentence <= 2 && !ctx.isCap(i)) {
      let subj = false;
      for (let k = a; k < i && !subj; k++) subj = SUBJUNCTIVE_ALL.has(ctx.lower[k]) && !ctx.isCap(k) && !ex.inQuote[k];
      if (subj) {
        ex.usedCue[i] = 0;
        continue;
      }
    }
    // "Ich bin (davon) überzeugt, dass …": no subject found for the predicative cue, but a first-person pronoun opens
    // its clause — the current speaker's words (as "Ich glaube, dass …" below), when there is one
    if (ex.mode === 'news' && !np && !out.length && ctx.lower[i] === 'überzeugt') {
      const sub = clauseSubject(ex, i, a, b);
      const owner = introducedSpeaker(ex, s) ?? ex.lastSpeaker;
      if (sub?.pronoun && firstOrSecondPerson(ex, sub.start) && owner && s - owner.sentence <= 3) np = sub;
    }
    setSource(ex, att, np, i);
    if (demnach && ex.lastSpeaker && s - ex.lastSpeaker.sentence <= 2 && ex.lastSpeaker.att.kind !== 'fragment') copySpeaker(ex, att, ex.lastSpeaker.att);
    // "Ich glaube, …" / "…, was Sie sich erwarten": outside quote marks a first/second-person
    // speaker means the sentence is a direct quote (marks lost) of the current speaker
    if (ex.mode === 'news' && np?.pronoun && firstOrSecondPerson(ex, np.start) && !out.length) {
      // "Wir erwarten Taten, sagte ein US-Vertreter.": a post-posed frame with a third-person subject names
      // the speaker of the first-person statement — leave it to that cue
      if (postposedFrame(ex, i + 1, b)) continue;
      const cont = lastSpeakerContinuation(ex, s, cue, a, b, false);
      if (cont) {
        out.push(cont);
        break;
      }
      continue;
    }
    // "Leute haben mir gesagt, dass …": a cue opening the sentence with a first-person object ("mir", "mich", "uns")
    // outside quote marks is a first-person account — the current speaker's words, the whole sentence direct
    if (ex.mode === 'news' && np && !np.pronoun && !out.length && cs === a && np.start >= a && np.end <= i && !ex.inQuote[i] && firstPersonObject(ex, np.end, i + 3, b)) {
      const cont = lastSpeakerContinuation(ex, s, cue, a, b, true);
      if (cont) {
        cont.account = true;
        out.push(cont);
        break;
      }
    }
    // content
    let content = complement(ex, cue, cs, subordinate, a, b);
    // "Sie gilt als regierungsnah, dementiert allerdings, …": the verb coordinated with the clause before (its subject
    // "er"/"sie" opens that clause) reports only what follows it; the clause before is no statement
    if (coordinatedVp && content && ex.complementType === 'post') continue;
    // "Jonas Weber, der Betriebsrat des Werks, das …, warnte vor Entlassungen": a clause before the cue that opens
    // with its own subject is that subject with an apposition or relative clause, no statement; the
    // complement after the cue (if any) is the content
    if (ex.mode === 'news' && content && ex.complementType === 'post' && cs > a && ctx.words[cs - 1] === ',') {
      const c0 = ctx.tokenAt(content[0]);
      let subj: NP | null = null;
      if (np && !np.pronoun && np.end < cs && np.start >= c0) {
        // the subject opens the clause and a comma follows it, or a name in apposition closes it ("Die Expertin der
        // Fraktion, Eva Muster, beklagte …")
        if ((np.start <= c0 + 1 && ctx.words[np.end] === ',') || (np.end === cs - 1 && ctx.words[np.start - 1] === ',' && np.mention?.entity.type === 'PER')) subj = np;
      } else if ((!np || (np.start > i && !np.pronoun && !np.mention && !plausibleSpeaker(ex, np))) && c0 >= 0) {
        // no subject found (or an implausible one, "warnte vor Entlassungen"): a person named first, with a comma
        // after ("Otto Brandner, selbst Stahlarbeiter, sagt, …")
        // (also after a focus particle: "Auch X, einst Diplomat, heute Dozent in Miami, rät …")
        const n0 = ex.mode === 'news' && FOCUS_PARTICLES.has(ctx.lower[c0]) && c0 + 1 < cs ? c0 + 1 : c0;
        const mi = ctx.mentionAt[n0];
        const m = mi >= 0 ? ctx.mentions[mi] : null;
        if (m && m.entity.type === 'PER') {
          let e = n0;
          while (e < cs && ctx.mentionAt[e] === mi) e++;
          if (ctx.words[e] === ',' && e < cs - 1) subj = { start: n0, end: e, mention: m, pronoun: false, dative: false };
        }
      }
      if (subj) {
        content = complement(ex, cue, cs, subordinate, a, b, true);
        // (a bare V2 clause after the verb is a statement only in the Konjunktiv: "zeigte eine solide Leistung,
        // konnte sich …" is a second main clause)
        if (content && (ex.complementType as string) === 'clause') {
          const f = ctx.tokenAt(content[0]);
          let speech = f >= 0 && /^(?:dass|daß|ob)$/.test(ctx.lower[f]);
          for (let k = f; k >= 0 && k < ctx.n && ctx.toks[k].start < content[1] && !speech; k++) speech = SUBJUNCTIVE_ALL.has(ctx.lower[k]) && !ctx.isCap(k);
          if (!speech) content = null;
        }
        if (!np || np.start > i) {
          np = subj;
          setSource(ex, att, np, i);
        }
      }
    }
    // "…, sind die Anwälte überzeugt: …" — the clause before the post-posed frame is a statement too
    if (ex.mode === 'news' && content && BELIEF_ADJ.has(ctx.lower[i]) && ctx.words[cue[1]] === ':' && content[0] > ctx.toks[i].start && !out.some((o) => o.content && o.content[0] <= ctx.toks[cs - 2].start && o.content[1] >= ctx.toks[cs - 2].end) && cs > a + 2 && ctx.words[cs - 1] === ',') {
      let f = cs - 2;
      while (f > a && ctx.words[f - 1] !== ':' && !ex.inQuote[f - 1]) f--;
      const before = trimContent(ex, f, cs - 1);
      if (before) {
        const pre = makeAtt(ex, 'indirect', cue);
        pre.content = before;
        copySpeaker(ex, pre, att);
        pre.source = att.source;
        pre.method = 'verb';
        markUnmarkedDirect(ex, pre);
        out.push(pre);
      }
    }
    att.content = content;
    att.method = subordinate ? 'subordinate' : 'verb';
    if (content && (!subordinate || ctx.lower[cs] === 'wobei') && (ex.complementType === 'post' || ex.complementType === 'colon')) markUnmarkedDirect(ex, att);
    // "Er glaubt nicht, dass …, und nimmt die Jäger in Schutz: Keinem meiner Jäger traue ich das zu.": the main clause
    // resumed after the content clause frames a statement after its colon — the same speaker's direct words
    if (content && ex.mode === 'news' && !ex.english && ex.complementType === 'clause' && (att.speakerName || att.source)) {
      const ce = ctx.tokenAt(content[1] - 1) + 1;
      const last = lastContentTok(ex, a, b);
      if (ce > 0 && ce + 3 < last && ctx.words[ce] === ',' && coordinatedMainClause(ex, ce, ce + 3) === ce) {
        let colon = -1;
        for (let m = ce + 3; m < last && colon < 0; m++) {
          if (ctx.words[m] === ':') colon = m;
          else if (ctx.isPunct(m) || ex.inQuote[m]) break;
        }
        // (not when the statement has a cue of its own; a Konjunktiv statement is indirect: "…, und verweist auf …:
        // Zum Schluss hätten …")
        let own = false;
        let subj = false;
        for (let m = colon + 1; m < last && !own; m++) {
          own = !ctx.isCap(m) && reportingForm(ctx.lower[m]);
          if (SUBJUNCTIVE_ALL.has(ctx.lower[m]) && !ctx.isCap(m)) subj = true;
        }
        if (colon > 0 && last - colon > 4 && ctx.isCap(colon + 1) && !own) {
          const framed = makeAtt(ex, subj ? 'indirect' : 'direct', [ce + 2, ce + 3]);
          framed.content = trimContent(ex, colon + 1, last);
          if (framed.content) {
            copySpeaker(ex, framed, att);
            framed.source = att.source;
            framed.method = 'colon-frame';
            framed.marks = false;
            out.push(framed);
            // the resumed verb frames this statement and reads no other
            for (let m = ce + 2; m < colon; m++) ex.usedCue[m] = 1;
          }
        }
      }
    }
    if (!content && ex.mode === 'news' && i === a && b - i <= 7 && s > 0 && np && !np.dative) {
      const pa = ctx.sentStart[s - 1];
      const pb = ctx.sentEnd[s - 1];
      if (pa >= 0 && !ex.inQuote[pa] && !ex.usedSentence.has(s - 1)) {
        att.content = trimContent(ex, pa, lastContentTok(ex, pa, pb));
        if (att.content) {
          att.method = 'post-sentence';
          markUnmarkedDirect(ex, att);
          out.push(att);
          continue;
        }
      }
    }
    // run-on sentence (lost punctuation, machine translation): "X äußerte Bedenken Während ihres Anrufs
    // sagte die Sprecherin Y." — a capitalised function word mid-sentence opens the attributing clause
    if (!content && ex.mode === 'news' && np && !np.pronoun && np.start > i) {
      let p = -1;
      for (let k = i - 1; k > a + 2; k--) {
        const lw = ctx.lower[k];
        if (ctx.isPunct(k - 1) || ctx.isPunct(k)) break;
        if (ctx.isCap(k) && (PREPOSITIONS.has(lw) || SUBORDINATORS.has(lw)) && ctx.mentionAt[k] < 0) {
          p = k;
          break;
        }
      }
      if (p > 0) {
        att.content = trimContent(ex, a, p);
        if (att.content) {
          att.method = 'run-on';
          out.push(att);
          continue;
        }
      }
    }
    // comma-less post-posed cue (lost punctuation): "Das ist für uns kein Gewinn sagte ein Sprecher zur APA." — a
    // finite cue after a complete clause, its subject and at most a short PP or adverb closing the sentence
    if (!content && ex.mode === 'news' && !subordinate && !out.length) {
      const post = commalessPostCue(ex, cue, a, b);
      if (post) {
        const pc = trimContent(ex, post.from, i);
        if (pc) {
          att.content = pc;
          setSource(ex, att, post.np, i);
          att.method = 'post';
          markUnmarkedDirect(ex, att);
          out.push(att);
          continue;
        }
      }
    }
    // "„…“ Das sagte X am Montag." — the demonstrative points back to the quote before
    if (!content && ex.mode === 'news' && np && !np.pronoun && i > a && (ctx.lower[a] === 'das' || ctx.lower[a] === 'dies' || ctx.lower[a] === 'so') && i - a <= 2 && np.start > a && !(ctx.isCap(a + 1) && !ctx.isPunct(a + 1) && a + 1 < i)) {
      const prev = ex.prevDirect;
      if (prev && prev.sentence === s - 1 && (prev.att.method === 'none' || prev.att.method === 'continuation')) {
        prev.att.cue = att.cue;
        prev.att.cueTok = att.cueTok;
        prev.att.continuation = undefined;
        setSource(ex, prev.att, np, i);
        prev.att.method = 'demonstrative';
        ex.lastSpeaker = { att: prev.att, sentence: s };
        continue;
      }
      // "… kehrten zurück. Dies berichtete der Sender X." — the sentence before, unattributed, is the report
      const pa = s > 0 ? ctx.sentStart[s - 1] : -1;
      if (pa >= 0 && (ctx.lower[a] === 'das' || ctx.lower[a] === 'dies') && !ex.usedSentence.has(s - 1) && s - 1 > 0) {
        const pb = ctx.sentEnd[s - 1];
        let quoted = false;
        for (let k = pa; k < pb && !quoted; k++) quoted = ex.inQuote[k] === 1;
        if (!quoted) {
          att.content = trimContent(ex, pa, lastContentTok(ex, pa, pb));
          if (att.content) {
            att.kind = 'reported';
            att.method = 'demonstrative';
            ex.usedSentence.add(s - 1);
            out.push(att);
            continue;
          }
        }
      }
    }
    // "Der Präsident sprach von einem Sieg für die Diplomatie": what was spoken of is a reported statement
    if (!content && ex.mode === 'news' && !subordinate && /^(?:sprach|sprachen|spricht|sprechen)$/.test(ctx.lower[i]) && np && !np.dative) {
      let k = cue[1];
      while (k < b && (ADVERBS.has(ctx.lower[k]) || (np.start >= k && k < np.end) || k === np.start) && ctx.lower[k] !== 'von') k++;
      if (k < np.end && np.start > i) k = np.end;
      while (k < b && ADVERBS.has(ctx.lower[k]) && ctx.lower[k] !== 'von') k++;
      if ((ctx.lower[k] === 'von' || ctx.lower[k] === 'vom') && k + 1 < b && !ctx.capName(k + 1) && (ARTICLES.has(ctx.lower[k + 1]) || ctx.isAdj(k + 1) || ctx.isNominal(k + 1))) {
        const rend = clauseEnd(ex, k + 1, lastContentTok(ex, a, b));
        // "sprechen von einem „neuen Paradigma“": a term in marks is a scare quote, not a report
        let marked = false;
        for (let q = k + 1; q < rend && !marked; q++) marked = ex.inQuote[q] === 1;
        const rep = marked ? null : trimContent(ex, k + 1, rend);
        if (rep) {
          att.kind = 'reported';
          att.content = rep;
          att.method = 'sprach-von';
          out.push(att);
          continue;
        }
      }
    }
    if (!content && ex.mode === 'news') {
      att.kind = 'indirect';
      ex.sentenceCues.push(att);
      // "Katzian nannte … Forderungen." — the next unattributed statements are likely his
      // also a definite noun phrase as the subject of the finite reporting verb ("Auch die Armutskonferenz
      // warnt in einer Aussendung vor Kürzungen.") — not of an infinitive ("Die Kinder dürfen erzählen.")
      const finiteDefinite = !np?.pronoun && !!np && !att.speakerEntity && /^d(?:er|ie|as)$/.test(ctx.lower[np.start]) && ctx.isCap(np.end - 1) && ((np.end === i && np.start <= a + 1) || np.start === cue[1]) && !/en$/.test(ctx.lower[i]);
      // (not verbs of opinion or knowledge: "Das Thema Asyl findet im Bericht Erwähnung.")
      const speechCue = !/^(?:findet|fand|finden|fanden|weiß|wusste|wussten|denkt|dachte|dachten)$/.test(ctx.lower[i]);
      // (also a role head with its article and a genitive: "ein Sprecher des ORF" — not "der Familie nicht
      // bekannte Halbschwester des Stars", an adjective)
      let head = np && !np.pronoun ? np.start : -1;
      while (head >= 0 && head < np!.end - 1 && (!ctx.isCap(head) || ARTICLES.has(ctx.lower[head]))) head++;
      // (a bare noun without article or attribute is no role: "… kaum Strom nachfragt"; a compound or a name
      // with an inner capital still is: "SPÖ-Politiker", "VentureBeat")
      const roleHead =
        (!!np && ctx.isCap(np.end - 1) && ROLE_NOUN.test(ctx.lower[np.end - 1]) && (np.end - np.start > 1 || INNER_CAP_OR_HYPHEN.test(ctx.words[np.start].slice(1)))) ||
        (head >= 0 && ARTICLES.has(ctx.lower[np!.start]) && ctx.isCap(head) && ROLE_NOUN.test(ctx.lower[head]) && /^(?:des|der)$/.test(ctx.lower[head + 1] ?? ''));
      // (a place with its article speaks as an institution: "Die Stadt Salzburg hat … beklagt.")
      const placeInstitution =
        !!att.speakerEntity && att.speakerEntity.type === 'LOC' && !!np && ARTICLES.has(ctx.lower[np.start]) && np.start <= a + 1 && np.start + 1 < np.end &&
        (PLACE_BODY.test(ctx.lower[np.start + 1]) || INSTITUTION.test(ctx.lower[np.start + 1]));
      if (speechCue && np && !np.pronoun && (finiteDefinite || placeInstitution || (att.speakerEntity ? att.speakerEntity.type === 'PER' || att.speakerEntity.type === 'ORG' : roleHead))) {
        ex.pendingSpeaker = { att, sentence: s };
        if (att.speakerEntity?.type === 'PER') ex.frameAt.set(s, att);
      }
      continue;
    }
    // a direct quote right after the colon/comma is the content: handled as direct
    if (content && ex.inQuote[ctx.tokenAt(content[0])]) {
      if (ex.mode === 'news') continue;
    }
    out.push(att);
    // "…, sagt Kurz, aber die Hanni und ich meinen das Gleiche." — the speaker goes on after the cue
    // also after a verb-final cue clause: "…, hatte Leitl zuvor gesagt, aber ich werde …"
    if (ex.mode === 'news' && content && content[1] <= ctx.toks[cs].start && cs > a && ctx.words[cs - 1] === ',') {
      const close = i === cs ? postCueClauseEnd(ex, cue[1], lastContentTok(ex, a, b)) : ctx.words[cue[1]] === ',' ? cue[1] : -1;
      const after = close > 0 ? afterCue(ex, att, close, a, b) : null;
      if (after) {
        out.push(after);
        break;
      }
    }
  }
  return out;
}
