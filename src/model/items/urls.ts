// The one URL policy for every field and every piece of body HTML.

export type UrlKind = 'link' | 'image';

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);
// Raster and SVG images only: an <img> never runs script, but other data: types have no place here.
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif|svg\+xml)[;,]/i;

function defaultBase(): string | undefined {
  return globalThis.location?.href;
}

// An absolute http(s) URL in printable ASCII, with no dot segments, escapes or spaces, is already
// what the URL parser would write: it skips the parse (a big feed has thousands of them). Only a
// host name that ends in a label starting with a letter, with no port and no "xn--" label, is sure
// to parse: a host ending in a number is read as an IPv4 address ("1.2.3.4.5" fails), a port may be
// out of range (":99999") and a punycode label may not decode; those take the checked parse.
const PLAIN_HTTP = /^https?:\/\/(?:[a-z\d-]+\.)*[a-z][a-z\d-]*\.?(\/(?!\.)[\w~!$&'()*+,;=:@%/?#-]*)?$/;
// Feeds repeat relative image paths (a placeholder, a logo) many times.
const resolved = new Map<string, string | undefined>();

/**
 * Resolves `value` against `base` and returns it only when its scheme is allowed for `kind`:
 * http(s) and mailto for links, http(s) and raster/SVG `data:image` for images. The WHATWG URL
 * parser does the reading, so `java\tscript:`, `JaVaScRiPt:` and `&#x6a;avascript:`-decoded
 * forms are all seen as the `javascript:` they are and refused.
 */
export function safeUrl(value: string, kind: UrlKind, base = defaultBase()): string | undefined {
  if (PLAIN_HTTP.test(value) && !value.includes('/.') && !value.includes('%') && !value.includes('xn--')) {
    return value.includes('/', 8) || value.includes('?') || value.includes('#') ? value : `${value}/`;
  }
  const key = `${kind} ${base} ${value}`;
  if (resolved.has(key)) return resolved.get(key);
  const result = resolve(value, kind, base);
  if (resolved.size > 1000) resolved.clear();
  resolved.set(key, result);
  return result;
}

/**
 * The one checked parse of a URL: every URL party-news reads, from a feed, an attribute or an
 * option, goes through it. A URL that does not parse (a CMS's "http://1.2.3.4.5/" or
 * "http://127.0.0.1:99999/") gives undefined, for the caller to drop and report, never a throw.
 */
export function parseUrl(value: string, base?: string): URL | undefined {
  try {
    return new URL(value, base || undefined);
  } catch {
    return undefined;
  }
}

/**
 * A path on the site of the page that shows it ("x.html", "/tin/x.html", "../anh/a.jpg"): no
 * scheme, no host, no space or control character, nothing a parser could read as anything else.
 */
const isPath = (value: string) =>
  /^(?![a-z][a-z\d+.-]*:|[\\/]{2})[^\x00-\x20\x7f\\]+$/i.test(value) &&
  parseUrl(value, 'https://example.invalid/')?.protocol === 'https:';

function resolve(value: string, kind: UrlKind, base?: string): string | undefined {
  const trimmed = value.trim();
  const url = trimmed ? parseUrl(trimmed, base) : undefined;
  // Nothing to read it against (a server, which has no page address): a path stays as written,
  // for the page that shows it to resolve (the lists party-news render writes link their pages so).
  if (!url) return isPath(trimmed) ? trimmed : undefined;
  if (url.protocol === 'data:') return kind === 'image' && DATA_IMAGE.test(url.href) ? url.href : undefined;
  // A path read on a page opened from disk (a folder party-news render wrote, opened locally) names
  // a file beside it: kept, so the copy's links stay in it. A file: URL written out never is.
  if (url.protocol === 'file:') return base?.startsWith('file:') && isPath(trimmed) ? url.href : undefined;
  return (kind === 'link' ? LINK_PROTOCOLS : IMAGE_PROTOCOLS).has(url.protocol) ? url.href : undefined;
}

/** A link leaves the site when its origin differs from the page's. mailto: counts as leaving. */
export function isExternal(href: string): boolean {
  const here = globalThis.location?.origin;
  return parseUrl(href, here)?.origin !== here;
}
