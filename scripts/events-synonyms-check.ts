// Every event mention of the unannotated 10kGNAD test rows, for diffing the lexicon with and without its OpenThesaurus
// synonyms: node --import tsx scripts/events-synonyms-check.ts <out>   (run once with LAGEBILD_NO_SYNONYMS=1).
// The same dump as scripts/events-dump.ts <out> (rows >= 500 without the blind rows), which this runs.
process.argv.splice(3);
await import('./events-dump.ts');
