/**
 * Chrome learned from a batch: a line that recurs on several pages of one outlet (a menu, a
 * footer, a widget's label) is that outlet's page furniture, not article text, whatever words it
 * uses. So a new outlet's chrome goes without a rule written for it. A sentence is never learned:
 * two articles of one outlet may quote the same one.
 */

/** Longest line taken for chrome: menus and footers are short, paragraphs are not. */
const MAX_LENGTH = 120;

/**
 * For each page, the lines that recur on at least half the pages of its outlet (and on two at
 * least); `pages` maps a page to its outlet (or null), its lines and its headline, which is never
 * chrome (two versions of one article share it).
 */
export function learnChrome(
  pages: ReadonlyMap<string, { outlet: string | null; lines: readonly string[]; title: string | null }>,
): Map<string, Set<string>> {
  const byOutlet = new Map<string, string[]>();
  for (const [page, { outlet }] of pages) if (outlet) byOutlet.set(outlet, [...(byOutlet.get(outlet) ?? []), page]);
  const learned = new Map<string, Set<string>>();
  for (const group of byOutlet.values()) {
    if (group.length < 2) continue;
    const seen = new Map<string, number>();
    const titles = new Set(group.map((page) => pages.get(page)!.title));
    for (const page of group) {
      for (const line of new Set(pages.get(page)!.lines)) {
        if (line.length <= MAX_LENGTH && !titles.has(line) && !/[.!?…]["”»)]?$/u.test(line)) seen.set(line, (seen.get(line) ?? 0) + 1);
      }
    }
    const chrome = new Set([...seen].filter(([, count]) => count >= Math.max(2, group.length / 2)).map(([line]) => line));
    if (chrome.size > 0) for (const page of group) learned.set(page, chrome);
  }
  return learned;
}
