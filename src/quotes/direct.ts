// Direct quotes in quote marks: attribution of each marked span (post-posed, colon, inserted and preceding cues, continuation); separate as the rule set for marked speech.
import type { Attribution, Extractor } from './extract.ts';
import { cueAt, cueSpan, frameVerb, subordinateCue } from './cues.ts';
import { firstSubject, subjectAfter, subjectOf } from './speakers.ts';
import { heisstEsSource, setSource } from './sources.ts';
import { copySpeaker, namesEntity, plausibleSpeaker, soBeforeColon } from './indirect.ts';
import { BOUNDARY, CONJ, END_PUNCT, LOWER_START, POSSESSIVE, RELATIVE, RELEASE_NOUNS, ROLE_NOUN, SPEECH_NOUNS } from './shared.ts';
import { ADVERBS, ARTICLES, PREPOSITIONS, SUBJUNCTIVE_ALL, SUBORDINATORS } from './lexicon.ts';
import type { NP } from './context.ts';
import { introducedSpeaker } from './frames.ts';

export function attributeDirect(
  ex: Extractor,
  open: number,
  close: number,
  att: Attribution,
  prev: { open: number; close: number; att: Attribution } | null,
): void {
  const ctx = ex.ctx;
  const s = ctx.sentenceOf(open);
  const sEnd = ctx.sentEnd[ctx.sentenceOf(close)];
  const sStart = ctx.sentStart[s];
  const inner = close - open - 1;
  const content = att.content!;
  const innerText = ctx.text.slice(content[0], content[1]);
  const endsWithPunct = /[.!?…,:;]\s*$/.test(innerText);
  // where the opener stands: at the start of a sentence / after a colon or dash / mid-clause
  const before = open - 1;
  const atStart = open === sStart || (before >= 0 && (ctx.words[before] === ':' || ctx.words[before] === '–' || ctx.words[before] === '—'));
  // 1. post-posed cue: „…“, sagte X / „…?“ fragte X / „…“, so X
  let j = close + 1;
  if (j < ctx.n && (ctx.words[j] === ',' || ctx.words[j] === '–')) j++;
  const sentJ = j < ctx.n ? ctx.sentenceOf(j) : -1;
  const sameSentence = sentJ === ctx.sentenceOf(close) || (j < ctx.n && ctx.words[j - 1] === ',');
  if (j < ctx.n && sameSentence && !ex.inQuote[j]) {
    const limit = ctx.sentEnd[sentJ];
    const cue = cueAt(ex, j, limit);
    if (cue) {
      ex.usedCue[j] = 1;
      att.cue = cueSpan(ex, cue);
      att.cueTok = cue;
      let np = subjectAfter(ex, cue[1], limit, att);
      // "„…“, hieß es am Freitag" / "„…“, heißt es in der ÖVP": the place or the actor before speaks
      if ((ctx.lower[j] === 'heißt' || ctx.lower[j] === 'hieß') && ctx.lower[j + 1] === 'es' && ex.mode === 'news') {
        np = heisstEsSource(ex, j, j, limit, sentJ);
        // a bare "„…“, hieß es." right after the quote before goes on with its speaker
        if (ex.heisstEsBare && prev?.att.speakerName && prev.att.kind !== 'fragment' && s - ctx.sentenceOf(prev.close) === 1) {
          copySpeaker(ex, att, prev.att);
          np = null;
        }
        // "heißt es in der Aussendung": the statement just attributed was the speaker's
        if (np && !np.mention && RELEASE_NOUNS.test(ctx.words[np.end - 1]) && /^d/.test(ctx.lower[np.start]) && prev?.att.speakerName && s - ctx.sentenceOf(prev.close) <= 2) {
          copySpeaker(ex, att, prev.att);
          np = null;
        }
      }
      if (np || !att.speakerName) setSource(ex, att, np, cue[0]);
      att.method = 'post';
    } else if (ctx.lower[j] === 'so' && (ctx.words[j - 1] === ',' || ctx.isQuote(j - 1))) {
      const np = ctx.npAt(j + 1, limit);
      if (np && !np.pronoun) {
        att.cue = cueSpan(ex, [j, j + 1]);
        att.cueTok = [j, j + 1];
        setSource(ex, att, np, j);
        att.method = 'so';
      }
    } else if (ctx.lower[j] === 'wie' || ctx.lower[j] === 'laut') {
      // „…“, wie X sagte / „…“, laut X
      const sub = subordinateCue(ex, j, limit);
      if (sub) {
        att.cue = cueSpan(ex, sub.cue);
        att.cueTok = sub.cue;
        setSource(ex, att, sub.np, sub.cue[0]);
        att.method = 'wie';
      }
    } else if (ex.mode === 'news' && !ex.english && !ctx.isCap(j) && !ctx.isPunct(j) && ctx.words[j - 1] === ',' && frameVerb(ex, j)) {
      // „…“, grinst X / „…“, wehrte sich der Spanier / „…“, war Reichelt sauer: any finite verb right after
      // the quote with a speaker as its subject frames the quote
      const np = subjectAfter(ex, j + 1, limit, att);
      if (np && !np.dative && plausibleSpeaker(ex, np) && (np.pronoun ? /^(?:er|sie)$/.test(ctx.lower[np.start]) : true)) {
        att.cue = cueSpan(ex, [j, j + 1]);
        att.cueTok = [j, j + 1];
        ex.usedCue[j] = 1;
        setSource(ex, att, np, j);
        att.method = 'post-frame';
      }
    } else if (ctx.isCap(j) && !endsWithPunct) {
      // „…“ X sagte (rare word order): NP followed by a cue
      const np = ctx.npAt(j, limit);
      if (np && np.end < limit) {
        const cue = cueAt(ex, np.end, limit);
        if (cue) {
          ex.usedCue[np.end] = 1;
          att.cue = cueSpan(ex, cue);
          att.cueTok = cue;
          setSource(ex, att, np, cue[0]);
          att.method = 'post';
        }
      }
    }
  }
  // 2. colon introduction / cue clause before the quote in the same sentence
  // (the colon may end the previous sentence when the splitter broke before the quote)
  if (att.method === 'none' && before >= 0 && (before >= sStart || ctx.words[before] === ':')) {
    const bw0 = ctx.words[before];
    // a dash before a quote that ends the sentence introduces it like a colon (teasers)
    const bw = (bw0 === '–' || bw0 === '—') && (close + 1 >= sEnd || END_PUNCT.has(ctx.words[close + 1] ?? '.')) ? ':' : bw0;
    const cStart = ctx.sentStart[ctx.sentenceOf(before)];
    if (bw === ':' || bw === ',') {
      let cs = before - 1;
      // stop at a colon or at an earlier statement in marks; short quoted names ("die „Kreuzzeitung“") belong to the clause
      while (cs >= cStart && !(ctx.words[cs] === ':' || ctx.words[cs] === ';' || ex.longQuote[cs])) cs--;
      cs++;
      let found = false;
      for (let k = cs; k < before; k++) {
        if (ex.usedCue[k]) continue;
        const cue = cueAt(ex, k, before + 1);
        if (!cue) continue;
        ex.usedCue[k] = 1;
        att.cue = cueSpan(ex, cue);
        att.cueTok = cue;
        // the cue's own clause: "…, aber nachdem er gesehen hatte, sagte er: »…«"
        let ccs = k;
        while (ccs > cs && ctx.words[ccs - 1] !== ',' && ctx.words[ccs - 1] !== '–' && ctx.words[ccs - 1] !== '—') ccs--;
        let np = subjectOf(ex, cue, ccs, before, att);
        // "Anders gesagt: „…“": a phrase that cannot speak is no subject
        if (np && ex.mode === 'news' && !np.pronoun && !np.mention && !ARTICLES.has(ctx.lower[np.start]) && !plausibleSpeaker(ex, np)) np = null;
        setSource(ex, att, np, cue[0]);
        // "„…“, sagte X und ergänzte: „…“" — a second cue without a subject of its own: the first cue's speaker
        if (!np && prev && prev.att.speakerName && prev.att.cueTok && prev.att.cueTok[0] < k && ctx.sentenceOf(prev.att.cueTok[0]) === ctx.sentenceOf(k)) {
          copySpeaker(ex, att, prev.att);
          att.source = null;
        }
        att.method = bw === ':' ? 'colon' : 'pre';
        found = true;
        break;
      }
      if (!found && bw === ':' && before > cs) {
        // "Scholz: „…“" / "Der Minister dazu: „…“" / "… beim Presserat – Koller: „…“" (after a dash)
        let ds = cs;
        for (let k = before - 1; k > cs; k--) {
          // (also a comma after a quote: a second label in a headline, "X: „…“, Stürmer Y: „…“")
          if (ctx.words[k] === '–' || ctx.words[k] === '—' || (ex.mode === 'news' && ctx.words[k] === ',' && ctx.isQuote(k - 1) && ex.inQuote[k - 1])) {
            ds = k + 1;
            break;
          }
        }
        let np = ctx.npAt(ds, before);
        if (ds !== cs && !(np && np.end === before && !np.pronoun && plausibleSpeaker(ex, np))) np = ctx.npAt(cs, before);
        // "Anders gesagt: „…“" is no speaker; "Seine Botschaft: „…“" (a possessive speech noun) is resolved below
        const speechNoun = !!np && np.end - np.start === 2 && SPEECH_NOUNS.has(ctx.words[np.start + 1]) && POSSESSIVE.has(ctx.lower[np.start]);
        if (np && ex.mode === 'news' && !speechNoun && !np.pronoun && !plausibleSpeaker(ex, np)) np = null;
        if (np && (np.end === before || ctx.lower[np.end] === 'dazu' || ctx.lower[np.end] === 'darauf')) {
          setSource(ex, att, np, before);
          att.method = 'colon';
        } else {
          // any verb before a colon introduces the quote: "Dr. Benedikt replizierte: „…“",
          // "Der alte Herr lächelte: „…“", "Nun rief der Abgeordnete: „…“"
          let v = cs;
          // a dateline ("Wien – …") opens the sentence
          for (let d = v + 1; d < Math.min(before, v + 4); d++) {
            if ((ctx.words[d] === '–' || ctx.words[d] === '—') && ctx.mentionAt[v] >= 0 && ctx.mentions[ctx.mentionAt[v]].entity.type === 'LOC') {
              v = d + 1;
              break;
            }
          }
          while (v < before && (ADVERBS.has(ctx.lower[v]) || CONJ.has(ctx.lower[v])) && !ctx.capName(v)) v++;
          // a subordinate clause in the Vorfeld ("Noch bevor …, schraubte sie …:") is skipped
          if (SUBORDINATORS.has(ctx.lower[v]) && !ctx.isCap(v + 1)) {
            let c = v + 1;
            while (c < before && ctx.words[c] !== ',') c++;
            if (c < before) v = c + 1;
          }
          const np0 = PREPOSITIONS.has(ctx.lower[v]) ? null : ctx.npAt(v, before);
          let subj: NP | null = null;
          let verb = -1;
          // ", so X:" — the speaker named right before the colon
          const soNp = soBeforeColon(ex, cs, before);
          // "Die Botschafterin in Österreich, Susan X, ist überzeugt:" — an apposition between subject and verb
          let appo = -1;
          if (np0 && !np0.dative && ctx.words[np0.end] === ',') {
            let c = np0.end + 1;
            while (c < before && c - np0.end <= 8 && ctx.words[c] !== ',') c++;
            if (ctx.words[c] === ',' && c + 1 < before && !ctx.isCap(c + 1) && !ctx.isPunct(c + 1) && !RELATIVE.has(ctx.lower[np0.end + 1])) appo = c + 1;
          }
          if (soNp) subj = soNp;
          else if (np0 && !np0.dative && np0.end < before && !ctx.isCap(np0.end) && !ctx.isPunct(np0.end)) {
            subj = np0;
            verb = np0.end;
          } else if (np0 && appo > 0) {
            subj = np0;
            verb = appo;
          } else {
            // Vorfeld is not the subject: the finite verb is the first lower-case word after the phrases
            // that open the clause ("Für 50 Minuten setzten sich …", "Von einer schwarz-grünen Koalition … hält er …")
            for (let k = v; k < before; k++) {
              if (PREPOSITIONS.has(ctx.lower[k])) {
                const pp = ctx.npAt(k + 1, before);
                if (pp) k = pp.end - 1;
                continue;
              }
              if (ctx.isPunct(k) || /^\d/.test(ctx.words[k]) || ctx.mentionAt[k] >= 0) continue;
              if (ctx.words[k] === ',' ) continue;
              // an attributive adjective stands before its noun ("einer schwarz-grünen Koalition")
              const attributive = ctx.isAdj(k) && (ctx.isCap(k + 1) || ctx.isAdj(k + 1)) && !ctx.isPunct(k + 1);
              if (!ctx.isCap(k) && !ADVERBS.has(ctx.lower[k]) && !ARTICLES.has(ctx.lower[k]) && !attributive) {
                // a relative clause after the phrase ("…, die mit fünf Sitzen eine Mehrheit hätte,") is skipped
                if (k > v && ctx.words[k - 1] === ',' && RELATIVE.has(ctx.lower[k])) {
                  let c = k + 1;
                  while (c < before && ctx.words[c] !== ',') c++;
                  k = c;
                  continue;
                }
                verb = k;
                break;
              }
            }
            if (verb >= 0) subj = firstSubject(ex, verb + 1, before, att);
            // the Vorfeld phrase with an apposition or parenthesis before the verb is the subject, the phrase
            // after the verb its object ("Der Generalsekretär der IV (IV), X, interpretierte das Ergebnis …:")
            if (verb >= 0 && np0 && !np0.dative && (!subj || !plausibleSpeaker(ex, subj)) && plausibleSpeaker(ex, np0)) subj = np0;
          }
          // only a speaker: a person or organisation, a role, a pronoun for one — else the quote is left to
          // continuation; a Konjunktiv clause before the colon is itself reported speech of the current speaker
          if (subj && !soNp && !plausibleSpeaker(ex, subj)) subj = null;
          if (subj && !soNp && verb >= 0 && SUBJUNCTIVE_ALL.has(ctx.lower[verb])) subj = null;
          // only statements: a title or name after a colon ("Album: „Hit n Run Phase Two“") is no quote
          let lowerWord = false;
          for (let k = open + 1; k < close && !lowerWord; k++) lowerWord = LOWER_START.test(ctx.words[k]);
          // after a dash (teasers) only a named person or organisation introduces the quote
          const dashOk = bw0 === ':' || (!!subj?.mention && (subj.mention.entity.type === 'PER' || subj.mention.entity.type === 'ORG'));
          if (subj && dashOk && lowerWord && inner >= 3 && !(subj.pronoun && ctx.lower[subj.start] === 'es')) {
            if (verb >= 0) {
              att.cue = cueSpan(ex, [verb, verb + 1]);
              att.cueTok = [verb, verb + 1];
            }
            setSource(ex, att, subj, before);
            att.method = 'colon-verb';
          }
        }
      }
    }
  }
  // 3. inserted cue: „A“, sagte X, „B“ — B inherits from A
  if (att.method === 'none' && prev && prev.att.method !== 'none' && prev.att.cueTok && before > prev.close) {
    const between = ctx.toks[open].start - ctx.toks[prev.close].end;
    const sameSent = ctx.sentenceOf(prev.close) === s || between < 80;
    if (sameSent && ctx.words[before] === ',' && prev.att.cueTok[0] > prev.close && prev.att.cueTok[0] < open) {
      copySpeaker(ex, att, prev.att);
      att.method = 'inserted';
    }
  }
  // 4. teaser: "Wirtschaftskammerpräsident: Rückzug „reine Spekulation“ – „Werde mir …“" — the phrase
  // before the title's colon speaks for every statement in the title
  if (att.method === 'none' && s === 0 && !ex.english) {
    let colon = -1;
    for (let k = sStart + 1; k < open && k - sStart <= 6; k++) {
      if (ctx.words[k] === ':') {
        colon = k;
        break;
      }
    }
    const np = colon > 0 ? ctx.npAt(sStart, colon) : null;
    let lowerWord = false;
    for (let k = open + 1; k < close && !lowerWord; k++) lowerWord = LOWER_START.test(ctx.words[k]);
    if (np && np.end === colon && !np.pronoun && inner >= 3 && lowerWord && (np.mention || ROLE_NOUN.test(ctx.lower[np.end - 1]))) {
      setSource(ex, att, np, colon);
      att.method = 'teaser';
    }
  }
  // classification: fragments are short quoted phrases inside a clause without attribution
  const quoteStartsClause = atStart || (before >= sStart && BOUNDARY.has(ctx.words[before]));
  if (att.method === 'none') {
    const wholeSentence = quoteStartsClause && (close + 1 >= sEnd || END_PUNCT.has(ctx.words[close + 1] ?? '.') || endsWithPunct);
    // a title or name in marks ("„Mähr. Tagbl.“") has no lower-case word
    let lowerWord = false;
    for (let k = open + 1; k < close && !lowerWord; k++) lowerWord = LOWER_START.test(ctx.words[k]);
    // a title that opens with a quote followed by a dash: "„In Luxemburg nichts erfunden“ – Nächster Rat am …"
    const titleQuote = s === 0 && open === sStart && (ctx.words[close + 1] === '–' || ctx.words[close + 1] === '—') && !ex.english;
    if (!(wholeSentence && inner >= 3 && lowerWord) && !(inner >= 8 && endsWithPunct) && !(titleQuote && inner >= 3 && lowerWord)) att.kind = 'fragment';
  } else if (!quoteStartsClause && att.method === 'post') {
    // „…“ embedded in a clause that is attributed as a whole: Er sei „…“, sagte X → mixed
    let cs = before;
    while (cs > sStart && !(ctx.words[cs - 1] === ':' || (ctx.isQuote(cs - 1) && ex.inQuote[cs - 1] && cs - 1 < open))) cs--;
    att.kind = 'mixed';
    att.content = [ctx.toks[cs].start, content[1] + 1 <= ctx.text.length ? ctx.toks[close].end : content[1]];
  }
}


