// Static pages for sharing: one HTML page per article, its report pre-rendered, with the title,
// description, Open Graph and Twitter tags link previews read (Facebook, Zalo), a canonical URL and
// NewsArticle JSON-LD; and a list page of cards linking to them. Ready for any web server or CDN.
// Pages link each other by file name (relative), so the folder also reads as it is, opened from
// disk; what leaves the folder (canonical, og:url, share links) is absolute, under the site URL.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

import type { PageData } from '../hydrate-data.js';
import { relatedOrMore } from '../model/browsing/browse.js';
import { toRelated } from '../model/items/element-input.js';
import { newestFirst } from '../model/items/feed-order.js';
import { normalised } from '../model/items/item-reader.js';
import { nativeItem } from '../model/items/native-item.js';
import { itemsOf } from '../model/items/normalize-feed.js';
import { pageName } from '../model/items/page-name.js';
import { parseUrl } from '../model/items/urls.js';
import { type Lang, messages } from '../model/messages.js';
import type { Article, NormalizedFeed, RelatedArticle } from '../model/types.js';
import { newsArticleJsonLd, scriptJson } from '../report/json-ld.js';
import { type FeedElementOptions, renderFeed, renderReport } from './render.js';

export interface SiteOptions {
  /** The folder to write. */
  out: string;
  /** Where the folder will be served (https://…/tin/): link previews need absolute URLs. */
  siteUrl: string;
  lang?: Lang;
  timeZone?: string;
  /** The feed's URL, against which its relative URLs were read. */
  baseUrl: string;
  /** The built script for the pages (dist/party-news.hydrate.iife.js), copied beside them. */
  script: string;
  /** How index.html lays out its list: `layout`, and category `tabs` and the `archive` once its script runs. */
  list?: Pick<FeedElementOptions, 'layout' | 'tabs' | 'archive'>;
}

export interface WrittenSite {
  /** Each article's page, relative to `out`, by article id. */
  pages: Map<string, string>;
  files: string[];
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Each article's page name (pageName: from its id alone, as the widget's share links compute it). */
export const pageNames = (articles: Article[]) => new Map(articles.map((a) => [a.id, pageName(a.id)]));

/** The same article, linking to its page here: the card's title link and the related list's. */
function linkedTo<T extends object>(article: T, url: string): T {
  const copy = { ...article, url };
  normalised.add(copy);
  return copy;
}

const meta = (attr: 'name' | 'property', key: string, value: string | undefined) =>
  value ? `<meta ${attr}="${key}" content="${escapeHtml(value)}">` : '';

/** The <head> tags of an article's page: what search engines and link previews read. */
export function articleHead(
  a: Article,
  { pageUrl, siteName, lang }: { pageUrl: string; siteName?: string; lang: Lang },
) {
  const description = a.summary ?? '';
  const image = a.image;
  return [
    `<title>${escapeHtml(siteName ? `${a.title} – ${siteName}` : a.title)}</title>`,
    meta('name', 'description', description),
    `<link rel="canonical" href="${escapeHtml(a.url ?? pageUrl)}">`,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:title', a.title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', pageUrl),
    meta('property', 'og:site_name', siteName),
    meta('property', 'og:locale', (a.language ?? lang) === 'en' ? 'en_US' : 'vi_VN'),
    meta('property', 'og:image', image?.src),
    meta('property', 'og:image:alt', image?.alt),
    meta('property', 'og:image:width', image?.width?.toString()),
    meta('property', 'og:image:height', image?.height?.toString()),
    meta('property', 'article:published_time', a.datePublished?.toISOString()),
    meta('property', 'article:modified_time', a.dateModified?.toISOString()),
    meta('property', 'article:section', a.category?.name),
    ...a.tags.map((tag) => meta('property', 'article:tag', tag)),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', a.title),
    meta('name', 'twitter:description', description),
    meta('name', 'twitter:image', image?.src),
    meta('name', 'twitter:image:alt', image?.alt),
    `<script type="application/ld+json">${scriptJson(newsArticleJsonLd(a))}</script>`,
  ].filter(Boolean);
}

const SCRIPT = 'assets/party-news.hydrate.iife.js';

/** The page's data for its script, and the script, which adopts the server's markup (hydrate.ts). */
const scripts = (data: PageData) =>
  `<script type="application/json" id="party-news-data">${scriptJson(data)}</script>\n<script src="${SCRIPT}" defer></script>`;

