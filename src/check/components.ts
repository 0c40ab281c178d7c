/**
 * The components an archivist may use in an article's text, and their props: what the content
 * check accepts, and what src/components/article/ renders. Annotations never change the
 * original words: a component wraps them (Official, Quote, Caption, Foreign) or stands beside them (Note,
 * Correction, Figure).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { closestId } from '../lib/text/strings.ts';
import { unknownIdMessage } from '../lib/archive/registry-files.ts';
import { LANGUAGES } from '../schemas/article.ts';

type PropKind = 'official' | 'date' | 'text' | 'image' | 'language';

interface ComponentRule {
  props: Record<string, { kind: PropKind; required: boolean }>;
  /** A component that stands for something (a photo) rather than wrapping words. */
  empty?: boolean;
}

export const COMPONENTS: Record<string, ComponentRule> = {
  Official: { props: { id: { kind: 'official', required: true } } },
  Quote: { props: { official: { kind: 'official', required: true } } },
  Note: { props: {} },
  Caption: { props: {} },
  // words in the other language than the text around them, "the source writes <Foreign lang="vi">“Hội nghi”</Foreign>": a reader's
  // screen reader and the browser's hyphenation read them in their own
  Foreign: { props: { lang: { kind: 'language', required: true } } },
  Correction: { props: { date: { kind: 'date', required: true } } },
  Figure: {
    props: {
      src: { kind: 'image', required: true },
      alt: { kind: 'text', required: true },
      caption: { kind: 'text', required: false },
      credit: { kind: 'text', required: false },
    },
    empty: true,
  },
};
export type ComponentName = keyof typeof COMPONENTS;

/** Components whose content is the archive's, not the original text: left out of anchors, search and quotations. */
export const ARCHIVE_ADDITIONS: ReadonlySet<string> = new Set(['Note', 'Correction', 'Figure']);

/** Where a Figure's picture is kept, relative to the content folder. */
export const MEDIA_FOLDER = 'media';
const IMAGE_FILE = /\.(?:jpe?g|png|webp|avif|gif)$/i;

export interface ComponentContext {
  contentDir: string;
  officialIds: readonly string[];
  /** The ids in the article's frontmatter `officials`. */
  namedOfficials: ReadonlySet<string>;
  /** Today as YYYY-MM-DD, the latest a correction can be dated. */
  today: string;
}

export interface ComponentProblem {
  severity: 'error' | 'warning';
  message: string;
  hint: string;
}

export interface JsxNode {
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: unknown[];
}

const REAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const isRealDate = (text: string) => {
  const [, year, month, day] = REAL_DATE.exec(text) ?? [];
  if (!year) return false;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.toISOString().slice(0, 10) === text;
};

function propProblem(
  component: string,
  prop: string,
  kind: PropKind,
  value: string,
  context: ComponentContext,
): ComponentProblem | undefined {
  const at = `<${component} ${prop}="${value}">`;
  switch (kind) {
    case 'official': {
      if (!context.officialIds.includes(value)) {
        const [message, hint] = unknownIdMessage('official', value, context.officialIds).split('; ');
        return { severity: 'error', message: `${at}: ${message}`, hint };
      }
      if (!context.namedOfficials.has(value)) {
        return {
          severity: 'warning',
          message: `${at}: "${value}" is not among the article's officials`,
          hint: `add { id: "${value}", title: "…" } to officials in the frontmatter`,
        };
      }
      return undefined;
    }
    case 'date':
      if (!isRealDate(value))
        return {
          severity: 'error',
          message: `${at}: not a real date as "YYYY-MM-DD"`,
          hint: 'write the day of the correction, e.g. date="2024-12-21"',
        };
      if (value > context.today)
        return { severity: 'error', message: `${at}: the date is in the future`, hint: 'write the day the correction was made' };
      return undefined;
    case 'image': {
      if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(value)) {
        return {
          severity: 'error',
          message: `${at}: a picture from another site`,
          hint: `keep the picture in content/${MEDIA_FOLDER}/ and write src="${MEDIA_FOLDER}/<file>"`,
        };
      }
      if (!value.startsWith(`${MEDIA_FOLDER}/`) || value.includes('..') || !IMAGE_FILE.test(value)) {
        return {
          severity: 'error',
          message: `${at}: src names a picture in content/${MEDIA_FOLDER}/ (jpg, png, webp, avif or gif)`,
          hint: `write src="${MEDIA_FOLDER}/<file>"`,
        };
      }
      if (!existsSync(join(context.contentDir, value)))
        return {
          severity: 'error',
          message: `${at}: there is no file content/${value}`,
          hint: `add the picture to content/${MEDIA_FOLDER}/ or fix src`,
        };
      return undefined;
    }
    case 'language':
      return (LANGUAGES as readonly string[]).includes(value)
        ? undefined
        : {
            severity: 'error',
            message: `${at}: not a language of the archive`,
            hint: `write ${LANGUAGES.map((l) => `lang="${l}"`).join(' or ')}`,
          };
    case 'text':
      return value.trim()
        ? undefined
        : {
            severity: 'error',
            message: `${at}: ${prop} is empty`,
            hint:
              prop === 'alt' ? 'describe what the picture shows, for readers who cannot see it' : `write the ${prop} or leave the prop out`,
          };
  }
}

/** What is wrong with one use of a component (its name known to be capitalised). */
export function componentProblems(node: JsxNode, context: ComponentContext): ComponentProblem[] {
  const name = node.name ?? '';
  const rule = COMPONENTS[name];
  if (!rule) {
    const near = closestId(name, Object.keys(COMPONENTS));
    return [
      {
        severity: 'error',
        message: `unknown component <${name}>`,
        hint: `the components are ${Object.keys(COMPONENTS).join(', ')}${near ? `; did you mean <${near}>?` : ''}`,
      },
    ];
  }
  const problems: ComponentProblem[] = [];
  const given = new Map<string, string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
      problems.push({
        severity: 'error',
        message: `<${name}> has a {…} prop, which MDX would run`,
        hint: 'write every prop as name="text"',
      });
      continue;
    }
    if (!rule.props[attribute.name!]) {
      problems.push({
        severity: 'error',
        message: `<${name}> has no prop "${attribute.name}"`,
        hint: `its props are ${Object.keys(rule.props).join(', ') || 'none'}`,
      });
      continue;
    }
    given.set(attribute.name!, attribute.value);
  }
  for (const [prop, { kind, required }] of Object.entries(rule.props)) {
    const value = given.get(prop);
    if (value === undefined) {
      if (required)
        problems.push({
          severity: 'error',
          message: `<${name}> needs ${prop}="…"`,
          hint: `write <${name} ${prop}="…">; CONTRIBUTING.md, "Annotate an article", has an example`,
        });
      continue;
    }
    const problem = propProblem(name, prop, kind, value, context);
    if (problem) problems.push(problem);
  }
  if (rule.empty && node.children?.length)
    problems.push({
      severity: 'error',
      message: `<${name}> holds text`,
      hint: `write it as <${name} … />; its caption goes in caption="…"`,
    });
  if (!rule.empty && !node.children?.length)
    problems.push({ severity: 'error', message: `<${name}> is empty`, hint: `put the words it marks between <${name}> and </${name}>` });
  return problems;
}
