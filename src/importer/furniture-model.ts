/**
 * A learned last look at the paragraphs the rules kept: how likely each is page furniture (a
 * related headline, a byline, a form's label, a slug line) rather than the article's text, from
 * its shape and place alone. Rules are written for the pages they were found on; this model is
 * trained on the paragraphs earlier importers wrongly kept on pages new to them
 * (`npm run train:furniture`), so a new outlet's furniture may go without a rule written for it.
 * Paragraphs it sets aside are listed for review: a guess is never silent.
 */
import weights from './furniture-weights.json' with { type: 'json' };

/** A paragraph is set aside only when the model is this sure: dropping a real paragraph costs more than keeping furniture. */
export const FURNITURE_THRESHOLD = 0.95;

const SENTENCE_END = /[.!?…”"»)]$/u;
const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]/iu;
const ENGLISH_WORD = /\b(?:the|and|of|to|in|for|with|on|is|are|was|by)\b/i;
const NAME_LIKE = /^\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,4}$/u;

/** What the model sees of paragraph `i`: its shape, its place among the paragraphs, and how it relates to the headline. */
export function paragraphFeatures(
  paragraphs: readonly string[],
  i: number,
  title: string | null,
  vietnamesePage = isVietnamesePage(paragraphs),
): Record<string, number> {
  const text = paragraphs[i]!;
  const count = paragraphs.length;
  const words = text.split(/\s+/).filter(Boolean);
  const bare = words.map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
  const longWords = words.filter((word) => /^\p{L}{3,}/u.test(word));
  const headline = title?.toLowerCase();
  return {
    bias: 1,
    logWords: Math.log1p(words.length) / 4,
    atMostThreeWords: flag(words.length <= 3),
    atMostEightWords: flag(words.length <= 8),
    endsSentence: flag(SENTENCE_END.test(text)),
    endsColon: flag(text.endsWith(':')),
    noLowerCase: flag(/\p{L}/u.test(text) && !/\p{Ll}/u.test(text)),
    startsLowerCase: flag(/^\p{Ll}/u.test(text)),
    capitalisedShare: longWords.length ? longWords.filter((word) => /^\p{Lu}/u.test(word)).length / longWords.length : 0,
    hasPipe: flag(text.includes('|')),
    hasAddress: flag(/https?:|www\.|\.(?:vn|com|net|org)\b|@/i.test(text)),
    digitShare: (text.match(/\d/g)?.length ?? 0) / text.length,
    position: count > 1 ? i / (count - 1) : 0,
    isFirst: flag(i === 0),
    isLast: flag(i === count - 1),
    nearEnd: flag(count - 1 - i <= 2),
    severalSentences: flag((text.match(/[.!?…](?:\s|$)/gu)?.length ?? 0) >= 2),
    headlineWordShare: headline ? bare.filter((word) => headline.includes(word)).length / Math.max(bare.length, 1) : 0,
    // a line without marks, and not English, on a Vietnamese page is a slug or a file name
    unaccentedOnVietnamesePage: flag(vietnamesePage && !VIETNAMESE_LETTER.test(text) && /\p{L}{2}/u.test(text) && !ENGLISH_WORD.test(text)),
    startsWithBullet: flag(/^[-•*–—]\s/u.test(text)),
    endsWithDateInBrackets: flag(/\(\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\)$/.test(text)),
    nameLike: flag(NAME_LIKE.test(text)),
  };
}

const flag = (condition: boolean) => (condition ? 1 : 0);

/** A page whose words carry Vietnamese marks often enough to be written in Vietnamese. */
function isVietnamesePage(paragraphs: readonly string[]): boolean {
  const words = paragraphs.join(' ').split(/\s+/);
  return words.filter((word) => VIETNAMESE_LETTER.test(word)).length > 0.15 * words.length;
}

/** The model's weights, one per feature, as `npm run train:furniture` wrote them. */
export type FurnitureWeights = Record<string, number>;

/** How likely the paragraph is furniture, by logistic regression over its features. */
export function furnitureProbability(features: Record<string, number>, model: FurnitureWeights = weights): number {
  let z = 0;
  for (const [name, value] of Object.entries(features)) z += (model[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}

/** The paragraphs kept, and those the model is sure are furniture, set aside in page order. */
export function setAsideFurniture(
  paragraphs: readonly string[],
  title: string | null,
  model: FurnitureWeights = weights,
): { kept: string[]; setAside: string[] } {
  const vietnamese = isVietnamesePage(paragraphs);
  const furniture = paragraphs.map(
    (_, i) =>
      !continuesSentence(paragraphs, i) &&
      furnitureProbability(paragraphFeatures(paragraphs, i, title, vietnamese), model) >= FURNITURE_THRESHOLD,
  );
  // an article is never emptied: with nothing left, the rules' reading stands
  if (furniture.every(Boolean)) return { kept: [...paragraphs], setAside: [] };
  return { kept: paragraphs.filter((_, i) => !furniture[i]), setAside: paragraphs.filter((_, i) => furniture[i]) };
}

/**
 * A line opening in lower case under an unfinished sentence carries that sentence on ("The two
 * sides agreed to raise trade" / "in the coming years"): text, however short. A slug under a
 * heading or a label is not: what it follows is no sentence.
 */
function continuesSentence(paragraphs: readonly string[], i: number): boolean {
  if (i === 0 || !/^\p{Ll}/u.test(paragraphs[i]!)) return false;
  const before = paragraphs[i - 1]!;
  if (/[.!?…:]["”»)]?$/u.test(before)) return false;
  return (/^\p{Lu}/u.test(before) && before.split(/\s+/).length >= 5) || continuesSentence(paragraphs, i - 1);
}
