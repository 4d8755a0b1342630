// The unannotated 10kGNAD test rows for lexicon checks (rows >= 500 without the rows held back as blind sets): one list,
// kept in scripts/unseen-rows.ts; this name stays for the scripts and docs that import it.
export { BLIND_ROWS, unseenRows as unannotatedRows } from './unseen-rows.ts';
