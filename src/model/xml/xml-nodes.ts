// Reading feed XML: children matched by local name and namespace, their text, and URLs made
// absolute against the xml:base in force where they were written.
import { parseUrl } from '../items/urls.js';
import type { Json } from '../types.js';
import { XML_NS } from './xml-names.js';

/** A namespace URI, or a pattern for a family of them ("" is RSS 2.0's none). */
export type Ns = string | RegExp;

export const nsOf = (el: Element) => el.namespaceURI ?? '';
export function kids(parent: Element, name: string, ns: Ns): Element[] {
  return [...parent.children].filter(
    (el) => el.localName === name && (typeof ns === 'string' ? nsOf(el) === ns : ns.test(nsOf(el))),
  );
}
export const kid = (parent: Element, name: string, ns: Ns): Element | undefined => kids(parent, name, ns)[0];
export function text(el: Element | undefined): string | undefined {
  return el?.textContent?.trim() || undefined;
}
/** Text of markup: tags gone (`sep` where they were), whitespace collapsed. Linear: no nested quantifiers. */
export const stripTags = (html?: string, sep = ' ') =>
  html
    ?.replace(/<[a-z/!?][^<>]*>/gi, sep)
    .replace(/\s+/g, ' ')
    .trim() || undefined;
export const num = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : undefined);

/** Drops keys whose value is undefined or an empty list, so normalizeFeed sees absent fields as absent. */
export function compact(obj: Json): Json {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && !(Array.isArray(v) && !v.length)));
}

/** The xml:base in force at `el`, resolved through its ancestors (Atom feeds rebase entries and bodies). */
export function baseOf(el: Element | null): string | undefined {
  const outer = el?.parentElement ? baseOf(el.parentElement) : undefined;
  const own = el?.getAttributeNS(XML_NS, 'base');
  if (!own) return outer;
  return parseUrl(own, outer)?.href ?? outer;
}
/** A URL as written in `el`, made absolute against its xml:base when it has one. */
export function resolve(url: string | undefined | null, el: Element): string | undefined {
  const base = url ? baseOf(el) : undefined;
  // One that does not parse stays as written: the item reader reports it and drops it.
  return base ? (parseUrl(url!, base)?.href ?? url!) : url || undefined;
}