const page = (lang: Lang, head: string[], body: string) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${head.join('\n')}
<link rel="stylesheet" href="assets/page.css">
</head>
<body>
${body}
</body>
</html>
`;

const PAGE_CSS = `body { margin: 0; background: #fff; color: #1d1d1f; font-family: system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif; }
main { max-width: 72em; margin: 0 auto; padding: 1em; }
.back { display: inline-block; margin-bottom: 1em; color: #a50e15; }
.back:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
h1 { font-size: 1.75em; }
`;

/** A related entry as raw JSON, the form both the server and the page's script read. */
const relatedItem = (r: Article | RelatedArticle, url: string | undefined) => ({
  ...(r.id && { id: r.id }),
  title: r.title,
  ...(url && { url }),
  ...(r.datePublished && { date_published: r.datePublished.toISOString() }),
});

/** Writes a page per article of `feed` (and index.html, the list) to `out`, with their script. */
export async function writeSite(data: unknown, feed: NormalizedFeed, options: SiteOptions): Promise<WrittenSite> {
  const { out, lang = 'vi', timeZone, baseUrl } = options;
  const siteUrl = parseUrl(options.siteUrl.replace(/\/?$/, '/'))?.href;
  if (!siteUrl) throw new TypeError(`siteUrl "${options.siteUrl}" does not parse as a URL.`);
  const articles = newestFirst(feed.articles);
  const names = pageNames(articles);
  // A page name is a plain file name (pageName): against a site URL that parsed, it parses.
  const pageUrl = (id: string) => parseUrl(names.get(id)!, siteUrl)!.href;
  // Another page here, by its file name; an article elsewhere, by its own URL.
  const here = (a: { id?: string; url?: string }) => (a.id && names.has(a.id) ? names.get(a.id) : a.url);
  const format = itemsOf(data).notes.format;
  const pageData = (rest: Pick<PageData, 'reports'>): PageData => ({ baseUrl, format, timeZone, ...rest });
  const siteName = feed.feed.title;
  const t = messages[lang];
  await mkdir(join(out, 'assets'), { recursive: true });
  const files: string[] = [];
  const write = async (name: string, text: string) => (await writeFile(join(out, name), text), files.push(name));

  for (const a of articles) {
    const { items, more } = relatedOrMore(a, articles);
    // An entry with nowhere to go would be a button that needs script: a static page leaves it out.
    const related = items.map((r) => relatedItem(r, here(r))).filter((r) => r.url);
    // An article without a URL of its own is shared, and sourced, as its page here.
    const shown = a.url ? a : linkedTo(a, pageUrl(a.id));
    const report = await renderReport(shown, {
      lang,
      timeZone,
      related: toRelated(related).items,
      relatedHeading: more ? t.moreNews : undefined,
    });
    // The article as the page's script reads it: the one the server rendered, written back.
    const item = nativeItem(shown);
    const body = `<main>
<a class="back" href="index.html">← ${escapeHtml(siteName ?? t.back)}</a>
${report}
</main>
${scripts(pageData({ reports: [{ item, related }] }))}`;
    const head = articleHead(shown, { pageUrl: pageUrl(a.id), siteName, lang });
    await write(names.get(a.id)!, page(a.language === 'en' ? 'en' : lang, head, body));
  }

  // The list: the feed element itself, each card linking to its page, every card on its first
  // screen: "Xem thêm" needs script, and a reader without it reaches every article too.
  const list = await renderFeed(
    { ...feed, articles: articles.map((a) => linkedTo(a, names.get(a.id)!)) },
    { ...options.list, lang, timeZone, open: 'link', pageSize: Math.max(1, articles.length), searchable: true, format },
  );
  const title = siteName ?? t.empty;
  const listHead = [
    `<title>${escapeHtml(title)}</title>`,
    `<link rel="canonical" href="${escapeHtml(siteUrl)}">`,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', title),
    meta('property', 'og:url', siteUrl),
  ].filter(Boolean);
  await write(
    'index.html',
    page(
      lang,
      listHead,
      `<main>\n<h1>${escapeHtml(title)}</h1>\n${list}\n</main>\n${scripts(pageData({ reports: [] }))}`,
    ),
  );
  await writeFile(join(out, 'assets/page.css'), PAGE_CSS);
  // The script, and the licences of what it holds (Lit, DOMPurify), which travel with every copy.
  for (const file of [options.script, `${options.script}.LICENSE.txt`]) {
    await copyFile(file, join(out, 'assets', basename(file)));
    files.push(`assets/${basename(file)}`);
  }
  files.push('assets/page.css');
  return { pages: names, files };
}
