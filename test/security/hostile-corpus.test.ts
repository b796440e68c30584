import { expect, waitUntil } from '@open-wc/testing';

import type { PartyNewsFeed } from '../../src/feed/feed.js';
import { relatedFor } from '../../src/model/browsing/browse.js';
import type { Article } from '../../src/model/types.js';
import type { PartyNewsReport } from '../../src/report/report.js';
import { openFrame } from '../harness.js';
import { FEED_FORMATS } from './hostile-feeds.js';
import { unsafeThings, walk } from './safe-dom.js';

// The large hostile corpus (test/security/corpus: thousands of payloads generated here, plus the
// public lists in shared/corpora/xss when they are beside the checkout), one payload in every field
// of an item, in every format, on a page under the strictest policy party-news supports. Every
// card is rendered and every article opened in a report. Nothing may run, no directive may be
// violated by feed content, nothing unsafe may reach a shadow tree, and the page may raise no error.
// A run takes a seeded sample (the seed is printed); `npm run corpus:xss` runs every payload.

interface Plan {
  seed: number;
  total: number;
  sources: { name: string; count: number }[];
  payloads: string[];
}
type StrictWindow = Window & typeof globalThis & { violations: string[]; pageErrors: string[]; executions: string[] };

// Images and media the page's own img-src/media-src refuses are the page's choice, not a leak:
// a feed may point its photos anywhere, and a strict page may refuse to show them.
const PAGE_CHOICE = /^(img-src|media-src)\b/;

let plan: Plan;
before(async () => {
  plan = await (await fetch('/faults/corpus')).json();
  const from = plan.sources.map((s) => `${s.name} ${s.count}`).join(', ');
  console.log(
    `hostile corpus: ${plan.payloads.length} of ${plan.total} payloads (${from}); seed ${plan.seed} ` +
      `(PARTY_NEWS_CORPUS_SEED=${plan.seed} repeats this sample; npm run corpus:xss runs them all)`,
  );
});

/** Every image that loads has loaded or failed, and its load or error task has run. */
async function settle(win: Window, roots: ParentNode[], timeout: number) {
  const eager = roots
    .flatMap((root) => [...walk(root)])
    .filter((el) => el.localName === 'img' && (el as HTMLImageElement).loading !== 'lazy');
  await waitUntil(
    () => eager.every((img) => (img as HTMLImageElement).complete),
    'every eager image loaded or failed',
    { timeout },
  );
  await new Promise((r) => win.setTimeout(r));
}

/** Loads one feed into the page; its articles, or none when the feed is unreadable (broken raw XML). */
async function load(doc: Document, url: string): Promise<{ feed: PartyNewsFeed; items: Article[] }> {
  const feed = doc.createElement('party-news-feed') as PartyNewsFeed;
  Object.assign(feed, { layout: 'list', pageSize: 100000, route: 'none' });
  const outcome = new Promise<Article[]>((resolve) => {
    feed.addEventListener('party-news-load', (e) => resolve(e.detail.items));
    feed.addEventListener('party-news-error', () => resolve([]));
  });
  feed.src = url;
  doc.querySelector('main')!.append(feed);
  const items = await outcome;
  await waitUntil(
    () => feed.shadowRoot!.querySelectorAll('[part~="card"]').length === items.length,
    `all ${items.length} cards of ${url} rendered`,
    { timeout: 30000 },
  );
  return { feed, items };
}

describe('large hostile corpus on a strict CSP and Trusted Types page', () => {
  for (const [format, { type, chunk, write }] of Object.entries(FEED_FORMATS)) {
    it(`${format}: nothing runs, no violation, nothing unsafe, no error`, async function () {
      this.timeout(30000 + plan.payloads.length * 60);
      const frame = await openFrame('/faults/strict-empty');
      const win = frame.contentWindow as StrictWindow;
      const doc = frame.contentDocument!;
      try {
        const report = doc.createElement('party-news-report') as PartyNewsReport;
        doc.querySelector('main')!.append(report);
        const size = chunk ?? plan.payloads.length;
        let shown = 0;
        for (let start = 0; start < plan.payloads.length; start += size) {
          const payloads = plan.payloads.slice(start, start + size);
          const key = `corpus-${format.replace(/\W/g, '')}-${start}-${Date.now()}`;
          await fetch(`/faults/store/${key}?type=${encodeURIComponent(type)}`, {
            method: 'POST',
            body: write(payloads),
          });
          const { feed, items } = await load(doc, `/faults/stored/${key}`);
          // Escaped and CDATA payloads never cost an article; raw markup may break its small feed.
          if (!chunk) expect(items.length, 'every hostile item is still an article').to.equal(payloads.length);
          shown += items.length;
          const unsafe = unsafeThings(feed);
          expect(unsafe, `cards of ${key}`).to.deep.equal([]);
          for (const article of items) {
            report.article = article;
            report.related = relatedFor(article, items);
            await report.updateComplete;
            await report.shadowRoot!.querySelector<PartyNewsReport>('party-news-related')?.updateComplete;
            const found = unsafeThings(report);
            if (found.length) expect(found, `report of ${article.id} in ${key}`).to.deep.equal([]);
          }
          // A feed of all 5,600 has thousands of thumbnails to load or refuse: 5 ms each, 20 s at least.
          await settle(win, [feed.shadowRoot!, report.shadowRoot!], Math.max(20000, payloads.length * 5));
          feed.remove();
        }
        console.log(`${format}: ${shown} of ${plan.payloads.length} payloads shown as articles`);

        // Violations are reported asynchronously, in order: one made on purpose, last, seen to
        // arrive, means every earlier one has been recorded.
        const probe = Object.assign(doc.createElement('img'), { src: 'https://probe.invalid/p.png', alt: '' });
        doc.body.append(probe);
        await waitUntil(() => win.violations.some((v) => v.includes('probe.invalid')), 'the probe violation arrived');
        const violations = win.violations.filter((v) => !PAGE_CHOICE.test(v));
        const byDirective = new Map<string, number>();
        for (const v of violations) byDirective.set(v.split(':')[0], (byDirective.get(v.split(':')[0]) ?? 0) + 1);
        if (violations.length) console.log(`${format}: violations by directive`, Object.fromEntries(byDirective));
        expect(violations.slice(0, 20), `${violations.length} violations`).to.deep.equal([]);
        expect(win.executions, 'sentinel calls').to.deep.equal([]);
        expect(win.pageErrors, 'page errors').to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
