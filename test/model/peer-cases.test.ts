// The cases of mature feed parsers (feedparser, rowanmanning/feed-parser, rss-parser) that
// party-news once read differently, each in a small feed of its own: Dublin Core, C1 character
// references, markup-looking text in a description, bylines with an address, a guid shared by two
// articles, and the Atom link that is the article's page. `npm run corpus` runs the peers' own.
import { expect } from '@open-wc/testing';

import { normalizeFeed } from '../../src/model/items/normalize-feed.js';
import { decodeEntities } from '../../src/model/items/text.js';
import { decodeFeed, decodeFeedWithProblems } from '../../src/model/reading/decode.js';
import { parseFeed } from '../../src/model/reading/parse-feed.js';
import type { NormalizedFeed } from '../../src/model/types.js';

const BASE = 'https://portal.example.vn/rss/tin-dang.rss';
const read = (xml: string): NormalizedFeed => normalizeFeed(parseFeed(xml), { baseUrl: BASE });
const rss = (items: string, channel = '<title>Tin Đảng bộ</title>') =>
  `<?xml version="1.0" encoding="utf-8"?>
  <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"
    xmlns:media="http://search.yahoo.com/mrss/"><channel>${channel}${items}</channel></rss>`;
const atom = (entries: string) => `<feed xmlns="http://www.w3.org/2005/Atom"
  xmlns:dcterms="http://purl.org/dc/terms/"><title>Tin Đảng bộ</title>${entries}</feed>`;
const DATED = '<pubDate>Tue, 15 Sep 2026 09:00:00 +0700</pubDate>';
const skippedOf = (feed: NormalizedFeed) => feed.problems.filter((p) => p.dropped === 'item');

describe('peer cases: Dublin Core', () => {
  it('reads dc:title, dc:description, dc:language and dc:creator of RSS items, and the channel’s dc:title', () => {
    const feed = read(
      rss(
        `<item><link>https://portal.example.vn/tin/1</link><pubDate>Tue, 15 Sep 2026 09:00:00 +0700</pubDate>
          <dc:title>Chi bộ Thanh tra sinh hoạt chuyên đề</dc:title>
          <dc:description>Sáng 15/9, Chi bộ Thanh tra tổ chức sinh hoạt chuyên đề.</dc:description>
          <dc:language>vi</dc:language><dc:creator>Ban Tuyên giáo</dc:creator></item>`,
        '<dc:title>Đảng bộ Khối các cơ quan</dc:title>',
      ),
    );
    expect(feed.feed.title).to.equal('Đảng bộ Khối các cơ quan');
    expect(feed.problems).to.deep.equal([]);
    const [article] = feed.articles;
    expect(article).to.include({
      title: 'Chi bộ Thanh tra sinh hoạt chuyên đề',
      summary: 'Sáng 15/9, Chi bộ Thanh tra tổ chức sinh hoạt chuyên đề.',
      language: 'vi',
    });
    expect(article.authors).to.deep.equal([{ name: 'Ban Tuyên giáo' }]);
  });

  it('reads an item titled only by dc:title or media:title, and prefers <title>, then dc:title, to a photo’s media:title', () => {
    const feed = read(
      rss(`<item><guid>a</guid><link>https://portal.example.vn/tin/a</link><media:title>Hội nghị</media:title></item>
        <item><guid>b</guid><link>https://portal.example.vn/tin/b</link>
          <media:title>Ảnh: đại biểu dự hội nghị</media:title><dc:title>Hội nghị sơ kết</dc:title></item>
        <item><guid>c</guid><link>https://portal.example.vn/tin/c</link><title>Kết nạp đảng viên mới</title>
          <dc:title>Kết nạp</dc:title><media:title>Ảnh: lễ kết nạp</media:title></item>`),
    );
    expect(skippedOf(feed)).to.deep.equal([]);
    expect(feed.articles.map((a) => a.title)).to.deep.equal(['Hội nghị', 'Hội nghị sơ kết', 'Kết nạp đảng viên mới']);
    // Titled by an element of its own, not by the opening words of a description.
    expect(feed.problems.filter((p) => p.field === 'title')).to.deep.equal([]);
  });

  it('reads dcterms:issued and dcterms:modified in RSS and in Atom', () => {
    const dates = `<dcterms:issued>2026-09-15T09:00:00+07:00</dcterms:issued>
      <dcterms:modified>2026-09-16T10:30:00+07:00</dcterms:modified>`;
    const fromRss = read(rss(`<item><title>Tin</title><guid>a</guid>${dates}</item>`));
    const fromAtom = read(atom(`<entry><title>Tin</title><id>urn:a</id>${dates}</entry>`));
    for (const feed of [fromRss, fromAtom]) {
      expect(feed.problems).to.deep.equal([]);
      const [article] = feed.articles;
      expect(article.datePublished?.toISOString()).to.equal('2026-09-15T02:00:00.000Z');
      expect(article.dateModified?.toISOString()).to.equal('2026-09-16T03:30:00.000Z');
    }
  });
});

