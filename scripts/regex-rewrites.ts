/**
 * Regex literals that tsx rewrites into a `new RegExp()` call on every evaluation (esbuild at tsx's target
 * `node${process.versions.node}` does so for `\p{…}` patterns), listed with whether they sit inside a function
 * (hot: rebuilt per call) or at module level (once). Move the ones inside functions to module constants
 * (mind /g and /y: a constant keeps its lastIndex between uses).
 *
 *   node --import tsx scripts/regex-rewrites.ts src/events/*.ts src/quotes/*.ts
 */
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { parseAst } from 'rollup/parseAst';

const target = `node${process.versions.node}`;
let inFunctions = 0;
type Node = { type: string; regex?: { pattern: string; flags: string }; [k: string]: unknown };
for (const file of process.argv.slice(2).filter((f) => !f.endsWith('.test.ts'))) {
  const src = readFileSync(file, 'utf8');
  const js = transformSync(src, { loader: 'ts', target: 'esnext', format: 'esm' }).code;
  const walk = (n: Node, inFn: boolean): void => {
    if (n.type === 'Literal' && n.regex) {
      const lit = `/${n.regex.pattern}/${n.regex.flags}`;
      if (transformSync(`x(${lit});`, { loader: 'ts', target }).code.includes('new RegExp')) {
        if (inFn) inFunctions++;
        console.log(`${inFn ? 'function' : 'module  '} ${file} ${lit.length > 100 ? `${lit.slice(0, 100)}…` : lit}`);
      }
    }
    const fn = inFn || /Function/.test(n.type) || n.type === 'StaticBlock';
    for (const v of Object.values(n)) {
      for (const c of Array.isArray(v) ? v : [v]) if (c && typeof c === 'object' && typeof (c as Node).type === 'string') walk(c as Node, fn);
    }
  };
  walk(parseAst(js) as unknown as Node, false);
}
console.log(`rewritten literals inside functions: ${inFunctions}`);
