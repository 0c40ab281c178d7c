/**
 * Vietnamese text in a legacy encoding is refused with a reason that names the encoding: the
 * importer never guesses, since a wrong guess would archive garbled text under a valid checksum.
 */

/**
 * VNI and TCVN3 (ABC) were font encodings: Vietnamese letters stored as Latin-1 letters and signs
 * Vietnamese never uses ("Vieät Nam" in VNI, "ViÖt Nam" in TCVN3 for "Việt Nam").
 */
const FONT_ENCODED = /[¨ª¬µ¸¹ºÄÅÆÇËÎÏÑÖØÛÜäåæçëîïñöøûüÿ]/u; // not ©, ® or «»: ordinary pages use them

/** UTF-8 read as Windows-1252 and saved again: "á»‡" for "ệ", "Ä‘" for "đ", "Ã " for "à". */
const DOUBLE_ENCODED = /á[»º]|Ä[‘�]|Ã[\u0080-\u00bf]/gu;

/** Letters and tone marks of Windows-1258 Vietnamese, which writes tones as combining marks. */
const CP1258_VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯ][\u0300\u0301\u0303\u0309\u0323]?|[\p{L}][\u0300\u0301\u0303\u0309\u0323]/gu;

function fontEncoded(text: string): boolean {
  // (most pages hold none of these letters: then there is no word to count)
  if (!FONT_ENCODED.test(text)) return false;
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const odd = words.filter((word) => FONT_ENCODED.test(word)).length;
  return odd >= 5 && odd / words.length >= 0.1;
}

const FONT_MESSAGE =
  'the text is in a legacy Vietnamese font encoding (VNI or TCVN3/ABC: "Vieät Nam" or "ViÖt Nam" for "Việt Nam"); convert it to Unicode with a Vietnamese converter (such as the one in UniKey) and save it as UTF-8';

/** Why decoded text is not usable Unicode Vietnamese, or undefined when it is. */
export function legacyTextProblem(text: string): string | undefined {
  // first: garbled UTF-8 is full of the same Latin-1 letters a font encoding uses
  if ((text.match(DOUBLE_ENCODED) ?? []).length >= 3) {
    return 'the text was garbled by a wrong encoding ("Viá»‡t" for "Việt"): it is UTF-8 read as Windows-1252 and saved again; copy the page text again and save it as UTF-8';
  }
  return fontEncoded(text) ? FONT_MESSAGE : undefined;
}

/** Why bytes that are not UTF-8 cannot be imported, naming the legacy encoding they look like; `text`: the bytes read as Windows-1258. */
export function notUtf8Problem(text: string): string {
  if (fontEncoded(text)) return FONT_MESSAGE;
  if ((text.match(CP1258_VIETNAMESE) ?? []).length >= 5) {
    return 'the file is Vietnamese in the Windows-1258 encoding, not UTF-8; convert it, e.g. with iconv -f CP1258 -t UTF-8 page.txt > page-utf8.txt';
  }
  return 'the file is not valid UTF-8 text (a legacy encoding?); save it as UTF-8, or convert it, e.g. with iconv -f CP1258 -t UTF-8';
}
