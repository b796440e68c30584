// Older portal CMSs write photo captions as layout, not markup: an image in its own paragraph
// followed by an italic or centred paragraph, or a one-image table with a caption row. Readers of
// the report (and screen-reader users above all) need them tied together as <figure>/<figcaption>.
import { STYLE_DATA } from './defuse.js';

const MAX_CAPTION_LENGTH = 400;

/** The CMS's inline style: every style attribute arrives under this name (see defuse.ts). */
const style = (el: Element) => el.getAttribute(STYLE_DATA) ?? '';
const BLOCKS = 'p, div, center';
/** What makes a block without text worth keeping. */
const MEDIA = 'img, table, figure, hr, iframe, video';

/** The text of the nodes together, each run of whitespace (nbsp too) one space. */
export const visibleText = (...nodes: Node[]): string =>
  nodes
    .map((n) => n.textContent ?? '')
    .join('')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

function isCentred(el: Element): boolean {
  for (const node of [el, ...el.querySelectorAll('*')]) {
    if (node.localName === 'center') return true;
    if ((node.getAttribute('align') ?? '').toLowerCase() === 'center') return true;
    if (/text-align\s*:\s*center/i.test(style(node))) return true;
  }
  return false;
}

/** True when every visible character of `el` sits inside <em>/<i> or an italic style. */
/**
 * True when `el` has text and every visible character of it sits inside one of `tags` or an
 * element whose inline style names `styled` ("italic", "bold"): how a CMS sets a whole line.
 */
export function wholly(el: Element, tags: string, styled: string): boolean {
  const probe = el.cloneNode(true) as Element;
  probe.querySelectorAll(`${tags}, [${STYLE_DATA}*="${styled}" i]`).forEach((n) => n.remove());
  return visibleText(probe) === '' && visibleText(el) !== '';
}

/** True when every visible character of `el` sits inside <em>/<i> or an italic style. */
function isItalic(el: Element): boolean {
  return /font-style\s*:\s*italic/i.test(style(el)) || wholly(el, 'em, i', 'italic');
}

function looksLikeCaption(el: Element | null): el is Element {
  if (!el || !el.matches(BLOCKS) || el.querySelector('img, table, figure')) return false;
  const length = visibleText(el).length;
  return (
    length > 0 &&
    length <= MAX_CAPTION_LENGTH &&
    (isItalic(el) || isCentred(el) || /caption|desc|chu-?thich/i.test(el.className))
  );
}

function figureOf(image: Node, captionNodes: Node[]): HTMLElement {
  const doc = image.ownerDocument!;
  const figure = doc.createElement('figure');
  figure.append(image);
  if (captionNodes.length) {
    const caption = doc.createElement('figcaption');
    caption.append(...captionNodes);
    // The whole caption in <em> was how the CMS showed "caption"; the figcaption now says it.
    const only =
      caption.children.length === 1 && visibleText(caption) === visibleText(caption.children[0])
        ? caption.children[0]
        : null;
    if (only && /^(em|i)$/.test(only.localName)) only.replaceWith(...only.childNodes);
    // Drop the <br> and blank text that separated image and caption in the old layout.
    while (
      caption.firstChild &&
      (caption.firstChild.nodeName === 'BR' || (caption.firstChild.nodeType === 3 && !visibleText(caption.firstChild)))
    ) {
      caption.firstChild.remove();
    }
    figure.append(caption);
  }
  return figure;
}

/** The child of `block` that holds `img` (the img itself, or a link/span wrapped round it). */
function topmost(img: Element, block: Element): Node {
  let node: Node = img;
  while (node.parentNode && node.parentNode !== block) node = node.parentNode;
  return node;
}

function upgradeTable(table: HTMLTableElement): void {
  const images = table.querySelectorAll('img');
  if (images.length !== 1 || table.rows.length > 3 || table.querySelector('table')) return;
  const img = images[0];
  const imageCell = img.closest('td, th');
  const captionParts: Node[] = [];
  if (table.caption && visibleText(table.caption)) captionParts.push(...table.caption.childNodes);
  for (const cell of table.querySelectorAll('td, th')) {
    if (cell !== imageCell && visibleText(cell)) {
      if (captionParts.length) captionParts.push(img.ownerDocument.createElement('br'));
      captionParts.push(...cell.childNodes);
    }
  }
  if (!captionParts.length || visibleText(...captionParts).length > MAX_CAPTION_LENGTH) return;
  const image = imageCell ? topmost(img, imageCell) : img;
  table.replaceWith(figureOf(image, captionParts));
}

function upgradeImage(img: HTMLImageElement, root: ParentNode): void {
  if (img.closest('figure, table')) return;
  const block = img.parentElement?.closest(BLOCKS);
  if (!block || !(root as Node).contains(block) || block.querySelectorAll('img').length !== 1) return;
  const image = topmost(img, block);
  const rest = [...block.childNodes].filter((n) => n !== image);
  const restText = visibleText(...rest);
  if (restText) {
    // Image and caption in one paragraph: <p align=center><img><br><em>caption</em></p>.
    if (restText.length > MAX_CAPTION_LENGTH || !(isCentred(block) || isItalicNodes(rest))) return;
    block.replaceWith(figureOf(image, rest));
    return;
  }
  const next = block.nextElementSibling;
  if (!looksLikeCaption(next)) return;
  block.replaceWith(figureOf(image, [...next.childNodes]));
  next.remove();
}

function isItalicNodes(nodes: Node[]): boolean {
  const holder = nodes[0].ownerDocument!.createElement('p');
  nodes.forEach((n) => holder.append(n.cloneNode(true)));
  return isItalic(holder);
}

/** Turns every legacy caption layout under `root` into <figure> + <figcaption>, in place. */
export function upgradeLegacyCaptions(root: ParentNode): void {
  root.querySelectorAll('table').forEach(upgradeTable);
  root.querySelectorAll('img').forEach((img) => upgradeImage(img, root));
}

/**
 * Drops the `<p>&nbsp;</p>` spacers CMS editors use for vertical space. Linear: each piece of text
 * or media marks its ancestors once (reading each block's text rescanned nested blocks: 13,000
 * nested <div>s took 0.6 s).
 */
export function removeEmptyBlocks(root: ParentNode): void {
  const kept = new Set<Node>();
  // Elements and text (5): comments say nothing a reader sees.
  const walker = document.createTreeWalker(root as Node, 5);
  while (walker.nextNode()) {
    let node: Node | null = walker.currentNode;
    if (node.nodeType === 3 ? /\S/.test(node.nodeValue!) : (node as Element).matches(MEDIA))
      for (; node && !kept.has(node); node = node.parentNode) kept.add(node);
  }
  // Innermost first: each block then goes as a leaf. Removed outermost first, each removal took
  // the browser time for the whole subtree under it (4,000 nested <div>s: 0.1 s).
  [...root.querySelectorAll(BLOCKS)].reverse().forEach((el) => kept.has(el) || el.remove());
}
