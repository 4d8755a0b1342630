#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the repository works right after `npm install`.
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';

// V8 optimises a function once it has run for a budget of bytecode. The default budget sends hundreds of
// rarely taken paths of the quote and event rules through the optimising compiler again and again (each
// deopt on a new object shape or branch means another compile); a budget ten times larger keeps them in
// the baseline tiers and cut the CPU time of a long news stream by about a quarter (docs/EVALUATION.md).
// The environment variable exists for that measurement.
setFlagsFromString(`--interrupt-budget=${Number(process.env.LAGEBILD_V8_INTERRUPT_BUDGET) || 1_200_000}`);

// `lagebild … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
