// A normalised article written back as an item of the native JSON format, for a page's inline
// feed: every URL already absolute and the body already sanitised, so the page reads it as the
// server did, whatever its own address.
import { sanitizeHtml } from '../bodies/sanitize.js';
import type { Article, NormalizedFeed } from '../types.js';

const iso = (date?: Date) => date?.toISOString();

/** Drops the keys whose value is undefined, so the JSON holds only what the article has. */
const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

export function nativeItem(a: Article): Record<string, unknown> {
  return defined({
    id: a.id,
    url: a.url,
    title: a.title,
    summary: a.summary,
    content_html: a.contentHtml === undefined ? undefined : sanitizeHtml(a.contentHtml, { baseUrl: a.baseUrl }),
    image: a.image && defined({ ...a.image }),
    date_published: iso(a.datePublished),
    date_modified: iso(a.dateModified),
    authors: a.authors.length ? a.authors.map((author) => defined({ ...author })) : undefined,
    category: a.category && defined({ ...a.category }),
    tags: a.tags.length ? a.tags : undefined,
    related: a.related.length
      ? a.related.map((r) =>
          typeof r === 'string' ? r : defined({ ...r, datePublished: undefined, date_published: iso(r.datePublished) }),
        )
      : undefined,
    language: a.language,
    units: a.units?.length ? a.units : undefined,
  });
}

/**
 * The feed as inline JSON for `<party-news-feed>`: its items in the native format, and the format
 * it was read from, so RSS and Atom items without a date are kept as they were.
 */
export function inlineFeed(feed: NormalizedFeed, format?: string): Record<string, unknown> {
  return defined({
    title: feed.feed.title,
    home_page_url: feed.feed.homePageUrl,
    language: feed.feed.language,
    _party_news: format ? { format } : undefined,
    items: feed.articles.map(nativeItem),
  });
}
