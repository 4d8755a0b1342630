/**
 * German (and a little English) reporting-verb lexicon and closed word classes used by the
 * quote and speaker finder. Forms are generated once at import into Sets/Maps (O(1) lookups).
 */

export interface CueEntry {
  lemma: string;
  /** Separable particle that must follow in the clause ("fügte … hinzu"); null if none. */
  particle: string | null;
}

/** Inseparable prefixes: their participles take no "ge-". */
const INSEP = /^(?:be|er|ver|ent|zer|emp|ge|miss|wider|hinter|über|unter)/;
// \p{…} regexps as module constants: tsx rewrites such a literal into a `new RegExp()` on every evaluation.
const UMLAUT_STEM = /^(\p{Ll}*?)([äöü])([^aeiouäöü]*)(?:e|en|est|et)$/u;

function weakForms(stem: string): string[] {
  // e-insertion after t/d and consonant clusters like "chn", "ffn", "gn"
  const e = /(?:[td]|chn|ffn|gn|dm|tm)$/.test(stem) ? 'e' : '';
  // "fordern", "schildern" — but "-ieren" verbs keep the "-en" ("kritisieren", "zitieren", "argumentieren")
  const erel = /(?:[^i]er|el)$/.test(stem);
  const inf = erel ? stem + 'n' : stem + 'en';
  const part = (INSEP.test(stem) || stem.endsWith('ier') ? '' : 'ge') + stem + e + 't';
  return [
    stem + 'e',
    stem + e + 'st',
    stem + e + 't',
    inf,
    stem + e + 'te',
    stem + e + 'ten',
    stem + e + 'test',
    part,
  ];
}

/** Weak (regular) reporting verbs, as stems; "particle|stem" for separable ones. */
const WEAK = [
  'sag', 'erklär', 'beton', 'warn', 'bericht', 'forder', 'äußer', 'behaupt', 'kritisier', 'erläuter',
  'versicher', 'bekräftig', 'bestätig', 'dementier', 'mahn', 'klag', 'beklag', 'antwort', 'frag',
  'ergänz', 'schilder', 'verkünd', 'erzähl', 'mit|teil', 'an|kündig', 'hinzu|füg', 'zitier', 'mein',
  'vermut', 'befürcht', 'fürcht', 'hoff', 'appellier', 'bilanzier', 'resümier', 'konstatier', 'argumentier',
  'kommentier', 'präzisier', 'relativier', 'prognostizier', 'twitter', 'wiederhol', 'ein|räum',
  'beteuer', 'beharr', 'erinner', 'bemängel', 'beanstand', 'verlang', 'konter', 'lob',
  'fest|stell', 'klar|stell', 'klar|mach', 'deutlich|mach', 'an|merk', 'bezeichn', 'unterstell', 'informier',
  'meld', 'bilanzier', 'spekulier', 'mutmaß', 'folger', 'schlussfolger', 'zweifel', 'bezweifel',
  'vernein', 'bejah', 'entgegn', 'erwider', 'protestier', 'plädier', 'postulier',
  'signalisier', 'unterstreich', 'versprech', 'glaub', 'schätz', 'ein|schätz',
  'rechtfertig', 'begründ', 'droh', 'verteidig',
  'nenn', 'urteil', 'beurteil', 'beschreib', 'bemerk', 'hervor|heb', 'zurück|weis', 'ab|lehn',
  'auf|forder', 'nach|frag', 'an|mahn', 'erwähn', 'formulier', 'vermerk', 'bescheinig', 'attestier', 'leugn', 'suggerier', 'erwart', 'beklag', 'zu|stimm', 'hin|weis', 'vorher|sag',
  'voraus|sag', 'aus|richt', 'ein|wend', 'kritisier', 'thematisier',
  'begrüß', 'reklamier', 'scherz', 'schimpf', 'seufz', 'stöhn', 'spott', 'polter', 'witzel', 'frotzel', 'beschwichtig',
  'vermeld', 'dar|leg', 'sekundier',
  // "X bedauerte, dass …"; "X monierte, dass …"
  'bedauer', 'monier',
  // "hat … unter Eid ausgesagt, dass …", "sagte vor Gericht aus" (testimony)
  'aus|sag',
];

