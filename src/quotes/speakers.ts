// Speaker resolution: the subject of a cue (Vorfeld, Mittelfeld, chains), descriptions, indefinite persons, titles and pronoun antecedents; separate because it turns a cue position into a person.
import { parseTitle, personNounKey } from '../entities/roles.ts';
import type { Attribution, Extractor } from './extract.ts';
import type { MentionRef, NP } from './context.ts';
import { ACCUSATION_FORMS, BELIEF_ADJ, BOUNDARY, CLAUSE_PUNCT, CONJ, COPULA, copyAttribution, DATIVE_LIKE, END_PUNCT, FEMALE_ROLE, FEMININE_BODY, FOCUS_OPENERS, GENERIC_PERSON, INDEF_ARTICLES, INSTITUTION, MEDIUM_NOUN, ORG_AGENT, POSSESSIVE, POST_SUBJECT, PREDICATIVE_BEFORE, RELATIVE, RESPONDENT_NOUN, ROLE_NOUN, SHARE_NOUN, TEMPORAL, THING_NOUN, UPPER_START } from './shared.ts';
import { ADVERBS, ARTICLES, AUXILIARIES, FEMALE_TITLES, FIRST_PERSON, MALE_TITLES, PREPOSITIONS, PRONOUNS, reportingForm, SEPARABLE_PARTICLES as SEPARABLE_PARTICLES_SET, SUBJUNCTIVE_ALL, SUBORDINATORS } from './lexicon.ts';
import { personAfterCue, plausibleSpeaker, thingVorfeld } from './indirect.ts';
import { titleChain } from './direct.ts';

/**
 * When a clause begins right after a comma, the material before may be the subject with an
 * apposition ("Die Sprecherin, Anna Müller, betonte"): returns that NP (preferring the one with
 * a person mention), or null if [from, to) is not an NP chain.
 */
export function subjectChain(ex: Extractor, from: number, to: number): NP | null {
  const ctx = ex.ctx;
  // a dateline before the subject ("Wien – Der ehemalige Betreiber, X, hat …")
  if (ex.mode === 'news' && to - from > 3 && ctx.isCap(from) && (ctx.words[from + 1] === '–' || ctx.words[from + 1] === '—') && from === ctx.sentStart[ctx.toks[from].sentence]) from += 2;
  // a focus particle before the subject ("Auch X, Chef von Y, spricht Klartext: …")
  if (ex.mode === 'news' && to - from > 1 && FOCUS_OPENERS.has(ctx.lower[from])) from++;
  const first = ctx.npAt(from, to);
  if (!first || first.pronoun) return first && first.end === to ? first : null;
  if (first.end === to) return first;
  if (ctx.words[first.end] !== ',' && ctx.words[first.end] !== '(') return null;
  const second = ctx.npAt(first.end + 1, to);
  if (!second || second.end !== to) return null;
  const m = second.mention && (!first.mention || second.mention.entity.type === 'PER') ? second.mention : first.mention;
  return { start: from, end: to, mention: m, pronoun: false, dative: false };
}


