// Colon and inverted frames ('X: …', '…, meint X'), teasers, sole-frame persons and the opening subject or view holder of a sentence; separate as the frame readings around direct and indirect statements.
import type { Attribution, Extractor } from './extract.ts';
import { ADVERBIAL_SUB, blankAttribution, CLAUSE_PUNCT, CONJ, COPULA_VIEW, DATIVE_LIKE, DOCUMENT_NOUN, DROHEN, FOCUS_PARTICLES, FUTURE_MODAL, T_ADVERBS, HYPHEN_UPPER, INSTITUTION, KONJ_AUX, LONG_WORDS, LOWER_START, MEDIA_NOUN, MEDIUM_NOUN, MODAL_PARTICLES, NOMINATIVE_AFTER_VERB, NOT_FRAME_VERB, NOT_VERB_T, OPINION_VERBS, ORG_AGENT, ORG_HEAD, PEOPLE_PLURAL, PERFECT_PARTICIPLE, PLURAL_FINITE, POSSESSIVE, RELATIVE, ROLE_NOUN, SINGULAR_FINITE, STRONG_PAST, WE_FORM } from './shared.ts';
import { continuationOf, copySpeaker, speechNounFrameOwner } from './indirect.ts';
import { adverbialPreface, lastContentTok, makeAtt, markUnmarkedDirect, roleCompound, trimContent, unmarkedDirect, v2Subjunctive } from './complements.ts';
import { setSource } from './sources.ts';
import { ADVERBS, ARTICLES, ATTRIBUTION_NOUNS, AUXILIARIES, FIRST_PERSON, PREPOSITIONS, PRONOUNS, reportingForm, SUBJUNCTIVE_ALL, SUBORDINATORS } from './lexicon.ts';
import { INDEFINITE, type MentionRef, type NP } from './context.ts';
import { cueAt, cueSpan, penaltyInClause } from './cues.ts';
import { isComparison, mentionRange, resolveDescription, resolvePronoun } from './speakers.ts';

/**
 * A direct quote in the title without a speaker ("„Kein System erfunden“ – …") is usually repeated or
 * explained in the body: the body statement sharing most content words with it gives the speaker, else
 * the first person speaking in the next sentences.
 */
export function resolveTeasers(ex: Extractor, atts: Attribution[]): void {
  const ctx = ex.ctx;
  const words = (c: [number, number]) => new Set((ctx.text.slice(c[0], c[1]).toLowerCase().match(LONG_WORDS) ?? []));
  for (const t of atts) {
    if (t.kind !== 'direct' || t.method !== 'none' || !t.content || t.speakerName) continue;
    if (ctx.sentenceOf(ctx.tokenAt(t.content[0])) !== 0) continue;
    const tw = words(t.content);
    let best: Attribution | null = null;
    let bestShared = 0;
    let firstPer: Attribution | null = null;
    for (const o of atts) {
      if (o === t || !o.content || !o.speakerName || o.kind === 'fragment') continue;
      const os = ctx.sentenceOf(ctx.tokenAt(o.content[0]));
      if (os === 0) continue;
      let shared = 0;
      for (const w of words(o.content)) if (tw.has(w)) shared++;
      // further down the body only a statement repeating two or more of the title's words ("Für eine
      // Willkommenskultur kämpfen" … "wir werden immer für eine Willkommenskultur kämpfen")
      if (os > 6 && (ex.mode !== 'news' || shared < 2)) continue;
      if (shared > bestShared) {
        bestShared = shared;
        best = o;
      }
      if (!firstPer && o.speakerEntity?.type === 'PER') firstPer = o;
    }
    const from = best ?? firstPer;
    if (!from) continue;
    copySpeaker(ex, t, from);
    t.method = 'teaser';
  }
}


/** Does the narrative sentence s have a verb of opinion right after its opening subject ("X hält … für …")? */
export function opinionSentence(ex: Extractor, s: number): boolean {
  const ctx = ex.ctx;
  const np = openingSubject(ex, s);
  if (!np || np.end >= ctx.sentEnd[s]) return false;
  const v = ctx.lower[np.end];
  if (!OPINION_VERBS.has(v)) return false;
  // "hält … für" needs its "für"
  if (v === 'hält' || v === 'hielt') {
    for (let k = np.end + 1; k < ctx.sentEnd[s]; k++) if (ctx.lower[k] === 'für') return true;
    return false;
  }
  return true;
}


/** The person introduced by a narrative sentence within two sentences before s and after the last speaker, as a pseudo attribution. */
export function introducedSpeaker(ex: Extractor, s: number): { att: Attribution; sentence: number } | null {
  const intro = ex.introduced;
  const last = ex.lastSpeaker;
  if (!intro || intro.sentence < s - 2 || (last && last.sentence >= intro.sentence)) return null;
  // the last speaker named again in a narrative sentence stays in focus from there
  if (last && intro.np.mention && intro.np.mention.entity === last.att.speakerEntity) return { att: last.att, sentence: intro.sentence };
  // a pluperfect sentence after a statement (one sentence between at most) is background to it ("…, sagte X. Zuletzt hatte sich Y auf … gestützt.
  // Nun könne …"): it introduces nobody, the statement's speaker goes on
  if (ex.mode === 'news' && last && last.sentence >= intro.sentence - 2 && last.att.kind !== 'fragment' && pluperfectMain(ex, intro.sentence)) return null;
  const pseudo = makeAtt(ex, 'indirect', [intro.np.start, intro.np.end]);
  setSource(ex, pseudo, intro.np, intro.np.start);
  return { att: pseudo, sentence: intro.sentence };
}


/**
 * Sentence s is narration in the pluperfect: its main clause's finite verb (within the first eight tokens) is
 * "hatte(n)"/"war(en)" and a past participle closes that clause ("Zuletzt hatte sich X auf Y gestützt, nachdem …").
 */
function pluperfectMain(ex: Extractor, s: number): boolean {
  const ctx = ex.ctx;
  const a = ctx.sentStart[s];
  const b = ctx.sentEnd[s];
  let aux = -1;
  for (let k = a + 1; k < Math.min(b, a + 8) && aux < 0; k++) {
    if (ctx.isPunct(k) || ex.inQuote[k]) return false;
    if (/^(?:hatte|hatten|war|waren)$/.test(ctx.words[k])) aux = k;
  }
  if (aux < 0) return false;
  let e = aux + 1;
  while (e < b && !ctx.isPunct(e)) e++;
  return e - 1 > aux + 1 && PERFECT_PARTICIPLE.test(ctx.lower[e - 1]);
}


/** "Demnach stammen 48 Prozent aus Syrien." — "demnach" points back to the source just reported. */
export function demnachContinuation(ex: Extractor, s: number, a: number, b: number): Attribution | null {
  const ctx = ex.ctx;
  const last = ex.lastSpeaker;
  if (ex.mode !== 'news' || !last || s - last.sentence > 3 || last.att.kind === 'fragment' || (!last.att.speakerName && !last.att.source)) return null;
  let found = false;
  // (also after a longer Vorfeld and the finite verb: "Zu Beginn des Monats wurde demnach …", and in the Mittelfeld
  // of a main clause: "Etwa 70 Prozent schätzen die Matura demnach als schwer ein" — not in a clause opened by a
  // subordinator, where "demnach" is the author's "consequently")
  const main = !SUBORDINATORS.has(ctx.lower[a]) && !ADVERBIAL_SUB.has(ctx.lower[a]);
  for (let k = a; k < Math.min(b, a + 12) && !found; k++) {
    if (ctx.words[k] === ',' || ctx.words[k] === ':') break;
    found = ctx.lower[k] === 'demnach' && !ex.inQuote[k] && (k < a + 4 || AUXILIARIES.has(ctx.lower[k - 1]) || (main && k > a + 1));
  }
  if (!found) return null;
  return continuationOf(ex, 'reported', trimContent(ex, a, lastContentTok(ex, a, b)), last.att);
}


