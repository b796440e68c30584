import { expect } from '@open-wc/testing';

import { normalizeFeed } from '../../src/model/items/normalize-feed.js';
import { decodeFeed } from '../../src/model/reading/decode.js';
import { FeedError } from '../../src/model/reading/feed-error.js';
import { parseFeed } from '../../src/model/reading/parse-feed.js';
import { SEED_ID, seedFeed } from '../harness.js';

const fixture = async (name: string) => (await fetch(`/fixtures/feeds/${name}`)).text();
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    return (e as FeedError).code;
  }
  return 'no error';
};

describe('parseFeed', () => {
  it('reads JSON objects and arrays', () => {
    expect(parseFeed('\ufeff  {"items": []}')).to.deep.equal({ items: [] });
    expect(parseFeed('[{"id":"a"}]')).to.deep.equal([{ id: 'a' }]);
  });

  it('tells what is wrong with text that is no feed', () => {
    expect(
      codeOf(() => parseFeed('{"items": [')),
      'truncated',
    ).to.equal('invalid-json');
    expect(codeOf(() => parseFeed('<!DOCTYPE html><html><body>Bảo trì</body></html>'))).to.equal('not-a-feed');
    expect(codeOf(() => parseFeed('<html lang="vi"><body></body></html>'))).to.equal('not-a-feed');
    expect(codeOf(() => parseFeed('Service Unavailable'))).to.equal('not-a-feed');
    expect(codeOf(() => parseFeed(''))).to.equal('not-a-feed');
    expect(codeOf(() => parseFeed('<rss><channel><item></channel></rss>'))).to.equal('invalid-xml');
    expect(codeOf(() => parseFeed('<?xml version="1.0"?><urlset><url/></urlset>'))).to.equal('not-a-feed');
  });

  for (const [name, file] of [
    ['RSS 2.0', 'seed.rss.xml'],
    ['Atom 1.0', 'seed.atom.xml'],
  ]) {
    it(`maps ${name} onto the same articles as the native JSON`, async () => {
      const base = new URL(`/fixtures/feeds/${file}`, location.href).href;
      const { articles, problems, feed } = normalizeFeed(parseFeed(await fixture(file)), { baseUrl: base });
      const native = (await seedFeed()).articles;
      expect(problems).to.deep.equal([]);
      expect(feed.title).to.equal('Hoạt động của các tổ chức Đảng cơ sở');
      expect(articles.map((a) => a.title)).to.deep.equal(native.map((a) => a.title));
      expect(articles.map((a) => a.url)).to.deep.equal(native.map((a) => a.url));
      expect(articles.map((a) => a.datePublished!.getTime())).to.deep.equal(
        native.map((a) => a.datePublished!.getTime()),
      );
      const seed = articles[0];
      expect(seed.id).to.contain(SEED_ID);
      expect(seed.authors.map((a) => a.name)).to.deep.equal(['Nguyễn Thị Thu Giang']);
      expect(seed.category?.name).to.equal('Hoạt động của các tổ chức Đảng cơ sở');
      expect(seed.tags).to.deep.equal(['xây dựng Đảng', 'tự soi, tự sửa', 'sinh hoạt chuyên đề']);
      expect(seed.summary).to.equal(native[0].summary);
      expect(seed.contentHtml).to.contain('Hướng dẫn số 14-HD/ĐUK');
      expect(seed.image?.src).to.equal(native[0].image!.src);
      expect(seed.language ?? 'vi').to.equal('vi');
    });
  }

  it('reads RSS media:content, media:thumbnail, enclosure and images in the description', () => {
    const rss = (item: string) =>
      normalizeFeed(
        parseFeed(
          `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title><item><guid>a</guid><title>Tin</title><pubDate>Wed, 30 Mar 2022 11:32:00 +0700</pubDate>${item}</item></channel></rss>`,
        ),
        { baseUrl: 'https://example.gov.vn/rss' },
      ).articles[0];
    expect(
      rss(
        '<media:content url="/a.jpg" medium="image" width="800" height="600"><media:title>Ảnh A</media:title><media:description>Chú thích</media:description><media:credit>TTXVN</media:credit></media:content>',
      ).image,
    ).to.deep.equal({
      src: 'https://example.gov.vn/a.jpg',
      alt: 'Ảnh A',
      caption: 'Chú thích',
      credit: 'TTXVN',
      width: 800,
      height: 600,
    });
    expect(rss('<media:thumbnail url="/t.jpg"/>').image?.src).to.equal('https://example.gov.vn/t.jpg');
    expect(rss('<enclosure url="/e.jpg" type="image/jpeg" length="1"/>').image?.src).to.equal(
      'https://example.gov.vn/e.jpg',
    );
    expect(rss('<enclosure url="/e.mp3" type="audio/mpeg" length="1"/>').image).to.equal(undefined);
    const a = rss(
      '<description>&lt;img src="/d.jpg"&gt;&lt;p&gt;Tóm tắt &lt;b&gt;đậm&lt;/b&gt;&lt;/p&gt;</description><author>toasoan@example.gov.vn (Ban Biên tập)</author>',
    );
    expect(a.image?.src).to.equal('https://example.gov.vn/d.jpg');
    expect(a.summary).to.equal('Tóm tắt đậm');
    expect(a.contentHtml).to.equal('<img src="/d.jpg"><p>Tóm tắt <b>đậm</b></p>');
    expect(a.authors).to.deep.equal([{ name: 'Ban Biên tập' }]);
  });

  it('reads Atom xhtml content and updated-only entries', () => {
    const { articles } = normalizeFeed(
      parseFeed(
        `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>x</id><title type="html">&lt;b&gt;Tin&lt;/b&gt; mới</title><updated>2022-03-30T11:32:00+07:00</updated><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Một <em>đoạn</em></p></div></content></entry></feed>`,
      ),
    );
    expect(articles[0].title).to.equal('Tin mới');
    expect(articles[0].datePublished!.toISOString()).to.equal('2022-03-30T04:32:00.000Z');
    expect(articles[0].contentHtml).to.contain('<em');
    expect(articles[0].contentHtml).to.contain('đoạn');
  });

  it('reports RSS items without title by their guid, and dates read outside RFC 822 under pubDate', () => {
    const { articles, problems } = normalizeFeed(
      parseFeed(
        '<rss version="2.0"><channel><item><guid>g1</guid><title>Có</title><pubDate>30/03/2022</pubDate></item><item><guid>g2</guid><pubDate>Wed, 30 Mar 2022 11:32:00 GMT</pubDate></item></channel></rss>',
      ),
    );
    expect(articles.map((a) => a.id)).to.deep.equal(['g1']);
    expect(problems.map((p) => `${p.item}:${p.field}:${p.dropped}`)).to.deep.equal([
      'g1:pubDate:none',
      'g2:title:item',
    ]);
    expect(problems[0].message).to.equal(
      '"30/03/2022": is not RFC 822; read as D/M/Y; no time zone; read as Vietnam time (+07:00)',
    );
  });

  it('reads past a prolog of declaration, stylesheet, comments and doctype, and entities a doctype declares', () => {
    const item = '<item><title>&tinh; ủy</title><link>https://a.vn/1</link></item>';
    const titles = (text: string) => normalizeFeed(parseFeed(text)).articles.map((a) => a.title);
    expect(
      titles(
        `<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet type="text/xsl" href="/rss.xsl"?>\n<!-- CMS 4.2 -->\n` +
          `<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "rss-0.91.dtd">\n` +
          `<rss version="0.91"><channel><title>T</title>${item.replace('&tinh;', 'Tỉnh')}</channel></rss>`,
      ),
    ).to.deep.equal(['Tỉnh ủy']);
    expect(
      titles(
        `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY tinh "Tỉnh">]><rss version="2.0"><channel><title>T</title>${item}</channel></rss>`,
      ),
    ).to.deep.equal(['Tỉnh ủy']);
  });

  it('keeps an empty feed a feed', () => {
    expect(
      normalizeFeed(parseFeed('<rss version="2.0"><channel><title>T</title></channel></rss>')).articles,
    ).to.deep.equal([]);
    expect(
      normalizeFeed(parseFeed('<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title></feed>')).articles,
    ).to.deep.equal([]);
  });
});

