#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the repository works right after `npm install`.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';

// V8 optimises a function once it has run for a budget of bytecode, and compiles it on a background
// thread. With another core free that costs the pipeline nothing; confined to one core (taskset, a
// one-CPU container), the compiler shares the core, and the default budget sends hundreds of rarely
// taken paths of the quote and event rules through it again and again (each deopt on a new branch or
// object shape means another compile). There a budget ten times larger keeps them in the baseline tiers:
// +19% tokens/s on one core, while with two cores the default is 5% faster (docs/EVALUATION.md, speed).
// LAGEBILD_V8_INTERRUPT_BUDGET sets it for measurements (V8's default is 135168).
const budget = Number(process.env.LAGEBILD_V8_INTERRUPT_BUDGET) || (availableParallelism() <= 1 ? 1_200_000 : 0);
if (budget > 0) setFlagsFromString(`--interrupt-budget=${budget}`);

// `lagebild … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
