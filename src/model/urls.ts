// The one URL policy for every field and every piece of body HTML.

export type UrlKind = 'link' | 'image';

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);
// Raster and SVG images only: an <img> never runs script, but other data: types have no place here.
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif|svg\+xml)[;,]/i;

function defaultBase(): string | undefined {
  return globalThis.location?.href;
}

/**
 * Resolves `value` against `base` and returns it only when its scheme is allowed for `kind`:
 * http(s) and mailto for links, http(s) and raster/SVG `data:image` for images. The WHATWG URL
 * parser does the reading, so `java\tscript:`, `JaVaScRiPt:` and `&#x6a;avascript:`-decoded
 * forms are all seen as the `javascript:` they are and refused.
 */
export function safeUrl(value: string, kind: UrlKind, base = defaultBase()): string | undefined {
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