/** Strong/irregular reporting verbs: lemma, particle (or ''), forms (finite + participle). */
const STRONG: [string, string, string[]][] = [
  ['sprechen', '', ['spreche', 'sprichst', 'spricht', 'sprechen', 'sprecht', 'sprach', 'sprachen', 'gesprochen']],
  ['schreiben', '', ['schreibe', 'schreibt', 'schreiben', 'schrieb', 'schrieben', 'geschrieben']],
  ['heißen', '', ['heißt', 'hieß', 'hießen', 'geheißen']],
  ['bestreiten', '', ['bestreite', 'bestreitet', 'bestreiten', 'bestritt', 'bestritten']],
  ['unterstreichen', '', ['unterstreicht', 'unterstreichen', 'unterstrich', 'unterstrichen']],
  ['widersprechen', '', ['widerspreche', 'widerspricht', 'widersprechen', 'widersprach', 'widersprachen']],
  ['versprechen', '', ['verspricht', 'versprechen', 'versprach', 'versprachen', 'versprochen']],
  ['verweisen', '', ['verweist', 'verweisen', 'verwies', 'verwiesen']],
  ['hinweisen', 'hin', ['weist', 'weisen', 'wies', 'wiesen', 'hingewiesen', 'hinweist', 'hinwies', 'hinzuweisen']],
  ['zurückweisen', 'zurück', ['weist', 'weisen', 'wies', 'wiesen', 'zurückgewiesen', 'zurückweist', 'zurückwies', 'zurückzuweisen']],
  ['betonen', '', ['betonte', 'betonten']],
  ['rufen', 'auf', ['ruft', 'rufen', 'rief', 'riefen', 'aufgerufen', 'aufruft', 'aufrief']],
  ['vorwerfen', 'vor', ['wirft', 'werfen', 'warf', 'warfen', 'vorgeworfen', 'vorwirft', 'vorwarf']],
  ['zugeben', 'zu', ['gibt', 'geben', 'gab', 'gaben', 'zugegeben', 'zugibt', 'zugab']],
  // "Die Befragten gaben an, dass …", "Er gab an, er sei …" (not "den Ton angeben": a cue needs its complement)
  ['angeben', 'an', ['gibt', 'geben', 'gab', 'gaben', 'angegeben', 'angibt', 'angab', 'anzugeben']],
  ['bekanntgeben', 'bekannt', ['gibt', 'geben', 'gab', 'gaben', 'bekanntgegeben', 'bekanntgibt', 'bekanntgab']],
  ['zu bedenken geben', 'bedenken', ['gibt', 'geben', 'gab', 'gaben', 'gegeben']],
  ['ausführen', 'aus', ['führt', 'führen', 'führte', 'führten', 'ausgeführt', 'ausführte']],
  ['festhalten', 'fest', ['hält', 'halten', 'hielt', 'hielten', 'festgehalten', 'festhielt']],
  ['einwenden', 'ein', ['wendet', 'wenden', 'wandte', 'wandten', 'eingewandt', 'eingewendet']],
  ['vorschlagen', 'vor', ['schlägt', 'schlagen', 'schlug', 'schlugen', 'vorgeschlagen', 'vorschlug']],
  ['bitten', '', ['bittet', 'bitten', 'bat', 'baten', 'gebeten']],
  ['raten', '', ['rät', 'raten', 'riet', 'rieten', 'geraten']],
  ['empfehlen', '', ['empfiehlt', 'empfehlen', 'empfahl', 'empfahlen', 'empfohlen']],
  ['gestehen', '', ['gesteht', 'gestehen', 'gestand', 'gestanden']],
  ['eingestehen', 'ein', ['gesteht', 'gestand', 'eingestanden']],
  ['bekennen', '', ['bekennt', 'bekennen', 'bekannte', 'bekannten']],
  ['annehmen', 'an', ['nimmt', 'nehmen', 'nahm', 'nahmen', 'angenommen']],
  ['wissen lassen', 'wissen', ['lässt', 'ließ', 'ließen']],
  ['ausrichten lassen', 'ausrichten', ['lässt', 'ließ', 'ließen']],
  ['verlauten', 'verlauten', ['lässt', 'ließ', 'ließen']],
  ['denken', '', ['denkt', 'dachte', 'dachten']],
  ['ansprechen', 'an', ['spricht', 'sprach', 'sprachen', 'angesprochen']],
  ['vortragen', 'vor', ['trägt', 'trug', 'trugen', 'vorgetragen']],
  ['lauten', '', ['lautet', 'lautete']],
  // a document or finding as the source: "Die Studie besagt, dass …" (present only: "die besagte Regel" = aforementioned)
  ['besagen', '', ['besagt', 'besagen']],
  ['rufen', '', ['rief', 'riefen', 'ruft']],
  ['schließen', '', ['schloss', 'schließt']],
  ['zurufen', 'zu', ['rief', 'riefen', 'ruft', 'zugerufen', 'zurief']],
  ['schreien', '', ['schrie', 'schrien', 'schreit']],
  ['entgegnen', '', ['entgegnete', 'entgegneten', 'entgegnet']],
  ['replizieren', '', ['replizierte', 'repliziert']],
  ['finden', '', ['findet']],
  ['wissen', '', ['weiß', 'wusste', 'wussten']],
  ['nennen', '', ['nennt', 'nannte', 'nannten', 'genannt']],
  ['zeigen', 'sich', ['zeigt', 'zeigte', 'zeigten', 'zeigen', 'gezeigt']],
  // "…, ärgert sich X." / "…, freut sich X." — reflexive reactions that frame a statement in news
  ['ärgern', 'sich', ['ärgert', 'ärgerte', 'ärgerten']],
  ['freuen', 'sich', ['freut', 'freute', 'freuten']],
  ['wundern', 'sich', ['wundert', 'wunderte', 'wunderten']],
  ['empören', 'sich', ['empört', 'empörte', 'empörten']],
  ['titeln', '', ['titelt', 'titelte', 'titelten']],
  ['sich äußern', '', ['äußerte', 'äußerten']],
  ['fordern', '', ['fordert', 'forderte', 'forderten', 'gefordert']],
  ['ankündigen', 'an', ['kündigt', 'kündigte', 'kündigten']],
  ['beschreiben', '', ['beschreibt', 'beschrieb', 'beschrieben']],
  ['hervorheben', 'hervor', ['hebt', 'hob', 'hoben', 'hervorgehoben', 'hervorhob']],
  ['vorrechnen', 'vor', ['rechnet', 'rechnete', 'vorgerechnet']],
  ['ablehnen', 'ab', ['lehnt', 'lehnte', 'lehnten']],
  ['vorhalten', 'vor', ['hält', 'halten', 'hielt', 'hielten', 'vorgehalten', 'vorhielt', 'vorhält']],
  // Austrian press "…, deponierte X." — preterite only: "deponiert" is mostly the participle of "put down" ("Briefe, die … deponiert sind")
  ['deponieren', '', ['deponierte', 'deponierten']],
  // "…, befand X." (a verdict; not "befindet", which is mostly locative)
  ['befinden', '', ['befand', 'befanden']],

  // English
  ['say', '', ['say', 'says', 'said']],
  ['tell', '', ['tell', 'tells', 'told']],
  ['claim', '', ['claim', 'claims', 'claimed']],
  ['add', '', ['added', 'adds']],
  ['state', '', ['stated', 'states']],
  ['argue', '', ['argue', 'argues', 'argued']],
  ['write', '', ['wrote', 'writes', 'written']],
  ['warn', '', ['warned', 'warns']],
  ['insist', '', ['insisted', 'insists']],
  ['announce', '', ['announced', 'announces']],
  ['ask', '', ['asked', 'asks']],
  ['explain', '', ['explained', 'explains']],
  ['note', '', ['noted', 'notes']],
  ['report', '', ['reported', 'reports']],
  ['deny', '', ['denied', 'denies']],
  ['suggest', '', ['suggested', 'suggests']],
  ['believe', '', ['believe', 'believes', 'believed']],
  ['think', '', ['think', 'thinks', 'thought']],
  ['accuse', '', ['accused', 'accuses']],
  ['call', '', ['called']],
  ['tweet', '', ['tweeted', 'tweets']],
  ['according', '', ['according']],
];

