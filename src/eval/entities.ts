/**
 * Within-document entity clustering scorer (MUC and B³) on hand-annotated 10kGNAD articles
 * (eval/gold/entities/*.json, guidelines in docs/entities-gold.md).
 *
 * Modes: `gold` feeds the gold name/deriv/part mentions to the entities stage (clustering-only score);
 * `ner` runs the NER stage first when it exists (end-to-end: mention detection + clustering);
 * `both` (default) reports both. Descriptions (`desc:` in the gold) are scored as links, separately.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc, type Doc, type EntityType, type MentionForm } from '../doc/index.ts';
import { resolveEntities, type ResolvedEntity } from '../entities/cluster.ts';
import { nerEntities, type MarkedMention } from '../entities/markup.ts';
import type { Component } from '../pipeline/component.ts';
import { segment } from '../segment/index.ts';
import { repoRoot, sharedDataPath } from '../util/paths.ts';
import { readGnad } from './gnad.ts';
import { prf, round } from './metrics.ts';
import type { EvalOptions, EvalReport } from './report.ts';
import { escapeRegExp } from '../util/regexp.ts';

interface GoldClusterJSON {
  id: string;
  type: EntityType;
  canonical?: string;
  country?: string;
  mentions: string[];
  /** Name mentions (text, optionally #occurrence) that stand for a state; other mentions are literal. */
  metonymy?: string[];
}
interface GoldFileJSON {
  source: string;
  row: number;
  clusters: GoldClusterJSON[];
}

export interface GoldMention extends MarkedMention {
  cluster: string;
}
export interface GoldDoc {
  name: string;
  row: number;
  text: string;
  mentions: GoldMention[];
  descriptions: GoldMention[];
  clusters: GoldClusterJSON[];
  /** Spans ("start:end") of metonymic mentions, for clusters annotated with `metonymy`. */
  metonymic: Set<string>;
}


/**
 * Resolves string annotations to spans: every whole-word occurrence of each mention string (spaces match
 * any white space), longer strings first, no overlaps. `form:text` sets the form (deriv, part, desc);
 * `text#2,3` keeps only those occurrences (1-based, counted over all occurrences in the text).
 */
export function resolveGold(text: string, clusters: GoldClusterJSON[]): { mentions: GoldMention[]; descriptions: GoldMention[]; problems: string[] } {
  const items: Array<{ text: string; form: MentionForm | 'desc'; occ: number[] | null; cluster: GoldClusterJSON }> = [];
  for (const c of clusters) {
    for (const raw of c.mentions) {
      const m = /^(?:(deriv|part|desc):)?(.+?)(?:#([\d,]+))?$/.exec(raw)!;
      items.push({ text: m[2], form: (m[1] ?? 'name') as MentionForm | 'desc', occ: m[3] ? m[3].split(',').map(Number) : null, cluster: c });
    }
  }
  const problems: string[] = [];
  const taken: Array<[number, number]> = [];
  const mentions: GoldMention[] = [];
  const descriptions: GoldMention[] = [];
  const sorted = [...items].sort((a, b) => b.text.length - a.text.length);
  for (const it of sorted) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(it.text).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'gu');
    let k = 0;
    let found = 0;
    for (const m of text.matchAll(re)) {
      k++;
      if (it.occ && !it.occ.includes(k)) continue;
      const start = m.index!;
      const end = start + m[0].length;
      const mention: GoldMention = { start, end, text: m[0], type: it.cluster.type, form: it.form as MentionForm, cluster: it.cluster.id };
      if (it.form === 'desc') {
        descriptions.push(mention);
        found++;
        continue;
      }
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      mentions.push(mention);
      found++;
    }
    if (!found) problems.push(`"${it.text}" (${it.cluster.id}) not found`);
  }
  mentions.sort((a, b) => a.start - b.start);
  descriptions.sort((a, b) => a.start - b.start);
  return { mentions, descriptions, problems };
}

