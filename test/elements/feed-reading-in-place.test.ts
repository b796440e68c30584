// Reading in place: a card opens its report behind #party-news=<id>, related articles open from
// there, Back (the page's or the report's) returns to the card, and a host may take over.
import '../../src/feed/define.js';

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import type { PartyNewsFeed } from '../../src/feed/feed.js';
import {
  cardLink,
  cards,
  cardTitles,
  feedAt,
  feedSettled,
  freshFeedPage,
  part,
  reportIn,
  SEED_ID,
  SEED_URL,
  seedJson,
  textOf,
} from '../harness.js';

/** The seed feed with its second card opened as a keyboard user opens it (focus, Enter), and that card's id and link. */
async function openSecondCardByKeyboard(): Promise<{ el: PartyNewsFeed; id: string; opened: HTMLAnchorElement }> {
  const el = await feedAt(SEED_URL);
  const card = cards(el)[1];
  const id = card.closest('li')!.dataset.id!;
  const opened = cardLink(card);
  opened.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => reportIn(el), 'waited for reportIn(el)');
  return { el, id, opened };
}

const RELATED_ID = 'dang-uy-khoi-hoc-tap-nghi-quyet-2022-03-15';

/** Opens the first article of the related list that ends the seed article's report a feed shows. */
async function openFirstRelated(el: PartyNewsFeed): Promise<void> {
  const related = reportIn(el)!.shadowRoot!.querySelector('party-news-related')!;
  await related.updateComplete;
  related.shadowRoot!.querySelector<HTMLElement>('.link')!.click();
  await waitUntil(() => location.hash === `#party-news=${RELATED_ID}`, `waited for #party-news=${RELATED_ID}`);
}

/** Presses the back button of a related article's report: the seed article's report is shown again. */
async function backToSeedReport(el: PartyNewsFeed): Promise<void> {
  part(el, 'back')!.click();
  await waitUntil(() => location.hash === `#party-news=${SEED_ID}`, `waited for #party-news=${SEED_ID}`);
}