export function continueSpeaker(ex: Extractor, att: Attribution, sentence: number): void {
  // a quote right after a narrative sentence about a person is that person's ("Simon lacht. „Gulasch!“"),
  // unless the quote names that person (then someone is talking about them)
  const intro = ex.mode === 'news' ? introducedSpeaker(ex, sentence) : null;
  if (intro && att.content && !namesEntity(ex, att.content, intro.att.speakerEntity)) {
    copySpeaker(ex, att, intro.att);
    att.continuation = true;
    att.method = 'continuation';
    return;
  }
  const last = ex.lastSpeaker;
  if (!last || sentence - last.sentence > 3) return;
  copySpeaker(ex, att, last.att);
  att.continuation = true;
  att.method = 'continuation';
}


/**
 * A title compound the phrase parser split ("Puls 4-Info-Direktorin Corinna Milborn" → "Puls"): a person
 * named within a few capitalised/number/hyphen tokens after the phrase is its head.
 */
export function titleChain(ex: Extractor, np: NP): NP {
  const ctx = ex.ctx;
  if (np.pronoun || np.mention?.entity.type === 'PER') return np;
  for (let k = np.end; k < np.end + 5 && k < ctx.n; k++) {
    const m = ctx.mentionAt[k];
    if (m >= 0 && ctx.mentions[m].entity.type === 'PER' && ctx.mentions[m].start === k) {
      return { ...np, end: ctx.mentions[m].end, mention: ctx.mentions[m] };
    }
    if (ctx.words[k] === '-') continue;
    if (ctx.isPunct(k) || !(ctx.isCap(k) || /\d/.test(ctx.words[k]))) break;
  }
  return np;
}


