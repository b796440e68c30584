// Pages written by `party-news render` (the server path: @lit-labs/ssr, DOMPurify on jsdom), read
// as a browser reads them with no script of ours: the report and cards in Declarative Shadow DOM,
// accessible, and inert whatever the feed holds. No party-news element is defined in this file.
import { expect } from '@open-wc/testing';

import seed from '../../fixtures/feeds/seed.json';
import { unsafeThings, walk } from '../security/safe-dom.js';
import { XSS_PAYLOADS } from '../security/xss-payloads.js';
import { pageBody, renderedFirst, renderSite, shadowElements } from './site-harness.js';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const shadow = (host: Element | null) => host!.shadowRoot!;

describe('pre-rendered pages (party-news render)', () => {
  before(renderedFirst(seed));
  afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

  it('show the reference report, with its dateline, captions, byline and related news, before any script', async () => {
    const site = await renderSite(seed);
    const page = await pageBody(site, 'nhnn-lang-son-2022-03-30.html');
    expect(customElements.get('party-news-report'), 'no party-news element is defined here').to.equal(undefined);
    const report = shadow(page.querySelector('party-news-report'));
    expect(text(report.querySelector('h1'))).to.match(/^Đảng ủy Ngân hàng Nhà nước tỉnh Lạng Sơn tổ chức Hội nghị/);
    const time = report.querySelector('[part~="meta"] time')!;
    expect(text(time)).to.equal('30-03-2022 11:32');
    expect(time.getAttribute('datetime')).to.equal('2022-03-30T04:32:00.000Z');
    expect([...report.querySelectorAll('figcaption')].map(text)).to.deep.equal([
      'Đồng chí Trương Thu Hòa – Bí thư Đảng ủy, Giám đốc Chi nhánh phát biểu tại Hội nghị',
      'Quang cảnh Hội nghị tại phần thảo luận',
    ]);
    expect(text(report.querySelector('[part~="byline"]'))).to.equal(
      'Tác giả: Nguyễn Thị Thu Giang, Đảng bộ Ngân hàng Nhà nước tỉnh Lạng Sơn',
    );
    const related = shadow(report.querySelector('party-news-related'));
    expect(text(related.querySelector('h2'))).to.equal('Tin liên quan');
    const links = [...related.querySelectorAll<HTMLAnchorElement>('[part~="link"]')];
    expect(links.map(text)).to.have.length(3);
    // Related news links to its own page here, beside this one, by its file name.
    expect(links[0].getAttribute('href')).to.equal('dang-uy-khoi-hoc-tap-nghi-quyet-2022-03-15.html');
    await expect(page).to.be.accessible();
  });

  it('list every article in the feed element, its first screen written out, each card linking to its page', async () => {
    const site = await renderSite(seed);
    const page = await pageBody(site, 'index.html');
    const feed = shadow(page.querySelector('party-news-feed'));
    const cards = [...feed.querySelectorAll('[part~="card"]')];
    expect(cards).to.have.length(4);
    expect(text(feed.querySelector('[part~="status"]'))).to.equal('Đang hiển thị 4/4 tin');
    const link = cards[0].querySelector<HTMLAnchorElement>('[part~="link"]')!;
    expect(text(link)).to.match(/^Đảng ủy Ngân hàng Nhà nước tỉnh Lạng Sơn/);
    // By its file name: the folder also reads opened from disk.
    expect(link.getAttribute('href')).to.equal('nhnn-lang-son-2022-03-30.html');
    await expect(page).to.be.accessible();
  });

  it('show only controls that work without script: no button or input, the Facebook and Zalo links', async () => {
    const site = await renderSite(seed);
    for (const name of ['nhnn-lang-son-2022-03-30.html', 'index.html']) {
      const page = await pageBody(site, name);
      const controls = shadowElements(page).filter((el) => ['button', 'input'].includes(el.localName));
      expect(
        controls.map((el) => el.outerHTML.slice(0, 60)),
        name,
      ).to.deep.equal([]);
      await expect(page).to.be.accessible();
      page.remove();
    }
    const report = shadow((await pageBody(site, 'nhnn-lang-son-2022-03-30.html')).querySelector('party-news-report'));
    const shared = encodeURIComponent('https://example.gov.vn/tin-tuc/nhnn-lang-son-2022-03-30');
    expect(
      [...report.querySelectorAll<HTMLAnchorElement>('[part~="share"] a')].map((a) => a.getAttribute('href')),
    ).to.deep.equal([
      `https://www.facebook.com/sharer/sharer.php?u=${shared}`,
      `https://sp.zalo.me/share?url=${shared}`,
    ]);
  });

  it('keep a hostile feed inert: every XSS payload in every field, nothing unsafe in any page', async function () {
    // 266 pages, each inserted and scanned; three engines at once on a 2-core CI machine take their time.
    this.timeout(180_000);
    const items = XSS_PAYLOADS.map((p, i) => ({
      id: `xss-${i}`,
      url: p,
      title: `Tin ${i} ${p}`,
      summary: p,
      content_html: `<p>Nội dung ${i}</p>${p}`,
      image: { src: p, alt: p, caption: p, credit: p },
      date_published: new Date(Date.UTC(2022, 2, 30) - i * 60_000).toISOString(),
      authors: [{ name: `Tác giả ${i} ${p}`, organization: p, url: p }],
      category: { id: 'hoat-dong', name: `Hoạt động ${p}` },
      tags: [p],
      related: [{ title: `Tin khác ${p}`, url: p }],
    }));
    const site = await renderSite({ items });
    const pages = ['index.html', ...items.map((_, i) => `xss-${i}.html`)];
    const executed: string[] = [];
    const sentinel = (what: string) => () => void executed.push(what);
    Object.assign(window, { alert: sentinel('alert'), confirm: sentinel('confirm'), prompt: sentinel('prompt') });
    for (const name of pages) {
      const page = await pageBody(site, name, { attach: false });
      const hosts = [...page.querySelectorAll('party-news-report, party-news-feed')];
      expect(hosts.length, `${name} renders its elements`).to.be.greaterThan(0);
      // The page's own markup, and its data: JSON in a script no browser runs.
      const data = page.querySelector('script#party-news-data')!;
      expect(data.getAttribute('type')).to.equal('application/json');
      expect(() => JSON.parse(data.textContent!), `${name}: the page's data is JSON`).not.to.throw();
      const outside = [...page.querySelectorAll('*')].filter(
        (el) => el !== data && !el.closest('party-news-report, party-news-feed'),
      );
      expect(
        outside.map((el) => el.localName),
        `${name}: the page's own markup`,
      ).to.satisfy((names: string[]) => names.every((n) => ['main', 'a', 'h1', 'ul', 'li'].includes(n)));
      // Each element's own stylesheet, which a server writes into its shadow root, is not feed content.
      for (const host of [...walk(page)].filter((el) => el.shadowRoot))
        [...host.shadowRoot!.children].filter((el) => el.localName === 'style').forEach((style) => style.remove());
      const unsafe = hosts.flatMap((host) => unsafeThings(host));
      expect(unsafe, `${name}: unsafe markup`).to.deep.equal([]);
      page.remove();
    }
    expect(executed, 'script that ran').to.deep.equal([]);
  });
});
