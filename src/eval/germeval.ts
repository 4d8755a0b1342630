import { readFileSync } from 'node:fs';

/** One sentence of GermEval 2014 data: tokens and outer-layer BIO tags (official spelling: B-LOCderiv). */
export interface GermEvalSentence {
  tokens: string[];
  tags: string[];
  nested?: string[];
  source?: string;
}

/**
 * Reads GermEval 2014 data in either the official 4-column TSV format
 * (`#` comment lines, `index TAB token TAB outer TAB nested`) or the 2-column
 * BIOES conversion (`token SPACE tag`, tags like S-LOCDERIV), returning official BIO tags.
 */
export function readGermEval(path: string, limit = Infinity): GermEvalSentence[] {
  const text = readFileSync(path, 'utf8');
  const sentences: GermEvalSentence[] = [];
  let current: GermEvalSentence = { tokens: [], tags: [] };
  let source: string | undefined;
  const finish = () => {
    if (current.tokens.length > 0) sentences.push(current);
    current = { tokens: [], tags: [], source };
  };
  for (const line of text.split('\n')) {
    if (sentences.length >= limit) break;
    if (line.trim() === '') {
      finish();
      continue;
    }
    if (line.startsWith('#\t') || line.startsWith('# ')) {
      source = line.split('\t')[1];
      current.source = source;
      continue;
    }
    const cols = line.split('\t');
    if (cols.length >= 3) {
      current.tokens.push(cols[1]);
      current.tags.push(cols[2]);
      (current.nested ??= []).push(cols[3] ?? 'O');
    } else {
      const sp = line.lastIndexOf(' ');
      if (sp <= 0) continue;
      current.tokens.push(line.slice(0, sp));
      current.tags.push(fromBioes(line.slice(sp + 1)));
    }
  }
  finish();
  return sentences.slice(0, limit);
}

/** S-X → B-X, E-X → I-X, DERIV/PART → deriv/part. */
export function fromBioes(tag: string): string {
  if (tag === 'O') return 'O';
  const prefix = tag[0];
  let type = tag.slice(2).replace(/DERIV$/, 'deriv').replace(/PART$/, 'part');
  if (type === 'deriv' || type === 'part') type = tag.slice(2);
  const bio = prefix === 'S' || prefix === 'B' ? 'B' : 'I';
  return `${bio}-${type}`;
}

const NO_SPACE_BEFORE = new Set([',', '.', ':', ';', '!', '?', ')', ']', '%', '“', '«', '...', '…']);
const NO_SPACE_AFTER = new Set(['(', '[', '„', '»']);

/**
 * Turns a tokenised sentence back into running text the way it was probably written,
 * returning the text and each token's offsets in it.
 */
export function detokenize(tokens: string[]): { text: string; offsets: Array<[number, number]> } {
  let text = '';
  const offsets: Array<[number, number]> = [];
  let quoteOpen = false;
  let glueNext = true;
  for (const tok of tokens) {
    let glue = glueNext;
    glueNext = false;
    if (tok === '"') {
      if (quoteOpen) glue = true;
      else glueNext = true;
      quoteOpen = !quoteOpen;
    } else if (NO_SPACE_BEFORE.has(tok)) glue = true;
    if (NO_SPACE_AFTER.has(tok)) glueNext = true;
    if (!glue && text.length > 0) text += ' ';
    offsets.push([text.length, text.length + tok.length]);
    text += tok;
  }
  return { text, offsets };
}
