// `party-news aggregate` (#31): many units' feeds merged ahead of time into one JSON Feed, for a
// portal that runs it on a schedule and serves the one file, so each reader makes one request.
// Each source is read and checked as `check` reads it, merged by the model's mergeFeeds (as
// `<party-news-source>` merges in the browser) and written with nativeItem, as `render` writes.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';

import { mergeFeeds } from '../model/items/merge-feeds.js';
import { nativeItem } from '../model/items/native-item.js';
import type { Article } from '../model/types.js';
import { checkJson, EXIT, exitCodeOf, formatCheck, formatUnreadable, unreadableJson } from './format-check.js';
import { type CheckedSource, readCheckedSource, type SourceFailure, type SourceOptions } from './read-checked.js';
import { isUrl, relativeUrlIn } from './read-source.js';

export interface AggregateCommand {
  sources: string[];
  /** The units' names as given: the Nth names the Nth source; there may be fewer than sources. */
  names: string[];
  out: string;
  title?: string;
  json: boolean;
  /** How every source is read; `baseUrl` applies to files only (a URL's own address is its base). */
  options: SourceOptions;
}

/** A source as read (or not), and then named. */
type Result = { source: string } & (CheckedSource | { failure: SourceFailure });
type Read = Result & { name: string };

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

const labelOf = ({ name, source }: Read) => (name === source ? source : `${name} (${source})`);

/** Written to a temporary file beside `path`, then renamed over it: a web server serves the old file or the new, never half. */
async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(resolve(path)), { recursive: true });
  const temporary = `${resolve(path)}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
}

/**
 * The merged JSON Feed. RSS and Atom items without a date are kept (shown without a dateline),
 * but a JSON Feed item needs one: when such an article is merged, the feed says, as `render`'s
 * inline feeds do, that it comes from a lenient format, so the widget and `check` keep it too.
 */
function mergedFeed(title: string, articles: Article[]): Record<string, unknown> {
  const undated = articles.some((a) => !a.datePublished);
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    ...(undated && { _party_news: { format: 'JSON Feed 1.1, merged with RSS or Atom' } }),
    items: articles.map(nativeItem),
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Runs the command; resolves to its exit code: 0 every item of every source merged; 1 some item
 * skipped in some source; 2 some source could not be read (the others merged and written, or,
 * when none could be, nothing written); 64 (through `usage`) a file with relative URLs and no
 * --base-url; 73 the file could not be written.
 */
export async function aggregate(
  command: AggregateCommand,
  usage: (problem: string) => number,
  out: (text: string) => void,
): Promise<number> {
  const { sources, names, options } = command;
  const results = await inTurn(sources, AT_ONCE, async (source) => ({
    source,
    ...(await readCheckedSource(source, isUrl(source) ? { ...options, baseUrl: undefined } : options)),
  }));
  const reads = nameUnits(results, names);
  const merged = reads.filter((r): r is Read & CheckedSource => 'feed' in r);
  // A file read without --base-url was read against a placeholder: its relative links would lead nowhere.
  for (const r of options.baseUrl === undefined ? merged : []) {
    const relative = isUrl(r.source) ? undefined : relativeUrlIn(r.data, r.feed, r.baseUrl);
    if (relative)
      return usage(
        `${r.source} has relative URLs (e.g. "${relative}"); add --base-url https://your-portal.gov.vn/ so links and images point at your site.`,
      );
  }
  const failed = reads.filter((r) => 'failure' in r);
  const articles = mergeFeeds(merged.map((r) => ({ name: r.name, articles: r.feed.articles })));
  const title = command.title ?? `Tin của ${merged.length} đơn vị`;
  // None read: the last good file stays served, rather than an empty list.
  const writeError = merged.length
    ? await writeAtomically(command.out, `${JSON.stringify(mergedFeed(title, articles), null, 2)}\n`).then(
        () => undefined,
        (e: Error) => `${command.out}: cannot be written (${e.message})`,
      )
    : undefined;
  const written = merged.length > 0 && !writeError;
  const exitCode = writeError
    ? EXIT.cannotWrite
    : failed.length
      ? EXIT.unreadable
      : Math.max(EXIT.ok, ...merged.map((r) => exitCodeOf(r.check)));
  const shared = articles.filter((a) => (a.units?.length ?? 0) > 1).length;
  if (command.json) {
    const entries = reads.map((r) =>
      'feed' in r
        ? { name: r.name, ...checkJson(r.source, r.baseUrl, r.check) }
        : { name: r.name, ...unreadableJson(r.source, r.failure) },
    );
    const facts = { out: command.out, written, writeError, title, articles: articles.length, shared };
    out(JSON.stringify({ ...facts, ok: exitCode === EXIT.ok, exitCode, sources: entries }, null, 2));
    return exitCode;
  }
  for (const r of reads)
    out(`${'feed' in r ? formatCheck(labelOf(r), r.baseUrl, r.check) : formatUnreadable(labelOf(r), r.failure)}\n`);
  const counts = `${plural(articles.length, 'article')} from ${merged.length} of ${plural(sources.length, 'unit')}`;
  const kept = shared ? `; ${plural(shared, 'article')} published by more than one unit, kept once` : '';
  const missing = failed.length
    ? ` Not merged, ${plural(failed.length, 'unit')} that could not be read: ${failed.map((r) => `"${r.name}"`).join(', ')}.`
    : '';
  if (writeError) out(writeError);
  else if (written) out(`Wrote ${command.out}: ${counts}${kept}.${missing}`);
  else out(`Nothing written: no source could be read; ${command.out} is left as it was.`);
  return exitCode;
}
