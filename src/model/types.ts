/** A JSON object as a feed gives it: read field by field, never trusted. */
export type Json = Record<string, unknown>;

/** A photo with its caption, as the report shows it. */
export interface ArticleImage {
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
  width?: number;
  height?: number;
}

export interface Author {
  name: string;
  organization?: string;
  url?: string;
}

export interface Category {
  /** A stable key; derived from the name when the feed gives none. */
  id: string;
  name: string;
  url?: string;
}

/** A related item given inline, or resolved from an id of the same feed. */
export interface RelatedArticle {
  id?: string;
  title: string;
  url?: string;
  datePublished?: Date;
}

/** One article after normalisation: every field typed, every string NFC, every URL safe. */
export interface Article {
  id: string;
  title: string;
  url?: string;
  summary?: string;
  /**
   * The body as the feed gave it (content_text arrives here as escaped paragraphs). NOT yet
   * sanitised: sanitising 10,000 bodies nobody opens would dominate loading, so it happens when
   * a body is shown. Pass it through `sanitizeHtml(contentHtml, { baseUrl })` before any other use.
   */
  contentHtml?: string;
  /** The feed's URL, against which relative URLs in `contentHtml` resolve. */
  baseUrl?: string;
  image?: ArticleImage;
  /** Absent only for an RSS/Atom item whose date was missing or unreadable: it shows without a dateline. */
  datePublished?: Date;
  dateModified?: Date;
  authors: Author[];
  category?: Category;
  tags: string[];
  /** Ids of other items of the same feed, or small inline articles. */
  related: (string | RelatedArticle)[];
  language?: string;
  /** The units that published it, when a feed merges several units' feeds (`<party-news-source>`). */
  units?: string[];
}

/** What is wrong with one item: named by its id (or `#index` when it has none) and field. */
export interface Problem {
  item: string;
  /** The item's place in the feed, from 0; -1 for the feed as a whole. */
  index: number;
  field: string;
  message: string;
  /**
   * `item`: the whole item was skipped; `field`: only that field was dropped; `none`: the value
   * was kept, read with an assumption or trimmed (a date without offset, an overlong title).
   */
  dropped: 'item' | 'field' | 'none';
}

export interface FeedInfo {
  title?: string;
  homePageUrl?: string;
  language?: string;
}

export interface NormalizedFeed {
  feed: FeedInfo;
  articles: Article[];
  problems: Problem[];
}
