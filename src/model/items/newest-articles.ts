// The first screen of a huge feed, before the whole feed is normalised.
import type { Json } from '../types.js';
import type { Article } from '../types.js';
import { instantOf, parseDate } from './dates.js';
import { FeedOrder } from './feed-order.js';
import { isObject } from './field-values.js';
import { CAMEL, ItemReader } from './item-reader.js';
import { itemsOf, type NormalizeOptions } from './normalize-feed.js';
import { cleanLine } from './text.js';

/** The date an item sorts by, as normalizeFeed reads it (published, else modified), or NaN. */
function sortKey(raw: Json, timeZone?: string): number {
  for (const field of ['date_published', 'date_modified']) {
    const value = raw[field] ?? raw[CAMEL[field]];
    if (value instanceof Date) return value.getTime();
    const instant = typeof value === 'string' ? instantOf(value) : NaN;
    if (!Number.isNaN(instant)) return instant;
    const reading = parseDate(value, timeZone);
    if (!('error' in reading)) return reading.date.getTime();
  }
  return NaN;
}

/**
 * The `count` newest valid articles of a feed, without normalising the rest: the first screen of
 * a huge feed, shown while normalizeFeed reads everything. The same articles, in the same order,
 * as newestFirst(normalizeFeed(input).articles).slice(0, count); related ids are not yet checked.
 */
export function newestArticles(input: unknown, count: number, { baseUrl, timeZone }: NormalizeOptions = {}): Article[] {
  const { items, feed, notes } = itemsOf(input);
  const language = typeof feed.language === 'string' ? cleanLine(feed.language) || undefined : undefined;
  const keys = new Float64Array(items.length);
  // Placed as the normaliser places articles (feed-order.ts); an undated JSON item is invalid.
  const order = new FeedOrder();
  for (let i = 0; i < items.length; i++) {
    const key = isObject(items[i]) ? sortKey(items[i] as Json, timeZone) : NaN;
    keys[i] = Number.isNaN(key) ? (notes.format ? order.timeOf(undefined) : NaN) : order.timeOf(key);
  }
  const newer = (a: number, b: number) => keys[a] > keys[b] || (keys[a] === keys[b] && a < b);
  // The newest few by one pass (no sort of the whole feed): room for some invalid ones among them.
  const room = count * 2 + 8;
  const top: number[] = [];
  for (let i = 0; i < items.length; i++) {
    if (Number.isNaN(keys[i]) || (top.length === room && !newer(i, top[room - 1]))) continue;
    let at = top.length;
    while (at > 0 && newer(i, top[at - 1])) at--;
    top.splice(at, 0, i);
    if (top.length > room) top.pop();
  }
  const read = (i: number) => new ItemReader(items[i] as Json, i, baseUrl, timeZone, !!notes.format).read(language);
  const sameId = (i: number, id: string) => {
    const raw = items[i];
    return isObject(raw) && (String(raw.id) === id || (typeof raw.id === 'string' && cleanLine(raw.id) === id));
  };
  const pick = (order: Iterable<number>) => {
    const articles: Article[] = [];
    for (const i of order) {
      const article = read(i);
      if (!article) continue;
      // The first valid item of an id wins, as in normalizeFeed; earlier twins are rare, so look only then.
      let twin = false;
      for (let j = 0; j < i && !twin; j++) twin = sameId(j, article.id) && read(j) !== undefined;
      if (twin) continue;
      articles.push(article);
      if (articles.length === count) break;
    }
    return articles;
  };
  const articles = pick(top);
  if (articles.length === count || top.length < room) return articles;
  // Too many invalid items among the newest: order the whole feed after all.
  return pick([...keys.keys()].filter((i) => !Number.isNaN(keys[i])).sort((a, b) => (newer(a, b) ? -1 : 1)));
}
