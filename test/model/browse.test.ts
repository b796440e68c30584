import { expect } from '@open-wc/testing';
import { inCategory, matchesQuery, newestFirst, relatedFor } from '../../src/model/browse.js';
import { normalizeFeed } from '../../src/model/normalize-feed.js';
import { seedFeed } from '../helpers.js';

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
    expect(relatedFor({ ...articles[3], category: undefined, tags: ['không'] , related: [] }, articles)).to.deep.equal([]);
  });
});
