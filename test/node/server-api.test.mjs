// party-news/server.js, as a portal's own Node server would use it: read a feed, render elements.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const { readFeed, renderFeed, renderReport, HYDRATE_SCRIPT } = await import('../../dist/node/server.js');
const BASE = 'https://dangbo.example.gov.vn/tin-tuc.json';

describe('party-news/server.js', () => {
  it('reads a feed file as the widget does, and renders the reference report with its captions', async () => {
    const { feed, format } = await readFeed('fixtures/feeds/seed.json', { baseUrl: BASE });
    assert.equal(format, undefined);
    assert.equal(feed.articles.length, 4);
    const html = await renderReport(feed.articles[0]);
    assert.match(html, /^<!--lit-part [^>]*--><!--lit-node 0--><party-news-report [^>]*lang="vi"[^>]*>/);
    assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
    assert.match(html, /30-03-2022 11:32/);
    assert.match(html, /<figcaption>Quang cảnh Hội nghị tại phần thảo luận<\/figcaption>/);
  });

  it('renders the feed element with its first screen and the feed inside it, from data already parsed', async () => {
    const data = JSON.parse(readFileSync('fixtures/feeds/seed.json', 'utf8'));
    const { feed } = await readFeed(data, { baseUrl: BASE });
    const html = await renderFeed(feed, { pageSize: 2, lang: 'en' });
    assert.equal([...html.matchAll(/<article part="card"/g)].length, 2);
    assert.match(html, /Showing 2 of 4/);
    assert.match(html, /<script type="application\/json">\{"title":"Hoạt động của các tổ chức Đảng cơ sở"/);
  });

  it('reads an RSS feed from a Vietnamese CMS, keeping its format for renderFeed', async () => {
    const { feed, format } = await readFeed('test/fixtures/feeds/vn-cms-dotnet.rss.xml', { baseUrl: BASE });
    assert.equal(format, 'RSS 2.0');
    const html = await renderFeed(feed, { format });
    assert.match(html, /"_party_news":\{"format":"RSS 2\.0"\}/);
  });

  it('names the hydrating script it ships', () => {
    assert.match(HYDRATE_SCRIPT, /dist\/party-news\.hydrate\.iife\.js$/);
    assert.ok(readFileSync(HYDRATE_SCRIPT).length > 10_000);
  });
});
