/** Small article records for testing the browse data layer without Astro. */
import type { ArchivedArticle } from '../../src/lib/archive/articles.ts';
import type { ArticleFrontmatter } from '../../src/schemas/article.ts';

export interface Spec {
  date?: string | null;
  outlet?: string | null;
  originalOutlet?: string | null;
  officials?: [id: string, title: string][];
  topics?: string[];
}

/** A Vietnamese original with the given facts; its title is its slug. */
export function article(slug: string, spec: Spec = {}): ArchivedArticle {
  const data = {
    title: slug,
    language: 'vi',
    date: spec.date ?? null,
    outlet: spec.outlet ?? null,
    originalOutlet: spec.originalOutlet ?? null,
    officials: (spec.officials ?? []).map(([id, title]) => ({ id, title })),
    topics: spec.topics ?? [],
  } as ArticleFrontmatter;
  return { slug, original: { id: `vi/${slug}`, data } };
}

export const slugs = (articles: readonly ArchivedArticle[]) => articles.map((a) => a.slug);
