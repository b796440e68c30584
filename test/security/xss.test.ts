import '../../src/index.js';

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

import type { PartyNewsFeed } from '../../src/feed/feed.js';
import { relatedFor } from '../../src/model/browsing/browse.js';
import type { Article } from '../../src/model/types.js';
import { FEED_FORMATS, hostileItem } from './hostile-feeds.js';
import { unsafeThings, walk } from './safe-dom.js';
import { XSS_PAYLOADS } from './xss-payloads.js';

// The XSS corpus, placed in every field of an item, in every input format, and set directly on
// every element's properties. Proves that nothing ran (a sentinel replaces alert, confirm and
// prompt) and that no unsafe element, attribute or URL exists anywhere in the shadow trees.

const sentinel = { hits: [] as string[] };
// The XSS test's four formats; "RSS raw" (broken XML on purpose) is the large corpus test's.
const FORMATS = Object.fromEntries(Object.entries(FEED_FORMATS).filter(([name]) => name !== 'RSS raw'));

/**
 * Every image under `roots` that loads now has loaded or failed, and its load or error event has
 * been dispatched: an onload or onerror that survived sanitising would have run by then.
 */
async function settle(...roots: ParentNode[]): Promise<void> {
  const images = roots.flatMap((root) => [...walk(root)]).filter((el) => el instanceof HTMLImageElement);
  const eager = images.filter((img) => img.loading !== 'lazy');
  await waitUntil(() => eager.every((img) => img.complete), 'every eager image loaded or failed');
  await new Promise((r) => setTimeout(r)); // load and error events are tasks queued when an image completes
}

describe(`XSS corpus (${XSS_PAYLOADS.length} payloads)`, () => {
  let saved: Pick<Window, 'alert' | 'confirm' | 'prompt'>;
  before(() => {
    saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
    window.alert = (m?: unknown) => void sentinel.hits.push(`alert ${String(m)}`);
    window.confirm = (m?: string) => (sentinel.hits.push(`confirm ${m}`), false);
    window.prompt = (m?: string) => (sentinel.hits.push(`prompt ${m}`), null);
  });
  after(() => Object.assign(window, saved));
  beforeEach(() => (sentinel.hits = []));

  it('has at least 150 payloads', () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(150);
  });

  it('has a scanner and a sentinel that do catch what they look for', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<a href="javascript:alert(1)">a</a><p onclick="x">p</p><img src="data:text/html,x"><svg></svg><div part="body"><b id="x">b</b></div><iframe></iframe>' +
      `<a href="https://other.example/">x</a><a href="https://other.example/" rel="noreferrer noopener">x</a><a href="${location.origin}/tin">x</a>`;
    expect(unsafeThings(host)).to.deep.equal([
      '<a href="javascript:alert(1)">',
      '<p onclick>',
      '<img src="data:text/html,x">',
      '<svg>',
      '<b id/name> in body',
      '<iframe>',
      '<a href="https://other.example/"> to another site without rel="noopener noreferrer"',
    ]);
    window.alert('probe');
    expect(sentinel.hits).to.deep.equal(['alert probe']);
  });

  for (const [format, { type, write }] of Object.entries(FORMATS)) {
    it(`${format}: every card and every report is inert`, async () => {
      const key = `xss-${format.replace(/\W/g, '')}-${Date.now()}`;
      await fetch(`/faults/store/${key}?type=${encodeURIComponent(type)}`, {
        method: 'POST',
        body: write(XSS_PAYLOADS),
      });
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      const feed = document.createElement('party-news-feed') as PartyNewsFeed;
      feed.layout = 'list';
      feed.pageSize = 1000;
      const loaded = oneEvent(wrap, 'party-news-load');
      feed.src = `/faults/stored/${key}`;
      wrap.append(feed);
      const items: Article[] = (await loaded).detail.items;
      expect(items.length, 'every hostile item is still a valid item').to.equal(XSS_PAYLOADS.length);
      await waitUntil(
        () => feed.shadowRoot!.querySelectorAll('[part~="card"]').length === items.length,
        'waited for feed.shadowRoot!.querySelectorAll(\'[part~="card"]\').length === items.length',
        // 265 hostile cards take more than waitUntil's default second with three engines on two cores.
        { timeout: 10000 },
      );
      await settle(wrap);
      expect(unsafeThings(feed)).to.deep.equal([]);

      const report = await fixture<
        HTMLElement & { article?: Article; related?: unknown[]; updateComplete: Promise<unknown> }
      >(html`<party-news-report></party-news-report>`);
      for (const article of items) {
        report.article = article;
        report.related = relatedFor(article, items);
        await report.updateComplete;
        await report.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('party-news-related')
          ?.updateComplete;
        const found = unsafeThings(report);
        if (found.length) expect(found, article.id).to.deep.equal([]);
      }
      await settle(report.shadowRoot!);
      expect(sentinel.hits).to.deep.equal([]);
    });
  }

  it("set directly on every element's properties, raw and unnormalised", async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <party-news-card></party-news-card>
      <party-news-report></party-news-report>
      <party-news-related></party-news-related>
      <party-news-feed page-size="1000" layout="compact"></party-news-feed>
    </div>`);
    type Settable = HTMLElement & Record<string, unknown> & { updateComplete: Promise<unknown> };
    const [card, report, related, feed] = [...wrap.children] as Settable[];
    const items = XSS_PAYLOADS.map(hostileItem);
    for (const [i, item] of items.entries()) {
      card.article = item;
      report.article = item;
      related.articles = [{ title: XSS_PAYLOADS[i], url: XSS_PAYLOADS[i] }, item];
      await Promise.all([card.updateComplete, report.updateComplete, related.updateComplete]);
      for (const el of [card, report, related]) {
        const found = unsafeThings(el);
        if (found.length) expect(found, `${el.localName} ${item.id}`).to.deep.equal([]);
      }
    }
    feed.feed = items;
    await waitUntil(
      () => feed.shadowRoot!.querySelectorAll('[part~="card"]').length === items.length,
      'waited for feed.shadowRoot!.querySelectorAll(\'[part~="card"]\').length === items.length',
      { timeout: 10000 },
    );
    await settle(wrap);
    expect(unsafeThings(feed)).to.deep.equal([]);
    expect(sentinel.hits).to.deep.equal([]);
  });
});
