// Splits the monolithic src/events/extract.ts (as it was up to main 251fb3a) into modules by mechanism — a pure move of
// top-level statements with computed imports and exports, so that the split can be re-applied to another version of the
// file (a branch that still edits the old extract.ts: take its extract.ts, run this, compare output-hashes).
// Needs the TypeScript compiler API (typescript 5.x; the project's typescript 7 has none):
//   mkdir -p /tmp/evs && (cd /tmp/evs && npm init -y && npm install typescript@5.9.3)
//   node scripts/split-events.mjs <old extract.ts> [out dir, default src/events] [typescript package dir, default /tmp/evs]
// Statements go to the module the PLAN names for them; a function the plan does not name goes with the function before
// it in the file; a constant, type or table-building loop goes to the one module that uses it, or to shared.ts when
// several do. Names used across modules are exported; every module's imports are computed from the symbols it uses.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

const [input, outDir = 'src/events', tsDir = '/tmp/evs'] = process.argv.slice(2);
if (!input) throw new Error('usage: node scripts/split-events.mjs <old extract.ts> [out dir] [typescript dir]');
const ts = createRequire(tsDir + '/package.json')('typescript');

const HEADERS = {
  extract: null, // keeps the original file comment
  shared: 'Word lists, patterns and small token tests used by several events modules — one place, no copies.',
  context: 'The sentence context every rule reads: tokens, entity mentions with their phrase roles (sentenceContext).',
  clauses: 'Clause structure: clause and parenthesis boundaries, conjuncts of coordinated verbs, main clauses resumed after an insertion.',
  prefilter: 'Cheap prefilters before the lexicon search: which sentences and tokens may hold a trigger (form keys, compound heads).',
  triggers: 'Trigger search: lexicon forms in a sentence (findTriggers) and the lexicon entries\' constraints on their context (constraintsHold).',
  filters: 'Sense filters of the selection: readings in which a trigger word names no event of its own (attributive, reference, statistic, idiom, …).',
  selection: 'Trigger selection: which found triggers become events (selectTriggers), and when two triggers are one event.',
  arguments: 'Argument finding: actors and recipients of a trigger among the mentions of its clause (findArguments).',
  phrases: 'Phrase tests of argument finding: noun-phrase, preposition, passive and light-verb shapes around a mention or trigger.',
  pronouns: 'Reference of pronouns, descriptions and Vorfeld subjects: antecedents, gender, first person, role holders.',
  frames: 'Argument frames of particular triggers that the driver applies: succession, comitative actors, patients, charges, person objects.',
  setting: 'Source and time of an event: the attribution phrase of the sentence, the quote around a trigger, reporting clauses, its time.',
};

