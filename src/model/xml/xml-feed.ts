// RSS 2.0, RSS 0.9x/1.0 (RDF) and Atom 1.0/0.3 documents, as the web writes them, mapped onto
// the native JSON shape so that one normaliser validates every format. Elements are matched by
// namespace, not local name alone. What the reading assumed or repaired travels with each item in
// `_party_news`, for the normaliser to report. Pure reading: nothing from these documents is inserted.
// Over 250 lines because RSS and Atom are mapped side by side, field by field; reading nodes is
// xml-nodes.ts, reading markup inside them feed-markup.ts.
import { type Sapo, SAPO_READ, sapoOf } from '../bodies/sapo.js';
import { MAX_BODY } from '../items/field-values.js';
import { FeedError } from '../reading/feed-error.js';
import type { Json } from '../types.js';
import { firstImageIn, splitLinkTail, xhtmlChildren } from './feed-markup.js';
import { NS, XML_NS } from './xml-names.js';
import { baseOf, compact, kid, kids, type Ns, nsOf, num, resolve, stripTags, text } from './xml-nodes.js';

/** A problem an item's reading found, reported by the normaliser under the item's id. */
export interface ItemNote {
  field: string;
  message: string;
  dropped: 'field' | 'none';
}

// RSS 2.0 has no namespace; RSS 0.90, 1.0 and the UserLand/Harvard variants each have their own.
// An item's children are read in the item's own namespace, whichever it is.
const ATOM_03 = 'http://purl.org/atom/ns#';
const MEDIA = /^https?:\/\/(tools\.)?search\.yahoo\.com\/mrss\/?$/;
const ANY = /(?:)/;

/** The item's photo: media:content or media:thumbnail (also inside media:group), an image enclosure. */
function mediaImage(item: Element, core: Ns): Json | undefined {
  const holders = [item, ...kids(item, 'group', MEDIA)];
  holders.push(...holders.flatMap((h) => kids(h, 'content', MEDIA)));
  const all = (name: string) => holders.flatMap((h) => kids(h, name, MEDIA));
  const content = all('content').find((c) =>
    (c.getAttribute('medium') ?? c.getAttribute('type') ?? 'image').startsWith('image'),
  );
  const enclosure = [
    ...kids(item, 'enclosure', core),
    ...kids(item, 'link', core).filter((l) => l.getAttribute('rel') === 'enclosure'),
  ].find((e) => (e.getAttribute('type') ?? '').startsWith('image/'));
  const el = content ?? all('thumbnail')[0] ?? enclosure;
  const src = el && resolve(el.getAttribute('url') ?? el.getAttribute('href'), el);
  if (!el || !src) return undefined;
  // A caption is the photo's own description, or the item's beside it; a media:group's
  // description describes a video, not the thumbnail.
  const own = (name: string) =>
    text(kid(el, name, MEDIA) ?? (el.parentElement === item ? kid(item, name, MEDIA) : undefined));
  return compact({
    src,
    alt: own('title') ?? '',
    caption: own('description'),
    credit: own('credit'),
    width: num(el.getAttribute('width')),
    height: num(el.getAttribute('height')),
  });
}

/**
 * A byline is a name: "a@b.vn (Ban Biên tập)", "Ban Biên tập <a@b.vn>" and "Ban Biên tập (a@b.vn)"
 * give the name, a bare address nothing.
 */
function bylines(values: (string | undefined)[], notes: ItemNote[]): Json[] {
  return values
    .flatMap((value) => (value ?? '').split(';'))
    .flatMap((written) => {
      // An address starts a word (lookbehind): no scan restarts inside a long word, so a hostile byline stays linear.
      const name = written
        .replace(/(?<![^\s<(])[^\s@<>()]+@[^\s@<>()]+/, '')
        // The brackets the address was in: "Name <>", "Name ()".
        .replace(/<\s*>|\(\s*\)/, '')
        .trim()
        .replace(/^\((.*)\)$/, '$1')
        .trim();
      if (!name && written.trim())
        notes.push({
          field: 'authors',
          message: `"${written.trim()}" is an e-mail address, not a name; left out`,
          dropped: 'field',
        });
      return name ? [{ name }] : [];
    });
}

/** A description's tail of links, split off unless it is over the body's size limit (then it is a body, cut later). */
const linkTail = (html?: string, url?: string) =>
  html && html.length <= MAX_BODY ? splitLinkTail(html, url) : undefined;

/** A description that holds the whole article gives its sapo as the summary, and says so. */
function sapoNote(sapo: Sapo | undefined, field: string, notes: ItemNote[]): string | undefined {
  if (sapo) notes.push({ field, message: SAPO_READ(sapo), dropped: 'none' });
  return sapo?.text;
}

/** Two different articles sharing an id get ids that differ by this hash of what tells them apart. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

interface Reading {
  /** Derived id → title and date of the article holding it. */
  ids: Map<string, string>;
  /** The feed's own id (guid, Atom id) → title and link of the article holding it. */
  owned: Map<string, string>;
  /** The feed's own author, for Atom entries that name none. */
  authors: Json[];
}

