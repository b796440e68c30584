// Bodies that repeat the article's head. Some CMSs put a whole page in content:encoded (Facebook
// Instant Articles markup: a <header> with the lead photo, the title again as <h1>, the sapo as
// <h2>, a <time>, the author); others open the body with the title or the dateline. The report
// already shows the title, sapo, dateline and byline from the article's own fields: here the
// body's opening copies of them go, and its lead photo stays, once, with its caption.

/** The article's head as the report shows it: what a body's opening may repeat. */
export interface ArticleHead {
  title: string;
  summary?: string;
  category?: string;
  authors?: string[];
}

const BLOCK = 'p, div, h1, h2, h3, h4, h5, h6, blockquote, li, ul, ol, table, figure, header, section, article, pre';
const fold = (text: string) =>
  text
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();

// A dateline is dates, times and the words that label them, and nothing else a reader needs.
const DATE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/;
const DATELINE_PARTS = [
  new RegExp(DATE.source, 'g'),
  /\d{1,2}(:\d{2}){1,2}\s*(am|pm|sa|ch)?/giu,
  /(gmt|utc)\s*[+-]?\d*/giu,
  /thứ\s+(hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|(cập nhật|ngày đăng|đăng ngày|ngày|lúc|giờ|published|updated|posted|on|at)(?!\p{L})/giu,
];

/** Text that is only a dateline: "30-03-2022 11:32", "Thứ Tư, 30/03/2022 - 11:32 (GMT+7)", "Cập nhật: 9/16/2026". */
export function isDateline(text: string): boolean {
  if (text.length > 80 || !DATE.test(text)) return false;
  const rest = DATELINE_PARTS.reduce((t, part) => t.replace(part, ''), text);
  return !/\p{L}{2}/u.test(rest);
}

/**
 * The pieces a body opens with, in order: each figure (a photo), each innermost block, each run
 * of text outside blocks (what an unwrapped <h1> or <header> leaves after sanitising).
 */
function* openingPieces(root: Node): Generator<Node> {
  for (let node = root.firstChild; node;) {
    const el = node instanceof Element ? node : undefined;
    const next: ChildNode | null = node.nextSibling;
    if (el && !el.matches('figure, time') && el.querySelector(BLOCK)) {
      // A container of blocks (an unwrapped <article>'s <div>, a <section>): its own pieces first.
      yield* openingPieces(el);
    } else if (el || node.textContent!.trim()) yield node;
    node = next;
  }
}

/**
 * Removes, from the opening of `body`, the blocks that repeat the head: the title, the sapo, the
 * category (a kicker), an author's name, a dateline or a <time>. Photos (figures) are passed over
 * and kept; the first piece that says something new ends the opening. Edits `body`.
 */
export function withoutRepeatedHead(body: DocumentFragment, head: ArticleHead): void {
  const known = new Set(
    [head.title, head.summary, head.category, ...(head.authors ?? [])].filter(Boolean).map((t) => fold(t!)),
  );
  for (const piece of [...openingPieces(body)]) {
    if (piece instanceof Element && piece.matches('figure, br, hr, img')) continue;
    const text = fold(piece.textContent ?? '');
    const repeats =
      !text || known.has(text) || isDateline(text) || (piece instanceof Element && piece.localName === 'time');
    if (!repeats) return;
    piece.parentNode!.removeChild(piece);
  }
}

/**
 * Removes a body's closing line when it is only an author's name (a CMS's right-aligned byline):
 * the report's byline names the author, with the organisation. Edits `body`.
 */
export function withoutRepeatedByline(body: DocumentFragment, authors: string[]): void {
  const pieces = [...openingPieces(body)].filter((p) => !(p instanceof Element && p.matches('br, hr')));
  const last = pieces[pieces.length - 1];
  const names = new Set(authors.map(fold));
  if (last && pieces.length > 1 && names.has(fold(last.textContent ?? ''))) last.parentNode!.removeChild(last);
}

/** The body opens with a photo, before any text: it is the article's lead photo. */
export function opensWithPhoto(body: DocumentFragment | undefined): boolean {
  for (const piece of body ? openingPieces(body) : []) {
    if (piece instanceof Element && piece.matches('figure, img')) return true;
    if (piece.textContent!.trim()) return false;
  }
  return false;
}
