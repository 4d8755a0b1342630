// Cue words: is a token a reporting verb or frame word (lexicon, learned cues, cache), and the checks of its use (negation, frames, complements); separate because every other rule module asks it.
import type { Extractor } from './extract.ts';
import { BELIEF_ADJ, CONJ, COPULA, cueKey, DERIVE, ERFAHREN, HEDGE_WORDS, DEMONSTRATIVE_SUBJECT, DROHEN, END_PUNCT, HEADING_OPENERS, INSTITUTION, INTERROGATIVE, KOMMEN, LOWER_START, NOT_FRAME_VERB, POSSESSIVE, PREP_PARTICLE, QUANTIFIER_DET, RELATIVE, ROLE_NOUN, TITLE_BEFORE, V2_PRONOUNS } from './shared.ts';
import { ADVERBS, ARTICLES, COMPLEMENT_CUE_LEMMAS, CUE_FORMS, PREPOSITIONS, PRONOUNS, reportingForm, SEPARABLE_PARTICLES as SEPARABLE_PARTICLES_SET, SUBJUNCTIVE_ALL, SUBORDINATORS } from './lexicon.ts';
import { makeAtt, v2Subjunctive } from './complements.ts';
import type { NP } from './context.ts';
import { firstSubject } from './speakers.ts';

/** Is token i a cue? Returns the token range of the cue (verb + particle if separable). */
export function cueAt(ex: Extractor, i: number, sentEnd: number): [number, number] | null {
  // cached per token when the particle search runs to the sentence end (the usual call)
  const full = sentEnd === ex.ctx.sentEnd[ex.ctx.sentenceOf(i)];
  if (full) {
    const c = ex.cueCache[i];
    if (c !== -2) return c < 0 ? null : [i, c];
  }
  let r = cueAtUncached(ex, i, sentEnd);
  // (a word taken as a cue here outside the cue Map must be in startKeyBits' list, shared.ts, or nextIndirectStart
  // passes over it)
  // "wie der STANDARD vom Sprecher des Bürgermeisters erfuhr", "…, erfuhr AFP aus Regierungskreisen": learning from a
  // named source reports that source
  if (!r && ex.mode === 'news' && ERFAHREN.has(ex.ctx.lower[i]) && erfahrenSource(ex, i)) r = [i, i + 1];
  // "Für die Forscher leitet sich daraus ab, dass …", "Für die Ministerin ergibt sich daraus, dass …": a conclusion
  // drawn by the person of the "für" Vorfeld
  if (!r && ex.mode === 'news' && DERIVE.has(ex.ctx.lower[i]) && derivationHolder(ex, i)) r = [i, i + 1];
  // "gemeint waren Kanzleramtsminister X und …", "gemeint ist die Abgabe": "meinen" with a copula means "refer to"
  if (r && ex.ctx.lower[i] === 'gemeint' && (COPULA.has(ex.ctx.lower[i + 1]) || (i > 0 && COPULA.has(ex.ctx.lower[i - 1])))) r = null;
  // "das erklärte Ziel", "die angekündigte Reform": a participle between an article and its noun is an attribute
  // (also after an adverb: "das oben erwähnte Viertel", "die bereits angekündigte Reform")
  if (r && ex.mode === 'news' && i > 0 && /^(?:der|die|das|dem|den|des|ein|eine|einen|einem|einer)$/.test(ex.ctx.lower[attributeArticle(ex, i)]) && !ex.ctx.isCap(i) && ex.ctx.isCap(i + 1) && /(?:te|ten|tem|ter|tes)$/.test(ex.ctx.lower[i]) && !ex.inQuote[i] &&
    // (not "Das sagte Bundespräsident X", "Das bestätigte Staatsanwalt X": a person or role after the verb)
    ex.ctx.mentionAt[i + 1] < 0 && ex.ctx.mentionAt[i + 2] < 0 && !ROLE_NOUN.test(ex.ctx.lower[i + 1]) && !ex.ctx.capName(i + 2)) r = null;
  // "Vereinfacht gesagt: …", "Das ist, ehrlich gesagt, …": a hedge at the head of its clause reports nothing
  if (r && ex.mode === 'news' && hedgeAt(ex, i)) r = null;
  // "Dann wird sich zeigen, wie …", "Das ließ sich kaum bestätigen": an impersonal reflexive infinitive under
  // "werden"/"lassen" has no speaker and reports nothing said
  if (r && ex.mode === 'news' && impersonalReflexive(ex, i)) r = null;
  // "lässt (ihn) ein Szenario befürchten", "ließ Gutes hoffen": a mental infinitive under "lassen" means "gives reason
  // to", no report (unlike "ließ mitteilen/ausrichten")
  if (r && ex.mode === 'news' && MENTAL_INFINITIVE.has(ex.ctx.lower[i]) && lassenBefore(ex, i)) r = null;
  // "… erklärt nicht, was gestern passiert ist", "sagte nicht, ob …": a negated cue with an interrogative clause
  // reports what was not said (the clause is no statement of the subject, and the sentence frames nothing)
  if (r && ex.mode === 'news' && negatedInterrogative(ex, i, r[1])) r = null;
  // "betonte jedoch wiederholt, …": an adverb that is also a cue form, after the real cue, is the adverb
  if (r && ex.mode === 'news' && ADVERBS.has(ex.ctx.lower[i]) && !ex.ctx.isCap(i)) {
    let j = i - 1;
    while (j >= 0 && ADVERBS.has(ex.ctx.lower[j]) && !ex.ctx.isCap(j)) j--;
    if (j >= 0 && !ex.ctx.isCap(j) && reportingForm(ex.ctx.lower[j]) && ex.ctx.toks[j].sentence === ex.ctx.toks[i].sentence) r = null;
  }
  if (full) ex.cueCache[i] = r ? r[1] : -1;
  return r;
}


