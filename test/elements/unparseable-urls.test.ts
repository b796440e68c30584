import '../../src/feed/define.js';

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

import type { PartyNewsFeed } from '../../src/feed/feed.js';
import { forgetFeeds } from '../../src/model/reading/feed-cache.js';
import type { PartyNewsReport } from '../../src/report/report.js';
import type { PartyNewsEvent } from '../../src/shared/events.js';
import { cards, freshFeedPage, part, textOf, uid } from '../harness.js';

// A CMS typo in every URL field: addresses that look like http URLs and that the URL parser refuses.
const BAD_HOST = 'http://1.2.3.4.5';
const BAD_PORT = 'http://127.0.0.1:99999';
const JSON_FEED = JSON.stringify({
  title: 'Tin hoạt động',
  items: [
    {
      id: 'go-nham',
      title: 'Đảng ủy phường Tân Thanh họp thường kỳ',
      url: `${BAD_HOST}/tin/1`,
      date_published: '2026-09-16T10:30:00+07:00',
      summary: 'Đảng ủy phường họp đánh giá công tác tháng 9.',
      image: `${BAD_PORT}/anh.jpg`,
      category: { name: 'Tin cơ sở', url: `${BAD_HOST}/chuyen-muc` },
      authors: [{ name: 'Phóng viên', url: `${BAD_PORT}/pv` }],
      content_html: `<p>Hội nghị nghe báo cáo <a href="${BAD_HOST}/bao-cao">kết quả tháng 9</a>.</p><p><img src="${BAD_PORT}/b.jpg" alt="Quang cảnh"></p>`,
      related: ['binh-thuong', { title: 'Tin cũ', url: `${BAD_PORT}/cu` }],
    },
    {
      id: 'binh-thuong',
      title: 'Chi bộ khu phố 3 sinh hoạt chuyên đề',
      url: 'https://example.gov.vn/tin/2',
      date_published: '2026-09-15T08:00:00+07:00',
    },
  ],
});
// RSS without a guid: the item's id comes from the link that does not parse.
const RSS_FEED = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Tin</title>
  <item><title>Chi bộ Thanh tra sinh hoạt chuyên đề</title><link>${BAD_PORT}/tin/3</link>
    <pubDate>9/16/2026 10:30:00 AM</pubDate>
    <description>Chi bộ sinh hoạt chuyên đề tháng 9.</description>
    <content:encoded><![CDATA[<p>Đảng viên thảo luận <a href="${BAD_HOST}/x">nghị quyết</a>.</p><img src="${BAD_PORT}/c.jpg" alt="">]]></content:encoded></item>
</channel></rss>`;

const report = (el: PartyNewsFeed) => el.shadowRoot!.querySelector<PartyNewsReport>('party-news-report');
const reportRoot = (el: PartyNewsFeed) => report(el)!.shadowRoot!;

async function stored(text: string, type: string): Promise<string> {
  const key = `bad-urls-${uid()}`;
  await fetch(`/faults/store/${key}?type=${type}`, { method: 'POST', body: text });
  return `/faults/stored/${key}`;
}

/** Runs `test` and returns the page errors (uncaught errors, unhandled rejections) it caused. */
async function pageErrorsOf(test: () => Promise<unknown>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  try {
    await test();
    // A rejection is reported after the microtask that made it: give it a task to arrive.
    await new Promise((resolve) => setTimeout(resolve));
  } finally {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

async function feedOf(src: string) {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('party-news-feed');
  const load = oneEvent(wrap, 'party-news-load') as Promise<PartyNewsEvent<'party-news-load'>>;
  el.src = src;
  wrap.append(el);
  return { el, detail: (await load).detail };
}

/** The report shows the whole article: title, sapo, body, tools and share row; no source line, no dead links. */
async function expectWholeReport(el: PartyNewsFeed, title: string, body: string) {
  await waitUntil(() => report(el)?.shadowRoot?.querySelector('[part~="body"]'), 'the report with its body');
  await report(el)!.updateComplete;
  const root = reportRoot(el);
  expect(textOf(root.querySelector('[part~="title"]'))).to.equal(title);
  expect(textOf(root.querySelector('[part~="body"]'))).to.contain(body);
  expect(root.querySelector('[part~="tools"] button')).to.exist;
  const facebook = root.querySelector<HTMLAnchorElement>('[part~="share"] a[href^="https://www.facebook.com/"]')!;
  // No URL of its own: the article is shared as this page, which shows it in place.
  expect(facebook.href).to.equal(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(location.href)}`);
  expect(root.querySelector('[part~="source"]')).to.equal(null);
  for (const a of root.querySelectorAll('a[href]')) expect(a.getAttribute('href')).not.to.match(/1\.2\.3\.4\.5|:99999/);
  await expect(el).to.be.accessible();
}

