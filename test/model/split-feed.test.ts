import { expect } from '@open-wc/testing';

import { normalizeFeed } from '../../src/model/items/normalize-feed.js';
import { parseFeed, parsing } from '../../src/model/reading/parse-feed.js';
import { splitFeed } from '../../src/model/xml/xml-repair.js';

const item = (i: number, description = 'Tin') =>
  `<item><guid>id-${i}</guid><title>Tin ${i}</title><link>https://a.vn/${i}</link><pubDate>Wed, 30 Mar 2022 11:32:00 +0700</pubDate><description>${description}</description></item>`;
const rss = (items: string, tail = '') =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Tin tức</title>${items}${tail}</channel></rss>`;

describe('splitFeed', () => {
  it('cuts at items outside CDATA and comments, and keeps channel elements after the items in the head', () => {
    const text = rss(
      `${item(1, '<![CDATA[<item>không phải bài</item>]]>')}<!-- <item> -->${item(2)}`,
      '<language>vi</language>',
    );
    const [head, ...items] = splitFeed(text.replace('<channel>', '<channel xml:base="https://a.vn/tin/">'))!;
    expect(items.length).to.equal(2);
    expect(items[0]).to.contain('không phải bài').and.contain('<channel xml:base="https://a.vn/tin/"><item>');
    expect(head).to.contain('<language>vi</language>').and.not.contain('<guid>');
    expect(head.endsWith('"><title>Tin tức</title><!-- <item> --><language>vi</language></channel></rss>')).to.equal(
      true,
    );
  });
});

describe('splitFeed on broken XML', () => {
  it('reads a CDATA section or comment never closed as text, so the items after it are still found', () => {
    const text = rss(`${item(1, '<!-- mở mà không đóng')}${item(2, '<![CDATA[ cũng vậy')}${item(3)}`);
    expect(splitFeed(text)!.length).to.equal(4);
    const { articles } = normalizeFeed(parseFeed(text));
    expect(articles.map((a) => a.title)).to.deep.equal(['Tin 3']);
  });
});

describe('a long XML feed', () => {
  const long = rss(
    Array.from({ length: 400 }, (_, i) => item(i, `<![CDATA[<p>${'Hội nghị Ban Chấp hành. '.repeat(120)}</p>]]>`)).join(
      '',
    ),
    '<language>vi</language>',
  );

  it('is read item by item in steps, every article and the channel elements after them kept', () => {
    expect(long.length).to.be.above(1_000_000);
    let steps = 0;
    const work = parsing(long);
    let step = work.next();
    for (; !step.done; step = work.next()) steps++;
    expect(steps).to.equal(401);
    const sliced = normalizeFeed(step.value);
    expect(sliced.articles.length).to.equal(400);
    expect(sliced.feed).to.deep.equal({ title: 'Tin tức', language: 'vi' });
    expect(sliced.problems).to.deep.equal([]);
    expect(sliced.articles.map((a) => a.title).slice(0, 3)).to.deep.equal(['Tin 0', 'Tin 1', 'Tin 2']);
  });

  it('reads a long RSS 1.0 or Atom feed item by item as it would read it whole', () => {
    const body = `<![CDATA[<p>${'Hội nghị Ban Chấp hành. '.repeat(120)}</p>]]>`;
    const rdf =
      '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
      '<channel rdf:about="https://a.vn/"><title>Tin RDF</title><link>https://a.vn/</link></channel>' +
      Array.from(
        { length: 400 },
        (_, i) =>
          `<item rdf:about="https://a.vn/${i}"><title>Tin ${i}</title><link>https://a.vn/${i}</link><dc:date>2022-03-30T11:32:00+07:00</dc:date><description>${body}</description></item>`,
      ).join('') +
      '</rdf:RDF>';
    const atom =
      '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Tin Atom</title><id>urn:x:a</id><updated>2022-03-30T11:32:00+07:00</updated>' +
      Array.from(
        { length: 400 },
        (_, i) =>
          `<entry><id>urn:x:${i}</id><title>Tin ${i}</title><link href="https://a.vn/${i}"/><updated>2022-03-30T11:32:00+07:00</updated><content type="html">${body}</content></entry>`,
      ).join('') +
      '<author><name>Ban Biên tập</name></author></feed>';
    for (const [text, title] of [
      [rdf, 'Tin RDF'],
      [atom, 'Tin Atom'],
    ]) {
      expect(text.length).to.be.above(1_000_000);
      const { feed, articles, problems } = normalizeFeed(parseFeed(text));
      expect(feed.title).to.equal(title);
      expect(articles.length).to.equal(400);
      expect(problems).to.deep.equal([]);
    }
    // The feed's author, after its entries, still signs them.
    expect(normalizeFeed(parseFeed(atom)).articles[0].authors.map((a) => a.name)).to.deep.equal(['Ban Biên tập']);
  });

  it('still loses only the broken item, and says so', () => {
    const broken = long.replace('<title>Tin 7</title>', '<title>Tin 7</titel>');
    const { articles, problems } = normalizeFeed(parseFeed(broken));
    expect(articles.length).to.equal(399);
    expect(problems.map((p) => `${p.item}:${p.field}:${p.dropped}`)).to.deep.equal(['feed:xml:none', '#7:item:item']);
    expect(problems[0].message).to.equal('The feed is not well-formed XML; its items were read one by one.');
  });
});
