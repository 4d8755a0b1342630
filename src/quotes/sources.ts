// Sources that are no plain subject: laut/zufolge/nach Angaben phrases, documents, media, 'heißt es' and weak sources (setSource); separate as the attribution-phrase reading of a statement's source.
import type { Attribution, Extractor } from './extract.ts';
import { INDEFINITE, type MentionRef, type NP } from './context.ts';
import { ARTICLES, ATTRIBUTION_NOUNS, AUXILIARIES } from './lexicon.ts';
import { ADJECTIVAL_PLACE, DOCUMENT_HEAD, EMERGENCY_SERVICE, FEMALE_ROLE, INDEF_ARTICLES, INSTITUTION, MEDIUM_NOUN, MESSAGE_NOUNS, ORG_BODY, POSSESSIVE, REPORT_NOUNS, RESPONDENT_NOUN, ROLE_NOUN, SPEECH_NOUNS, SPOKESPERSON, SPOKESPERSON_OF, UPPER_START, WEB_OUTLET } from './shared.ts';
import { statementOwnerAfter } from './direct.ts';
import { narrativeFocus, openingInstitution, openingSubject } from './frames.ts';
import { copySpeaker, speakAs } from './indirect.ts';
import { garbageSpeaker } from './filters.ts';
import { demonstrativeAntecedent, descriptionOnly, mentionRange, pluralVerbAt, proportionGroup, resolveDescription, resolvePronoun, saxonGenitiveHead, unnamedIntroduction } from './speakers.ts';
import { placeAdjective, roleCompound } from './complements.ts';

/**
 * A source that should not take over the next continuations: no entity and a head that names no
 * speaker — an indefinite ("wie manche behaupteten"), an unowned attribution noun ("laut
 * vorliegenden Informationen"), or the noun a "wonach" report hangs on ("Kritik, wonach …").
 */
export function weakSource(ex: Extractor, att: Attribution): boolean {
  if (att.speakerEntity) return false;
  if (att.method === 'wonach') return true;
  const np = att.source;
  if (!np || np.pronoun) return false;
  const ctx = ex.ctx;
  const head = ctx.words[np.end - 1];
  if (INDEFINITE.has(ctx.lower[np.start]) || INDEFINITE.has(ctx.lower[np.end - 1])) return true;
  return ATTRIBUTION_NOUNS.has(head) || SPEECH_NOUNS.has(head);
}


/**
 * The source of "heißt es" at token i (clause from cs, sentence s ending at b): "heißt es in einem Bericht
 * des X" / "hieß es aus dem Ministerium" / "In dem Bericht hieß es" / "Aus dem Büro hatte es geheißen";
 * without one named, the actor the sentence before opened with ("Wir sind zuversichtlich, hieß es.").
 */