/**
 * The subject that "nach eigenen Angaben" (tokens i..n) refers to: the noun phrase opening the sentence when it can
 * be a source (a person, organisation, place or a role or institution noun), else the one after the finite verb —
 * "Zwei Millionen Euro hat die FPÖ nach eigenen Angaben investiert", "Nach eigenen Angaben hat die FPÖ …" —, else
 * the opening phrase as before.
 */
export function ownSourceSubject(ex: Extractor, i: number, n: number, s: number): NP | null {
  const ctx = ex.ctx;
  const op = openingSubjectAny(ex, s);
  const agentLike = (np: NP | null): boolean => {
    if (!np || np.dative) return false;
    if (np.pronoun) return /^(?:er|sie|wir|ich)$/.test(ctx.lower[np.start]);
    if (/^(?:den|dem|einen|einem|ihn|ihm)$/.test(ctx.lower[np.start])) return false;
    const t = np.mention?.entity.type;
    if (t === 'PER' || t === 'ORG' || t === 'LOC') return true;
    const h = ctx.lower[np.end - 1];
    return ctx.isCap(np.end - 1) && (ROLE_NOUN.test(h) || INSTITUTION.test(h) || ORG_HEAD.test(h) || ORG_AGENT.test(h) || MEDIUM_NOUN.test(h) || PEOPLE_PLURAL.test(h));
  };
  if (op && (agentLike(op) || op.end >= i)) return op;
  const a = ctx.sentStart[s];
  let cand: NP | null = null;
  if (i === a || ctx.words[i - 1] === '–' || ctx.words[i - 1] === '—') {
    // the PP opens the clause: "Nach eigenen Angaben hat die FPÖ …" (the finite verb, then the subject)
    const v = n + 1;
    if (v < ctx.sentEnd[s] && !ctx.isCap(v) && !ctx.isPunct(v)) cand = ctx.npAt(v + 1, ctx.sentEnd[s]);
  } else {
    // "Zwei Millionen Euro hat die FPÖ nach eigenen Angaben …": the phrase between the finite verb and the PP
    const nb = ctx.npBefore(i, a);
    if (nb && nb.start - 1 > a && !ctx.isCap(nb.start - 1) && !ctx.isPunct(nb.start - 1) && (AUXILIARIES.has(ctx.lower[nb.start - 1]) || !(ARTICLES.has(ctx.lower[nb.start - 1]) || PREPOSITIONS.has(ctx.lower[nb.start - 1]) || ADVERBS.has(ctx.lower[nb.start - 1]) || CONJ.has(ctx.lower[nb.start - 1])))) cand = nb;
  }
  return cand && agentLike(cand) ? cand : op;
}


/** The noun phrase that opens sentence s (any, for "nach eigenen Angaben"). */
export function openingSubjectAny(ex: Extractor, s: number): NP | null {
  const ctx = ex.ctx;
  const a = ctx.sentStart[s];
  const b = ctx.sentEnd[s];
  if (a < 0) return null;
  let k = a;
  // skip a dateline: "Athen – Mazedonien hat nach eigenen Angaben …"
  for (let d = a + 1; d < Math.min(b, a + 4); d++) {
    if (ctx.words[d] === '–' || ctx.words[d] === '—') {
      k = d + 1;
      break;
    }
  }
  while (k < b && (ADVERBS.has(ctx.lower[k]) || CONJ.has(ctx.lower[k])) && !ctx.capName(k)) k++;
  const np = PREPOSITIONS.has(ctx.lower[k]) ? null : ctx.npAt(k, b);
  return np && !np.dative ? np : null;
}


/**
 * Title/teaser parts "Name: Statement" between dashes, without marks ("… – Innenministerium: Sind über
 * jede Entlastung froh – …"): the phrase before the colon (a named person or organisation, or a role) speaks.
 */
export function teaserStatements(ex: Extractor, a: number, b: number): Attribution[] {
  const ctx = ex.ctx;
  const out: Attribution[] = [];
  const last = lastContentTok(ex, a, b);
  let p = a;
  while (p < last) {
    let q = p;
    while (q < last && ctx.words[q] !== '–' && ctx.words[q] !== '—') q++;
    let c = -1;
    for (let k = p + 1; k < q && k - p <= 5; k++) {
      if (ctx.words[k] === ':') {
        c = k;
        break;
      }
    }
    if (c > 0 && q - c > 3) {
      const np = ctx.npAt(p, c);
      let ok = !!np && np.end === c && !np.pronoun && (np.mention ? np.mention.entity.type === 'PER' || np.mention.entity.type === 'ORG' || (np.mention.entity.type === 'LOC' && roleCompound(ex, c - 1)) : ROLE_NOUN.test(ctx.lower[c - 1]) || (c === p + 1 && MEDIA_NOUN.test(ctx.lower[c - 1])));
      let lowerWord = false;
      for (let k = c + 1; k < q && ok; k++) {
        if (ex.inQuote[k] || ctx.isQuote(k)) ok = false;
        // a report of someone else ("X: Y sagte …") is no teaser statement; an infinitive after a future or modal
        // auxiliary is the speaker's forecast ("US-Vertreter: Xi wird … bekannt geben")
        else if (!ctx.isCap(k) && cueAt(ex, k, b) && !(ctx.lower[k].endsWith('en') && auxiliaryBefore(ex, c + 1, k))) ok = false;
        if (LOWER_START.test(ctx.words[k])) lowerWord = true;
      }
      if (ok && lowerWord && np) {
        const att = unmarkedDirect(ex, np, c, c + 1, q, 'teaser');
        // "US-Vertreter: …": the role compound speaks, not the country or organisation inside it
        if (att && np.mention && np.mention.entity.type === 'LOC' && np.mention.start === c - 1 && roleCompound(ex, c - 1)) {
          att.speakerEntity = null;
          att.speakerPseudo = false;
          att.speakerName = ctx.text.slice(ctx.toks[np.start].start, ctx.toks[c - 1].end);
        }
        if (att) out.push(att);
      }
    }
    p = q + 1;
  }
  return out;
}


/** A future or modal auxiliary among the tokens [from, to) ("wird", "will", "soll", "muss", …). */
function auxiliaryBefore(ex: Extractor, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (FUTURE_MODAL.has(ex.ctx.lower[k])) return true;
  return false;
}


/** "Das österreichische Innenministerium zeigt sich …": a definite institution noun opening sentence s. */
export function openingInstitution(ex: Extractor, s: number): NP | null {
  const ctx = ex.ctx;
  const a = ctx.sentStart[s];
  const b = ctx.sentEnd[s];
  if (a < 0 || !ARTICLES.has(ctx.lower[a]) || !/^d/.test(ctx.lower[a])) return null;
  const np = ctx.npAt(a, b);
  if (!np || np.dative || np.end >= b || ctx.isCap(np.end) || ctx.isPunct(np.end)) return null;
  return INSTITUTION.test(ctx.lower[np.end - 1]) ? np : null;
}


