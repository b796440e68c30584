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

/**
 * XHTML, SVG and MathML elements are live even in an XML document: Chromium checks their on… and
 * style attributes against the page's CSP as it parses. So feed XML has those namespaces renamed
 * before it is parsed (NS.xhtml and SVG_NS are the renamed ones), and its markup is read, never run
 * or styled. liveMarkup gives serialised markup its namespaces back.
 */
export const inertMarkup = (xml: string) =>
  xml.replace(/http:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1998\/Math\/MathML)/g, 'urn:x-inert:$1');
export const SVG_NS = 'urn:x-inert:2000/svg';
export const liveMarkup = (xml: string) => xml.replace(/urn:x-inert:/g, 'http://www.w3.org/');

/** The namespace of `xml:base` and `xml:lang`. */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
