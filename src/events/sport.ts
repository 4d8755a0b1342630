/**
 * Document-level sport context. In a match report "schlägt Stuttgart 3:0", "trifft auf den Sieger", "die Offensive der
 * Admira", "drängte auf den Ausgleich", "empfangen Bayern München" are sport senses, not PLOVER events; political
 * interactions in sport articles (a club's board meeting, a coach's criticism of the UEFA, arrests) keep their senses.
 */

/** Sport words (lower case, matched at a word start, also as the head of a compound: "Heimspiel", "Torschütze"). */
const SPORT_WORDS = [
  'tor', 'tore', 'toren', 'torschütze', 'treffer', 'trainer', 'liga', 'bundesliga', 'saison', 'spiel', 'spiele', 'spielen',
  'spieler', 'mannschaft', 'meisterschaft', 'partie', 'fußball', 'tabelle', 'weltcup', 'elfmeter', 'stürmer', 'verteidiger',
  'tormann', 'torhüter', 'goalie', 'halbfinale', 'viertelfinale', 'achtelfinale', 'finale', 'abstieg', 'aufstieg', 'remis',
  'heimspiel', 'auswärtsspiel', 'tennis', 'golf', 'slalom', 'abfahrt', 'rennen', 'formel', 'eishockey', 'champions league',
  'europa league', 'weltrangliste', 'ranking', 'satz', 'sätze', 'schlussdrittel', 'drittel', 'pause', 'ausgleich', 'sieg',
  'niederlage', 'punkte', 'punkten', 'runde', 'olympia', 'olympisch', 'wm', 'em', 'klub', 'verein', 'nationalteam',
  'teamchef', 'legionär', 'transfer', 'ablösesumme', 'titelverteidiger', 'qualifikation', 'weltmeister', 'europameister',
];
// A sport word (with an optional compound opener) at a word start, read sticky at the first letter of each run of letters:
// the same matches as a global search for it after "^" or a non-letter (a match ends before a non-letter, and the two
// multi-word entries' second word, "league", opens no match), without trying the alternation at every non-letter.
const SPORT_AT = new RegExp(`(?:heim|auswärts|tabellen|cup|ligen|liga|meisterschafts)?(${SPORT_WORDS.join('|')})(?![\\p{L}])`, 'yui');
const LETTER = /\p{L}/u;
// ASCII letters that open no sport word or compound opener ("und", "in", "ist", "zu"): no sticky read there (an ASCII letter
// matches only its own two cases under the i flag)
const NO_START = new Uint8Array(128);
for (const ch of 'ijuxyzIJUXYZ') NO_START[ch.charCodeAt(0)] = 1;
/** A result ("3:0", "6:2,7:5", "0:4-Niederlage"), not a time of day ("15:00 Uhr"). */
const SCORE_RE = /(?:^|[^\d:.])(\d{1,2}):(\d{1,2})(?![\d:]|\s*Uhr)/g;

/** Is the code point at i (char code c there) a letter (\p{L}, as the u-flag regex reads it)? */
function letterAt(s: string, i: number, c: number): boolean {
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return LETTER.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** True when the text reads as a sports report: a match result and sport words, or many sport words. */
export function sportContext(text: string): boolean {
  const head = text.length > 6000 ? text.slice(0, 6000) : text;
  let scores = 0;
  for (const _ of head.matchAll(SCORE_RE)) scores++;
  // the answer is known once the sport words reach the count asked for
  const need = scores >= 1 ? 2 : 4;
  const words = new Set<string>();
  let prevLetter = false;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    const letter = letterAt(head, i, c);
    if (letter && !prevLetter && !(c < 128 && NO_START[c])) {
      SPORT_AT.lastIndex = i;
      const m = SPORT_AT.exec(head);
      if (m && words.add(m[1].toLowerCase()).size >= need) return true;
    }
    prevLetter = letter;
    // (a surrogate pair is one code point)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < head.length) {
      const d = head.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return false;
}

/** Entries whose sense in a sports report is play: beating, attacking, shooting, meeting or hosting an opponent, pressing. */
const SPORT_SENSES = new Set([
  'ASSAULT:schlagen', 'ASSAULT:Schläge', 'ASSAULT:Angriff', 'ASSAULT:Kampf', 'ASSAULT:kämpfen', 'ASSAULT:schießen', 'ASSAULT:feuern',
  'CONSULT:treffen', 'CONSULT:Aufeinandertreffen', 'CONSULT:empfangen', 'REQUEST:drängen', 'COERCE:besetzen',
  'COERCE:Besetzung', 'MOBILIZE:Manöver',
]);

/** Words of real violence that keep an assault in a sports report ("Fans griffen Polizisten an"). */
const VIOLENCE = /polizei|polizist|verletz|festgenommen|waffe|messer|terror|soldat|armee|hooligan|ausschreitung|randal|getötet|tot\b/i;

/** Whether a trigger of this entry is a sport sense in a sports report (the sentence is checked for real violence). */
export function sportSense(type: string, lemma: string, sentence: string): boolean {
  if (!SPORT_SENSES.has(`${type}:${lemma}`)) return false;
  if (type === 'ASSAULT' && VIOLENCE.test(sentence)) return false;
  return true;
}