describe('peer cases: C1 character references', () => {
  it('reads &#146; and its kin as the Windows-1252 characters they mean, in text and escaped markup', () => {
    const feed = read(
      rss(`<item><guid>a</guid><title>Don&#146;t &#147;miss&#148; it&#x85;</title>
        <description>&lt;p&gt;don&amp;#146;t &amp;#x80;5&lt;/p&gt;</description></item>`),
    );
    const [article] = feed.articles;
    expect(article.title).to.equal('Don’t “miss” it…');
    expect(article.summary).to.equal('don’t €5');
  });

  it('maps U+0080–U+009F references like an HTML parser, the five Windows-1252 leaves unassigned as they are', () => {
    expect(decodeEntities('&#128;&#x9F;&#146;&#0146;')).to.equal('€Ÿ’’');
    expect(decodeEntities('&#129;&#x8d;&#127;&#160;')).to.equal('\u0081\u008d\u007f\u00a0');
  });

  it('reads C1 characters written in UTF-8 as Windows-1252, and reports it; other encodings’ bytes stay theirs', () => {
    const utf8 = new TextEncoder().encode('<t>don\u0092t</t>').buffer;
    const { text, problems } = decodeFeedWithProblems(utf8);
    expect(text).to.equal('<t>don’t</t>');
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ item: 'feed', field: 'encoding', dropped: 'none' });
    // ISO-8859-5 has its own C1 range: its byte 0x92 is U+0092, not a Windows-1252 quote.
    const cyrillic = new Uint8Array([0x3c, 0x74, 0x3e, 0xb0, 0x92, 0x3c, 0x2f, 0x74, 0x3e]).buffer;
    expect(decodeFeed(cyrillic, 'text/xml; charset=iso-8859-5')).to.equal('<t>А\u0092</t>');
  });
});

describe('peer cases: encoding names', () => {
  it('reads an encoding declared in Python’s spelling, windows_1258 for windows-1258', () => {
    const xml = (text: string) => [...new TextEncoder().encode(text)];
    // 0xD0 is Đ in windows-1258 (Ð in windows-1252, which a wrong guess would show).
    const bytes = new Uint8Array([...xml('<?xml version="1.0" encoding="windows_1258"?><t>'), 0xd0, ...xml('ang</t>')]);
    expect(decodeFeed(bytes.buffer)).to.equal('<?xml version="1.0" encoding="windows_1258"?><t>Đang</t>');
  });
});

describe('peer cases: text that only looks like markup', () => {
  it('reads a feed whose description holds an escaped <!DOCTYPE', () => {
    const feed = read(
      rss(`<item><guid>a</guid><title>Mẫu trang</title>${DATED}
          <description>&lt;!DOCTYPE html&gt;&lt;p&gt;Mở đầu&lt;/p&gt;</description></item>
        <item><guid>b</guid><title>Tin khác</title>${DATED}<description><![CDATA[ <!DOCTYPE ]]></description></item>`),
    );
    expect(feed.problems).to.deep.equal([]);
    // The first is markup (its doctype no text); the second only text that begins like a doctype.
    expect(feed.articles.map((a) => a.summary)).to.deep.equal(['Mở đầu', '<!DOCTYPE']);
  });

  it('reads RSS written without its <channel>, items straight under <rss>', () => {
    const feed = read(
      `<rss version="0.91"><title>Tin</title><item><title>Tin 1</title><link>https://portal.example.vn/1</link>
        <description>&lt;!' &lt;a href="foo"&gt;</description></item></rss>`,
    );
    expect(feed.feed.title).to.equal('Tin');
    expect(feed.articles.map((a) => a.url)).to.deep.equal(['https://portal.example.vn/1']);
  });
});

