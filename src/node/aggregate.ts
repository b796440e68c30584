// `party-news aggregate` (#31): many units' feeds merged ahead of time into one JSON Feed, for a
// portal that runs it on a schedule and serves the one file, so each reader makes one request.
// Each source is read and checked as `check` reads it, merged by the model's mergeFeeds (as
// `<party-news-source>` merges in the browser) and written with nativeItem, as `render` writes.
import { basename } from 'node:path';

import { mergeFeeds } from '../model/items/merge-feeds.js';
import { MAX_BYTES } from '../model/reading/fetch-feed.js';
import type { Article } from '../model/types.js';
import { aggregateJson, formatAggregate } from './format-aggregate.js';
import { EXIT, exitCodeOf } from './format-check.js';
import { mergedFeed, writeAtomically } from './merged-feed.js';
import { type CheckedSource, readCheckedSource, type SourceFailure, type SourceOptions } from './read-checked.js';
import { isUrl, relativeUrlIn } from './read-source.js';

export interface AggregateCommand {
  sources: string[];
  /** The units' names as given: the Nth names the Nth source; there may be fewer than sources. */
  names: string[];
  out: string;
  title?: string;
  /** Only the newest this many articles are written (a portal's page shows the latest news). */
  maxItems?: number;
  json: boolean;
  /** How every source is read; `baseUrl` applies to files only (a URL's own address is its base). */
  options: SourceOptions;
}

/** A source as read (or not), and then named. */
type Result = { source: string } & (CheckedSource | { failure: SourceFailure });
export type Read = Result & { name: string };

/** What the command did, for its report. */
export interface Aggregated {
  reads: Read[];
  title: string;
  /** The articles written, newest first; `merged` of them before --max-items. */
  articles: Article[];
  merged: number;
  /** How many of them more than one unit published. */
  shared: number;
  /** The file's size; 0 when nothing was written. */
  bytes: number;
  written: boolean;
  writeError?: string;
  exitCode: number;
}

/** Sources read at once: enough to hide the network's waits, few enough to spare a unit's small server. */
const AT_ONCE = 6;

/** `work` on each item, at most `limit` at a time, the results in the items' order. */
async function inTurn<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Each source's unit name: the one given, else its feed's title, else its file name or URL. A
 * title another unit already goes by (many CMSs title every feed "Tin tức") gives way to the
 * address, so two units are never merged under one name by accident.
 */
function nameUnits(reads: Result[], given: string[]): Read[] {
  const taken = new Set(given);
  return reads.map((read, i) => {
    const title = 'feed' in read ? read.feed.feed.title : undefined;
    const own = isUrl(read.source) ? read.source : basename(read.source);
    const name = given[i] ?? (title && !taken.has(title) ? title : own);
    taken.add(name);
    return { ...read, name };
  });
}

/**
 * A URL of an article written from a file that was read without --base-url, so against a
 * placeholder (its relative links would lead nowhere), as that file wrote it, with the file.
 */
function relativeUrlWritten(reads: readonly (Read & CheckedSource)[], articles: Article[], items: unknown[]) {
  // Each article is written as the first unit that published it gave it.
  const byUnit = new Map<string | undefined, unknown[]>();
  for (const [i, item] of items.entries()) {
    const unit = articles[i].units?.[0];
    const group = byUnit.get(unit) ?? [];
    byUnit.set(unit, group);
    group.push(item);
  }
  for (const r of reads.filter((read) => !isUrl(read.source))) {
    const relative = relativeUrlIn(r.data, r.feed, r.baseUrl, byUnit.get(r.name) ?? []);
    if (relative) return { source: r.source, relative };
  }
  return undefined;
}

/**
 * Runs the command; resolves to its exit code: 0 every item of every source merged; 1 some item
 * skipped in some source, or the file is over the widget's default 10 MB; 2 some source could not
 * be read (the others merged and written, or, when none could be, nothing written); 64 (through
 * `usage`) a file with relative URLs and no --base-url; 73 the file could not be written.
 */
export async function aggregate(
  command: AggregateCommand,
  usage: (problem: string) => number,
  print: (text: string) => void,
): Promise<number> {
  const { sources, names, options, out } = command;
  const results = await inTurn(sources, AT_ONCE, async (source) => ({
    source,
    ...(await readCheckedSource(source, isUrl(source) ? { ...options, baseUrl: undefined } : options)),
  }));
  const reads = nameUnits(results, names);
  const read = reads.filter((r): r is Read & CheckedSource => 'feed' in r);
  const all = mergeFeeds(read.map((r) => ({ name: r.name, articles: r.feed.articles })));
  const articles = all.slice(0, command.maxItems);
  const title = command.title ?? `Tin của ${read.length} đơn vị`;
  const { text, items } = mergedFeed(title, articles);
  const relative = options.baseUrl === undefined && relativeUrlWritten(read, articles, items);
  if (relative)
    return usage(
      `${relative.source} has relative URLs (e.g. "${relative.relative}"); add --base-url https://your-portal.gov.vn/ so links and images point at your site.`,
    );
  // None read: the last good file stays served, rather than an empty list.
  const writeError = read.length
    ? await writeAtomically(out, text).then(
        () => undefined,
        (e: Error) => `${out}: cannot be written (${e.message})`,
      )
    : undefined;
  const written = read.length > 0 && !writeError;
  const bytes = written ? Buffer.byteLength(text) : 0;
  const worst = Math.max(EXIT.ok, ...read.map((r) => exitCodeOf(r.check)), bytes > MAX_BYTES ? EXIT.skipped : EXIT.ok);
  const exitCode = writeError ? EXIT.cannotWrite : read.length < reads.length ? EXIT.unreadable : worst;
  const shared = articles.filter((a) => (a.units?.length ?? 0) > 1).length;
  const done = { reads, title, articles, merged: all.length, shared, bytes, written, writeError, exitCode };
  print(command.json ? JSON.stringify(aggregateJson(out, done), null, 2) : formatAggregate(out, done));
  return exitCode;
}
