// Pure list logic for the feed: category, day, search and related news (the order is feed-order.ts).
import { newestFirst } from '../items/feed-order.js';
import { dayKey } from '../items/format-date.js';
import { foldText } from '../items/text.js';
import type { Article, Category, RelatedArticle } from '../types.js';
import { matchesWords, queryWords, type WordKeys, wordKeys } from './word-search.js';

// A feed has few category names but may test 10,000 articles against one on every render.
const foldedNames = new Map<string, string>();
function foldName(name: string): string {
  let folded = foldedNames.get(name);
  if (folded === undefined) foldedNames.set(name, (folded = foldText(name)));
  return folded;
}

/** `key` names the category: its id or, ignoring case and diacritics, its name. */
export function namesCategory(c: Category, key: string): boolean {
  return c.id === key || foldName(c.name) === foldName(key);
}

/** The article is in the category `category` names (its id, or its name ignoring case and diacritics). */
export function inCategory(article: Article, category: string): boolean {
  return !!article.category && namesCategory(article.category, category);
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

/** What a list shows: one category (id or name), one unit, one day ("2022-03-30" in `timeZone`), a search. */
export interface ListFilter {
  category?: string;
  unit?: string;
  query?: string;
  day?: string;
  timeZone?: string;
}

/** The articles that pass every part of `filter` that is given. */
export function filterArticles(
  articles: readonly Article[],
  { category, unit, query, day, timeZone }: ListFilter = {},
): Article[] {
  return articles.filter(
    (a) =>
      (!category || inCategory(a, category)) &&
      (!unit || !!a.units?.includes(unit)) &&
      (!day || (!!a.datePublished && dayKey(a.datePublished, timeZone) === day)) &&
      (!query || matchesQuery(a, query)),
  );
}

/** Each category the articles name, once, in the order they first appear (a tab list's order). */
export function categoriesOf(articles: readonly Article[]): Category[] {
  const seen = new Map<string, Category>();
  for (const { category } of articles) if (category && !seen.has(category.id)) seen.set(category.id, category);
  return [...seen.values()];
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
