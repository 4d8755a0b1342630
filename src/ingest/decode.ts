import { InputError } from './errors.ts';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });
// Windows-1252 0x80–0x9F (Node 20's TextDecoder reads this label as plain Latin-1); undefined → U+FFFD.
const CP1252_HIGH = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';

function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    const chars = new Array<string>(chunk.length);
    for (let k = 0; k < chunk.length; k++) {
      const b = chunk[k];
      chars[k] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    out += chars.join('');
  }
  return out;
}

/** True for content that is not text: NUL bytes, or many control bytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32) || b === 127) control++;
  }
  return n > 0 && control / n > 0.05;
}

/**
 * Decodes input bytes to a string. UTF-8 (with or without BOM) and UTF-16 with BOM are read as such;
 * bytes that are not valid UTF-8 but read as Windows-1252/Latin-1 text are converted rather than
 * turned into mojibake. Empty, binary and oversized inputs are refused with a clear error.
 */
export function decodeBytes(name: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Decoded {
  if (bytes.length === 0) throw new InputError(name, 'empty input');
  if (bytes.length > maxBytes) {
    throw new InputError(name, `input is ${bytes.length} bytes, over the limit of ${maxBytes} bytes (see --max-bytes)`);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) throw new InputError(name, 'binary content, not text');
  let text: string;
  let encoding: Decoded['encoding'] = 'utf-8';
  try {
    text = utf8.decode(bytes);
  } catch {
    if (!plausibleSingleByteText(bytes)) throw new InputError(name, 'invalid UTF-8 and not readable as Windows-1252 text');
    text = decodeCp1252(bytes);
    encoding = 'windows-1252';
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError(name, 'input contains only white space');
  return { text, encoding };
}

/**
 * Windows-1252 text has high bytes mostly as letters (äöüß é …) between ASCII letters.
 * Undefined positions (0x81 0x8D 0x8F 0x90 0x9D) or a high share of high bytes mean it is not text.
 */
function plausibleSingleByteText(bytes: Uint8Array): boolean {
  let high = 0;
  for (const b of bytes) {
    if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) return false;
    if (b >= 0x80) high++;
  }
  return high / bytes.length < 0.3;
}
