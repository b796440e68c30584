import '../../src/feed/define.js';

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

import type { PartyNewsFeed } from '../../src/feed/feed.js';
import { SEED_ID } from '../harness.js';
import { backButton, expectAccessible, openHost, reportOf, reportShown } from './host-frame.js';

// The reference article opened on a phone (360×780 CSS px): the dateline and the start of the sapo
// are on the first screen. Engines whose driver can resize the window (Chromium, Firefox) run it in
// this page at that viewport; WebKit's WebDriver cannot, so there the page is a 360×780 iframe,
// whose viewport is just as real.

const PHONE = { width: 360, height: 780 };

interface Shown {
  win: Window;
  feed: HTMLElement;
  accessible(): Promise<void>;
  done(): Promise<void>;
}

async function onPhone(category: string | undefined): Promise<Shown> {
  history.replaceState(null, '', `#party-news=${SEED_ID}`);
  try {
    await setViewport(PHONE);
  } catch {
    history.replaceState(null, '', location.pathname + location.search);
    const page = await openHost(`/test/pages/hosts/phone.html#party-news=${SEED_ID}`, PHONE);
    if (!category) page.feed('feed').removeAttribute('category');
    const feed = page.feed('feed');
    return {
      win: page.win,
      feed,
      accessible: () => expectAccessible(page, feed),
      done: async () => page.frame.remove(),
    };
  }
  const wrap = await fixture<HTMLDivElement>(
    html`<div><party-news-feed src="/fixtures/feeds/seed.json" category=${category ?? ''}></party-news-feed></div>`,
  );
  const feed = wrap.querySelector<PartyNewsFeed>('party-news-feed')!;
  if (!category) feed.removeAttribute('category');
  return {
    win: window,
    feed,
    accessible: async () => void (await expect(feed).to.be.accessible()),
    done: async () => {
      history.replaceState(null, '', location.pathname + location.search);
      await setViewport({ width: 800, height: 600 });
    },
  };
}

describe('the report on a phone', () => {
  it('in a section feed: no repeated section label, a compact back control, dateline and sapo on the first screen', async () => {
    const { win, feed, accessible, done } = await onPhone('to-chuc-dang-co-so');
    try {
      await reportShown(feed, SEED_ID);
      const report = reportOf(feed)!;
      await report.updateComplete;
      const root = report.shadowRoot!;
      expect(win.innerWidth).to.equal(PHONE.width);
      expect(win.innerHeight).to.equal(PHONE.height);
      expect(root.querySelector('[part~="breadcrumb"]')!.getClientRects().length, 'no breadcrumb').to.equal(0);
      expect(backButton(feed).getBoundingClientRect().height, 'back control on one line').to.be.at.most(48);
      expect(backButton(feed).getBoundingClientRect().height, 'still a 44px target').to.be.at.least(44);
      const dateline = root.querySelector('[part~="meta"] time')!.getBoundingClientRect();
      const sapo = root.querySelector('[part~="summary"]')!.getBoundingClientRect();
      expect(dateline.top, 'dateline below the top').to.be.at.least(0);
      expect(dateline.bottom, 'dateline on the first screen').to.be.at.most(PHONE.height);
      // The sapo's first line, not only its top edge.
      expect(sapo.top + 24, 'the first words of the sapo on the first screen').to.be.at.most(PHONE.height);
      await accessible();
    } finally {
      await done();
    }
  });

  it('in a feed of every section, the report still names its section', async () => {
    const { feed, done } = await onPhone(undefined);
    try {
      await reportShown(feed, SEED_ID);
      await waitUntil(
        () => reportOf(feed)!.shadowRoot!.querySelector('[part~="breadcrumb"]')?.getClientRects().length === 1,
        'the breadcrumb shown',
      );
    } finally {
      await done();
    }
  });
});
