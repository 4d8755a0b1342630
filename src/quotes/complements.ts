// The content of a cue: dass-clauses, Konjunktiv and V2 complements, post-posed cue clauses, clause boundaries and English complements; separate because both direct and indirect rules delimit content with it.
import type { QuoteKind } from '../doc/index.ts';
import type { Attribution, Extractor } from './extract.ts';
import { ADVERBS, ARTICLES, AUXILIARIES, CUE_FORMS, FIRST_PERSON, PREPOSITIONS, PRONOUNS, reportingForm, SEPARABLE_PARTICLES as SEPARABLE_PARTICLES_SET, SUBJUNCTIVE_ALL, SUBORDINATORS } from './lexicon.ts';
import { ADJECTIVAL_PLACE, ADVERBIAL_CUE_SUB, ADVERBIAL_FRAME_SUB, ADVERBIAL_SUB, blankAttribution, COMPARATIVE_BEFORE_ALS, CONJ, CONTENT_SUB, DOCUMENT_NOUN, EN_AUX, EN_STOP, END_PUNCT, FUTURE_MODAL, INDICATIVE_TOO, INSTITUTION, LOWER_START, MEDIA_NOUN, MEDIUM_NOUN, ORG_HEAD, POSSESSIVE, PRONOMINAL_ADVERB, REGARDING, RELATIVE, RELEASE_NOUNS, REPORT_NOUNS, ROLE_NOUN, TEXT_NOUN, UPPER_START, V2_PRONOUNS, ZU_INFINITIVE } from './shared.ts';
import { cueAt, cueSpan, v2KonjunktivAt } from './cues.ts';
import { titleChain } from './direct.ts';
import { coordinatedMainClause, firstPersonSubject, weakKonjunktivOne } from './continuation.ts';
import { copySpeaker, plausibleSpeaker, speakAs } from './indirect.ts';
import { INDEFINITE, type MentionRef, type NP } from './context.ts';
import { setSource } from './sources.ts';
import { colonOrInvertedDirect, introducedSpeaker, purposeOrConcessive } from './frames.ts';
import { subjectChain } from './speakers.ts';

/**
 * After a post-posed cue ", sagt X [im Gespräch …]": the comma or colon that closes the cue clause,
 * or -1 when the cue clause runs to the end of the sentence or its subject is no speaker phrase.
 */
export function postCueClauseEnd(ex: Extractor, from: number, last: number): number {
  const ctx = ex.ctx;
  let k = from;
  while (k < last && (ctx.lower[k] === 'sich' || (ADVERBS.has(ctx.lower[k]) && !ctx.capName(k)))) k++;
  const np = ctx.npAt(k, last);
  if (!np || np.dative) return -1;
  const named = np.pronoun
    ? ['er', 'sie'].includes(ctx.lower[np.start])
    : !!np.mention || (ctx.isCap(np.end - 1) && ROLE_NOUN.test(ctx.lower[np.end - 1])) || (np.end - np.start === 1 && ctx.capName(np.start)) ||
      // an office or a spokesperson with its genitive ("bestreitet die Polizei, …", "sagte der Sprecher der Polizei, …")
      (ex.mode === 'news' && ARTICLES.has(ctx.lower[np.start]) && ctx.isCap(np.start + 1) && (INSTITUTION.test(ctx.lower[np.start + 1]) || (ROLE_NOUN.test(ctx.lower[np.start + 1]) && /^(?:des|der)$/.test(ctx.lower[np.start + 2] ?? ''))));
  if (!named) return -1;
  let e = np.end;
  while (e < last && e - np.end < 8 && ctx.words[e] !== ',' && ctx.words[e] !== ':' && ctx.words[e] !== '–' && !END_PUNCT.has(ctx.words[e]) && !(reportingForm(ctx.lower[e]) && !ctx.isCap(e))) e++;
  return e < last && (ctx.words[e] === ',' || ctx.words[e] === ':' || ctx.words[e] === '–') ? e : -1;
}


/** Is cue i inside the statement of a later post-posed cue clause (", betont X,") in its sentence part? */
export function insidePostCueClause(ex: Extractor, i: number, a: number, b: number): boolean {
  const ctx = ex.ctx;
  const last = lastContentTok(ex, a, b);
  // "Während X betont, dass …, sagt Y, …": the adverbial clause's cue has its own complement
  if (ctx.words[i + 1] === ',' && adverbialCueClause(ex, i, a, last)) return false;
  for (let p = i + 2; p < last; p++) {
    const w = ctx.words[p];
    if (w === ':' || (ex.inQuote[p] && ctx.isQuote(p))) return false;
    if (ctx.words[p - 1] !== ',' || ctx.isCap(p)) continue;
    if (!cueAt(ex, p, b)) continue;
    let k = p + 1;
    if (ctx.lower[k] === 'sich') k++;
    const np0 = ctx.npAt(k, last);
    if (!np0 || np0.dative) continue;
    const np = titleChain(ex, np0);
    if (np.pronoun ? ['er', 'sie'].includes(ctx.lower[np.start]) : np.mention?.entity.type === 'PER') return true;
  }
  return false;
}


/** The rest of the sentence after a post-posed cue clause that closes at token `close`: the same speaker goes on. */
export function afterCue(ex: Extractor, att: Attribution, close: number, a: number, b: number): Attribution | null {
  const ctx = ex.ctx;
  const last = lastContentTok(ex, a, b);
  if (last - (close + 1) < 3) return null;
  // a text that keeps its marks has no unmarked direct speech, but "…, sagt X, diese seien indiskutabel"
  // is indirect speech (Konjunktiv) in any text
  if (ex.marksKept) {
    let subj = false;
    for (let k = close + 1; k < last; k++) {
      if (FIRST_PERSON.has(ctx.lower[k])) return null;
      if (SUBJUNCTIVE_ALL.has(ctx.lower[k]) && !ctx.isCap(k)) subj = true;
    }
    if (!subj) return null;
  }
  // a clause, not an apposition or adjunct ("…, sagt X, Sprecher der Polizei, im Gespräch mit …"):
  // after a comma it starts in lower case, and it has a lower-case content word (a verb)
  // (a direct statement going on in the first person is a clause: "…, schrieb er, Leute leiden – und wir haben Arbeit")
  if (ctx.words[close] === ',' && ctx.isCap(close + 1) && !PRONOUNS.has(ctx.lower[close + 1]) && !(att.kind === 'direct' && firstPersonSubject(ex, close + 2, last))) return null;
  // "…, sagte X, der … ist" / "…, bevor er …": a relative or adverbial clause about the speaker, not more words of his
  const w1 = ctx.lower[close + 1];
  // ("…, sagt X, das gelte auch für Y": a demonstrative with a Konjunktiv I right after it is the subject of a
  // verb-second clause, more of the statement; a relative clause ends with its verb)
  const demonstrativeV2 = ex.mode === 'news' && RELATIVE.has(w1) && !ctx.isCap(close + 2) && SUBJUNCTIVE_ALL.has(ctx.lower[close + 2]) && !INDICATIVE_TOO.has(ctx.lower[close + 2]);
  // ("…, sagen auch Politologen, weil eine Migrantenliste … kosten könnte": a causal clause with a subject other than
  // the speaker gives the speaker's reason; "…, sagte er, weil er … fürchtete" is the narrator's about the speaker)
  const reason = ex.mode === 'news' && (w1 === 'weil' || w1 === 'denn') && !speakerSubjectAt(ex, att, close + 2);
  if (ctx.words[close] === ',' && ((RELATIVE.has(w1) && !demonstrativeV2) || (SUBORDINATORS.has(w1) && w1 !== 'dass' && w1 !== 'daß' && w1 !== 'ob' && !reason))) return null;
  // "…, ärgerte sich X darüber, dass …": after a reflexive reaction the dass-clause is the reason, not more words
  // ("berichtete X darüber, dass …" goes on)
  if (ctx.words[close] === ',' && (w1 === 'dass' || w1 === 'daß') && (ctx.lower[close - 1] === 'darüber' || ctx.lower[close - 1] === 'darum') && att.cueTok && ctx.lower[att.cueTok[1]] === 'sich') return null;
  let verb = false;
  let first = false;
  for (let k = close + 1; k < last; k++) if (FIRST_PERSON.has(ctx.lower[k])) first = true;
  for (let k = close + 1; k < last; k++) {
    if (ex.inQuote[k]) return null;
    const lw = ctx.lower[k];
    // another report follows ("…, sagte X, und Y meinte …"), unless the speaker goes on in the first person
    if (!ctx.isCap(k) && !first && cueAt(ex, k, b)) return null;
    if (!ctx.isCap(k) && lw.length >= 3 && LOWER_START.test(lw) && !ARTICLES.has(lw) && !PREPOSITIONS.has(lw) && !ADVERBS.has(lw) && !CONJ.has(lw) && !PRONOUNS.has(lw) && !(ex.mode === 'news' && ctx.words[close] === ',' && attributive(ex, k, close + 1))) verb = true;
  }
  if (!verb) return null;
  if (!att.speakerName && !att.source) return null;
  const cont = makeAtt(ex, 'indirect', [close, close + 1]);
  cont.cue = null;
  cont.cueTok = null;
  cont.content = trimContent(ex, close + 1, last);
  cont.method = 'after-cue';
  cont.continuation = true;
  if (!cont.content) return null;
  copySpeaker(ex, cont, att);
  markUnmarkedDirect(ex, cont);
  for (let k = close + 1; k < last; k++) ex.usedCue[k] = 1;
  return cont;
}