/**
 * Ids never merge two different articles. An id derived from a link or title is told apart by title
 * and date. A guid or Atom id is the feed's, but CMSs reuse one for different articles: another title
 * or link keeps its own article under the id and a hash of both (reported); the same guid, title and
 * link again is the same article, which the normaliser keeps once.
 */
function idFor(
  own: string | undefined,
  derived: string | undefined,
  item: Json,
  reading: Reading,
  notes: ItemNote[],
): string | undefined {
  const id = own ?? derived;
  if (!id) return undefined;
  const [held, signature] = own
    ? [reading.owned, `${item.title}|${item.url}`]
    : [reading.ids, `${item.title}|${item.date_published ?? item.date_modified}`];
  const holder = held.get(id);
  if (holder === undefined) held.set(id, signature);
  if (holder === undefined || holder === signature) return id;
  const distinct = `${id}#${hash(signature)}`;
  if (own)
    notes.push({
      field: 'id',
      message: `"${own}" is an earlier item's too, which has another title or link; read as "${distinct}"`,
      dropped: 'none',
    });
  return distinct;
}

/** The first of `names` ("pubDate dc:date", prefixes as in NS) that `item` holds, and the name it had. */
function firstOf(item: Element, core: Ns, names: string): [string, string] | [] {
  for (const name of names.split(' ')) {
    const [prefix, local] = name.includes(':') ? name.split(':') : ['', name];
    const value = text(kid(item, local, prefix ? NS[prefix as keyof typeof NS] : core));
    if (value) return [value, name];
  }
  return [];
}

/** Shared by RSS items and Atom entries once each has read its own fields. */
function finish(
  fields: Json,
  notes: ItemNote[],
  base: string | undefined,
  sources: Json,
  ownId: string | undefined,
  reading: Reading,
): Json {
  if (!fields.title && typeof fields.summary === 'string') {
    const lead =
      fields.summary.length > 120 ? `${fields.summary.slice(0, 120).replace(/\s+\S*$/, '')}…` : fields.summary;
    fields.title = lead;
    notes.push({
      field: 'title',
      message: 'is missing; the opening words of the description stand in',
      dropped: 'none',
    });
  }
  fields.id = idFor(ownId, (fields.url ?? fields.title) as string | undefined, fields, reading, notes);
  fields._party_news = compact({ base, fields: compact(sources), notes });
  return compact(fields);
}

function categoriesOf(item: Element, core: Ns, atom: boolean): string[] {
  const named = atom
    ? kids(item, 'category', core).map((c) => c.getAttribute('label') ?? c.getAttribute('term') ?? undefined)
    : kids(item, 'category', core).map(text);
  const more = [
    ...kids(item, 'subject', NS.dc),
    ...[item, ...kids(item, 'group', MEDIA)].flatMap((h) => kids(h, 'category', MEDIA)),
  ].map((c) => c.getAttribute('label') ?? text(c));
  return [...new Set([...named, ...more].map((c) => c?.trim()).filter(Boolean) as string[])];
}

/**
 * An RSS item's or channel's headline: <title>, else Dublin Core's, else the title its media or
 * podcast extension gives (read only then: a media:title names the photo, not the article).
 */
function rssTitle(el: Element, core: Ns): string | undefined {
  // RSS titles are often written as HTML ("H<sub>2</sub>O"): the title is its text.
  const [title] = firstOf(el, core, 'title dc:title itunes:title');
  return stripTags(title ?? text(kid(el, 'title', MEDIA)), '');
}

