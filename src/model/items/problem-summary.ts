// What the console says about the problems of one load: one line at most. A reader's page view is
// no place for a report: the details are in party-news-load's detail.skipped and `party-news check`.
import type { Problem } from '../types.js';
import { parseUrl } from './urls.js';

/** How many items were skipped, how many repairs the feed needed, how many fields shown items lost. */
export interface ProblemCounts {
  skipped: number;
  repaired: number;
  dropped: number;
}

/**
 * The problems of a load, counted: items skipped (`dropped: 'item'`, one per item however many of
 * its fields were wrong), repairs of the whole feed (XML that was not well-formed, bytes that were
 * not UTF-8: the feed-level problems that keep what they found) and fields dropped from items that
 * are shown (an unsafe or unparseable URL, an e-mail address where a name belongs).
 */
export function countProblems(problems: Problem[]): ProblemCounts {
  const skipped = new Set<string>();
  let repaired = 0;
  let dropped = 0;
  for (const p of problems) {
    if (p.dropped === 'item') skipped.add(`${p.index} ${p.item}`);
    else if (p.dropped === 'field') dropped++;
    else if (p.index < 0) repaired++;
  }
  return { skipped: skipped.size, repaired, dropped };
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The one console line for a load's problems, without the element's name, or undefined when every
 * item is shown and the feed needed no repair: "3 of 20 items skipped, 1 repair, 2 fields dropped;
 * first: item "#4", field "id" is required; <where the details are>". Fields dropped from shown
 * items and values kept as read (a date without a zone, a value cut at its size limit) are counted
 * in that line but never write one: a feed whose every item is shown stays quiet (SPEC.md), and
 * ordinary feeds have them (RSS's <author> is an e-mail address, which is no name to show).
 * `shown`: how many items are shown; `details`: where to read every problem.
 */
export function problemLine(problems: Problem[], shown: number, details: string): string | undefined {
  const { skipped, repaired, dropped } = countProblems(problems);
  if (!skipped && !repaired) return undefined;
  const first = problems.find((p) => p.dropped === 'item' || (p.dropped === 'none' && p.index < 0))!;
  return [
    [
      skipped && `${skipped} of ${counted(shown + skipped, 'item', 'items')} skipped`,
      repaired && counted(repaired, 'repair', 'repairs'),
      dropped && `${counted(dropped, 'field', 'fields')} dropped`,
    ]
      .filter(Boolean)
      .join(', '),
    `first: item "${first.item}", field "${first.field}" ${first.message.replace(/\.$/, '')}`,
    details,
  ].join('; ');
}

/** Where a feed element's details are: `party-news check` on its address, and its load event. */
export function feedDetails(src: string | undefined, base: string | undefined): string {
  if (!src) return "party-news-load's detail.skipped lists them all";
  const address = parseUrl(src, base)?.href ?? src;
  return `run "npx party-news check ${address}" for details, or read party-news-load's detail.skipped`;
}

/** Where an element given data by property finds its details: the function that validated them. */
export const ARTICLE_DETAILS = 'toArticle(article).problems lists them all';
export const RELATED_DETAILS = 'toRelated(articles).problems lists them all';
