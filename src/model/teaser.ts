// A body that opens with the sapo again: RSS items whose description is both summary and body,
// CMS teasers, JSON feeds that fill summary and content from one field. The report says it once.
import { decodeEntities } from './text.js';

/** Text as a reader sees it: entities decoded, every run of whitespace (nbsp too) one space. */
const plain = (text: string) => decodeEntities(text).replace(/\s+/g, ' ').trim();

/** `text` says what `summary` says: the same words, or `summary` is its opening cut short with "…" or "...". */
export function repeatsSummary(text: string, summary: string): boolean {
  const [whole, lead] = [plain(text), plain(summary)];
  const cut = lead.replace(/\s*(…|\.\.\.)$/, '');
  return !!lead && (whole === lead || (!!cut && cut !== lead && whole.startsWith(cut)));
}

/**
 * The sapo and body to show, each text once. The first paragraph of text (or a body without them)
 * that repeats the summary leaves the body and becomes the sapo, whole, since the summary may be
 * its opening cut short. A body left with nothing but the lead photo again is no body: the lead
 * shows it. Edits `body`, a fragment the caller has just sanitised.
 */
export function teaserOnce(summary: string | undefined, body: DocumentFragment | undefined, leadSrc?: string) {
  const onlyLead = (node: ParentNode) =>
    [...node.querySelectorAll('img')].every((img) => img.getAttribute('src') === leadSrc);
  const first = [...(body?.querySelectorAll('p') ?? [])].find((p) => p.textContent!.trim()) ?? body;
  if (summary && first && onlyLead(first) && repeatsSummary(first.textContent!, summary)) {
    summary = plain(first.textContent!);
    if (first === body) body = undefined;
    else (first as Element).remove();
  }
  if (body && !plain(body.textContent!) && onlyLead(body)) body = undefined;
  return { summary, body };
}
