/**
 * Quotation and speaker finder for German news (English basic).
 *
 * 1. Direct quotes from quote marks (marks.ts), classified as direct / fragment / mixed.
 * 2. Attribution of direct quotes: post-posed cue ("…“, sagte X"), colon introduction
 *    ("X sagte: „…“", "X: „…“"), a cue clause before ("X betonte, „…“"), inserted cues, and
 *    continuation (no cue: the previous speaker).
 * 3. Indirect speech: reporting verb + dass-clause / V2 complement / colon; post-posed cue
 *    ("…, sagte X."); "wie X berichtete"; "laut X", "X zufolge", "nach Angaben von X", "…, so X.";
 *    Konjunktiv-I continuation sentences.
 * 4. Speakers: subject of the cue (Vorfeld or Mittelfeld), appositions, pronouns resolved to the
 *    nearest compatible person by gender/number/salience; linked to the entity of the mention.
 */
import type { Doc, Quote, QuoteKind, Span } from '../doc/index.ts';
import { span } from '../doc/index.ts';
import { INDEFINITE, type MentionRef, type NP, QuoteContext } from './context.ts';
import {
  FEMALE_TITLES,
  MALE_TITLES,
  ADVERBS,
  ATTRIBUTION_NOUNS,
  AUXILIARIES,
  CUE_FORMS,
  PREPOSITIONS,
  PRONOUNS,
  SUBJUNCTIVE_ALL,
  learnSubjunctives,
  SUBORDINATORS,
  FIRST_PERSON,
  ARTICLES,
} from './lexicon.ts';
import { findMarkedSpans, type MarkedSpan } from './marks.ts';
import { SEPARABLE_PARTICLES as SEPARABLE_PARTICLES_SET, COMPLEMENT_CUE_LEMMAS, reportingForm, type CueEntry } from './lexicon.ts';
import { parseTitle, personNounKey } from '../entities/roles.ts';
import { loadSpeechModel, speechScoreUnit, type SpeechModel } from './speech.ts';
import { decodeSequence, loadSequenceModel, type SequenceModel, type SequenceUnit } from './sequence.ts';
// \p{…} regexps as module constants: tsx rewrites such a literal into a `new RegExp()` on every evaluation.
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const ALL_CAPS_LABEL = /^\p{Lu}{3,}$/u;
const HYPHEN_LOWER = /-\p{Ll}/u;
const HYPHEN_UPPER = /-\p{Lu}/u;
const ZU_INFINITIVE = /^\p{Ll}+zu\p{Ll}+en$/u;
const PERFECT_PARTICIPLE = /^(?:ge\p{L}+(?:t|en)|worden|\p{L}+iert)$/u;
const PARTICIPLE_END = /\p{L}(?:t|en)$/u;
const LONG_WORDS = /\p{L}{5,}/gu;
const DATELINE_START = /^\p{Lu}[\p{L} .-]{0,30}\s[–—-]\s/u;
const CAPS_START = /^\p{Lu}{2,}/u;
const WEAK_PAST_END = /\p{Ll}(?:te|ten|ter)$/u;
const T_OR_EN_PARTICIPLE = /^(?:\p{L}+t|ge\p{L}+en|\p{L}+ge\p{L}+en)$/u;
const WE_FORM = /^(?:wir|uns|unser\p{L}*)$/u;

export interface LearnedCues {
  /** lower-cased form -> precision of the form as a cue in the training data */
  forms: Map<string, number>;
  threshold: number;
}

export interface ExtractOptions {
  /**
   * 'news' (default): statements with content only (what the pipeline stores).
   * 'all': every speech/thought/writing event, also without content (for SpkAtt-style scoring).
   */
  mode?: 'news' | 'all';
  learned?: LearnedCues | null;
  /**
   * Training of the sequence model (src/quotes/sequence.ts): receives the sentence units of a German news
   * text without marks (features from the rules' output before the sequence step) and each sentence's
   * char span.
   */
  collectSequence?: (units: SequenceUnit[], spans: [number, number][]) => void;
}

/** One attribution event before it is turned into a Quote. */
export interface Attribution {
  kind: QuoteKind;
  /** Content span (chars), or null for a cue-only event. */
  content: [number, number] | null;
  cue: [number, number] | null;
  /** Token range of the cue word(s). */
  cueTok: [number, number] | null;
  source: NP | null;
  speakerEntity: MentionRef['entity'] | null;
  speakerPseudo: boolean;
  speakerName: string | null;
  addressee: MentionRef['entity'] | null;
  method: string;
  // The fields below are set on every attribution (blankAttribution), so that all of them share one
  // object shape: fields added later made V8 deoptimise the rules that read them.
  unbalanced: boolean | undefined;
  continuation: boolean | undefined;
  /** false: a direct quote inferred without quote marks (the text lost them or never had them). */
  marks: boolean | undefined;
  /** A fragment inside an indirect content that became part of a "mixed" quote. */
  absorbed: boolean;
  /** The speaker phrase a continuation took over from the statement it continues. */
  inheritedMention: NP | null;
  /** How many statements of a chain ("…, sagte X. …, fügte er hinzu.") came before this one. */
  chain: number | undefined;
  /** A continuation more than two sentences after its statement. */
  afterGap: boolean | undefined;
  /** A first-person account with a cue of its own ("Leute haben mir gesagt, dass …"): no backwards extension takes it. */
  account: boolean;
}

/** Share nouns of a survey result ("15 Prozent", "die Hälfte", "ein Drittel", "die Mehrheit"). */
const SHARE_NOUN = /^(?:prozent|hälfte|drittel|viertel|fünftel|zehntel|mehrheit|minderheit|großteil)$/;
/** Respondents of a survey ("Befragte", "Teilnehmer einer Umfrage"). */
const RESPONDENT_NOUN = /^(?:befragten?|(?:umfrage|studien)?teilnehmer(?:innen)?|respondenten)$/;
const RELATIVE = new Set(['der', 'die', 'das', 'den', 'dem', 'denen', 'dessen', 'deren', 'welche', 'welcher', 'welches', 'welchem', 'welchen']);
const POSSESSIVE = new Set(['ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'ihres', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'seines',
  'unser', 'unsere', 'unserem', 'unseren', 'unserer', 'unseres', 'mein', 'meine', 'meinem', 'meinen', 'meiner', 'meines', 'dein', 'deine', 'euer', 'eure']);
/** Subject pronouns that, right after the finite verb, show the Vorfeld is not the subject. */
const SEPARABLE_NEXT = new Set(['hat', 'habe', 'hatte', 'hätte', 'haben', 'hatten', 'ist', 'sei', 'war', 'wird', 'werde', 'wurde', 'würde', 'kann', 'könne', 'konnte', 'will', 'wolle', 'wollte', 'soll', 'solle', 'sollte', 'muss', 'müsse', 'musste', 'möchte']);
/** Pronouns that open a verb-second complement clause after a reporting verb and a comma. */
const V2_PRONOUNS = new Set(['er', 'sie', 'es', 'man', 'wir', 'ich', 'dies', 'das', 'diese', 'dieser', 'he', 'she', 'it', 'they', 'we', 'i']);
/** Heads of person role nouns (last part of a compound): Minister, Sprecherin, Politiker, Chef, Präsident, … */
/**
 * Things whose names end like role nouns ("Expertenpapier", "Dossier", "Strategiedokument", "Magazin"): a
 * document, place or object is never a person description, however its last letters look.
 */
const THING_NOUN = /(?:papier|dossier|dokument|bulletin|magazin|statement|argument|plakat|inserat|zitat|referat|mandat|prospekt|projekt|konzept|register|poster|flyer|newsletter|kalender|zimmer|center|theater|fenster|wasser|computer|semester|lager|filter|muster|paragraf|paragraph)$/;

/** Pronouns that can only be the subject when they follow the finite verb. */
const NOMINATIVE_AFTER_VERB = new Set(['man', 'er', 'ich', 'wir', 'du']);
const ROLE_NOUN = /(?:sohn|tochter|vater|mutter|witwe|witwer|bruder|schwester|enkel|enkelin|gattin|gatte|ehefrau|ehemann|coach|boss|profi|kapitän|routinier|premier|offizier|bankier|kassier|jährige|jähriger|jährigen|beamte|beamten|(?:ent|ant|ist|at|ert|og|ekt)en|er|erin|in|ent|entin|ant|antin|ist|istin|eur|eurin|or|orin|chef|chefin|at|atin|ärin|är|oge|ogin|ekt|ektin|mann|frau|ierte|ierter|ende|ender|ete|eter|om|omin|af|afin|oph|ophin|arzt|ärztin|wirt|wirtin|experte|kollege|zeuge|zeugin|kunde|kundin|ling|leute|anwälte|ärzte|innen|grüne|liberale|konservative|freiheitliche|sozialdemokrat|christdemokrat|kommissar|notar|vikar|missionar|bibliothekar|kardinal|general|admiral|primar|analyst|analystin)$/;
/** Documents whose text a verbless colon frame quotes ("Der Beschluss:", "Das Schreiben:"). */
const DOCUMENT_NOUN = /(?:beschluss|antrag|resolution|mitteilung|aussendung|stellungnahme|wortlaut|schreiben|aufruf|gesetzestext|vertragstext|abschlusserklärung|presseerklärung)$/;
const PEOPLE_PLURAL = /(?:menschen|personen|frauen|männer|kinder|jugendlichen|familien|eltern|leuten|kunden|zeugen|opfern?|patienten|soldaten|beamten|angestellten|nachbarn)$/;
/** Indefinite articles that introduce a person without a name ("ein Passant", "eines Aktivisten"). */
const INDEF_ARTICLES = new Set(['ein', 'eine', 'einen', 'einem', 'eines', 'einer']);
// heads of role-like compounds that name a body or thing, not a person ("EU-Kommission" ends in "-in"-like forms)
const ORG_HEAD = /(?:ion|ung|heit|keit|schaft|amt|rat|tum|ium|zentrum|zeitung|agentur|partei|behörde|regierung|länder|mitglieder|staaten|truppen)$/;
/** Copula forms (and als/wie) before a predicative noun phrase. */
const PREDICATIVE_BEFORE = new Set(['bin', 'bist', 'ist', 'sind', 'seid', 'war', 'warst', 'waren', 'sei', 'seien', 'wäre', 'wären', 'wird', 'wurde', 'werden', 'wurden', 'als', 'wie', 'bleibt', 'blieb']);
/** Person nouns without a role suffix. */
const GENERIC_PERSON = /^(?:Mann|Mannes|Frau|Person|Zeuge|Zeugen|Zeugin|Passant|Passanten|Passantin|Polizist|Polizisten|Polizistin|Jugendliche[rn]?|Jährige[rn]?|Mädchen|Bub|Buben|Junge|Jungen|Täter|Täterin|Opfer|Lenker|Lenkerin|Fahrer|Fahrerin)$/;
/** A comparative before "als" ("mehr als", "weniger als", "höher als"). */
const COMPARATIVE_BEFORE_ALS = /^(?:mehr|weniger|eher|lieber|besser|schlechter|länger|kürzer|früher|später|höher|niedriger|größer|kleiner|stärker|schwächer|deutlich)$/;
/** A place adjective ("syrische", "österreichischen") used inside a name. */
const ADJECTIVAL_PLACE = /isch(?:e|en|er|es|em)$/;
/** Feminine nouns of offices and bodies (the antecedent of a demonstrative "diese"). */
const FEMININE_BODY = /(?:schaft|ung|ei|ion|kammer|behörde|kasse|bank|regierung|polizei|partei)$/;
/** Media nouns ("der Zeitung X", "der Agentur Y" after a speaker: a dative addressee, not a genitive). */
/** Finite forms that are indicative only (no Konjunktiv reads the same): "ist", "hatten" (not "hätten"), "gab". */
const CLEAR_INDICATIVE = new Set(['ist', 'sind', 'war', 'waren', 'hat', 'hatte', 'hatten', 'wird', 'wurde', 'wurden', 'kann', 'konnte', 'konnten', 'muss', 'musste', 'mussten', 'soll', 'will', 'darf', 'durfte', 'durften', 'gibt', 'gab', 'gaben', 'kam', 'kamen', 'ging', 'gingen', 'blieb', 'blieben', 'lag', 'lagen', 'stand', 'standen', 'geht', 'kommt', 'bleibt', 'liegt', 'steht', 'zeigt', 'macht', 'bringt', 'fand', 'fanden', 'findet', 'nahm', 'nahmen', 'nimmt']);
/** "-e" words that are no verb form in a finite slot (weakKonjunktivOne). */
const WEAK_K1_NOT = new Set(['alleine', 'anstelle', 'online', 'offline', 'zustande', 'zugute', 'zuhause', 'mithilfe', 'zuwege', 'zugrunde', 'zuliebe', 'zulasten', 'insbesondere', 'beinahe', 'ehrenhalber', 'beiseite', 'weitere', 'zahlreiche', 'insgesamt', 'rund', 'etliche', 'gerne', 'lange', 'ferne', 'heute', 'gestern', 'morgen', 'gerade', 'bitte', 'danke', 'ebenfalls', 'alle', 'beide', 'viele', 'wenige', 'einige', 'andere', 'manche', 'solche', 'welche', 'jene', 'diese', 'keine', 'meine', 'deine', 'seine', 'ihre', 'unsere', 'eure', 'mehrere', 'sämtliche', 'übrige', 'genannte', 'obige', 'folgende', 'gleiche', 'selbe', 'eigene', 'ganze', 'halbe', 'ohne', 'statt', 'seite', 'weise', 'mitte', 'ende', 'anfang', 'bereits', 'eine', 'ohnehin', 'zuvorderst', 'gegebene', 'leise', 'laute', 'stille', 'rasche', 'schnelle', 'lose', 'feste', 'nahe', 'weite', 'müde', 'böse', 'leere', 'volle', 'offene', 'freie', 'klare', 'reine', 'große', 'kleine', 'neue', 'alte', 'junge', 'hohe', 'tiefe', 'starke', 'schwache', 'gute', 'schlechte', 'beste', 'letzte', 'erste', 'zweite', 'dritte', 'nächste', 'wichtige', 'deutsche']);
/** Texts that something "steht in" (besides DOCUMENT_NOUN, REPORT_NOUNS and the media nouns). */
const TEXT_NOUN = /(?:bericht|brief|erlass|papier|dokument|protokoll|akt|akte|akten|anklage|anklageschrift|urteil|begründung|gutachten|programm|vertrag|gesetz|entwurf|verordnung|text|artikel|buch|bescheid|mail|nachricht|erklärung|konzept|plan|strategie|bibel|koran|verfassung|charta|richtlinie|unterlagen|dossier|memo|memorandum|kommuniqué|posting|tweet|eintrag|blog|website|homepage|internetseite|webseite|klageschrift|schriftsatz|einladung|petition|vereinbarung|abkommen|studie|umfrage|analyse|handbuch|leitfaden|regierungsprogramm|vorlage|novelle|paragraf|paragraph|absatz|kapitel|anhang|anfrage|anfragebeantwortung|beantwortung|zeugnis|befund|notiz|vermerk|liste)$/;
const MEDIUM_NOUN = /(?:zeitung|agentur|blatt|magazin|sender|portal|radio|fernsehen|tv|nachrichten|journal|dienst)$/;
const FEMALE_ROLE = /(?:erin|entin|istin|orin|antin|eurin|atin|ärin|chefin|ogin|pertin|sterin|lerin)$/;
const EN_AUX = new Set(['has', 'have', 'had', 'will', 'would', 'also', 'previously', 'later', 'recently', 'has', 'once', 'repeatedly', 'often', 'then', 'again', 'is', 'was', 'were', 'are', 'did', 'does', 'do', 'not', "n't", 'never', 'even', 'already', 'publicly', 'reportedly']);
const EN_STOP = new Set(['that', 'which', 'who', 'and', 'but', 'or', 'when', 'while', 'because', 'as', 'if', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'of', 'about', 'after', 'before', 'during', 'since', 'than', 'where', 'what', 'said', 'says', 'told', 'there', 'is', 'was']);
const DATIVE_LIKE = new Set(['dem', 'einem', 'diesem', 'seinem', 'ihrem', 'unserem', 'jenem', 'ihm', 'ihr', 'ihnen', 'mir', 'uns']);
/** Focus particles that may open a sentence before its subject. */
const FOCUS_OPENERS = new Set(['auch', 'selbst', 'sogar', 'nur', 'gerade', 'ebenso', 'ebenfalls']);
/** Head nouns of a place that acts as an institution ("die Stadt Salzburg", "das Land Tirol"). */
const PLACE_BODY = /^(?:stadt|gemeinde|marktgemeinde|land|bundesland|kanton|bezirk|region|provinz|staat|republik|führung|stadtführung)$/;
const CONJ = new Set(['und', 'oder', 'aber', 'doch', 'denn', 'sondern', 'and', 'but', 'or']);
/** Future and modal auxiliaries before an infinitive ("wird … bekannt geben", "will … sagen"). */
const FUTURE_MODAL = new Set(['wird', 'werden', 'will', 'wollen', 'soll', 'sollen', 'muss', 'müssen', 'kann', 'können', 'darf', 'dürfen', 'möchte', 'möchten']);
/** Connectors that open a sentence before a colon and a speaker's next words ("Denn: …", "Nur: …", "Und: …"). */
const CONNECTOR_COLON = new Set(['denn', 'nur', 'und', 'aber', 'doch', 'also', 'sprich', 'allerdings', 'jedoch', 'trotzdem', 'dennoch']);
const POST_SUBJECT = new Set(['ich', 'wir', 'man', 'du', 'er']);
/** Punctuation that closes a clause (not the hyphen of "25 - Kilometer-Variante"). */
const CLAUSE_PUNCT = new Set([',', ':', ';', '(', ')', '–', '—', '.', '!', '?']);
const BOUNDARY = new Set([',', ':', ';', '(', ')', '–', '—', '-', '„', '“', '”', '"', '»', '«']);
const END_PUNCT = new Set(['.', '!', '?', '…']);
/** "zeigen" forms of a post-posed source ("…, zeigen die Zahlen."). */
const SHOW_FORMS = new Set(['zeigt', 'zeigen', 'zeigte', 'zeigten']);
/**
 * Every (lower-case) word that a rule of indirectInSentence starts from other than a cue: "laut X", "X zufolge",
 * "nach Angaben …", "geht aus X hervor", "zeigen die Zahlen", "wonach", "steht in", ", so X", "Das heißt",
 * "Anders gesagt". The loop there skips any other token that is no cue at once (most tokens): a new rule keyed
 * on another word must add it here.
 */
/** Konjunktiv I auxiliaries and modals that are no indicative form of the 3rd person. */
const KONJ_AUX = new Set(['habe', 'sei', 'seien', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe']);
const INDIRECT_OPENERS = new Set(['laut', 'zufolge', 'nach', 'hervor', 'hervorgeht', 'hervorging', ...SHOW_FORMS, 'wonach', 'steht', 'stand', 'so', 'heißt', 'gesagt']);
/** Adjectives of conviction that close a post-posed copula frame ("…, ist X überzeugt."). */
const BELIEF_ADJ = new Set(['überzeugt', 'sicher', 'zuversichtlich', 'optimistisch', 'pessimistisch', 'skeptisch', 'gewiss', 'einig', 'besorgt']);
const OPINION_VERBS = new Set(['hält', 'hielt', 'sieht', 'sah', 'hofft', 'hoffte', 'befürchtet', 'befürchtete', 'erwartet', 'erwartete', 'bezweifelt', 'bezweifelte', 'glaubt', 'glaubte']);
const KOMMEN = new Set(['kommt', 'kam', 'kamen', 'kommen', 'gekommen']);
const FRAME_WORDS = new Set([...KOMMEN, ...BELIEF_ADJ, 'vertritt', 'vertrat', 'vertraten', 'vertreten']);

/** What cueAtUncached looks up for a form: a frame word, cue entries, a learned cue above the threshold. */
interface CueInfo {
  frame: boolean;
  entries: CueEntry[] | undefined;
  learned: boolean;
}
/**
 * FRAME_WORDS, CUE_FORMS and the learned forms in one Map (one per learned cue set, built on first use; the lists
 * are fixed after loading): one lookup per token instead of three, and most tokens are in none of them.
 */
const cueInfoMaps = new WeakMap<LearnedCues | typeof FRAME_WORDS, Map<string, CueInfo>>();
function cueInfoMap(learned: LearnedCues | null): Map<string, CueInfo> {
  const key = learned ?? FRAME_WORDS;
  let m = cueInfoMaps.get(key);
  if (m) return m;
  m = new Map();
  const info = (f: string): CueInfo => {
    let x = m!.get(f);
    if (!x) m!.set(f, (x = { frame: false, entries: undefined, learned: false }));
    return x;
  };
  for (const f of FRAME_WORDS) info(f).frame = true;
  for (const [f, entries] of CUE_FORMS) info(f).entries = entries;
  if (learned) for (const [f, p] of learned.forms) if (p >= learned.threshold) info(f).learned = true;
  cueInfoMaps.set(key, m);
  return m;
}
/**
 * A cheap key of a lower-case word (its length and three of its characters, no loop): most tokens are no cue, and
 * their key's bit in cueKeyBits is unset, so the cue Map (whose misses cost a few cache misses each) is not looked up.
 */
function cueKey(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  return (((n * 31 + w.charCodeAt(0)) * 31 + w.charCodeAt(n >> 1)) * 31 + w.charCodeAt(n - 1)) & 0xffff;
}
/** cueKey of every word of a cueInfoMap, one bit each (8 KB). */
const cueKeyBitsByMap = new WeakMap<Map<string, CueInfo>, Int32Array>();
function cueKeyBits(m: Map<string, CueInfo>): Int32Array {
  let bits = cueKeyBitsByMap.get(m);
  if (bits) return bits;
  bits = new Int32Array(1 << 11);
  for (const f of m.keys()) {
    const h = cueKey(f);
    bits[h >>> 5] |= 1 << (h & 31);
  }
  cueKeyBitsByMap.set(m, bits);
  return bits;
}
/** Heads of document and report sources ("Studie", "Medienberichten", "Umfrage", "Pressemitteilung"). */
const DOCUMENT_HEAD = /(?:studie|bericht|berichten|berichte|umfrage|untersuchung|analyse|statistik|erhebung|gutachten|mitteilung|aussendung|medien|zeitung|agentur)$/;
/** Bare plural source nouns after "laut" ("laut Medienberichten", "laut Polizeiangaben"). */
const PLURAL_SOURCE = /^\p{Lu}\p{L}*(?:berichten|angaben|informationen|medien|zeitungen|umfragen|studien|schätzungen|recherchen)$/u;
/** Words that open an embedded question ("erklärt nicht, was …"). */
const INTERROGATIVE = new Set(['was', 'wie', 'warum', 'wann', 'wo', 'weshalb', 'wieso', 'weswegen', 'ob', 'wer', 'wen', 'wem', 'wessen', 'welche', 'welcher', 'welches', 'welchen', 'welchem', 'woher', 'wohin', 'womit', 'wofür', 'worum', 'wozu']);
const COPULA = new Set(['ist', 'sind', 'war', 'waren', 'sei', 'seien', 'zeigte', 'zeigten', 'zeigt', 'zeigen', 'gab', 'gaben', 'gibt', 'geben']);
/** Lower-case words after a comma that are no finite verb of an inverted frame clause. */
const NOT_FRAME_VERB = new Set(['sowie', 'darunter', 'etwa', 'nämlich', 'insbesondere', 'zumal', 'also', 'samt', 'inklusive', 'einschließlich', 'beziehungsweise', 'bzw', 'hingegen', 'jedoch', 'dagegen', 'danach', 'zuvor', 'damit', 'dabei', 'daneben', 'außerdem', 'zudem', 'ebenso', 'jene', 'diese', 'dieser', 'dessen', 'deren', 'welche', 'weitere', 'andere', 'alle', 'beide']);
/** Strong past and present forms that can open an inverted frame ("…, brach X eine Lanze", "…, gab sich X versöhnlich"). */
const STRONG_PAST = new Set(['brach', 'bricht', 'gab', 'gibt', 'war', 'ist', 'zog', 'zieht', 'hieß', 'blieb', 'bleibt', 'fand', 'findet', 'sprach', 'spricht', 'rief', 'ruft', 'schrieb', 'nahm', 'nimmt', 'sah', 'sieht', 'ließ', 'lässt', 'hielt', 'hält', 'kam', 'kommt', 'ging', 'geht', 'tat', 'bat', 'riet', 'rät', 'stand', 'steht', 'lag', 'liegt', 'gestand', 'gesteht', 'wies', 'weist', 'schloss', 'schließt', 'warf', 'wirft', 'trat', 'tritt', 'stellte', 'zeigte', 'gab', 'meinte']);
/** Adverbial conjunctions whose clause may hold a report of its own ("Während X betont, dass …, …"). */
const ADVERBIAL_CUE_SUB = new Set(['während', 'weil', 'da', 'obwohl', 'obgleich', 'nachdem', 'als', 'zumal', 'indem', 'seit', 'seitdem']);
/** Subordinators of adverbial clauses that are no reason a speaker gives (condition, time, concession), none of them a preposition or adverb too. */
const ADVERBIAL_FRAME_SUB = new Set(['wenn', 'seitdem', 'sobald', 'solange', 'sodass', 'obwohl', 'obgleich', 'nachdem', 'bevor', 'ehe', 'falls', 'sofern']);
/** Subordinators of adverbial clauses (cause, condition, time, concession). */
// "was … betrifft" (a Vorfeld naming the topic) and the content clauses a noun can take ("die Frage, wann …")
// capitalised function words that open a sentence (a run-in subheading before them), and the words after which a
// capitalised one starts a quoted title instead ("Filme wie Die Playboys", "Parolen wie Das ist unsere Heimat")
const HEADING_OPENERS = new Set(['Es', 'Er', 'Die', 'Der', 'Das', 'Den', 'Dem', 'Wir', 'Ich', 'Für', 'In', 'Im', 'Auf', 'Mit', 'Nach', 'Bei', 'Doch', 'Aber', 'Auch', 'Dies', 'Diese', 'Dieser', 'Man', 'Ein', 'Eine', 'Seit', 'Am', 'Nun', 'Jetzt']);
const TITLE_BEFORE = new Set(['wie', 'und', 'oder', 'als', 'namens', 'titel', 'motto']);
const PREP_PARTICLE = new Set(['vor', 'an', 'zu', 'aus', 'auf', 'ab', 'ein']);
const QUANTIFIER_DET = new Set(['mehrere', 'viele', 'einige', 'wenige', 'zahlreiche', 'etliche', 'manche', 'sämtliche', 'ein', 'eine', 'einen', 'einem', 'eines', 'kein', 'keine', 'keinen', 'keinem', 'keines']);
const REGARDING = new Set(['betrifft', 'betraf', 'angeht', 'anbelangt', 'anlangt']);
const CONTENT_SUB = new Set(['dass', 'daß', 'ob', 'wann', 'wie', 'warum', 'weshalb', 'wieso', 'was', 'wer', 'wo', 'welche', 'welcher', 'welches']);
const ADVERBIAL_SUB = new Set(['weil', 'da', 'wenn', 'obwohl', 'als', 'nachdem', 'sobald', 'während', 'damit', 'falls', 'sodass', 'zumal']);
/** Time nouns that head adverbial noun phrases ("Anfang der Woche", "Ende Mai", "Montagabend"). */
const TEMPORAL = /^(?:anfang|ende|mitte|beginn|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|\p{L}*(?:morgen|abend|nacht|mittag|woche|wochenende|monat|jahr|jahres|tag|tages))$/u;
/** Head nouns of institutions that speak ("das Innenministerium", "die Stadtverwaltung"). */
/** Pronominal adverbs ("daran", "darüber", "hierzu", "womit") that can fill the Vorfeld. */
const PRONOMINAL_ADVERB = /^(?:da|dar|hier|wo|wor)(?:an|auf|aus|bei|durch|für|gegen|hinter|in|mit|nach|neben|über|um|unter|von|vor|zu|zwischen)$/;

/** "Polizeiangaben", "Armeeinformationen": a closed compound of a source and an attribution noun (first part >= 3 letters). */
const CLOSED_ATTRIBUTION = /^(\p{Lu}\p{Ll}{2,}?)(?:angaben|informationen|schätzungen|berichten|aussagen)$/u;

/** Plural statement nouns that name a source after "aus"/"von" ("laut früheren Ankündigungen aus Regierungskreisen"). */
const STATEMENT_PLURALS = new Set(['Ankündigungen', 'Erklärungen', 'Mitteilungen', 'Stellungnahmen', 'Äußerungen', 'Aussendungen']);

/** Media outlets named by their kind in a teaser ("Tageszeitung: …", "Medien: …"). */
const MEDIA_NOUN = /^(?:\p{L}*zeitung|\p{L}*blatt|medien|\p{L}*magazin|nachrichtenagentur|agentur)$/u;

/** Web outlets of a speaker ("auf der Facebookseite", "auf ihrer Homepage", "auf dem Twitter-Account"). */
const WEB_OUTLET = /(?:seite|homepage|website|webseite|account|konto|kanal|profil|blog)$/;

/** Documents a speaker issues ("heißt es in der Aussendung" after the speaker's own quote). */
const RELEASE_NOUNS = /^(?:Aussendung|Presseaussendung|Mitteilung|Pressemitteilung|Stellungnahme|Erklärung|Presseerklärung|Aussendung)$/;

/** Agent nouns that describe organisations ("der Sender", "der Autobauer"), not persons. */
const ORG_AGENT = /(?:sender|hersteller|anbieter|betreiber|veranstalter|versicherer|autobauer|flugzeugbauer|zulieferer|konzern|verlag|provider|produzent|vermarkter|händlerkette|netzbetreiber|versender|discounter|broadcaster|organisation|airline|fluglinie|fluggesellschaft|billigflieger|reederei|brauerei|molkerei|handelskette|supermarktkette|versorger|mobilfunker)$/;

const INSTITUTION = /(?:ministerium|amt|behörde|regierung|polizei|kommission|verwaltung|gericht|partei|verband|büro|rat|konzern|gewerkschaft|kammer|botschaft|agentur|organisation|ministerin|minister|sprecher|sprecherin|führung|leitung|vorstand|unternehmen|bank|stiftung|institut|klinik|spital|universität|staatsanwaltschaft|direktion|präsidium|kanzlei|senat|ausschuss)$/;
/** Emergency services and armed forces, speaking as institutions ("hieß es bei der Feuerwehr", "beim Bundesheer"). */
const EMERGENCY_SERVICE = /(?:feuerwehr|rettung|heer|armee|militär|bergrettung|wasserrettung)$/;
/** Past-tense forms that mark narration rather than a quoted statement. */
const PAST_NARRATION = new Set([
  'war', 'waren', 'wurde', 'wurden', 'hatte', 'hatten', 'gab', 'ließ', 'kam', 'kamen', 'ging', 'gingen', 'erwies',
  'sagte', 'sagten', 'stand', 'standen', 'lag', 'lagen', 'blieb', 'blieben', 'zeigte', 'fand', 'fanden', 'wollte',
  'konnte', 'konnten', 'musste', 'mussten', 'durfte', 'wusste', 'galt', 'hieß', 'folgte', 'begann',
  'warteten', 'wartete', 'lief', 'liefen', 'brachte', 'machte', 'traf', 'nahm', 'verkauft', 'gebracht', 'worden',
]);
/** Present-tense auxiliaries, modals and common verbs of statements. */
const PRESENT_SPEECH = new Set([
  'ist', 'sind', 'bin', 'bist', 'hat', 'haben', 'gibt', 'kann', 'können', 'muss', 'müssen', 'wird', 'werden',
  'will', 'wollen', 'soll', 'sollen', 'darf', 'dürfen', 'braucht', 'brauchen', 'geht', 'gehen', 'kommt', 'kommen',
  'bringt', 'bringen', 'führt', 'führen', 'liegt', 'steht', 'stehen', 'bleibt', 'bleiben', 'heißt', 'zählt',
  'macht', 'machen', 'sollte', 'sollten', 'müsste', 'müssten', 'könnte', 'könnten', 'würde', 'würden', 'wäre', 'wären',
]);
/** Modal particles typical of speech. */
const INNER_CAP_OR_HYPHEN = /[-\p{Lu}]/u;
/** Konjunktiv forms that are also indicative (preterite or present plural). */
const INDICATIVE_TOO = new Set(['wollten', 'sollten', 'gingen', 'gelten', 'sollen', 'müssen', 'möchten']);
const AMBIGUOUS_PLURAL = new Set(['gingen', 'gelten', 'sollen', 'müssen']);
// singular finite verbs next to "sie" that make it "she", not "they" (the narratorSentence check)
const SINGULAR_FINITE = /^(?:ist|war|hat|hatte|will|wollte|kann|konnte|muss|musste|soll|sollte|wird|wurde|darf|durfte|mag|\p{Ll}{2,}(?:t|te))$/u;
const NOT_VERB_T = new Set(['nicht', 'jetzt', 'seit', 'selbst', 'erst', 'zuletzt', 'meist', 'bereits', 'insgesamt', 'längst', 'zunächst', 'nächste', 'letzte', 'erste', 'beste', 'größte', 'meiste', 'weit', 'recht', 'gut', 'oft', 'heute', 'stets', 'somit', 'samt', 'laut', 'statt', 'mit', 'bisweilen']);
/** Focus particles that can stand before a subordinate clause ("selbst wenn", "nur weil", "auch wenn"). */
const FOCUS_PARTICLES = new Set(['selbst', 'sogar', 'auch', 'nur', 'gerade', 'erst', 'schon', 'eben', 'vor', 'allem']);
/** Finite verbs after "Für X" that make X the holder of a view ("Für X ist das ein Alarmsignal"). */
const COPULA_VIEW = new Set(['ist', 'sind', 'war', 'waren', 'bleibt', 'blieb', 'wäre', 'scheint', 'steht', 'stand', 'gilt', 'galt', 'gibt', 'gab', 'bedeutet', 'bedeutete', 'zählt']);
/** Modal particles that make a past-tense sentence right after a statement speech ("war ja", "hatte eh"), not narration. */
const SPEECH_PARTICLE_AFTER_PAST = new Set(['ja', 'halt', 'eh']);
const MODAL_PARTICLES = new Set(['doch', 'ja', 'halt', 'eben', 'eh', 'freilich', 'natürlich', 'hauptsache', 'nein', 'jedenfalls']);
/** Documents that report with an author named after them: "nach einem Bericht der X". */
const REPORT_NOUNS = new Set(['Bericht', 'Studie', 'Umfrage', 'Untersuchung', 'Analyse', 'Statistik', 'Erhebung', 'Bilanz']);
/** Finite forms of accusation verbs (vorwerfen, vorhalten, unterstellen, anlasten, ankreiden): the noun after
 * the verb is the accused (dative), the Vorfeld noun the speaker. */
const ACCUSATION_FORMS =
  /^(?:wirft|werfen|warf|warfen|vorwirft|vorwarf|hält|halten|hielt|hielten|vorhält|vorhielt|unterstellt|unterstellen|unterstellte|unterstellten|lastet|lasten|lastete|lasteten|anlastet|anlastete|kreidet|kreiden|kreidete|kreideten|ankreidet|ankreidete)$/;
/** Nouns for a headline or title: what they "say" is a title, not a statement. */
const TITLE_NOUNS = new Set(['Titel', 'Schlagzeile', 'Überschrift', 'Headline', 'Untertitel', 'Titelseite', 'Aufmacher', 'Schlagzeilen']);
/** Data nouns that name a source only with a genitive/von owner: "nach Zahlen des Verbands X", "nach Daten der Weltbank". */
const DATA_NOUNS = new Set([
  'Zahlen', 'Daten', 'Statistiken', 'Erhebungen', 'Hochrechnungen', 'Prognosen', 'Berechnung', 'Hochrechnung', 'Prognose',
]);
/** Nouns for what someone said ("seine Botschaft", "ihre Antwort"): a possessive before them names the speaker. */
/** Longest run of unattributed sentences between two statements of one person that is taken as theirs. */
/** P(speech) from which a sentence between two statements of one person counts as theirs despite a past form. */
const SANDWICH_SPEECH_P = 0.5;
/** The same inside a block closed on both sides by the person's own cues. */
const BLOCK_SPEECH_P = 0.3;
/** P(speech) below which a sentence after a person's bare frame, before their statement, is the narrator's after all. */
const FRAME_BLOCK_MIN_SPEECH_P = 0.15;
/** Plural finite forms not ending in -en ("Sie sind …"): a sentence-initial "Sie" before them is no singular speaker. */
const PLURAL_FINITE = new Set(['sind', 'seien', 'wären', 'hätten', 'waren']);

/** P(speech) below which a run-on sentence after a direct statement is narration after all. */
const RUN_ON_MIN_SPEECH_P = 0.2;
/** P(speech) from which an unattributed sentence before a person's statement, after one about them, is theirs. */
const PREFACE_SPEECH_P = 0.8;
const SANDWICH_MAX = 3;
/** P(direct speech) an unmarked sentence of more than five words needs to continue an indirect statement with a post-posed cue. */
const LONG_RUN_ON_SPEECH_P = 0.5;
/** How many sentences back a decoded speech run without a statement of its own looks for its speaker. */
const SEQ_GAP = 3;
/** Interned 'prev:'/'next:' feature names (a small vocabulary; no string built per sentence). */
const PREV = new Map<string, string>();
const NEXT = new Map<string, string>();
function prefixed(cache: Map<string, string>, prefix: string, x: string): string {
  let v = cache.get(x);
  if (v === undefined) cache.set(x, (v = prefix + x));
  return v;
}
/** Sentences farther than this from any statement are not classified (they cannot join a run with a speaker). */
const SEQ_WINDOW = 3;
/** Words of narration about a person (a run of sentences with them is no quote of that person). */
const THIRD_PERSON = new Set(['er', 'ihm', 'ihn', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'seines']);

/** Nouns for a message as such ("die Botschaft", "der Tenor"): with an article they are never the speaker. */
const MESSAGE_NOUNS = new Set(['Botschaft', 'Kernbotschaft', 'Tenor', 'Devise', 'Credo', 'Motto', 'Losung', 'Parole', 'Mantra', 'Ansage', 'Antwort']);

/** Epistemic Konjunktiv II of the narrator ("dürfte": probably), no marker of reported speech. */
const EPISTEMIC = new Set(['dürfte', 'dürften']);
/** Verbs of talking about a topic ("sprachen … über"): without content they own no "laut" phrase in their clause. */
const TOPIC_TALK = /^(?:sprach|sprachen|spricht|sprechen|redete|redeten|diskutierte|diskutierten|berieten|beriet)$/;
/** The noun of an age description ("der 83-Jährige") and the articles before it. */
const AGE_NOUN = /^jährige[nr]?$/;
const AGE_ARTICLES = new Set(['der', 'die', 'den', 'dem', 'des']);
/** Openers of the second half of a "zwar … aber" concession. */
const CONCESSIVE_OPEN = new Set(['aber', 'doch', 'allerdings', 'jedoch']);
// determiners of an accusative or dative noun phrase (never of a nominative one); personal pronouns as subjects
const OBLIQUE_DET = new Set(['einen', 'dem', 'den', 'einem', 'seinem', 'seinen', 'ihrem', 'ihren', 'unserem', 'unseren', 'diesem', 'diesen', 'jenem']);
const SUBJECT_PRONOUN = new Set(['ich', 'wir', 'sie', 'man', 'du', 'ihr', 'es']);
/** The link that closes an embedded tweet, and the words of a medium that frame a post. */
const TWEET_LINK = /^https?:\/\/t\.co\//;
const POST_MEDIUM = /^(?:Twitter|Facebook|Instagram|Tweet|twitterte|getwittert|postete|gepostet|Facebook-Seite|Twitter-Account|Twitter-Konto)$/;

const SPEECH_NOUNS = new Set([
  'Botschaft', 'Antwort', 'Devise', 'Forderung', 'Credo', 'Motto', 'Fazit', 'Kommentar', 'Reaktion', 'Begründung',
  'Argument', 'Appell', 'Warnung', 'Position', 'Urteil', 'Bilanz', 'Prognose', 'Erklärung', 'Ansage', 'Losung',
  'Parole', 'Vorschlag', 'Kritik', 'Einwand', 'Replik', 'Kernbotschaft', 'Mantra', 'Versprechen', 'Analyse', 'Diagnose',
  'Befund', 'Vorwurf', 'Rat', 'Empfehlung', 'Bitte', 'Frage', 'Zusage', 'Absage', 'Conclusio', 'Schlussfolgerung',
  'Anspruch', 'Standpunkt', 'Vision', 'Ziel', 'Wunsch', 'Hoffnung', 'Sorge', 'Plädoyer', 'Resümee', 'Schluss',
]);

export function extractAttributions(doc: Doc, options: ExtractOptions = {}): Attribution[] {
  return extractWithContext(doc, options).atts;
}

/** The attributions with the context they were read from (the speaker ranker reuses its mentions and words). */
export function extractWithContext(doc: Doc, options: ExtractOptions = {}): { ctx: QuoteContext; atts: Attribution[] } {
  const mode = options.mode ?? 'news';
  const ctx = new QuoteContext(doc);
  const ex = new Extractor(ctx, mode, options.learned ?? null);
  ex.collectSequence = options.collectSequence ?? null;
  return { ctx, atts: ex.run() };
}

/** An attribution without cue, source or speaker yet. */
function blankAttribution(kind: QuoteKind, content: [number, number] | null, method: Attribution['method']): Attribution {
  return {
    kind, content, cue: null, cueTok: null, source: null, speakerEntity: null, speakerPseudo: false, speakerName: null, addressee: null, method,
    unbalanced: undefined, continuation: undefined, marks: undefined, absorbed: false, inheritedMention: null, chain: undefined, afterGap: undefined,
    account: false,
  };
}

/**
 * A copy of an attribution. Attributions are made by blankAttribution and then assigned to, never spread
 * (`{ ...blankAttribution(…), x }` or `{ ...att }`): a spread copy has a hidden class of its own, and the
 * rules' optimised code, having met one class in the warm-up, fell back to the interpreter on the other
 * (Extractor.run at `att.speakerEntity` in the bench's timed pass).
 */
function copyAttribution(att: Attribution): Attribution {
  return Object.assign(blankAttribution(att.kind, att.content, att.method), att);
}

/** Cues whose subject "es" is an expletive, no speaker: "Es habe sich gezeigt", "Es hieß". */
const EXPLETIVE_CUE = /^(?:(?:ge)?zeigt(?:e|en)?|zeigen|heißt|hieß|hießen|geheißen)$/;
/** A capitalised predicative adjective or participle opening a sentence ("Deplatziert findet X …"). */
const PREDICATIVE_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:iert|ig|lich|isch|bar|los|sam|haft)$/u;
const WONACH = /^(?:wonach|demzufolge|derzufolge)$/;
/** "Mitterlehner-Aussage": a name before a dash and a noun after it. */
const NAME_COMPOUND = /^(\p{Lu}[\p{L}]+)-(\p{Lu}\p{Ll}+)$/u;
/** A spokesperson noun ("Sprecher", "Sprecherin"; not a compound that names its organisation, "AUA-Sprecher"). */
const SPOKESPERSON = /^Sprecher(?:in)?$/;
/** Words after a spokesperson noun that name whose spokesperson it is ("ein Sprecher der Polizei", "… von X"). */
const SPOKESPERSON_OF = new Set(['der', 'des', 'von', 'vom', 'aus', 'bei', 'beim', 'seitens']);
/** Heads of organisation phrases without an entity ("die Wiener Linien", "das Ministerium", "die Gewerkschaft"). */
const ORG_BODY = /(?:ministerium|amt|behörde|regierung|polizei|kommission|verwaltung|gericht|partei|verband|büro|konzern|gewerkschaft|kammer|botschaft|agentur|organisation|unternehmen|bank|stiftung|institut|klinik|spital|universität|staatsanwaltschaft|direktion|linien|werke|bahnen|betriebe|gruppe|firma)$/;
/** Demonstrative subjects with which "heißen" means "to mean" ("Das heißt, dass …"). */
const DEMONSTRATIVE_SUBJECT = new Set(['das', 'dies', 'dieses', 'was']);
/** "drohen": with a penalty noun in its clause impersonal ("drohen X zehn Jahre Haft" — X is a dative, no speaker). */
const DROHEN = /^(?:droh(?:e|t|en|te|ten)|gedroht)$/;

class Extractor {
  private readonly ctx: QuoteContext;
  private readonly mode: 'news' | 'all';
  private readonly learned: LearnedCues | null;
  private readonly cueInfo: Map<string, CueInfo>;
  /** cueKeyBits of cueInfo: a word whose key bit is unset is not in it. */
  private readonly cueKeys: Int32Array;
  /** Tokens inside direct quotes (content or marks). */
  private readonly inQuote: Uint8Array;
  /** Tokens of quotes longer than four tokens (statements rather than names or titles). */
  private readonly longQuote: Uint8Array;
  /** Tokens used as cues already. */
  private readonly usedCue: Uint8Array;
  private lastSpeaker: { att: Attribution; sentence: number } | null = null;
  /** Which rule produced the last complement: 'post' (before ", cue X"), 'colon', 'clause' (dass/V2/…). */
  /** A named subject of a reporting verb without content in this sentence (becomes the last speaker). */
  /** Sentences that already hold a statement (indirect/continuation) — not re-attributed backwards. */
  private readonly usedSentence = new Set<number>();
  /** Sentences read as the narrator's by the ambiguous-plural check: no unmarked-quote rule takes them either. */
  private readonly narrated = new Set<number>();
  /** The last direct quote of the previous sentence (for "Das sagte X."). */
  private prevDirect: { att: Attribution; sentence: number } | null = null;
  /** Reporting verbs of the current sentence that found no content (news mode). */
  private sentenceCues: Attribution[] = [];
  private pendingSpeaker: { att: Attribution; sentence: number } | null = null;
  /** Sentences with a person's reporting verb and no content ("X warnte vor der … Kultur."): a speaker block may open there. */
  private readonly frameAt = new Map<number, Attribution>();
  /** The person opening the latest narrative sentence without any attribution. */
  private introduced: { np: NP; sentence: number } | null = null;
  private complementType: 'post' | 'colon' | 'clause' | 'wie' = 'clause';
  /** Persons who spoke, by the sentence of their statement (a pronoun whose referent is named far back). */
  private readonly recentSpeakers: { entity: NonNullable<Attribution['speakerEntity']>; sentence: number }[] = [];

  private readonly english: boolean;
  /** The document keeps its quote marks: unmarked sentences are narration, not quotes. */
  private marksKept = false;
  /** The person a question-and-answer interview interviews (`qaInterviewee`), once per document. */
  private qaWho: MentionRef['entity'] | null | undefined = undefined;
  /** cueAt results per token (-2 unknown, -1 none, else the end token of the cue). */
  private readonly cueCache: Int32Array;
  /** Learned P(direct speech) of an unmarked sentence (src/quotes/speech.ts); null = rules alone. */
  private readonly speech: SpeechModel | null = loadSpeechModel();
  /** Unmarked speech runs decoded over the sentences (src/quotes/sequence.ts); null = rules alone. */
  private readonly sequence: SequenceModel | null = loadSequenceModel();
  collectSequence: ExtractOptions['collectSequence'] | null = null;

  constructor(ctx: QuoteContext, mode: 'news' | 'all', learned: LearnedCues | null) {
    this.ctx = ctx;
    this.english = ctx.doc.lang === 'en';
    this.mode = mode;
    // the document's strong Konjunktiv II forms join the Konjunktiv set before any rule reads it
    learnSubjunctives(ctx.lower);
    this.learned = learned;
    this.cueInfo = cueInfoMap(learned);
    this.cueKeys = cueKeyBits(this.cueInfo);
    this.inQuote = new Uint8Array(ctx.n);
    this.usedCue = new Uint8Array(ctx.n);
    this.longQuote = new Uint8Array(ctx.n);
    this.cueCache = new Int32Array(ctx.n).fill(-2);
  }

  run(): Attribution[] {
    const ctx = this.ctx;
    if (ctx.n === 0) return [];
    const marked = findMarkedSpans(ctx.text);
    // a text that keeps its quote marks (two or more statements in marks) needs no inference of unmarked quotes
    let longMarked = 0;
    // (quotes in the headline, a first sentence without a dateline, say nothing about the body: "Scolik: „…“ – „…“"
    // over an unmarked report)
    for (const m of marked) if (ctx.tokenAt(m.end - 1) - ctx.tokenAt(m.start) >= 4 && !(this.mode === 'news' && ctx.doc.sentences.length > 3 && ctx.sentenceOf(ctx.tokenAt(m.start)) === 0 && !DATELINE_START.test(ctx.text.slice(ctx.doc.sentences[0].start, ctx.doc.sentences[0].start + 40)))) longMarked++;
    this.marksKept = longMarked >= 2;
    const quoteAtts = new Map<number, Attribution>(); // by first token
    const direct: { m: MarkedSpan; open: number; close: number; att: Attribution }[] = [];
    for (const m of marked) {
      const open = ctx.tokenAt(m.open);
      let close = ctx.tokenAt(m.close - 1);
      if (open < 0 || close < 0) continue;
      if (ctx.toks[close].start >= m.close) close--;
      for (let k = open; k <= close; k++) this.inQuote[k] = 1;
      if (close - open - 1 > 4) for (let k = open; k <= close; k++) this.longQuote[k] = 1;
      const att = blankAttribution('direct', [m.start, m.end], 'none');
      att.unbalanced = m.unbalanced || undefined;
      direct.push({ m, open, close, att });
    }
    // attribution of direct quotes
    for (let qi = 0; qi < direct.length; qi++) {
      const { open, close, att } = direct[qi];
      // the speaker of the quote before is salient for a pronoun here ("…“, grinst er")
      const p = qi > 0 ? direct[qi - 1] : null;
      this.lastSpeaker = p && p.att.speakerEntity && p.att.kind !== 'fragment' ? { att: p.att, sentence: ctx.sentenceOf(p.close) } : null;
      this.attributeDirect(open, close, att, p);
    }
    this.lastSpeaker = null;
    // indirect speech, sentence by sentence, interleaved with continuation of direct quotes
    const out: Attribution[] = [];
    this.outAtts = out;
    let di = 0;
    const ns = ctx.doc.sentences.length;
    for (let s = 0; s < ns; s++) {
      const a = ctx.sentStart[s];
      const b = ctx.sentEnd[s];
      if (a < 0) continue;
      // direct quotes starting in this sentence
      const sentenceAtts: Attribution[] = [];
      while (di < direct.length && ctx.sentenceOf(direct[di].open) <= s) {
        const d = direct[di++];
        if (d.att.method === 'none' && d.att.kind === 'direct') this.continueSpeaker(d.att, s);
        if (d.att.kind !== 'fragment' && (d.att.speakerName || d.att.source) && !this.weakSource(d.att)) this.lastSpeaker = { att: d.att, sentence: ctx.sentenceOf(d.close) };
        quoteAtts.set(d.open, d.att);
        sentenceAtts.push(d.att);
        if (d.att.kind === 'direct') this.prevDirect = { att: d.att, sentence: ctx.sentenceOf(d.close) };
      }
      const found = this.english ? this.englishInSentence(s, a, b) : this.indirectInSentence(s, a, b);
      if (this.mode === 'news' && !this.english) this.outerCueOwns(found, a);
      for (const f of found) {
        // fragments inside an indirect content make it "mixed"
        if (f.content) {
          for (const d of sentenceAtts) {
            if (d.kind === 'fragment' && d.content && d.content[0] >= f.content[0] && d.content[1] <= f.content[1]) {
              f.kind = 'mixed';
              d.kind = 'fragment';
              d.absorbed = true;
            }
          }
        }
        if ((f.speakerName || f.source) && !this.weakSource(f)) this.lastSpeaker = { att: f, sentence: s };
        // a statement of a thing that dropThingSpeakers will remove speaks on for no one
        if (this.mode === 'news' && !this.english && !this.marksKept && this.thingSpeaker(f)) this.lastSpeaker = null;
      }
      if (s === 0 && this.mode === 'news' && !this.english && found.length === 0) found.push(...this.teaserStatements(a, b));
      const proForm = found.length === 0 && sentenceAtts.length === 0 && this.mode === 'news' && !this.english ? this.proFormCue(s, a, b, out) : null;
      if (proForm) {
        // taken by proFormCue (out, usedSentence, lastSpeaker)
      } else if (found.length === 0 && sentenceAtts.length === 0) {
        const cont: Attribution | null =
          this.colonOrInvertedDirect(s, a, b) ??
          this.invertedFrame(s, a, b) ??
          (this.mode === 'news' && (this.datelineAt(a) || (this.lastSpeaker && this.otherViewHolder(s, this.lastSpeaker.att)))
            ? null
            : this.demnachContinuation(s, a, b) ?? this.subjunctiveContinuation(s, a, b) ?? this.indicativeContinuation(s, a, b));
        if (cont) {
          found.push(cont);
          this.lastSpeaker = this.mode === 'news' && !this.marksKept && this.thingSpeaker(cont) ? null : { att: cont, sentence: s };
        }
      } else if (found.length === 0 && this.mode === 'news' && !this.english && sentenceAtts.length && sentenceAtts.every((x) => x.kind === 'direct' && x.method !== 'none')) {
        // "Er sei nur ehrlich: „Wir sind überfordert.“" — a Konjunktiv clause before a quote of the same speaker
        const open = ctx.tokenAt(sentenceAtts[0].content![0]) - 1;
        if (open > a + 2 && (ctx.words[open - 1] === ':' || ctx.words[open - 1] === ',') && ctx.toks[open].sentence === s) {
          const cont = this.subjunctiveContinuation(s, a, open - 1);
          if (cont && cont.kind === 'indirect' && cont.speakerEntity && cont.speakerEntity === sentenceAtts[0].speakerEntity) found.push(cont);
        }
      }
      // a named subject of a reporting verb without content speaks next ("Katzian nannte Forderungen.")
      if (found.length === 0 && sentenceAtts.length === 0 && this.pendingSpeaker?.sentence === s) {
        this.lastSpeaker = this.pendingSpeaker;
      }
      this.pendingSpeaker = null;
      // a narrative sentence opened by a named person introduces the next speaker ("Jansrud blieb fair. …")
      if (this.mode === 'news' && !this.english) {
        if (found.length === 0 && !sentenceAtts.some((x) => x.kind !== 'fragment')) {
          const opener = this.narrativeFocus(s);
          if (opener) this.introduced = { np: opener, sentence: s };
        } else this.introduced = null;
      }
      for (const d of sentenceAtts) {
        if (d.kind !== 'fragment' || d.absorbed || !d.content) continue;
        const inner = ctx.tokenAt(d.content[1] - 1) - ctx.tokenAt(d.content[0]) + 1;
        const cueAtt = this.sentenceCues.find((c) => c.cue && c.cue[1] <= d.content![0] && (c.speakerName || c.source));
        if (inner >= 6 && cueAtt) {
          d.kind = 'mixed';
          this.copySpeaker(d, cueAtt);
          d.source = cueAtt.source;
          d.cue = cueAtt.cue;
          d.cueTok = cueAtt.cueTok;
          d.method = 'mixed-cue';
        }
      }
      this.sentenceCues = [];
      if (this.mode === 'news' && !this.english) for (const f of found) this.extendBackwards(f, s, out);
      for (const x of [...sentenceAtts, ...found]) if (x.kind !== 'fragment' && x.speakerEntity?.type === 'PER') this.recentSpeakers.push({ entity: x.speakerEntity, sentence: s });
      if (found.length || sentenceAtts.some((x) => x.kind !== 'fragment')) this.usedSentence.add(s);
      out.push(...sentenceAtts.filter((x) => !x.absorbed), ...found);
    }
    while (di < direct.length) out.push(direct[di++].att);
    if (this.mode === 'news' && !this.english) this.resolveTeasers(out);
    if (this.mode === 'news' && !this.english && !this.marksKept) this.fillSandwiches(out);
    if (this.mode === 'news' && !this.english && !this.marksKept) this.fillPrefaces(out);
    if (this.mode === 'news' && !this.english && !this.marksKept) this.fillInterviewTurns(out);
    if (this.mode === 'news' && !this.english && !this.marksKept && (this.sequence || this.collectSequence)) this.fillSpeechRuns(out);
    if (this.mode === 'news' && !this.english && !this.marksKept) this.fillDashTurns(out);
    if (this.mode === 'news' && !this.english && !this.marksKept) this.dropAskerLines(out);
    if (this.mode === 'news' && !this.english) this.dropExplainerQuestions(out);
    if (this.mode === 'news' && !this.english) this.headlinesAsTitles(out);
    if (this.mode === 'news' && !this.english && !this.marksKept) this.tweetBlocks(out);
    if (this.mode === 'news' && !this.english && !this.marksKept) this.selfNamedIndirect(out);
    if (this.mode === 'news' && !this.english && !this.marksKept) this.dropThingSpeakers(out);
    if (this.mode === 'news') this.dropSpeakerlessTwins(out);
    if (this.mode === 'news' && !this.english) this.dropAgentlessPassive(out);
    out.sort((x, y) => (x.content?.[0] ?? x.cue?.[0] ?? 0) - (y.content?.[0] ?? y.cue?.[0] ?? 0));
    return out;
  }

  // ---------- cues ----------

  /** Is token i a cue? Returns the token range of the cue (verb + particle if separable). */
  cueAt(i: number, sentEnd: number): [number, number] | null {
    // cached per token when the particle search runs to the sentence end (the usual call)
    const full = sentEnd === this.ctx.sentEnd[this.ctx.toks[i].sentence];
    if (full) {
      const c = this.cueCache[i];
      if (c !== -2) return c < 0 ? null : [i, c];
    }
    let r = this.cueAtUncached(i, sentEnd);
    // "gemeint waren Kanzleramtsminister X und …", "gemeint ist die Abgabe": "meinen" with a copula means "refer to"
    if (r && this.ctx.lower[i] === 'gemeint' && (COPULA.has(this.ctx.lower[i + 1]) || (i > 0 && COPULA.has(this.ctx.lower[i - 1])))) r = null;
    // "das erklärte Ziel", "die angekündigte Reform": a participle between an article and its noun is an attribute
    if (r && this.mode === 'news' && i > 0 && /^(?:der|die|das|dem|den|des|ein|eine|einen|einem|einer)$/.test(this.ctx.lower[i - 1]) && !this.ctx.isCap(i) && this.ctx.isCap(i + 1) && /(?:te|ten|tem|ter|tes)$/.test(this.ctx.lower[i]) && !this.inQuote[i] &&
      // (not "Das sagte Bundespräsident X", "Das bestätigte Staatsanwalt X": a person or role after the verb)
      this.ctx.mentionAt[i + 1] < 0 && this.ctx.mentionAt[i + 2] < 0 && !ROLE_NOUN.test(this.ctx.lower[i + 1]) && !this.ctx.capName(i + 2)) r = null;
    // "… erklärt nicht, was gestern passiert ist", "sagte nicht, ob …": a negated cue with an interrogative clause
    // reports what was not said (the clause is no statement of the subject, and the sentence frames nothing)
    if (r && this.mode === 'news' && this.negatedInterrogative(i, r[1])) r = null;
    // "betonte jedoch wiederholt, …": an adverb that is also a cue form, after the real cue, is the adverb
    if (r && this.mode === 'news' && ADVERBS.has(this.ctx.lower[i]) && !this.ctx.isCap(i)) {
      let j = i - 1;
      while (j >= 0 && ADVERBS.has(this.ctx.lower[j]) && !this.ctx.isCap(j)) j--;
      if (j >= 0 && !this.ctx.isCap(j) && reportingForm(this.ctx.lower[j]) && this.ctx.toks[j].sentence === this.ctx.toks[i].sentence) r = null;
    }
    if (full) this.cueCache[i] = r ? r[1] : -1;
    return r;
  }

  /** "nicht" right before or after the cue at i (particle end `pe`), then ", was/wie/warum/ob …". */
  private negatedInterrogative(i: number, pe: number): boolean {
    const ctx = this.ctx;
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
  private frameCue(i: number, lw: string, sentEnd: number): [number, number] | null {
    const ctx = this.ctx;
    // "Der Bericht kommt zu dem Schluss, dass …" / "kam zum Ergebnis, dass …" (not a cue form of its own:
    // "kommen" is no reporting verb elsewhere)
    if (KOMMEN.has(lw)) {
      let k = i + 1;
      while (k < Math.min(sentEnd, i + 6) && (ADVERBS.has(ctx.lower[k]) || ctx.mentionAt[k] >= 0 || ctx.isCap(k) || PRONOUNS.has(ctx.lower[k]) || ctx.lower[k] === 'diese' || ctx.lower[k] === 'dieser') && !/^(?:zu|zum)$/.test(ctx.lower[k])) k++;
      if (ctx.lower[k] === 'zu' && ctx.lower[k + 1] === 'dem') k++;
      if ((ctx.lower[k] === 'zum' || ctx.lower[k] === 'dem') && (ctx.lower[k + 1] === 'schluss' || ctx.lower[k + 1] === 'ergebnis' || ctx.lower[k + 1] === 'erkenntnis' || ctx.lower[k + 1] === 'urteil' || ctx.lower[k + 1] === 'befund') && ctx.words[k + 2] === ',' && ctx.lower[k + 3] === 'dass') return [i, i + 1];
    }
    // "X vertrat die Auffassung, …" / "vertritt die Meinung, dass …": holding a view frames a statement
    if (this.mode === 'news' && /^(?:vertritt|vertrat|vertraten|vertreten)$/.test(lw)) {
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
  private v2KonjunktivAt(k: number, sentEnd: number): boolean {
    const ctx = this.ctx;
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
    return SUBJUNCTIVE_ALL.has(ctx.lower[v]) || this.v2Subjunctive(k, sentEnd);
  }

  /** "ins" in the clause around the verb at i (up to 6 tokens either side): "ins Ministerium zitiert". */
  private summoned(i: number, sentEnd: number): boolean {
    const ctx = this.ctx;
    for (let k = i + 1; k < Math.min(sentEnd, i + 7) && !ctx.isPunct(k); k++) if (ctx.lower[k] === 'ins') return true;
    for (let k = i - 1; k >= Math.max(0, i - 6) && !ctx.isPunct(k); k--) if (ctx.lower[k] === 'ins') return true;
    return false;
  }

  /** "darin, dass" / "daran, dass" in the clause after the verb at i (before a colon, quote or other clause). */
  private manifestCorrelate(i: number, sentEnd: number): boolean {
    const ctx = this.ctx;
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
  private complementAfter(lemma: string, i: number, last: number, sentEnd: number): boolean {
    const ctx = this.ctx;
    if (lemma !== 'besagen' && i > 0 && ctx.words[i - 1] === ',' && last > i && last - i <= 5 && (END_PUNCT.has(ctx.words[last + 1]) || last + 1 >= sentEnd)) return true;
    let k = last + 1;
    // adverbs between a particle-less verb and its comma ("besagt weiters, dass …")
    if (last === i) while (k < sentEnd && k < last + 3 && ADVERBS.has(ctx.lower[k])) k++;
    if (k >= sentEnd) return false;
    if (ctx.words[k] === ':') return true;
    return ctx.words[k] === ',' && (ctx.lower[k + 1] === 'dass' || ctx.lower[k + 1] === 'daß' || this.v2KonjunktivAt(k + 1, sentEnd) || (last === i ? false : !SUBORDINATORS.has(ctx.lower[k + 1]) && !RELATIVE.has(ctx.lower[k + 1])));
  }

  /** "meine"/"meinen" at i is the possessive before a noun, not a form of "meinen". */
  private possessiveMein(i: number, sentEnd: number): boolean {
    const ctx = this.ctx;
    if (i + 1 >= sentEnd || !ctx.isCap(i + 1) || ctx.words[i + 1] === 'Sie' || ctx.isCap(i)) return false;
    if (ctx.words[i - 1] !== ',') return true;
    const after = ctx.lower[i + 2];
    return i + 2 < sentEnd && !ctx.isCap(i + 2) && LOWER_START.test(after) && !ARTICLES.has(after) && !PREPOSITIONS.has(after);
  }

  /** A penalty noun in the clause around the verb at `i` ("drohen ihm … Haft", "Ihm droht die Abschiebung"). */
  private penaltyInClause(i: number, sentEnd: number): boolean {
    const ctx = this.ctx;
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

  private cueAtUncached(i: number, sentEnd: number): [number, number] | null {
    const ctx = this.ctx;
    const lw = ctx.lower[i];
    // "hatte … bekannt gegeben, …"
    if (lw === 'gegeben' && i > 0 && ctx.lower[i - 1] === 'bekannt') return [i, i + 1];
    // "hatte … wissen lassen, dass …", "hat verlauten lassen": the infinitive of "lassen" in a perfect tense
    if (lw === 'lassen' && i > 0 && /^(?:wissen|verlauten|ausrichten)$/.test(ctx.lower[i - 1]) && ctx.words[i + 1] === ',') return [i, i + 1];
    // "X ist (davon) überzeugt, dass …" — only with the dass-clause (not "überzeugt mit …", "ist er überzeugt:")
    if (lw === 'überzeugt' && ctx.words[i + 1] === ',' && ctx.lower[i + 2] === 'dass') return [i, i + 1];
    // "Die Fluglinie ist überzeugt, die Piloten hätten nicht rechtmäßig gestreikt": a V2 Konjunktiv complement
    if (this.mode === 'news' && lw === 'überzeugt' && ctx.words[i + 1] === ',' && this.v2KonjunktivAt(i + 2, sentEnd)) return [i, i + 1];
    const h = cueKey(lw);
    const info = (this.cueKeys[h >>> 5] & (1 << (h & 31))) !== 0 ? this.cueInfo.get(lw) : undefined;
    if (info === undefined) return null;
    // "meine Familie lebt hier", "für meinen Mandanten": the possessive, not the verb "meinen" ("Was meinen Sie?",
    // "meine ich"; after a comma "…, meinen Kritiker." is the post-posed verb unless a verb follows the noun)
    if ((lw === 'meine' || lw === 'meinen') && this.possessiveMein(i, sentEnd)) return null;
    if (info.frame && this.mode === 'news') {
      const special = this.frameCue(i, lw, sentEnd);
      if (special) return special;
    }
    // an attributive adjective between an indefinite determiner or quantifier and its noun ("mehrere bekannte Namen",
    // "eine erklärte Gegnerin") is no verb
    if (this.mode === 'news' && i > 0 && QUANTIFIER_DET.has(ctx.lower[i - 1]) && ctx.isCap(i + 1) && !ctx.isCap(i)) return null;
    // impersonal "drohen X bis zu 24 Jahre Haft" / "ihm droht eine Strafe": a penalty is the subject, nobody speaks
    if (DROHEN.test(lw) && this.penaltyInClause(i, sentEnd)) return null;
    // "Das heißt (aber nicht), dass …" / "Heißt das, dass …?": a demonstrative subject makes "heißen" mean "to mean" —
    // an inference, no report (unlike the expletive "es heißt")
    if (this.mode === 'news' && /^(?:heißt|hieß)$/.test(lw) && (DEMONSTRATIVE_SUBJECT.has(ctx.lower[i - 1] ?? '') || DEMONSTRATIVE_SUBJECT.has(ctx.lower[i + 1] ?? ''))) return null;
    const entries = info.entries;
    const capital = ctx.isCap(i) && i !== ctx.sentStart[ctx.toks[i].sentence];
    if (entries && !capital) {
      for (const e of entries) {
        // "den Botschafter ins Außenamt zitieren": "zitieren" with a place after "ins" means "summon"
        if (e.lemma === 'zitieren' && this.summoned(i, sentEnd)) continue;
        if (!e.particle) {
          if (COMPLEMENT_CUE_LEMMAS.has(e.lemma) && !this.complementAfter(e.lemma, i, i, sentEnd)) continue;
          return [i, i + 1];
        }
        // "Derlei Tendenzen zeigten sich … darin, dass …": "sich zeigen" with the correlate "darin/daran" means
        // "become manifest", not a statement
        if (e.lemma === 'zeigen' && this.manifestCorrelate(i, sentEnd)) continue;
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
          if (w === e.particle && !(this.mode === 'news' && PREP_PARTICLE.has(w) && this.nounPhraseFollows(k))) {
            if (COMPLEMENT_CUE_LEMMAS.has(e.lemma) && !this.complementAfter(e.lemma, i, k, sentEnd)) break;
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
      if (this.mode === 'all' || !ctx.isCap(i)) return [i, i + 1];
    }
    return null;
  }

  /**
   * A run-in subheading glued to the sentence after it (10kGNAD lost the line breaks): the first token in [a, e) that
   * is a capitalised function word opening a sentence ("Es", "Die", "Für", "Wir", …) right after a lower-case word
   * ("… Pérez fallen Es ist …", "An uns noch nie gescheitert Für den ÖGB …"); not after "wie", "und", "oder", a
   * preposition or a pronoun, where a capitalised title is quoted ("Filme wie Die Playboys"). -1 if none.
   */
  private runInHeading(a: number, e: number): number {
    const ctx = this.ctx;
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
  private nounPhraseFollows(k: number): boolean {
    const ctx = this.ctx;
    const n = k + 1;
    if (n >= ctx.n) return false;
    const w = ctx.lower[n];
    return ARTICLES.has(w) || POSSESSIVE.has(w) || QUANTIFIER_DET.has(w) || (ctx.isCap(n) && !ctx.isPunct(n)) || /^\d/.test(w);
  }

  // ---------- direct quotes ----------

  private attributeDirect(
    open: number,
    close: number,
    att: Attribution,
    prev: { open: number; close: number; att: Attribution } | null,
  ): void {
    const ctx = this.ctx;
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
    if (j < ctx.n && sameSentence && !this.inQuote[j]) {
      const limit = ctx.sentEnd[sentJ];
      const cue = this.cueAt(j, limit);
      if (cue) {
        this.usedCue[j] = 1;
        att.cue = this.cueSpan(cue);
        att.cueTok = cue;
        let np = this.subjectAfter(cue[1], limit, att);
        // "„…“, hieß es am Freitag" / "„…“, heißt es in der ÖVP": the place or the actor before speaks
        if ((ctx.lower[j] === 'heißt' || ctx.lower[j] === 'hieß') && ctx.lower[j + 1] === 'es' && this.mode === 'news') {
          np = this.heisstEsSource(j, j, limit, sentJ);
          // a bare "„…“, hieß es." right after the quote before goes on with its speaker
          if (this.heisstEsBare && prev?.att.speakerName && prev.att.kind !== 'fragment' && s - ctx.sentenceOf(prev.close) === 1) {
            this.copySpeaker(att, prev.att);
            np = null;
          }
          // "heißt es in der Aussendung": the statement just attributed was the speaker's
          if (np && !np.mention && RELEASE_NOUNS.test(ctx.words[np.end - 1]) && /^d/.test(ctx.lower[np.start]) && prev?.att.speakerName && s - ctx.sentenceOf(prev.close) <= 2) {
            this.copySpeaker(att, prev.att);
            np = null;
          }
        }
        if (np || !att.speakerName) this.setSource(att, np, cue[0]);
        att.method = 'post';
      } else if (ctx.lower[j] === 'so' && (ctx.words[j - 1] === ',' || ctx.isQuote(j - 1))) {
        const np = ctx.npAt(j + 1, limit);
        if (np && !np.pronoun) {
          att.cue = this.cueSpan([j, j + 1]);
          att.cueTok = [j, j + 1];
          this.setSource(att, np, j);
          att.method = 'so';
        }
      } else if (ctx.lower[j] === 'wie' || ctx.lower[j] === 'laut') {
        // „…“, wie X sagte / „…“, laut X
        const sub = this.subordinateCue(j, limit);
        if (sub) {
          att.cue = this.cueSpan(sub.cue);
          att.cueTok = sub.cue;
          this.setSource(att, sub.np, sub.cue[0]);
          att.method = 'wie';
        }
      } else if (this.mode === 'news' && !this.english && !ctx.isCap(j) && !ctx.isPunct(j) && ctx.words[j - 1] === ',' && this.frameVerb(j)) {
        // „…“, grinst X / „…“, wehrte sich der Spanier / „…“, war Reichelt sauer: any finite verb right after
        // the quote with a speaker as its subject frames the quote
        const np = this.subjectAfter(j + 1, limit, att);
        if (np && !np.dative && this.plausibleSpeaker(np) && (np.pronoun ? /^(?:er|sie)$/.test(ctx.lower[np.start]) : true)) {
          att.cue = this.cueSpan([j, j + 1]);
          att.cueTok = [j, j + 1];
          this.usedCue[j] = 1;
          this.setSource(att, np, j);
          att.method = 'post-frame';
        }
      } else if (ctx.isCap(j) && !endsWithPunct) {
        // „…“ X sagte (rare word order): NP followed by a cue
        const np = ctx.npAt(j, limit);
        if (np && np.end < limit) {
          const cue = this.cueAt(np.end, limit);
          if (cue) {
            this.usedCue[np.end] = 1;
            att.cue = this.cueSpan(cue);
            att.cueTok = cue;
            this.setSource(att, np, cue[0]);
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
        while (cs >= cStart && !(ctx.words[cs] === ':' || ctx.words[cs] === ';' || this.longQuote[cs])) cs--;
        cs++;
        let found = false;
        for (let k = cs; k < before; k++) {
          if (this.usedCue[k]) continue;
          const cue = this.cueAt(k, before + 1);
          if (!cue) continue;
          this.usedCue[k] = 1;
          att.cue = this.cueSpan(cue);
          att.cueTok = cue;
          // the cue's own clause: "…, aber nachdem er gesehen hatte, sagte er: »…«"
          let ccs = k;
          while (ccs > cs && ctx.words[ccs - 1] !== ',' && ctx.words[ccs - 1] !== '–' && ctx.words[ccs - 1] !== '—') ccs--;
          let np = this.subjectOf(cue, ccs, before, att);
          // "Anders gesagt: „…“": a phrase that cannot speak is no subject
          if (np && this.mode === 'news' && !np.pronoun && !np.mention && !ARTICLES.has(ctx.lower[np.start]) && !this.plausibleSpeaker(np)) np = null;
          this.setSource(att, np, cue[0]);
          // "„…“, sagte X und ergänzte: „…“" — a second cue without a subject of its own: the first cue's speaker
          if (!np && prev && prev.att.speakerName && prev.att.cueTok && prev.att.cueTok[0] < k && ctx.sentenceOf(prev.att.cueTok[0]) === ctx.sentenceOf(k)) {
            this.copySpeaker(att, prev.att);
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
            if (ctx.words[k] === '–' || ctx.words[k] === '—' || (this.mode === 'news' && ctx.words[k] === ',' && ctx.isQuote(k - 1) && this.inQuote[k - 1])) {
              ds = k + 1;
              break;
            }
          }
          let np = ctx.npAt(ds, before);
          if (ds !== cs && !(np && np.end === before && !np.pronoun && this.plausibleSpeaker(np))) np = ctx.npAt(cs, before);
          // "Anders gesagt: „…“" is no speaker; "Seine Botschaft: „…“" (a possessive speech noun) is resolved below
          const speechNoun = !!np && np.end - np.start === 2 && SPEECH_NOUNS.has(ctx.words[np.start + 1]) && POSSESSIVE.has(ctx.lower[np.start]);
          if (np && this.mode === 'news' && !speechNoun && !np.pronoun && !this.plausibleSpeaker(np)) np = null;
          if (np && (np.end === before || ctx.lower[np.end] === 'dazu' || ctx.lower[np.end] === 'darauf')) {
            this.setSource(att, np, before);
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
            const soNp = this.soBeforeColon(cs, before);
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
              if (verb >= 0) subj = this.firstSubject(verb + 1, before, att);
              // the Vorfeld phrase with an apposition or parenthesis before the verb is the subject, the phrase
              // after the verb its object ("Der Generalsekretär der IV (IV), X, interpretierte das Ergebnis …:")
              if (verb >= 0 && np0 && !np0.dative && (!subj || !this.plausibleSpeaker(subj)) && this.plausibleSpeaker(np0)) subj = np0;
            }
            // only a speaker: a person or organisation, a role, a pronoun for one — else the quote is left to
            // continuation; a Konjunktiv clause before the colon is itself reported speech of the current speaker
            if (subj && !soNp && !this.plausibleSpeaker(subj)) subj = null;
            if (subj && !soNp && verb >= 0 && SUBJUNCTIVE_ALL.has(ctx.lower[verb])) subj = null;
            // only statements: a title or name after a colon ("Album: „Hit n Run Phase Two“") is no quote
            let lowerWord = false;
            for (let k = open + 1; k < close && !lowerWord; k++) lowerWord = LOWER_START.test(ctx.words[k]);
            // after a dash (teasers) only a named person or organisation introduces the quote
            const dashOk = bw0 === ':' || (!!subj?.mention && (subj.mention.entity.type === 'PER' || subj.mention.entity.type === 'ORG'));
            if (subj && dashOk && lowerWord && inner >= 3 && !(subj.pronoun && ctx.lower[subj.start] === 'es')) {
              if (verb >= 0) {
                att.cue = this.cueSpan([verb, verb + 1]);
                att.cueTok = [verb, verb + 1];
              }
              this.setSource(att, subj, before);
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
        this.copySpeaker(att, prev.att);
        att.method = 'inserted';
      }
    }
    // 4. teaser: "Wirtschaftskammerpräsident: Rückzug „reine Spekulation“ – „Werde mir …“" — the phrase
    // before the title's colon speaks for every statement in the title
    if (att.method === 'none' && s === 0 && !this.english) {
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
        this.setSource(att, np, colon);
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
      const titleQuote = s === 0 && open === sStart && (ctx.words[close + 1] === '–' || ctx.words[close + 1] === '—') && !this.english;
      if (!(wholeSentence && inner >= 3 && lowerWord) && !(inner >= 8 && endsWithPunct) && !(titleQuote && inner >= 3 && lowerWord)) att.kind = 'fragment';
    } else if (!quoteStartsClause && att.method === 'post') {
      // „…“ embedded in a clause that is attributed as a whole: Er sei „…“, sagte X → mixed
      let cs = before;
      while (cs > sStart && !(ctx.words[cs - 1] === ':' || (ctx.isQuote(cs - 1) && this.inQuote[cs - 1] && cs - 1 < open))) cs--;
      att.kind = 'mixed';
      att.content = [ctx.toks[cs].start, content[1] + 1 <= ctx.text.length ? ctx.toks[close].end : content[1]];
    }
  }

  /**
   * A source that should not take over the next continuations: no entity and a head that names no
   * speaker — an indefinite ("wie manche behaupteten"), an unowned attribution noun ("laut
   * vorliegenden Informationen"), or the noun a "wonach" report hangs on ("Kritik, wonach …").
   */
  private weakSource(att: Attribution): boolean {
    if (att.speakerEntity) return false;
    if (att.method === 'wonach') return true;
    const np = att.source;
    if (!np || np.pronoun) return false;
    const ctx = this.ctx;
    const head = ctx.words[np.end - 1];
    if (INDEFINITE.has(ctx.lower[np.start]) || INDEFINITE.has(ctx.lower[np.end - 1])) return true;
    return ATTRIBUTION_NOUNS.has(head) || SPEECH_NOUNS.has(head);
  }

  private continueSpeaker(att: Attribution, sentence: number): void {
    // a quote right after a narrative sentence about a person is that person's ("Simon lacht. „Gulasch!“"),
    // unless the quote names that person (then someone is talking about them)
    const intro = this.mode === 'news' ? this.introducedSpeaker(sentence) : null;
    if (intro && att.content && !this.namesEntity(att.content, intro.att.speakerEntity)) {
      this.copySpeaker(att, intro.att);
      att.continuation = true;
      att.method = 'continuation';
      return;
    }
    const last = this.lastSpeaker;
    if (!last || sentence - last.sentence > 3) return;
    this.copySpeaker(att, last.att);
    att.continuation = true;
    att.method = 'continuation';
  }

  /**
   * A title compound the phrase parser split ("Puls 4-Info-Direktorin Corinna Milborn" → "Puls"): a person
   * named within a few capitalised/number/hyphen tokens after the phrase is its head.
   */
  private titleChain(np: NP): NP {
    const ctx = this.ctx;
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
   * The source of "heißt es" at token i (clause from cs, sentence s ending at b): "heißt es in einem Bericht
   * des X" / "hieß es aus dem Ministerium" / "In dem Bericht hieß es" / "Aus dem Büro hatte es geheißen";
   * without one named, the actor the sentence before opened with ("Wir sind zuversichtlich, hieß es.").
   */
  private heisstEsSource(i: number, cs: number, b: number, s: number): NP | null {
    const ctx = this.ctx;
    let np: NP | null = null;
    const v0 = ctx.lower[cs];
    if (cs < i && (v0 === 'in' || v0 === 'im' || v0 === 'aus' || v0 === 'vom' || v0 === 'von' || v0 === 'seitens' || v0 === 'vonseiten')) {
      const pp = ctx.npAt(cs + 1, i);
      if (pp && (pp.end === i || (ctx.lower[i] === 'geheißen' && AUXILIARIES.has(ctx.lower[pp.end])))) np = pp;
    }
    // "Man verweist an das Ministerium. Dort heißt es, …": "dort" points to the last office named in the sentence before
    if (!np && this.mode === 'news' && v0 === 'dort' && cs + 1 === i && s > 0) {
      const a0 = ctx.sentStart[s - 1];
      for (let k = ctx.sentEnd[s - 1] - 2; k >= a0 && !np; k--) {
        if (!/^(?:an|ans|beim|bei|im|in|zum|zur)$/.test(ctx.lower[k])) continue;
        const pp = ctx.npAt(k + 1, ctx.sentEnd[s - 1]);
        if (pp && !pp.pronoun && (pp.mention?.entity.type === 'ORG' || INSTITUTION.test(ctx.lower[pp.end - 1]))) np = pp;
      }
    }
    // "hieß es in einer am Donnerstag in New York verbreiteten Erklärung Bans", "… in der Aussendung des Ministeriums": the
    // owner of the statement document after "in" speaks (checked first: a place inside the attribute is no source)
    if (!np) np = this.statementOwnerAfter(i + 2, b);
    const fromVorfeld = np !== null;
    this.heisstEsBare = false;
    let inPlace: NP | null = null;
    for (let k = i + 2; k < Math.min(b, i + 12) && !fromVorfeld; k++) {
      const w = ctx.lower[k];
      if (w === 'aus' || w === 'vom' || w === 'von' || w === 'seitens' || w === 'vonseiten') {
        np = ctx.npAt(k + 1, b);
        break;
      }
      if (!inPlace && (w === 'in' || w === 'im')) inPlace = ctx.npAt(k + 1, b);
      // "hieß es auf der Billa-Facebookseite", "auf der Homepage des Vereins": an outlet of the speaker
      if (!inPlace && w === 'auf' && this.mode === 'news') {
        const pp = ctx.npAt(k + 1, b);
        if (pp && !pp.pronoun && WEB_OUTLET.test(ctx.lower[pp.end - 1])) {
          // the owner named in the compound ("Billa-Facebookseite") speaks
          const h = pp.end - 1;
          let owner = ctx.words[h].includes('-') ? ctx.bestMention(h, h + 1) : null;
          if (!owner && ctx.words[h].includes('-')) {
            // (the NER tags no part of the compound: a mention of the same name before it)
            const prefix = ctx.words[h].slice(0, ctx.words[h].indexOf('-'));
            for (let mi = ctx.mentions.length - 1; mi >= 0 && !owner; mi--) {
              const m = ctx.mentions[mi];
              if (m.end <= h && m.end - m.start === 1 && ctx.words[m.start] === prefix) owner = m;
            }
          }
          inPlace = owner && (owner.entity.type === 'ORG' || owner.entity.type === 'PER') ? { start: h, end: h + 1, mention: owner, pronoun: false, dative: false } : pp;
        }
      }
      // "heißt es bei Zielpunkt" / "beim ORF" — an organisation or person named (not "bei der Pressekonferenz")
      if (!inPlace && (w === 'bei' || w === 'beim')) {
        const c = ctx.npAt(k + 1, b);
        const t = c?.mention?.entity.type;
        // (or a bare name the NER missed: "bei Zielpunkt" — no article, one capitalised word)
        if (c && (t === 'ORG' || t === 'PER') && c.mention!.start <= k + 2) inPlace = c;
        else if (c && !c.mention && w === 'bei' && c.start === k + 1 && c.end === k + 2 && ctx.isCap(k + 1)) inPlace = c;
        // "hieß es bei der Feuerwehr", "beim Bundesheer": a definite institution without a name
        else if (c && !c.pronoun && (w === 'beim' || ctx.lower[k + 1] === 'der') && ctx.isCap(c.end - 1) && (INSTITUTION.test(ctx.lower[c.end - 1]) || EMERGENCY_SERVICE.test(ctx.lower[c.end - 1]))) inPlace = c;
      }
      if (w === ',' || w === ':') break;
    }
    np ??= inPlace;
    if (!np && this.mode === 'news' && s > 0) {
      this.heisstEsBare = true;
      np = this.openingSubject(s - 1) ?? this.openingInstitution(s - 1);
    }
    return np;
  }

  /** Did the last `heisstEsSource` name no source of its own (a bare "…, hieß es.")? */
  private heisstEsBare = false;

  /**
   * "in einer … Erklärung Bans" / "in der Aussendung des Ministeriums" from token k: after "in"/"im", a release
   * (statement, press release) followed by its owner — a person or organisation in the genitive.
   */
  private statementOwnerAfter(k: number, b: number): NP | null {
    const ctx = this.ctx;
    if (this.mode !== 'news' || (ctx.lower[k] !== 'in' && ctx.lower[k] !== 'im')) return null;
    for (let d = k + 1; d < Math.min(b - 1, k + 12); d++) {
      const w = ctx.words[d];
      if (w === ',' || w === ':' || this.inQuote[d]) return null;
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
  private statementsBySentence(out: Attribution[]): Map<number, Attribution[]> {
    const ctx = this.ctx;
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

  /**
   * Text without marks: a sentence without any attribution between two statements of the same person
   * ("Das Heer könnte … übernehmen. Die Polizei soll auch an der Grenze kontrollieren. Dies sei auch im
   * Koalitionsabkommen festgelegt.") is that person's unmarked direct statement, when it names no other
   * person, has no past-tense narration, dateline or parenthesis, and is not a title.
   */
  private fillSandwiches(out: Attribution[]): void {
    const ctx = this.ctx;
    const bySentence = this.statementsBySentence(out.filter((o) => !o.afterGap));
    // the one person speaking in sentence s: its statement, or, opening a block, a reporting verb of theirs
    // without content ("Peschek erklärt schlechtere Ergebnisse anders.", "X lehnt eine Aufnahme kategorisch ab.")
    const speakerOf = (s: number, opening: boolean): Attribution | null => {
      const list = bySentence.get(s);
      if (!list) return opening ? this.frameAt.get(s) ?? null : null;
      if (list.length !== 1) return null;
      const o = list[0];
      return o.speakerEntity && o.speakerEntity.type === 'PER' && !this.weakSource(o) ? o : null;
    };
    // an attribution with a cue of its own (not a continuation, run-on or block member)
    const ownCue = (o: Attribution) => !!o.cueTok && !o.continuation;
    const added: Attribution[] = [];
    const ns = ctx.doc.sentences.length;
    const free = (s: number) => !bySentence.has(s) && !this.usedSentence.has(s) && !this.narrated.has(s) && !this.frameAt.has(s);
    for (let s = 2; s < ns - 1; s++) {
      if (!free(s)) continue;
      const before = speakerOf(s - 1, true);
      // a run of up to three sentences between two statements of the same person
      let e = s;
      while (e < ns - 1 && e - s < SANDWICH_MAX && free(e)) e++;
      const after = free(e) ? null : speakerOf(e, false);
      if (!before || !after || before.speakerEntity !== after.speakerEntity) {
        if (e > s + 1) s = e - 1;
        continue;
      }
      // a block closed on both sides by the speaker's own cues: its evidence vouches for a sentence the word
      // lists reject for one surface feature (a past form: "Das war unmittelbar nach dem Spiel.")
      const closed = ownCue(before) && ownCue(after);
      const run: [number, number][] = [];
      for (let t = s; t < e; t++) {
        const a = ctx.sentStart[t];
        const b = ctx.sentEnd[t];
        if (a < 0) break;
        const end = this.lastContentTok(a, b);
        if (end - a < 3 || end - a > 40) break;
        let ok = true;
        // the learned classifier (src/quotes/speech.ts) may vouch for a sentence the word lists reject:
        // "Zudem war es oben etwas windig." has a past form but reads as the speaker's words
        // computed only when a word list says no (it costs a feature pass)
        let prob: number | undefined;
        const speechP = () => (prob ??= this.speechProb(a, end, b));
        const learnedSpeech = () => speechP() >= (closed ? BLOCK_SPEECH_P : SANDWICH_SPEECH_P);
        for (let k = a; k < end && ok; k++) {
          const lw = ctx.lower[k];
          const m = ctx.mentionAt[k];
          if (m >= 0 && ctx.mentions[m].entity.type === 'PER' && ctx.mentions[m].entity !== before.speakerEntity) ok = false;
          // the speaker named in the third person ("… macht Doskozil noch einen dritten Brennpunkt") is narration
          if (m >= 0 && ctx.mentions[m].entity === before.speakerEntity && ctx.mentions[m].start === k) ok = false;
          // and so is the speaker as the pronoun subject opening a sentence with a reporting verb, a Konjunktiv I or a
          // short frame before a content clause ("Er verwies darauf, dass …", "Sie betonte …"; not a plural or polite "Sie sagen …")
          if (k === a && this.selfPronounFrame(a, end, b, before.speakerEntity)) ok = false;
          // "STANDARD: Wo lernt man diese Kultur?" — an interview turn label: the interviewer, not the speaker
          // (not after a lower-case word: "Nur so viel: Grundsätzlich ist …" hands the word to the speaker)
          if (lw === ':' && k - a <= 3 && !(k > a && !ctx.isCap(k - 1))) ok = false;
          if ((PAST_NARRATION.has(lw) && !learnedSpeech()) || lw === '(' || ((lw === '–' || lw === '—') && k - a <= 4) || this.inQuote[k] || ctx.isQuote(k)) ok = false;
          // a planning "sollen … werden" is the narrator's schedule
          if ((lw === 'sollen' || lw === 'soll') && this.plannedPassive(k, b)) ok = false;
          if (!ctx.isCap(k) && CUE_FORMS.has(lw) && this.cueAt(k, b)) ok = false;
          // "der 83-Jährige": a person described by age is the narrator's reference
          if (this.ageNoun(k)) ok = false;
        }
        // a longer run must read as speech: present tense or first person, and not about a person
        if (ok && e - s > 1) {
          let speech = false;
          for (let k = a; k < end && ok; k++) {
            const lw = ctx.lower[k];
            const m = ctx.mentionAt[k];
            if ((m >= 0 && ctx.mentions[m].entity.type === 'PER') || THIRD_PERSON.has(lw)) ok = false;
            if (this.presentSpeech(k, b) || FIRST_PERSON.has(lw)) speech = true;
          }
          ok &&= speech || learnedSpeech();
        }
        if (ok && this.narratorSentence(a, end, b, before.speakerEntity)) ok = false;
        // a block opened by a bare frame carries less evidence than one opened by a statement: the learned
        // classifier vetoes a sentence it reads as clear narration ("Dem kontert X mit … . Abseits der … ist auch
        // der DualSIM-Support einzigartig.")
        if (ok && !before.content && speechP() >= 0 && speechP() < FRAME_BLOCK_MIN_SPEECH_P) ok = false;
        if (!ok) break;
        run.push([a, end]);
      }
      if (run.length === e - s) {
        for (const [a, end] of run) {
          const att = this.continuationOf('direct', this.trimContent(a, end), before);
          if (!att) continue;
          att.marks = false;
          att.method = 'sandwich';
          added.push(att);
        }
      }
      s = e - 1;
    }
    out.push(...added);
  }

  /**
   * Text without marks: an unattributed sentence right before a person's direct statement, right after a
   * sentence that names that person or is their statement, is their words when the learned classifier
   * reads it as speech with high confidence: "Jansrud blieb wie immer sportlich fair. Es ist schon okay,
   * wieder am Stockerl zu sein. Ich glaube, ich bin heute gleich gut gefahren, …" No person or
   * organisation named, no cue of its own, no dateline, bracket or colon.
   */
  private fillPrefaces(out: Attribution[]): void {
    const ctx = this.ctx;
    if (!this.speech) return;
    const bySentence = this.statementsBySentence(out);
    const added: Attribution[] = [];
    const ns = ctx.doc.sentences.length;
    for (let s = 2; s < ns - 1; s++) {
      if (bySentence.has(s) || this.usedSentence.has(s)) continue;
      const next = bySentence.get(s + 1);
      if (!next || next.length !== 1) continue;
      const after = next[0];
      if (after.kind !== 'direct' || after.speakerEntity?.type !== 'PER' || this.weakSource(after)) continue;
      const a = ctx.sentStart[s];
      const b = ctx.sentEnd[s];
      const pa = ctx.sentStart[s - 1];
      if (a < 0 || pa < 0) continue;
      // an interview turn label opens the statement ("Zeidler: Sie nennen es Korsett …"): the sentence
      // before it ends the interviewer's turn
      const na = ctx.sentStart[s + 1];
      let label = false;
      for (let k = na; k >= 0 && k < Math.min(ctx.sentEnd[s + 1], na + 4); k++) if (ctx.words[k] === ':') label = true;
      if (label) continue;
      // the sentence before is about the speaker (names them) or is their statement
      const prev = bySentence.get(s - 1);
      let about = !!prev && prev.some((o) => o.speakerEntity === after.speakerEntity);
      for (let k = pa; k < a && !about; k++) {
        const m = ctx.mentionAt[k];
        if (m >= 0 && ctx.mentions[m].entity === after.speakerEntity) about = true;
      }
      if (!about) continue;
      const end = this.lastContentTok(a, b);
      if (end - a < 2 || end - a > 40) continue;
      let ok = true;
      for (let k = a; k < end && ok; k++) {
        const lw = ctx.lower[k];
        const m = ctx.mentionAt[k];
        if (m >= 0 && (ctx.mentions[m].entity.type === 'PER' || ctx.mentions[m].entity.type === 'ORG')) ok = false;
        if (lw === '(' || lw === ':' || ((lw === '–' || lw === '—') && k - a <= 4) || this.inQuote[k] || ctx.isQuote(k)) ok = false;
        if (!ctx.isCap(k) && CUE_FORMS.has(lw) && this.cueAt(k, b)) ok = false;
      }
      if (!ok || this.speechProb(a, end, b) < PREFACE_SPEECH_P) continue;
      const att = this.continuationOf('direct', this.trimContent(a, end), after);
      if (!att) continue;
      att.marks = false;
      att.method = 'preface';
      added.push(att);
      this.usedSentence.add(s);
    }
    out.push(...added);
  }

  /**
   * The turn label opening sentence s: 'asker' for an all-caps label of the interviewer ("STANDARD: …",
   * "FRAGE: …"), the entity for a person's label ("Peter Kaiser: …", "Kaiser: …"), else null.
   */
  private turnLabelAt(s: number): 'asker' | MentionRef['entity'] | null {
    const ctx = this.ctx;
    const a = ctx.sentStart[s];
    if (a < 0) return null;
    if (a + 1 < ctx.n && ctx.words[a + 1] === ':' && ALL_CAPS_LABEL.test(ctx.words[a])) return 'asker';
    // "Frage: Herr X, … ? Antwort: Wir …" — an interview in question-and-answer form
    if (a + 1 < ctx.n && ctx.words[a + 1] === ':' && (ctx.words[a] === 'Frage' || ctx.words[a] === 'Antwort')) {
      const who = this.qaInterviewee();
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
  private qaInterviewee(): MentionRef['entity'] | null {
    if (this.qaWho !== undefined) return this.qaWho;
    const ctx = this.ctx;
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
    this.qaWho = who;
    return who;
  }

  /**
   * Interviews without marks ("STANDARD: Was jetzt? Peter Kaiser: Es ist ein Desaster. Und das ist …"): at
   * least two interviewer labels and one person's label. Every sentence of a person's turn, up to the next
   * label, is that person's direct statement: unattributed sentences become continuations of the label's
   * statement, and statements the rules gave to an organisation or a thing in it ("Wenn die SPÖ jetzt
   * glaubt, …") are the interviewee's words.
   */
  private fillInterviewTurns(out: Attribution[]): void {
    const ctx = this.ctx;
    const ns = ctx.doc.sentences.length;
    const labels: ('asker' | MentionRef['entity'] | null)[] = [];
    let askers = 0;
    let persons = 0;
    for (let s = 0; s < ns; s++) {
      const l = this.turnLabelAt(s);
      labels.push(l);
      if (l === 'asker') askers++;
      else if (l) persons++;
    }
    if (askers < 2 || persons < 1) return;
    const bySentence = this.statementsBySentence(out);
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
      if (l && !turn && !this.usedSentence.has(s) && !(list ?? []).some((o) => o.kind !== 'fragment')) {
        let k = a;
        while (k < ctx.sentEnd[s] && ctx.words[k] !== ':') k++;
        const end = this.lastContentTok(a, ctx.sentEnd[s]);
        if (end > k + 1) {
          // a one-word answer ("Ja.") is a statement here, unlike a one-word complement elsewhere
          const att = blankAttribution('direct', [ctx.toks[k + 1].start, ctx.toks[end - 1].end], 'interview');
          att.speakerEntity = who;
          att.speakerName = who.name;
          att.marks = false;
          if (att.content) {
            added.push(att);
            this.usedSentence.add(s);
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
          if (o.kind === 'fragment' || o.speakerEntity === who || (o.speakerEntity?.type === 'PER' && (!o.continuation || this.spokeSince(bySentence, o.speakerEntity, turnFrom, s)))) continue;
          o.kind = 'direct';
          o.continuation = undefined;
          // (without the label: "Glawischnig: Ich halte …" → "Ich halte …")
          if (l && o.content && o.content[0] === ctx.toks[a].start) {
            let k = a;
            while (k < ctx.sentEnd[s] && k - a <= 4 && ctx.words[k] !== ':') k++;
            if (ctx.words[k] === ':' && k + 1 < ctx.sentEnd[s] && ctx.toks[k + 1].start < o.content[1]) o.content = [ctx.toks[k + 1].start, o.content[1]];
          }
          if (turn) this.copySpeaker(o, turn);
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
            for (let k = a; k < colon && clean; k++) clean = !this.inQuote[k] && ctx.words[k] !== ':';
            if (clean) {
              const att = blankAttribution('direct', this.trimContent(a, colon), 'interview');
              if (att.content) {
                this.copySpeaker(att, turn);
                att.marks = false;
                added.push(att);
              }
            }
          }
        }
        continue;
      }
      // (an agency credit closing the text, "(APA, 18.9. 2015)", is nobody's answer)
      if (!turn || this.usedSentence.has(s) || ctx.words[a] === '(') continue;
      const att = this.unmarkedSentenceOf(s, turn, 'interview');
      if (att) added.push(att);
    }
    out.push(...added);
  }

  /**
   * An unmarked statement with a cue of its own that names its speaker (a person) by name, without a first-person
   * word, is the narrator's account of what the person said, not their words: "Die bisherige Chefin …, Gabi X,
   * wird nicht mehr kandidieren, erklärte sie" is indirect (a person does not call themself by name).
   */
  private selfNamedIndirect(out: Attribution[]): void {
    const ctx = this.ctx;
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
        if (FIRST_PERSON.has(ctx.lower[k]) || this.inQuote[k]) first = true;
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
  private dropThingSpeakers(out: Attribution[]): void {
    const dropped = new Set<NP>();
    for (let o = out.length - 1; o >= 0; o--) {
      const x = out[o];
      if (!this.thingSpeaker(x)) continue;
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
  private thingSpeaker(x: Attribution): boolean {
    const ctx = this.ctx;
    {
      const np = x.source;
      if (x.kind !== 'direct' || x.marks !== false || x.continuation || x.speakerEntity || !np || np.pronoun || np.mention) return false;
      if (this.plausibleSpeaker(np) || this.firstPersonIn(x.content)) return false;
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
  private dropSpeakerlessTwins(out: Attribution[]): void {
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

  private spokeSince(bySentence: Map<number, Attribution[]>, e: MentionRef['entity'], from: number, to: number): boolean {
    for (let p = from; p <= to; p++) for (const o of bySentence.get(p) ?? []) if (o.speakerEntity === e && !o.continuation && o.cueTok) return true;
    return false;
  }

  /**
   * A dialogue in dash turns, as court reports write it without marks: "Das verdutzt Anwältin X: Woher wissen Sie
   * das? – Das habe ich nur gehört. – Von wem? – Kann ich nicht sagen." After a statement of X that asks or
   * addresses someone ("?", a formal "Sie"), each sentence opened by a dash is the next turn: the first goes
   * to the person X addresses (the previous other person who spoke, within twelve sentences), then X, and so on.
   */
  private fillDashTurns(out: Attribution[]): void {
    const ctx = this.ctx;
    const ns = ctx.doc.sentences.length;
    const dashAt = (s: number) => {
      const a = ctx.sentStart[s];
      return a >= 0 && (ctx.words[a] === '–' || ctx.words[a] === '—');
    };
    let bySentence: Map<number, Attribution[]> | null = null;
    const added: Attribution[] = [];
    for (let s = 1; s < ns; s++) {
      if (!dashAt(s) || dashAt(s - 1)) continue;
      bySentence ??= this.statementsBySentence(out);
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
            this.copySpeaker(o, from);
            o.kind = 'direct';
            o.marks = false;
            o.method = 'dash-turn';
          }
          continue;
        }
        const a = ctx.sentStart[t] + 1;
        const end = this.lastContentTok(a, ctx.sentEnd[t]);
        if (end - a < 1) continue;
        const att = this.continuationOf('direct', this.trimContent(a, end), from);
        if (!att?.content) continue;
        att.marks = false;
        att.method = 'dash-turn';
        this.usedSentence.add(t);
        added.push(att);
      }
    }
    out.push(...added);
  }

  /** Sentence `s` as a whole, without quote marks, continuing `from`'s speaker (marks the sentence used). */
  private unmarkedSentenceOf(s: number, from: Attribution, method: string): Attribution | null {
    const a = this.ctx.sentStart[s];
    const end = this.lastContentTok(a, this.ctx.sentEnd[s]);
    if (end - a < 1) return null;
    const att = this.continuationOf('direct', this.trimContent(a, end), from);
    if (!att) return null;
    att.marks = false;
    att.method = method;
    this.usedSentence.add(s);
    return att;
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
  private outerCueOwns(found: Attribution[], a: number): void {
    const ctx = this.ctx;
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
      const inner = this.makeAtt('indirect', [outer, outer + 1]);
      inner.content = this.trimContent(cs, colon);
      if (!inner.content) continue;
      this.setSource(inner, np, outer);
      inner.method = 'verb';
      this.setSource(x, np, outer);
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
  private dropAgentlessPassive(out: Attribution[]): void {
    const ctx = this.ctx;
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

  private dropAskerLines(out: Attribution[]): void {
    const ctx = this.ctx;
    const ns = ctx.doc.sentences.length;
    const labels: ('asker' | MentionRef['entity'] | null)[] = [];
    const persons = new Set<MentionRef['entity']>();
    let askers = 0;
    for (let s = 0; s < ns; s++) {
      const l = this.turnLabelAt(s);
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
        const told = this.askerReport(xs, labels);
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
  private askerReport(s: number, labels: ('asker' | MentionRef['entity'] | null)[]): Attribution | null {
    const ctx = this.ctx;
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
    if (!dass && !this.v2KonjunktivAt(c + 1, b)) return null;
    let who: MentionRef['entity'] | null = null;
    for (let t = s + 1; t < labels.length && !who; t++) if (labels[t] && labels[t] !== 'asker') who = labels[t] as MentionRef['entity'];
    for (let t = s - 1; t >= 0 && !who; t--) if (labels[t] && labels[t] !== 'asker') who = labels[t] as MentionRef['entity'];
    if (!who) return null;
    const content = this.trimContent(dass ? c + 2 : c + 1, this.lastContentTok(c + 1, b));
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
  private tweetBlocks(out: Attribution[]): void {
    const ctx = this.ctx;
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
        const frame = this.postFrame(p, out);
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
        const c = this.trimContent(f, j);
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
  private postFrame(p: number, out: Attribution[]): { who: MentionRef['entity']; announce: boolean } | null | undefined {
    const ctx = this.ctx;
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
  private dropExplainerQuestions(out: Attribution[]): void {
    const ctx = this.ctx;
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
  private headlinesAsTitles(out: Attribution[]): void {
    const ctx = this.ctx;
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

  /** Word-class features of sentence s (tokens a..b) for the sequence model, from the rules' output. */
  private sentenceClasses(s: number, a: number, b: number, stmts: Attribution[] | undefined): string[] {
    const ctx = this.ctx;
    const f: string[] = [];
    // only statements with a cue of their own: the rules' continuations (run-on, sandwich, preface, …) are
    // what this model is to judge from the context, and on the gold they were tuned on they are too good
    let own = false;
    for (const o of stmts ?? []) {
      if (o.continuation) continue;
      own = true;
      f.push(o.kind === 'direct' ? 'r:direct' : o.kind === 'reported' ? 'r:reported' : 'r:indirect');
      if (o.speakerEntity?.type === 'PER') f.push('r:per-speaker');
    }
    if (!own) f.push('r:none');
    const end = this.lastContentTok(a, b);
    if (end - a < 5) f.push('short');
    else if (end - a > 30) f.push('long');
    if (s === 0) f.push('title');
    let first = false, second = false, konj = false, past = false, present = false, per = false, org = false, third = false, cue = false, digit = false, particle = false;
    for (let k = a; k < b; k++) {
      const lw = ctx.lower[k];
      const m = ctx.mentionAt[k];
      if (m >= 0) {
        const t = ctx.mentions[m].entity.type;
        if (t === 'PER') per = true;
        else if (t === 'ORG') org = true;
      }
      if (FIRST_PERSON.has(lw)) first = true;
      else if (lw === 'du' || lw === 'dich' || lw === 'dir' || lw === 'euch' || (ctx.words[k] === 'Sie' && k > a)) second = true;
      if (SUBJUNCTIVE_ALL.has(lw) && !ctx.isCap(k)) konj = true;
      if (PAST_NARRATION.has(lw)) past = true;
      if (PRESENT_SPEECH.has(lw)) present = true;
      if (THIRD_PERSON.has(lw)) third = true;
      if (MODAL_PARTICLES.has(lw)) particle = true;
      if (/^\d/.test(lw)) digit = true;
      if (!cue && !ctx.isCap(k) && CUE_FORMS.has(lw) && this.cueAt(k, b)) cue = true;
      if (lw === ':' && k - a <= 3) f.push(k === a + 1 && ALL_CAPS_LABEL.test(ctx.words[a]) ? 'label-caps' : 'label');
      if ((lw === '–' || lw === '—') && k - a <= 4) f.push('dash-early');
      if (lw === '(') f.push('paren');
    }
    const last = ctx.words[b - 1];
    if (last === '?') f.push('question');
    else if (last === '!') f.push('exclaim');
    else if (last === ':') f.push('colon-end');
    if (first) f.push('1st');
    if (second) f.push('2nd');
    if (konj) f.push('konj');
    if (past) f.push('past');
    if (present) f.push('present');
    if (per) f.push('per');
    if (org) f.push('org');
    if (third) f.push('third');
    if (cue) f.push('cue');
    if (digit) f.push('digit');
    if (particle) f.push('particle');
    // the classifier only where no statement with a cue of its own explains the sentence (it costs a feature pass)
    const p = own ? -1 : this.speechProb(a, end, b);
    if (p >= 0) f.push('p:' + Math.min(4, Math.floor(p * 5)));
    return f;
  }

  /**
   * Text without marks: decodes every sentence as speech or narration with the sequence model and gives a
   * speech sentence that no rule attributed to the speaker of the nearest statement in the same decoded
   * run (before it, else after it); a turn label ("STANDARD: …") without statement ends the search.
   */
  private fillSpeechRuns(out: Attribution[]): void {
    const ctx = this.ctx;
    const bySentence = this.statementsBySentence(out);
    const ns = ctx.doc.sentences.length;
    // only sentences near a statement with a speaker can join a run that has one: the others (most
    // sentences of articles without statements) are 'far' and not looked at, which keeps the step cheap
    const speakerIn = (t: number): Attribution | null => {
      const list = bySentence.get(t);
      if (!list) return null;
      for (const o of list) if ((o.kind === 'direct' || o.kind === 'indirect' || o.kind === 'mixed') && (o.speakerName || o.speakerEntity) && !this.weakSource(o)) return o;
      return null;
    };
    const near = new Uint8Array(ns);
    let free = false;
    for (const t of bySentence.keys()) {
      if (!speakerIn(t)) continue;
      for (let k = Math.max(0, t - SEQ_WINDOW); k <= Math.min(ns - 1, t + SEQ_WINDOW); k++) {
        near[k] = 1;
        if (!bySentence.has(k) && !this.usedSentence.has(k)) free = true;
      }
    }
    // nothing to add: no sentence without a statement near a statement with a speaker
    if (!free && !this.collectSequence) return;
    const base: string[][] = [];
    for (let s = 0; s < ns; s++) {
      const a = ctx.sentStart[s];
      base.push(a < 0 ? ['empty'] : near[s] ? this.sentenceClasses(s, a, ctx.sentEnd[s], bySentence.get(s)) : ['far']);
    }
    const units: SequenceUnit[] = [];
    // context: inside an interview answer (the last turn label was a person's, "Kaiser: …") or question
    // ("STANDARD: …"), and how far back the last statement with a cue of its own is
    let turn: 'answer' | 'question' | null = null;
    let lastDirect = -1;
    let lastOwn = -1;
    for (let s = 0; s < ns; s++) {
      const emit = ['bias', ...base[s]];
      if (base[s].includes('label-caps')) turn = 'question';
      else if (base[s].includes('label') && base[s].includes('r:per-speaker')) turn = 'answer';
      if (turn) emit.push('turn:' + turn);
      if (lastDirect >= 0) emit.push('since-direct:' + Math.min(4, s - lastDirect));
      if (lastOwn >= 0) emit.push('since-own:' + Math.min(4, s - lastOwn));
      if (base[s].includes('r:direct')) lastDirect = s;
      if (!base[s].includes('r:none')) lastOwn = s;
      if (s > 0) for (const x of base[s - 1]) emit.push(prefixed(PREV, 'prev:', x));
      else emit.push('prev:none');
      if (s + 1 < ns) for (const x of base[s + 1]) emit.push(prefixed(NEXT, 'next:', x));
      else emit.push('next:none');
      const stay: string[] = [];
      for (const x of base[s]) if (x === 'label' || x === 'label-caps' || x === 'per' || x === 'cue' || x === 'r:direct' || x === 'r:indirect' || x === 'r:reported' || x === 'dash-early') stay.push(x);
      units.push({ emit, stay });
    }
    if (this.collectSequence) {
      const spans: [number, number][] = [];
      for (let s = 0; s < ns; s++) {
        const a = ctx.sentStart[s];
        spans.push(a < 0 ? [0, 0] : [ctx.toks[a].start, ctx.toks[ctx.sentEnd[s] - 1].end]);
      }
      this.collectSequence(units, spans);
    }
    if (!this.sequence) return;
    const y = decodeSequence(this.sequence, units);
    const turnLabel = (t: number) => base[t].includes('label') || base[t].includes('label-caps');
    const added: Attribution[] = [];
    for (let s = 1; s < ns; s++) {
      if (!y[s] || bySentence.has(s) || this.usedSentence.has(s)) continue;
      if (turnLabel(s)) continue;
      let from: Attribution | null = null;
      for (let t = s - 1; t >= 0 && y[t] && !from; t--) {
        from = speakerIn(t);
        if (!from && (bySentence.has(t) || turnLabel(t))) break;
      }
      // forwards: a turn label opens another turn ("Was jetzt? Kaiser: …" — the question is the interviewer's)
      for (let t = s + 1; t < ns && y[t] && !from && !turnLabel(t); t++) {
        from = speakerIn(t);
        if (!from && bySentence.has(t)) break;
      }
      // a run without a statement of its own: the person whose statement ends at most SEQ_GAP sentences
      // before the run, when no other person is named between
      if (!from) {
        let r = s;
        while (r > 0 && y[r - 1]) r--;
        let other = false;
        for (let t = r - 1; t >= Math.max(0, r - SEQ_GAP) && !from && !other; t--) {
          if (turnLabel(t)) break;
          const o = speakerIn(t);
          if (o && o.speakerEntity?.type === 'PER') from = o;
          else if (bySentence.has(t)) break;
          else if (base[t].includes('per')) other = true;
        }
      }
      if (!from) continue;
      const att = this.unmarkedSentenceOf(s, from, 'speech-run');
      if (att) added.push(att);
    }
    out.push(...added);
  }

  /** A definite article up to four tokens before `k` with no comma between ("die in London ansässige …"). */
  private articleBefore(k: number): boolean {
    const ctx = this.ctx;
    for (let p = k - 1; p >= Math.max(0, k - 4); p--) {
      if (ctx.isPunct(p)) return false;
      // also a preposition fused with the article ("im diesjährigen Bericht", "vom zuständigen Amt")
      if (/^d(?:er|ie|as|en|em|es)$/.test(ctx.lower[p])) return true;
      if (p === k - 1 && /^(?:im|vom|beim|zum|zur|am)$/.test(ctx.lower[p])) return true;
    }
    return false;
  }

  /** Could token j be a finite verb opening an inverted frame clause (not a function word)? */
  private frameVerb(j: number): boolean {
    const lw = this.ctx.lower[j];
    if (lw.length < 3 || /^\d/.test(lw)) return false;
    return !(ADVERBS.has(lw) || ARTICLES.has(lw) || PREPOSITIONS.has(lw) || CONJ.has(lw) || SUBORDINATORS.has(lw) || RELATIVE.has(lw) || PRONOUNS.has(lw) || NOT_FRAME_VERB.has(lw) || lw === 'so' || lw === 'wie' || lw === 'laut');
  }

  /** A noun phrase that can speak: a pronoun for a person, a person/organisation mention, a role or institution noun. */
  private plausibleSpeaker(np: NP): boolean {
    const ctx = this.ctx;
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
  private soBeforeColon(cs: number, before: number): NP | null {
    const ctx = this.ctx;
    for (let k = before - 1; k > cs && before - k <= 5; k--) {
      if (ctx.lower[k] !== 'so' || ctx.words[k - 1] !== ',') continue;
      const np = ctx.npAt(k + 1, before);
      return np && np.end === before && !np.pronoun && this.plausibleSpeaker(np) ? np : null;
    }
    return null;
  }

  /** Does the char span mention entity `e` (by any mention)? */
  private namesEntity(span: [number, number], e: Attribution['speakerEntity']): boolean {
    if (!e) return false;
    const ctx = this.ctx;
    const t0 = ctx.tokenAt(span[0]);
    const t1 = ctx.tokenAt(span[1] - 1);
    for (let k = t0; k >= 0 && k <= t1; k++) {
      const m = ctx.mentionAt[k];
      if (m >= 0 && ctx.mentions[m].entity === e) return true;
    }
    return false;
  }

  /** After the comma at `k`: the index of the comma closing a bare name apposition (", Mark A. Brand,"), else -1. */
  private nameAppositionEnd(k: number, b: number): number {
    const ctx = this.ctx;
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
  private speechNounFrameOwner(a: number, colon: number): NP | null {
    const ctx = this.ctx;
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
  private personAfterCue(k: number, limit: number): NP | null {
    const ctx = this.ctx;
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
  private thingVorfeld(v: number, c: number): boolean {
    const ctx = this.ctx;
    for (let k = v; k < c; k++) {
      const lw = ctx.lower[k];
      if (this.inQuote[k] || lw === 'er' || lw === 'sie' || lw === 'wir' || lw === 'ich' || lw === 'man') return false;
      const mi = ctx.mentionAt[k];
      // a single compound with a name ("STANDARD-Anfrage") is a thing
      if (mi >= 0 && !(ctx.mentions[mi].end - ctx.mentions[mi].start === 1 && HYPHEN_LOWER.test(ctx.words[k]) && !ROLE_NOUN.test(lw))) return false;
      if (ctx.isCap(k) && (ROLE_NOUN.test(lw) || INSTITUTION.test(lw) || ORG_AGENT.test(lw))) return false;
    }
    return true;
  }

  /** A statement without a cue of its own that continues `from` (same speaker), or null without content. */
  private continuationOf(kind: QuoteKind, content: [number, number] | null, from: Attribution): Attribution | null {
    if (!content) return null;
    const att = blankAttribution(kind, content, 'continuation');
    att.continuation = true;
    this.copySpeaker(att, from);
    return att;
  }

  /**
   * "Das heißt, …", "Anders gesagt: …" in sentence `s` (tokens a–b): no report of its own, the current
   * speaker (named at most `maxGap` sentences before) goes on from token `from`.
   */
  private fillerContinuation(from: number, a: number, b: number, s: number, maxGap: number): Attribution | null {
    const last = this.lastSpeaker;
    if (!last || s - last.sentence > maxGap || last.att.kind === 'fragment') return null;
    const cont = this.continuationOf('indirect', this.trimContent(from, this.lastContentTok(a, b)), last.att);
    if (cont) this.markUnmarkedDirect(cont);
    return cont;
  }

  /** The speaker of `att` is the entity of mention `ref`. */
  private speakAs(att: Attribution, ref: MentionRef): void {
    att.speakerEntity = ref.entity;
    att.speakerPseudo = ref.pseudo;
    att.speakerName = ref.entity.name;
  }

  private copySpeaker(att: Attribution, from: Attribution): void {
    att.speakerEntity = from.speakerEntity;
    att.speakerPseudo = from.speakerPseudo;
    att.speakerName = from.speakerName;
    att.source = null;
    att.inheritedMention = from.source ?? from.inheritedMention ?? null;
  }

  // ---------- indirect speech ----------

  /**
   * The first token from i on (before b) where an indirect-speech rule may start: not inside a direct quote or a cue
   * used already, and an attribution phrase's opener (INDIRECT_OPENERS) or a cue; b if there is none. These are the
   * tokens indirectInSentence's loop passes over one by one (most tokens), in a small function that V8 optimises
   * early: the loop's own large body runs in the baseline tier.
   */
  private nextIndirectStart(i: number, b: number): number {
    const lower = this.ctx.lower;
    for (; i < b; i++) {
      if (this.inQuote[i] || this.usedCue[i]) continue;
      if (INDIRECT_OPENERS.has(lower[i]) || this.cueAt(i, b) !== null) return i;
    }
    return b;
  }

  private indirectInSentence(s: number, a: number, b: number): Attribution[] {
    const ctx = this.ctx;
    const out: Attribution[] = [];
    for (let i = a; i < b; i++) {
      // (the tokens where none of the rules below applies are passed over in nextIndirectStart)
      i = this.nextIndirectStart(i, b);
      if (i >= b) break;
      const lw = ctx.lower[i];
      // attribution phrases; in news mode not inside the clause of a reporting verb found before
      // ("gab Stöger laut einer Aussendung zu bedenken")
      let inCueClause = false;
      // where the clause of a "laut" phrase starts when it follows another statement in the sentence
      let lautFrom = a;
      // a loop, not out.some(closure): no closure per token (out is mostly empty)
      if (this.mode === 'news') {
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
            for (let t = from; t < i && boundary < 0; t++) if ((ctx.words[t] === ',' || ctx.words[t] === ';') && ctx.lower[t + 1] !== 'so' && !this.inQuote[t]) boundary = t;
            if (boundary >= 0 && o.content && o.content[1] <= ctx.toks[i].start && lw === 'laut') {
              lautFrom = Math.max(lautFrom, boundary + 1);
              continue;
            }
            inCueClause = true;
            break;
          }
        }
      }
      if (!inCueClause && this.mode === 'news' && (lw === 'laut' || lw === 'zufolge' || lw === 'nach')) {
        // "„…“, sagte Kurz laut einer Aussendung": the cue of a direct quote earlier in the clause owns it
        for (let k = i - 1; k >= a; k--) {
          if (ctx.words[k] === ',' || ctx.words[k] === ':' || ctx.words[k] === ';' || END_PUNCT.has(ctx.words[k]) || this.inQuote[k]) break;
          if (this.usedCue[k]) {
            // (not a cue of this sentence that took no content: a topic, "sprachen … laut X … über …")
            let empty = lw === 'laut' && TOPIC_TALK.test(ctx.lower[k]);
            for (let q = 0; q < out.length && lw === 'laut'; q++) if (out[q].cueTok && out[q].cueTok![0] <= k && k < out[q].cueTok![1]) empty = !out[q].content;
            if (empty) continue;
            inCueClause = true;
            break;
          }
        }
      }
      if (!inCueClause && this.mode === 'news' && lw === 'laut') {
        // "hatte Leitl zuvor laut einem Bericht der Presse gesagt": a reporting verb later in the same clause owns it
        for (let k = i + 1; k < b; k++) {
          // a name apposition between commas stays inside the clause ("vor dem Vizekonsul, Mark A. Brand, ausgesagt")
          if (ctx.words[k] === ',') {
            const m = this.nameAppositionEnd(k, b);
            if (m > 0) {
              k = m;
              continue;
            }
          }
          if (ctx.words[k] === ',' || ctx.words[k] === ':' || END_PUNCT.has(ctx.words[k])) break;
          if (!ctx.isCap(k) && this.cueAt(k, b)) {
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
      if (!inCueClause && this.mode === 'news' && (lw === 'laut' || lw === 'zufolge' || lw === 'nach' || lw === 'wonach') && (lw !== 'wonach' || this.subjunctiveBetween(a, i)) && this.closingFrame(i + 1, b)) inCueClause = true;
      if (inCueClause && (lw === 'laut' || lw === 'zufolge' || lw === 'nach' || lw === 'wonach')) continue;
      if (lw === 'laut' && ctx.words[i] !== 'Laut' ? this.isLautPrep(i) : lw === 'laut') {
        let np = ctx.npAt(i + 1, b) ?? this.headAfter(i + 1, b);
        if (np && !ctx.isCap(i + 1) && ctx.isAdj(i + 1)) np = this.adjectiveSource(i + 1, b, np);
        // "laut Medienberichten Informationen über …": a bare plural source noun ends the phrase (the next noun is the object)
        if (np && this.mode === 'news' && np.start === i + 1 && np.end > i + 2 && PLURAL_SOURCE.test(ctx.words[i + 1]) && ctx.isCap(i + 2) && (ctx.mentionAt[i + 1] < 0 || ctx.mentionAt[i + 1] !== ctx.mentionAt[i + 2])) np = { start: i + 1, end: i + 2, mention: ctx.bestMention(i + 1, i + 2), pronoun: false, dative: false };
        // "laut früheren Ankündigungen aus Regierungskreisen", "laut Angaben von X": the owner of the statement speaks
        if (np && this.mode === 'news' && !np.mention && (ATTRIBUTION_NOUNS.has(ctx.words[np.end - 1]) || STATEMENT_PLURALS.has(ctx.words[np.end - 1])) && /^(?:aus|von|vom)$/.test(ctx.lower[np.end])) {
          const owner = ctx.npAt(np.end + 1, b);
          if (owner && !owner.pronoun) np = owner;
        }
        if (np && !np.pronoun) {
          out.push(this.reported(i, i + 1, np, s, lautFrom, b, 'laut'));
          i = np.end - 1;
          continue;
        }
      }
      // "…, geht aus der Polizeistatistik hervor." / "Aus dem Bericht geht hervor, dass …" / "wie aus X hervorgeht":
      // the document or body after "aus" is the source
      if (this.mode === 'news' && !inCueClause && (((lw === 'hervor') && (END_PUNCT.has(ctx.words[i + 1]) || ctx.words[i + 1] === ',')) || lw === 'hervorgeht' || lw === 'hervorging')) {
        let verb = lw === 'hervor' ? -1 : i;
        let aus = -1;
        let k = i - 1;
        for (; k >= a && ctx.words[k] !== ',' && ctx.words[k] !== ':' && ctx.words[k] !== ';' && !this.inQuote[k]; k--) {
          if (/^(?:geht|gehen|ging|gingen)$/.test(ctx.lower[k])) verb = k;
          if (ctx.lower[k] === 'aus' && aus < 0) aus = k;
          // "…, geht aus dem Bericht nicht hervor": nothing is reported
          if (/^(?:nicht|kaum|nirgends|keineswegs)$/.test(ctx.lower[k])) aus = -2;
          if (aus === -2) break;
        }
        const np = aus >= 0 && verb >= 0 ? ctx.npAt(aus + 1, i) : null;
        if (np && !np.pronoun && np.end <= i) {
          const c0 = Math.min(verb, aus);
          const att = this.reported(c0, i + 1, np, s, a, b, 'hervorgehen');
          // "…, wie aus X hervorgeht" / "…, geht aus X hervor": the statement is the clause before
          const before = k > a && ctx.words[k] === ',' && (k + 1 === c0 || ctx.lower[k + 1] === 'wie');
          if (before) att.content = this.trimContent(a, k);
          // (otherwise only with a complement clause: "Aus der Wahl ging die ÖVP als Siegerin hervor" reports nothing)
          const after = ctx.words[i + 1] === ',' && /^(?:dass|daß|ob|wie|wer|was|warum|wo|wann|welche[rsnm]?)$/.test(ctx.lower[i + 2] ?? '');
          if (att.content && (before || after)) {
            out.push(att);
            continue;
          }
        }
      }
      // "…, zeigen die aktuellen Zahlen des Innenministeriums." — figures or a report as post-posed source
      if (this.mode === 'news' && !inCueClause && SHOW_FORMS.has(lw) && i > a + 2 && ctx.words[i - 1] === ',') {
        const np = ctx.npAt(i + 1, b);
        let head = np ? np.start : -1;
        while (np && head < np.end && !(ctx.isCap(head) && (DATA_NOUNS.has(ctx.words[head]) || REPORT_NOUNS.has(ctx.words[head])))) head++;
        if (np && !np.pronoun && head < np.end && (END_PUNCT.has(ctx.words[np.end]) || np.end >= b)) {
          const att = this.reported(i, i + 1, np, s, a, b, 'zeigen');
          if (att.content) {
            out.push(att);
            continue;
          }
        }
      }
      if (lw === 'zufolge') {
        const np = ctx.npBefore(i, a);
        if (np) {
          const att = this.reported(i, i + 1, np, s, a, b, 'zufolge');
          // "den nordkoreanischen Angaben zufolge": the country of the adjective
          if (this.mode === 'news' && !np.pronoun && (!np.mention || np.mention.entity.type === 'LOC') && ATTRIBUTION_NOUNS.has(ctx.words[np.end - 1])) this.placeOfAdjectives(att, np.start, np.end - 1);
          out.push(att);
          continue;
        }
      }
      // "nach seiner Einschätzung", "nach ihren Worten": a possessive points to a person
      if (lw === 'nach' && i + 2 < b && POSSESSIVE.has(ctx.lower[i + 1]) && ATTRIBUTION_NOUNS.has(ctx.words[i + 2])) {
        const pos: NP = { start: i + 1, end: i + 2, mention: null, pronoun: true, dative: false };
        out.push(this.reported(i, i + 3, pos, s, a, b, 'nach-angaben'));
        i += 2;
        continue;
      }
      // "nach Zschäpes Darstellung", "nach Merkels Worten": a name in the genitive before the attribution noun
      if (lw === 'nach' && i + 2 < b && ctx.mentionAt[i + 1] >= 0) {
        const m = ctx.mentions[ctx.mentionAt[i + 1]];
        const e = m.end;
        if (m.start === i + 1 && e < b && (m.entity.type === 'PER' || m.entity.type === 'ORG') && /s$/.test(ctx.words[e - 1]) && ATTRIBUTION_NOUNS.has(ctx.words[e])) {
          out.push(this.reported(i, e + 1, { start: i + 1, end: e, mention: m, pronoun: false, dative: false }, s, a, b, 'nach-angaben'));
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
        if (REPORT_NOUNS.has(ctx.words[n + 1] ?? '') && this.mode === 'news' && /^(?:einem|einer|dem|der)$/.test(ctx.lower[n]) && /^(?:von|des|der|eines|einer)$/.test(ctx.lower[n + 2] ?? '')) {
          n++;
          doc = true;
        }
        while (n < b && n - i <= 2 && ctx.isAdj(n) && !ctx.isCap(n)) {
          if (ctx.lower[n].startsWith('eigen')) own = true;
          n++;
        }
        // "nach diesen Angaben", "nach dieser Darstellung": a demonstrative points to the source just named
        if (this.mode === 'news' && n === i + 1 && /^(?:diesen|dieser|diesem|jenen)$/.test(ctx.lower[n]) && ATTRIBUTION_NOUNS.has(ctx.words[n + 1] ?? '')) {
          const last = this.lastSpeaker;
          if (last && s - last.sentence <= 3 && last.att.kind !== 'fragment' && (last.att.speakerName || last.att.speakerEntity) && !this.weakSource(last.att)) {
            const att = this.reported(i, n + 2, { start: n, end: n + 2, mention: null, pronoun: false, dative: false }, s, a, b, 'nach-angaben');
            this.copySpeaker(att, last.att);
            out.push(att);
            i = n + 1;
            continue;
          }
        }
        // "bietet X seiner Partei nach deren Angaben an": the relative possessive points to the noun phrase right before
        if (this.mode === 'news' && n === i + 1 && (ctx.lower[n] === 'deren' || ctx.lower[n] === 'dessen') && ATTRIBUTION_NOUNS.has(ctx.words[n + 1] ?? '') && i > a && ctx.words[i - 1] !== ',') {
          const ante = ctx.npBefore(i, a);
          if (ante && !ante.pronoun && ctx.isCap(ante.end - 1)) {
            out.push(this.reported(i, n + 2, ante, s, a, b, 'nach-angaben'));
            i = n + 1;
            continue;
          }
        }
        // "Nach APA-Informationen", "nach Polizei-Angaben": the first part of the compound is the source
        const nw = ctx.words[n] ?? '';
        const dash = nw.lastIndexOf('-');
        if (this.mode === 'news' && dash > 0 && UPPER_START.test(nw) && ATTRIBUTION_NOUNS.has(nw.slice(dash + 1))) {
          const att = this.reported(i, n + 1, { start: n, end: n + 1, mention: ctx.bestMention(n, n + 1), pronoun: false, dative: false }, s, a, b, 'nach-angaben');
          if (!att.speakerEntity) att.speakerName = nw.slice(0, dash);
          out.push(att);
          i = n;
          continue;
        }
        // "nach Polizeiangaben", "nach Armeeinformationen": a closed compound, its first part is the source
        const closed = this.mode === 'news' && !own && n === i + 1 ? CLOSED_ATTRIBUTION.exec(nw) : null;
        if (closed && !ctx.isPunct(n) && ctx.mentionAt[n] < 0) {
          const att = this.reported(i, n + 1, { start: n, end: n + 1, mention: null, pronoun: false, dative: false }, s, a, b, 'nach-angaben');
          att.speakerName = closed[1];
          out.push(att);
          i = n;
          continue;
        }
        // "nach Zahlen des Branchenverbands X", "nach neuen Daten der Weltbank": a data noun with its owner
        const data = DATA_NOUNS.has(ctx.words[n] ?? '') && this.mode === 'news' && /^(?:von|des|der)$/.test(ctx.lower[n + 1] ?? '');
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
          if (!np && own && this.mode === 'news') {
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
          if (!np && own) np = this.ownSourceSubject(i, n, s);
          if (np || n > i + 1) {
            const att = np ? this.reported(i, n + 1, np, s, a, b, 'nach-angaben') : this.reported(i, n + 1, { start: n, end: n + 1, mention: null, pronoun: false, dative: false }, s, a, b, 'nach-angaben');
            if (!np) {
              att.source = null;
              att.speakerName = null;
              // "nach nordkoreanischen Angaben", "nach russischen Angaben": a country's adjective names the country
              if (this.mode === 'news') this.placeOfAdjectives(att, i + 1, n);
              // "habe die Polizei demnach nach vorläufigen Erkenntnissen …": an ownerless attribution phrase in a
              // "demnach" sentence keeps the source "demnach" points to
              if (this.mode === 'news' && !att.speakerName && !att.speakerEntity) this.demnachSource(att, s, a, b);
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
          const att = this.makeAtt('reported', [i, i + 1]);
          this.setSource(att, np, i);
          const last = this.lastContentTok(a, b);
          let end = this.clauseEnd(i, last);
          // "Den Vorwurf der X, wonach …, will Y so nicht stehen lassen: …": a wonach clause on the Vorfeld noun phrase
          // ends where the main clause resumes with its finite verb and an inverted subject; a colon frame after it
          // ("…, will Y … lassen: Wir …") is that subject's direct statement
          const resume = this.mode === 'news' ? this.mainClauseResumes(a, i, end) : -1;
          let framed: Attribution | null = null;
          if (resume > 0) {
            end = resume;
            let colon = -1;
            for (let k = resume + 2; k < last && colon < 0; k++) if (ctx.words[k] === ':') colon = k;
            const subj = ctx.npAt(resume + 2, colon > 0 ? colon : last);
            const named = !!subj && !subj.dative && (subj.pronoun ? /^(?:er|sie)$/.test(ctx.lower[subj.start]) : subj.mention?.entity.type === 'PER');
            if (colon > 0 && named && last - colon >= 4 && ctx.isCap(colon + 1)) framed = this.unmarkedDirect(subj!, colon, colon + 1, last, 'colon');
          }
          att.content = this.trimContent(i, end);
          att.method = 'wonach';
          if (att.content) {
            out.push(att);
            if (framed) out.push(framed);
            for (let k = i; k < b; k++) this.usedCue[k] = 1;
            break;
          }
        }
      }
      // "…, steht in dem Erlass." / "…, stand im Bericht."
      if ((lw === 'steht' || lw === 'stand') && i > a && ctx.words[i - 1] === ',' && (ctx.lower[i + 1] === 'in' || ctx.lower[i + 1] === 'im' || (ctx.lower[i + 1] === 'es' && (ctx.lower[i + 2] === 'in' || ctx.lower[i + 2] === 'im')))) {
        const k = ctx.lower[i + 1] === 'es' ? i + 3 : i + 2;
        const np = ctx.npAt(k, b);
        if (np && (this.mode !== 'news' || this.textHolder(np))) {
          const att = this.makeAtt('indirect', [i, i + 1]);
          this.setSource(att, np, i);
          let f = i - 2;
          while (f >= a && ctx.words[f] !== ':' && !(ctx.isQuote(f) && this.inQuote[f])) f--;
          att.content = this.trimContent(f + 1, i - 1);
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
      if (lw === 'so' && i > a && (soMark === ',' || soDash && i - 1 > a && !ctx.isCap(i)) && !this.inQuote[i - 1]) {
        const np = ctx.npAt(i + 1, b);
        let tail = np ? np.end : b;
        // "…, so Ban am Donnerstag." / "…, so der Minister in einer Aussendung."
        while (np && tail < b && !END_PUNCT.has(ctx.words[tail]) && ctx.words[tail] !== ',' && ctx.words[tail] !== ':' && !(soDash && ctx.words[tail] === soMark) && tail - np.end < 8 && !reportingForm(ctx.lower[tail])) tail++;
        if (np && !np.pronoun && (tail >= b - 1 || END_PUNCT.has(ctx.words[tail]) || ctx.words[tail] === soMark || !soDash && ctx.words[tail] === ':')) {
          const att = this.makeAtt('indirect', [i, i + 1]);
          let from = i - 1;
          while (from > a && ctx.words[from - 1] !== ':') from--;
          att.content = this.trimContent(from, i - 1);
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
            att.content = this.trimContent(from, this.lastContentTok(a, b));
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
          this.setSource(att, src, i);
          att.method = 'so';
          // between dashes without quote marks: reported speech, whatever the mood
          if (!soDash || !inserted) this.markUnmarkedDirect(att);
          if (att.content) {
            out.push(att);
            // "…, so Grundig: Auch Facebook kann man nicht abtun …" — the speaker goes on after the cue
            const after = att.content[1] <= ctx.toks[i].start ? this.afterCue(att, tail, a, b) : null;
            if (after) {
              out.push(after);
              break;
            }
          }
          continue;
        }
      }
      if (this.mode === 'news' && out.length > 0 && out.some((o) => o.content && o.content[0] <= ctx.toks[i].start && o.content[1] >= ctx.toks[i].end)) continue;
      // "Das heißt, dass …" / "Das heißt: …": no report, the current speaker goes on
      if (this.mode === 'news' && lw === 'heißt' && i === a + 1 && (ctx.lower[a] === 'das' || ctx.lower[a] === 'dies') && (ctx.words[i + 1] === ',' || ctx.words[i + 1] === ':')) {
        this.usedCue[i] = 1;
        const cont = out.length ? null : this.fillerContinuation(a, a, b, s, 2);
        if (cont) {
          out.push(cont);
          break;
        }
        continue;
      }
      // "Anders gesagt: …", "Ehrlich gesagt, …": no report, the current speaker goes on
      if (this.mode === 'news' && lw === 'gesagt' && i === a + 1 && (ctx.words[i + 1] === ':' || ctx.words[i + 1] === ',') && ctx.mentionAt[a] < 0) {
        this.usedCue[i] = 1;
        const cont = this.fillerContinuation(i + 2, a, b, s, 3);
        if (cont) {
          out.push(cont);
          break;
        }
        continue;
      }
      const cue = this.cueAt(i, b);
      if (!cue) continue;
      // a later post-posed cue ("…, die Polizei warnt vor nix, wir versuchen …, betont X, …") owns the
      // clause before it: reporting verbs inside that statement are part of it
      if (this.mode === 'news' && !ctx.isCap(i) && this.insidePostCueClause(i, a, b)) continue;
      // "ohne … zu erwähnen": a zu-infinitive is no report of speech
      // (but "pflegte er zu sagen" reports a habit of saying)
      if (this.mode === 'news' && i > a && ctx.lower[i - 1] === 'zu' && !/^pflegt/.test(ctx.lower[i - 3] ?? '') && !/^pflegt/.test(ctx.lower[i - 2] ?? '')) continue;
      this.usedCue[i] = 1;
      const att = this.makeAtt('indirect', cue);
      // clause around the cue
      let cs = i - 1;
      while (cs >= a) {
        // a parenthesis ("die Organisation (IOM) hatte …") does not end the clause
        if (ctx.words[cs] === ')' && this.mode === 'news') {
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
      const rel = cs > a && cs < i && RELATIVE.has(ctx.lower[cs]) && ctx.words[cs - 1] === ',' && !(cs - 2 === a && CONJ.has(ctx.lower[a])) && !ctx.isNominal(cs + 1) && !ctx.isAdj(cs + 1) && (verbFinal || (this.mode === 'news' && SEPARABLE_NEXT.has(ctx.lower[i + 1]) && (i + 2 >= b || ctx.isPunct(i + 2))));
      // leading conjunctions do not change the clause type: "Doch während Sie meinen"
      while (cs < i - 1 && CONJ.has(ctx.lower[cs])) cs++;
      const prepRel = cs + 1 < i && PREPOSITIONS.has(ctx.lower[cs]) && RELATIVE.has(ctx.lower[cs + 1]) && cs > a && ctx.words[cs - 1] === ',';
      // ("Seit der Wahl hatte die Partei betont, …", "Während der Sitzung sagte X, …": a preposition, when a finite
      // verb follows its noun phrase)
      const ppOpener = this.mode === 'news' && cs < i && PREPOSITIONS.has(ctx.lower[cs]) && SUBORDINATORS.has(ctx.lower[cs]) && this.prepositionalOpener(cs, i);
      const subordinate = (cs < i && SUBORDINATORS.has(ctx.lower[cs]) && !ppOpener && (verbFinal || SEPARABLE_NEXT.has(ctx.lower[i + 1]))) || rel || prepRel;
      // "Zudem gebe es Flyer, die die Menschen auffordern, …": a cue in a relative clause of a Konjunktiv main
      // clause is part of that reported statement
      if (this.mode === 'news' && rel && !out.length) {
        let subjMain = false;
        for (let m = a; m < cs - 1 && !subjMain; m++) subjMain = SUBJUNCTIVE_ALL.has(ctx.lower[m]) && !ctx.isCap(m);
        if (subjMain) continue;
        // "Dort entstehen Aktivitäten, die darauf hinweisen, dass …" right after a statement: a relative clause on a
        // thing (no person or role noun before the comma) goes on with the current speaker's statement
        const an = cs - 2;
        if (an > a && this.lastSpeaker && this.lastSpeaker.sentence === s - 1 && this.lastSpeaker.att.kind !== 'fragment' && ctx.isCap(an) && ctx.mentionAt[an] < 0 && !ROLE_NOUN.test(ctx.lower[an]) && !INSTITUTION.test(ctx.lower[an]) && /(?:en|ten|ungen|heiten|keiten|ionen|sse|nisse)$/.test(ctx.lower[an]) && !PEOPLE_PLURAL.test(ctx.lower[an])) continue;
      }
      let np: NP | null;
      let demnach = false;
      if (ctx.isCap(i) && i !== ctx.sentStart[s]) {
        // nominal cue ("Antrag", "Position"): possessive before or genitive after
        np = this.nominalSource(i, a, b);
      } else if (rel) {
        np = this.firstSubject(cs + 1, i, att) ?? { start: cs, end: cs + 1, mention: null, pronoun: false, dative: false };
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
          else if (ante && this.mode === 'news' && ante.end === cs - 1) np = ante;
        }
      } else if (subordinate) {
        np = this.firstSubject(prepRel ? cs + 2 : cs + 1, i, att);
        // "…, weil man von Rapid immer mehr erwartet": a generic subject in an adverbial clause reports nothing
        if (this.mode === 'news' && np?.pronoun && ctx.lower[np.start] === 'man' && ADVERBIAL_SUB.has(ctx.lower[cs])) continue;
        if (ctx.lower[cs] === 'wie') {
          att.kind = 'reported';
          // "…, wie manche behaupteten" / "…, wie der Begriff suggeriere": an indefinite source or a
          // Konjunktiv inside reported speech is part of the statement, not its attribution
          if (this.mode === 'news' && cs > a && ((np && (INDEFINITE.has(ctx.lower[np.start]) || INDEFINITE.has(ctx.lower[np.end - 1]))) || (lw.endsWith('e') && !lw.endsWith('te')))) continue;
        }
      } else if (((ctx.lower[i] === 'heißt' || ctx.lower[i] === 'hieß') && ctx.lower[i + 1] === 'es') || (ctx.lower[i] === 'geheißen' && this.esBefore(cs, i))) {
        np = this.heisstEsSource(i, cs, b, s);
        // "…, heißt es demnach." — "according to it": the source just named goes on
        demnach = this.mode === 'news' && ctx.lower[i + 2] === 'demnach' && (END_PUNCT.has(ctx.words[i + 3] ?? '') || i + 3 >= b);
        // a bare "…, hieß es." right after a statement goes on with its speaker (not the subject that statement opened with)
        const prev = this.lastSpeaker;
        if (this.heisstEsBare && cs > a && ctx.lower[cs] !== 'so' && prev && prev.sentence === s - 1 && prev.att.content && prev.att.kind !== 'fragment' && (prev.att.speakerName || prev.att.speakerEntity) && ctx.sentenceOf(ctx.tokenAt(prev.att.content[1] - 1)) === s - 1) demnach = true;
      } else if (this.isPassive(i, cs)) {
        // "In dem Bericht wird … beklagt" / "wurde von X kritisiert": agent or source PP, not the subject
        np = null;
        // "…, wird der Linksaktivist zitiert": the subject of a passive "zitiert" is the one quoted
        if (this.mode === 'news' && ctx.lower[i] === 'zitiert') {
          let aux = cs;
          while (aux < i && !/^(?:wird|wurde|werden|wurden)$/.test(ctx.lower[aux])) aux++;
          const subj = aux < i - 1 ? ctx.npAt(aux + 1, i) : null;
          if (subj && !subj.dative && (subj.pronoun ? ['er', 'sie'].includes(ctx.lower[subj.start]) : ctx.isCap(subj.end - 1))) np = subj;
        }
        for (let k = cs; k < b && !np; k++) {
          const w = ctx.lower[k];
          if ((w === 'von' || w === 'vom' || w === 'in' || w === 'im') && !this.inQuote[k]) {
            const pp = ctx.npAt(k + 1, b);
            if (pp && !pp.pronoun) np = pp;
          }
          // "Beim Roten Kreuz wurde betont, …", "seitens der Polizei wurde erklärt": an organisation or office
          if (this.mode === 'news' && (w === 'bei' || w === 'beim' || w === 'seitens' || w === 'vonseiten') && !this.inQuote[k]) {
            const pp = ctx.npAt(k + 1, b);
            if (pp && !pp.pronoun && (pp.mention?.entity.type === 'ORG' || INSTITUTION.test(ctx.lower[pp.end - 1]))) np = pp;
          }
          if (ctx.words[k] === ',' && k > i) break;
        }
      } else if (this.mode === 'news' && ctx.lower[cs] === 'wie' && cs < i - 1 && ctx.isCap(cs + 1) && !ctx.isPunct(i + 1)) {
        // "Wie X kritisierte auch er den Bericht": "Wie X" is a comparison in the Vorfeld, the subject
        // follows the finite verb (X only did the same)
        np = this.firstSubject(i + 1, b, att);
      } else np = this.subjectOf(cue, cs, b, att);
      // debates: any subject in the clause ("ich habe den Eindruck", "wir … können … zustimmen")
      if (!np && this.mode === 'all' && !(ctx.isCap(i) && i !== ctx.sentStart[s])) np = this.clauseSubject(i, a, b);
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
      // coordinated verb without its own subject: "… können zustimmen und plädieren für …"
      if (!np && i > a && (ctx.lower[i - 1] === 'und' || ctx.lower[i - 1] === 'oder' || (ctx.words[i - 1] === ',' && this.mode === 'news')) && out.length && out[out.length - 1].source) {
        np = out[out.length - 1].source;
      }
      // "Am Sonntag legt er sich nicht fest, stellt aber klar, dass …": the subject of the clause before
      if (!np && this.mode === 'news' && i > a && ctx.words[i - 1] === ',' && !subordinate && !rel) {
        const cs2 = this.clauseSubject(i, a, b);
        if (cs2?.pronoun && (ctx.lower[cs2.start] === 'er' || ctx.lower[cs2.start] === 'sie')) np = cs2;
      }
      // "Die Reaktion der Flughafen Wien AG: Man weise … zurück": the owner of a verbless speech-noun frame before
      // the colon is the impersonal subject
      if (this.mode === 'news' && np?.pronoun && (ctx.lower[np.start] === 'man' || ctx.lower[np.start] === 'wir') && !out.length) {
        let framed: Attribution | null = null;
        for (let k = a + 2; k < np.start; k++) {
          if (ctx.words[k] !== ':') continue;
          const owner = this.speechNounFrameOwner(a, k);
          if (owner) {
            let subjunctive = false;
            for (let m = k + 1; m < b; m++) if (SUBJUNCTIVE_ALL.has(ctx.lower[m]) && !ctx.isCap(m)) subjunctive = true;
            subjunctive ||= this.konjunktivOne(k + 1, this.lastContentTok(a, b));
            framed = this.makeAtt(subjunctive ? 'indirect' : 'direct', cue);
            framed.content = this.trimContent(k + 1, this.lastContentTok(a, b));
            framed.method = 'colon-frame';
            this.setSource(framed, owner, k);
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
      if (this.mode === 'news' && np?.pronoun && !out.length && cs > a + 2 && (ctx.lower[np.start] === 'man' || this.firstOrSecondPerson(np.start))) {
        const framed = this.colonFrameBefore(s, a, b, cs);
        if (framed) {
          out.push(framed);
          break;
        }
      }
      // "Herrgott, warum kann man nicht einfach sagen: …" right after a direct statement: the speaker goes on
      // — and generally a generic "man" reporting inside someone's statement ("Man sollte ihnen das Gefühl geben,
      // dass …", "… kann man wohl nicht davon sprechen, dass …") is that speaker going on (two sentences at most)
      const lastSp = this.lastSpeaker;
      // (not in a sentence that opens with another person's view: "Für X ist es keine Werbung, wenn man …")
      if (this.mode === 'news' && np?.pronoun && ctx.lower[np.start] === 'man' && !out.length && lastSp && s - lastSp.sentence <= 2 && lastSp.att.kind !== 'fragment' && (lastSp.att.speakerName || lastSp.att.speakerEntity) && !this.otherViewHolder(s, lastSp.att)) {
        let subjunctive = false;
        for (let k = a; k < b; k++) if (SUBJUNCTIVE_ALL.has(ctx.lower[k]) && !ctx.isCap(k)) subjunctive = true;
        const direct = lastSp.sentence === s - 1 && lastSp.att.kind === 'direct';
        if (direct || subjunctive || !this.marksKept) {
          const cont = this.makeAtt(subjunctive ? 'indirect' : 'direct', cue);
          cont.content = this.trimContent(a, this.lastContentTok(a, b));
          cont.method = 'continuation';
          cont.continuation = true;
          cont.kind = subjunctive ? 'indirect' : 'direct';
          this.copySpeaker(cont, lastSp.att);
          if (!subjunctive) cont.marks = false;
          if (cont.content) {
            out.push(cont);
            break;
          }
        }
      }
      // "…, rechtfertige keine diskriminierende Regelung": a negated noun phrase ("kein …") never speaks; the verb
      // is no report here
      if (this.mode === 'news' && np && !np.pronoun && np.start > i && /^kein(?:e|en|em|er|es)?$/.test(ctx.lower[np.start])) {
        this.usedCue[i] = 0;
        continue;
      }
      // "scheint sie … eine Reihe Polizisten gebeten zu haben, …": a perfect infinitive has no subject of its own;
      // the noun phrase before it is its object, the matrix clause's pronoun is the speaker
      if (this.mode === 'news' && np && !np.pronoun && np.end === i && ctx.lower[i + 1] === 'zu' && /^(?:haben|sein)$/.test(ctx.lower[i + 2] ?? '')) {
        const sub = this.clauseSubject(np.start, a, b);
        if (sub?.pronoun && ctx.lower[sub.start] !== 'man') np = sub;
      }
      // "würde sich das durch totalen Rückzug äußern", "werde es weniger Abteilungen geben": a bare adjective +
      // noun phrase without article, name or role is an object or adverbial, never a source
      if (this.mode === 'news' && np && !np.pronoun && !np.mention && !ctx.isCap(np.start) && !ARTICLES.has(ctx.lower[np.start]) && !PREPOSITIONS.has(ctx.lower[np.start]) && !INDEFINITE.has(ctx.lower[np.start]) && !this.plausibleSpeaker(np) && !this.articleBefore(np.start)) continue;
      // "Nun hätten die Gerichte den Versicherungen klargemacht, dass …": a cue in a verb-second Konjunktiv clause
      // whose subject is no person, right after a person's statement or view, is that person's report
      if (this.mode === 'news' && np && !np.pronoun && np.mention?.entity.type !== 'PER' && !out.length && !ctx.isCap(i) && this.subjunctiveV2Before(a, i)) {
        const owner = this.introducedSpeaker(s) ?? this.lastSpeaker;
        if (owner && s - owner.sentence <= 2 && owner.att.kind !== 'fragment' && owner.att.speakerEntity?.type === 'PER') {
          const cont = this.continuationOf('indirect', this.trimContent(a, this.lastContentTok(a, b)), owner.att);
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
      if (this.mode === 'news' && np && !out.length && !ctx.isCap(i) && (np.pronoun ? /^(?:er|sie)$/.test(ctx.lower[np.start]) : np.mention?.entity.type !== 'PER') && this.konjunktivAuxClause(a, i)) {
        const owner = this.lastSpeaker;
        if (owner && s - owner.sentence === 1 && (owner.att.kind === 'indirect' || owner.att.kind === 'reported') && (owner.att.speakerEntity || owner.att.speakerName) && !this.weakSource(owner.att) && (!np.mention || np.mention.entity !== owner.att.speakerEntity)) {
          const cont = this.continuationOf('indirect', this.trimContent(a, this.lastContentTok(a, b)), owner.att);
          if (cont) {
            out.push(cont);
            break;
          }
        }
      }
      // "Die EU-Kommission werde die Regierung – und nicht die Bank – auffordern, …": a cue without a subject
      // found, in a Konjunktiv clause, is part of the current speaker's reported statement
      if (this.mode === 'news' && !np && !out.length && this.lastSpeaker && s - this.lastSpeaker.sentence <= 2 && !ctx.isCap(i)) {
        let subj = false;
        for (let k = a; k < i && !subj; k++) subj = SUBJUNCTIVE_ALL.has(ctx.lower[k]) && !ctx.isCap(k) && !this.inQuote[k];
        if (subj) {
          this.usedCue[i] = 0;
          continue;
        }
      }
      // "Ich bin (davon) überzeugt, dass …": no subject found for the predicative cue, but a first-person pronoun opens
      // its clause — the current speaker's words (as "Ich glaube, dass …" below), when there is one
      if (this.mode === 'news' && !np && !out.length && ctx.lower[i] === 'überzeugt') {
        const sub = this.clauseSubject(i, a, b);
        const owner = this.introducedSpeaker(s) ?? this.lastSpeaker;
        if (sub?.pronoun && this.firstOrSecondPerson(sub.start) && owner && s - owner.sentence <= 3) np = sub;
      }
      this.setSource(att, np, i);
      if (demnach && this.lastSpeaker && s - this.lastSpeaker.sentence <= 2 && this.lastSpeaker.att.kind !== 'fragment') this.copySpeaker(att, this.lastSpeaker.att);
      // "Ich glaube, …" / "…, was Sie sich erwarten": outside quote marks a first/second-person
      // speaker means the sentence is a direct quote (marks lost) of the current speaker
      if (this.mode === 'news' && np?.pronoun && this.firstOrSecondPerson(np.start) && !out.length) {
        // "Wir erwarten Taten, sagte ein US-Vertreter.": a post-posed frame with a third-person subject names
        // the speaker of the first-person statement — leave it to that cue
        if (this.postposedFrame(i + 1, b)) continue;
        const cont = this.lastSpeakerContinuation(s, cue, a, b, false);
        if (cont) {
          out.push(cont);
          break;
        }
        continue;
      }
      // "Leute haben mir gesagt, dass …": a cue opening the sentence with a first-person object ("mir", "mich", "uns")
      // outside quote marks is a first-person account — the current speaker's words, the whole sentence direct
      if (this.mode === 'news' && np && !np.pronoun && !out.length && cs === a && np.start >= a && np.end <= i && !this.inQuote[i] && this.firstPersonObject(np.end, i + 3, b)) {
        const cont = this.lastSpeakerContinuation(s, cue, a, b, true);
        if (cont) {
          cont.account = true;
          out.push(cont);
          break;
        }
      }
      // content
      let content = this.complement(cue, cs, subordinate, a, b);
      // "Jonas Weber, der Betriebsrat des Werks, das …, warnte vor Entlassungen": a clause before the cue that opens
      // with its own subject is that subject with an apposition or relative clause, no statement; the
      // complement after the cue (if any) is the content
      if (this.mode === 'news' && content && this.complementType === 'post' && cs > a && ctx.words[cs - 1] === ',') {
        const c0 = ctx.tokenAt(content[0]);
        let subj: NP | null = null;
        if (np && !np.pronoun && np.end < cs && np.start >= c0) {
          // the subject opens the clause and a comma follows it, or a name in apposition closes it ("Die Expertin der
          // Fraktion, Eva Muster, beklagte …")
          if ((np.start <= c0 + 1 && ctx.words[np.end] === ',') || (np.end === cs - 1 && ctx.words[np.start - 1] === ',' && np.mention?.entity.type === 'PER')) subj = np;
        } else if ((!np || (np.start > i && !np.pronoun && !np.mention && !this.plausibleSpeaker(np))) && c0 >= 0) {
          // no subject found (or an implausible one, "warnte vor Entlassungen"): a person named first, with a comma
          // after ("Otto Brandner, selbst Stahlarbeiter, sagt, …")
          const mi = ctx.mentionAt[c0];
          const m = mi >= 0 ? ctx.mentions[mi] : null;
          if (m && m.entity.type === 'PER') {
            let e = c0;
            while (e < cs && ctx.mentionAt[e] === mi) e++;
            if (ctx.words[e] === ',' && e < cs - 1) subj = { start: c0, end: e, mention: m, pronoun: false, dative: false };
          }
        }
        if (subj) {
          content = this.complement(cue, cs, subordinate, a, b, true);
          // (a bare V2 clause after the verb is a statement only in the Konjunktiv: "zeigte eine solide Leistung,
          // konnte sich …" is a second main clause)
          if (content && (this.complementType as string) === 'clause') {
            const f = ctx.tokenAt(content[0]);
            let speech = f >= 0 && /^(?:dass|daß|ob)$/.test(ctx.lower[f]);
            for (let k = f; k >= 0 && k < ctx.n && ctx.toks[k].start < content[1] && !speech; k++) speech = SUBJUNCTIVE_ALL.has(ctx.lower[k]) && !ctx.isCap(k);
            if (!speech) content = null;
          }
          if (!np || np.start > i) {
            np = subj;
            this.setSource(att, np, i);
          }
        }
      }
      // "…, sind die Anwälte überzeugt: …" — the clause before the post-posed frame is a statement too
      if (this.mode === 'news' && content && BELIEF_ADJ.has(ctx.lower[i]) && ctx.words[cue[1]] === ':' && content[0] > ctx.toks[i].start && !out.some((o) => o.content && o.content[0] <= ctx.toks[cs - 2].start && o.content[1] >= ctx.toks[cs - 2].end) && cs > a + 2 && ctx.words[cs - 1] === ',') {
        let f = cs - 2;
        while (f > a && ctx.words[f - 1] !== ':' && !this.inQuote[f - 1]) f--;
        const before = this.trimContent(f, cs - 1);
        if (before) {
          const pre = this.makeAtt('indirect', cue);
          pre.content = before;
          this.copySpeaker(pre, att);
          pre.source = att.source;
          pre.method = 'verb';
          this.markUnmarkedDirect(pre);
          out.push(pre);
        }
      }
      att.content = content;
      att.method = subordinate ? 'subordinate' : 'verb';
      if (content && (!subordinate || ctx.lower[cs] === 'wobei') && (this.complementType === 'post' || this.complementType === 'colon')) this.markUnmarkedDirect(att);
      // "Er glaubt nicht, dass …, und nimmt die Jäger in Schutz: Keinem meiner Jäger traue ich das zu.": the main clause
      // resumed after the content clause frames a statement after its colon — the same speaker's direct words
      if (content && this.mode === 'news' && !this.english && this.complementType === 'clause' && (att.speakerName || att.source)) {
        const ce = ctx.tokenAt(content[1] - 1) + 1;
        const last = this.lastContentTok(a, b);
        if (ce > 0 && ce + 3 < last && ctx.words[ce] === ',' && this.coordinatedMainClause(ce, ce + 3) === ce) {
          let colon = -1;
          for (let m = ce + 3; m < last && colon < 0; m++) {
            if (ctx.words[m] === ':') colon = m;
            else if (ctx.isPunct(m) || this.inQuote[m]) break;
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
            const framed = this.makeAtt(subj ? 'indirect' : 'direct', [ce + 2, ce + 3]);
            framed.content = this.trimContent(colon + 1, last);
            if (framed.content) {
              this.copySpeaker(framed, att);
              framed.source = att.source;
              framed.method = 'colon-frame';
              framed.marks = false;
              out.push(framed);
              // the resumed verb frames this statement and reads no other
              for (let m = ce + 2; m < colon; m++) this.usedCue[m] = 1;
            }
          }
        }
      }
      if (!content && this.mode === 'news' && i === a && b - i <= 7 && s > 0 && np && !np.dative) {
        const pa = ctx.sentStart[s - 1];
        const pb = ctx.sentEnd[s - 1];
        if (pa >= 0 && !this.inQuote[pa] && !this.usedSentence.has(s - 1)) {
          att.content = this.trimContent(pa, this.lastContentTok(pa, pb));
          if (att.content) {
            att.method = 'post-sentence';
            this.markUnmarkedDirect(att);
            out.push(att);
            continue;
          }
        }
      }
      // run-on sentence (lost punctuation, machine translation): "X äußerte Bedenken Während ihres Anrufs
      // sagte die Sprecherin Y." — a capitalised function word mid-sentence opens the attributing clause
      if (!content && this.mode === 'news' && np && !np.pronoun && np.start > i) {
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
          att.content = this.trimContent(a, p);
          if (att.content) {
            att.method = 'run-on';
            out.push(att);
            continue;
          }
        }
      }
      // comma-less post-posed cue (lost punctuation): "Das ist für uns kein Gewinn sagte ein Sprecher zur APA." — a
      // finite cue after a complete clause, its subject and at most a short PP or adverb closing the sentence
      if (!content && this.mode === 'news' && !subordinate && !out.length) {
        const post = this.commalessPostCue(cue, a, b);
        if (post) {
          const pc = this.trimContent(post.from, i);
          if (pc) {
            att.content = pc;
            this.setSource(att, post.np, i);
            att.method = 'post';
            this.markUnmarkedDirect(att);
            out.push(att);
            continue;
          }
        }
      }
      // "„…“ Das sagte X am Montag." — the demonstrative points back to the quote before
      if (!content && this.mode === 'news' && np && !np.pronoun && i > a && (ctx.lower[a] === 'das' || ctx.lower[a] === 'dies' || ctx.lower[a] === 'so') && i - a <= 2 && np.start > a && !(ctx.isCap(a + 1) && !ctx.isPunct(a + 1) && a + 1 < i)) {
        const prev = this.prevDirect;
        if (prev && prev.sentence === s - 1 && (prev.att.method === 'none' || prev.att.method === 'continuation')) {
          prev.att.cue = att.cue;
          prev.att.cueTok = att.cueTok;
          prev.att.continuation = undefined;
          this.setSource(prev.att, np, i);
          prev.att.method = 'demonstrative';
          this.lastSpeaker = { att: prev.att, sentence: s };
          continue;
        }
        // "… kehrten zurück. Dies berichtete der Sender X." — the sentence before, unattributed, is the report
        const pa = s > 0 ? ctx.sentStart[s - 1] : -1;
        if (pa >= 0 && (ctx.lower[a] === 'das' || ctx.lower[a] === 'dies') && !this.usedSentence.has(s - 1) && s - 1 > 0) {
          const pb = ctx.sentEnd[s - 1];
          let quoted = false;
          for (let k = pa; k < pb && !quoted; k++) quoted = this.inQuote[k] === 1;
          if (!quoted) {
            att.content = this.trimContent(pa, this.lastContentTok(pa, pb));
            if (att.content) {
              att.kind = 'reported';
              att.method = 'demonstrative';
              this.usedSentence.add(s - 1);
              out.push(att);
              continue;
            }
          }
        }
      }
      // "Der Präsident sprach von einem Sieg für die Diplomatie": what was spoken of is a reported statement
      if (!content && this.mode === 'news' && !subordinate && /^(?:sprach|sprachen|spricht|sprechen)$/.test(ctx.lower[i]) && np && !np.dative) {
        let k = cue[1];
        while (k < b && (ADVERBS.has(ctx.lower[k]) || (np.start >= k && k < np.end) || k === np.start) && ctx.lower[k] !== 'von') k++;
        if (k < np.end && np.start > i) k = np.end;
        while (k < b && ADVERBS.has(ctx.lower[k]) && ctx.lower[k] !== 'von') k++;
        if ((ctx.lower[k] === 'von' || ctx.lower[k] === 'vom') && k + 1 < b && !ctx.capName(k + 1) && (ARTICLES.has(ctx.lower[k + 1]) || ctx.isAdj(k + 1) || ctx.isNominal(k + 1))) {
          const rend = this.clauseEnd(k + 1, this.lastContentTok(a, b));
          // "sprechen von einem „neuen Paradigma“": a term in marks is a scare quote, not a report
          let marked = false;
          for (let q = k + 1; q < rend && !marked; q++) marked = this.inQuote[q] === 1;
          const rep = marked ? null : this.trimContent(k + 1, rend);
          if (rep) {
            att.kind = 'reported';
            att.content = rep;
            att.method = 'sprach-von';
            out.push(att);
            continue;
          }
        }
      }
      if (!content && this.mode === 'news') {
        att.kind = 'indirect';
        this.sentenceCues.push(att);
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
          this.pendingSpeaker = { att, sentence: s };
          if (att.speakerEntity?.type === 'PER') this.frameAt.set(s, att);
        }
        continue;
      }
      // a direct quote right after the colon/comma is the content: handled as direct
      if (content && this.inQuote[ctx.tokenAt(content[0])]) {
        if (this.mode === 'news') continue;
      }
      out.push(att);
      // "…, sagt Kurz, aber die Hanni und ich meinen das Gleiche." — the speaker goes on after the cue
      // also after a verb-final cue clause: "…, hatte Leitl zuvor gesagt, aber ich werde …"
      if (this.mode === 'news' && content && content[1] <= ctx.toks[cs].start && cs > a && ctx.words[cs - 1] === ',') {
        const close = i === cs ? this.postCueClauseEnd(cue[1], this.lastContentTok(a, b)) : ctx.words[cue[1]] === ',' ? cue[1] : -1;
        const after = close > 0 ? this.afterCue(att, close, a, b) : null;
        if (after) {
          out.push(after);
          break;
        }
      }
    }
    return out;
  }

  /**
   * After a post-posed cue ", sagt X [im Gespräch …]": the comma or colon that closes the cue clause,
   * or -1 when the cue clause runs to the end of the sentence or its subject is no speaker phrase.
   */
  private postCueClauseEnd(from: number, last: number): number {
    const ctx = this.ctx;
    let k = from;
    while (k < last && (ctx.lower[k] === 'sich' || (ADVERBS.has(ctx.lower[k]) && !ctx.capName(k)))) k++;
    const np = ctx.npAt(k, last);
    if (!np || np.dative) return -1;
    const named = np.pronoun
      ? ['er', 'sie'].includes(ctx.lower[np.start])
      : !!np.mention || (ctx.isCap(np.end - 1) && ROLE_NOUN.test(ctx.lower[np.end - 1])) || (np.end - np.start === 1 && ctx.capName(np.start)) ||
        // an office or a spokesperson with its genitive ("bestreitet die Polizei, …", "sagte der Sprecher der Polizei, …")
        (this.mode === 'news' && ARTICLES.has(ctx.lower[np.start]) && ctx.isCap(np.start + 1) && (INSTITUTION.test(ctx.lower[np.start + 1]) || (ROLE_NOUN.test(ctx.lower[np.start + 1]) && /^(?:des|der)$/.test(ctx.lower[np.start + 2] ?? ''))));
    if (!named) return -1;
    let e = np.end;
    while (e < last && e - np.end < 8 && ctx.words[e] !== ',' && ctx.words[e] !== ':' && ctx.words[e] !== '–' && !END_PUNCT.has(ctx.words[e]) && !(reportingForm(ctx.lower[e]) && !ctx.isCap(e))) e++;
    return e < last && (ctx.words[e] === ',' || ctx.words[e] === ':' || ctx.words[e] === '–') ? e : -1;
  }

  /** Is cue i inside the statement of a later post-posed cue clause (", betont X,") in its sentence part? */
  private insidePostCueClause(i: number, a: number, b: number): boolean {
    const ctx = this.ctx;
    const last = this.lastContentTok(a, b);
    // "Während X betont, dass …, sagt Y, …": the adverbial clause's cue has its own complement
    if (ctx.words[i + 1] === ',' && this.adverbialCueClause(i, a, last)) return false;
    for (let p = i + 2; p < last; p++) {
      const w = ctx.words[p];
      if (w === ':' || (this.inQuote[p] && ctx.isQuote(p))) return false;
      if (ctx.words[p - 1] !== ',' || ctx.isCap(p)) continue;
      if (!this.cueAt(p, b)) continue;
      let k = p + 1;
      if (ctx.lower[k] === 'sich') k++;
      const np0 = ctx.npAt(k, last);
      if (!np0 || np0.dative) continue;
      const np = this.titleChain(np0);
      if (np.pronoun ? ['er', 'sie'].includes(ctx.lower[np.start]) : np.mention?.entity.type === 'PER') return true;
    }
    return false;
  }

  /** The rest of the sentence after a post-posed cue clause that closes at token `close`: the same speaker goes on. */
  private afterCue(att: Attribution, close: number, a: number, b: number): Attribution | null {
    const ctx = this.ctx;
    const last = this.lastContentTok(a, b);
    if (last - (close + 1) < 3) return null;
    // a text that keeps its marks has no unmarked direct speech, but "…, sagt X, diese seien indiskutabel"
    // is indirect speech (Konjunktiv) in any text
    if (this.marksKept) {
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
    if (ctx.words[close] === ',' && ctx.isCap(close + 1) && !PRONOUNS.has(ctx.lower[close + 1]) && !(att.kind === 'direct' && this.firstPersonSubject(close + 2, last))) return null;
    // "…, sagte X, der … ist" / "…, bevor er …": a relative or adverbial clause about the speaker, not more words of his
    const w1 = ctx.lower[close + 1];
    // ("…, sagt X, das gelte auch für Y": a demonstrative with a Konjunktiv I right after it is the subject of a
    // verb-second clause, more of the statement; a relative clause ends with its verb)
    const demonstrativeV2 = this.mode === 'news' && RELATIVE.has(w1) && !ctx.isCap(close + 2) && SUBJUNCTIVE_ALL.has(ctx.lower[close + 2]) && !INDICATIVE_TOO.has(ctx.lower[close + 2]);
    if (ctx.words[close] === ',' && ((RELATIVE.has(w1) && !demonstrativeV2) || (SUBORDINATORS.has(w1) && w1 !== 'dass' && w1 !== 'daß' && w1 !== 'ob'))) return null;
    // "…, ärgerte sich X darüber, dass …": after a reflexive reaction the dass-clause is the reason, not more words
    // ("berichtete X darüber, dass …" goes on)
    if (ctx.words[close] === ',' && (w1 === 'dass' || w1 === 'daß') && (ctx.lower[close - 1] === 'darüber' || ctx.lower[close - 1] === 'darum') && att.cueTok && ctx.lower[att.cueTok[1]] === 'sich') return null;
    let verb = false;
    let first = false;
    for (let k = close + 1; k < last; k++) if (FIRST_PERSON.has(ctx.lower[k])) first = true;
    for (let k = close + 1; k < last; k++) {
      if (this.inQuote[k]) return null;
      const lw = ctx.lower[k];
      // another report follows ("…, sagte X, und Y meinte …"), unless the speaker goes on in the first person
      if (!ctx.isCap(k) && !first && this.cueAt(k, b)) return null;
      if (!ctx.isCap(k) && lw.length >= 3 && LOWER_START.test(lw) && !ARTICLES.has(lw) && !PREPOSITIONS.has(lw) && !ADVERBS.has(lw) && !CONJ.has(lw) && !PRONOUNS.has(lw) && !(this.mode === 'news' && ctx.words[close] === ',' && this.attributive(k, close + 1))) verb = true;
    }
    if (!verb) return null;
    if (!att.speakerName && !att.source) return null;
    const cont = this.makeAtt('indirect', [close, close + 1]);
    cont.cue = null;
    cont.cueTok = null;
    cont.content = this.trimContent(close + 1, last);
    cont.method = 'after-cue';
    cont.continuation = true;
    if (!cont.content) return null;
    this.copySpeaker(cont, att);
    this.markUnmarkedDirect(cont);
    for (let k = close + 1; k < last; k++) this.usedCue[k] = 1;
    return cont;
  }

  /**
   * "steht in <X>" reports only when X is a text or a medium ("steht in dem Erlass", "stand im Bericht der
   * Kommission", "steht im STANDARD"), not a place or state ("steht im Niemandsland der Tabelle", "im Mittelpunkt").
   */
  private textHolder(np: NP): boolean {
    const ctx = this.ctx;
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
  private attributive(k: number, from: number): boolean {
    const ctx = this.ctx;
    const lw = ctx.lower[k];
    if (!/(?:e|en|er|es|em)$/.test(lw) || SUBJUNCTIVE_ALL.has(lw) || AUXILIARIES.has(lw)) return false;
    let n = k + 1;
    while (n < ctx.n && !ctx.isCap(n) && /(?:e|en|er|es|em)$/.test(ctx.lower[n]) && !SUBJUNCTIVE_ALL.has(ctx.lower[n]) && !AUXILIARIES.has(ctx.lower[n]) && n - k < 3) n++;
    if (n >= ctx.n || !ctx.isCap(n) || ctx.isPunct(n) || PRONOUNS.has(ctx.lower[n])) return false;
    if (k === from) return true;
    const p = ctx.lower[k - 1];
    return ARTICLES.has(p) || PREPOSITIONS.has(p) || INDEFINITE.has(p) || p === ',' || (!ctx.isCap(k - 1) && /(?:e|en|er|es|em)$/.test(p) && this.attributive(k - 1, from));
  }

  /**
   * Fallback subject for a cue whose clause analysis found none: the nearest personal pronoun before
   * the cue in its sentence part (not inside another subordinate clause), else the noun phrase that
   * opens the sentence.
   */
  private clauseSubject(i: number, a: number, b: number): NP | null {
    const ctx = this.ctx;
    for (let k = i - 1; k >= a; k--) {
      const w = ctx.words[k];
      if (w === ':' || w === ';' || (ctx.isQuote(k) && this.inQuote[k])) break;
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
  private esBefore(cs: number, c: number): boolean {
    for (let k = cs; k < c; k++) if (this.ctx.lower[k] === 'es') return true;
    return false;
  }

  /** "wird/wurde … beklagt": a participle cue with a form of werden in its clause. */
  private isPassive(c: number, cs: number): boolean {
    const ctx = this.ctx;
    const w = ctx.lower[c];
    const participle = (/^ge|(?:iert|t)$/.test(w) && !w.endsWith('te')) || (/en$/.test(w) && (c + 1 >= ctx.n || ctx.isPunct(c + 1)));
    if (!participle) return false;
    for (let k = cs; k < c; k++) {
      const w = ctx.lower[k];
      // not inside a parenthesis ("X (der … abgezogen wurde) überzeugt")
      if (w === '(' && this.mode === 'news') {
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
  private placeOfAdjectives(att: Attribution, from: number, to: number): void {
    const ctx = this.ctx;
    for (let k = from; k < to; k++) {
      const lw = ctx.lower[k];
      if (ctx.isCap(k) || !ADJECTIVAL_PLACE.test(lw)) continue;
      // (the entities stage may have linked the adjective already)
      const mk = ctx.mentionAt[k];
      if (mk >= 0 && ctx.mentions[mk].entity.type === 'LOC') {
        this.speakAs(att, ctx.mentions[mk]);
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
        this.speakAs(att, best);
        return;
      }
    }
  }

  /** The source of the last statement when sentence s has "demnach" (within two sentences of it). */
  private demnachSource(att: Attribution, s: number, a: number, b: number): void {
    const ctx = this.ctx;
    const last = this.lastSpeaker;
    if (!last || s - last.sentence > 2 || last.att.kind === 'fragment' || (!last.att.speakerName && !last.att.speakerEntity) || this.weakSource(last.att)) return;
    for (let k = a; k < b; k++) {
      if (ctx.lower[k] === 'demnach' && !this.inQuote[k]) {
        this.copySpeaker(att, last.att);
        return;
      }
    }
  }

  /** "Berliner", "Wiener": a place mention in its invariable "-er" form (not the place's own name). */
  private placeAdjective(m: MentionRef): boolean {
    const w = this.ctx.words[m.end - 1];
    return m.end - m.start === 1 && w.endsWith('er') && !m.entity.name.endsWith(w);
  }

  /** "US-Vertreter", "EU-Sprecherin": a hyphenated compound of a place/organisation and a person role noun. */
  private roleCompound(k: number): boolean {
    const w = this.ctx.words[k];
    const dash = w.lastIndexOf('-');
    if (dash <= 0) return false;
    const tail = w.slice(dash + 1);
    return UPPER_START.test(tail) && ROLE_NOUN.test(tail.toLowerCase()) && !ORG_HEAD.test(tail.toLowerCase());
  }

  /** A post-posed frame ", sagte ein Sprecher." / ", so der Minister." after token from, up to the sentence end b. */
  private postposedFrame(from: number, b: number): boolean {
    const ctx = this.ctx;
    const last = this.lastContentTok(from, b);
    for (let k = from; k < last - 1; k++) {
      if (ctx.words[k] !== ',' || this.inQuote[k]) continue;
      const v = k + 1;
      if (ctx.isCap(v) || !this.cueAt(v, b)) continue;
      const np = ctx.npAt(v + 1, last + 1);
      if (!np || np.dative || (np.pronoun && (this.firstOrSecondPerson(np.start) || ctx.lower[np.start] === 'man' || ctx.lower[np.start] === 'es'))) continue;
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

  private subjunctiveBetween(from: number, to: number): boolean {
    const ctx = this.ctx;
    for (let k = from; k < to; k++) if (SUBJUNCTIVE_ALL.has(ctx.lower[k]) && !ctx.isCap(k) && !this.inQuote[k]) return true;
    return false;
  }

  /** A post-posed frame (", sagte X." / ", so X.") closes the sentence after token `from`. */
  private closingFrame(from: number, b: number): boolean {
    const ctx = this.ctx;
    const last = this.lastContentTok(from, b);
    // (a frame after a colon closes the statement after the colon: "X habe laut Y versucht, …: …, so Z.")
    for (let k = from; k < last; k++) if ((ctx.words[k] === ':' || ctx.words[k] === ';') && !this.inQuote[k]) return false;
    for (let k = from; k < last - 1; k++) {
      if (ctx.words[k] !== ',' || this.inQuote[k] || ctx.lower[k + 1] !== 'so' || ctx.isCap(k + 1)) continue;
      const np = ctx.npAt(k + 2, last + 1);
      if (!np || np.pronoun || !(np.mention || ROLE_NOUN.test(ctx.lower[np.end - 1]))) continue;
      let tail = np.end;
      while (tail < last && ctx.words[tail] !== ',' && ctx.words[tail] !== ':' && tail - np.end < 8 && !reportingForm(ctx.lower[tail])) tail++;
      if (tail >= last) return true;
    }
    return this.postposedFrame(from, b);
  }

  private firstOrSecondPerson(i: number): boolean {
    const ctx = this.ctx;
    const lw = ctx.lower[i];
    if (lw === 'ich' || lw === 'wir' || lw === 'du' || lw === 'ihr') return true;
    return ctx.words[i] === 'Sie' && i !== ctx.sentStart[ctx.toks[i].sentence];
  }

  /** Verb-second Konjunktiv I by its ending: "Der Endbericht verwerte außerdem …". */
  private v2Subjunctive(a: number, b: number): boolean {
    const ctx = this.ctx;
    let v = -1;
    const np = ctx.npAt(a, b);
    if (np && !np.pronoun) {
      v = np.end;
      // a genitive attribute and a PP after the subject noun ("Das Vorgehen der Regierungstruppen in Aleppo verstoße …")
      for (let hop = 0; hop < 3 && v < b - 1 && this.mode === 'news'; hop++) {
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
    if ((v < 0 || v >= b || !ctx.lower[v].endsWith('e')) && this.mode === 'news') {
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
  private markUnmarkedDirect(att: Attribution): void {
    const ctx = this.ctx;
    if (!att.content) return;
    const a = ctx.tokenAt(att.content[0]);
    const b = ctx.tokenAt(att.content[1] - 1);
    if (a < 0 || b < 0) return;
    const w0 = ctx.lower[a];
    if (w0 === 'dass' || w0 === 'daß' || w0 === 'ob') return;
    let first = false;
    for (let k = a; k <= b; k++) {
      const lw = ctx.lower[k];
      if (this.inQuote[k]) return;
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
  private commalessPostCue(cue: [number, number], a: number, b: number): { from: number; np: NP } | null {
    const ctx = this.ctx;
    const i = cue[0];
    if (cue[1] !== i + 1 || ctx.isCap(i) || !/(?:t|te|ten)$/.test(ctx.lower[i]) || /^ge/.test(ctx.lower[i])) return null;
    const prev = ctx.lower[i - 1] ?? '';
    if (i - a < 5 || ctx.isPunct(i - 1) || CONJ.has(prev) || AUXILIARIES.has(prev) || PREPOSITIONS.has(prev) || ARTICLES.has(prev) || prev === 'zu' || prev === 'es' || prev === 'man') return null;
    let from = a;
    for (let k = a; k < b; k++) {
      if (this.inQuote[k] || ctx.isQuote(k)) return null;
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
    if (!np || np.start !== i + 1 || np.dative || !this.plausibleSpeaker(np)) return null;
    if (np.pronoun && ctx.lower[np.start] !== 'er' && ctx.lower[np.start] !== 'sie') return null;
    const last = this.lastContentTok(a, b);
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
  private headAfter(from: number, b: number): NP | null {
    const ctx = this.ctx;
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
  private englishInSentence(s: number, a: number, b: number): Attribution[] {
    const ctx = this.ctx;
    const out: Attribution[] = [];
    const last = this.lastContentTok(a, b);
    for (let i = a; i < b; i++) {
      if (this.inQuote[i] || this.usedCue[i]) continue;
      const lw = ctx.lower[i];
      if (lw === 'according' && ctx.lower[i + 1] === 'to') {
        const np = this.englishPhraseAfter(i + 2, b);
        if (np) out.push(this.reported(i, i + 2, np, s, a, b, 'according'));
        continue;
      }
      const cue = this.cueAt(i, b);
      if (!cue) continue;
      this.usedCue[i] = 1;
      const att = this.makeAtt('indirect', cue);
      const prev = i - 1 >= a ? ctx.words[i - 1] : '';
      let np: NP | null;
      // post-posed: "…," he said / "…," said X / "…, X said."
      const postposed = prev === ',' || (i - 1 >= a && ctx.isQuote(i - 1) && this.inQuote[i - 1]);
      if (postposed) {
        np = this.englishPhraseAfter(i + 1, b);
        let f = i - 2;
        while (f >= a && ctx.words[f] !== ':' && !(ctx.isQuote(f) && this.inQuote[f] && ctx.words[f] !== '"' && f < i - 2)) f--;
        att.content = this.trimContent(Math.max(a, f + 1), i - 1);
      } else {
        np = this.englishPhraseBefore(i, a);
        // "…, Trump said." — subject before a final cue after a comma
        let k = cue[1];
        while (k < last && (ctx.lower[k] === 'that' || ctx.words[k] === ':' || ADVERBS.has(ctx.lower[k]))) k++;
        if (k >= last - 1 && np) {
          let f = np.start - 1;
          while (f >= a && ctx.words[f] !== ',' && ctx.words[f] !== ':') f--;
          let g = f - 1;
          while (g >= a && ctx.words[g] !== ':') g--;
          att.content = f > a ? this.trimContent(g + 1, f) : null;
        } else {
          // skip an indirect object: "told reporters that …"
          let e = k;
          if (ctx.lower[i] === 'told' || ctx.lower[i] === 'tells' || ctx.lower[i] === 'tell') {
            while (e < last && ctx.lower[e] !== 'that' && e - k < 4 && ctx.words[e] !== ',') e++;
            if (ctx.lower[e] === 'that') k = e + 1;
          }
          att.content = this.trimContent(k, this.clauseEnd(k, last));
        }
      }
      this.setSource(att, np, i);
      att.method = postposed ? 'post' : 'verb';
      out.push(att);
    }
    return out;
  }

  /** English words before a cue back to a clause boundary (max 6): "Senate Majority Leader Mitch McConnell". */
  private englishPhraseBefore(c: number, a: number): NP | null {
    const ctx = this.ctx;
    let e = c;
    while (e > a && EN_AUX.has(ctx.lower[e - 1])) e--;
    let k = e - 1;
    while (k >= a && e - k <= 6 && !ctx.isPunct(k) && !EN_STOP.has(ctx.lower[k]) && !this.inQuote[k]) k--;
    const st = k + 1;
    if (st >= e) return null;
    const pw = ctx.lower[st];
    const pronoun = e - st === 1 && PRONOUNS.has(pw);
    return { start: st, end: e, mention: ctx.bestMention(st, e), pronoun, dative: false };
  }

  /** English words after a cue up to a boundary (max 6): "said Hillary Clinton's spokesman". */
  private englishPhraseAfter(from: number, b: number): NP | null {
    const ctx = this.ctx;
    let k = from;
    while (k < b && k - from < 6 && !ctx.isPunct(k) && !EN_STOP.has(ctx.lower[k]) && !this.inQuote[k] && !(EN_AUX.has(ctx.lower[k]) && k > from)) k++;
    if (k === from) return null;
    const pronoun = k - from === 1 && PRONOUNS.has(ctx.lower[from]);
    return { start: from, end: k, mention: ctx.bestMention(from, k), pronoun, dative: false };
  }

  /**
   * "laut italienischen Medienberichten Champions-League-Finalist Juventus": an article-less source after "laut"
   * ends with its first noun; a person named right after it is its apposition ("laut medizinischem
   * Sachverständigen Wolfgang Denk,"), not a genitive before another noun ("laut deutschen Medien Dobrindts
   * freihändige Vergabe").
   */
  private adjectiveSource(from: number, b: number, np: NP): NP {
    const ctx = this.ctx;
    let k = from;
    while (k < b && !ctx.isCap(k) && ctx.isAdj(k)) k++;
    if (k >= b || !ctx.isNominal(k)) return np;
    let end = k + 1;
    const m = ctx.mentionAt[end];
    if (m >= 0 && ctx.mentions[m].start === end && ctx.mentions[m].entity.type === 'PER') {
      const me = ctx.mentions[m].end;
      if (me >= b || ctx.isPunct(me) || (!ctx.isCap(me) && !ctx.isAdj(me))) end = me;
    }
    if (end >= np.end) return np;
    return { start: from, end, mention: ctx.bestMention(from, end), pronoun: false, dative: false };
  }

  private isLautPrep(i: number): boolean {
    // "laut" as preposition (before an NP) vs adjective "laut" (loud): "laut sagen", "zu laut"
    const ctx = this.ctx;
    const next = ctx.words[i + 1];
    if (!next) return false;
    const prev = ctx.lower[i - 1];
    if (prev === 'zu' || prev === 'sehr' || prev === 'so' || prev === 'ganz') return false;
    if (UPPER_START.test(next) || ctx.lower[i + 1] === 'dem' || ctx.lower[i + 1] === 'der' || ctx.lower[i + 1] === 'den' || ctx.lower[i + 1] === 'einem' || ctx.lower[i + 1] === 'einer') return true;
    // a possessive determiner before a noun ("laut seiner Familie", "laut ihrem Anwalt")
    if (/^(?:sein|ihr|unser|euer|mein|dein)(?:em|er|en)$/.test(ctx.lower[i + 1]) && ctx.isCap(i + 2)) return true;
    // "laut medizinischem Sachverständigen X", "laut jüngsten Umfragen": an inflected adjective before a noun
    return /(?:em|er|en)$/.test(ctx.lower[i + 1]) && ctx.isAdj(i + 1) && ctx.isNominal(i + 2);
  }

  private reported(c0: number, c1: number, np: NP, s: number, a: number, b: number, method: string): Attribution {
    const ctx = this.ctx;
    const att = this.makeAtt('reported', [c0, c1]);
    this.setSource(att, np, c0);
    att.method = method;
    const lo = Math.min(c0, np.start);
    const hi = Math.max(c1, np.end);
    // content: the rest of the sentence (up to a colon after the phrase) around the attribution phrase
    let last = this.lastContentTok(a, b);
    for (let k = Math.max(c1, np.end); k < last; k++) {
      if (ctx.words[k] === ':' && !this.inQuote[k]) {
        last = k;
        break;
      }
    }
    if (lo <= a + 1 && hi < last) {
      let k = hi;
      if (ctx.words[k] === ',') k++;
      att.content = this.trimContent(k, last);
    } else if (hi >= last - 1 && lo > a) {
      att.content = this.trimContent(a, lo - 1);
    } else att.content = this.trimContent(a, last);
    void s;
    return att;
  }

  /** The whole clause a..b as a direct continuation of the current speaker (named within three sentences before
   * sentence s), or null; `named`: only a speaker with an entity or a name. */
  private lastSpeakerContinuation(s: number, cue: [number, number], a: number, b: number, named: boolean): Attribution | null {
    const last = this.introducedSpeaker(s) ?? this.lastSpeaker;
    if (!last || s - last.sentence > 3 || last.att.kind === 'fragment' || (named && !last.att.speakerEntity && !last.att.speakerName)) return null;
    const cont = this.makeAtt('direct', cue);
    cont.content = this.trimContent(a, this.lastContentTok(a, b));
    cont.method = 'continuation';
    cont.continuation = true;
    this.copySpeaker(cont, last.att);
    cont.marks = false;
    return cont.content ? cont : null;
  }
  private makeAtt(kind: QuoteKind, cue: [number, number]): Attribution {
    const att = blankAttribution(kind, null, 'none');
    att.cue = this.cueSpan(cue);
    att.cueTok = cue;
    return att;
  }

  /**
   * A direct quote without marks and without a cue word, content tokens [from, to), its speaker the
   * phrase `np` that introduces it (a teaser's "X:" or a colon), `at` the separator token; null if empty.
   */
  private unmarkedDirect(np: NP, at: number, from: number, to: number, method: string): Attribution | null {
    const att = blankAttribution('direct', null, method);
    att.content = this.trimContent(from, to);
    if (!att.content) return null;
    this.setSource(att, np, at);
    att.marks = false;
    return att;
  }

  /**
   * The tokens [f, e) before the comma of an inverted cue are an adverbial Vorfeld, not a statement: a "was … betrifft /
   * angeht / anbelangt" clause, or a preposition and its noun with one appended content clause and no verb of a main
   * clause ("Auf die Frage, wann Serbien beginnen könne", "Zur Feststellung, dass die Partei nicht an Neuwahlen denke").
   */
  private adverbialPreface(f: number, e: number): boolean {
    const ctx = this.ctx;
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
    if (commas && (this.mode !== 'news' || commas > 3 || ctx.isCap(e - 1) || ctx.isPunct(e - 1))) return false;
    return true;
  }

  /** Last token of a sentence that is not final punctuation or a closing mark, +1. */
  private lastContentTok(a: number, b: number): number {
    const ctx = this.ctx;
    let e = b;
    while (e > a && (END_PUNCT.has(ctx.words[e - 1]) || (ctx.isQuote(e - 1) && !this.inQuote[e - 1]))) e--;
    return e;
  }

  /** Char span of tokens [from, to) without leading/trailing commas; null if empty. */
  private trimContent(from: number, to: number): [number, number] | null {
    const ctx = this.ctx;
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
  private complement(cue: [number, number], cs: number, subordinate: boolean, a: number, b: number, noPost = false): [number, number] | null {
    const ctx = this.ctx;
    const last = this.lastContentTok(a, b);
    // post-posed: the cue starts its clause after a comma ("…, sagte X." / "…, wie X sagte.")
    // "…, so erklärte der Minister": "so" before a post-posed cue
    const clauseOpener = subordinate ? cs : this.mode === 'news' && ctx.lower[cs] === 'so' && cue[0] === cs + 1 ? cs : cue[0];
    const wieClause = subordinate && (ctx.lower[cs] === 'wie' || ctx.lower[cs] === 'as');
    // "Was den Fall betrifft, betonte man …, dass …": a dass-clause or colon after the cue wins
    let laterComplement = false;
    for (let k = cue[1]; k < Math.min(last, cue[1] + 30) && !laterComplement; k++) {
      // "…, sagte X und ergänzte: …" — what follows belongs to the later cue
      if (this.mode === 'news' && !ctx.isCap(k) && (ctx.lower[k - 1] === 'und' || ctx.lower[k - 1] === ',') && this.cueAt(k, b)) break;
      if (ctx.words[k] === ':' || (ctx.words[k] === ',' && (ctx.lower[k + 1] === 'dass' || ctx.lower[k + 1] === 'daß' || ctx.lower[k + 1] === 'ob'))) laterComplement = true;
    }
    // "…, ärgerte sich X darüber, dass …": the dass-clause after "darüber"/"über" is the reason, not the statement
    if (laterComplement && this.mode === 'news') {
      for (let k = cue[1]; k < Math.min(last, cue[1] + 12); k++) {
        if (ctx.words[k] === ',') {
          if ((ctx.lower[k - 1] === 'darüber' || ctx.lower[k - 1] === 'darum') && (ctx.lower[k + 1] === 'dass' || ctx.lower[k + 1] === 'daß')) laterComplement = false;
          break;
        }
      }
    }
    // "…, betont X, es liegt …, dass …": the dass belongs to the clause after the inserted cue
    const dassLater = laterComplement;
    if (laterComplement && this.mode === 'news' && clauseOpener === cs && !subordinate && cs > a && ctx.words[cs - 1] === ',' && this.postCueClauseEnd(cue[1], last) >= 0) laterComplement = false;
    const auxOpener = !subordinate && cs < cue[0] && AUXILIARIES.has(ctx.lower[cs]) && !ctx.isCap(cs) && (cue[1] >= last || ctx.isPunct(cue[1]));
    if (!noPost && ((clauseOpener === cs && !subordinate) || wieClause || auxOpener) && !laterComplement && cs > a && ctx.words[cs - 1] === ',' && (wieClause || !this.subjectChain(a, cs - 1))) {
      // content: from the start of the sentence (or the last colon) to the comma
      let f = cs - 2;
      while (f >= a && ctx.words[f] !== ':' && !(ctx.isQuote(f) && this.inQuote[f])) f--;
      // "Was sie machen, hat einen Namen: Terrorismus, sagte er": a punchline of a few words without a verb after the
      // colon is the end of the statement, the colon inside it
      if (this.mode === 'news' && f > a && ctx.words[f] === ':' && cs - 1 - (f + 1) <= 3 && ctx.isCap(f + 1)) {
        let verbless = true;
        for (let k = f + 1; k < cs - 1 && verbless; k++) if (!ctx.isCap(k) && !ctx.isPunct(k) && !ARTICLES.has(ctx.lower[k])) verbless = false;
        let g = f - 1;
        while (g >= a && ctx.words[g] !== ':' && !(ctx.isQuote(g) && this.inQuote[g])) g--;
        if (verbless && f - (g + 1) >= 4) f = g;
      }
      // "Unlängst, als der Minister … forderte, sagte sie, dass …": an adverbial clause (after an adverb)
      // before the cue is its frame, not a statement
      let sub = f + 1;
      if (ctx.words[sub + 1] === ',' && ADVERBS.has(ctx.lower[sub])) sub += 2;
      let frame = this.mode === 'news' && dassLater && ADVERBIAL_SUB.has(ctx.lower[sub]) && (sub > f + 1 || !ADVERBS.has(ctx.lower[sub]));
      // "Wenn die Summe 400 Mio. Euro erreicht, soll es Ausschüttungen geben.", "Seit der Fall … erwähnt wurde, werden …
      // gemeldet": a lone adverbial clause of condition, time, purpose or concession before the verb is the main
      // clause's adverbial, no statement (causal "weil/da" clauses stay: "Weil sie fürchten, dass …, weiß X")
      if (this.mode === 'news' && !frame && ADVERBIAL_FRAME_SUB.has(ctx.lower[sub]) && (sub > f + 1 || sub === a)) frame = true;
      for (let m = sub + 1; m < cs - 1 && frame; m++) if (ctx.words[m] === ',' || ctx.words[m] === ':') frame = false;
      // "Auf die Frage, wann …, sagte X, dass …", "Zur Feststellung, dass …, sagte X: …", "Was den Andrang betrifft,
      // sagt X: …": a prepositional or "was … betrifft" Vorfeld before the inverted cue is its adverbial, no statement
      if (this.mode === 'news' && !frame) frame = this.adverbialPreface(sub, cs - 1);
      // "Während X betont, dass …, berichten Y …": an adverbial clause holding a report of its own is the frame
      if (this.mode === 'news' && !frame && f + 1 === a && cs - a > 4) {
        for (let m = a + 1; m < cs - 1 && !frame; m++) frame = this.usedCue[m] === 1 && ctx.words[m + 1] === ',' && this.adverbialCueClause(m, a, last);
      }
      const c = frame ? null : this.trimContent(f + 1, cs - 1);
      this.complementType = 'post';
      if (c) return c;
    }
    this.complementType = 'clause';
    // "Während X betont, dass …, berichten Y …", "Obwohl die Polizei erklärte, die Lage sei ruhig, kam es …": a cue
    // ending an adverbial clause that opens the sentence has its own complement, up to the main clause's verb
    if (subordinate && this.mode === 'news' && cs <= a + 1 && (cs === a || CONJ.has(ctx.lower[a])) && ADVERBIAL_CUE_SUB.has(ctx.lower[cs])) {
      const c = this.adverbialComplement(cue[1], last, ctx.lower[cs]);
      if (c) return this.trimContent(c[0], c[1]);
    }
    // (a sentence opened by "Wobei" is a main clause in all but its word order: "Wobei X sagt, …")
    if (subordinate && cs === a && this.mode === 'news' && !wieClause && ctx.lower[cs] !== 'wobei') return null;
    if (subordinate && cs === a) {
      // "Wie X berichtete, …"
      for (let k = cue[1]; k < last; k++) {
        if (ctx.words[k] === ',') return this.trimContent(k + 1, last);
        if (ctx.words[k] === ':' && this.mode === 'news') {
          this.complementType = 'colon';
          return this.trimContent(k + 1, last);
        }
      }
      return null;
    }
    // complement after the cue: first comma or colon within the clause
    let sawApposition = false;
    for (let k = cue[1]; k < Math.min(last, cue[1] + 30); k++) {
      const w = ctx.words[k];
      // "zeigte sich X (er ist jener Gutachter, der …) überzeugt, dass …": a parenthesis is no part of the clause frame
      if (w === '(' && this.mode === 'news') {
        let e = k + 1;
        while (e < last && ctx.words[e] !== ')' && ctx.words[e] !== '(' && e - k < 25) e++;
        if (ctx.words[e] === ')') {
          k = e;
          continue;
        }
      }
      if (w === ':') {
        this.complementType = 'colon';
        const end = this.clauseEnd(k + 1, last);
        // "…: Die Forderung …, meinte X." — the post-posed cue owns the statement
        if (end < last && this.mode === 'news') return null;
        // short content only as a whole sentence of its own after the cue ("… melden: Es stimmt.")
        if (end - (k + 1) < 4 && !(this.mode === 'news' && end === last && end - (k + 1) >= 2 && this.shortClause(k + 1, end))) return null;
        return this.trimContent(k + 1, end);
      }
      if (w === ',') {
        const nx = ctx.lower[k + 1];
        if (nx === 'dass' || nx === 'daß' || nx === 'ob' || nx === 'warum' || nx === 'wie' || nx === 'wer' || nx === 'wann' || nx === 'weshalb' || nx === 'that') {
          return this.trimContent(k + 1, this.mode === 'news' ? this.coordinatedMainClause(k + 2, this.clauseEnd(k + 1, last)) : this.clauseEnd(k + 1, last));
        }
        // ", die Pressefreiheit zu beschneiden" — an infinitive complement ("warf ihm vor, …", "kündigte an, …")
        if (nx !== 'ohne' && nx !== 'um' && nx !== 'statt' && nx !== 'anstatt') {
          let e = k + 1;
          while (e < last && ctx.words[e] !== ',' && e - k < 25) e++;
          if (e - k > 2 && ctx.lower[e - 2] === 'zu' && !ctx.isCap(e - 1)) return this.trimContent(k + 1, e);
          if (e - k > 2 && ZU_INFINITIVE.test(ctx.lower[e - 1]) && SEPARABLE_PARTICLES_SET.has(ctx.lower[e - 1].slice(0, ctx.lower[e - 1].indexOf('zu')))) return this.trimContent(k + 1, e);
        }
        // ", wonach …" belongs to the noun before the comma (a report), not to the verb
        if (nx === 'wonach') return null;
        // "X, die … fordert, ist überzeugt, dass …": a finite verb right after the comma resumes the main clause
        // around a relative (or inserted) clause; it opens no complement
        if (this.mode === 'news' && subordinate && cs > a && ctx.words[cs - 1] === ',' && RELATIVE.has(ctx.lower[cs]) && k + 1 < last && (AUXILIARIES.has(nx) || SUBJUNCTIVE_ALL.has(nx)) && !ctx.isCap(k + 1)) return null;
        // ", der im Einsatz war" — a relative clause on the object, no complement
        // (but right after the verb there is no object: "sagte, die im Bericht enthaltenen Empfehlungen seien …"
        // is a V2 complement opened by an article when a Konjunktiv follows)
        // "…, die ersten 90 Asylwerber, die in das Quartier einziehen, seien Familien": the subject with a relative
        // clause, then the Konjunktiv right after the clause's closing comma
        if (this.mode === 'news' && ARTICLES.has(nx) && this.relativeThenKonjunktiv(k + 1, last)) return this.trimContent(k + 1, this.clauseEnd(k + 1, last));
        let articleV2 = false;
        let finiteCue = !/^ge/.test(ctx.lower[cue[0]]);
        for (let m = cs; m < cue[0] && finiteCue; m++) if (AUXILIARIES.has(ctx.lower[m]) && !ctx.isCap(m)) finiteCue = false;
        if (RELATIVE.has(nx) && k === cue[1] && finiteCue && this.mode === 'news' && /^d(?:er|ie|as)$/.test(nx)) {
          for (let m = k + 2; m < last && !articleV2; m++) {
            if (ctx.words[m] === ',' || ctx.words[m] === ':') break;
            articleV2 = SUBJUNCTIVE_ALL.has(ctx.lower[m]) && !ctx.isCap(m);
          }
        }
        if (articleV2) return this.trimContent(k + 1, this.clauseEnd(k + 1, last));
        if (RELATIVE.has(nx) && !ctx.isNominal(k + 2) && !ctx.isAdj(k + 2) && !SUBJUNCTIVE_ALL.has(ctx.lower[k + 2]) && !AUXILIARIES.has(ctx.lower[k + 2])) return null;
        // ", über die Zeit vor Mitternacht:" — a PP continues the main clause, unless a Konjunktiv verb follows
        // it ("…, seit Jahresbeginn seien 388.000 Menschen gekommen")
        if (PREPOSITIONS.has(nx) && !ctx.isCap(k + 1)) {
          let v2 = false;
          for (let m = k + 2; m < Math.min(last, k + 7) && !v2; m++) {
            if (ctx.words[m] === ',' || ctx.words[m] === ':') break;
            v2 = (SUBJUNCTIVE_ALL.has(ctx.lower[m]) && !ctx.isCap(m)) || (this.mode === 'news' && this.weakKonjunktivOne(m, k + 1, last));
          }
          if (v2 && this.mode === 'news') return this.trimContent(k + 1, this.clauseEnd(k + 1, last));
          continue;
        }
        // "Die Kinder dürfen erzählen, aber sie müssen nicht." — a coordinated main clause is no complement
        if (CONJ.has(nx) && this.mode === 'news') return null;
        // V2 complement: "…, er sei bereit" / "…, Russland und China hätten bestätigt" / "…, sie bedaure das"
        if (V2_PRONOUNS.has(nx)) return this.trimContent(k + 1, this.clauseEnd(k + 1, last));
        // "…, die Polizeiaktion verstoße gegen die Verfassung": a Konjunktiv I by its ending after a noun phrase
        if (this.mode === 'news' && ARTICLES.has(nx) && this.v2KonjunktivAt(k + 1, last)) return this.trimContent(k + 1, this.clauseEnd(k + 1, last));
        for (let m = k + 1; m < Math.min(last, k + 14); m++) {
          const lw = ctx.lower[m];
          if (SUBJUNCTIVE_ALL.has(lw) || (AUXILIARIES.has(lw) && !ctx.isCap(m))) return this.trimContent(k + 1, this.clauseEnd(k + 1, last));
          // (a comparative "als" opens no clause: "…, mehr als 30 Kämpfer seien getötet worden")
          if (lw === ',' || lw === ':' || (SUBORDINATORS.has(lw) && !(lw === 'als' && m > k + 1 && COMPARATIVE_BEFORE_ALS.test(ctx.lower[m - 1]) && /^\d/.test(ctx.words[m + 1] ?? '')))) break;
        }
        // after an apposition ("sagte X, Professorin für …, <clause>"), a clause running to the end is the complement
        if (sawApposition && last - (k + 1) >= 4) {
          // "verteidigt X, Berater des …, die Vorgehensweise: Das Foto …" — the statement follows the colon
          for (let m = k + 1; m < last - 2 && this.mode === 'news'; m++) {
            if (ctx.words[m] === ',' || this.inQuote[m]) break;
            if (ctx.words[m] === ':') {
              this.complementType = 'colon';
              return this.trimContent(m + 1, this.clauseEnd(m + 1, last));
            }
          }
          let cueLater = false;
          for (let m = k + 1; m < last && !cueLater; m++) cueLater = reportingForm(ctx.lower[m]) && !ctx.isCap(m);
          if (!cueLater) return this.trimContent(k + 1, last);
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
      if (this.inQuote[k] && this.mode === 'news') return null;
      if (w === 'dass' || w === 'daß') return this.trimContent(k, this.clauseEnd(k, last));
      if (k > cue[1] && this.cueAt(k, last)) break;
    }
    // "dass" right after the cue without a comma (English "said that …" / no comma)
    if (this.mode === 'all' && cue[1] < last && (ctx.lower[cue[1]] === 'that')) return this.trimContent(cue[1], last);
    return null;
  }

  /** A noun phrase at article `k`, a relative clause on it and a Konjunktiv verb right after that clause's closing comma. */
  private relativeThenKonjunktiv(k: number, last: number): boolean {
    const ctx = this.ctx;
    // the noun phrase: article, attributes, numbers, a capitalised head right before the comma ("die ersten 90 Asylwerber")
    let c = k + 1;
    while (c < last && c - k < 8 && ctx.words[c] !== ',' && !SUBJUNCTIVE_ALL.has(ctx.lower[c]) && !AUXILIARIES.has(ctx.lower[c]) && !reportingForm(ctx.lower[c])) c++;
    if (ctx.words[c] !== ',' || !ctx.isCap(c - 1) || c - 1 === k || !RELATIVE.has(ctx.lower[c + 1])) return false;
    for (let e = c + 2; e < last && e - c < 25; e++) {
      const w = ctx.words[e];
      if (w === ':' || w === '–' || this.inQuote[e]) return false;
      if (w === ',') return e + 1 < last && SUBJUNCTIVE_ALL.has(ctx.lower[e + 1]) && !ctx.isCap(e + 1) && !INDICATIVE_TOO.has(ctx.lower[e + 1]);
    }
    return false;
  }

  /**
   * The complement of a verb-final cue that closes an adverbial clause at token `k` (", dass …" / ", ob …" / a V2
   * Konjunktiv clause), up to the comma before the main clause's finite verb; null when there is none.
   */
  private adverbialComplement(k: number, last: number, conj: string): [number, number] | null {
    const ctx = this.ctx;
    if (ctx.words[k] !== ',' || k + 2 >= last) return null;
    const nx = ctx.lower[k + 1];
    let ok = nx === 'dass' || nx === 'daß' || nx === 'ob' || V2_PRONOUNS.has(nx);
    for (let m = k + 1; m < Math.min(last, k + 10) && !ok; m++) {
      if (ctx.words[m] === ',' || ctx.words[m] === ':' || SUBORDINATORS.has(ctx.lower[m])) break;
      ok = SUBJUNCTIVE_ALL.has(ctx.lower[m]) && !ctx.isCap(m);
    }
    if (!ok) return null;
    for (let m = k + 3; m < last - 1; m++) {
      if (this.inQuote[m]) return null;
      if (ctx.words[m] !== ',') continue;
      const w = ctx.lower[m + 1];
      if (ctx.isCap(m + 1) || ctx.isPunct(m + 1) || RELATIVE.has(w) || SUBORDINATORS.has(w) || CONJ.has(w) || PREPOSITIONS.has(w) || ARTICLES.has(w) || PRONOUNS.has(w) || w === 'wie' || w === 'so' || w === 'zu' || ADVERBS.has(w)) continue;
      // "Weil sie fürchten, dass …, weiß Fischer aus Gesprächen.": a main clause that is a bare post-posed cue
      // takes the whole causal or temporal clause as its statement (a contrast — während, obwohl — does not)
      if (conj !== 'während' && conj !== 'obwohl' && conj !== 'obgleich' && this.cueAt(m + 1, last + 1)) {
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
  private shortClause(a: number, e: number): boolean {
    const ctx = this.ctx;
    if (!ctx.isCap(a) || ctx.isPunct(a)) return false;
    const subj = ctx.lower[a];
    if (!(PRONOUNS.has(subj) || subj === 'es' || subj === 'das' || subj === 'dies' || subj === 'so' || subj === 'ich' || subj === 'wir')) return false;
    const v = ctx.lower[a + 1];
    if (ctx.isCap(a + 1) || ctx.isPunct(a + 1) || ADVERBS.has(v) || !/(?:t|e|en|n)$/.test(v)) return false;
    for (let m = a + 2; m < e; m++) if (ctx.isPunct(m)) return false;
    return true;
  }

  /** Is cue i the verb-final cue of an adverbial clause opening its sentence, with a complement of its own? */
  private adverbialCueClause(i: number, a: number, last: number): boolean {
    const ctx = this.ctx;
    let cs = a;
    if (CONJ.has(ctx.lower[cs])) cs++;
    if (!ADVERBIAL_CUE_SUB.has(ctx.lower[cs]) || i - cs > 20) return false;
    for (let m = cs + 1; m < i; m++) if (ctx.isPunct(m) && ctx.words[m] !== '-' && ctx.words[m] !== '(' && ctx.words[m] !== ')') return false;
    return this.adverbialComplement(i + 1, last, ctx.lower[cs]) !== null;
  }

  /** "seit"/"während"/"bis" at `cs` opens a prepositional phrase: its noun phrase is followed by the finite verb (or the cue `i`). */
  private prepositionalOpener(cs: number, i: number): boolean {
    const ctx = this.ctx;
    const np = ctx.npAt(cs + 1, i + 1);
    if (!np || np.pronoun || np.end > i) return false;
    // (the verb right after the noun phrase is in second position only when something follows it: "Während der
    // Minister betont, dass …" ends its clause with the cue)
    return (np.end === i && i + 1 < ctx.n && !ctx.isPunct(i + 1)) || (np.end < i && AUXILIARIES.has(ctx.lower[np.end]) && !ctx.isCap(np.end));
  }

  /** The content clause runs to the end of the sentence, or to a post-posed ", sagte X". */
  /** The colon frame of sentence s whose statement contains the clause starting at cs ("X hält dagegen: …"), or null. */
  private colonFrameBefore(s: number, a: number, b: number, cs: number): Attribution | null {
    const ctx = this.ctx;
    let colon = -1;
    for (let k = a + 2; k < cs && colon < 0; k++) if (ctx.words[k] === ':') colon = k;
    if (colon < 0) return null;
    // (a frame that is a reporting clause of its own, "X stritt ab, … zu haben: Wir …", is left to that cue)
    for (let k = a; k < colon; k++) if (!ctx.isCap(k) && this.cueAt(k, b)) return null;
    const att = this.colonOrInvertedDirect(s, a, b);
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
  private mainClauseResumes(a: number, i: number, end: number): number {
    const ctx = this.ctx;
    if (i - a > 8) return -1;
    for (let k = a; k < i - 1; k++) if (ctx.isPunct(k) || (!ctx.isCap(k) && !ARTICLES.has(ctx.lower[k]) && !ctx.isAdj(k))) return -1;
    for (let k = i + 2; k < end - 2; k++) {
      if (ctx.words[k] !== ',' || this.inQuote[k]) continue;
      const v = ctx.lower[k + 1];
      if (ctx.isCap(k + 1) || !(AUXILIARIES.has(v) || FUTURE_MODAL.has(v) || CUE_FORMS.has(v))) continue;
      const sub = ctx.lower[k + 2];
      if (PRONOUNS.has(sub) || ctx.mentionAt[k + 2] >= 0 || (ctx.isCap(k + 2) && !ctx.isPunct(k + 2))) return k;
    }
    return -1;
  }

  private clauseEnd(from: number, last: number): number {
    const ctx = this.ctx;
    for (let k = from + 1; k < last - 1; k++) {
      if (ctx.words[k] === ',' && reportingForm(ctx.lower[k + 1]) && !ctx.isCap(k + 1)) return k;
      // an inserted ", so der Kommissar," / ", so Vana," closes the clause too
      if (this.mode === 'news' && ctx.words[k] === ',' && ctx.lower[k + 1] === 'so' && !ctx.isCap(k + 1) && (ARTICLES.has(ctx.lower[k + 2]) || ctx.mentionAt[k + 2] >= 0) && ctx.isCap(k + 3)) return k;
    }
    return last;
  }

  // ---------- subjects ----------

  /** Source of a nominal cue: possessive before ("Ihr Antrag") or genitive after ("Antrag der Grünen"). */
  private nominalSource(i: number, a: number, b: number): NP | null {
    const ctx = this.ctx;
    for (let k = i - 1; k >= Math.max(a, i - 3); k--) {
      if (POSSESSIVE.has(ctx.lower[k])) return { start: k, end: k + 1, mention: null, pronoun: false, dative: false };
      if (!ctx.isAdj(k)) break;
    }
    const g = ctx.lower[i + 1];
    if (g === 'des' || g === 'der' || g === 'von') {
      const np = ctx.npAt(g === 'von' ? i + 2 : i + 1, b);
      if (np) return np;
    }
    return null;
  }

  /**
   * When a clause begins right after a comma, the material before may be the subject with an
   * apposition ("Die Sprecherin, Anna Müller, betonte"): returns that NP (preferring the one with
   * a person mention), or null if [from, to) is not an NP chain.
   */
  private subjectChain(from: number, to: number): NP | null {
    const ctx = this.ctx;
    // a dateline before the subject ("Wien – Der ehemalige Betreiber, X, hat …")
    if (this.mode === 'news' && to - from > 3 && ctx.isCap(from) && (ctx.words[from + 1] === '–' || ctx.words[from + 1] === '—') && from === ctx.sentStart[ctx.toks[from].sentence]) from += 2;
    // a focus particle before the subject ("Auch X, Chef von Y, spricht Klartext: …")
    if (this.mode === 'news' && to - from > 1 && FOCUS_OPENERS.has(ctx.lower[from])) from++;
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
  private subjectOf(cue: [number, number], cs: number, limit: number, att: Attribution): NP | null {
    const ctx = this.ctx;
    const c = cue[0];
    // finite auxiliary before a participle cue ("X hat gesagt", "X habe betont")
    let pivot = c;
    for (let k = cs; k < c; k++) {
      // not inside a parenthesis ("zeigte sich X (er ist …) überzeugt")
      if (ctx.words[k] === '(' && this.mode === 'news') {
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
    if (this.mode === 'news' && pivot === cs && pivot < c && cs > 0 && ctx.words[cs - 1] === ',' && !ctx.words.slice(ctx.sentStart[ctx.toks[c].sentence], cs - 1).includes(',')) {
      const inv = ctx.npAt(pivot + 1, c);
      if (inv && !inv.dative && !inv.pronoun && (/^(?:der|die|ein|eine)$/.test(ctx.lower[inv.start]) || inv.mention?.entity.type === 'PER')) return inv;
    }
    if (pivot === cs && cs > 0 && ctx.words[cs - 1] === ',') {
      const sStart = ctx.sentStart[ctx.toks[c].sentence];
      // "X reagierte auf … gelassen, hielt in einem Interview … aber fest, …": a second V2 conjunct without a subject of
      // its own (a PP or adverb right after its finite verb) shares the subject opening the first
      if (this.mode === 'news' && c === cs && cue[1] < limit && (PREPOSITIONS.has(ctx.lower[cue[1]]) || ADVERBS.has(ctx.lower[cue[1]])) && !ctx.isCap(cue[1])) {
        const m0 = ctx.mentionAt[sStart];
        if (m0 >= 0) {
          const m = ctx.mentions[m0];
          let single = m.entity.type === 'PER' && m.start === sStart && m.end < cs - 2 && !ctx.isCap(m.end) && !ctx.isPunct(m.end) && !SUBORDINATORS.has(ctx.lower[m.end]);
          for (let k = m.end; k < cs - 1 && single; k++) single = !ctx.isPunct(k) && !SUBORDINATORS.has(ctx.lower[k]) && !(ctx.lower[k] === 'und' || ctx.lower[k] === 'oder');
          if (single) return { start: m.start, end: m.end, mention: m, pronoun: false, dative: false };
        }
      }
      let chain = this.subjectChain(sStart, cs - 1);
      // "Keine Ahnung, sagte X, …": a negated noun phrase before the comma is the statement, never the subject
      if (chain && this.mode === 'news' && /^kein(?:e|en|em|er|es)?$/.test(ctx.lower[chain.start])) chain = null;
      // "Mehr Geld für Schulen, lautet ihre Botschaft." — a noun phrase after the verb that ends the
      // clause is the subject; the phrase before the comma is the statement
      if (chain) {
        const probe = copyAttribution(att);
        probe.addressee = null;
        const post = this.firstSubject(cue[1], limit, probe);
        // (but a named person before the comma stays the subject: "Auch X, Chef von Y, spricht Klartext: …")
        const namedChain = this.mode === 'news' && chain.mention?.entity.type === 'PER' && post?.mention?.entity.type !== 'PER' &&
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
      const m0 = this.mode === 'news' ? ctx.mentionAt[sStart] : -1;
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
      if (this.mode === 'news' && pivot === c) {
        // (an adjective enumeration "zu dieser zweiten, noch nicht beauftragten Untersuchung" splits no clause)
        let vf = v;
        if (!ARTICLES.has(ctx.lower[vf]) && cs > s0 && ctx.words[cs - 1] === ',' && !ctx.isCap(cs) && !SUBORDINATORS.has(ctx.lower[cs]) && !RELATIVE.has(ctx.lower[cs]) && !CONJ.has(ctx.lower[cs])) vf = s0;
        if (ARTICLES.has(ctx.lower[vf]) && !DATIVE_LIKE.has(ctx.lower[vf])) {
          const post = this.personAfterCue(cue[1], limit);
          if (post && this.thingVorfeld(vf, c)) return post;
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
      if (this.mode === 'news' && np && !np.dative && !np.pronoun && (np.mention?.entity.type === 'PER' || accuser) && np.end < pivot && pivot - np.end <= 4 && /^(?:aus|von|vom|in|im)$/.test(ctx.lower[np.end])) {
        let k = np.end + 1;
        while (k < pivot && !ctx.isPunct(k) && (ARTICLES.has(ctx.lower[k]) || ctx.isAdj(k) || ctx.isNominal(k))) k++;
        if (k === pivot && ctx.isCap(pivot - 1)) return np;
      }
      // "Serbische Aufsichtsbeamte im Lager in Preševo sagen, dass …": a person noun with up to two place PPs
      // (a place adjective inside it, "Serbische", is no speaker of its own)
      const placeAdj = !!np?.mention && np.mention.entity.type === 'LOC' && np.mention.end < np.end && ctx.isCap(np.end - 1);
      if (this.mode === 'news' && np && !np.dative && !np.pronoun && (!np.mention || placeAdj) && np.end < pivot && pivot - np.end <= 8 && /^(?:aus|von|vom|in|im|am|beim|bei)$/.test(ctx.lower[np.end]) && (placeAdj ? ROLE_NOUN.test(ctx.lower[np.end - 1]) : this.plausibleSpeaker(np)) && reportingForm(ctx.lower[c])) {
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
      if (this.mode === 'news' && /^(?:der|die|das|ein|eine)$/.test(ctx.lower[v]) && pivot - v <= 12 && ctx.isCap(pivot - 1)) {
        let ok = true;
        let participle = false;
        for (let k = v + 1; k < pivot && ok; k++) {
          if (ctx.isPunct(k) || this.inQuote[k] || SUBORDINATORS.has(ctx.lower[k]) || RELATIVE.has(ctx.lower[k]) && ctx.words[k - 1] === ',') ok = false;
          if (!ctx.isCap(k) && /(?:te|ter|tes|ten|ene|ener|enes|enen)$/.test(ctx.lower[k]) && ctx.isAdj(k)) participle = true;
        }
        const head = ok && participle ? ctx.npBefore(pivot, v + 1) : null;
        if (head && !head.pronoun && head.start > v + 1) return { start: v, end: pivot, mention: head.mention, pronoun: false, dative: false };
      }
      // the Vorfeld did not parse as one noun phrase (a run-in subheading without punctuation, a long
      // adverbial): a person's name right before the finite verb is still its subject
      // ("Sechs Jahre in der Komfortzone Strugl warnte davor, …")
      const named = this.namedBeforeVerb(pivot, v);
      if (named) return named;
    }
    const from = pivot === c ? cue[1] : pivot + 1;
    const to = pivot === c ? limit : c;
    const after2 = this.firstSubject(from, to, att);
    // "Schließlich hielt der Täter … an und gestand eine Auseinandersetzung, …": after "und" the finite verb of a
    // second conjunct has no subject of its own — the noun phrase after it is its object, the subject is the
    // first conjunct's, also when that one stands after its verb (an adverb or PP in the Vorfeld)
    if (after2 && !after2.pronoun && this.mode === 'news' && pivot === c && c > 0 && (ctx.lower[c - 1] === 'und' || ctx.lower[c - 1] === 'oder')) {
      const first = this.firstConjunctSubject(c - 1);
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
        if (this.mode === 'news' && ctx.words[v] === ')') {
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
    if (this.mode === 'news' && c > 2 && ctx.words[c - 1] === ',') {
      let k = c + 1;
      while (k < limit && ADVERBS.has(ctx.lower[k])) k++;
      const opens = ctx.words[k] === ':' || (ctx.words[k] === ',' && /^(?:dass|ob)$/.test(ctx.lower[k + 1]));
      const s0 = ctx.sentStart[ctx.toks[c].sentence];
      if (opens && !SUBORDINATORS.has(ctx.lower[s0]) && !this.inQuote[s0]) {
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
  private namedBeforeVerb(pivot: number, from: number): NP | null {
    const ctx = this.ctx;
    // "zeigte sich X (er ist jener Gutachter, …) überzeugt": a parenthesis after the name
    if (pivot > 1 && ctx.words[pivot - 1] === ')' && this.mode === 'news') {
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
  private subjectAfter(from: number, limit: number, att: Attribution): NP | null {
    return this.firstSubject(from, limit, att);
  }

  /** First non-dative NP in [from, to), skipping adverbs and prepositional phrases; datives → addressee. */
  private firstSubject(from: number, to: number, att: Attribution): NP | null {
    const ctx = this.ctx;
    let k = from;
    let steps = 0;
    while (k < to && steps++ < 20) {
      const w = ctx.words[k];
      const lw = ctx.lower[k];
      if (w === ',' || w === ':' || w === ';' || END_PUNCT.has(w) || (ctx.isQuote(k) && this.inQuote[k] && w !== '„' && w !== '"')) {
        // an apposition right after the verb is rare; stop at clause ends
        return null;
      }
      if (ADVERBS.has(lw) && !PRONOUNS.has(lw) && !ctx.capName(k)) {
        k++;
        continue;
      }
      // an extended participle attribute: "sagt der von X (– …) verteidigte 31-Jährige" — the agent after "von"
      // is no subject; the head noun after the participle is
      if (this.mode === 'news' && /^(?:der|die|das|ein|eine)$/.test(lw) && (ctx.lower[k + 1] === 'von' || ctx.lower[k + 1] === 'vom')) {
        const head = this.participleHead(k + 2, to);
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
      return this.titleChain(np);
    }
    return null;
  }

  /** "als" at k compares ("mehr als", "als wäre"): no predicative role phrase. */
  private isComparison(k: number): boolean {
    const ctx = this.ctx;
    const prev = ctx.lower[k - 1] ?? '';
    return /^(?:mehr|weniger|eher|lieber|besser|größer|kleiner|anders|so|ebenso|genauso)$/.test(prev) || /er$/.test(prev) && ctx.isAdj(k - 1) || SUBJUNCTIVE_ALL.has(ctx.lower[k + 1]);
  }

  /**
   * The head of an extended attribute after "der von X": the participle ("verteidigte", "vertretene") and
   * the noun after it, skipping an inserted dash or parenthesis ("von X – der auch … ist – verteidigte").
   */
  private participleHead(from: number, to: number): NP | null {
    const ctx = this.ctx;
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
      if (CLAUSE_PUNCT.has(w) || this.inQuote[k]) return null;
      if (!ctx.isCap(k) && /(?:te|ten|ene|enen)$/.test(ctx.lower[k]) && k + 1 < to && (ctx.isCap(k + 1) || /^\d/.test(ctx.words[k + 1]))) {
        const np = ctx.npAt(k + 1, to) ?? ctx.npAt(k, to);
        if (!np || np.pronoun) return null;
        return { start: k, end: np.end, mention: np.mention, pronoun: false, dative: false };
      }
    }
    return null;
  }

  // ---------- speakers ----------

  /**
   * A survey share as subject ("15 Prozent", "die Hälfte der Befragten", "ein Viertel"): the respondent noun
   * in its genitive/"von" attribute, else the last one up to three sentences before; null otherwise.
   */
  private proportionGroup(np: NP): NP | null {
    const ctx = this.ctx;
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
      if (respondent(k) && !this.inQuote[k]) return { start: k, end: k + 1, mention: null, pronoun: false, dative: false };
    }
    return null;
  }

  /**
   * A subject slot that cannot be a speaker: the expletive "es" of "es zeigt sich / es heißt" ("Es habe sich
   * gezeigt, dass …"), a predicative adjective opening the sentence before the inverted verb ("Deplatziert findet X
   * …": the subject follows the verb), a genitive attribute of a noun in "Den Vorwurf der Klientelpolitik, wonach …",
   * or a compound "die Mitterlehner-Aussage, wonach …". Sets the speaker (the person in the compound, the subject
   * after the verb, else the last speaker up to two sentences back, else none) and returns true; false when the
   * slot is fine.
   */
  private garbageSpeaker(att: Attribution, np: NP, at: number): boolean {
    const ctx = this.ctx;
    const cueW = att.cueTok ? ctx.lower[att.cueTok[0]] : ctx.lower[at];
    const s = ctx.toks[np.start].sentence;
    const last = (): boolean => {
      const l = this.lastSpeaker;
      if (l?.att.speakerEntity && l.sentence <= s && s - l.sentence <= 2) this.copySpeaker(att, l.att);
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
      const subj = this.subjectAfter(att.cueTok[1], end, att);
      if (subj && subj.start !== np.start) {
        this.setSource(att, subj, at);
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
            this.speakAs(att, m);
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

  private setSource(att: Attribution, np: NP | null, at: number): void {
    att.source = np;
    const ctx = this.ctx;
    // "Etwa einer von drei Befragten erklärte", "Mehr als drei Viertel der Befragten geben an": a share phrase
    // that did not parse, with the respondent noun right before the verb
    if (!np && this.mode === 'news' && at >= 2 && at < ctx.n && RESPONDENT_NOUN.test(ctx.lower[at - 1]) && ctx.isCap(at - 1) && !this.inQuote[at - 1] &&
      (ctx.lower[at - 2] === 'der' || /^(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)$/.test(ctx.lower[at - 2]))) {
      att.source = { start: at - 1, end: at, mention: null, pronoun: false, dative: false };
      att.speakerEntity = null;
      att.speakerName = ctx.words[at - 1];
      return;
    }
    if (!np) return;
    if (this.mode === 'news' && this.garbageSpeaker(att, np, at)) return;
    // "Der Sprecher der Landesrätin sagte, …" after "Ein Sprecher der zuständigen Landesrätin Martina X sagte, …": the
    // same spokesperson without a name, not a person named in between
    if (this.mode === 'news' && !np.pronoun) {
      const intro = this.unnamedIntroduction(np);
      if (intro) {
        att.speakerEntity = null;
        att.speakerPseudo = false;
        att.speakerName = intro.speakerName;
        return;
      }
    }
    // "Die Wiener Linien waren um Beruhigung bemüht: Wir …, sagte ein Sprecher." — a bare indefinite spokesperson (no
    // genitive, no name, no organisation in the phrase) speaks for the organisation whose statement came right before
    if (this.mode === 'news' && !np.pronoun && !np.mention && np.end - np.start === 2 && INDEF_ARTICLES.has(ctx.lower[np.start]) && SPOKESPERSON.test(ctx.words[np.start + 1]) && !SPOKESPERSON_OF.has(ctx.lower[np.end] ?? '')) {
      const s = ctx.toks[np.start].sentence;
      const a = ctx.sentStart[s];
      // the organisation opening a colon frame in the same sentence ("Die Wiener Linien waren … bemüht: …")
      let colon = -1;
      for (let k = a + 1; k < np.start && colon < 0; k++) if (ctx.words[k] === ':') colon = k;
      const frame = colon > 0 ? ctx.npAt(a, colon) : null;
      if (frame && !frame.pronoun && !frame.dative && frame.mention?.entity.type !== 'PER' && (frame.mention?.entity.type === 'ORG' || (ORG_BODY.test(ctx.lower[frame.end - 1]) && ARTICLES.has(ctx.lower[a])))) {
        if (frame.mention?.entity.type === 'ORG' && frame.mention.end === frame.end) this.speakAs(att, frame.mention);
        else {
          att.speakerEntity = null;
          att.speakerName = ctx.text.slice(ctx.toks[frame.start].start, ctx.toks[frame.end - 1].end);
        }
        return;
      }
      // else the organisation that made the statement right before
      const last = this.lastSpeaker;
      const org = colon < 0 && last && s - last.sentence <= 1 && last.sentence <= s && last.att.kind !== 'fragment' && !this.weakSource(last.att) ? last.att : null;
      if (org && (org.speakerEntity?.type === 'ORG' || (!org.speakerEntity && org.speakerName && org.source && !org.source.pronoun && ORG_BODY.test(ctx.lower[org.source.end - 1])))) {
        this.copySpeaker(att, org);
        att.source = np;
        return;
      }
      // or the one organisation the sentence before is about, when it names no person ("Über die Eröffnung muss das
      // Landgericht X entscheiden. Eine Sprecherin sagte …")
      if (colon < 0 && s > 0 && !(last && last.sentence === s)) {
        const [mf, mt] = this.mentionRange(s - 1, s - 1);
        let one: MentionRef | null = null;
        let other = false;
        for (let mi = mf; mi < mt && !other; mi++) {
          const m = ctx.mentions[mi];
          if (m.entity.type === 'PER' || (m.entity.type === 'ORG' && one && one.entity !== m.entity)) other = true;
          else if (m.entity.type === 'ORG') one = m;
        }
        if (one && !other) {
          this.speakAs(att, one);
          return;
        }
      }
    }
    if (np.end - np.start === 1 && (ctx.lower[np.start] === 'dieser' || ctx.lower[np.start] === 'diese')) {
      const ante = this.demonstrativeAntecedent(np.start);
      if (ante) {
        const per = ante.mention?.entity.type === 'PER' ? ante.mention : null;
        att.speakerEntity = per?.entity ?? null;
        att.speakerPseudo = per?.pseudo ?? false;
        att.speakerName = per ? per.entity.name : ctx.text.slice(ctx.toks[ante.start].start, ctx.toks[ante.end - 1].end);
        return;
      }
    }
    // "Rund 15 Prozent berichten, dass …", "mehr als die Hälfte der Befragten gab an": a share of a surveyed
    // group speaks for the group (the respondents named in the phrase or up to three sentences before)
    if (this.mode === 'news' && !np.pronoun && np.mention?.entity.type !== 'PER') {
      const group = this.proportionGroup(np);
      if (group) {
        att.source = group;
        att.speakerEntity = null;
        att.speakerName = ctx.text.slice(ctx.toks[group.start].start, ctx.toks[group.end - 1].end);
        return;
      }
    }
    // "seine Botschaft", "ihre Antwort": the owner of what was said speaks
    if (!np.pronoun && !np.mention && np.end - np.start === 2 && (SPEECH_NOUNS.has(ctx.words[np.start + 1]) || ATTRIBUTION_NOUNS.has(ctx.words[np.start + 1])) && /^(?:sein|ihr)/.test(ctx.lower[np.start])) {
      const ante = this.resolvePronoun({ ...np, end: np.start + 1, pronoun: true }, at);
      if (ante) {
        this.speakAs(att, ante);
        return;
      }
      // no person in reach: the current speaker, when the possessive agrees ("Seine Botschaft: „…“")
      const last = this.lastSpeaker;
      if (this.mode === 'news' && last?.att.speakerEntity?.type === 'PER' && ctx.toks[np.start].sentence - last.sentence <= 3) {
        const g = ctx.genderOf(last.att.speakerEntity);
        const masc = ctx.lower[np.start].startsWith('sein');
        if (!g || (masc ? g === 'm' : g === 'f')) {
          this.copySpeaker(att, last.att);
          att.source = np;
          return;
        }
      }
    }
    // "…, lautete die Botschaft." / "so der Tenor": a message noun with an article is no speaker; the person in
    // focus speaks (the last speaker up to two sentences back, else the one person named in the sentence before)
    if (this.mode === 'news' && !np.pronoun && !np.mention && np.end - np.start === 2 && ARTICLES.has(ctx.lower[np.start]) && MESSAGE_NOUNS.has(ctx.words[np.start + 1])) {
      const s = ctx.toks[np.start].sentence;
      const last = this.lastSpeaker;
      if (last?.att.speakerEntity && s - last.sentence <= 2 && last.sentence <= s) {
        this.copySpeaker(att, last.att);
        att.source = np;
        return;
      }
      const prev = s > 0 ? ctx.sentStart[s - 1] : -1;
      if (prev >= 0) {
        let one: MentionRef | null = null;
        let many = false;
        for (let k = prev; k < ctx.sentStart[s]; k++) {
          const mi = ctx.mentionAt[k];
          if (mi < 0) continue;
          const m = ctx.mentions[mi];
          if (m.entity.type !== 'PER') continue;
          if (one && one.entity !== m.entity) many = true;
          one = m;
        }
        if (one && !many) {
          this.speakAs(att, one);
          return;
        }
      }
    }
    // "Befürworter wie EU-Parlamentspräsident Martin Schulz argumentieren": the person named as the example
    if (this.mode === 'news' && !np.pronoun && np.mention?.entity.type !== 'PER' && ctx.lower[np.end] === 'wie') {
      for (let k = np.end + 1; k < np.end + 4 && k < ctx.n && !ctx.isPunct(k); k++) {
        const mi = ctx.mentionAt[k];
        if (mi >= 0 && ctx.mentions[mi].entity.type === 'PER') {
          this.speakAs(att, ctx.mentions[mi]);
          return;
        }
      }
    }
    // "Badawis nach Kanada geflüchtete Ehefrau Ensaf Haidar", "Badawis Ehefrau": the person in the Saxon
    // genitive owns the speaker, who is named after the head noun or was named with it before
    const owned = this.saxonGenitiveHead(np);
    if (owned) {
      this.speakAs(att, owned);
      return;
    }
    if (np.pronoun) {
      const ante = this.resolvePronoun(np, at);
      if (ante) {
        this.speakAs(att, ante);
        return;
      }
      // no person of that gender in reach ("Alexis Tsipras … sagte er": a first name read as female): the person
      // the sentence before is about, when the pronoun is a singular subject
      const lw0 = ctx.lower[np.start];
      const sent0 = ctx.toks[np.start].sentence;
      if (this.mode === 'news' && sent0 > 0 && (lw0 === 'er' || (lw0 === 'sie' && !/(?:en|ten)$/.test(ctx.lower[np.start - 1] ?? '')))) {
        const focus = this.introduced?.sentence === sent0 - 1 ? this.introduced.np : this.narrativeFocus(sent0 - 1);
        if (focus?.mention?.entity.type === 'PER' && !this.inQuote[focus.start]) {
          this.speakAs(att, focus.mention);
          return;
        }
      }
      att.speakerName = null;
      // "sagte eine Sprecherin des Ministers. Nach ihren Worten …": the last speaker, described without a
      // name, when the pronoun agrees with the description's gender
      const last = this.lastSpeaker;
      const lw = ctx.lower[np.start];
      if (this.mode === 'news' && last && !last.att.speakerEntity && last.att.speakerName && ctx.toks[np.start].sentence - last.sentence <= 2 && !this.weakSource(last.att)) {
        const head = last.att.speakerName.split(/\s+/).find((w) => UPPER_START.test(w) && ROLE_NOUN.test(w.toLowerCase()));
        const female = !!head && FEMALE_ROLE.test(head.toLowerCase());
        const fem = /^(?:ihr|ihre|ihrem|ihren|ihrer|ihres)$/.test(lw) || (lw === 'sie' && !/(?:en|ten)$/.test(ctx.lower[np.start + 1] ?? ''));
        const masc = /^(?:er|sein|seine|seinem|seinen|seiner|seines)$/.test(lw);
        if (head && ((fem && female) || (masc && !female))) this.copySpeaker(att, last.att);
      }
      return;
    }
    // "Außenminister anderer Länder sagten …": a role noun the entities stage linked to a person named before,
    // as the subject of a plural verb, is a group — not that person
    if (this.mode === 'news' && np.mention?.entity.type === 'PER' && this.pluralVerbAt(at) && this.descriptionOnly(np.mention)) {
      att.speakerName = ctx.text.slice(ctx.toks[np.start].start, ctx.toks[np.end - 1].end);
      att.speakerEntity = null;
      return;
    }
    // "der Innenpolitik-Chef der Salzburger Nachrichten", "der Anwalt von X": the role speaks, not the genitive
    if (np.mention && np.mention.start > np.start && ctx.words[np.mention.start - 1] !== ',' && ctx.words[np.mention.start - 1] !== '(') {
      let h = np.start;
      if (ARTICLES.has(ctx.lower[h])) h++;
      while (h < np.mention.start && ctx.isAdj(h)) h++;
      const gen = ctx.lower[h + 1];
      if (h < np.mention.start && ctx.isCap(h) && ROLE_NOUN.test(ctx.lower[h]) && (gen === 'der' || gen === 'des' || gen === 'von' || gen === 'vom')) {
        // "der Vizechef der Staatskanzlei Peter Lindner": a full name after a genitive that is no person
        // noun is the role's apposition (but "der Sprecher des Außenministers John Kerry" names the genitive)
        const pre = np.mention.start - 1;
        if (
          this.mode === 'news' &&
          np.mention.entity.type === 'PER' &&
          np.mention.end === np.end &&
          np.mention.end - np.mention.start >= 2 &&
          pre > h + 1 &&
          ctx.isCap(pre) &&
          ctx.mentionAt[pre] < 0 &&
          !ROLE_NOUN.test(ctx.lower[pre].replace(/e?s$/, '')) &&
          !ROLE_NOUN.test(ctx.lower[pre])
        ) {
          this.speakAs(att, np.mention);
          return;
        }
        const ante = this.resolveDescription(np);
        att.speakerEntity = ante?.entity ?? null;
        att.speakerPseudo = ante?.pseudo ?? false;
        att.speakerName = ante ? ante.entity.name : ctx.text.slice(ctx.toks[np.start].start, ctx.toks[np.end - 1].end);
        return;
      }
    }
    const roleOnly =
      np.mention?.entity.type === 'PER' && np.mention.end - np.mention.start === 1 && np.mention.entity.mentions.length === 1 && FEMALE_ROLE.test(ctx.words[np.mention.start]);
    // "sagte ein US-Vertreter": an indefinite role compound whose first part the
    // entities stage linked to a country introduces a new, unnamed person — neither the
    // country nor a person named before
    // (an organisation's spokesperson, "eine Audi-Sprecherin", speaks for the organisation, as in the gold)
    if (np.mention && np.mention.entity.type === 'LOC' && np.mention.end === np.end && np.mention.end - np.mention.start === 1 && INDEF_ARTICLES.has(ctx.lower[np.start])) {
      if (this.roleCompound(np.mention.start)) {
        att.speakerEntity = null;
        att.speakerPseudo = false;
        att.speakerName = ctx.text.slice(ctx.toks[np.start].start, ctx.toks[np.end - 1].end);
        return;
      }
    }
    if (np.mention && (np.mention.entity.type !== 'PER' || roleOnly)) {
      // "der US-Kultregisseur" tagged as a non-person mention: a role description of a person
      const ante = this.resolveDescription(np);
      if (ante) {
        this.speakAs(att, ante);
        return;
      }
      // "der Italiener" after "eines Aktivisten": the person without a name, not the country
      if (this.unnamedDescription === np.start) {
        att.speakerEntity = null;
        att.speakerName = ctx.text.slice(ctx.toks[np.start].start, ctx.toks[np.end - 1].end);
        return;
      }
    }
    if (np.mention) {
      this.speakAs(att, np.mention);
      // "die ungarische Regierung", "die Syrische Beobachtungsstelle für Menschenrechte": the entity is only an
      // attribute of the head noun
      // ("des Berliner Tagesspiegels", "die Wiener Polizei": a city's "-er" form before a noun is an attribute too)
      if ((!ctx.isCap(np.mention.start) || (np.mention.entity.type === 'LOC' && (ADJECTIVAL_PLACE.test(ctx.lower[np.mention.end - 1]) || this.placeAdjective(np.mention)) && ctx.isCap(np.mention.end))) && np.mention.end < np.end) {
        att.speakerName = ctx.text.slice(ctx.toks[np.start].start, ctx.toks[np.end - 1].end);
      }
    } else {
      att.speakerName = ctx.text.slice(ctx.toks[np.start].start, ctx.toks[np.end - 1].end);
      const ante = this.resolveDescription(np);
      if (ante) {
        this.speakAs(att, ante);
      }
    }
  }

  /**
   * An earlier speaker introduced with an indefinite role phrase and no name ("Ein Sprecher der zuständigen
   * Landesrätin Martina X") that a definite role with a genitive ("der Sprecher der Landesrätin") takes up: the same
   * head noun, and the genitive's head noun inside the earlier phrase.
   */
  private unnamedIntroduction(np: NP): Attribution | null {
    const ctx = this.ctx;
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
    const out = this.outAtts;
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
  private descriptionOnly(m: MentionRef): boolean {
    const ctx = this.ctx;
    const name = new Set(m.entity.name.toLowerCase().split(/[\s-]+/));
    for (let k = m.start; k < m.end; k++) {
      for (const part of ctx.lower[k].split('-')) if (name.has(part)) return false;
    }
    return true;
  }

  /** Is the finite verb of the cue at token `at` plural ("sagten", "haben … gesagt", "kritisieren")? */
  private pluralVerbAt(at: number): boolean {
    const ctx = this.ctx;
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
  private saxonGenitiveHead(np: NP): MentionRef | null {
    const ctx = this.ctx;
    let m: { entity: MentionRef['entity'] | null; start: number; end: number } | null = np.mention;
    if (!m && ctx.isCap(np.start) && /s$/.test(ctx.words[np.start]) && np.end - np.start >= 2) {
      // the genitive of a person named before that the NER did not tag here
      const stem = ctx.words[np.start].slice(0, -1);
      const sent = ctx.toks[np.start].sentence;
      const [from, to] = this.mentionRange(sent - 30, sent);
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
    if (this.mode === 'news' && ctx.words[h + 1] === ',') {
      let k = h + 2;
      while (k < sEnd && k - h <= 5 && ctx.mentionAt[k] < 0 && (ARTICLES.has(ctx.lower[k]) || ctx.isAdj(k) || (ctx.isCap(k) && ROLE_NOUN.test(ctx.lower[k])))) k++;
      const ap = ctx.mentionAt[k];
      if (ap >= 0 && ctx.mentions[ap].start === k && ctx.mentions[ap].entity.type === 'PER' && ctx.mentions[ap].entity !== m.entity) {
        const end = ctx.mentions[ap].end;
        if (end >= sEnd || ctx.words[end] === ',' || END_PUNCT.has(ctx.words[end])) return ctx.mentions[ap];
      }
    }
    const titled = this.titledPerson(head, m.start);
    return titled && titled.entity !== m.entity && titled.start < m.start ? titled : null;
  }

  /**
   * A definite role description without a name ("der SPD-Politiker", "die Ministerin", "Expertin:")
   * refers to a person named nearby: the nearest compatible one before (salience: the last speaker
   * first), or, in a teaser, the first one named in the next sentences.
   */
  private resolveDescription(np: NP): MentionRef | null {
    const ctx = this.ctx;
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
    if (this.mode === 'news' && k > np.start && (ctx.lower[k] === 'von' || ctx.lower[k] === 'vom')) {
      const head = this.participleHead(k + 1, end);
      if (head) k = head.start + 1;
    }
    // "die auf Muscheln spezialisierte Forscherin": a PP inside a participle attribute is skipped up to its adjective
    if (this.mode === 'news' && k > np.start && PREPOSITIONS.has(ctx.lower[k]) && !ctx.isCap(k) && ctx.lower[k] !== 'von' && ctx.lower[k] !== 'vom') {
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
    if (this.mode === 'news' && k < end - 1 && /^(?:St\.?|Sankt|Bad)$/.test(ctx.words[k])) {
      let h = k + 1;
      if (ctx.words[h] === '.') h++;
      if (h === end - 1 && ctx.isCap(h)) k = h;
    }
    if (k !== end - 1 && !genitive) return null; // one head noun, no name attached
    const head = ctx.words[k];
    const last = head.slice(head.lastIndexOf('-') + 1);
    // "der öffentlich-rechtliche Sender", "der Autobauer": an organisation described by what it does
    if (ORG_AGENT.test(head.toLowerCase()) && (art === 'der' || art === 'die' || art === 'das' || saxon)) return this.recentOrganisation(np);
    // "der Bischof" ↔ "Bischof Ägidius Zsifkovics", "der Premier" ↔ "Premier Matteo Renzi": a title used with a name
    const titled = this.titledPerson(head, np.start);
    // "der 35-jährige Routinier" four sentences after "Routinier Klaus Kröll" more likely means the person in focus
    // a title named only later ("dem Spanier Feliciano Lopez" after "wehrte sich der Spanier") counts in a teaser,
    // else only when nobody fits before (scored below)
    const teaser = ctx.toks[np.start].sentence <= 1;
    if (titled && ((titled.start > np.start && teaser) || (titled.start < np.start && ctx.toks[titled.start].sentence >= ctx.toks[np.start].sentence - 2) || titled.entity === this.lastSpeaker?.att.speakerEntity)) return titled;
    // "die Sprecherin der EU-Außenbeauftragten Federica Mogherini": a role of a person named in the genitive is
    // somebody without a name here, not another person named nearby
    // ("sagte der SPD-Politiker der Zeitung Welt am Sonntag" is a dative medium, not a genitive)
    if (this.mode === 'news' && genitive && np.mention?.entity.type === 'PER' && np.mention.start > k + 2 && ctx.isCap(np.mention.start - 1) && np.mention.end <= end && !MEDIUM_NOUN.test(ctx.lower[np.mention.start - 1]) && !MEDIUM_NOUN.test(ctx.lower[np.mention.start])) return null;
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
    const lastSpeaker = this.lastSpeaker?.att.speakerEntity ?? null;
    let best: MentionRef | null = null;
    let bestScore = -Infinity;
    // only mentions from 15 sentences before to 3 after can score (see the window tests below)
    const [from, to] = this.mentionRange(sent - 15, sent + 3);
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
    if (this.mode === 'news' && best && !titled && !genitive && (art === 'der' || art === 'die')) {
      const indef = this.indefinitePerson(np.start, sent, want, /jährig/.test(last.toLowerCase()), parseTitle(head)?.key ?? null);
      if (indef >= 0 && (!best || best.end <= indef || best.start > np.start)) {
        this.unnamedDescription = np.start;
        return null;
      }
    }
    return best ?? titled;
  }

  /** The attributions of the sentences read so far (run()). */
  private outAtts: Attribution[] = [];

  /** Start of the last description that resolveDescription() read as a person introduced without a name. */
  private unnamedDescription = -1;

  /**
   * Token of the head of the latest indefinite person noun phrase ("eines Aktivisten", "eine 35-jährige Frau",
   * "ein Passant") in the four sentences before `at` whose gender fits `want`, or -1.
   */
  private indefinitePerson(at: number, sent: number, want: 'f' | 'm' | null, age: boolean, title: string | null): number {
    const ctx = this.ctx;
    const floor = ctx.sentStart[Math.max(0, sent - 4)];
    for (let k = at - 2; k >= floor && k >= 0; k--) {
      const art = ctx.lower[k];
      if (!INDEF_ARTICLES.has(art) || this.inQuote[k]) continue;
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
      for (const o of this.outAtts) if (o.kind !== 'fragment' && o.content && o.content[0] <= hc && o.content[1] > hc) said = true;
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
  private recentOrganisation(np: NP): MentionRef | null {
    const ctx = this.ctx;
    const sent = ctx.toks[np.start].sentence;
    const lastSpeaker = this.lastSpeaker?.att.speakerEntity ?? null;
    const [from, to] = this.mentionRange(sent - 6, sent);
    if (lastSpeaker?.type === 'ORG' && this.lastSpeaker && sent - this.lastSpeaker.sentence <= 6) {
      for (let mi = to - 1; mi >= from; mi--) if (ctx.mentions[mi].entity === lastSpeaker && ctx.mentions[mi].start < np.start) return ctx.mentions[mi];
    }
    for (let mi = to - 1; mi >= from; mi--) {
      const m = ctx.mentions[mi];
      if (m.entity.type === 'ORG' && m.end <= np.start) return m;
    }
    return null;
  }

  /** The person whose mention is directly preceded by `title` (nearest before `at`, else the first after). */
  private titledPerson(title: string, at: number): MentionRef | null {
    const ctx = this.ctx;
    if (!this.byTitleWord) {
      // person mentions by the word right before them, in text order (built once per document)
      this.byTitleWord = new Map();
      for (const m of ctx.mentions) {
        if (m.entity.type !== 'PER' || m.start === 0) continue;
        const t = ctx.words[m.start - 1];
        const list = this.byTitleWord.get(t);
        if (list) list.push(m);
        else this.byTitleWord.set(t, [m]);
      }
    }
    let before: MentionRef | null = null;
    let after: MentionRef | null = null;
    for (const m of this.byTitleWord.get(title) ?? []) {
      if (m.start < at) before = m;
      else if (!after) after = m;
    }
    return before ?? after;
  }

  private byTitleWord: Map<string, MentionRef[]> | null = null;

  /** Indices [from, to) of the mentions (sorted by start) whose sentence lies in [first, last]. */
  private mentionRange(first: number, last: number): [number, number] {
    const from = this.mentionFrom ?? this.buildMentionFrom();
    const ns = from.length - 1;
    return [from[Math.max(0, Math.min(ns, first))], from[Math.max(0, Math.min(ns, last + 1))]];
  }

  /** Index of the first mention in sentence s or later, for s = 0 … sentences (built once per document). */
  private mentionFrom: Int32Array | null = null;

  private buildMentionFrom(): Int32Array {
    const ctx = this.ctx;
    const ns = ctx.doc.sentences.length;
    const from = new Int32Array(ns + 1).fill(ctx.mentions.length);
    // mentions are in text order: walk them once, filling each sentence up to the mention's own
    let s = 0;
    for (let k = 0; k < ctx.mentions.length; k++) {
      const ms = ctx.toks[ctx.mentions[k].start].sentence;
      while (s <= ms && s <= ns) from[s++] = k;
    }
    this.mentionFrom = from;
    return from;
  }

  /** "erinnert sich dieser": the last role-noun phrase in the previous sentence ("einen weiteren Beamten der Polizei"). */
  private demonstrativeAntecedent(i: number): NP | null {
    const ctx = this.ctx;
    const s = ctx.toks[i].sentence;
    // "Das ist die Rechtsansicht der Bezirkshauptmannschaft Gmünd: Am 1. Juli kam diese zu dem Erkenntnis, …": a
    // feminine office or organisation before a colon in the same sentence
    if (this.mode === 'news' && ctx.lower[i] === 'diese') {
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
  private firstConjunctSubject(u: number): NP | null {
    const ctx = this.ctx;
    const s0 = ctx.sentStart[ctx.toks[u].sentence];
    // ", und <verb>" after a content clause goes back to the main clause opened by its subject ("Die Botschafterin
    // hofft, dass …, und verweist auf …")
    if (u > s0 + 2 && ctx.words[u - 1] === ',') {
      const np0 = ctx.npAt(s0, u);
      if (np0 && !np0.dative && !np0.pronoun && np0.end < u && !ctx.isCap(np0.end) && !ctx.isPunct(np0.end) && (np0.mention?.entity.type === 'PER' || this.plausibleSpeaker(np0))) {
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
    if (!(np.mention?.entity.type === 'PER' || this.plausibleSpeaker(np))) return null;
    return np;
  }

  /**
   * An unnamed person introduced with an indefinite article of the pronoun's gender after token `after` and before
   * `before`, in the pronoun's sentence or the one before ("… sprachen wir mit einem hochrangigen Politiker. Er lobte
   * …"): the pronoun's nearest antecedent, which has no entity.
   */
  private indefinitePersonBetween(after: number, before: number, gender: 'm' | 'f'): boolean {
    const ctx = this.ctx;
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
  private sameClause(from: number, to: number): boolean {
    const ctx = this.ctx;
    for (let k = from; k < to; k++) if (ctx.isPunct(k) || SUBORDINATORS.has(ctx.lower[k]) || CONJ.has(ctx.lower[k]) || RELATIVE.has(ctx.lower[k]) || ctx.isQuote(k)) return false;
    return true;
  }

  /** Nearest compatible antecedent of a 3rd-person pronoun (gender, number, salience). */
  private resolvePronoun(np: NP, at: number): MentionRef | null {
    const ctx = this.ctx;
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
    const last = this.lastSpeaker?.att.speakerEntity ?? null;
    const lastContent = this.lastSpeaker?.att.content ?? null;
    let best: MentionRef | null = null;
    let bestScore = -Infinity;
    for (let idx = ctx.mentions.length - 1; idx >= 0; idx--) {
      const m = ctx.mentions[idx];
      if (m.start >= np.start && !(m.start > at && false)) continue;
      const ms = ctx.toks[m.start].sentence;
      if (sent - ms > 6) break;
      // a personal pronoun is never bound by a person in its own clause ("Schäuble warf er vor, …": the object in
      // the Vorfeld is someone else); a possessive may be ("X lobte seine Partei")
      if (this.mode === 'news' && ms === sent && raw === pw && this.sameClause(m.end, np.start)) continue;
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
      else if (last && lastContent && this.mode === 'news' && ctx.toks[m.start].start >= lastContent[0] && ctx.toks[m.end - 1].end <= lastContent[1]) score -= 1;
      // "…, kam Ablehnung von X: Wir lehnen das ab, sagte er" — the person who introduces the colon speaks
      if (ms === sent && this.mode === 'news' && ctx.words[m.end] === ':' && m.end < np.start) score += 3;
      if (score > bestScore) {
        bestScore = score;
        best = m;
      }
    }
    // an unnamed person introduced after the best name is the antecedent ("Er lobte …" after "mit einem Politiker")
    if (best && !plural && wantGender && this.mode === 'news' && (raw === 'er' || raw === 'sie') && this.indefinitePersonBetween(best.end, np.start, wantGender)) return null;
    // "…, sagt Robin Wright. … Freitags läuft eine Folge auf Sky Atlantic HD. Wir waren …, sagt sie.": a name only in a
    // prepositional phrase, of someone who has not spoken, yields to the last speaker of the pronoun's gender nearby
    if (best && last && best.entity !== last && this.mode === 'news' && !plural && wantGender && ctx.genderOf(last) === wantGender && this.lastSpeaker && sent - this.lastSpeaker.sentence <= 3 && best.start > 0 && PREPOSITIONS.has(ctx.lower[best.start - 1]) && !ctx.isCap(best.start - 1) && !this.recentSpeakers.some((r) => r.entity === best!.entity)) {
      for (let idx = ctx.mentions.length - 1; idx >= 0; idx--) {
        const m = ctx.mentions[idx];
        if (m.entity === last && m.end <= np.start) return m;
      }
    }
    // nobody of that gender named in reach: the latest person of that gender who spoke in the last eight
    // sentences, named further back ("Die 42-Jährige erzählt … Sie sei … Dahinter entdeckte sie …, bat sie …")
    if (!best && !plural && wantGender && this.mode === 'news') {
      for (let r = this.recentSpeakers.length - 1; r >= 0; r--) {
        const { entity, sentence } = this.recentSpeakers[r];
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

  // ---------- continuation ----------

  /** A Konjunktiv-I sentence right after reported speech continues it ("Man werde handeln."). */
  private subjunctiveContinuation(s: number, a: number, b: number): Attribution | null {
    const ctx = this.ctx;
    let last = this.lastSpeaker;
    // a first-person sentence right after a person was introduced by a narrative sentence (after the last
    // speaker) is that person's ("Jansrud blieb fair. … Ich glaube, ich bin gut gefahren.")
    // a Konjunktiv sentence there too ("Der Minister machte sich für Gespräche stark. Auch Ägypten müsse …"),
    // unless it names another person (then it is more likely the last speaker's statement about that person)
    let intro = this.introducedSpeaker(s);
    if (intro) {
      let firstPerson = false;
      let otherPerson = false;
      for (let k = a; k < b; k++) {
        if (FIRST_PERSON.has(ctx.lower[k]) && !this.inQuote[k]) firstPerson = true;
        const m = ctx.mentionAt[k];
        if (m >= 0 && ctx.mentions[m].entity.type === 'PER' && ctx.mentions[m].entity !== intro.att.speakerEntity) otherPerson = true;
      }
      // (but a person voicing a view in the narrative sentence — "X hält Y für den größten Verbündeten Zs",
      // "X sieht …", "X hofft …" — goes on in the Konjunktiv even about others)
      if (!firstPerson && otherPerson && !this.opinionSentence(intro.sentence)) intro = null;
      // a study, report or media source just before goes on: a person merely named in the narrative sentence in
      // between ("Die Studie rechnet mit … Hundstorfer kündigte … an. Kurzfristig würde …") does not take it over
      if (intro && !firstPerson && last && s - last.sentence <= 2 && this.documentSource(last.att) && !this.opinionSentence(intro.sentence)) intro = null;
    }
    // "Juncker stellte es so dar, dass die Affäre nicht nur Luxemburg betreffe.": a person opening the
    // sentence with an indicative main clause is the source of the Konjunktiv in its subordinate clause
    const own = this.subordinateSubjunctiveSource(s, a, b);
    if (own) intro = own;
    if (intro) last = intro;
    else if (!last || last.sentence < s - 3) {
      const opener = this.openingSubject(s - 1);
      if (opener) {
        const pseudo = this.makeAtt('indirect', [ctx.sentStart[s - 1], ctx.sentStart[s - 1] + 1]);
        pseudo.kind = 'indirect';
        this.setSource(pseudo, opener, ctx.sentStart[s - 1]);
        last = { att: pseudo, sentence: s - 1 };
      }
    }
    if (!last || s - last.sentence > 3 || last.att.kind === 'fragment') return null;
    if (!last.att.speakerName && !last.att.source) return null;
    let subj = false;
    let relOnly = false;
    // a weak Konjunktiv I by its form ("verstecke") is as clear as a listed one
    let weakForm = false;
    let first = false;
    // hearsay "sollen … worden sein / gemacht haben" (a perfect infinitive at the end) is the narrator's "allegedly"
    const end = this.lastContentTok(a, b);
    const hearsay = this.mode === 'news' && end - a > 3 && (ctx.lower[end - 1] === 'sein' || ctx.lower[end - 1] === 'haben') && PERFECT_PARTICIPLE.test(ctx.lower[end - 2]);
    // right after a statement with a cue of its own ("…, sagte Irschik. Bis Ende 2017 sollen die Erlöse … gesteigert
    // werden") a planning "sollen … werden" may still report it; elsewhere it is the narrator's schedule
    const cued = last.sentence === s - 1 && !last.att.continuation && !!last.att.cueTok;
    // "Ob tatsächlich jeder Lkw kontrolliert werde, ließ der Minister offen": the Konjunktiv of an indirect question
    // in the Vorfeld counts only with one in the main clause after it ("Ob …, sei unklar")
    let from = a;
    if (this.mode === 'news' && ctx.lower[a] === 'ob') {
      while (from < b && ctx.words[from] !== ',') from++;
    }
    for (let k = a; k < b; k++) {
      const lw = ctx.lower[k];
      if (this.inQuote[k]) return null;
      if (FIRST_PERSON.has(lw)) first = true;
      if (k < from) continue;
      // epistemic "dürfte" is the narrator's estimate ("Das Projekt dürfte teurer werden"), not reported speech
      // (a plural form after "zu" is an infinitive: "um sich … nicht stellen zu müssen")
      if (SUBJUNCTIVE_ALL.has(lw) && !ctx.isCap(k) && !(this.mode === 'news' && EPISTEMIC.has(lw)) && !(hearsay && lw === 'sollen') && !(lw === 'sollen' && !cued && this.plannedPassive(k, b)) && !(AMBIGUOUS_PLURAL.has(lw) && ctx.lower[k - 1] === 'zu')) {
        if (this.mode === 'news' && this.inRelativeClause(k, a, b)) relOnly = true;
        else subj = true;
      } else if (this.mode === 'news' && !subj && this.weakKonjunktivOne(k, a, b) && !this.inRelativeClause(k, a, b)) subj = weakForm = true;
    }
    // (the finite verb of the main clause may be a Konjunktiv I by its form: "Das erlaube das Gesetz …, die … seien")
    if (relOnly && !subj && !first && from === a) subj = this.v2Subjunctive(a, b);
    // a Konjunktiv only in a relative clause of an indicative main clause is narration ("Unter den Opfern ist ein
    // Paar, das erst geheiratet habe"), unless the main clause reports ("verspricht ein Comeback, das … werde")
    if (relOnly && !subj && !first) {
      let report = false;
      // (only with a clearly indicative main clause: "Viele Frauen, die … gekommen seien, flüchteten sich …" has a
      // weak past that is also a Konjunktiv II, and reports on)
      let indicative = false;
      for (let k = a; k < b && !report; k++) {
        report = !ctx.isCap(k) && reportingForm(ctx.lower[k]);
        if (CLEAR_INDICATIVE.has(ctx.lower[k]) && !ctx.isCap(k) && !this.inRelativeClause(this.clauseLastTok(k, b), a, b)) indicative = true;
      }
      if (report || !indicative) subj = true;
      else {
        this.narrated.add(s);
        return null;
      }
    }
    if (!subj && !first && from === a) subj = this.v2Subjunctive(a, b);
    // first person continues a direct statement whose marks are lost; Konjunktiv continues reported speech
    const prevDirect = last.att.kind === 'direct' && !(last.att.method === 'continuation' && last.att.kind !== 'direct');
    let kind: QuoteKind;
    // (a sentence opened by "Er"/"Sie" with a Konjunktiv I verb is reported speech even when it slips into the first
    // person: "Sie habe beschlossen anzutreten, weil ich überzeugt bin …")
    const reportedOpen = first && (ctx.lower[a] === 'er' || ctx.lower[a] === 'sie') && SUBJUNCTIVE_ALL.has(ctx.words[a + 1]) && this.konjunktivOne(a + 1, a + 2);
    if (reportedOpen && s - last.sentence <= 2) kind = 'indirect';
    else if (first && (prevDirect || last.att.kind === 'indirect' || last.att.kind === 'reported' || last.att.kind === 'mixed')) kind = 'direct';
    // after a direct statement the sentences between may be its unmarked continuation: one more step
    // (three sentences after indirect speech too with an unambiguous Konjunktiv I: "Weitere Märkte seien …")
    else if (subj && !first && s - last.sentence <= (last.att.kind === 'direct' || (this.mode === 'news' && this.konjunktivOne(a, b)) ? 3 : 2)) kind = 'indirect';
    else return null;
    // (the checks below only for a Konjunktiv continuation: they cost a pass over the sentence)
    // a form that is also indicative ("wollten", "sollten", "gingen") with another person named is narration about
    // that person ("Auf Quotenziele wollten sich X und seine Kollegen nicht festlegen"), not the last speaker's words
    if (kind === 'indirect' && this.mode === 'news') {
      let clear = false;
      let clearForm = weakForm;
      let other = false;
      for (let k = from; k < b; k++) {
        const lw = ctx.lower[k];
        if (SUBJUNCTIVE_ALL.has(lw) && !ctx.isCap(k) && !INDICATIVE_TOO.has(lw)) clear = true;
        // (a pronoun subject takes up someone inside the statement: "Nehmt sie … . Sie sollen den Preis bezahlen.")
        if (SUBJUNCTIVE_ALL.has(lw) && !ctx.isCap(k) && (!AMBIGUOUS_PLURAL.has(lw) || ctx.lower[k - 1] === 'sie' || ctx.lower[k + 1] === 'sie')) clearForm = true;
        const mi = ctx.mentionAt[k];
        if (mi >= 0 && ctx.mentions[mi].entity.type === 'PER' && ctx.mentions[mi].entity !== last.att.speakerEntity && !this.inQuote[k]) other = true;
      }
      if (!clear && other && !this.v2Subjunctive(a, b)) return null;
      // a plural "sollen"/"müssen"/"gelten"/"gingen" is also indicative: as the only Konjunktiv it continues a
      // statement only right after one with a cue of its own ("…, sagte X. Die Bürger sollen …"); after a narrated
      // sentence or at the end of a chain of continuations it is the narrator's ("Die Bauarbeiten sollen im Sommer
      // anlaufen"), unless the next sentence goes on in an unambiguous Konjunktiv I (then it sits inside the statement)
      if (!clearForm && !first && (s - last.sentence >= 2 || last.att.continuation) && !this.v2Subjunctive(a, b)) {
        const na = s + 1 < ctx.sentStart.length ? ctx.sentStart[s + 1] : -1;
        if (na < 0 || !this.konjunktivOne(na, ctx.sentEnd[s + 1])) {
          this.narrated.add(s);
          return null;
        }
      }
    }
    // the speaker named by name in the sentence is narration about them ("Lieber hätte Mahrer einen Neubau",
    // "… wollte Pfeiffer nicht aufbringen, zumal … werde"), not their words
    // (unless a reporting verb is there: "Faymann sagte, auch Länder … würden", "Katzian geht davon aus, dass …")
    let cueWord = false;
    // or a content clause after the name's frame ("Katzian geht davon aus, dass …", "X vertrat die Auffassung, falls …")
    for (let k = a; k < b && !cueWord; k++) cueWord = (!ctx.isCap(k) && reportingForm(ctx.lower[k])) || (ctx.words[k] === ',' && (ctx.lower[k + 1] === 'dass' || ctx.lower[k + 1] === 'falls' || ctx.lower[k + 1] === 'ob'));
    // (only without a Konjunktiv I: reported speech names its speaker in the third person, "Sardana sei … diskriminiert worden")
    if (this.mode === 'news' && kind === 'indirect' && !cueWord && last.att.speakerEntity?.type === 'PER' && !this.konjunktivOne(a, b)) {
      const [mf, mt] = this.mentionRange(s, s);
      for (let mi = mf; mi < mt; mi++) {
        const m = this.ctx.mentions[mi];
        if (m.entity === last.att.speakerEntity && !this.inQuote[m.start] && !m.pseudo) return null;
      }
    }
    const cont = this.continuationOf(kind, this.trimContent(a, this.lastContentTok(a, b)), last.att);
    // (one that far after indirect speech does not frame sandwiches: the narration between stays narration)
    if (cont && s - last.sentence > 2 && last.att.kind !== 'direct') cont.afterGap = true;
    return cont;
  }

  /**
   * "…, dass es sich um Jäger handelt, und nimmt die Jäger in Schutz: …": ", und" + an indicative finite verb after
   * a subordinate clause goes back to the main clause (its subject is the cue's), so the content clause ends before
   * the comma. Returns that comma, or `end`.
   */
  private coordinatedMainClause(from: number, end: number): number {
    const ctx = this.ctx;
    for (let k = from; k + 2 < end; k++) {
      if (ctx.words[k] !== ',' || (ctx.lower[k + 1] !== 'und' && ctx.lower[k + 1] !== 'oder')) continue;
      const w = ctx.lower[k + 2];
      if (ctx.isCap(k + 2) || ctx.isPunct(k + 2) || ADVERBS.has(w) || ARTICLES.has(w) || PRONOUNS.has(w) || PREPOSITIONS.has(w) || SUBORDINATORS.has(w) || RELATIVE.has(w) || w === 'zwar' || w === 'zu') continue;
      if (SUBJUNCTIVE_ALL.has(w) || !/(?:t|en|te|ten)$/.test(w) || /^(?:ge|zu)/.test(w) && /t$/.test(w)) continue;
      return k;
    }
    return end;
  }

  /**
   * A weak Konjunktiv I by its form in a finite slot ("zu 99 Prozent stimme alles", "… in der Gemeinde Seekirchen
   * funktioniere gut", "Das erlaube das Gesetz"): a lower-case "-e" form (not the "-te" past) right after a noun,
   * a name or a third-person pronoun, before a lower-case word, in a sentence without "ich".
   */
  private weakKonjunktivOne(k: number, a: number, b: number): boolean {
    const ctx = this.ctx;
    const w = ctx.lower[k];
    if (k <= a || k + 1 >= b || ctx.isCap(k) || w.length < 5 || !/[^aeiouäöü]e$/.test(w) || (w.endsWith('te') && !/(?:eite|iete)$/.test(w))) return false;
    // (present participles "schreiende", "folgende" are adjectives; the rare "-ende" verbs are left out)
    if (WEAK_K1_NOT.has(w) || w.endsWith('weise') || w.endsWith('jenige') || w.endsWith('ende') || ADVERBS.has(w) || ARTICLES.has(w) || PREPOSITIONS.has(w) || SUBORDINATORS.has(w) || PRONOUNS.has(w) || CONJ.has(w) || RELATIVE.has(w) || INDEFINITE.has(w) || (AUXILIARIES.has(w) && !SUBJUNCTIVE_ALL.has(w))) return false;
    const p = ctx.lower[k - 1];
    const subjectBefore = (ctx.isCap(k - 1) && !ctx.isPunct(k - 1) && k - 1 > a) || /^(?:er|es|man|das|dies|sie)$/.test(p);
    if (!subjectBefore || ctx.isCap(k + 1) || ctx.isPunct(k + 1) || ctx.isQuote(k + 1)) return false;
    // (an attributive adjective stands before a noun: "das neue Gesetz")
    if (ctx.isAdj(k + 1) && ctx.isCap(k + 2)) return false;
    for (let m = a; m < b; m++) if (ctx.lower[m] === 'ich' || ctx.lower[m] === 'wir') return false;
    return true;
  }

  /** The last token of the clause that token k stands in (before the next clause punctuation). */
  private clauseLastTok(k: number, b: number): number {
    const ctx = this.ctx;
    let e = k;
    while (e + 1 < b && !CLAUSE_PUNCT.has(ctx.words[e + 1])) e++;
    return e;
  }

  /**
   * A verb-final form in a relative clause ("…, das erst vor zwei Wochen geheiratet habe", "Spiele, die er verloren
   * hätte, …", "…, mit denen sie … gesprochen habe"): its Konjunktiv belongs to the clause's own report and does not
   * make the main clause a continuation of someone's statement. (", die Ausgaben könnten steigen" is verb-second,
   * a main clause after an article, and stays.)
   */
  private inRelativeClause(k: number, a: number, b: number): boolean {
    const ctx = this.ctx;
    // the finite verb closes the clause ("bestohlen haben sollen"), or its first conjunct ("bedrohe und … nutze")
    if (k + 1 < b && !CLAUSE_PUNCT.has(ctx.words[k + 1]) && !(this.mode === 'news' && (ctx.lower[k + 1] === 'und' || ctx.lower[k + 1] === 'oder'))) return false;
    let c = k - 1;
    while (c > a && !CLAUSE_PUNCT.has(ctx.words[c])) c--;
    if (c <= a || ctx.words[c] !== ',') return false;
    let r = c + 1;
    if (PREPOSITIONS.has(ctx.lower[r]) && RELATIVE.has(ctx.lower[r + 1])) r++;
    // (an article before a noun or adjective opens a main clause: "…, die Regierung unterstützen würden")
    if (!RELATIVE.has(ctx.lower[r]) || r >= k - 1 || ctx.isNominal(r + 1) || ctx.isAdj(r + 1)) return false;
    // "…, das sei." and "…, die Lage sei." are main clauses in the second position
    return !(k === r + 2 && ctx.isCap(r + 1));
  }

  /**
   * Planning "sollen" with a passive infinitive closing its clause ("Bis dahin sollen Bodenvorrichtungen geschaffen
   * werden", "sollen sie ab 2023 alle fünf Jahre überprüft werden"): a schedule told by the narrator, indicative
   * plural, not a Konjunktiv that continues someone's statement.
   */
  private plannedPassive(k: number, b: number): boolean {
    if (this.mode !== 'news') return false;
    const ctx = this.ctx;
    let e = k + 1;
    while (e < b && !CLAUSE_PUNCT.has(ctx.words[e])) e++;
    return e - k >= 3 && ctx.lower[e - 1] === 'werden' && !ctx.isCap(e - 2) && PARTICIPLE_END.test(ctx.lower[e - 2]);
  }

  /** A present-tense verb that makes a sentence read as speech, but not a planning "soll(en) … werden". */
  private presentSpeech(k: number, b: number): boolean {
    const lw = this.ctx.lower[k];
    if (!PRESENT_SPEECH.has(lw)) return false;
    return !((lw === 'sollen' || lw === 'soll') && this.plannedPassive(k, b));
  }

  /** P(the tokens a..end, plus a final ?/! at b-1, are a speaker's words), or -1 without a model or in English. */
  private speechProb(a: number, end: number, b: number): number {
    // trained on German: no opinion on English text
    if (!this.speech || this.english) return -1;
    const ctx = this.ctx;
    const words: string[] = [];
    const person: boolean[] = [];
    const last = Math.max(end, b - 1 >= end && (ctx.words[b - 1] === '?' || ctx.words[b - 1] === '!') ? b : end);
    for (let k = a; k < last; k++) {
      if (ctx.isQuote(k)) continue;
      const m = ctx.mentionAt[k];
      words.push(ctx.words[k]);
      person.push(m >= 0 && ctx.mentions[m].entity.type === 'PER');
    }
    return speechScoreUnit(this.speech, { words, person });
  }

  /**
   * An unmarked direct quote often runs on over several sentences without a cue of their own (10kGNAD lost
   * the marks): "Wir sind zu allen gleich streng, so X. Alleingänge verschieben die Probleme. Sie führen zu
   * keinen Lösungen." A sentence right after a direct statement continues it when it reads like speech,
   * not narration: no person named or described in it, no past-tense narration, and a present-tense
   * auxiliary or modal, a modal particle, or a question/exclamation. At most three such sentences.
   */
  private indicativeContinuation(s: number, a: number, b: number): Attribution | null {
    const ctx = this.ctx;
    const last = this.lastSpeaker;
    if (this.marksKept) return null;
    // not after a title/teaser (sentence 0): the article body starts there
    // a reporting verb without content closing the sentence before ("X zeigte sich enttäuscht.") announces a statement
    const cueOnly = !!last && last.sentence === s - 1 && !last.att.content && !!last.att.cueTok && last.att.speakerEntity?.type === 'PER';
    if (this.mode !== 'news' || !last || s < 2 || last.sentence !== s - 1 || (!this.usedSentence.has(s - 1) && !cueOnly) || this.narrated.has(s)) return null;
    // after a direct statement; after "Laut X (a person) …"; a short punchline after indirect speech ("Mehr geht nicht mehr.")
    // "Denn …" opening the sentence right after a statement gives the speaker's reason (a narrator seldom opens with it)
    // (after a person's statement; not with a third-person word: "Denn damit ist seiner Ansicht nach …" is narration about him)
    let dennOpen = ctx.lower[a] === 'denn' && !this.inQuote[a] && last.att.kind !== 'fragment' && last.att.speakerEntity?.type === 'PER';
    // "Denn: …", "Nur: …", "Und: …" — a connector and a colon opening the sentence right after a person's statement
    // hand the word back to that person (the narrator's device for the next quote); the statement starts after the colon
    const connectorColon = dennOpen || (CONNECTOR_COLON.has(ctx.lower[a]) && !this.inQuote[a] && last.att.kind !== 'fragment' && last.att.speakerEntity?.type === 'PER');
    const colonOpen = connectorColon && ctx.words[a + 1] === ':' && b - a > 4;
    if (colonOpen) {
      dennOpen = true;
      a += 2;
    }
    for (let k = a + 1; dennOpen && k < b; k++) if (THIRD_PERSON.has(ctx.lower[k])) dennOpen = false;
    // "Das sei zwar keine gefahrlose Strategie, … . Aber es ist auch keine richtige Strategie, …": a statement with
    // "zwar" announces its "aber" half, and the sentence that opens with it is the same speaker's
    let concessive = CONCESSIVE_OPEN.has(ctx.lower[a]) && !this.inQuote[a] && (last.att.kind === 'direct' || last.att.kind === 'indirect') && last.att.speakerEntity?.type === 'PER' && this.tokenIn(last.att.content, 'zwar');
    for (let k = a + 1; concessive && k < b; k++) if (THIRD_PERSON.has(ctx.lower[k])) concessive = false;
    let longAfterPost = false;
    const after =
      cueOnly ||
      dennOpen ||
      concessive ||
      last.att.kind === 'direct' ||
      (last.att.kind === 'reported' && last.att.method === 'laut' && last.att.speakerEntity?.type === 'PER') ||
      (last.att.kind === 'indirect' && this.lastContentTok(a, b) - a <= 5) ||
      // a longer present-tense sentence after a statement with a post-posed cue ("…, sagte X am Donnerstag.
      // Es geht immer leicht auf und ab."), checked by the learned classifier below
      (longAfterPost = last.att.kind === 'indirect' && !!last.att.cue && !!last.att.content && last.att.cue[0] >= last.att.content[1] && last.att.method === 'verb' && this.lastContentTok(a, b) - a <= 16) ||
      // a demonstrative verdict on the reported content: "Das ist aus rechtlicher Sicht nicht tragbar.",
      // "Dies ist in keinem Fall zulässig." (a copula right after "Das"/"Dies", at most eight words)
      ((last.att.kind === 'indirect' || last.att.kind === 'reported') &&
        (ctx.lower[a] === 'das' || ctx.lower[a] === 'dies') &&
        (ctx.lower[a + 1] === 'ist' || ctx.lower[a + 1] === 'wäre' || ctx.lower[a + 1] === 'sei') &&
        this.lastContentTok(a, b) - a <= 8);
    if (!after) return null;
    if (!last.att.speakerName && !last.att.source) return null;
    // a commentary's generalisation with the generic "man" ("… findet man immer öfter in Gegenden, wo …") is the
    // author's voice, and so is the present-tense verdict after it
    if (!last.att.speakerName && last.att.source?.pronoun && ctx.lower[last.att.source.start] === 'man') return null;
    // a country or a news medium reports events, and the present-tense sentence after it is the reporter's
    // ("…, meldete die Nachrichtenagentur Anadolu. Die Straßensperren werden nun von der Polizei aufrechterhalten.")
    // (a "country" that speaks in the first person is a misread name: "die Seite Eurogamer")
    if (last.att.speakerEntity?.type === 'LOC' && !this.firstPersonIn(last.att.content)) return null;
    if (last.att.speakerEntity && last.att.speakerEntity.type !== 'PER' && this.mediumSource(last.att)) {
      let demnach = false;
      for (let k = a; k < b && !demnach; k++) demnach = ctx.lower[k] === 'demnach' || (SUBJUNCTIVE_ALL.has(ctx.lower[k]) && !ctx.isCap(k));
      if (!demnach) return null;
    }
    const chain = last.att.chain ?? 0;
    if (chain >= 3) return null;
    let end = this.lastContentTok(a, b);
    // "… personeller Art. (nim, krud)" — author initials after the sentence
    if (ctx.words[end - 1] === ')') {
      let o = end - 1;
      while (o > a && ctx.words[o] !== '(') o--;
      if (o > a + 2) end = this.lastContentTok(a, o);
    }
    // (one word only as an exclamation: "Großartig!")
    if ((end - a < 2 && !(end - a === 1 && ctx.words[b - 1] === '!' && ctx.isCap(a))) || end - a > 40) return null;
    let speechLike = END_PUNCT.has(ctx.words[b - 1]) && (ctx.words[b - 1] === '?' || ctx.words[b - 1] === '!');
    for (let k = a; k < end; k++) {
      const lw = ctx.lower[k];
      if (this.inQuote[k] || ctx.isQuote(k)) return null;
      const m = ctx.mentionAt[k];
      // persons and organisations named, a dateline ("Wien – …"), a cue of its own: narration or another source
      if (m >= 0 && (ctx.mentions[m].entity.type === 'PER' || ctx.mentions[m].entity.type === 'ORG')) {
        // after "X zeigte sich enttäuscht." a role description inside the statement ("die der Präsident gemacht hat") is no narration
        // (a name as the object of a pronoun subject is what the speaker talks about, not a new subject that
        // speaks or acts: "Aber sie wollen einen Boateng nicht als Nachbarn haben.")
        if (!(cueOnly && k > a + 2 && ARTICLES.has(ctx.lower[k - 1]) && ROLE_NOUN.test(lw)) && !dennOpen && !(concessive && ctx.mentions[m].entity.type === 'ORG') && !this.obliqueMention(m, a, end)) return null;
      }
      if ((lw === '–' || lw === '—') && k - a <= 4) return null;
      // (after "Denn:" a cue form gave no statement of its own: "Denn: Derzeit sind andere Staaten gefordert.")
      if (!ctx.isCap(k) && !colonOpen && CUE_FORMS.has(lw) && this.cueAt(k, b)) return null;
      // (a longer sentence: no reporting verb at all, also not the sentence-initial "Zitiert wird …")
      if (longAfterPost && k === a && reportingForm(lw)) return null;
      // (a past form with a speech particle right after it is the speaker's: "Das Zentrum war ja schon letzten Sommer in Betrieb.")
      if (PAST_NARRATION.has(lw) && !(SPEECH_PARTICLE_AFTER_PAST.has(ctx.lower[k + 1]) && k + 1 < end)) return null;
      // a planning "sollen … werden" is the narrator's schedule
      if ((lw === 'sollen' || lw === 'soll') && this.plannedPassive(k, b)) return null;
      // "Es dürfte aber … kommen": the narrator's epistemic Konjunktiv II
      if (EPISTEMIC.has(lw) && !ctx.isCap(k)) return null;
      if (ctx.isCap(k) && k > a && !(cueOnly && k > a + 2) && ROLE_NOUN.test(lw) && ARTICLES.has(ctx.lower[k - 1]) && !(k >= 2 && ctx.isCap(k - 2) && k - 2 >= a)) {
        // a person described ("der Trainer") is narration; "der Todesopfer" (a genitive plural) is not
        const d = ctx.npAt(k - 1, end);
        if (d && this.resolveDescription(d)) return null;
      }
      // (a colon before a short punchline stays in the statement: "Die Lösung ist auch immer: Geld.")
      if (lw === '(' || (lw === ':' && end - k > 3)) return null;
      // "…, will er die Beihilfe streichen": the speaker in the third person is narration about him
      if ((lw === 'er' || (lw === 'sie' && ctx.words[k] === 'sie')) && last.att.speakerEntity) {
        const ante = this.resolvePronoun({ start: k, end: k + 1, mention: null, pronoun: true, dative: false }, k);
        if (ante?.entity === last.att.speakerEntity) return null;
      }
      if (!ctx.isCap(k) || k === a) {
        if (this.presentSpeech(k, b) || MODAL_PARTICLES.has(lw)) speechLike = true;
      }
    }
    // a person described at the start ("Der 53-jährige Deutsche …") is narration
    const np0 = ctx.npAt(a, end);
    if (np0 && !np0.pronoun && ROLE_NOUN.test(ctx.lower[np0.end - 1]) && ctx.isCap(np0.end - 1) && ARTICLES.has(ctx.lower[a]) && this.resolveDescription(np0)) return null;
    if (!speechLike && !dennOpen && !concessive) return null;
    if (this.narratorSentence(a, end, b, last.att.speakerEntity)) return null;
    // the learned classifier vetoes sentences it reads as clear narration ("Seit 2010 ist die Zahl der
    // Rechtssachen … gesunken", "Gablitz und Mauerbach kommen nicht zu Tulln"): the word lists above
    // take them for speech because of a present-tense verb
    const p = this.speechProb(a, end, b);
    if (p >= 0 && p < RUN_ON_MIN_SPEECH_P) return null;
    if (longAfterPost && this.lastContentTok(a, b) - a > 5 && !(p >= LONG_RUN_ON_SPEECH_P)) return null;
    const att = this.continuationOf('direct', end - a === 1 ? [ctx.toks[a].start, ctx.toks[a].end] : this.trimContent(a, end), last.att);
    if (!att) return null;
    att.marks = false;
    att.chain = chain + 1;
    att.method = 'run-on-quote';
    return att;
  }

  /**
   * The mention m is the accusative or dative object of a sentence [a, end) whose subject is a personal pronoun
   * before it ("Aber sie wollen einen Boateng nicht als Nachbarn haben."): no new subject that speaks or acts.
   * (Names in prepositional phrases and genitives were measured and left: on unannotated reports they let
   * narration in, "Für Schlusslicht Hannover 96 wird die Luft …", "… die Pressekonferenzen des DFB verfolgen".)
   */
  private obliqueMention(m: number, a: number, end: number): boolean {
    const ctx = this.ctx;
    const ref = ctx.mentions[m];
    const s0 = ref.start;
    if (s0 <= a + 1 || ref.end > end || !OBLIQUE_DET.has(ctx.lower[s0 - 1])) return false;
    // the subject is a personal pronoun before the name ("sie wollen einen Boateng …"): the speaker's own sentence shape
    for (let k = a; k < s0 - 1; k++) if (SUBJECT_PRONOUN.has(ctx.words[k]) || (k === a && SUBJECT_PRONOUN.has(ctx.lower[k]))) return true;
    return false;
  }

  /** A first-person subject pronoun ("ich", "wir") among the tokens [from, to). */
  /** A first-person object pronoun ("mir", "mich", "uns") in [from, to), before any comma or colon. */
  private firstPersonObject(from: number, to: number, b: number): boolean {
    const ctx = this.ctx;
    for (let k = from; k < Math.min(to, b); k++) {
      const w = ctx.words[k];
      if (w === ',' || w === ':' || ctx.isQuote(k)) return false;
      if (w === 'mir' || w === 'mich' || w === 'uns') return true;
    }
    return false;
  }

  private firstPersonSubject(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.ctx.lower[k] === 'ich' || this.ctx.lower[k] === 'wir') return true;
    return false;
  }

  /** Token k is the noun of an age description with its article: "der 83-Jährige", "dem 45-Jährigen". */
  private ageNoun(k: number): boolean {
    const ctx = this.ctx;
    return k >= 3 && ctx.isCap(k) && AGE_NOUN.test(ctx.lower[k]) && ctx.words[k - 1] === '-' && /^\d+$/.test(ctx.words[k - 2]) && AGE_ARTICLES.has(ctx.lower[k - 3]);
  }

  /** The lower-cased word `w` among the tokens of the character span `c` (outside quotation marks). */
  private tokenIn(c: [number, number] | null, w: string): boolean {
    const ctx = this.ctx;
    if (!c) return false;
    for (let k = ctx.tokenAt(c[0]); k >= 0 && k < ctx.n && ctx.toks[k].start < c[1]; k++) if (ctx.lower[k] === w && !ctx.isQuote(k)) return true;
    return false;
  }

  /** A first-person word inside the character span `c`. */
  private firstPersonIn(c: [number, number] | null): boolean {
    const ctx = this.ctx;
    if (!c) return false;
    for (let k = ctx.tokenAt(c[0]); k >= 0 && k < ctx.n && ctx.toks[k].start < c[1]; k++) if (FIRST_PERSON.has(ctx.lower[k]) && !ctx.isCap(k)) return true;
    return false;
  }

  /** The source of `att` is a news medium ("die Nachrichtenagentur Anadolu", "die Zeitung The State", "NBC"). */
  private mediumSource(att: Attribution): boolean {
    const ctx = this.ctx;
    const src = att.source;
    if (src && !src.pronoun) for (let k = src.start; k < src.end; k++) if (ctx.isCap(k) && MEDIUM_NOUN.test(ctx.lower[k])) return true;
    const e = att.speakerEntity;
    if (!e) return false;
    for (const m of ctx.mentions) if (m.entity === e && m.start > 0 && MEDIUM_NOUN.test(ctx.lower[m.start - 1]) && ctx.isCap(m.start - 1)) return true;
    return false;
  }

  /** The source of `att` is a study, report, document or medium ("Studie", "Medienberichten", "Umfrage", "Zeitung"). */
  private documentSource(att: Attribution): boolean {
    const ctx = this.ctx;
    if (this.mediumSource(att)) return true;
    const src = att.source;
    if (src && !src.pronoun) for (let k = src.start; k < src.end; k++) if (ctx.isCap(k) && (REPORT_NOUNS.has(ctx.words[k]) || DOCUMENT_HEAD.test(ctx.lower[k]))) return true;
    const name = att.speakerEntity ? null : att.speakerName;
    return !!name && DOCUMENT_HEAD.test(name.toLowerCase());
  }

  /** The sentence at `a` opens with a dateline ("Wien – …", "Bad Ischl - …"): the body's lead, no one's continuation. */
  private datelineAt(a: number): boolean {
    const ctx = this.ctx;
    for (let k = a; k < a + 3 && k < ctx.n; k++) {
      if (!ctx.isCap(k) || ctx.isPunct(k)) return false;
      const w = k + 1 < ctx.n ? ctx.words[k + 1] : '';
      if ((w === '–' || w === '-' || w === '—') && k + 2 < ctx.n && ctx.isCap(k + 2)) return true;
    }
    return false;
  }

  /**
   * "So sagt es der Premier." / "Das sagte X." — a short sentence of a pro-form, a reporting verb and a named
   * speaker attributes the sentence before it (when that has no statement of its own): the statement, added to
   * `out` and made the last speaker's, or null.
   */
  private proFormCue(s: number, a: number, b: number, out: Attribution[]): Attribution | null {
    const ctx = this.ctx;
    if (s < 1 || this.marksKept) return null;
    const end = this.lastContentTok(a, b);
    if (end - a > 8 || end - a < 3 || ctx.words[b - 1] !== '.') return null;
    const pro = ctx.lower[a];
    if (pro !== 'so' && pro !== 'das' && pro !== 'dies') return null;
    const v = a + 1;
    if (ctx.isCap(v) || !CUE_FORMS.has(ctx.lower[v]) || !this.cueAt(v, b)) return null;
    let subj = v + 1;
    if (ctx.lower[subj] === 'es' && pro === 'so') subj++;
    const np = ctx.npAt(subj, end);
    if (!np || np.pronoun || np.end !== end || !np.mention || (np.mention.entity.type !== 'PER' && np.mention.entity.type !== 'ORG')) {
      // a role noun that names a person nearby ("der Premier")
      if (!np || np.pronoun || np.end !== end || !ROLE_NOUN.test(ctx.lower[end - 1]) || !this.resolveDescription(np)) return null;
    }
    const p = s - 1;
    const pa = ctx.sentStart[p];
    const pb = ctx.sentEnd[p];
    if (pa < 0 || this.usedSentence.has(p)) return null;
    const cs = ctx.toks[pa].start;
    const ce = ctx.toks[pb - 1].end;
    if (out.some((o) => o.content && o.content[0] < ce && o.content[1] > cs)) return null;
    const pend = this.lastContentTok(pa, pb);
    let first = false;
    let konj = false;
    for (let k = pa; k < pend; k++) {
      if (this.inQuote[k] || ctx.isQuote(k)) return null;
      if (FIRST_PERSON.has(ctx.lower[k])) first = true;
      if (SUBJUNCTIVE_ALL.has(ctx.lower[k]) && !ctx.isCap(k)) konj = true;
    }
    const att = this.makeAtt(first ? 'direct' : konj ? 'indirect' : 'reported', [v, v + 1]);
    att.content = this.trimContent(pa, pend);
    if (!att.content) return null;
    this.setSource(att, np, v);
    att.method = 'pro-form';
    att.marks = false;
    if (!att.speakerName) return null;
    // taken here rather than in run(), whose optimised code V8 threw away at this rare branch (no type feedback
    // from the bench's warm-up): run() then ran unoptimised for the rest of the bench's timed pass
    out.push(att);
    this.usedSentence.add(p);
    this.lastSpeaker = { att, sentence: s };
    return att;
  }

  /**
   * A multi-sentence quote without marks is attributed only after its last sentence: "Wir haben zu oft
   * Unentschieden gespielt. Wir hätten alle Heimspiele gewinnen können, sagte Trainer X." When sentence s
   * opens with a statement attributed by a post-posed cue, up to two sentences right before it that read
   * as the same speaker's words (first person, or a short exclamation/question) and have no attribution
   * of their own (or only a continuation) belong to that speaker.
   */
  private extendBackwards(f: Attribution, s: number, out: Attribution[]): void {
    const ctx = this.ctx;
    if (this.marksKept) return;
    const a = ctx.sentStart[s];
    if (!f.content || !f.cueTok || (f.method !== 'verb' && f.method !== 'so' && f.method !== 'frame') || f.content[0] !== ctx.toks[a].start) return;
    if (f.cueTok[0] < ctx.tokenAt(f.content[1] - 1)) return;
    if (!f.speakerName || this.weakSource(f)) return;
    // a run-in subheading opening the statement's sentence ("Armee ließ X fallen Es ist ein historischer Tag, sagte Y")
    // starts a new section: the sentences before it belong to the last one
    if (this.mode === 'news' && this.runInHeading(a, Math.min(ctx.sentEnd[s], a + 10)) >= 0) return;
    for (let p = s - 1; p >= Math.max(1, s - 2); p--) {
      const pa = ctx.sentStart[p];
      const pb = ctx.sentEnd[p];
      if (pa < 0) return;
      const end = this.lastContentTok(pa, pb);
      let first = false;
      for (let k = pa; k < end; k++) if (FIRST_PERSON.has(ctx.lower[k])) first = true;
      for (let k = pa; k < end; k++) {
        const lw = ctx.lower[k];
        if (this.inQuote[k] || ctx.isQuote(k) || lw === ':') return;
        const m = ctx.mentionAt[k];
        // a person named is narration (a first-person word tagged as a name is an NER slip), and so is one
        // described by age ("Ausschließen möchte der 83-Jährige aber nichts.")
        if (m >= 0 && ctx.mentions[m].entity.type === 'PER' && !FIRST_PERSON.has(lw)) return;
        if (this.ageNoun(k)) return;
        // a reporting verb of its own, unless the speaker talks about himself ("Ich habe … angeboten")
        if (!first && !ctx.isCap(k) && reportingForm(lw)) return;
        // a planning "sollen … werden" ("Am Dienstag sollen weitere Pläne präsentiert werden") is the narrator's schedule
        if (!first && (lw === 'sollen' || lw === 'soll') && this.plannedPassive(k, pb)) return;
      }
      const exclaim = (ctx.words[pb - 1] === '!' || ctx.words[pb - 1] === '?') && end - pa <= 8;
      // "Das stimmt nicht." / "Das ist falsch." — a short verdict right before the attributed statement
      const verdict = end - pa <= 5 && (ctx.lower[pa] === 'das' || ctx.lower[pa] === 'dies') && !ctx.isCap(pa + 1) && p === s - 1;
      // between two statements of the same speaker: "…, sagte Blümel. Der gestrige Tag muss … haben. Es ist …, sagte Blümel."
      let sandwich = false;
      if (!first && !exclaim && !verdict && p === s - 1 && f.speakerEntity && p > 0) {
        const qa = ctx.sentStart[p - 1];
        const qb = ctx.sentEnd[p - 1];
        sandwich = out.some((o) => o.content && o.speakerEntity === f.speakerEntity && o.content[0] >= ctx.toks[qa].start && o.content[0] < ctx.toks[qb - 1].end);
        // or a narrative sentence about the same person: "Der 45-Jährige zeigte Respekt. <statement>. <statement>, analysierte X."
        if (!sandwich) {
          const op = this.openingSubjectAny(p - 1);
          const ref = op ? (op.mention?.entity.type === 'PER' ? op.mention : this.resolveDescription(op)) : null;
          sandwich = !!ref && ref.entity === f.speakerEntity;
        }
        for (let k = pa; k < end && sandwich; k++) if (PAST_NARRATION.has(ctx.lower[k]) || ctx.mentionAt[k] >= 0) sandwich = false;
        if (sandwich && this.selfPronounFrame(pa, end, pb, f.speakerEntity)) sandwich = false;
      }
      // a short present-tense statement right before a direct one: "Das ist ein klares Handspiel. Ich …, sagte X."
      let speechLike = false;
      if (!first && !exclaim && !verdict && !sandwich && p === s - 1 && p >= 2 && f.kind === 'direct' && end - pa <= 20) {
        speechLike = true;
        let present = false;
        for (let k = pa; k < end && speechLike; k++) {
          const lw = ctx.lower[k];
          if (ctx.mentionAt[k] >= 0 || PAST_NARRATION.has(lw) || lw === '–' || lw === '(') speechLike = false;
          if (!ctx.isCap(k) || k === pa) if (this.presentSpeech(k, end + 1) || MODAL_PARTICLES.has(lw)) present = true;
        }
        if (!present) speechLike = false;
      }
      if (!first && !exclaim && !verdict && !sandwich && !speechLike) return;
      if (!first && this.narratorSentence(pa, end, pb, f.speakerEntity)) return;
      // without first person: not when the sentence before is someone else's statement it may continue
      if (!first && !sandwich && p > 0 && out.some((o) => o.content && o.speakerEntity && o.speakerEntity !== f.speakerEntity && ctx.sentenceOf(ctx.tokenAt(o.content[0])) === p - 1)) return;
      const cs = ctx.toks[pa].start;
      const existing = out.find((o) => o.content && o.content[0] >= cs && o.content[0] < ctx.toks[pb - 1].end);
      if (existing) {
        if (existing.method !== 'continuation' && existing.method !== 'run-on-quote') return;
        // a first-person account anchored by its own cue ("Leute haben mir gesagt, …") is not taken over, nor the
        // continuation right after it that goes on with the same speaker ("Ich habe keine Nachricht mehr erhalten.")
        if (existing.account) return;
        if (first && p > 0 && existing.speakerEntity) {
          const ps = ctx.toks[ctx.sentStart[p - 1]].start;
          if (out.some((o) => o.account && o.content && o.content[0] >= ps && o.content[0] < cs && o.speakerEntity === existing.speakerEntity)) return;
        }
        this.copySpeaker(existing, f);
        existing.method = 'backwards';
        continue;
      }
      if (this.usedSentence.has(p)) return;
      const att = blankAttribution('direct', this.trimContent(pa, end), 'backwards');
      att.continuation = true;
      if (!att.content) return;
      this.copySpeaker(att, f);
      att.marks = false;
      out.push(att);
      this.usedSentence.add(p);
    }
  }

  /**
   * A direct quote in the title without a speaker ("„Kein System erfunden“ – …") is usually repeated or
   * explained in the body: the body statement sharing most content words with it gives the speaker, else
   * the first person speaking in the next sentences.
   */
  private resolveTeasers(atts: Attribution[]): void {
    const ctx = this.ctx;
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
        if (os > 6 && (this.mode !== 'news' || shared < 2)) continue;
        if (shared > bestShared) {
          bestShared = shared;
          best = o;
        }
        if (!firstPer && o.speakerEntity?.type === 'PER') firstPer = o;
      }
      const from = best ?? firstPer;
      if (!from) continue;
      this.copySpeaker(t, from);
      t.method = 'teaser';
    }
  }

  /** Does the narrative sentence s have a verb of opinion right after its opening subject ("X hält … für …")? */
  private opinionSentence(s: number): boolean {
    const ctx = this.ctx;
    const np = this.openingSubject(s);
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
  private introducedSpeaker(s: number): { att: Attribution; sentence: number } | null {
    const intro = this.introduced;
    const last = this.lastSpeaker;
    if (!intro || intro.sentence < s - 2 || (last && last.sentence >= intro.sentence)) return null;
    // the last speaker named again in a narrative sentence stays in focus from there
    if (last && intro.np.mention && intro.np.mention.entity === last.att.speakerEntity) return { att: last.att, sentence: intro.sentence };
    // a pluperfect sentence after a statement (one sentence between at most) is background to it ("…, sagte X. Zuletzt hatte sich Y auf … gestützt.
    // Nun könne …"): it introduces nobody, the statement's speaker goes on
    if (this.mode === 'news' && last && last.sentence >= intro.sentence - 2 && last.att.kind !== 'fragment' && this.pluperfectMain(intro.sentence)) return null;
    const pseudo = this.makeAtt('indirect', [intro.np.start, intro.np.end]);
    this.setSource(pseudo, intro.np, intro.np.start);
    return { att: pseudo, sentence: intro.sentence };
  }

  /**
   * Sentence s is narration in the pluperfect: its main clause's finite verb (within the first eight tokens) is
   * "hatte(n)"/"war(en)" and a past participle closes that clause ("Zuletzt hatte sich X auf Y gestützt, nachdem …").
   */
  private pluperfectMain(s: number): boolean {
    const ctx = this.ctx;
    const a = ctx.sentStart[s];
    const b = ctx.sentEnd[s];
    let aux = -1;
    for (let k = a + 1; k < Math.min(b, a + 8) && aux < 0; k++) {
      if (ctx.isPunct(k) || this.inQuote[k]) return false;
      if (/^(?:hatte|hatten|war|waren)$/.test(ctx.words[k])) aux = k;
    }
    if (aux < 0) return false;
    let e = aux + 1;
    while (e < b && !ctx.isPunct(e)) e++;
    return e - 1 > aux + 1 && PERFECT_PARTICIPLE.test(ctx.lower[e - 1]);
  }

  /** "Demnach stammen 48 Prozent aus Syrien." — "demnach" points back to the source just reported. */
  private demnachContinuation(s: number, a: number, b: number): Attribution | null {
    const ctx = this.ctx;
    const last = this.lastSpeaker;
    if (this.mode !== 'news' || !last || s - last.sentence > 3 || last.att.kind === 'fragment' || (!last.att.speakerName && !last.att.source)) return null;
    let found = false;
    // (also after a longer Vorfeld and the finite verb: "Zu Beginn des Monats wurde demnach …", and in the Mittelfeld
    // of a main clause: "Etwa 70 Prozent schätzen die Matura demnach als schwer ein" — not in a clause opened by a
    // subordinator, where "demnach" is the author's "consequently")
    const main = !SUBORDINATORS.has(ctx.lower[a]) && !ADVERBIAL_SUB.has(ctx.lower[a]);
    for (let k = a; k < Math.min(b, a + 12) && !found; k++) {
      if (ctx.words[k] === ',' || ctx.words[k] === ':') break;
      found = ctx.lower[k] === 'demnach' && !this.inQuote[k] && (k < a + 4 || AUXILIARIES.has(ctx.lower[k - 1]) || (main && k > a + 1));
    }
    if (!found) return null;
    return this.continuationOf('reported', this.trimContent(a, this.lastContentTok(a, b)), last.att);
  }

  /**
   * The subject that "nach eigenen Angaben" (tokens i..n) refers to: the noun phrase opening the sentence when it can
   * be a source (a person, organisation, place or a role or institution noun), else the one after the finite verb —
   * "Zwei Millionen Euro hat die FPÖ nach eigenen Angaben investiert", "Nach eigenen Angaben hat die FPÖ …" —, else
   * the opening phrase as before.
   */
  private ownSourceSubject(i: number, n: number, s: number): NP | null {
    const ctx = this.ctx;
    const op = this.openingSubjectAny(s);
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
  private openingSubjectAny(s: number): NP | null {
    const ctx = this.ctx;
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
  private teaserStatements(a: number, b: number): Attribution[] {
    const ctx = this.ctx;
    const out: Attribution[] = [];
    const last = this.lastContentTok(a, b);
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
        let ok = !!np && np.end === c && !np.pronoun && (np.mention ? np.mention.entity.type === 'PER' || np.mention.entity.type === 'ORG' || (np.mention.entity.type === 'LOC' && this.roleCompound(c - 1)) : ROLE_NOUN.test(ctx.lower[c - 1]) || (c === p + 1 && MEDIA_NOUN.test(ctx.lower[c - 1])));
        let lowerWord = false;
        for (let k = c + 1; k < q && ok; k++) {
          if (this.inQuote[k] || ctx.isQuote(k)) ok = false;
          // a report of someone else ("X: Y sagte …") is no teaser statement; an infinitive after a future or modal
          // auxiliary is the speaker's forecast ("US-Vertreter: Xi wird … bekannt geben")
          else if (!ctx.isCap(k) && this.cueAt(k, b) && !(ctx.lower[k].endsWith('en') && this.auxiliaryBefore(c + 1, k))) ok = false;
          if (LOWER_START.test(ctx.words[k])) lowerWord = true;
        }
        if (ok && lowerWord && np) {
          const att = this.unmarkedDirect(np, c, c + 1, q, 'teaser');
          // "US-Vertreter: …": the role compound speaks, not the country or organisation inside it
          if (att && np.mention && np.mention.entity.type === 'LOC' && np.mention.start === c - 1 && this.roleCompound(c - 1)) {
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
  private auxiliaryBefore(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (FUTURE_MODAL.has(this.ctx.lower[k])) return true;
    return false;
  }

  /** "Das österreichische Innenministerium zeigt sich …": a definite institution noun opening sentence s. */
  private openingInstitution(s: number): NP | null {
    const ctx = this.ctx;
    const a = ctx.sentStart[s];
    const b = ctx.sentEnd[s];
    if (a < 0 || !ARTICLES.has(ctx.lower[a]) || !/^d/.test(ctx.lower[a])) return null;
    const np = ctx.npAt(a, b);
    if (!np || np.dative || np.end >= b || ctx.isCap(np.end) || ctx.isPunct(np.end)) return null;
    return INSTITUTION.test(ctx.lower[np.end - 1]) ? np : null;
  }

  /** A named person opening sentence s whose main clause has no Konjunktiv, while a clause after a comma has one. */
  private subordinateSubjunctiveSource(s: number, a: number, b: number): { att: Attribution; sentence: number } | null {
    const ctx = this.ctx;
    // a Konjunktiv after a comma is needed below: without one, no parse of the opening subject
    let need = false;
    for (let k = a, comma = false; k < b && !need; k++) {
      if (ctx.words[k] === ',') comma = true;
      else if (comma && SUBJUNCTIVE_ALL.has(ctx.lower[k]) && !ctx.isCap(k)) need = true;
    }
    if (!need) return null;
    const np = this.openingSubject(s);
    if (!np || np.mention?.entity.type !== 'PER') return null;
    let comma = -1;
    for (let k = np.end; k < b; k++) {
      const lw = ctx.lower[k];
      if (ctx.words[k] === ',') {
        if (comma < 0) comma = k;
      } else if (SUBJUNCTIVE_ALL.has(lw) && !ctx.isCap(k)) {
        if (comma < 0) return null;
        const pseudo = this.makeAtt('indirect', [np.start, np.end]);
        this.setSource(pseudo, np, np.start);
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
  private narrativeFocus(s: number): NP | null {
    return this.laterClauseSubject(s) ?? this.openingFocus(s) ?? this.viewHolder(s);
  }

  /** Sentence s opens with the view of a person other than the speaker of `att` ("Für X ist …"). */
  private otherViewHolder(s: number, att: Attribution): boolean {
    const v = this.viewHolder(s);
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
  private konjunktivAuxClause(a: number, i: number): boolean {
    const ctx = this.ctx;
    let found = false;
    for (let k = a; k < i; k++) {
      if (ctx.isPunct(k) || this.inQuote[k]) return false;
      if (!found && k > a && k <= a + 4 && KONJ_AUX.has(ctx.lower[k])) found = true;
    }
    return found;
  }

  private subjunctiveV2Before(a: number, i: number): boolean {
    const ctx = this.ctx;
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
  private viewHolder(s: number): NP | null {
    const ctx = this.ctx;
    const a = ctx.sentStart[s];
    const b = ctx.sentEnd[s];
    if (a < 0 || ctx.lower[a] !== 'für' || this.inQuote[a]) return null;
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
  private laterClauseSubject(s: number): NP | null {
    const ctx = this.ctx;
    const a = ctx.sentStart[s];
    const b = ctx.sentEnd[s];
    if (a < 0) return null;
    const [from, to] = this.mentionRange(s, s);
    for (let mi = to - 1; mi >= from; mi--) {
      const m = ctx.mentions[mi];
      if (m.entity.type !== 'PER' || m.start <= a + 2 || m.end >= b - 1 || this.inQuote[m.start]) continue;
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

  private openingFocus(s: number): NP | null {
    const ctx = this.ctx;
    const opener = this.openingSubject(s);
    if (opener) return opener.mention?.entity.type === 'PER' ? opener : null;
    const any = this.openingSubjectAny(s);
    if (!any || any.dative || (!any.pronoun && !any.mention && !ARTICLES.has(ctx.lower[any.start]))) return this.invertedPerson(s);
    if (any.pronoun) {
      const lw = ctx.lower[any.start];
      if (lw !== 'er' && lw !== 'sie') return null;
      // the pronoun must be followed by the finite verb (a subject), not open a plural or object phrase
      if (any.end >= ctx.sentEnd[s] || ctx.isCap(any.end) || ctx.isPunct(any.end)) return null;
      const ante = this.resolvePronoun(any, any.start);
      if (ante?.entity.type !== 'PER') return null;
      // only to pick up a person again (or keep the one introduced in focus), not to replace one introduced
      // just before ("X sah … Er will …" — "er" may be someone X talks about)
      const recent = this.introduced && this.introduced.sentence >= s - 2 ? this.introduced : null;
      if (recent) {
        const ref = recent.np.mention?.entity.type === 'PER' ? recent.np.mention : recent.np.pronoun ? this.resolvePronoun(recent.np, recent.np.start) : this.resolveDescription(recent.np);
        if (ref?.entity !== ante.entity) return null;
      }
      return any;
    }
    if (any.mention) return null;
    if (!ARTICLES.has(ctx.lower[any.start]) || !/^d/.test(ctx.lower[any.start])) return null;
    if (any.end >= ctx.sentEnd[s] || ctx.isCap(any.end) || ctx.isPunct(any.end)) return null;
    const ante = this.resolveDescription(any);
    if (ante) return ante.entity.type === 'PER' ? any : null;
    // "Die Strecke durch den Dritten hat sich Bezirksrat X ausgesucht.": a thing in the Vorfeld (no role noun), the
    // person named after the finite verb is the subject
    // (an auxiliary between the two: the name is not inside the Vorfeld, "Die Begegnung mit seinem Vorbild X hat …")
    // (checked cheapest first: an auxiliary within a few tokens after the Vorfeld, then the names of the sentence)
    if (this.mode !== 'news') return null;
    let aux = -1;
    for (let k = any.end; k < Math.min(ctx.sentEnd[s], any.end + 6) && aux < 0; k++) if (AUXILIARIES.has(ctx.lower[k]) && !ctx.isCap(k)) aux = k;
    if (aux < 0 || ROLE_NOUN.test(ctx.lower[any.end - 1])) return null;
    const inv = this.invertedPerson(s);
    return inv && inv.start > aux ? inv : null;
  }

  /**
   * A person named right after the finite verb when the Vorfeld is not the subject ("Etwas näher lokalisierte
   * Landeshauptmannstellvertreter X das Problem.", "Was die Preise betrifft, rechnet X mit …").
   */
  private invertedPerson(s: number): NP | null {
    const ctx = this.ctx;
    const a = ctx.sentStart[s];
    const b = ctx.sentEnd[s];
    if (a < 0) return null;
    const [from, to] = this.mentionRange(s, s);
    for (let mi = from; mi < to; mi++) {
      const m = ctx.mentions[mi];
      if (m.entity.type !== 'PER' || m.start <= a + 1) continue;
      let p = m.start - 1;
      // a title or role right before the name ("Landeshauptmannstellvertreter Thomas Stelzer")
      if (ctx.isCap(p) && ctx.mentionAt[p] < 0 && p > a) p--;
      // a reflexive right after the finite verb ("hat sich Bezirksrat X … ausgesucht")
      if (this.mode === 'news' && ctx.lower[p] === 'sich' && p - 1 > a && !ctx.isCap(p - 1) && AUXILIARIES.has(ctx.lower[p - 1])) p--;
      const lw = ctx.lower[p];
      if (ctx.isCap(p) || ctx.isPunct(p) || this.inQuote[p]) continue;
      if (PREPOSITIONS.has(lw) || ARTICLES.has(lw) || DATIVE_LIKE.has(lw) || CONJ.has(lw) || SUBORDINATORS.has(lw) || ADVERBS.has(lw) || RELATIVE.has(lw) || lw === 'sowie') continue;
      // "Im Fall einer Verurteilung drohen X zehn Jahre Haft": the dative of an impersonal "drohen" is not in focus
      if (this.mode === 'news' && DROHEN.test(lw) && this.penaltyInClause(p, b)) continue;
      if (m.end < b && (ctx.words[m.end] === '(' || ctx.isCap(m.end))) continue;
      return { start: m.start, end: m.end, mention: m, pronoun: false, dative: false };
    }
    return null;
  }

  /** The named subject (PER/ORG/LOC mention) that opens sentence s, if any. */
  private openingSubject(s: number): NP | null {
    const ctx = this.ctx;
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
    if (this.mode === 'news' && v + 1 < b && NOMINATIVE_AFTER_VERB.has(ctx.words[v + 1])) return null;
    return np;
  }

  /**
   * Direct statements without a reporting verb: "X sieht keinen Bedarf: Ich glaube, …" (colon after a
   * clause whose subject is a named actor, first-person content) and "Ich habe …, ist er optimistisch."
   * (first-person content, then a short inverted clause with a pronoun or name as subject).
   */
  private colonOrInvertedDirect(s: number, a: number, b: number): Attribution | null {
    const ctx = this.ctx;
    const last = this.lastContentTok(a, b);
    let firstAt = -1;
    for (let k = a; k < last; k++) {
      if (this.inQuote[k]) return null;
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
        if (paren > 0 && this.mode === 'news') return null;
        colon = k;
        break;
      }
    }
    // "Um wenig später … zu ihrem Mann zu sagen: …" — an infinitive purpose clause with a reporting verb and no
    // subject of its own continues the speaker of the sentence before
    if (this.mode === 'news' && colon > a + 3 && ctx.lower[a] === 'um' && ctx.lower[colon - 2] === 'zu' && reportingForm(ctx.lower[colon - 1]) && last - colon >= 3 && ctx.isCap(colon + 1)) {
      const prev = this.lastSpeaker;
      if (prev && s - prev.sentence === 1 && prev.att.kind !== 'fragment' && prev.att.speakerEntity?.type === 'PER') {
        const att = blankAttribution('direct', null, 'colon');
        att.content = this.trimContent(colon + 1, last);
        if (!att.content) return null;
        att.cue = this.cueSpan([colon - 1, colon]);
        att.cueTok = [colon - 1, colon];
        this.copySpeaker(att, prev.att);
        att.marks = false;
        return att;
      }
    }
    let contentFirst = false;
    for (let k = colon + 1; colon > 0 && k < last && !contentFirst; k++) contentFirst = FIRST_PERSON.has(ctx.lower[k]);
    const strict = !contentFirst;
    if (strict && this.marksKept) return null;
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
      if (this.mode === 'news' && this.v2Subjunctive(a, k)) return null;
      let v = a;
      while (v < k && (ADVERBS.has(ctx.lower[v]) || CONJ.has(ctx.lower[v])) && !ctx.capName(v)) v++;
      // "Daher sag ich dem Minister: …" — a first-person subject (first or right after the finite verb) makes the frame
      // the current speaker's own words, never the addressee's
      // (a simple clause only: "Ich kann nicht verstehen, wie …, fährt er fort: …" is framed by the inserted cue)
      if (this.mode === 'news' && (ctx.lower[v] === 'ich' || ctx.lower[v] === 'wir' || (v + 1 < k && !ctx.isCap(v) && (ctx.lower[v + 1] === 'ich' || ctx.lower[v + 1] === 'wir')))) {
        let simple = true;
        for (let m = a; m < k && simple; m++) simple = ctx.words[m] !== ',' && ctx.words[m] !== '–';
        if (simple) return null;
      }
      const named = (c: NP | null) =>
        !!c &&
        !c.dative &&
        (c.pronoun
          ? (ctx.lower[c.start] === 'er' || ctx.lower[c.start] === 'sie') && this.resolvePronoun(c, c.start)?.entity.type === 'PER'
          : !!c.mention && (c.mention.entity.type === 'PER' || c.mention.entity.type === 'ORG'));
      // "Als ehemaliger Präsident des Klubs hat X …:" — a predicative "als" phrase in the Vorfeld names a role
      // (often with an organisation), not the subject; the subject follows the finite verb
      let asPhrase = false;
      if (this.mode === 'news' && ctx.lower[v] === 'als' && !this.isComparison(v)) {
        const ap = ctx.npAt(v + 1, k);
        if (ap && !ap.pronoun && ap.end < k && !ctx.isPunct(ap.end)) {
          v = ap.end;
          asPhrase = true;
        }
      }
      let np: NP | null = asPhrase || PREPOSITIONS.has(ctx.lower[v]) ? null : ctx.npAt(v, k);
      // a verbless frame of a speech noun and its owner ("Die Reaktion der Flughafen Wien AG:"): the owner speaks
      if (this.mode === 'news' && !named(np) && v === a) np = this.speechNounFrameOwner(a, k) ?? np;
      // "…, denn, so X unter Verweis auf …: …" — an inserted ", so <person>" before the colon names the speaker
      if (this.mode === 'news') {
        for (let m = k - 2; m > a && k - m <= 25; m--) {
          if (ctx.words[m] === ':' || ctx.words[m] === ';') break;
          if (ctx.lower[m] !== 'so' || ctx.words[m - 1] !== ',') continue;
          const so = ctx.npAt(m + 1, k);
          if (so?.mention?.entity.type === 'PER' && so.mention.start === m + 1) return this.unmarkedDirect(so, k, k + 1, last, 'colon');
          break;
        }
      }
      // "Der entsprechende Beschluss: Die Partei spricht sich … aus." — a verbless frame of a definite document
      // noun alone before the colon quotes that document's text
      if (this.mode === 'news' && np && !np.pronoun && !named(np) && np.start === a && np.end === k && k - a <= 4 && /^d/.test(ctx.lower[a]) && ARTICLES.has(ctx.lower[a]) && ctx.isCap(k - 1) && DOCUMENT_NOUN.test(ctx.lower[k - 1]) && ctx.isCap(k + 1)) {
        return this.unmarkedDirect(np, k, k + 1, last, 'colon');
      }
      // a long clause before the colon only with the named person opening it ("Platter interpretiert …: …")
      if (strict && k - a > 8 && !(named(np) && np!.start === v)) {
        // "Nach harter Kritik an X entschuldigte sich AfD-Chefin Y in der Bild-Zeitung für dessen Aussagen:" — the
        // named person right after the finite verb that follows a prepositional Vorfeld is the frame's subject, also
        // when other persons or organisations are named in the Vorfeld or in later phrases
        const inv = this.mode === 'news' ? this.invertedFrameSubject(v, k) : null;
        if (inv) return this.soleFrameDirect(inv, k, last);
        const sole = this.mode === 'news' ? this.soleFramePerson(a, k, v) : null;
        return sole ? this.soleFrameDirect(sole, k, last) : null;
      }
      // "Die Wiener Linien waren um Beruhigung bemüht: Wir haben …": a definite plural subject opening the frame that
      // the NER did not tag (an organisation or group) speaks the first-person-plural statement after the colon
      if (this.mode === 'news' && !strict && np && !named(np) && !np.pronoun && !np.dative && np.start === a && ctx.lower[a] === 'die' && np.end < k && ctx.isCap(np.end - 1) && !ctx.isCap(np.end) && (ctx.lower[np.end].endsWith('en') || PLURAL_FINITE.has(ctx.lower[np.end]))) {
        let plural = false;
        for (let m = k + 1; m < last; m++) {
          if (!FIRST_PERSON.has(ctx.lower[m])) continue;
          plural = WE_FORM.test(ctx.lower[m]);
          break;
        }
        if (plural) return this.unmarkedDirect(np, k, k + 1, last, 'colon');
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
      if (!np && this.mode === 'news') {
        const sole = this.soleFramePerson(a, k, v);
        return sole ? this.soleFrameDirect(sole, k, last) : null;
      }
      if (!np) return null;
      if (strict && !np.pronoun && np.mention?.entity.type !== 'PER') {
        // "Die Firma berief sich auf eine Klausel: Eine Beteiligung stelle ein Risiko dar, ein Verlust sei zu
        // erwarten." — an organisation's colon frame opens its reported speech when a Konjunktiv I follows
        if (this.mode !== 'news' || !this.konjunktivOne(k + 1, last)) return null;
        const att = this.unmarkedDirect(np, k, k + 1, last, 'colon');
        if (att) att.kind = 'indirect';
        return att;
      }
      return this.unmarkedDirect(np, k, k + 1, last, 'colon');
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
      const att = this.makeAtt('direct', [v, v + 1]);
      att.content = this.trimContent(a, k);
      this.setSource(att, np, v);
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
  private selfPronounFrame(a: number, end: number, b: number, e: MentionRef['entity'] | null | undefined): boolean {
    const ctx = this.ctx;
    const lw = ctx.lower[a];
    if (!e || a + 1 >= end || !(lw === 'er' || (lw === 'sie' && !ctx.lower[a + 1].endsWith('en') && !PLURAL_FINITE.has(ctx.lower[a + 1])))) return false;
    if (!(reportingForm(ctx.lower[a + 1]) || this.konjunktivOne(a, b) || this.frameClause(a + 2, end))) return false;
    const ante = this.resolvePronoun({ start: a, end: a + 1, mention: null, pronoun: true, dative: false }, a);
    return ante?.entity === e;
  }

  /** A lower-case singular finite verb form at `k` (a heuristic by ending, adverbs in -t excluded). */
  private singularFinite(k: number): boolean {
    const w = this.ctx.words[k];
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
  private narratorSentence(a: number, end: number, b: number, e: MentionRef['entity'] | null | undefined): boolean {
    const ctx = this.ctx;
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
      const pron = lw === 'er' || lw === 'ihm' || lw === 'ihn' || ((ctx.words[k] === 'sie' || (k === a && ctx.words[k] === 'Sie')) && (this.singularFinite(k - 1) || this.singularFinite(k + 1)));
      // (a possessive only opening the sentence, "Sein Befund ist düster": later it may take up a thing named before it,
      // "Das Betriebsgebiet ist durch seine Betriebe …")
      const poss = k === a && POSSESSIVE.has(lw) && (ctx.isCap(k + 1) || ctx.isAdj(k + 1)) && (lw.startsWith('sein') || lw.startsWith('ihr'));
      if (pron || poss) {
        const ante = this.resolvePronoun({ start: k, end: k + 1, mention: null, pronoun: true, dative: false }, k);
        if (ante?.entity === e) third = true;
      }
    }
    return third;
  }

  /** A comma and "dass"/"ob" within three tokens from `k`: a short frame before a content clause ("… darauf, dass …"). */
  private frameClause(k: number, end: number): boolean {
    const ctx = this.ctx;
    for (let i = k; i < end - 1 && i <= k + 3; i++) if (ctx.words[i] === ',' && (ctx.lower[i + 1] === 'dass' || ctx.lower[i + 1] === 'ob')) return true;
    return false;
  }

  private konjunktivOne(a: number, b: number): boolean {
    const ctx = this.ctx;
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
  private invertedFrameSubject(v: number, k: number): NP | null {
    const ctx = this.ctx;
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
  private soleFrameDirect(np: NP, k: number, last: number): Attribution | null {
    const ctx = this.ctx;
    const att = this.unmarkedDirect(np, k, k + 1, last, 'colon');
    if (!att || !att.speakerEntity) return att;
    let third = false;
    for (let m = k + 1; m < last; m++) {
      const lw = ctx.lower[m];
      if (FIRST_PERSON.has(lw)) return att;
      // (or names that person: "… waren X und Y enge Vertraute: Y und sein Bruder gehörten …")
      const mi = ctx.mentionAt[m];
      if (mi >= 0 && ctx.mentions[mi].entity === att.speakerEntity) third = true;
      if (!third && (lw === 'er' || lw === 'ihm' || lw === 'ihn' || (POSSESSIVE.has(lw) && (ctx.isCap(m + 1) || ctx.isAdj(m + 1))) || (ctx.words[m] === 'sie' && m > k + 1))) {
        const ante = this.resolvePronoun({ start: m, end: m + 1, mention: null, pronoun: true, dative: false }, m);
        if (ante?.entity === att.speakerEntity) third = true;
      }
    }
    return third ? null : att;
  }

  /** Tokens [from, to) join two persons: "und" / "sowie", with at most two title words before the second. */
  private coordinated(from: number, to: number): boolean {
    const ctx = this.ctx;
    if (from >= to || (ctx.lower[from] !== 'und' && ctx.lower[from] !== 'sowie') || to - from > 3) return false;
    for (let m = from + 1; m < to; m++) if (!ctx.isCap(m) || ctx.isPunct(m)) return false;
    return true;
  }

  /**
   * The single person a clause [a, k) refers to (a named person, a resolvable er/sie or possessive, a role
   * description the entities stage links to a person), as the NP to attribute to; null when there is none
   * or more than one, or an organisation is named too.
   */
  private soleFramePerson(a: number, k: number, v: number): NP | null {
    const ctx = this.ctx;
    // a Vorfeld subject that is a thing ("Die Titelseite zeigt X mit der Aufschrift:") leaves a person after the
    // verb an object, except as the holder of a view ("Klar ist für X:", "steht für den X nicht zur Debatte:")
    const vf = PREPOSITIONS.has(ctx.lower[v]) || POSSESSIVE.has(ctx.lower[v]) ? null : ctx.npAt(v, k);
    const thingSubject = !!vf && !vf.pronoun && ctx.isCap(vf.end - 1) && !(vf.mention && vf.mention.entity.type === 'PER') && !(ROLE_NOUN.test(ctx.lower[vf.end - 1]) && this.resolveDescription(vf));
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
        const ante = this.resolvePronoun(pnp, m);
        if (!ante) continue;
        if (ante.entity.type !== 'PER') return null;
        np = pnp;
        who = ante.entity;
      } else if (ctx.isCap(m) && m > a && ARTICLES.has(ctx.lower[m - 1]) && ROLE_NOUN.test(lw)) {
        const d = ctx.npAt(m - 1, k);
        const ref = d ? this.resolveDescription(d) : null;
        if (!ref) continue;
        if (ref.entity.type !== 'PER') return null;
        if (thingSubject && d!.start > vf!.end && !holder) return null;
        np = d;
        who = ref.entity;
        m = d!.end - 1;
      } else continue;
      if (found && who !== ent) {
        // a coordinated subject ("zeigten Sprecherin X und Sozialsprecherin Y:"): the first named speaks for both
        if (!coordEnd || !this.coordinated(coordEnd, np!.start)) return null;
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
   * A statement framed by an inverted clause with a non-reporting verb: "Der war miserabel, ärgerte sich der
   * Routinier", "Sie fahren alle besser, brach Reichelt eine Lanze für …", "…, war X sauer darüber, dass …".
   * The clause after the first comma starts with a finite verb whose subject is a named person, a
   * personal pronoun or a role description; the clause before it (not a subordinate clause) is the statement.
   */
  private invertedFrame(s: number, a: number, b: number): Attribution | null {
    const ctx = this.ctx;
    if (this.mode !== 'news' || this.english || this.marksKept) return null;
    const last = this.lastContentTok(a, b);
    let a0 = a;
    // (also after a focus particle: "Aber selbst wenn …, verfügten die Staaten …" is a conditional, no frame)
    while (a0 < last && (CONJ.has(ctx.lower[a0]) || FOCUS_PARTICLES.has(ctx.lower[a0]))) a0++;
    if (SUBORDINATORS.has(ctx.lower[a0]) || (RELATIVE.has(ctx.lower[a0]) && ctx.words[a0 + 1] === ',')) return null;
    for (let k = a0; k < Math.min(last, a0 + 4); k++) if (ctx.words[k] === '–' || ctx.words[k] === '—') return null; // dateline
    for (let k = a + 3; k < last - 1; k++) {
      const w = ctx.words[k];
      if (this.inQuote[k] || w === ':' || w === ';') return null;
      if (w !== ',') continue;
      const v = k + 1;
      const lv = ctx.lower[v];
      if (ctx.isCap(v) || ctx.isPunct(v) || INDEFINITE.has(lv) || ARTICLES.has(lv) || ADVERBS.has(lv) || PREPOSITIONS.has(lv) || SUBORDINATORS.has(lv) || RELATIVE.has(lv) || CONJ.has(lv) || PRONOUNS.has(lv) || lv === 'zu' || lv.length < 3) continue;
      if (/(?:ung|heit|keit|lich|isch|ig)$/.test(lv) || NOT_FRAME_VERB.has(lv)) continue;
      if (!/(?:t|te|ten|en|e)$/.test(lv) && !STRONG_PAST.has(lv)) continue;
      // "…, drohen X zehn Jahre Haft": the person after an impersonal "drohen" is its dative, no framing speaker
      if (DROHEN.test(lv) && this.penaltyInClause(v, b)) continue;
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
      if (this.adverbialPreface(a, k)) return null;
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
      const att = this.makeAtt('indirect', [v, v + 1]);
      att.content = this.trimContent(a, k);
      if (!att.content) return null;
      this.setSource(att, np, v);
      if (!att.speakerName) return null;
      att.method = 'frame';
      this.markUnmarkedDirect(att);
      return att;
    }
    return null;
  }

  private subordinateCue(j: number, limit: number): { cue: [number, number]; np: NP | null } | null {
    const ctx = this.ctx;
    if (ctx.lower[j] === 'laut') {
      const np = ctx.npAt(j + 1, limit);
      return np ? { cue: [j, j + 1], np } : null;
    }
    for (let k = j + 1; k < Math.min(limit, j + 10); k++) {
      if (ctx.words[k] === ',') break;
      const cue = this.cueAt(k, limit);
      if (cue) {
        this.usedCue[k] = 1;
        const dummy = this.makeAtt('reported', cue);
        return { cue, np: this.firstSubject(j + 1, k, dummy) };
      }
    }
    return null;
  }

  private cueSpan(t: [number, number]): [number, number] {
    const ctx = this.ctx;
    return [ctx.toks[t[0]].start, ctx.toks[t[1] - 1].end];
  }
}

/** Turns attributions into the document's quotes[] (ids q1, q2, …). */
export function toQuotes(doc: Doc, atts: Attribution[]): Quote[] {
  const out: Quote[] = [];
  for (const a of atts) {
    if (!a.content) continue;
    const [s, e] = a.content;
    const mention = a.source ?? a.inheritedMention ?? null;
    let speakerMention: Span | null = null;
    if (mention) speakerMention = span(doc, doc.tokens[mention.start].start, doc.tokens[mention.end - 1].end);
    const q: Quote = {
      id: `q${out.length + 1}`,
      start: s,
      end: e,
      text: doc.text.slice(s, e),
      kind: a.kind,
      speaker: a.speakerEntity && !a.speakerPseudo ? a.speakerEntity.id : null,
      speakerMention: a.kind === 'fragment' && !a.cue ? null : speakerMention,
      cue: a.cue ? span(doc, a.cue[0], a.cue[1]) : null,
      addressee: a.addressee && !a.speakerPseudo && !a.addressee.id.startsWith('pseudo') ? a.addressee.id : null,
    };
    if (a.speakerName) q.speakerName = a.speakerName;
    if (a.unbalanced) q.unbalanced = true;
    if (a.continuation) q.continuation = true;
    if (a.marks === false) q.marks = false;
    q.method = a.method;
    out.push(q);
  }
  return out;
}
