/**
 * Per-document working state for the quote finder: token words, entity mentions by token,
 * a small rule-based noun-phrase chunker for German, and person-gender guesses.
 */
import { getGender } from 'gender-detection-from-name';
import { tokenTexts, type Doc, type Entity, type Token } from '../doc/index.ts';
import { newEntity } from '../entities/shape.ts';
import {
  ADVERBS,
  ARTICLES,
  AUXILIARIES,
  reportingForm,
  DATIVE_ARTICLES,
  FEMALE_TITLES,
  MALE_TITLES,
  PREPOSITIONS,
  PRONOUNS,
  SUBORDINATORS,
} from './lexicon.ts';

export type Gender = 'm' | 'f' | null;

export interface MentionRef {
  entity: Entity;
  /** Token range [start, end). */
  start: number;
  end: number;
  /** Pseudo entities (found here when doc.entities is empty) have no id in the output. */
  pseudo: boolean;
}

export interface NP {
  start: number;
  end: number;
  /** Mention linked to the phrase (the best one inside it, or in its apposition). */
  mention: MentionRef | null;
  pronoun: boolean;
  dative: boolean;
}

const PUNCT = new Set([',', '.', ':', ';', '!', '?', '(', ')', '–', '—', '-', '„', '“', '”', '"', '»', '«', '…', '/', '[', ']']);
export const QUOTE_CHARS = new Set(['„', '“', '”', '"', '»', '«', '‚', '‘', '’', "'", '‹', '›']);
const CAP = /^\p{Lu}/u;
/** Lower-case second words of Latin and Romance adverbials ("grosso modo", "de facto", "bona fide", "summa summarum"). */
const FOREIGN_ADVERB_TAIL = new Set(['modo', 'facto', 'fide', 'priori', 'posteriori', 'hoc', 'jure', 'forma', 'summarum', 'excellence', 'passant', 'bloc', 'acta', 'mortem', 'nauseam', 'libitum', 'infinitum', 'versa', 'bono', 'sensu', 'verbis', 'vista', 'voce', 'vivo', 'vitro', 'situ']);
// \p{…} regexps of hot paths live in module constants: tsx's esbuild rewrites such a literal into a
// `new RegExp()` call, which runs each time the expression is evaluated.
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}$/u;
const ANY_UPPER = /\p{Lu}/u;
const INNER_NAME_DOT = /(?<=\p{L})\.(?=\s*\p{L})/gu;
/** Punctuation that makes a mention text no name (junkMention; a module constant: a literal in the function is a new RegExp per call). */
const JUNK_PUNCT = /[.,;:!?„“"»«]/;
const ADJ_END = /(?:e|en|er|es|em)$/;
const PRONOMINAL_ADV = /^(?:da|dar|hier|wo|wor)(?:an|auf|aus|bei|durch|für|gegen|hinter|in|mit|nach|neben|über|um|unter|von|vor|zu|zwischen)$/;
const NON_NP_CAPS = new Set([
  'Am', 'Im', 'In', 'Auf', 'Bei', 'Mit', 'Nach', 'Seit', 'Von', 'Vor', 'Zu', 'Für', 'Über', 'Unter', 'Laut',
  'Dies', 'Das', 'Es', 'Doch', 'Aber', 'Und', 'Auch', 'So', 'Man', 'Wie', 'Dass', 'Dabei', 'Dazu', 'Daher',
  'Deshalb', 'Zudem', 'Außerdem', 'Nun', 'Jetzt', 'Heute', 'Gestern', 'Allerdings', 'Trotzdem', 'Damit',
  'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag', 'Wochenende', 'Jahr', 'Jahres',
  'Woche', 'Monat', 'Tag', 'Abend', 'Morgen', 'Nachmittag', 'Vormittag', 'Januar', 'Februar', 'März', 'April',
  'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember', 'Interview', 'Pressekonferenz',
  'Gespräch', 'Ende', 'Anfang', 'Mitte', 'Rande', 'Sitzung', 'Wochenende', 'Donnerstagabend', 'Sonntagabend',
]);

export class QuoteContext {
  readonly doc: Doc;
  readonly text: string;
  readonly toks: Token[];
  readonly words: readonly string[];
  readonly lower: readonly string[];
  /** 1 where the token starts with an upper-case letter (CAP), computed once. */
  private readonly cap: Uint8Array;
  readonly n: number;
  /** First token of each sentence, and one past the last. */
  readonly sentStart: Int32Array;
  readonly sentEnd: Int32Array;
  /** Each token's sentence and end offset (as in toks, read from a dense array: tokenAt and cueAt run per token). */
  private readonly tokSentence: Int32Array;
  private readonly tokEnd: Int32Array;
  readonly mentions: MentionRef[];
  /** Mention covering each token, or -1. */
  readonly mentionAt: Int32Array;
  readonly pseudo: boolean;
  private genderCache = new Map<Entity, Gender>();

  constructor(doc: Doc) {
    this.doc = doc;
    this.text = doc.text;
    this.toks = doc.tokens;
    this.n = doc.tokens.length;
    const texts = tokenTexts(doc);
    this.words = texts.words;
    this.lower = texts.lower;
    this.cap = new Uint8Array(this.n);
    for (let i = 0; i < this.n; i++) {
      // ASCII first letters without the Unicode regex (most tokens)
      const w = this.words[i];
      const c = w.charCodeAt(0);
      this.cap[i] = c < 128 ? (c >= 65 && c <= 90 ? 1 : 0) : CAP.test(w) ? 1 : 0;
    }
    const ns = doc.sentences.length;
    this.sentStart = new Int32Array(ns).fill(-1);
    this.sentEnd = new Int32Array(ns).fill(-1);
    this.tokSentence = new Int32Array(this.n);
    this.tokEnd = new Int32Array(this.n);
    for (let i = 0; i < this.n; i++) {
      const s = doc.tokens[i].sentence;
      this.tokSentence[i] = s;
      this.tokEnd[i] = doc.tokens[i].end;
      if (this.sentStart[s] < 0) this.sentStart[s] = i;
      this.sentEnd[s] = i + 1;
    }
    this.mentionAt = new Int32Array(this.n).fill(-1);
    this.mentions = [];
    let entities = doc.entities;
    this.pseudo = false;
    const pseudoSet = new Set<Entity>();
    const junk = new Set<Entity['mentions'][number]>();
    if (entities.length === 0) {
      entities = this.findPseudoPersons();
      this.pseudo = true;
      for (const e of entities) pseudoSet.add(e);
    } else {
      // names the NER missed (first name + surname) still help speakers and pronouns; they get no id
      const covered = new Uint8Array(doc.text.length + 1);
      for (const e of entities) {
        for (const m of e.mentions) {
          if (this.junkMention(m.start, m.end) || (e.type === 'PER' && (this.commonNounPerson(m.start, m.end) || this.foreignAdverbial(m.end)))) junk.add(m);
          else covered.fill(1, m.start, m.end);
        }
      }
      const extra = this.findPseudoPersons().filter((e) => e.mentions.every((m) => !covered[m.start] && !covered[m.end - 1]));
      for (const e of extra) pseudoSet.add(e);
      entities = [...entities, ...extra];
    }
    for (const e of entities) {
      for (const m of e.mentions) {
        const a = this.tokenAt(m.start);
        const b = this.tokenAt(m.end - 1);
        if (a < 0 || b < 0) continue;
        if (junk.has(m) || (pseudoSet.has(e) && this.junkMention(m.start, m.end))) continue;
        const ref: MentionRef = { entity: e, start: a, end: b + 1, pseudo: pseudoSet.has(e) };
        const idx = this.mentions.length;
        this.mentions.push(ref);
        for (let k = a; k <= b; k++) if (this.mentionAt[k] < 0) this.mentionAt[k] = idx;
      }
    }
    // bare surnames of persons named in full that the NER left untagged ("sagt Kurz", "Kurz zuckt …")
    this.linkSurnames();
    this.mentions.sort((x, y) => x.start - y.start);
    // re-index after sorting
    this.mentionAt.fill(-1);
    for (let idx = 0; idx < this.mentions.length; idx++) {
      const m = this.mentions[idx];
      for (let k = m.start; k < m.end; k++) if (this.mentionAt[k] < 0) this.mentionAt[k] = idx;
    }
  }

  private linkSurnames(): void {
    const bySurname = new Map<string, Entity | null>();
    for (const m of this.mentions) {
      const e = m.entity;
      if (e.type !== 'PER' || m.end - m.start < 2) continue;
      const sur = this.words[m.end - 1];
      if (!CAP.test(sur) || sur.length < 3) continue;
      const prev = bySurname.get(sur);
      bySurname.set(sur, prev === undefined || prev === e ? e : null); // two persons with one surname: ambiguous
    }
    if (bySurname.size === 0) return;
    for (let i = 0; i < this.n; i++) {
      if (this.cap[i] !== 1 || this.mentionAt[i] >= 0) continue;
      const e = bySurname.get(this.words[i]);
      if (!e) continue;
      const next = this.lower[i + 1] ?? '';
      if (i === this.sentStart[this.toks[i].sentence] && (this.isCap(i + 1) || FUNCTION_WORDS.has(next) || PUNCT.has(next))) continue;
      this.mentions.push({ entity: e, start: i, end: i + 1, pseudo: false });
      this.mentionAt[i] = this.mentions.length - 1;
    }
  }

  /** A one-word "person" after an indefinite article or "solche" is a common noun the NER misread ("Eine solche Vita"). */
  private commonNounPerson(start: number, end: number): boolean {
    const a = this.tokenAt(start);
    if (a <= 0 || this.tokenAt(end - 1) !== a) return false;
    return INDEFINITE_DET.has(this.lower[a - 1]);
  }

  /** Defensive: a mention is a name, not a clause (over-long spans or spans with clause punctuation are ignored). */
  /**
   * A "person" that is the first word of a Latin or Romance adverbial ("Grosso modo lassen sich …", "Ipso facto"): the
   * mention's last word or the word after it is the phrase's lower-case second word.
   */
  private foreignAdverbial(end: number): boolean {
    const b = this.tokenAt(end - 1);
    if (b < 0) return false;
    return FOREIGN_ADVERB_TAIL.has(this.words[b]) || (b + 1 < this.n && FOREIGN_ADVERB_TAIL.has(this.words[b + 1]));
  }

  private junkMention(start: number, end: number): boolean {
    const a = this.tokenAt(start);
    const b = this.tokenAt(end - 1);
    if (a < 0 || b < 0 || b - a > 7) return true;
    // dots inside names ("St. Pölten") and the final dot of a dotted acronym ("D.A.S.") are no clause punctuation
    const text = this.doc.text.slice(start, end);
    // (most mentions hold no punctuation at all: then removing name dots cannot make them junk)
    if (!JUNK_PUNCT.test(text)) return false;
    const acronym = DOTTED_ACRONYM.test(text);
    return JUNK_PUNCT.test(acronym ? '' : text.replace(INNER_NAME_DOT, ''));
  }

  private lowerSet: Set<string> | null = null;

  /** Words that occur in lower case somewhere in the document (so a capitalised one at a sentence start is no noun). */
  lowerForms(): Set<string> {
    if (!this.lowerSet) {
      this.lowerSet = new Set();
      // only sentence-initial words are ever looked up: collect those candidates first (cheaper than every word)
      const candidates = new Set<string>();
      // the candidates' lengths as bits (a length of 31 or more sets bit 31): most words need no Set lookup
      let lengths = 0;
      for (let s = 0; s < this.sentStart.length; s++) {
        if (this.sentStart[s] < 0) continue;
        const c = this.lower[this.sentStart[s]];
        candidates.add(c);
        lengths |= 1 << Math.min(c.length, 31);
      }
      for (let i = 0; i < this.n; i++) {
        if (this.cap[i] !== 0) continue;
        const w = this.words[i];
        // lower-case word: equal to its lower-cased form and starting with a letter that has case
        if ((lengths & (1 << Math.min(w.length, 31))) !== 0 && candidates.has(w) && w === this.lower[i] && w !== w.toUpperCase()) this.lowerSet.add(w);
      }
    }
    return this.lowerSet;
  }

  /** Token containing offset (or the next token after it); -1 past the end. */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.n - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokEnd[mid] <= offset) lo = mid + 1;
      else {
        ans = mid;
        hi = mid - 1;
      }
    }
    return ans;
  }

  sentenceOf(tok: number): number {
    // (outside the document: toks[tok] throws, as it always did)
    return tok >= 0 && tok < this.n ? this.tokSentence[tok] : this.toks[tok].sentence;
  }

  isCap(i: number): boolean {
    return i >= 0 && i < this.n && this.cap[i] === 1;
  }

  isPunct(i: number): boolean {
    return PUNCT.has(this.words[i]);
  }

  isQuote(i: number): boolean {
    return QUOTE_CHARS.has(this.words[i]);
  }

  /**
   * A capitalised word that looks like a function word but stands mid-clause (not at a sentence
   * start, not after a colon, dash, bracket or quote mark), or is tagged as a name: a name
   * ("sagt Kurz", "so Bald"), not the adverb.
   */
  capName(i: number): boolean {
    if (!this.isCap(i) || PRONOUNS.has(this.lower[i])) return false;
    if (i === this.sentStart[this.toks[i].sentence]) {
      // at a sentence start only a multi-word name ("Kurz" alone may be the adverb)
      // or the surname of a person named in full elsewhere ("Kurz zuckt die Schultern" after "Sebastian Kurz")
      const m = this.mentionAt[i];
      if (m < 0) return false;
      const ref = this.mentions[m];
      return ref.end - ref.start > 1 || (ref.entity.type === 'PER' && ref.entity.name.includes(' ') && ref.entity.name.endsWith(' ' + this.words[i]));
    }
    if (this.mentionAt[i] >= 0) return true;
    const p = this.words[i - 1];
    return !(p === ':' || p === '–' || p === '—' || p === '-' || p === '(' || QUOTE_CHARS.has(p) || p === '.' || p === '!' || p === '?');
  }

  /** A lower-case word that could be an attributive adjective. */
  isAdj(i: number): boolean {
    const w = this.lower[i];
    if (this.isCap(i) && !(i === this.sentStart[this.toks[i].sentence] && this.isCap(i + 1) && this.mentionAt[i] < 0)) return false;
    return (
      ADJ_END.test(w) &&
      w.length > 2 &&
      !ARTICLES.has(w) &&
      !PREPOSITIONS.has(w) &&
      !ADVERBS.has(w) &&
      !AUXILIARIES.has(w) &&
      !reportingForm(w) &&
      !SUBORDINATORS.has(w) &&
      !PRONOUNS.has(w) &&
      w !== 'deren' &&
      w !== 'dessen' &&
      w !== 'denen'
    );
  }

  /** A capitalised word that can head or belong to a noun phrase. */
  isNominal(i: number): boolean {
    if (i < 0 || i >= this.n) return false;
    const w = this.words[i];
    if (this.cap[i] !== 1) return this.mentionAt[i] >= 0;
    if (NON_NP_CAPS.has(w)) return this.mentionAt[i] >= 0;
    if (
      i === this.sentStart[this.toks[i].sentence] &&
      (FUNCTION_WORDS.has(this.lower[i]) || (this.mentionAt[i] < 0 && (notNounAtStart(this.lower[i]) || this.lowerForms().has(this.lower[i]))))
    )
      return false;
    return true;
  }

  /**
   * Noun phrase starting at token i (bounded by `limit`), or null: pronoun; mention; or
   * [article] adjective* Noun+ [genitive article adjective* Noun+]{0,2} [(…)] [, Name apposition].
   */
  /** npAt's phrases by start and limit: the rules ask for the same phrase again and again (44% of the calls). */
  private readonly npMemo = new Map<number, NP | null>();

  npAt(i: number, limit: number): NP | null {
    if (i < 0 || i >= limit) return null;
    if (limit > this.n) return this.npAtUncached(i, limit);
    const key = i * (this.n + 1) + limit;
    let np = this.npMemo.get(key);
    if (np === undefined) {
      np = this.npAtUncached(i, limit);
      this.npMemo.set(key, np);
    }
    // (a copy: callers may change the phrase they get)
    return np === null ? null : { start: np.start, end: np.end, mention: np.mention, pronoun: np.pronoun, dative: np.dative };
  }

  private npAtUncached(i: number, limit: number): NP | null {
    if (i < 0 || i >= limit) return null;
    const lw = this.lower[i];
    const p = PRONOUNS.get(lw);
    if (p && lw !== 'ihr' && lw !== 'i') {
      return { start: i, end: i + 1, mention: null, pronoun: true, dative: false };
    }
    if (FUNCTION_WORDS.has(lw) && !ARTICLES.has(lw) && !this.capName(i)) return null;
    // a pronominal adverb ("Darin bekennen sie sich …", "Dabei …") opens no noun phrase
    const c0 = lw.charCodeAt(0);
    if ((c0 === 100 || c0 === 104 || c0 === 119) /* d h w */ && lw.length <= 10 && this.cap[i] === 1 && this.mentionAt[i] < 0 && PRONOMINAL_ADV.test(lw)) return null;
    // demonstrative pronoun: "erinnert sich dieser", "diese sagte"
    if ((lw === 'dieser' || lw === 'diese') && !this.isNominal(i + 1) && !this.isAdj(i + 1)) {
      return { start: i, end: i + 1, mention: null, pronoun: false, dative: false };
    }
    if (INDEFINITE.has(lw) && !this.isNominal(i + 1) && !this.isAdj(i + 1)) {
      return { start: i, end: i + 1, mention: null, pronoun: false, dative: false };
    }
    let j = i;
    let dative = false;
    // the end of a skipped participle attribute: a name inside it ("der in der Schweiz sesshafte Mann") is not the NP's
    let attrEnd = i;
    if (ARTICLES.has(lw)) {
      dative = DATIVE_ARTICLES.has(lw);
      j++;
      // an extended participle attribute with a PP: "dem für Terrorismus zuständigen französischen Staatsanwalt X" —
      // the PP (a preposition, articles, adjectives, nouns) is skipped up to the inflected adjective after its noun
      if (j + 3 < limit && PREPOSITIONS.has(this.lower[j]) && this.cap[j] !== 1) {
        let k = j + 1;
        while (k < limit && k - j <= 5 && !(this.isAdj(k) && this.isNominal(k - 1) && /(?:en|em|er|e|es)$/.test(this.lower[k])) && (ARTICLES.has(this.lower[k]) || this.isAdj(k) || this.isNominal(k) || /^\d/.test(this.words[k]))) k++;
        if (k < limit && k - j <= 5 && k > j + 1 && this.isAdj(k) && this.isNominal(k - 1) && (this.isAdj(k + 1) || this.isNominal(k + 1))) {
          j = k;
          attrEnd = k;
        }
      }
    }
    for (;;) {
      if (j < limit && this.isAdj(j) && j - i < 5) j++;
      // a number compound adjective: "der 28-seitigen Klagsschrift", "einem 3,7-prozentigen Anstieg"
      else if (j + 2 < limit && j - i < 5 && /^\d+(?:,\d+)?$/.test(this.words[j]) && this.words[j + 1] === '-' && this.cap[j + 2] !== 1 && this.isAdj(j + 2)) j += 3;
      else break;
    }
    // "der 61-Jährige" (the tokenizer splits number, hyphen and noun)
    if (j + 2 < limit && /^\d+$/.test(this.words[j]) && this.words[j + 1] === '-' && this.isCap(j + 2)) j += 2;
    const headStart = j;
    while (j < limit && (this.isNominal(j) || this.mentionAt[j] >= 0) && j - headStart < 6) {
      // a mention that starts here is consumed whole
      const m = this.mentionAt[j];
      if (m >= 0 && this.mentions[m].end > j + 1) j = Math.min(limit, this.mentions[m].end);
      else j++;
    }
    if (j === headStart) return null;
    // genitive attachments: "des Ministeriums", "der Grünen", "von Amnesty International"
    for (let g = 0; g < 2 && j < limit; g++) {
      const w = this.lower[j];
      // also a genitive plural without article: "Außenminister anderer Länder", "Vertreter europäischer Staaten"
      const genWord = w === 'des' || w === 'der' || w === 'eines' || w === 'einer' || w === 'von';
      const bareGen = !genWord && g === 0 && w.endsWith('er') && j > i && this.isCap(j - 1) && j + 1 < limit && this.isCap(j + 1) && this.isAdj(j) && this.isNominal(j + 1);
      if (!genWord && !bareGen) break;
      let k = bareGen ? j : j + 1;
      while (k < limit && (ARTICLES.has(this.lower[k]) || this.isAdj(k)) && k - j < 5) k++;
      const h = k;
      while (k < limit && this.isNominal(k) && k - h < 5) k++;
      if (k === h) break;
      j = k;
    }
    // parenthetical party/affiliation/work: "(SPÖ)", "(Inglourious Basterds)" — not the speaker itself
    const core = j;
    if (j + 2 < limit && this.words[j] === '(') {
      let k = j + 1;
      while (k < limit && this.words[k] !== ')' && k - j < 6) k++;
      if (k < limit && this.words[k] === ')') j = k + 1;
    }
    const np: NP = { start: i, end: j, mention: null, pronoun: false, dative };
    np.mention = this.bestMention(attrEnd, core);
    // apposition with a name: "ein Sprecher des Ministeriums, Max Muster," — also after a short PP
    // ("Österreichs Wirtschaftsdelegierter in London, Christian Kesberg")
    let ap = j;
    if (ap + 2 < limit && PREPOSITIONS.has(this.lower[ap]) && !this.isCap(ap)) {
      let k = ap + 1;
      while (k < limit && k - ap <= 4 && this.words[k] !== ',' && !this.isPunct(k)) k++;
      if (this.words[k] === ',' && this.mentionAt[k + 1] >= 0 && this.mentions[this.mentionAt[k + 1]].start === k + 1) {
        const t = this.mentions[this.mentionAt[k + 1]].entity.type;
        if (t === 'PER' || t === 'ORG') ap = k;
      }
    }
    if (ap + 1 < limit && this.words[ap] === ',' && this.mentionAt[ap + 1] >= 0) {
      j = ap;
      const m = this.mentions[this.mentionAt[j + 1]];
      if (m.start === j + 1 && (m.entity.type === 'PER' || !np.mention || (ap !== core && m.entity.type === 'ORG'))) {
        // the name may run on past the mention ("Susan le Jeune dAllegeershecque")
        let e = m.end;
        while (e < limit && e - m.end < 4 && this.words[e] !== ',' && (ANY_UPPER.test(this.words[e]) || NAME_PARTICLES.has(this.lower[e]))) e++;
        const after = e < this.n ? this.words[e] : '.';
        if (after === ',' || after === '.' || after === ':' || e >= limit) {
          np.end = e;
          // "Markus X, Spindlers Anwalt": a Saxon genitive opening the apposition names the owner, not the speaker
          const lastW = this.words[m.end - 1];
          const saxon = m.entity.type === 'PER' && np.mention?.entity.type === 'PER' && m.end < e && lastW.endsWith('s') && !m.entity.name.endsWith(lastW) && this.cap[m.end] === 1 && this.mentionAt[m.end] < 0;
          if (!saxon) np.mention = m;
        }
      }
    }
    return np;
  }

  /** Noun phrase ending just before token `end` (backwards), used for "X zufolge". */
  npBefore(end: number, floor: number): NP | null {
    let i = end - 1;
    if (i < floor) return null;
    while (i >= floor && (this.isNominal(i) || this.mentionAt[i] >= 0) && end - i < 6) i--;
    if (i === end - 1) {
      if (PRONOUNS.has(this.lower[i])) return { start: i, end, mention: null, pronoun: true, dative: false };
      return null;
    }
    // genitive "des Landes" belongs to a preceding noun
    while (i >= floor && this.isAdj(i)) i--;
    if (i >= floor && ARTICLES.has(this.lower[i])) i--;
    const s = i + 1;
    return { start: s, end, mention: this.bestMention(s, end), pronoun: false, dative: false };
  }

  /** Best entity mention inside token range [a, b): PER first, then ORG, LOC, MISC; longest. */
  bestMention(a: number, b: number): MentionRef | null {
    let best: MentionRef | null = null;
    let bestScore = -1;
    for (let k = a; k < b; k++) {
      const idx = this.mentionAt[k];
      if (idx < 0) continue;
      const m = this.mentions[idx];
      const typeScore = m.entity.type === 'PER' ? 4 : m.entity.type === 'ORG' ? 3 : m.entity.type === 'LOC' ? 2 : 1;
      const score = typeScore * 100 + (m.end - m.start);
      if (score > bestScore) {
        best = m;
        bestScore = score;
      }
    }
    return best;
  }

  /** Gender of a person entity from first names and titles next to its mentions. */
  genderOf(e: Entity): Gender {
    const cached = this.genderCache.get(e);
    if (cached !== undefined) return cached;
    let g: Gender = null;
    if (e.type === 'PER') {
      // a gendered role noun right before a mention ("Schauspielerin Robin Wright") outranks the first-name list
      // (which the entity's gender may come from)
      {
        for (const m of this.mentions) {
          if (m.entity !== e || m.start === 0) continue;
          const k = m.start - 1;
          const w = this.words[k];
          if (!this.isCap(k)) continue;
          if (w.length > 4 && FEMALE_TITLES.test(w) && !w.endsWith('innen')) g = 'f';
          else if (MALE_TITLES.has(w)) g = 'm';
          if (g) break;
        }
      }
      const fromEntity = (e as { gender?: unknown }).gender;
      if (g) {
        // (set by the role noun)
      } else if (fromEntity === 'm' || fromEntity === 'male') g = 'm';
      else if (fromEntity === 'f' || fromEntity === 'female') g = 'f';
      if (!g) {
        // first names only: a surname that is also a first name elsewhere ("Ensaf Haidar") says nothing
        const parts = e.name.split(/[\s-]+/);
        if (parts.length > 1) parts.pop();
        for (const part of parts) {
          const r = firstNameGender(part);
          if (r) {
            g = r;
            break;
          }
        }
      }
      if (!g) {
        for (const m of this.mentions) {
          if (m.entity !== e) continue;
          const first = firstNameGender(this.words[m.start]);
          if (first) {
            g = first;
            break;
          }
          for (let k = m.start - 1; k >= Math.max(0, m.start - 3); k--) {
            const w = this.words[k];
            if (!this.isCap(k)) continue;
            if (MALE_TITLES.has(w)) {
              g = 'm';
              break;
            }
            if (w.length > 4 && FEMALE_TITLES.test(w) && !w.endsWith('innen')) {
              g = 'f';
              break;
            }
            if (w === 'Frau') {
              g = 'f';
              break;
            }
          }
          if (g) break;
        }
      }
    }
    this.genderCache.set(e, g);
    return g;
  }

  /**
   * Person-like names found without NER (used only when doc.entities is empty): a known first
   * name followed by capitalised words, or Frau/Herr + name; later bare surnames join them.
   */
  private findPseudoPersons(): Entity[] {
    const bySurname = new Map<string, Entity>();
    const out: Entity[] = [];
    const text = this.doc.text;
    for (let i = 0; i < this.n - 1; i++) {
      const w = this.words[i];
      if (this.cap[i] !== 1) continue;
      let start = -1;
      if (!this.isCap(i + 1)) continue;
      if (w === 'Frau' || w === 'Herr' || w === 'Herrn') start = i + 1;
      // a capitalised article or pronoun ("Ein Plädoyer") is no first name
      else if (!NON_NP_CAPS.has(this.words[i + 1]) && !FUNCTION_WORDS.has(this.lower[i]) && !NOT_FIRST_NAME.has(this.lower[i]) && firstNameGender(w)) start = i;
      if (start < 0) continue;
      let end = start + 1;
      while (end < this.n && end - start < 4 && this.isCap(end) && !NON_NP_CAPS.has(this.words[end]) && !FUNCTION_WORDS.has(this.lower[end]) && !this.isPunct(end)) end++;
      if (end === start + 1 && start === i) continue;
      const surname = this.words[end - 1];
      let e = bySurname.get(surname);
      const name = text.slice(this.toks[start].start, this.toks[end - 1].end);
      if (!e) {
        // in the entities stage's shape (newEntity: all optional fields present), so that the rules' optimised code,
        // which reads doc.entities' entities, meets no other hidden class here
        // (the optional fields stay undefined, as on the literal this was)
        e = newEntity({ id: `pseudo${out.length + 1}`, type: 'PER', name, mentions: [] } as unknown as Parameters<typeof newEntity>[0]) as Entity;
        if (w === 'Frau') (e as Entity).gender = 'f';
        if (w === 'Herr' || w === 'Herrn') (e as Entity).gender = 'm';
        bySurname.set(surname, e);
        out.push(e);
      }
      e.mentions.push({ start: this.toks[start].start, end: this.toks[end - 1].end, text: name, form: 'name' });
      i = end - 1;
    }
    if (bySurname.size > 0) {
      for (let i = 0; i < this.n; i++) {
        // every surname key is capitalised (cap depends on the word alone): no lookup for the other tokens
        if (this.cap[i] !== 1) continue;
        const e = bySurname.get(this.words[i]);
        if (!e) continue;
        const t = this.toks[i];
        if (e.mentions.some((m) => m.start <= t.start && m.end >= t.end)) continue;
        e.mentions.push({ start: t.start, end: t.end, text: this.words[i], form: 'part' });
      }
    }
    return out;
  }
}

