// party-news/server.js: the Node API behind `party-news render`, for a portal's own server or
// build. Read a feed as the widget reads it, then render the elements as HTML with Declarative
// Shadow DOM; pages that load dist/party-news.hydrate.iife.js adopt that markup.
import { fileURLToPath } from 'node:url';

import { itemsOf } from '../model/items/normalize-feed.js';
import type { NormalizedFeed } from '../model/types.js';
import { readFeedText } from './check-feed.js';
import { installDom } from './dom.js';
import { readFeedSource } from './read-source.js';
import { type SiteOptions, writeSite as writeSiteWith, type WrittenSite } from './site.js';

/** The built script of pre-rendered pages, beside this module in the package (dist/). */
export const HYDRATE_SCRIPT = fileURLToPath(new URL('../party-news.hydrate.iife.js', import.meta.url));

/**
 * Writes a page per article of a read feed (readFeed's `data` and `feed`) and the list page to
 * `options.out`, for a site served at `options.siteUrl`, with the package's hydrating script.
 */
export const writeSite = (
  data: unknown,
  feed: NormalizedFeed,
  options: Omit<SiteOptions, 'script'> & { script?: string },
): Promise<WrittenSite> => writeSiteWith(data, feed, { script: HYDRATE_SCRIPT, ...options });

export type { CheckAction, CheckedProblem, FeedCheck } from './check-feed.js';
/** Several units' articles as one list, as `<party-news-source>`s and `party-news aggregate` merge them. */
export { mergeFeeds, type UnitFeed } from '../model/items/merge-feeds.js';
export { type ElementOptions, type FeedElementOptions, renderCard, renderFeed, renderReport } from './render.js';
export type { SiteOptions } from './site.js';

export interface ReadFeed {
  /** The feed as the widget reads it: articles, problems. */
  feed: NormalizedFeed;
  /** The format it was read from ("RSS 2.0" …), for renderFeed's `format`; none for JSON. */
  format?: string;
  /** The parsed feed (native JSON shape), as writeSite takes it. */
  data: unknown;
}

/**
 * Reads a feed exactly as `<party-news-feed>` does: a file path or an http(s) URL (decoded, parsed,
 * repaired, validated), or feed data already parsed. Relative URLs resolve against `baseUrl`, by
 * default the URL the feed came from. Throws the FeedError the widget would show.
 */
export async function readFeed(
  source: string | object,
  { baseUrl, timeZone }: { baseUrl?: string; timeZone?: string } = {},
): Promise<ReadFeed> {
  await installDom();
  const read =
    typeof source === 'string'
      ? await readFeedSource(source, { baseUrl })
      : { text: JSON.stringify(source), baseUrl, decodeProblems: [] };
  const { data, feed } = readFeedText(read.text, { ...read, timeZone });
  return { feed, data, format: itemsOf(data).notes.format };
}