describe('peer cases: bylines with an address', () => {
  it('gives the name of "addr (Name)", "Name (addr)" and "Name <addr>", and leaves a bare address out, reported', () => {
    const feed = read(
      rss(`<item><guid>a</guid><title>Tin</title>${DATED}
        <author>editor@example.com (Example editor)</author>
        <dc:creator>Ban Biên tập (bbt@example.vn)</dc:creator>
        <dc:creator>Phòng Tổng hợp &lt;pth@example.vn&gt;</dc:creator>
        <dc:creator>only@example.vn</dc:creator></item>`),
    );
    expect(feed.articles[0].authors.map((a) => a.name)).to.deep.equal([
      'Ban Biên tập',
      'Phòng Tổng hợp',
      'Example editor',
    ]);
    expect(feed.problems.map((p) => [p.field, p.dropped])).to.deep.equal([['authors', 'field']]);
    expect(feed.problems[0].message).to.contain('only@example.vn');
  });
});

describe('peer cases: a guid shared by two articles', () => {
  const item = (title: string, link: string) =>
    `<item><guid isPermaLink="false">723435</guid><title>${title}</title><link>${link}</link>${DATED}</item>`;

  it('keeps both, the second under a distinct id, and reports it without dropping anything', () => {
    const feed = read(
      rss(
        item('Hội nghị Ban Chấp hành', 'https://portal.example.vn/a') +
          item('Kết nạp đảng viên mới', 'https://portal.example.vn/b'),
      ),
    );
    const [first, second] = feed.articles;
    expect(feed.articles.map((a) => a.title)).to.deep.equal(['Hội nghị Ban Chấp hành', 'Kết nạp đảng viên mới']);
    expect(first.id).to.equal('723435');
    expect(second.id).to.match(/^723435#\w+$/);
    expect(feed.problems).to.have.length(1);
    expect(feed.problems[0]).to.include({ item: second.id, index: 1, field: 'id', dropped: 'none' });
    expect(feed.problems[0].message).to.contain('"723435"').and.contain(second.id);
  });

  it('tells apart by title alone or by link alone, the same way each time', () => {
    const read3 = () =>
      read(
        rss(
          item('Tin A', 'https://portal.example.vn/a') +
            item('Tin B', 'https://portal.example.vn/a') +
            item('Tin A', 'https://portal.example.vn/c'),
        ),
      );
    const ids = read3().articles.map((a) => a.id);
    expect(new Set(ids).size).to.equal(3);
    expect(read3().articles.map((a) => a.id)).to.deep.equal(ids);
  });

  it('still shows an exact duplicate (same guid, title and link) once', () => {
    const twice = item('Tin A', 'https://portal.example.vn/a');
    const feed = read(rss(twice + twice));
    expect(feed.articles.map((a) => a.id)).to.deep.equal(['723435']);
    expect(feed.problems.map((p) => [p.field, p.dropped])).to.deep.equal([['id', 'item']]);
  });
});

describe('peer cases: the Atom link that is the article’s page', () => {
  const entry = (links: string) =>
    read(atom(`<entry><title>Tin</title><id>urn:a</id><updated>2026-09-15T09:00:00Z</updated>${links}</entry>`))
      .articles[0].url;

  it('prefers a text/html alternate to a bare one, whichever comes first', () => {
    const html = '<link rel="alternate" type="text/html" href="https://portal.example.vn/tin.html"/>';
    const bare = '<link href="https://portal.example.vn/tin"/>';
    expect(entry(bare + html)).to.equal('https://portal.example.vn/tin.html');
    expect(entry(html + bare)).to.equal('https://portal.example.vn/tin.html');
    expect(entry('<link rel="alternate" type="application/xhtml+xml" href="/tin.xhtml"/>' + bare)).to.equal(
      'https://portal.example.vn/tin.xhtml',
    );
  });

  it('does not prefer an alternate of another type (a PDF, plain text) to an HTML or bare one', () => {
    const pdf = '<link rel="alternate" type="application/pdf" href="https://portal.example.vn/tin.pdf"/>';
    const text = '<link rel="alternate" type="text/plain" href="https://portal.example.vn/tin.txt"/>';
    expect(entry(pdf + '<link rel="alternate" type="text/html" href="/tin.html"/>')).to.equal(
      'https://portal.example.vn/tin.html',
    );
    expect(entry(pdf + text + '<link href="/tin"/>')).to.equal('https://portal.example.vn/tin');
    // With nothing better, a PDF is still the entry's link.
    expect(entry(pdf)).to.equal('https://portal.example.vn/tin.pdf');
  });

  it('reads a link written as text, without href, and never takes an enclosure for the page', () => {
    expect(
      entry(
        '<link rel="enclosure" type="text/html">https://portal.example.vn/tep</link>' +
          '<link rel="alternate" type="text/html">https://portal.example.vn/tin</link>',
      ),
    ).to.equal('https://portal.example.vn/tin');
  });
});