/** Token k is "er"/"sie" or a mention of the speaker of `att`: the subject of a clause about the speaker. */
function speakerSubjectAt(ex: Extractor, att: Attribution, k: number): boolean {
  const ctx = ex.ctx;
  const w = ctx.lower[k];
  if (w === 'er' || w === 'sie') return true;
  const m = ctx.mentionAt[k];
  return m >= 0 && !!att.speakerEntity && ctx.mentions[m].entity === att.speakerEntity;
}


/**
 * "steht in <X>" reports only when X is a text or a medium ("steht in dem Erlass", "stand im Bericht der
 * Kommission", "steht im STANDARD"), not a place or state ("steht im Niemandsland der Tabelle", "im Mittelpunkt").
 */
export function textHolder(ex: Extractor, np: NP): boolean {
  const ctx = ex.ctx;
  for (let k = np.start; k < np.end; k++) {
    if (!ctx.isCap(k)) continue;
    const mi = ctx.mentionAt[k];
    if (mi >= 0 && ctx.mentions[mi].entity.type === 'ORG') return true;
    const lw = ctx.lower[k];
    return DOCUMENT_NOUN.test(lw) || MEDIUM_NOUN.test(lw) || MEDIA_NOUN.test(lw) || REPORT_NOUNS.has(ctx.words[k]) || RELEASE_NOUNS.test(ctx.words[k]) || TEXT_NOUN.test(lw);
  }
  return false;
}


/**
 * An attributive adjective, not a verb: an inflected lower-case word before a noun, opening the phrase or after a
 * determiner, preposition or another adjective ("stellvertretender Leiter des Wifo", "am Montag im deutschen
 * RBB-Inforadio", "ein überparteilicher Thinktank"). After a pronoun it is a verb ("wir brauchen Hilfe").
 */
export function attributive(ex: Extractor, k: number, from: number): boolean {
  const ctx = ex.ctx;
  const lw = ctx.lower[k];
  if (!/(?:e|en|er|es|em)$/.test(lw) || SUBJUNCTIVE_ALL.has(lw) || AUXILIARIES.has(lw)) return false;
  let n = k + 1;
  while (n < ctx.n && !ctx.isCap(n) && /(?:e|en|er|es|em)$/.test(ctx.lower[n]) && !SUBJUNCTIVE_ALL.has(ctx.lower[n]) && !AUXILIARIES.has(ctx.lower[n]) && n - k < 3) n++;
  if (n >= ctx.n || !ctx.isCap(n) || ctx.isPunct(n) || PRONOUNS.has(ctx.lower[n])) return false;
  if (k === from) return true;
  const p = ctx.lower[k - 1];
  return ARTICLES.has(p) || PREPOSITIONS.has(p) || INDEFINITE.has(p) || p === ',' || (!ctx.isCap(k - 1) && /(?:e|en|er|es|em)$/.test(p) && attributive(ex, k - 1, from));
}


/**
 * Fallback subject for a cue whose clause analysis found none: the nearest personal pronoun before
 * the cue in its sentence part (not inside another subordinate clause), else the noun phrase that
 * opens the sentence.
 */
export function clauseSubject(ex: Extractor, i: number, a: number, b: number): NP | null {
  const ctx = ex.ctx;
  for (let k = i - 1; k >= a; k--) {
    const w = ctx.words[k];
    if (w === ':' || w === ';' || (ctx.isQuote(k) && ex.inQuote[k])) break;
    const lw = ctx.lower[k];
    if (lw === 'ich' || lw === 'wir' || lw === 'man' || lw === 'er' || lw === 'sie' || lw === 'du' || (w === 'Sie' && k !== ctx.sentStart[ctx.toks[k].sentence])) {
      return { start: k, end: k + 1, mention: null, pronoun: true, dative: false };
    }
  }
  // the pronoun may follow the cue: "Verhandeln Sie …", "habe ich …"
  for (let k = i + 1; k < Math.min(b, i + 3); k++) {
    const lw = ctx.lower[k];
    if (lw === 'ich' || lw === 'wir' || lw === 'man' || ctx.words[k] === 'Sie') return { start: k, end: k + 1, mention: null, pronoun: true, dative: false };
  }
  let v = a;
  while (v < i && (ADVERBS.has(ctx.lower[v]) || CONJ.has(ctx.lower[v])) && !ctx.capName(v)) v++;
  const np = PREPOSITIONS.has(ctx.lower[v]) ? null : ctx.npAt(v, i);
  return np && !np.dative && np.end < i ? np : null;
}


/** An impersonal "es" in the clause before a participle ("hatte es danach geheißen"). */
export function esBefore(ex: Extractor, cs: number, c: number): boolean {
  for (let k = cs; k < c; k++) if (ex.ctx.lower[k] === 'es') return true;
  return false;
}


/** "wird/wurde … beklagt": a participle cue with a form of werden in its clause. */
export function isPassive(ex: Extractor, c: number, cs: number): boolean {
  const ctx = ex.ctx;
  const w = ctx.lower[c];
  const participle = (/^ge|(?:iert|t)$/.test(w) && !w.endsWith('te')) || (/en$/.test(w) && (c + 1 >= ctx.n || ctx.isPunct(c + 1)));
  if (!participle) return false;
  // the participle fronted in the Vorfeld: "Betont wird aber von allen Seiten: …", "Kritisiert wurde von der SPÖ, dass …"
  // (not "Zitiert wird darin X": the subject of a passive "zitiert" is the one quoted)
  if (ex.mode === 'news' && c === cs && w !== 'zitiert' && c === ctx.sentStart[ctx.toks[c].sentence] && /^(?:wird|wurde|werden|wurden)$/.test(ctx.lower[c + 1])) return true;
  for (let k = cs; k < c; k++) {
    const w = ctx.lower[k];
    // not inside a parenthesis ("X (der … abgezogen wurde) überzeugt")
    if (w === '(' && ex.mode === 'news') {
      let e = k + 1;
      while (e < c && ctx.words[e] !== ')') e++;
      if (e < c) {
        k = e;
        continue;
      }
    }
    if (w === 'wird' || w === 'wurde' || w === 'werden' || w === 'wurden' || w === 'worden') return true;
  }
  return ctx.lower[c + 1] === 'worden';
}


/**
 * "nordkoreanischen" → Nordkorea, "russischen" → Russland: an adjective in -isch between from and to that shares
 * its first four letters or more with a place named in the text gives that place as the speaker.
 */
export function placeOfAdjectives(ex: Extractor, att: Attribution, from: number, to: number): void {
  const ctx = ex.ctx;
  for (let k = from; k < to; k++) {
    const lw = ctx.lower[k];
    if (ctx.isCap(k) || !ADJECTIVAL_PLACE.test(lw)) continue;
    // (the entities stage may have linked the adjective already)
    const mk = ctx.mentionAt[k];
    if (mk >= 0 && ctx.mentions[mk].entity.type === 'LOC') {
      speakAs(ex, att, ctx.mentions[mk]);
      return;
    }
    let best: MentionRef | null = null;
    let bestLen = 3;
    for (const m of ctx.mentions) {
      if (m.entity.type !== 'LOC') continue;
      const name = m.entity.name.toLowerCase();
      if (name.includes(' ')) continue;
      let p = 0;
      while (p < name.length && p < lw.length && name[p] === lw[p]) p++;
      // the whole name, or all but its last few letters ("russ|land", "türk|ei", "chin|a")
      if (p > bestLen && (p === name.length || name.length - p <= 4)) {
        best = m;
        bestLen = p;
      }
    }
    if (best) {
      speakAs(ex, att, best);
      return;
    }
  }
}


