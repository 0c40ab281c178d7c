/** An OpenSearch description per language, so a browser can add the archive's search (linked from every page's head). */
import type { APIRoute } from 'astro';
import { t } from '../../i18n/index.ts';
import { absoluteUrl, assetHref, href } from '../../lib/site/routes.ts';
import { LANGUAGES, type Language } from '../../schemas/article.ts';

export const getStaticPaths = () => LANGUAGES.map((lang) => ({ params: { lang } }));

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Language;
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escapeXml(t(lang, 'opensearch.shortName'))}</ShortName>
  <Description>${escapeXml(t(lang, 'search.site'))}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>${lang}</Language>
  <Image width="32" height="32" type="image/x-icon">${absoluteUrl(assetHref('favicon.ico'))}</Image>
  <Url type="text/html" method="get" template="${escapeXml(absoluteUrl(href(lang, 'search')))}?q={searchTerms}"/>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
