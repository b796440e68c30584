import { expect } from '@open-wc/testing';

import { sanitizeHtml } from '../../src/model/bodies/sanitize.js';
import { toArticle, toRelated } from '../../src/model/items/element-input.js';
import { normalizeFeed } from '../../src/model/items/normalize-feed.js';
import { parseFeed } from '../../src/model/reading/parse-feed.js';
import type { Problem } from '../../src/model/types.js';

// URLs a CMS typo writes: they look like plain http URLs, and the URL parser refuses them.
const BAD_HOST = 'http://1.2.3.4.5/tin/1';
const BAD_PORT = 'http://127.0.0.1:99999/anh.jpg';
const BASE = 'https://example.gov.vn/feed.json';
const named = (problems: Problem[]) => problems.map((p) => `${p.item}:${p.field}:${p.dropped}`);

describe('URLs that do not parse, in the normaliser', () => {
  it('drops each from its field with a problem naming the item and field, and keeps the article', () => {
    const { feed, articles, problems } = normalizeFeed(
      {
        home_page_url: BAD_HOST,
        items: [
          {
            id: 'go-nham',
            title: 'Hội nghị sinh hoạt chuyên đề',
            date_published: '2026-03-30T11:32:00+07:00',
            url: BAD_HOST,
            image: { src: BAD_PORT, alt: 'Ảnh' },
            authors: [{ name: 'Phóng viên', url: BAD_HOST }],
            category: { name: 'Tin hoạt động', url: BAD_PORT },
            related: [{ title: 'Tin cũ', url: BAD_HOST }],
            content_html: `<p><a href="${BAD_HOST}">Đọc</a> <img src="${BAD_PORT}" alt="x"></p>`,
          },
        ],
      },
      { baseUrl: BASE },
    );
    expect(named(problems)).to.deep.equal([
      'feed:home_page_url:field',
      'go-nham:url:field',
      'go-nham:related.url:field',
      'go-nham:authors.url:field',
      'go-nham:image:field',
      'go-nham:category.url:field',
    ]);
    for (const p of problems) expect(p.message, p.field).to.match(/^".*" does not parse as a URL$/);
    expect(feed.homePageUrl).to.equal(undefined);
    const [a] = articles;
    expect(a.id).to.equal('go-nham');
    expect(a.url).to.equal(undefined);
    expect(a.image).to.equal(undefined);
    expect(a.authors).to.deep.equal([{ name: 'Phóng viên' }]);
    expect(a.category).to.deep.equal({ id: 'tin-hoat-dong', name: 'Tin hoạt động' });
    expect(a.related).to.have.length(1);
    expect(a.related[0]).to.include({ title: 'Tin cũ' }).and.not.to.have.property('url');
    // The body keeps its text; the link and the photo lose only the address that does not parse.
    expect(sanitizeHtml(a.contentHtml!, { baseUrl: a.baseUrl })).to.equal('<p><a>Đọc</a> </p>');
  });

  it('reads an RSS item whose link and enclosure do not parse: kept, with its id, and reported', () => {
    const rss = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tin</title>
      <item><title>Đảng ủy xã họp</title><link>${BAD_HOST}</link>
        <pubDate>Mon, 30 Mar 2026 11:32:00 +0700</pubDate>
        <enclosure url="${BAD_PORT}" type="image/jpeg" length="1"/>
        <description>Tin vắn.</description></item>
    </channel></rss>`;
    const { articles, problems } = normalizeFeed(parseFeed(rss), { baseUrl: BASE });
    expect(articles).to.have.length(1);
    expect(articles[0]).to.include({ title: 'Đảng ủy xã họp', summary: 'Tin vắn.' });
    expect(articles[0].url).to.equal(undefined);
    expect(articles[0].image).to.equal(undefined);
    expect(problems.map((p) => `${p.field}:${p.dropped}`)).to.deep.equal(['url:field', 'image:field']);
  });

  it('does the same for what elements are handed', () => {
    const { article, problems } = toArticle({
      id: 'the',
      title: 'Tin',
      date_published: '2026-03-30T11:32:00+07:00',
      url: BAD_HOST,
    });
    expect(article).to.include({ id: 'the', title: 'Tin' }).and.not.to.have.property('url');
    expect(named(problems)).to.deep.equal(['the:url:field']);
    const related = toRelated([{ title: 'Tin A', url: BAD_PORT }]);
    expect(related.items).to.deep.equal([{ title: 'Tin A' }]);
    expect(named(related.problems)).to.deep.equal(['#0:related.url:field']);
  });
});
