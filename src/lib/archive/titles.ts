/**
 * Officials' titles in English. The article keeps the Vietnamese title it printed; English pages
 * translate it part by part ("Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao" → "Deputy Prime
 * Minister, Minister of Foreign Affairs") through the titles and places registries.
 */
export interface TitleTable {
  titles: readonly { vi: string; en: string }[];
  places: readonly { vi: string; en: string }[];
}

export interface LocalisedText {
  text: string;
  lang: 'vi' | 'en';
}

/** Case and spacing do not make another title ("Ban chỉ đạo" / "Ban Chỉ đạo"). */
export const titleKey = (title: string) => title.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

function translatePart(part: string, table: TitleTable): string | undefined {
  const former = /^nguyên\s+/iu.exec(part);
  const bare = former ? part.slice(former[0].length) : part;
  const exact = table.titles.find((t) => !t.vi.includes('{place}') && titleKey(t.vi) === titleKey(bare));
  let english = exact?.en;
  if (!english) {
    for (const t of table.titles) {
      if (!t.vi.includes('{place}')) continue;
      const [before, after] = t.vi.split('{place}');
      const k = titleKey(bare);
      if (!k.startsWith(titleKey(before)) || !k.endsWith(titleKey(after))) continue;
      const placeText = bare.slice(before.length, bare.length - after.length).trim();
      const place = table.places.find((p) => titleKey(p.vi) === titleKey(placeText));
      if (placeText && place) {
        english = t.en.replace('{place}', place.en);
        break;
      }
    }
  }
  if (!english) return undefined;
  return former ? `former ${english}` : english;
}

/** English titles already worked out, per table: a build asks for the same few hundred titles tens of thousands of times. */
const translated = new WeakMap<TitleTable, Map<string, LocalisedText>>();

/** The title in the page's language; a Vietnamese title no table entry covers stays Vietnamese. */
export function localiseTitle(title: string, lang: 'vi' | 'en', table: TitleTable): LocalisedText {
  if (lang === 'vi') return { text: title, lang: 'vi' };
  let known = translated.get(table);
  if (!known) translated.set(table, (known = new Map()));
  let result = known.get(title);
  if (!result) {
    const english = title.split(/,\s*/).map((part) => translatePart(part, table));
    result = english.every((part): part is string => part !== undefined)
      ? { text: english.join(', '), lang: 'en' }
      : { text: title, lang: 'vi' };
    known.set(title, result);
  }
  return { ...result };
}
