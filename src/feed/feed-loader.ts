// Where the feed's data comes from, and what to show when it fails. One loader per element, so
// several feeds on a page never share a request, a cache entry or a result.
import { recallFeed, rememberFeed } from '../model/feed-cache.js';
import { FeedError } from '../model/feed-error.js';
import { fetchFeed, type FetchFeedOptions } from '../model/fetch-feed.js';
import { normalizeFeed } from '../model/normalize-feed.js';
import { parseFeed } from '../model/parse-feed.js';
import type { NormalizedFeed } from '../model/types.js';

export type FeedSource = { data: unknown } | { text: string } | { url: string };

export interface FeedResult {
  feed?: NormalizedFeed;
  /** Why the source failed; with `feed` set, the feed is the last good one, saved at `savedAt`. */
  error?: FeedError;
  savedAt?: number;
}

function read(source: { data: unknown } | { text: string }, baseUrl: string): NormalizedFeed {
  return normalizeFeed('data' in source ? source.data : parseFeed(source.text), { baseUrl });
}

export class FeedLoader {
  private controller?: AbortController;

  /** Stops the load in flight: its result, should it still arrive, is never delivered. */
  abort(): void {
    this.controller?.abort();
    this.controller = undefined;
  }

  /** Loads `source`; resolves undefined when a newer load (or abort) superseded this one. */
  async load(source: FeedSource, options: FetchFeedOptions = {}): Promise<FeedResult | undefined> {
    this.abort();
    const controller = (this.controller = new AbortController());
    const base = document.baseURI;
    try {
      if (!('url' in source)) return { feed: read(source, base) };
      const src = new URL(source.url, base).href;
      try {
        const fetched = await fetchFeed(src, { ...options, signal: controller.signal });
        const feed = read({ text: fetched.text }, fetched.url);
        rememberFeed(src, fetched.text, fetched.url);
        return controller.signal.aborted ? undefined : { feed };
      } catch (error) {
        if (controller.signal.aborted) return undefined;
        const saved = recallFeed(src);
        if (!saved || !(error instanceof FeedError)) throw error;
        return { feed: read({ text: saved.text }, saved.url), error, savedAt: saved.savedAt };
      }
    } catch (error) {
      if (controller.signal.aborted) return undefined;
      if (error instanceof FeedError) return { error };
      throw error;
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }
}