const NAME_PARTICLES = new Set(['le', 'la', 'de', 'di', 'da', 'van', 'von', 'der', 'den', 'du', 'del', 'dos', 'bin', 'al', 'ibn', 'y', 'zu']);

/** Indefinite pronouns that can be subjects ("Keiner hat behauptet", "Einige nennen es"). */
export const INDEFINITE = new Set([
  'keiner', 'niemand', 'jemand', 'jeder', 'jede', 'alle', 'viele', 'einige', 'andere', 'manche', 'beide',
  'mehrere', 'wer', 'everyone', 'nobody', 'someone', 'others', 'many', 'some',
]);

const FUNCTION_WORDS = new Set([...ADVERBS, ...PREPOSITIONS, ...SUBORDINATORS, ...ARTICLES, ...AUXILIARIES,
  'und', 'oder', 'aber', 'denn', 'sondern', 'ja', 'nein', 'dennoch', 'trotzdem', 'deswegen', 'darum', 'insofern',
  'vielleicht', 'sicher', 'sicherlich', 'gerade', 'genau', 'leider', 'hoffentlich', 'zum', 'deshalb', 'heute',
  'wer', 'was', 'warum', 'wieso', 'weshalb', 'wann', 'wo', 'wie', 'dies', 'diesmal', 'damit', 'daran', 'davon',
  'darüber', 'dafür', 'dagegen', 'danach', 'davor', 'dadurch', 'hierbei', 'hiermit', 'wenn', 'dann', 'erstens',
  'zweitens', 'drittens', 'einerseits', 'andererseits', 'übrigens', 'jedenfalls', 'zumindest', 'immerhin',
  'lasst', 'lass', 'lassen', 'schade', 'bitte', 'danke', 'ach', 'oh', 'nun', 'tja', 'na',
]);

