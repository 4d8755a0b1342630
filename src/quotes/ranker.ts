/**
 * Learned speaker re-ranker. The rule system picks one speaker per quote; this module lists a few
 * candidate speakers around each quote (the rule's pick, entities mentioned near it, earlier speakers),
 * describes each by general features (rule path, distance, position to quote and cue, the words around
 * the mention, entity type, salience, earlier speech) and scores them with a linear model trained by
 * `npm run train:quotes` (softmax over the candidates of a quote, `models/quotes/ranker.json`).
 * The candidate with the highest score speaks; nothing else of the attribution changes.
 */
import type { Entity } from '../doc/index.ts';
import type { MentionRef, NP, QuoteContext } from './context.ts';
import type { Attribution } from './extract.ts';

export interface RankerModel {
  version: string;
  /** What the model was trained on (files, instances). */
  source: string;
  /** Quote kinds the model re-ranks (cross-validation decides; the others keep the rule's pick). */
  kinds: string[];
  /** feature -> weight */
  weights: Record<string, number>;
}

export interface Candidate {
  /** The rule system's own pick. */
  rule: boolean;
  entity: Entity | null;
  pseudo: boolean;
  /** The mention that stands for the candidate (nearest to the quote), or the rule's phrase. */
  np: NP | null;
  name: string | null;
  features: string[];
}

/** Sentences before the quote whose mentions are candidates (and one after). */
const WINDOW_BEFORE = 3;
const WINDOW_AFTER = 1;

const DATIVE = new Set(['dem', 'einem', 'diesem', 'seinem', 'ihrem', 'unserem', 'jenem', 'ihm', 'ihnen']);
const PREP = new Set(['von', 'mit', 'gegen', 'für', 'in', 'im', 'bei', 'beim', 'an', 'am', 'zu', 'zum', 'zur', 'nach', 'über', 'unter', 'vor', 'aus', 'auf', 'um', 'durch', 'gegenüber', 'zwischen', 'seit', 'ohne']);
const SOURCE_PREP = new Set(['laut', 'zufolge', 'angaben']);
const NOM_ART = new Set(['der', 'die', 'das', 'ein', 'eine']);
const GEN_ART = new Set(['des', 'eines']);

function bucket(n: number, edges: number[]): string {
  for (const e of edges) if (n <= e) return String(e);
  return `>${edges[edges.length - 1]}`;
}

/**
 * Feature strings are made once and reused: `joined(a, b)` is a + b, the same string object every time, so the
 * weight Map finds its hash cached (a template literal made a new string to flatten and hash at every lookup).
 * The parts come from small closed sets (kinds, rule methods, entity types, buckets), so the tables stay small.
 */
const JOINED = new Map<string, Map<string, string>>();
function joined(a: string, b: string): string {
  let inner = JOINED.get(a);
  if (!inner) JOINED.set(a, (inner = new Map()));
  let s = inner.get(b);
  if (s === undefined) inner.set(b, (s = a + b));
  return s;
}
const AFTER_CUE = [0, 1, 2, 3].map((n) => `afterCue=${n}`);
const BEFORE_CUE = [0, 1, 2, 3].map((n) => `beforeCue=${n}`);
const METHOD_CLASS = new Map<string, string>();
/** The rule method's letters and hyphens ("post+ranked" → "postranked"), once per method string. */
function methodClass(method: string): string {
  let m = METHOD_CLASS.get(method);
  if (m === undefined) METHOD_CLASS.set(method, (m = method.replace(/[^a-z-]/g, '')));
  return m;
}

function kindClass(a: Attribution): string {
  return a.kind === 'direct' ? 'd' : 'i';
}

/** Token range [start, end) of the attribution's content. */
function contentTokens(ctx: QuoteContext, a: Attribution): [number, number] {
  const s = ctx.tokenAt(a.content![0]);
  let e = ctx.tokenAt(a.content![1] - 1);
  if (e < s) e = s;
  return [s, e + 1];
}

function npText(ctx: QuoteContext, np: NP): string {
  return ctx.text.slice(ctx.toks[np.start].start, ctx.toks[np.end - 1].end);
}

