// Precision gates run over finished attributions (thing and garbage speakers, speakerless twins, agentless passives, self-named statements); separate because they only drop or correct.
import type { Attribution, Extractor } from './extract.ts';
import { ARTICLES, ATTRIBUTION_NOUNS, FIRST_PERSON, PREPOSITIONS, reportingForm } from './lexicon.ts';
import type { NP } from './context.ts';
import { copySpeaker, plausibleSpeaker, speakAs } from './indirect.ts';
import { firstPersonIn } from './continuation.ts';
import { CAPS_START, CONJ, DOCUMENT_NOUN, NEGATIVE_SUBJECT, EXPLETIVE_CUE, INSTITUTION, MEDIA_NOUN, MEDIUM_NOUN, MESSAGE_NOUNS, NAME_COMPOUND, PREDICATIVE_ADJECTIVE, RELEASE_NOUNS, REPORT_NOUNS, RESPONDENT_NOUN, ROLE_NOUN, SPEECH_NOUNS, T_OR_EN_PARTICIPLE, WEAK_PAST_END, WONACH } from './shared.ts';
import { makeAtt, trimContent } from './complements.ts';
import { setSource } from './sources.ts';
import { subjectAfter } from './speakers.ts';

/**
 * An unmarked statement with a cue of its own that names its speaker (a person) by name, without a first-person
 * word, is the narrator's account of what the person said, not their words: "Die bisherige Chefin …, Gabi X,
 * wird nicht mehr kandidieren, erklärte sie" is indirect (a person does not call themself by name).
 */
export function selfNamedIndirect(ex: Extractor, out: Attribution[]): void {
  const ctx = ex.ctx;
  for (const o of out) {
    if (o.kind !== 'direct' || o.marks !== false || o.continuation || !o.cueTok || !o.content || o.speakerEntity?.type !== 'PER') continue;
    const a = ctx.tokenAt(o.content[0]);
    const b = ctx.tokenAt(o.content[1] - 1);
    if (a < 0 || b < 0) continue;
    let named = false;
    let first = false;
    for (let k = a; k <= b && !first; k++) {
      const m = ctx.mentionAt[k];
      if (m >= 0 && ctx.mentions[m].entity === o.speakerEntity && !ctx.mentions[m].pseudo && ctx.mentions[m].start === k) named = true;
      if (FIRST_PERSON.has(ctx.lower[k]) || ex.inQuote[k]) first = true;
    }
    // (not when a description after the cue names the speaker, "kommentierte der Vizepräsident des Senats": the
    // name in the statement may be the one the description was wrongly resolved to)
    const described = !!o.source && !o.source.pronoun && !o.source.mention;
    if (named && !first && !described) o.kind = 'indirect';
  }
}


/** A statement of `e` with a cue of its own in the sentences from..to-1 (and in `to` before the colon of a label). */
/**
 * "Der Verdacht hat sich bestätigt: Die Rohrweihen kamen …", "…, findet ihren Weg auf …", "erläutert ihr die Lage":
 * an unmarked direct statement whose only source is a thing — a noun phrase with no entity, no person, role or
 * institution noun, no document, report or medium — is narration read through a verb that is no report here.
 */
export function dropThingSpeakers(ex: Extractor, out: Attribution[]): void {
  const dropped = new Set<NP>();
  for (let o = out.length - 1; o >= 0; o--) {
    const x = out[o];
    if (!thingSpeaker(ex, x)) continue;
    dropped.add(x.source!);
    out.splice(o, 1);
  }
  // the continuations it seeded go with it (they were taken before the statement was dropped)
  if (dropped.size) {
    for (let o = out.length - 1; o >= 0; o--) {
      const x = out[o];
      if (x.continuation && !x.speakerEntity && x.inheritedMention && dropped.has(x.inheritedMention)) out.splice(o, 1);
    }
  }
}


