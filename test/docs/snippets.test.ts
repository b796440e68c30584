import { expect, waitUntil } from '@open-wc/testing';

import { openFrame } from '../harness.js';

// Every HTML snippet in README.md and docs/*.md, run as a page of its own (test/server/doc-snippets.mjs
// serves them): a snippet a portal pastes must load without an error or a console warning, and its
// feeds must show their cards, with whatever it put inside the element for readers without
// script hidden once they do. A snippet that cannot run as written fails here, so the docs cannot
// drift from the code.

type Snippet = { id: string; file: string; line: number };
type PageWindow = Window & typeof globalThis & { pageErrors: string[] };
type Feed = HTMLElement & { loadComplete: Promise<unknown[]> };

const snippets: Snippet[] = await (await fetch('/doc-snippets/list.json')).json();
const cards = (feed: Element) => feed.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0;
const visible = (el: Element) => el.getClientRects().length > 0;

describe('the HTML snippets in the README and the guides', () => {
  it('are found (the README has its embed snippet; the embedding guide has several)', () => {
    expect(snippets.filter((s) => s.file === 'README.md')).to.have.length.of.at.least(1);
    expect(snippets.filter((s) => s.file === 'docs/embedding.md')).to.have.length.of.at.least(4);
  });

  for (const snippet of snippets) {
    it(`${snippet.file}:${snippet.line} runs as pasted and shows its feed`, async () => {
      const frame = await openFrame(`/doc-snippets/page/${snippet.id}`);
      try {
        const win = frame.contentWindow as PageWindow;
        const doc = frame.contentDocument!;
        // Warnings count as errors: the console stays quiet for a feed whose every item is shown.
        for (const level of ['error', 'warn'] as const) {
          const original = win.console[level].bind(win.console);
          win.console[level] = (...args: unknown[]) => (win.pageErrors.push(args.join(' ')), original(...args));
        }
        const feeds = [...doc.querySelectorAll<Feed>('party-news-feed')];
        expect(feeds, 'a feed in the snippet').to.not.be.empty;
        await waitUntil(() => win.customElements.get('party-news-feed'), 'the script defines the elements', {
          timeout: 8000,
        });
        for (const feed of feeds) {
          await feed.loadComplete;
          await waitUntil(() => cards(feed) > 0, 'the feed shows its cards', { timeout: 8000 });
          const fallback = [...feed.children].filter((child) => child.localName !== 'script');
          expect(fallback.filter(visible), 'the no-script fallback, once the feed runs').to.deep.equal([]);
        }
        expect(win.pageErrors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
