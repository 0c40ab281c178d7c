/**
 * Frontmatter and registry entries against the project's own schemas (the ones the build uses):
 * fields, types, references to unknown officials, topics and outlets (with the closest known id).
 */
import type { z } from 'astro/zod';
import { articleSchema } from '../schemas/article.ts';
import { registrySchemas } from '../schemas/registries.ts';
import { REGISTRY_NAMES, registryPath, type RegistryName } from '../lib/archive/registry-files.ts';
import { error, warning, type Finding } from './findings.ts';
import type { ArticleSource, Content } from './load.ts';

const README_FIELDS = 'README.md, "Content", lists the fields';

/** A schema issue as message and hint: "unknown … (closest known id …); add it … or fix the id" splits at "; ". */
function describe(issue: z.core.$ZodIssue): { message: string; hint: string } {
  const field = issue.path.join('.');
  const [message, hint] = issue.message.split('; ');
  if (hint) return { message, hint };
  if (/ is required\b/.test(message)) return { message, hint: `add "${issue.path[0]?.toString()}:" to the frontmatter; ${README_FIELDS}` };
  return { message: field && !message.startsWith(field) ? `${field}: ${message}` : message, hint: README_FIELDS };
}

function ids(content: Content, name: 'officials' | 'topics' | 'outlets'): string[] {
  return (content.registries.get(name) ?? []).map((entry) => entry.id);
}

/** The registry each reference field points into. */
const REFERENCES: Record<string, RegistryName> = { officials: 'officials', topics: 'topics', outlet: 'outlets', originalOutlet: 'outlets' };

export function checkArticleSchemas(content: Content): Finding[] {
  const schema = articleSchema({ officials: ids(content, 'officials'), topics: ids(content, 'topics'), outlets: ids(content, 'outlets') });
  // a registry that could not be read is reported once, not as every reference into it
  const unread = (issue: z.core.$ZodIssue) => {
    const registry = REFERENCES[String(issue.path[0])];
    return registry !== undefined && !content.registries.has(registry);
  };
  return content.articles.flatMap((article: ArticleSource) => {
    const parsed = schema.safeParse(article.data);
    if (parsed.success) return [];
    return parsed.error.issues
      .filter((issue) => !unread(issue))
      .map((issue) => {
        const { message, hint } = describe(issue);
        return error(article.file, article.lineOf(issue.path), message, hint);
      });
  });
}

/** Every registry entry against its schema; officials and outlets the importer proposed are flagged for a person. */
export function checkRegistrySchemas(content: Content): Finding[] {
  return REGISTRY_NAMES.flatMap((name) => {
    const file = registryPath(name, content.dir);
    return (content.registries.get(name) ?? []).flatMap((entry) => {
      const parsed = registrySchemas[name].safeParse(entry.data);
      if (!parsed.success) {
        return parsed.error.issues.map((issue) => {
          const { message, hint } = describe(issue);
          return error(file, entry.line, `entry "${entry.id}": ${message}`, hint);
        });
      }
      if (entry.data.status !== 'proposed') return [];
      const kind = name === 'officials' ? 'official' : 'outlet';
      return [
        warning(
          file,
          entry.line,
          `${kind} "${entry.id}" was proposed by the importer and awaits a person`,
          'check it and set "status: confirmed", or make it an alias of a known entry; see CONTRIBUTING.md',
        ),
      ];
    });
  });
}
