import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { decodeBytes, DEFAULT_MAX_BYTES } from './decode.ts';
import { InputError } from './errors.ts';
import { looksLikeFeed, readFeed } from './feed.ts';
import { extractHtml } from './html.ts';
import { readJsonl } from './jsonl.ts';
import type { InputFormat, ReadResult } from './types.ts';

export interface ReadOptions {
  maxBytes?: number;
  /** Force a format instead of detecting it from the extension and content. */
  format?: InputFormat;
}

const EXTENSIONS: Record<string, InputFormat> = {
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.rss': 'feed', '.atom': 'feed', '.xml': 'feed',
  '.txt': 'text', '.text': 'text', '.md': 'text',
};

export function detectFormat(name: string, text: string): InputFormat {
  const byExt = EXTENSIONS[extname(name).toLowerCase()];
  if (byExt === 'feed' && !looksLikeFeed(text)) return /<html[\s>]/i.test(text.slice(0, 2000)) ? 'html' : 'text';
  if (byExt) return byExt;
  const head = text.slice(0, 2000).trimStart();
  if (/^<\?xml/i.test(head) && looksLikeFeed(head)) return 'feed';
  if (looksLikeFeed(head)) return 'feed';
  if (/^(?:<!doctype html|<html[\s>])/i.test(head)) return 'html';
  if (/^\{/.test(head) && head.split('\n').every((l, i, all) => i === all.length - 1 || !l.trim() || l.trim().startsWith('{'))) {
    try {
      JSON.parse(head.split('\n')[0]);
      return 'jsonl';
    } catch {
      // not JSON after all
    }
  }
  return 'text';
}

/** Reads one input's bytes into articles (or failures). Never throws for bad content. */
export async function readBytes(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult[]> {
  try {
    const { text, encoding } = decodeBytes(name, bytes, options.maxBytes ?? DEFAULT_MAX_BYTES);
    const warnings = encoding === 'utf-8' ? [] : [`decoded as ${encoding}`];
    const format = options.format ?? detectFormat(name, text);
    switch (format) {
      case 'jsonl':
        return readJsonl(name, text);
      case 'feed':
        return await readFeed(name, text);
      case 'html': {
        const { text: body, meta } = extractHtml(name, text);
        return [{ ok: true, article: { name, format, input: text, text: body, meta, warnings } }];
      }
      default:
        return [{ ok: true, article: { name, format: 'text', input: text, text, meta: {}, warnings } }];
    }
  } catch (e) {
    const message = e instanceof InputError ? e.message : `${name}: ${(e as Error).message}`;
    return [{ ok: false, failure: { name, error: message } }];
  }
}

/** Files under a path: the file itself, or every regular file below a directory, sorted. */
export function listFiles(path: string): string[] {
  const st = statSync(path);
  if (!st.isDirectory()) return [path];
  const files: string[] = [];
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = join(path, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(full));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

/** Reads paths (files or directories) and "-" (stdin), yielding results as they come. */
export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  for (const p of paths) {
    if (p === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      yield* await readBytes('stdin', Buffer.concat(chunks), options);
      continue;
    }
    let files: string[];
    try {
      files = listFiles(p);
    } catch (e) {
      yield { ok: false, failure: { name: p, error: `${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}` } };
      continue;
    }
    for (const file of files) {
      let bytes: Buffer;
      try {
        const size = statSync(file).size;
        const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
        if (size > max) {
          yield { ok: false, failure: { name: file, error: `${file}: input is ${size} bytes, over the limit of ${max} bytes (see --max-bytes)` } };
          continue;
        }
        bytes = readFileSync(file);
      } catch (e) {
        yield { ok: false, failure: { name: file, error: `${file}: ${(e as Error).message}` } };
        continue;
      }
      yield* await readBytes(file, bytes, options);
    }
  }
}
