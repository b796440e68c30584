// A whole feed, validated and normalised: its top level, then each item through ItemReader.
import { FeedError } from '../reading/feed-error.js';
import { runAtOnce } from '../reading/slices.js';
import type { Article, FeedInfo, Json, NormalizedFeed, Problem } from '../types.js';
import { FeedOrder, place } from './feed-order.js';
import { isObject, line } from './field-values.js';
import { ItemReader } from './item-reader.js';

export interface NormalizeOptions {
  /** URL the feed came from; relative URLs in it resolve against this. Default: the page. */
  baseUrl?: string;
  /** The zone of dates written without one: an IANA name or "+07:00". Default: Vietnam time. */
  timeZone?: string;
}

/** What parse-feed tells about an XML feed (`_party_news` on the feed) and its items. */
export interface FeedNotes {
  format?: string;
  problems?: Problem[];
}

/** The items of a feed (an object with `items`, or a bare array), its top level, and what parse-feed noted. */
export function itemsOf(input: unknown): { items: unknown[]; feed: Json; notes: FeedNotes } {
  if (Array.isArray(input)) return { items: input, feed: {}, notes: {} };
  if (isObject(input) && Array.isArray(input.items))
    return {
      items: input.items,
      feed: input,
      notes: (isObject(input._party_news) ? input._party_news : {}) as FeedNotes,
    };
  throw new FeedError(
    'invalid-shape',
    isObject(input) ? 'The feed has no "items" array.' : 'A feed must be an object with "items" or an array of items.',
  );
}

/**
 * Validates and normalises a native party-news feed, a JSON Feed 1.0/1.1 document, or a bare
 * array of items (throws FeedError `invalid-shape` for anything else). Invalid items are skipped and invalid optional fields dropped, each with a
 * Problem naming the item and field; every valid item is kept, in feed order.
 */
export function normalizeFeed(input: unknown, options: NormalizeOptions = {}): NormalizedFeed {
  return runAtOnce(normalizing(input, options));
}

/**
 * normalizeFeed as work in steps: it yields after each item, so the feed element can read 10,000
 * items in slices (runInSlices) instead of one long task.
 */
export function* normalizing(
  input: unknown,
  { baseUrl, timeZone }: NormalizeOptions = {},
): Generator<void, NormalizedFeed> {
  const { items, feed: rawFeed, notes } = itemsOf(input);
  const top = new ItemReader(rawFeed, -1, baseUrl);
  const feed: FeedInfo = {};
  const feedTitle = top.own('title', line);
  const home = top.own('home_page_url', top.link);
  const language = top.own('language', line);
  Object.assign(feed, feedTitle && { title: feedTitle }, home && { homePageUrl: home }, language && { language });
  const problems: Problem[] = [...(notes.problems ?? []), ...top.problems.map((p) => ({ ...p, item: 'feed' }))];

  const articles: Article[] = [];
  // Each article's place among the feed's items, for the problems found after the loop.
  const itemIndex: number[] = [];
  const seen = new Set<string>();
  const order = new FeedOrder();
  for (const [index, raw] of items.entries()) {
    yield;
    if (!isObject(raw)) {
      problems.push({ item: `#${index}`, index, field: 'item', message: 'must be an object', dropped: 'item' });
      continue;
    }
    const reader = new ItemReader(raw, index, baseUrl, timeZone, !!notes.format);
    const article = reader.read(language);
    problems.push(...reader.problems);
    if (!article) continue;
    if (seen.has(article.id)) {
      problems.push({
        item: article.id,
        index,
        field: 'id',
        message: 'duplicates an earlier item; the first is kept',
        dropped: 'item',
      });
      continue;
    }
    seen.add(article.id);
    articles.push(article);
    itemIndex.push(index);
    // An undated article sorts with the dated one before it in the feed, keeping its place.
    place(article, order);
  }

  // Related ids must name items of this feed; dangling ones are dropped, not rendered as dead links.
  for (const [n, article] of articles.entries()) {
    article.related = article.related.filter((ref, i) => {
      if (typeof ref !== 'string' || seen.has(ref)) return true;
      problems.push({
        item: article.id,
        index: itemIndex[n],
        field: `related[${i}]`,
        message: `no item "${ref}" in this feed`,
        dropped: 'field',
      });
      return false;
    });
  }
  return { feed, articles, problems };
}