/** The rule's speaker name as the output (and the scorer) reads it. */
export function ruleName(ctx: QuoteContext, a: Attribution): string | null {
  const np = a.source ?? a.inheritedMention;
  return a.speakerName ?? (np ? npText(ctx, np) : null);
}

/** Mention text of a candidate (the scorer also accepts it). */
export function candidateMentionText(ctx: QuoteContext, c: Candidate): string | null {
  return c.np ? npText(ctx, c.np) : null;
}

interface History {
  /** Entities (or lower-cased names) that spoke in earlier attributions, with the sentence of the last time. */
  spoke: Map<unknown, number>;
  last: unknown;
}

function speakerKey(a: Attribution): unknown {
  return a.speakerEntity ?? (a.speakerName ? a.speakerName.toLowerCase() : null);
}

/**
 * Candidate lists for the non-fragment attributions with content (others get none). History features use
 * the rule system's picks, so training and use see the same inputs.
 */
export function candidateSets(ctx: QuoteContext, atts: Attribution[], only?: (a: Attribution) => boolean): (Candidate[] | null)[] {
  const out: (Candidate[] | null)[] = [];
  const hist: History = { spoke: new Map(), last: null };
  const sal: Salience = { counts: new Map(), next: 0, at: 0 };
  // token ranges of all statements: a person named only inside one is talked about, not talking (continuations)
  const quoted: [number, number][] = [];
  for (const a of atts) if (a.content && a.kind !== 'fragment') quoted.push(contentTokens(ctx, a));
  for (const a of atts) {
    if (!a.content || a.kind === 'fragment') {
      out.push(null);
      continue;
    }
    out.push(!only || only(a) ? candidatesFor(ctx, a, hist, sal, quoted) : null);
    const k = speakerKey(a);
    if (k !== null && !(a.source === null && a.inheritedMention === null && !a.speakerEntity && !a.speakerName)) {
      hist.spoke.set(k, ctx.toks[ctx.tokenAt(a.content[0])]?.sentence ?? 0);
      hist.last = k;
    }
  }
  return out;
}

/** Mentions per entity before a token, counted by one pass over the sorted mentions (quotes come in text order). */
interface Salience {
  counts: Map<Entity, number>;
  next: number;
  at: number;
}

function salienceBefore(ctx: QuoteContext, sal: Salience, tok: number): Map<Entity, number> {
  const mentions = ctx.mentions;
  if (tok < sal.at) {
    sal.counts.clear();
    sal.next = 0;
  }
  while (sal.next < mentions.length && mentions[sal.next].start < tok) {
    const e = mentions[sal.next++].entity;
    sal.counts.set(e, (sal.counts.get(e) ?? 0) + 1);
  }
  sal.at = tok;
  return sal.counts;
}

