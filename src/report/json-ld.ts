// schema.org NewsArticle metadata for the report on show, so search engines read the article
// the portal embeds: the data (pure functions), and the controller that keeps its script in the
// page's <head> while the report shows the article.

import { trustedJson } from '../model/bodies/trusted-types.js';
import type { Article } from '../model/types.js';
import { ReaderTool, type ToolHost } from './reader-tool.js';

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

/**
 * The JSON-LD script of the article on show, in the host page's <head> (light DOM, where search
 * engines read it, even when the report sits in a feed's shadow root); replaced when the article
 * changes, removed when the report leaves the page.
 */
export class JsonLdScript extends ReaderTool {
  readonly #article: () => Article | undefined;
  #script?: HTMLScriptElement;
  #published?: Article;

  constructor(host: ToolHost, article: () => Article | undefined) {
    super(host);
    this.#article = article;
  }

  override hostConnected(): void {
    if (this.host.hasUpdated) this.#publish();
  }

  override hostUpdated(): void {
    if (this.#article() !== this.#published) this.#publish();
  }

  override hostDisconnected(): void {
    this.#script?.remove();
    this.#script = undefined;
  }

  #publish(): void {
    const article = (this.#published = this.#article());
    if (!article) return this.#script?.remove();
    const script = (this.#script ??= Object.assign(document.createElement('script'), { type: 'application/ld+json' }));
    script.setAttribute('data-party-news', article.id);
    script.textContent = trustedJson(scriptJson(newsArticleJsonLd(article)));
    if (!script.isConnected) document.head.append(script);
  }
}
