export * from './types.ts';
export { OffsetMap, TextBuilder, pushRun, type OffsetRun } from './offsets.ts';
export {
  DOCUMENT_SCHEMA,
  createDoc,
  contentId,
  emptyMeta,
  span,
  sentenceAt,
  setTokenLower,
  tokenTexts,
  tokenWords,
  type TokenTexts,
  toDocumentJSON,
  fromDocumentJSON,
  type DocumentJSON,
} from './document.ts';
