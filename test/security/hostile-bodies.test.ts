// Bodies that no parser gives a <body> to: no content may stop a report from rendering (#17 saw
// an RSS description holding <frameset onload=…> make the report throw in willUpdate).
import '../../src/report/define.js';

import { expect, fixture, html } from '@open-wc/testing';

import { normalizeFeed } from '../../src/model/items/normalize-feed.js';
import { parseFeed } from '../../src/model/reading/parse-feed.js';
import type { PartyNewsReport } from '../../src/report/report.js';
import { unsafeThings } from './safe-dom.js';

const item = (n: number, description: string) => `<item><title>Tin ${n}</title><link>https://example.gov.vn/${n}</link>
<pubDate>Wed, 30 Mar 2022 04:3${n}:00 GMT</pubDate><description><![CDATA[${description}]]></description></item>`;

const rss = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tin</title>
<link>https://example.gov.vn/</link>
${item(1, '<frameset onload=alert(1)><a href="https://example.gov.vn/2">Tin khác</a>')}
${item(2, '<p>Mở đầu</p><frameset onload=alert(1)>')}
${item(3, '<frameset><frame src="javascript:alert(1)"></frameset>')}
</channel></rss>`;

describe('<party-news-report> with bodies that leave the parser no <body>', () => {
  it('renders every such article, with nothing unsafe in it', async () => {
    const { articles } = normalizeFeed(parseFeed(rss), { baseUrl: location.href });
    expect(articles.map((a) => a.title)).to.deep.equal(['Tin 1', 'Tin 2', 'Tin 3']);
    for (const article of articles) {
      const el = await fixture<PartyNewsReport>(html`<party-news-report .article=${article}></party-news-report>`);
      expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal(article.title);
      expect(unsafeThings(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    }
  });
});
