import '../../src/report/define.js';

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

import type { Article } from '../../src/model/types.js';
import type { PartyNewsRelated } from '../../src/related/related.js';
import type { PartyNewsReport } from '../../src/report/report.js';
import { part, seedFeed, textOf } from '../harness.js';

describe('<party-news-report>', () => {
  let articles: Article[];
  before(async () => {
    ({ articles } = await seedFeed());
  });
  const seed = () => articles[0];
  const relatedOf = (a: Article) => a.related.map((id) => articles.find((x) => x.id === id)!);
  const render = (article: unknown, related?: unknown[]) =>
    fixture<PartyNewsReport>(html`<party-news-report .article=${article} .related=${related}></party-news-report>`);

  it('is accessible with the seed article and its related list', async () => {
    const el = await render(seed(), relatedOf(seed()));
    await expect(el).to.be.accessible();
  });

  it('shows the seed article fully, in reading order', async () => {
    const el = await render(seed(), relatedOf(seed()));
    const root = el.shadowRoot!;
    const nav = part(el, 'breadcrumb')!;
    expect(nav.localName).to.equal('nav');
    expect(nav.getAttribute('aria-label')).to.equal('Chuyên mục');
    expect(textOf(nav)).to.equal('Hoạt động của các tổ chức Đảng cơ sở');

    const title = part(el, 'title')!;
    expect(title.localName).to.equal('h1');
    expect(textOf(title)).to.equal(seed().title);
    // The <article> is named by its title, so a screen reader's landmark list says which report it is.
    expect(root.getElementById(part(el, 'base')!.getAttribute('aria-labelledby')!)).to.equal(title);

    const times = [...part(el, 'meta')!.querySelectorAll('time')];
    expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2022-03-30T04:32:00.000Z',
      '2022-03-30T08:00:00.000Z',
    ]);
    expect(times.map((t) => textOf(t))).to.deep.equal(['30-03-2022 11:32', '30-03-2022 15:00']);
    expect(textOf(part(el, 'meta'))).to.equal('Đăng lúc 30-03-2022 11:32 · Cập nhật 30-03-2022 15:00');

    expect(textOf(part(el, 'summary'))).to.match(/^Ngày 23\/3\/2022, Đảng ủy Ngân hàng Nhà nước tỉnh Lạng Sơn/);

    // The lead photo is the body's first photo: shown once, as a captioned figure in the body.
    expect(part(el, 'lead')).to.equal(null);
    const figures = [...part(el, 'body')!.querySelectorAll('figure')];
    expect(figures).to.have.length(2);
    expect(figures.map((f) => textOf(f.querySelector('figcaption')))).to.deep.equal([
      'Đồng chí Trương Thu Hòa – Bí thư Đảng ủy, Giám đốc Chi nhánh phát biểu tại Hội nghị',
      'Quang cảnh Hội nghị tại phần thảo luận',
    ]);
    expect(figures.map((f) => f.querySelector('img')!.alt)).to.deep.equal([
      'Đồng chí Trương Thu Hòa phát biểu tại bục Hội nghị',
      'Các đảng viên ngồi quanh bàn họp trong phần thảo luận',
    ]);
    expect(part(el, 'body')!.querySelectorAll('p').length).to.be.at.least(4);

    expect(textOf(part(el, 'byline'))).to.equal(
      'Tác giả: Nguyễn Thị Thu Giang, Đảng bộ Ngân hàng Nhà nước tỉnh Lạng Sơn',
    );
    const tags = part(el, 'tags')!;
    expect([...tags.querySelectorAll('li')].map((li) => textOf(li))).to.deep.equal([
      'xây dựng Đảng',
      'tự soi, tự sửa',
      'sinh hoạt chuyên đề',
    ]);

    const related = part(el, 'related') as PartyNewsRelated;
    await related.updateComplete;
    expect(textOf(related.shadowRoot!.querySelector('h2'))).to.equal('Tin liên quan');
    const links = [...related.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => a.href)).to.deep.equal(relatedOf(seed()).map((a) => a.url));
    expect(textOf(related.shadowRoot!.querySelector('li'))).to.contain('(15-03-2022 08:45)');

    // Reading order: breadcrumb, title, dateline, sapo, body, byline, tags, related.
    const order = ['breadcrumb', 'title', 'meta', 'summary', 'body', 'byline', 'tags', 'related'].map((p) =>
      part(el, p)!,
    );
    for (let i = 1; i < order.length; i++) {
      expect(
        order[i - 1].compareDocumentPosition(order[i]) & Node.DOCUMENT_POSITION_FOLLOWING,
        `${i}`,
      ).to.be.greaterThan(0);
    }
    expect(root.querySelectorAll('script')).to.have.length(0);
  });

  it('keeps each dateline label with its date on a phone-width column', async () => {
    // 360 px, and 320 (the narrowest phones); English labels and dates are longer.
    for (const [width, lang] of [
      [360, 'vi'],
      [320, 'vi'],
      [360, 'en'],
    ] as const) {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width:${width}px"><party-news-report lang=${lang} .article=${seed()}></party-news-report></div>`,
      );
      const el = wrap.querySelector<PartyNewsReport>('party-news-report')!;
      await el.updateComplete;
      const meta = part(el, 'meta')!;
      const labels = [...meta.querySelectorAll('.label')];
      const times = [...meta.querySelectorAll('time')];
      expect(labels.map((l) => textOf(l))).to.deep.equal(
        lang === 'vi' ? ['Đăng lúc', 'Cập nhật'] : ['Published', 'Updated'],
      );
      const lines = (node: Element) => [...node.getClientRects()].map((r) => Math.round(r.top));
      // The whole line does not fit: it breaks, at the separator.
      expect(meta.getBoundingClientRect().height, `${width} px, ${lang}: two lines`).to.be.greaterThan(
        times[0].getBoundingClientRect().height * 1.5,
      );
      times.forEach((time, i) => {
        expect(lines(time), `${width} px, ${lang}: date ${i} on one line`).to.have.length(1);
        expect(lines(labels[i]), `${width} px, ${lang}: label ${i} on its date's line`).to.deep.equal(lines(time));
      });
      await expect(el).to.be.accessible();
    }
  });

  it("keeps a CMS's right-aligned byline and centred line at the body's end, with no inline style", async () => {
    const el = await render({
      id: 'byline',
      title: 'Hội nghị sơ kết',
      date_published: '2022-03-30T11:32:00+07:00',
      content_html:
        '<p>Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ quý I và đề ra phương hướng cho quý II năm 2022, với nhiều nội dung trọng tâm.</p>' +
        '<p align="center">* * *</p>' +
        '<p style="text-align:right"><strong>Nguyễn Văn A</strong></p>',
    });
    const body = part(el, 'body')!;
    const [paragraph, centred, byline] = [...body.querySelectorAll('p')];
    expect(textOf(byline)).to.equal('Nguyễn Văn A');
    expect(getComputedStyle(byline).textAlign).to.equal('right');
    expect(getComputedStyle(centred).textAlign).to.equal('center');
    expect(getComputedStyle(paragraph).textAlign).to.be.oneOf(['justify', 'start', 'left']);
    // Its last word ends at the column's right edge, as on the CMS's page.
    const range = document.createRange();
    range.selectNodeContents(byline);
    expect(range.getBoundingClientRect().right).to.be.closeTo(byline.getBoundingClientRect().right, 1);
    expect(body.querySelectorAll('[style], [align]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows a lead photo with caption and credit when the body does not hold it', async () => {
    const article = {
      ...articles[1],
      image: {
        src: '/fixtures/images/hoc-tap-nghi-quyet.svg',
        alt: 'Hội trường',
        caption: 'Toàn cảnh hội nghị',
        credit: 'Ban Tuyên giáo',
        width: 1200,
        height: 800,
      },
    };
    const el = await render(article);
    const lead = part(el, 'lead')!;
    expect(lead.localName).to.equal('figure');
    const img = lead.querySelector('img')!;
    expect(img.getAttribute('loading')).to.equal(null);
    expect(img.getAttribute('fetchpriority')).to.equal('high');
    expect(textOf(lead.querySelector('figcaption'))).to.equal('Toàn cảnh hội nghị Ảnh: Ban Tuyên giáo');
    await expect(el).to.be.accessible();
  });

  it('shows a neutral placeholder, never the broken-image glyph, for a lead or body photo that fails to load', async () => {
    const el = await render({
      id: 'x',
      title: 'Tin có ảnh hỏng',
      date_published: '2022-03-30T11:32:00+07:00',
      image: { src: '/fixtures/images/missing-lead.svg', alt: 'Ảnh đầu bài', caption: 'Chú thích ảnh đầu bài' },
      content_html:
        '<p>Một đoạn.</p><figure><img src="/fixtures/images/missing-body.svg" alt="Ảnh trong bài"><figcaption>Chú thích ảnh trong bài</figcaption></figure>',
    });
    const imgs = [...el.shadowRoot!.querySelectorAll('img')];
    expect(imgs).to.have.length(2);
    // Body photos load lazily: in view, they load (and fail) in every engine, whatever its threshold.
    imgs[1].scrollIntoView();
    await waitUntil(() => imgs.every((img) => img.hasAttribute('data-failed')), 'both 404s mark their images', {
      timeout: 5000,
    });
    for (const img of imgs) {
      expect(getComputedStyle(img).opacity).to.equal('0');
      // The photo's button becomes a quiet 3:2 box, and the figure keeps its caption.
      const box = img.closest('.zoom')!;
      expect(getComputedStyle(box).backgroundColor).to.equal('rgb(246, 244, 241)');
      expect(box.getBoundingClientRect().height).to.be.closeTo(box.getBoundingClientRect().width / 1.5, 2);
    }
    expect(textOf(part(el, 'lead')!.querySelector('figcaption'))).to.equal('Chú thích ảnh đầu bài');
    expect(textOf(part(el, 'body')!.querySelector('figcaption'))).to.equal('Chú thích ảnh trong bài');
    await expect(el).to.be.accessible();
  });

  it('shows a body that only repeats the summary once', async () => {
    // The body is the summary again: the sapo alone.
    const same = await render(articles[2]);
    expect(textOf(part(same, 'summary'))).to.equal(articles[2].summary);
    expect(part(same, 'body')).to.equal(null);
    await expect(same).to.be.accessible();

    // The first paragraph is the summary: the body starts at the second.
    const first = await render(articles[3]);
    expect(textOf(part(first, 'summary'))).to.equal(articles[3].summary);
    expect(textOf(part(first, 'body'))).to.equal('Hội nghị đề ra phương hướng, nhiệm vụ trọng tâm năm 2022.');

    // A teaser cut short with "…", its paragraph and the small thumbnail again: the whole
    // paragraph as the sapo, the thumbnail once as the lead photo, no body.
    const paragraph = 'Đảng ủy Khối tổ chức Hội nghị quán triệt Kết luận số 21-KL/TW tới các chi bộ trực thuộc.';
    const thumb = new URL('/fixtures/images/hoc-tap-nghi-quyet.svg', location.href).href;
    const cut = await render({
      id: 'teaser',
      title: 'Quán triệt Kết luận số 21',
      date_published: '2022-03-30T11:32:00+07:00',
      summary: 'Đảng ủy Khối tổ chức Hội nghị quán triệt Kết luận số 21-KL/TW...',
      image: { src: thumb, alt: 'Hội trường' },
      content_html: `<p><img src="${thumb}" alt="Hội trường" width="120" height="80"></p><p>${paragraph}</p>`,
    });
    expect(textOf(part(cut, 'summary'))).to.equal(paragraph);
    expect(part(cut, 'body')).to.equal(null);
    expect(cut.shadowRoot!.querySelectorAll('img')).to.have.length(1);
    expect(part(cut, 'lead')!.querySelector('img')!.src).to.equal(thumb);
    await expect(cut).to.be.accessible();
  });

  it('works without photos, summary, category, authors or tags', async () => {
    const el = await render({
      id: 'x',
      title: 'Thông báo',
      date_published: '2022-03-30T11:32:00+07:00',
      content_text: 'Một đoạn.',
    });
    expect(part(el, 'breadcrumb')).to.equal(null);
    expect(part(el, 'byline')).to.equal(null);
    expect(part(el, 'tags')).to.equal(null);
    expect(textOf(part(el, 'body'))).to.equal('Một đoạn.');
    await expect(el).to.be.accessible();
  });

  it('speaks English when asked', async () => {
    const el = await fixture<PartyNewsReport>(
      html`<party-news-report lang="en" .article=${seed()} .related=${relatedOf(seed())}></party-news-report>`,
    );
    expect(textOf(part(el, 'meta'))).to.equal('Published 30 Mar 2022, 11:32 · Updated 30 Mar 2022, 15:00');
    expect(part(el, 'breadcrumb')!.getAttribute('aria-label')).to.equal('Section');
    const related = part(el, 'related') as PartyNewsRelated;
    await related.updateComplete;
    expect(textOf(related.shadowRoot!.querySelector('h2'))).to.equal('Related news');
    // The content keeps its own language for screen readers.
    expect(part(el, 'title')!.getAttribute('lang')).to.equal('vi');
    await expect(el).to.be.accessible();
  });

  it("uses the article's inline related objects when no related list is given", async () => {
    const el = await render({
      ...seed(),
      related: [
        { title: 'Bài liên quan', url: 'https://example.gov.vn/bai', date_published: '2022-03-01T08:00:00+07:00' },
      ],
    });
    const related = part(el, 'related') as PartyNewsRelated;
    await related.updateComplete;
    expect(textOf(related.shadowRoot!.querySelector('li'))).to.equal('Bài liên quan (01-03-2022 08:00)');
  });

  it('nests headings under heading-level', async () => {
    const el = await fixture<PartyNewsReport>(
      html`<party-news-report heading-level="2" .article=${seed()} .related=${relatedOf(seed())}></party-news-report>`,
    );
    expect(part(el, 'title')!.localName).to.equal('h2');
    const related = part(el, 'related') as PartyNewsRelated;
    await related.updateComplete;
    expect(related.shadowRoot!.querySelector('h3')).to.exist;
  });

  it('sanitises raw HTML itself: nothing runs, no unsafe URL survives', async () => {
    const w = window as unknown as { pwned?: number };
    w.pwned = 0;
    const el = await render({
      id: 'x',
      title: 'Tin',
      date_published: '2022-03-30T11:32:00+07:00',
      content_html:
        '<p onmouseover="pwned=1">a<img src="/fixtures/images/chi-bo-sinh-hoat.svg" onerror="pwned=1" onload="pwned=1"><a href="javascript:pwned=1">b</a></p><script>pwned=1</script><iframe srcdoc="<script>parent.pwned=1</script>"></iframe>',
    });
    const img = part(el, 'body')!.querySelector('img')!;
    await waitUntil(() => img.complete, 'the image loaded or failed');
    await new Promise((r) => setTimeout(r)); // its load or error event is a task queued on completion
    expect(w.pwned).to.equal(0);
    const body = part(el, 'body')!;
    expect(body.querySelectorAll('script, iframe, [onmouseover], [onerror]')).to.have.length(0);
    expect(body.querySelector('a')!.hasAttribute('href')).to.equal(false);
  });

  it('fires party-news-select from its related list', async () => {
    const el = await render(seed(), relatedOf(seed()));
    const related = part(el, 'related') as PartyNewsRelated;
    await related.updateComplete;
    const link = related.shadowRoot!.querySelector('a')!;
    el.addEventListener('party-news-select', (e) => e.preventDefault(), { once: true });
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'party-news-select');
    expect(event.detail.article).to.equal(articles[1]);
  });
});