export function loadGold(dir: string, limit = Infinity): { docs: GoldDoc[]; problems: string[] } {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().slice(0, limit);
  const articles = new Map<string, ReturnType<typeof readGnad>>();
  const docs: GoldDoc[] = [];
  const problems: string[] = [];
  for (const f of files) {
    const g = JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldFileJSON;
    const [folder, file] = g.source.split('/');
    if (!articles.has(g.source)) articles.set(g.source, readGnad(sharedDataPath(folder, file), 500));
    const art = articles.get(g.source)![g.row];
    if (!art) {
      problems.push(`${f}: row ${g.row} missing`);
      continue;
    }
    const r = resolveGold(art.text, g.clusters);
    for (const p of r.problems) problems.push(`${f}: ${p}`);
    const metonymic = new Set<string>();
    for (const c of g.clusters) {
      for (const raw of c.metonymy ?? []) {
        const m = /^(.+?)(?:#([\d,]+))?$/.exec(raw)!;
        const occ = m[2] ? m[2].split(',').map(Number) : null;
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(m[1]).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'gu');
        let k = 0;
        for (const x of art.text.matchAll(re)) {
          k++;
          if (!occ || occ.includes(k)) metonymic.add(`${x.index!}:${x.index! + x[0].length}`);
        }
      }
    }
    docs.push({ name: f, row: g.row, text: art.text, mentions: r.mentions, descriptions: r.descriptions, clusters: g.clusters, metonymic });
  }
  return { docs, problems };
}

type Partition = Map<string, string>; // mention key → cluster id

/** MUC counts (Vilain et al. 1995): numerator and denominator of recall of `key` against `response`. */
function mucPart(key: Map<string, string[]>, response: Partition): [number, number] {
  let num = 0;
  let den = 0;
  for (const members of key.values()) {
    if (members.length < 1) continue;
    const parts = new Set<string>();
    for (const m of members) parts.add(response.get(m) ?? `solo:${m}`);
    num += members.length - parts.size;
    den += members.length - 1;
  }
  return [num, den];
}

/** B³ sums: for each mention of `key` clusters, |K ∩ R| / |K| where R is its response cluster (or itself). */
function b3Part(key: Map<string, string[]>, response: Partition, responseClusters: Map<string, string[]>): [number, number] {
  let sum = 0;
  let n = 0;
  for (const members of key.values()) {
    const set = new Set(members);
    for (const m of members) {
      const r = response.get(m);
      const rMembers = r ? responseClusters.get(r)! : [m];
      let inter = 0;
      for (const x of rMembers) if (set.has(x)) inter++;
      sum += inter / members.length;
      n++;
    }
  }
  return [sum, n];
}

function clustersOf(p: Partition): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [m, c] of p) {
    let list = out.get(c);
    if (!list) out.set(c, (list = []));
    list.push(m);
  }
  return out;
}

export interface CorefScores {
  muc: { p: number; r: number; f1: number };
  b3: { p: number; r: number; f1: number };
}

/** MUC and B³ of a response partition against a key partition (mentions may differ: unmatched ones are singletons). */
export function scoreCoref(keys: Partition[], responses: Partition[]): CorefScores {
  let mr = [0, 0];
  let mp = [0, 0];
  let br = [0, 0];
  let bp = [0, 0];
  for (let i = 0; i < keys.length; i++) {
    const K = clustersOf(keys[i]);
    const R = clustersOf(responses[i]);
    const a = mucPart(K, responses[i]);
    const b = mucPart(R, keys[i]);
    mr = [mr[0] + a[0], mr[1] + a[1]];
    mp = [mp[0] + b[0], mp[1] + b[1]];
    const c = b3Part(K, responses[i], R);
    const d = b3Part(R, keys[i], K);
    br = [br[0] + c[0], br[1] + c[1]];
    bp = [bp[0] + d[0], bp[1] + d[1]];
  }
  const f = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const mucR = mr[1] ? mr[0] / mr[1] : 0;
  const mucP = mp[1] ? mp[0] / mp[1] : 0;
  const b3R = br[1] ? br[0] / br[1] : 0;
  const b3P = bp[1] ? bp[0] / bp[1] : 0;
  return { muc: { p: mucP, r: mucR, f1: f(mucP, mucR) }, b3: { p: b3P, r: b3R, f1: f(b3P, b3R) } };
}

