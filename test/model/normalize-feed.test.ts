import { expect } from '@open-wc/testing';

import { isNormalizedArticle, toArticle, toRelated } from '../../src/model/items/element-input.js';
import { normalizeFeed } from '../../src/model/items/normalize-feed.js';
import { FeedError } from '../../src/model/reading/feed-error.js';
import type { Problem } from '../../src/model/types.js';
import { SEED_ID, SEED_URL, seedFeed, seedJson } from '../harness.js';

const item = (extra: Record<string, unknown> = {}) => ({
  id: 'a',
  title: 'Tiêu đề',
  date_published: '2022-03-30T11:32:00+07:00',
  ...extra,
});
const only = (extra: Record<string, unknown>) =>
  normalizeFeed([item(extra)], { baseUrl: 'https://example.gov.vn/feed.json' });
const fields = (problems: Problem[]) => problems.map((p) => `${p.item}:${p.field}:${p.dropped}`);

describe('normalizeFeed', () => {
  it('reads the seed feed: every fact of the reference article', async () => {
    const { feed, articles, problems } = await seedFeed();
    expect(problems).to.deep.equal([]);
    expect(feed).to.deep.equal({
      title: 'Hoạt động của các tổ chức Đảng cơ sở',
      homePageUrl: 'https://example.gov.vn/',
      language: 'vi',
    });
    expect(articles.map((a) => a.id)).to.have.length(4);
    const seed = articles[0];
    expect(seed.id).to.equal(SEED_ID);
    expect(seed.title).to.match(/^Đảng ủy Ngân hàng Nhà nước tỉnh Lạng Sơn tổ chức Hội nghị sinh hoạt chuyên đề/);
    expect(seed.title).to.match(/“tự soi, tự sửa”$/);
    expect(seed.datePublished!.toISOString()).to.equal('2022-03-30T04:32:00.000Z');
    expect(seed.dateModified?.toISOString()).to.equal('2022-03-30T08:00:00.000Z');
    expect(seed.authors).to.deep.equal([
      { name: 'Nguyễn Thị Thu Giang', organization: 'Đảng bộ Ngân hàng Nhà nước tỉnh Lạng Sơn' },
    ]);
    expect(seed.category).to.deep.equal({ id: 'to-chuc-dang-co-so', name: 'Hoạt động của các tổ chức Đảng cơ sở' });
    expect(seed.tags).to.deep.equal(['xây dựng Đảng', 'tự soi, tự sửa', 'sinh hoạt chuyên đề']);
    expect(seed.related).to.have.length(3);
    expect(seed.image?.src).to.equal(new URL('/fixtures/images/hoi-nghi-phat-bieu.svg', location.href).href);
    expect(seed.image).to.include({ width: 1200, height: 800 });
    expect(seed.baseUrl).to.equal(SEED_URL);
    expect(isNormalizedArticle(seed)).to.equal(true);
  });

  it('accepts JSON Feed 1.0 (author, date_modified only) and a bare array', () => {
    const v10 = normalizeFeed({
      version: 'https://jsonfeed.org/version/1',
      items: [
        {
          id: 7,
          title: 'Tin',
          date_modified: '2022-03-30T11:32:00+07:00',
          author: { name: 'Ban Tuyên giáo' },
          image: 'https://example.gov.vn/a.jpg',
        },
      ],
    });
    expect(v10.problems).to.deep.equal([]);
    expect(v10.articles[0]).to.include({ id: '7', title: 'Tin' });
    expect(v10.articles[0].datePublished!.toISOString()).to.equal('2022-03-30T04:32:00.000Z');
    expect(v10.articles[0].authors).to.deep.equal([{ name: 'Ban Tuyên giáo' }]);
    expect(v10.articles[0].image).to.deep.equal({ src: 'https://example.gov.vn/a.jpg', alt: '' });
    expect(normalizeFeed([item()]).articles).to.have.length(1);
  });

  it('throws a FeedError for input that is not a feed', () => {
    for (const bad of [null, 42, 'items', { items: 'no' }, { entries: [] }, true]) {
      expect(() => normalizeFeed(bad), JSON.stringify(bad)).to.throw(FeedError);
    }
    try {
      normalizeFeed({});
    } catch (e) {
      expect((e as FeedError).code).to.equal('invalid-shape');
    }
  });

  it('skips invalid items, names each by id or index and field, and keeps every valid one', () => {
    const { articles, problems } = normalizeFeed([
      item({ id: 'ok-1' }),
      { title: 'no id', date_published: '2022-03-30T11:32:00+07:00' },
      item({ id: 'no-title', title: '   ' }),
      item({ id: 'bad-date', date_published: '30/02/2022' }),
      item({ id: 'no-date', date_published: undefined }),
      'not an object',
      null,
      item({ id: 'ok-2' }),
      item({ id: 'ok-1', title: 'duplicate' }),
      item({ id: { nested: 1 } }),
    ]);
    expect(articles.map((a) => a.id)).to.deep.equal(['ok-1', 'ok-2']);
    expect(articles[0].title).to.equal('Tiêu đề');
    expect(fields(problems)).to.deep.equal([
      '#1:id:item',
      'no-title:title:item',
      'bad-date:date_published:item',
      'no-date:date_published:item',
      '#5:item:item',
      '#6:item:item',
      'ok-1:id:item',
      '#9:id:item',
    ]);
    expect(problems.every((p) => p.message.length > 5)).to.equal(true);
  });

  it('reports an item whose date is null as having none, never dropping it in silence', () => {
    const { articles, problems } = normalizeFeed([item({ id: 'null-date', date_published: null })]);
    expect(articles).to.deep.equal([]);
    expect(fields(problems)).to.deep.equal(['null-date:date_published:item']);
  });

  it('falls back to date_modified when date_published is invalid, dropping only that field', () => {
    const { articles, problems } = only({ date_published: 'yesterday', date_modified: '2022-03-31T08:00:00Z' });
    expect(articles).to.have.length(1);
    expect(articles[0].datePublished!.toISOString()).to.equal('2022-03-31T08:00:00.000Z');
    expect(fields(problems)).to.deep.equal(['a:date_published:field']);
  });

  it('drops a wrong-typed optional field with a problem, never the item', () => {
    const { articles, problems } = only({
      url: 'javascript:alert(1)',
      summary: 42,
      content_html: ['<p>x</p>'],
      image: { src: 'javascript:alert(1)' },
      authors: [{ name: 'Ok' }, { organization: 'no name' }, 5],
      category: 7,
      tags: ['ok', 3, 'ok', ''],
      related: ['a', { url: '/x' }, true],
      language: {},
      date_modified: 'later',
    });
    expect(articles).to.have.length(1);
    const a = articles[0];
    expect(a).not.to.have.property('url');
    expect(a).not.to.have.property('summary');
    expect(a).not.to.have.property('contentHtml');
    expect(a).not.to.have.property('image');
    expect(a).not.to.have.property('category');
    expect(a).not.to.have.property('dateModified');
    expect(a.authors).to.deep.equal([{ name: 'Ok' }]);
    expect(a.tags).to.deep.equal(['ok']);
    expect(a.related).to.deep.equal([]);
    expect(fields(problems)).to.have.members([
      'a:date_modified:field',
      'a:authors[1]:field',
      'a:authors[2]:field',
      'a:tags[1]:field',
      'a:related[1]:field',
      'a:related[2]:field',
      'a:related:field',
      'a:url:field',
      'a:summary:field',
      'a:content_html:field',
      'a:image:field',
      'a:category:field',
      'a:language:field',
    ]);
    expect(problems.find((p) => p.field === 'url')!.message).to.contain('javascript:alert(1)');
  });

  it('decodes entities once, normalises to NFC and resolves relative URLs', () => {
    const { articles } = only({
      title: 'Đảng ủy &amp;amp; &ldquo;tự soi&rdquo;'.normalize('NFD'),
      summary: 'Sapo&nbsp;ngắn',
      url: '../tin/a',
      image: { src: 'anh/a.jpg', alt: 'Ả&nbsp;nh', caption: 'Chú thích', credit: 'TTXVN', width: 800, height: 600 },
      authors: ['Nguyễn Văn A'],
      category: { name: 'Tin &amp; Sự kiện', url: '/chuyen-muc' },
      tags: ['Đảng'.normalize('NFD')],
      content_html: '<p>Đảng</p>'.normalize('NFD'),
    });
    const a = articles[0];
    expect(a.title).to.equal('Đảng ủy &amp; “tự soi”');
    expect(a.title).to.equal(a.title.normalize('NFC'));
    expect(a.summary).to.equal('Sapo ngắn');
    expect(a.url).to.equal('https://example.gov.vn/tin/a');
    expect(a.image).to.deep.equal({
      src: 'https://example.gov.vn/anh/a.jpg',
      alt: 'Ả nh',
      caption: 'Chú thích',
      credit: 'TTXVN',
      width: 800,
      height: 600,
    });
    expect(a.authors).to.deep.equal([{ name: 'Nguyễn Văn A' }]);
    expect(a.category).to.deep.equal({
      id: 'tin-su-kien',
      name: 'Tin & Sự kiện',
      url: 'https://example.gov.vn/chuyen-muc',
    });
    expect(a.tags).to.deep.equal(['Đảng']);
    expect(a.contentHtml).to.equal('<p>Đảng</p>');
  });

  it('turns content_text into escaped paragraphs', () => {
    const { articles } = only({ content_text: 'Một <b>hai</b>\n\nBa & bốn' });
    expect(articles[0].contentHtml).to.equal('<p>Một &lt;b&gt;hai&lt;/b&gt;</p><p>Ba &amp; bốn</p>');
  });

  it('keeps image size only when both width and height are valid', () => {
    const { articles, problems } = only({ image: { src: '/a.jpg', width: 800, height: -1 } });
    expect(articles[0].image).to.deep.equal({ src: 'https://example.gov.vn/a.jpg', alt: '' });
    expect(fields(problems)).to.deep.equal(['a:image.height:field']);
  });

  it('drops related ids that point nowhere or at the item itself', () => {
    const { articles, problems } = normalizeFeed([
      item({
        id: 'a',
        related: [
          'b',
          'missing',
          'a',
          { title: 'Bài khác', url: 'https://example.gov.vn/x', date_published: '2022-01-01T00:00:00Z' },
        ],
      }),
      item({ id: 'b' }),
    ]);
    expect(articles[0].related[0]).to.equal('b');
    expect(articles[0].related[1]).to.deep.include({ title: 'Bài khác', url: 'https://example.gov.vn/x' });
    expect(articles[0].related).to.have.length(2);
    expect(fields(problems)).to.have.members(['a:related:field', 'a:related[1]:field']);
  });

  it('reports problems in feed-level fields without losing items', () => {
    const { feed, articles, problems } = normalizeFeed({ title: 5, home_page_url: 'javascript:x', items: [item()] });
    expect(feed).to.deep.equal({});
    expect(articles).to.have.length(1);
    expect(fields(problems)).to.deep.equal(['feed:title:field', 'feed:home_page_url:field']);
  });

  it('uses the feed language for items that do not set one', async () => {
    const json = await seedJson();
    json.items[1].language = 'en';
    const { articles } = normalizeFeed(json, { baseUrl: SEED_URL });
    expect(articles.map((a) => a.language)).to.deep.equal(['vi', 'en', 'vi', 'vi']);
  });
});

