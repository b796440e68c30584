// The checks a field's value goes through: each returns the value, cleaned, or throws Invalid with
// the reason, which the item reader reports against its item and field.
import type { Json } from '../types.js';
import { cleanLine, cleanText } from './text.js';

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A field that fails its check throws Invalid; the caller reports it and drops only that field. */
export class Invalid extends Error {}
export const fail = (message: string): never => {
  throw new Invalid(message);
};

export const string = (v: unknown): string =>
  typeof v === 'string' ? v : fail(`must be a string, got ${v === null ? 'null' : typeof v}`);
export const line = (v: unknown) => cleanLine(string(v)) || undefined;
export const plain = (v: unknown) => cleanText(string(v)) || undefined;
export const size = (v: unknown) =>
  typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : fail('must be a positive whole number');
export const array = (v: unknown): unknown[] => (Array.isArray(v) ? v : fail('must be an array'));

/** The standard of a date element: RSS's pubDate is RFC 822, Dublin Core's W3C-DTF, the rest RFC 3339. */
export const standardOf = (source: string) =>
  source === 'pubDate' ? 'RFC 822' : source.startsWith('dc') ? 'W3C-DTF' : 'RFC 3339';
export const fitsStandard = (form: string, standard: string) =>
  form === standard || (standard === 'W3C-DTF' && (form.startsWith('ISO') || form === 'RFC 3339'));

/** Longer titles are garbage or an attack on the layout; they are cut here, with a problem. */
export const MAX_TITLE = 1000;
/**
 * Size limits, so that no field makes the page wait (#17): a summary or caption is a paragraph,
 * and a body's cost is in its tags (the browser's parse of nested formatting tags, and DOMPurify's
 * unwrapping of nested tags it does not allow, grow with the square of their depth: 4,000 nested
 * <font>s took 0.1 s). The longest real body in the peer-feed corpus has 783 tags. Longer values
 * are cut, with a problem; the article is kept.
 */
export const MAX_TEXT = 3000;
export const MAX_BODY = 100_000;
export const MAX_TAGS = 2000;
/** Where a body is cut, if it is longer: at MAX_BODY or before its MAX_TAGS + 1st tag. One linear scan. */
export function bodyCut(html: string): number {
  const tags = /<[a-z]/gi;
  for (let n = 0; tags.test(html) && tags.lastIndex <= MAX_BODY;) if (++n > MAX_TAGS) return tags.lastIndex - 2;
  return MAX_BODY;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** content_text becomes paragraphs of escaped text: the report then has one body path. */
export function textToHtml(text: string): string | undefined {
  if (!text) return undefined;
  return text
    .split('\n\n')
    .map((para) => `<p>${para.replace(/[&<>"]/g, (c) => ESCAPES[c])}</p>`)
    .join('');
}
