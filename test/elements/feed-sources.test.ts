// Where a feed comes from (src in JSON, RSS, Atom or a legacy encoding, the feed property, inline
// JSON) and how it is read: newest first, relative URLs resolved, stale answers ignored.
import '../../src/feed/define.js';

import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import type { PartyNewsFeed } from '../../src/feed/feed.js';
import type { PartyNewsEvent } from '../../src/shared/events.js';
import {
  cardLink,
  cards,
  cardTitles,
  feedAt,
  feedSettled,
  feedWithLoadEvent,
  freshFeedPage,
  part,
  reportIn,
  SEED_URL,
  seedJson,
  textOf,
  uid,
} from '../harness.js';

describe('<party-news-feed> sources and formats', () => {
  beforeEach(freshFeedPage);
  afterEach(freshFeedPage);

  for (const [name, src] of [
    ['native JSON', SEED_URL],
    ['RSS 2.0', '/fixtures/feeds/seed.rss.xml'],
    ['Atom 1.0', '/fixtures/feeds/seed.atom.xml'],
    ['windows-1258 RSS (declared in XML)', '/faults/windows-1258'],
    ['windows-1258 RSS (declared in Content-Type)', '/faults/windows-1258-header'],
  ]) {
    it(`shows the seed feed from ${name}, newest first`, async () => {
      const el = await feedAt(src);
      const t = cardTitles(el);
      expect(t).to.have.length(4);
      expect(t[0].startsWith('Đảng ủy Ngân hàng Nhà nước tỉnh Lạng Sơn')).to.equal(true);
      expect(t[3]).to.equal('Đảng bộ Kho bạc Nhà nước tỉnh Lạng Sơn tổng kết công tác xây dựng Đảng năm 2021');
      // Relative image URLs resolve against the feed's own URL.
      const img = cards(el)[0].querySelector('img')!;
      expect(img.src).to.equal(new URL('../images/hoi-nghi-phat-bieu.svg', new URL(src, location.href)).href);
      await expect(el).to.be.accessible();
    });
  }

  it('shows every item of a feed whose every date is missing or unreadable, in feed order, without datelines', async () => {
    const { el, detail } = await feedWithLoadEvent('/test/fixtures/feeds/dates-all-unreadable.rss.xml');
    await feedSettled(el);
    expect(cardTitles(el)).to.deep.equal(['Tin thứ nhất', 'Tin thứ hai', 'Tin thứ ba', 'Tin thứ tư']);
    expect(el.shadowRoot!.querySelectorAll('time')).to.have.length(0);
    expect(detail.skipped.filter((p: { message: string }) => p.message.includes('without a dateline'))).to.have.length(
      4,
    );
    await expect(el).to.be.accessible();
  });

  it('shows a .NET portal feed with month-first dates in Vietnam time', async () => {
    const dotnet = await feedAt('/test/fixtures/feeds/vn-cms-dotnet.rss.xml');
    expect(cardTitles(dotnet)[0]).to.equal('Đảng bộ xã Tân Lập tổ chức Đại hội điểm nhiệm kỳ 2025 - 2030');
    expect(textOf(cards(dotnet)[0].querySelector('time')!)).to.equal('16-09-2026 10:30');
    await expect(dotnet).to.be.accessible();
  });

  it("shows a .NET portal's ill-formed feed repaired, saying so in party-news-load", async () => {
    const { el, detail } = await feedWithLoadEvent('/test/fixtures/feeds/vn-cms-ill-formed.rss.xml');
    expect(detail.items.map((a: { title: string }) => a.title)).to.deep.equal([
      'Huyện ủy sơ kết 9 tháng thực hiện Chỉ thị 05 - CT/TW',
      'Ra mắt mô hình "Chi bộ 4 tốt"',
    ]);
    expect(detail.skipped[0]).to.include({ item: 'feed', field: 'xml', dropped: 'none' });
    await feedSettled(el);
    expect(part(el, 'error')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('resolves relative URLs against the feed URL after a redirect', async () => {
    const el = await feedAt('/faults/redirect');
    expect(cards(el)[0].querySelector('img')!.src).to.equal(
      new URL('/fixtures/images/hoi-nghi-phat-bieu.svg', location.href).href,
    );
  });

  it('reads the feed property, without any network', async () => {
    const json = await seedJson();
    const el = await fixture<PartyNewsFeed>(html`<party-news-feed .feed=${json.items.slice(1)}></party-news-feed>`);
    await feedSettled(el);
    expect(cardTitles(el)).to.have.length(3);
  });

  it('reads an inline <script type="application/json"> child, also one added later', async () => {
    const json = await seedJson();
    const el = await fixture<PartyNewsFeed>(html`<party-news-feed></party-news-feed>`);
    expect(cards(el)).to.have.length(0);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(json);
    expect(el.shadowRoot!.childElementCount, 'no source yet: nothing shown, not even "empty"').to.equal(0);
    el.append(script);
    await waitUntil(() => cards(el).length === 4, 'waited for cards(el).length === 4');
    script.textContent = JSON.stringify({ ...json, items: json.items.slice(0, 1) });
    await waitUntil(() => cards(el).length === 1, 'waited for cards(el).length === 1');
  });

  it('prefers the feed property over inline JSON and src', async () => {
    const json = await seedJson();
    const el = await fixture<PartyNewsFeed>(html`<party-news-feed src=${SEED_URL} .feed=${json.items.slice(3)}>
        <script type="application/json">${JSON.stringify(json)}</script>
      </party-news-feed>`);
    expect(await el.loadComplete).to.have.length(1);
    expect(cardTitles(el)).to.have.length(1);
  });

  it('ignores a stale response when src changes mid-flight', async () => {
    const key = uid();
    const events: string[][] = [];
    const wrap =
      await fixture<HTMLDivElement>(html`<div @party-news-load=${(e: PartyNewsEvent<'party-news-load'>) => events.push(e.detail.items.map((i) => i.title))}>
        <party-news-feed src=${`/faults/slow?ms=1500&title=Cu&key=${key}`}></party-news-feed>
      </div>`);
    const el = wrap.querySelector('party-news-feed')!;
    await fetch(`/faults/arrived/${key}`);
    // 1.5 s: src must change while the old response is still on its way, even with three browsers
    // busy on two cores (at 300 ms it once arrived first in WebKit). The new feed leaves the server only after the old one: had the old response been taken,
    // it would have been shown before the new one.
    el.src = `/faults/slow?ms=0&title=Moi&after=${key}`;
    expect((await el.loadComplete)[0].title).to.equal('Moi');
    expect(cardTitles(el)[0]).to.equal('Moi');
    expect(events.map((e) => e[0])).to.deep.equal(['Moi']);
  });

  it('keeps several feeds on one page apart', async () => {
    const json = await seedJson();
    const wrap = await fixture<HTMLDivElement>(html`<div>
        <party-news-feed id="a" src=${SEED_URL}></party-news-feed>
        <party-news-feed id="b" .feed=${json.items.slice(2)} layout="compact"></party-news-feed>
      </div>`);
    const [a, b] = [...wrap.querySelectorAll('party-news-feed')];
    await feedSettled(a);
    await feedSettled(b);
    expect(cards(a)).to.have.length(4);
    expect(cards(b)).to.have.length(2);
    cardLink(cards(a)[0]).click();
    await waitUntil(() => reportIn(a), 'waited for reportIn(a)');
    expect(reportIn(b)).to.equal(null);
    expect(cards(b)).to.have.length(2);
  });
});
