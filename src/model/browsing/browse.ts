// Pure list logic for the feed: category, search and related news (the order is feed-order.ts).
import { newestFirst } from '../items/feed-order.js';
import { foldText } from '../items/text.js';
import type { Article, RelatedArticle } from '../types.js';
import { matchesWords, queryWords, type WordKeys, wordKeys } from './word-search.js';

// A feed has few category names but may test 10,000 articles against one on every render.
const foldedNames = new Map<string, string>();
function foldName(name: string): string {
  let folded = foldedNames.get(name);
  if (folded === undefined) foldedNames.set(name, (folded = foldText(name)));
  return folded;
}

/** `category` matches a category's id or, ignoring case and diacritics, its name. */
export function inCategory(article: Article, category: string): boolean {
  const c = article.category;
  return !!c && (c.id === category || foldName(c.name) === foldName(category));
}

const haystacks = new WeakMap<Article, WordKeys>();
function haystack(a: Article): WordKeys {
  let keys = haystacks.get(a);
  if (keys === undefined) {
    keys = wordKeys([a.title, a.summary, a.category?.name, ...a.tags, ...a.authors.map((x) => x.name)].join(' '));
    haystacks.set(a, keys);
  }
  return keys;
}

/**
 * Builds the search keys of each article ahead of a search, a step per article (for runInSlices):
 * built on the first keystroke instead, 10,000 of them held that keystroke for ~50 ms.
 */
export function* indexing(articles: readonly Article[]): Generator<void, void> {
  for (const a of articles) {
    haystack(a);
    yield;
  }
}

/**
 * Every word of the query starts a word of the title, summary, category, tags or authors: typed
 * without diacritics, whatever their marks ("dang uy" finds "Đảng ủy"); typed with them, with those
 * marks ("đăng" finds "Đăng ký", not "Đảng"); `đ` is `d`, case never counts (word-search.ts).
 */
export function matchesQuery(article: Article, query: string): boolean {
  return matchesWords(haystack(article), queryWords(query));
}

/** The articles in `category` (when given) that match `query` (when given). */
export function filterArticles(articles: readonly Article[], category?: string, query?: string): Article[] {
  return articles.filter((a) => (!category || inCategory(a, category)) && (!query || matchesQuery(a, query)));
}

/**
 * The related list for `article`: its `related` ids and objects when it has them, otherwise the
 * newest other items that share its category or a tag.
 */
export function relatedFor(article: Article, articles: readonly Article[], max = 5): (Article | RelatedArticle)[] {
  if (article.related.length) {
    const byId = new Map(articles.map((a) => [a.id, a]));
    return article.related.flatMap((r) => (typeof r === 'string' ? (byId.get(r) ?? []) : [r]));
  }
  const tags = new Set(article.tags);
  return newestFirst(
    articles.filter(
      (a) =>
        a !== article &&
        ((article.category && a.category?.id === article.category.id) || a.tags.some((t) => tags.has(t))),
    ),
  ).slice(0, max);
}

/**
 * What ends a report inside a feed: its related list, or, when nothing is related, the feed's
 * newest other articles, shown under "Tin khác" / "More news" (`more`), so a reader always has
 * somewhere to go next.
 */
export function relatedOrMore(
  article: Article,
  articles: readonly Article[],
  max = 5,
): { items: (Article | RelatedArticle)[]; more: boolean } {
  const items = relatedFor(article, articles, max);
  return items.length
    ? { items, more: false }
    : { items: newestFirst(articles.filter((a) => a !== article)).slice(0, max), more: true };
}