const INDEFINITE_DET = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'solch', 'solche', 'solcher', 'solches', 'solchen', 'derartige', 'derartiger']);

/** Quantifiers and "nur" are no first names ("Mehr All-in-Verträge …" — a subheading glued to the next sentence). */
const NOT_FIRST_NAME = new Set(['mehr', 'weniger', 'nur', 'alle', 'andere', 'kein', 'keine', 'viele', 'wenige', 'einige',
  'manche', 'mehrere', 'etliche', 'sämtliche', 'beide', 'derlei', 'solche']);

/** A sentence-initial capitalised word that is not a noun: function words, -lich/-weise adverbs. */
function notNounAtStart(lower: string): boolean {
  return FUNCTION_WORDS.has(lower) || /(?:lich|weise|mals|falls|dings|tens|samt)$/.test(lower);
}

const GENDER_CACHE = new Map<string, Gender>();

/** Gender of a capitalised first name, or null if unknown. */
export function firstNameGender(word: string): Gender {
  // the cache first: the token's hash is usually known already, the Unicode test costs more
  let g = GENDER_CACHE.get(word);
  if (g !== undefined) return g;
  if (word.length < 2 || !CAP.test(word)) return null;
  const r = getGender(word, 'de');
  g = r === 'male' ? 'm' : r === 'female' ? 'f' : null;
  GENDER_CACHE.set(word, g);
  return g;
}
