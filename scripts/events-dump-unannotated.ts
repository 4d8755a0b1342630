// Every event mention of the unannotated 10kGNAD test rows >= 500 (the blind rows skipped, never analysed), one a line,
// for diffing two versions: node --import tsx scripts/events-dump-unannotated.ts <out>. The same dump as
// scripts/events-dump.ts <out>, which this runs.
process.argv.splice(3);
await import('./events-dump.ts');
