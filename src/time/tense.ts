// (\p{…} patterns as module constants: tsx turns such a literal inside a function into a `new RegExp()` call each time it runs)
const CLAUSE_BREAK_BETWEEN = /[.;:!?]|\b(?:und|aber|weil|dass|die|der|das)\s+\p{Ll}+(?:te|ten)\b/u;
/**
 * Tense and mood of the verbs around a time expression, as a direction for
 * underspecified expressions: −1 past, +1 future (future tense, Konjunktiv,
 * plans and expectations), 0 present or unknown.
 */

// Regexps with \p{…} live in module constants: tsx's esbuild rewrites such a literal into a `new RegExp()`
// call, which runs (allocates and looks up the compiled code) each time the expression is evaluated.
const DE_GE_PARTICIPLE = /^\p{Ll}{0,6}ge\p{Ll}{2,}(?:t|en)$/u;
const DE_PREFIX_PARTICIPLE = /^(?:be|ver|er|ent|zer|emp|miss)\p{Ll}{3,}t$/u;

export interface TenseMarker {
  start: number;
  end: number;
  dir: -1 | 0 | 1;
  /** Reporting verbs ("said", "sagte") govern the report, rarely the reported time: they count from further away. */
  weak?: boolean;
  /** A plan adjective before a noun ("die geplante Konferenz im Juni"): it dates the noun phrase it opens. */
  attributive?: boolean;
}

/** Inflected plan adjectives; "geplant" alone is predicative and already in the future list. */
const DE_PLAN_ATTRIBUTIVE = /^(?:geplant|vorgesehen|angekündigt|erwartet|bevorstehend|anstehend|künftig|anberaumt|angesetzt)e[nmrs]?$/;

const REPORTING = new Set(['said', 'told', 'sagte', 'sagten', 'erklärte', 'erklärten', 'teilte', 'teilten', 'betonte', 'betonten', 'berichtete', 'berichteten', 'meldete', 'meldeten']);

const DE_FUTURE =
  'geplante[nmrs]?|vorgesehene[nmrs]?|angekündigte[nmrs]?|erwartete[nmrs]?|künftige[nmrs]?|anberaumte[nmrs]?|angesetzte[nmrs]?|wird|werden|werde|wirst|werdet|würde|würden|würdest|soll|sollen|solle|sollte|sollten|will|wollen|wolle|plant|planen|geplant|plante|planten|voraussichtlich|angekündigt|kündigte|kündigt|bevorstehende[nmrs]?|anstehende[nmrs]?|künftig|demnächst|erwartet|vorgesehen|beabsichtigt|beabsichtigen|könnte|könnten|dürfte|dürften|möchte|möchten|vereinbart|angesetzt|terminiert';
const DE_PAST =
  'war|waren|warst|wart|hatte|hatten|hattest|wurde|wurden|worden|gewesen|sagte|sagten|erklärte|erklärten|teilte|teilten|betonte|betonten|traf|trafen|kam|kamen|ging|gingen|gab|gaben|fand|fanden|hielt|hielten|begann|begannen|reiste|reisten|sprach|sprachen|stand|standen|lag|lagen|blieb|blieben|starb|starben|fiel|fielen|zog|zogen|brach|brachen|verlor|verloren|gewann|gewannen|führte|führten|besuchte|besuchten|berichtete|berichteten|meldete|meldeten|unterzeichnete|unterzeichneten|stellte|stellten|legte|legten|machte|machten|setzte|setzten|zeigte|zeigten|forderte|forderten|warnte|warnten|lehnte|lehnten|drohte|drohten|meinte|meinten|kritisierte|kritisierten|räumte|räumten|bekräftigte|bekräftigten|reagierte|reagierten|zuletzt|damals|einst|bereits|vorige[nmrs]?|vergangene[nmrs]?|letzte[nmrs]?';
/** Common strong and mixed preterite forms (singular and plural). */
const DE_STRONG_PRET =
  'sank|sanken|stieg|stiegen|lief|liefen|rief|riefen|schrieb|schrieben|nahm|nahmen|schlug|schlugen|saß|saßen|sah|sahen|bot|boten|bat|baten|trat|traten|warf|warfen|schoss|schossen|flog|flogen|floh|flohen|fuhr|fuhren|wuchs|wuchsen|wies|wiesen|ließ|ließen|hieß|hießen|riet|rieten|schien|schienen|trug|trugen|verließ|verließen|verbot|verboten|befahl|befahlen|beschloss|beschlossen|entschied|entschieden|erschien|erschienen|geschah|geschahen|unterschrieb|unterschrieben|verschwand|verschwanden|nannte|nannten|brachte|brachten|dachte|dachten|wusste|wussten|einigten|einigte|griff|griffen|betrug|betrugen|erhielt|erhielten|gelang|gelangen|entstand|entstanden|bestand|bestanden|verlief|verliefen|empfing|empfingen|sprang|sprangen|zwang|zwangen|wandte|wandten|sandte|sandten|tat|taten|aß|las|lasen|vergab|vergaben|gewann|verlor|fand|kam|ging';
const DE_PERFECT_AUX = 'hat|haben|habe|hast|ist|sind|bin|bist';
const DE_PRESENT = 'ist|sind|hat|haben|gibt|steht|liegt';

const EN_FUTURE = "will|'ll|shall|would|going|plans|planned|plan|scheduled|expected|expects|due|upcoming|intends|intend";
const EN_PAST = 'was|were|had|did|said|told|ago|last|earlier|previously|former|formerly|met|came|went|took|gave|made|found|held|began|led|won|lost|fell|rose';
const EN_PRESENT = 'is|are|am|has|have|does|do|now|currently';

