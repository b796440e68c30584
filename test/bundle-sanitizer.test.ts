import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { PartyNewsReport } from '../src/report/report.js';
import { normalizeFeed } from '../src/model/normalize-feed.js';
import { openFrame, SEED_URL, seedJson } from './harness.js';
import { XSS_PAYLOADS } from './security/xss-payloads.js';

// The script-tag bundle's DOMPurify has its default allowlists and its SVG/MathML tag lists emptied
// at build time (scripts/purify-without-defaults.ts): party-news never reads the first, and with its
// allowlist the second only ever made the namespace checks say "yes". Proof: every report body,
// the XSS corpus and the seed feed's real ones, comes out of the bundle exactly as out of the source.

type PageWindow = Window & typeof globalThis & { PartyNews: { normalizeFeed: typeof normalizeFeed } };

const feedOf = (bodies: string[]) => ({
  version: 'https://jsonfeed.org/version/1.1',
  items: bodies.map((content_html, i) => ({
    id: `b${i}`,
    title: `Bài ${i}`,
    content_html,
    date_published: '2022-03-30T11:32:00+07:00',
  })),
});

async function bodiesRenderedBy(doc: Document, normalize: typeof normalizeFeed, feed: unknown): Promise<string[]> {
  const report = doc.createElement('party-news-report') as PartyNewsReport;
  doc.body.append(report);
  try {
    const bodies: string[] = [];
    // One absolute base for both pages, so relative URLs resolve alike.
    for (const article of normalize(feed, { baseUrl: SEED_URL }).articles) {
      report.article = article;
      await report.updateComplete;
      bodies.push(report.shadowRoot!.querySelector('.body')?.innerHTML.replace(/<!--[^>]*-->/g, '') ?? '');
    }
    return bodies;
  } finally {
    report.remove();
  }
}

describe('the bundled sanitiser', () => {
  let frame: HTMLIFrameElement;
  let win: PageWindow;
  before(async () => {
    frame = await openFrame('/test/pages/script-tag.html');
    win = frame.contentWindow as PageWindow;
  });
  after(() => frame.remove());

  it('sanitises the XSS corpus exactly as the source does', async () => {
    const feed = feedOf(XSS_PAYLOADS);
    const fromSource = await bodiesRenderedBy(document, normalizeFeed, feed);
    const fromBundle = await bodiesRenderedBy(win.document, win.PartyNews.normalizeFeed, feed);
    expect(fromBundle).to.have.length(XSS_PAYLOADS.length);
    fromBundle.forEach((body, i) => expect(body, XSS_PAYLOADS[i]).to.equal(fromSource[i]));
  });

  it("keeps the seed feed's real bodies exactly as the source does", async () => {
    const feed = await seedJson();
    const fromSource = await bodiesRenderedBy(document, normalizeFeed, feed);
    const fromBundle = await bodiesRenderedBy(win.document, win.PartyNews.normalizeFeed, feed);
    expect(fromBundle.filter(Boolean).length).to.be.greaterThan(0);
    expect(fromBundle).to.deep.equal(fromSource);
  });
});
