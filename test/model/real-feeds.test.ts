// The real-feed conformance corpus (test/fixtures/feeds/): each feed proves one way CMSs really
// write RSS and Atom, read through the same path as the elements: parse → normalise.
import { expect } from '@open-wc/testing';

import { newestFirst } from '../../src/model/items/feed-order.js';
import { newestArticles } from '../../src/model/items/newest-articles.js';
import { normalizeFeed } from '../../src/model/items/normalize-feed.js';
import { parseFeed } from '../../src/model/reading/parse-feed.js';
import type { Article, NormalizedFeed, RelatedArticle } from '../../src/model/types.js';

const read = async (name: string, timeZone?: string): Promise<NormalizedFeed> => {
  const url = new URL(`/test/fixtures/feeds/${name}`, location.href).href;
  return normalizeFeed(parseFeed(await (await fetch(url)).text()), { baseUrl: url, timeZone });
};
const iso = (a: Article) => a.datePublished?.toISOString();
const byTitle = (feed: NormalizedFeed) => Object.fromEntries(feed.articles.map((a) => [a.title, a]));
const problemsOf = (feed: NormalizedFeed, item: string) => feed.problems.filter((p) => p.item === item);

describe('real feeds: dates', () => {
  it('reads the month-first 12-hour dates of .NET CMSs and GMT+7, keeping every item', async () => {
    const feed = await read('dates-dotnet-month-first.rss.xml');
    expect(feed.articles.map(iso)).to.deep.equal([
      '2026-09-16T03:30:00.000Z',
      '2026-09-15T02:02:15.000Z',
      '2026-09-14T06:05:00.000Z',
    ]);
    // Reported as what they are: not RFC 822, read month first, no zone so Vietnam time.
    const [first] = problemsOf(feed, '1');
    expect(first).to.include({ field: 'pubDate', dropped: 'none' });
    expect(first.message).to.contain('is not RFC 822; read as M/D/Y').and.contain('Vietnam time');
    expect(problemsOf(feed, '2')).to.deep.equal([]);
    expect(feed.problems.some((p) => p.message.includes('RFC 3339'))).to.equal(false);
  });

  it('reads every zone name and offset to the right instant, never silently as +07:00', async () => {
    const feed = await read('dates-zone-names.rss.xml');
    expect(Object.fromEntries(feed.articles.map((a) => [a.id, iso(a)]))).to.deep.equal({
      met: '2026-09-15T08:00:00.000Z',
      mest: '2026-09-15T07:00:00.000Z',
      cet: '2026-09-15T08:00:00.000Z',
      pt: '2026-09-15T17:00:00.000Z',
      at: '2026-09-15T13:00:00.000Z',
      utc: '2026-09-15T09:00:00.000Z',
      ict: '2026-09-15T02:00:00.000Z',
      z: '2026-09-15T09:00:00.000Z',
      utc530: '2026-09-15T03:30:00.000Z',
    });
    expect(feed.problems).to.deep.equal([]);
  });

  it('reads date-only RFC 822, asctime, "13 Feb, 2012", ISO with a space, dc:date and dcterms', async () => {
    const feed = await read('dates-other-forms.rss.xml');
    expect(Object.fromEntries(feed.articles.map((a) => [a.id, iso(a)]))).to.deep.equal({
      'date-only': '2026-09-14T17:00:00.000Z',
      asctime: '2004-01-04T09:29:06.000Z',
      comma: '2012-02-13T06:28:00.000Z',
      space: '2026-09-15T02:02:15.000Z',
      partial: '2003-11-30T17:00:00.000Z',
      dcterms: '2026-09-15T02:00:00.000Z',
    });
    expect(byTitle(feed).dcterms.dateModified?.toISOString()).to.equal('2026-09-16T02:00:00.000Z');
    // dc:date is W3C-DTF, which allows "2003-12": only its missing zone is reported.
    expect(problemsOf(feed, 'partial').map((p) => p.field)).to.deep.equal(['dc:date']);
    expect(problemsOf(feed, 'partial')[0].message).to.not.contain('is not W3C-DTF');
    expect(problemsOf(feed, 'space')[0].message).to.contain('is not RFC 822; read as ISO 8601');
  });

  it('reads zoneless dates in the feed time zone it is given', async () => {
    const feed = await read('dates-dotnet-month-first.rss.xml', 'UTC');
    expect(iso(feed.articles[0])).to.equal('2026-09-16T10:30:00.000Z');
    expect(problemsOf(feed, '1')[0].message).to.contain('read as UTC');
  });

  it('shows every item of a feed whose every date is missing or unreadable, in feed order, and says so', async () => {
    const feed = await read('dates-all-unreadable.rss.xml');
    expect(feed.articles.map((a) => a.title)).to.deep.equal([
      'Tin thứ nhất',
      'Tin thứ hai',
      'Tin thứ ba',
      'Tin thứ tư',
    ]);
    expect(feed.articles.every((a) => a.datePublished === undefined)).to.equal(true);
    expect(newestFirst(feed.articles).map((a) => a.title)).to.deep.equal(feed.articles.map((a) => a.title));
    expect(
      newestArticles(parseFeed(await (await fetch('/test/fixtures/feeds/dates-all-unreadable.rss.xml')).text()), 2).map(
        (a) => a.title,
      ),
    ).to.deep.equal(['Tin thứ nhất', 'Tin thứ hai']);
    const dates = feed.problems.filter((p) => p.field === 'pubDate');
    expect(dates).to.have.length(4);
    for (const p of dates) expect(p.message).to.contain('shown without a dateline, in feed order');
    expect(dates[0].message).to.contain('"hôm qua" is not a date (RFC 822)');
    expect(dates[1].message).to.contain('not a real date');
    expect(feed.problems.every((p) => p.dropped !== 'item')).to.equal(true);
  });

  it("says why an undated RSS or Atom item with neither link nor body is skipped, in the feed's own terms", async () => {
    const feed = await read('dates-undated-no-link.rss.xml');
    expect(feed.articles.map((a) => a.title)).to.deep.equal(['Tin có ngày', 'Tin không ngày có đường dẫn']);
    const skipped = feed.problems.filter((p) => p.dropped === 'item');
    expect(skipped.map((p) => [p.item, p.field, p.message])).to.deep.equal([
      [
        'tin-2',
        'pubDate',
        'is missing, and so is dc:date; an item with a link or a body is kept without a dateline; this one has neither',
      ],
      [
        'tin-3',
        'pubDate',
        '"hôm qua" is not a date (RFC 822); an item with a link or a body is kept without a dateline; this one has neither',
      ],
    ]);
    // No JSON Feed names: the feed's author looks for pubDate, not date_published or date_modified.
    expect(feed.problems.some((p) => /date_(published|modified)/.test(p.field + p.message))).to.equal(false);

    const atom = normalizeFeed(
      parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id>
        <entry><title>Chỉ có tiêu đề</title><id>urn:e1</id></entry></feed>`),
    );
    expect(atom.articles).to.have.length(0);
    expect(atom.problems.map((p) => [p.field, p.message, p.dropped])).to.deep.equal([
      [
        'updated',
        'is missing, and so is published; an item with a link or a body is kept without a dateline; this one has neither',
        'item',
      ],
    ]);
  });

  it('keeps an undated item beside its dated neighbours', () => {
    const rss = `<rss version="2.0"><channel><title>T</title>
      <item><title>B</title><link>https://x.vn/b</link><pubDate>Tue, 15 Sep 2026 09:00:00 +0700</pubDate></item>
      <item><title>Undated</title><link>https://x.vn/u</link></item>
      <item><title>A</title><link>https://x.vn/a</link><pubDate>Wed, 16 Sep 2026 09:00:00 +0700</pubDate></item>
      <item><title>C</title><link>https://x.vn/c</link><pubDate>Mon, 14 Sep 2026 09:00:00 +0700</pubDate></item></channel></rss>`;
    const { articles } = normalizeFeed(parseFeed(rss));
    expect(newestFirst(articles).map((a) => a.title)).to.deep.equal(['A', 'B', 'Undated', 'C']);
    expect(newestArticles(parseFeed(rss), 4).map((a) => a.title)).to.deep.equal(['A', 'B', 'Undated', 'C']);
  });

  it('still requires a date in native JSON, where the format says it is required', () => {
    const { articles, problems } = normalizeFeed({ items: [{ id: 'a', title: 'A', url: 'https://x.vn/a' }] });
    expect(articles).to.deep.equal([]);
    expect(problems[0]).to.include({ field: 'date_published', dropped: 'item' });
  });
});

describe('real feeds: ids, bylines, links', () => {
  it('never merges two different articles that share a link; drops only the true duplicate', async () => {
    const feed = await read('ids-shared-link.rss.xml');
    expect(feed.articles.map((a) => a.title)).to.deep.equal(['Bài một', 'Bài hai', 'Bài ba']);
    expect(new Set(feed.articles.map((a) => a.id)).size).to.equal(3);
    expect(feed.problems.map((p) => `${p.index}:${p.field}:${p.dropped}`)).to.deep.equal(['3:id:item']);
  });

  it('gives names, never addresses, as bylines', async () => {
    const feed = await read('bylines.rss.xml');
    const names = Object.fromEntries(feed.articles.map((a) => [a.id, a.authors.map((x) => x.name)]));
    expect(names).to.deep.equal({
      a: ['Example editor'],
      b: ['Nguyễn Văn An'],
      c: ['Maanvi Singh (now)', 'Trần Thị Bình'],
      d: [],
    });
    expect(problemsOf(feed, 'd')).to.deep.equal([
      {
        item: 'd',
        index: 3,
        field: 'authors',
        message: '"toasoan@example.gov.vn" is an e-mail address, not a name; left out',
        dropped: 'field',
      },
    ]);
  });

  it('takes a permalink guid as the URL when <link> is missing, and only a permalink', async () => {
    const feed = await read('guid-permalink.rss.xml');
    expect(feed.articles.map((a) => a.url)).to.deep.equal(['https://example.gov.vn/tin/permalink', undefined]);
  });

  it("honours Atom's xml:base for links and body URLs, and inherits the feed's author", async () => {
    const feed = await read('atom-xml-base.atom.xml');
    const [a] = feed.articles;
    expect(feed.feed.homePageUrl).to.equal('https://example.gov.vn/tin/');
    expect(a.url).to.equal('https://example.gov.vn/tin/2026/bai-mot.html');
    expect(a.baseUrl).to.equal('https://anh.example.gov.vn/kho/');
    expect(a.image?.src).to.equal('https://anh.example.gov.vn/kho/anh-1.jpg');
    expect(a.authors).to.deep.equal([{ name: 'Ban Tuyên giáo' }]);
    expect(a.language).to.equal('vi');
    // "+0700" is ISO 8601, not RFC 3339 as Atom requires: read, and said.
    expect(iso(a)).to.equal('2026-09-15T02:00:00.000Z');
    expect(feed.problems.map((p) => p.field)).to.deep.equal(['updated']);
  });

  it('matches elements by namespace; titles are text; dc:subject, media:category and xhtml:body are read', async () => {
    const [a] = (await read('namespaces.rss.xml')).articles;
    expect(a.title).to.equal('H2O và tin mới');
    expect(a.summary).to.equal('Tóm tắt thật của bài.');
    expect(a.category?.name).to.equal('Xây dựng Đảng');
    expect(a.tags).to.deep.equal(['Tin địa phương']);
    expect(a.contentHtml).to.equal('<p>Đoạn <strong>XHTML</strong>.</p>');
  });

  it('renders a prefixed svg:svg in XHTML content as an image of itself', async () => {
    const [a] = (await read('atom-xhtml-svg.atom.xml')).articles;
    expect(a.contentHtml).to.match(/^<p>Kết quả:<\/p><img src="data:image\/svg\+xml,%3Csvg[^"]+" alt="Biểu đồ cột">$/);
    const svg = decodeURIComponent(/data:image\/svg\+xml,([^"]+)/.exec(a.contentHtml!)![1]);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.documentElement.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(doc.querySelector('rect')).to.not.equal(null);
  });

  it('finds the thumbnail inside media:group, without taking the video description as a caption', async () => {
    const [a] = (await read('media-group.atom.xml')).articles;
    expect(a.image).to.deep.equal({
      src: 'https://i.ytimg.com/vi/abc123/hqdefault.jpg',
      alt: '',
      width: 480,
      height: 360,
    });
    expect(a.authors[0].name).to.equal('Kênh Đảng bộ');
  });
});

describe('real feeds: ill-formed XML', () => {
  it('repairs bare "&", HTML entities and an undeclared prefix, shows the feed and reports the repair', async () => {
    const feed = await read('ill-formed-entities.rss.xml');
    const [a] = feed.articles;
    expect(feed.feed.title).to.equal('Tin & sự kiện');
    expect(a.title).to.equal('Hội nghị\u00a0Ban Chấp hành\u00a0mở rộng'.replace(/\u00a0/g, ' '));
    expect(a.url).to.equal('https://example.gov.vn/tin?id=1&cat=2');
    expect(a.image?.src).to.equal('https://example.gov.vn/nho.jpg');
    expect(a.summary).to.equal('Đại biểu dự hội nghị – đông đủ © &bogus;');
    const [repair] = feed.problems;
    expect(repair).to.include({ item: 'feed', field: 'xml', dropped: 'none' });
    expect(repair.message).to.contain('bare "&"').and.contain('&nbsp;').and.contain('media:');
  });

  it('reads the items around one that is broken beyond repair, and reports that one', async () => {
    const feed = await read('ill-formed-broken-item.rss.xml');
    expect(feed.feed.title).to.equal('Một bài hỏng');
    expect(feed.articles.map((a) => a.id)).to.deep.equal(['ok-1', 'ok-3']);
    expect(feed.problems.map((p) => `${p.item}:${p.field}:${p.dropped}`)).to.deep.equal([
      'feed:xml:none',
      '#1:item:item',
    ]);
  });

  it('gives up only when nothing can be read', () => {
    const recovered = normalizeFeed(
      parseFeed(
        '<rss><channel><title>T</title><item><title>x</title><link>https://a.vn/x</link></item><item><b></item></channel></rss>',
      ),
    );
    expect(recovered.articles.map((a) => a.title)).to.deep.equal(['x']);
    for (const hopeless of [
      '<rss><chan',
      '<rss><channel><item></channel></rss>',
      '<feed><entry><title>x</entry></feed>',
    ]) {
      expect(() => parseFeed(hopeless), hopeless).to.throw('not well-formed');
    }
  });
});

describe('real feeds: descriptions and Vietnamese portals', () => {
  it('splits a tail of linked headlines off the summary into related news', async () => {
    const feed = await read('description-link-tail.rss.xml');
    const [a, b, c] = feed.articles;
    expect(a.summary).to.equal('Sáng 15/9, Đảng ủy Khối tổ chức hội nghị quán triệt Nghị quyết cho cán bộ chủ chốt.');
    expect(a.contentHtml).to.equal(
      '<p>Sáng 15/9, Đảng ủy Khối tổ chức hội nghị quán triệt Nghị quyết cho cán bộ chủ chốt.</p>',
    );
    expect((a.related as RelatedArticle[]).map((r) => [r.title, r.url])).to.deep.equal([
      ['Chi bộ Văn phòng sinh hoạt chuyên đề', 'https://example.gov.vn/tin/a'],
      // Relative, as in the description: against the feed's own URL.
      ['Kết nạp đảng viên mới', new URL('/tin/b', location.href).href],
    ]);
    expect(b.summary).to.equal('Chiều 14/9, Đảng bộ phường trao Huy hiệu Đảng cho 12 đảng viên.');
    expect((b.related as RelatedArticle[]).map((r) => r.title)).to.deep.equal(['Danh sách đảng viên được trao']);
    expect(c.summary).to.equal('Theo Ban Tổ chức và Ban Tuyên giáo');
    expect(c.related).to.deep.equal([]);
  });

  it('reads a .NET portal feed: month-first dates, no guid, images in the description, an address as author', async () => {
    const feed = await read('vn-cms-dotnet.rss.xml');
    expect(feed.articles).to.have.length(3);
    const [a] = feed.articles;
    expect(a.url).to.equal('https://tinh.example.gov.vn/Default.aspx?tabid=120&ch=1&ItemID=4521');
    expect(iso(a)).to.equal('2026-09-16T03:30:00.000Z');
    expect(a.image?.src).to.equal('https://tinh.example.gov.vn/Portals/0/2026/9/dai-hoi.jpg');
    expect(a.summary).to.match(/^Sáng 16\/9, Đảng bộ xã Tân Lập/);
    expect(a.authors).to.deep.equal([]);
    expect(feed.feed.language).to.equal('vi-VN');
  });

  it('reads a WordPress feed: content:encoded, dc:creator, categories, a "?p=" guid that is no link', async () => {
    const feed = await read('vn-cms-wordpress.rss.xml');
    const [a, b] = feed.articles;
    expect(a.id).to.equal('https://dukdn.example.vn/?p=8812');
    expect(a.url).to.equal('https://dukdn.example.vn/hoi-nghi-ban-chap-hanh-lan-thu-12/');
    expect(a.authors).to.deep.equal([{ name: 'Phạm Minh Đức' }]);
    expect(a.category?.name).to.equal('Tin hoạt động');
    expect(a.tags).to.deep.equal(['Hội nghị']);
    expect(a.contentHtml).to.contain('<figcaption');
    expect(a.summary).to.match(/9 tháng\. \[…\]$/);
    expect(b.category?.id).to.equal(a.category?.id);
    expect(feed.problems).to.deep.equal([]);
  });

  it('reads an ill-formed portal feed with GMT+7 dates and a tail of related links', async () => {
    const feed = await read('vn-cms-ill-formed.rss.xml');
    const [a, b] = feed.articles;
    expect(feed.feed.title).to.equal('Báo Đảng bộ huyện - Xây dựng Đảng');
    expect(a.title).to.equal('Huyện ủy sơ kết 9 tháng thực hiện Chỉ thị 05 - CT/TW');
    expect(iso(a)).to.equal('2026-09-15T09:20:00.000Z');
    expect(a.summary).to.equal('Chiều 15/9, Huyện ủy tổ chức hội nghị sơ kết 9 tháng.');
    expect((a.related as RelatedArticle[]).map((r) => r.title)).to.deep.equal([
      'Học tập chuyên đề năm 2026',
      'Gương điển hình làm theo lời Bác',
    ]);
    expect(a.image?.src).to.equal('https://huyen.example.vn/uploads/so-ket.jpg');
    expect(b.summary).to.equal('Mô hình được triển khai tại 12 chi bộ nông thôn…');
    expect(feed.problems.map((p) => p.field)).to.deep.equal(['xml']);
  });
});
