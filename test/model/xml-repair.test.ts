import { expect } from '@open-wc/testing';

import { normalizeFeed } from '../../src/model/items/normalize-feed.js';
import { parseFeed } from '../../src/model/reading/parse-feed.js';
import { undeclaredPrefixes } from '../../src/model/xml/xml-repair.js';

const undeclared = (text: string) => [...undeclaredPrefixes(text)!].sort();

describe('undeclaredPrefixes', () => {
  it('finds prefixes of element and attribute names with no declaration in scope', () => {
    expect(undeclared('<rss><media:content url="a"/><a xlink:href="b"/></rss>')).to.deep.equal(['media', 'xlink']);
    // Declared on the element itself, on an ancestor, or the xml prefix: fine.
    expect(
      undeclared(
        '<rss xmlns:dc="d" xml:lang="vi"><dc:creator/><entry xmlns:xlink="x"><a xlink:href="b"/></entry></rss>',
      ),
    ).to.deep.equal([]);
    expect(undeclared('<rss><a:b xmlns:a="a"/></rss>')).to.deep.equal([]);
  });

  it('knows a declaration ends with its element, even where a later sibling declares it again', () => {
    expect(undeclared('<rss><a xlink:href="b"/><img xmlns:xlink="x"/></rss>')).to.deep.equal(['xlink']);
    expect(undeclared('<rss><e xmlns:x="x"></e><x:y/></rss>')).to.deep.equal(['x']);
  });

  it('reads CDATA, comments and attribute values as text, and a ">" inside a value as part of it', () => {
    expect(
      undeclared('<rss><d><![CDATA[<o:p></o:p> <a xlink:href="x">]]></d><!-- <w:x/> --><a title="a b:c=d"/></rss>'),
    ).to.deep.equal([]);
    expect(undeclared('<rss><a title="x>y" xlink:href="z"/></rss>')).to.deep.equal(['xlink']);
  });

  it('tells a text that ends inside CDATA, a comment or a processing instruction', () => {
    for (const open of ['<!-- <c:d/>', '<![CDATA[ x', '<?php echo'])
      expect(undeclaredPrefixes(`<rss><item/>${open}</rss>`), open).to.equal(undefined);
    expect(undeclared('<rss><!-- a --><![CDATA[ <!-- b ]]><?x y?></rss>')).to.deep.equal([]);
  });
});

describe('reading XML with undeclared prefixes', () => {
  it('declares a prefix an attribute used without declaration, and reads the feed', () => {
    const feed = normalizeFeed(
      parseFeed(
        '<rss version="2.0"><channel><title>T</title><item><title>Tin</title><link>https://a.vn/1</link>' +
          '<source xlink:href="https://a.vn/">A</source></item></channel></rss>',
      ),
    );
    expect(feed.articles.map((a) => a.title)).to.deep.equal(['Tin']);
    expect(feed.problems[0].message).to.contain('xlink:');
  });
});