/** -te/-ten words that are not preterite verbs (ordinals, adjectives, nouns, infinitives). */
const NOT_PRETERITE = /^(?:ersten?|zweiten?|dritten?|vierten?|fünften?|sechsten?|siebten?|achten?|neunten?|zehnten?|elften?|zwölften?|\p{Ll}*zigsten?|letzten?|nächsten?|meisten?|besten?|weiten?|guten?|breiten?|harten?|rechten?|echten?|schlechten?|leichten?|bunten?|alten?|kalten?|halten|gelten|raten|treten|bitten|mitten|unten|hinten|achten|beachten|betrachten|fürchten|richten|berichten|leisten|kosten|warten|starten|arbeiten|bedeuten|retten|antworten|werten|bewerten|erwarten|heute|leute|beute|meute|konnten?|sollten?|wollten?|mussten?|durften?|möchten?|könnten?|dürften?|müssten?|würden?|hätten?|späten?|frühen?|weitere)$/u;

function compile(future: string, past: string, present: string, lang: 'de' | 'en'): { re: RegExp; dirOf: (w: string) => -1 | 0 | 1; listed: (w: string) => boolean } {
  // The lists hold regex alternatives ("bevorstehende[nmrs]?"), so membership is a whole-word match.
  const whole = (alternatives: string) => {
    const re = new RegExp(`^(?:${alternatives})$`, 'u');
    return { has: (w: string) => re.test(w) };
  };
  const f = whole(future);
  const p = whole(past);
  const pr = whole(present);
  const pastSuffix = lang === 'en' ? '|\\p{Ll}{3,}ed' : '|\\p{Ll}{0,6}ge\\p{Ll}{2,}(?:t|en)|(?:be|ver|er|ent|zer|emp|miss)\\p{Ll}{3,}t(?=\\s*[,.;:!?]|\\s+(?:und|oder|worden|haben|hat|habe|sei|ist|sind|wurde|wurden)\\b)|\\p{Ll}{2,}[^s\\s]ten?(?=\\s+\\p{Ll}|\\s*[,.;:!?])';
  const re = new RegExp(`(?<![\\p{L}\\p{N}'])(?:${future}|${past}|${present}${pastSuffix})(?![\\p{L}\\p{N}])`, 'gu');
  return {
    re,
    listed: (w: string) => f.has(w.toLowerCase()) || p.has(w.toLowerCase()) || pr.has(w.toLowerCase()),
    dirOf(w: string) {
      const l = w.toLowerCase();
      if (f.has(l)) return 1;
      if (p.has(l)) return -1;
      if (pr.has(l)) return 0;
      return -1; // -ed forms, ge-…-t/-en participles
    },
  };
}

const DE = compile(DE_FUTURE, `${DE_PAST}|${DE_STRONG_PRET}`, `${DE_PERFECT_AUX}|${DE_PRESENT}`, 'de');
const EN = compile(EN_FUTURE, EN_PAST, EN_PRESENT, 'en');

/** Finds tense markers in a text span (one sentence). */
export function tenseMarkers(text: string, start: number, end: number, lang: 'de' | 'en'): TenseMarker[] {
  const { re, dirOf, listed } = lang === 'en' ? EN : DE;
  const s = text.slice(start, end);
  re.lastIndex = 0;
  const out: TenseMarker[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    let dir = dirOf(m[0]);
    // German preterite guessed from -te/-ten before a lower-case word or punctuation ("warnten am Freitag").
    if (lang === 'de' && dir === -1 && /ten?$/.test(m[0]) && !/^ge/.test(m[0]) && NOT_PRETERITE.test(m[0])) continue;
    // German perfect: "hat … getroffen" is past; a bare present auxiliary stays 0.
    if (lang === 'de' && dir === -1 && (DE_GE_PARTICIPLE.test(m[0]) || DE_PREFIX_PARTICIPLE.test(m[0])) && !listed(m[0]) && m[0].length > 4) {
      if (!out.some((o) => o.dir === 0)) continue; // participle without auxiliary: likely an adjective
      for (const o of out) if (o.dir === 0) o.dir = -1;
    }
    const attributive = lang === 'de' && DE_PLAN_ATTRIBUTIVE.test(m[0].toLowerCase());
    out.push({ start: start + m.index, end: start + m.index + m[0].length, dir, weak: REPORTING.has(m[0].toLowerCase()), attributive });
  }
  return out;
}

/**
 * The direction for an expression at [start, end): the nearest marker wins, a comma
 * or semicolon in between counts as distance (another clause). Future markers win
 * over past ones in the same clause ("sagte, man werde …" is handled by distance).
 */
export function directionAt(text: string, markers: TenseMarker[], start: number, end: number): -1 | 0 | 1 {
  let best: TenseMarker | null = null;
  let bestDist = Infinity;
  for (const mk of markers) {
    if (mk.start < end && mk.end > start) continue; // part of the expression itself
    // "die geplante, von X unterstützte Konferenz im Juni": the adjective dates its own noun phrase
    if (mk.attributive && mk.end <= start && start - mk.end < 60 && !CLAUSE_BREAK_BETWEEN.test(text.slice(mk.end, start))) return mk.dir;
    const [a, b] = mk.end <= start ? [mk.end, start] : [end, mk.start];
    let dist = b - a;
    for (let i = a; i < b; i++) {
      const c = text.charCodeAt(i);
      if (c === 44 || c === 59 || c === 58) dist += 40; // , ; :
    }
    if (mk.dir === 1) dist -= 10;
    if (mk.weak) dist += 25;
    if (dist < bestDist) {
      bestDist = dist;
      best = mk;
    }
  }
  return best ? best.dir : 0;
}