/** "Berliner", "Wiener": a place mention in its invariable "-er" form (not the place's own name). */
export function placeAdjective(ex: Extractor, m: MentionRef): boolean {
  const w = ex.ctx.words[m.end - 1];
  return m.end - m.start === 1 && w.endsWith('er') && !m.entity.name.endsWith(w);
}


/** "US-Vertreter", "EU-Sprecherin": a hyphenated compound of a place/organisation and a person role noun. */
export function roleCompound(ex: Extractor, k: number): boolean {
  const w = ex.ctx.words[k];
  const dash = w.lastIndexOf('-');
  if (dash <= 0) return false;
  const tail = w.slice(dash + 1);
  return UPPER_START.test(tail) && ROLE_NOUN.test(tail.toLowerCase()) && !ORG_HEAD.test(tail.toLowerCase());
}


/** A post-posed frame ", sagte ein Sprecher." / ", so der Minister." after token from, up to the sentence end b. */
export function postposedFrame(ex: Extractor, from: number, b: number): boolean {
  const ctx = ex.ctx;
  const last = lastContentTok(ex, from, b);
  for (let k = from; k < last - 1; k++) {
    if (ctx.words[k] !== ',' || ex.inQuote[k]) continue;
    const v = k + 1;
    if (ctx.isCap(v) || !cueAt(ex, v, b)) continue;
    const np = ctx.npAt(v + 1, last + 1);
    if (!np || np.dative || (np.pronoun && (firstOrSecondPerson(ex, np.start) || ctx.lower[np.start] === 'man' || ctx.lower[np.start] === 'es'))) continue;
    // the frame closes the sentence: nothing but the subject (and an adverbial) after it — not
    // "…, kritisierte der Landeschef die Vorgangsweise von X" (an object: the verb is the narrator's)
    if (!(np.pronoun || np.mention || ROLE_NOUN.test(ctx.lower[np.end - 1]))) continue;
    if (np.end >= last) return true;
    const lr = ctx.lower[np.end];
    if (!(PREPOSITIONS.has(lr) || ADVERBS.has(lr)) || last - np.end > 5) continue;
    let comma = false;
    for (let m = np.end; m < last && !comma; m++) comma = ctx.words[m] === ',';
    if (!comma) return true;
  }
  return false;
}


export function subjunctiveBetween(ex: Extractor, from: number, to: number): boolean {
  const ctx = ex.ctx;
  for (let k = from; k < to; k++) if (SUBJUNCTIVE_ALL.has(ctx.lower[k]) && !ctx.isCap(k) && !ex.inQuote[k]) return true;
  return false;
}


/** A post-posed frame (", sagte X." / ", so X.") closes the sentence after token `from`. */
export function closingFrame(ex: Extractor, from: number, b: number): boolean {
  const ctx = ex.ctx;
  const last = lastContentTok(ex, from, b);
  // (a frame after a colon closes the statement after the colon: "X habe laut Y versucht, …: …, so Z.")
  for (let k = from; k < last; k++) if ((ctx.words[k] === ':' || ctx.words[k] === ';') && !ex.inQuote[k]) return false;
  for (let k = from; k < last - 1; k++) {
    if (ctx.words[k] !== ',' || ex.inQuote[k] || ctx.lower[k + 1] !== 'so' || ctx.isCap(k + 1)) continue;
    const np = ctx.npAt(k + 2, last + 1);
    if (!np || np.pronoun || !(np.mention || ROLE_NOUN.test(ctx.lower[np.end - 1]))) continue;
    let tail = np.end;
    while (tail < last && ctx.words[tail] !== ',' && ctx.words[tail] !== ':' && tail - np.end < 8 && !reportingForm(ctx.lower[tail])) tail++;
    if (tail >= last) return true;
  }
  return postposedFrame(ex, from, b);
}


export function firstOrSecondPerson(ex: Extractor, i: number): boolean {
  const ctx = ex.ctx;
  const lw = ctx.lower[i];
  if (lw === 'ich' || lw === 'wir' || lw === 'du' || lw === 'ihr') return true;
  return ctx.words[i] === 'Sie' && i !== ctx.sentStart[ctx.toks[i].sentence];
}


/** Verb-second Konjunktiv I by its ending: "Der Endbericht verwerte außerdem …". */
export function v2Subjunctive(ex: Extractor, a: number, b: number): boolean {
  const ctx = ex.ctx;
  let v = -1;
  const np = ctx.npAt(a, b);
  if (np && !np.pronoun) {
    v = np.end;
    // a genitive attribute and a PP after the subject noun ("Das Vorgehen der Regierungstruppen in Aleppo verstoße …")
    for (let hop = 0; hop < 3 && v < b - 1 && ex.mode === 'news'; hop++) {
      const w = ctx.lower[v];
      const attr = w === 'der' || w === 'des' || w === 'eines' || w === 'einer' ? ctx.npAt(v, b) : PREPOSITIONS.has(w) && w !== 'als' ? ctx.npAt(v + 1, b) : null;
      if (!attr || attr.pronoun || attr.end >= b - 1) break;
      v = attr.end;
    }
  }
  // a third-person or demonstrative pronoun subject: "Das berge ein gewisses Maß an Zynismus", "Er gehe davon aus"
  else if (np?.pronoun && /^(?:das|dies|es|er|sie|man)$/.test(ctx.lower[np.start]) && np.start === a) v = np.end;
  else if (!np && /^(?:das|dies|es|er|sie|man)$/.test(ctx.lower[a])) v = a + 1;
  else if (!np) {
    // an adverb or a prepositional phrase in the Vorfeld: "Daher begegne er …", "Daran erkenne man …",
    // "Bei der Betreuung unbegleiteter Minderjähriger erfülle man …"
    let k = a;
    while (k < b && (ADVERBS.has(ctx.lower[k]) || PRONOMINAL_ADVERB.test(ctx.lower[k])) && !ctx.capName(k) && k - a < 3) k++;
    if (k === a && PREPOSITIONS.has(ctx.lower[k])) {
      const pp = ctx.npAt(k + 1, b);
      if (pp) {
        k = pp.end;
        // a genitive attribute after the PP noun
        while (k < b && k - pp.end < 4 && (ctx.isCap(k) || ((ctx.isAdj(k) || ARTICLES.has(ctx.lower[k])) && ctx.isCap(k + 1)))) k++;
      }
    }
    if (k > a) v = k;
  }
  // a long Vorfeld ("Mit der … Übertragung der Bank Austria Firmenpensionen in die ASVG lande man …"):
  // "-e" + "man" in the first clause is a Konjunktiv I (the indicative is "landet man")
  if ((v < 0 || v >= b || !ctx.lower[v].endsWith('e')) && ex.mode === 'news') {
    for (let k = a + 2; k < Math.min(b - 1, a + 25); k++) {
      const w = ctx.lower[k];
      if (w === ',' || w === ':' || w === ';' || ctx.isQuote(k)) break;
      if (w.charCodeAt(w.length - 1) !== 101 /* e */) continue;
      // also "-e" + definite subject right after a PP Vorfeld ("Mit … Inseraten gegen die Primärversorgung
      // verunsichere die Ärztekammer die Patienten"), in a sentence without "ich"
      let defSubj = /^d(?:er|ie|as)$/.test(ctx.lower[k + 1]) && ctx.isCap(k + 2) && ctx.isCap(k - 1) && ctx.mentionAt[k - 1] < 0 && PREPOSITIONS.has(ctx.lower[a]);
      for (let m = a; m < b && defSubj; m++) if (ctx.lower[m] === 'ich') defSubj = false;
      if ((ctx.lower[k + 1] === 'man' || defSubj) && !ctx.isCap(k) && w.length > 3 && /[^aeiouäöü]e$/.test(w) && (!w.endsWith('te') || /(?:eite|iete)$/.test(w)) && !ADVERBS.has(w) && !PREPOSITIONS.has(w) && !SUBORDINATORS.has(w) && !ARTICLES.has(w) && !(AUXILIARIES.has(w) && !SUBJUNCTIVE_ALL.has(w))) return true;
    }
  }
  if (v < 0 || v >= b - 1) return false;
  const lw = ctx.lower[v];
  return (
    lw.length > 3 &&
    lw.endsWith('e') &&
    // "-te" is mostly the past ("sagte"), but t-stems with "ei"/"ie" form the Konjunktiv I so ("bereite", "biete")
    (!lw.endsWith('te') || /(?:eite|iete)$/.test(lw)) &&
    !(AUXILIARIES.has(lw) && !SUBJUNCTIVE_ALL.has(lw)) &&
    !ctx.isCap(v) &&
    !ADVERBS.has(lw) &&
    !ARTICLES.has(lw) &&
    !PREPOSITIONS.has(lw) &&
    !SUBORDINATORS.has(lw) &&
    !ctx.isCap(v + 1) &&
    !ctx.isPunct(v + 1)
  );
}


