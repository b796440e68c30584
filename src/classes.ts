// Everything party-news exports, with no side effects: importing this registers no element (a define
// module registers its element with the elements it renders, its class's static `dependencies`).
export { PartyNewsCard, type CardLayout } from './card/card.js';
export { PartyNewsSource } from './source/source.js';
export { PartyNewsReport } from './report/report.js';
export { PartyNewsRelated } from './related/related.js';
export { PartyNewsFeed, type FeedLayout } from './feed/feed.js';
export { PartyNewsElement } from './shared/element.js';
export { emit, type PartyNewsEvent, type PartyNewsEventDetails, type PartyNewsEventName } from './shared/events.js';
export { normalizeFeed, type NormalizeOptions } from './model/items/normalize-feed.js';
export { toArticle, toRelated, isNormalizedArticle } from './model/items/element-input.js';
export { FeedError, type FeedErrorCode } from './model/reading/feed-error.js';
export { sanitizeHtml, sanitizeToFragment, type SanitizeOptions } from './model/bodies/sanitize.js';
export { upgradeLegacyCaptions } from './model/bodies/legacy-captions.js';
export { formatDateTime, DEFAULT_TIME_ZONE } from './model/items/format-date.js';
export { parseDate } from './model/items/dates.js';
export { safeUrl, isExternal } from './model/items/urls.js';
export { messages, toLang, type Lang, type MessageKey } from './model/messages.js';
export type * from './model/types.js';
export { parseFeed } from './model/reading/parse-feed.js';
export { fetchFeed, type FetchFeedOptions, type FetchedFeed } from './model/reading/fetch-feed.js';
export { forgetFeeds } from './model/reading/feed-cache.js';
export { inCategory, matchesQuery, relatedFor, relatedOrMore } from './model/browsing/browse.js';
export { newestFirst } from './model/items/feed-order.js';