/** Subject of a main-clause cue: the Vorfeld if it is a noun phrase, else the first NP after the finite verb. */
export function subjectOf(ex: Extractor, cue: [number, number], cs: number, limit: number, att: Attribution): NP | null {
  const ctx = ex.ctx;
  const c = cue[0];
  // finite auxiliary before a participle cue ("X hat gesagt", "X habe betont")
  let pivot = c;
  for (let k = cs; k < c; k++) {
    // not inside a parenthesis ("zeigte sich X (er ist …) überzeugt")
    if (ctx.words[k] === '(' && ex.mode === 'news') {
      let e = k + 1;
      while (e < c && ctx.words[e] !== ')') e++;
      if (e < c) {
        k = e;
        continue;
      }
    }
    if (AUXILIARIES.has(ctx.lower[k]) && !ctx.isCap(k)) {
      pivot = k;
      break;
    }
    // "X zeigte sich überzeugt, dass …": "sich zeigen" is the finite verb of a belief frame
    if (BELIEF_ADJ.has(ctx.lower[c]) && /^zeig(?:t|te|ten|en)$/.test(ctx.lower[k]) && k > cs && k + 1 < c && ctx.lower[k + 1] === 'sich') {
      pivot = k;
      break;
    }
  }
  // a non-finite cue at the end of a clause whose auxiliary stands before an enumeration comma:
  // "Dafür haben wir Programme …, … vorgelegt"
  if (pivot === c && cs > 0 && ctx.words[cs - 1] === ',' && /^(?:ge|zu)|(?:en|iert|t)$/.test(ctx.lower[c]) && (c + 1 >= limit || ctx.isPunct(c + 1))) {
    const sStart = ctx.sentStart[ctx.toks[c].sentence];
    for (let k = cs - 2; k >= sStart; k--) {
      if (AUXILIARIES.has(ctx.lower[k]) && !ctx.isCap(k)) {
        pivot = k;
        let b = k - 1;
        while (b >= sStart && !BOUNDARY.has(ctx.words[b])) b--;
        cs = b + 1;
        break;
      }
    }
  }
  // "…, will der 64-Jährige damit sagen, …": an auxiliary after the comma inverts the clause; the noun
  // phrase after it is the subject
  // (not after an apposition: "Der Kommissar des Europarats, X, hatte die Behörden aufgerufen, …")
  if (ex.mode === 'news' && pivot === cs && pivot < c && cs > 0 && ctx.words[cs - 1] === ',' && !ctx.words.slice(ctx.sentStart[ctx.toks[c].sentence], cs - 1).includes(',')) {
    const inv = ctx.npAt(pivot + 1, c);
    if (inv && !inv.dative && !inv.pronoun && (/^(?:der|die|ein|eine)$/.test(ctx.lower[inv.start]) || inv.mention?.entity.type === 'PER')) return inv;
  }
  if (pivot === cs && cs > 0 && ctx.words[cs - 1] === ',') {
    const sStart = ctx.sentStart[ctx.toks[c].sentence];
    // "X reagierte auf … gelassen, hielt in einem Interview … aber fest, …": a second V2 conjunct without a subject of
    // its own (a PP or adverb right after its finite verb) shares the subject opening the first
    if (ex.mode === 'news' && c === cs && cue[1] < limit && (PREPOSITIONS.has(ctx.lower[cue[1]]) || ADVERBS.has(ctx.lower[cue[1]])) && !ctx.isCap(cue[1])) {
      const m0 = ctx.mentionAt[sStart];
      if (m0 >= 0) {
        const m = ctx.mentions[m0];
        let single = m.entity.type === 'PER' && m.start === sStart && m.end < cs - 2 && !ctx.isCap(m.end) && !ctx.isPunct(m.end) && !SUBORDINATORS.has(ctx.lower[m.end]);
        for (let k = m.end; k < cs - 1 && single; k++) single = !ctx.isPunct(k) && !SUBORDINATORS.has(ctx.lower[k]) && !(ctx.lower[k] === 'und' || ctx.lower[k] === 'oder');
        if (single) return { start: m.start, end: m.end, mention: m, pronoun: false, dative: false };
      }
    }
    let chain = subjectChain(ex, sStart, cs - 1);
    // "Keine Ahnung, sagte X, …": a negated noun phrase before the comma is the statement, never the subject
    if (chain && ex.mode === 'news' && /^kein(?:e|en|em|er|es)?$/.test(ctx.lower[chain.start])) chain = null;
    // "Mehr Geld für Schulen, lautet ihre Botschaft." — a noun phrase after the verb that ends the
    // clause is the subject; the phrase before the comma is the statement
    if (chain) {
      const probe = copyAttribution(att);
      probe.addressee = null;
      const post = firstSubject(ex, cue[1], limit, probe);
      // (but a named person before the comma stays the subject: "Auch X, Chef von Y, spricht Klartext: …")
      const namedChain = ex.mode === 'news' && chain.mention?.entity.type === 'PER' && post?.mention?.entity.type !== 'PER' &&
        (ctx.words[post?.end ?? 0] === ':' || ctx.words.slice(chain.start, chain.end).includes(','));
      if (post && !post.dative && post.start === cue[1] && (post.end >= limit || ctx.isPunct(post.end)) && !namedChain) return post;
      return chain;
    }
    // "Der Geschäftsführer der Umwelt- und Entwicklungsorganisation X, Christoph Bals, erklärte:" — the
    // apposition name right before the cue when the phrase before it is too complex for a chain
    const mb = cs >= 2 ? ctx.mentionAt[cs - 2] : -1;
    if (mb >= 0) {
      const m = ctx.mentions[mb];
      if (m.entity.type === 'PER' && m.end === cs - 1 && m.start > sStart && ctx.words[m.start - 1] === ',') return { start: m.start, end: m.end, mention: m, pronoun: false, dative: false };
    }
    // "Andreas Ehlers, Vorsitzender des Dachverbands der Elternvereine an den Pflichtschulen, begrüßt …": a person
    // opening the sentence with a nominal apposition too long for a chain
    const m0 = ex.mode === 'news' ? ctx.mentionAt[sStart] : -1;
    if (m0 >= 0) {
      const m = ctx.mentions[m0];
      if (m.entity.type === 'PER' && m.start === sStart && ctx.words[m.end] === ',' && m.end + 1 < cs - 1 && (ctx.isCap(m.end + 1) || ARTICLES.has(ctx.lower[m.end + 1])) && cs - m.end <= 16) {
        let nominal = true;
        for (let k = m.end + 1; k < cs - 1 && nominal; k++) {
          const w = ctx.lower[k];
          if ((ctx.isPunct(k) && ctx.words[k] !== '-' && ctx.words[k] !== '(' && ctx.words[k] !== ')') || RELATIVE.has(w) && ctx.words[k - 1] === ',' || SUBORDINATORS.has(w) || (AUXILIARIES.has(w) && !ctx.isCap(k)) || (!ctx.isCap(k) && reportingForm(w))) nominal = false;
        }
        if (nominal) return { start: m.start, end: m.end, mention: m, pronoun: false, dative: false };
      }
    }
  }
  // a subject pronoun right after the finite verb: "Das sage ich", "Deshalb fordern wir"
  const after = pivot + 1;
  if (after < limit && (POST_SUBJECT.has(ctx.lower[after]) || (ctx.words[after] === 'Sie' && after !== ctx.sentStart[ctx.toks[after].sentence]))) {
    return { start: after, end: after + 1, mention: null, pronoun: true, dative: false };
  }
  if (pivot > cs) {
    let v = cs;
    const s0 = ctx.sentStart[ctx.toks[c].sentence];
    // (a preposition that is also an adverb opens a PP before an article or noun: "Vor der Entscheidung hatte …")
    while (v < pivot && (ADVERBS.has(ctx.lower[v]) || CONJ.has(ctx.lower[v])) && (!ctx.isCap(v) || v === s0) && !ctx.capName(v) && !(PREPOSITIONS.has(ctx.lower[v]) && (ARTICLES.has(ctx.lower[v + 1]) || ctx.isCap(v + 1)))) v++;
    if (ctx.lower[v] === 'gegenüber') {
      const ad = ctx.npAt(v + 1, pivot);
      if (ad?.mention && !att.addressee) att.addressee = ad.mention.entity;
    }
    // "Die Anfrage … kommentierte ein Sprecher des ORF nicht": a thing in the Vorfeld (the object) and a person
    // or spokesperson right after the finite cue — that one is the subject
    if (ex.mode === 'news' && pivot === c) {
      // (an adjective enumeration "zu dieser zweiten, noch nicht beauftragten Untersuchung" splits no clause)
      let vf = v;
      if (!ARTICLES.has(ctx.lower[vf]) && cs > s0 && ctx.words[cs - 1] === ',' && !ctx.isCap(cs) && !SUBORDINATORS.has(ctx.lower[cs]) && !RELATIVE.has(ctx.lower[cs]) && !CONJ.has(ctx.lower[cs])) vf = s0;
      if (ARTICLES.has(ctx.lower[vf]) && !DATIVE_LIKE.has(ctx.lower[vf])) {
        const post = personAfterCue(ex, cue[1], limit);
        if (post && thingVorfeld(ex, vf, c)) return post;
      }
    }
    let np = PREPOSITIONS.has(ctx.lower[v]) ? null : ctx.npAt(v, pivot);
    // coordination: "viele Bürgerinnen und Bürger beantworten …"
    if (np && np.end < pivot && (ctx.lower[np.end] === 'und' || ctx.lower[np.end] === 'oder' || ctx.lower[np.end] === 'sowie')) {
      const np2 = ctx.npAt(np.end + 1, pivot);
      if (np2 && np2.end === pivot) np = { ...np, end: pivot, mention: np.mention ?? np2.mention };
    }
    // "Anfang der Woche hatte die IOM bekannt gegeben": a time phrase in the Vorfeld is no subject
    if (np && !np.pronoun && !np.mention && TEMPORAL.test(ctx.lower[ctx.isCap(np.start) ? np.start : np.start + 1] ?? '')) np = null;
    if (np && !np.dative && (np.end === pivot || (np.pronoun && (PREPOSITIONS.has(ctx.lower[np.end]) || ctx.lower[np.end] === 'als') && !ctx.isCap(np.end)))) {
      if (np.end !== pivot) return { ...np, end: pivot };
      return np;
    }
    // "Der republikanische Senator X aus Alabama sagte …": a short place/organisation PP after the named subject
    // the same for any subject of an accusation verb, whose first noun after the verb is the dative
    // object ("Die Opposition in Griechenland warf Tsipras vor, …" — the opposition, not Tsipras)
    const accuser = ACCUSATION_FORMS.test(ctx.lower[pivot]) && np && (np.mention || ARTICLES.has(ctx.lower[np.start]));
    if (ex.mode === 'news' && np && !np.dative && !np.pronoun && (np.mention?.entity.type === 'PER' || accuser) && np.end < pivot && pivot - np.end <= 4 && /^(?:aus|von|vom|in|im)$/.test(ctx.lower[np.end])) {
      let k = np.end + 1;
      while (k < pivot && !ctx.isPunct(k) && (ARTICLES.has(ctx.lower[k]) || ctx.isAdj(k) || ctx.isNominal(k))) k++;
      if (k === pivot && ctx.isCap(pivot - 1)) return np;
    }
    // "Serbische Aufsichtsbeamte im Lager in Preševo sagen, dass …": a person noun with up to two place PPs
    // (a place adjective inside it, "Serbische", is no speaker of its own)
    const placeAdj = !!np?.mention && np.mention.entity.type === 'LOC' && np.mention.end < np.end && ctx.isCap(np.end - 1);
    if (ex.mode === 'news' && np && !np.dative && !np.pronoun && (!np.mention || placeAdj) && np.end < pivot && pivot - np.end <= 8 && /^(?:aus|von|vom|in|im|am|beim|bei)$/.test(ctx.lower[np.end]) && (placeAdj ? ROLE_NOUN.test(ctx.lower[np.end - 1]) : plausibleSpeaker(ex, np)) && reportingForm(ctx.lower[c])) {
      let k = np.end;
      let pps = 0;
      while (k < pivot && pps < 2 && /^(?:aus|von|vom|in|im|am|beim|bei)$/.test(ctx.lower[k])) {
        k++;
        const start = k;
        while (k < pivot && !ctx.isPunct(k) && !PREPOSITIONS.has(ctx.lower[k]) && (ARTICLES.has(ctx.lower[k]) || ctx.isAdj(k) || ctx.isNominal(k) || ctx.isCap(k))) k++;
        if (k === start || !ctx.isCap(k - 1)) break;
        pps++;
      }
      if (k === pivot && pps > 0) return placeAdj ? { ...np, mention: null } : np;
    }
    // "Varoufakis selbst schrieb …", "Merkel indes sagte …": adverbs between the Vorfeld subject and the verb
    if (np && !np.dative && !np.pronoun && np.mention && np.end < pivot && pivot - np.end <= 2) {
      let k = np.end;
      while (k < pivot && ADVERBS.has(ctx.lower[k]) && !ctx.isCap(k)) k++;
      if (k === pivot) return np;
    }
    // "Ein am Mittwoch veröffentlichter interner Untersuchungsbericht des Ministeriums kommt …": an extended
    // participle attribute between the article and the head noun; the whole Vorfeld is the subject
    if (ex.mode === 'news' && /^(?:der|die|das|ein|eine)$/.test(ctx.lower[v]) && pivot - v <= 12 && ctx.isCap(pivot - 1)) {
      let ok = true;
      let participle = false;
      for (let k = v + 1; k < pivot && ok; k++) {
        if (ctx.isPunct(k) || ex.inQuote[k] || SUBORDINATORS.has(ctx.lower[k]) || RELATIVE.has(ctx.lower[k]) && ctx.words[k - 1] === ',') ok = false;
        if (!ctx.isCap(k) && /(?:te|ter|tes|ten|ene|ener|enes|enen)$/.test(ctx.lower[k]) && ctx.isAdj(k)) participle = true;
      }
      const head = ok && participle ? ctx.npBefore(pivot, v + 1) : null;
      if (head && !head.pronoun && head.start > v + 1) return { start: v, end: pivot, mention: head.mention, pronoun: false, dative: false };
    }
    // the Vorfeld did not parse as one noun phrase (a run-in subheading without punctuation, a long
    // adverbial): a person's name right before the finite verb is still its subject
    // ("Sechs Jahre in der Komfortzone Strugl warnte davor, …")
    const named = namedBeforeVerb(ex, pivot, v);
    if (named) return named;
  }
  const from = pivot === c ? cue[1] : pivot + 1;
  const to = pivot === c ? limit : c;
  const after2 = firstSubject(ex, from, to, att);
  // "Schließlich hielt der Täter … an und gestand eine Auseinandersetzung, …": after "und" the finite verb of a
  // second conjunct has no subject of its own — the noun phrase after it is its object, the subject is the
  // first conjunct's, also when that one stands after its verb (an adverb or PP in the Vorfeld)
  if (after2 && !after2.pronoun && ex.mode === 'news' && pivot === c && c > 0 && (ctx.lower[c - 1] === 'und' || ctx.lower[c - 1] === 'oder')) {
    const first = firstConjunctSubject(ex, c - 1);
    if (first) return first;
  }
  if (after2) return after2;
  // "Bundeskanzlerin Angela Merkel, die darauf bestand, …, hatte sich zufrieden gezeigt":
  // a named subject at the start of the sentence, separated by a relative clause
  {
    const s0 = ctx.sentStart[ctx.toks[c].sentence];
    const np0 = ctx.npAt(s0, c);
    if (np0 && np0.mention && !np0.dative && ctx.words[np0.end] === ',' && RELATIVE.has(ctx.lower[np0.end + 1])) return np0;
  }
  // verb-final clause: "in deren Verlauf Jonescu sagte:" — the last noun phrase before the verb (also before a
  // separable verb and its particle: "…, und mehr als die Hälfte gab an, dass …")
  const sepEnd = !(c + 1 >= limit || ctx.isPunct(c + 1)) && SEPARABLE_PARTICLES_SET.has(ctx.lower[c + 1]) && (c + 2 >= limit || ctx.isPunct(c + 2));
  if (c + 1 >= limit || ctx.isPunct(c + 1) || sepEnd) {
    let nb = ctx.npBefore(c, cs);
    // (a genitive attribute is no subject: "Mehr als drei Viertel der Befragten geben an" — left to setSource)
    if (sepEnd && nb && /^(?:der|des)$/.test(ctx.lower[nb.start]) && nb.start > cs && ctx.isCap(nb.start - 1)) nb = null;
    // skip a dative object: "Dr. Benedikt dem Abgeordneten Schneider zurief:"
    if (nb && DATIVE_LIKE.has(ctx.lower[nb.start]) && nb.start > cs) nb = ctx.npBefore(nb.start, cs);
    // the object of a preposition is no subject: "Der habe zu Hochegger gemeint" (the addressee)
    if (nb && nb.start - 1 > cs && PREPOSITIONS.has(ctx.lower[nb.start - 1]) && !ctx.isCap(nb.start - 1)) {
      const prep = ctx.lower[nb.start - 1];
      if ((prep === 'zu' || prep === 'gegenüber') && nb.mention && !att.addressee) att.addressee = nb.mention.entity;
      nb = null;
    }
    if (nb && !PREPOSITIONS.has(ctx.lower[nb.start]) && !DATIVE_LIKE.has(ctx.lower[nb.start])) return nb;
  }
  // second verb of a coordination: "Strolz verglich … und fragte ins Plenum:"
  if (c > 0 && (ctx.lower[c - 1] === 'und' || ctx.lower[c - 1] === 'oder')) {
    const s0 = ctx.sentStart[ctx.toks[c].sentence];
    let v = c - 1;
    while (v > s0 && !(ctx.words[v - 1] === ',' || ctx.words[v - 1] === ':' || ctx.words[v - 1] === ';')) {
      v--;
      // a parenthesis is no clause boundary: "Er sprach für alle Staaten (A, B, C) und betonte, …" — its commas
      // separate a list, and the subject stands before it
      if (ex.mode === 'news' && ctx.words[v] === ')') {
        let o = v - 1;
        while (o > s0 && ctx.words[o] !== '(' && ctx.words[o] !== ')') o--;
        if (ctx.words[o] === '(') v = o;
      }
    }
    while (v < c && (ADVERBS.has(ctx.lower[v]) || CONJ.has(ctx.lower[v])) && !ctx.capName(v)) v++;
    const np = PREPOSITIONS.has(ctx.lower[v]) ? null : ctx.npAt(v, c);
    if (np && !np.dative) return np;
  }
  // a named apposition closing the Vorfeld ("Der Vertreter der EU, der dänische Diplomat X, bedauerte, dass …") or
  // a comma-coordinated second verb ("X, Ex-Repräsentant, begrüßte die Initiative, monierte aber, dass …"): the
  // person named right before ", <finite verb>" of the sentence's main clause, when the cue opens its complement
  if (ex.mode === 'news' && c > 2 && ctx.words[c - 1] === ',') {
    let k = c + 1;
    while (k < limit && ADVERBS.has(ctx.lower[k])) k++;
    const opens = ctx.words[k] === ':' || (ctx.words[k] === ',' && /^(?:dass|ob)$/.test(ctx.lower[k + 1]));
    const s0 = ctx.sentStart[ctx.toks[c].sentence];
    if (opens && !SUBORDINATORS.has(ctx.lower[s0]) && !ex.inQuote[s0]) {
      for (let j = s0; j < c - 1; j++) {
        const mi = ctx.mentionAt[j];
        if (mi < 0 || ctx.isQuote(j)) continue;
        const m = ctx.mentions[mi];
        // the name right before the verb ("Der Diplomat X begrüßte") or closing an apposition ("…, X, begrüßte")
        const v = ctx.words[m.end] === ',' ? m.end + 1 : m.end;
        if (m.entity.type !== 'PER' || v > c || ctx.isCap(v) || ctx.isPunct(v)) continue;
        if (v === m.end && m.start > s0 && !ctx.isCap(m.start - 1) && !ARTICLES.has(ctx.lower[m.start - 1])) continue;
        const vw = ctx.lower[v];
        if (ARTICLES.has(vw) || PRONOUNS.has(vw) || RELATIVE.has(vw) || SUBORDINATORS.has(vw) || PREPOSITIONS.has(vw) || ADVERBS.has(vw) || CONJ.has(vw)) continue;
        // the verb's clause runs to the comma before the cue without another finite verb's comma clause
        let clean = v === c;
        if (!clean) {
          clean = true;
          for (let t = v + 1; t < c - 1 && clean; t++) if (ctx.words[t] === ',' || ctx.isQuote(t) || ctx.words[t] === ':') clean = false;
        }
        if (clean) return { start: m.start, end: m.end, mention: m, pronoun: false, dative: false };
        break;
      }
    }
  }
  return null;
}


