// One way to read a feed: the element (fetched, read in slices), `party-news check`, `render` and
// the server API (readFeedText) read the same feed into the same articles and the same problems.
import '../../src/feed/define.js';

import { expect, fixture, oneEvent } from '@open-wc/testing';

import type { PartyNewsFeed } from '../../src/feed/feed.js';
import { newestFirst } from '../../src/model/items/feed-order.js';
import { readFeed, reading } from '../../src/model/reading/read-feed.js';
import { runInSlices } from '../../src/model/reading/slices.js';
import type { Article, Problem } from '../../src/model/types.js';
import { readFeedText } from '../../src/node/check-feed.js';
import type { PartyNewsEvent } from '../../src/shared/events.js';
import { freshFeedPage } from '../harness.js';

const FEEDS = [
  '/fixtures/feeds/seed.json',
  '/fixtures/feeds/seed.rss.xml',
  '/fixtures/feeds/seed.atom.xml',
  '/test/fixtures/feeds/broken-items.json',
  '/test/fixtures/feeds/vn-cms-ill-formed.rss.xml',
  '/test/fixtures/feeds/vn-cms-dotnet-full.rss.xml',
  '/test/fixtures/feeds/dates-all-unreadable.rss.xml',
];

/** Articles and problems as plain data: what a reader and a feed's author are told. */
const facts = (articles: Article[], problems: Problem[]) => JSON.parse(JSON.stringify({ articles, problems }));

async function elementReads(src: string) {
  const wrap = await fixture<HTMLDivElement>('<div></div>');
  const el = document.createElement('party-news-feed') as PartyNewsFeed;
  const loaded = oneEvent(wrap, 'party-news-load') as Promise<PartyNewsEvent<'party-news-load'>>;
  el.src = src;
  wrap.append(el);
  const { detail } = await loaded;
  return facts(detail.items, detail.skipped);
}

describe('one reader for every caller', () => {
  beforeEach(freshFeedPage);
  afterEach(freshFeedPage);

  for (const path of FEEDS) {
    it(`reads ${path.split('/').pop()} alike in the element, the command line and at once`, async () => {
      const url = new URL(path, location.href).href;
      const text = await (await fetch(url)).text();
      const { feed } = readFeedText(text, { baseUrl: url });
      const cli = facts(newestFirst(feed.articles), feed.problems);
      expect(await elementReads(url)).to.deep.equal(cli);
      const sliced = (await runInSlices(reading({ text }, { baseUrl: url }))).feed;
      expect(facts(newestFirst(sliced.articles), sliced.problems)).to.deep.equal(cli);
      const atOnce = readFeed({ data: JSON.parse(JSON.stringify(readFeed({ text }).data)) }, { baseUrl: url }).feed;
      expect(facts(newestFirst(atOnce.articles), atOnce.problems)).to.deep.equal(cli);
    });
  }

  it("shows a huge feed's first screen, painted, before it reads the rest", async () => {
    const items = Array.from({ length: 1500 }, (_, i) => ({
      id: `tin-${i}`,
      title: `Tin số ${i}`,
      date_published: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    }));
    const steps: string[] = [];
    const preview = {
      count: 3,
      show: (articles: Article[]) => {
        steps.push(`first screen: ${articles.map((a) => a.id).join(' ')}`);
        return new Promise<void>((resolve) => setTimeout(() => (steps.push('painted'), resolve()), 20));
      },
    };
    const { feed } = await runInSlices(reading({ data: { items } }, { preview }));
    steps.push(`read: ${feed.articles.length}`);
    expect(steps).to.deep.equal(['first screen: tin-1499 tin-1498 tin-1497', 'painted', 'read: 1500']);
    // At once, nobody waits for a paint: the same feed.
    expect(readFeed({ data: { items } }, { preview }).feed.articles.length).to.equal(1500);
  });
});