/** Verbs that are only cues together with their particle (the bare base verb is not speech). */
const NEEDS_PARTICLE = new Set([
  'mit|teil', 'ein|räum', 'fest|stell', 'klar|stell', 'klar|mach', 'deutlich|mach', 'an|merk', 'hervor|heb', 'zurück|weis',
  'aus|richt', 'ein|wend', 'ein|schätz', 'hin|weis', 'zu|stimm', 'auf|forder', 'nach|frag', 'an|mahn', 'erwähn', 'formulier', 'vermerk', 'bescheinig', 'attestier', 'leugn', 'suggerier', 'erwart', 'beklag',
  'vorher|sag', 'voraus|sag', 'ärgern', 'freuen', 'wundern', 'empören', 'hinweisen', 'zurückweisen', 'rufen', 'vorwerfen', 'zugeben', 'bekanntgeben',
  'zu bedenken geben', 'angeben', 'ausführen', 'festhalten', 'einwenden', 'vorschlagen', 'eingestehen', 'annehmen',
  'wissen lassen', 'ausrichten lassen', 'verlauten', 'zeigen', 'hervorheben', 'vorrechnen', 'ablehnen', 'vorhalten',
  'hinzu|füg', 'an|kündig', 'vortragen', 'ansprechen', 'aus|sag',
]);

