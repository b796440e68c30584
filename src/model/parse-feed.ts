import { trustedXml } from '../shared/trusted-types.js';
import { FeedError } from './feed-error.js';
import type { Problem } from './types.js';
import { xmlToFeed } from './xml-feed.js';
import { repairXml, splitFeed } from './xml-repair.js';

/** A well-formed XML document, or undefined (DOMParser reports errors inside the document). */
function xml(text: string): Document | undefined {
  const doc = new DOMParser().parseFromString(trustedXml(text), 'application/xml');
  return doc.getElementsByTagName('parsererror').length ? undefined : doc;
}

const feedProblem = (message: string, field = 'xml', dropped: Problem['dropped'] = 'none', index = -1): Problem => ({
  item: index < 0 ? 'feed' : `#${index}`,
  index,
  field,
  message,
  dropped,
});

/**
 * XML as CMSs write it: well-formed, else repaired (a bare "&", HTML entities, undeclared
 * prefixes), else cut into items each read on its own, so that one broken item costs only itself.
 */
function readXml(body: string): { feed: Record<string, unknown>; problems: Problem[] } {
  const doc = xml(body);
  if (doc) return { feed: xmlToFeed(doc), problems: [] };
  const { text, repairs } = repairXml(body);
  const what = `The feed is not well-formed XML${repairs.length ? `; repaired: ${repairs.join(', ')}` : ''}`;
  const repaired = xml(text);
  if (repaired) return { feed: xmlToFeed(repaired), problems: [feedProblem(`${what}.`)] };
  const [head, ...items] = splitFeed(text)?.map(xml) ?? [];
  // Nothing readable: no feed around the items, or items that were all broken.
  if (!head || (items.length && !items.some(Boolean)))
    throw new FeedError('invalid-xml', `${what}, and no feed could be read from it.`);
  const problems = [feedProblem(`${what}; still not well-formed, so its items were read one by one.`)];
  items.forEach(
    (item, index) =>
      item || problems.push(feedProblem('is not well-formed XML even after repair; skipped', 'item', 'item', index)),
  );
  return {
    feed: xmlToFeed(
      head,
      items.filter((d): d is Document => !!d),
    ),
    problems,
  };
}

/**
 * Reads feed text in whichever format it is, told by its content, not by a Content-Type:
 * native JSON / JSON Feed (objects or arrays), or RSS 0.9x/1.0/2.0 / Atom 0.3/1.0 XML. Returns data in
 * the native JSON shape for normalizeFeed (XML feeds carry `_party_news: { format, problems }`);
 * throws FeedError for text that is no feed at all.
 */
export function parseFeed(text: string): unknown {
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
  const { feed, problems } = readXml(body);
  (feed._party_news as { problems?: Problem[] }).problems = problems;
  return feed;
}
