// Source and time of an event: the attribution phrase of the sentence, the quote around a trigger, reporting clauses, its time.
import type { Doc, Quote, TimeExpression } from '../doc/index.ts';
import { AUX, DETERMINERS, PREPOSITIONS, REPORTING_VERBS, SUBORDINATORS } from './words.ts';
import { clauseOf, conjunctOf } from './clauses.ts';
import type { MentionRef, SentenceContext, Trigger } from './extract.ts';
import { LOWER_START, UPPER_START } from './shared.ts';

function mentionIdFrom(mentions: MentionRef[], a: number, b: number): string | null {
  const m = mentions.find((x) => x.t0 >= a && x.t0 < b);
  return m ? m.entity.id : null;
}

/** "nach Angaben von X", "laut X", "X zufolge", "wie X berichtete", "berichtete X". */
export function findAttribution(ctx: SentenceContext): SentenceContext['attribution'] {
  const { toks, mentions } = ctx;
  for (let i = 0; i < toks.length; i++) {
    const l = toks[i].lower;
    // nach Angaben (von|des|der) X / nach X-Angaben / nach Informationen
    // "nach eigenen / offiziellen / palästinensischen Angaben": any adjective
    const adj = l === 'nach' && LOWER_EN_ER.test(toks[i + 1]?.text ?? '') ? 1 : 0;
    if (l === 'nach' && i + 1 + adj < toks.length && /^(angaben|informationen|darstellung|einschätzung|schätzungen|berichten|medienberichten|aussagen|erkenntnissen|recherchen|zählung|zählungen)$/.test(toks[i + 1 + adj].lower)) {
      const end = Math.min(toks.length, i + 7 + adj);
      let j = i + 2 + adj;
      // the phrase ends at a verb after its noun ("nach Angaben von Aktivisten rücken kurdische Kämpfer … vor")
      while (j < end && toks[j].text !== ',' && !AUX.has(toks[j].lower) && !(toks[j].lower in { hat: 1, ist: 1 }) &&
        !(j > i + 2 + adj && LOWER_START.test(toks[j].text) && UPPER_START.test(toks[j - 1].text) && !DETERMINERS.has(toks[j].lower) && !PREPOSITIONS.has(toks[j].lower) && !/^(und|oder|sowie)$/.test(toks[j].lower))) j++;
      return { entity: mentionIdFrom(mentions, i + 2, j), t0: i, t1: j, text: span(ctx, i, j), phrase: true };
    }
    if (l === 'nach' && i + 1 < toks.length && /angaben$|berichten$|informationen$/.test(toks[i + 1].lower)) {
      return { entity: mentionIdFrom(mentions, i + 1, i + 2), t0: i, t1: i + 2, text: span(ctx, i, i + 2), phrase: true };
    }
    // "wurden demnach verletzt": according to the source named before
    if (l === 'demnach' && i > 0) return { entity: null, t0: i, t1: i + 1, text: toks[i].text, phrase: true };
    if (l === 'laut' || l === 'zufolge' || l === 'according') {
      if (l === 'zufolge') {
        const m = mentions.filter((x) => x.t1 <= i && x.t1 >= i - 3).pop();
        return { entity: m ? m.entity.id : null, t0: m ? m.t0 : i - 1, t1: i + 1, text: span(ctx, m ? m.t0 : Math.max(0, i - 1), i + 1), phrase: true };
      }
      const end = Math.min(toks.length, i + 5);
      let j = i + 1;
      while (j < end && toks[j].text !== ',' && !AUX.has(toks[j].lower)) j++;
      return { entity: mentionIdFrom(mentions, i + 1, j), t0: i, t1: j, text: span(ctx, i, j), phrase: true };
    }
    // wie X berichtete / meldete / mitteilte
    if (l === 'wie' && (i === 0 || toks[i - 1].text === ',')) {
      for (let j = i + 1; j < Math.min(toks.length, i + 16); j++) {
        if (toks[j].text === ',') break;
        if (/^(bericht|meldet|mitteil|teilte|erklärt|sagte|schrieb|bestätigt|verlautet|zitiert|angab|angegeben)/.test(toks[j].lower)) {
          return { entity: mentionIdFrom(mentions, i + 1, j), t0: i, t1: j + 1, text: span(ctx, i, j + 1) };
        }
      }
    }
  }
  // ", berichtete X." / ", meldete die Agentur X." at the end of the sentence
  for (let i = toks.length - 2; i > 0; i--) {
    if (toks[i - 1].text === ',' && /^(berichtete|berichtet|meldete|meldet|schrieb|schreibt|hieß)$/.test(toks[i].lower)) {
      return { entity: mentionIdFrom(mentions, i + 1, toks.length), t0: i - 1, t1: toks.length, text: span(ctx, i, toks.length) };
    }
  }
  return null;
}

function span(ctx: SentenceContext, a: number, b: number): string {
  if (b <= a) return '';
  return ctx.doc.text.slice(ctx.toks[a].start, ctx.toks[b - 1].end);
}
const LOWER_EN_ER = /^\p{Ll}{3,}(en|er)$/u;

export function quoteAt(quotes: Quote[], offset: number): Quote | null {
  for (const q of quotes) {
    if (offset < q.start || offset >= q.end) continue;
    // the trigger is the quote's own cue ("forderte … auf, …"): the speech act itself, not a reported event
    if (q.cue && offset >= q.cue.start && offset < q.cue.end) continue;
    return q;
  }
  return null;
}

