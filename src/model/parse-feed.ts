import { FeedError } from './feed-error.js';
import { trustedXml } from '../shared/trusted-types.js';
import { xmlToFeed } from './xml-feed.js';

/**
 * Reads feed text in whichever format it is, told by its content, not by a Content-Type:
 * native JSON / JSON Feed (objects or arrays), or RSS 2.0 / Atom 1.0 XML. Returns data in the
 * native JSON shape for normalizeFeed; throws FeedError for text that is no feed at all.
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
  const doc = new DOMParser().parseFromString(trustedXml(body), 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) throw new FeedError('invalid-xml', 'The feed is not well-formed XML.');
  return xmlToFeed(doc);
}
