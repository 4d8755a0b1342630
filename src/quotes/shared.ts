// Word lists, patterns and small helpers shared by the rule modules of extract.ts (one place, so that no rule module keeps a copy).
import type { QuoteKind } from '../doc/index.ts';
import { CUE_FORMS, type CueEntry } from './lexicon.ts';
import type { Attribution, LearnedCues } from './extract.ts';

// \p{…} regexps as module constants: tsx rewrites such a literal into a `new RegExp()` on every evaluation.
export const UPPER_START = /^\p{Lu}/u;
export const LOWER_START = /^\p{Ll}/u;
export const ALL_CAPS_LABEL = /^\p{Lu}{3,}$/u;
export const HYPHEN_LOWER = /-\p{Ll}/u;
export const HYPHEN_UPPER = /-\p{Lu}/u;
export const ZU_INFINITIVE = /^\p{Ll}+zu\p{Ll}+en$/u;
export const PERFECT_PARTICIPLE = /^(?:ge\p{L}+(?:t|en)|worden|\p{L}+iert)$/u;
export const PARTICIPLE_END = /\p{L}(?:t|en)$/u;
export const LONG_WORDS = /\p{L}{5,}/gu;
export const DATELINE_START = /^\p{Lu}[\p{L} .-]{0,30}\s[–—-]\s/u;
export const CAPS_START = /^\p{Lu}{2,}/u;
export const WEAK_PAST_END = /\p{Ll}(?:te|ten|ter)$/u;
export const T_OR_EN_PARTICIPLE = /^(?:\p{L}+t|ge\p{L}+en|\p{L}+ge\p{L}+en)$/u;
export const WE_FORM = /^(?:wir|uns|unser\p{L}*)$/u;

/** Share nouns of a survey result ("15 Prozent", "die Hälfte", "ein Drittel", "die Mehrheit"). */
export const SHARE_NOUN = /^(?:prozent|hälfte|drittel|viertel|fünftel|zehntel|mehrheit|minderheit|großteil)$/;
/** Respondents of a survey ("Befragte", "Teilnehmer einer Umfrage"). */
export const RESPONDENT_NOUN = /^(?:befragten?|(?:umfrage|studien)?teilnehmer(?:innen)?|respondenten)$/;
export const RELATIVE = new Set(['der', 'die', 'das', 'den', 'dem', 'denen', 'dessen', 'deren', 'welche', 'welcher', 'welches', 'welchem', 'welchen']);
export const POSSESSIVE = new Set(['ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'ihres', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'seines',
  'unser', 'unsere', 'unserem', 'unseren', 'unserer', 'unseres', 'mein', 'meine', 'meinem', 'meinen', 'meiner', 'meines', 'dein', 'deine', 'euer', 'eure']);
/** Subject pronouns that, right after the finite verb, show the Vorfeld is not the subject. */
export const SEPARABLE_NEXT = new Set(['hat', 'habe', 'hatte', 'hätte', 'haben', 'hatten', 'ist', 'sei', 'war', 'wird', 'werde', 'wurde', 'würde', 'kann', 'könne', 'konnte', 'will', 'wolle', 'wollte', 'soll', 'solle', 'sollte', 'muss', 'müsse', 'musste', 'möchte']);
/** Pronouns that open a verb-second complement clause after a reporting verb and a comma. */
export const V2_PRONOUNS = new Set(['er', 'sie', 'es', 'man', 'wir', 'ich', 'dies', 'das', 'diese', 'dieser', 'he', 'she', 'it', 'they', 'we', 'i']);
/** Heads of person role nouns (last part of a compound): Minister, Sprecherin, Politiker, Chef, Präsident, … */
/**
 * Things whose names end like role nouns ("Expertenpapier", "Dossier", "Strategiedokument", "Magazin"): a
 * document, place or object is never a person description, however its last letters look.
 */
export const THING_NOUN = /(?:papier|dossier|dokument|bulletin|magazin|statement|argument|plakat|inserat|zitat|referat|mandat|prospekt|projekt|konzept|register|poster|flyer|newsletter|kalender|zimmer|center|theater|fenster|wasser|computer|semester|lager|filter|muster|paragraf|paragraph)$/;

