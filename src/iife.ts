// The script-tag bundle: registers every element and exposes one global, PartyNews.
// Leaves first (card, related, report, feed): in this order the bundle gzips smallest.
/* eslint-disable simple-import-sort/imports -- the order above is the bundle's layout */
import { PartyNewsCard } from './card/define.js';
import { PartyNewsRelated } from './related/define.js';
import { PartyNewsReport } from './report/define.js';
import { PartyNewsFeed } from './feed/define.js';
import { normalizeFeed } from './model/items/normalize-feed.js';
import { version } from './version.js';
/* eslint-enable simple-import-sort/imports */

declare global {
  interface Window {
    PartyNews?: typeof PartyNews;
  }
}

const PartyNews = Object.freeze({
  version,
  PartyNewsFeed,
  PartyNewsCard,
  PartyNewsReport,
  PartyNewsRelated,
  normalizeFeed,
});

// A second copy of the script keeps the first global: its classes are the registered ones.
window.PartyNews ??= PartyNews;
