/** What carries an office's title on past a comma or a dash: the body it belongs to, the rest of its name, the place it is held in. */
import { BODY_OPENINGS } from './office-fields.ts';
import { placePatterns, type PlaceNames } from './person-names.ts';
import { EVENT_FIRST, VERB_PHRASE, titleLength } from './title-length.ts';
import { TITLE_WORDS } from './title-words.ts';

/** Words opening the name of a body an office belongs to, besides a body's own: "UBND tỉnh", "Văn phòng Chính phủ". */
const MORE_BODY_OPENINGS = ['UBND', 'Văn phòng'];
/** A body's words that open a meeting's or a venue's name as often: "Hội nghị", "Diễn đàn Kinh tế", "Trung tâm Hội nghị Quốc gia". */
const ALSO_MEETINGS_OR_VENUES = ['Hội', 'Diễn đàn', 'Trung tâm'];
/** "…Vụ Tổng hợp kinh tế, Bộ Ngoại giao Đặng Hoàng Hải": the ministry after a comma belongs to the title. */
export const ORGANISATION = new RegExp(
  `^(?:${[...BODY_OPENINGS.filter((word) => !ALSO_MEETINGS_OR_VENUES.includes(word)), ...MORE_BODY_OPENINGS].join('|')})\\s`,
  'u',
);

/** The longest place of `places` that opens `segment`. */
export const placeOpening = (segment: string, places: PlaceNames) => placePatterns(places).opening.exec(segment)?.[0];

/**
 * The place an office is held in, after a comma: "tại TP HCM" standing alone; or, after an office ending in a place's
 * name, the province or the country that place is in ("… huyện Mường La, tỉnh U Đôm Xay, nước Cộng hòa dân chủ nhân dân
 * Lào", "… tại Côn Minh, tỉnh Vân Nam, Trung Quốc về …"), a country named by its form of state ("… vùng Occitanie, Cộng hòa
 * Pháp ký …", "…, Vương quốc Anh").
 */
export function officePlace(segment: string, written: string, places: PlaceNames): string | undefined {
  if (/^(?:tại|ở)(?:\s+\p{Lu}[\p{L}.]*)+$/u.test(segment)) return segment;
  if (!/(?:^|\s)\p{Lu}\S*$/u.test(written)) return undefined;
  const unit = /^(?:tỉnh|thành phố|huyện|quận|nước|bang|vùng|Cộng h[òo]a|Vương quốc|Liên bang)\s+(?=\p{Lu})/u.exec(segment)?.[0];
  if (!unit) return placeOpening(segment, places);
  const words = segment.slice(unit.length).split(/\s+/);
  const length = titleLength(words, '', places);
  return length > 0 ? `${unit}${words.slice(0, length).join(' ')}` : undefined;
}

/**
 * The office words opening a segment that carries an office's name on past a comma ("Thương mại",
 * "Công nghiệp Nhật Bản"): a few words, no place on its own, no "của"/"tại" opening another phrase.
 */
export function officeContinuation(segment: string, places: PlaceNames): string | undefined {
  const words = segment.split(/\s+/);
  if (!TITLE_WORDS.has(words[0]!.toLowerCase()) || EVENT_FIRST.test(segment)) return undefined;
  const run = words.slice(0, titleLength(words));
  // the run fills the segment, or what follows it is what the official does ("… cho biết", "… đã trình bày"), where
  // they stand in a photo ("… (bên trái)") or where the meeting is ("… tại trụ sở …": no office's place, which is capitalised)
  const whole =
    run.length === words.length ||
    words[run.length]!.startsWith('(') ||
    /^(?:tại|ở)$/u.test(words[run.length]!) ||
    VERB_PHRASE.test(words.slice(run.length, run.length + 3).join(' ')) ||
    /^(?:đã|sẽ|đang|vừa|cũng)$/u.test(words[run.length]!);
  // "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh": the last items of a list of fields, with whose they are
  // ("Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội", "Tiểu ban thương mại, kinh tế và du lịch của thượng viện")
  const joinAt = run.findIndex((w) => /^(?:của|tại|ở|với)$/u.test(w));
  const fields = joinAt < 0 ? run : run.slice(0, joinAt);
  // (the body's acronym in brackets is no field: "… và Thể thao Vương quốc Anh (DCMS)")
  const fieldCount = fields.filter((word) => !word.startsWith('(')).length;
  const listEnd = whole && fields.includes('và') && fieldCount <= 6 && (joinAt < 0 || joinAt + 1 < run.length);
  // "Trưởng phòng …, Cục Xuất nhập khẩu (Bộ Công Thương)": the body the office belongs to
  const parent = whole && ORGANISATION.test(segment);
  if (!listEnd && !parent && (!/^\p{Lu}/u.test(words[0]!) || run.length > 4 || run.some((w) => /^(?:và)$/u.test(w)))) return undefined;
  // (a body's name may hold "của" or "ở": "Phòng Hợp tác của Cơ quan …", "Ủy ban Nhà nước người Việt Nam ở nước ngoài")
  if (run.length === 0 || (joinAt >= 0 && !listEnd && !parent) || places.includes(run.join(' '))) return undefined;
  return run.join(' ');
}
