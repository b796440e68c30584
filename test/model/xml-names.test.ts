import { expect } from '@open-wc/testing';

import { parseFeed } from '../../src/model/reading/parse-feed.js';
import { inertMarkup } from '../../src/model/xml/xml-names.js';

describe('inertMarkup', () => {
  it('renames the XHTML, SVG and MathML namespaces however a declaration writes them', () => {
    expect(
      inertMarkup(
        `<a xmlns="http://www.w3.org/1999/xhtml"/><b xmlns="http&#58;//www.w3.org/1999/xhtml"/>` +
          `<c xmlns:s='http&#x3A;&#x2F;/www.w3.org/2000/svg'/><d xmlns = "&#104;ttp://www.w3.org/1998/Math/MathML"/>`,
      ),
    ).to.equal(
      `<a xmlns="urn:x-inert:1999/xhtml"/><b xmlns="urn:x-inert:1999/xhtml"/>` +
        `<c xmlns:s='urn:x-inert:2000/svg'/><d xmlns = "urn:x-inert:1998/Math/MathML"/>`,
    );
  });

  it('makes a declaration that uses a doctype entity inert whole, and leaves every other one as it was', () => {
    expect(inertMarkup('<a xmlns="&ns;"/>')).to.equal('<a xmlns="urn:x-inert:&#38;ns;"/>');
    // Inside another attribute's value, a declaration keeps its quotes: the XML stays well-formed.
    expect(inertMarkup(`<e title="xmlns='&#104;ttp://www.w3.org/2000/svg'"/>`)).to.equal(
      `<e title="xmlns='urn:x-inert:2000/svg'"/>`,
    );
    const others = `<rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><a xmlns:q="http://example.gov.vn/?a=1&amp;b=2"/>`;
    expect(inertMarkup(others)).to.equal(others);
  });

  it('still reads an Atom XHTML body whose namespace is written with a character reference', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>x</id><title>Tin</title>
      <updated>2026-09-16T10:30:00+07:00</updated><content type="xhtml"><div xmlns="http&#58;//www.w3.org/1999/xhtml">
      <base href="https://evil.example/"/><p>Một <em>đoạn</em></p></div></content></entry></feed>`;
    const { items } = parseFeed(atom) as { items: { content_html: string }[] };
    expect(items[0].content_html).to.equal('<base href="https://evil.example/"></base><p>Một <em>đoạn</em></p>');
  });
});
