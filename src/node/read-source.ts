// A feed's bytes from a file or a URL, decoded as the widget decodes them.
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';

import { inlineFeed } from '../model/items/native-item.js';
import { parseUrl } from '../model/items/urls.js';
import { decodeFeedWithProblems } from '../model/reading/decode.js';
import { fetchFeed } from '../model/reading/fetch-feed.js';
import type { NormalizedFeed, Problem } from '../model/types.js';

export interface FeedSourceText {
  text: string;
  /** What relative URLs in the feed resolve against. */
  baseUrl: string;
  /** What decoding had to assume (bytes that were not UTF-8). */
  decodeProblems: Problem[];
}

/** Where a file's relative URLs are read against when no --base-url says where it will be served. */
export const fileBase = (path: string) => `https://example.invalid/${encodeURIComponent(basename(path))}`;
// Where that placeholder's URLs start, as JSON quotes them (in a field, or in a body's markup).
const AT_PLACEHOLDER = /"https:\/\/example\.invalid(\/[^"\\\s]*)/;

// Each string of a feed's JSON, and each attribute value quoted inside one (a body's src="…").
const WRITTEN = /(?<=")[^"\\]+(?=\\?")/g;

/**
 * A URL of `feed` (a file read without --base-url, so against fileBase's placeholder `base`) that
 * was relative, as `data` (the feed as parsed) wrote it ("../anh/a.jpg"), else its path there;
 * none when every URL in it, links, photos and those in the bodies, is absolute. `written`: what
 * of it is written out (default: all of it, as render inlines it), when that is already at hand,
 * so no body is sanitised twice.
 */
export function relativeUrlIn(
  data: unknown,
  feed: NormalizedFeed,
  base: string,
  written: unknown = inlineFeed(feed),
): string | undefined {
  const found = AT_PLACEHOLDER.exec(JSON.stringify(written));
  if (!found) return undefined;
  const url = `https://example.invalid${found[1]}`;
  const strings = JSON.stringify(data).match(WRITTEN) ?? [];
  return strings.find((value) => !/^[a-z][a-z\d+.-]*:/i.test(value) && parseUrl(value, base)?.href === url) ?? found[1];
}

export const isUrl = (source: string) => /^https?:\/\//i.test(source);

/**
 * Reads `source` (an http(s) URL, fetched with the widget's timeout, retries and 10 MB limit, so a
 * larger feed fails `too-large` as it would in the widget; or a file path)
 * and decodes it by its BOM, the Content-Type charset or its own declaration, else UTF-8.
 */
export async function readFeedSource(
  source: string,
  { baseUrl, timeout }: { baseUrl?: string; timeout?: number } = {},
): Promise<FeedSourceText> {
  if (isUrl(source)) {
    const fetched = await fetchFeed(source, { timeout });
    return { text: fetched.text, baseUrl: baseUrl ?? fetched.url, decodeProblems: fetched.problems };
  }
  const bytes = await readFile(resolve(source));
  const body = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const { text, problems } = decodeFeedWithProblems(body);
  return { text, baseUrl: baseUrl ?? fileBase(source), decodeProblems: problems };
}
