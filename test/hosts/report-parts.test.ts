import '../../src/feed/define.js';

import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import type { PartyNewsFeed } from '../../src/feed/feed.js';
import type { PartyNewsReport } from '../../src/report/report.js';
import { SEED_ID } from '../harness.js';

// A portal styles the report a feed opens in place from its own stylesheet, through the names the
// feed exports (party-news-feed::part(report-title) …): ::part(title) reaches card titles only.

const REPORT = [
  'base',
  'breadcrumb',
  'title',
  'meta',
  'tools',
  'summary',
  'body',
  'byline',
  'tags',
  'share',
  'source',
  'related',
];
const RELATED = ['heading', 'list', 'item', 'link', 'meta'];

describe('styling the report inside a feed', () => {
  let sheet: HTMLStyleElement;
  const names = [...REPORT.map((p) => `report-${p}`), ...RELATED.map((p) => `related-${p}`)];
  beforeEach(() => {
    // A distinct value for each name, so a rule that reaches the wrong element is caught too.
    sheet = document.createElement('style');
    sheet.textContent = names
      .map((n, i) => `party-news-feed::part(${n}) { scroll-margin-top: ${i + 1}px; }`)
      .join('\n');
    document.head.append(sheet);
    history.replaceState(null, '', `#party-news=${SEED_ID}`);
  });
  afterEach(() => {
    sheet.remove();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it("reaches every part the feed exports from its report and the report's related list", async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div><party-news-feed src="/fixtures/feeds/seed.json"></party-news-feed></div>`,
    );
    const feed = wrap.querySelector<PartyNewsFeed>('party-news-feed')!;
    await feed.loadComplete;
    await waitUntil(() => feed.shadowRoot!.querySelector('party-news-report'), 'the report from the hash');
    const report = feed.shadowRoot!.querySelector<PartyNewsReport>('party-news-report')!;
    await report.updateComplete;
    const related = report.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(
      'party-news-related',
    )!;
    await related.updateComplete;
    const margin = (el: Element | null, name: string) => {
      expect(el, name).to.exist;
      return getComputedStyle(el!).scrollMarginTop;
    };
    names.forEach((name, i) => {
      const [tree, inner] = name.startsWith('report-') ? [report, name.slice(7)] : [related, name.slice(8)];
      expect(margin(tree.shadowRoot!.querySelector(`[part~="${inner}"]`), name), name).to.equal(`${i + 1}px`);
    });
    // The card parts are the cards' only: the report's title does not answer to ::part(title).
    expect(getComputedStyle(report.shadowRoot!.querySelector('.title')!).scrollMarginBottom).to.equal('0px');
    await expect(feed).to.be.accessible();
  });
});