/** A named person opening sentence s whose main clause has no Konjunktiv, while a clause after a comma has one. */
export function subordinateSubjunctiveSource(ex: Extractor, s: number, a: number, b: number): { att: Attribution; sentence: number } | null {
  const ctx = ex.ctx;
  // a Konjunktiv after a comma is needed below: without one, no parse of the opening subject
  let need = false;
  for (let k = a, comma = false; k < b && !need; k++) {
    if (ctx.words[k] === ',') comma = true;
    else if (comma && SUBJUNCTIVE_ALL.has(ctx.lower[k]) && !ctx.isCap(k)) need = true;
  }
  if (!need) return null;
  const np = openingSubject(ex, s);
  if (!np || np.mention?.entity.type !== 'PER') return null;
  let comma = -1;
  for (let k = np.end; k < b; k++) {
    const lw = ctx.lower[k];
    if (ctx.words[k] === ',') {
      if (comma < 0) comma = k;
    } else if (SUBJUNCTIVE_ALL.has(lw) && !ctx.isCap(k)) {
      if (comma < 0) return null;
      const pseudo = makeAtt(ex, 'indirect', [np.start, np.end]);
      setSource(ex, pseudo, np, np.start);
      return { att: pseudo, sentence: s };
    }
  }
  return null;
}


/**
 * The person a narrative sentence is about, as its opening subject: a named person, a definite role
 * description of one ("Der russische Außenminister machte sich … stark."), or a pronoun for one
 * ("Er erklärt es am Beispiel Kupfer.").
 */
export function narrativeFocus(ex: Extractor, s: number): NP | null {
  return laterClauseSubject(ex, s) ?? openingFocus(ex, s) ?? viewHolder(ex, s);
}


/** Sentence s opens with the view of a person other than the speaker of `att` ("Für X ist …"). */
export function otherViewHolder(ex: Extractor, s: number, att: Attribution): boolean {
  const v = viewHolder(ex, s);
  return !!v && v.mention!.entity !== att.speakerEntity;
}


/**
 * The finite verb of the main clause in [a, i) is a Konjunktiv right after a one-word Vorfeld ("Nun hätten …",
 * "Zudem sei …"), in the same clause as the cue at i.
 */
/**
 * The main clause before the cue at i is verb-second with a Konjunktiv I auxiliary as its finite verb ("Zudem habe
 * er sich bereit erklärt", "Der Angeklagte habe gestanden"): one clause, the auxiliary within the first five tokens.
 */
export function konjunktivAuxClause(ex: Extractor, a: number, i: number): boolean {
  const ctx = ex.ctx;
  let found = false;
  for (let k = a; k < i; k++) {
    if (ctx.isPunct(k) || ex.inQuote[k]) return false;
    if (!found && k > a && k <= a + 4 && KONJ_AUX.has(ctx.lower[k])) found = true;
  }
  return found;
}


export function subjunctiveV2Before(ex: Extractor, a: number, i: number): boolean {
  const ctx = ex.ctx;
  let found = false;
  for (let k = a; k < i; k++) {
    // one clause: no comma, colon or dash before the cue ("Hier müsse …, empfiehlt die Studie" is post-posed)
    if (ctx.isPunct(k)) return false;
    if (!found && k <= a + 1 && SUBJUNCTIVE_ALL.has(ctx.lower[k]) && !ctx.isCap(k)) found = true;
  }
  return found;
}


/**
 * The holder of a view opening the sentence: "Für (Italiens Premier) X ist das ein Alarmsignal." — "für"
 * with at most three words before a named person, and the finite verb right after the name.
 */
function viewHolder(ex: Extractor, s: number): NP | null {
  const ctx = ex.ctx;
  const a = ctx.sentStart[s];
  const b = ctx.sentEnd[s];
  if (a < 0 || ctx.lower[a] !== 'für' || ex.inQuote[a]) return null;
  for (let k = a + 1; k < Math.min(b - 1, a + 5); k++) {
    const mi = ctx.mentionAt[k];
    if (mi < 0) {
      if (ctx.isPunct(k)) return null;
      continue;
    }
    const m = ctx.mentions[mi];
    // (a genitive before the person: "Für Italiens Premier X")
    if (m.entity.type !== 'PER') {
      k = m.end - 1;
      continue;
    }
    const v = m.end;
    if (v >= b || !COPULA_VIEW.has(ctx.lower[v])) return null;
    return { start: m.start, end: m.end, mention: m, pronoun: false, dative: false };
  }
  return null;
}


/**
 * A named person opening a later main clause of sentence s ("Zwar hat Minister X den Auftrag gegeben, …,
 * Y fühlte sich dabei aber gebremst."): after the comma the name is followed by its finite verb (lower
 * case, not a preposition, article, conjunction or relative word). The last such subject is the focus.
 */
function laterClauseSubject(ex: Extractor, s: number): NP | null {
  const ctx = ex.ctx;
  const a = ctx.sentStart[s];
  const b = ctx.sentEnd[s];
  if (a < 0) return null;
  const [from, to] = mentionRange(ex, s, s);
  for (let mi = to - 1; mi >= from; mi--) {
    const m = ctx.mentions[mi];
    if (m.entity.type !== 'PER' || m.start <= a + 2 || m.end >= b - 1 || ex.inQuote[m.start]) continue;
    let p = m.start - 1;
    if (ctx.lower[p] === 'und' || ctx.lower[p] === 'aber' || ctx.lower[p] === 'doch') p--;
    if (ctx.words[p] !== ',') continue;
    const v = m.end;
    const lw = ctx.lower[v];
    if (ctx.isCap(v) || ctx.isPunct(v) || PREPOSITIONS.has(lw) || ARTICLES.has(lw) || CONJ.has(lw) || SUBORDINATORS.has(lw) || RELATIVE.has(lw) || ADVERBS.has(lw) || PRONOUNS.has(lw) || lw === 'sowie' || lw === 'als' || lw === 'wie') continue;
    return { start: m.start, end: m.end, mention: m, pronoun: false, dative: false };
  }
  return null;
}


function openingFocus(ex: Extractor, s: number): NP | null {
  const ctx = ex.ctx;
  const opener = openingSubject(ex, s);
  if (opener) return opener.mention?.entity.type === 'PER' ? opener : null;
  const any = openingSubjectAny(ex, s);
  if (!any || any.dative || (!any.pronoun && !any.mention && !ARTICLES.has(ctx.lower[any.start]))) return invertedPerson(ex, s);
  if (any.pronoun) {
    const lw = ctx.lower[any.start];
    if (lw !== 'er' && lw !== 'sie') return null;
    // the pronoun must be followed by the finite verb (a subject), not open a plural or object phrase
    if (any.end >= ctx.sentEnd[s] || ctx.isCap(any.end) || ctx.isPunct(any.end)) return null;
    const ante = resolvePronoun(ex, any, any.start);
    if (ante?.entity.type !== 'PER') return null;
    // only to pick up a person again (or keep the one introduced in focus), not to replace one introduced
    // just before ("X sah … Er will …" — "er" may be someone X talks about)
    const recent = ex.introduced && ex.introduced.sentence >= s - 2 ? ex.introduced : null;
    if (recent) {
      const ref = recent.np.mention?.entity.type === 'PER' ? recent.np.mention : recent.np.pronoun ? resolvePronoun(ex, recent.np, recent.np.start) : resolveDescription(ex, recent.np);
      if (ref?.entity !== ante.entity) return null;
    }
    return any;
  }
  if (any.mention) return null;
  if (!ARTICLES.has(ctx.lower[any.start]) || !/^d/.test(ctx.lower[any.start])) return null;
  if (any.end >= ctx.sentEnd[s] || ctx.isCap(any.end) || ctx.isPunct(any.end)) return null;
  const ante = resolveDescription(ex, any);
  if (ante) return ante.entity.type === 'PER' ? any : null;
  // "Die Strecke durch den Dritten hat sich Bezirksrat X ausgesucht.": a thing in the Vorfeld (no role noun), the
  // person named after the finite verb is the subject
  // (an auxiliary between the two: the name is not inside the Vorfeld, "Die Begegnung mit seinem Vorbild X hat …")
  // (checked cheapest first: an auxiliary within a few tokens after the Vorfeld, then the names of the sentence)
  if (ex.mode !== 'news') return null;
  let aux = -1;
  for (let k = any.end; k < Math.min(ctx.sentEnd[s], any.end + 6) && aux < 0; k++) if (AUXILIARIES.has(ctx.lower[k]) && !ctx.isCap(k)) aux = k;
  if (aux < 0 || ROLE_NOUN.test(ctx.lower[any.end - 1])) return null;
  const inv = invertedPerson(ex, s);
  return inv && inv.start > aux ? inv : null;
}