function rssItem(item: Element, reading: Reading): Json {
  const core = nsOf(item);
  const notes: ItemNote[] = [];
  const encoded = text(kid(item, 'encoded', NS.content));
  const xhtmlBody = kid(item, 'body', NS.xhtml);
  const [description] = firstOf(item, core, 'description dc:description');
  const guid = kid(item, 'guid', core);
  const permalink =
    guid?.getAttribute('isPermaLink') !== 'false' && /^https?:\/\//i.test(text(guid) ?? '') ? text(guid) : undefined;
  const url = resolve(text(kid(item, 'link', core)) ?? permalink ?? item.getAttributeNS(NS.rdf, 'about'), item);
  const tail = linkTail(description, url);
  const lead = tail?.lead ?? description;
  const body = encoded ?? (xhtmlBody && xhtmlChildren(xhtmlBody)) ?? lead;
  const [published, publishedFrom] = firstOf(item, core, 'pubDate dc:date dcterms:issued dcterms:created');
  const [modified, modifiedFrom] = firstOf(item, core, 'dcterms:modified');
  const categories = categoriesOf(item, core, false);
  const fields: Json = {
    url,
    title: rssTitle(item, core),
    summary: sapoNote(sapoOf(lead), 'description', notes) ?? stripTags(lead),
    content_html: body,
    // The description's photo is the one the CMS chose for its teaser; a body may open with another.
    image: mediaImage(item, core) ?? firstImageIn(lead) ?? firstImageIn(body),
    date_published: published,
    date_modified: modified,
    // dc:author is no Dublin Core element, but CMSs write it for dc:creator.
    authors: bylines(
      [...kids(item, 'creator', NS.dc), ...kids(item, 'author', NS.dc), ...kids(item, 'author', core)].map(text),
      notes,
    ),
    category: categories[0],
    tags: categories.slice(1),
    related: tail?.related,
    language: text(kid(item, 'language', NS.dc)),
  };
  return finish(
    fields,
    notes,
    baseOf(item),
    { date_published: publishedFrom ?? 'pubDate', date_modified: modifiedFrom },
    guid && text(guid),
    reading,
  );
}

function atomText(el: Element | undefined): { text?: string; html?: string } {
  if (!el) return {};
  // Atom 0.3 wrote MIME types and a mode: type="text/html" mode="escaped", mode="xml".
  const type = el.getAttribute('type') ?? 'text';
  const mode = el.getAttribute('mode');
  if (type === 'xhtml' || mode === 'xml' || type === 'application/xhtml+xml') {
    const div = el.firstElementChild;
    const html = xhtmlChildren(
      div && div.localName === 'div' && nsOf(div) === NS.xhtml && el.children.length === 1 ? div : el,
    );
    return { html };
  }
  const value = el.textContent?.trim();
  return type.includes('html') || mode === 'escaped' ? { html: value } : { text: value };
}

/** An Atom text construct as plain text. Only asked for where needed: a body may be megabytes. */
const plainOf = (t: { text?: string; html?: string }) => t.text ?? stripTags(t.html);

/** How well a link's type says it is the article's page: HTML first, then no type, then any other (a PDF, plain text). */
function pageRank(link: Element): number {
  const type = link.getAttribute('type')?.trim().toLowerCase();
  return !type ? 1 : /^(?:text\/html|application\/xhtml\+xml)\b/.test(type) ? 0 : 2;
}

/** The link of that rel, the HTML page first; its href, or (as some feeds write it) its text. */
function atomLink(parent: Element, ns: Ns, rel = 'alternate'): string | undefined {
  const hrefOf = (l: Element) => l.getAttribute('href') ?? text(l);
  const links = kids(parent, 'link', ns).filter((l) => (l.getAttribute('rel') ?? 'alternate') === rel && hrefOf(l));
  // A stable sort: among links of one rank, the feed's order.
  const [link] = links.sort((a, b) => pageRank(a) - pageRank(b));
  return link ? resolve(hrefOf(link), link) : undefined;
}

function atomAuthors(parent: Element, ns: Ns, notes: ItemNote[]): Json[] {
  return kids(parent, 'author', ns).flatMap((a) => {
    const [person] = bylines([text(kid(a, 'name', ns))], notes);
    const url = text(kid(a, 'uri', ns)) ?? text(kid(a, 'url', ns));
    return person ? [compact({ ...person, url: url && resolve(url, a) })] : [];
  });
}