/** Lower-cased finite/participle form -> entries. A form may need a particle for one lemma and not another. */
export const CUE_FORMS = new Map<string, CueEntry[]>();
/** Joined forms of separable verbs ("hinzufügte", "mitgeteilt") and infinitives. */
export const SEPARABLE_PARTICLES = new Set<string>();

function addForm(form: string, entry: CueEntry): void {
  const list = CUE_FORMS.get(form);
  if (list) {
    if (!list.some((e) => e.lemma === entry.lemma && e.particle === entry.particle)) list.push(entry);
  } else CUE_FORMS.set(form, [entry]);
}

for (const w of WEAK) {
  const bar = w.indexOf('|');
  if (bar < 0) {
    for (const f of weakForms(w)) addForm(f, { lemma: w + (/(?:[^i]er|el)$/.test(w) ? 'n' : 'en'), particle: null });
    continue;
  }
  const particle = w.slice(0, bar);
  const stem = w.slice(bar + 1);
  const lemma = particle + stem + (stem.endsWith('er') ? 'n' : 'en');
  const forms = weakForms(stem);
  const needs = true; // split finite forms of a separable verb are cues only with the particle
  // finite forms with the particle split off ("teilte … mit")
  for (const f of forms.slice(0, 7)) addForm(f, { lemma, particle: needs ? particle : null });
  // joined forms: subordinate clauses ("mitteilte"), participle ("mitgeteilt"), zu-infinitive
  for (const f of forms.slice(0, 7)) addForm(particle + f, { lemma, particle: null });
  addForm(particle + 'ge' + stem + (/(?:[td]|chn|gn)$/.test(stem) ? 'et' : 't'), { lemma, particle: null });
  addForm(particle + 'zu' + stem + (stem.endsWith('er') ? 'n' : 'en'), { lemma, particle: null });
  SEPARABLE_PARTICLES.add(particle);
}
for (const [lemma, particle, forms] of STRONG) {
  const needs = NEEDS_PARTICLE.has(lemma) && particle !== '';
  for (const f of forms) {
    const joined = particle && f.startsWith(particle) && particle !== 'sich';
    addForm(f, { lemma, particle: needs && !joined && !(f.startsWith('ge') && particle !== 'sich') ? particle : null });
  }
  if (particle) SEPARABLE_PARTICLES.add(particle);
}
// "gegeben" alone (zu bedenken gegeben) must keep its particle requirement
for (const f of ['gegeben', 'gehalten', 'gestanden', 'geworfen']) {
  const l = CUE_FORMS.get(f);
  if (l) for (const e of l) if (!e.particle && NEEDS_PARTICLE.has(e.lemma)) e.particle = 'x';
}

/**
 * Verbs that report only with a complement clause after them ("Die Befragten gaben an, dass …", "Die Studie besagt,
 * dass …"; extract.ts checks the complement). Their forms that belong to no other cue ("besagt", "angegeben") are not counted as reporting words by the clause tests that only look up
 * a form (reportingForm).
 */
export const COMPLEMENT_CUE_LEMMAS = new Set(['angeben', 'besagen']);
const COMPLEMENT_ONLY_FORMS = new Set<string>();
for (const [f, entries] of CUE_FORMS) if (entries.every((e) => COMPLEMENT_CUE_LEMMAS.has(e.lemma))) COMPLEMENT_ONLY_FORMS.add(f);

