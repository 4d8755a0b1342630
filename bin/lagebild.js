#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the repository works right after `npm install`.
import { register } from 'tsx/esm/api';

// `lagebild … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
