// What elements are handed (an `article` or `related` property) is validated as a feed's items
// are, unless normalizeFeed made it.
import type { Article, Problem, RelatedArticle } from '../types.js';
import { isObject } from './field-values.js';
import { isNormalizedArticle, ItemReader, normalised } from './item-reader.js';
import type { NormalizeOptions } from './normalize-feed.js';

export { isNormalizedArticle };

/**
 * One article for an element's `article` property: normalised objects pass through; raw JSON is
 * normalised (and so validated) here, so an element never trusts what a page hands it.
 */
export function toArticle(value: unknown, options?: NormalizeOptions): { article?: Article; problems: Problem[] } {
  if (isNormalizedArticle(value)) return { article: value, problems: [] };
  if (!isObject(value))
    return {
      problems:
        value == null ? [] : [{ item: '#0', index: 0, field: 'item', message: 'must be an object', dropped: 'item' }],
    };
  const base = options?.baseUrl ?? (typeof value.baseUrl === 'string' ? value.baseUrl : undefined);
  const reader = new ItemReader(value, 0, base, options?.timeZone);
  return { article: reader.read(), problems: reader.problems };
}

/**
 * Entries for a related list: normalised articles and related objects pass through; raw
 * `{ title, url, date_published }` objects are validated. Bare ids need their feed to mean
 * anything, so here they are reported and left out.
 */
export function toRelated(values: unknown[]): { items: (Article | RelatedArticle)[]; problems: Problem[] } {
  const items: (Article | RelatedArticle)[] = [];
  const problems: Problem[] = [];
  values.forEach((value, index) => {
    if (normalised.has(value as object)) {
      items.push(value as unknown as Article | RelatedArticle);
      return;
    }
    const reader = new ItemReader({}, index, undefined);
    const field = `articles[${index}]`;
    const item = reader.take(field, reader.related, value);
    if (typeof item === 'string') reader.report(field, `is the id "${item}", which only a feed can resolve`);
    else if (item) items.push(item);
    // An entry left out of the list is a skipped item of it, as a feed's would be.
    for (const p of reader.problems) if (p.field === field) p.dropped = 'item';
    problems.push(...reader.problems);
  });
  return { items, problems };
}