/** A form of a reporting verb that is a cue without a complement check (CUE_FORMS less the complement-only forms). */
export function reportingForm(lower: string): boolean {
  return CUE_FORMS.has(lower) && !COMPLEMENT_ONLY_FORMS.has(lower);
}

/** Returns the cue entries of a lower-cased form, or undefined. */
export function cueEntries(lower: string): CueEntry[] | undefined {
  return CUE_FORMS.get(lower);
}

/** Nouns that mark an attribution inside a PP: "nach Angaben von X", "nach Ansicht des X". */
export const ATTRIBUTION_NOUNS = new Set([
  'Angaben', 'Ansicht', 'Meinung', 'Auffassung', 'Einschätzung', 'Worten', 'Darstellung', 'Aussage',
  'Aussagen', 'Informationen', 'Berichten', 'Schätzungen', 'Überzeugung', 'Sicht', 'Einschätzungen',
  'Auskunft', 'Bekunden', 'Schilderung', 'Schilderungen', 'Recherchen', 'Erkenntnissen', 'Schätzung', 'Zählung',
  'Berechnungen', 'Darstellungen', 'Worte', 'Mitteilung', 'Dafürhalten',
]);

export const ARTICLES = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'einen', 'eines',
  'kein', 'keine', 'keiner', 'keinem', 'keinen', 'dieser', 'diese', 'dieses', 'diesem', 'diesen',
  'jener', 'jene', 'jenes', 'jenem', 'jenen', 'sein', 'seine', 'seiner', 'seinem', 'seinen', 'seines',
  'ihr', 'ihre', 'ihrer', 'ihrem', 'ihren', 'ihres', 'unser', 'unsere', 'unserer', 'unserem', 'unseren',
  'mehrere', 'viele', 'einige', 'alle', 'beide', 'zwei', 'drei', 'the', 'a', 'an', 'his', 'her', 'their',
]);

export const DATIVE_ARTICLES = new Set(['dem', 'einem', 'diesem', 'seinem', 'ihrem', 'unserem', 'jenem']);

/** Personal pronouns that can be speakers, with gender/number. */
export interface PronounInfo {
  gender: 'm' | 'f' | 'n' | 'x';
  plural: boolean | null;
  person: number;
}

/** Personal pronouns (a Map: an object literal would also answer for 'constructor' and be slow to probe). */
export const PRONOUNS = new Map<string, PronounInfo>([
  ['er', { gender: 'm', plural: false, person: 3 }],
  ['sie', { gender: 'f', plural: null, person: 3 }],
  ['es', { gender: 'n', plural: false, person: 3 }],
  ['man', { gender: 'x', plural: false, person: 3 }],
  ['ich', { gender: 'x', plural: false, person: 1 }],
  ['wir', { gender: 'x', plural: true, person: 1 }],
  ['du', { gender: 'x', plural: false, person: 2 }],
  ['ihr', { gender: 'x', plural: true, person: 2 }],
  ['he', { gender: 'm', plural: false, person: 3 }],
  ['she', { gender: 'f', plural: false, person: 3 }],
  ['they', { gender: 'x', plural: true, person: 3 }],
  ['i', { gender: 'x', plural: false, person: 1 }],
  ['we', { gender: 'x', plural: true, person: 1 }],
  ['you', { gender: 'x', plural: null, person: 2 }],
]);

export const PREPOSITIONS = new Set([
  'am', 'im', 'in', 'an', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'seit', 'von', 'vom', 'vor', 'zu', 'zum',
  'zur', 'über', 'unter', 'gegen', 'gegenüber', 'für', 'fürs', 'ohne', 'um', 'durch', 'während', 'wegen',
  'trotz', 'hinter', 'neben', 'zwischen', 'bis', 'ab', 'ins', 'ans', 'aufs', 'angesichts', 'anlässlich',
  'innerhalb', 'außerhalb', 'via', 'per', 'laut', 'zufolge', 'pro', 'samt', 'statt', 'anstatt', 'mittels', 'hinsichtlich',
  'on', 'in', 'at', 'to', 'for', 'from', 'with', 'by', 'of', 'about', 'during', 'after', 'before',
]);

