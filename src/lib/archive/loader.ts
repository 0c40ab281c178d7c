/**
 * Loads `content/articles/{vi,en}/*.mdx` as data, after the content contract (src/check/) has
 * passed on the whole content folder: the build refuses exactly what `npm run check` reports as an
 * error, with the same messages. Most articles are plain paragraphs, so their body is rendered to
 * HTML once, by Astro's Markdown pipeline, when it is loaded, and kept in the content store, where
 * an unchanged file is not rendered again by the next build; an article that uses the archive's
 * components keeps its text, which its page renders (article-tree.ts). Astro's glob loader would
 * compile every file into its own JavaScript module for Vite to bundle: at 10,000 articles that
 * bundle alone took several minutes and over 8 GB of memory (README, "Performance").
 */
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadContent, type ArticleSource } from '../../check/load.ts';
import { checkInChildProcess } from '../../check/in-child-process.ts';
import { usesComponents } from '../../check/body.ts';
import { formatFinding, type Finding } from '../../check/findings.ts';
import { composed } from '../text/strings.ts';

/** Warnings beyond this many are counted, not listed, so a large archive's build log stays readable. */
const WARNINGS_SHOWN = 20;

/** An article ready to store; `stored` is absent when the store holds it unchanged. */
interface Prepared {
  id: string;
  /** Its HTML when its text is plain; its text, for its page to render, when annotated. */
  stored?: { article: ArticleSource; digest: string } & (
    { rendered: Awaited<ReturnType<LoaderContext['renderMarkdown']>> } | { body: string }
  );
}

export function articleFiles(contentDir: string): Loader {
  return {
    name: 'article-files',
    load: async (context: LoaderContext) => {
      const { store, parseData, renderMarkdown, generateDigest, watcher, config, logger } = context;
      const root = fileURLToPath(config.root);
      const show = (finding: Finding) => formatFinding(finding, relative(root, finding.file));

      /** What storing an article takes, made while the check runs: its id and digest, and its HTML unless its text is annotated or unchanged. */
      async function prepare(article: ArticleSource): Promise<Prepared> {
        const id = `${article.lang}/${article.slug}`;
        const digest = generateDigest({ data: article.data, body: article.body });
        if (store.get(id)?.digest === digest) return { id };
        const body = article.body.normalize('NFC');
        // An annotated text is kept, for its page to render with the archive's components (and for
        // the quotations and corrections it records); plain text takes the fast path.
        if (usesComponents(body)) return { id, stored: { article, digest, body } };
        return { id, stored: { article, digest, rendered: await renderMarkdown(body, { fileURL: pathToFileURL(article.file) }) } };
      }

      async function storeArticle(prepared: Prepared): Promise<void> {
        if (!prepared.stored) return;
        const { article, ...content } = prepared.stored;
        const id = prepared.id;
        // decomposed letters (a contract warning) are composed, so pages, search and open data agree
        const data = await parseData({ id, data: composed(article.data), filePath: article.file });
        const filePath = relative(root, article.file).split(sep).join('/');
        store.set({ id, data, filePath, ...content });
      }

      async function sync(): Promise<void> {
        // The contract runs in a process of its own while this one reads and renders the articles;
        // nothing is stored, and nothing that went wrong here is reported, unless it passes.
        const checked = checkInChildProcess(contentDir);
        // Handled where it is awaited, below; without a handler now, a check that fails early would stop the process.
        checked.catch(() => undefined);
        const prepared: Prepared[] = [];
        let failure: unknown;
        try {
          for (const article of loadContent(contentDir).articles) prepared.push(await prepare(article));
        } catch (error) {
          failure = error;
        }
        const findings = await checked;
        const errors = findings.filter((finding) => finding.severity === 'error');
        const warnings = findings.filter((finding) => finding.severity === 'warning');
        warnings.slice(0, WARNINGS_SHOWN).forEach((finding) => logger.warn(show(finding)));
        if (warnings.length > WARNINGS_SHOWN)
          logger.warn(`…and ${warnings.length - WARNINGS_SHOWN} more warnings (npm run check lists them all)`);
        if (errors.length) {
          throw new Error(
            `the content check found ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was built:\n${errors.map(show).join('\n')}`,
          );
        }
        if (failure) throw failure;
        const gone = new Set(store.keys());
        for (const article of prepared) {
          await storeArticle(article);
          gone.delete(article.id);
        }
        for (const id of gone) store.delete(id);
      }

      await sync();

      // `astro dev`: keep the store in step with edits; a broken edit is reported and the pages stay as they were.
      if (!watcher) return;
      const articles = join(contentDir, 'articles');
      watcher.add(contentDir);
      const resync = (file: string) =>
        void (file.startsWith(articles + sep) && sync().catch((thrown: Error) => logger.error(thrown.message)));
      watcher.on('change', resync);
      watcher.on('add', resync);
      watcher.on('unlink', resync);
    },
  };
}
