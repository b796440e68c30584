import '../../src/feed/define.js';

import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import type { PartyNewsFeed } from '../../src/feed/feed.js';
import { SEED_ID, uid } from '../harness.js';
import {
  backButton,
  cardLink,
  cardsOf,
  expectAccessible,
  focusedOnCard,
  type HostPage,
  jsonLd,
  listShown,
  openHost,
  reload,
  reportOf,
  reportShown,
  skipWhereFrameHistoryHangs,
} from './host-frame.js';

// Two feeds of the same news on one page (the main column and a sidebar): one report at a time,
// in one feed, with one JSON-LD block, however it was opened, reloaded, or gone Back and Forward to.
// The feed that shows it: the one the reader opened it from (history.state records it); for a
// link that records none, the first in document order that holds the article.

const PAGE = '/test/pages/hosts/two-feeds.html';
const OLDEST = 'kho-bac-tong-ket-xay-dung-dang-2022-01-20';

async function inPage(src: string, test: (page: HostPage) => Promise<void>): Promise<void> {
  const page = await openHost(src);
  try {
    await test(page);
  } finally {
    page.frame.remove();
  }
}

/** One report, in `feed`, none in `other`, and one JSON-LD block for it in the page's head. */
async function onlyIn(page: HostPage, feed: string, other: string, id: string) {
  await reportShown(page.feed(feed), id);
  expect(reportOf(page.feed(other)), `no report in #${other}`).to.equal(null);
  await listShown(page.feed(other), 1);
  const blocks = jsonLd(page);
  expect(blocks, 'one JSON-LD block').to.have.length(1);
  expect(blocks[0].getAttribute('data-party-news')).to.equal(id);
}

describe('a portal with two feeds', function () {
  before(function () {
    skipWhereFrameHistoryHangs(this);
  });
  // Whole pages (loaded, reloaded) and two requests per failed load: under the three engines' load on
  // a small machine WebKit has needed more than the default 10 s, with nothing wrong.
  this.timeout(30_000);

  it('shows a report opened from the sidebar in the sidebar only, after a reload too; Back returns to its card', async () => {
    await inPage(PAGE, async (page) => {
      await listShown(page.feed('main'), 2);
      await listShown(page.feed('side'), 4);
      cardLink(page.feed('side'), SEED_ID)!.click();
      await onlyIn(page, 'side', 'main', SEED_ID);
      await expectAccessible(page, page.feed('side'));

      await reload(page);
      await onlyIn(page, 'side', 'main', SEED_ID);
      page.win.history.back();
      await listShown(page.feed('side'), 4);
      await focusedOnCard(page, page.feed('side'), SEED_ID);
      expect(jsonLd(page)).to.have.length(0);
    });
  });

  it("reopens it in the sidebar on Forward, and the report's own back button returns to its card", async () => {
    await inPage(PAGE, async (page) => {
      await listShown(page.feed('main'), 2);
      await listShown(page.feed('side'), 4);
      cardLink(page.feed('side'), SEED_ID)!.click();
      await onlyIn(page, 'side', 'main', SEED_ID);
      page.win.history.back();
      await listShown(page.feed('side'), 4);
      page.win.history.forward();
      await onlyIn(page, 'side', 'main', SEED_ID);
      backButton(page.feed('side')).click();
      await listShown(page.feed('side'), 4);
      await focusedOnCard(page, page.feed('side'), SEED_ID);
      expect(reportOf(page.feed('main'))).to.equal(null);
      expect(jsonLd(page)).to.have.length(0);
      await expectAccessible(page, page.feed('side'));
    });
  });

  it('opens a shared link in the first feed, and its back button shows and focuses the card pages down', async () => {
    await inPage(`${PAGE}#party-news=${OLDEST}`, async (page) => {
      await onlyIn(page, 'main', 'side', OLDEST);
      await reload(page);
      await onlyIn(page, 'main', 'side', OLDEST);
      // The main feed shows 2 cards a page; the oldest article is the 4th.
      backButton(page.feed('main')).click();
      await listShown(page.feed('main'), 4);
      await focusedOnCard(page, page.feed('main'), OLDEST);
      expect(page.win.location.hash).to.equal('');
      expect(jsonLd(page)).to.have.length(0);
      await expectAccessible(page, page.feed('main'));
    });
  });

  it("follows the portal's own #party-news= link in one feed; a card opened in the other takes over", async () => {
    await inPage(PAGE, async (page) => {
      await listShown(page.feed('main'), 2);
      await listShown(page.feed('side'), 4);
      page.doc.getElementById('shared')!.click();
      await onlyIn(page, 'main', 'side', SEED_ID);
      // A card in the sidebar: the main feed lets its report go, focus goes to the new one.
      const second = 'dang-uy-khoi-hoc-tap-nghi-quyet-2022-03-15';
      cardLink(page.feed('side'), second)!.click();
      await onlyIn(page, 'side', 'main', second);
      const report = reportOf(page.feed('side'))!;
      await waitUntil(
        () => report.shadowRoot!.activeElement === report.shadowRoot!.querySelector('.title'),
        'focus on the new report',
      );
      // Back: the main feed shows the link's report again.
      page.win.history.back();
      await onlyIn(page, 'main', 'side', SEED_ID);
      backButton(page.feed('main')).click();
      await listShown(page.feed('main'), 2);
      await focusedOnCard(page, page.feed('main'), SEED_ID);
    });
  });

  it('waits for a feed earlier in the page that is still loading, rather than opening a shared link in a later one', async () => {
    history.replaceState(null, '', `#party-news=${SEED_ID}`);
    // The later feed's answer arrives first; the earlier one's only after it has been sent.
    const key = uid();
    const added: string[] = [];
    const watch = new MutationObserver((records) =>
      records.forEach((r) =>
        r.addedNodes.forEach(
          (n) => n instanceof HTMLScriptElement && n.type === 'application/ld+json' && added.push(n.dataset.partyNews!),
        ),
      ),
    );
    watch.observe(document.head, { childList: true });
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <party-news-feed id="first" src=${`/faults/slow?ms=0&after=${key}`}></party-news-feed>
        <party-news-feed id="later" src=${`/faults/slow?ms=0&key=${key}`}></party-news-feed>
      </div>`);
      const [first, later] = wrap.querySelectorAll<PartyNewsFeed>('party-news-feed');
      await later.loadComplete;
      expect(reportOf(later), 'the later feed waits').to.equal(null);
      await first.loadComplete;
      await reportShown(first, SEED_ID);
      await later.updateComplete;
      expect(reportOf(later)).to.equal(null);
      expect(cardsOf(later)).to.have.length(4);
      expect(added).to.deep.equal([SEED_ID]);
      expect(document.head.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
      await expect(first).to.be.accessible();
    } finally {
      watch.disconnect();
      history.replaceState(null, '', location.pathname + location.search);
    }
  });
});
