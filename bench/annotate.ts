/**
 * One article in twenty of the synthetic archive is annotated as an archivist would annotate it:
 * its first official marked (<Official>), its second paragraph attributed to them (<Quote>), a
 * <Note>, a <Correction> and a <Figure> of the one picture every annotated article shares. These
 * articles are read as MDX, the rest take the plain-text path, as in the real archive.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { toMdxFile } from '../src/importer/mdx.ts';

/** Every n-th article is annotated: 5% of the archive. */
export const ANNOTATED_EVERY = 20;
const PICTURE = 'media/bench-conference.png';

/** The shared picture, a plain 1600×1067 image: what matters is that each size goes through the pipeline. */
export async function writeBenchPicture(contentDir: string): Promise<void> {
  const file = join(contentDir, PICTURE);
  mkdirSync(dirname(file), { recursive: true });
  await sharp({ create: { width: 1600, height: 1067, channels: 3, background: '#3b5d7a' } })
    .png()
    .toFile(file);
}

/** The annotated MDX file of an original whose first official is `official`. */
export function annotatedMdx(
  frontmatter: Record<string, unknown>,
  paragraphs: readonly string[],
  official: { id: string; name: string },
): string {
  const quotes =
    paragraphs.length > 1 ? [{ paragraph: 1, start: 0, end: paragraphs[1]!.length, official: official.id, text: paragraphs[1]! }] : [];
  const file = toMdxFile(frontmatter, paragraphs, quotes);
  const bodyStart = file.indexOf('\n---\n') + 5;
  const mention = file.indexOf(official.name, bodyStart);
  const marked =
    mention < 0
      ? file
      : `${file.slice(0, mention)}<Official id="${official.id}">${official.name}</Official>${file.slice(mention + official.name.length)}`;
  return (
    [
      marked.trimEnd(),
      '<Note>Ảnh minh họa do người lưu trữ bổ sung; bài gốc không kèm ảnh.</Note>',
      `<Correction date="${String(frontmatter.importedAt)}">Tên sự kiện trong bài gốc đã được tòa soạn sửa lại.</Correction>`,
      `<Figure src="${PICTURE}" alt="Quang cảnh hội nghị" caption="Quang cảnh hội nghị." credit="Ban biên tập" />`,
    ].join('\n\n') + '\n'
  );
}
