/**
 * Loads `content/articles/{vi,en}/**\/*.mdx` as data. An article's text is plain paragraphs (the
 * importer escapes everything MDX would read as code, and `npm run check` refuses code), so each
 * body is rendered to HTML once, by Astro's Markdown pipeline, when it is loaded, and kept in the
 * content store, where an unchanged file is not rendered again by the next build. Astro's glob
 * loader would instead compile every file into its own JavaScript module for Vite to bundle: at
 * 10,000 articles that bundle alone took several minutes and over 8 GB of memory (README, "Performance").
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import matter from 'gray-matter';
import type { Loader, LoaderContext } from 'astro/loaders';
import { LANGUAGES } from '../schemas/article.ts';

/**
 * Text Markdown would render differently from MDX: markup or braces not escaped, an `import` or
 * `export` line, an indented line (code in Markdown, text in MDX).
 */
const NOT_PLAIN_TEXT = /(?:^|[^\\])[<{}]|^(?:import|export)\b|^(?: {4}|\t)/m;

/** "vi/<slug>.mdx" → "vi/<slug>", the id the glob loader gave and pages pair translations by. */
const idOf = (path: string) => path.split(sep).join('/').replace(/\.mdx$/, '');

export function articleFiles(base: string): Loader {
  return {
    name: 'article-files',
    load: async (context: LoaderContext) => {
      const { store, parseData, renderMarkdown, generateDigest, watcher, config } = context;
      const root = fileURLToPath(config.root);

      async function sync(path: string): Promise<void> {
        const file = join(base, path);
        const contents = readFileSync(file, 'utf8');
        const id = idOf(path);
        const digest = generateDigest(contents);
        if (store.get(id)?.digest === digest) return;
        // Options given, so gray-matter does not keep every file it parsed in its cache.
        const { data, content } = matter(contents, {});
        const parsed = await parseData({ id, data, filePath: file });
        const code = NOT_PLAIN_TEXT.exec(content);
        if (code) {
          // The match's last character is always on the offending line (its first may end the line before).
          const line = contents.slice(0, contents.indexOf(content) + code.index + code[0].length - 1).split('\n').length;
          throw new Error(`${relative(root, file)}:${line}: the text holds markup, braces, an import line or an indented line, which an article cannot (write \\{ \\} \\< as the importer does, start paragraphs at the margin)`);
        }
        const rendered = await renderMarkdown(content, { fileURL: pathToFileURL(file) });
        store.set({ id, data: parsed, filePath: relative(root, file).split(sep).join('/'), digest, rendered });
      }

      const paths = LANGUAGES.filter((lang) => existsSync(join(base, lang))).flatMap((lang) =>
        (readdirSync(join(base, lang), { recursive: true }) as string[]).filter((name) => name.endsWith('.mdx')).map((name) => join(lang, name)),
      );
      const gone = new Set(store.keys());
      for (const path of paths) {
        gone.delete(idOf(path));
        await sync(path);
      }
      for (const id of gone) store.delete(id);

      // `astro dev`: keep the store in step with edits.
      if (!watcher) return;
      watcher.add(base);
      const inside = (file: string) => file.startsWith(base + sep) && file.endsWith('.mdx');
      const reload = (file: string) => void (inside(file) && sync(relative(base, file)).catch((error: Error) => context.logger.error(error.message)));
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', (file) => inside(file) && store.delete(idOf(relative(base, file))));
    },
  };
}
