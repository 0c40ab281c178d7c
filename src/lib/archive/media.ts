/**
 * The pictures of <Figure> components, kept in the content folder's media/ (the build aliases it
 * as @archive-media: astro.config.mjs). The content check has made sure each named one exists.
 */
import type { ImageMetadata } from 'astro';
import { MEDIA_FOLDER } from '../../check/components.ts';

const pictures = import.meta.glob<{ default: ImageMetadata }>('@archive-media/**/*.{jpg,jpeg,png,webp,avif,gif,JPG,JPEG,PNG}');

/** The picture a Figure's src ("media/<file>") names. */
export async function picture(src: string): Promise<ImageMetadata> {
  const name = `/${src.slice(MEDIA_FOLDER.length + 1)}`;
  const key = Object.keys(pictures).find((path) => path.endsWith(name));
  if (!key) throw new Error(`<Figure src="${src}">: no such picture in content/${MEDIA_FOLDER}/`);
  return (await pictures[key]()).default;
}