/**
 * A person named right after the finite verb when the Vorfeld is not the subject ("Etwas näher lokalisierte
 * Landeshauptmannstellvertreter X das Problem.", "Was die Preise betrifft, rechnet X mit …").
 */
function invertedPerson(ex: Extractor, s: number): NP | null {
  const ctx = ex.ctx;
  const a = ctx.sentStart[s];
  const b = ctx.sentEnd[s];
  if (a < 0) return null;
  const [from, to] = mentionRange(ex, s, s);
  for (let mi = from; mi < to; mi++) {
    const m = ctx.mentions[mi];
    if (m.entity.type !== 'PER' || m.start <= a + 1) continue;
    let p = m.start - 1;
    // a title or role right before the name ("Landeshauptmannstellvertreter Thomas Stelzer")
    if (ctx.isCap(p) && ctx.mentionAt[p] < 0 && p > a) p--;
    // a reflexive right after the finite verb ("hat sich Bezirksrat X … ausgesucht")
    if (ex.mode === 'news' && ctx.lower[p] === 'sich' && p - 1 > a && !ctx.isCap(p - 1) && AUXILIARIES.has(ctx.lower[p - 1])) p--;
    const lw = ctx.lower[p];
    if (ctx.isCap(p) || ctx.isPunct(p) || ex.inQuote[p]) continue;
    if (PREPOSITIONS.has(lw) || ARTICLES.has(lw) || DATIVE_LIKE.has(lw) || CONJ.has(lw) || SUBORDINATORS.has(lw) || ADVERBS.has(lw) || RELATIVE.has(lw) || lw === 'sowie') continue;
    // "Im Fall einer Verurteilung drohen X zehn Jahre Haft": the dative of an impersonal "drohen" is not in focus
    if (ex.mode === 'news' && DROHEN.test(lw) && penaltyInClause(ex, p, b)) continue;
    if (m.end < b && (ctx.words[m.end] === '(' || ctx.isCap(m.end))) continue;
    return { start: m.start, end: m.end, mention: m, pronoun: false, dative: false };
  }
  return null;
}


/** The named subject (PER/ORG/LOC mention) that opens sentence s, if any. */
export function openingSubject(ex: Extractor, s: number): NP | null {
  const ctx = ex.ctx;
  if (s < 0) return null;
  const a = ctx.sentStart[s];
  const b = ctx.sentEnd[s];
  if (a < 0) return null;
  let k = a;
  // skip a dateline: "Wien – Das Innenministerium zeigt sich …"
  for (let d = a + 1; d < Math.min(b, a + 4); d++) {
    if ((ctx.words[d] === '–' || ctx.words[d] === '—') && ctx.mentionAt[a] >= 0 && ctx.mentions[ctx.mentionAt[a]].entity.type === 'LOC') {
      k = d + 1;
      break;
    }
  }
  while (k < b && (ADVERBS.has(ctx.lower[k]) || CONJ.has(ctx.lower[k])) && !ctx.capName(k)) k++;
  const np = ctx.npAt(k, b);
  if (!np || !np.mention || np.dative || PREPOSITIONS.has(ctx.lower[k])) return null;
  // the name heads the phrase ("Das Innenministerium", "Jansrud"), it is not inside it ("Ein Plädoyer für …: X")
  if (np.mention.start > np.start + 2) return null;
  const t = np.mention.entity.type;
  if (t !== 'PER' && t !== 'ORG') return null;
  // the mention must be the head of the phrase, not inside a genitive
  let v = np.end;
  // "David Trezeguet, ein Ex-Klubkollege bei Juventus, sah …": skip an apposition (no reads past the last token:
  // an out-of-bounds read the warm-up never made deoptimises the function)
  if (v < ctx.n && ctx.words[v] === ',' && t === 'PER') {
    let c = v + 1;
    while (c < b && c - v <= 10 && ctx.words[c] !== ',') c++;
    if (c < ctx.n && ctx.words[c] === ',') v = c + 1;
  }
  if (v >= b || ctx.isCap(v) || ctx.isPunct(v)) return null;
  // "Anna Berger wähle man selbstverständlich": a nominative pronoun after the verb is the subject, the
  // opening name its object
  if (ex.mode === 'news' && v + 1 < b && NOMINATIVE_AFTER_VERB.has(ctx.words[v + 1])) return null;
  return np;
}


/**
 * Direct statements without a reporting verb: "X sieht keinen Bedarf: Ich glaube, …" (colon after a
 * clause whose subject is a named actor, first-person content) and "Ich habe …, ist er optimistisch."
 * (first-person content, then a short inverted clause with a pronoun or name as subject).
 */
