// The blocks of a portal's news page (#30): a lead story (`featured`), "Tin mới nhất" boxes
// (`max-items`, `hide`), category tabs, one day's news (`archive`) and numbered pages, on a feed
// of 14 articles in four sections over two weeks (fixtures/feeds/portal-news.json).
import '../../src/feed/define.js';

import { expect, fixture } from '@open-wc/testing';

import type { PartyNewsFeed } from '../../src/feed/feed.js';
import { cardLink, cards, cardTitles, feedAt, feedSettled, freshFeedPage, part, textOf } from '../harness.js';

const PORTAL_URL = new URL('/fixtures/feeds/portal-news.json', location.href).href;
const NEWEST =
  'Đảng ủy Ngân hàng Nhà nước tỉnh Lạng Sơn tổ chức Hội nghị sinh hoạt chuyên đề: Tăng cường xây dựng chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi và xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa” với chủ đề “tự soi, tự sửa”';
const widthOf = (el: Element | null | undefined) => el!.getBoundingClientRect().width;

/** A featured feed in a column `width` px wide: the layout follows the feed's width, not the window's. */
async function featuredIn(width: number, attrs = ''): Promise<{ el: PartyNewsFeed; column: HTMLElement }> {
  const column = await fixture<HTMLElement>(
    `<div style="width: ${width}px"><party-news-feed src="${PORTAL_URL}" layout="featured" page-size="5" ${attrs}></party-news-feed></div>`,
  );
  return { el: await feedSettled(column.querySelector<PartyNewsFeed>('party-news-feed')!), column };
}

describe('<party-news-feed> portal blocks', () => {
  beforeEach(freshFeedPage);
  afterEach(freshFeedPage);

  describe('layout="featured"', () => {
    it('shows the newest article as the lead story, its photo at least twice as wide as the thumbnails in a 1280 px column', async () => {
      const { el } = await featuredIn(1280);
      const lead = part(el, 'lead')!;
      expect(textOf(cardLink(lead))).to.equal(NEWEST);
      expect(cards(el)).to.have.length(5);
      const photo = lead.querySelector('img')!;
      expect(photo.loading).to.equal('eager');
      expect(photo.getAttribute('fetchpriority')).to.equal('high');
      expect([photo.getAttribute('width'), photo.getAttribute('height')]).to.deep.equal(['1200', '800']);
      expect(photo.alt).to.equal('Đồng chí Trương Thu Hòa phát biểu tại bục Hội nghị');
      expect(textOf(lead.querySelector('[part~="summary"]'))).to.contain('Ngày 23/3/2022');
      const thumbnail = cards(el)[1].querySelector('img')!;
      expect(thumbnail.loading).to.equal('lazy');
      expect(widthOf(photo)).to.be.at.least(2 * widthOf(thumbnail));
      // The list stands beside the lead on a wide screen.
      expect(cards(el)[1].getBoundingClientRect().left).to.be.greaterThan(lead.getBoundingClientRect().right);
      await expect(el).to.be.accessible();
    });

    it('stacks the list under the lead in a phone-wide column, with no sideways scroll', async () => {
      const { el, column } = await featuredIn(360, 'tabs');
      const lead = part(el, 'lead')!;
      expect(cards(el)[1].getBoundingClientRect().top).to.be.at.least(lead.getBoundingClientRect().bottom);
      expect(column.scrollWidth).to.be.at.most(360);
      expect(el.scrollWidth).to.be.at.most(360);
      await expect(el).to.be.accessible();
    });
  });

  describe('boxes of the newest headlines', () => {
    it('max-items="3" shows the newest 3 and no "Xem thêm"', async () => {
      const el = await feedAt(PORTAL_URL, 'max-items="3"');
      expect(cards(el)).to.have.length(3);
      expect(cardTitles(el)[0]).to.equal(NEWEST);
      expect(part(el, 'more')).to.equal(null);
      expect(part(el, 'pages')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('hide="image summary" shows headlines and dates only; hide="date category" leaves those out', async () => {
      const el = await feedAt(PORTAL_URL, 'layout="compact" max-items="5" hide="image summary"');
      expect(el.shadowRoot!.querySelectorAll('img, [part~="summary"]')).to.have.length(0);
      expect(el.shadowRoot!.querySelectorAll('[part~="meta"]')).to.have.length(5);
      await expect(el).to.be.accessible();
      el.layout = 'grid';
      el.hide = 'date category';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part~="meta"], [part~="category"]')).to.have.length(0);
      expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(5);
    });
  });
});
