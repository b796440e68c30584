// RSS 2.0 (and RSS 1.0/RDF) and Atom 1.0 documents, mapped onto the native JSON shape so that
// one normaliser validates every format. Pure reading: nothing from these documents is inserted.
import { FeedError } from './feed-error.js';
import { rfc822ToRfc3339 } from './dates.js';

type Json = Record<string, unknown>;

const MEDIA = /mrss|media/i;

function kids(parent: Element, name: string, ns?: RegExp): Element[] {
  return [...parent.children].filter((el) => el.localName === name && (!ns || MEDIA.test(el.namespaceURI ?? el.prefix ?? '')));
}
function kid(parent: Element, name: string, ns?: RegExp): Element | undefined {
  return kids(parent, name, ns)[0];
}
function text(el: Element | undefined): string | undefined {
  const value = el?.textContent?.trim();
  return value || undefined;
}
const stripTags = (html?: string) => html?.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim() || undefined;
const num = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : undefined);

/** Drops keys whose value is undefined, so normalizeFeed sees absent fields as absent. */
function compact(obj: Json): Json {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && !(Array.isArray(v) && !v.length)));
}

function firstImageIn(html?: string): Json | undefined {
  const src = html && /<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']/i.exec(html)?.[1];
  return src ? { src: src.replace(/&amp;/g, '&'), alt: '' } : undefined;
}

function mediaImage(item: Element): Json | undefined {
  const content = kids(item, 'content', MEDIA).find((c) => (c.getAttribute('medium') ?? c.getAttribute('type') ?? 'image').startsWith('image'));
  const thumb = kid(item, 'thumbnail', MEDIA);
  const enclosure = kids(item, 'enclosure').concat(kids(item, 'link').filter((l) => l.getAttribute('rel') === 'enclosure'))
    .find((e) => (e.getAttribute('type') ?? '').startsWith('image/'));
  const el = content ?? thumb ?? enclosure;
  const src = el?.getAttribute('url') ?? el?.getAttribute('href');
  if (!el || !src) return undefined;
  const caption = text(kid(el, 'description', MEDIA) ?? kid(item, 'description', MEDIA));
  return compact({
    src,
    alt: text(kid(el, 'title', MEDIA)) ?? '',
    caption,
    credit: text(kid(el, 'credit', MEDIA) ?? kid(item, 'credit', MEDIA)),
    width: num(el.getAttribute('width')),
    height: num(el.getAttribute('height')),
  });
}

function rssItem(item: Element): Json {
  const encoded = text(kid(item, 'encoded'));
  const description = text(kid(item, 'description'));
  const html = encoded ?? description;
  const categories = kids(item, 'category').map(text).filter(Boolean) as string[];
  const creators = [...kids(item, 'creator'), ...kids(item, 'author')].map(text).filter(Boolean) as string[];
  const date = text(kid(item, 'pubDate')) ?? text(kid(item, 'date'));
  const link = text(kid(item, 'link')) ?? item.getAttribute('rdf:about') ?? undefined;
  return compact({
    id: text(kid(item, 'guid')) ?? link ?? text(kid(item, 'title')),
    url: link,
    title: text(kid(item, 'title')),
    summary: stripTags(encoded ? description : undefined) ?? stripTags(description),
    content_html: html,
    image: mediaImage(item) ?? firstImageIn(html),
    date_published: date && rfc822ToRfc3339(date),
    // RSS <author> is an e-mail address by the letter of the spec; "name@x (Name)" keeps the name.
    authors: creators.map((c) => ({ name: /\(([^)]+)\)/.exec(c)?.[1] ?? c })),
    category: categories[0],
    tags: categories.slice(1),
  });
}

function atomText(el: Element | undefined): { text?: string; html?: string } {
  if (!el) return {};
  const type = el.getAttribute('type') ?? 'text';
  if (type === 'xhtml') {
    const div = el.firstElementChild;
    const html = div ? [...div.childNodes].map((n) => new XMLSerializer().serializeToString(n)).join('') : undefined;
    return { html, text: stripTags(html) };
  }
  const value = el.textContent?.trim();
  return type === 'html' ? { html: value, text: stripTags(value) } : { text: value };
}

function atomLink(parent: Element, rel = 'alternate'): string | undefined {
  const link = kids(parent, 'link').find((l) => (l.getAttribute('rel') ?? 'alternate') === rel);
  return link?.getAttribute('href') ?? undefined;
}

function atomEntry(entry: Element): Json {
  const content = atomText(kid(entry, 'content'));
  const summary = atomText(kid(entry, 'summary'));
  const published = text(kid(entry, 'published'));
  const updated = text(kid(entry, 'updated'));
  const categories = kids(entry, 'category').map((c) => c.getAttribute('label') ?? c.getAttribute('term')).filter(Boolean) as string[];
  return compact({
    id: text(kid(entry, 'id')) ?? atomLink(entry),
    url: atomLink(entry),
    title: atomText(kid(entry, 'title')).text,
    summary: summary.text,
    content_html: content.html ?? summary.html,
    content_text: content.html ? undefined : content.text,
    image: mediaImage(entry) ?? firstImageIn(content.html ?? summary.html),
    date_published: published ?? updated,
    date_modified: published ? updated : undefined,
    authors: kids(entry, 'author').map((a) => compact({ name: text(kid(a, 'name')), url: text(kid(a, 'uri')) })),
    category: categories[0],
    tags: categories.slice(1),
    language: entry.getAttribute('xml:lang') ?? undefined,
  });
}

/** An RSS or Atom document as `{ title, home_page_url, language, items }`. */
export function xmlToFeed(doc: Document): Json {
  const root = doc.documentElement;
  if (root.localName === 'feed') {
    return {
      ...compact({ title: atomText(kid(root, 'title')).text, home_page_url: atomLink(root), language: root.getAttribute('xml:lang') ?? undefined }),
      items: kids(root, 'entry').map(atomEntry),
    };
  }
  const channel = root.localName === 'rss' || root.localName === 'RDF' ? kid(root, 'channel') : undefined;
  if (!channel) throw new FeedError('not-a-feed', `The XML is not an RSS or Atom feed (its root is <${root.localName}>).`);
  // RSS 2.0 keeps items in the channel; RSS 1.0 (RDF) beside it.
  const items = [...kids(channel, 'item'), ...kids(root, 'item')];
  return {
    ...compact({ title: text(kid(channel, 'title')), home_page_url: text(kid(channel, 'link')), language: text(kid(channel, 'language')) }),
    items: items.map(rssItem),
  };
}