/** Adverbs and particles that may stand between a verb and its subject. */
export const ADVERBS = new Set([
  'auch', 'zudem', 'außerdem', 'bereits', 'nun', 'jetzt', 'heute', 'gestern', 'vorgestern', 'morgen', 'damals',
  'dann', 'daher', 'deshalb', 'dazu', 'dabei', 'hierzu', 'darauf', 'allerdings', 'jedoch', 'aber', 'noch',
  'schon', 'erneut', 'ebenfalls', 'weiter', 'weiters', 'zuletzt', 'kürzlich', 'einmal', 'etwa', 'denn',
  'doch', 'ja', 'mehrfach', 'wiederholt', 'offen', 'klar', 'deutlich', 'ausdrücklich', 'zuvor', 'später',
  'indes', 'indessen', 'inzwischen', 'mittlerweile', 'hingegen', 'dagegen', 'wiederum', 'freilich', 'immer',
  'nicht', 'nie', 'niemals', 'stets', 'ebenso', 'gleichzeitig', 'zugleich', 'sogar', 'nur', 'bloß', 'lediglich',
  'vielmehr', 'also', 'so', 'sodann', 'anschließend', 'abschließend', 'einst', 'vergangene', 'vergangenen',
  'letzte', 'letzten', 'zuvor', 'kurz', 'unlängst', 'jüngst', 'neulich', 'erst', 'gar', 'wohl', 'darüber',
  'hinaus', 'nochmals', 'sinngemäß', 'wörtlich', 'sichtlich', 'hörbar', 'trocken', 'knapp', 'lapidar',
  'frühzeitig', 'zunächst', 'schließlich', 'letztlich', 'ferner', 'dort', 'hier', 'vorher',
  'bisher', 'bislang', 'ausführlich', 'öffentlich', 'eben', 'halt', 'selbst', 'selber', 'sich',
  'also', 'gerade', 'wirklich', 'eigentlich', 'vorhin', 'demnach', 'zufolge', 'nämlich', 'tatsächlich', 'natürlich', 'ohnehin', 'sehr', 'ganz', 'fast',
  'besonders', 'vor', 'allem', 'mal', 'wieder', 'bald', 'sofort', 'gern', 'gerne', 'ernst', 'scharf',
  // sentence adverbs of time that open a sentence in upper case and are no noun phrase ("Unterdessen drohte X")
  'unterdessen', 'derweil', 'derweilen', 'währenddessen', 'zwischenzeitlich', 'seither', 'seitdem',
]);

/** Auxiliaries and modals that carry the finite position when the cue is a participle/infinitive. */
export const AUXILIARIES = new Set([
  'hat', 'haben', 'habe', 'hatte', 'hatten', 'hätte', 'hätten', 'wird', 'werden', 'werde', 'wurde', 'wurden',
  'würde', 'würden', 'will', 'wollen', 'wolle', 'wollte', 'wollten', 'soll', 'sollen', 'solle', 'sollte',
  'sollten', 'muss', 'müssen', 'müsse', 'musste', 'mussten', 'kann', 'können', 'könne', 'konnte', 'konnten',
  'könnte', 'könnten', 'darf', 'dürfen', 'dürfe', 'durfte', 'möchte', 'möchten', 'mag', 'ließ', 'lässt',
  'pflegt', 'pflegte', 'pflegten',
  'ist', 'sind', 'war', 'waren', 'sei', 'wäre', 'has', 'have', 'had', 'will', 'would', 'was', 'were', 'is',
]);

/** Subordinators that open a verb-final clause. */
export const SUBORDINATORS = new Set([
  'dass', 'daß', 'wie', 'weil', 'ob', 'ehe', 'sofern', 'solange', 'wenn', 'als', 'nachdem', 'da', 'obwohl', 'während', 'bevor',
  'damit', 'sodass', 'falls', 'sobald', 'seit', 'seitdem', 'indem', 'wo', 'wobei', 'weshalb', 'warum',
  'was', 'wer', 'wen', 'wem', 'welche', 'welcher', 'welches', 'as', 'that', 'because', 'if', 'when',
]);

