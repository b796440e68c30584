// What the widget will do with a feed, item by item, for the people who make the feed: the same
// parse and normalise steps the elements run, with each problem given the action readers will see.
import { isSapoNote } from '../model/bodies/sapo.js';
import { UNDATED_KEPT } from '../model/items/item-reader.js';
import { itemsOf } from '../model/items/normalize-feed.js';
import { countProblems } from '../model/items/problem-summary.js';
import { readFeed } from '../model/reading/read-feed.js';
import type { NormalizedFeed, Problem } from '../model/types.js';

/**
 * What readers get for a problem: the item left out, shown without a date or without the field,
 * shown as read with an assumption or a cut, or shown as the note says (where its sapo came from);
 * for the feed as a whole, read after a repair.
 */
export type CheckAction =
  'skipped' | 'shown without a date' | 'shown without this field' | 'shown, repaired' | 'repaired' | 'shown';

export interface CheckedProblem extends Problem {
  action: CheckAction;
}

export interface FeedCheck {
  /** "party-news JSON", "JSON Feed 1.1", "RSS 2.0", "Atom 1.0" … */
  format: string;
  /** Items the feed holds (shown + skipped). */
  items: number;
  /** Articles the widget shows; `undated` of them without a date. */
  shown: number;
  undated: number;
  /** Items left out, each named in `problems`. */
  skipped: number;
  problems: CheckedProblem[];
}

export interface CheckOptions {
  /** Where the feed is served: relative URLs in it resolve against this (none: they are dropped). */
  baseUrl?: string;
  /** The zone of dates written without one (the widget's `time-zone`). Default: Vietnam time. */
  timeZone?: string;
  /** What decoding the bytes had to assume (decodeFeedWithProblems). */
  decodeProblems?: Problem[];
}

function formatOf(data: unknown): string {
  const { feed, notes } = itemsOf(data);
  if (notes.format) return notes.format;
  if (Array.isArray(data)) return 'a JSON array of items';
  const version = typeof feed.version === 'string' ? /jsonfeed\.org\/version\/([\d.]+)/.exec(feed.version) : null;
  return version ? `JSON Feed ${version[1]}` : 'party-news JSON';
}

function actionOf(problem: Problem, undated: boolean): CheckAction {
  if (problem.dropped === 'item') return 'skipped';
  if (undated && problem.message.endsWith(UNDATED_KEPT)) return 'shown without a date';
  if (problem.dropped === 'field') return 'shown without this field';
  if (isSapoNote(problem.message)) return 'shown';
  return problem.item === 'feed' ? 'repaired' : 'shown, repaired';
}

/** Checks feed text as the widget reads it; throws the FeedError the widget would show. */
export const checkFeedText = (text: string, options: CheckOptions): FeedCheck => readFeedText(text, options).check;

/** The feed as the widget reads it, and its check; throws the FeedError the widget would show. */
export function readFeedText(
  text: string,
  { baseUrl, timeZone, decodeProblems = [] }: CheckOptions,
): { data: unknown; feed: NormalizedFeed; check: FeedCheck } {
  const { data, feed } = readFeed({ text }, { baseUrl, timeZone });
  const { articles, problems } = feed;
  const undatedIds = new Set(articles.filter((a) => !a.datePublished && !a.dateModified).map((a) => a.id));
  const checked = [...decodeProblems, ...problems].map((p) => ({ ...p, action: actionOf(p, undatedIds.has(p.item)) }));
  const { skipped } = countProblems(checked);
  const check = {
    format: formatOf(data),
    items: articles.length + skipped,
    shown: articles.length,
    undated: undatedIds.size,
    skipped,
    problems: checked,
  };
  return { data, feed, check };
}