/**
 * "in einer … Erklärung Bans" / "in der Aussendung des Ministeriums" from token k: after "in"/"im", a release
 * (statement, press release) followed by its owner — a person or organisation in the genitive.
 */
export function statementOwnerAfter(ex: Extractor, k: number, b: number): NP | null {
  const ctx = ex.ctx;
  if (ex.mode !== 'news' || (ctx.lower[k] !== 'in' && ctx.lower[k] !== 'im')) return null;
  for (let d = k + 1; d < Math.min(b - 1, k + 12); d++) {
    const w = ctx.words[d];
    if (w === ',' || w === ':' || ex.inQuote[d]) return null;
    // (a report keeps its own name: "heißt es in einem Bericht der Polizei")
    if (!RELEASE_NOUNS.test(w)) continue;
    const m = ctx.mentionAt[d + 1];
    if (m >= 0 && ctx.mentions[m].start === d + 1 && (ctx.mentions[m].entity.type === 'PER' || ctx.mentions[m].entity.type === 'ORG')) {
      return { start: d + 1, end: ctx.mentions[m].end, mention: ctx.mentions[m], pronoun: false, dative: false };
    }
    if (ctx.lower[d + 1] === 'des' || ctx.lower[d + 1] === 'der') {
      const np = ctx.npAt(d + 2, b);
      if (np && !np.pronoun) return np;
    }
    return null;
  }
  return null;
}


/** The statements (no fragments) of `out` by the sentence their content starts in. */
export function statementsBySentence(ex: Extractor, out: Attribution[]): Map<number, Attribution[]> {
  const ctx = ex.ctx;
  const bySentence = new Map<number, Attribution[]>();
  for (const o of out) {
    if (!o.content || o.kind === 'fragment') continue;
    const s = ctx.sentenceOf(ctx.tokenAt(o.content[0]));
    const list = bySentence.get(s);
    if (list) list.push(o);
    else bySentence.set(s, [o]);
  }
  return bySentence;
}
