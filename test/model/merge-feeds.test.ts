import { expect } from '@open-wc/testing';

import { mergeFeeds } from '../../src/model/items/merge-feeds.js';
import { nativeItem } from '../../src/model/items/native-item.js';
import { normalizeFeed } from '../../src/model/items/normalize-feed.js';

const unit = (name: string, items: Record<string, unknown>[]) => ({ name, articles: normalizeFeed(items).articles });

describe("merging several units' feeds", () => {
  const a = unit('Chi bộ A', [
    {
      id: '1',
      title: 'Chi bộ A sinh hoạt chuyên đề',
      url: 'https://a.example.gov.vn/tin/1',
      date_published: '2022-03-30T08:00:00+07:00',
    },
    {
      id: '2',
      title: 'Hội nghị liên tịch',
      url: 'https://a.example.gov.vn/tin/hoi-nghi',
      date_published: '2022-03-28T09:00:00+07:00',
    },
  ]);
  const b = unit('Chi bộ B', [
    // The same article as A's second: same page, written differently.
    {
      id: 'b-7',
      title: 'Hội nghị liên tịch (cập nhật)',
      url: 'https://www.a.example.gov.vn/tin/hoi-nghi/#top',
      date_published: '2022-03-28T10:00:00+07:00',
    },
    // Its own article, numbered as A numbers its first.
    { id: '1', title: 'Chi bộ B kết nạp đảng viên mới', date_published: '2022-03-29T15:00:00+07:00' },
    // The same title on the same day as A's first, without a link: one article.
    { id: 'b-9', title: 'CHI BỘ A  sinh hoạt chuyên đề', date_published: '2022-03-30T20:00:00+07:00' },
  ]);

  it('lists every article once, newest first, each naming the units that published it', () => {
    const merged = mergeFeeds([a, b]);
    expect(merged.map((x) => [x.title, x.units])).to.deep.equal([
      ['Chi bộ A sinh hoạt chuyên đề', ['Chi bộ A', 'Chi bộ B']],
      ['Chi bộ B kết nạp đảng viên mới', ['Chi bộ B']],
      ['Hội nghị liên tịch', ['Chi bộ A', 'Chi bộ B']],
    ]);
  });

  it('keeps two different articles with the same id apart', () => {
    const ids = mergeFeeds([a, b]).map((x) => x.id);
    expect(ids).to.deep.equal(['1', '2:1', '2']);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it("points related ids at the unit's own articles, whatever id they have in the merged list", () => {
    const c = unit('Chi bộ C', [
      // Numbered as A numbers its own: "2" here is C's article, not A's.
      { id: '1', title: 'Chi bộ C tổng kết năm', date_published: '2022-03-31T08:00:00+07:00', related: ['2', '3'] },
      { id: '2', title: 'Chi bộ C bầu cấp ủy', date_published: '2022-03-20T08:00:00+07:00' },
      // A's second article, which C published too.
      {
        id: '3',
        title: 'Hội nghị liên tịch',
        url: 'https://a.example.gov.vn/tin/hoi-nghi',
        date_published: '2022-03-28T09:00:00+07:00',
      },
    ]);
    const merged = mergeFeeds([a, c]);
    const byId = new Map(merged.map((x) => [x.id, x]));
    const review = merged.find((x) => x.title === 'Chi bộ C tổng kết năm')!;
    expect(review.related.map((id) => byId.get(id as string)?.title)).to.deep.equal([
      'Chi bộ C bầu cấp ủy',
      'Hội nghị liên tịch',
    ]);
    expect(c.articles[0].related).to.deep.equal(['2', '3']);
  });

  it("leaves the units' own articles untouched", () => {
    mergeFeeds([a, b]);
    expect(a.articles.map((x) => x.units)).to.deep.equal([undefined, undefined]);
    expect(b.articles[1].id).to.equal('1');
  });

  it('writes and reads the units in the native JSON, as party-news aggregate writes them', () => {
    const [first] = mergeFeeds([a, b]);
    const item = nativeItem(first);
    expect(item.units).to.deep.equal(['Chi bộ A', 'Chi bộ B']);
    expect(normalizeFeed([item]).articles[0].units).to.deep.equal(['Chi bộ A', 'Chi bộ B']);
  });
});
