// schema.org NewsArticle metadata for the report on show, so search engines read the article
// the portal embeds. Pure: the report puts the script into its own light DOM and removes it.
import type { Article } from '../model/types.js';

export function newsArticleJsonLd(a: Article): Record<string, unknown> {
  const organization = a.authors.find((x) => x.organization)?.organization;
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    datePublished: a.datePublished?.toISOString(),
    dateModified: (a.dateModified ?? a.datePublished)?.toISOString(),
    author: a.authors.map((x) => ({
      '@type': 'Person',
      name: x.name,
      ...(x.url && { url: x.url }),
      ...(x.organization && { affiliation: { '@type': 'Organization', name: x.organization } }),
    })),
  };
  if (a.image) data.image = [a.image.src];
  if (a.summary) data.description = a.summary;
  if (a.url) data.mainEntityOfPage = a.url;
  if (a.url) data.url = a.url;
  if (a.language) data.inLanguage = a.language;
  if (a.category) data.articleSection = a.category.name;
  if (a.tags.length) data.keywords = a.tags.join(', ');
  if (organization) data.publisher = { '@type': 'Organization', name: organization };
  return data;
}

/** JSON for inside a <script>: "</" can never close the element early. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
