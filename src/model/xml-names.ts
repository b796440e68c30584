// The namespaces feed elements are matched by. Matching by local name alone read a media:title
// as the headline and a foreign <description> as the summary.

/** The URI each common feed prefix stands for; also what an undeclared prefix is declared as. */
export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  media: 'http://search.yahoo.com/mrss/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xhtml: 'http://www.w3.org/1999/xhtml',
};

/** The namespace of `xml:base` and `xml:lang`. */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
