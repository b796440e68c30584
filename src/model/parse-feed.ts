import { FeedError } from './feed-error.js';
import { xmlToFeed } from './xml-feed.js';

// The one Trusted Types policy party-news needs, named `party-news`: the browser counts
// DOMParser.parseFromString as an HTML sink even for XML. The document it makes is inert (no
// script runs in it, nothing from it is inserted anywhere); its text is read and normalised.
let policy: { createHTML(s: string): string } | undefined;
function trusted(text: string): string {
  const tt = (globalThis as { trustedTypes?: { createPolicy(n: string, p: object): { createHTML(s: string): string } } }).trustedTypes;
  policy ??= tt ? tt.createPolicy('party-news', { createHTML: (s: string) => s }) : { createHTML: (s: string) => s };
  return policy.createHTML(text);
}

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
  const doc = new DOMParser().parseFromString(trusted(body) as string, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) throw new FeedError('invalid-xml', 'The feed is not well-formed XML.');
  return xmlToFeed(doc);
}