describe('toArticle and toRelated', () => {
  it('passes normalised articles through and validates raw ones', async () => {
    const { articles } = await seedFeed();
    expect(toArticle(articles[0]).article).to.equal(articles[0]);
    const raw = toArticle({
      id: 'x',
      title: '<b>t</b>',
      date_published: '2022-03-30T11:32:00+07:00',
      url: 'javascript:alert(1)',
    });
    expect(raw.article?.url).to.equal(undefined);
    expect(raw.problems.map((p) => p.field)).to.deep.equal(['url']);
    expect(toArticle({ title: 'x' }).article).to.equal(undefined);
    expect(toArticle(undefined)).to.deep.equal({ problems: [] });
    expect(toArticle('x').problems).to.have.length(1);
  });

  it('reads related entries, refusing bare ids and unsafe URLs', async () => {
    const { articles } = await seedFeed();
    const { items, problems } = toRelated([
      articles[1],
      { title: 'Tin', url: 'javascript:alert(1)', date_published: '2022-03-01T08:00:00+07:00' },
      'some-id',
      { url: '/no-title' },
    ]);
    expect(items[0]).to.equal(articles[1]);
    expect(items[1]).to.deep.equal({ title: 'Tin', datePublished: new Date('2022-03-01T01:00:00Z') });
    expect(items).to.have.length(2);
    expect(problems.map((p) => p.field)).to.deep.equal(['related.url', 'articles[2]', 'articles[3]']);
  });
});
