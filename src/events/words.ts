/** Closed word classes for argument finding and modality. Lower case. */

export const PREPOSITIONS = new Set([
  'in', 'im', 'ins', 'mit', 'nach', 'von', 'vom', 'bei', 'beim', 'zu', 'zum', 'zur', 'aus', 'an', 'am', 'auf',
  'für', 'gegen', 'über', 'unter', 'vor', 'hinter', 'neben', 'zwischen', 'durch', 'um', 'ohne', 'seit', 'bis',
  'laut', 'gemäß', 'trotz', 'wegen', 'während', 'innerhalb', 'außerhalb', 'nahe', 'jenseits', 'entlang',
  'angesichts', 'aufgrund', 'seitens', 'gegenüber', 'statt', 'anstatt', 'inklusive', 'samt', 'mitsamt', 'ab',
  'with', 'in', 'at', 'by', 'from', 'to', 'for', 'against', 'on', 'of', 'into', 'near', 'after', 'before',
]);

export const DETERMINERS = new Set([
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'dieser', 'diese',
  'dieses', 'diesem', 'diesen', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'seines', 'ihr', 'ihre', 'ihren',
  'ihrem', 'ihrer', 'ihres', 'alle', 'beide', 'beiden', 'mehrere', 'einige', 'the', 'a', 'an',
]);

export const COORD = new Set(['und', 'sowie', 'oder', ',', 'and', '&']);

export const REFLEXIVES = new Set(['sich', 'mich', 'dich', 'uns', 'euch', 'einander']);

/** Finite auxiliaries and modals. */
export const AUX = new Set([
  'hat', 'haben', 'habe', 'hatte', 'hatten', 'hätte', 'hätten', 'wird', 'werden', 'werde', 'wurde', 'wurden',
  'würde', 'würden', 'will', 'wollen', 'wolle', 'wollte', 'wollten', 'soll', 'sollen', 'solle', 'sollte',
  'sollten', 'muss', 'müssen', 'müsse', 'musste', 'mussten', 'kann', 'können', 'könne', 'konnte', 'konnten',
  'könnte', 'könnten', 'darf', 'dürfen', 'dürfe', 'durfte', 'möchte', 'möchten', 'ist', 'sind', 'war', 'waren',
  'sei', 'seien', 'wäre', 'wären', 'plant', 'planen', 'plante', 'planten',
  'has', 'have', 'had', 'will', 'would', 'was', 'were', 'is', 'are',
]);

export const SUBORDINATORS = new Set([
  'dass', 'daß', 'weil', 'ob', 'wenn', 'als', 'nachdem', 'da', 'obwohl', 'während', 'bevor', 'damit', 'sodass',
  'falls', 'sobald', 'seit', 'seitdem', 'indem', 'wo', 'wobei', 'weshalb', 'warum', 'nachdem', 'ehe', 'sofern',
  'that', 'because', 'if', 'when', 'after', 'before', 'while',
]);

export const RELATIVES = new Set(['der', 'die', 'das', 'den', 'dem', 'deren', 'dessen', 'denen', 'welche', 'welcher', 'welches', 'who', 'which']);

export const NEGATION = new Set(['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'weder', 'nirgends', 'not', 'never', 'no']);
export const NEGATING_VERBS = /^(bestreit|bestritt|dementier|leugne|weiger|verweiger|unterl[aä]ss(?!ung)|unterließ|verzicht|denied|deny|denies|refus)/;

export const HYPOTHETICAL = new Set(['wenn', 'falls', 'sofern', 'ob', 'if', 'unless', 'whether', 'angenommen', 'gegebenenfalls', 'notfalls', 'womöglich', 'eventuell', 'möglicherweise', 'vielleicht']);

export const FUTURE_AUX = new Set(['wird', 'werden', 'werde', 'würde', 'würden', 'will', 'wollen', 'wolle', 'wollte', 'wollten', 'möchte', 'möchten', 'plant', 'planen', 'plante', 'planten', 'beabsichtigt', 'beabsichtigen', 'will', 'shall']);
export const PLAN_WORDS = new Set([
  'voraussichtlich', 'geplant', 'geplante', 'geplanten', 'geplantes', 'geplanter', 'plant', 'planen', 'plante',
  'planten', 'vorgesehen', 'vorgesehene', 'vorgesehenen', 'angekündigt', 'angekündigte', 'angekündigten',
  'bevorstehend', 'bevorstehende', 'bevorstehenden', 'bevorstehender', 'anstehende', 'anstehenden',
  'kommende', 'kommenden', 'kommender', 'nächste', 'nächsten', 'nächster', 'morgen', 'übermorgen', 'künftig',
  'demnächst', 'angesetzt', 'angesetzte', 'angesetzten', 'beabsichtigt', 'erwartet', 'erwartete', 'erwarteten',
  'soll', 'sollen', 'solle', 'planned', 'upcoming', 'scheduled', 'expected', 'tomorrow', 'next',
]);
export const PLAN_GOVERNORS = /^(einig|geeinigt|verständig|verständigt|an(zu)?kündig|kündigt|kündigte|plan|beabsichtig|vorhab|hat vor|will|wollen|wollte|bereit$|bereiterklärt|bereitzuerklären|versprach|versprech|versprich|droht|drohte|androh|angeboten|bot|biet|entschlossen|entschieden|entschied|vereinbart|beschloss|beschließ|zugesagt|angekündigt|vorhaben|hofft|hoffen|strebt|anstreb|gilt$|gelte$|galt$)/;

export const HISTORICAL_WORDS = new Set(['zuletzt', 'damals', 'einst', 'seinerzeit', 'früher', 'ehemals', 'vormals', 'bereits', 'schon', 'seit', 'seitdem', 'previously', 'formerly']);
/** Pluperfect auxiliaries. */
export const PLUPERFECT = new Set(['hatte', 'hatten', 'hattest', 'war', 'waren']);

/** Konjunktiv I forms typical of indirect speech. */
export const SUBJUNCTIVE_I = new Set(['habe', 'sei', 'seien', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe', 'hätten', 'wären']);

export const REPORTING_VERBS = /^(sag|sagt|sagte|erklär|berichte|berichtet|meldete|meldet|teilte|teilt|betont|hieß|heißt|verlaut|erfuhr|schrieb|schreibt|bestätig|behaupt|zitiert|told|said|says|reported|reports)/;

/** Months and time words that are not actors even when capitalised. */
export const TIME_WORDS = /^(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|jänner|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)/;
