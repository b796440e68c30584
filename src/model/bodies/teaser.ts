// A body that opens with the sapo again: RSS items whose description is both summary and body,
// CMS teasers, JSON feeds that fill summary and content from one field. The report says it once.
import { decodeEntities } from '../items/text.js';
import type { Article, ArticleImage } from '../types.js';
import { opensWithPhoto, withoutRepeatedByline, withoutRepeatedHead } from './body-head.js';
import { sanitizeToFragment } from './sanitize.js';

/** Text as a reader sees it: entities decoded, every run of whitespace (nbsp too) one space. */
const plain = (text: string) => decodeEntities(text).replace(/\s+/g, ' ').trim();

/**
 * `text` says what `summary` says: the same words, or `summary` is its opening, cut short with "…"
 * or "...", or ending where a sentence of `text` ends (a sapo taken as a paragraph's first sentences).
 */
export function repeatsSummary(text: string, summary: string): boolean {
  const [whole, lead] = [plain(text), plain(summary)];
  const cut = lead.replace(/\s*(…|\.\.\.)$/, '');
  const opening = !!cut && whole.startsWith(cut) && (cut !== lead || /[.!?…]["”’»)]*$/.test(lead));
  return !!lead && (whole === lead || opening);
}

/** A paragraph longer than this stays in the body when it opens with the summary: the report shows no separate sapo. */
const WHOLE_SAPO = 600;

/**
 * The sapo and body to show, each text once. The first paragraph of text (or a body without them)
 * that repeats the summary leaves the body and becomes the sapo, whole, since the summary may be
 * its opening cut short; a paragraph too long for a sapo stays in the body instead, and the report
 * shows no separate sapo (its first sentences would be read twice). A body left with nothing but
 * the lead photo again is no body: the lead shows it. Edits `body`, a fragment the caller has just
 * sanitised.
 */
export function teaserOnce(summary: string | undefined, body: DocumentFragment | undefined, leadSrc?: string) {
  const onlyLead = (node: ParentNode) =>
    [...node.querySelectorAll('img')].every((img) => img.getAttribute('src') === leadSrc);
  const first = [...(body?.querySelectorAll('p') ?? [])].find((p) => p.textContent!.trim()) ?? body;
  if (summary && first && onlyLead(first) && repeatsSummary(first.textContent!, summary)) {
    const whole = plain(first.textContent!);
    if (whole.length > WHOLE_SAPO && whole !== plain(summary)) return { summary: undefined, body };
    summary = whole;
    if (first === body) body = undefined;
    else (first as Element).remove();
  }
  if (body && !plain(body.textContent!) && onlyLead(body)) body = undefined;
  return { summary, body };
}

/**
 * What the report shows of an article, each text and photo once: the sapo, the sanitised body
 * without the head, sapo or byline it repeats (a whole Instant Articles page, a CMS's title and
 * dateline, a closing byline), and the lead photo unless the body shows it, or opens with its own
 * copy with a caption.
 */
export function shownOnce(article: Article): { summary?: string; body?: DocumentFragment; image?: ArticleImage } {
  const lead = article.image;
  const sanitized = article.contentHtml
    ? sanitizeToFragment(article.contentHtml, { baseUrl: article.baseUrl })
    : undefined;
  if (sanitized) {
    const authors = article.authors.map((a) => a.name);
    const { title, summary, category } = article;
    withoutRepeatedHead(sanitized, { title, summary, category: category?.name, authors });
    withoutRepeatedByline(sanitized, authors);
  }
  const { summary, body } = teaserOnce(article.summary, sanitized, lead?.src);
  const inBody =
    lead &&
    ([...(body?.querySelectorAll('img') ?? [])].some((img) => img.getAttribute('src') === lead.src) ||
      (!lead.caption && opensWithPhoto(body)));
  return { summary, body, image: inBody ? undefined : lead };
}
