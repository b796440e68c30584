import '../../src/feed/define.js';

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import type { PartyNewsFeed } from '../../src/feed/feed.js';
import { cards, feedSettled, part, textOf } from '../harness.js';

// Four titles that a letter-by-letter search confuses: "uy" hides in "quý", "Đăng" folds to "dang",
// "Thanh" starts words in two. No other title word starts with "dang", "uy" or "thanh"; of the
// summaries, only the first article's names its Đảng ủy again.
const ITEMS = [
  {
    id: 'dang-uy-khoi',
    title: 'Đảng ủy Khối cơ quan tỉnh quán triệt Nghị quyết Trung ương',
    summary: 'Hội nghị do Bí thư Đảng ủy Khối chủ trì, với 120 cán bộ chủ chốt dự.',
    date_published: '2026-09-16T10:30:00+07:00',
    url: 'https://example.gov.vn/tin/dang-uy-khoi',
  },
  {
    id: 'dang-ky-kinh-doanh',
    title: 'Phòng Đăng ký kinh doanh tổng kết công tác quý I',
    summary: 'Số hồ sơ giải quyết đúng hạn tăng so với cùng kỳ năm trước.',
    date_published: '2026-09-15T09:00:00+07:00',
    url: 'https://example.gov.vn/tin/dang-ky-kinh-doanh',
  },
  {
    id: 'chi-bo-thanh-tra',
    title: 'Chi bộ Thanh tra huyện sinh hoạt chuyên đề về phòng, chống tham nhũng',
    summary: 'Các đồng chí cán bộ thảo luận việc tự phê bình và phê bình.',
    date_published: '2026-09-14T08:00:00+07:00',
    url: 'https://example.gov.vn/tin/chi-bo-thanh-tra',
  },
  {
    id: 'xa-tan-thanh',
    title: 'Đảng ủy xã Tân Thanh tổ chức hội nghị sơ kết sáu tháng',
    summary: 'Xã đạt 9 trên 12 chỉ tiêu nghị quyết đề ra.',
    date_published: '2026-09-13T14:00:00+07:00',
    url: 'https://example.gov.vn/tin/xa-tan-thanh',
  },
];

type Axe = {
  setup(node: Element): void;
  teardown(): void;
  utils: { getNodeFromTree(node: Element): unknown };
  commons: { text: { accessibleTextVirtual(node: unknown): string } };
};

/** A link's accessible name as axe computes it (axe is in the page once `.accessible()` has run). */
function accessibleName(link: Element): string {
  const axe = (window as unknown as { axe: Axe }).axe;
  axe.setup(link.getRootNode() instanceof ShadowRoot ? (link.getRootNode() as ShadowRoot).host : link);
  try {
    return axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(link)).replace(/\s+/g, ' ').trim();
  } finally {
    axe.teardown();
  }
}

