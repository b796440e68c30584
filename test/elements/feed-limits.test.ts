// What a feed may take from a portal: at most `max-bytes` of download (too-large beyond it), and
// a bounded saved copy in the localStorage that the portal's own scripts share.
import '../../src/feed/define.js';

import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';

import type { PartyNewsFeed } from '../../src/feed/feed.js';
import { forgetFeeds } from '../../src/model/reading/feed-cache.js';
import type { PartyNewsEvent } from '../../src/shared/events.js';
import { cards, feedSettled, openFrame, part, textOf, uid } from '../harness.js';

const PORTAL_KEY = 'portal:prefs';
const PORTAL_VALUE = JSON.stringify({ coChu: 'lon', cheDo: 'toi' });

/** A feed element for `src` with these attributes, once it shows cards, an error or the empty state. */
async function feedAt(src: string, attrs = ''): Promise<PartyNewsFeed> {
  const wrap = await fixture<HTMLDivElement>(`<div><party-news-feed src="${src}" ${attrs}></party-news-feed></div>`);
  return feedSettled(wrap.querySelector<PartyNewsFeed>('party-news-feed')!, 20_000);
}

const savedKey = (src: string) => `party-news:feed:${new URL(src, location.href).href}`;
/** The characters a saved feed takes in localStorage, key included (0 when there is none). */
const savedChars = (src: string) => {
  const value = localStorage.getItem(savedKey(src));
  return value === null ? 0 : savedKey(src).length + value.length;
};
/** The characters all of party-news's keys take. */
const ourChars = () =>
  Object.keys(localStorage)
    .filter((key) => key.startsWith('party-news:'))
    .reduce((sum, key) => sum + key.length + localStorage.getItem(key)!.length, 0);
/** A src whose first request answers a native feed of about 1.4 M characters, and every later one 500. */
const bigThenDown = () => `/faults/sequence/${uid()}?steps=big,status-500&mb=1.4`;