/** Index of the first mention starting at or after token `tok` (mentions are sorted by start). */
function firstMentionFrom(mentions: MentionRef[], tok: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < tok) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function candidatesFor(ctx: QuoteContext, a: Attribution, hist: History, sal: Salience, quoted: [number, number][]): Candidate[] {
  const mentions = ctx.mentions;
  const [cs, ce] = contentTokens(ctx, a);
  const s0 = ctx.toks[cs].sentence;
  const s1 = ctx.toks[ce - 1].sentence;
  const kc = kindClass(a);
  const cands: Candidate[] = [];
  const byEntity = new Map<Entity, { ref: MentionRef; dist: number; count: number; inside: boolean }>();
  /** Entities named inside the quote (a speaker rarely names themself). */
  const namedInside = new Set<Entity>();
  /** Entities named in the window outside every statement (a continuation's speaker must be one of them, or the rule's). */
  const namedFree = new Set<Entity>();
  const lo = Math.max(0, s0 - WINDOW_BEFORE);
  const hi = s1 + WINDOW_AFTER;
  const salience = salienceBefore(ctx, sal, cs);
  for (let mi = firstMentionFrom(mentions, ctx.sentStart[lo] < 0 ? 0 : ctx.sentStart[lo]); mi < mentions.length; mi++) {
    const m = mentions[mi];
    const ms = ctx.toks[m.start].sentence;
    if (ms < lo) continue;
    if (ms > hi) break;
    const inside = m.start >= cs && m.end <= ce;
    if (inside) namedInside.add(m.entity);
    if (a.continuation && !namedFree.has(m.entity) && !quoted.some(([qs, qe]) => m.start >= qs && m.end <= qe)) namedFree.add(m.entity);
    const dist = m.end <= cs ? cs - m.end : m.start >= ce ? m.start - ce : 0;
    const prev = byEntity.get(m.entity);
    // the nearest mention outside the quote stands for the entity; one inside only when there is none
    if (!prev || (prev.inside && !inside) || (prev.inside === inside && dist < prev.dist)) byEntity.set(m.entity, { ref: m, dist, count: 0, inside });
  }
  const ruleKey = a.speakerEntity;
  const hasRule = !!(a.speakerEntity || a.speakerName || a.source || a.inheritedMention);
  if (hasRule) {
    const np = a.source ?? a.inheritedMention;
    cands.push({ rule: true, entity: a.speakerEntity, pseudo: a.speakerPseudo, np, name: ruleName(ctx, a), features: [] });
  }
  // a quote in marks that names a person in the third person is not that person's (the rules' principle too)
  const marked = a.kind === 'direct' && a.marks !== false;
  for (const [e, v] of byEntity) {
    if (e === ruleKey || (marked && namedInside.has(e))) continue;
    // a continuation goes on with a source: not with a person named only inside statements (its own or earlier ones)
    if (a.continuation && !namedFree.has(e) && e !== hist.last) continue;
    // places speak in reported speech ("Athen fordert …"), not in a direct quote
    if (e.type !== 'PER' && e.type !== 'ORG' && (e.type !== 'LOC' || a.kind === 'direct')) continue;
    const np: NP = { start: v.ref.start, end: v.ref.end, mention: v.ref, pronoun: false, dative: false };
    cands.push({ rule: false, entity: e, pseudo: v.ref.pseudo, np, name: e.name, features: [] });
  }
  // the last speaker, also from further back
  const last = hist.last;
  if (last instanceof Object && (last as Entity).mentions && last !== ruleKey && !byEntity.has(last as Entity) && !(marked && namedInside.has(last as Entity))) {
    const e = last as Entity;
    cands.push({ rule: false, entity: e, pseudo: false, np: null, name: e.name, features: [] });
  }
  // ranks among the candidates: the nearest person before the quote, the nearest after it, the most mentioned
  let nearestBefore: Candidate | null = null;
  let nearestBeforeDist = Infinity;
  let nearestAfter: Candidate | null = null;
  let nearestAfterDist = Infinity;
  let topSal: Candidate | null = null;
  let topSalN = 0;
  for (const c of cands) {
    if (!c.np || !c.entity || c.entity.type !== 'PER') continue;
    if (c.np.end <= cs && cs - c.np.end < nearestBeforeDist) {
      nearestBeforeDist = cs - c.np.end;
      nearestBefore = c;
    } else if (c.np.start >= ce && c.np.start - ce < nearestAfterDist) {
      nearestAfterDist = c.np.start - ce;
      nearestAfter = c;
    }
    const n = salience.get(c.entity) ?? 0;
    if (n > topSalN) {
      topSalN = n;
      topSal = c;
    }
  }
  const cueStart = a.cueTok ? a.cueTok[0] : -1;
  const cueEnd = a.cueTok ? a.cueTok[1] : -1;
  const method = methodClass(a.method);
  for (const c of cands) {
    const f = c.features;
    f.push(joined('k=', kc));
    if (c.rule) {
      f.push('rule', joined('rule|m=', method), joined('rule|k=', kc));
      if (a.continuation) f.push('rule|cont');
      if (a.marks === false) f.push('rule|nomarks');
      if (!a.speakerEntity) f.push('rule|noentity');
      if (a.source?.pronoun) f.push('rule|pronoun');
      if (!a.source && a.inheritedMention) f.push('rule|inherited');
    } else {
      f.push(hasRule ? joined('alt|m=', method) : 'norule', joined('alt|k=', kc));
      if (a.continuation) f.push('alt|cont');
    }
    const e = c.entity;
    const type = e ? e.type : 'NONE';
    const t = joined('t=', type);
    f.push(t, joined(joined(t, '|k='), kc));
    if (c.pseudo) f.push('pseudo');
    const key = e ?? (c.name ? c.name.toLowerCase() : null);
    if (key !== null && hist.spoke.has(key)) {
      f.push('spoke', joined('spoke|sd=', bucket(s0 - hist.spoke.get(key)!, [0, 1, 2, 4])));
    }
    if (key !== null && key === hist.last) f.push('last', joined('last|k=', kc), a.continuation ? 'last|cont' : 'last|cue');
    if (e) f.push(joined('sal=', bucket(salience.get(e) ?? 0, [0, 1, 3, 6])));
    if (e && namedInside.has(e)) f.push('namedInside', joined('namedInside|k=', kc));
    if (c === nearestBefore) f.push('nearestBefore', joined('nearestBefore|k=', kc), a.cueTok ? 'nearestBefore|cue' : 'nearestBefore|nocue');
    if (c === nearestAfter) f.push('nearestAfter', joined('nearestAfter|k=', kc), a.cueTok ? 'nearestAfter|cue' : 'nearestAfter|nocue');
    if (c === topSal) f.push('topSal');
    if (c.rule && key !== null && key === hist.last) f.push(joined('rule+last|m=', method));
    const np = c.np;
    if (!np) {
      f.push('far');
      continue;
    }
    const ms = ctx.toks[np.start].sentence;
    const sd = joined('sd=', ms < s0 ? joined('-', bucket(s0 - ms, [1, 2, 3])) : ms > s1 ? '+' : '0');
    f.push(sd, joined(joined(sd, '|k='), kc));
    const inside = np.start >= cs && np.end <= ce;
    const side = inside ? 'in' : np.end <= cs ? 'before' : 'after';
    const dist = np.end <= cs ? cs - np.end : np.start >= ce ? np.start - ce : 0;
    const sideF = joined('side=', side);
    f.push(sideF, joined(joined(sideF, '|td='), bucket(dist, [1, 3, 6, 12, 25])), joined(joined(sideF, '|k='), kc));
    if (cueStart >= 0) {
      if (np.start >= cueEnd && np.start - cueEnd <= 3) f.push(AFTER_CUE[np.start - cueEnd]);
      else if (np.end <= cueStart && cueStart - np.end <= 3) f.push(BEFORE_CUE[cueStart - np.end]);
      else if (ctx.toks[np.start].sentence === ctx.toks[cueStart].sentence) f.push('cueSentence');
    }
    const sentStart = ctx.sentStart[ms];
    if (np.start === sentStart) f.push('sentInit');
    else if (np.start - sentStart <= 2 && NOM_ART.has(ctx.lower[np.start - 1])) f.push('sentInitArt');
    const prevW = np.start > 0 ? ctx.lower[np.start - 1] : '';
    const prevClass = DATIVE.has(prevW)
      ? 'dat'
      : SOURCE_PREP.has(prevW)
        ? 'src'
        : PREP.has(prevW)
          ? 'prep'
          : GEN_ART.has(prevW)
            ? 'gen'
            : NOM_ART.has(prevW)
              ? 'art'
              : prevW === ','
                ? 'comma'
                : prevW === '–' || prevW === ':'
                  ? 'dash'
                  : 'other';
    f.push(joined('prev=', prevClass));
    const nextW = np.end < ctx.n ? ctx.lower[np.end] : '';
    if (nextW === 'zufolge') f.push('next=zufolge');
    else if (nextW === ',' && prevW === ',') f.push('appos');
    else if (nextW === ':') f.push('next=colon');
    if (ms === 0) f.push('title');
  }
  return cands;
}