/**
 * Post-posed or colon-introduced content without quote marks: indicative (no Konjunktiv, no dass)
 * means a direct quote whose marks are missing (common in feeds and in 10kGNAD), else indirect.
 */
export function markUnmarkedDirect(ex: Extractor, att: Attribution): void {
  const ctx = ex.ctx;
  if (!att.content) return;
  const a = ctx.tokenAt(att.content[0]);
  const b = ctx.tokenAt(att.content[1] - 1);
  if (a < 0 || b < 0) return;
  const w0 = ctx.lower[a];
  if (w0 === 'dass' || w0 === 'daß' || w0 === 'ob') return;
  let first = false;
  for (let k = a; k <= b; k++) {
    const lw = ctx.lower[k];
    if (ex.inQuote[k]) return;
    if (FIRST_PERSON.has(lw)) first = true;
    if (!first && SUBJUNCTIVE_ALL.has(lw) && !ctx.isCap(k)) return;
  }
  att.kind = 'direct';
  att.marks = false;
}


/**
 * "… unserer Kosten sagte ein AUA-Sprecher zur APA.": a finite one-word cue without a comma before it that
 * closes a sentence whose first part is a complete clause (a finite verb after its Vorfeld), followed only by
 * its subject (a name, a role, an organisation, "er"/"sie") and an optional PP or adverbs. Returns the first
 * token of the statement (after a colon, if any) and the subject; null otherwise.
 */
export function commalessPostCue(ex: Extractor, cue: [number, number], a: number, b: number): { from: number; np: NP } | null {
  const ctx = ex.ctx;
  const i = cue[0];
  if (cue[1] !== i + 1 || ctx.isCap(i) || !/(?:t|te|ten)$/.test(ctx.lower[i]) || /^ge/.test(ctx.lower[i])) return null;
  const prev = ctx.lower[i - 1] ?? '';
  if (i - a < 5 || ctx.isPunct(i - 1) || CONJ.has(prev) || AUXILIARIES.has(prev) || PREPOSITIONS.has(prev) || ARTICLES.has(prev) || prev === 'zu' || prev === 'es' || prev === 'man') return null;
  let from = a;
  for (let k = a; k < b; k++) {
    if (ex.inQuote[k] || ctx.isQuote(k)) return null;
    if (k < i && ctx.words[k] === ':') from = k + 1;
  }
  if (i - from < 4) return null;
  // the clause of the cue (after the last comma) has a finite verb before it — else the cue is that clause's
  // own verb-second verb ("…, nur bei Männern beklagt er sich", "…, Lehrling forderte Flammenwerfer"): an
  // auxiliary, modal or Konjunktiv, or a lower-case word right after a Vorfeld noun phrase ("Wir sehen keine Probleme")
  let cl = from;
  for (let k = from; k < i; k++) if (ctx.words[k] === ',') cl = k + 1;
  if (i - cl < 3) return null;
  let finite = false;
  for (let k = cl + 1; k < i - 1 && !finite; k++) finite = !ctx.isCap(k) && (AUXILIARIES.has(ctx.lower[k]) || SUBJUNCTIVE_ALL.has(ctx.lower[k]));
  if (!finite) {
    const vf = ctx.npAt(cl, i);
    const v = vf ? vf.end : -1;
    finite = !!vf && v < i - 1 && !ctx.isCap(v) && !ctx.isPunct(v) && !PREPOSITIONS.has(ctx.lower[v]) && !ARTICLES.has(ctx.lower[v]) && !ADVERBS.has(ctx.lower[v]) && !CONJ.has(ctx.lower[v]) && !ctx.isAdj(v) && /(?:e|t|n)$/.test(ctx.lower[v]);
  }
  if (!finite) return null;
  const np = ctx.npAt(i + 1, b);
  if (!np || np.start !== i + 1 || np.dative || !plausibleSpeaker(ex, np)) return null;
  if (np.pronoun && ctx.lower[np.start] !== 'er' && ctx.lower[np.start] !== 'sie') return null;
  const last = lastContentTok(ex, a, b);
  if (np.end > last || last - np.end > 6) return null;
  for (let k = np.end; k < last; k++) {
    const lw = ctx.lower[k];
    if (ctx.isPunct(k) || ctx.mentionAt[k] >= 0 && ctx.mentions[ctx.mentionAt[k]].entity.type === 'PER') return null;
    if (!(PREPOSITIONS.has(lw) || ARTICLES.has(lw) || ADVERBS.has(lw) || ctx.isCap(k) || ctx.isAdj(k) || lw === 'gegenüber' || /^\d/.test(lw))) return null;
  }
  // after the subject, a PP must open with a preposition (not a second noun phrase)
  if (np.end < last && (ctx.lower[np.end] === 'sich' || ctx.lower[np.end] === 'es')) return null;
  if (np.end < last && !PREPOSITIONS.has(ctx.lower[np.end]) && !ADVERBS.has(ctx.lower[np.end]) && ctx.lower[np.end] !== 'gegenüber') return null;
  return { from, np };
}


/** A phrase up to its first nominal head ("einer am Mittwoch veröffentlichten Yougov-Umfrage"). */
export function headAfter(ex: Extractor, from: number, b: number): NP | null {
  const ctx = ex.ctx;
  for (let k = from; k < Math.min(b, from + 8); k++) {
    const w = ctx.words[k];
    if (w === ',' || w === ':' || END_PUNCT.has(w)) return null;
    if (ctx.isNominal(k) && k > from && !/^\d/.test(w)) {
      let e = k + 1;
      const np = ctx.npAt(k, b);
      if (np) e = np.end;
      return { start: from, end: e, mention: ctx.bestMention(k, e), pronoun: false, dative: false };
    }
  }
  return null;
}


// ---------- English (basic) ----------

/**
 * English attributions: "X said (that) …", "…, X said." / "…, said X.", "according to X, …",
 * "X told Y …". Subjects are the words between the previous clause boundary and the cue (SVO), or
 * the words after a post-posed cue.
 */
export function englishInSentence(ex: Extractor, s: number, a: number, b: number): Attribution[] {
  const ctx = ex.ctx;
  const out: Attribution[] = [];
  const last = lastContentTok(ex, a, b);
  for (let i = a; i < b; i++) {
    if (ex.inQuote[i] || ex.usedCue[i]) continue;
    const lw = ctx.lower[i];
    if (lw === 'according' && ctx.lower[i + 1] === 'to') {
      const np = englishPhraseAfter(ex, i + 2, b);
      if (np) out.push(reported(ex, i, i + 2, np, s, a, b, 'according'));
      continue;
    }
    const cue = cueAt(ex, i, b);
    if (!cue) continue;
    ex.usedCue[i] = 1;
    const att = makeAtt(ex, 'indirect', cue);
    const prev = i - 1 >= a ? ctx.words[i - 1] : '';
    let np: NP | null;
    // post-posed: "…," he said / "…," said X / "…, X said."
    const postposed = prev === ',' || (i - 1 >= a && ctx.isQuote(i - 1) && ex.inQuote[i - 1]);
    if (postposed) {
      np = englishPhraseAfter(ex, i + 1, b);
      let f = i - 2;
      while (f >= a && ctx.words[f] !== ':' && !(ctx.isQuote(f) && ex.inQuote[f] && ctx.words[f] !== '"' && f < i - 2)) f--;
      att.content = trimContent(ex, Math.max(a, f + 1), i - 1);
    } else {
      np = englishPhraseBefore(ex, i, a);
      // "…, Trump said." — subject before a final cue after a comma
      let k = cue[1];
      while (k < last && (ctx.lower[k] === 'that' || ctx.words[k] === ':' || ADVERBS.has(ctx.lower[k]))) k++;
      if (k >= last - 1 && np) {
        let f = np.start - 1;
        while (f >= a && ctx.words[f] !== ',' && ctx.words[f] !== ':') f--;
        let g = f - 1;
        while (g >= a && ctx.words[g] !== ':') g--;
        att.content = f > a ? trimContent(ex, g + 1, f) : null;
      } else {
        // skip an indirect object: "told reporters that …"
        let e = k;
        if (ctx.lower[i] === 'told' || ctx.lower[i] === 'tells' || ctx.lower[i] === 'tell') {
          while (e < last && ctx.lower[e] !== 'that' && e - k < 4 && ctx.words[e] !== ',') e++;
          if (ctx.lower[e] === 'that') k = e + 1;
        }
        att.content = trimContent(ex, k, clauseEnd(ex, k, last));
      }
    }
    setSource(ex, att, np, i);
    att.method = postposed ? 'post' : 'verb';
    out.push(att);
  }
  return out;
}


