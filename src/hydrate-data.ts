// The data of a pre-rendered page (party-news render), handed to its elements before they are
// defined, so that their first render is the server's and Lit adopts the markup as it is.
import { toRelated } from './model/items/element-input.js';
import { readFeed } from './model/reading/read-feed.js';

/** What `party-news render` writes into `<script type="application/json" id="party-news-data">`. */
export interface PageData {
  /** The feed's URL, for relative URLs in the items. */
  baseUrl: string;
  /** The feed's format as parse-feed named it ("RSS 2.0" …): RSS and Atom items may be undated. */
  format?: string;
  /** The zone of dates written without one, as the server read them. */
  timeZone?: string;
  /** Per `<party-news-report>` in document order: its item and its related list. (A feed reads its own inline JSON.) */
  reports: { item: unknown; related: unknown[] }[];
}

/**
 * Items as the feed they came from, normalised (so marked, and passed through as they are). The
 * server wrote only items it read as articles, in this order, so the i-th article is the i-th item.
 */
const articles = (items: unknown[], { baseUrl, format, timeZone }: PageData) =>
  readFeed({ data: { items, _party_news: { format } } }, { baseUrl, timeZone }).feed.articles;

export function handOver(doc: Document): void {
  const script = doc.getElementById('party-news-data');
  if (!script) return;
  const data = JSON.parse(script.textContent ?? '{}') as PageData;
  const reports = doc.querySelectorAll('party-news-report');
  const reportArticles = articles(
    data.reports.map((r) => r.item),
    data,
  );
  data.reports.forEach(({ related }, i) => {
    Object.assign(reports[i], { article: reportArticles[i], related: toRelated(related).items });
  });
}

handOver(document);