/** The weights as a Map (built once per weights object): a lookup by a feature string made at run time, with no interning. */
const weightMaps = new WeakMap<RankerModel['weights'], Map<string, number>>();

export function score(model: RankerModel, features: string[]): number {
  let s = 0;
  let w = weightMaps.get(model.weights);
  if (!w) weightMaps.set(model.weights, (w = new Map(Object.entries(model.weights))));
  for (const f of features) {
    const v = w.get(f);
    if (v !== undefined) s += v;
  }
  return s;
}

/** Index of the best candidate (the first one wins a tie, and the rule's pick comes first). */
export function pick(model: RankerModel, cands: Candidate[]): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let i = 0; i < cands.length; i++) {
    const s = score(model, cands[i].features);
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  return best;
}

/** Re-ranks the speakers of `atts` in place. */
export function applyRanker(ctx: QuoteContext, atts: Attribution[], model: RankerModel): void {
  const kinds = model.kinds;
  const sets = candidateSets(ctx, atts, (a) => kinds.includes(a.kind));
  let conts: Attribution[] | undefined;
  for (let i = 0; i < atts.length; i++) {
    const cands = sets[i];
    if (!cands || cands.length === 0) continue;
    const c = cands[pick(model, cands)];
    if (c.rule) continue;
    const a = atts[i];
    const old = { entity: a.speakerEntity, name: a.speakerName };
    a.speakerEntity = c.entity;
    a.speakerPseudo = c.pseudo;
    a.speakerName = c.name;
    a.source = c.np;
    a.inheritedMention = null;
    a.method = `${a.method}+ranked`;
    // continuations right after it that took over the replaced speaker follow the new one
    // ("… Kosten sagte ein AUA-Sprecher zur APA. Mit den Einnahmen habe man …")
    let prev = a;
    conts ??= atts.filter((x, k) => x.content && x.continuation && !sets[k]?.length).sort((x, y) => x.content![0] - y.content![0]);
    for (const b of conts) {
      if (!prev.content || b.content![0] <= prev.content[0]) continue;
      if (sentenceOfChar(ctx, b.content![0]) !== sentenceOfChar(ctx, prev.content[1] - 1) + 1) break;
      if (atts.some((x) => x !== b && x !== prev && x.content && x.content[0] > prev.content![0] && x.content[0] < b.content![0])) break;
      if (b.speakerEntity !== old.entity || b.speakerName !== old.name) break;
      b.speakerEntity = a.speakerEntity;
      b.speakerPseudo = a.speakerPseudo;
      b.speakerName = a.speakerName;
      b.inheritedMention = a.source;
      prev = b;
    }
  }
}