/**
 * A person mention that ends right before the finite verb at `pivot` (and starts after `from`), not
 * governed by a preposition, an article or a dative: the subject of a Vorfeld that did not parse.
 */
function namedBeforeVerb(ex: Extractor, pivot: number, from: number): NP | null {
  const ctx = ex.ctx;
  // "zeigte sich X (er ist jener Gutachter, …) überzeugt": a parenthesis after the name
  if (pivot > 1 && ctx.words[pivot - 1] === ')' && ex.mode === 'news') {
    let o = pivot - 2;
    while (o > from && ctx.words[o] !== '(' && ctx.words[o] !== ')' && pivot - o < 25) o--;
    if (ctx.words[o] === '(') pivot = o;
  }
  const mi = pivot > 0 ? ctx.mentionAt[pivot - 1] : -1;
  if (mi < 0) return null;
  const m = ctx.mentions[mi];
  if (m.entity.type !== 'PER' || m.end !== pivot || m.start <= from) return null;
  const before = ctx.lower[m.start - 1];
  if (PREPOSITIONS.has(before) || ARTICLES.has(before) || DATIVE_LIKE.has(before) || ctx.isPunct(m.start - 1) || CONJ.has(before)) return null;
  // before the name: a run-in heading noun ("Komfortzone Strugl warnte") or verb ("Illusionen verbreiten
  // Merkel warf"), not a function word
  if (!ctx.isCap(m.start - 1) && before !== 'sich' && (ADVERBS.has(before) || SUBORDINATORS.has(before) || RELATIVE.has(before) || PRONOUNS.has(before) || AUXILIARIES.has(before))) return null;
  return { start: m.start, end: m.end, mention: m, pronoun: false, dative: false };
}


