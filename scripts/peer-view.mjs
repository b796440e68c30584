// Bundled into the page by peer-corpus.mjs: reads one feed through parseFeed → normalizeFeed and
// returns what a reader would see of each item written, in feed order, for peer-cases.mjs to
// compare with the peers' expectations. An item the normaliser skipped still shows what was read of
// it (marked `kept: false`): a peer's case about one element holds only that element, and whether
// the element is read is the question, not whether the item has everything an article needs.
import { parseDate } from '../src/model/items/dates.ts';
import { normalizeFeed } from '../src/model/items/normalize-feed.ts';
import { cleanLine } from '../src/model/items/text.ts';
import { decodeFeed } from '../src/model/reading/decode.ts';
import { parseFeed } from '../src/model/reading/parse-feed.ts';

const iso = (date) => (date instanceof Date && !isNaN(date) ? date.toISOString() : undefined);
/** The text a reader sees of markup: its body's text, on one line. */
const textOf = (html) =>
  html ? cleanLine(new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '') || undefined : undefined;

const articleView = (a) => ({
  kept: true,
  id: a.id,
  title: a.title,
  url: a.url,
  summary: a.summary,
  content: textOf(a.contentHtml),
  authors: a.authors.map((p) => ({ name: p.name, url: p.url })),
  tags: [...(a.category ? [a.category.name] : []), ...a.tags],
  published: iso(a.datePublished),
  modified: iso(a.dateModified),
  language: a.language,
});

const line = (value) => (typeof value === 'string' ? cleanLine(value) || undefined : undefined);
const dateOf = (value, timeZone) => (value === undefined ? undefined : iso(parseDate(value, timeZone).date));
const rawView = (raw, timeZone) => ({
  kept: false,
  id: line(raw.id),
  title: line(raw.title),
  url: raw.url,
  summary: line(raw.summary),
  content: textOf(raw.content_html) ?? line(raw.content_text),
  authors: (raw.authors ?? []).map((p) => ({ name: line(p.name), url: p.url })),
  tags: [raw.category, ...(raw.tags ?? [])].filter(Boolean).map(line),
  published: dateOf(raw.date_published ?? raw.date_modified, timeZone),
  modified: raw.date_published ? dateOf(raw.date_modified, timeZone) : undefined,
  language: raw.language,
});

window.readFeed = (bytes, baseUrl, timeZone) => {
  try {
    const parsed = parseFeed(decodeFeed(new Uint8Array(bytes).buffer));
    const f = normalizeFeed(parsed, { baseUrl, timeZone });
    const skipped = f.problems.filter((p) => p.dropped === 'item');
    const skippedAt = new Set(skipped.map((p) => p.index));
    const raws = Array.isArray(parsed) ? parsed : (parsed.items ?? []);
    const kept = f.articles.map(articleView);
    const views = raws.map((raw, i) => (skippedAt.has(i) ? rawView(raw ?? {}, timeZone) : kept.shift()));
    return {
      articles: f.articles.length,
      undated: f.articles.filter((a) => !a.datePublished).length,
      skipped: skipped.length,
      repaired: f.problems.some((p) => p.field === 'xml'),
      why: skipped.map((p) => `${p.field}: ${p.message}`),
      views,
    };
  } catch (e) {
    return { error: e.code ?? String(e) };
  }
};