/** English words before a cue back to a clause boundary (max 6): "Senate Majority Leader Mitch McConnell". */
function englishPhraseBefore(ex: Extractor, c: number, a: number): NP | null {
  const ctx = ex.ctx;
  let e = c;
  while (e > a && EN_AUX.has(ctx.lower[e - 1])) e--;
  let k = e - 1;
  while (k >= a && e - k <= 6 && !ctx.isPunct(k) && !EN_STOP.has(ctx.lower[k]) && !ex.inQuote[k]) k--;
  const st = k + 1;
  if (st >= e) return null;
  const pw = ctx.lower[st];
  const pronoun = e - st === 1 && PRONOUNS.has(pw);
  return { start: st, end: e, mention: ctx.bestMention(st, e), pronoun, dative: false };
}


/** English words after a cue up to a boundary (max 6): "said Hillary Clinton's spokesman". */
function englishPhraseAfter(ex: Extractor, from: number, b: number): NP | null {
  const ctx = ex.ctx;
  let k = from;
  while (k < b && k - from < 6 && !ctx.isPunct(k) && !EN_STOP.has(ctx.lower[k]) && !ex.inQuote[k] && !(EN_AUX.has(ctx.lower[k]) && k > from)) k++;
  if (k === from) return null;
  const pronoun = k - from === 1 && PRONOUNS.has(ctx.lower[from]);
  return { start: from, end: k, mention: ctx.bestMention(from, k), pronoun, dative: false };
}


export function reported(ex: Extractor, c0: number, c1: number, np: NP, s: number, a: number, b: number, method: string): Attribution {
  const ctx = ex.ctx;
  const att = makeAtt(ex, 'reported', [c0, c1]);
  setSource(ex, att, np, c0);
  att.method = method;
  const lo = Math.min(c0, np.start);
  const hi = Math.max(c1, np.end);
  // content: the rest of the sentence (up to a colon after the phrase) around the attribution phrase
  let last = lastContentTok(ex, a, b);
  for (let k = Math.max(c1, np.end); k < last; k++) {
    if (ctx.words[k] === ':' && !ex.inQuote[k]) {
      last = k;
      break;
    }
  }
  if (lo <= a + 1 && hi < last) {
    let k = hi;
    if (ctx.words[k] === ',') k++;
    att.content = trimContent(ex, k, last);
  } else if (hi >= last - 1 && lo > a) {
    att.content = trimContent(ex, a, lo - 1);
  } else att.content = trimContent(ex, a, last);
  void s;
  return att;
}


/** The whole clause a..b as a direct continuation of the current speaker (named within three sentences before
 * sentence s), or null; `named`: only a speaker with an entity or a name. */
export function lastSpeakerContinuation(ex: Extractor, s: number, cue: [number, number], a: number, b: number, named: boolean): Attribution | null {
  const last = introducedSpeaker(ex, s) ?? ex.lastSpeaker;
  if (!last || s - last.sentence > 3 || last.att.kind === 'fragment' || (named && !last.att.speakerEntity && !last.att.speakerName)) return null;
  const cont = makeAtt(ex, 'direct', cue);
  cont.content = trimContent(ex, a, lastContentTok(ex, a, b));
  cont.method = 'continuation';
  cont.continuation = true;
  copySpeaker(ex, cont, last.att);
  cont.marks = false;
  return cont.content ? cont : null;
}

export function makeAtt(ex: Extractor, kind: QuoteKind, cue: [number, number]): Attribution {
  const att = blankAttribution(kind, null, 'none');
  att.cue = cueSpan(ex, cue);
  att.cueTok = cue;
  return att;
}


/**
 * A direct quote without marks and without a cue word, content tokens [from, to), its speaker the
 * phrase `np` that introduces it (a teaser's "X:" or a colon), `at` the separator token; null if empty.
 */
export function unmarkedDirect(ex: Extractor, np: NP, at: number, from: number, to: number, method: string): Attribution | null {
  const att = blankAttribution('direct', null, method);
  att.content = trimContent(ex, from, to);
  if (!att.content) return null;
  setSource(ex, att, np, at);
  att.marks = false;
  return att;
}


/**
 * The tokens [f, e) before the comma of an inverted cue are an adverbial Vorfeld, not a statement: a "was … betrifft /
 * angeht / anbelangt" clause, or a preposition and its noun with one appended content clause and no verb of a main
 * clause ("Auf die Frage, wann Serbien beginnen könne", "Zur Feststellung, dass die Partei nicht an Neuwahlen denke").
 */
export function adverbialPreface(ex: Extractor, f: number, e: number): boolean {
  const ctx = ex.ctx;
  if (e - f < 3) return false;
  const w0 = ctx.lower[f];
  if (w0 === 'was') return REGARDING.has(ctx.lower[e - 1]) || (ctx.lower[e - 1] === 'an' && ctx.lower[e - 2] === 'geht');
  if (!PREPOSITIONS.has(w0) || w0 === 'laut' || w0 === 'zufolge' || w0 === 'nach') return false;
  const np = ctx.npAt(f + 1, e);
  if (!np || np.pronoun || np.end >= e - 1 || ctx.words[np.end] !== ',' || !CONTENT_SUB.has(ctx.lower[np.end + 1])) return false;
  // (commas inside the content clause only around a nested clause: "Auf die Frage, ob denn Menschen, die …
  // haben, Rassisten seien, sagte er: …" — the clause still ends in its lower-case finite verb)
  let commas = 0;
  for (let k = np.end + 1; k < e; k++) {
    if (ctx.words[k] === ':' || ctx.isQuote(k)) return false;
    if (ctx.words[k] === ',') commas++;
  }
  if (commas && (ex.mode !== 'news' || commas > 3 || ctx.isCap(e - 1) || ctx.isPunct(e - 1))) return false;
  return true;
}


/** Last token of a sentence that is not final punctuation or a closing mark, +1. */
export function lastContentTok(ex: Extractor, a: number, b: number): number {
  const ctx = ex.ctx;
  let e = b;
  while (e > a && (END_PUNCT.has(ctx.words[e - 1]) || (ctx.isQuote(e - 1) && !ex.inQuote[e - 1]))) e--;
  return e;
}


/** Char span of tokens [from, to) without leading/trailing commas; null if empty. */
export function trimContent(ex: Extractor, from: number, to: number): [number, number] | null {
  const ctx = ex.ctx;
  let f = from;
  let t = to;
  while (f < t && (ctx.words[f] === ',' || ctx.words[f] === ':' || ctx.words[f] === '–')) f++;
  while (t > f && (ctx.words[t - 1] === ',' || END_PUNCT.has(ctx.words[t - 1]) || ctx.words[t - 1] === '–')) t--;
  if (t - f < 2) return null;
  return [ctx.toks[f].start, ctx.toks[t - 1].end];
}


/**
 * Content of an indirect cue: the complement after it (dass/ob/w-clause, V2 Konjunktiv clause,
 * colon), or, when the cue opens the last clause ("…, sagte X."), the clause before it.
 */
