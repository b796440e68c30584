import { define } from '../shared/define.js';
import { PartyNewsRelated } from './related.js';

export { PartyNewsRelated };
define('party-news-related', PartyNewsRelated);

declare global {
  interface HTMLElementTagNameMap {
    'party-news-related': PartyNewsRelated;
  }
}