export function colonOrInvertedDirect(ex: Extractor, s: number, a: number, b: number): Attribution | null {
  const ctx = ex.ctx;
  const last = lastContentTok(ex, a, b);
  // every reading below needs a colon after the first token (without one the sentence is "strict" and returns null
  // before the inverted-clause loop): most sentences have none, so look for it before the pass over the words
  let hasColon = false;
  for (let k = a + 1; k < last && !hasColon; k++) hasColon = ctx.words[k] === ':';
  if (!hasColon) return null;
  let firstAt = -1;
  for (let k = a; k < last; k++) {
    if (ex.inQuote[k]) return null;
    if (firstAt < 0 && FIRST_PERSON.has(ctx.lower[k])) firstAt = k;
  }
  // colon introduction; without a first-person word after the colon only a named person (or a pronoun
  // for one) introduces a statement ("Kurz zuckt die Schultern: Wenn das …")
  let colon = -1;
  // (not a colon inside a parenthesis: "… Kulturschönheiten (Achtung, Ironie: Skipisten!)")
  let paren = 0;
  for (let k = a + 1; k < last; k++) {
    if (ctx.words[k] === '(') paren++;
    else if (ctx.words[k] === ')') paren = Math.max(0, paren - 1);
    if (ctx.words[k] === ':') {
      if (paren > 0 && ex.mode === 'news') return null;
      colon = k;
      break;
    }
  }
  // "Um wenig später … zu ihrem Mann zu sagen: …" — an infinitive purpose clause with a reporting verb and no
  // subject of its own continues the speaker of the sentence before
  if (ex.mode === 'news' && colon > a + 3 && ctx.lower[a] === 'um' && ctx.lower[colon - 2] === 'zu' && reportingForm(ctx.lower[colon - 1]) && last - colon >= 3 && ctx.isCap(colon + 1)) {
    const prev = ex.lastSpeaker;
    if (prev && s - prev.sentence === 1 && prev.att.kind !== 'fragment' && prev.att.speakerEntity?.type === 'PER') {
      const att = blankAttribution('direct', null, 'colon');
      att.content = trimContent(ex, colon + 1, last);
      if (!att.content) return null;
      att.cue = cueSpan(ex, [colon - 1, colon]);
      att.cueTok = [colon - 1, colon];
      copySpeaker(ex, att, prev.att);
      att.marks = false;
      return att;
    }
  }
  let contentFirst = false;
  for (let k = colon + 1; colon > 0 && k < last && !contentFirst; k++) contentFirst = FIRST_PERSON.has(ctx.lower[k]);
  const strict = !contentFirst;
  if (strict && ex.marksKept) return null;
  for (let k = colon; k > 0 && k < last; k = -1) {
    if (last - k < 4) break;
    if (strict && !ctx.isCap(k + 1)) return null;
    // the clause before the colon must be narration (no Konjunktiv outside relative clauses) with a named
    // subject: at its start ("Die Botschafterin X ist überzeugt:") or right after the finite verb ("Hier sieht X …:")
    let inRel = false;
    for (let m = a; m < k; m++) {
      if (ctx.words[m] === ',') inRel = RELATIVE.has(ctx.lower[m + 1]) || SUBORDINATORS.has(ctx.lower[m + 1]);
      else if (!inRel && SUBJUNCTIVE_ALL.has(ctx.lower[m]) && !ctx.isCap(m)) return null;
    }
    // "Mit der Übertragung lande man mitten im Recht: Da habe ich …" — a V2 Konjunktiv (not in the lexicon) too
    if (ex.mode === 'news' && v2Subjunctive(ex, a, k)) return null;
    let v = a;
    while (v < k && (ADVERBS.has(ctx.lower[v]) || CONJ.has(ctx.lower[v])) && !ctx.capName(v)) v++;
    // "Daher sag ich dem Minister: …" — a first-person subject (first or right after the finite verb) makes the frame
    // the current speaker's own words, never the addressee's
    // (a simple clause only: "Ich kann nicht verstehen, wie …, fährt er fort: …" is framed by the inserted cue)
    if (ex.mode === 'news' && (ctx.lower[v] === 'ich' || ctx.lower[v] === 'wir' || (v + 1 < k && !ctx.isCap(v) && (ctx.lower[v + 1] === 'ich' || ctx.lower[v + 1] === 'wir')))) {
      let simple = true;
      for (let m = a; m < k && simple; m++) simple = ctx.words[m] !== ',' && ctx.words[m] !== '–';
      if (simple) return null;
    }
    const named = (c: NP | null) =>
      !!c &&
      !c.dative &&
      (c.pronoun
        ? (ctx.lower[c.start] === 'er' || ctx.lower[c.start] === 'sie') && resolvePronoun(ex, c, c.start)?.entity.type === 'PER'
        : !!c.mention && (c.mention.entity.type === 'PER' || c.mention.entity.type === 'ORG'));
    // "Als ehemaliger Präsident des Klubs hat X …:" — a predicative "als" phrase in the Vorfeld names a role
    // (often with an organisation), not the subject; the subject follows the finite verb
    let asPhrase = false;
    if (ex.mode === 'news' && ctx.lower[v] === 'als' && !isComparison(ex, v)) {
      const ap = ctx.npAt(v + 1, k);
      if (ap && !ap.pronoun && ap.end < k && !ctx.isPunct(ap.end)) {
        v = ap.end;
        asPhrase = true;
      }
    }
    let np: NP | null = asPhrase || PREPOSITIONS.has(ctx.lower[v]) ? null : ctx.npAt(v, k);
    // a verbless frame of a speech noun and its owner ("Die Reaktion der Flughafen Wien AG:"): the owner speaks
    if (ex.mode === 'news' && !named(np) && v === a) np = speechNounFrameOwner(ex, a, k) ?? np;
    // "…, denn, so X unter Verweis auf …: …" — an inserted ", so <person>" before the colon names the speaker
    if (ex.mode === 'news') {
      for (let m = k - 2; m > a && k - m <= 25; m--) {
        if (ctx.words[m] === ':' || ctx.words[m] === ';') break;
        if (ctx.lower[m] !== 'so' || ctx.words[m - 1] !== ',') continue;
        const so = ctx.npAt(m + 1, k);
        if (so?.mention?.entity.type === 'PER' && so.mention.start === m + 1) return unmarkedDirect(ex, so, k, k + 1, last, 'colon');
        break;
      }
    }
    // "Der entsprechende Beschluss: Die Partei spricht sich … aus." — a verbless frame of a definite document
    // noun alone before the colon quotes that document's text
    if (ex.mode === 'news' && np && !np.pronoun && !named(np) && np.start === a && np.end === k && k - a <= 4 && /^d/.test(ctx.lower[a]) && ARTICLES.has(ctx.lower[a]) && ctx.isCap(k - 1) && DOCUMENT_NOUN.test(ctx.lower[k - 1]) && ctx.isCap(k + 1)) {
      return unmarkedDirect(ex, np, k, k + 1, last, 'colon');
    }
    // a long clause before the colon only with the named person opening it ("Platter interpretiert …: …")
    if (strict && k - a > 8 && !(named(np) && np!.start === v)) {
      // "Nach harter Kritik an X entschuldigte sich AfD-Chefin Y in der Bild-Zeitung für dessen Aussagen:" — the
      // named person right after the finite verb that follows a prepositional Vorfeld is the frame's subject, also
      // when other persons or organisations are named in the Vorfeld or in later phrases
      const inv = ex.mode === 'news' ? invertedFrameSubject(ex, v, k) : null;
      if (inv) return soleFrameDirect(ex, inv, k, last);
      const sole = ex.mode === 'news' ? soleFramePerson(ex, a, k, v) : null;
      return sole ? soleFrameDirect(ex, sole, k, last) : null;
    }
    // "Die Wiener Linien waren um Beruhigung bemüht: Wir haben …": a definite plural subject opening the frame that
    // the NER did not tag (an organisation or group) speaks the first-person-plural statement after the colon
    if (ex.mode === 'news' && !strict && np && !named(np) && !np.pronoun && !np.dative && np.start === a && ctx.lower[a] === 'die' && np.end < k && ctx.isCap(np.end - 1) && !ctx.isCap(np.end) && (ctx.lower[np.end].endsWith('en') || PLURAL_FINITE.has(ctx.lower[np.end]))) {
      let plural = false;
      for (let m = k + 1; m < last; m++) {
        if (!FIRST_PERSON.has(ctx.lower[m])) continue;
        plural = WE_FORM.test(ctx.lower[m]);
        break;
      }
      if (plural) return unmarkedDirect(ex, np, k, k + 1, last, 'colon');
    }
    if (!named(np)) {
      np = null;
      for (let m = asPhrase ? v : v + 1; m < k; m++) {
        if (!ctx.isCap(m) && !ctx.isPunct(m) && !ARTICLES.has(ctx.lower[m]) && !PREPOSITIONS.has(ctx.lower[m]) && !ADVERBS.has(ctx.lower[m])) {
          const c = ctx.npAt(m + 1, k);
          if (named(c)) np = c;
          break;
        }
      }
    }
    // otherwise the one person the frame clause is about, wherever it stands: a possessor ("Sein Anspruch ist
    // kein geringer:"), a genitive, a pronoun after a long Vorfeld ("Von … hält er wenig, nachdem …:"), a role
    // description in a PP ("steht für den Landeshauptmann nicht zur Debatte:") — only when no other person or
    // organisation is named there
    if (!np && ex.mode === 'news') {
      const sole = soleFramePerson(ex, a, k, v);
      return sole ? soleFrameDirect(ex, sole, k, last) : null;
    }
    if (!np) return null;
    if (strict && !np.pronoun && np.mention?.entity.type !== 'PER') {
      // "Die Firma berief sich auf eine Klausel: Eine Beteiligung stelle ein Risiko dar, ein Verlust sei zu
      // erwarten." — an organisation's colon frame opens its reported speech when a Konjunktiv I follows
      if (ex.mode !== 'news' || !konjunktivOne(ex, k + 1, last)) return null;
      const att = unmarkedDirect(ex, np, k, k + 1, last, 'colon');
      if (att) att.kind = 'indirect';
      return att;
    }
    return unmarkedDirect(ex, np, k, k + 1, last, 'colon');
  }
  if (strict) return null;
  // inverted short clause at the end: "…, ist er optimistisch." / "…, zeigt sich Müller überzeugt."
  for (let k = last - 2; k > firstAt && last - k <= 7; k--) {
    if (ctx.words[k] !== ',') continue;
    const v = k + 1;
    // the word after the comma must be the finite verb, not a determiner ("…, viele Politiker trauen sich das nicht")
    if (ctx.isCap(v) || ctx.isPunct(v) || INDEFINITE.has(ctx.lower[v]) || ARTICLES.has(ctx.lower[v]) || ADVERBS.has(ctx.lower[v])) break;
    let subj = v + 1;
    if (ctx.lower[subj] === 'sich') subj++;
    const np = ctx.npAt(subj, last);
    if (!np || !(np.pronoun ? ctx.lower[np.start] === 'er' || ctx.lower[np.start] === 'sie' : np.mention?.entity.type === 'PER')) break;
    const att = makeAtt(ex, 'direct', [v, v + 1]);
    att.content = trimContent(ex, a, k);
    setSource(ex, att, np, v);
    att.method = 'inverted';
    att.marks = false;
    return att.content ? att : null;
  }
  return null;
}


