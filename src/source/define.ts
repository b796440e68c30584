import { define } from '../shared/define.js';
import { PartyNewsSource } from './source.js';

export { PartyNewsSource };
define('party-news-source', PartyNewsSource);

declare global {
  interface HTMLElementTagNameMap {
    'party-news-source': PartyNewsSource;
  }
}
