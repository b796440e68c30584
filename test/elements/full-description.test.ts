// Feeds whose description holds the whole article, as most Vietnamese portal CMSs write RSS, and
// a content:encoded that is a whole Instant Articles page: each card shows the sapo alone, and the
// report shows the sapo, every paragraph and every caption exactly once.
import '../../src/feed/define.js';

import { expect, fixture, waitUntil } from '@open-wc/testing';

import type { PartyNewsFeed } from '../../src/feed/feed.js';
import type { PartyNewsReport } from '../../src/report/report.js';
import { cards, feedSettled, freshFeedPage, textOf } from '../harness.js';

const FEEDS = '/test/fixtures/feeds';
const summaryOf = (card: Element) => textOf(card.querySelector('[part~="summary"]'));
const titleOf = (card: Element) => textOf(card.querySelector('.link'));

async function feedAt(name: string): Promise<PartyNewsFeed> {
  const wrap = await fixture<HTMLDivElement>(
    `<div><party-news-feed src="${FEEDS}/${name}" page-size="10"></party-news-feed></div>`,
  );
  return feedSettled(wrap.querySelector<PartyNewsFeed>('party-news-feed')!);
}

/** Opens the card titled `title` in place and returns its report, rendered. */
async function openReport(el: PartyNewsFeed, title: string): Promise<ShadowRoot> {
  const card = cards(el).find((c) => titleOf(c) === title)!;
  card.querySelector<HTMLElement>('.link')!.click();
  await waitUntil(() => el.shadowRoot!.querySelector('party-news-report'), `report of "${title}"`);
  const report = el.shadowRoot!.querySelector<PartyNewsReport>('party-news-report')!;
  await report.updateComplete;
  return report.shadowRoot!;
}

/** How many times `text` occurs in what the report shows (its shadow tree's text). */
const occurrences = (root: ShadowRoot, text: string) => textOf(root).split(text).length - 1;

/** Expects each text once in the report, and the captions as <figcaption>s. */
function expectOnce(root: ShadowRoot, { sapo, paragraphs, captions }: Record<string, string | string[]>) {
  for (const text of [sapo as string, ...paragraphs, ...captions])
    expect(occurrences(root, text), `"${text.slice(0, 50)}…" shown once`).to.equal(1);
  expect(textOf(root.querySelector('[part~="summary"]'))).to.equal(sapo);
  const figcaptions = [...root.querySelectorAll('figcaption')].map((f) => textOf(f));
  for (const caption of captions) expect(figcaptions).to.include(caption);
}