describe('<party-news-feed> limits', function () {
  this.timeout(60_000);

  beforeEach(() => {
    forgetFeeds();
    localStorage.setItem(PORTAL_KEY, PORTAL_VALUE);
  });
  afterEach(() => {
    forgetFeeds();
    localStorage.removeItem(PORTAL_KEY);
  });

  describe('the saved copy', () => {
    it('keeps at most 200,000 characters of a 1.4 M-character feed: its newest articles, shown on a later visit when the feed fails', async () => {
      const src = bigThenDown();
      const el = await feedAt(src, 'retries="0" page-size="3"');
      const all = await el.loadComplete;
      expect(all.length).to.be.above(350);
      expect(savedChars(src)).to.be.within(150_000, 200_000);

      // This page keeps the whole feed: a failed reload shows every article.
      await el.reload();
      expect(part(el, 'notice')).to.exist;
      expect(await el.loadComplete).to.have.length(all.length);

      // A later visit (a fresh page: nothing in memory) shows the stored copy: the newest articles.
      const frame = await openFrame('/test/pages/blank.html');
      try {
        const win = frame.contentWindow as Window & typeof globalThis & { imported?: Promise<unknown> };
        const script = win.document.createElement('script');
        script.textContent = `window.imported = import('/src/feed/define.ts');`;
        win.document.head.append(script);
        await win.imported;
        const later = win.document.createElement('party-news-feed') as PartyNewsFeed;
        later.setAttribute('retries', '0');
        later.src = src;
        win.document.body.append(later);
        const shown = await later.loadComplete;
        expect(shown.length).to.be.within(20, all.length - 1);
        expect(shown.map((a) => a.id)).to.deep.equal(all.slice(0, shown.length).map((a) => a.id));
        await waitUntil(() => part(later, 'notice'), 'the later visit says the news shown is a saved copy');
        expect(textOf(part(later, 'notice'))).to.include('(Mã lỗi: http-500)');
        expect(cards(later)[0].closest('li')!.dataset.id).to.equal(all[0].id);
        expect(textOf(cards(later)[0])).to.include(all[0].title);
      } finally {
        frame.remove();
      }
      expect(localStorage.getItem(PORTAL_KEY)).to.equal(PORTAL_VALUE);
    });

    it('keeps all of party-news under 1,000,000 characters, the least recently used feed removed first, the portal key kept', async () => {
      const srcs = Array.from({ length: 5 }, bigThenDown);
      const feeds: PartyNewsFeed[] = [];
      for (const src of srcs) feeds.push(await feedAt(src, 'retries="0"'));
      expect(srcs.every((src) => savedChars(src) > 150_000)).to.equal(true);
      // The first feed fails and shows its saved copy: now the second is the least recently used.
      await feeds[0].reload();
      expect(part(feeds[0], 'notice')).to.exist;

      const sixth = bigThenDown();
      await feedAt(sixth, 'retries="0"');
      expect(ourChars()).to.be.at.most(1_000_000);
      expect(savedChars(sixth)).to.be.above(150_000);
      expect(savedChars(srcs[1]), 'the least recently used').to.equal(0);
      expect(savedChars(srcs[0]), 'shown again').to.be.above(150_000);
      expect(srcs.slice(2).every((src) => savedChars(src) > 0)).to.equal(true);
      expect(localStorage.getItem(PORTAL_KEY)).to.equal(PORTAL_VALUE);
    });

    for (const name of ['QuotaExceededError', 'SecurityError']) {
      it(`changes nothing a reader sees when localStorage throws ${name} on every write`, async () => {
        const other = '/fixtures/feeds/seed.json?other';
        localStorage.setItem(savedKey(other), JSON.stringify({ text: '[]', url: other, savedAt: 1 }));
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = () => {
          throw new DOMException('The store is full or denied.', name);
        };
        try {
          const el = await feedAt(`/faults/sequence/${uid()}?steps=ok,status-500`, 'retries="0"');
          expect(cards(el)).to.have.length(4);
          expect(part(el, 'notice')).to.equal(null);
          expect(part(el, 'error')).to.equal(null);
          await el.reload();
          expect(cards(el)).to.have.length(4);
          expect(textOf(part(el, 'notice'))).to.include('(Mã lỗi: http-500)');
          await expect(el).to.be.accessible();
        } finally {
          Storage.prototype.setItem = setItem;
        }
        expect(localStorage.getItem(PORTAL_KEY)).to.equal(PORTAL_VALUE);
        // Denied, nothing is removed; full, only party-news's own saved feeds make room.
        if (name === 'SecurityError') expect(savedChars(other)).to.be.above(0);
      });
    }
  });

  describe('max-bytes', () => {
    const HALF_MB = 524_288;

    for (const [name, src] of [
      ['a Content-Length', `/faults/sequence/${uid()}?steps=big&mb=1`],
      ['no Content-Length (counted as it streams in)', `/faults/stream/${uid()}?mb=2`],
    ]) {
      it(`stops a feed over max-bytes with too-large, from ${name}: the error, its code and a retry, in Vietnamese`, async () => {
        const wrap = await fixture<HTMLDivElement>(`<div></div>`);
        const el = document.createElement('party-news-feed') as PartyNewsFeed;
        Object.assign(el, { src, maxBytes: HALF_MB });
        const failed = oneEvent(wrap, 'party-news-error') as Promise<PartyNewsEvent<'party-news-error'>>;
        wrap.append(el);
        const { detail } = await failed;
        const message = 'Nguồn tin quá lớn (hơn 0,5 MB), chưa tải được. Cổng thông tin cần đăng nguồn tin ngắn hơn.';
        expect(detail).to.deep.equal({ code: 'too-large', message });
        await feedSettled(el);
        expect(el.getAttribute('max-bytes')).to.equal(String(HALF_MB));
        expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
        expect(textOf(part(el, 'error'))).to.equal(`${message} (Mã lỗi: too-large) Thử lại`);
        expect(part(el, 'retry')).to.exist;
        expect(cards(el)).to.have.length(0);
        await expect(el).to.be.accessible();
      });
    }

    it('says it in English, with the limit in MB as set by the attribute', async () => {
      const el = await feedAt(`/faults/sequence/${uid()}?steps=big&mb=1`, 'lang="en" max-bytes="262144"');
      expect(el.maxBytes).to.equal(262_144);
      expect(textOf(part(el, 'error'))).to.equal(
        'The news source is too large (over 0.25 MB) to load. The portal should publish a shorter feed. (Error code: too-large) Try again',
      );
      await expect(el).to.be.accessible();
    });

    it('still shows the saved copy when a later load is too large', async () => {
      const el = await feedAt(`/faults/sequence/${uid()}?steps=ok,big&mb=1`, `max-bytes="${HALF_MB}"`);
      expect(cards(el)).to.have.length(4);
      const failed = oneEvent(el, 'party-news-error') as Promise<PartyNewsEvent<'party-news-error'>>;
      await el.reload();
      expect((await failed).detail.code).to.equal('too-large');
      expect(cards(el)).to.have.length(4);
      expect(textOf(part(el, 'notice'))).to.include('(Mã lỗi: too-large)');
      await expect(el).to.be.accessible();
    });

    it('loads a feed under the default 10 MB, and one under a raised limit', async () => {
      const el = await feedAt(`/faults/sequence/${uid()}?steps=big&mb=1`);
      expect(el.maxBytes).to.equal(10_485_760);
      expect(cards(el).length).to.be.above(0);
      const raised = await feedAt(`/faults/stream/${uid()}?mb=0.6`, `max-bytes="${2 * HALF_MB}"`);
      expect(cards(raised).length).to.be.above(0);
    });
  });
});