const MENTAL_INFINITIVE = new Set(['befürchten', 'fürchten', 'hoffen', 'vermuten', 'erwarten', 'glauben', 'annehmen', 'erahnen', 'ahnen', 'schließen', 'zweifeln', 'aufhorchen']);

/** A form of "lassen" up to five tokens before i in the same clause ("lasse ihn eher ein Szenario befürchten"). */
function lassenBefore(ex: Extractor, i: number): boolean {
  const ctx = ex.ctx;
  const s0 = ctx.sentStart[ctx.toks[i].sentence];
  for (let k = i - 1; k >= s0 && k >= i - 6; k--) {
    if (ctx.isPunct(k)) return false;
    if (/^(?:lässt|ließ|ließen|lasse|lassen|ließe|lassen)$/.test(ctx.lower[k])) return true;
  }
  return false;
}

/**
 * "Für <person, role or institution> leitet sich (daraus) ab, dass …" / "Für X ergibt sich (daraus), dass …": the
 * holder of the conclusion is the noun phrase after the sentence-initial "für", right before the verb; the verb
 * takes "sich", a dass-clause follows (and "leitet" its particle "ab" before it). Returns that noun phrase or null.
 */
export function derivationHolder(ex: Extractor, i: number): NP | null {
  const ctx = ex.ctx;
  const s = ctx.toks[i].sentence;
  const a = ctx.sentStart[s];
  const b = ctx.sentEnd[s];
  let f = a;
  while (f < i && CONJ.has(ctx.lower[f])) f++;
  if (ctx.lower[f] !== 'für' || ctx.lower[i + 1] !== 'sich') return null;
  const np = ctx.npAt(f + 1, i);
  if (!np || np.pronoun || np.end !== i) return null;
  const head = ctx.lower[np.end - 1];
  if (!(np.mention && (np.mention.entity.type === 'PER' || np.mention.entity.type === 'ORG')) && !ROLE_NOUN.test(head) && !INSTITUTION.test(head)) return null;
  let k = i + 2;
  while (k < b && ctx.words[k] !== ',' && k - i < 8) k++;
  if (ctx.words[k] !== ',' || (ctx.lower[k + 1] !== 'dass' && ctx.lower[k + 1] !== 'daß')) return null;
  const leitet = ctx.lower[i] === 'leitet' || ctx.lower[i] === 'leitete';
  if (leitet && ctx.lower[k - 1] !== 'ab') return null;
  return np;
}

/**
 * The source of "erfahren" at i: the noun phrase of a "von/vom/aus" PP in its clause (no comma between) that names a
 * person, an organisation, a role or institution, or "Kreise" ("aus griechischen Regierungskreisen"); else null.
 */
