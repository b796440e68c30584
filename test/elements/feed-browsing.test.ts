// Browsing the list: its layouts, paging with "Xem thêm", one category, and the search box.
import '../../src/feed/define.js';

import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import type { PartyNewsFeed } from '../../src/feed/feed.js';
import { cardLink, cards, cardTitles, feedAt, freshFeedPage, part, SEED_URL, textOf } from '../harness.js';

describe('<party-news-feed> browsing', () => {
  beforeEach(freshFeedPage);
  afterEach(freshFeedPage);

  it('maps layouts onto card layouts', async () => {
    const el = await feedAt(SEED_URL);
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
    const el = await feedAt(SEED_URL, 'page-size="2"');
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
      () => el.shadowRoot!.activeElement === cardLink(cards(el)[2]),
      'waited for el.shadowRoot!.activeElement === cardLink(cards(el)[2])',
    );
    expect(part(el, 'more')).to.equal(null);
    expect(textOf(part(el, 'status'))).to.equal('Đang hiển thị 4/4 tin');
  });

  it('shows one category, without repeating its label on every card', async () => {
    expect((await feedAt(SEED_URL)).shadowRoot!.querySelectorAll('[part~="category"]').length).to.be.greaterThan(0);
    const el = await feedAt(SEED_URL, 'category="to-chuc-dang-co-so"');
    expect(cards(el)).to.have.length(3);
    expect(el.shadowRoot!.querySelectorAll('[part~="category"]')).to.have.length(0);
    await expect(el).to.be.accessible();
    el.category = 'khong-co';
    await el.updateComplete;
    expect(textOf(part(el, 'empty'))).to.equal('Không tìm thấy tin phù hợp.');
  });

  it('searches with a labelled box, ignoring case and diacritics', async () => {
    const el = await feedAt(SEED_URL, 'searchable');
    const input = part(el, 'search') as HTMLInputElement;
    expect(textOf(el.shadowRoot!.querySelector(`label[for="${input.id}"]`))).to.equal('Tìm tin');
    input.focus();
    // Word by word: WebKitGTK's WebDriver drops spaces inside typed text.
    for (const [i, word] of ['dang', 'uy', 'ngan', 'hang'].entries()) {
      if (i) await sendKeys({ press: ' ' });
      await sendKeys({ type: word });
    }
    await el.updateComplete;
    expect(input.value, 'typed').to.equal('dang uy ngan hang');
    expect(cardTitles(el)).to.have.length(1);
    expect(textOf(part(el, 'status'))).to.equal('Tìm thấy 1 tin');
    await expect(el).to.be.accessible();
    input.value = 'TÀI CHÍNH';
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(cardTitles(el)).to.deep.equal(['Chi bộ Sở Tài chính tổ chức sinh hoạt chuyên đề quý I năm 2022']);
    input.value = 'không có bài nào như vậy';
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(textOf(part(el, 'empty'))).to.equal('Không tìm thấy tin phù hợp.');
  });
});
