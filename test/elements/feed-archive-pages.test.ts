// One day's news (`archive`) and numbered pages (`paging="pages"`), #30, on a feed of 14 articles
// over two weeks (fixtures/feeds/portal-news.json). The tests run far from Vietnam's time zone
// (scripts/engines.mjs), so a day that comes out right is the day in Vietnam time.
import '../../src/feed/define.js';

import { expect, waitUntil } from '@open-wc/testing';

import type { PartyNewsFeed } from '../../src/feed/feed.js';
import { cardLink, cards, cardTitles, feedAt, freshFeedPage, part, reportIn, textOf } from '../harness.js';

const PORTAL_URL = new URL('/fixtures/feeds/portal-news.json', location.href).href;

/** Chooses `day` ("2022-03-30", or '' for none) in the feed's date input, as a reader's picker does. */
async function chooseDay(el: PartyNewsFeed, day: string): Promise<void> {
  const input = part(el, 'date') as HTMLInputElement;
  input.value = day;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const pageButtons = (el: PartyNewsFeed) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="pages"] button'),
];
const pageRow = (el: PartyNewsFeed) =>
  [...el.shadowRoot!.querySelectorAll('[part~="pages"] li')].map((li) => textOf(li)).join(' ');
const pageButton = (el: PartyNewsFeed, page: number) =>
  pageButtons(el).find((b) => b.getAttribute('aria-label') === `Trang ${page}`)!;

describe('<party-news-feed archive>', () => {
  beforeEach(freshFeedPage);
  afterEach(freshFeedPage);

  it('shows exactly the articles of the chosen day, in Vietnam time, and every day again', async () => {
    const el = await feedAt(PORTAL_URL, 'archive page-size="20"');
    const input = part(el, 'date') as HTMLInputElement;
    expect(input.type).to.equal('date');
    expect(textOf(el.shadowRoot!.querySelector(`label[for="${input.id}"]`))).to.equal('Xem theo ngày');
    await chooseDay(el, '2022-03-29');
    expect(cardTitles(el)).to.deep.equal([
      'Khối dân vận tỉnh sơ kết phong trào thi đua “Dân vận khéo” trong xây dựng nông thôn mới',
      'Ủy ban Kiểm tra Đảng ủy Khối triển khai chương trình kiểm tra, giám sát quý I năm 2022',
    ]);
    await expect(el).to.be.accessible();
    part(el, 'clear-date')!.click();
    await el.updateComplete;
    expect(cards(el)).to.have.length(14);
    expect(input.value).to.equal('');
    expect(part(el, 'clear-date')).to.equal(null);
  });

  it("names the day when it has no news, in the element's language", async () => {
    const el = await feedAt(PORTAL_URL, 'archive');
    await chooseDay(el, '2022-03-26');
    expect(textOf(part(el, 'empty'))).to.equal('Không có tin nào ngày 26-03-2022.');
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await el.updateComplete;
    expect(textOf(part(el, 'empty'))).to.equal('No news on 26 Mar 2022.');
    expect(textOf(el.shadowRoot!.querySelector('label[for="day"]'))).to.equal('By date');
  });
});

describe('<party-news-feed paging="pages">', () => {
  beforeEach(freshFeedPage);
  afterEach(freshFeedPage);

  it('shows page 2 as the next page-size articles, the current page marked, focus on its first card', async () => {
    const el = await feedAt(PORTAL_URL, 'paging="pages" page-size="4"');
    const nav = part(el, 'pages')!;
    expect(nav.localName).to.equal('nav');
    expect(nav.getAttribute('aria-label')).to.equal('Phân trang');
    expect(part(el, 'more')).to.equal(null);
    const first = cardTitles(el);
    expect(first).to.have.length(4);
    expect(pageButton(el, 1).getAttribute('aria-current')).to.equal('page');
    pageButton(el, 2).click();
    await waitUntil(() => el.shadowRoot!.activeElement === cardLink(cards(el)[0]), 'focus on the first card of page 2');
    expect(cards(el)).to.have.length(4);
    expect(cardTitles(el)).to.not.include.members(first);
    expect(pageButton(el, 2).getAttribute('aria-current')).to.equal('page');
    expect(pageButton(el, 1).hasAttribute('aria-current')).to.equal(false);
    await expect(el).to.be.accessible();
    // The last page holds what is left; "next" stops there.
    pageButton(el, 4).click();
    await el.updateComplete;
    expect(cards(el)).to.have.length(2);
    expect(pageButtons(el).at(-1)!.disabled).to.equal(true);
  });

  it('shortens long ranges: 1 … 5 6 7 … 14', async () => {
    const el = await feedAt(PORTAL_URL, 'paging="pages" page-size="1"');
    expect(pageRow(el)).to.equal('‹ 1 2 … 14 ›');
    pageButton(el, 14).click();
    await el.updateComplete;
    pageButton(el, 13).click();
    await el.updateComplete;
    expect(pageRow(el)).to.equal('‹ 1 … 12 13 14 ›');
    for (const page of [12, 11, 10, 9, 8, 7, 6]) {
      pageButton(el, page).click();
      await el.updateComplete;
    }
    expect(pageRow(el)).to.equal('‹ 1 … 5 6 7 … 14 ›');
    await expect(el).to.be.accessible();
  });

  it('keeps the page across a report and Back', async () => {
    const el = await feedAt(PORTAL_URL, 'paging="pages" page-size="4"');
    pageButton(el, 3).click();
    await el.updateComplete;
    const title = cardTitles(el)[2];
    cardLink(cards(el)[2]).click();
    await waitUntil(() => reportIn(el), 'the report opens');
    history.back();
    await waitUntil(() => !reportIn(el) && cards(el).length === 4, 'back to the list');
    expect(pageButton(el, 3).getAttribute('aria-current')).to.equal('page');
    await waitUntil(() => textOf(el.shadowRoot!.activeElement) === title, 'focus on the card that was opened');
  });

  it('goes back to page 1 when a search or tab changes what the list holds', async () => {
    const el = await feedAt(PORTAL_URL, 'paging="pages" page-size="4" tabs');
    pageButton(el, 3).click();
    await el.updateComplete;
    const tabs = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    tabs[1].click();
    await el.updateComplete;
    // Four articles in that section: one page, so no pages to choose from.
    expect(cards(el)).to.have.length(4);
    expect(part(el, 'pages')).to.equal(null);
    tabs[0].click();
    await el.updateComplete;
    expect(pageButton(el, 1).getAttribute('aria-current')).to.equal('page');
  });
});
