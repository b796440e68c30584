import { define } from '../shared/define.js';
import { PartyNewsReport } from './report.js';
import '../related/define.js';

export { PartyNewsReport };
define('party-news-report', PartyNewsReport);

declare global {
  interface HTMLElementTagNameMap {
    'party-news-report': PartyNewsReport;
  }
}
