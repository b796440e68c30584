import { expect, waitUntil } from '@open-wc/testing';

import { uid } from '../harness.js';
import { cardsOf, expectAccessible, openHost } from './host-frame.js';

// The fastest embed (#28): the script with `defer`, and `<link rel="preload" as="fetch" crossorigin>`
// for the feed in <head>, so the feed downloads while the script does. The element must then take
// the preloaded response, not ask again: the test server counts the requests for the feed
// (/faults/counted/<key>), the preload's and the element's alike, and keeps their Accept headers.

const json = async <T>(path: string) => (await fetch(path)).json() as Promise<T>;
/** The Accept the element sends when nothing is preloaded: the feed formats by name. */
const FEED_ACCEPT = /^application\/feed\+json,/;

/**
 * WebKit (WebKitGTK's MiniBrowser here) hands no preloaded response to fetch() in cors mode, with
 * any options, from a <link> in the markup or added later, cacheable or not: the feed is asked
 * for twice. (Only a no-cors fetch took a preload without `crossorigin`: an opaque answer no
 * script can read.) Should this start failing with 1 request, WebKit has learnt it: expect 1.
 */
const reusesPreloads = !(/AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox|Edg/.test(navigator.userAgent));

/** The embed page of test/server/faults.mjs, its script deferred, once its feed shows; and what the feed's URL was asked. */
async function viewPage(preload: string) {
  const key = uid();
  const page = await openHost(`/faults/embed?script=defer&where=head&key=${key}&preload=${preload}`);
  const feed = page.feed('remote');
  await waitUntil(() => cardsOf(feed).length === 3, 'the feed shows its first page', { timeout: 8000 });
  const asked = () => json<string[]>(`/faults/accepts/${key}`);
  return { page, feed: feed as HTMLElement & { reload(): Promise<void> }, accepts: await asked(), asked };
}

describe('the fastest embed: a deferred script and the feed preloaded', function () {
  // Whole pages, and axe loaded into each: WebKit under three engines' load needs more than 10 s.
  this.timeout(30_000);

  for (const [preload, markup] of [
    ['crossorigin', 'crossorigin'],
    ['use-credentials', 'crossorigin="use-credentials"'],
  ]) {
    it(`uses <link rel="preload" as="fetch" ${markup}>: the feed is asked for once`, async () => {
      const { page, feed, accepts, asked } = await viewPage(preload);
      try {
        expect(accepts.length, `requests for the feed: ${JSON.stringify(accepts)}`).to.equal(reusesPreloads ? 1 : 2);
        // The element asks as the preload did (WebKit's second request shows it): a header the
        // preload did not send kept the preload unused in Firefox until recently.
        expect(accepts.every((accept) => accept === '*/*')).to.equal(true);
        expect((page.win as typeof page.win & { pageErrors: string[] }).pageErrors).to.deep.equal([]);
        await expectAccessible(page, feed);
        // A preload answers once: a later load (the retry button, `refresh`) asks the server anew.
        await feed.reload();
        expect(await asked()).to.have.length(accepts.length + 1);
      } finally {
        page.frame.remove();
      }
    });
  }

  it('asks once with no preload, naming the feed formats it reads', async () => {
    const { page, feed, accepts } = await viewPage('');
    try {
      expect(accepts).to.have.length(1);
      expect(accepts[0]).to.match(FEED_ACCEPT);
      await expectAccessible(page, feed);
    } finally {
      page.frame.remove();
    }
  });

  it('asks twice when the preload has no crossorigin: a no-cors download the element cannot read', async () => {
    const { page, accepts } = await viewPage('bare');
    try {
      expect(accepts).to.have.length(2);
      expect(accepts[1], "the element's own request, as without a preload").to.match(FEED_ACCEPT);
    } finally {
      page.frame.remove();
    }
  });
});
