// Registers <party-news-report>, and with it the <party-news-related> it renders.
import { define } from '../shared/define.js';
import { PartyNewsReport } from './report.js';

export { PartyNewsReport };
define('party-news-report', PartyNewsReport);

declare global {
  interface HTMLElementTagNameMap {
    'party-news-report': PartyNewsReport;
  }
}