/** An unmarked direct statement whose only source is a thing (dropped by dropThingSpeakers). */
export function thingSpeaker(ex: Extractor, x: Attribution): boolean {
  const ctx = ex.ctx;
  {
    const np = x.source;
    if (x.kind !== 'direct' || x.marks !== false || x.continuation || x.speakerEntity || !np || np.pronoun || np.mention) return false;
    if (plausibleSpeaker(ex, np) || firstPersonIn(ex, x.content)) return false;
    // a bare capitalised word is a name the NER missed ("Kathpress berichtete"); "jemand", "viele" are people
    if (np.end - np.start === 1 && (!ARTICLES.has(ctx.lower[np.start]) || /^(?:jemand|niemand|viele|einige|manche|andere)$/.test(ctx.lower[np.start]))) return false;
    let keep = false;
    for (let k = np.start; k < np.end && !keep; k++) {
      if (ctx.mentionAt[k] >= 0) keep = true;
      const w = ctx.words[k];
      const lw = ctx.lower[k];
      if (!ctx.isCap(k)) continue;
      if (CAPS_START.test(w) || DOCUMENT_NOUN.test(lw) || MEDIUM_NOUN.test(lw) || MEDIA_NOUN.test(lw) || RELEASE_NOUNS.test(w) || REPORT_NOUNS.has(w) || ATTRIBUTION_NOUNS.has(w) || SPEECH_NOUNS.has(w) || MESSAGE_NOUNS.has(w) || RESPONDENT_NOUN.test(lw) || /(?:leute|menschen|bürger|kreise|seite|stimmen|kritiker|experten|gegner|befürworter|feuerwehr|rettung|exekutive|branche|oberhaupt|spitze|beschreibung|quelle|quellen|konferenz|ressort|initiative|bündnis|komitee|gruppe|plattform|bewegung|bub|buben|kind|kinder|mädchen|junge|jugendliche|jugendlichen)e?s?$/.test(lw)) keep = true;
      // a nominalised adjective or participle names people ("die Angeklagte", "die Enttäuschten", "ein Verletzter")
      if (k === np.end - 1 && WEAK_PAST_END.test(w) && !/(?:ste|sten)$/.test(lw)) keep = true;
    }
    // "…, heißt es in dem Ansuchen", "…, berichtet der Spiegel": a text or a medium the lexicon does not know
    if (x.cueTok && /^(?:heißt|hieß|berichtet|berichtete|berichten|berichteten|meldet|meldete|melden|meldeten|schreibt|schrieb|schreiben|schrieben)$/.test(ctx.lower[x.cueTok[0]])) keep = true;
    // "sagte eine der Angehörigen": a share of a group of people
    if (np.start > 0 && /^(?:eine|einer|eines|einige|viele|keiner|keine)$/.test(ctx.lower[np.start - 1])) keep = true;
    // "Das Beispiel hat Christoph Leitl … erzählt: …": a person named in the frame outside the statement is its
    // speaker the object-first clause hid — the statement is real
    if (!keep && x.cueTok && x.content) {
      const s = ctx.toks[x.cueTok[0]].sentence;
      for (let k = ctx.sentStart[s]; k >= 0 && k < ctx.sentEnd[s] && !keep; k++) {
        if (ctx.toks[k].start >= x.content[0] && ctx.toks[k].end <= x.content[1]) continue;
        const mi = ctx.mentionAt[k];
        if (mi >= 0 && ctx.mentions[mi].entity.type === 'PER') keep = true;
      }
    }
    return !keep;
  }
}


/**
 * "Wie berichtet hatte das Innenministerium beklagt, dass …": two rules can read the same statement, one of them
 * (the newspaper's own "wie berichtet") without a source — the twin without a speaker goes.
 */
export function dropSpeakerlessTwins(ex: Extractor, out: Attribution[]): void {
  for (let o = out.length - 1; o >= 0; o--) {
    const x = out[o];
    if (!x.content || x.kind === 'fragment' || x.speakerName || x.speakerEntity) continue;
    for (let p = 0; p < out.length; p++) {
      const y = out[p];
      if (p !== o && y.content && y.kind !== 'fragment' && (y.speakerName || y.speakerEntity) && y.content[0] === x.content[0] && y.content[1] === x.content[1]) {
        out.splice(o, 1);
        break;
      }
    }
  }
}


/**
 * Interviews without marks: the interviewer's turn (from an all-caps label such as "STANDARD:" up to the next
 * label) is never the interviewee's. Continuations there, and statements that a rule gave to a labelled
 * person without naming them in that sentence (runs, pronoun or role subjects), are dropped.
 */
/**
 * "X sagte, viele empörten sich über …: Boateng ist aber …" — a cue nested in the V2 complement of an outer cue
 * ("sagte," right before its clause, a named person as the outer subject) does not speak itself: its clause is the
 * outer speaker's indirect statement and its colon content the outer speaker's words.
 */