/** A lower-case unambiguous Konjunktiv I form ("sei", "habe", "könne"; not "wäre", "hätte", "sollten") in [a, b). */
/**
 * The sentence at `a` opens with the speaker `e` as a pronoun subject ("Er", a singular "Sie") with a reporting verb,
 * a Konjunktiv I or a short frame before a content clause: "Er verwies darauf, dass …", "Sie betonte …" — narration
 * about the speaker, not their words.
 */
export function selfPronounFrame(ex: Extractor, a: number, end: number, b: number, e: MentionRef['entity'] | null | undefined): boolean {
  const ctx = ex.ctx;
  const lw = ctx.lower[a];
  if (!e || a + 1 >= end || !(lw === 'er' || (lw === 'sie' && !ctx.lower[a + 1].endsWith('en') && !PLURAL_FINITE.has(ctx.lower[a + 1])))) return false;
  if (!(reportingForm(ctx.lower[a + 1]) || konjunktivOne(ex, a, b) || frameClause(ex, a + 2, end))) return false;
  const ante = resolvePronoun(ex, { start: a, end: a + 1, mention: null, pronoun: true, dative: false }, a);
  return ante?.entity === e;
}


/** A lower-case singular finite verb form at `k` (a heuristic by ending, adverbs in -t excluded). */
function singularFinite(ex: Extractor, k: number): boolean {
  const w = ex.ctx.words[k];
  return !!w && SINGULAR_FINITE.test(w) && !NOT_VERB_T.has(w);
}


/**
 * An unmarked sentence next to a person's statement that reads as the narrator's: no first-person word, no modal
 * particle, no question or exclamation, and the person in the third person in its first clause — a pronoun taking
 * them up ("Von der Variante hält er hingegen nichts", "Deshalb will sie heute …") or a possessive opening it ("Sein
 * Befund ist düster"). A speaker does not speak of themselves in the third person. (Later in the sentence a pronoun
 * may be someone the speaker talks about: "Es geht darum, wie er spielt"; a later possessive may take up a thing:
 * "Das Betriebsgebiet ist durch seine Betriebe …".)
 */
export function narratorSentence(ex: Extractor, a: number, end: number, b: number, e: MentionRef['entity'] | null | undefined): boolean {
  const ctx = ex.ctx;
  if (ctx.words[b - 1] === '?' || ctx.words[b - 1] === '!') return false;
  let third = false;
  let clause = true;
  for (let k = a; k < end; k++) {
    const lw = ctx.lower[k];
    if (FIRST_PERSON.has(lw) || MODAL_PARTICLES.has(lw)) return false;
    // (the speaker in the third person only in the first clause: "Es geht darum, wie er spielt" speaks of another)
    if (CLAUSE_PUNCT.has(lw) || lw === '–') clause = false;
    if (third || !e || !clause) continue;
    // "sie" only next to a singular finite verb ("Deshalb will sie …", "Sie kann sich …"; not "Sind sie nicht")
    const pron = lw === 'er' || lw === 'ihm' || lw === 'ihn' || ((ctx.words[k] === 'sie' || (k === a && ctx.words[k] === 'Sie')) && (singularFinite(ex, k - 1) || singularFinite(ex, k + 1)));
    // (a possessive only opening the sentence, "Sein Befund ist düster": later it may take up a thing named before it,
    // "Das Betriebsgebiet ist durch seine Betriebe …")
    const poss = k === a && POSSESSIVE.has(lw) && (ctx.isCap(k + 1) || ctx.isAdj(k + 1)) && (lw.startsWith('sein') || lw.startsWith('ihr'));
    if (pron || poss) {
      const ante = resolvePronoun(ex, { start: k, end: k + 1, mention: null, pronoun: true, dative: false }, k);
      if (ante?.entity === e) third = true;
    }
  }
  return third;
}


/** A comma and "dass"/"ob" within three tokens from `k`: a short frame before a content clause ("… darauf, dass …"). */
function frameClause(ex: Extractor, k: number, end: number): boolean {
  const ctx = ex.ctx;
  for (let i = k; i < end - 1 && i <= k + 3; i++) if (ctx.words[i] === ',' && (ctx.lower[i + 1] === 'dass' || ctx.lower[i + 1] === 'ob')) return true;
  return false;
}


export function konjunktivOne(ex: Extractor, a: number, b: number): boolean {
  const ctx = ex.ctx;
  for (let k = a; k < b; k++) {
    const w = ctx.words[k];
    if (ctx.isCap(k) || !SUBJUNCTIVE_ALL.has(w)) continue;
    if (w === 'seien' || (!/(?:te|ten|en)$/.test(w) && (!/[äöü]/.test(w) || w === 'müsse' || w === 'könne' || w === 'dürfe' || w === 'möge'))) return true;
  }
  return false;
}


/**
 * The subject of a frame clause [v, k) with a prepositional Vorfeld: the finite verb is the first lower-case word after
 * the preposition's noun phrase (articles, attributive adjectives, nouns and a nested PP skipped), and a named person
 * (not a dative) right after it, or after its "sich", is the subject.
 */
