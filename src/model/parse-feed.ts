import { FeedError } from './feed-error.js';
import { trustedXml } from '../shared/trusted-types.js';
import type { Problem } from './types.js';
import { xmlToFeed } from './xml-feed.js';
import { looseItem, repairXml, splitFeed } from './xml-repair.js';

/** A well-formed XML document, or undefined (DOMParser reports errors inside the document). */
function xml(text: string): Document | undefined {
  const doc = new DOMParser().parseFromString(trustedXml(text), 'application/xml');
  return doc.getElementsByTagName('parsererror').length ? undefined : doc;
}

const feedProblem = (message: string, field = 'xml', dropped: Problem['dropped'] = 'none', index = -1): Problem =>
  ({ item: index < 0 ? 'feed' : `#${index}`, index, field, message, dropped });

/**
 * XML as CMSs write it: well-formed, else repaired (a bare "&", HTML entities, undeclared
 * prefixes), else cut into items each read on its own, so that one broken item costs only itself.
 */
function readXml(body: string): { feed: Record<string, unknown>; problems: Problem[] } {
  const doc = xml(body);
  if (doc) return { feed: xmlToFeed(doc), problems: [] };
  const { text, repairs } = repairXml(body);
  const repaired = xml(text);
  const what = repairs.length ? `; repaired: ${repairs.join(', ')}` : '';
  if (repaired) return { feed: xmlToFeed(repaired), problems: [feedProblem(`The feed is not well-formed XML${what}.`)] };
  const pieces = splitFeed(text);
  const head = pieces && xml(pieces.wrap(pieces.head));
  if (!pieces || !head) throw new FeedError('invalid-xml', 'The feed is not well-formed XML, and no feed could be read from it.');
  const problems = [feedProblem(`The feed is not well-formed XML even after repair${what}; its items were read one by one.`)];
  const items: Document[] = [];
  pieces.items.forEach((chunk, index) => {
    const whole = xml(pieces.wrap(chunk));
    const loose = whole ? undefined : looseItem(chunk, pieces.atom);
    const rebuilt = loose ? xml(pieces.wrap(loose)) : undefined;
    if (whole || rebuilt) items.push((whole ?? rebuilt)!);
    if (!whole) {
      problems.push(rebuilt
        ? feedProblem('is not well-formed XML; its title, link, date and description were read as text', 'item', 'none', index)
        : feedProblem('is not well-formed XML and has no readable title or link; skipped', 'item', 'item', index));
    }
  });
  if (pieces.items.length && !items.length) throw new FeedError('invalid-xml', 'The feed is not well-formed XML, and none of its items could be read.');
  return { feed: xmlToFeed(head, items), problems };
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
