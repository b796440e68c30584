import '../../src/feed/define.js';
import '../../src/report/define.js';

import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import type { Article } from '../../src/model/types.js';
import type { PartyNewsReport } from '../../src/report/report.js';
import { seedFeed } from '../harness.js';

const scripts = () => [
  ...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-party-news]'),
];

describe('<party-news-report> JSON-LD', () => {
  let articles: Article[];
  before(async () => {
    ({ articles } = await seedFeed());
  });

  it('puts schema.org NewsArticle for the article on show into the page head, and takes it away', async () => {
    const el = await fixture<PartyNewsReport>(html`<party-news-report .article=${articles[0]}></party-news-report>`);
    expect(scripts()).to.have.length(1);
    const data = JSON.parse(scripts()[0].textContent!);
    expect(data).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: articles[0].title,
      datePublished: '2022-03-30T04:32:00.000Z',
      dateModified: '2022-03-30T08:00:00.000Z',
      url: 'https://example.gov.vn/tin-tuc/nhnn-lang-son-2022-03-30',
      mainEntityOfPage: 'https://example.gov.vn/tin-tuc/nhnn-lang-son-2022-03-30',
      inLanguage: 'vi',
      articleSection: 'Hoạt động của các tổ chức Đảng cơ sở',
    });
    expect(data.image).to.deep.equal([articles[0].image!.src]);
    expect(data.author).to.deep.equal([
      {
        '@type': 'Person',
        name: 'Nguyễn Thị Thu Giang',
        affiliation: { '@type': 'Organization', name: 'Đảng bộ Ngân hàng Nhà nước tỉnh Lạng Sơn' },
      },
    ]);
    expect(data.publisher).to.deep.equal({ '@type': 'Organization', name: 'Đảng bộ Ngân hàng Nhà nước tỉnh Lạng Sơn' });

    el.article = articles[1];
    await el.updateComplete;
    expect(scripts()).to.have.length(1);
    expect(JSON.parse(scripts()[0].textContent!).headline).to.equal(articles[1].title);

    el.remove();
    expect(scripts()).to.have.length(0);
  });

  it('cannot be broken out of: "</script>" in a title stays inside the JSON', async () => {
    const el = await fixture<PartyNewsReport>(
      html`<party-news-report .article=${{ id: 'x', title: '</script><script>alert(1)</script>', date_published: '2022-03-30T11:32:00+07:00' }}></party-news-report>`,
    );
    expect(scripts()[0].textContent).not.to.contain('</script');
    expect(JSON.parse(scripts()[0].textContent!).headline).to.equal('</script><script>alert(1)</script>');
    el.remove();
  });

  it('follows the report a feed opens in place, and leaves with it', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div><party-news-feed src="/fixtures/feeds/seed.json"></party-news-feed></div>`,
    );
    const feed = wrap.querySelector('party-news-feed')!;
    await waitUntil(() => feed.shadowRoot!.querySelector('[part~="card"] .link'), 'feed loaded');
    expect(scripts()).to.have.length(0);
    feed.shadowRoot!.querySelector<HTMLElement>('[part~="card"] .link')!.click();
    await waitUntil(() => scripts().length === 1, 'JSON-LD for the report in place');
    expect(scripts().map((s) => s.dataset.partyNews)).to.deep.equal(['nhnn-lang-son-2022-03-30']);
    history.back();
    await waitUntil(() => scripts().length === 0, 'JSON-LD gone with the report');
    history.replaceState(null, '', location.pathname + location.search);
  });
});