/** Subject after a post-posed cue: "sagte der Minister", "sagte er dem Standard". */
export function subjectAfter(ex: Extractor, from: number, limit: number, att: Attribution): NP | null {
  return firstSubject(ex, from, limit, att);
}


/** First non-dative NP in [from, to), skipping adverbs and prepositional phrases; datives → addressee. */
export function firstSubject(ex: Extractor, from: number, to: number, att: Attribution): NP | null {
  const ctx = ex.ctx;
  let k = from;
  let steps = 0;
  while (k < to && steps++ < 20) {
    const w = ctx.words[k];
    const lw = ctx.lower[k];
    if (w === ',' || w === ':' || w === ';' || END_PUNCT.has(w) || (ctx.isQuote(k) && ex.inQuote[k] && w !== '„' && w !== '"')) {
      // an apposition right after the verb is rare; stop at clause ends
      return null;
    }
    if (ADVERBS.has(lw) && !PRONOUNS.has(lw) && !ctx.capName(k)) {
      k++;
      continue;
    }
    // an extended participle attribute: "sagt der von X (– …) verteidigte 31-Jährige" — the agent after "von"
    // is no subject; the head noun after the participle is
    if (ex.mode === 'news' && /^(?:der|die|das|ein|eine)$/.test(lw) && (ctx.lower[k + 1] === 'von' || ctx.lower[k + 1] === 'vom')) {
      const head = participleHead(ex, k + 2, to);
      if (head) return { ...head, start: k };
    }
    if (lw === 'gegenüber' || (PREPOSITIONS.has(lw) && !ctx.isCap(k)) || (PREPOSITIONS.has(lw) && k === from)) {
      const np = ctx.npAt(k + 1, to);
      if (lw === 'gegenüber' && np && np.mention) att.addressee = np.mention.entity;
      k = np ? np.end : k + 1;
      // "am späten Montagabend der Sprecher des Krisenstabes": a "der"-phrase after the PP noun that names a
      // role or person is the subject, not a genitive of the PP
      if (np && lw !== 'gegenüber') {
        for (let g = np.start + 1; g < np.end - 1; g++) {
          if (ctx.lower[g] !== 'der' || !ctx.isCap(g - 1)) continue;
          let h = g + 1;
          while (h < np.end && ctx.isAdj(h)) h++;
          if (h < np.end && ctx.isCap(h) && (ROLE_NOUN.test(ctx.lower[h]) || ctx.mentions[ctx.mentionAt[h]]?.entity.type === 'PER')) {
            k = g;
            break;
          }
        }
      }
      continue;
    }
    if (ctx.isQuote(k)) {
      k++;
      continue;
    }
    const np = ctx.npAt(k, to);
    if (!np) {
      k++;
      continue;
    }
    if (np.pronoun && (lw === 'es' || lw === 'ihr')) {
      k = np.end;
      continue;
    }
    if (np.dative) {
      if (np.mention && !att.addressee) att.addressee = np.mention.entity;
      k = np.end;
      // "dem „Standard“"
      while (k < to && ctx.isQuote(k)) k++;
      continue;
    }
    // dative after the subject: "sagte er dem Standard" / "sagte sie der APA"
    let m = np.end;
    while (m < to && ADVERBS.has(ctx.lower[m])) m++;
    if (m < to && (ctx.lower[m] === 'dem' || ctx.lower[m] === 'der' || ctx.lower[m] === 'gegenüber')) {
      const d = ctx.npAt(ctx.lower[m] === 'gegenüber' ? m + 1 : m, to);
      if (d && d.mention && !att.addressee) att.addressee = d.mention.entity;
    }
    return titleChain(ex, np);
  }
  return null;
}


/** "als" at k compares ("mehr als", "als wäre"): no predicative role phrase. */
export function isComparison(ex: Extractor, k: number): boolean {
  const ctx = ex.ctx;
  const prev = ctx.lower[k - 1] ?? '';
  return /^(?:mehr|weniger|eher|lieber|besser|größer|kleiner|anders|so|ebenso|genauso)$/.test(prev) || /er$/.test(prev) && ctx.isAdj(k - 1) || SUBJUNCTIVE_ALL.has(ctx.lower[k + 1]);
}


/**
 * The head of an extended attribute after "der von X": the participle ("verteidigte", "vertretene") and
 * the noun after it, skipping an inserted dash or parenthesis ("von X – der auch … ist – verteidigte").
 */
function participleHead(ex: Extractor, from: number, to: number): NP | null {
  const ctx = ex.ctx;
  let inserted: string | null = null;
  for (let k = from; k < Math.min(to, from + 30); k++) {
    const w = ctx.words[k];
    if (inserted) {
      if ((inserted === '(' && w === ')') || (inserted !== '(' && w === inserted)) inserted = null;
      continue;
    }
    if (w === '(' || w === '–' || w === '—') {
      inserted = w;
      continue;
    }
    if (CLAUSE_PUNCT.has(w) || ex.inQuote[k]) return null;
    if (!ctx.isCap(k) && /(?:te|ten|ene|enen)$/.test(ctx.lower[k]) && k + 1 < to && (ctx.isCap(k + 1) || /^\d/.test(ctx.words[k + 1]))) {
      const np = ctx.npAt(k + 1, to) ?? ctx.npAt(k, to);
      if (!np || np.pronoun) return null;
      return { start: k, end: np.end, mention: np.mention, pronoun: false, dative: false };
    }
  }
  return null;
}


/**
 * A survey share as subject ("15 Prozent", "die Hälfte der Befragten", "ein Viertel"): the respondent noun
 * in its genitive/"von" attribute, else the last one up to three sentences before; null otherwise.
 */
export function proportionGroup(ex: Extractor, np: NP): NP | null {
  const ctx = ex.ctx;
  let share = false;
  for (let k = np.start; k < np.end; k++) if (SHARE_NOUN.test(ctx.lower[k]) && ctx.isCap(k)) share = true;
  if (!share) return null;
  const respondent = (k: number): boolean => ctx.isCap(k) && RESPONDENT_NOUN.test(ctx.lower[k]);
  // the attribute: "der Befragten", "von drei Befragten" (inside the phrase or right after it)
  for (let k = np.start; k < Math.min(ctx.n, np.end + 4); k++) {
    if (k >= np.end && (ctx.isPunct(k) || !/^(?:der|von|aller|\d+|zwei|drei|vier|fünf|zehn)$/.test(ctx.lower[k]) && !respondent(k))) break;
    if (respondent(k)) return { start: k, end: k + 1, mention: null, pronoun: false, dative: false };
  }
  const s = ctx.toks[np.start].sentence;
  const from = ctx.sentStart[Math.max(0, s - 3)];
  for (let k = np.start - 1; k >= from; k--) {
    if (respondent(k) && !ex.inQuote[k]) return { start: k, end: k + 1, mention: null, pronoun: false, dative: false };
  }
  return null;
}


/**
 * An earlier speaker introduced with an indefinite role phrase and no name ("Ein Sprecher der zuständigen
 * Landesrätin Martina X") that a definite role with a genitive ("der Sprecher der Landesrätin") takes up: the same
 * head noun, and the genitive's head noun inside the earlier phrase.
 */
