// Feeds that carry one payload in every field of an item, in every input format party-news reads.

const DATE = '2022-03-30T11:32:00+07:00';

/** One payload in every field of one native item. */
export function hostileItem(payload: string, i: number) {
  return {
    id: `xss-${i}`,
    title: `${i} ${payload}`,
    summary: payload,
    content_html: payload,
    url: payload,
    image: { src: payload, alt: payload, caption: payload, credit: payload },
    date_published: DATE,
    authors: [{ name: payload, organization: payload, url: payload }],
    category: { id: payload, name: payload, url: payload },
    tags: [payload],
    related: [payload, { title: payload, url: payload, date_published: DATE }],
  };
}

// XML cannot carry C0 control characters at all; a real generator strips them, and so does this one.
const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
const xmlText = (s: string) =>
  xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cdata = (s: string) => `<![CDATA[${xmlSafe(s).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

const RSS_HEAD =
  '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel>';
const rssItem = (p: string, i: number, text: (s: string) => string) =>
  `<item><guid>xss-${i}</guid><title>${xmlText(`${i} ${p}`)}</title><link>${xmlText(p)}</link><pubDate>Wed, 30 Mar 2022 11:32:00 +0700</pubDate>` +
  `<description>${text(p)}</description><content:encoded>${cdata(p)}</content:encoded><dc:creator>${xmlText(p)}</dc:creator>` +
  `<category>${xmlText(p)}</category><category>${xmlText(p)}</category>` +
  `<media:content url="${xmlText(p)}" medium="image"><media:title>${xmlText(p)}</media:title><media:description>${xmlText(p)}</media:description></media:content></item>`;

/**
 * Each format: its media type and a writer from payloads to feed text. "RSS raw" writes the
 * payload into the description unescaped, as careless CMS templates do: the XML is often broken
 * (party-news repairs what it can, or says the feed is unreadable), so it is written in small
 * feeds, each breaking only its own payloads.
 */
export const FEED_FORMATS: Record<string, { type: string; chunk?: number; write: (payloads: string[]) => string }> = {
  'native JSON': {
    type: 'application/json',
    write: (ps: string[]) =>
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: ps.map(hostileItem) }),
  },
  'JSON Feed 1.0': {
    type: 'application/feed+json',
    write: (ps: string[]) =>
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1',
        items: ps.map((p, i) => ({
          id: `xss-${i}`,
          url: p,
          title: `${i} ${p}`,
          summary: p,
          content_html: p,
          image: p,
          date_published: DATE,
          author: { name: p, url: p },
          tags: [p],
        })),
      }),
  },
  'RSS 2.0': {
    type: 'application/rss+xml',
    write: (ps: string[]) =>
      `${RSS_HEAD}<title>XSS</title><link>${xmlText(ps[0])}</link>${ps.map((p, i) => rssItem(p, i, xmlText)).join('')}</channel></rss>`,
  },
  'RSS raw': {
    type: 'application/rss+xml',
    chunk: 25,
    write: (ps: string[]) =>
      `${RSS_HEAD}<title>XSS</title><link>https://example.gov.vn/</link>${ps.map((p, i) => rssItem(p, i, xmlSafe)).join('')}</channel></rss>`,
  },
  'Atom 1.0': {
    type: 'application/atom+xml',
    write: (ps: string[]) =>
      `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>XSS</title>` +
      ps
        .map(
          (p, i) =>
            `<entry><id>xss-${i}</id><title type="html">${xmlText(`${i} ${p}`)}</title><link rel="alternate" href="${xmlText(p)}"/><link rel="enclosure" type="image/jpeg" href="${xmlText(p)}"/>` +
            `<published>${DATE}</published><author><name>${xmlText(p)}</name><uri>${xmlText(p)}</uri></author><category term="${xmlText(p)}" label="${xmlText(p)}"/>` +
            `<summary type="html">${xmlText(p)}</summary><content type="html">${xmlText(p)}</content></entry>`,
        )
        .join('') +
      '</feed>',
  },
};
