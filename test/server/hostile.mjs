// Hostile feeds of any size (#17, "Hostile input at scale"): one item whose fields are a pattern
// repeated to the size asked, in each format the feed reads. Served by /faults/hostile (so tests
// need not post megabytes) and imported by the tests themselves, which name the same patterns.

/** Each pattern as its unit, repeated: the raw text of a field (HTML in the body fields). */
export const PATTERNS = {
  // Reads as the text "<img src=x " in HTML; in XML it is escaped once more.
  'img-text': '&lt;img src=x ',
  img: '<img src=x ',
  a: '<a ',
  'p-style': '<p style=',
  entities: '&amp;&nbsp;&#38;&quot;',
  'nested-div': '<div>',
  'nested-b-i': '<b><i>',
  // A tag the sanitiser does not allow and unwraps, keeping its content (old CMSs' <font>).
  'nested-font': '<font color=red>',
  'no-spaces': 'Đảngủyxyz',
  // One tag with attributes without end: a0=1 a1=1 …
  attributes: (i) => (i ? ` a${i}=1` : '<p'),
  comments: '<!--',
  cdata: '<![CDATA[',
  lt: '<',
};

/** The pattern repeated to about `bytes` characters. */
export function payload(pattern, bytes) {
  const unit = PATTERNS[pattern];
  if (typeof unit === 'string') return unit.repeat(Math.ceil(bytes / unit.length));
  const parts = [];
  for (let i = 0, n = 0; n < bytes; i++) n += parts[parts.push(unit(i)) - 1].length;
  return parts.join('');
}

const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// CDATA cannot hold "]]>": none of the patterns does, but a caller's text might.
const cdata = (s) => `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

const date = (i) => new Date(Date.UTC(2022, 2, 30) - i * 60_000);

/**
 * One item of `format` whose body is `text`, and with `all` its title and summary too:
 * json (title, summary, content_html), rss (title, description, content:encoded, escaped),
 * rss-cdata (the same in CDATA), atom (title, summary and content type="html", escaped).
 */
function item(format, text, i, all) {
  const id = `hostile-${i}`;
  // The title starts with words: a title of markup alone reads as no title, and drops the item.
  const title = `Tin ${i}: ${all ? text : 'Hội nghị'}`;
  const summary = all ? text : 'Tóm tắt';
  const link = `https://example.gov.vn/tin/${id}`;
  if (format === 'json')
    return { id, url: link, title, summary, content_html: text, date_published: date(i).toISOString() };
  // rss-raw: markup unescaped, as careless CMS templates write it (the XML is broken).
  const wrap = format === 'rss-cdata' ? cdata : format === 'rss-raw' ? (s) => s : xmlEscape;
  if (format === 'atom')
    return `<entry><id>${id}</id><link href="${link}"/><title type="html">${wrap(title)}</title>
<updated>${date(i).toISOString()}</updated><summary type="html">${wrap(summary)}</summary>
<content type="html">${wrap(text)}</content></entry>`;
  return `<item><guid isPermaLink="false">${id}</guid><link>${link}</link><title>${wrap(title)}</title>
<pubDate>${date(i).toUTCString()}</pubDate><description>${wrap(all ? text : summary)}</description>
<content:encoded>${wrap(text)}</content:encoded></item>`;
}

export const FORMATS = ['json', 'rss', 'rss-cdata', 'atom'];

/** A feed of one item per text, in `format` (`all`: in every field): its body and Content-Type. */
export function hostileFeed(format, texts, all = false) {
  const items = texts.map((text, i) => item(format, text, i, all));
  if (format === 'json') return { type: 'application/feed+json', body: JSON.stringify({ title: 'Tin', items }) };
  if (format === 'atom')
    return {
      type: 'application/atom+xml',
      body: `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Tin</title>
<id>urn:x:hostile</id><updated>${date(0).toISOString()}</updated>${items.join('')}</feed>`,
    };
  return {
    type: 'application/rss+xml',
    body: `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Tin</title><link>https://example.gov.vn/</link>${items.join('')}</channel></rss>`,
  };
}

/** Every pattern, each in the title, summary and body of an item of its own, to about `bytes` in all. */
export const mixedTexts = (bytes) =>
  Object.keys(PATTERNS).map((pattern, _, all) => payload(pattern, bytes / all.length / 3));
