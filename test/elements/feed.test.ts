import '../../src/feed/define.js';

import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import type { PartyNewsFeed } from '../../src/feed/feed.js';
import { forgetFeeds, rememberFeed } from '../../src/model/feed-cache.js';
import type { PartyNewsReport } from '../../src/report/report.js';
import type { PartyNewsEvent } from '../../src/shared/events.js';
import { captureWarnings, cards, feedSettled, part, SEED_ID, seedJson, textOf, uid } from '../harness.js';

const SEED = '/fixtures/feeds/seed.json';
const root = (el: PartyNewsFeed) => el.shadowRoot!;
const link = (card: Element) => card.querySelector<HTMLAnchorElement>('.link')!;
const titles = (el: PartyNewsFeed) => cards(el).map((c) => textOf(link(c)));
const report = (el: PartyNewsFeed) => root(el).querySelector<PartyNewsReport>('party-news-report');

const loaded = feedSettled<PartyNewsFeed>;
const feedAt = async (src: string, attrs = '') => {
  const wrap = await fixture<HTMLDivElement>(`<div><party-news-feed src="${src}" ${attrs}></party-news-feed></div>`);
  return loaded(wrap.querySelector('party-news-feed')!);
};
/** A feed loading `src`, and the detail of the party-news-load event it fires. */
async function feedWithLoad(src: string) {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('party-news-feed');
  const event = oneEvent(wrap, 'party-news-load');
  el.src = src;
  wrap.append(el);
  return { el, detail: (await event).detail };
}

