#!/usr/bin/env node
// Writes the RSS 2.0, Atom 1.0 and windows-1258 RSS versions of fixtures/feeds/seed.json, so every
// format the feed reads is tested (and demonstrated) with the same reference articles.
// Run after editing seed.json: `node scripts/make-fixtures.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const seed = JSON.parse(readFileSync('fixtures/feeds/seed.json', 'utf8'));
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const rfc822 = (iso) => {
  // Keep the feed's own +07:00 offset, as Vietnamese portals publish it.
  const d = new Date(new Date(iso).getTime() + 7 * 3600e3);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]}, ${p(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0700`;
};
const category = (c) => (typeof c === 'string' ? c : c?.name);
const body = (item) =>
  item.content_html ??
  (item.content_text ?? '')
    .split('\n\n')
    .map((p) => `<p>${esc(p)}</p>`)
    .join('');
const image = (item) => (typeof item.image === 'string' ? { src: item.image } : item.image);

function rss(encoding) {
  const items = seed.items.map((item) => {
    const img = image(item);
    return `    <item>
      <title>${esc(item.title)}</title>
      <link>${esc(item.url)}</link>
      <guid isPermaLink="false">${esc(item.id)}</guid>
      <pubDate>${rfc822(item.date_published)}</pubDate>
${(item.authors ?? []).map((a) => `      <dc:creator>${esc(a.name)}</dc:creator>`).join('\n')}
      <category>${esc(category(item.category))}</category>
${(item.tags ?? []).map((t) => `      <category>${esc(t)}</category>`).join('\n')}
      <description>${esc(item.summary ?? '')}</description>
      <content:encoded><![CDATA[${body(item)}]]></content:encoded>
${
  img
    ? `      <media:content url="${esc(img.src)}" medium="image"${img.width ? ` width="${img.width}" height="${img.height}"` : ''}>
        <media:title>${esc(img.alt ?? '')}</media:title>${img.caption ? `\n        <media:description>${esc(img.caption)}</media:description>` : ''}
      </media:content>`
    : ''
}
    </item>`;
  });
  return `<?xml version="1.0" encoding="${encoding}"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>${esc(seed.title)}</title>
    <link>${esc(seed.home_page_url)}</link>
    <description>Tin hoạt động của các tổ chức Đảng cơ sở</description>
    <language>vi</language>
${items.join('\n')}
  </channel>
</rss>
`;
}

function atom() {
  const entries = seed.items.map((item) => {
    const img = image(item);
    return `  <entry>
    <id>urn:party-news:${esc(item.id)}</id>
    <title type="text">${esc(item.title)}</title>
    <link rel="alternate" type="text/html" href="${esc(item.url)}"/>
${img ? `    <link rel="enclosure" type="image/svg+xml" href="${esc(img.src)}"/>\n` : ''}    <published>${item.date_published}</published>
    <updated>${item.date_modified ?? item.date_published}</updated>
${(item.authors ?? []).map((a) => `    <author><name>${esc(a.name)}</name></author>`).join('\n')}
    <category term="${esc(category(item.category))}"/>
${(item.tags ?? []).map((t) => `    <category term="${esc(t)}"/>`).join('\n')}
    <summary type="text">${esc(item.summary ?? '')}</summary>
    <content type="html">${esc(body(item))}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <title>${esc(seed.title)}</title>
  <link rel="alternate" href="${esc(seed.home_page_url)}"/>
  <id>urn:party-news:seed</id>
  <updated>${seed.items[0].date_modified}</updated>
${entries.join('\n')}
</feed>
`;
}

writeFileSync('fixtures/feeds/seed.rss.xml', rss('utf-8'));
writeFileSync('fixtures/feeds/seed.atom.xml', atom());

// windows-1258, the Vietnamese Windows code page some older portals still publish in. There is no
// TextEncoder for it, so the byte table comes from TextDecoder. It has precomposed letters for the
// vowel shapes (â, ơ, ư, đ …) but writes the five tones as combining marks: ộ is ô + U+0323.
const decoder = new TextDecoder('windows-1258');
const byteOf = new Map([...Array(256).keys()].map((b) => [decoder.decode(Uint8Array.of(b)), b]));
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
function encode1258(text) {
  const bytes = [];
  for (const ch of text) {
    const nfd = ch.normalize('NFD');
    const core = nfd.replace(TONES, '').normalize('NFC');
    const parts = byteOf.has(ch)
      ? [ch]
      : [...(byteOf.has(core) ? [core] : [...core.normalize('NFD')]), ...(nfd.match(TONES) ?? [])];
    for (const part of parts) {
      if (!byteOf.has(part)) throw new Error(`windows-1258 cannot write ${JSON.stringify(ch)}`);
      bytes.push(byteOf.get(part));
    }
  }
  return Uint8Array.from(bytes);
}
writeFileSync('fixtures/feeds/seed-windows-1258.rss.xml', encode1258(rss('windows-1258')));
console.log('wrote seed.rss.xml, seed.atom.xml and seed-windows-1258.rss.xml');
