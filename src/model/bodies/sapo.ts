// The sapo of a description that holds the whole article. The RSS that most Vietnamese portal
// CMSs write has no content:encoded: its description is the article itself (a bold lead
// paragraph, a centred photo, an italic caption, the body paragraphs, a right-aligned byline).
// Read as a teaser, every paragraph was squashed into one summary, caption and byline included,
// and the report then showed the article twice. Here the lead is found; the description stays
// the body, and the report shows the lead once (teaser.ts).
import { defuse, restoreTextNodes, STYLE_DATA } from './defuse.js';
import { removeEmptyBlocks, upgradeLegacyCaptions, visibleText, wholly } from './legacy-captions.js';
import { trustedXml } from './trusted-types.js';

/** Where a sapo came from, as `party-news check` says it. */
export type SapoSource = 'bold lead paragraph' | 'first paragraph' | 'first sentences';

export interface Sapo {
  text: string;
  from: SapoSource;
}

const SAPO_NOTE = 'holds the whole article';

/** What `party-news check` says of an item whose description gave its sapo. */
export const SAPO_READ = (sapo: Sapo) =>
  `${SAPO_NOTE}: the sapo is its ${sapo.from}, in cards, previews and the report; the rest is the body, each part shown once`;

/** A note that says where a sapo came from: how the item reads, not something wrong with it. */
export const isSapoNote = (message: string) => message.startsWith(SAPO_NOTE);

/** How much of a description is read for its sapo: the opening that holds the lead, photo and caption. */
const SAPO_SCAN = 20_000;

/** About as long as the sapos Vietnamese portals write: two or three sentences. */
export const SAPO_LENGTH = 300;

// Two blocks, or a photo, make more than a teaser; a regular expression decides whether a
// description is worth parsing at all, so the teasers of a 10,000-item feed cost nothing here.
const BLOCK_TAG = /<(?:p|div|h[1-6]|blockquote|figure|table|ul|ol|center)[\s>]/gi;
const LEAF = 'p, div, h1, h2, h3, h4, h5, h6, blockquote, li, center';

/** Every visible character is bold: <strong>, <b>, a heading, or a bold style (a CMS's "sapo" style). */
function isBold(el: Element): boolean {
  return (
    /^h[1-6]$/.test(el.localName) ||
    /font-weight\s*:\s*(bold|[6-9]00)/i.test(el.getAttribute(STYLE_DATA) ?? '') ||
    wholly(el, 'strong, b', 'bold')
  );
}

/**
 * The first sentences of `text`, as many as fit in SAPO_LENGTH characters (at least one). A first
 * sentence longer than that is cut at a word and ends in "…". A sentence ends at . ! ? or …
 * followed by a space and a capital letter, so "14-HD/ĐUK ngày 03/3/2022" does not end one.
 */
export function firstSentences(text: string, max = SAPO_LENGTH): string {
  if (text.length <= max) return text;
  let end = 0;
  for (const m of text.matchAll(/[.!?…]+["”’»)]*(?=\s+[\p{Lu}“"(])/gu)) {
    const at = m.index + m[0].length;
    if (at > max) break;
    end = at;
  }
  if (end) return text.slice(0, end);
  return `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

/** The innermost blocks that hold text, outside figures and tables (a photo's caption, a layout). */
function textBlocks(root: ParentNode): Element[] {
  return [...root.querySelectorAll(LEAF)].filter(
    (el) => visibleText(el) && !el.querySelector(`${LEAF}, figure, table`) && !el.closest('figure, table'),
  );
}

/**
 * The sapo of a description (or summary) that holds more than a teaser: several blocks of text,
 * or a photo beside its text. Its lead paragraph when the CMS set it in bold; else its first
 * paragraph when that is short enough for a sapo, or that paragraph's first sentences. Never a
 * caption (captions are found as the report finds them: legacy-captions.ts) or a photo. Undefined
 * for a teaser: one paragraph of text, with or without a thumbnail beside it.
 */
export function sapoOf(html: string | undefined): Sapo | undefined {
  // The lead is in the opening: only that is read, so a body of megabytes costs no more than a page.
  html = html?.slice(0, SAPO_SCAN);
  if (!html || (html.match(BLOCK_TAG)?.length ?? 0) < 2) return undefined;
  // Defused like every description (defuse.ts): a parse, even of an inert document, is checked
  // against the page's CSP.
  const body = new DOMParser().parseFromString(trustedXml(defuse(html)), 'text/html').body;
  restoreTextNodes(body);
  removeEmptyBlocks(body);
  upgradeLegacyCaptions(body);
  const blocks = textBlocks(body);
  const hasPhoto = !!body.querySelector('figure, img');
  if (!blocks.length || (blocks.length < 2 && !hasPhoto)) return undefined;
  const lead = blocks[0];
  const text = visibleText(lead);
  if (isBold(lead)) return { text, from: 'bold lead paragraph' };
  if (text.length <= SAPO_LENGTH) return { text, from: 'first paragraph' };
  return { text: firstSentences(text), from: 'first sentences' };
}
