import { expect, waitUntil } from '@open-wc/testing';

import { SEED_ID } from '../harness.js';
import {
  backButton,
  cardLink,
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

// A portal whose own pages are #/… routes of a real hash router from npm (navigo 8, hash mode)
// with a 404 of its own: test/pages/hosts/hash-router.html. A reader who reloads, shares or goes
// Forward to a report must never get the portal's 404.

const PAGE = '/test/pages/hosts/hash-router.html';
const SECOND = 'dang-uy-khoi-hoc-tap-nghi-quyet-2022-03-15';

async function inPage(query: string, test: (page: HostPage) => Promise<void>): Promise<void> {
  // The portal's home page is #/, as hash-routed portals link it.
  const page = await openHost(`${PAGE}${query}#/`);
  try {
    await test(page);
  } finally {
    page.frame.remove();
  }
}

const view = (page: HostPage) => page.doc.getElementById('view')!.textContent;

describe('a portal with a hash router (navigo)', function () {
  before(function () {
    skipWhereFrameHistoryHangs(this);
  });
  // Whole pages (loaded, reloaded) and two requests per failed load: under the three engines' load on
  // a small machine WebKit has needed more than the default 10 s, with nothing wrong.
  this.timeout(30_000);

  it('route="hash" with the recipe in docs/embedding.md: open, reload, Back, Forward and the back button never reach its 404', async () => {
    await inPage('', async (page) => {
      const feed = page.feed('feed');
      await listShown(feed, 2);
      expect(view(page)).to.equal('Trang chủ');
      cardLink(feed, SECOND)!.click();
      await reportShown(feed, SECOND);
      expect(page.win.location.hash).to.equal(`#party-news=${SECOND}`);
      await expectAccessible(page, feed);

      await reload(page);
      await reportShown(page.feed('feed'), SECOND);
      expect(page.win.notFound, 'no 404 on reload').to.deep.equal([]);
      expect(view(page)).to.equal('…');

      page.win.history.back();
      await listShown(page.feed('feed'), 2);
      await focusedOnCard(page, page.feed('feed'), SECOND);
      expect(view(page)).to.equal('Trang chủ');

      page.win.history.forward();
      await reportShown(page.feed('feed'), SECOND);
      expect(page.win.notFound, 'no 404 on Forward').to.deep.equal([]);
      backButton(page.feed('feed')).click();
      await listShown(page.feed('feed'), 2);
      await focusedOnCard(page, page.feed('feed'), SECOND);
      expect(jsonLd(page)).to.have.length(0);

      // The portal's own routes still work, and reach its 404 when they should.
      page.doc.querySelector<HTMLAnchorElement>('a[href="#/gioi-thieu"]')!.click();
      await waitUntil(() => view(page) === 'Giới thiệu', 'the router showed its own page');
      page.win.location.hash = '#/khong-co';
      await waitUntil(() => page.win.notFound!.length === 1, 'the router showed its 404 for its own unknown page');
      expect(page.win.notFound).to.deep.equal(['khong-co']);
    });
  });

  it('without the recipe, the router takes #party-news= for a page of its own: the 404 the recipe prevents', async () => {
    await inPage('?ignore=0', async (page) => {
      const feed = page.feed('feed');
      await listShown(feed, 2);
      cardLink(feed, SECOND)!.click();
      await reportShown(feed, SECOND);
      await reload(page);
      await reportShown(page.feed('feed'), SECOND);
      expect(page.win.notFound).to.deep.equal([`party-news=${SECOND}`]);
    });
  });

  it('route="none": the report opens in place, the URL and the router never change', async () => {
    await inPage('?route=none&ignore=0', async (page) => {
      page.doc.querySelector<HTMLAnchorElement>('a[href="#/gioi-thieu"]')!.click();
      await waitUntil(() => view(page) === 'Giới thiệu', 'the router showed its own page');
      const feed = page.feed('feed');
      await listShown(feed, 2);
      const url = page.win.location.href;
      const entries = page.win.history.length;
      cardLink(feed, SECOND)!.click();
      await reportShown(feed, SECOND);
      await waitUntil(
        () => reportOf(feed)!.shadowRoot!.activeElement === reportOf(feed)!.shadowRoot!.querySelector('.title'),
        'focus on the report title',
      );
      expect(page.win.location.href).to.equal(url);
      expect(page.win.history.length).to.equal(entries);
      expect(jsonLd(page)).to.have.length(1);
      await expectAccessible(page, feed);

      backButton(feed).click();
      await listShown(feed, 2);
      await focusedOnCard(page, feed, SECOND);
      expect(page.win.location.href).to.equal(url);
      expect(page.win.history.length).to.equal(entries);
      expect(view(page)).to.equal('Giới thiệu');
      expect(page.win.notFound).to.deep.equal([]);
      expect(jsonLd(page)).to.have.length(0);

      // A #party-news= link (an old shared one) is the router's business then, not the feed's.
      page.win.location.hash = `#party-news=${SEED_ID}`;
      await waitUntil(() => page.win.notFound!.length === 1, 'the router saw the hash');
      expect(reportOf(feed)).to.equal(null);
    });
  });
});