describe('a description that holds the whole article', () => {
  beforeEach(freshFeedPage);
  afterEach(freshFeedPage);

  it('.NET CMS: each card shows its sapo; the report shows sapo, paragraphs and captions once', async () => {
    const el = await feedAt('vn-cms-dotnet-full.rss.xml');
    const sapo =
      'Ngày 23/3/2026, Đảng ủy Ngân hàng Nhà nước tỉnh tổ chức Hội nghị sinh hoạt chuyên đề về xây dựng, chỉnh đốn Đảng với chủ đề "tự soi, tự sửa". Tham gia Hội nghị có toàn thể đảng viên, công chức của Đảng bộ.';
    expect(cards(el).map(summaryOf)).to.deep.equal([
      sapo,
      'Chiều 20/3, Chi bộ Phòng Tổ chức cán bộ tổ chức sinh hoạt chuyên đề quý I với chủ đề nâng cao chất lượng sinh hoạt chi bộ.',
      // A long first paragraph, not in bold: its first sentences.
      'Thực hiện Kế hoạch số 15-KH/ĐUK ngày 02/3/2026 của Đảng ủy Khối các cơ quan tỉnh về học tập, quán triệt và triển khai thực hiện Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng, Đảng bộ Sở Tư pháp đã tổ chức hội nghị cho toàn thể cán bộ, đảng viên.',
    ]);
    for (const card of cards(el)) expect(summaryOf(card)).not.to.contain('Quang cảnh');
    await expect(el).to.be.accessible();

    const root = await openReport(el, cards(el).map(titleOf)[0]);
    expectOnce(root, {
      sapo,
      paragraphs: [
        'Phát biểu khai mạc, đồng chí Bí thư Đảng ủy nhấn mạnh',
        'Báo cáo viên của Đảng bộ trình bày rõ ràng',
        'Các đảng viên đã nghiêm túc "tự soi, tự sửa"',
        'Thu Giang',
      ],
      captions: ['Đồng chí Bí thư Đảng ủy phát biểu khai mạc Hội nghị', 'Quang cảnh Hội nghị tại phần thảo luận'],
    });
    expect(root.querySelectorAll('figure img').length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('.NET CMS: a long plain first paragraph stays whole in the body, with no second copy as a sapo', async () => {
    const el = await feedAt('vn-cms-dotnet-full.rss.xml');
    const root = await openReport(el, 'Đảng bộ Sở Tư pháp triển khai học tập Nghị quyết');
    expect(!!root.querySelector('[part~="summary"]'), 'a separate sapo').to.equal(false);
    expect(occurrences(root, 'Thực hiện Kế hoạch số 15-KH/ĐUK')).to.equal(1);
    expect(occurrences(root, 'Các đồng chí báo cáo viên đã truyền đạt')).to.equal(1);
    expect(textOf(root.querySelector('figcaption'))).to.equal('Quang cảnh hội nghị học tập Nghị quyết');
    await expect(el).to.be.accessible();
  });

  it('WordPress and Joomla full-content descriptions: sapo alone on the card, each part once in the report', async () => {
    const el = await feedAt('vn-cms-full-descriptions.rss.xml');
    const wpSapo =
      'Sáng 14/9, Chi bộ khu phố 3 tổ chức lễ kết nạp đảng viên mới cho hai quần chúng ưu tú. Đây là những quần chúng tích cực trong các phong trào của khu phố.';
    const joomlaSapo =
      'Chiều 30/9, Đảng ủy phường tổ chức hội nghị sơ kết công tác xây dựng Đảng quý III, triển khai nhiệm vụ quý IV.';
    expect(cards(el).map(summaryOf)).to.deep.equal([joomlaSapo, wpSapo]);

    let root = await openReport(el, 'Chi bộ khu phố 3 kết nạp đảng viên mới');
    expectOnce(root, {
      sapo: wpSapo,
      paragraphs: ['Phát biểu tại buổi lễ, đồng chí Bí thư Chi bộ', 'Các đảng viên mới hứa sẽ thực hiện'],
      captions: ['Bí thư Chi bộ trao quyết định kết nạp đảng viên'],
    });
    await expect(el).to.be.accessible();

    el.shadowRoot!.querySelector<HTMLElement>('[part~="back"]')!.click();
    await waitUntil(() => !el.shadowRoot!.querySelector('party-news-report'), 'back to the list');
    root = await openReport(el, 'Đảng ủy phường sơ kết công tác quý III');
    expectOnce(root, {
      sapo: joomlaSapo,
      paragraphs: ['Trong quý III, Đảng ủy đã lãnh đạo hoàn thành', 'Hội nghị thống nhất các nhiệm vụ', 'Hải Yến'],
      captions: ['Đồng chí Bí thư Đảng ủy phường phát biểu chỉ đạo hội nghị'],
    });
    await expect(el).to.be.accessible();
  });

  it('Instant Articles content: title, sapo, dateline, caption and paragraphs once; the card from the description', async () => {
    const el = await feedAt('instant-articles.rss.xml');
    const [card] = cards(el);
    const title = 'Đảng ủy xã Tân Thanh ra mắt mô hình "Dân vận khéo"';
    const sapo = 'Đảng ủy xã Tân Thanh vừa ra mắt mô hình "Dân vận khéo" trong xây dựng nông thôn mới.';
    expect(summaryOf(card)).to.equal(sapo);
    const thumb = card.querySelector('img')!;
    expect(new URL(thumb.src).pathname + new URL(thumb.src).search).to.equal('/fixtures/images/hoc-tap-nghi-quyet.svg');

    const root = await openReport(el, title);
    expectOnce(root, {
      sapo,
      paragraphs: [
        title,
        'Mô hình do Ban Dân vận Đảng ủy xã chủ trì',
        'Trong năm 2026, xã phấn đấu xây dựng thêm ba mô hình mới',
      ],
      captions: ['Lãnh đạo xã trao giấy chứng nhận cho các mô hình "Dân vận khéo"'],
    });
    // One dateline (the report's own <time>), one photo: the body's copy with its caption.
    expect(root.querySelectorAll('time').length).to.equal(1);
    expect(root.querySelectorAll('img').length).to.equal(1);
    await expect(el).to.be.accessible();
  });
});
