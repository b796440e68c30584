// One source (a file or an http(s) URL) read and checked as the widget reads it, or why it could
// not be: what `check`, `render` and `aggregate` share, so they can never read a feed differently.
import { FeedError } from '../model/reading/feed-error.js';
import type { NormalizedFeed } from '../model/types.js';
import { type FeedCheck, readFeedText } from './check-feed.js';
import { installDom } from './dom.js';
import { readFeedSource } from './read-source.js';

export interface SourceOptions {
  /** Where the feed will be served (its relative URLs resolve against it); default as readFeedSource. */
  baseUrl?: string;
  /** Milliseconds for each attempt to fetch a URL. */
  timeout?: number;
  /** The zone of dates written without one. */
  timeZone?: string;
}

export interface CheckedSource {
  /** The feed as parsed (native JSON shape), before normalising. */
  data: unknown;
  feed: NormalizedFeed;
  check: FeedCheck;
  /** What its relative URLs were read against. */
  baseUrl: string;
}

/** Why a source gave no feed: the FeedError readers would see, or a file that cannot be opened. */
export type SourceFailure = FeedError | NodeJS.ErrnoException;

/** The source read and checked, or `{ failure }`; any other error (a bug) is thrown. */
export async function readCheckedSource(
  source: string,
  { baseUrl, timeout, timeZone }: SourceOptions,
): Promise<CheckedSource | { failure: SourceFailure }> {
  await installDom();
  try {
    const read = await readFeedSource(source, { baseUrl, timeout });
    const { data, feed, check } = readFeedText(read.text, {
      baseUrl: read.baseUrl,
      timeZone,
      decodeProblems: read.decodeProblems,
    });
    return { data, feed, check, baseUrl: read.baseUrl };
  } catch (e) {
    if (e instanceof FeedError || (e as NodeJS.ErrnoException | undefined)?.code)
      return { failure: e as SourceFailure };
    throw e;
  }
}