export function complement(ex: Extractor, cue: [number, number], cs: number, subordinate: boolean, a: number, b: number, noPost = false): [number, number] | null {
  const ctx = ex.ctx;
  const last = lastContentTok(ex, a, b);
  // post-posed: the cue starts its clause after a comma ("…, sagte X." / "…, wie X sagte.")
  // "…, so erklärte der Minister": "so" before a post-posed cue
  const clauseOpener = subordinate ? cs : ex.mode === 'news' && ctx.lower[cs] === 'so' && cue[0] === cs + 1 ? cs : cue[0];
  const wieClause = subordinate && (ctx.lower[cs] === 'wie' || ctx.lower[cs] === 'as');
  // "Was den Fall betrifft, betonte man …, dass …": a dass-clause or colon after the cue wins
  let laterComplement = false;
  for (let k = cue[1]; k < Math.min(last, cue[1] + 30) && !laterComplement; k++) {
    // "…, sagte X und ergänzte: …" — what follows belongs to the later cue
    if (ex.mode === 'news' && !ctx.isCap(k) && (ctx.lower[k - 1] === 'und' || ctx.lower[k - 1] === ',') && cueAt(ex, k, b)) break;
    if (ctx.words[k] === ':' || (ctx.words[k] === ',' && (ctx.lower[k + 1] === 'dass' || ctx.lower[k + 1] === 'daß' || ctx.lower[k + 1] === 'ob'))) laterComplement = true;
  }
  // "…, ärgerte sich X darüber, dass …": the dass-clause after "darüber"/"über" is the reason, not the statement
  if (laterComplement && ex.mode === 'news') {
    for (let k = cue[1]; k < Math.min(last, cue[1] + 12); k++) {
      if (ctx.words[k] === ',') {
        if ((ctx.lower[k - 1] === 'darüber' || ctx.lower[k - 1] === 'darum') && (ctx.lower[k + 1] === 'dass' || ctx.lower[k + 1] === 'daß')) laterComplement = false;
        break;
      }
    }
  }
  // "…, betont X, es liegt …, dass …": the dass belongs to the clause after the inserted cue
  const dassLater = laterComplement;
  if (laterComplement && ex.mode === 'news' && clauseOpener === cs && !subordinate && cs > a && ctx.words[cs - 1] === ',' && postCueClauseEnd(ex, cue[1], last) >= 0) laterComplement = false;
  const auxOpener = !subordinate && cs < cue[0] && AUXILIARIES.has(ctx.lower[cs]) && !ctx.isCap(cs) && (cue[1] >= last || ctx.isPunct(cue[1]));
  if (!noPost && ((clauseOpener === cs && !subordinate) || wieClause || auxOpener) && !laterComplement && cs > a && ctx.words[cs - 1] === ',' && (wieClause || !subjectChain(ex, a, cs - 1))) {
    // content: from the start of the sentence (or the last colon) to the comma
    let f = cs - 2;
    while (f >= a && ctx.words[f] !== ':' && !(ctx.isQuote(f) && ex.inQuote[f])) f--;
    // "Was sie machen, hat einen Namen: Terrorismus, sagte er": a punchline of a few words without a verb after the
    // colon is the end of the statement, the colon inside it
    if (ex.mode === 'news' && f > a && ctx.words[f] === ':' && cs - 1 - (f + 1) <= 3 && ctx.isCap(f + 1)) {
      let verbless = true;
      for (let k = f + 1; k < cs - 1 && verbless; k++) if (!ctx.isCap(k) && !ctx.isPunct(k) && !ARTICLES.has(ctx.lower[k])) verbless = false;
      let g = f - 1;
      while (g >= a && ctx.words[g] !== ':' && !(ctx.isQuote(g) && ex.inQuote[g])) g--;
      if (verbless && f - (g + 1) >= 4) f = g;
    }
    // "Unlängst, als der Minister … forderte, sagte sie, dass …": an adverbial clause (after an adverb)
    // before the cue is its frame, not a statement
    let sub = f + 1;
    if (ctx.words[sub + 1] === ',' && ADVERBS.has(ctx.lower[sub])) sub += 2;
    let frame = ex.mode === 'news' && dassLater && ADVERBIAL_SUB.has(ctx.lower[sub]) && (sub > f + 1 || !ADVERBS.has(ctx.lower[sub]));
    // "Wenn die Summe 400 Mio. Euro erreicht, soll es Ausschüttungen geben.", "Seit der Fall … erwähnt wurde, werden …
    // gemeldet": a lone adverbial clause of condition, time, purpose or concession before the verb is the main
    // clause's adverbial, no statement (causal "weil/da" clauses stay: "Weil sie fürchten, dass …, weiß X")
    if (ex.mode === 'news' && !frame && ADVERBIAL_FRAME_SUB.has(ctx.lower[sub]) && (sub > f + 1 || sub === a)) frame = true;
    for (let m = sub + 1; m < cs - 1 && frame; m++) if (ctx.words[m] === ',' || ctx.words[m] === ':') frame = false;
    // "Auf die Frage, wann …, sagte X, dass …", "Zur Feststellung, dass …, sagte X: …", "Was den Andrang betrifft,
    // sagt X: …": a prepositional or "was … betrifft" Vorfeld before the inverted cue is its adverbial, no statement
    if (ex.mode === 'news' && !frame) frame = adverbialPreface(ex, sub, cs - 1);
    // "So schön die Halle sein mag, ärgerte sich X …", "Um herauszufinden, ob …, befragte X …": a concessive or
    // purpose clause before the inverted cue is its adverbial
    if (ex.mode === 'news' && !frame && sub === a) frame = purposeOrConcessive(ex, sub, cs);
    // "Während X betont, dass …, berichten Y …": an adverbial clause holding a report of its own is the frame
    if (ex.mode === 'news' && !frame && f + 1 === a && cs - a > 4) {
      for (let m = a + 1; m < cs - 1 && !frame; m++) frame = ex.usedCue[m] === 1 && ctx.words[m + 1] === ',' && adverbialCueClause(ex, m, a, last);
    }
    const c = frame ? null : trimContent(ex, f + 1, cs - 1);
    ex.complementType = 'post';
    if (c) return c;
  }
  ex.complementType = 'clause';
  // "Während X betont, dass …, berichten Y …", "Obwohl die Polizei erklärte, die Lage sei ruhig, kam es …": a cue
  // ending an adverbial clause that opens the sentence has its own complement, up to the main clause's verb
  if (subordinate && ex.mode === 'news' && cs <= a + 1 && (cs === a || CONJ.has(ctx.lower[a])) && ADVERBIAL_CUE_SUB.has(ctx.lower[cs])) {
    const c = adverbialComplement(ex, cue[1], last, ctx.lower[cs]);
    if (c) return trimContent(ex, c[0], c[1]);
  }
  // (a sentence opened by "Wobei" is a main clause in all but its word order: "Wobei X sagt, …")
  if (subordinate && cs === a && ex.mode === 'news' && !wieClause && ctx.lower[cs] !== 'wobei') return null;
  if (subordinate && cs === a) {
    // "Wie X berichtete, …"
    for (let k = cue[1]; k < last; k++) {
      if (ctx.words[k] === ',') return trimContent(ex, k + 1, last);
      if (ctx.words[k] === ':' && ex.mode === 'news') {
        ex.complementType = 'colon';
        return trimContent(ex, k + 1, last);
      }
    }
    return null;
  }
  // complement after the cue: first comma or colon within the clause
  let sawApposition = false;
  for (let k = cue[1]; k < Math.min(last, cue[1] + 30); k++) {
    const w = ctx.words[k];
    // "zeigte sich X (er ist jener Gutachter, der …) überzeugt, dass …": a parenthesis is no part of the clause frame
    if (w === '(' && ex.mode === 'news') {
      let e = k + 1;
      while (e < last && ctx.words[e] !== ')' && ctx.words[e] !== '(' && e - k < 25) e++;
      if (ctx.words[e] === ')') {
        k = e;
        continue;
      }
    }
    if (w === ':') {
      ex.complementType = 'colon';
      const end = clauseEnd(ex, k + 1, last);
      // "…: Die Forderung …, meinte X." — the post-posed cue owns the statement
      if (end < last && ex.mode === 'news') return null;
      // short content only as a whole sentence of its own after the cue ("… melden: Es stimmt.")
      if (end - (k + 1) < 4 && !(ex.mode === 'news' && end === last && end - (k + 1) >= 2 && shortClause(ex, k + 1, end))) return null;
      return trimContent(ex, k + 1, end);
    }
    if (w === ',') {
      const nx = ctx.lower[k + 1];
      if (nx === 'dass' || nx === 'daß' || nx === 'ob' || nx === 'warum' || nx === 'wie' || nx === 'wer' || nx === 'wann' || nx === 'weshalb' || nx === 'that') {
        return trimContent(ex, k + 1, ex.mode === 'news' ? coordinatedMainClause(ex, k + 2, clauseEnd(ex, k + 1, last)) : clauseEnd(ex, k + 1, last));
      }
      // ", die Pressefreiheit zu beschneiden" — an infinitive complement ("warf ihm vor, …", "kündigte an, …")
      if (nx !== 'ohne' && nx !== 'um' && nx !== 'statt' && nx !== 'anstatt') {
        let e = k + 1;
        while (e < last && ctx.words[e] !== ',' && e - k < 25) e++;
        if (e - k > 2 && ctx.lower[e - 2] === 'zu' && !ctx.isCap(e - 1)) return trimContent(ex, k + 1, e);
        if (e - k > 2 && ZU_INFINITIVE.test(ctx.lower[e - 1]) && SEPARABLE_PARTICLES_SET.has(ctx.lower[e - 1].slice(0, ctx.lower[e - 1].indexOf('zu')))) return trimContent(ex, k + 1, e);
      }
      // ", wonach …" belongs to the noun before the comma (a report), not to the verb
      if (nx === 'wonach') return null;
      // "X, die … fordert, ist überzeugt, dass …": a finite verb right after the comma resumes the main clause
      // around a relative (or inserted) clause; it opens no complement
      if (ex.mode === 'news' && subordinate && cs > a && ctx.words[cs - 1] === ',' && RELATIVE.has(ctx.lower[cs]) && k + 1 < last && (AUXILIARIES.has(nx) || SUBJUNCTIVE_ALL.has(nx)) && !ctx.isCap(k + 1)) return null;
      // ", der im Einsatz war" — a relative clause on the object, no complement
      // (but right after the verb there is no object: "sagte, die im Bericht enthaltenen Empfehlungen seien …"
      // is a V2 complement opened by an article when a Konjunktiv follows)
      // "…, die ersten 90 Asylwerber, die in das Quartier einziehen, seien Familien": the subject with a relative
      // clause, then the Konjunktiv right after the clause's closing comma
      if (ex.mode === 'news' && ARTICLES.has(nx) && relativeThenKonjunktiv(ex, k + 1, last)) return trimContent(ex, k + 1, clauseEnd(ex, k + 1, last));
      let articleV2 = false;
      let finiteCue = !/^ge/.test(ctx.lower[cue[0]]);
      for (let m = cs; m < cue[0] && finiteCue; m++) if (AUXILIARIES.has(ctx.lower[m]) && !ctx.isCap(m)) finiteCue = false;
      if (RELATIVE.has(nx) && k === cue[1] && finiteCue && ex.mode === 'news' && /^d(?:er|ie|as)$/.test(nx)) {
        for (let m = k + 2; m < last && !articleV2; m++) {
          if (ctx.words[m] === ',' || ctx.words[m] === ':') break;
          articleV2 = SUBJUNCTIVE_ALL.has(ctx.lower[m]) && !ctx.isCap(m);
        }
      }
      if (articleV2) return trimContent(ex, k + 1, clauseEnd(ex, k + 1, last));
      if (RELATIVE.has(nx) && !ctx.isNominal(k + 2) && !ctx.isAdj(k + 2) && !SUBJUNCTIVE_ALL.has(ctx.lower[k + 2]) && !AUXILIARIES.has(ctx.lower[k + 2])) return null;
      // ", über die Zeit vor Mitternacht:" — a PP continues the main clause, unless a Konjunktiv verb follows
      // it ("…, seit Jahresbeginn seien 388.000 Menschen gekommen")
      if (PREPOSITIONS.has(nx) && !ctx.isCap(k + 1)) {
        let v2 = false;
        for (let m = k + 2; m < Math.min(last, k + 7) && !v2; m++) {
          if (ctx.words[m] === ',' || ctx.words[m] === ':') break;
          v2 = (SUBJUNCTIVE_ALL.has(ctx.lower[m]) && !ctx.isCap(m)) || (ex.mode === 'news' && weakKonjunktivOne(ex, m, k + 1, last));
        }
        if (v2 && ex.mode === 'news') return trimContent(ex, k + 1, clauseEnd(ex, k + 1, last));
        continue;
      }
      // "Die Kinder dürfen erzählen, aber sie müssen nicht." — a coordinated main clause is no complement
      if (CONJ.has(nx) && ex.mode === 'news') return null;
      // V2 complement: "…, er sei bereit" / "…, Russland und China hätten bestätigt" / "…, sie bedaure das"
      if (V2_PRONOUNS.has(nx)) return trimContent(ex, k + 1, clauseEnd(ex, k + 1, last));
      // "…, die Polizeiaktion verstoße gegen die Verfassung": a Konjunktiv I by its ending after a noun phrase
      if (ex.mode === 'news' && ARTICLES.has(nx) && v2KonjunktivAt(ex, k + 1, last)) return trimContent(ex, k + 1, clauseEnd(ex, k + 1, last));
      for (let m = k + 1; m < Math.min(last, k + 14); m++) {
        const lw = ctx.lower[m];
        if (SUBJUNCTIVE_ALL.has(lw) || (AUXILIARIES.has(lw) && !ctx.isCap(m))) return trimContent(ex, k + 1, clauseEnd(ex, k + 1, last));
        // (a comparative "als" opens no clause: "…, mehr als 30 Kämpfer seien getötet worden")
        if (lw === ',' || lw === ':' || (SUBORDINATORS.has(lw) && !(lw === 'als' && m > k + 1 && COMPARATIVE_BEFORE_ALS.test(ctx.lower[m - 1]) && /^\d/.test(ctx.words[m + 1] ?? '')))) break;
      }
      // after an apposition ("sagte X, Professorin für …, <clause>"), a clause running to the end is the complement
      if (sawApposition && last - (k + 1) >= 4) {
        // "verteidigt X, Berater des …, die Vorgehensweise: Das Foto …" — the statement follows the colon
        for (let m = k + 1; m < last - 2 && ex.mode === 'news'; m++) {
          if (ctx.words[m] === ',' || ex.inQuote[m]) break;
          if (ctx.words[m] === ':') {
            ex.complementType = 'colon';
            return trimContent(ex, m + 1, clauseEnd(ex, m + 1, last));
          }
        }
        let cueLater = false;
        for (let m = k + 1; m < last && !cueLater; m++) cueLater = reportingForm(ctx.lower[m]) && !ctx.isCap(m);
        if (!cueLater) return trimContent(ex, k + 1, last);
      }
      // an apposition may follow the subject: keep scanning past ", Name," / ", ein Leiter der …,"
      if (k + 1 < last && ctx.isCap(k + 1)) {
        sawApposition = true;
        continue;
      }
      const app = ctx.npAt(k + 1, last);
      if (app && !app.pronoun) {
        let e = app.end;
        while (e < last && ctx.words[e] !== ',' && ctx.words[e] !== ':' && e - app.end < 6 && !reportingForm(ctx.lower[e])) e++;
        if (ctx.words[e] === ',' || ctx.words[e] === ':') {
          k = e - 1;
          sawApposition = true;
          continue;
        }
      }
      return null;
    }
    if (ex.inQuote[k] && ex.mode === 'news') return null;
    if (w === 'dass' || w === 'daß') return trimContent(ex, k, clauseEnd(ex, k, last));
    if (k > cue[1] && cueAt(ex, k, last)) break;
  }
  // "dass" right after the cue without a comma (English "said that …" / no comma)
  if (ex.mode === 'all' && cue[1] < last && (ctx.lower[cue[1]] === 'that')) return trimContent(ex, cue[1], last);
  return null;
}


