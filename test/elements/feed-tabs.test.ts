// Category tabs (`tabs`, #30): the WAI-ARIA tabs pattern over the feed's list.
import '../../src/feed/define.js';

import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import { cardLink, cards, cardTitles, feedAt, freshFeedPage, part, reportIn, textOf } from '../harness.js';

const PORTAL_URL = new URL('/fixtures/feeds/portal-news.json', location.href).href;
const tabsOf = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const selectedTab = (el: Element) => tabsOf(el).find((tab) => tab.getAttribute('aria-selected') === 'true');
const categoriesShown = (el: Element) => new Set(cards(el).map((card) => card.querySelector('[part~="category"]')));

describe('<party-news-feed tabs>', () => {
  beforeEach(freshFeedPage);
  afterEach(freshFeedPage);

  it('offers "Tất cả" and each category, in feed order, as a labelled tab list over its panel', async () => {
    const el = await feedAt(PORTAL_URL, 'tabs page-size="20"');
    const list = el.shadowRoot!.querySelector('[role="tablist"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Chuyên mục tin');
    expect(tabsOf(el).map(textOf)).to.deep.equal([
      'Tất cả',
      'Hoạt động của các tổ chức Đảng cơ sở',
      'Xây dựng Đảng',
      'Công tác dân vận',
      'Kiểm tra, giám sát',
    ]);
    expect(selectedTab(el)).to.equal(tabsOf(el)[0]);
    expect(tabsOf(el).map((tab) => tab.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
    const panel = el.shadowRoot!.querySelector('[role="tabpanel"]')!;
    expect(panel.getAttribute('aria-labelledby')).to.equal(tabsOf(el)[0].id);
    expect(tabsOf(el)[0].getAttribute('aria-controls')).to.equal(panel.id);
    expect(cards(el)).to.have.length(14);
    await expect(el).to.be.accessible();
  });

  it('shows only the chosen category, without repeating its label', async () => {
    const el = await feedAt(PORTAL_URL, 'tabs page-size="20"');
    tabsOf(el)[2].click();
    await el.updateComplete;
    expect(selectedTab(el)).to.equal(tabsOf(el)[2]);
    expect(cards(el)).to.have.length(4);
    expect(categoriesShown(el)).to.deep.equal(new Set([null]));
    expect(el.shadowRoot!.querySelector('[role="tabpanel"]')!.getAttribute('aria-labelledby')).to.equal(
      tabsOf(el)[2].id,
    );
    await expect(el).to.be.accessible();
  });

  it('moves between tabs with Left, Right, Home and End, choosing each', async () => {
    const el = await feedAt(PORTAL_URL, 'tabs page-size="20"');
    tabsOf(el)[0].focus();
    const focused = () => el.shadowRoot!.activeElement;
    for (const [key, index, count] of [
      ['ArrowRight', 1, 4],
      ['ArrowRight', 2, 4],
      ['ArrowLeft', 1, 4],
      ['End', 4, 3],
      ['ArrowRight', 0, 14],
      ['ArrowLeft', 4, 3],
      ['Home', 0, 14],
    ] as const) {
      await sendKeys({ press: key });
      await waitUntil(() => focused() === tabsOf(el)[index], `${key} focuses tab ${index}`);
      expect(selectedTab(el), key).to.equal(tabsOf(el)[index]);
      expect(cards(el), key).to.have.length(count);
    }
  });

  it('keeps the chosen tab across a report and Back', async () => {
    const el = await feedAt(PORTAL_URL, 'tabs page-size="20"');
    tabsOf(el)[3].click();
    await el.updateComplete;
    const opened = cardLink(cards(el)[1]);
    const title = textOf(opened);
    opened.click();
    await waitUntil(() => reportIn(el), 'the report opens');
    history.back();
    await waitUntil(() => !reportIn(el) && cards(el).length === 3, 'back to the tab');
    expect(textOf(selectedTab(el))).to.equal('Công tác dân vận');
    await waitUntil(() => textOf(el.shadowRoot!.activeElement) === title, 'focus on the card that was opened');
  });

  it('preselects the tab `category` names, and searches within the chosen tab', async () => {
    const el = await feedAt(PORTAL_URL, 'tabs searchable category="Kiểm tra, giám sát" page-size="20"');
    expect(textOf(selectedTab(el))).to.equal('Kiểm tra, giám sát');
    expect(cards(el)).to.have.length(3);
    const input = part(el, 'search') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'dang vien' });
    await waitUntil(() => cards(el).length === 1, 'one in the tab mentions đảng viên');
    tabsOf(el)[0].click();
    await el.updateComplete;
    expect(cardTitles(el)).to.have.length(8);
    expect((part(el, 'search') as HTMLInputElement).value).to.equal('dang vien');
    await expect(el).to.be.accessible();
  });
});