export function unnamedIntroduction(ex: Extractor, np: NP): Attribution | null {
  const ctx = ex.ctx;
  if (ctx.lower[np.start] !== 'der') return null;
  const k = np.start + 1;
  if (!ctx.isCap(k) || !ROLE_NOUN.test(ctx.lower[k])) return null;
  // the genitive: inside the phrase or right after it ("der Sprecher | der Landesrätin")
  const d = k + 1;
  if (ctx.lower[d] !== 'des' && ctx.lower[d] !== 'der') return null;
  let g = d + 1;
  while (g < ctx.n && g < d + 4 && !ctx.isCap(g) && ctx.isAdj(g)) g++;
  if (g >= ctx.n || !ctx.isCap(g) || ctx.isPunct(g)) return null;
  const head = ctx.words[k];
  const gen = ctx.words[g];
  const out = ex.outAtts;
  for (let o = out.length - 1; o >= 0 && o >= out.length - 40; o--) {
    const x = out[o];
    const src = x.source;
    if (!src || src.pronoun || x.speakerEntity || !x.speakerName || src.end > np.start || !INDEF_ARTICLES.has(ctx.lower[src.start])) continue;
    let h = src.start + 1;
    while (h < src.end - 1 && ctx.isAdj(h)) h++;
    if (ctx.words[h] !== head) continue;
    for (let m = h + 1; m < src.end; m++) if (ctx.words[m] === gen) return x;
  }
  return null;
}


/** A person mention whose words are no part of the person's name (a role description linked by the entities stage). */
export function descriptionOnly(ex: Extractor, m: MentionRef): boolean {
  const ctx = ex.ctx;
  const name = new Set(m.entity.name.toLowerCase().split(/[\s-]+/));
  for (let k = m.start; k < m.end; k++) {
    for (const part of ctx.lower[k].split('-')) if (name.has(part)) return false;
  }
  return true;
}


/** Is the finite verb of the cue at token `at` plural ("sagten", "haben … gesagt", "kritisieren")? */
export function pluralVerbAt(ex: Extractor, at: number): boolean {
  const ctx = ex.ctx;
  if (at < 0 || at >= ctx.n) return false;
  const w = ctx.lower[at];
  if (w.charCodeAt(w.length - 1) === 116 /* t */ && (w.startsWith('ge') || w.endsWith('iert'))) {
    // a participle: the auxiliary before it in the clause
    for (let k = at - 1; k >= Math.max(0, at - 10) && !ctx.isPunct(k); k--) {
      const x = ctx.lower[k];
      if (x === 'haben' || x === 'hatten' || x === 'hätten' || x === 'sind' || x === 'waren' || x === 'wären') return true;
      if (AUXILIARIES.has(x)) return false;
    }
    return false;
  }
  return w.endsWith('en') && !ctx.isCap(at);
}


/**
 * A person mention in the Saxon genitive ("Badawis") followed, within the phrase, by a capitalised role
 * or kinship noun: the person named right after that noun, or the person named with it before.
 */
export function saxonGenitiveHead(ex: Extractor, np: NP): MentionRef | null {
  const ctx = ex.ctx;
  let m: { entity: MentionRef['entity'] | null; start: number; end: number } | null = np.mention;
  if (!m && ctx.isCap(np.start) && /s$/.test(ctx.words[np.start]) && np.end - np.start >= 2) {
    // the genitive of a person named before that the NER did not tag here
    const stem = ctx.words[np.start].slice(0, -1);
    const sent = ctx.toks[np.start].sentence;
    const [from, to] = mentionRange(ex, sent - 30, sent);
    for (let mi = from; mi < to && !m; mi++) {
      const x = ctx.mentions[mi];
      if (x.entity.type === 'PER' && x.start < np.start && x.entity.name.split(/\s+/).includes(stem)) m = { entity: x.entity, start: np.start, end: np.start + 1 };
    }
  }
  if (!m || !m.entity || m.entity.type !== 'PER' || m.start !== np.start) return null;
  const w = ctx.words[m.end - 1];
  if (!/s$/.test(w) || m.entity.name.endsWith(w) || ctx.isPunct(m.end)) return null;
  const sEnd = ctx.sentEnd[ctx.toks[m.start].sentence];
  let h = m.end;
  // adjectives, participles and short prepositional phrases before the head ("nach Kanada geflüchtete")
  while (h < sEnd && h - m.end < 6 && !ctx.isPunct(h) && (!ctx.isCap(h) || PREPOSITIONS.has(ctx.lower[h - 1]) || (ctx.mentionAt[h] >= 0 && ctx.mentions[ctx.mentionAt[h]].entity.type === 'LOC'))) h++;
  if (h >= sEnd || h - m.end >= 6 || !ctx.isCap(h) || ctx.mentionAt[h] >= 0) return null;
  const head = ctx.words[h];
  if (!ROLE_NOUN.test(head.toLowerCase()) && !FEMALE_TITLES.test(head) && !MALE_TITLES.has(head)) return null;
  const next = ctx.mentionAt[h + 1];
  if (next >= 0 && ctx.mentions[next].entity.type === 'PER' && ctx.mentions[next].start === h + 1) return ctx.mentions[next];
  // "…, sagte Xs früherer Chef, Kammerpräsident Y, …": a named apposition after the head is the person meant
  if (ex.mode === 'news' && ctx.words[h + 1] === ',') {
    let k = h + 2;
    while (k < sEnd && k - h <= 5 && ctx.mentionAt[k] < 0 && (ARTICLES.has(ctx.lower[k]) || ctx.isAdj(k) || (ctx.isCap(k) && ROLE_NOUN.test(ctx.lower[k])))) k++;
    const ap = ctx.mentionAt[k];
    if (ap >= 0 && ctx.mentions[ap].start === k && ctx.mentions[ap].entity.type === 'PER' && ctx.mentions[ap].entity !== m.entity) {
      const end = ctx.mentions[ap].end;
      if (end >= sEnd || ctx.words[end] === ',' || END_PUNCT.has(ctx.words[end])) return ctx.mentions[ap];
    }
  }
  const titled = titledPerson(ex, head, m.start);
  return titled && titled.entity !== m.entity && titled.start < m.start ? titled : null;
}


/**
 * A definite role description without a name ("der SPD-Politiker", "die Ministerin", "Expertin:")
 * refers to a person named nearby: the nearest compatible one before (salience: the last speaker
 * first), or, in a teaser, the first one named in the next sentences.
 */