export function erfahrenSource(ex: Extractor, i: number): NP | null {
  const ctx = ex.ctx;
  const s = ctx.toks[i].sentence;
  const a = ctx.sentStart[s];
  const b = ctx.sentEnd[s];
  let from = i;
  while (from > a && ctx.words[from - 1] !== ',' && !ctx.isPunct(from - 1)) from--;
  let to = i + 1;
  while (to < b && !ctx.isPunct(to)) to++;
  for (let k = from; k < to; k++) {
    const w = ctx.lower[k];
    if (w !== 'von' && w !== 'vom' && w !== 'aus') continue;
    const np = ctx.npAt(k + 1, k < i ? i : to);
    if (!np || np.pronoun) continue;
    const head = ctx.lower[np.end - 1];
    if ((np.mention && (np.mention.entity.type === 'PER' || np.mention.entity.type === 'ORG')) || ROLE_NOUN.test(head) || INSTITUTION.test(head) || /kreisen?$/.test(head)) return np;
    // ("vom Sprecher des Bürgermeisters": the head before the genitive)
    for (let h = np.start; h < np.end; h++) if (ctx.isCap(h) && (ROLE_NOUN.test(ctx.lower[h]) || INSTITUTION.test(ctx.lower[h]))) return np;
  }
  return null;
}


/** The token before an attributive participle at i that should be its article: i - 1, or i - 2 past an adverb ("das oben erwähnte"). */
function attributeArticle(ex: Extractor, i: number): number {
  const ctx = ex.ctx;
  const p = ctx.lower[i - 1];
  if (i > 1 && !ctx.isCap(i - 1) && (ADVERBS.has(p) || /^(?:oben|unten|eingangs|vorhin|soeben|mehrfach|vielfach|oft|häufig|viel|lang|lange|offiziell|öffentlich|vollmundig)$/.test(p))) return i - 1 - 1;
  return i - 1;
}


/** "gesagt"/"formuliert"/"ausgedrückt" after a manner word that opens its clause: "Vereinfacht gesagt:", ", ehrlich gesagt,". */
function hedgeAt(ex: Extractor, i: number): boolean {
  const ctx = ex.ctx;
  const lw = ctx.lower[i];
  if ((lw !== 'gesagt' && lw !== 'formuliert' && lw !== 'ausgedrückt') || i < 1 || !HEDGE_WORDS.has(ctx.lower[i - 1])) return false;
  const h = i - 1;
  return h === ctx.sentStart[ctx.toks[h].sentence] || ctx.isPunct(h - 1) || ctx.isQuote(h - 1);
}


/** An infinitive cue after "sich" under "werden"/"lassen" in its clause: "wird sich zeigen", "ließ sich nicht bestätigen". */
function impersonalReflexive(ex: Extractor, i: number): boolean {
  const ctx = ex.ctx;
  const lw = ctx.lower[i];
  if (!/^(?:zeigen|bestätigen|herausstellen|erweisen|belegen|nachweisen|beweisen|feststellen|sagen|absehen|abschätzen|beurteilen|klären)$/.test(lw)) return false;
  const s0 = ctx.sentStart[ctx.toks[i].sentence];
  let sich = false;
  for (let k = i - 1; k >= s0 && k >= i - 6; k--) {
    const w = ctx.lower[k];
    if (ctx.isPunct(k)) return false;
    if (w === 'sich') sich = true;
    else if (sich && /^(?:wird|werden|würde|würden|ließ|ließen|lässt|lassen|ließe)$/.test(w)) return true;
  }
  return false;
}


/** "nicht" right before or after the cue at i (particle end `pe`), then ", was/wie/warum/ob …". */
function negatedInterrogative(ex: Extractor, i: number, pe: number): boolean {
  const ctx = ex.ctx;
  let k = pe === i + 1 ? i + 1 : pe;
  let neg = i > 0 && ctx.lower[i - 1] === 'nicht';
  if (ctx.lower[k] === 'nicht') {
    neg = true;
    k++;
    if (ctx.lower[k] === 'näher' || ctx.lower[k] === 'genau') k++;
  }
  // a separable particle after the negation ("gab nicht an, warum …")
  if (neg && pe === i + 1 && SEPARABLE_PARTICLES_SET.has(ctx.lower[k]) && ctx.words[k + 1] === ',') k++;
  return neg && ctx.words[k] === ',' && INTERROGATIVE.has(ctx.lower[k + 1] ?? '');
}