export function outerCueOwns(ex: Extractor, found: Attribution[], a: number): void {
  const ctx = ex.ctx;
  for (let f = 0; f < found.length; f++) {
    const x = found[f];
    if (x.kind === 'fragment' || x.method !== 'verb' || !x.cueTok || !x.content || !x.source || x.source.pronoun || x.speakerEntity) continue;
    const cs = x.source.start;
    // the inner clause: subject right after "<cue>," and before its own verb; its content after a colon
    if (cs < a + 3 || ctx.words[cs - 1] !== ',' || x.cueTok[0] < cs) continue;
    const outer = cs - 2;
    if (ctx.isCap(outer) || !reportingForm(ctx.lower[outer])) continue;
    // (the named subject right before the outer cue; the sentence may open with glued text before it)
    const mi = ctx.mentionAt[outer - 1];
    if (mi < 0 || ctx.mentions[mi].end !== outer || ctx.mentions[mi].entity.type !== 'PER') continue;
    const m = ctx.mentions[mi];
    const np: NP = { start: m.start, end: m.end, mention: m, pronoun: false, dative: false };
    const colon = ctx.tokenAt(x.content[0]) - 1;
    if (ctx.words[colon] !== ':' || colon <= x.cueTok[1]) continue;
    const inner = makeAtt(ex, 'indirect', [outer, outer + 1]);
    inner.content = trimContent(ex, cs, colon);
    if (!inner.content) continue;
    setSource(ex, inner, np, outer);
    inner.method = 'verb';
    setSource(ex, x, np, outer);
    x.cue = inner.cue;
    x.cueTok = inner.cueTok;
    found.splice(f, 0, inner);
    f++;
  }
}


/**
 * "Am Montag wurde berichtet, dass …", "…, war gemeldet worden": a reporting verb in the passive without an agent
 * ("von X") names no source; such a statement has no speaker and is left out (the gold marks none).
 */
export function dropAgentlessPassive(ex: Extractor, out: Attribution[]): void {
  const ctx = ex.ctx;
  for (let i = out.length - 1; i >= 0; i--) {
    const x = out[i];
    if (x.kind === 'fragment' || x.method !== 'verb' || x.speakerEntity || x.speakerName || x.source || !x.cueTok) continue;
    const c = x.cueTok[1] - 1;
    const w = ctx.lower[c];
    if (ctx.isCap(c) || !T_OR_EN_PARTICIPLE.test(w)) continue;
    // the auxiliary in the cue's own clause (no comma between), no agent "von X" after the participle, and no
    // document named in the clause ("war ihm in zwei IPN-Büchern vorgeworfen worden" quotes the books)
    const s0 = ctx.sentStart[ctx.sentenceOf(c)];
    let aux = false;
    for (let k = c - 1; k >= s0 && k >= c - 3 && ctx.words[k] !== ','; k--) if (/^(?:wurde|wurden|worden|wird|werden)$/.test(ctx.lower[k])) aux = true;
    for (let k = c + 1; k <= c + 2 && k < ctx.n && ctx.words[k] !== ','; k++) {
      if (/^(?:wurde|wurden|worden|wird|werden)$/.test(ctx.lower[k])) aux = true;
      if (ctx.lower[k] === 'von') aux = false;
    }
    let cl = c;
    while (cl > s0 && ctx.words[cl - 1] !== ',') cl--;
    for (let k = cl; k < c && aux; k++) if ((ctx.lower[k] === 'in' || ctx.lower[k] === 'im') && k + 1 < c && (ctx.isCap(k + 1) || ctx.isCap(k + 2))) aux = false;
    if (aux) out.splice(i, 1);
  }
}


/**
 * A subject slot that cannot be a speaker: the expletive "es" of "es zeigt sich / es heißt" ("Es habe sich
 * gezeigt, dass …"), a predicative adjective opening the sentence before the inverted verb ("Deplatziert findet X
 * …": the subject follows the verb), a genitive attribute of a noun in "Den Vorwurf der Klientelpolitik, wonach …",
 * or a compound "die Mitterlehner-Aussage, wonach …". Sets the speaker (the person in the compound, the subject
 * after the verb, else the last speaker up to two sentences back, else none) and returns true; false when the
 * slot is fine.
 */