/** A noun phrase at article `k`, a relative clause on it and a Konjunktiv verb right after that clause's closing comma. */
function relativeThenKonjunktiv(ex: Extractor, k: number, last: number): boolean {
  const ctx = ex.ctx;
  // the noun phrase: article, attributes, numbers, a capitalised head right before the comma ("die ersten 90 Asylwerber")
  let c = k + 1;
  while (c < last && c - k < 8 && ctx.words[c] !== ',' && !SUBJUNCTIVE_ALL.has(ctx.lower[c]) && !AUXILIARIES.has(ctx.lower[c]) && !reportingForm(ctx.lower[c])) c++;
  if (ctx.words[c] !== ',' || !ctx.isCap(c - 1) || c - 1 === k || !RELATIVE.has(ctx.lower[c + 1])) return false;
  for (let e = c + 2; e < last && e - c < 25; e++) {
    const w = ctx.words[e];
    if (w === ':' || w === '–' || ex.inQuote[e]) return false;
    if (w === ',') return e + 1 < last && SUBJUNCTIVE_ALL.has(ctx.lower[e + 1]) && !ctx.isCap(e + 1) && !INDICATIVE_TOO.has(ctx.lower[e + 1]);
  }
  return false;
}


/**
 * The complement of a verb-final cue that closes an adverbial clause at token `k` (", dass …" / ", ob …" / a V2
 * Konjunktiv clause), up to the comma before the main clause's finite verb; null when there is none.
 */