/** Konjunktiv I/II markers that signal reported speech in a verb-second clause. */
export const SUBJUNCTIVE = new Set([
  'sei', 'seien', 'habe', 'hätten', 'hätte', 'werde', 'würden', 'würde', 'könne', 'könnten', 'könnte',
  'müsse', 'müssten', 'müsste', 'solle', 'sollten', 'wolle', 'wollten', 'dürfe', 'dürften', 'möge',
  'gebe', 'gäbe', 'gehe', 'stehe', 'liege', 'komme', 'bleibe', 'wisse', 'wären', 'wäre', 'brauche',
  'fehle', 'handle', 'halte', 'sehe', 'trage', 'habe', 'lasse', 'mache', 'zeige', 'arbeite', 'plane',
  'brächte', 'brächten', 'läge', 'lägen', 'gäben', 'käme', 'kämen', 'stünde', 'stünden', 'ginge', 'gingen',
  'hielte', 'hielten', 'ließe', 'ließen', 'trügen', 'trüge', 'wüsste', 'wüssten', 'seiest', 'habest', 'werdest',
  'gelte', 'gelten', 'bestehe', 'drohe', 'reiche', 'diene', 'hänge', 'betreffe', 'sollen', 'benötige',
  'bräuchte', 'bräuchten', 'dürfte', 'möchten', 'müssen', 'könnten', 'täte', 'täten', 'fände', 'fänden', 'kenne',
  'laufe', 'führe', 'bringe', 'sitze', 'verfüge', 'fordere', 'erwarte', 'rechne', 'sehe', 'wolle', 'nehme',
  // Konjunktiv II of strong verbs that are no other form ("Pendler nähmen zudem andere Verkehrsmittel")
  'nähme', 'nähmen', 'bekäme', 'bekämen', 'entstünde', 'entstünden', 'träfe', 'träfen', 'sähe', 'sähen', 'spräche',
  'sprächen', 'zöge', 'zögen', 'verlöre', 'verlören', 'gewönne', 'gewönnen', 'bräche', 'brächen', 'fiele', 'bliebe',
  'hieße', 'schiene', 'liefe', 'betrüge', 'erhielte', 'gälte', 'gölte', 'stürbe', 'hülfe', 'beträfe', 'beträfen',
]);

/**
 * Preterite stems of strong verbs (a closed class of the language). Their Konjunktiv II is the stem with its vowel
 * umlauted plus -e/-en/-est/-et ("saß" → "säße", "säßen"; "bekam" → "bekäme"), a form that is no indicative.
 */
const STRONG_PRETERITE = new Set([
  'saß', 'lag', 'kam', 'gab', 'nahm', 'sprach', 'brach', 'stach', 'traf', 'sah', 'las', 'aß', 'maß', 'vergaß',
  'trat', 'bat', 'galt', 'stahl', 'befahl', 'empfahl', 'warf', 'starb', 'half', 'zog', 'flog', 'bog', 'bot', 'log', 'trog',
  'schob', 'hob', 'wog', 'fror', 'verlor', 'schlug', 'trug', 'lud', 'grub', 'wusch', 'fand', 'schwand',
  'sprang', 'sank', 'gewann', 'begann', 'sann', 'schwamm', 'goss', 'floss',
  'schloss', 'schoss', 'genoss', 'kroch', 'roch', 'soff', 'schuf', 'tat', 'fuhr', 'ging', 'schwor', 'lief', 'hielt',
]);
/** Konjunktiv II forms that are also frequent indicative or infinitive forms of another verb ("führen", "drängen"). */
const UMLAUT_CLASH = new Set(['führe', 'führen', 'führest', 'führet', 'dränge', 'drängen', 'schwänden', 'gären', 'wäge', 'wägen', 'schwöre', 'schwören', 'löge', 'lögen', 'trüge', 'betrüge', 'betrügen', 'trügen', 'schüfe']);
const VERB_PREFIX = /^(?:be|ent|emp|er|ver|zer|miss|an|auf|aus|bei|ein|mit|nach|vor|zu|ab|um|unter|über|durch|wider|zurück|weg|teil|fest|statt|dar|her|hin|hinzu|heraus|herein|vorbei|zusammen|fort|weiter|los|frei|hoch|nieder)/;
const UMLAUT_PLAIN: Record<string, string> = { 'ä': 'a', 'ö': 'o', 'ü': 'u' };

/** strongKonjunktivTwo's answers by word (cleared when full). */
const STRONG_K2_MEMO = new Map<string, boolean>();
const STRONG_K2_MEMO_MAX = 50_000;