/** Cues built from a frame rather than a reporting verb: "kommt zu dem Schluss, dass", "…, sind X überzeugt." */
function frameCue(ex: Extractor, i: number, lw: string, sentEnd: number): [number, number] | null {
  const ctx = ex.ctx;
  // "Der Bericht kommt zu dem Schluss, dass …" / "kam zum Ergebnis, dass …" (not a cue form of its own:
  // "kommen" is no reporting verb elsewhere)
  if (KOMMEN.has(lw)) {
    let k = i + 1;
    while (k < Math.min(sentEnd, i + 6) && (ADVERBS.has(ctx.lower[k]) || ctx.mentionAt[k] >= 0 || ctx.isCap(k) || PRONOUNS.has(ctx.lower[k]) || ctx.lower[k] === 'diese' || ctx.lower[k] === 'dieser') && !/^(?:zu|zum)$/.test(ctx.lower[k])) k++;
    if (ctx.lower[k] === 'zu' && ctx.lower[k + 1] === 'dem') k++;
    if ((ctx.lower[k] === 'zum' || ctx.lower[k] === 'dem') && (ctx.lower[k + 1] === 'schluss' || ctx.lower[k + 1] === 'ergebnis' || ctx.lower[k + 1] === 'erkenntnis' || ctx.lower[k + 1] === 'urteil' || ctx.lower[k + 1] === 'befund') && ctx.words[k + 2] === ',' && ctx.lower[k + 3] === 'dass') return [i, i + 1];
  }
  // "X vertrat die Auffassung, …" / "vertritt die Meinung, dass …": holding a view frames a statement
  if (ex.mode === 'news' && /^(?:vertritt|vertrat|vertraten|vertreten)$/.test(lw)) {
    for (let k = i + 1; k < Math.min(sentEnd - 1, i + 7); k++) {
      if (ctx.isPunct(k)) break;
      if (/^(?:Auffassung|Meinung|Ansicht|Position|These|Standpunkt)$/.test(ctx.words[k]) && ctx.words[k + 1] === ',') return [i, i + 1];
    }
    // verb-final: "…, obwohl er die Auffassung vertrat, …"
    if (ctx.words[i + 1] === ',' && i > 0 && /^(?:Auffassung|Meinung|Ansicht|Position|These|Standpunkt)$/.test(ctx.words[i - 1])) return [i, i + 1];
  }
  // post-posed "…, sind die Anwälte überzeugt." / "…, zeigte sich X zuversichtlich:" — a copula clause after
  // the statement, closed by the belief adjective
  if (BELIEF_ADJ.has(lw) && (END_PUNCT.has(ctx.words[i + 1]) || ctx.words[i + 1] === ':')) {
    for (let k = i - 2; k >= Math.max(ctx.sentStart[ctx.toks[i].sentence] + 2, i - 7); k--) {
      if (ctx.words[k] !== ',') continue;
      const v = ctx.lower[k + 1];
      // a pronoun subject ("…, ist er überzeugt:") is left to the inverted-clause rules
      const subj = ctx.lower[k + 2] === 'sich' ? k + 3 : k + 2;
      if (PRONOUNS.has(ctx.lower[subj])) break;
      if (COPULA.has(v) || ((v === 'zeigte' || v === 'zeigten' || v === 'zeigt' || v === 'zeigen') && ctx.lower[k + 2] === 'sich')) return [i, i + 1];
      break;
    }
  }
  return null;
}


/**
 * A verb-second clause in Konjunktiv starts at token k: a subject pronoun or a noun phrase, then a Konjunktiv
 * form ("die Piloten hätten …", "er sei …"), or a Konjunktiv I by its ending ("die Polizeiaktion verstoße …").
 */
export function v2KonjunktivAt(ex: Extractor, k: number, sentEnd: number): boolean {
  const ctx = ex.ctx;
  if (k >= sentEnd) return false;
  let v = -1;
  if (V2_PRONOUNS.has(ctx.lower[k])) v = k + 1;
  else {
    // (an article is also a pronoun for npAt: read "die Piloten" from the noun)
    let np = ARTICLES.has(ctx.lower[k]) ? ctx.npAt(k + 1, sentEnd) : ctx.npAt(k, sentEnd);
    if (np && np.pronoun) np = null;
    if (np && np.end < sentEnd) v = np.end;
  }
  if (v < 0 || v >= sentEnd || ctx.isCap(v)) return false;
  return SUBJUNCTIVE_ALL.has(ctx.lower[v]) || v2Subjunctive(ex, k, sentEnd);
}


