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
// what the URL parser would write: it skips the parse (a big feed has thousands of them).
const PLAIN_HTTP = /^https?:\/\/[a-z\d.-]+(:\d{1,5})?(\/(?!\.)[\w~!$&'()*+,;=:@%/?#-]*)?$/;
// Feeds repeat relative image paths (a placeholder, a logo) many times.
const resolved = new Map<string, string | undefined>();

/**
 * Resolves `value` against `base` and returns it only when its scheme is allowed for `kind`:
 * http(s) and mailto for links, http(s) and raster/SVG `data:image` for images. The WHATWG URL
 * parser does the reading, so `java\tscript:`, `JaVaScRiPt:` and `&#x6a;avascript:`-decoded
 * forms are all seen as the `javascript:` they are and refused.
 */
export function safeUrl(value: string, kind: UrlKind, base = defaultBase()): string | undefined {
  if (PLAIN_HTTP.test(value) && !value.includes('/.') && !value.includes('%')) {
    return value.includes('/', 8) || value.includes('?') || value.includes('#') ? value : `${value}/`;
  }
  const key = `${kind} ${base} ${value}`;
  if (resolved.has(key)) return resolved.get(key);
  const result = resolve(value, kind, base);
  if (resolved.size > 1000) resolved.clear();
  resolved.set(key, result);
  return result;
}

function resolve(value: string, kind: UrlKind, base?: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return undefined;
  }
  if (url.protocol === 'data:') return kind === 'image' && DATA_IMAGE.test(url.href) ? url.href : undefined;
  return (kind === 'link' ? LINK_PROTOCOLS : IMAGE_PROTOCOLS).has(url.protocol) ? url.href : undefined;
}

/** A link leaves the site when its origin differs from the page's. mailto: counts as leaving. */
export function isExternal(href: string): boolean {
  const here = globalThis.location?.origin;
  try {
    return new URL(href, here).origin !== here;
  } catch {
    return true;
  }
}