/** A Konjunktiv II of a strong verb, found by its form: umlauted preterite stem (with any prefix) + ending. */
export function strongKonjunktivTwo(lw: string): boolean {
  if (lw.length < 4) return false;
  // (a pure function of the word: every document repeats most of its words, "präsident", "würden", "müssen")
  let r = STRONG_K2_MEMO.get(lw);
  if (r === undefined) {
    r = strongKonjunktivTwoOf(lw);
    if (STRONG_K2_MEMO.size >= STRONG_K2_MEMO_MAX) STRONG_K2_MEMO.clear();
    STRONG_K2_MEMO.set(lw, r);
  }
  return r;
}

function strongKonjunktivTwoOf(lw: string): boolean {
  // "durchführen", "verdrängen", "zeitgemäße": a clashing verb or the adjective "-gemäß" at the end
  for (let i = 0; i < lw.length - 3; i++) if (UMLAUT_CLASH.has(lw.slice(i))) return false;
  if (/gemäß(?:e|en)$/.test(lw)) return false;
  const m = UMLAUT_STEM.exec(lw);
  if (!m) return false;
  const stem = UMLAUT_PLAIN[m[2]] + m[3];
  const full = m[1] + stem;
  // the stem itself or behind verb prefixes only ("bekäme", "teilnähmen"; not the noun "Abschläge" = ab+schlag)
  let rest = full;
  for (let guard = 0; guard < 4; guard++) {
    if (STRONG_PRETERITE.has(rest)) return true;
    const p = VERB_PREFIX.exec(rest);
    if (!p || p[0].length >= rest.length) return false;
    rest = rest.slice(p[0].length);
  }
  return false;
}

/** A Konjunktiv I/II marker: the listed forms and every strong Konjunktiv II by its form. */
export function isSubjunctive(lw: string): boolean {
  return SUBJUNCTIVE_ALL.has(lw) || strongKonjunktivTwo(lw);
}

/**
 * The listed forms plus every strong Konjunktiv II met so far (`learnSubjunctives` adds a document's own forms before
 * the document is read, so for its words `SUBJUNCTIVE_ALL.has` equals `isSubjunctive`; it only ever grows by true
 * Konjunktiv forms). The extractor's hot loops test this Set instead of calling `isSubjunctive` per token.
 */
export const SUBJUNCTIVE_ALL = new Set(SUBJUNCTIVE);

/** Adds the strong Konjunktiv II forms among these lower-case words to `SUBJUNCTIVE_ALL`. */
export function learnSubjunctives(words: readonly string[]): void {
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const n = w.length;
    if (n < 4) continue;
    const last = w.charCodeAt(n - 1);
    if (last !== 101 /* e */ && last !== 110 /* n */ && last !== 116 /* t */) continue;
    let umlaut = false;
    for (let i = 0; i < n && !umlaut; i++) {
      const c = w.charCodeAt(i);
      umlaut = c === 228 || c === 246 || c === 252;
    }
    if (umlaut && !SUBJUNCTIVE_ALL.has(w) && strongKonjunktivTwo(w)) SUBJUNCTIVE_ALL.add(w);
  }
}

/** First-person words: an unmarked statement with them, attributed by a cue, was a direct quote. */
export const FIRST_PERSON = new Set([
  'ich', 'mich', 'mir', 'mein', 'meine', 'meinem', 'meinen', 'meiner', 'meines', 'wir', 'uns', 'unser',
  'unsere', 'unserem', 'unseren', 'unserer', 'unseres', 'lasst',
]);

/** Female / male role nouns and forms of address used to guess a person's gender. */
export const FEMALE_TITLES = /(?:frau$|^(?:Mutter|Tochter|Schwester|Witwe|Großmutter)$|in$|innen$)/;
export const MALE_TITLES = new Set([
  'Herr', 'Herrn', 'Sprecher', 'Minister', 'Kanzler', 'Präsident', 'Chef', 'Bürgermeister', 'Direktor',
  'Vorsitzender', 'Parteichef', 'Regierungschef', 'Außenminister', 'Innenminister', 'Finanzminister',
  'Verteidigungsminister', 'Bundeskanzler', 'Premier', 'Premierminister', 'Ministerpräsident', 'Trainer',
  'Landeshauptmann', 'Generalsekretär', 'Anwalt', 'Experte', 'Sprecher', 'Obmann', 'Klubobmann', 'Coach',
  'Ehemann', 'Vater', 'Sohn', 'Bruder', 'Witwer', 'Großvater',
]);