describe('decodeFeed', () => {
  // Through the fault server: the runner's static server re-encodes text files as UTF-8.
  const bytes1258 = async () => (await fetch('/faults/windows-1258')).arrayBuffer();

  it('decodes windows-1258 declared in the XML declaration', async () => {
    const text = decodeFeed(await bytes1258(), 'application/rss+xml');
    expect(text.normalize('NFC').includes('Đảng ủy Ngân hàng Nhà nước tỉnh Lạng Sơn')).to.equal(true);
    const { articles } = normalizeFeed(parseFeed(text));
    expect(articles[0].title).to.equal((await seedFeed()).articles[0].title);
  });

  it('prefers the Content-Type charset, and a BOM over both', async () => {
    expect(
      decodeFeed(await bytes1258(), 'text/xml; charset=windows-1258')
        .normalize('NFC')
        .includes('Lạng Sơn'),
    ).to.equal(true);
    const utf8 = new TextEncoder().encode('\ufeff{"title":"Đảng"}');
    expect(decodeFeed(utf8.buffer, 'application/json; charset=windows-1258')).to.equal('{"title":"Đảng"}');
  });

  it('falls back to UTF-8 for unknown labels', () => {
    expect(decodeFeed(new TextEncoder().encode('Đảng').buffer, 'text/plain; charset=x-unknown')).to.equal('Đảng');
  });
});