function docFor(g: GoldDoc): Doc {
  const doc = createDoc(g.text);
  const { tokens, sentences } = segment(g.text);
  doc.tokens = tokens;
  doc.sentences = sentences;
  return doc;
}

async function loadNer(): Promise<Component | null> {
  const path = join(repoRoot, 'src', 'ner', 'index.ts');
  if (!existsSync(path)) return null;
  try {
    const mod = (await import(path)) as Record<string, unknown>;
    for (const v of Object.values(mod)) {
      const c = v as Component;
      if (c && typeof c === 'object' && typeof c.run === 'function' && c.provides?.includes('entities')) return c;
    }
  } catch {
    return null;
  }
  return null;
}

interface ModeResult {
  scores: CorefScores;
  mentions: ReturnType<typeof prf>;
  desc: ReturnType<typeof prf>;
  canonical: { correct: number; total: number };
  country: { correct: number; total: number };
  metonymy: ReturnType<typeof prf> & { correct: number; total: number };
  ms: number;
  lines: string[];
}

function evaluate(docs: GoldDoc[], predict: (g: GoldDoc) => ResolvedEntity[], verbose: boolean): ModeResult {
  const keys: Partition[] = [];
  const responses: Partition[] = [];
  let mtp = 0;
  let mfp = 0;
  let mfn = 0;
  let dtp = 0;
  let dfp = 0;
  let dfn = 0;
  let canon = 0;
  let canonTotal = 0;
  let ctry = 0;
  let ctryTotal = 0;
  let metTp = 0;
  let metFp = 0;
  let metFn = 0;
  let metOk = 0;
  let metTotal = 0;
  let ms = 0;
  const lines: string[] = [];
  for (const g of docs) {
    const t0 = performance.now();
    const ents = predict(g);
    ms += performance.now() - t0;
    const key: Partition = new Map(g.mentions.map((m) => [`${m.start}:${m.end}`, m.cluster]));
    const resp: Partition = new Map();
    const descResp: Array<{ span: string; entity: ResolvedEntity }> = [];
    for (const e of ents) {
      for (const m of e.mentions) resp.set(`${m.start}:${m.end}`, e.id);
      for (const d of e.descriptions ?? []) descResp.push({ span: `${d.start}:${d.end}`, entity: e });
    }
    keys.push(key);
    responses.push(resp);
    for (const k of key.keys()) if (resp.has(k)) mtp++;
    else mfn++;
    for (const k of resp.keys()) if (!key.has(k)) mfp++;
    // majority gold cluster of each response entity (by its name mentions)
    const goldOf = (e: ResolvedEntity): string | null => {
      const counts = new Map<string, number>();
      for (const m of e.mentions) {
        const c = key.get(`${m.start}:${m.end}`);
        if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
      }
      let best: string | null = null;
      for (const [c, n] of counts) if (!best || n > counts.get(best)!) best = c;
      return best;
    };
    const goldDescs = new Map(g.descriptions.map((d) => [`${d.start}:${d.end}`, d.cluster]));
    for (const d of descResp) {
      if (goldDescs.get(d.span) === goldOf(d.entity)) dtp++;
      else {
        dfp++;
        if (verbose) lines.push(`  ${g.name} wrong description link: ${g.text.slice(...d.span.split(':').map(Number) as [number, number])} → ${d.entity.name}`);
      }
    }
    const linked = new Set(descResp.filter((d) => goldDescs.get(d.span) === goldOf(d.entity)).map((d) => d.span));
    dfn += g.descriptions.length - linked.size;
    if (verbose) for (const d of g.descriptions) if (!linked.has(`${d.start}:${d.end}`)) lines.push(`  ${g.name} missed description: ${d.text} (${d.cluster})`);
    for (const c of g.clusters) {
      const golds = new Set(g.mentions.filter((m) => m.cluster === c.id).map((m) => `${m.start}:${m.end}`));
      if (!golds.size) continue;
      // the response entity holding most of the cluster's gold mentions
      let e: ResolvedEntity | undefined;
      let most = 0;
      for (const x of ents) {
        const n = x.mentions.filter((m) => golds.has(`${m.start}:${m.end}`)).length;
        if (n > most) {
          most = n;
          e = x;
        }
      }
      if (c.canonical) {
        canonTotal++;
        const ok = !!e && (c.canonical === 'geonames' ? e.canonicalId.startsWith('geonames:') : e.canonicalId === c.canonical);
        if (ok) canon++;
        else if (verbose) lines.push(`  ${g.name} canonical ${c.id}: want ${c.canonical}, got ${e?.canonicalId ?? '-'}`);
      }
      if (c.metonymy) {
        const sys = new Map<string, boolean>();
        for (const x of ents) for (const m of x.mentions) sys.set(`${m.start}:${m.end}`, !!m.metonymyOf);
        for (const m of g.mentions) {
          if (m.cluster !== c.id || m.form !== 'name') continue;
          const span = `${m.start}:${m.end}`;
          if (!sys.has(span)) continue;
          const gold = g.metonymic.has(span);
          const pred = sys.get(span)!;
          metTotal++;
          if (gold === pred) metOk++;
          else if (verbose) lines.push(`  ${g.name} metonymy ${m.text}@${m.start}: want ${gold}, got ${pred}`);
          if (gold && pred) metTp++;
          else if (pred) metFp++;
          else if (gold) metFn++;
        }
      }
      if (c.country) {
        ctryTotal++;
        if (e?.country === c.country) ctry++;
        else if (verbose) lines.push(`  ${g.name} country ${c.id}: want ${c.country}, got ${e?.country ?? '-'}`);
      }
    }
    if (verbose) {
      // clustering errors: gold clusters split, or response clusters mixing gold clusters
      const byGold = new Map<string, Set<string>>();
      for (const [m, c] of key) {
        const r = resp.get(m);
        if (!r) continue;
        if (!byGold.has(c)) byGold.set(c, new Set());
        byGold.get(c)!.add(r);
      }
      for (const [c, rs] of byGold) if (rs.size > 1) lines.push(`  ${g.name} split: ${c} → ${[...rs].map((r) => ents.find((e) => e.id === r)?.name).join(' | ')}`);
      for (const e of ents) {
        const gs = new Set(e.mentions.map((m) => key.get(`${m.start}:${m.end}`)).filter(Boolean));
        if (gs.size > 1) lines.push(`  ${g.name} merged: ${[...gs].join(' + ')} in "${e.name}"`);
      }
    }
  }
  return {
    scores: scoreCoref(keys, responses),
    mentions: prf(mtp, mfp, mfn),
    desc: prf(dtp, dfp, dfn),
    canonical: { correct: canon, total: canonTotal },
    country: { correct: ctry, total: ctryTotal },
    metonymy: { ...prf(metTp, metFp, metFn), correct: metOk, total: metTotal },
    ms,
    lines,
  };
}

