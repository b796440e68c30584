import { expect, waitUntil } from '@open-wc/testing';

import { openFrame, uid } from './harness.js';

// The script-tag bundle on plain HTML pages (served by test/server/faults.mjs), wherever a portal
// puts the tag. Each page is an iframe of its own, so each registers the elements afresh.

type PageWindow = Window & typeof globalThis & { pageErrors: string[]; PartyNews: { PartyNewsFeed: unknown } };
type Frame = { win: PageWindow; doc: Document; errors: string[]; remove(): void };

const page = (script: string, where: 'head' | 'end') => `/faults/embed?script=${script}&where=${where}`;

async function open(src: string): Promise<Frame> {
  const frame = await openFrame(src);
  const win = frame.contentWindow as PageWindow;
  return { win, doc: frame.contentDocument!, errors: win.pageErrors, remove: () => frame.remove() };
}

/** Runs `test` on the page at `src`, removing the page afterwards whatever happens. */
async function inPage(src: string, test: (f: Frame) => Promise<void>): Promise<void> {
  const f = await open(src);
  try {
    await test(f);
  } finally {
    f.remove();
  }
}

const cardsOf = (feed: Element | null) => [...(feed?.shadowRoot?.querySelectorAll('[part~="card"]') ?? [])];
const settled = (feed: Element | null, n: number) =>
  waitUntil(() => cardsOf(feed).length === n, `${feed?.id} shows ${n} cards`, { timeout: 8000 });

describe('embedding by script tag', () => {
  for (const [name, attrs, where] of [
    ['in <head>', '', 'head'],
    ['at the end of <body>', '', 'end'],
    ['with defer', 'defer', 'head'],
    ['with async', 'async', 'head'],
  ] as const) {
    it(`works ${name}`, async () => {
      await inPage(page(attrs, where), async (f) => {
        await settled(f.doc.getElementById('remote'), 3);
        await settled(f.doc.getElementById('inline'), 1);
        expect(f.win.customElements.get('party-news-feed')).to.equal(f.win.PartyNews.PartyNewsFeed);
        expect(f.errors).to.deep.equal([]);
      });
    });
  }

  it('shows the fallback inside the element to readers without the script, and replaces it once the script runs', async () => {
    const shown = (f: Frame) => {
      const link = f.doc.querySelector<HTMLElement>('#fallback a')!;
      return link.getClientRects().length > 0;
    };
    await inPage(page('none', 'end'), async (without) => {
      expect(shown(without), 'without the script').to.equal(true);
    });
    await inPage(page('', 'end'), async (withScript) => {
      await settled(withScript.doc.getElementById('remote'), 3);
      expect(shown(withScript), 'once the feed runs').to.equal(false);
    });
  });

  it("follows the portal's own scripts adding, moving and removing elements later", async () => {
    await inPage(page('', 'head'), async (f) => {
      const remote = f.doc.getElementById('remote')!;
      await settled(remote, 3);
      // Moved into the sidebar: still the same news, nothing lost.
      f.doc.getElementById('side')!.append(remote);
      await settled(remote, 3);
      // Added later, with its attribute set after insertion.
      const added = f.doc.createElement('party-news-feed');
      f.doc.body.append(added);
      added.setAttribute('src', '/fixtures/feeds/seed.rss.xml');
      await settled(added, 4);
      // Removed while loading: no error, no late rendering. A feed that can only arrive after the
      // removed one's answer has left the server shows that answer had its chance.
      const key = uid();
      const gone = f.doc.createElement('party-news-feed');
      gone.setAttribute('src', `/faults/slow?ms=300&key=${key}`);
      f.doc.body.append(gone);
      await fetch(`/faults/arrived/${key}`);
      gone.remove();
      const later = f.doc.createElement('party-news-feed');
      later.id = 'later';
      later.setAttribute('src', `/faults/slow?ms=0&after=${key}`);
      f.doc.body.append(later);
      await settled(later, 4);
      expect(cardsOf(gone)).to.have.length(0);
      // An element created before the script ran (an unknown element until then) upgrades too.
      expect(f.errors).to.deep.equal([]);
    });
  });

  it('shows the seed feed, opens the seed report with its photos and related list, and returns', async () => {
    await inPage(page('', 'end'), async (f) => {
      const feed = f.doc.getElementById('remote')!;
      await settled(feed, 3);
      (cardsOf(feed)[0].querySelector('.link') as HTMLElement).click();
      const report = await waitUntil(
        () => feed.shadowRoot!.querySelector('party-news-report'),
        'the report opened in the feed',
      ).then(() => feed.shadowRoot!.querySelector('party-news-report')!);
      await waitUntil(
        () => report.shadowRoot?.querySelectorAll('figure figcaption').length === 2,
        'two captioned photos',
      );
      const captions = [...report.shadowRoot!.querySelectorAll('figcaption')].map((c) =>
        c.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(captions).to.deep.equal([
        'Đồng chí Trương Thu Hòa – Bí thư Đảng ủy, Giám đốc Chi nhánh phát biểu tại Hội nghị',
        'Quang cảnh Hội nghị tại phần thảo luận',
      ]);
      const related = report.shadowRoot!.querySelector('party-news-related')!;
      await waitUntil(() => related.shadowRoot?.querySelectorAll('li').length === 3, 'three related items');
      expect(related.shadowRoot!.querySelector('.heading')!.textContent).to.equal('Tin liên quan');
      expect(f.win.location.hash).to.equal('#party-news=nhnn-lang-son-2022-03-30');
      (feed.shadowRoot!.querySelector('[part~="back"]') as HTMLElement).click();
      await settled(feed, 3);
      expect(feed.shadowRoot!.querySelector('party-news-report')).to.equal(null);
      expect(f.errors).to.deep.equal([]);
    });
  });
});
