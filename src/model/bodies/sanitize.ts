import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

import { isExternal, safeUrl } from '../items/urls.js';
import { alignmentClass } from './block-align.js';
import { defuse, restoreText, restoreTextNodes, STYLE_DATA } from './defuse.js';
import { removeEmptyBlocks, upgradeLegacyCaptions } from './legacy-captions.js';

// Tags an article body may hold. No forms, frames, media players, SVG or MathML: a news report
// needs none of them, and each is a known route for script.
const ALLOWED_TAGS = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'center',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
];
// Inline styles, align and class live only long enough for the caption pass to read the CMS
// layout; PRESENTATIONAL attributes are then removed, so no inline style ever reaches the page.
// A paragraph's right or centre alignment comes back as a class of our own (block-align.ts).
// Styles arrive renamed (see defuse.ts): no parser ever reads them as style.
const PRESENTATIONAL = [STYLE_DATA, 'align', 'class'];
const ALLOWED_ATTR = [
  'href',
  'src',
  'alt',
  'title',
  'width',
  'height',
  'colspan',
  'rowspan',
  'scope',
  'headers',
  'datetime',
  'lang',
  'dir',
  'cite',
  'start',
  'reversed',
  ...PRESENTATIONAL,
];

export interface SanitizeOptions {
  /** Relative URLs in the HTML resolve against this (the feed's URL); default: the page. */
  baseUrl?: string;
}

let purifier: DOMPurify | undefined;
let inert: Document | undefined;
let currentBase: string | undefined;

/**
 * Attribute values get back the text defuse() changed; then every URL-bearing attribute passes
 * the shared URL policy, and links that leave the site get rel.
 */
function enforceUrlPolicy(node: Element): void {
  for (const a of node.attributes) {
    const value = restoreText(a.value);
    if (value !== a.value) a.value = value;
  }
  for (const [attr, kind] of [
    ['href', 'link'],
    ['cite', 'link'],
    ['src', 'image'],
  ] as const) {
    const value = node.getAttribute(attr);
    if (value === null) continue;
    const url = safeUrl(value, kind, currentBase);
    if (url) node.setAttribute(attr, url);
    else node.removeAttribute(attr);
  }
  if (node.localName === 'a' && node.hasAttribute('href') && isExternal(node.getAttribute('href')!)) {
    node.setAttribute('rel', 'noopener noreferrer');
  }
  if (node.localName === 'img') {
    node.setAttribute('loading', 'lazy');
    node.setAttribute('decoding', 'async');
    // A photo the CMS gave no text: a screen reader would read out its file name. Its caption,
    // when it has one, still says what it shows.
    if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
  }
}

/** Removes the CMS's presentation but a block's alignment, which becomes a class of ours. */
function keepOnlyAlignment(el: Element): void {
  const aligned = alignmentClass(el);
  PRESENTATIONAL.forEach((a) => el.removeAttribute(a));
  if (aligned) el.className = aligned;
}

/** CMS editors indent paragraphs with runs of &nbsp;; the report sets its own spacing. */
function trimIndent(block: Element): void {
  const first = block.firstChild;
  if (first?.nodeType === 3 /* text */) first.textContent = first.textContent!.replace(/^[\s\u00a0]+/, '');
}

function instance(): DOMPurify {
  if (!purifier) {
    // A private instance: hooks added here never touch a DOMPurify the host page uses itself.
    // The document's window: the page's in a browser, jsdom's on a server (where there is no `window`).
    purifier = createDOMPurify(document.defaultView!);
    purifier.addHook('afterSanitizeAttributes', enforceUrlPolicy);
  }
  return purifier;
}

// ADD_URI_SAFE_ATTR: DOMPurify reads an unknown attribute's value as a URL, and "text-align:right"
// as one with the unknown scheme "text-align:": without it, every renamed style was dropped before
// the caption and alignment passes could read it. It is removed after them all the same.
const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ADD_ATTR: ['rel', 'loading', 'decoding'],
  ADD_URI_SAFE_ATTR: [STYLE_DATA],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  RETURN_DOM_FRAGMENT: true,
};

/**
 * A "word" of thousands of characters costs Chromium's line breaker time that grows with its
 * square (100,000: 0.7 s); a zero-width space after every 1,000 gives it places to break. Linear:
 * a run is matched only from its start.
 */
const breakLongWords = (text: string) =>
  text.replace(/(?<!\S)\S{1000,}/g, (word) => word.replace(/\S{1000}(?=\S)/g, '$&\u200b'));

/** Sanitises untrusted article HTML into a fragment ready to insert: allowlisted tags, safe URLs, figures. */
export function sanitizeToFragment(html: string, { baseUrl }: SanitizeOptions = {}): DocumentFragment {
  currentBase = baseUrl ?? globalThis.location?.href;
  try {
    // DOMPurify returns null, not a fragment, when the markup leaves the parser no body (a
    // <frameset> before any text replaces it): such a body has nothing to show.
    const sanitized: DocumentFragment | null = instance().sanitize(defuse(html.normalize('NFC')), CONFIG);
    if (!sanitized) return document.createDocumentFragment();
    // DOMPurify leaves unsanitised copies of the body's children in the document it parsed into,
    // where their id and name attributes clobber that document's own properties (an
    // <img name=createElement> hides img.ownerDocument.createElement). The fragment moves to an
    // empty, inert document of its own, whose properties nothing can shadow.
    const fragment = (inert ??= document.implementation.createHTMLDocument('')).adoptNode(sanitized);
    restoreTextNodes(fragment, breakLongWords);
    fragment.querySelectorAll('img:not([src])').forEach((img) => img.remove());
    removeEmptyBlocks(fragment);
    upgradeLegacyCaptions(fragment);
    fragment.querySelectorAll('*').forEach(keepOnlyAlignment);
    fragment.querySelectorAll('center').forEach((el) => el.replaceWith(...el.childNodes));
    fragment.querySelectorAll('p, li, td, th, figcaption').forEach(trimIndent);
    return fragment;
  } finally {
    currentBase = undefined;
  }
}

/** A fragment's markup (a copy is serialised; the fragment keeps its nodes). */
export function fragmentHtml(fragment: DocumentFragment): string {
  const holder = document.createElement('div');
  holder.append(fragment.cloneNode(true));
  return holder.innerHTML;
}

/** The same, serialised: what normalised articles carry in `contentHtml`. */
export const sanitizeHtml = (html: string, options?: SanitizeOptions): string =>
  fragmentHtml(sanitizeToFragment(html, options));
