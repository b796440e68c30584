import { expect } from '@open-wc/testing';

import { inCategory, matchesQuery, newestFirst, relatedFor } from '../../src/model/browse.js';
import { normalizeFeed } from '../../src/model/normalize-feed.js';
import { seedFeed } from '../harness.js';

describe('browse', () => {
  it('orders newest first, keeping feed order for equal dates', () => {
    const { articles } = normalizeFeed([
      { id: 'old', title: 'A', date_published: '2022-01-01T00:00:00Z' },
      { id: 'new', title: 'B', date_published: '2022-03-01T00:00:00Z' },
      { id: 'mid1', title: 'C', date_published: '2022-02-01T00:00:00Z' },
      { id: 'mid2', title: 'D', date_published: '2022-02-01T00:00:00Z' },
    ]);
    expect(newestFirst(articles).map((a) => a.id)).to.deep.equal(['new', 'mid1', 'mid2', 'old']);
  });

  it('searches ignoring case and diacritics, with đ as d', async () => {
    const { articles } = await seedFeed();
    const find = (q: string) => articles.filter((a) => matchesQuery(a, q)).map((a) => a.id);
    expect(find('dang uy ngan hang')).to.deep.equal(['nhnn-lang-son-2022-03-30']);
    expect(find('ĐẢNG ỦY NGÂN HÀNG')).to.deep.equal(['nhnn-lang-son-2022-03-30']);
    expect(find('tai chinh')).to.deep.equal(['chi-bo-so-tai-chinh-sinh-hoat-2022-03-10']);
    expect(find('kho bac')).to.deep.equal(['kho-bac-tong-ket-xay-dung-dang-2022-01-20']);
    expect(find('nguyen thi thu giang')).to.deep.equal(['nhnn-lang-son-2022-03-30']);
    expect(find('không có bài này')).to.deep.equal([]);
    expect(find('   ')).to.have.length(4);
  });

  it('filters by category id or name', async () => {
    const { articles } = await seedFeed();
    expect(articles.filter((a) => inCategory(a, 'to-chuc-dang-co-so'))).to.have.length(3);
    expect(articles.filter((a) => inCategory(a, 'hoat dong cua cac to chuc dang co so'))).to.have.length(4);
    expect(articles.filter((a) => inCategory(a, 'khac'))).to.have.length(0);
  });

  it('relates by ids first, else by shared category or tags, newest first', async () => {
    const { articles } = await seedFeed();
    expect(relatedFor(articles[0], articles).map((a) => a.title)).to.deep.equal(articles.slice(1).map((a) => a.title));
    const others = relatedFor(articles[2], articles).map((a) => (a as { id: string }).id);
    expect(others).to.deep.equal(['nhnn-lang-son-2022-03-30', 'dang-uy-khoi-hoc-tap-nghi-quyet-2022-03-15']);
    expect(relatedFor({ ...articles[3], category: undefined, tags: ['không'], related: [] }, articles)).to.deep.equal(
      [],
    );
  });
});

describe('newestArticles', () => {
  it('gives the first screen normalizeFeed + newestFirst would give, reading only what it needs', async () => {
    const { newestArticles } = await import('../../src/model/newest-articles.js');
    const raw: unknown[] = [];
    for (let i = 0; i < 300; i++) {
      const day = String(1 + ((i * 7) % 28)).padStart(2, '0');
      raw.push({
        id: `a${i % 250}`,
        title: `Tin ${i}`,
        date_published: i % 5 === 0 ? `2022-03-${day}T10:00` : `2022-03-${day}T10:00:00+07:00`,
      });
    }
    raw.splice(10, 0, { id: 'bad', title: '', date_published: '2022-03-31T00:00:00Z' }, 'junk', {
      id: 'a3',
      title: 'twin',
      date_published: '2022-04-01T00:00:00Z',
    });
    raw.push({ id: 'late', title: 'only modified', date_modified: '2022-03-29T23:00:00Z' });
    // An impossible published date is refused; the item stands at its modified date, in both readings.
    raw.push({
      id: 'feb-30',
      title: 'impossible date',
      date_published: '2022-02-30T10:00:00+07:00',
      date_modified: '2022-03-29T22:00:00Z',
    });
    const full = newestFirst(normalizeFeed(raw).articles).map((a) => `${a.id} ${a.title}`);
    for (const n of [1, 6, 20])
      expect(
        newestArticles(raw, n).map((a) => `${a.id} ${a.title}`),
        `${n}`,
      ).to.deep.equal(full.slice(0, n));
  });

  it('still agrees when the newest items are mostly invalid (the whole feed is ordered then)', async () => {
    const { newestArticles } = await import('../../src/model/newest-articles.js');
    const raw = [
      ...Array.from({ length: 80 }, (_, i) => ({
        id: `bad-${i}`,
        title: ' ',
        date_published: `2023-01-01T00:${String(i % 60).padStart(2, '0')}:00Z`,
      })),
      ...Array.from({ length: 40 }, (_, i) => ({
        id: `ok-${i}`,
        title: `Tin ${i}`,
        date_published: `2022-0${1 + (i % 9)}-10T00:00:00Z`,
      })),
    ];
    const full = newestFirst(normalizeFeed(raw).articles).map((a) => a.id);
    expect(newestArticles(raw, 6).map((a) => a.id)).to.deep.equal(full.slice(0, 6));
  });
});