export function garbageSpeaker(ex: Extractor, att: Attribution, np: NP, at: number): boolean {
  const ctx = ex.ctx;
  const cueW = att.cueTok ? ctx.lower[att.cueTok[0]] : ctx.lower[at];
  const s = ctx.toks[np.start].sentence;
  const last = (): boolean => {
    const l = ex.lastSpeaker;
    if (l?.att.speakerEntity && l.sentence <= s && s - l.sentence <= 2) copySpeaker(ex, att, l.att);
    else { att.source = null; att.speakerEntity = null; att.speakerName = null; }
    return true;
  };
  // expletive "es" with "sich zeigen" / "heißen"
  if (np.pronoun && np.end - np.start === 1 && ctx.lower[np.start] === 'es' && cueW !== undefined &&
    EXPLETIVE_CUE.test(cueW)) return last();
  // sentence-initial predicative adjective or participle before the inverted finite verb
  if (!np.pronoun && !np.mention && np.end - np.start === 1 && np.start === ctx.sentStart[s] && att.cueTok && att.cueTok[0] === np.end &&
    PREDICATIVE_ADJECTIVE.test(ctx.words[np.start]) && !ROLE_NOUN.test(ctx.lower[np.start]) && !INSTITUTION.test(ctx.lower[np.start])) {
    const end = ctx.sentStart[s + 1] ?? ctx.n;
    const subj = subjectAfter(ex, att.cueTok[1], end, att);
    if (subj && subj.start !== np.start) {
      setSource(ex, att, subj, at);
      return true;
    }
    return last();
  }
  // "die Mitterlehner-Aussage, wonach …": the person named in the compound, else the last speaker
  const isWonach = att.cueTok !== null && WONACH.test(ctx.lower[att.cueTok[0]]);
  if (!np.pronoun && isWonach) {
    const head = ctx.words[np.end - 1];
    const cm = NAME_COMPOUND.exec(head);
    if (cm && (SPEECH_NOUNS.has(cm[2]) || ATTRIBUTION_NOUNS.has(cm[2]) || MESSAGE_NOUNS.has(cm[2]))) {
      for (let k = np.start - 1; k >= 0; k--) {
        const mi = ctx.mentionAt[k];
        if (mi < 0) continue;
        const m = ctx.mentions[mi];
        if (m.entity.type === 'PER' && m.entity.name.split(/\s+/).pop() === cm[1]) {
          speakAs(ex, att, m);
          att.source = np;
          return true;
        }
      }
      return last();
    }
    // "Den Vorwurf der Klientelpolitik, wonach …": a genitive attribute of a noun is not the speaker
    if (np.start >= 2 && (ctx.lower[np.start] === 'der' || ctx.lower[np.start] === 'des') && ctx.isCap(np.start - 1) &&
      ARTICLES.has(ctx.lower[np.start - 2]) && (np.mention === null || np.mention.entity.type !== 'PER')) return last();
  }
  return false;
}


/**
 * "Dann kann ja niemand behaupten, dass …", "…, weiß keiner": a negative quantifier as the subject denies that anyone
 * says it; such an attribution (and a continuation it seeded) is left out.
 * "Die Aufstellung: A – B, C, D": an unmarked colon content without any verb or lower-case content word (a name list,
 * a line-up, a byline) is no statement.
 */
export function dropNegatedAndVerbless(ex: Extractor, out: Attribution[]): void {
  const ctx = ex.ctx;
  const dropped = new Set<NP>();
  for (let i = out.length - 1; i >= 0; i--) {
    const x = out[i];
    if (x.kind === 'fragment' || x.continuation) continue;
    const np = x.source;
    if (np && !np.mention && NEGATIVE_SUBJECT.has(ctx.lower[np.start])) {
      dropped.add(np);
      out.splice(i, 1);
      continue;
    }
    if (x.marks === false && x.kind === 'direct' && (x.method === 'colon' || x.method === 'colon-verb') && x.content && verbless(ex, x.content)) out.splice(i, 1);
  }
  if (dropped.size) {
    for (let i = out.length - 1; i >= 0; i--) {
      const x = out[i];
      if (x.continuation && x.inheritedMention && dropped.has(x.inheritedMention)) out.splice(i, 1);
    }
  }
}


/** The content span has no lower-case word but articles, prepositions and conjunctions ("A, B und die C"). */
function verbless(ex: Extractor, content: [number, number]): boolean {
  const ctx = ex.ctx;
  const a = ctx.tokenAt(content[0]);
  const b = ctx.tokenAt(content[1] - 1);
  if (a < 0 || b < 0) return false;
  for (let k = a; k <= b; k++) {
    const lw = ctx.lower[k];
    if (ctx.isCap(k) || ctx.isPunct(k) || ctx.isQuote(k) || /^[\d&()./-]/.test(lw) || ARTICLES.has(lw) || PREPOSITIONS.has(lw) || CONJ.has(lw) || lw === 'sowie') continue;
    return false;
  }
  return true;
}
