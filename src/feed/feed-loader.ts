// Where the feed's data comes from, and what to show when it fails. One loader per element, so
// several feeds on a page never share a request, a cache entry or a result.
import { parseUrl } from '../model/items/urls.js';
import { recallFeed, rememberFeed } from '../model/reading/feed-cache.js';
import { FeedError } from '../model/reading/feed-error.js';
import { fetchFeed, type FetchFeedOptions } from '../model/reading/fetch-feed.js';
import { type FeedInput, type Preview, reading } from '../model/reading/read-feed.js';
import { savedCopy } from '../model/reading/saved-copy.js';
import { afterPaint, runInSlices, yieldToBrowser } from '../model/reading/slices.js';
import type { Article, NormalizedFeed } from '../model/types.js';

export type FeedSource = FeedInput | { url: string };

export interface FeedResult {
  feed?: NormalizedFeed;
  /** Why the source failed; with `feed` set, the feed is the last good one, saved at `savedAt`. */
  error?: FeedError;
  savedAt?: number;
}

/** A source's feed, read in slices; a huge one's first screen is shown, and painted, first. */
async function read(input: FeedInput, baseUrl: string, preview?: Preview): Promise<NormalizedFeed> {
  const early = preview && {
    count: preview.count,
    show: (articles: Article[]) => (preview.show(articles), afterPaint()),
  };
  return (await runInSlices(reading(input, { baseUrl, preview: early }))).feed;
}

export class FeedLoader {
  #controller?: AbortController;

  /** Stops the load in flight: its result, should it still arrive, is never delivered. */
  abort(): void {
    this.#controller?.abort();
    this.#controller = undefined;
  }

  /** Loads `source`; resolves undefined when a newer load (or abort) superseded this one. */
  async load(source: FeedSource, options: FetchFeedOptions = {}, preview?: Preview): Promise<FeedResult | undefined> {
    this.abort();
    const controller = (this.#controller = new AbortController());
    const base = document.baseURI;
    try {
      if (!('url' in source)) {
        const feed = await read(source, base, preview);
        return controller.signal.aborted ? undefined : { feed };
      }
      // One that does not parse is fetched as written, for fetchFeed to refuse with a FeedError.
      const src = parseUrl(source.url, base)?.href ?? source.url;
      try {
        const fetched = await fetchFeed(src, { ...options, signal: controller.signal });
        await yieldToBrowser(); // decoding and parsing megabytes are two tasks, not one
        const feed = await read({ text: fetched.text }, fetched.url, preview);
        // What decoding assumed (stray Windows-1252 bytes) is reported with the feed's own problems.
        feed.problems.unshift(...fetched.problems);
        // Kept whole for this page; in localStorage, a long feed keeps only its newest articles.
        rememberFeed(src, fetched.text, fetched.url, Date.now(), (room) => savedCopy(feed, fetched.url, room));
        return controller.signal.aborted ? undefined : { feed };
      } catch (error) {
        if (controller.signal.aborted) return undefined;
        const saved = recallFeed(src);
        if (!saved || !(error instanceof FeedError)) throw error;
        return { feed: await read({ text: saved.text }, saved.url), error, savedAt: saved.savedAt };
      }
    } catch (error) {
      if (controller.signal.aborted) return undefined;
      if (error instanceof FeedError) return { error };
      throw error;
    } finally {
      if (this.#controller === controller) this.#controller = undefined;
    }
  }
}
