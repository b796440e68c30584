import { parseUrl } from '../items/urls.js';
import { type DecodedFeed, decodeFeedWithProblems } from './decode.js';
import { FeedError } from './feed-error.js';
import { yieldToBrowser } from './slices.js';

export interface FetchFeedOptions {
  /** Aborts the whole load (the element's src changed, or it left the page). */
  signal?: AbortSignal;
  /** Milliseconds for each attempt, body included, so a slow trickle times out too. Default 10 s. */
  timeout?: number;
  /** Further attempts after a network error or a 5xx/408/429 answer. Default 2. */
  retries?: number;
  /** First backoff delay in ms, doubled for each retry. Default 500. */
  retryDelay?: number;
  /** The largest body read, in bytes, counted as it arrives; a larger one fails `too-large`. Default 10 MB. */
  maxBytes?: number;
}

/** 10 MB: far above a real portal's feed, and far below what would hold a page. */
export const MAX_BYTES = 10 * 1024 * 1024;

/** The limit `maxBytes` sets: one that is no number (NaN) or not above 0 leaves the default, not a feed that never loads. */
export const byteLimit = (maxBytes = MAX_BYTES) => (maxBytes > 0 ? maxBytes : MAX_BYTES);

export interface FetchedFeed extends DecodedFeed {
  /** The final URL, after redirects: relative URLs in the feed resolve against it. */
  url: string;
}

// Short enough (<128 bytes) to stay a CORS-safelisted header: no preflight for other origins.
const ACCEPT =
  'application/feed+json,application/json,application/rss+xml,application/atom+xml,application/xml,text/xml,*/*;q=0.8';
const RETRY_STATUS = (status: number) => status >= 500 || status === 408 || status === 429;

/**
 * How to ask for `url`: so that the page's `<link rel="preload" as="fetch" crossorigin>` for it,
 * if there is one, answers, and the feed is downloaded once. A preload serves only a request that
 * matches it: the same credentials mode (`crossorigin="use-credentials"` is `include`), and in
 * some engines no header it did not send (Firefox kept a preload unused when fetch() set Accept,
 * bug 1854292; Chromium did until 2022), so the feed formats are asked for by name only when
 * nothing was preloaded. A preload without `crossorigin` is a no-cors one, which no fetch that can
 * read the feed matches: it changes nothing here.
 */
function requestFor(url: string): RequestInit {
  const links = globalThis.document?.querySelectorAll<HTMLLinkElement>('link[rel~="preload" i][as="fetch" i]') ?? [];
  const preload = [...links].find((link) => link.href === url && link.crossOrigin !== null);
  if (!preload) return { headers: { accept: ACCEPT } };
  return { credentials: preload.crossOrigin === 'use-credentials' ? 'include' : 'same-origin' };
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

/**
 * Why a fetch failed with a TypeError, which browsers keep vague on purpose. For a feed on another
 * origin, a second request in `no-cors` mode tells one case apart: its opaque answer proves the
 * server is there and answered, so what failed was the CORS check (a portal developer's fix, not
 * the reader's network). A server that is down fails both requests and stays `network`.
 */
async function unreachable(url: string, e: Error, signal: AbortSignal): Promise<FeedError> {
  // Outside a browser (the feed checker in Node) there is no page origin and no CORS to blame.
  if (globalThis.location && parseUrl(url, location.href)?.origin !== location.origin) {
    try {
      await fetch(url, { mode: 'no-cors', signal, cache: 'no-store' });
      return new FeedError(
        'cors',
        `${url} answered without Access-Control-Allow-Origin for ${location.origin} (see the README: a feed for other portals).`,
      );
    } catch {
      // Unreachable in no-cors mode too: a network failure after all.
    }
  }
  return new FeedError('network', `The feed could not be reached (${e.message}).`);
}

const tooLarge = (maxBytes: number) =>
  new FeedError(
    'too-large',
    `The feed is over the limit of ${maxBytes.toLocaleString('en')} bytes (max-bytes, default 10 MB); the portal should publish a shorter feed (fewer items, or teasers instead of whole articles).`,
  );

/**
 * The body's bytes, counted as they arrive: past `maxBytes` the stream is cancelled (the rest is
 * never downloaded), and a Content-Length over it stops before the first byte is read.
 */
async function readBody(response: Response, maxBytes: number): Promise<ArrayBuffer> {
  const body = response.body;
  if (Number(response.headers.get('content-length')) > maxBytes) {
    void body?.cancel().catch(() => undefined);
    throw tooLarge(maxBytes);
  }
  if (!body) return response.arrayBuffer();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes.buffer;
}

async function attempt(url: string, timeout: number, maxBytes: number, signal?: AbortSignal): Promise<FetchedFeed> {
  const controller = new AbortController();
  const timedOut = new FeedError('timeout', `No answer within ${timeout / 1000} s.`);
  const timer = setTimeout(() => controller.abort(timedOut), timeout);
  const forward = () => controller.abort(signal!.reason);
  signal?.addEventListener('abort', forward, { once: true });
  try {
    const response = await fetch(url, { ...requestFor(url), signal: controller.signal });
    if (!response.ok)
      throw new FeedError(
        `http-${response.status}`,
        `The server answered ${response.status} ${response.statusText}`.trim() + '.',
      );
    const body = await readBody(response, maxBytes);
    // A new task for decoding: reading a fast body's chunks ran in one task, and megabytes of
    // decoding after them made it a long one (the JSON.parse that follows waits for its own turn).
    await yieldToBrowser();
    return { ...decodeFeedWithProblems(body, response.headers.get('content-type')), url: response.url || url };
  } catch (e) {
    if (signal?.aborted) throw signal.reason;
    if (controller.signal.aborted) throw timedOut;
    if (e instanceof FeedError) throw e;
    throw await unreachable(url, e as Error, controller.signal);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

/**
 * Fetches feed text with a timeout per attempt and retries with exponential backoff on network
 * errors and server errors (never on 4xx, never on a timeout: a hung server is not asked again;
 * never on a body over `maxBytes`: it would be as large again). Throws FeedError, or the
 * signal's reason when aborted.
 */
export async function fetchFeed(
  url: string,
  { signal, timeout = 10_000, retries = 2, retryDelay = 500, maxBytes }: FetchFeedOptions = {},
): Promise<FetchedFeed> {
  const limit = byteLimit(maxBytes);
  // An address that does not parse (a typo in src) is not retried: fetch would only say "Failed to fetch".
  if (!parseUrl(url, globalThis.location?.href))
    throw new FeedError('network', `The feed address "${url}" does not parse as a URL.`);
  for (let n = 0; ; n++) {
    try {
      return await attempt(url, timeout, limit, signal);
    } catch (e) {
      const retryable =
        e instanceof FeedError &&
        (e.code === 'network' || (e.code.startsWith('http-') && RETRY_STATUS(Number(e.code.slice(5)))));
      if (!retryable || n >= retries) throw e;
      await sleep(retryDelay * 2 ** n, signal);
    }
  }
}
