// Everything party-news exports, with no side effects: importing this registers no element.
export { PartyNewsCard, type CardLayout } from './card/card.js';
export { PartyNewsReport } from './report/report.js';
export { PartyNewsRelated } from './related/related.js';
export { PartyNewsElement } from './shared/element.js';
export { emit, type PartyNewsEvent, type PartyNewsEventDetails, type PartyNewsEventName } from './shared/events.js';
export { normalizeFeed, toArticle, toRelated, isNormalizedArticle, FeedShapeError, type NormalizeOptions } from './model/normalize-feed.js';
export { sanitizeHtml, sanitizeToFragment, type SanitizeOptions } from './model/sanitize.js';
export { upgradeLegacyCaptions } from './model/legacy-captions.js';
export { formatDateTime, DEFAULT_TIME_ZONE } from './model/format-date.js';
export { parseDate } from './model/dates.js';
export { safeUrl, isExternal } from './model/urls.js';
export { messages, toLang, type Lang, type MessageKey } from './model/messages.js';
export type * from './model/types.js';