/** "ins" in the clause around the verb at i (up to 6 tokens either side): "ins Ministerium zitiert". */
function summoned(ex: Extractor, i: number, sentEnd: number): boolean {
  const ctx = ex.ctx;
  for (let k = i + 1; k < Math.min(sentEnd, i + 7) && !ctx.isPunct(k); k++) if (ctx.lower[k] === 'ins') return true;
  for (let k = i - 1; k >= Math.max(0, i - 6) && !ctx.isPunct(k); k--) if (ctx.lower[k] === 'ins') return true;
  return false;
}


/** "darin, dass" / "daran, dass" in the clause after the verb at i (before a colon, quote or other clause). */
function manifestCorrelate(ex: Extractor, i: number, sentEnd: number): boolean {
  const ctx = ex.ctx;
  for (let k = i + 1; k < Math.min(sentEnd, i + 25); k++) {
    const w = ctx.lower[k];
    if (w === ':' || w === ';' || ctx.isQuote(k)) return false;
    if ((w === 'darin' || w === 'daran') && ctx.words[k + 1] === ',' && (ctx.lower[k + 2] === 'dass' || ctx.lower[k + 2] === 'daß')) return true;
  }
  return false;
}


/**
 * A verb that reports only with its complement (COMPLEMENT_CUES): the verb group ending at `last` is followed by a
 * comma or colon ("gaben an, dass …", "besagt weiters, dass …", "sieht vor: …"), or the verb at i is post-posed
 * after a comma with only its subject before the particle ("…, gab der Minister an."). Not "gibt den Ton an",
 * "gibt die Zahl der Toten mit 1790 an" (a relative clause before the comma), "Das besagt nichts".
 */
function complementAfter(ex: Extractor, lemma: string, i: number, last: number, sentEnd: number): boolean {
  const ctx = ex.ctx;
  if (lemma !== 'besagen' && i > 0 && ctx.words[i - 1] === ',' && last > i && last - i <= 5 && (END_PUNCT.has(ctx.words[last + 1]) || last + 1 >= sentEnd)) return true;
  let k = last + 1;
  // adverbs between a particle-less verb and its comma ("besagt weiters, dass …")
  if (last === i) while (k < sentEnd && k < last + 3 && ADVERBS.has(ctx.lower[k])) k++;
  if (k >= sentEnd) return false;
  if (ctx.words[k] === ':') return true;
  return ctx.words[k] === ',' && (ctx.lower[k + 1] === 'dass' || ctx.lower[k + 1] === 'daß' || v2KonjunktivAt(ex, k + 1, sentEnd) || (last === i ? false : !SUBORDINATORS.has(ctx.lower[k + 1]) && !RELATIVE.has(ctx.lower[k + 1])));
}


/** "meine"/"meinen" at i is the possessive before a noun, not a form of "meinen". */
function possessiveMein(ex: Extractor, i: number, sentEnd: number): boolean {
  const ctx = ex.ctx;
  if (i + 1 >= sentEnd || !ctx.isCap(i + 1) || ctx.words[i + 1] === 'Sie' || ctx.isCap(i)) return false;
  if (ctx.words[i - 1] !== ',') return true;
  const after = ctx.lower[i + 2];
  return i + 2 < sentEnd && !ctx.isCap(i + 2) && LOWER_START.test(after) && !ARTICLES.has(after) && !PREPOSITIONS.has(after);
}


/** A penalty noun in the clause around the verb at `i` ("drohen ihm … Haft", "Ihm droht die Abschiebung"). */
export function penaltyInClause(ex: Extractor, i: number, sentEnd: number): boolean {
  const ctx = ex.ctx;
  const pen = /^(?:haft|haftstrafe|freiheitsstrafe|gefängnis|gefängnisstrafe|strafe|strafen|geldstrafe|todesstrafe|abschiebung|ausweisung|konsequenzen|sanktionen|klage|anklage|pleite|insolvenz|entlassung|kündigung|verurteilung|bußgeld|bußgelder)$/;
  for (let k = i + 1; k < Math.min(sentEnd, i + 15); k++) {
    const w = ctx.lower[k];
    if (w === ',' || w === ':' || w === ';' || ctx.isQuote(k) || w === 'dass') break;
    if (pen.test(w)) return true;
  }
  for (let k = i - 1; k >= Math.max(ctx.sentStart[ctx.toks[i].sentence], i - 10); k--) {
    const w = ctx.lower[k];
    if (w === ',' || w === ':' || ctx.isQuote(k)) break;
    if (pen.test(w)) return true;
  }
  return false;
}