async function searchableFeed(lang?: string): Promise<PartyNewsFeed> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div lang=${lang ?? 'vi'}><party-news-feed searchable .feed=${{ items: ITEMS }}></party-news-feed></div>`,
  );
  return feedSettled(wrap.querySelector('party-news-feed')!);
}

const titles = (el: PartyNewsFeed) => cards(el).map((c) => textOf(c.querySelector('.link')));
/** The marked text in each shown card's title and summary, in reading order. */
const marks = (el: PartyNewsFeed, where: 'title' | 'summary') =>
  cards(el).map((c) => [...c.querySelectorAll(`[part~="${where}"] mark`)].map(textOf));

async function search(el: PartyNewsFeed, query: string): Promise<void> {
  const input = part(el, 'search') as HTMLInputElement;
  input.value = query;
  input.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
}

/** The status line as a sighted reader sees it: its text when it takes up room on screen, else ''. */
function countOnScreen(el: PartyNewsFeed): string {
  const status = part(el, 'status')!;
  const { width, height } = status.getBoundingClientRect();
  return width > 20 && height > 8 ? textOf(status) : '';
}

describe('<party-news-feed> search by words', () => {
  it('finds "dang uy" (typed) at the start of words, not inside "quý"; count on screen, words marked', async () => {
    const el = await searchableFeed();
    expect(countOnScreen(el), 'no count before a search').to.equal('');
    expect(el.shadowRoot!.querySelectorAll('mark')).to.have.length(0);
    (part(el, 'search') as HTMLInputElement).focus();
    // Word by word: WebKitGTK's WebDriver drops spaces inside typed text.
    await sendKeys({ type: 'dang' });
    await sendKeys({ press: ' ' });
    await sendKeys({ type: 'uy' });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([ITEMS[0].title, ITEMS[3].title]);
    expect(countOnScreen(el)).to.equal('Tìm thấy 2 tin');
    expect(marks(el, 'title')).to.deep.equal([
      ['Đảng', 'ủy'],
      ['Đảng', 'ủy'],
    ]);
    expect(marks(el, 'summary')).to.deep.equal([['Đảng', 'ủy'], []]);
    await expect(el).to.be.accessible();
  });

  it('finds "Đảng ủy" (2), "đăng" (1, not "Đảng") and "thanh" (2), announcing each count once', async () => {
    const el = await searchableFeed();
    for (const [query, found, marked] of [
      [
        'Đảng ủy',
        [0, 3],
        [
          ['Đảng', 'ủy'],
          ['Đảng', 'ủy'],
        ],
      ],
      ['đăng', [1], [['Đăng']]],
      ['thanh', [2, 3], [['Thanh'], ['Thanh']]],
      [
        'Đảng ủy'.normalize('NFD'),
        [0, 3],
        [
          ['Đảng', 'ủy'],
          ['Đảng', 'ủy'],
        ],
      ],
    ] as const) {
      await search(el, query);
      expect(titles(el), query).to.deep.equal(found.map((i) => ITEMS[i].title));
      expect(marks(el, 'title'), query).to.deep.equal(marked);
      expect(countOnScreen(el), query).to.equal(`Tìm thấy ${found.length} tin`);
      // One live region holds the count: screen readers hear it once.
      const live = [...el.shadowRoot!.querySelectorAll('[role="status"], [aria-live], [role="alert"]')];
      expect(live.map(textOf), query).to.deep.equal([`Tìm thấy ${found.length} tin`]);
    }
    await expect(el).to.be.accessible();
  });

  it('keeps each card one link named by its whole title, marks and all', async () => {
    const el = await searchableFeed();
    await search(el, 'thanh tra');
    const link = cards(el)[0].querySelector('.link')!;
    expect([...link.querySelectorAll('mark')].map(textOf)).to.deep.equal(['Thanh', 'tra']);
    expect(cards(el)[0].querySelectorAll('a')).to.have.length(1);
    await expect(el).to.be.accessible();
    expect(accessibleName(link)).to.equal(ITEMS[2].title);
    expect(link.getAttribute('href')).to.equal(ITEMS[2].url);
  });

  it('marks only while a search is on, and only the matched beginning of a word', async () => {
    const el = await searchableFeed();
    await search(el, 'tha');
    expect(marks(el, 'title')).to.deep.equal([
      ['Tha', 'tha'], // Thanh, tham nhũng
      ['Tha', 'thá'], // Thanh, tháng
    ]);
    await search(el, '');
    expect(el.shadowRoot!.querySelectorAll('mark')).to.have.length(0);
    expect(titles(el)).to.have.length(4);
    expect(countOnScreen(el)).to.equal('');
    // Spaces and commas alone are no search: no count on screen, nothing marked.
    await search(el, ' , ');
    expect(countOnScreen(el)).to.equal('');
    expect(el.shadowRoot!.querySelectorAll('mark')).to.have.length(0);
  });

  it('says none found once, in the empty message, and counts in English', async () => {
    const el = await searchableFeed();
    await search(el, 'dẫn');
    expect(textOf(part(el, 'empty'))).to.equal('Không tìm thấy tin phù hợp.');
    expect(countOnScreen(el)).to.equal('');
    expect(textOf(part(el, 'status'))).to.equal('Tìm thấy 0 tin');
    const en = await searchableFeed('en');
    await search(en, 'đăng');
    expect(countOnScreen(en)).to.equal('1 article found');
    await search(en, 'dang');
    expect(countOnScreen(en)).to.equal('3 articles found');
  });

  it('keeps marks readable in light and dark schemes', async () => {
    for (const scheme of ['light', 'dark']) {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="color-scheme: ${scheme}; background: ${scheme === 'dark' ? '#111' : '#fff'}">
          <party-news-feed searchable .feed=${{ items: ITEMS }}></party-news-feed>
        </div>`,
      );
      const el = await feedSettled(wrap.querySelector('party-news-feed')!);
      await search(el, 'thanh');
      const mark = el.shadowRoot!.querySelector('mark')!;
      const { color, backgroundColor } = getComputedStyle(mark);
      expect(backgroundColor, scheme).to.not.equal(getComputedStyle(cards(el)[0]).backgroundColor);
      expect(color, scheme).to.not.equal(backgroundColor);
      // axe's colour-contrast rule measures the marked text against the mark's background.
      await expect(el, scheme).to.be.accessible();
    }
  });
});