export function resolveDescription(ex: Extractor, np: NP): MentionRef | null {
  const ctx = ex.ctx;
  let k = np.start;
  let end = np.end;
  if (ctx.words[end - 1] === ')') {
    while (end > k && ctx.words[end - 1] !== '(') end--;
    end--;
  }
  const art = ctx.lower[k];
  // "Brasiliens Teamkicker", "Österreichs Kanzler": a place in the Saxon genitive works like an article
  const saxon = end - k === 2 && ctx.isCap(k) && /s$/.test(ctx.words[k]) && ctx.mentions[ctx.mentionAt[k]]?.entity.type === 'LOC' && ROLE_NOUN.test(ctx.lower[k + 1]);
  if (saxon) k++;
  // "unser Außenminister" (the reporter's country) is as definite as "der Außenminister"
  else if (art === 'der' || art === 'die' || art === 'dem' || art === 'den' || art === 'das' || art === 'unser' || art === 'unsere' || art === 'unserem' || art === 'unseren') k++;
  else if (ARTICLES.has(art)) return null; // indefinite ("ein Sprecher") or possessive: not a named person
  // "der von X verteidigte 31-Jährige": the agent phrase of a participle attribute is skipped
  if (ex.mode === 'news' && k > np.start && (ctx.lower[k] === 'von' || ctx.lower[k] === 'vom')) {
    const head = participleHead(ex, k + 1, end);
    if (head) k = head.start + 1;
  }
  // "die auf Muscheln spezialisierte Forscherin": a PP inside a participle attribute is skipped up to its adjective
  if (ex.mode === 'news' && k > np.start && PREPOSITIONS.has(ctx.lower[k]) && !ctx.isCap(k) && ctx.lower[k] !== 'von' && ctx.lower[k] !== 'vom') {
    let m = k + 1;
    while (m < end - 1 && m - k <= 5 && !(ctx.isAdj(m) && ctx.isNominal(m - 1))) m++;
    if (m < end - 1 && m - k <= 5 && ctx.isAdj(m) && ctx.isNominal(m - 1)) k = m;
  }
  while (k < end && ctx.isAdj(k)) k++;
  if (k + 2 < end && /^\d+$/.test(ctx.words[k]) && ctx.words[k + 1] === '-') k += 2;
  // "der 35-jährige Routinier": the age is an adjective before the head
  if (k + 1 < end && /^jährige[nr]?$/.test(ctx.lower[k])) k++;
  while (k < end - 1 && ctx.isAdj(k)) k++;
  // "der heutige Präsident der EU-Kommission": a role noun with a genitive organisation
  const genitive =
    k < end - 1 &&
    (ctx.lower[k + 1] === 'des' || ctx.lower[k + 1] === 'der' || (/er$/.test(ctx.lower[k + 1]) && ctx.isAdj(k + 1) && ctx.isCap(k + 2))) &&
    ctx.isCap(k) &&
    ROLE_NOUN.test(ctx.lower[k]) &&
    (art === 'der' || art === 'die');
  // "der gebürtige St. Pöltner", "die Sankt Galler Ärztin": a place-name prefix belongs to the demonym head
  if (ex.mode === 'news' && k < end - 1 && /^(?:St\.?|Sankt|Bad)$/.test(ctx.words[k])) {
    let h = k + 1;
    if (ctx.words[h] === '.') h++;
    if (h === end - 1 && ctx.isCap(h)) k = h;
  }
  if (k !== end - 1 && !genitive) return null; // one head noun, no name attached
  const head = ctx.words[k];
  const last = head.slice(head.lastIndexOf('-') + 1);
  // "der öffentlich-rechtliche Sender", "der Autobauer": an organisation described by what it does
  if (ORG_AGENT.test(head.toLowerCase()) && (art === 'der' || art === 'die' || art === 'das' || saxon)) return recentOrganisation(ex, np);
  // "der Bischof" ↔ "Bischof Ägidius Zsifkovics", "der Premier" ↔ "Premier Matteo Renzi": a title used with a name
  const titled = titledPerson(ex, head, np.start);
  // "der 35-jährige Routinier" four sentences after "Routinier Klaus Kröll" more likely means the person in focus
  // a title named only later ("dem Spanier Feliciano Lopez" after "wehrte sich der Spanier") counts in a teaser,
  // else only when nobody fits before (scored below)
  const teaser = ctx.toks[np.start].sentence <= 1;
  if (titled && ((titled.start > np.start && teaser) || (titled.start < np.start && ctx.toks[titled.start].sentence >= ctx.toks[np.start].sentence - 2) || titled.entity === ex.lastSpeaker?.att.speakerEntity)) return titled;
  // "die Sprecherin der EU-Außenbeauftragten Federica Mogherini": a role of a person named in the genitive is
  // somebody without a name here, not another person named nearby
  // ("sagte der SPD-Politiker der Zeitung Welt am Sonntag" is a dative medium, not a genitive)
  if (ex.mode === 'news' && genitive && np.mention?.entity.type === 'PER' && np.mention.start > k + 2 && ctx.isCap(np.mention.start - 1) && np.mention.end <= end && !MEDIUM_NOUN.test(ctx.lower[np.mention.start - 1]) && !MEDIUM_NOUN.test(ctx.lower[np.mention.start])) return null;
  // "der Däne" (linked to the country by the entities stage): a person of that nationality
  const demonym = np.mention?.entity.type === 'LOC' && (art === 'der' || art === 'die') && np.mention.start === k && np.mention.end === k + 1 && head !== np.mention.entity.name;
  if ((!ROLE_NOUN.test(last.toLowerCase()) && !demonym) || !UPPER_START.test(last) || THING_NOUN.test(last.toLowerCase())) return null;
  // without an article only a compound ("SPD-Politiker") or a known female role noun ("Expertin")
  if (k === np.start && !head.includes('-') && !FEMALE_ROLE.test(head) && ctx.toks[np.start].sentence !== 0) return null;
  void saxon;
  const female = /in$/.test(last) && !/(?:ein|Rabbin)$/.test(last);
  if ((art === 'die' || art === 'unsere') && !female) return null; // "die Regierung", plural
  const want = female ? 'f' : art === 'der' || art === 'unser' ? 'm' : null;
  const sent = ctx.toks[np.start].sentence;
  const lastSpeaker = ex.lastSpeaker?.att.speakerEntity ?? null;
  let best: MentionRef | null = null;
  let bestScore = -Infinity;
  // only mentions from 15 sentences before to 3 after can score (see the window tests below)
  const [from, to] = mentionRange(ex, sent - 15, sent + 3);
  for (let mi = from; mi < to; mi++) {
    const m = ctx.mentions[mi];
    if (m.entity.type !== 'PER') continue;
    const ms = ctx.toks[m.start].sentence;
    const g = ctx.genderOf(m.entity);
    if (want && g && g !== want) continue;
    let score: number;
    if (m.start >= np.start && m.end <= np.end) continue;
    if (m.end <= np.start) {
      // the current speaker stays salient over a longer stretch ("unser Außenminister" in a portrait)
      if (sent - ms > (m.entity === lastSpeaker ? 15 : 6)) continue;
      score = -(sent - ms) - (np.start - m.end) / 200;
    } else {
      if (ms - sent > 3 || m.start < np.end) continue;
      score = -4 - (ms - sent);
    }
    // an unknown-gender single mention that is not the last speaker is too weak (often an NER error)
    if (!g && m.entity.mentions.length < 2 && m.entity !== lastSpeaker) continue;
    if (m.entity === lastSpeaker) score += 1.5;
    if (!g) score -= 1.5;
    score += Math.min(3, m.entity.mentions.length) * 0.3;
    // the subject that opens its sentence is in focus ("Reichelt, der …, zog eine Bilanz." vs "hinter Svindal")
    if (m.end <= np.start && (m.start - ctx.sentStart[ms] <= 2 || (m.start > 0 && ctx.words[m.start - 1] === '–' && m.start - ctx.sentStart[ms] <= 3))) score += 1.5;
    if (score > bestScore) {
      bestScore = score;
      best = m;
    }
  }
  // "zur Festnahme eines Aktivisten. … erklärte der Italiener": a person introduced without a name (an indefinite
  // noun phrase) after the last person of that gender named before is whom a definite description means
  // (without a named candidate the answer is null anyway: no scan)
  if (ex.mode === 'news' && best && !titled && !genitive && (art === 'der' || art === 'die')) {
    const indef = indefinitePerson(ex, np.start, sent, want, /jährig/.test(last.toLowerCase()), parseTitle(head)?.key ?? null);
    if (indef >= 0 && (!best || best.end <= indef || best.start > np.start)) {
      ex.unnamedDescription = np.start;
      return null;
    }
  }
  return best ?? titled;
}


/**
 * Token of the head of the latest indefinite person noun phrase ("eines Aktivisten", "eine 35-jährige Frau",
 * "ein Passant") in the four sentences before `at` whose gender fits `want`, or -1.
 */
