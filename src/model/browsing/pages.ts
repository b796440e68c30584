// Numbered pages ("1 … 4 5 6 … 20"): which page numbers a pagination row shows.

/** A page number to show, or a gap ("…") standing for the pages left out. */
export type PageItem = number | 'gap';

/**
 * The row for page `current` of `total`: the first and last pages, the current one and its
 * neighbours, and a gap for each run left out. A gap never stands for a single page (that page is
 * shown instead: "1 2 3 4 5 … 20", not "1 … 3 4 5 … 20"), and seven pages or fewer are all shown.
 */
export function pageItems(current: number, total: number): PageItem[] {
  if (total <= 7) return Array.from({ length: total }, (_, i) => i + 1);
  const pages = [...new Set([1, current - 1, current, current + 1, total])]
    .filter((p) => p >= 1 && p <= total)
    .sort((a, b) => a - b);
  return pages.flatMap((page, i): PageItem[] => {
    const skipped = i > 0 ? page - pages[i - 1] - 1 : 0;
    if (skipped === 0) return [page];
    // A gap of exactly one page hides nothing worth hiding: that page is shown instead.
    return skipped === 1 ? [page - 1, page] : ['gap', page];
  });
}

/** How many pages `count` articles make at `size` a page (at least one, so an empty list has page 1). */
export function pageCount(count: number, size: number): number {
  return Math.max(1, Math.ceil(count / size));
}
