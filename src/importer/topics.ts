/**
 * Topics from the bilingual registry, by keyword. A topic needs two keyword hits in the article,
 * or one in its title, so a passing mention does not tag an article with a subject it is not about.
 */
import type { Topic } from '../schemas/registries.ts';
import { escapeRegExp } from '../lib/text/strings.ts';

// (the character before a keyword is looked at by `hits`, for each keyword found: a pattern opening on the keywords, not on a
// look back, is searched for them far faster than it is tried at every place in the text)
function keywordPattern(keywords: readonly string[]): RegExp {
  const alternatives = [...keywords]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return new RegExp(`(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
}

const patterns = new WeakMap<Topic, RegExp>();

function patternFor(topic: Topic): RegExp {
  let pattern = patterns.get(topic);
  if (!pattern) {
    pattern = keywordPattern([...topic.keywords.vi, ...topic.keywords.en]);
    patterns.set(topic, pattern);
  }
  return pattern;
}

const ENDS_IN_WORD = /[\p{L}\p{N}]$/u;

/** How many times the topic's keywords stand in `text` as words of their own, counted up to `enough`. */
function hits(text: string, pattern: RegExp, enough: number): number {
  let count = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = count < enough ? pattern.exec(text) : null) {
    // (a keyword opening inside a longer word is no hit: looked for again from its second character, as the look back did)
    if (ENDS_IN_WORD.test(text.slice(Math.max(0, match.index - 2), match.index)))
      pattern.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
    else count++;
  }
  pattern.lastIndex = 0;
  return count;
}

/** Topic ids the text supports, in registry order. */
export function assignTopics(title: string, body: string, topics: readonly Topic[]): string[] {
  return topics
    .filter((topic) => {
      const pattern = patternFor(topic);
      return hits(title, pattern, 1) >= 1 || hits(body, pattern, 2) >= 2;
    })
    .map((topic) => topic.id);
}