function indefinitePerson(ex: Extractor, at: number, sent: number, want: 'f' | 'm' | null, age: boolean, title: string | null): number {
  const ctx = ex.ctx;
  const floor = ctx.sentStart[Math.max(0, sent - 4)];
  for (let k = at - 2; k >= floor && k >= 0; k--) {
    const art = ctx.lower[k];
    if (!INDEF_ARTICLES.has(art) || ex.inQuote[k]) continue;
    let h = k + 1;
    let hasAge = false;
    while (h < at && h - k < 6) {
      if (/^\d+$/.test(ctx.words[h]) && ctx.words[h + 1] === '-') {
        hasAge ||= /^jährig/.test(ctx.lower[h + 2] ?? '');
        h += 2;
        if (ctx.isCap(h)) break;
        h++;
        continue;
      }
      if (!ctx.isAdj(h) || ctx.isCap(h)) break;
      h++;
    }
    if (h >= at || !ctx.isCap(h) || ctx.mentionAt[h] >= 0 || age !== hasAge && age) continue;
    const head = ctx.words[h];
    // (an -er noun only as a role title or a demonym: "Fehler", "Polster", "Zeitalter" are no persons)
    const person = GENERIC_PERSON.test(head) || !!parseTitle(head) || (!!personNounKey(head) && (!/er[sn]?$/.test(head) || /(?:aner|iener|länder)[sn]?$/.test(head)));
    if (!person || THING_NOUN.test(head.toLowerCase()) || ORG_AGENT.test(head.toLowerCase())) continue;
    // a predicate ("ich bin ein fairer Spieler", "ein Kurde war es") introduces nobody; nor does a statement
    if (k > 0 && PREDICATIVE_BEFORE.has(ctx.lower[k - 1])) continue;
    if (ctx.lower[h + 1] === 'war' || ctx.lower[h + 1] === 'ist') continue;
    let firstPerson = false;
    const hs = ctx.toks[h].sentence;
    for (let m = ctx.sentStart[hs]; m < ctx.sentEnd[hs] && !firstPerson; m++) firstPerson = FIRST_PERSON.has(ctx.lower[m]) && !ctx.isCap(m);
    if (firstPerson) continue;
    const hc = ctx.toks[h].start;
    let said = false;
    for (const o of ex.outAtts) if (o.kind !== 'fragment' && o.content && o.content[0] <= hc && o.content[1] > hc) said = true;
    if (said) continue;
    // an office ("der Premier", "der Wirtschaftskammerpräsident") means an office holder named before, unless
    // the indefinite phrase had that office ("ein Sprecher der Präfektur … der Sprecher")
    const ik = parseTitle(head)?.key;
    if (title && !(ik && (title.endsWith(ik) || ik.endsWith(title)))) continue;
    const female = FEMALE_ROLE.test(head.toLowerCase()) || /^(?:Frau|Zeugin|Passantin|Polizistin|Jährige)$/.test(head) && art !== 'ein' && art !== 'eines' && art !== 'einem' && art !== 'einen';
    const g = female ? 'f' : art === 'eine' ? null : art === 'einer' && !/(?:er|ist|ant|ent|at)$/.test(head) ? null : 'm';
    if (want && g && g !== want) continue;
    if (want && !g) continue;
    return h;
  }
  return -1;
}


/** The nearest organisation named before `np` (the last speaker first), within six sentences. */
function recentOrganisation(ex: Extractor, np: NP): MentionRef | null {
  const ctx = ex.ctx;
  const sent = ctx.toks[np.start].sentence;
  const lastSpeaker = ex.lastSpeaker?.att.speakerEntity ?? null;
  const [from, to] = mentionRange(ex, sent - 6, sent);
  if (lastSpeaker?.type === 'ORG' && ex.lastSpeaker && sent - ex.lastSpeaker.sentence <= 6) {
    for (let mi = to - 1; mi >= from; mi--) if (ctx.mentions[mi].entity === lastSpeaker && ctx.mentions[mi].start < np.start) return ctx.mentions[mi];
  }
  for (let mi = to - 1; mi >= from; mi--) {
    const m = ctx.mentions[mi];
    if (m.entity.type === 'ORG' && m.end <= np.start) return m;
  }
  return null;
}


/** The person whose mention is directly preceded by `title` (nearest before `at`, else the first after). */
function titledPerson(ex: Extractor, title: string, at: number): MentionRef | null {
  const ctx = ex.ctx;
  if (!ex.byTitleWord) {
    // person mentions by the word right before them, in text order (built once per document)
    ex.byTitleWord = new Map();
    for (const m of ctx.mentions) {
      if (m.entity.type !== 'PER' || m.start === 0) continue;
      const t = ctx.words[m.start - 1];
      const list = ex.byTitleWord.get(t);
      if (list) list.push(m);
      else ex.byTitleWord.set(t, [m]);
    }
  }
  let before: MentionRef | null = null;
  let after: MentionRef | null = null;
  for (const m of ex.byTitleWord.get(title) ?? []) {
    if (m.start < at) before = m;
    else if (!after) after = m;
  }
  return before ?? after;
}


/** Indices [from, to) of the mentions (sorted by start) whose sentence lies in [first, last]. */
export function mentionRange(ex: Extractor, first: number, last: number): [number, number] {
  const from = ex.mentionFrom ?? buildMentionFrom(ex);
  const ns = from.length - 1;
  return [from[Math.max(0, Math.min(ns, first))], from[Math.max(0, Math.min(ns, last + 1))]];
}


function buildMentionFrom(ex: Extractor): Int32Array {
  const ctx = ex.ctx;
  const ns = ctx.doc.sentences.length;
  const from = new Int32Array(ns + 1).fill(ctx.mentions.length);
  // mentions are in text order: walk them once, filling each sentence up to the mention's own
  let s = 0;
  for (let k = 0; k < ctx.mentions.length; k++) {
    const ms = ctx.toks[ctx.mentions[k].start].sentence;
    while (s <= ms && s <= ns) from[s++] = k;
  }
  ex.mentionFrom = from;
  return from;
}


/** "erinnert sich dieser": the last role-noun phrase in the previous sentence ("einen weiteren Beamten der Polizei"). */
export function demonstrativeAntecedent(ex: Extractor, i: number): NP | null {
  const ctx = ex.ctx;
  const s = ctx.toks[i].sentence;
  // "Das ist die Rechtsansicht der Bezirkshauptmannschaft Gmünd: Am 1. Juli kam diese zu dem Erkenntnis, …": a
  // feminine office or organisation before a colon in the same sentence
  if (ex.mode === 'news' && ctx.lower[i] === 'diese') {
    let colon = -1;
    for (let k = i - 1; k > ctx.sentStart[s] && colon < 0; k--) if (ctx.words[k] === ':') colon = k;
    let near: NP | null = null;
    for (let h = ctx.sentStart[s] + 1; h < colon; h++) {
      if (!ctx.isCap(h) || !(INSTITUTION.test(ctx.lower[h]) || /(?:hauptmannschaft|kasse)$/.test(ctx.lower[h]) || ctx.mentions[ctx.mentionAt[h]]?.entity.type === 'ORG') || !FEMININE_BODY.test(ctx.lower[h])) continue;
      near = ctx.npAt(ARTICLES.has(ctx.lower[h - 1]) ? h - 1 : h, colon) ?? near;
    }
    if (near) return near;
  }
  if (s === 0) return null;
  const a = ctx.sentStart[s - 1];
  const b = ctx.sentEnd[s - 1];
  let best: NP | null = null;
  for (let k = a; k < b; k++) {
    const np = ctx.npAt(k, b);
    if (!np) continue;
    let h = np.start;
    while (h < np.end && !ctx.isCap(h)) h++;
    if (h < np.end && ROLE_NOUN.test(ctx.lower[h]) && h !== a) best = np;
    k = np.end - 1;
  }
  return best;
}


/**
 * The subject of the main clause that "und" at u coordinates: the inverted subject after the finite verb of a
 * clause opened by adverbs or a PP ("Schließlich hielt der Täter … an und …"), or null.
 */
function firstConjunctSubject(ex: Extractor, u: number): NP | null {
  const ctx = ex.ctx;
  const s0 = ctx.sentStart[ctx.toks[u].sentence];
  // ", und <verb>" after a content clause goes back to the main clause opened by its subject ("Die Botschafterin
  // hofft, dass …, und verweist auf …")
  if (u > s0 + 2 && ctx.words[u - 1] === ',') {
    const np0 = ctx.npAt(s0, u);
    if (np0 && !np0.dative && !np0.pronoun && np0.end < u && !ctx.isCap(np0.end) && !ctx.isPunct(np0.end) && (np0.mention?.entity.type === 'PER' || plausibleSpeaker(ex, np0))) {
      let dass = false;
      for (let k = np0.end; k < u && !dass; k++) dass = ctx.words[k] === ',' && (ctx.lower[k + 1] === 'dass' || ctx.lower[k + 1] === 'daß' || ctx.lower[k + 1] === 'ob');
      if (dass) return np0;
    }
    return null;
  }
  for (let k = s0; k < u; k++) if (ctx.isPunct(k) || ctx.isQuote(k) || SUBORDINATORS.has(ctx.lower[k])) return null;
  let v = s0;
  while (v < u && ADVERBS.has(ctx.lower[v]) && !ctx.capName(v)) v++;
  if (v === s0 || v >= u || ctx.isCap(v) || ARTICLES.has(ctx.lower[v]) || PREPOSITIONS.has(ctx.lower[v]) || PRONOUNS.has(ctx.lower[v])) return null;
  const np = ctx.npAt(v + 1, u);
  if (!np || np.dative || np.pronoun && ctx.lower[np.start] === 'es') return null;
  if (!(np.mention?.entity.type === 'PER' || plausibleSpeaker(ex, np))) return null;
  return np;
}


