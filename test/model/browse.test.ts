import { expect } from '@open-wc/testing';

import { categoriesOf, filterArticles, inCategory, matchesQuery, relatedFor } from '../../src/model/browsing/browse.js';
import { matchedRanges, queryWords } from '../../src/model/browsing/word-search.js';
import { newestFirst } from '../../src/model/items/feed-order.js';
import { normalizeFeed } from '../../src/model/items/normalize-feed.js';
import { seedFeed } from '../harness.js';

describe('browse', () => {
  describe('one day, and the categories', () => {
    const { articles } = normalizeFeed([
      // 23:30 UTC on the 29th is 06:30 on the 30th in Vietnam.
      { id: 'dawn', title: 'A', date_published: '2022-03-29T23:30:00Z', category: 'Xây dựng Đảng' },
      { id: 'noon', title: 'B', date_published: '2022-03-30T12:00:00+07:00', category: 'Công tác dân vận' },
      { id: 'eve', title: 'C', date_published: '2022-03-29T20:00:00+07:00', category: 'Xây dựng Đảng' },
    ]);
    const ids = (list: { id: string }[]) => list.map((a) => a.id);

    it('keeps the articles of a day in the time zone given (Vietnam time by default)', () => {
      expect(ids(filterArticles(articles, { day: '2022-03-30' }))).to.deep.equal(['dawn', 'noon']);
      expect(ids(filterArticles(articles, { day: '2022-03-29' }))).to.deep.equal(['eve']);
      expect(ids(filterArticles(articles, { day: '2022-03-29', timeZone: 'UTC' }))).to.deep.equal(['dawn', 'eve']);
      expect(ids(filterArticles(articles, { day: '2022-03-30', category: 'xay dung dang' }))).to.deep.equal(['dawn']);
    });

    it('lists each category once, in the order it first appears', () => {
      expect(categoriesOf(articles).map((c) => c.name)).to.deep.equal(['Xây dựng Đảng', 'Công tác dân vận']);
    });
  });

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

  describe('search by words', () => {
    const date_published = '2026-09-16T10:30:00+07:00';
    const { articles } = normalizeFeed(
      [
        { id: 'du', title: 'Đảng ủy Khối cơ quan tỉnh học tập Nghị quyết' },
        { id: 'dk', title: 'Phòng Đăng ký kinh doanh tổng kết quý I' },
        {
          id: 'tt',
          title: 'Chi bộ Thanh tra huyện sinh hoạt chuyên đề',
          summary: 'Bí thư chi bộ (Đảng viên lâu năm) phát biểu.',
        },
        { id: 'hoa', title: 'Xã Quảng Hoà trao Huy hiệu 40 năm tuổi Đảng,', tags: ['Nguyễn Văn Dân'] },
        { id: 'dan', title: 'Lấy ý kiến nhân dân về dự thảo', authors: [{ name: 'Lê Thị Hằng' }] },
      ].map((item) => ({ ...item, date_published })),
    );
    expect(articles).to.have.length(5);
    const find = (q: string) => articles.filter((a) => matchesQuery(a, q)).map((a) => a.id);

    it('matches each query word at the start of a word, never inside one', () => {
      expect(find('dang uy')).to.deep.equal(['du']); // not "quý" in "Phòng Đăng ký … quý I"
      expect(find('uy')).to.deep.equal(['du']);
      expect(find('ang')).to.deep.equal([]);
      expect(find('ng')).to.deep.equal(['du', 'hoa']); // "Nghị", "Nguyễn": words that start with it
      expect(find('chuy')).to.deep.equal(['tt']);
      expect(find('hang')).to.deep.equal(['dan']); // an author
      expect(find('nguyen dan')).to.deep.equal(['hoa']); // a tag
    });

    it('matches any marks when a word is typed without them, and those marks when typed with them', () => {
      expect(find('dang')).to.deep.equal(['du', 'dk', 'tt', 'hoa']);
      expect(find('ĐẢNG ỦY')).to.deep.equal(['du']);
      expect(find('đăng')).to.deep.equal(['dk']);
      expect(find('Đảng')).to.deep.equal(['du', 'tt', 'hoa']);
      expect(find('quý')).to.deep.equal(['dk']); // not "quyết": the tone is the syllable's
      expect(find('quy')).to.deep.equal(['du', 'dk']); // "quyết", "quý"
      expect(find('quyết')).to.deep.equal(['du']);
      expect(find('quỹ')).to.deep.equal([]);
      // Letters with their own marks differ: â is not a.
      expect(find('dân')).to.deep.equal(['hoa', 'dan']);
      expect(find('dan')).to.deep.equal(['du', 'dk', 'tt', 'hoa', 'dan']);
      // A whole word typed without a tone means the level tone; a word still being typed, any tone.
      expect(find('dẫn')).to.deep.equal([]);
      expect(find('nguyên')).to.deep.equal([]);
      expect(find('nguyê')).to.deep.equal(['hoa']);
      expect(find('Nguyễn')).to.deep.equal(['hoa']);
      // The tone belongs to the syllable, wherever the portal put it.
      expect(find('Hòa')).to.deep.equal(['hoa']);
      expect(find('hoá')).to.deep.equal([]);
    });

    it('reads đ as d: "đang" is a word without marks', () => {
      expect(find('đang')).to.deep.equal(find('dang'));
      expect(find('Đang ủy')).to.deep.equal(['du']);
      expect(find('dăng')).to.deep.equal(['dk']);
    });

    it('reads a query typed decomposed (NFD) as the same words', () => {
      const nfd = 'Đảng ủy'.normalize('NFD');
      expect(nfd).to.not.equal('Đảng ủy');
      expect(find(nfd)).to.deep.equal(['du']);
      expect(find('đăng'.normalize('NFD'))).to.deep.equal(['dk']);
    });

    it('treats punctuation as a space, in the query and in the text', () => {
      expect(find('Đảng ủy,')).to.deep.equal(['du']);
      expect(find('(Đảng')).to.deep.equal(['du', 'tt', 'hoa']);
      expect(find('đảng viên')).to.deep.equal(['tt']); // "(Đảng viên" in a summary
      expect(find('tuổi Đảng')).to.deep.equal(['hoa']); // "Đảng," ends a title
      expect(find('40')).to.deep.equal(['hoa']);
    });

    it('finds everything for an empty query, or one of spaces and punctuation', () => {
      for (const q of ['', '   ', ' , ( ) '])
        expect(find(q), JSON.stringify(q)).to.deep.equal(['du', 'dk', 'tt', 'hoa', 'dan']);
    });

    it('gives the matched beginning of each word, for highlighting', () => {
      const marked = (text: string, q: string) =>
        matchedRanges(text, queryWords(q)).map(([start, end]) => text.slice(start, end));
      expect(marked('Đảng ủy xã Tân Thanh, quý I', 'dang uy')).to.deep.equal(['Đảng', 'ủy']);
      expect(marked('Chi bộ Thanh tra; Tân Thanh', 'thanh')).to.deep.equal(['Thanh', 'Thanh']);
      expect(marked('Nguyễn Văn Dân', 'nguyê dân')).to.deep.equal(['Nguyễ', 'Dân']);
      expect(marked('Dân dẫn', 'd')).to.deep.equal(['D', 'd']);
      expect(marked('Nguyễn Văn Dân'.normalize('NFD'), 'van').map((s) => s.normalize('NFC'))).to.deep.equal(['Văn']);
      expect(marked('Phòng Đăng ký', 'đảng')).to.deep.equal([]);
      // The tone is read after the syllable's vowels: typed so far, "thà" begins "thành"; an open
      // syllable typed without its tone ("thư") may still get one ("Thứ").
      expect(marked('Thành lập, thanh tra', 'thà')).to.deep.equal(['Thà']);
      expect(marked('Thứ Hai: thư mời, thu chi', 'thư')).to.deep.equal(['Thứ', 'thư']);
    });
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
    const { newestArticles } = await import('../../src/model/items/newest-articles.js');
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
    const { newestArticles } = await import('../../src/model/items/newest-articles.js');
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