const PLAN = {
  extract: ['Tok', 'MentionRef', 'Trigger', 'SentenceContext', 'Arguments', 'RawEvent', 'extractEvents', 'bucketBySentence', 'pluralOpener', 'addMoneyTrigger'],
  shared: ['isAux'],
  context: ['eventNounName', 'sentenceContext', 'sentenceTokObjects', 'sentenceToks', 'analyseMention'],
  clauses: ['capAt', 'isDash', 'datelineDash', 'parentheticalDashes', 'clauses', 'coordinatedMainClause', 'verbWord', 'conjunctBreaks', 'conjunctOf', 'clauseOf', 'zuInsertion', 'resumedMainPart', 'resumingPart'],
  prefilter: ['compoundHead', 'mayHaveTrigger', 'joinLowers', 'particleMask', 'formKey', 'keySet', 'formInfoOf', 'joinRange', 'tailKey', 'sentenceFilter', 'mayHaveTriggerAt', 'sameChars', 'sentenceAllows', 'allowPatterns'],
  triggers: ['findTriggers', 'generatedGenitive', 'genitiveContent', 'partyCondition', 'definiteNoun', 'discourseHasObject', 'constraintsHold', 'urgedGoal', 'zuInfinitiveVerb'],
  filters: ['attributive', 'phraseAttributive', 'consultTopic', 'bareReference', 'wished', 'requestedNoun', 'judgedNoun', 'genericPerson', 'indefiniteNorm', 'auxIn', 'noHarm', 'statistic', 'npFiller', 'governedReference', 'demandedInfinitive', 'depicted', 'predicateNoun', 'threatCondition', 'protestTarget', 'demanded', 'idiom'],
  selection: ['selectTriggers', 'sameEventClause', 'conjunctsApart', 'sameIds', 'triggerScore', 'distinctActs', 'prior', 'apart'],
  arguments: ['demandedSubject', 'insertedBefore', 'finitePosition', 'candidates', 'regionCompound', 'listAfterComma', 'withCoordinated', 'coordinatedVerb', 'recPrepsOf', 'findArguments', 'dedupe', 'reactionSource'],
  phrases: ['speechLightClause', 'resumedLight', 'lightVerbClause', 'nounVon', 'ofEventNoun', 'isLocPrep', 'opens', 'isEventNoun', 'inPrepPhrase', 'otherNounsPhrase', 'expectedVisitor', 'phraseOpener', 'genitiveAttribute', 'agentOwner', 'mentionStartsAt', 'zuInfClause', 'objectGenitive', 'genitiveInPrepPhrase', 'companion', 'isPassive', 'obliqueVorfeld', 'obliquePhrase', 'ppVorfeld', 'fullClause'],
  pronouns: ['interviewTurn', 'compoundRolePrefix', 'roleHolder', 'sentenceAntecedent', 'pluralSie', 'lastWoman', 'pronounObject', 'receivingPronoun', 'neuterOpener', 'resolved', 'personGender', 'unambiguousGender', 'compatiblePerson', 'roleGender', 'firstPerson', 'derivHead', 'vorfeldSubject', 'singlePersonAfterPlural', 'neuterPlaceSubject', 'spokesGenitive'],
  frames: ['predecessorArguments', 'comitativeActors', 'namedPredecessor', 'predecessorOf', 'patientNoun', 'chargeContent', 'personObject', 'financialSupport'],
  setting: ['mentionIdFrom', 'findAttribution', 'span', 'quoteAt', 'timeFor', 'attributesPrevious', 'reportingClause'],
};
// Exported functions of the old extract.ts that now live elsewhere: extract.ts re-exports them (unchanged API).
const MODULES = Object.keys(PLAN);

const text = readFileSync(input, 'utf8');
const program = ts.createProgram([input], { noResolve: true, noLib: true, allowImportingTsExtensions: true, noEmit: true, target: ts.ScriptTarget.ES2022 });
const sf = program.getSourceFile(input);
const checker = program.getTypeChecker();
const problems = [];

// ---- top-level statements
const imports = new Map(); // local name -> { from, typeOnly, orig }
const stmts = []; // { st, names, kind: 'fn'|'const'|'let'|'type'|'loop', exported }
for (const st of sf.statements) {
  if (ts.isImportDeclaration(st)) {
    const from = st.moduleSpecifier.text;
    const clause = st.importClause;
    if (!clause) { problems.push('side-effect import ' + from); continue; }
    if (clause.name) imports.set(clause.name.text, { from, typeOnly: clause.isTypeOnly, def: true });
    for (const el of clause.namedBindings?.elements ?? []) imports.set(el.name.text, { from, typeOnly: clause.isTypeOnly || el.isTypeOnly, orig: el.propertyName?.text });
    continue;
  }
  const exported = !!st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  if (ts.isFunctionDeclaration(st)) stmts.push({ st, names: [st.name.text], kind: 'fn', exported });
  else if (ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) stmts.push({ st, names: [st.name.text], kind: 'type', exported });
  else if (ts.isVariableStatement(st)) {
    const isLet = !(st.declarationList.flags & ts.NodeFlags.Const);
    stmts.push({ st, names: st.declarationList.declarations.map((d) => d.name.text), kind: isLet ? 'let' : 'const', exported });
  } else if (ts.isForOfStatement(st) || ts.isExpressionStatement(st) || ts.isForStatement(st)) stmts.push({ st, names: [], kind: 'loop', exported });
  else problems.push('unknown statement kind ' + ts.SyntaxKind[st.kind] + ' at ' + lineOf(st));
}
function lineOf(n) { return sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1; }
const stmtOfName = new Map();
for (const s of stmts) for (const n of s.names) stmtOfName.set(n, s);

