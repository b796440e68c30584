// Everything party-news exports, with no side effects: importing this registers no element (a define
// module registers its element with the elements it renders, its class's static `dependencies`).
export { PartyNewsCard, type CardLayout } from './card/card.js';
export { PartyNewsReport } from './report/report.js';
export { PartyNewsRelated } from './related/related.js';
export { PartyNewsFeed, type FeedLayout } from './feed/feed.js';
export { PartyNewsElement } from './shared/element.js';
export { emit, type PartyNewsEvent, type PartyNewsEventDetails, type PartyNewsEventName } from './shared/events.js';
export { normalizeFeed, type NormalizeOptions } from './model/normalize-feed.js';
export { toArticle, toRelated, isNormalizedArticle } from './model/element-input.js';
export { FeedError, type FeedErrorCode } from './model/feed-error.js';
export { sanitizeHtml, sanitizeToFragment, type SanitizeOptions } from './model/sanitize.js';
export { upgradeLegacyCaptions } from './model/legacy-captions.js';
export { formatDateTime, DEFAULT_TIME_ZONE } from './model/format-date.js';
export { parseDate } from './model/dates.js';
export { safeUrl, isExternal } from './model/urls.js';
export { messages, toLang, type Lang, type MessageKey } from './model/messages.js';
export type * from './model/types.js';
export { parseFeed } from './model/parse-feed.js';
export { fetchFeed, type FetchFeedOptions, type FetchedFeed } from './model/fetch-feed.js';
export { forgetFeeds } from './model/feed-cache.js';
export { inCategory, matchesQuery, relatedFor, relatedOrMore } from './model/browse.js';
export { newestFirst } from './model/feed-order.js';