export function heisstEsSource(ex: Extractor, i: number, cs: number, b: number, s: number): NP | null {
  const ctx = ex.ctx;
  let np: NP | null = null;
  const v0 = ctx.lower[cs];
  if (cs < i && (v0 === 'in' || v0 === 'im' || v0 === 'aus' || v0 === 'vom' || v0 === 'von' || v0 === 'seitens' || v0 === 'vonseiten')) {
    const pp = ctx.npAt(cs + 1, i);
    if (pp && (pp.end === i || (ctx.lower[i] === 'geheißen' && AUXILIARIES.has(ctx.lower[pp.end])))) np = pp;
  }
  // "Man verweist an das Ministerium. Dort heißt es, …": "dort" points to the last office named in the sentence before
  if (!np && ex.mode === 'news' && v0 === 'dort' && cs + 1 === i && s > 0) {
    const a0 = ctx.sentStart[s - 1];
    for (let k = ctx.sentEnd[s - 1] - 2; k >= a0 && !np; k--) {
      if (!/^(?:an|ans|beim|bei|im|in|zum|zur)$/.test(ctx.lower[k])) continue;
      const pp = ctx.npAt(k + 1, ctx.sentEnd[s - 1]);
      if (pp && !pp.pronoun && (pp.mention?.entity.type === 'ORG' || INSTITUTION.test(ctx.lower[pp.end - 1]))) np = pp;
    }
  }
  // "hieß es in einer am Donnerstag in New York verbreiteten Erklärung Bans", "… in der Aussendung des Ministeriums": the
  // owner of the statement document after "in" speaks (checked first: a place inside the attribute is no source)
  if (!np) np = statementOwnerAfter(ex, i + 2, b);
  const fromVorfeld = np !== null;
  ex.heisstEsBare = false;
  let inPlace: NP | null = null;
  for (let k = i + 2; k < Math.min(b, i + 12) && !fromVorfeld; k++) {
    const w = ctx.lower[k];
    if (w === 'aus' || w === 'vom' || w === 'von' || w === 'seitens' || w === 'vonseiten') {
      np = ctx.npAt(k + 1, b);
      break;
    }
    if (!inPlace && (w === 'in' || w === 'im')) inPlace = ctx.npAt(k + 1, b);
    // "hieß es auf der Billa-Facebookseite", "auf der Homepage des Vereins": an outlet of the speaker
    if (!inPlace && w === 'auf' && ex.mode === 'news') {
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
  if (!np && ex.mode === 'news' && s > 0) {
    ex.heisstEsBare = true;
    np = openingSubject(ex, s - 1) ?? openingInstitution(ex, s - 1);
  }
  return np;
}


/** The source of the last statement when sentence s has "demnach" (within two sentences of it). */
export function demnachSource(ex: Extractor, att: Attribution, s: number, a: number, b: number): void {
  const ctx = ex.ctx;
  const last = ex.lastSpeaker;
  if (!last || s - last.sentence > 2 || last.att.kind === 'fragment' || (!last.att.speakerName && !last.att.speakerEntity) || weakSource(ex, last.att)) return;
  for (let k = a; k < b; k++) {
    if (ctx.lower[k] === 'demnach' && !ex.inQuote[k]) {
      copySpeaker(ex, att, last.att);
      return;
    }
  }
}


/**
 * "laut italienischen Medienberichten Champions-League-Finalist Juventus": an article-less source after "laut"
 * ends with its first noun; a person named right after it is its apposition ("laut medizinischem
 * Sachverständigen Wolfgang Denk,"), not a genitive before another noun ("laut deutschen Medien Dobrindts
 * freihändige Vergabe").
 */
export function adjectiveSource(ex: Extractor, from: number, b: number, np: NP): NP {
  const ctx = ex.ctx;
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


export function isLautPrep(ex: Extractor, i: number): boolean {
  // "laut" as preposition (before an NP) vs adjective "laut" (loud): "laut sagen", "zu laut"
  const ctx = ex.ctx;
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


/** Source of a nominal cue: possessive before ("Ihr Antrag") or genitive after ("Antrag der Grünen"). */
export function nominalSource(ex: Extractor, i: number, a: number, b: number): NP | null {
  const ctx = ex.ctx;
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


export function setSource(ex: Extractor, att: Attribution, np: NP | null, at: number): void {
  att.source = np;
  const ctx = ex.ctx;
  // "Etwa einer von drei Befragten erklärte", "Mehr als drei Viertel der Befragten geben an": a share phrase
  // that did not parse, with the respondent noun right before the verb
  if (!np && ex.mode === 'news' && at >= 2 && at < ctx.n && RESPONDENT_NOUN.test(ctx.lower[at - 1]) && ctx.isCap(at - 1) && !ex.inQuote[at - 1] &&
    (ctx.lower[at - 2] === 'der' || /^(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)$/.test(ctx.lower[at - 2]))) {
    att.source = { start: at - 1, end: at, mention: null, pronoun: false, dative: false };
    att.speakerEntity = null;
    att.speakerName = ctx.words[at - 1];
    return;
  }
  if (!np) return;
  if (ex.mode === 'news' && garbageSpeaker(ex, att, np, at)) return;
  // "Der Sprecher der Landesrätin sagte, …" after "Ein Sprecher der zuständigen Landesrätin Martina X sagte, …": the
  // same spokesperson without a name, not a person named in between
  if (ex.mode === 'news' && !np.pronoun) {
    const intro = unnamedIntroduction(ex, np);
    if (intro) {
      att.speakerEntity = null;
      att.speakerPseudo = false;
      att.speakerName = intro.speakerName;
      return;
    }
  }
  // "Die Wiener Linien waren um Beruhigung bemüht: Wir …, sagte ein Sprecher." — a bare indefinite spokesperson (no
  // genitive, no name, no organisation in the phrase) speaks for the organisation whose statement came right before
  if (ex.mode === 'news' && !np.pronoun && !np.mention && np.end - np.start === 2 && INDEF_ARTICLES.has(ctx.lower[np.start]) && SPOKESPERSON.test(ctx.words[np.start + 1]) && !SPOKESPERSON_OF.has(ctx.lower[np.end] ?? '')) {
    const s = ctx.toks[np.start].sentence;
    const a = ctx.sentStart[s];
    // the organisation opening a colon frame in the same sentence ("Die Wiener Linien waren … bemüht: …")
    let colon = -1;
    for (let k = a + 1; k < np.start && colon < 0; k++) if (ctx.words[k] === ':') colon = k;
    const frame = colon > 0 ? ctx.npAt(a, colon) : null;
    if (frame && !frame.pronoun && !frame.dative && frame.mention?.entity.type !== 'PER' && (frame.mention?.entity.type === 'ORG' || (ORG_BODY.test(ctx.lower[frame.end - 1]) && ARTICLES.has(ctx.lower[a])))) {
      if (frame.mention?.entity.type === 'ORG' && frame.mention.end === frame.end) speakAs(ex, att, frame.mention);
      else {
        att.speakerEntity = null;
        att.speakerName = ctx.text.slice(ctx.toks[frame.start].start, ctx.toks[frame.end - 1].end);
      }
      return;
    }
    // else the organisation that made the statement right before
    const last = ex.lastSpeaker;
    const org = colon < 0 && last && s - last.sentence <= 1 && last.sentence <= s && last.att.kind !== 'fragment' && !weakSource(ex, last.att) ? last.att : null;
    if (org && (org.speakerEntity?.type === 'ORG' || (!org.speakerEntity && org.speakerName && org.source && !org.source.pronoun && ORG_BODY.test(ctx.lower[org.source.end - 1])))) {
      copySpeaker(ex, att, org);
      att.source = np;
      return;
    }
    // or the one organisation the sentence before is about, when it names no person ("Über die Eröffnung muss das
    // Landgericht X entscheiden. Eine Sprecherin sagte …")
    if (colon < 0 && s > 0 && !(last && last.sentence === s)) {
      const [mf, mt] = mentionRange(ex, s - 1, s - 1);
      let one: MentionRef | null = null;
      let other = false;
      for (let mi = mf; mi < mt && !other; mi++) {
        const m = ctx.mentions[mi];
        if (m.entity.type === 'PER' || (m.entity.type === 'ORG' && one && one.entity !== m.entity)) other = true;
        else if (m.entity.type === 'ORG') one = m;
      }
      if (one && !other) {
        speakAs(ex, att, one);
        return;
      }
    }
  }
  if (np.end - np.start === 1 && (ctx.lower[np.start] === 'dieser' || ctx.lower[np.start] === 'diese')) {
    const ante = demonstrativeAntecedent(ex, np.start);
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
  if (ex.mode === 'news' && !np.pronoun && np.mention?.entity.type !== 'PER') {
    const group = proportionGroup(ex, np);
    if (group) {
      att.source = group;
      att.speakerEntity = null;
      att.speakerName = ctx.text.slice(ctx.toks[group.start].start, ctx.toks[group.end - 1].end);
      return;
    }
  }
  // "seine Botschaft", "ihre Antwort": the owner of what was said speaks
  if (!np.pronoun && !np.mention && np.end - np.start === 2 && (SPEECH_NOUNS.has(ctx.words[np.start + 1]) || ATTRIBUTION_NOUNS.has(ctx.words[np.start + 1])) && /^(?:sein|ihr)/.test(ctx.lower[np.start])) {
    const ante = resolvePronoun(ex, { ...np, end: np.start + 1, pronoun: true }, at);
    if (ante) {
      speakAs(ex, att, ante);
      return;
    }
    // no person in reach: the current speaker, when the possessive agrees ("Seine Botschaft: „…“")
    const last = ex.lastSpeaker;
    if (ex.mode === 'news' && last?.att.speakerEntity?.type === 'PER' && ctx.toks[np.start].sentence - last.sentence <= 3) {
      const g = ctx.genderOf(last.att.speakerEntity);
      const masc = ctx.lower[np.start].startsWith('sein');
      if (!g || (masc ? g === 'm' : g === 'f')) {
        copySpeaker(ex, att, last.att);
        att.source = np;
        return;
      }
    }
  }
  // "…, lautete die Botschaft." / "so der Tenor": a message noun with an article is no speaker; the person in
  // focus speaks (the last speaker up to two sentences back, else the one person named in the sentence before)
  if (ex.mode === 'news' && !np.pronoun && !np.mention && np.end - np.start === 2 && ARTICLES.has(ctx.lower[np.start]) && MESSAGE_NOUNS.has(ctx.words[np.start + 1])) {
    const s = ctx.toks[np.start].sentence;
    const last = ex.lastSpeaker;
    if (last?.att.speakerEntity && s - last.sentence <= 2 && last.sentence <= s) {
      copySpeaker(ex, att, last.att);
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
        speakAs(ex, att, one);
        return;
      }
    }
  }
  // "Befürworter wie EU-Parlamentspräsident Martin Schulz argumentieren": the person named as the example
  if (ex.mode === 'news' && !np.pronoun && np.mention?.entity.type !== 'PER' && ctx.lower[np.end] === 'wie') {
    for (let k = np.end + 1; k < np.end + 4 && k < ctx.n && !ctx.isPunct(k); k++) {
      const mi = ctx.mentionAt[k];
      if (mi >= 0 && ctx.mentions[mi].entity.type === 'PER') {
        speakAs(ex, att, ctx.mentions[mi]);
        return;
      }
    }
  }
  // "Badawis nach Kanada geflüchtete Ehefrau Ensaf Haidar", "Badawis Ehefrau": the person in the Saxon
  // genitive owns the speaker, who is named after the head noun or was named with it before
  const owned = saxonGenitiveHead(ex, np);
  if (owned) {
    speakAs(ex, att, owned);
    return;
  }
  if (np.pronoun) {
    const ante = resolvePronoun(ex, np, at);
    if (ante) {
      speakAs(ex, att, ante);
      return;
    }
    // no person of that gender in reach ("Alexis Tsipras … sagte er": a first name read as female): the person
    // the sentence before is about, when the pronoun is a singular subject
    const lw0 = ctx.lower[np.start];
    const sent0 = ctx.toks[np.start].sentence;
    if (ex.mode === 'news' && sent0 > 0 && (lw0 === 'er' || (lw0 === 'sie' && !/(?:en|ten)$/.test(ctx.lower[np.start - 1] ?? '')))) {
      const focus = ex.introduced?.sentence === sent0 - 1 ? ex.introduced.np : narrativeFocus(ex, sent0 - 1);
      if (focus?.mention?.entity.type === 'PER' && !ex.inQuote[focus.start]) {
        speakAs(ex, att, focus.mention);
        return;
      }
    }
    att.speakerName = null;
    // "sagte eine Sprecherin des Ministers. Nach ihren Worten …": the last speaker, described without a
    // name, when the pronoun agrees with the description's gender
    const last = ex.lastSpeaker;
    const lw = ctx.lower[np.start];
    if (ex.mode === 'news' && last && !last.att.speakerEntity && last.att.speakerName && ctx.toks[np.start].sentence - last.sentence <= 2 && !weakSource(ex, last.att)) {
      const head = last.att.speakerName.split(/\s+/).find((w) => UPPER_START.test(w) && ROLE_NOUN.test(w.toLowerCase()));
      const female = !!head && FEMALE_ROLE.test(head.toLowerCase());
      const fem = /^(?:ihr|ihre|ihrem|ihren|ihrer|ihres)$/.test(lw) || (lw === 'sie' && !/(?:en|ten)$/.test(ctx.lower[np.start + 1] ?? ''));
      const masc = /^(?:er|sein|seine|seinem|seinen|seiner|seines)$/.test(lw);
      if (head && ((fem && female) || (masc && !female))) copySpeaker(ex, att, last.att);
    }
    return;
  }
  // "Außenminister anderer Länder sagten …": a role noun the entities stage linked to a person named before,
  // as the subject of a plural verb, is a group — not that person
  if (ex.mode === 'news' && np.mention?.entity.type === 'PER' && pluralVerbAt(ex, at) && descriptionOnly(ex, np.mention)) {
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
        ex.mode === 'news' &&
        np.mention.entity.type === 'PER' &&
        np.mention.end === np.end &&
        np.mention.end - np.mention.start >= 2 &&
        pre > h + 1 &&
        ctx.isCap(pre) &&
        ctx.mentionAt[pre] < 0 &&
        !ROLE_NOUN.test(ctx.lower[pre].replace(/e?s$/, '')) &&
        !ROLE_NOUN.test(ctx.lower[pre])
      ) {
        speakAs(ex, att, np.mention);
        return;
      }
      const ante = resolveDescription(ex, np);
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
    if (roleCompound(ex, np.mention.start)) {
      att.speakerEntity = null;
      att.speakerPseudo = false;
      att.speakerName = ctx.text.slice(ctx.toks[np.start].start, ctx.toks[np.end - 1].end);
      return;
    }
  }
  if (np.mention && (np.mention.entity.type !== 'PER' || roleOnly)) {
    // "der US-Kultregisseur" tagged as a non-person mention: a role description of a person
    const ante = resolveDescription(ex, np);
    if (ante) {
      speakAs(ex, att, ante);
      return;
    }
    // "der Italiener" after "eines Aktivisten": the person without a name, not the country
    if (ex.unnamedDescription === np.start) {
      att.speakerEntity = null;
      att.speakerName = ctx.text.slice(ctx.toks[np.start].start, ctx.toks[np.end - 1].end);
      return;
    }
  }
  if (np.mention) {
    speakAs(ex, att, np.mention);
    // "die ungarische Regierung", "die Syrische Beobachtungsstelle für Menschenrechte": the entity is only an
    // attribute of the head noun
    // ("des Berliner Tagesspiegels", "die Wiener Polizei": a city's "-er" form before a noun is an attribute too)
    if ((!ctx.isCap(np.mention.start) || (np.mention.entity.type === 'LOC' && (ADJECTIVAL_PLACE.test(ctx.lower[np.mention.end - 1]) || placeAdjective(ex, np.mention)) && ctx.isCap(np.mention.end))) && np.mention.end < np.end) {
      att.speakerName = ctx.text.slice(ctx.toks[np.start].start, ctx.toks[np.end - 1].end);
    }
  } else {
    att.speakerName = ctx.text.slice(ctx.toks[np.start].start, ctx.toks[np.end - 1].end);
    const ante = resolveDescription(ex, np);
    if (ante) {
      speakAs(ex, att, ante);
    }
  }
}


/** The source of `att` is a news medium ("die Nachrichtenagentur Anadolu", "die Zeitung The State", "NBC"). */
export function mediumSource(ex: Extractor, att: Attribution): boolean {
  const ctx = ex.ctx;
  const src = att.source;
  if (src && !src.pronoun) for (let k = src.start; k < src.end; k++) if (ctx.isCap(k) && MEDIUM_NOUN.test(ctx.lower[k])) return true;
  const e = att.speakerEntity;
  if (!e) return false;
  for (const m of ctx.mentions) if (m.entity === e && m.start > 0 && MEDIUM_NOUN.test(ctx.lower[m.start - 1]) && ctx.isCap(m.start - 1)) return true;
  return false;
}


/** The source of `att` is a study, report, document or medium ("Studie", "Medienberichten", "Umfrage", "Zeitung"). */
export function documentSource(ex: Extractor, att: Attribution): boolean {
  const ctx = ex.ctx;
  if (mediumSource(ex, att)) return true;
  const src = att.source;
  if (src && !src.pronoun) for (let k = src.start; k < src.end; k++) if (ctx.isCap(k) && (REPORT_NOUNS.has(ctx.words[k]) || DOCUMENT_HEAD.test(ctx.lower[k]))) return true;
  const name = att.speakerEntity ? null : att.speakerName;
  return !!name && DOCUMENT_HEAD.test(name.toLowerCase());
}
