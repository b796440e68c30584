import { define } from '../shared/define.js';
import { PartyNewsFeed } from './feed.js';
import '../report/define.js';

export { PartyNewsFeed };
define('party-news-feed', PartyNewsFeed);

declare global {
  interface HTMLElementTagNameMap {
    'party-news-feed': PartyNewsFeed;
  }
}
