// Registers <party-news-feed>, and with it the <party-news-report> and <party-news-related> it renders.
import { define } from '../shared/define.js';
import { PartyNewsFeed } from './feed.js';

export { PartyNewsFeed };
define('party-news-feed', PartyNewsFeed);

declare global {
  interface HTMLElementTagNameMap {
    'party-news-feed': PartyNewsFeed;
  }
}