function atomEntry(entry: Element, reading: Reading): Json {
  const ns = nsOf(entry);
  const notes: ItemNote[] = [];
  const contentEl = kid(entry, 'content', ns);
  const content = atomText(contentEl);
  const summary = atomText(kid(entry, 'summary', ns));
  const url = atomLink(entry, ns);
  const tail = linkTail(summary.html, url);
  const [published, publishedFrom] = firstOf(
    entry,
    ns,
    'published issued created dc:date dcterms:issued dcterms:created',
  );
  const [updated, updatedFrom] = firstOf(entry, ns, 'updated modified dcterms:modified');
  const categories = categoriesOf(entry, ns, true);
  const authors = atomAuthors(entry, ns, notes);
  const source = kid(entry, 'source', ns);
  const body = content.html ?? tail?.lead ?? summary.html;
  const fields: Json = {
    url,
    title: plainOf(atomText(kid(entry, 'title', ns))),
    summary:
      sapoNote(sapoOf(tail?.lead ?? summary.html), 'summary', notes) ??
      (tail ? stripTags(tail.lead) : plainOf(summary)),
    content_html: body,
    content_text: body ? undefined : content.text,
    image: mediaImage(entry, ns) ?? firstImageIn(body),
    date_published: published ?? updated,
    date_modified: published ? updated : undefined,
    authors: authors.length ? authors : source ? atomAuthors(source, ns, notes) : reading.authors,
    category: categories[0],
    tags: categories.slice(1),
    related: tail?.related,
    language: entry.getAttributeNS(XML_NS, 'lang') ?? undefined,
  };
  const dates = {
    date_published: publishedFrom ?? updatedFrom ?? 'updated',
    date_modified: published ? updatedFrom : undefined,
  };
  return finish(fields, notes, baseOf(contentEl ?? entry), dates, text(kid(entry, 'id', ns)), reading);
}

/** Which format a document is, and where its items are (`channel`: the RSS element holding the feed's own fields). */
function itemsOf(root: Element): { format: string; channel?: Element; items: Element[] } | undefined {
  const name = root.localName;
  if (name === 'feed')
    return { format: nsOf(root) === ATOM_03 ? 'Atom 0.3' : 'Atom 1.0', items: kids(root, 'entry', nsOf(root)) };
  // Some RSS is written without its <channel>: items and fields straight under <rss>.
  const channel = kid(root, 'channel', ANY) ?? (name === 'rss' ? root : undefined);
  if ((name !== 'rss' && name !== 'RDF') || !channel) return undefined;
  // RSS 2.0 keeps items in the channel; RSS 1.0 (RDF) beside it.
  const format = name === 'RDF' ? 'RSS 1.0' : `RSS ${root.getAttribute('version') ?? '2.0'}`;
  return {
    format,
    channel,
    items: [...kids(channel, 'item', ANY), ...(channel === root ? [] : kids(root, 'item', ANY))],
  };
}

/**
 * An RSS or Atom document (its root element) as native JSON `{ title, home_page_url, language,
 * items, _party_news: { format } }`. `more`: copies of the root holding the rest of the items, when
 * a feed was cut up and each item read on its own (see parse-feed).
 */
export function xmlToFeed(root: Element, more: Element[] = []): Json {
  const found = itemsOf(root);
  if (!found)
    throw new FeedError('not-a-feed', `The XML is not an RSS or Atom feed (its root is <${root.localName}>).`);
  const { format, channel } = found;
  const atom = !channel;
  const items = [...found.items, ...more.flatMap((d) => [...d.getElementsByTagNameNS('*', atom ? 'entry' : 'item')])];
  const head = channel ?? root;
  const ns = nsOf(head);
  const reading: Reading = { ids: new Map(), owned: new Map(), authors: atom ? atomAuthors(root, ns, []) : [] };
  return {
    ...compact({
      title: atom ? plainOf(atomText(kid(root, 'title', ns))) : rssTitle(head, ns),
      home_page_url: atom ? atomLink(root, ns) : text(kid(head, 'link', ns)),
      language:
        text(kid(head, 'language', ns)) ??
        text(kid(head, 'language', NS.dc)) ??
        root.getAttributeNS(XML_NS, 'lang') ??
        undefined,
    }),
    items: items.map((item) => (atom ? atomEntry(item, reading) : rssItem(item, reading))),
    _party_news: { format },
  };
}