describe('<party-news-feed> with URLs that do not parse', () => {
  beforeEach(freshFeedPage);
  afterEach(freshFeedPage);

  it('lists the article, opens it by a click with its body, tools and share, and reports each URL', async () => {
    const errors = await pageErrorsOf(async () => {
      const { el, detail } = await feedOf(await stored(JSON_FEED, 'application/json'));
      expect(detail.items.map((a) => a.id)).to.deep.equal(['go-nham', 'binh-thuong']);
      expect(detail.skipped.map((p) => `${p.item}:${p.field}:${p.dropped}`)).to.deep.equal([
        'go-nham:url:field',
        'go-nham:related.url:field',
        'go-nham:authors.url:field',
        'go-nham:image:field',
        'go-nham:category.url:field',
      ]);
      await waitUntil(() => cards(el).length === 2, 'both cards');
      await expect(el).to.be.accessible();
      cards(el)[0].querySelector<HTMLElement>('.link')!.click();
      await waitUntil(() => location.hash === '#party-news=go-nham', 'the report behind its hash');
      await expectWholeReport(el, 'Đảng ủy phường Tân Thanh họp thường kỳ', 'Hội nghị nghe báo cáo kết quả tháng 9.');
      const root = reportRoot(el);
      expect(textOf(root.querySelector('[part~="summary"]'))).to.equal('Đảng ủy phường họp đánh giá công tác tháng 9.');
      // The body's link keeps its words without the address; its photo, with no address left, goes.
      expect(root.querySelector('[part~="body"] a')?.hasAttribute('href')).to.equal(false);
      expect(root.querySelector('[part~="body"] img')).to.equal(null);
      expect(textOf(root.querySelector('[part~="breadcrumb"]'))).to.equal('Tin cơ sở');
      expect(root.querySelector('[part~="breadcrumb"] a')).to.equal(null);
      part(el, 'back')!.click();
      await waitUntil(() => cards(el).length === 2, 'back to the list');
    });
    expect(errors).to.deep.equal([]);
  });

  for (const [format, text, type, title, body] of [
    ['JSON', JSON_FEED, 'application/json', 'Đảng ủy phường Tân Thanh họp thường kỳ', 'Hội nghị nghe báo cáo'],
    ['RSS', RSS_FEED, 'application/rss+xml', 'Chi bộ Thanh tra sinh hoạt chuyên đề', 'Đảng viên thảo luận nghị quyết.'],
  ]) {
    it(`opens such an article from a deep link (${format})`, async () => {
      const src = await stored(text, type);
      // The id as the feed gives it (RSS: made from the link), read from a first load.
      const first = await feedOf(src);
      const id = first.detail.items[0].id;
      first.el.remove();
      forgetFeeds();
      const errors = await pageErrorsOf(async () => {
        history.replaceState(null, '', `#party-news=${encodeURIComponent(id)}`);
        const { el } = await feedOf(src);
        await expectWholeReport(el, title, body);
      });
      expect(errors).to.deep.equal([]);
    });
  }
});
