// The order a feed's articles are shown in, in one place: newest first by date (date_published, or
// date_modified when that is all an item has); equal dates keep feed order; an undated article (RSS
// and Atom keep them) sorts with the dated one before it in the feed, so it keeps its place. The
// normaliser places each article as it reads it, and the first screen of a huge feed, read before
// the normaliser is done, places its raw items by the same rule.
import type { Article } from '../types.js';

/** Sort times in feed order: an undated item takes the time of the dated item before it. */
export class FeedOrder {
  #last = Infinity;

  /** The time an item sorts at, given its own (undefined: it has none); call in feed order. */
  timeOf(own: number | undefined): number {
    return own === undefined ? this.#last : (this.#last = own);
  }
}

// An undated article's place: the sort time FeedOrder gave it. (A WeakMap: not a field of the
// public Article, and gone with the article.)
const undatedAt = new WeakMap<Article, number>();

/** Records where `article` sorts, read in feed order by `order`. */
export function place(article: Article, order: FeedOrder): void {
  const time = order.timeOf(article.datePublished?.getTime());
  if (!article.datePublished) undatedAt.set(article, time);
}

/** `copy` sorts where `original` does (a merged copy of an undated article keeps its place). */
export function placeLike(copy: Article, original: Article): void {
  const time = undatedAt.get(original);
  if (time !== undefined) undatedAt.set(copy, time);
}

const timeOf = (a: Article) => a.datePublished?.getTime() ?? undatedAt.get(a) ?? Infinity;

/** Newest first; equal dates keep feed order (Array.prototype.sort is stable). */
export function newestFirst(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => timeOf(b) - timeOf(a) || 0);
}
