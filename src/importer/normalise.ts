/** Step 1 of the import: bytes → clean Unicode text, or a reason why the bytes are not text. */

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; error: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Decodes raw bytes as UTF-8 (with or without BOM) or UTF-16 with a BOM; refuses anything else. */
export function decodeRaw(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, error: 'the file is empty' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const start = UTF8_BOM.every((byte, i) => bytes[i] === byte) ? 3 : 0;
  if (bytes.includes(0)) {
    return { ok: false, error: 'the file holds NUL bytes: it is binary or UTF-16 without a BOM; save it as UTF-8 text' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    return {
      ok: false,
      error: 'the file is not valid UTF-8 (a legacy encoding such as Windows-1258 or VNI?); convert it to UTF-8, e.g. with iconv -f CP1258 -t UTF-8',
    };
  }
}

/**
 * Canonical text: NFC, LF line ends, ordinary spaces for no-break and other odd spaces,
 * no zero-width characters or BOM, no trailing spaces. Letters are never changed.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
}