/** Time of the event: a time expression in the same clause, else in the sentence, else the published date. */
export function timeFor(ctx: SentenceContext, tr: Trigger, times: TimeExpression[]): TimeExpression | null {
  const s = ctx.doc.sentences[ctx.index];
  const inSentence = times.filter((t) => t.start >= s.start && t.start < s.end && (t.type === 'DATE' || t.type === 'TIME'));
  if (!inSentence.length) return null;
  const [c0, c1] = clauseOf(ctx, tr.t0);
  const cs = ctx.toks[c0].start;
  const ce = ctx.toks[c1 - 1].end;
  const inClause = inSentence.filter((t) => t.start >= cs && t.start < ce);
  // (h/evconj) a time of the trigger's own conjunct first; none after the conjunct that closes with the trigger's verb
  // ("… im Juni treffen und im Oktober …"); a time before both conjuncts is shared ("Am Montag trafen sich … und …")
  const [k0, k1, k2] = conjunctOf(ctx, tr.t0);
  const ks = ctx.toks[k0].start;
  const ke = ctx.toks[k1 - 1].end;
  const ne = ctx.toks[k2 - 1].end;
  const inConjunct = inClause.filter((t) => t.start >= ks && t.start < ke);
  const notLater = k1 < c1 ? inClause.filter((t) => t.start < ke || t.start >= ne) : inClause;
  if (!inConjunct.length && !notLater.length && k1 < c1) {
    // (only times of the later conjuncts in the clause: none of them is the trigger's)
    const outside = inSentence.filter((t) => t.start < ke || t.start >= ne);
    if (!outside.length) return null;
    return outside.reduce((a, b) => (Math.abs(b.start - ctx.toks[tr.t0].start) < Math.abs(a.start - ctx.toks[tr.t0].start) ? b : a));
  }
  const pool = inConjunct.length ? inConjunct : notLater.length ? notLater : inClause.length ? inClause : inSentence;
  const at = ctx.toks[tr.t0].start;
  return pool.reduce((a, b) => (Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a));
}

/** "… So sagt es der Premier." / "Das berichtete X.": a short next sentence that attributes this one. */
const ATTRIBUTING_NEXT = /^(So|Das|Dies)\s+(sagt|sagte|sagten|sagen|erklärt|erklärte|erklärten|berichtet|berichtete|berichteten|meldet|meldete|behauptet|behauptete|schreibt|schrieb|teilte|teilt|stellt|stellte)\s+(?:es\s+)?(?:der|die|ein|eine|\p{Lu})[^.!?]{0,60}[.!?]?$/u;

export function attributesPrevious(doc: Doc, s: number): boolean {
  const next = doc.sentences[s + 1];
  if (!next || next.end - next.start > 80) return false;
  return ATTRIBUTING_NEXT.test(doc.text.slice(next.start, next.end).trim());
}

/**
 * "X sagte, Y habe Z getroffen" / "X erklärte, dass …": the trigger's clause follows a reporting clause;
 * returns the reporter's entity id ('' when the reporter is no entity), or null.
 */
/** Konjunktiv I forms that mark indirect speech in a clause that looks relative ("…, der habe …"). */
const SUBJUNCTIVE_WORDS = /\b(habe|sei|seien|werde|könne|müsse|solle|wolle|dürfe)\b/;

export function reportingClause(ctx: SentenceContext, tr: Trigger): string | null {
  const { toks } = ctx;
  const ci = toks[tr.t0].clause;
  // "Y habe Z getroffen, sagte X." / "…, erklärten Vertreter der Gruppe" — a reporting clause right after
  const next = ctx.clauses[ci + 1];
  if (next && (/^(so|hieß)$/.test(toks[next[0]].lower) || (REPORTING_VERBS.test(toks[next[0]].lower) && !SUBORDINATORS.has(toks[next[0]].lower)))) {
    const m = ctx.mentions.find((x) => x.t0 >= next[0] && x.t0 < next[1]);
    return m ? m.entity.id : '';
  }
  if (ci === 0) return null;
  // a relative clause ("…bestätigt werden, die im Herbst tagt") describes a noun of the clause before: not reported content
  const [r0] = ctx.clauses[ci];
  const r = toks[r0]?.lower === ',' ? r0 + 1 : r0;
  if (/^(der|die|das|dem|den|deren|dessen|welche|welcher|welches)$/.test(toks[r]?.lower ?? '') && LOWER_START.test(toks[r + 1]?.text ?? '') && !SUBJUNCTIVE_WORDS.test(toks.slice(r, ctx.clauses[ci][1]).map((t) => t.lower).join(' '))) return null;
  // "…, sagte X, bevor er die Einigung besiegelte": a temporal clause after the speech verb is the narrator's, not what was said
  if (/^(bevor|ehe|nachdem)$/.test(toks[r]?.lower ?? '')) return null;
  const [p0, p1] = ctx.clauses[ci - 1];
  let rep = false;
  for (let j = p0; j < p1; j++) if (REPORTING_VERBS.test(toks[j].lower)) rep = true;
  if (!rep) return null;
  const m = ctx.mentions.find((x) => x.t0 >= p0 && x.t0 < p1 && x.prep === null);
  return m ? m.entity.id : '';
}