// ---- references of each statement: top-level names (with value/type use) and imported names
function topDeclOf(sym) {
  const d = sym?.declarations?.[0];
  if (!d) return null;
  if (ts.isImportSpecifier(d) || ts.isImportClause(d) || ts.isNamespaceImport(d)) return { imported: d.name.text };
  for (const s of stmts) {
    if (d === s.st) return { top: s.names[0], name: d.name.text };
    if (ts.isVariableStatement(s.st) && ts.isVariableDeclaration(d) && d.parent?.parent === s.st) return { top: d.name.text, name: d.name.text };
  }
  return null;
}
function inTypePosition(n) {
  for (let p = n.parent; p; p = p.parent) {
    if (ts.isTypeNode(p)) return true;
    if (ts.isStatement(p) || ts.isExpression(p) && !ts.isExpressionWithTypeArguments(p)) return false;
  }
  return false;
}
for (const s of stmts) {
  s.uses = new Map(); // top-level name -> usedAsValue
  s.importUses = new Map(); // imported local name -> usedAsValue
  s.initUses = new Set(); // names read at module evaluation (outside function bodies)
  const ownNames = new Set(s.names);
  (function walk(n, inFn) {
    if (ts.isIdentifier(n)) {
      let sym = checker.getSymbolAtLocation(n);
      if (ts.isShorthandPropertyAssignment(n.parent) && n.parent.name === n) sym = checker.getShorthandAssignmentValueSymbol(n.parent);
      const t = topDeclOf(sym);
      if (t) {
        const asValue = !inTypePosition(n);
        if (t.imported) s.importUses.set(t.imported, (s.importUses.get(t.imported) ?? false) || asValue);
        else if (!ownNames.has(t.name)) {
          s.uses.set(t.name, (s.uses.get(t.name) ?? false) || asValue);
          if (!inFn && asValue) s.initUses.add(t.name);
        }
      }
    }
    const fnBody = ts.isFunctionDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isMethodDeclaration(n);
    ts.forEachChild(n, (c) => walk(c, inFn || fnBody));
  })(s.st, false);
}

// ---- module of each statement
const modOf = new Map(); // stmt -> module
const planned = new Map();
for (const [mod, names] of Object.entries(PLAN)) for (const n of names) {
  if (planned.has(n)) problems.push('planned twice: ' + n);
  planned.set(n, mod);
  if (!stmtOfName.has(n)) problems.push('plan names a missing statement: ' + n + ' (' + mod + ')');
}
let prevFnMod = 'extract';
for (const s of stmts) {
  const p = s.names.map((n) => planned.get(n)).find(Boolean);
  if (p) modOf.set(s, p);
  else if (s.kind === 'fn') { modOf.set(s, prevFnMod); console.error(`note: ${s.names[0]} (line ${lineOf(s.st)}) not in the plan: goes with the function before it, to ${prevFnMod}`); }
  if (s.kind === 'fn') prevFnMod = modOf.get(s);
}
// constants, lets and types: the module(s) of their users (loops that fill a table are no users of it)
for (let changed = true; changed;) {
  changed = false;
  for (const s of stmts) {
    if (modOf.has(s) || s.kind === 'loop') continue;
    const users = stmts.filter((u) => u !== s && u.kind !== 'loop' && s.names.some((n) => u.uses.has(n)));
    if (users.some((u) => !modOf.has(u))) continue;
    const mods = new Set(users.map((u) => modOf.get(u)));
    if (!users.length) problems.push('unused statement ' + s.names + ' at ' + lineOf(s.st));
    modOf.set(s, mods.size === 1 ? [...mods][0] : 'shared');
    changed = true;
  }
}
for (const s of stmts) if (!modOf.has(s) && s.kind !== 'loop') problems.push('unassigned (cycle?) ' + s.names);
// a loop goes with the first table it fills (the first top-level name it uses that is declared before it)
for (const s of stmts) if (s.kind === 'loop') {
  const first = [...s.uses.keys()].map((n) => stmtOfName.get(n)).find((d) => d && stmts.indexOf(d) < stmts.indexOf(s));
  if (!first) problems.push('loop without a table at ' + lineOf(s.st));
  else modOf.set(s, modOf.get(first));
}
// a `let` assigned outside its module cannot move (imported bindings are read-only)
for (const s of stmts) if (s.kind === 'let') for (const u of stmts) if (u.uses.has(s.names[0]) && modOf.get(u) !== modOf.get(s)) problems.push(`let ${s.names[0]} (${modOf.get(s)}) used from ${modOf.get(u)} by ${u.names[0]}`);

// ---- exports: names used from another module
const needsExport = new Set();
for (const u of stmts) for (const n of u.uses.keys()) { const d = stmtOfName.get(n); if (modOf.get(d) !== modOf.get(u)) needsExport.add(d); }

