// A feed too large to keep whole in localStorage, kept as its newest articles that fit: a native
// JSON feed, which a later failed load reads back through the same parse and normalise path as
// any other feed (so nothing read back is trusted more than the feed itself was).
import { newestFirst } from '../items/feed-order.js';
import { inlineFeed, nativeItem } from '../items/native-item.js';
import type { Article, NormalizedFeed } from '../types.js';

/** The characters `text` takes once stored inside a JSON string (quotes, backslashes, controls escaped). */
export const storedLength = (text: string) => JSON.stringify(text).length - 2;

/** After this many items in a row too large for what is left, the rest are not asked about. */
export const MISSES = 20;

/**
 * Which items fit in `room`, taken in order (newest first) while they fit in what is left: one
 * too large for it is passed over, not every item after it; after MISSES in a row, the room is
 * as good as full (asking each of 10,000 items its size, when none fits any more, held the load's
 * task for 40 ms). `sizeOf(i, left)` may answer Infinity for an item it can tell, cheaply, is
 * larger than `left`.
 */
export function fitting(count: number, room: number, sizeOf: (index: number, left: number) => number): number[] {
  const taken: number[] = [];
  let left = room;
  for (let i = 0, misses = 0; i < count && left > 0 && misses < MISSES; i++) {
    const size = sizeOf(i, left);
    if (size > left) {
      misses++;
      continue;
    }
    misses = 0;
    taken.push(i);
    left -= size;
  }
  return taken;
}

/**
 * An article as a native item, its body as the feed gave it: sanitised when it is shown, as every
 * body is (sanitising here would put a hostile feed's bodies in the load's task), and read against
 * its own base when that is not the feed's (Atom's xml:base).
 */
function savedItem(article: Article, feedUrl: string, kept?: Set<string>): Record<string, unknown> {
  // Related ids of articles left out would be reported as dangling when the copy is read back.
  const related = kept ? article.related.filter((r) => typeof r !== 'string' || kept.has(r)) : article.related;
  const item = nativeItem({ ...article, contentHtml: undefined, related });
  if (article.contentHtml !== undefined) item.content_html = article.contentHtml;
  if (article.baseUrl && article.baseUrl !== feedUrl) item._party_news = { base: article.baseUrl };
  return item;
}

/** At least the characters an article's item takes: found without writing it. */
const leastLength = (a: Article) => a.title.length + (a.summary?.length ?? 0) + (a.contentHtml?.length ?? 0);

/**
 * The feed as JSON of its newest articles whose text, stored inside a JSON string, takes at most
 * `room` characters; undefined when not one article fits.
 */
export function savedCopy(feed: NormalizedFeed, feedUrl: string, room: number): string | undefined {
  const articles = newestFirst(feed.articles);
  // Undated articles (RSS and Atom keep them) are kept when read back only from a feed that says
  // it was XML; a JSON feed has none.
  const format = articles.some((a) => !a.datePublished) ? 'RSS or Atom (saved copy)' : undefined;
  const shell = JSON.stringify(inlineFeed({ ...feed, articles: [] }, format));
  const json = (a: Article, kept?: Set<string>) => JSON.stringify(savedItem(a, feedUrl, kept));
  // Each item costs its escaped text and a comma.
  const taken = fitting(articles.length, room - storedLength(shell), (i, left) =>
    leastLength(articles[i]) > left ? Infinity : storedLength(json(articles[i])) + 1,
  );
  if (!taken.length) return undefined;
  const kept = new Set(taken.map((i) => articles[i].id));
  const items = taken.map((i) => json(articles[i], kept)).join(',');
  return `${shell.slice(0, -2)}${items}]}`;
}
