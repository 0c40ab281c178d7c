/** Step 1 of the import: bytes → clean Unicode text, or a reason why the bytes are not text. */
import { legacyTextProblem, notUtf8Problem } from './encoding.ts';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; error: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Decodes raw bytes as UTF-8 (with or without BOM) or UTF-16 with a BOM; refuses anything else. */
export function decodeRaw(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, error: 'the file is empty' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  const start = UTF8_BOM.every((byte, i) => bytes[i] === byte) ? 3 : 0;
  if (bytes.includes(0)) {
    return { ok: false, error: 'the file holds NUL bytes: it is binary or UTF-16 without a BOM; save it as UTF-8 text' };
  }
  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)), 'utf-8');
  } catch {
    const text = new TextDecoder('windows-1258').decode(bytes);
    return { ok: false, error: looksBinary(text) ? BINARY : notUtf8Problem(text) };
  }
}

const BINARY = 'the file is binary (an image, PDF or word-processor file?), not text; save the page text as a .txt file';

/** Text of a binary file: NUL characters, or control characters in more than 1 character of 100. */
function looksBinary(text: string): boolean {
  return text.includes('\u0000') || (text.match(/[\u0001-\u0008\u000e-\u001f]/g) ?? []).length > text.length / 100;
}

/** Decoded text that is still not usable: a binary file, or a legacy encoding. */
function checked(text: string, encoding: string): Decoded {
  if (looksBinary(text)) return { ok: false, error: BINARY };
  const legacy = legacyTextProblem(text);
  return legacy ? { ok: false, error: legacy } : { ok: true, text, encoding };
}

/**
 * Canonical text: NFC, LF line ends, ordinary spaces for no-break and other odd spaces,
 * no zero-width characters, control characters or BOM, no trailing spaces. Letters are never changed.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?|[\u000b\u000c\u0085\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
}
