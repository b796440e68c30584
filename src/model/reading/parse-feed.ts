import { trustedXml } from '../bodies/trusted-types.js';
import { windows1252References } from '../items/text.js';
import type { Problem } from '../types.js';
import type { Json } from '../types.js';
import { xmlToFeed } from '../xml/xml-feed.js';
import { inertMarkup } from '../xml/xml-names.js';
import { repairXml, splitFeed, undeclaredPrefixes } from '../xml/xml-repair.js';
import { FeedError } from './feed-error.js';
import { runAtOnce } from './slices.js';

// The prolog: XML declaration, comments and doctype, which a fragment may not hold.
const PROLOG = /^(?:\s*(?:<\?xml[^>]*>|<!--[^]*?-->|<!DOCTYPE[^>[]*(?:>|(\[))))*/;

/**
 * The root element of well-formed XML, or undefined. Read as a fragment (the innerHTML of an XML document's
 * element), which throws at the first error. DOMParser instead answers broken XML with an error
 * element whose inline style costs a strict page two CSP reports in Chromium, and a broken feed
 * is parsed many times over while it is repaired. Only a document whose doctype declares entities
 * needs DOMParser, since a fragment has no doctype.
 */
function xml(written: string): Element | undefined {
  // Here, not on the whole body, so that a long feed pays for it a slice (an item) at a time.
  const text = windows1252References(written);
  const prolog = PROLOG.exec(text)!;
  if (prolog[1]) {
    const doc = new DOMParser().parseFromString(trustedXml(text), 'application/xml');
    return doc.getElementsByTagName('parsererror').length ? undefined : doc.documentElement;
  }
  // Chromium's fragment parser, like DOMParser, answers an undeclared attribute prefix with an error
  // element (and its style); xml-repair declares what is missing.
  if (undeclaredPrefixes(text)?.size !== 0) return undefined;
  const doc = document.implementation.createDocument(null, 'x');
  try {
    doc.documentElement.innerHTML = trustedXml(text.slice(prolog[0].length));
  } catch {
    return undefined;
  }
  return doc.documentElement.firstElementChild ?? undefined;
}

const feedProblem = (message: string, field = 'xml', dropped: Problem['dropped'] = 'none', index = -1): Problem => ({
  item: index < 0 ? 'feed' : `#${index}`,
  index,
  field,
  message,
  dropped,
});

/** XML longer than this is read item by item, a slice each: parsed whole, it would hold the page. */
const WHOLE_UP_TO = 1_000_000;

const notWellFormed = (repairs: Set<string>) =>
  `The feed is not well-formed XML${repairs.size ? `; repaired: ${[...repairs].join(', ')}` : ''}`;

/**
 * XML as CMSs write it: well-formed, else repaired (a bare "&", HTML entities, undeclared
 * prefixes), else cut into items each read (and repaired) on its own, so that one broken item
 * costs only itself. A long feed is cut into items from the start, and read a slice per item.
 */
function* readXml(body: string): Generator<void, { feed: Json; problems: Problem[] }> {
  const repairs = new Set<string>();
  const long = body.length > WHOLE_UP_TO && splitFeed(body);
  // Counted per item on a long feed, so there named without their counts, once each.
  const repair = (text: string) => {
    const repaired = repairXml(text);
    repaired.repairs.forEach((r) => repairs.add(long ? r.replace(/^\d+ /, '') : r));
    return repaired.text;
  };
  let pieces = long || [];
  if (!long) {
    const doc = xml(body);
    if (doc) return { feed: xmlToFeed(doc), problems: [] };
    const text = repair(body);
    const fixed = xml(text);
    if (fixed) return { feed: xmlToFeed(fixed), problems: [feedProblem(`${notWellFormed(repairs)}.`)] };
    pieces = splitFeed(text) ?? [];
  }
  const docs = [];
  for (const piece of pieces) {
    let doc = xml(piece);
    if (!doc) {
      yield;
      doc = xml(repair(piece));
    }
    docs.push(doc);
    yield;
  }
  const [head, ...items] = docs;
  const what = notWellFormed(repairs);
  // Nothing readable: no feed around the items, or items that were all broken.
  if (!head || (items.length && !items.some(Boolean)))
    throw new FeedError('invalid-xml', `${what}, and no feed could be read from it.`);
  const problems =
    long && items.every(Boolean) && !repairs.size ? [] : [feedProblem(`${what}; its items were read one by one.`)];
  items.forEach(
    (item, index) =>
      item || problems.push(feedProblem('is not well-formed XML even after repair; skipped', 'item', 'item', index)),
  );
  return { feed: xmlToFeed(head, items.filter(Boolean) as Element[]), problems };
}

/**
 * Reads feed text in whichever format it is, told by its content, not by a Content-Type:
 * native JSON / JSON Feed (objects or arrays), or RSS 0.9x/1.0/2.0 / Atom 0.3/1.0 XML. Returns data in
 * the native JSON shape for normalizeFeed (XML feeds carry `_party_news: { format, problems }`);
 * throws FeedError for text that is no feed at all.
 */
export function parseFeed(text: string): unknown {
  return runAtOnce(parsing(text));
}

/** parseFeed as work in steps: a long XML feed yields after each item (see runInSlices). */
export function* parsing(text: string): Generator<void, unknown> {
  const body = text.replace(/^\ufeff/, '').trimStart();
  if (body.startsWith('{') || body.startsWith('[')) {
    try {
      return JSON.parse(body);
    } catch (e) {
      throw new FeedError('invalid-json', `The feed is not valid JSON: ${(e as Error).message}`);
    }
  }
  // An HTML page (a portal's error or login page served with status 200) is no feed.
  if (!body.startsWith('<') || /^<(!doctype html|html[\s>])/i.test(body)) {
    const start = body.slice(0, 40).replace(/\s+/g, ' ');
    throw new FeedError('not-a-feed', `The response is neither a JSON nor an RSS/Atom feed (it begins "${start}").`);
  }
  const { feed, problems } = yield* readXml(inertMarkup(body));
  (feed._party_news as { problems?: Problem[] }).problems = problems;
  return feed;
}