function invertedFrameSubject(ex: Extractor, v: number, k: number): NP | null {
  const ctx = ex.ctx;
  if (!PREPOSITIONS.has(ctx.lower[v]) || ctx.lower[v] === 'laut' || ctx.lower[v] === 'nach' && ctx.isCap(v + 1) && ATTRIBUTION_NOUNS.has(ctx.words[v + 1])) return null;
  let f = v + 1;
  while (f < k && (ctx.isCap(f) || ARTICLES.has(ctx.lower[f]) || PREPOSITIONS.has(ctx.lower[f]) || POSSESSIVE.has(ctx.lower[f]) || (ctx.isAdj(f) && (ctx.isCap(f + 1) || ctx.isAdj(f + 1))) || /^\d/.test(ctx.words[f]))) {
    if (ctx.isPunct(f)) return null;
    f++;
  }
  if (f >= k - 1 || f === v + 1 || ctx.isPunct(f) || ADVERBS.has(ctx.lower[f]) || SUBORDINATORS.has(ctx.lower[f]) || CONJ.has(ctx.lower[f])) return null;
  let sj = f + 1;
  if (ctx.lower[sj] === 'sich') sj++;
  const mi = ctx.mentionAt[sj];
  if (mi < 0) {
    // a title before the name ("AfD-Chefin Frauke Petry")
    if (!(ctx.isCap(sj) && ctx.mentionAt[sj + 1] >= 0 && ROLE_NOUN.test(ctx.lower[sj]))) return null;
  }
  const np = ctx.npAt(sj, k);
  if (!np || np.pronoun || np.dative || !np.mention || np.mention.entity.type !== 'PER') return null;
  return np;
}


/**
 * The statement after the colon of a frame about one person; not when it speaks of that person in the
 * third person or by name without a first-person word ("Nun setzt er auf zwei Parolen: Einerseits appelliert er …").
 */
function soleFrameDirect(ex: Extractor, np: NP, k: number, last: number): Attribution | null {
  const ctx = ex.ctx;
  const att = unmarkedDirect(ex, np, k, k + 1, last, 'colon');
  if (!att || !att.speakerEntity) return att;
  let third = false;
  for (let m = k + 1; m < last; m++) {
    const lw = ctx.lower[m];
    if (FIRST_PERSON.has(lw)) return att;
    // (or names that person: "… waren X und Y enge Vertraute: Y und sein Bruder gehörten …")
    const mi = ctx.mentionAt[m];
    if (mi >= 0 && ctx.mentions[mi].entity === att.speakerEntity) third = true;
    if (!third && (lw === 'er' || lw === 'ihm' || lw === 'ihn' || (POSSESSIVE.has(lw) && (ctx.isCap(m + 1) || ctx.isAdj(m + 1))) || (ctx.words[m] === 'sie' && m > k + 1))) {
      const ante = resolvePronoun(ex, { start: m, end: m + 1, mention: null, pronoun: true, dative: false }, m);
      if (ante?.entity === att.speakerEntity) third = true;
    }
  }
  return third ? null : att;
}


/** Tokens [from, to) join two persons: "und" / "sowie", with at most two title words before the second. */
export function coordinated(ex: Extractor, from: number, to: number): boolean {
  const ctx = ex.ctx;
  if (from >= to || (ctx.lower[from] !== 'und' && ctx.lower[from] !== 'sowie') || to - from > 3) return false;
  for (let m = from + 1; m < to; m++) if (!ctx.isCap(m) || ctx.isPunct(m)) return false;
  return true;
}


/**
 * The single person a clause [a, k) refers to (a named person, a resolvable er/sie or possessive, a role
 * description the entities stage links to a person), as the NP to attribute to; null when there is none
 * or more than one, or an organisation is named too.
 */
function soleFramePerson(ex: Extractor, a: number, k: number, v: number): NP | null {
  const ctx = ex.ctx;
  // a Vorfeld subject that is a thing ("Die Titelseite zeigt X mit der Aufschrift:") leaves a person after the
  // verb an object, except as the holder of a view ("Klar ist für X:", "steht für den X nicht zur Debatte:")
  const vf = PREPOSITIONS.has(ctx.lower[v]) || POSSESSIVE.has(ctx.lower[v]) ? null : ctx.npAt(v, k);
  const thingSubject = !!vf && !vf.pronoun && ctx.isCap(vf.end - 1) && !(vf.mention && vf.mention.entity.type === 'PER') && !(ROLE_NOUN.test(ctx.lower[vf.end - 1]) && resolveDescription(ex, vf));
  let found: NP | null = null;
  let ent: unknown = null;
  let coordEnd = 0;
  let inRel = false;
  for (let m = a; m < k; m++) {
    if (ctx.words[m] === ',') {
      inRel = RELATIVE.has(ctx.lower[m + 1]) || SUBORDINATORS.has(ctx.lower[m + 1]);
      continue;
    }
    // a person inside a relative or subordinate clause is not what the frame is about
    if (inRel) continue;
    let np: NP | null = null;
    let who: unknown = null;
    const mi = ctx.mentionAt[m];
    const lw = ctx.lower[m];
    // (also with a title before the name: "Die Conclusio für den AKNÖ-Präsidenten X:")
    let h = m - 1;
    while (h > a && h >= m - 2 && ctx.isCap(h) && ctx.mentionAt[h] < 0 && ROLE_NOUN.test(ctx.lower[h])) h--;
    const holder = (h >= a && ctx.lower[h] === 'für') || (h > a && ctx.lower[h - 1] === 'für' && ARTICLES.has(ctx.lower[h]));
    if (mi >= 0) {
      const men = ctx.mentions[mi];
      // "SPÖ-Chef" (an organisation in a role compound) describes a person
      const roleCompound = men.end - men.start === 1 && HYPHEN_UPPER.test(ctx.words[men.start]) && ROLE_NOUN.test(lw);
      if (men.entity.type === 'ORG' && !roleCompound) return null;
      if (men.entity.type !== 'PER') continue;
      if (thingSubject && men.start > vf!.end && !holder) return null;
      np = { start: men.start, end: men.end, mention: men, pronoun: false, dative: false };
      who = men.entity;
      m = men.end - 1;
    } else if (lw === 'er' || ctx.words[m] === 'sie' || (POSSESSIVE.has(lw) && m === v)) {
      // (a possessive only as the determiner of the Vorfeld subject: "Sein Anspruch ist …:")
      const pnp: NP = { start: m, end: m + 1, mention: null, pronoun: true, dative: false };
      const ante = resolvePronoun(ex, pnp, m);
      if (!ante) continue;
      if (ante.entity.type !== 'PER') return null;
      np = pnp;
      who = ante.entity;
    } else if (ctx.isCap(m) && m > a && ARTICLES.has(ctx.lower[m - 1]) && ROLE_NOUN.test(lw)) {
      const d = ctx.npAt(m - 1, k);
      const ref = d ? resolveDescription(ex, d) : null;
      if (!ref) continue;
      if (ref.entity.type !== 'PER') return null;
      if (thingSubject && d!.start > vf!.end && !holder) return null;
      np = d;
      who = ref.entity;
      m = d!.end - 1;
    } else continue;
    if (found && who !== ent) {
      // a coordinated subject ("zeigten Sprecherin X und Sozialsprecherin Y:"): the first named speaks for both
      if (!coordEnd || !coordinated(ex, coordEnd, np!.start)) return null;
      coordEnd = np!.end;
      continue;
    }
    if (!found) {
      found = np;
      ent = who;
      coordEnd = np!.end;
    }
  }
  return found;
}