/** Pronouns that can only be the subject when they follow the finite verb. */
export const NOMINATIVE_AFTER_VERB = new Set(['man', 'er', 'ich', 'wir', 'du']);
export const ROLE_NOUN = /(?:sohn|tochter|vater|mutter|witwe|witwer|bruder|schwester|enkel|enkelin|gattin|gatte|ehefrau|ehemann|coach|boss|profi|kapitän|routinier|premier|offizier|bankier|kassier|jährige|jähriger|jährigen|beamte|beamten|(?:ent|ant|ist|at|ert|og|ekt)en|er|erin|in|ent|entin|ant|antin|ist|istin|eur|eurin|or|orin|chef|chefin|at|atin|ärin|är|oge|ogin|ekt|ektin|mann|frau|ierte|ierter|ende|ender|ete|eter|om|omin|af|afin|oph|ophin|arzt|ärztin|wirt|wirtin|experte|kollege|zeuge|zeugin|kunde|kundin|ling|leute|anwälte|ärzte|innen|grüne|liberale|konservative|freiheitliche|sozialdemokrat|christdemokrat|kommissar|notar|vikar|missionar|bibliothekar|kardinal|general|admiral|primar|analyst|analystin)$/;
/** Documents whose text a verbless colon frame quotes ("Der Beschluss:", "Das Schreiben:"). */
export const DOCUMENT_NOUN = /(?:beschluss|antrag|resolution|mitteilung|aussendung|stellungnahme|wortlaut|schreiben|aufruf|gesetzestext|vertragstext|abschlusserklärung|presseerklärung)$/;
export const PEOPLE_PLURAL = /(?:menschen|personen|frauen|männer|kinder|jugendlichen|familien|eltern|leuten|kunden|zeugen|opfern?|patienten|soldaten|beamten|angestellten|nachbarn)$/;
/** Indefinite articles that introduce a person without a name ("ein Passant", "eines Aktivisten"). */
export const INDEF_ARTICLES = new Set(['ein', 'eine', 'einen', 'einem', 'eines', 'einer']);
// heads of role-like compounds that name a body or thing, not a person ("EU-Kommission" ends in "-in"-like forms)
export const ORG_HEAD = /(?:ion|ung|heit|keit|schaft|amt|rat|tum|ium|zentrum|zeitung|agentur|partei|behörde|regierung|länder|mitglieder|staaten|truppen)$/;
/** Copula forms (and als/wie) before a predicative noun phrase. */
export const PREDICATIVE_BEFORE = new Set(['bin', 'bist', 'ist', 'sind', 'seid', 'war', 'warst', 'waren', 'sei', 'seien', 'wäre', 'wären', 'wird', 'wurde', 'werden', 'wurden', 'als', 'wie', 'bleibt', 'blieb']);
/** Person nouns without a role suffix. */
export const GENERIC_PERSON = /^(?:Mann|Mannes|Frau|Person|Zeuge|Zeugen|Zeugin|Passant|Passanten|Passantin|Polizist|Polizisten|Polizistin|Jugendliche[rn]?|Jährige[rn]?|Mädchen|Bub|Buben|Junge|Jungen|Täter|Täterin|Opfer|Lenker|Lenkerin|Fahrer|Fahrerin)$/;
/** A comparative before "als" ("mehr als", "weniger als", "höher als"). */
export const COMPARATIVE_BEFORE_ALS = /^(?:mehr|weniger|eher|lieber|besser|schlechter|länger|kürzer|früher|später|höher|niedriger|größer|kleiner|stärker|schwächer|deutlich)$/;
/** A place adjective ("syrische", "österreichischen") used inside a name. */
export const ADJECTIVAL_PLACE = /isch(?:e|en|er|es|em)$/;
/** Feminine nouns of offices and bodies (the antecedent of a demonstrative "diese"). */
export const FEMININE_BODY = /(?:schaft|ung|ei|ion|kammer|behörde|kasse|bank|regierung|polizei|partei)$/;
/** Media nouns ("der Zeitung X", "der Agentur Y" after a speaker: a dative addressee, not a genitive). */
/** Finite forms that are indicative only (no Konjunktiv reads the same): "ist", "hatten" (not "hätten"), "gab". */
export const CLEAR_INDICATIVE = new Set(['ist', 'sind', 'war', 'waren', 'hat', 'hatte', 'hatten', 'wird', 'wurde', 'wurden', 'kann', 'konnte', 'konnten', 'muss', 'musste', 'mussten', 'soll', 'will', 'darf', 'durfte', 'durften', 'gibt', 'gab', 'gaben', 'kam', 'kamen', 'ging', 'gingen', 'blieb', 'blieben', 'lag', 'lagen', 'stand', 'standen', 'geht', 'kommt', 'bleibt', 'liegt', 'steht', 'zeigt', 'macht', 'bringt', 'fand', 'fanden', 'findet', 'nahm', 'nahmen', 'nimmt']);
/** "-e" words that are no verb form in a finite slot (weakKonjunktivOne). */
export const WEAK_K1_NOT = new Set(['alleine', 'anstelle', 'online', 'offline', 'zustande', 'zugute', 'zuhause', 'mithilfe', 'zuwege', 'zugrunde', 'zuliebe', 'zulasten', 'insbesondere', 'beinahe', 'ehrenhalber', 'beiseite', 'weitere', 'zahlreiche', 'insgesamt', 'rund', 'etliche', 'gerne', 'lange', 'ferne', 'heute', 'gestern', 'morgen', 'gerade', 'bitte', 'danke', 'ebenfalls', 'alle', 'beide', 'viele', 'wenige', 'einige', 'andere', 'manche', 'solche', 'welche', 'jene', 'diese', 'keine', 'meine', 'deine', 'seine', 'ihre', 'unsere', 'eure', 'mehrere', 'sämtliche', 'übrige', 'genannte', 'obige', 'folgende', 'gleiche', 'selbe', 'eigene', 'ganze', 'halbe', 'ohne', 'statt', 'seite', 'weise', 'mitte', 'ende', 'anfang', 'bereits', 'eine', 'ohnehin', 'zuvorderst', 'gegebene', 'leise', 'laute', 'stille', 'rasche', 'schnelle', 'lose', 'feste', 'nahe', 'weite', 'müde', 'böse', 'leere', 'volle', 'offene', 'freie', 'klare', 'reine', 'große', 'kleine', 'neue', 'alte', 'junge', 'hohe', 'tiefe', 'starke', 'schwache', 'gute', 'schlechte', 'beste', 'letzte', 'erste', 'zweite', 'dritte', 'nächste', 'wichtige', 'deutsche']);
/** Texts that something "steht in" (besides DOCUMENT_NOUN, REPORT_NOUNS and the media nouns). */
export const TEXT_NOUN = /(?:bericht|brief|erlass|papier|dokument|protokoll|akt|akte|akten|anklage|anklageschrift|urteil|begründung|gutachten|programm|vertrag|gesetz|entwurf|verordnung|text|artikel|buch|bescheid|mail|nachricht|erklärung|konzept|plan|strategie|bibel|koran|verfassung|charta|richtlinie|unterlagen|dossier|memo|memorandum|kommuniqué|posting|tweet|eintrag|blog|website|homepage|internetseite|webseite|klageschrift|schriftsatz|einladung|petition|vereinbarung|abkommen|studie|umfrage|analyse|handbuch|leitfaden|regierungsprogramm|vorlage|novelle|paragraf|paragraph|absatz|kapitel|anhang|anfrage|anfragebeantwortung|beantwortung|zeugnis|befund|notiz|vermerk|liste)$/;
export const MEDIUM_NOUN = /(?:zeitung|agentur|blatt|magazin|sender|portal|radio|fernsehen|tv|nachrichten|journal|dienst)$/;
export const FEMALE_ROLE = /(?:erin|entin|istin|orin|antin|eurin|atin|ärin|chefin|ogin|pertin|sterin|lerin)$/;
export const EN_AUX = new Set(['has', 'have', 'had', 'will', 'would', 'also', 'previously', 'later', 'recently', 'has', 'once', 'repeatedly', 'often', 'then', 'again', 'is', 'was', 'were', 'are', 'did', 'does', 'do', 'not', "n't", 'never', 'even', 'already', 'publicly', 'reportedly']);
export const EN_STOP = new Set(['that', 'which', 'who', 'and', 'but', 'or', 'when', 'while', 'because', 'as', 'if', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'of', 'about', 'after', 'before', 'during', 'since', 'than', 'where', 'what', 'said', 'says', 'told', 'there', 'is', 'was']);
export const DATIVE_LIKE = new Set(['dem', 'einem', 'diesem', 'seinem', 'ihrem', 'unserem', 'jenem', 'ihm', 'ihr', 'ihnen', 'mir', 'uns']);
/** Focus particles that may open a sentence before its subject. */
export const FOCUS_OPENERS = new Set(['auch', 'selbst', 'sogar', 'nur', 'gerade', 'ebenso', 'ebenfalls']);
/** Head nouns of a place that acts as an institution ("die Stadt Salzburg", "das Land Tirol"). */
export const PLACE_BODY = /^(?:stadt|gemeinde|marktgemeinde|land|bundesland|kanton|bezirk|region|provinz|staat|republik|führung|stadtführung)$/;
export const CONJ = new Set(['und', 'oder', 'aber', 'doch', 'denn', 'sondern', 'and', 'but', 'or']);
/** Future and modal auxiliaries before an infinitive ("wird … bekannt geben", "will … sagen"). */
export const FUTURE_MODAL = new Set(['wird', 'werden', 'will', 'wollen', 'soll', 'sollen', 'muss', 'müssen', 'kann', 'können', 'darf', 'dürfen', 'möchte', 'möchten']);
/** Connectors that open a sentence before a colon and a speaker's next words ("Denn: …", "Nur: …", "Und: …"). */
export const CONNECTOR_COLON = new Set(['denn', 'nur', 'und', 'aber', 'doch', 'also', 'sprich', 'allerdings', 'jedoch', 'trotzdem', 'dennoch']);
export const POST_SUBJECT = new Set(['ich', 'wir', 'man', 'du', 'er']);
/** Punctuation that closes a clause (not the hyphen of "25 - Kilometer-Variante"). */
export const CLAUSE_PUNCT = new Set([',', ':', ';', '(', ')', '–', '—', '.', '!', '?']);
export const BOUNDARY = new Set([',', ':', ';', '(', ')', '–', '—', '-', '„', '“', '”', '"', '»', '«']);
export const END_PUNCT = new Set(['.', '!', '?', '…']);
/** "zeigen" forms of a post-posed source ("…, zeigen die Zahlen."). */
export const SHOW_FORMS = new Set(['zeigt', 'zeigen', 'zeigte', 'zeigten']);
/**
 * Every (lower-case) word that a rule of indirectInSentence starts from other than a cue: "laut X", "X zufolge",
 * "nach Angaben …", "geht aus X hervor", "zeigen die Zahlen", "wonach", "steht in", ", so X", "Das heißt",
 * "Anders gesagt". The loop there skips any other token that is no cue at once (most tokens): a new rule keyed
 * on another word must add it here.
 */