/**
 * An unnamed person introduced with an indefinite article of the pronoun's gender after token `after` and before
 * `before`, in the pronoun's sentence or the one before ("… sprachen wir mit einem hochrangigen Politiker. Er lobte
 * …"): the pronoun's nearest antecedent, which has no entity.
 */
function indefinitePersonBetween(ex: Extractor, after: number, before: number, gender: 'm' | 'f'): boolean {
  const ctx = ex.ctx;
  const s = ctx.toks[before].sentence;
  const a = Math.max(after, s > 0 && ctx.sentStart[s - 1] >= 0 ? ctx.sentStart[s - 1] : ctx.sentStart[s]);
  for (let k = a; k < before; k++) {
    const lw = ctx.lower[k];
    if (!(gender === 'm' ? /^(?:ein|einen|einem)$/ : /^(?:eine|einer)$/).test(lw)) continue;
    // (a generic "für einen Nichtwiener", "als ein Experte", an apposition ", ein Journalist,", a predicate "ist ein
    // Publikumsliebling" and a genitive
    // "der eines Dirigenten" are nobody in particular)
    if (k > 0 && (/^(?:für|als|wie|pro|der|die|das|\(|,)$/.test(ctx.lower[k - 1]) || COPULA.has(ctx.lower[k - 1]) || COPULA.has(ctx.lower[k - 2] ?? ''))) continue;
    let h = k + 1;
    while (h < before && !ctx.isCap(h) && ctx.isAdj(h) && h - k < 4) h++;
    if (h >= before || !ctx.isCap(h) || ctx.mentionAt[h] >= 0 || !ROLE_NOUN.test(ctx.lower[h]) || TEMPORAL.test(ctx.lower[h]) || (gender === 'm') === /in$/.test(ctx.lower[h])) continue;
    // (not "ein Sprecher von X" / "ein Politiker namens X": the name follows)
    if (h + 1 < before && (ctx.mentionAt[h + 1] >= 0 || (ctx.mentionAt[h + 2] >= 0 && /^(?:von|namens|der|des)$/.test(ctx.lower[h + 1])))) continue;
    return true;
  }
  return false;
}


/** No clause boundary (punctuation, a subordinator or a coordinating conjunction) between tokens from and to. */
function sameClause(ex: Extractor, from: number, to: number): boolean {
  const ctx = ex.ctx;
  for (let k = from; k < to; k++) if (ctx.isPunct(k) || SUBORDINATORS.has(ctx.lower[k]) || CONJ.has(ctx.lower[k]) || RELATIVE.has(ctx.lower[k]) || ctx.isQuote(k)) return false;
  return true;
}


/** Nearest compatible antecedent of a 3rd-person pronoun (gender, number, salience). */
export function resolvePronoun(ex: Extractor, np: NP, at: number): MentionRef | null {
  const ctx = ex.ctx;
  const raw = ctx.lower[np.start];
  const pw = POSSESSIVE.has(raw) ? (raw.startsWith('sein') ? 'er' : raw.startsWith('ihr') ? 'sie' : raw) : raw;
  const info = PRONOUNS.get(pw);
  if (!info || info.person !== 3 || pw === 'man' || pw === 'es') return null;
  // number from the verb: "sagten sie" / "sie sagten" → plural
  let plural = info.plural ?? false;
  if (pw === 'sie') {
    const verbs = [ctx.lower[np.start - 1], ctx.lower[np.start + 1]];
    if (verbs.some((v) => v && reportingForm(v) && /(?:en|ten)$/.test(v))) plural = true;
    if (ctx.words[np.start] === 'Sie' && np.start !== ctx.sentStart[ctx.toks[np.start].sentence]) plural = true;
  }
  const wantGender = pw === 'er' || pw === 'he' ? 'm' : pw === 'sie' || pw === 'she' ? 'f' : null;
  const sent = ctx.toks[np.start].sentence;
  const last = ex.lastSpeaker?.att.speakerEntity ?? null;
  const lastContent = ex.lastSpeaker?.att.content ?? null;
  let best: MentionRef | null = null;
  let bestScore = -Infinity;
  for (let idx = ctx.mentions.length - 1; idx >= 0; idx--) {
    const m = ctx.mentions[idx];
    if (m.start >= np.start && !(m.start > at && false)) continue;
    const ms = ctx.toks[m.start].sentence;
    if (sent - ms > 6) break;
    // a personal pronoun is never bound by a person in its own clause ("Schäuble warf er vor, …": the object in
    // the Vorfeld is someone else); a possessive may be ("X lobte seine Partei")
    if (ex.mode === 'news' && ms === sent && raw === pw && sameClause(ex, m.end, np.start)) continue;
    const e = m.entity;
    let score = -(np.start - m.end) / 40 - (sent - ms);
    if (plural) {
      if (e.type === 'PER') continue;
      if (e.type === 'ORG') score += 1;
      else if (e.type !== 'LOC') continue;
    } else {
      if (e.type !== 'PER') continue;
      const g = ctx.genderOf(e);
      if (wantGender && g && g !== wantGender) continue;
      if (!g) score -= 1.5;
      // a name of unknown gender (often a thing the NER took for a person: "auf Sky Atlantic HD") yields to the
      // last speaker when that one is known to be of the pronoun's gender
    }
    if (last && e === last) score += 1.5;
    // a person the last speaker talked about, named only inside that statement ("Die Sonne werde mit Jesus
    // identifiziert. …, warnte er."), is less likely the pronoun than the speaker
    else if (last && lastContent && ex.mode === 'news' && ctx.toks[m.start].start >= lastContent[0] && ctx.toks[m.end - 1].end <= lastContent[1]) score -= 1;
    // "…, kam Ablehnung von X: Wir lehnen das ab, sagte er" — the person who introduces the colon speaks
    if (ms === sent && ex.mode === 'news' && ctx.words[m.end] === ':' && m.end < np.start) score += 3;
    if (score > bestScore) {
      bestScore = score;
      best = m;
    }
  }
  // an unnamed person introduced after the best name is the antecedent ("Er lobte …" after "mit einem Politiker")
  if (best && !plural && wantGender && ex.mode === 'news' && (raw === 'er' || raw === 'sie') && indefinitePersonBetween(ex, best.end, np.start, wantGender)) return null;
  // "…, sagt Robin Wright. … Freitags läuft eine Folge auf Sky Atlantic HD. Wir waren …, sagt sie.": a name only in a
  // prepositional phrase, of someone who has not spoken, yields to the last speaker of the pronoun's gender nearby
  if (best && last && best.entity !== last && ex.mode === 'news' && !plural && wantGender && ctx.genderOf(last) === wantGender && ex.lastSpeaker && sent - ex.lastSpeaker.sentence <= 3 && best.start > 0 && PREPOSITIONS.has(ctx.lower[best.start - 1]) && !ctx.isCap(best.start - 1) && !ex.recentSpeakers.some((r) => r.entity === best!.entity)) {
    for (let idx = ctx.mentions.length - 1; idx >= 0; idx--) {
      const m = ctx.mentions[idx];
      if (m.entity === last && m.end <= np.start) return m;
    }
  }
  // nobody of that gender named in reach: the latest person of that gender who spoke in the last eight
  // sentences, named further back ("Die 42-Jährige erzählt … Sie sei … Dahinter entdeckte sie …, bat sie …")
  if (!best && !plural && wantGender && ex.mode === 'news') {
    for (let r = ex.recentSpeakers.length - 1; r >= 0; r--) {
      const { entity, sentence } = ex.recentSpeakers[r];
      if (sentence > sent || sent - sentence > 8) continue;
      const g = ctx.genderOf(entity);
      if (g && g !== wantGender) continue;
      for (let idx = ctx.mentions.length - 1; idx >= 0; idx--) {
        const m = ctx.mentions[idx];
        if (m.entity === entity && m.end <= np.start) return m;
      }
      break;
    }
  }
  return best;
}