/**
 * "…, dämpft sie: Lassen Sie uns ehrlich sein, …": the statement after a colon that closes an inverted frame clause
 * (verb and subject, no comma between) is the frame speaker's too, as after a lexicon cue. Returns it or null.
 */
export function frameColonTail(ex: Extractor, frame: Attribution, b: number): Attribution | null {
  const ctx = ex.ctx;
  if (!frame.cueTok || frame.method !== 'frame') return null;
  const v = frame.cueTok[0];
  let k = v + 1;
  while (k < b && k - v < 8 && ctx.words[k] !== ',' && ctx.words[k] !== ':' && !ctx.isPunct(k) && !ex.inQuote[k]) k++;
  if (ctx.words[k] !== ':') return null;
  const last = lastContentTok(ex, k + 1, b);
  if (last - (k + 1) < 3) return null;
  for (let m = k + 1; m < last; m++) if (ex.inQuote[m]) return null;
  const att = makeAtt(ex, 'indirect', [v, v + 1]);
  att.content = trimContent(ex, k + 1, last);
  if (!att.content) return null;
  copySpeaker(ex, att, frame);
  att.source = frame.source;
  att.method = 'frame-colon';
  markUnmarkedDirect(ex, att);
  return att;
}


/**
 * The sentence opens at a0 with a purpose clause "Um … zu <Infinitiv>," ("Um herauszufinden, ob …") or a concessive
 * "so <Adjektiv> … mag," ("So historisch der Durchbruch sein mag, …"), both adverbials of what follows.
 */
export function purposeOrConcessive(ex: Extractor, a0: number, last: number): boolean {
  const ctx = ex.ctx;
  const w0 = ctx.lower[a0];
  if (w0 !== 'um' && w0 !== 'so') return false;
  let k = a0 + 1;
  while (k < last && ctx.words[k] !== ',' && !ctx.isPunct(k)) k++;
  if (ctx.words[k] !== ',' || k - a0 < 2) return false;
  const v = ctx.lower[k - 1];
  if (w0 === 'um') return !ctx.isCap(k - 1) && v.endsWith('en') && (ctx.lower[k - 2] === 'zu' || /^\p{Ll}+zu\p{Ll}+en$/u.test(v));
  return !ctx.isCap(a0 + 1) && /^(?:mag|mögen|möge|mochte|mochten)$/.test(v);
}


/**
 * A statement framed by an inverted clause with a non-reporting verb: "Der war miserabel, ärgerte sich der
 * Routinier", "Sie fahren alle besser, brach Reichelt eine Lanze für …", "…, war X sauer darüber, dass …".
 * The clause after the first comma starts with a finite verb whose subject is a named person, a
 * personal pronoun or a role description; the clause before it (not a subordinate clause) is the statement.
 */
export function invertedFrame(ex: Extractor, s: number, a: number, b: number): Attribution | null {
  const ctx = ex.ctx;
  if (ex.mode !== 'news' || ex.english || ex.marksKept) return null;
  const last = lastContentTok(ex, a, b);
  let a0 = a;
  // (also after a focus particle: "Aber selbst wenn …, verfügten die Staaten …" is a conditional, no frame)
  while (a0 < last && (CONJ.has(ctx.lower[a0]) || FOCUS_PARTICLES.has(ctx.lower[a0]))) a0++;
  if (SUBORDINATORS.has(ctx.lower[a0]) || (RELATIVE.has(ctx.lower[a0]) && ctx.words[a0 + 1] === ',')) return null;
  // a fronted purpose clause "Um …zu …," or a concessive "so ADJ … sein mag," is no statement
  if (purposeOrConcessive(ex, a0, last)) return null;
  for (let k = a0; k < Math.min(last, a0 + 4); k++) if (ctx.words[k] === '–' || ctx.words[k] === '—') return null; // dateline
  for (let k = a + 3; k < last - 1; k++) {
    const w = ctx.words[k];
    if (ex.inQuote[k] || w === ':' || w === ';') return null;
    if (w !== ',') continue;
    const v = k + 1;
    const lv = ctx.lower[v];
    if (ctx.isCap(v) || ctx.isPunct(v) || INDEFINITE.has(lv) || ARTICLES.has(lv) || ADVERBS.has(lv) || PREPOSITIONS.has(lv) || SUBORDINATORS.has(lv) || RELATIVE.has(lv) || CONJ.has(lv) || PRONOUNS.has(lv) || lv === 'zu' || lv.length < 3) continue;
    if (/(?:ung|heit|keit|lich|isch|ig)$/.test(lv) || NOT_FRAME_VERB.has(lv) || T_ADVERBS.has(lv)) continue;
    if (!/(?:t|te|ten|en|e)$/.test(lv) && !STRONG_PAST.has(lv)) continue;
    // "…, drohen X zehn Jahre Haft": the person after an impersonal "drohen" is its dative, no framing speaker
    if (DROHEN.test(lv) && penaltyInClause(ex, v, b)) continue;
    // the statement is a main clause with a verb, not a fronted phrase ("Dorthin, nach West-Berlin, begleitete er")
    // or a phrase ending in a relative/subordinate clause ("Zugewanderten, die … haben, will er …")
    let lastSeg = a;
    let verbLike = false;
    let verbInFirst = false;
    for (let m = a; m < k; m++) {
      if (ctx.words[m] === ',') lastSeg = m + 1;
      const lm = ctx.lower[m];
      if (!ctx.isCap(m) && (AUXILIARIES.has(lm) || SUBJUNCTIVE_ALL.has(lm) || STRONG_PAST.has(lm) || (/(?:t|te|ten|en)$/.test(lm) && !ARTICLES.has(lm) && !PREPOSITIONS.has(lm) && !ADVERBS.has(lm) && lm.length > 3))) {
        verbLike = true;
        if (lastSeg === a) verbInFirst = true;
      }
    }
    if (!verbLike || k - a < 3) continue;
    // "Auf Nachfrage des Standard, ob es …, sagte Kurz: …" — a PP with its question clause is the frame's adverbial
    if (adverbialPreface(ex, a, k)) return null;
    const ls = ctx.lower[lastSeg];
    const subordinateEnd = lastSeg > a && ((RELATIVE.has(ls) && !AUXILIARIES.has(ctx.lower[lastSeg + 1]) && !STRONG_PAST.has(ctx.lower[lastSeg + 1])) || (SUBORDINATORS.has(ls) && ls !== 'dass'));
    if (!verbInFirst && subordinateEnd) continue;
    let subj = v + 1;
    while (subj < last && (ctx.lower[subj] === 'sich' || ctx.lower[subj] === 'auch' || ctx.lower[subj] === 'nun')) subj++;
    const np = ctx.npAt(subj, last);
    if (!np || np.dative) continue;
    const ok = np.pronoun
      ? ctx.lower[np.start] === 'er' || ctx.lower[np.start] === 'sie'
      : np.mention?.entity.type === 'PER' || ((ctx.lower[np.start] === 'der' || ctx.lower[np.start] === 'die') && ROLE_NOUN.test(ctx.lower[np.end - 1]) && ctx.isCap(np.end - 1));
    if (!ok) continue;
    const att = makeAtt(ex, 'indirect', [v, v + 1]);
    att.content = trimContent(ex, a, k);
    if (!att.content) return null;
    setSource(ex, att, np, v);
    if (!att.speakerName) return null;
    att.method = 'frame';
    markUnmarkedDirect(ex, att);
    return att;
  }
  return null;
}