export function cueAtUncached(ex: Extractor, i: number, sentEnd: number): [number, number] | null {
  const ctx = ex.ctx;
  const lw = ctx.lower[i];
  // (the words taken before the Map lookup are listed in CUES_BEFORE_LOOKUP, shared.ts)
  // "hatte … bekannt gegeben, …"
  if (lw === 'gegeben' && i > 0 && ctx.lower[i - 1] === 'bekannt') return [i, i + 1];
  // "hatte … wissen lassen, dass …", "hat verlauten lassen": the infinitive of "lassen" in a perfect tense
  if (lw === 'lassen' && i > 0 && /^(?:wissen|verlauten|ausrichten)$/.test(ctx.lower[i - 1]) && ctx.words[i + 1] === ',') return [i, i + 1];
  // "X ist (davon) überzeugt, dass …" — only with the dass-clause (not "überzeugt mit …", "ist er überzeugt:")
  if (lw === 'überzeugt' && ctx.words[i + 1] === ',' && ctx.lower[i + 2] === 'dass') return [i, i + 1];
  // "Die Fluglinie ist überzeugt, die Piloten hätten nicht rechtmäßig gestreikt": a V2 Konjunktiv complement
  if (ex.mode === 'news' && lw === 'überzeugt' && ctx.words[i + 1] === ',' && v2KonjunktivAt(ex, i + 2, sentEnd)) return [i, i + 1];
  const h = cueKey(lw);
  const info = (ex.cueKeys[h >>> 5] & (1 << (h & 31))) !== 0 ? ex.cueInfo.get(lw) : undefined;
  if (info === undefined) return null;
  // "meine Familie lebt hier", "für meinen Mandanten": the possessive, not the verb "meinen" ("Was meinen Sie?",
  // "meine ich"; after a comma "…, meinen Kritiker." is the post-posed verb unless a verb follows the noun)
  if ((lw === 'meine' || lw === 'meinen') && possessiveMein(ex, i, sentEnd)) return null;
  if (info.frame && ex.mode === 'news') {
    const special = frameCue(ex, i, lw, sentEnd);
    if (special) return special;
  }
  // an attributive adjective between an indefinite determiner or quantifier and its noun ("mehrere bekannte Namen",
  // "eine erklärte Gegnerin") is no verb
  if (ex.mode === 'news' && i > 0 && QUANTIFIER_DET.has(ctx.lower[i - 1]) && ctx.isCap(i + 1) && !ctx.isCap(i)) return null;
  // impersonal "drohen X bis zu 24 Jahre Haft" / "ihm droht eine Strafe": a penalty is the subject, nobody speaks
  if (DROHEN.test(lw) && penaltyInClause(ex, i, sentEnd)) return null;
  // "Das heißt (aber nicht), dass …" / "Heißt das, dass …?": a demonstrative subject makes "heißen" mean "to mean" —
  // an inference, no report (unlike the expletive "es heißt")
  if (ex.mode === 'news' && /^(?:heißt|hieß)$/.test(lw) && (DEMONSTRATIVE_SUBJECT.has(ctx.lower[i - 1] ?? '') || DEMONSTRATIVE_SUBJECT.has(ctx.lower[i + 1] ?? ''))) return null;
  const entries = info.entries;
  const capital = ctx.isCap(i) && i !== ctx.sentStart[ctx.toks[i].sentence];
  if (entries && !capital) {
    for (const e of entries) {
      // "den Botschafter ins Außenamt zitieren": "zitieren" with a place after "ins" means "summon"
      if (e.lemma === 'zitieren' && summoned(ex, i, sentEnd)) continue;
      if (!e.particle) {
        if (COMPLEMENT_CUE_LEMMAS.has(e.lemma) && !complementAfter(ex, e.lemma, i, i, sentEnd)) continue;
        return [i, i + 1];
      }
      // "Derlei Tendenzen zeigten sich … darin, dass …": "sich zeigen" with the correlate "darin/daran" means
      // "become manifest", not a statement
      if (e.lemma === 'zeigen' && manifestCorrelate(ex, i, sentEnd)) continue;
      // reflexive "sich … gezeigt" may precede the participle
      if (e.particle === 'sich') {
        for (let k = i - 1; k >= Math.max(ctx.sentStart[ctx.toks[i].sentence], i - 6); k--) {
          if (ctx.lower[k] === 'sich') return [i, i + 1];
          if (ctx.words[k] === ',') break;
        }
      }
      // separable: particle later in the clause ("fügte … hinzu", "gab … zu bedenken")
      for (let k = i + 1; k < Math.min(sentEnd, i + 22); k++) {
        const w = ctx.lower[k];
        // (a particle that is also a preposition or article is no particle before a noun phrase: "warfen Feuerwerkskörper
        // vor dem Gebäude", "gestand ein Versagen ein")
        if (w === e.particle && !(ex.mode === 'news' && PREP_PARTICLE.has(w) && nounPhraseFollows(ex, k))) {
          if (COMPLEMENT_CUE_LEMMAS.has(e.lemma) && !complementAfter(ex, e.lemma, i, k, sentEnd)) break;
          return [i, i + 1];
        }
        if (w === ':' || w === ';' || ctx.isQuote(k)) break;
        if (w === ',' && e.particle !== 'sich') {
          // the particle may follow an apposition; a comma + dass ends the clause
          if (ctx.lower[k + 1] === 'dass') break;
        }
      }
    }
  }
  if (info.learned) {
    if (ex.mode === 'all' || !ctx.isCap(i)) return [i, i + 1];
  }
  return null;
}


