// Markup inside feed items: XHTML bodies as HTML, the first image of a body, and the tail of
// linked headlines some portals end descriptions with. Nothing here is inserted into the page:
// HTML is defused (defuse.ts) and parsed in an inert document, and every body is sanitised when it is shown.
import { defuse, restoreText, restoreTextNodes } from '../bodies/defuse.js';
import { trustedXml } from '../bodies/trusted-types.js';
import type { Json } from '../types.js';
import { liveMarkup, SVG_NS } from './xml-names.js';

const VOID = /^(area|br|col|hr|img|source|track|wbr)$/;
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
/**
 * XHTML (Atom's type="xhtml", RSS xhtml:body) as HTML: names without prefixes or xmlns, as an HTML
 * parser expects them. An SVG drawing becomes an <img> of itself, which shows it and runs nothing.
 */
function xhtmlToHtml(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) return escape(node.nodeValue!);
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const el = node as Element;
  if (el.namespaceURI === SVG_NS) {
    // The drawing as an image of itself, its namespaces live again: an <img> runs no script.
    const svg = encodeURIComponent(liveMarkup(new XMLSerializer().serializeToString(el)));
    const title = el.getElementsByTagNameNS(SVG_NS, 'title')[0]?.textContent?.trim() ?? '';
    return `<img src="data:image/svg+xml,${svg}" alt="${escape(title)}">`;
  }
  const attrs = [...el.attributes]
    .filter((a) => !a.prefix && a.name !== 'xmlns')
    .map((a) => ` ${a.name}="${escape(a.value)}"`);
  const inner = [...el.childNodes].map(xhtmlToHtml).join('');
  return `<${el.localName}${attrs.join('')}>${VOID.test(el.localName) ? '' : `${inner}</${el.localName}>`}`;
}
export const xhtmlChildren = (el: Element) => [...el.childNodes].map(xhtmlToHtml).join('').trim() || undefined;

export function firstImageIn(html?: string): Json | undefined {
  const src = html && /<img\s[^<>]*?\bsrc\s*=\s*["']([^"'<>]+)["']/i.exec(html)?.[1];
  return src ? { src: src.replace(/&amp;/g, '&'), alt: '' } : undefined;
}

const GLUE = /^[\s|·•,;–—-]*$/;
const BLOCK = /^(p|div|ul|ol|li|table|tbody|tr|td|section|blockquote)$/;
const anchors = (node: Node): Element[] =>
  node instanceof Element ? (node.localName === 'a' ? [node] : [...node.querySelectorAll('a')]) : [];
/** Links, line breaks and separators only: what a tail of headlines is made of. (One copy per node, no rescans: linear.) */
function isTailPart(node: Node): boolean {
  const el = node instanceof Element ? (node.cloneNode(true) as Element) : undefined;
  if (el?.matches('img') || el?.querySelector('img')) return false;
  el?.querySelectorAll('a').forEach((a) => a.remove());
  return el?.localName === 'a' || GLUE.test((el ?? node).textContent!);
}

/**
 * Some portals end every description with links to other headlines ("Xem thêm: …"). Those are
 * related news, not summary: splits them off when a line break, a block or a label sets them
 * apart from the lead text. Links back to the item itself ("Đọc tiếp") are dropped.
 */
export function splitLinkTail(html: string, itemUrl?: string): { lead: string; related: Json[] } | undefined {
  if (!/<a\s/i.test(html)) return undefined;
  const body = new DOMParser().parseFromString(trustedXml(defuse(html)), 'text/html').body;
  restoreTextNodes(body);
  let parent: Element = body;
  for (;;) {
    const tail: Node[] = [];
    let stop = parent.lastChild;
    for (; stop && isTailPart(stop); stop = stop.previousSibling) tail.push(stop);
    const links = tail
      .reverse()
      .flatMap(anchors)
      .filter((a) => a.textContent!.trim());
    if (!links.length) {
      // "<p>Lead<br><a>…</a></p>": the links end the last block of lead text; look inside it.
      if (!(stop instanceof Element && BLOCK.test(stop.localName))) return undefined;
      parent = stop;
      continue;
    }
    // A label ("Tin liên quan:", "Xem thêm:") ends the lead text or stands alone before the links.
    const words = stop?.textContent ?? '';
    const label = (stop instanceof Element ? /^()\s*[^.!?…:]{1,40}:\s*$/ : /(^|[.!?…]\s+)[^.!?…:]{1,40}:\s*$/).exec(
      words,
    );
    const apart =
      label ||
      tail.some((n) => n instanceof Element && (n.localName === 'br' || BLOCK.test(n.localName))) ||
      (stop instanceof Element && BLOCK.test(stop.localName));
    if (!apart) return undefined;
    if (label && stop instanceof Element) stop.remove();
    else if (label) stop!.textContent = words.slice(0, label.index + label[1].length);
    tail.forEach((n) => n.parentNode!.removeChild(n));
    if (!body.textContent!.trim()) return undefined;
    const related = links
      .map((a) => ({ title: a.textContent!.trim(), url: restoreText(a.getAttribute('href') ?? '') }))
      .filter((r) => r.title && r.url && r.url !== itemUrl);
    return { lead: body.innerHTML.trim(), related: related.slice(0, 10) };
  }
}
