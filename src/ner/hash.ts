// The feature hashes are shared with other stages (MinHash shingles); they live in src/util/hash.ts.
export * from '../util/hash.ts';
