import { expect } from '@open-wc/testing';

import { forgetFeeds, recallFeed, rememberFeed } from '../../src/model/reading/feed-cache.js';
import { FeedError } from '../../src/model/reading/feed-error.js';
import { fetchFeed } from '../../src/model/reading/fetch-feed.js';

const fail = async (run: Promise<unknown>) => {
  try {
    await run;
  } catch (e) {
    return e;
  }
  throw new Error('expected a failure');
};
const hits = async (key: string) => (await fetch(`/faults/hits/${key}`)).json();
let n = 0;
const key = () => `k${Date.now()}-${n++}-${Math.random().toString(36).slice(2)}`;

describe('fetchFeed', () => {
  it('returns the text and the final URL after a redirect', async () => {
    const { text, url } = await fetchFeed('/faults/redirect');
    expect(url).to.equal(new URL('/fixtures/feeds/seed.json', location.href).href);
    expect(JSON.parse(text).items).to.have.length(4);
  });

  it('reports HTTP errors by status, without retrying 4xx', async () => {
    const k = key();
    const e = (await fail(fetchFeed(`/faults/counted/${k}?status=404`, { retryDelay: 1 }))) as FeedError;
    expect(e).to.be.instanceOf(FeedError);
    expect(e.code).to.equal('http-404');
    expect(await hits(k)).to.equal(1);
  });

  it('retries 5xx with backoff, then succeeds', async () => {
    const k = key();
    const { text } = await fetchFeed(`/faults/flaky/${k}?fail=2&status=503`, { retryDelay: 10 });
    expect(JSON.parse(text).items).to.have.length(4);
    expect(await hits(k)).to.equal(3);
  });

  it('gives up after the allowed retries with the last status', async () => {
    const k = key();
    const e = (await fail(
      fetchFeed(`/faults/flaky/${k}?fail=9&status=500`, { retries: 1, retryDelay: 5 }),
    )) as FeedError;
    expect(e.code).to.equal('http-500');
    expect(await hits(k)).to.equal(2);
  });

  it('times out a server that never answers, and does not ask it again', async () => {
    const started = performance.now();
    const e = (await fail(fetchFeed('/faults/hang', { timeout: 300, retryDelay: 5 }))) as FeedError;
    expect(e.code).to.equal('timeout');
    expect(performance.now() - started).to.be.below(3000);
  });

  it('times out a body that trickles in', async () => {
    const e = (await fail(fetchFeed('/faults/trickle', { timeout: 600 }))) as FeedError;
    expect(e.code).to.equal('timeout');
  });

  it('reports an unreachable server as a network error after retrying', async () => {
    const e = (await fail(fetchFeed('http://127.0.0.1:9/feed.json', { retries: 1, retryDelay: 5 }))) as FeedError;
    expect(e.code).to.equal('network');
  });

  it('stops at once when its signal aborts', async () => {
    const controller = new AbortController();
    const run = fetchFeed('/faults/hang', { signal: controller.signal, timeout: 5000 });
    setTimeout(() => controller.abort(new DOMException('moved on', 'AbortError')), 50);
    const e = (await fail(run)) as DOMException;
    expect(e.name).to.equal('AbortError');
  });
});

describe('fetchFeed: max bytes', () => {
  const SEED_BYTES = 8630; // fixtures/feeds/seed.json

  it('stops at once on a Content-Length over the limit, with too-large, and never retries', async () => {
    const k = key();
    const e = (await fail(fetchFeed(`/faults/counted/${k}`, { maxBytes: 1000, retryDelay: 1 }))) as FeedError;
    expect(e).to.be.instanceOf(FeedError);
    expect(e.code).to.equal('too-large');
    expect(e.message).to.include('1,000 bytes');
    expect(await hits(k)).to.equal(1);
  });

  it('counts a body with no Content-Length as it streams in, and stops reading past the limit', async () => {
    const k = key();
    const e = (await fail(fetchFeed(`/faults/stream/${k}?mb=50`, { maxBytes: 100_000 }))) as FeedError;
    expect(e.code).to.equal('too-large');
    // The server wrote what the connection's buffers took before the client left, not 50 MB.
    const sent = await (await fetch(`/faults/sent/${k}`)).json();
    expect(sent).to.be.below(25 * 1024 * 1024);
  });

  it('reads a body within the limit whole, streamed or not', async () => {
    const { text } = await fetchFeed('/fixtures/feeds/seed.json', { maxBytes: SEED_BYTES * 2 });
    expect(JSON.parse(text).items).to.have.length(4);
    const streamed = await fetchFeed(`/faults/stream/${key()}?mb=0.5`, { maxBytes: 1024 * 1024 });
    expect(JSON.parse(streamed.text).items.length).to.be.above(100);
  });

  it('keeps the 10 MB default for a limit that is no number or not above 0', async () => {
    for (const maxBytes of [NaN, 0, -1]) {
      const { text } = await fetchFeed('/fixtures/feeds/seed.json', { maxBytes });
      expect(JSON.parse(text).items, String(maxBytes)).to.have.length(4);
    }
  });
});

describe('feed cache', () => {
  afterEach(() => forgetFeeds());

  it('remembers the last good feed per src, across reloads (localStorage)', () => {
    rememberFeed('https://a.example/feed.json', '{"items":[]}', 'https://a.example/feed.json', 1000);
    rememberFeed('https://b.example/feed.json', '[]', 'https://b.example/feed.json', 2000);
    expect(recallFeed('https://a.example/feed.json')).to.deep.equal({
      text: '{"items":[]}',
      url: 'https://a.example/feed.json',
      savedAt: 1000,
    });
    expect(JSON.parse(localStorage.getItem('party-news:feed:https://b.example/feed.json')!).savedAt).to.equal(2000);
    expect(recallFeed('https://c.example/feed.json')).to.equal(undefined);
  });

  it('ignores corrupt stored entries', () => {
    localStorage.setItem('party-news:feed:https://x.example/', '{not json');
    expect(recallFeed('https://x.example/')).to.equal(undefined);
  });
});
