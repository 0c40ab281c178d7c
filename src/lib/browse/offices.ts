/**
 * Which office an official belongs to, for grouping the officials index. The registry keeps no
 * titles (a title belongs to the article that gives it), so the group is read from a title.
 */
import { titleKey } from '../archive/titles.ts';

export const OFFICE_GROUPS = ['party-state', 'government', 'mofa', 'missions', 'provinces', 'foreign', 'other'] as const;
export type OfficeGroup = (typeof OFFICE_GROUPS)[number];

/** Checked in order: the first that matches wins ("Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao" is Government). */
const RULES: [OfficeGroup, RegExp][] = [
  ['party-state', /tổng bí thư|chủ tịch nước/],
  ['government', /thủ tướng/],
  ['mofa', /(bộ trưởng|thứ trưởng)( thường trực)?( bộ)? ngoại giao|bộ ngoại giao|ban chỉ đạo (ngoại giao kinh tế|ngkt)/],
  ['missions', /đại sứ|tổng lãnh sự|trưởng phái đoàn|trưởng cơ quan đại diện/],
  ['provinces', /ubnd (tỉnh|thành phố)|ủy ban nhân dân|tỉnh ủy|thành ủy|sở ngoại vụ/],
  // Ministers and deputy ministers of other ministries sit in the Government.
  ['government', /bộ trưởng|thứ trưởng/],
];

/** The office group of a title such as "Thứ trưởng Ngoại giao"; `foreign` (from the registry) wins. */
export function officeGroup(title: string | null, foreign: boolean): OfficeGroup {
  if (foreign) return 'foreign';
  const text = titleKey(title ?? '').replace(/uỷ/g, 'ủy');
  return RULES.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
}
