/**
 * Who published an article, as the record says: its outlet, or for a republished copy the
 * original outlet and the site that republished it, which may be unknown. Lists, feeds, search
 * results and citations all name it this way, so none credits the original outlet alone.
 */
import { t } from '../../i18n/index.ts';
import type { Language } from '../../schemas/article.ts';

export interface Attributed {
  outlet: { name: string } | null;
  originalOutlet: { name: string } | null;
}

/** "Báo Ấp Bắc"; "via Voice of Vietnam, republished by an unknown site"; null when neither is known. */
export function attributionText(article: Attributed, lang: Language): string | null {
  const { outlet, originalOutlet } = article;
  if (!originalOutlet) return outlet?.name ?? null;
  const site = outlet?.name ?? t(lang, 'attribution.unknownSite');
  return t(lang, 'attribution.republished', { original: originalOutlet.name, site });
}