function sentenceOfChar(ctx: QuoteContext, ch: number): number {
  return ctx.sentenceOf(ctx.tokenAt(ch));
}

// ---------------- training ----------------

export interface RankInstance {
  /** Feature lists of the candidates. */
  cands: string[][];
  /** Which candidates are right. */
  right: boolean[];
  /** Weight of the instance in the loss (default 1). */
  weight?: number;
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
}

/**
 * Softmax over the candidates of each instance, trained by stochastic gradient descent in a fixed order
 * (deterministic). The loss is −log of the probability mass of the right candidates. Weights are rounded
 * to four decimals so that the model file is stable.
 */
export function trainRanker(data: RankInstance[], opts: TrainOptions = {}): Record<string, number> {
  const epochs = opts.epochs ?? 20;
  const rate0 = opts.rate ?? 0.2;
  const l2 = opts.l2 ?? 1e-3;
  const w = new Map<string, number>();
  const usable = data.filter((d) => d.right.some(Boolean) && d.cands.length > 1);
  for (let ep = 0; ep < epochs; ep++) {
    const rate = rate0 / (1 + ep * 0.3);
    for (const d of usable) {
      const scores = d.cands.map((fs) => {
        let s = 0;
        for (const f of fs) s += w.get(f) ?? 0;
        return s;
      });
      const max = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - max));
      const z = exps.reduce((x, y) => x + y, 0);
      const zRight = exps.reduce((x, y, i) => x + (d.right[i] ? y : 0), 0);
      const grad = new Map<string, number>();
      const weight = d.weight ?? 1;
      for (let i = 0; i < d.cands.length; i++) {
        // d(−log P(right))/ds_i = p_i − q_i, with q the distribution restricted to the right candidates
        const g = weight * (exps[i] / z - (d.right[i] ? exps[i] / zRight : 0));
        if (g === 0) continue;
        for (const f of d.cands[i]) grad.set(f, (grad.get(f) ?? 0) + g);
      }
      for (const [f, g] of grad) {
        const cur = w.get(f) ?? 0;
        w.set(f, cur - rate * (g + l2 * cur));
      }
    }
  }
  const out: Record<string, number> = {};
  for (const f of [...w.keys()].sort()) {
    const v = Math.round(w.get(f)! * 1e4) / 1e4;
    if (v !== 0) out[f] = v;
  }
  return out;
}
