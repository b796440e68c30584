// Several units' feeds in one section (#31): <party-news-source> children merged newest first, an
// article two units published shown once naming both, a failing unit named with a retry, a slow
// unit never holding back or moving the others' cards. The feeds are served by the fault server.
import '../../src/feed/define.js';

import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';

import type { PartyNewsFeed } from '../../src/feed/feed.js';
import type { PartyNewsEvent } from '../../src/shared/events.js';
import { cardLink, cards, cardTitles, freshFeedPage, part, textOf, uid } from '../harness.js';

const SO_TAI_CHINH = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Chi bộ Sở Tài chính',
  items: [
    {
      id: '1',
      url: 'https://stc.example.gov.vn/tin/sinh-hoat-quy-3',
      title: 'Chi bộ Sở Tài chính sinh hoạt chuyên đề quý III',
      date_published: '2026-09-18T08:30:00+07:00',
    },
    {
      id: '2',
      url: 'https://tinhuy.example.gov.vn/tin/hoi-nghi-lien-tich',
      title: 'Hội nghị liên tịch triển khai Nghị quyết Đại hội Đảng bộ tỉnh',
      date_published: '2026-09-15T14:00:00+07:00',
    },
    {
      id: '3',
      url: 'https://stc.example.gov.vn/tin/ket-nap-2026',
      title: 'Kết nạp đảng viên mới năm 2026',
      date_published: '2026-09-10T09:00:00+07:00',
    },
  ],
};
// The same hội nghị as the Sở Tài chính's second article: the same page, written differently.
const KHO_BAC = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Đảng bộ Kho bạc Nhà nước tỉnh</title><link>https://khobac.example.gov.vn/</link>
<item><guid isPermaLink="false">1</guid><title>Đảng bộ Kho bạc học tập chuyên đề năm 2026</title>
<link>https://khobac.example.gov.vn/tin/hoc-tap-2026</link><pubDate>Thu, 17 Sep 2026 10:00:00 +0700</pubDate></item>
<item><guid isPermaLink="false">2</guid><title>Hội nghị liên tịch triển khai Nghị quyết Đại hội Đảng bộ tỉnh</title>
<link>https://www.tinhuy.example.gov.vn/tin/hoi-nghi-lien-tich/</link><pubDate>Tue, 15 Sep 2026 15:00:00 +0700</pubDate></item>
<item><guid isPermaLink="false">3</guid><title>Trao Huy hiệu 30 năm tuổi Đảng</title>
<link>https://khobac.example.gov.vn/tin/huy-hieu</link><pubDate>Sat, 12 Sep 2026 09:00:00 +0700</pubDate></item>
</channel></rss>`;

/** Puts `body` behind a URL of the fault server (served `ms` late), and returns that URL. */
async function served(body: string, type = 'application/json', ms = 0): Promise<string> {
  const key = uid();
  await fetch(`/faults/store/${key}?type=${encodeURIComponent(type)}`, { method: 'POST', body });
  return `/faults/stored/${key}?ms=${ms}`;
}

async function feedOf(sources: string, attrs = ''): Promise<PartyNewsFeed> {
  const wrap = await fixture<HTMLDivElement>(
    `<div><party-news-feed retries="0" ${attrs}>${sources}</party-news-feed></div>`,
  );
  return wrap.querySelector('party-news-feed')!;
}

const unitsOf = (el: PartyNewsFeed) => cards(el).map((card) => textOf(card.querySelector('[part~="unit"]')));

describe('<party-news-feed> with several <party-news-source>s', () => {
  beforeEach(freshFeedPage);
  afterEach(freshFeedPage);

  it("merges JSON and RSS newest first, names each card's unit and the shared article's two, and names the unit that failed", async () => {
    const json = await served(JSON.stringify(SO_TAI_CHINH));
    const rss = await served(KHO_BAC, 'application/rss+xml');
    const el = await feedOf(`
      <party-news-source src="${json}" name="Chi bộ Sở Tài chính"></party-news-source>
      <party-news-source src="${rss}"></party-news-source>
      <party-news-source src="/faults/status/500" name="Chi bộ Sở Xây dựng"></party-news-source>`);
    const loaded = oneEvent(el, 'party-news-load') as Promise<PartyNewsEvent<'party-news-load'>>;
    const { detail } = await loaded;
    expect(cardTitles(el)).to.deep.equal([
      'Chi bộ Sở Tài chính sinh hoạt chuyên đề quý III',
      'Đảng bộ Kho bạc học tập chuyên đề năm 2026',
      'Hội nghị liên tịch triển khai Nghị quyết Đại hội Đảng bộ tỉnh',
      'Trao Huy hiệu 30 năm tuổi Đảng',
      'Kết nạp đảng viên mới năm 2026',
    ]);
    // A unit without a name is named by its feed's own title.
    expect(unitsOf(el)).to.deep.equal([
      'Chi bộ Sở Tài chính',
      'Đảng bộ Kho bạc Nhà nước tỉnh',
      'Chi bộ Sở Tài chính · Đảng bộ Kho bạc Nhà nước tỉnh',
      'Đảng bộ Kho bạc Nhà nước tỉnh',
      'Chi bộ Sở Tài chính',
    ]);
    const notice = el.shadowRoot!.querySelector('.unit-notice')!;
    expect(textOf(notice)).to.equal('Chưa tải được tin của Chi bộ Sở Xây dựng. Thử lại');
    expect(notice.querySelector('button')!.type).to.equal('button');
    expect(detail.sources!.map(({ name, loaded, error }) => [name, loaded, error])).to.deep.equal([
      ['Chi bộ Sở Tài chính', true, undefined],
      ['Đảng bộ Kho bạc Nhà nước tỉnh', true, undefined],
      ['Chi bộ Sở Xây dựng', false, 'http-500'],
    ]);
    expect(detail.items).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('offers a tab per unit with tabs="units"', async () => {
    const json = await served(JSON.stringify(SO_TAI_CHINH));
    const rss = await served(KHO_BAC, 'application/rss+xml');
    const el = await feedOf(
      `<party-news-source src="${json}" name="Chi bộ Sở Tài chính"></party-news-source>
       <party-news-source src="${rss}" name="Đảng bộ Kho bạc"></party-news-source>`,
      'tabs="units"',
    );
    await el.loadComplete;
    const tabs = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    expect(tabs.map(textOf)).to.deep.equal(['Tất cả', 'Chi bộ Sở Tài chính', 'Đảng bộ Kho bạc']);
    tabs[2].click();
    await el.updateComplete;
    expect(cards(el)).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it("shows the others' cards before a slow unit answers, and its articles never move the first card", async () => {
    const fast = await served(JSON.stringify(SO_TAI_CHINH));
    const late = {
      title: 'Chi bộ Sở Nội vụ',
      items: [
        { id: 'n1', title: 'Chi bộ Sở Nội vụ sơ kết 9 tháng', date_published: '2026-09-20T16:00:00+07:00' },
        { id: 'n2', title: 'Chi bộ Sở Nội vụ học tập nghị quyết', date_published: '2026-09-01T08:00:00+07:00' },
      ],
    };
    const slow = await served(JSON.stringify(late), 'application/json', 3000);
    const el = await feedOf(`
      <party-news-source src="${fast}"></party-news-source>
      <party-news-source src="${slow}"></party-news-source>`);
    await waitUntil(() => cards(el).length === 3, "the fast unit's cards, before the slow one answers", {
      timeout: 2000,
    });
    const first = cards(el)[0];
    const top = first.getBoundingClientRect().top;
    await waitUntil(() => part(el, 'new-articles'), "the slow unit's newer article waits", { timeout: 8000 });
    expect(textOf(part(el, 'new-articles'))).to.equal('Có 1 tin mới');
    // Its older article joins below; the card the reader is on stays where it was.
    expect(cards(el)).to.have.length(4);
    expect(cards(el)[0]).to.equal(first);
    expect(first.getBoundingClientRect().top).to.equal(top);
    expect(textOf(part(el, 'status'))).to.equal('Có 1 tin mới');
    await expect(el).to.be.accessible();
    part(el, 'new-articles')!.click();
    await waitUntil(() => el.shadowRoot!.activeElement === cardLink(cards(el)[0]), 'focus on the newest card');
    expect(cardTitles(el)[0]).to.equal('Chi bộ Sở Nội vụ sơ kết 9 tháng');
    expect(cards(el)).to.have.length(5);
    expect(part(el, 'new-articles')).to.equal(null);
  });

  it("offers a tab per unit of a feed merged ahead of time (party-news aggregate's units)", async () => {
    const merged = JSON.stringify({
      items: [
        { ...SO_TAI_CHINH.items[0], units: ['Chi bộ Sở Tài chính'] },
        { ...SO_TAI_CHINH.items[1], units: ['Chi bộ Sở Tài chính', 'Đảng bộ Kho bạc'] },
        { ...SO_TAI_CHINH.items[2], id: '9', units: ['Đảng bộ Kho bạc'] },
      ],
    });
    const wrap = await fixture<HTMLDivElement>(
      `<div><party-news-feed src="${await served(merged)}" tabs="units"></party-news-feed></div>`,
    );
    const el = wrap.querySelector('party-news-feed')!;
    await el.loadComplete;
    const tabs = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    expect(tabs.map(textOf)).to.deep.equal(['Tất cả', 'Chi bộ Sở Tài chính', 'Đảng bộ Kho bạc']);
    tabs[2].click();
    await el.updateComplete;
    expect(cards(el)).to.have.length(2);
  });

  it('reads the sources property as it reads the children', async () => {
    const json = await served(JSON.stringify(SO_TAI_CHINH));
    const wrap = await fixture<HTMLDivElement>('<div><party-news-feed></party-news-feed></div>');
    const el = wrap.querySelector('party-news-feed')!;
    el.sources = [{ src: json, name: 'Chi bộ A' }];
    await waitUntil(() => cards(el).length === 3, "the property's unit");
    expect(unitsOf(el)).to.deep.equal(['Chi bộ A', 'Chi bộ A', 'Chi bộ A']);
  });
});
