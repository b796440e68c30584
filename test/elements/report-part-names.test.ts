import '../../src/feed/define.js';

import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import type { PartyNewsFeed } from '../../src/feed/feed.js';
import type { PartyNewsReport } from '../../src/report/report.js';
import { RELATED_PARTS, REPORT_PARTS } from '../../src/report/report-parts.js';
import { freshFeedPage, reportIn, SEED_ID, SEED_URL, seedJson } from '../harness.js';

// The report's part names are written once, in report-parts.ts: what the report's templates carry
// and what a feed exports must both be that list, so a part added in one place alone fails here.

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * The seed feed as data, its newest item given a lead photo the body does not hold: a report with
 * every piece. Data has the page for its base: the photos' relative URLs are resolved here.
 */
async function feedWithEveryPiece(): Promise<PartyNewsFeed> {
  const text = JSON.stringify(await seedJson()).replaceAll('"../images/', `"${new URL('../images/', SEED_URL).href}`);
  const json = JSON.parse(text) as Awaited<ReturnType<typeof seedJson>>;
  const image = { src: '/fixtures/images/hoc-tap-nghi-quyet.svg', alt: 'Hội trường', caption: 'Toàn cảnh hội nghị' };
  history.replaceState(null, '', `#party-news=${SEED_ID}`);
  const wrap = await fixture<HTMLDivElement>(html`<div><party-news-feed></party-news-feed></div>`);
  const feed = wrap.querySelector<PartyNewsFeed>('party-news-feed')!;
  feed.feed = { ...json, items: [{ ...json.items[0], image }, ...json.items.slice(1)] };
  await feed.loadComplete;
  await waitUntil(() => reportIn(feed), 'the report from the hash');
  const report = reportIn(feed)!;
  await report.updateComplete;
  await report.shadowRoot!.querySelector<Updating>('party-news-related')!.updateComplete;
  return feed;
}

/** Every part name carried in a shadow root, each as often as it is carried. */
function partsIn(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('[part]')].flatMap((el) => el.getAttribute('part')!.split(/\s+/));
}

describe("the report's part names", () => {
  let feed: PartyNewsFeed;
  let report: PartyNewsReport;
  let sheet: HTMLStyleElement | undefined;
  beforeEach(async () => {
    freshFeedPage();
    feed = await feedWithEveryPiece();
    report = reportIn(feed)!;
  });
  afterEach(() => {
    sheet?.remove();
    freshFeedPage();
  });

  it('are the parts a report with every piece carries, each once', async () => {
    expect([...partsIn(report.shadowRoot!)].sort()).to.deep.equal([...REPORT_PARTS].sort());
    const related = report.shadowRoot!.querySelector('party-news-related')!.shadowRoot!;
    // The related list has a base of its own, which the report does not pass on.
    expect(partsIn(related)).to.include.members([...RELATED_PARTS]);
    await expect(feed).to.be.accessible();
  });

  it("reach a portal's stylesheet through the feed, every one of them", () => {
    const names = [...REPORT_PARTS.map((p) => `report-${p}`), ...RELATED_PARTS.map((p) => `related-${p}`)];
    sheet = document.createElement('style');
    // A distinct value for each name, so a rule that reaches the wrong element is caught too.
    sheet.textContent = names
      .map((n, i) => `party-news-feed::part(${n}) { scroll-margin-top: ${i + 1}px; }`)
      .join('\n');
    document.head.append(sheet);
    const related = report.shadowRoot!.querySelector('party-news-related')!;
    names.forEach((name, i) => {
      const [tree, inner] = name.startsWith('report-') ? [report, name.slice(7)] : [related, name.slice(8)];
      const el = tree.shadowRoot!.querySelector(`[part~="${inner}"]`);
      expect(el, name).to.exist;
      expect(getComputedStyle(el!).scrollMarginTop, name).to.equal(`${i + 1}px`);
    });
  });
});
