import '../../src/feed/define.js';

import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import type { PartyNewsReport } from '../../src/report/report.js';
import { part, SEED_ID } from '../harness.js';

// A report opened in a feed: its back button stands in the report's column, at the title's left
// edge, whether the column is centred in a wide feed (a desktop portal's news column) or fills
// a phone's.
describe('<party-news-feed> report column', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  for (const width of [1280, 800, 360]) {
    it(`starts the back button where the report's title starts, ${width} px wide`, async () => {
      history.replaceState(null, '', `#party-news=${SEED_ID}`);
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width:${width}px"><party-news-feed src="/fixtures/feeds/seed.json"></party-news-feed></div>`,
      );
      const feed = wrap.querySelector('party-news-feed')!;
      await waitUntil(() => feed.shadowRoot?.querySelector('party-news-report'), 'the report from the hash', {
        timeout: 8000,
      });
      const report = feed.shadowRoot!.querySelector<PartyNewsReport>('party-news-report')!;
      await report.updateComplete;
      const back = part(feed, 'back')!;
      const title = part(report, 'title')!.getBoundingClientRect();
      const arrow = back.querySelector('span')!.getBoundingClientRect();
      if (width > 800) {
        // Wide, the column is centred: well in from the feed's edge.
        expect(title.left - feed.getBoundingClientRect().left).to.be.greaterThan(100);
      }
      expect(back.getBoundingClientRect().left, 'the button').to.be.closeTo(title.left, 1);
      // Its transparent border (drawn in forced colours) is all that stands before the arrow.
      expect(arrow.left, 'its arrow').to.be.closeTo(title.left, 1.5);
      expect(back.getBoundingClientRect().height, 'still a 44px target').to.be.at.least(44);
      await expect(feed).to.be.accessible();
    });
  }
});
