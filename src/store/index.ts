export { Store, ftsQuery, type SaveResult, type SaveHook, type SearchOptions, type SearchHit, type DocumentSummary, type StoryEvent, type StoryEventMention, type DocumentStoryEvent, type InputRecord } from './store.ts';
export { MIGRATIONS, migrate, type Migration } from './migrations.ts';

/** Default database file, relative to the working directory. */
export const DEFAULT_DB = './lagebild.db';
