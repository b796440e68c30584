import { expect, waitUntil } from '@open-wc/testing';

import { uid } from '../harness.js';
import { cardsOf, expectAccessible, openHost } from './host-frame.js';

// A portal page whose <party-news-feed src> holds a no-JS fallback link, with the script-tag
// bundle in <head> (the element upgrades before its fallback is parsed) or at the end of <body>:
// one request for the feed per page view, counted by the test server (/faults/counted/<key>).

const hits = async (key: string) => (await fetch(`/faults/hits/${key}`)).json() as Promise<number>;

describe('a feed with no-JS fallback content', () => {
  for (const [where, script] of [
    ['head', ''],
    ['head', 'defer'],
    ['end', ''],
  ] as const) {
    it(`fetches its feed once per page view, with the script ${script ? `${script} ` : ''}in ${where === 'head' ? '<head>' : 'the end of <body>'}`, async () => {
      const key = uid();
      const page = await openHost(`/faults/embed?script=${script}&where=${where}&key=${key}`);
      try {
        const feed = page.feed('remote');
        await waitUntil(() => cardsOf(feed).length === 3, 'the feed shows its first page', { timeout: 8000 });
        // The fallback is still in the element's light DOM, and changes nothing after the load.
        expect(page.doc.querySelector('#remote > #fallback')).to.exist;
        expect(await hits(key)).to.equal(1);
        await expectAccessible(page, feed);
      } finally {
        page.frame.remove();
      }
    });
  }

  it('counts what it says: no script, no request', async () => {
    const key = uid();
    const page = await openHost(`/faults/embed?script=none&where=head&key=${key}`);
    try {
      expect(page.doc.querySelector<HTMLElement>('#fallback a')!.getClientRects().length).to.equal(1);
      expect(await hits(key)).to.equal(0);
    } finally {
      page.frame.remove();
    }
  });
});