describe('<party-news-feed>', () => {
  beforeEach(() => {
    forgetFeeds();
    history.replaceState(null, '', location.pathname + location.search);
  });
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  describe('sources and formats', () => {
    for (const [name, src] of [
      ['native JSON', SEED],
      ['RSS 2.0', '/fixtures/feeds/seed.rss.xml'],
      ['Atom 1.0', '/fixtures/feeds/seed.atom.xml'],
      ['windows-1258 RSS (declared in XML)', '/faults/windows-1258'],
      ['windows-1258 RSS (declared in Content-Type)', '/faults/windows-1258-header'],
    ]) {
      it(`shows the seed feed from ${name}, newest first`, async () => {
        const el = await feedAt(src);
        const t = titles(el);
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
      const { el, detail } = await feedWithLoad('/test/fixtures/feeds/dates-all-unreadable.rss.xml');
      await loaded(el);
      expect(titles(el)).to.deep.equal(['Tin thứ nhất', 'Tin thứ hai', 'Tin thứ ba', 'Tin thứ tư']);
      expect(root(el).querySelectorAll('time')).to.have.length(0);
      expect(
        detail.skipped.filter((p: { message: string }) => p.message.includes('without a dateline')),
      ).to.have.length(4);
      await expect(el).to.be.accessible();
    });

    it('shows a .NET portal feed with month-first dates in Vietnam time, and an ill-formed one repaired', async () => {
      const dotnet = await feedAt('/test/fixtures/feeds/vn-cms-dotnet.rss.xml');
      expect(titles(dotnet)[0]).to.equal('Đảng bộ xã Tân Lập tổ chức Đại hội điểm nhiệm kỳ 2025 - 2030');
      expect(textOf(cards(dotnet)[0].querySelector('time')!)).to.equal('16-09-2026 10:30');
      await expect(dotnet).to.be.accessible();
      const { el, detail } = await feedWithLoad('/test/fixtures/feeds/vn-cms-ill-formed.rss.xml');
      expect(detail.items.map((a: { title: string }) => a.title)).to.deep.equal([
        'Huyện ủy sơ kết 9 tháng thực hiện Chỉ thị 05 - CT/TW',
        'Ra mắt mô hình "Chi bộ 4 tốt"',
      ]);
      expect(detail.skipped[0]).to.include({ item: 'feed', field: 'xml', dropped: 'none' });
      await loaded(el);
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
      await loaded(el);
      expect(titles(el)).to.have.length(3);
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
      const el = await fixture<PartyNewsFeed>(html`<party-news-feed src=${SEED} .feed=${json.items.slice(3)}>
        <script type="application/json">${JSON.stringify(json)}</script>
      </party-news-feed>`);
      expect(await el.loadComplete).to.have.length(1);
      expect(titles(el)).to.have.length(1);
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
      expect(titles(el)[0]).to.equal('Moi');
      expect(events.map((e) => e[0])).to.deep.equal(['Moi']);
    });

    it('keeps several feeds on one page apart', async () => {
      const json = await seedJson();
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <party-news-feed id="a" src=${SEED}></party-news-feed>
        <party-news-feed id="b" .feed=${json.items.slice(2)} layout="compact"></party-news-feed>
      </div>`);
      const [a, b] = [...wrap.querySelectorAll('party-news-feed')];
      await loaded(a);
      await loaded(b);
      expect(cards(a)).to.have.length(4);
      expect(cards(b)).to.have.length(2);
      link(cards(a)[0]).click();
      await waitUntil(() => report(a), 'waited for report(a)');
      expect(report(b)).to.equal(null);
      expect(cards(b)).to.have.length(2);
    });
  });

  describe('states', () => {
    it('shows a busy skeleton while loading, then the cards', async () => {
      // The feed's answer waits on the server until this test releases it (a request named by key).
      const key = uid();
      const wrap = await fixture<HTMLDivElement>(
        `<div><party-news-feed src="/faults/slow?ms=0&after=${key}"></party-news-feed></div>`,
      );
      const el = wrap.querySelector('party-news-feed')!;
      await el.updateComplete;
      await nextFrame();
      const skeleton = root(el).querySelector('.skeletons')!;
      expect(skeleton).to.exist;
      expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
      expect(textOf(part(el, 'status'))).to.equal('Đang tải tin…');
      const height = el.getBoundingClientRect().height;
      expect(height).to.be.greaterThan(200);
      await expect(el).to.be.accessible();
      await fetch(`/faults/slow?ms=0&key=${key}`);
      await el.loadComplete;
      expect(cards(el)).to.have.length(4);
      expect(root(el).querySelector('.skeletons')).to.equal(null);
    });

    for (const [route, code] of [
      ['/faults/status/404', 'http-404'],
      ['/faults/html-200', 'not-a-feed'],
      ['/faults/truncated', 'invalid-json'],
      ['/faults/bad-xml', 'invalid-xml'],
      ['/faults/not-a-feed', 'not-a-feed'],
    ]) {
      it(`shows an error with code ${code} for ${route}, and fires party-news-error`, async () => {
        const wrap = await fixture<HTMLDivElement>(`<div></div>`);
        const el = document.createElement('party-news-feed');
        el.retries = 0;
        const event = oneEvent(wrap, 'party-news-error');
        el.src = route;
        wrap.append(el);
        const { detail } = await event;
        expect(detail.code).to.equal(code);
        expect(detail.message.length).to.be.greaterThan(10);
        await loaded(el);
        const error = part(el, 'error')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(textOf(error)).to.contain(`Mã lỗi: ${code}`);
        expect(textOf(error)).to.contain(detail.message);
        expect(textOf(part(el, 'retry'))).to.equal('Thử lại');
        await expect(el).to.be.accessible();
      });
    }

    it('gives up on a hanging server after its timeout', async () => {
      const wrap = await fixture<HTMLDivElement>(
        `<div><party-news-feed timeout="300" src="/faults/hang"></party-news-feed></div>`,
      );
      const { detail } = await oneEvent(wrap, 'party-news-error');
      expect(detail.code).to.equal('timeout');
    });

    it('retries after a failure, by its retry button, and recovers', async () => {
      const key = uid();
      const el = await feedAt(`/faults/flaky/${key}?fail=1&status=404`, 'retries="0"');
      expect(part(el, 'error')).to.exist;
      part(el, 'retry')!.click();
      await waitUntil(() => cards(el).length === 4, 'waited for cards(el).length === 4');
      expect(part(el, 'error')).to.equal(null);
    });

    it('speaks English in every state when lang="en"', async () => {
      const el = await feedAt('/faults/status/500', 'lang="en" retries="0"');
      expect(textOf(part(el, 'error'))).to.contain('Error code: http-500');
      expect(textOf(part(el, 'retry'))).to.equal('Try again');
    });

    it('shows the empty state', async () => {
      const el = await feedAt('/faults/empty');
      expect(textOf(part(el, 'empty'))).to.equal('Chưa có tin nào.');
      await expect(el).to.be.accessible();
    });

    it('keeps showing the last good feed, with a notice, when a later load fails', async () => {
      const key = uid();
      const el = await feedAt(`/faults/once/${key}`, 'retries="0"');
      expect(cards(el)).to.have.length(4);
      const wrap = el.parentElement!;
      const error = oneEvent(wrap, 'party-news-error');
      await el.reload();
      expect((await error).detail.code).to.equal('http-500');
      expect(cards(el)).to.have.length(4);
      const notice = part(el, 'notice')!;
      expect(textOf(notice)).to.match(
        /^Chưa tải được tin mới; đang hiển thị tin đã lưu lúc \d{2}-\d{2}-\d{4} \d{2}:\d{2}\./,
      );
      expect(textOf(notice)).to.contain('http-500');
      await expect(el).to.be.accessible();

      // A new element for the same src (a later visit) starts from the saved copy too.
      const later = await feedAt(`/faults/once/${key}`, 'retries="0"');
      expect(cards(later)).to.have.length(4);
      expect(part(later, 'notice')).to.exist;
    });

    it('says exactly when the saved copy it shows was saved, in Vietnam time', async () => {
      // The clock is the saved copy's: 30 Mar 2022 04:32 UTC is 11:32 in Hà Nội (the tests run in New York).
      const src = `/faults/counted/${uid()}?status=500`;
      rememberFeed(
        new URL(src, location.href).href,
        JSON.stringify(await seedJson()),
        new URL(SEED, location.href).href,
        Date.UTC(2022, 2, 30, 4, 32),
      );
      const el = await feedAt(src, 'retries="0"');
      expect(cards(el)).to.have.length(4);
      expect(textOf(part(el, 'notice'))).to.equal(
        'Chưa tải được tin mới; đang hiển thị tin đã lưu lúc 30-03-2022 11:32. (Mã lỗi: http-500) Thử lại',
      );
    });
  });

  describe('events', () => {
    it('fires party-news-load with the items shown and the ones skipped', async () => {
      const json = await seedJson();
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('party-news-feed');
      el.feed = [
        ...json.items,
        { id: 'broken', title: '' },
        { title: 'no id', date_published: '2022-01-01T00:00:00Z' },
      ];
      const event = oneEvent(wrap, 'party-news-load');
      wrap.append(el);
      const { detail } = await event;
      expect(detail.items.map((a: { id: string }) => a.id)[0]).to.equal(SEED_ID);
      expect(detail.items).to.have.length(4);
      expect(detail.skipped.map((p: { item: string; field: string }) => `${p.item}:${p.field}`)).to.deep.equal([
        'broken:title',
        'broken:date_published',
        '#5:id',
      ]);
    });

    it('reads a UTF-8 feed with stray Windows-1252 curly quotes, and reports them in party-news-load and the console', async () => {
      const key = `cp1252-${uid()}`;
      const encode = (text: string) => [...new TextEncoder().encode(text)];
      // Otherwise UTF-8 JSON (no charset anywhere) whose title holds 0x93 … 0x94, as Word writes them.
      const body = new Uint8Array([
        ...encode('{"items":[{"id":"a","title":"Chi bộ '),
        0x93,
        ...encode('tự soi, tự sửa'),
        0x94,
        ...encode('","date_published":"2022-03-30T11:32:00+07:00"}]}'),
      ]);
      await fetch(`/faults/store/${key}?type=application/json`, { method: 'POST', body });
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('party-news-feed');
      el.src = `/faults/stored/${key}`;
      const event = oneEvent(wrap, 'party-news-load');
      let detail!: PartyNewsEvent<'party-news-load'>['detail'];
      const warnings = await captureWarnings(async () => {
        wrap.append(el);
        ({ detail } = await event);
      });
      await loaded(el);
      expect(titles(el)).to.deep.equal(['Chi bộ “tự soi, tự sửa”']);
      expect(detail.skipped.map((p) => `${p.item}:${p.field}:${p.dropped}`)).to.deep.equal(['feed:encoding:none']);
      expect(detail.skipped[0].message).to.contain('Windows-1252');
      expect(warnings.some((w) => w.includes('"encoding"') && w.includes('Windows-1252'))).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('browsing', () => {
    it('maps layouts onto card layouts', async () => {
      const el = await feedAt(SEED);
      for (const [layout, card] of [
        ['grid', 'vertical'],
        ['list', 'horizontal'],
        ['compact', 'compact'],
      ]) {
        el.layout = layout as PartyNewsFeed['layout'];
        await el.updateComplete;
        expect(
          cards(el).every((c) => c.classList.contains(card)),
          layout,
        ).to.equal(true);
        await expect(el).to.be.accessible();
      }
    });

    it('pages with "Xem thêm", moving focus to the first new card', async () => {
      const el = await feedAt(SEED, 'page-size="2"');
      expect(cards(el)).to.have.length(2);
      expect(textOf(part(el, 'status'))).to.equal('Đang hiển thị 2/4 tin');
      const more = part(el, 'more')!;
      expect(textOf(more)).to.equal('Xem thêm');
      // A border forced colours (Windows high contrast) can draw: without it the button is bare text there.
      expect(getComputedStyle(more).borderTopStyle).to.equal('solid');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => cards(el).length === 4, 'waited for cards(el).length === 4');
      await waitUntil(
        () => root(el).activeElement === link(cards(el)[2]),
        'waited for root(el).activeElement === link(cards(el)[2])',
      );
      expect(part(el, 'more')).to.equal(null);
      expect(textOf(part(el, 'status'))).to.equal('Đang hiển thị 4/4 tin');
    });

    it('shows one category, without repeating its label on every card', async () => {
      expect(root(await feedAt(SEED)).querySelectorAll('[part~="category"]').length).to.be.greaterThan(0);
      const el = await feedAt(SEED, 'category="to-chuc-dang-co-so"');
      expect(cards(el)).to.have.length(3);
      expect(root(el).querySelectorAll('[part~="category"]')).to.have.length(0);
      await expect(el).to.be.accessible();
      el.category = 'khong-co';
      await el.updateComplete;
      expect(textOf(part(el, 'empty'))).to.equal('Không tìm thấy tin phù hợp.');
    });

    it('searches with a labelled box, ignoring case and diacritics', async () => {
      const el = await feedAt(SEED, 'searchable');
      const input = part(el, 'search') as HTMLInputElement;
      expect(textOf(root(el).querySelector(`label[for="${input.id}"]`))).to.equal('Tìm tin');
      input.focus();
      // Word by word: WebKitGTK's WebDriver drops spaces inside typed text.
      for (const [i, word] of ['dang', 'uy', 'ngan', 'hang'].entries()) {
        if (i) await sendKeys({ press: ' ' });
        await sendKeys({ type: word });
      }
      await el.updateComplete;
      expect(input.value, 'typed').to.equal('dang uy ngan hang');
      expect(titles(el)).to.have.length(1);
      expect(textOf(part(el, 'status'))).to.equal('Tìm thấy 1 tin');
      await expect(el).to.be.accessible();
      input.value = 'TÀI CHÍNH';
      input.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Chi bộ Sở Tài chính tổ chức sinh hoạt chuyên đề quý I năm 2022']);
      input.value = 'không có bài nào như vậy';
      input.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect(textOf(part(el, 'empty'))).to.equal('Không tìm thấy tin phù hợp.');
    });
  });

  describe('reading in place', () => {
    it('opens the report with its related list, behind #party-news=<id>, and Back returns to the card', async () => {
      const el = await feedAt(SEED);
      const card = cards(el)[1];
      const id = card.closest('li')!.dataset.id!;
      const opened = link(card);
      opened.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => report(el), 'waited for report(el)');
      expect(location.hash).to.equal(`#party-news=${encodeURIComponent(id)}`);
      const r = report(el)!;
      await r.updateComplete;
      expect(textOf(r.shadowRoot!.querySelector('.title'))).to.equal(textOf(opened));
      expect(r.shadowRoot!.querySelector('.title')!.localName).to.equal('h2');
      await waitUntil(
        () => r.shadowRoot!.activeElement === r.shadowRoot!.querySelector('.title'),
        'focus on the report title',
      );
      const related = r.shadowRoot!.querySelector('party-news-related')!;
      await related.updateComplete;
      // This item lists no related ids: the newest items of its category stand in.
      expect(related.shadowRoot!.querySelectorAll('li').length).to.be.greaterThan(0);
      expect(textOf(part(el, 'back'))).to.contain('Quay lại danh sách tin');
      await expect(el).to.be.accessible();

      history.back();
      await waitUntil(() => !report(el) && cards(el).length === 4, 'back to the list');
      expect(location.hash).to.equal('');
      await waitUntil(() => root(el).activeElement === link(cards(el)[1]), 'focus back on the card that was opened');
    });

    it('opens an undated RSS item as a report without a dateline, and a description tail of links as its related news', async () => {
      const undated = await feedAt('/test/fixtures/feeds/dates-all-unreadable.rss.xml');
      link(cards(undated)[1]).click();
      await waitUntil(() => report(undated)?.shadowRoot?.querySelector('.title'), 'undated report');
      const r = report(undated)!;
      expect(textOf(r.shadowRoot!.querySelector('.title'))).to.equal('Tin thứ hai');
      expect(r.shadowRoot!.querySelector('time')).to.equal(null);
      await expect(undated).to.be.accessible();
      history.back();
      await waitUntil(() => !report(undated), 'waited for !report(undated)');

      const tail = await feedAt('/test/fixtures/feeds/description-link-tail.rss.xml');
      link(cards(tail)[0]).click();
      await waitUntil(() => report(tail)?.shadowRoot?.querySelector('party-news-related'), 'report with related');
      const related = report(tail)!.shadowRoot!.querySelector('party-news-related')!;
      await related.updateComplete;
      expect(textOf(related.shadowRoot!.querySelector('h2, h3'))).to.equal('Tin liên quan');
      expect([...related.shadowRoot!.querySelectorAll('li a')].map(textOf)).to.deep.equal([
        'Chi bộ Văn phòng sinh hoạt chuyên đề',
        'Kết nạp đảng viên mới',
      ]);
      expect(textOf(report(tail)!.shadowRoot!.querySelector('[part~="summary"]'))).to.not.contain('Kết nạp');
      await expect(tail).to.be.accessible();
      history.back();
    });

    it('works by keyboard alone: Tab through search, cards and "Xem thêm"; Enter opens; Enter on back returns', async () => {
      const el = await feedAt(SEED, 'searchable page-size="2"');
      const before = document.createElement('button');
      before.textContent = 'trước';
      el.before(before);
      before.focus();
      const tab = async () => sendKeys({ press: 'Tab' });
      await tab();
      expect(root(el).activeElement).to.equal(part(el, 'search'));
      await tab();
      expect(root(el).activeElement).to.equal(link(cards(el)[0]));
      await tab();
      expect(root(el).activeElement).to.equal(link(cards(el)[1]));
      await tab();
      expect(root(el).activeElement).to.equal(part(el, 'more'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).activeElement === link(cards(el)[2]), 'focus on the first new card');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => report(el), 'report opened by Enter');
      const back = part(el, 'back')!;
      back.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).activeElement === link(cards(el)[2]), 'focus back on the card that was opened');
      expect(location.hash).to.equal('');
      before.remove();
    });

    it('hands its share-base to the report it opens, whose share links then point at the pre-rendered page', async () => {
      const el = await feedAt(SEED, 'share-base="https://dangbo.example.gov.vn/tin/"');
      link(cards(el)[0]).click();
      await waitUntil(() => report(el), 'the report opened in place');
      await report(el)!.updateComplete;
      expect(report(el)!.shareBase).to.equal('https://dangbo.example.gov.vn/tin/');
      const zalo = [...report(el)!.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="share"] a')].at(-1)!;
      expect(zalo.href).to.equal(
        `https://sp.zalo.me/share?url=${encodeURIComponent('https://dangbo.example.gov.vn/tin/nhnn-lang-son-2022-03-30.html')}`,
      );
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('opens a related article from the report, and the back button returns to the list', async () => {
      const el = await feedAt(SEED);
      link(cards(el)[0]).click();
      await waitUntil(() => report(el), 'waited for report(el)');
      const related = report(el)!.shadowRoot!.querySelector('party-news-related')!;
      await related.updateComplete;
      related.shadowRoot!.querySelector<HTMLElement>('.link')!.click();
      await waitUntil(
        () => location.hash === '#party-news=dang-uy-khoi-hoc-tap-nghi-quyet-2022-03-15',
        "waited for location.hash === '#party-news=dang-uy-khoi-hoc-tap-nghi-quyet-2022-03-15'",
      );
      await waitUntil(
        () => textOf(report(el)!.shadowRoot!.querySelector('.title')).startsWith('Đảng ủy Khối các cơ quan tỉnh'),
        "waited for textOf(report(el)!.shadowRoot!.querySelector('.title')).startsWith('Đảng ủy Khối các cơ quan tỉnh')",
      );
      part(el, 'back')!.click();
      await waitUntil(
        () => location.hash === `#party-news=${SEED_ID}`,
        'waited for location.hash === `#party-news=${SEED_ID}`',
      );
      part(el, 'back')!.click();
      await waitUntil(() => !report(el), 'waited for !report(el)');
      await waitUntil(
        () => root(el).activeElement === link(cards(el)[0]),
        'waited for root(el).activeElement === link(cards(el)[0])',
      );
    });

    it('ends a report that has nothing related with the newest other articles, under "Tin khác" / "More news"', async () => {
      const json = await seedJson();
      // The oldest seed item, made unrelated: no related ids, a category and a tag no other item has.
      const lone = { ...json.items[3], id: 'lone', category: 'Thông báo', tags: ['riêng'], related: [] };
      for (const lang of ['vi', 'en']) {
        const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
        const el = document.createElement('party-news-feed');
        el.feed = [...json.items.slice(0, 3), lone];
        wrap.append(el);
        await loaded(el);
        const newest = titles(el).slice(0, 3);
        link(cards(el)[3]).click();
        await waitUntil(() => report(el), 'report opened');
        await report(el)!.updateComplete;
        const related = report(el)!.shadowRoot!.querySelector('party-news-related')!;
        await related.updateComplete;
        expect(textOf(related.shadowRoot!.querySelector('[part~="heading"]'))).to.equal(
          lang === 'vi' ? 'Tin khác' : 'More news',
        );
        expect([...related.shadowRoot!.querySelectorAll('.link')].map((a) => textOf(a))).to.deep.equal(newest);
        await expect(el).to.be.accessible();
        // A related article opened from there ends with its own related list again.
        related.shadowRoot!.querySelector<HTMLElement>('.link')!.click();
        await waitUntil(
          () => location.hash === `#party-news=${SEED_ID}`,
          'waited for location.hash === `#party-news=${SEED_ID}`',
        );
        await report(el)!.updateComplete;
        const own = report(el)!.shadowRoot!.querySelector('party-news-related')!;
        await own.updateComplete;
        expect(textOf(own.shadowRoot!.querySelector('[part~="heading"]'))).to.equal(
          lang === 'vi' ? 'Tin liên quan' : 'Related news',
        );
        history.replaceState(null, '', location.pathname + location.search);
      }
    });

    it('opens the report named in the URL hash on load; its back button stays on the page', async () => {
      history.replaceState(null, '', `#party-news=${SEED_ID}`);
      const wrap = await fixture<HTMLDivElement>(`<div><party-news-feed src="${SEED}"></party-news-feed></div>`);
      const el = wrap.querySelector('party-news-feed')!;
      await waitUntil(() => report(el), 'report from the hash');
      await report(el)!.updateComplete;
      expect(report(el)!.shadowRoot!.querySelectorAll('figure figcaption')).to.have.length(2);
      // A related article, then back twice: to the first report, then to the list, never off the page.
      const related = report(el)!.shadowRoot!.querySelector('party-news-related')!;
      await related.updateComplete;
      related.shadowRoot!.querySelector<HTMLElement>('.link')!.click();
      await waitUntil(
        () => location.hash === '#party-news=dang-uy-khoi-hoc-tap-nghi-quyet-2022-03-15',
        "waited for location.hash === '#party-news=dang-uy-khoi-hoc-tap-nghi-quyet-2022-03-15'",
      );
      part(el, 'back')!.click();
      await waitUntil(
        () => location.hash === `#party-news=${SEED_ID}`,
        'waited for location.hash === `#party-news=${SEED_ID}`',
      );
      part(el, 'back')!.click();
      await waitUntil(() => cards(el).length === 4, 'waited for cards(el).length === 4');
      expect(location.hash).to.equal('');
    });

    it('leaves navigation to the host that cancels party-news-select', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div @party-news-select=${(e: Event) => e.preventDefault()}>
        <party-news-feed src=${SEED}></party-news-feed>
      </div>`);
      const el = await loaded(wrap.querySelector('party-news-feed')!);
      const event = oneEvent(wrap, 'party-news-select');
      link(cards(el)[0]).click();
      const { detail } = await event;
      expect(detail.article.id).to.equal(SEED_ID);
      await el.updateComplete;
      expect(report(el)).to.equal(null);
      expect(location.hash).to.equal('');
    });

    it('open="link" lets the card link through, unless the host cancels', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div><party-news-feed open="link" src=${SEED}></party-news-feed></div>`,
      );
      const el = await loaded(wrap.querySelector('party-news-feed')!);
      const anchor = link(cards(el)[0]);
      expect(anchor.href).to.equal('https://example.gov.vn/tin-tuc/nhnn-lang-son-2022-03-30');
      let defaultPrevented: boolean | undefined;
      wrap.addEventListener('party-news-select', (e) => e.preventDefault());
      document.addEventListener('click', (e) => (defaultPrevented = e.defaultPrevented), { once: true });
      anchor.click();
      expect(defaultPrevented).to.equal(true);
      expect(report(el)).to.equal(null);
    });
  });

  it('keeps its light colours in browsers without light-dark() (every such colour has a plain fallback)', async () => {
    const wrap = await fixture<HTMLDivElement>(
      `<div style="color-scheme: dark"><party-news-feed src="${SEED}" page-size="2"></party-news-feed></div>`,
    );
    const el = await loaded(wrap.querySelector('party-news-feed')!);
    const sheets = root(el).adoptedStyleSheets;
    const rules = sheets.flatMap((sheet) => [...sheet.cssRules]);
    const fallback = rules.find(
      (r): r is CSSSupportsRule => r instanceof CSSSupportsRule && r.conditionText.includes('light-dark'),
    )!;
    expect(fallback, 'an @supports not (light-dark) block').to.exist;
    const fallbackHost = fallback.cssRules[0] as CSSStyleRule;
    // Every private colour set with light-dark() on :host is set again there.
    const hosts = rules.filter((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText === ':host');
    const pairs = hosts.flatMap((rule) =>
      [...rule.style].filter((name) => rule.style.getPropertyValue(name).includes('light-dark')),
    );
    expect(pairs.length).to.be.greaterThan(0);
    for (const name of pairs) expect(fallbackHost.style.getPropertyValue(name), name).not.to.equal('');

    // As such a browser applies it (here on a dark page, where light-dark() would pick dark): light colours.
    const forced = new CSSStyleSheet();
    forced.replaceSync(fallback.cssRules[0].cssText);
    root(el).adoptedStyleSheets = [...sheets, forced];
    try {
      expect(getComputedStyle(cards(el)[0]).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(cards(el)[0].querySelector('.title')!).color).to.equal('rgb(17, 17, 17)');
      const more = part(el, 'more')!;
      expect(getComputedStyle(more).color).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(more).backgroundColor).to.equal('rgb(165, 14, 21)');
    } finally {
      root(el).adoptedStyleSheets = sheets;
    }
  });
});