function fmt(name: string, r: ModeResult): string[] {
  const s = r.scores;
  return [
    `${name}: MUC P ${round(s.muc.p)} R ${round(s.muc.r)} F1 ${round(s.muc.f1)} | B³ P ${round(s.b3.p)} R ${round(s.b3.r)} F1 ${round(s.b3.f1)}`,
    `${name}: mentions P ${round(r.mentions.precision)} R ${round(r.mentions.recall)} F1 ${round(r.mentions.f1)} | descriptions P ${round(r.desc.precision)} R ${round(r.desc.recall)} (${r.desc.tp}/${r.desc.tp + r.desc.fn}) | canonical ${r.canonical.correct}/${r.canonical.total} | person country ${r.country.correct}/${r.country.total} | ${round(r.ms, 1)} ms`,
    `${name}: capital metonymy accuracy ${r.metonymy.correct}/${r.metonymy.total} (metonymic: P ${round(r.metonymy.precision)} R ${round(r.metonymy.recall)}, ${r.metonymy.tp + r.metonymy.fn} gold)`,
  ];
}

export async function evalEntities(path: string, options: EvalOptions = {}): Promise<EvalReport> {
  const mode = (options.mode as string | undefined) ?? process.env.LAGEBILD_ENTITIES_MODE ?? 'both';
  const verbose = !!options.verbose || process.env.LAGEBILD_VERBOSE === '1';
  const { docs, problems } = loadGold(path, options.limit ?? Infinity);
  const lines: string[] = [`documents: ${docs.length}, gold mentions: ${docs.reduce((n, d) => n + d.mentions.length, 0)}, gold clusters: ${docs.reduce((n, d) => n + d.clusters.length, 0)}, descriptions: ${docs.reduce((n, d) => n + d.descriptions.length, 0)}`];
  for (const p of problems) lines.push(`gold problem: ${p}`);

  const gold = evaluate(
    docs,
    (g) => {
      const doc = docFor(g);
      doc.entities = nerEntities(g.mentions);
      return resolveEntities(doc);
    },
    verbose,
  );
  lines.push(...fmt('gold mentions', gold), ...gold.lines);
  // baseline: the NER's own grouping (identical mention text) as clusters
  const base = evaluate(
    docs,
    (g) =>
      nerEntities(g.mentions).map((e) => ({ ...e, canonicalId: '', country: null, roles: [], aliases: [] }) as ResolvedEntity),
    false,
  );
  lines.push(`baseline (identical text): MUC F1 ${round(base.scores.muc.f1)} | B³ F1 ${round(base.scores.b3.f1)}`);
  const summary: EvalReport['summary'] = {
    task: 'entities',
    n: docs.length,
    precision: round(gold.scores.b3.p),
    recall: round(gold.scores.b3.r),
    f1: round(gold.scores.b3.f1),
    mode: 'gold-mentions',
    mucPrecision: round(gold.scores.muc.p),
    mucRecall: round(gold.scores.muc.r),
    mucF1: round(gold.scores.muc.f1),
    descriptionPrecision: round(gold.desc.precision),
    descriptionRecall: round(gold.desc.recall),
    canonicalAccuracy: gold.canonical.total ? round(gold.canonical.correct / gold.canonical.total) : null,
    personCountryAccuracy: gold.country.total ? round(gold.country.correct / gold.country.total) : null,
    metonymyAccuracy: gold.metonymy.total ? round(gold.metonymy.correct / gold.metonymy.total) : null,
    baselineB3F1: round(base.scores.b3.f1),
    baselineMucF1: round(base.scores.muc.f1),
  };

  if (mode !== 'gold') {
    const ner = await loadNer();
    if (!ner) lines.push('end-to-end: skipped (no NER component in src/ner/index.ts yet)');
    else {
      const e2e = evaluate(
        docs,
        (g) => {
          const doc = docFor(g);
          ner.run(doc);
          return resolveEntities(doc);
        },
        verbose,
      );
      lines.push(...fmt('end-to-end (NER mentions)', e2e), ...e2e.lines);
      Object.assign(summary, {
        e2eB3F1: round(e2e.scores.b3.f1),
        e2eB3Precision: round(e2e.scores.b3.p),
        e2eB3Recall: round(e2e.scores.b3.r),
        e2eMucF1: round(e2e.scores.muc.f1),
        e2eMentionF1: round(e2e.mentions.f1),
        e2eDescriptionRecall: round(e2e.desc.recall),
      });
    }
  }
  return { lines, summary };
}

/** Default gold folder (inside the repo, unlike GermEval data). */
export const ENTITIES_GOLD_DIR = join(repoRoot, 'eval', 'gold', 'entities', 'dev');
