// One way to read a feed, whoever reads it: the feed element (in slices, a huge feed's first screen
// shown early), its synchronous first render on a server, `party-news check`, `render` and the
// server API, and the hydration of pre-rendered pages. Source → parse → normalise, each step its
// own pure module; this one only chains them.
import { newestArticles } from '../items/newest-articles.js';
import { type NormalizeOptions, normalizing } from '../items/normalize-feed.js';
import type { Article, NormalizedFeed } from '../types.js';
import { parsing } from './parse-feed.js';
import { runAtOnce } from './slices.js';

/** A feed's data as given (an object or an array of items), or its text in any format. */
export type FeedInput = { data: unknown } | { text: string };

/** Feeds with more items than this show their first screen before the whole feed is normalised. */
const PREVIEW_FROM = 1000;

/** A huge feed's first screen: how many articles, and what shows them (resolving once they are painted). */
export interface Preview {
  count: number;
  show(articles: Article[]): Promise<void> | void;
}

export interface ReadOptions extends NormalizeOptions {
  preview?: Preview;
}

export interface FeedRead {
  /** The feed as parsed (native JSON shape), before normalising. */
  data: unknown;
  feed: NormalizedFeed;
}

/**
 * Reads a feed as work in steps: run it with runInSlices, or with runAtOnce. Throws FeedError for
 * what is no feed. The step that shows a first screen yields the promise of its paint: runInSlices
 * waits for it (normalising 10,000 items in the same task delayed that frame); runAtOnce passes on.
 */
export function* reading(input: FeedInput, options: ReadOptions = {}): Generator<unknown, FeedRead> {
  const data = 'data' in input ? input.data : yield* parsing(input.text);
  const { preview } = options;
  const items = Array.isArray(data) ? data : (data as { items?: unknown } | null)?.items;
  if (preview && Array.isArray(items) && items.length > PREVIEW_FROM)
    yield preview.show(newestArticles(data, preview.count, options));
  return { data, feed: yield* normalizing(data, options) };
}

/** The same, at once, for callers that need the feed now. */
export const readFeed = (input: FeedInput, options?: ReadOptions): FeedRead => runAtOnce(reading(input, options));