function adverbialComplement(ex: Extractor, k: number, last: number, conj: string): [number, number] | null {
  const ctx = ex.ctx;
  if (ctx.words[k] !== ',' || k + 2 >= last) return null;
  const nx = ctx.lower[k + 1];
  let ok = nx === 'dass' || nx === 'daß' || nx === 'ob' || V2_PRONOUNS.has(nx);
  for (let m = k + 1; m < Math.min(last, k + 10) && !ok; m++) {
    if (ctx.words[m] === ',' || ctx.words[m] === ':' || SUBORDINATORS.has(ctx.lower[m])) break;
    ok = SUBJUNCTIVE_ALL.has(ctx.lower[m]) && !ctx.isCap(m);
  }
  if (!ok) return null;
  for (let m = k + 3; m < last - 1; m++) {
    if (ex.inQuote[m]) return null;
    if (ctx.words[m] !== ',') continue;
    const w = ctx.lower[m + 1];
    if (ctx.isCap(m + 1) || ctx.isPunct(m + 1) || RELATIVE.has(w) || SUBORDINATORS.has(w) || CONJ.has(w) || PREPOSITIONS.has(w) || ARTICLES.has(w) || PRONOUNS.has(w) || w === 'wie' || w === 'so' || w === 'zu' || ADVERBS.has(w)) continue;
    // "Weil sie fürchten, dass …, weiß Fischer aus Gesprächen.": a main clause that is a bare post-posed cue
    // takes the whole causal or temporal clause as its statement (a contrast — während, obwohl — does not)
    if (conj !== 'während' && conj !== 'obwohl' && conj !== 'obgleich' && cueAt(ex, m + 1, last + 1)) {
      let own = false;
      for (let e = m + 2; e < last && !own; e++) own = ctx.words[e] === ',' || ctx.words[e] === ':';
      if (!own) return null;
    }
    return [k + 1, m];
  }
  return null;
}


/**
 * A complete two- or three-word clause [a, e): a capitalised pronoun or name subject and a lower-case finite verb
 * ("Es stimmt", "Das reicht", "Wir kommen"), not a verbless phrase ("Keine Chance").
 */
function shortClause(ex: Extractor, a: number, e: number): boolean {
  const ctx = ex.ctx;
  if (!ctx.isCap(a) || ctx.isPunct(a)) return false;
  const subj = ctx.lower[a];
  if (!(PRONOUNS.has(subj) || subj === 'es' || subj === 'das' || subj === 'dies' || subj === 'so' || subj === 'ich' || subj === 'wir')) return false;
  const v = ctx.lower[a + 1];
  if (ctx.isCap(a + 1) || ctx.isPunct(a + 1) || ADVERBS.has(v) || !/(?:t|e|en|n)$/.test(v)) return false;
  for (let m = a + 2; m < e; m++) if (ctx.isPunct(m)) return false;
  return true;
}


/** Is cue i the verb-final cue of an adverbial clause opening its sentence, with a complement of its own? */
function adverbialCueClause(ex: Extractor, i: number, a: number, last: number): boolean {
  const ctx = ex.ctx;
  let cs = a;
  if (CONJ.has(ctx.lower[cs])) cs++;
  if (!ADVERBIAL_CUE_SUB.has(ctx.lower[cs]) || i - cs > 20) return false;
  for (let m = cs + 1; m < i; m++) if (ctx.isPunct(m) && ctx.words[m] !== '-' && ctx.words[m] !== '(' && ctx.words[m] !== ')') return false;
  return adverbialComplement(ex, i + 1, last, ctx.lower[cs]) !== null;
}


/** "seit"/"während"/"bis" at `cs` opens a prepositional phrase: its noun phrase is followed by the finite verb (or the cue `i`). */
export function prepositionalOpener(ex: Extractor, cs: number, i: number): boolean {
  const ctx = ex.ctx;
  const np = ctx.npAt(cs + 1, i + 1);
  if (!np || np.pronoun || np.end > i) return false;
  // (the verb right after the noun phrase is in second position only when something follows it: "Während der
  // Minister betont, dass …" ends its clause with the cue)
  return (np.end === i && i + 1 < ctx.n && !ctx.isPunct(i + 1)) || (np.end < i && AUXILIARIES.has(ctx.lower[np.end]) && !ctx.isCap(np.end));
}


/** The content clause runs to the end of the sentence, or to a post-posed ", sagte X". */
/** The colon frame of sentence s whose statement contains the clause starting at cs ("X hält dagegen: …"), or null. */
export function colonFrameBefore(ex: Extractor, s: number, a: number, b: number, cs: number): Attribution | null {
  const ctx = ex.ctx;
  let colon = -1;
  for (let k = a + 2; k < cs && colon < 0; k++) if (ctx.words[k] === ':') colon = k;
  if (colon < 0) return null;
  // (a frame that is a reporting clause of its own, "X stritt ab, … zu haben: Wir …", is left to that cue)
  for (let k = a; k < colon; k++) if (!ctx.isCap(k) && cueAt(ex, k, b)) return null;
  const att = colonOrInvertedDirect(ex, s, a, b);
  if (!att?.content || (!att.speakerEntity && !att.speakerName) || att.content[0] < ctx.toks[colon + 1].start) return null;
  // only a speaker in subject position: opening the frame, or right after its finite verb ("Dagegen hält X: …"), not
  // a person named elsewhere in it ("Der Trainer stritt ab, X … abgehalten zu haben: Wir …")
  const src = att.source;
  // (and named, not a possessive to resolve: "Seine Dankesrede war kurz:" is left to the current speaker)
  if (!src || POSSESSIVE.has(ctx.lower[src.start]) || !(src.start <= a + 1 || (src.start <= a + 3 && !ctx.isCap(src.start - 1) && !ctx.isPunct(src.start - 1)))) return null;
  return att;
}


/**
 * A comma in (i, end) after which the main clause of the sentence resumes with its finite verb and an inverted
 * subject ("Den Vorwurf, wonach …, will X …"), when the clause at i hangs on a noun phrase opening the sentence at a
 * (no comma or verb-like word before it); -1 if none.
 */
export function mainClauseResumes(ex: Extractor, a: number, i: number, end: number): number {
  const ctx = ex.ctx;
  if (i - a > 8) return -1;
  for (let k = a; k < i - 1; k++) if (ctx.isPunct(k) || (!ctx.isCap(k) && !ARTICLES.has(ctx.lower[k]) && !ctx.isAdj(k))) return -1;
  for (let k = i + 2; k < end - 2; k++) {
    if (ctx.words[k] !== ',' || ex.inQuote[k]) continue;
    const v = ctx.lower[k + 1];
    if (ctx.isCap(k + 1) || !(AUXILIARIES.has(v) || FUTURE_MODAL.has(v) || CUE_FORMS.has(v))) continue;
    const sub = ctx.lower[k + 2];
    if (PRONOUNS.has(sub) || ctx.mentionAt[k + 2] >= 0 || (ctx.isCap(k + 2) && !ctx.isPunct(k + 2))) return k;
  }
  return -1;
}


export function clauseEnd(ex: Extractor, from: number, last: number): number {
  const ctx = ex.ctx;
  for (let k = from + 1; k < last - 1; k++) {
    if (ctx.words[k] === ',' && reportingForm(ctx.lower[k + 1]) && !ctx.isCap(k + 1)) return k;
    // an inserted ", so der Kommissar," / ", so Vana," closes the clause too
    if (ex.mode === 'news' && ctx.words[k] === ',' && ctx.lower[k + 1] === 'so' && !ctx.isCap(k + 1) && (ARTICLES.has(ctx.lower[k + 2]) || ctx.mentionAt[k + 2] >= 0) && ctx.isCap(k + 3)) return k;
  }
  return last;
}
