// The checker's report for people: one line per problem (item, field, what readers get, why),
// then a summary line; and the same facts as JSON for machines.
import { type Lang, messages, msg } from '../model/messages.js';
import { errorKey, errorValues, FeedError } from '../model/reading/feed-error.js';
import { MAX_BYTES } from '../model/reading/fetch-feed.js';
import type { Problem } from '../model/types.js';
import type { CheckedProblem, FeedCheck } from './check-feed.js';
import type { SourceFailure } from './read-checked.js';

/**
 * The exit code a CMS build or CI reads: 0 every item shown, 1 some skipped, 2 no feed read (for
 * aggregate: some source), 64 wrong usage, 73 an output file that cannot be written (sysexits'
 * EX_CANTCREAT, as 64 is its EX_USAGE).
 */
export const EXIT = { ok: 0, skipped: 1, unreadable: 2, usage: 64, cannotWrite: 73 } as const;

export const exitCodeOf = (check: FeedCheck) => (check.skipped ? EXIT.skipped : EXIT.ok);

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** "feed", or the item's place (1 for the first) and id: two items can share an id. */
const itemLabel = ({ item, index }: Problem) =>
  index < 0 ? 'feed' : `item ${index + 1}${item.startsWith('#') ? '' : ` "${item}"`}`;

export function summaryLine(check: FeedCheck): string {
  if (!check.items) return `No items: readers see "${messages.vi.empty}" ("${messages.en.empty}").`;
  const shown = `${check.shown} shown${check.undated ? ` (${check.undated} without a date)` : ''}`;
  const verdict = check.skipped ? `${plural(check.skipped, 'item')} will not be shown` : 'every item will be shown';
  return `${plural(check.items, 'item')}: ${shown}, ${check.skipped} skipped; ${plural(check.problems.length, 'problem')}. ${check.skipped ? 'FAIL' : 'OK'}: ${verdict}.`;
}

/** The report: the source, then each item's problems under its name (the feed's own first), then the summary. */
export function formatCheck(source: string, baseUrl: string, check: FeedCheck): string {
  const byItem = new Map<string, CheckedProblem[]>();
  for (const p of check.problems) byItem.set(itemLabel(p), [...(byItem.get(itemLabel(p)) ?? []), p]);
  const width = Math.max(0, ...check.problems.map((p) => p.field.length));
  const lines = [`${source}: ${check.format}; relative URLs read against ${baseUrl}`];
  for (const [item, problems] of byItem) {
    lines.push(`  ${item}`, ...problems.map((p) => `    ${p.field.padEnd(width)}  ${p.action}: ${p.message}`));
  }
  return [...lines, summaryLine(check)].join('\n');
}

/** What the widget says instead of news; the checker reads URLs with the widget's default `max-bytes`. */
const readersSee = (error: FeedError, lang: Lang) => msg(lang, errorKey(error.code), errorValues(MAX_BYTES, lang));

/** For a feed that cannot be read: its code, why, and what readers see instead of news. */
export function formatFailure(source: string, error: FeedError): string {
  return [
    `${source}: ${error.code}: ${error.message}`,
    `Readers see: "${readersSee(error, 'vi')}" ("${readersSee(error, 'en')}").`,
    'FAIL: the feed cannot be read; no item will be shown.',
  ].join('\n');
}

export function checkJson(source: string, baseUrl: string, check: FeedCheck) {
  return { source, baseUrl, ok: !check.skipped, exitCode: exitCodeOf(check), ...check };
}

export function failureJson(source: string, error: FeedError) {
  return {
    source,
    ok: false,
    exitCode: EXIT.unreadable,
    error: { code: error.code, message: error.message, readersSee: readersSee(error, 'vi') },
  };
}

/** For a source that gave no feed: as formatFailure, or a file that cannot be opened, with the system's reason. */
export const formatUnreadable = (source: string, failure: SourceFailure) =>
  failure instanceof FeedError ? formatFailure(source, failure) : `${source}: cannot be read (${failure.message})`;

export function unreadableJson(source: string, failure: SourceFailure) {
  if (failure instanceof FeedError) return failureJson(source, failure);
  const error = { code: failure.code, message: `${source}: cannot be read (${failure.message})` };
  return { source, ok: false, exitCode: EXIT.unreadable, error };
}