describe('<party-news-feed> reading in place', () => {
  beforeEach(freshFeedPage);
  afterEach(freshFeedPage);

  it('opens the report with its related list, behind #party-news=<id>', async () => {
    const { el, id, opened } = await openSecondCardByKeyboard();
    expect(location.hash).to.equal(`#party-news=${encodeURIComponent(id)}`);
    const r = reportIn(el)!;
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
  });

  it("returns to the list on the browser's Back, with focus on the card that was opened", async () => {
    const { el } = await openSecondCardByKeyboard();
    await reportIn(el)!.updateComplete;
    history.back();
    await waitUntil(() => !reportIn(el) && cards(el).length === 4, 'back to the list');
    expect(location.hash).to.equal('');
    await waitUntil(
      () => el.shadowRoot!.activeElement === cardLink(cards(el)[1]),
      'focus back on the card that was opened',
    );
  });

  it('opens an undated RSS item as a report without a dateline', async () => {
    const undated = await feedAt('/test/fixtures/feeds/dates-all-unreadable.rss.xml');
    cardLink(cards(undated)[1]).click();
    await waitUntil(() => reportIn(undated)?.shadowRoot?.querySelector('.title'), 'undated report');
    const r = reportIn(undated)!;
    expect(textOf(r.shadowRoot!.querySelector('.title'))).to.equal('Tin thứ hai');
    expect(r.shadowRoot!.querySelector('time')).to.equal(null);
    await expect(undated).to.be.accessible();
    history.back();
    await waitUntil(() => !reportIn(undated), 'waited for !reportIn(undated)');
  });

  it("ends an RSS item's report with the links its description ends with, as its related news", async () => {
    const tail = await feedAt('/test/fixtures/feeds/description-link-tail.rss.xml');
    cardLink(cards(tail)[0]).click();
    await waitUntil(() => reportIn(tail)?.shadowRoot?.querySelector('party-news-related'), 'report with related');
    const related = reportIn(tail)!.shadowRoot!.querySelector('party-news-related')!;
    await related.updateComplete;
    expect(textOf(related.shadowRoot!.querySelector('h2, h3'))).to.equal('Tin liên quan');
    expect([...related.shadowRoot!.querySelectorAll('li a')].map(textOf)).to.deep.equal([
      'Chi bộ Văn phòng sinh hoạt chuyên đề',
      'Kết nạp đảng viên mới',
    ]);
    expect(textOf(reportIn(tail)!.shadowRoot!.querySelector('[part~="summary"]'))).to.not.contain('Kết nạp');
    await expect(tail).to.be.accessible();
    history.back();
  });

  it('works by keyboard alone: Tab through search, cards and "Xem thêm"; Enter opens; Enter on back returns', async () => {
    const el = await feedAt(SEED_URL, 'searchable page-size="2"');
    const before = document.createElement('button');
    before.textContent = 'trước';
    el.before(before);
    before.focus();
    const tab = async () => sendKeys({ press: 'Tab' });
    await tab();
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'search'));
    await tab();
    expect(el.shadowRoot!.activeElement).to.equal(cardLink(cards(el)[0]));
    await tab();
    expect(el.shadowRoot!.activeElement).to.equal(cardLink(cards(el)[1]));
    await tab();
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'more'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement === cardLink(cards(el)[2]), 'focus on the first new card');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => reportIn(el), 'report opened by Enter');
    const back = part(el, 'back')!;
    back.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => el.shadowRoot!.activeElement === cardLink(cards(el)[2]),
      'focus back on the card that was opened',
    );
    expect(location.hash).to.equal('');
    before.remove();
  });

  it('hands its share-base to the report it opens, whose share links then point at the pre-rendered page', async () => {
    const el = await feedAt(SEED_URL, 'share-base="https://dangbo.example.gov.vn/tin/"');
    cardLink(cards(el)[0]).click();
    await waitUntil(() => reportIn(el), 'the report opened in place');
    await reportIn(el)!.updateComplete;
    expect(reportIn(el)!.shareBase).to.equal('https://dangbo.example.gov.vn/tin/');
    const zalo = [...reportIn(el)!.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="share"] a')].at(-1)!;
    expect(zalo.href).to.equal(
      `https://sp.zalo.me/share?url=${encodeURIComponent('https://dangbo.example.gov.vn/tin/nhnn-lang-son-2022-03-30.html')}`,
    );
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('opens a related article from the report, and the back button returns to the list', async () => {
    const el = await feedAt(SEED_URL);
    cardLink(cards(el)[0]).click();
    await waitUntil(() => reportIn(el), 'waited for reportIn(el)');
    await openFirstRelated(el);
    await waitUntil(
      () => textOf(reportIn(el)!.shadowRoot!.querySelector('.title')).startsWith('Đảng ủy Khối các cơ quan tỉnh'),
      "waited for textOf(reportIn(el)!.shadowRoot!.querySelector('.title')).startsWith('Đảng ủy Khối các cơ quan tỉnh')",
    );
    await backToSeedReport(el);
    part(el, 'back')!.click();
    await waitUntil(() => !reportIn(el), 'waited for !reportIn(el)');
    await waitUntil(
      () => el.shadowRoot!.activeElement === cardLink(cards(el)[0]),
      'waited for el.shadowRoot!.activeElement === cardLink(cards(el)[0])',
    );
  });

  for (const [lang, otherNews, relatedNews] of [
    ['vi', 'Tin khác', 'Tin liên quan'],
    ['en', 'More news', 'Related news'],
  ]) {
    it(`ends a report that has nothing related with the newest other articles, under "${otherNews}" (lang="${lang}")`, async () => {
      const json = await seedJson();
      // The oldest seed item, made unrelated: no related ids, a category and a tag no other item has.
      const lone = { ...json.items[3], id: 'lone', category: 'Thông báo', tags: ['riêng'], related: [] };
      const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
      const el = document.createElement('party-news-feed');
      el.feed = [...json.items.slice(0, 3), lone];
      wrap.append(el);
      await feedSettled(el);
      const newest = cardTitles(el).slice(0, 3);
      cardLink(cards(el)[3]).click();
      await waitUntil(() => reportIn(el), 'report opened');
      await reportIn(el)!.updateComplete;
      const related = reportIn(el)!.shadowRoot!.querySelector('party-news-related')!;
      await related.updateComplete;
      expect(textOf(related.shadowRoot!.querySelector('[part~="heading"]'))).to.equal(otherNews);
      expect([...related.shadowRoot!.querySelectorAll('.link')].map((a) => textOf(a))).to.deep.equal(newest);
      await expect(el).to.be.accessible();
      // A related article opened from there ends with its own related list again.
      related.shadowRoot!.querySelector<HTMLElement>('.link')!.click();
      await waitUntil(
        () => location.hash === `#party-news=${SEED_ID}`,
        'waited for location.hash === `#party-news=${SEED_ID}`',
      );
      await reportIn(el)!.updateComplete;
      const own = reportIn(el)!.shadowRoot!.querySelector('party-news-related')!;
      await own.updateComplete;
      expect(textOf(own.shadowRoot!.querySelector('[part~="heading"]'))).to.equal(relatedNews);
    });
  }

  it('opens the report named in the URL hash on load; its back button stays on the page', async () => {
    history.replaceState(null, '', `#party-news=${SEED_ID}`);
    const wrap = await fixture<HTMLDivElement>(`<div><party-news-feed src="${SEED_URL}"></party-news-feed></div>`);
    const el = wrap.querySelector('party-news-feed')!;
    await waitUntil(() => reportIn(el), 'report from the hash');
    await reportIn(el)!.updateComplete;
    expect(reportIn(el)!.shadowRoot!.querySelectorAll('figure figcaption')).to.have.length(2);
    // A related article, then back twice: to the first report, then to the list, never off the page.
    await openFirstRelated(el);
    await backToSeedReport(el);
    part(el, 'back')!.click();
    await waitUntil(() => cards(el).length === 4, 'waited for cards(el).length === 4');
    expect(location.hash).to.equal('');
  });

  it('leaves navigation to the host that cancels party-news-select', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div @party-news-select=${(e: Event) => e.preventDefault()}>
        <party-news-feed src=${SEED_URL}></party-news-feed>
      </div>`);
    const el = await feedSettled(wrap.querySelector('party-news-feed')!);
    const event = oneEvent(wrap, 'party-news-select');
    cardLink(cards(el)[0]).click();
    const { detail } = await event;
    expect(detail.article.id).to.equal(SEED_ID);
    await el.updateComplete;
    expect(reportIn(el)).to.equal(null);
    expect(location.hash).to.equal('');
  });

  it('open="link" lets the card link through, unless the host cancels', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div><party-news-feed open="link" src=${SEED_URL}></party-news-feed></div>`,
    );
    const el = await feedSettled(wrap.querySelector('party-news-feed')!);
    const anchor = cardLink(cards(el)[0]);
    expect(anchor.href).to.equal('https://example.gov.vn/tin-tuc/nhnn-lang-son-2022-03-30');
    let defaultPrevented: boolean | undefined;
    wrap.addEventListener('party-news-select', (e) => e.preventDefault());
    document.addEventListener('click', (e) => (defaultPrevented = e.defaultPrevented), { once: true });
    anchor.click();
    expect(defaultPrevented).to.equal(true);
    expect(reportIn(el)).to.equal(null);
  });
});
