/**
 * Topics from the bilingual registry, by keyword. A topic needs two keyword hits in the article,
 * or one in its title, so a passing mention does not tag an article with a subject it is not about.
 */
import type { Topic } from '../schemas/registries.ts';
import { escapeRegExp } from '../lib/text/strings.ts';

function keywordPattern(keywords: readonly string[]): RegExp {
  const alternatives = [...keywords]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
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

/** Topic ids the text supports, in registry order. */
export function assignTopics(title: string, body: string, topics: readonly Topic[]): string[] {
  return topics
    .filter((topic) => {
      const pattern = patternFor(topic);
      const inTitle = (title.match(pattern) ?? []).length;
      const inBody = (body.match(pattern) ?? []).length;
      return inTitle >= 1 || inBody >= 2;
    })
    .map((topic) => topic.id);
}