// ---- module texts
const isTypeDecl = (s) => s.kind === 'type';
function importsFor(mod, members) {
  const groups = new Map(); // from -> Map(spec name -> { typeOnly })
  const add = (from, spec, typeOnly) => {
    if (!groups.has(from)) groups.set(from, new Map());
    const g = groups.get(from);
    g.set(spec, { typeOnly: (g.get(spec)?.typeOnly ?? true) && typeOnly });
  };
  for (const s of members) {
    for (const [n, asValue] of s.uses) {
      const d = stmtOfName.get(n);
      const m = modOf.get(d);
      if (m === mod) continue;
      add(`./${m}.ts`, n, isTypeDecl(d) || !asValue);
    }
    for (const [n, asValue] of s.importUses) {
      const im = imports.get(n);
      add(im.from, im.def ? `default as ${n}` : im.orig ? `${im.orig} as ${n}` : n, im.typeOnly || !asValue);
    }
  }
  const lines = [];
  const order = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  function rank(f) { return f.startsWith('node:') ? 0 : f.startsWith('../') ? 1 : f.startsWith('./') && MODULES.includes(f.slice(2, -3)) ? 3 : 2; }
  for (const from of order) {
    const specs = [...groups.get(from)].sort(([a], [b]) => a.localeCompare(b));
    const allType = specs.every(([, v]) => v.typeOnly);
    const list = specs.map(([n, v]) => (!allType && v.typeOnly ? 'type ' : '') + n).join(', ');
    lines.push(`import ${allType ? 'type ' : ''}{ ${list} } from '${from}';`);
  }
  return lines;
}
function statementText(s) {
  let t = text.slice(s.st.getFullStart(), s.st.end);
  if (needsExport.has(s) && !s.exported) {
    const at = s.st.getStart(sf) - s.st.getFullStart();
    t = t.slice(0, at) + 'export ' + t.slice(at);
  }
  return t;
}
const firstStmt = sf.statements[0];
const fileComment = text.slice(firstStmt.getFullStart(), firstStmt.getStart(sf)).replace(/\s+$/, '') + '\n';
const written = [];
for (const mod of MODULES) {
  const members = stmts.filter((s) => modOf.get(s) === mod);
  let body = members.map(statementText).join('').replace(/^\n+/, '');
  const lines = importsFor(mod, members);
  let head = mod === 'extract' ? fileComment : `// ${HEADERS[mod]}\n`;
  if (mod === 'extract') {
    // the API of the old extract.ts: functions it exported that now live in other modules
    const moved = stmts.filter((s) => s.exported && s.kind === 'fn' && modOf.get(s) !== 'extract');
    const byMod = new Map();
    for (const s of moved) { const m = modOf.get(s); if (!byMod.has(m)) byMod.set(m, []); byMod.get(m).push(s.names[0]); }
    for (const [m, ns] of byMod) lines.push(`export { ${ns.sort().join(', ')} } from './${m}.ts';`);
  }
  writeFileSync(`${outDir}/${mod}.ts`, head + lines.join('\n') + '\n\n' + body + '\n');
  written.push(`${mod}.ts: ${members.length} statements, ${(head + lines.join('\n') + '\n\n' + body + '\n').split('\n').length - 1} lines`);
}
// ---- evaluation order: a module's top-level code must not read a binding of a module that imports it back
const modImports = new Map(MODULES.map((m) => [m, new Set()]));
for (const s of stmts) for (const n of s.uses.keys()) { const m = modOf.get(stmtOfName.get(n)); if (m !== modOf.get(s)) modImports.get(modOf.get(s)).add(m); }
function reaches(a, b, seen = new Set()) { if (a === b) return true; if (seen.has(a)) return false; seen.add(a); return [...modImports.get(a)].some((x) => reaches(x, b, seen)); }
for (const s of stmts) for (const n of s.initUses) {
  const m = modOf.get(stmtOfName.get(n));
  if (m !== modOf.get(s) && reaches(m, modOf.get(s))) problems.push(`${modOf.get(s)}: top-level code of ${s.names[0] ?? 'a loop'} reads ${n} of ${m}, which imports it back`);
}
console.log(written.join('\n'));
if (problems.length) { console.error('PROBLEMS:\n' + problems.join('\n')); process.exit(1); }