/**
 * A run-in subheading glued to the sentence after it (10kGNAD lost the line breaks): the first token in [a, e) that
 * is a capitalised function word opening a sentence ("Es", "Die", "Für", "Wir", …) right after a lower-case word
 * ("… Pérez fallen Es ist …", "An uns noch nie gescheitert Für den ÖGB …"); not after "wie", "und", "oder", a
 * preposition or a pronoun, where a capitalised title is quoted ("Filme wie Die Playboys"). -1 if none.
 */
export function runInHeading(ex: Extractor, a: number, e: number): number {
  const ctx = ex.ctx;
  for (let k = a + 2; k < e; k++) {
    if (!HEADING_OPENERS.has(ctx.words[k])) continue;
    const prev = ctx.words[k - 1];
    if (prev.length < 3 || !LOWER_START.test(prev) || ctx.isPunct(k - 1)) continue;
    const lp = ctx.lower[k - 1];
    if (TITLE_BEFORE.has(lp) || PREPOSITIONS.has(lp) || PRONOUNS.has(lp) || ARTICLES.has(lp) || CUE_FORMS.has(lp)) continue;
    return k;
  }
  return -1;
}


/** A noun phrase starts right after `k`: an article, possessive, quantifier, number or capitalised word. */
function nounPhraseFollows(ex: Extractor, k: number): boolean {
  const ctx = ex.ctx;
  const n = k + 1;
  if (n >= ctx.n) return false;
  const w = ctx.lower[n];
  return ARTICLES.has(w) || POSSESSIVE.has(w) || QUANTIFIER_DET.has(w) || (ctx.isCap(n) && !ctx.isPunct(n)) || /^\d/.test(w);
}


/** Could token j be a finite verb opening an inverted frame clause (not a function word)? */
export function frameVerb(ex: Extractor, j: number): boolean {
  const lw = ex.ctx.lower[j];
  if (lw.length < 3 || /^\d/.test(lw)) return false;
  return !(ADVERBS.has(lw) || ARTICLES.has(lw) || PREPOSITIONS.has(lw) || CONJ.has(lw) || SUBORDINATORS.has(lw) || RELATIVE.has(lw) || PRONOUNS.has(lw) || NOT_FRAME_VERB.has(lw) || lw === 'so' || lw === 'wie' || lw === 'laut');
}


export function subordinateCue(ex: Extractor, j: number, limit: number): { cue: [number, number]; np: NP | null } | null {
  const ctx = ex.ctx;
  if (ctx.lower[j] === 'laut') {
    const np = ctx.npAt(j + 1, limit);
    return np ? { cue: [j, j + 1], np } : null;
  }
  for (let k = j + 1; k < Math.min(limit, j + 10); k++) {
    if (ctx.words[k] === ',') break;
    const cue = cueAt(ex, k, limit);
    if (cue) {
      ex.usedCue[k] = 1;
      const dummy = makeAtt(ex, 'reported', cue);
      return { cue, np: firstSubject(ex, j + 1, k, dummy) };
    }
  }
  return null;
}


export function cueSpan(ex: Extractor, t: [number, number]): [number, number] {
  const ctx = ex.ctx;
  return [ctx.toks[t[0]].start, ctx.toks[t[1] - 1].end];
}
