import { define } from '../shared/define.js';
import { PartyNewsCard } from './card.js';

export { PartyNewsCard };
define('party-news-card', PartyNewsCard);

declare global {
  interface HTMLElementTagNameMap {
    'party-news-card': PartyNewsCard;
  }
}
