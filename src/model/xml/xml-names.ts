// The namespaces feed elements are matched by. Matching by local name alone read a media:title
// as the headline and a foreign <description> as the summary.

/** The URI each common feed prefix stands for; also what an undeclared prefix is declared as. */
export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  media: 'http://search.yahoo.com/mrss/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xhtml: 'urn:x-inert:1999/xhtml',
};

const LIVE_NS = /http:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1998\/Math\/MathML)/g;
const renamed = (text: string) => text.replace(LIVE_NS, 'urn:x-inert:$1');

// A namespace written with character references ("http&#58;//www.w3.org/1999/xhtml") is the same
// namespace to the parser, and slipped past the renaming: Chromium then checked a <base href> in
// it against the page's base-uri. Such declarations are decoded and renamed; one that holds any
// other reference (an entity its doctype declares) is made inert whole. One quantifier per value: linear.
const NS_DECLARATION = /(xmlns(?::[^\s=<>]*)?\s*=\s*)(?:"([^"<]*)"|'([^'<]*)')/g;
const XML_REFERENCE = /&(?:#(\d{1,7})|#x([\da-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;
const OTHER_REFERENCE = /&(?!(?:#\d{1,7}|#x[\da-fA-F]{1,6}|amp|lt|gt|quot|apos);)/;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function inertDeclaration(whole: string, name: string, double?: string, single?: string): string {
  const value = double ?? single ?? '';
  if (!value.includes('&')) return whole;
  const decoded = value.replace(XML_REFERENCE, (ref, dec?: string, hex?: string, named?: string) => {
    if (named) return PREDEFINED[named];
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ref;
  });
  const inert = OTHER_REFERENCE.test(value) ? `urn:x-inert:${decoded}` : renamed(decoded);
  if (inert === decoded) return whole;
  // Written back within its own quotes: the same text may stand inside another attribute's value.
  const quote = double === undefined ? "'" : '"';
  const escaped = inert.replace(/[&<"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `${name}${quote}${escaped}${quote}`;
}

/**
 * XHTML, SVG and MathML elements are live even in an XML document: Chromium checks their on… and
 * style attributes against the page's CSP as it parses (and a <base href> against its base-uri).
 * So feed XML has those namespaces renamed before it is parsed (NS.xhtml and SVG_NS are the
 * renamed ones), however they are written, and its markup is read, never run or styled.
 * liveMarkup gives serialised markup its namespaces back.
 */
export const inertMarkup = (xml: string) => renamed(xml).replace(NS_DECLARATION, inertDeclaration);
export const SVG_NS = 'urn:x-inert:2000/svg';
export const liveMarkup = (xml: string) => xml.replace(/urn:x-inert:/g, 'http://www.w3.org/');

/** The namespace of `xml:base` and `xml:lang`. */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