/** Konjunktiv I auxiliaries and modals that are no indicative form of the 3rd person. */
export const KONJ_AUX = new Set(['habe', 'sei', 'seien', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe']);
export const INDIRECT_OPENERS = new Set(['laut', 'zufolge', 'nach', 'hervor', 'hervorgeht', 'hervorging', ...SHOW_FORMS, 'wonach', 'steht', 'stand', 'so', 'heißt', 'gesagt']);
/** Adjectives of conviction that close a post-posed copula frame ("…, ist X überzeugt."). */
export const BELIEF_ADJ = new Set(['überzeugt', 'sicher', 'zuversichtlich', 'optimistisch', 'pessimistisch', 'skeptisch', 'gewiss', 'einig', 'besorgt']);
export const OPINION_VERBS = new Set(['hält', 'hielt', 'sieht', 'sah', 'hofft', 'hoffte', 'befürchtet', 'befürchtete', 'erwartet', 'erwartete', 'bezweifelt', 'bezweifelte', 'glaubt', 'glaubte']);
export const KOMMEN = new Set(['kommt', 'kam', 'kamen', 'kommen', 'gekommen']);
const FRAME_WORDS = new Set([...KOMMEN, ...BELIEF_ADJ, 'vertritt', 'vertrat', 'vertraten', 'vertreten']);

/** What cueAtUncached looks up for a form: a frame word, cue entries, a learned cue above the threshold. */
export interface CueInfo {
  frame: boolean;
  entries: CueEntry[] | undefined;
  learned: boolean;
}
/**
 * FRAME_WORDS, CUE_FORMS and the learned forms in one Map (one per learned cue set, built on first use; the lists
 * are fixed after loading): one lookup per token instead of three, and most tokens are in none of them.
 */
const cueInfoMaps = new WeakMap<LearnedCues | typeof FRAME_WORDS, Map<string, CueInfo>>();
export function cueInfoMap(learned: LearnedCues | null): Map<string, CueInfo> {
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
export function cueKey(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  return (((n * 31 + w.charCodeAt(0)) * 31 + w.charCodeAt(n >> 1)) * 31 + w.charCodeAt(n - 1)) & 0xffff;
}
/** cueKey of every word of a cueInfoMap, one bit each (8 KB). */
const cueKeyBitsByMap = new WeakMap<Map<string, CueInfo>, Int32Array>();
export function cueKeyBits(m: Map<string, CueInfo>): Int32Array {
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
/**
 * Words cueAtUncached takes as cues before it looks at the cue Map ("bekannt gegeben", "wissen lassen", "überzeugt,
 * dass"): a word added there must be added here, or nextIndirectStart passes over it.
 */
export const CUES_BEFORE_LOOKUP = ['gegeben', 'lassen', 'überzeugt'];
/** Forms of "erfahren" that cueAt takes as a cue with a named source ("erfuhr AFP aus Regierungskreisen"). */
export const ERFAHREN = new Set(['erfuhr', 'erfuhren', 'erfahren']);
/** Verbs of a drawn conclusion that cueAt takes with a "für X" holder ("Für X leitet sich daraus ab, dass …"). */
export const DERIVE = new Set(['leitet', 'leitete', 'ergibt', 'ergab']);
/**
 * cueKeyBits of a cue Map with the keys of INDIRECT_OPENERS, CUES_BEFORE_LOOKUP and the words cueAt takes outside the
 * Map (ERFAHREN, DERIVE) added: a token whose key bit is
 * unset here opens no indirect-speech rule (nextIndirectStart).
 */
const startKeyBitsByMap = new WeakMap<Map<string, CueInfo>, Int32Array>();
let startSkipOff = false;
/**
 * Tests only: with `off`, startKeyBits sets every bit, so that nextIndirectStart passes over no token (the output must
 * not change: quotes.test.ts checks the skip against this on sentences with every cue taken outside the Map).
 */
export function setStartKeySkipOff(off: boolean): void {
  startSkipOff = off;
}
export function startKeyBits(m: Map<string, CueInfo>): Int32Array {
  if (startSkipOff) return cueKeyBits(m).slice().fill(-1);
  let bits = startKeyBitsByMap.get(m);
  if (bits) return bits;
  bits = cueKeyBits(m).slice();
  for (const f of [...INDIRECT_OPENERS, ...CUES_BEFORE_LOOKUP, ...ERFAHREN, ...DERIVE]) {
    const h = cueKey(f);
    bits[h >>> 5] |= 1 << (h & 31);
  }
  startKeyBitsByMap.set(m, bits);
  return bits;
}
/** Heads of document and report sources ("Studie", "Medienberichten", "Umfrage", "Pressemitteilung"). */
export const DOCUMENT_HEAD = /(?:studie|bericht|berichten|berichte|umfrage|untersuchung|analyse|statistik|erhebung|gutachten|mitteilung|aussendung|medien|zeitung|agentur)$/;
/** Bare plural source nouns after "laut" ("laut Medienberichten", "laut Polizeiangaben"). */
export const PLURAL_SOURCE = /^\p{Lu}\p{L}*(?:berichten|angaben|informationen|medien|zeitungen|umfragen|studien|schätzungen|recherchen)$/u;
/** Words that open an embedded question ("erklärt nicht, was …"). */
export const INTERROGATIVE = new Set(['was', 'wie', 'warum', 'wann', 'wo', 'weshalb', 'wieso', 'weswegen', 'ob', 'wer', 'wen', 'wem', 'wessen', 'welche', 'welcher', 'welches', 'welchen', 'welchem', 'woher', 'wohin', 'womit', 'wofür', 'worum', 'wozu']);
export const COPULA = new Set(['ist', 'sind', 'war', 'waren', 'sei', 'seien', 'zeigte', 'zeigten', 'zeigt', 'zeigen', 'gab', 'gaben', 'gibt', 'geben']);
/** Lower-case words after a comma that are no finite verb of an inverted frame clause. */
/** Adverbs ending like a finite verb ("zumindest", "längst") that the inverted-frame test must not read as one. */
export const T_ADVERBS = new Set(['zumindest', 'zuerst', 'meist', 'zumeist', 'längst', 'sonst', 'recht', 'höchst', 'zutiefst', 'jedenfalls', 'immerhin', 'wenigstens', 'mindestens', 'höchstens', 'jetzt', 'erst', 'selbst', 'zuletzt', 'fast', 'einst']);
/** Manner words before "gesagt"/"formuliert" that make a hedge, no report ("Vereinfacht gesagt: …", ", ehrlich gesagt,"). */
export const HEDGE_WORDS = new Set(['vereinfacht', 'ehrlich', 'offen', 'kurz', 'anders', 'genauer', 'salopp', 'grob', 'pauschal', 'nebenbei', 'überspitzt', 'zugespitzt', 'platt', 'flapsig', 'banal', 'allgemein', 'einfacher', 'bildlich', 'zynisch', 'gelinde', 'sozusagen', 'ganz']);
/** Subjects that deny the statement ("Dann kann ja niemand behaupten, dass …", "…, weiß keiner"). */
export const NEGATIVE_SUBJECT = new Set(['niemand', 'keiner', 'nobody']);
export const NOT_FRAME_VERB = new Set(['sowie', 'darunter', 'etwa', 'nämlich', 'insbesondere', 'zumal', 'also', 'samt', 'inklusive', 'einschließlich', 'beziehungsweise', 'bzw', 'hingegen', 'jedoch', 'dagegen', 'danach', 'zuvor', 'damit', 'dabei', 'daneben', 'außerdem', 'zudem', 'ebenso', 'jene', 'diese', 'dieser', 'dessen', 'deren', 'welche', 'weitere', 'andere', 'alle', 'beide']);
/** Strong past and present forms that can open an inverted frame ("…, brach X eine Lanze", "…, gab sich X versöhnlich"). */
export const STRONG_PAST = new Set(['brach', 'bricht', 'gab', 'gibt', 'war', 'ist', 'zog', 'zieht', 'hieß', 'blieb', 'bleibt', 'fand', 'findet', 'sprach', 'spricht', 'rief', 'ruft', 'schrieb', 'nahm', 'nimmt', 'sah', 'sieht', 'ließ', 'lässt', 'hielt', 'hält', 'kam', 'kommt', 'ging', 'geht', 'tat', 'bat', 'riet', 'rät', 'stand', 'steht', 'lag', 'liegt', 'gestand', 'gesteht', 'wies', 'weist', 'schloss', 'schließt', 'warf', 'wirft', 'trat', 'tritt', 'stellte', 'zeigte', 'gab', 'meinte']);
/** Adverbial conjunctions whose clause may hold a report of its own ("Während X betont, dass …, …"). */
export const ADVERBIAL_CUE_SUB = new Set(['während', 'weil', 'da', 'obwohl', 'obgleich', 'nachdem', 'als', 'zumal', 'indem', 'seit', 'seitdem']);
/** Subordinators of adverbial clauses that are no reason a speaker gives (condition, time, concession), none of them a preposition or adverb too. */
export const ADVERBIAL_FRAME_SUB = new Set(['wenn', 'seitdem', 'sobald', 'solange', 'sodass', 'obwohl', 'obgleich', 'nachdem', 'bevor', 'ehe', 'falls', 'sofern']);
/** Subordinators of adverbial clauses (cause, condition, time, concession). */
// "was … betrifft" (a Vorfeld naming the topic) and the content clauses a noun can take ("die Frage, wann …")
// capitalised function words that open a sentence (a run-in subheading before them), and the words after which a
// capitalised one starts a quoted title instead ("Filme wie Die Playboys", "Parolen wie Das ist unsere Heimat")
export const HEADING_OPENERS = new Set(['Es', 'Er', 'Die', 'Der', 'Das', 'Den', 'Dem', 'Wir', 'Ich', 'Für', 'In', 'Im', 'Auf', 'Mit', 'Nach', 'Bei', 'Doch', 'Aber', 'Auch', 'Dies', 'Diese', 'Dieser', 'Man', 'Ein', 'Eine', 'Seit', 'Am', 'Nun', 'Jetzt']);
export const TITLE_BEFORE = new Set(['wie', 'und', 'oder', 'als', 'namens', 'titel', 'motto']);
export const PREP_PARTICLE = new Set(['vor', 'an', 'zu', 'aus', 'auf', 'ab', 'ein']);
export const QUANTIFIER_DET = new Set(['mehrere', 'viele', 'einige', 'wenige', 'zahlreiche', 'etliche', 'manche', 'sämtliche', 'ein', 'eine', 'einen', 'einem', 'eines', 'kein', 'keine', 'keinen', 'keinem', 'keines']);
export const REGARDING = new Set(['betrifft', 'betraf', 'angeht', 'anbelangt', 'anlangt']);
export const CONTENT_SUB = new Set(['dass', 'daß', 'ob', 'wann', 'wie', 'warum', 'weshalb', 'wieso', 'was', 'wer', 'wo', 'welche', 'welcher', 'welches']);
export const ADVERBIAL_SUB = new Set(['weil', 'da', 'wenn', 'obwohl', 'als', 'nachdem', 'sobald', 'während', 'damit', 'falls', 'sodass', 'zumal']);
/** Time nouns that head adverbial noun phrases ("Anfang der Woche", "Ende Mai", "Montagabend"). */
export const TEMPORAL = /^(?:anfang|ende|mitte|beginn|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|\p{L}*(?:morgen|abend|nacht|mittag|woche|wochenende|monat|jahr|jahres|tag|tages))$/u;
/** Head nouns of institutions that speak ("das Innenministerium", "die Stadtverwaltung"). */
/** Pronominal adverbs ("daran", "darüber", "hierzu", "womit") that can fill the Vorfeld. */
export const PRONOMINAL_ADVERB = /^(?:da|dar|hier|wo|wor)(?:an|auf|aus|bei|durch|für|gegen|hinter|in|mit|nach|neben|über|um|unter|von|vor|zu|zwischen)$/;

/** "Polizeiangaben", "Armeeinformationen": a closed compound of a source and an attribution noun (first part >= 3 letters). */
export const CLOSED_ATTRIBUTION = /^(\p{Lu}\p{Ll}{2,}?)(?:angaben|informationen|schätzungen|berichten|aussagen)$/u;

/** Plural statement nouns that name a source after "aus"/"von" ("laut früheren Ankündigungen aus Regierungskreisen"). */
export const STATEMENT_PLURALS = new Set(['Ankündigungen', 'Erklärungen', 'Mitteilungen', 'Stellungnahmen', 'Äußerungen', 'Aussendungen']);

/** Media outlets named by their kind in a teaser ("Tageszeitung: …", "Medien: …"). */
export const MEDIA_NOUN = /^(?:\p{L}*zeitung|\p{L}*blatt|medien|\p{L}*magazin|nachrichtenagentur|agentur)$/u;

/** Web outlets of a speaker ("auf der Facebookseite", "auf ihrer Homepage", "auf dem Twitter-Account"). */
export const WEB_OUTLET = /(?:seite|homepage|website|webseite|account|konto|kanal|profil|blog)$/;

/** Documents a speaker issues ("heißt es in der Aussendung" after the speaker's own quote). */
export const RELEASE_NOUNS = /^(?:Aussendung|Presseaussendung|Mitteilung|Pressemitteilung|Stellungnahme|Erklärung|Presseerklärung|Aussendung)$/;

/** Agent nouns that describe organisations ("der Sender", "der Autobauer"), not persons. */
export const ORG_AGENT = /(?:sender|hersteller|anbieter|betreiber|veranstalter|versicherer|autobauer|flugzeugbauer|zulieferer|konzern|verlag|provider|produzent|vermarkter|händlerkette|netzbetreiber|versender|discounter|broadcaster|organisation|airline|fluglinie|fluggesellschaft|billigflieger|reederei|brauerei|molkerei|handelskette|supermarktkette|versorger|mobilfunker)$/;

export const INSTITUTION = /(?:ministerium|amt|behörde|regierung|polizei|kommission|verwaltung|gericht|partei|verband|büro|rat|konzern|gewerkschaft|kammer|botschaft|agentur|organisation|ministerin|minister|sprecher|sprecherin|führung|leitung|vorstand|unternehmen|bank|stiftung|institut|klinik|spital|universität|staatsanwaltschaft|direktion|präsidium|kanzlei|senat|ausschuss)$/;
/** Emergency services and armed forces, speaking as institutions ("hieß es bei der Feuerwehr", "beim Bundesheer"). */
export const EMERGENCY_SERVICE = /(?:feuerwehr|rettung|heer|armee|militär|bergrettung|wasserrettung)$/;
/** Past-tense forms that mark narration rather than a quoted statement. */
export const PAST_NARRATION = new Set([
  'war', 'waren', 'wurde', 'wurden', 'hatte', 'hatten', 'gab', 'ließ', 'kam', 'kamen', 'ging', 'gingen', 'erwies',
  'sagte', 'sagten', 'stand', 'standen', 'lag', 'lagen', 'blieb', 'blieben', 'zeigte', 'fand', 'fanden', 'wollte',
  'konnte', 'konnten', 'musste', 'mussten', 'durfte', 'wusste', 'galt', 'hieß', 'folgte', 'begann',
  'warteten', 'wartete', 'lief', 'liefen', 'brachte', 'machte', 'traf', 'nahm', 'verkauft', 'gebracht', 'worden',
]);
/** Present-tense auxiliaries, modals and common verbs of statements. */
export const PRESENT_SPEECH = new Set([
  'ist', 'sind', 'bin', 'bist', 'hat', 'haben', 'gibt', 'kann', 'können', 'muss', 'müssen', 'wird', 'werden',
  'will', 'wollen', 'soll', 'sollen', 'darf', 'dürfen', 'braucht', 'brauchen', 'geht', 'gehen', 'kommt', 'kommen',
  'bringt', 'bringen', 'führt', 'führen', 'liegt', 'steht', 'stehen', 'bleibt', 'bleiben', 'heißt', 'zählt',
  'macht', 'machen', 'sollte', 'sollten', 'müsste', 'müssten', 'könnte', 'könnten', 'würde', 'würden', 'wäre', 'wären',
]);
/** Modal particles typical of speech. */
export const INNER_CAP_OR_HYPHEN = /[-\p{Lu}]/u;
/** Konjunktiv forms that are also indicative (preterite or present plural). */
export const INDICATIVE_TOO = new Set(['wollten', 'sollten', 'gingen', 'gelten', 'sollen', 'müssen', 'möchten']);
export const AMBIGUOUS_PLURAL = new Set(['gingen', 'gelten', 'sollen', 'müssen']);
// singular finite verbs next to "sie" that make it "she", not "they" (the narratorSentence check)
export const SINGULAR_FINITE = /^(?:ist|war|hat|hatte|will|wollte|kann|konnte|muss|musste|soll|sollte|wird|wurde|darf|durfte|mag|\p{Ll}{2,}(?:t|te))$/u;
export const NOT_VERB_T = new Set(['nicht', 'jetzt', 'seit', 'selbst', 'erst', 'zuletzt', 'meist', 'bereits', 'insgesamt', 'längst', 'zunächst', 'nächste', 'letzte', 'erste', 'beste', 'größte', 'meiste', 'weit', 'recht', 'gut', 'oft', 'heute', 'stets', 'somit', 'samt', 'laut', 'statt', 'mit', 'bisweilen']);
/** Focus particles that can stand before a subordinate clause ("selbst wenn", "nur weil", "auch wenn"). */
export const FOCUS_PARTICLES = new Set(['selbst', 'sogar', 'auch', 'nur', 'gerade', 'erst', 'schon', 'eben', 'vor', 'allem']);
/** Finite verbs after "Für X" that make X the holder of a view ("Für X ist das ein Alarmsignal"). */
export const COPULA_VIEW = new Set(['ist', 'sind', 'war', 'waren', 'bleibt', 'blieb', 'wäre', 'scheint', 'steht', 'stand', 'gilt', 'galt', 'gibt', 'gab', 'bedeutet', 'bedeutete', 'zählt']);
/** Modal particles that make a past-tense sentence right after a statement speech ("war ja", "hatte eh"), not narration. */
export const SPEECH_PARTICLE_AFTER_PAST = new Set(['ja', 'halt', 'eh']);
export const MODAL_PARTICLES = new Set(['doch', 'ja', 'halt', 'eben', 'eh', 'freilich', 'natürlich', 'hauptsache', 'nein', 'jedenfalls']);
/** Documents that report with an author named after them: "nach einem Bericht der X". */
/** Data and findings nouns that report like a document in "Das zeigen die Zahlen des Ministeriums". */
export const DATA_NOUN = /(?:auswertung|beantwortung|beantwortungen|daten|zahlen|befragung|report|berechnung|berechnungen|befund|befunde|ergebnis|ergebnisse|evaluierung|evaluation|prognose|schätzung|schätzungen|erhebung|erhebungen|studien|umfragen|analysen|statistiken)$/;
export const REPORT_NOUNS = new Set(['Bericht', 'Studie', 'Umfrage', 'Untersuchung', 'Analyse', 'Statistik', 'Erhebung', 'Bilanz']);
/** Finite forms of accusation verbs (vorwerfen, vorhalten, unterstellen, anlasten, ankreiden): the noun after
 * the verb is the accused (dative), the Vorfeld noun the speaker. */
export const ACCUSATION_FORMS =
  /^(?:wirft|werfen|warf|warfen|vorwirft|vorwarf|hält|halten|hielt|hielten|vorhält|vorhielt|unterstellt|unterstellen|unterstellte|unterstellten|lastet|lasten|lastete|lasteten|anlastet|anlastete|kreidet|kreiden|kreidete|kreideten|ankreidet|ankreidete)$/;
/** Nouns for a headline or title: what they "say" is a title, not a statement. */
export const TITLE_NOUNS = new Set(['Titel', 'Schlagzeile', 'Überschrift', 'Headline', 'Untertitel', 'Titelseite', 'Aufmacher', 'Schlagzeilen']);
/** Data nouns that name a source only with a genitive/von owner: "nach Zahlen des Verbands X", "nach Daten der Weltbank". */
export const DATA_NOUNS = new Set([
  'Zahlen', 'Daten', 'Statistiken', 'Erhebungen', 'Hochrechnungen', 'Prognosen', 'Berechnung', 'Hochrechnung', 'Prognose',
]);
/** Nouns for what someone said ("seine Botschaft", "ihre Antwort"): a possessive before them names the speaker. */
/** Longest run of unattributed sentences between two statements of one person that is taken as theirs. */
/** P(speech) from which a sentence between two statements of one person counts as theirs despite a past form. */
export const SANDWICH_SPEECH_P = 0.5;
/** The same inside a block closed on both sides by the person's own cues. */
export const BLOCK_SPEECH_P = 0.3;
/** P(speech) below which a sentence after a person's bare frame, before their statement, is the narrator's after all. */
export const FRAME_BLOCK_MIN_SPEECH_P = 0.15;
/** Plural finite forms not ending in -en ("Sie sind …"): a sentence-initial "Sie" before them is no singular speaker. */
export const PLURAL_FINITE = new Set(['sind', 'seien', 'wären', 'hätten', 'waren']);

/** P(speech) below which a run-on sentence after a direct statement is narration after all. */
export const RUN_ON_MIN_SPEECH_P = 0.2;
/** P(speech) from which an unattributed sentence before a person's statement, after one about them, is theirs. */
export const PREFACE_SPEECH_P = 0.8;
export const SANDWICH_MAX = 3;
/** P(direct speech) an unmarked sentence of more than five words needs to continue an indirect statement with a post-posed cue. */
export const LONG_RUN_ON_SPEECH_P = 0.5;
/** How many sentences back a decoded speech run without a statement of its own looks for its speaker. */
export const SEQ_GAP = 3;
/** Interned 'prev:'/'next:' feature names (a small vocabulary; no string built per sentence). */
export const PREV = new Map<string, string>();
export const NEXT = new Map<string, string>();
export function prefixed(cache: Map<string, string>, prefix: string, x: string): string {
  let v = cache.get(x);
  if (v === undefined) cache.set(x, (v = prefix + x));
  return v;
}
/** Sentences farther than this from any statement are not classified (they cannot join a run with a speaker). */
export const SEQ_WINDOW = 3;
/** Words of narration about a person (a run of sentences with them is no quote of that person). */
export const THIRD_PERSON = new Set(['er', 'ihm', 'ihn', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'seines']);

/** Nouns for a message as such ("die Botschaft", "der Tenor"): with an article they are never the speaker. */
export const MESSAGE_NOUNS = new Set(['Botschaft', 'Kernbotschaft', 'Tenor', 'Devise', 'Credo', 'Motto', 'Losung', 'Parole', 'Mantra', 'Ansage', 'Antwort']);

/** Epistemic Konjunktiv II of the narrator ("dürfte": probably), no marker of reported speech. */
export const EPISTEMIC = new Set(['dürfte', 'dürften']);
/** Verbs of talking about a topic ("sprachen … über"): without content they own no "laut" phrase in their clause. */
export const TOPIC_TALK = /^(?:sprach|sprachen|spricht|sprechen|redete|redeten|diskutierte|diskutierten|berieten|beriet)$/;
/** The noun of an age description ("der 83-Jährige") and the articles before it. */
export const AGE_NOUN = /^jährige[nr]?$/;
export const AGE_ARTICLES = new Set(['der', 'die', 'den', 'dem', 'des']);
/** Openers of the second half of a "zwar … aber" concession. */
export const CONCESSIVE_OPEN = new Set(['aber', 'doch', 'allerdings', 'jedoch']);
// determiners of an accusative or dative noun phrase (never of a nominative one); personal pronouns as subjects
export const OBLIQUE_DET = new Set(['einen', 'dem', 'den', 'einem', 'seinem', 'seinen', 'ihrem', 'ihren', 'unserem', 'unseren', 'diesem', 'diesen', 'jenem']);
export const SUBJECT_PRONOUN = new Set(['ich', 'wir', 'sie', 'man', 'du', 'ihr', 'es']);
/** The link that closes an embedded tweet, and the words of a medium that frame a post. */
export const TWEET_LINK = /^https?:\/\/t\.co\//;
export const POST_MEDIUM = /^(?:Twitter|Facebook|Instagram|Tweet|twitterte|getwittert|postete|gepostet|Facebook-Seite|Twitter-Account|Twitter-Konto)$/;

export const SPEECH_NOUNS = new Set([
  'Botschaft', 'Antwort', 'Devise', 'Forderung', 'Credo', 'Motto', 'Fazit', 'Kommentar', 'Reaktion', 'Begründung',
  'Argument', 'Appell', 'Warnung', 'Position', 'Urteil', 'Bilanz', 'Prognose', 'Erklärung', 'Ansage', 'Losung',
  'Parole', 'Vorschlag', 'Kritik', 'Einwand', 'Replik', 'Kernbotschaft', 'Mantra', 'Versprechen', 'Analyse', 'Diagnose',
  'Befund', 'Vorwurf', 'Rat', 'Empfehlung', 'Bitte', 'Frage', 'Zusage', 'Absage', 'Conclusio', 'Schlussfolgerung',
  'Anspruch', 'Standpunkt', 'Vision', 'Ziel', 'Wunsch', 'Hoffnung', 'Sorge', 'Plädoyer', 'Resümee', 'Schluss',
]);

/** An attribution without cue, source or speaker yet. */
export function blankAttribution(kind: QuoteKind, content: [number, number] | null, method: Attribution['method']): Attribution {
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
export function copyAttribution(att: Attribution): Attribution {
  return Object.assign(blankAttribution(att.kind, att.content, att.method), att);
}

/** Cues whose subject "es" is an expletive, no speaker: "Es habe sich gezeigt", "Es hieß". */
export const EXPLETIVE_CUE = /^(?:(?:ge)?zeigt(?:e|en)?|zeigen|heißt|hieß|hießen|geheißen)$/;
/** A capitalised predicative adjective or participle opening a sentence ("Deplatziert findet X …"). */
export const PREDICATIVE_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:iert|ig|lich|isch|bar|los|sam|haft)$/u;
export const WONACH = /^(?:wonach|demzufolge|derzufolge)$/;
/** "Mitterlehner-Aussage": a name before a dash and a noun after it. */
export const NAME_COMPOUND = /^(\p{Lu}[\p{L}]+)-(\p{Lu}\p{Ll}+)$/u;
/** A spokesperson noun ("Sprecher", "Sprecherin"; not a compound that names its organisation, "AUA-Sprecher"). */
export const SPOKESPERSON = /^Sprecher(?:in)?$/;
/** Words after a spokesperson noun that name whose spokesperson it is ("ein Sprecher der Polizei", "… von X"). */
export const SPOKESPERSON_OF = new Set(['der', 'des', 'von', 'vom', 'aus', 'bei', 'beim', 'seitens']);
/** Heads of organisation phrases without an entity ("die Wiener Linien", "das Ministerium", "die Gewerkschaft"). */
export const ORG_BODY = /(?:ministerium|amt|behörde|regierung|polizei|kommission|verwaltung|gericht|partei|verband|büro|konzern|gewerkschaft|kammer|botschaft|agentur|organisation|unternehmen|bank|stiftung|institut|klinik|spital|universität|staatsanwaltschaft|direktion|linien|werke|bahnen|betriebe|gruppe|firma)$/;
/** Demonstrative subjects with which "heißen" means "to mean" ("Das heißt, dass …"). */
export const DEMONSTRATIVE_SUBJECT = new Set(['das', 'dies', 'dieses', 'was']);
/** "drohen": with a penalty noun in its clause impersonal ("drohen X zehn Jahre Haft" — X is a dative, no speaker). */
export const DROHEN = /^(?:droh(?:e|t|en|te|ten)|gedroht)$/;
