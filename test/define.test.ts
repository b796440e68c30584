import { expect, waitUntil } from '@open-wc/testing';

import { openFrame, SEED_URL, seedJson } from './harness.js';

// Class modules register nothing; a define module registers its element and the elements it
// renders (the class's static `dependencies`). Each case runs in a fresh page of its own (an
// iframe, its own element registry and module map), so nothing is defined before it starts.

type PageWindow = Window & typeof globalThis & { imported?: Promise<Record<string, unknown>> };
type Page = {
  win: PageWindow;
  warnings: string[];
  errors: string[];
  load(url: string): Promise<Record<string, unknown>>;
};

const TAGS = ['party-news-feed', 'party-news-card', 'party-news-report', 'party-news-related'];

/** Opens a blank page that records its warnings and errors, runs `test` on it, then removes it. */
async function inPage(test: (page: Page) => Promise<void>): Promise<void> {
  const frame = await openFrame('/test/pages/blank.html');
  const win = frame.contentWindow as PageWindow;
  const warnings: string[] = [];
  const errors: string[] = [];
  // Lit's own notices (development mode; two copies of Lit when the bundle meets the ES build) aside.
  win.console.warn = (...args: unknown[]) => {
    const message = args.join(' ');
    if (!message.includes('lit.dev/msg/')) warnings.push(message);
  };
  win.addEventListener('error', (e) => errors.push(e.message));
  const load = async (url: string) => {
    // A classic inline script runs at once; its import() loads `url` in the page's own module map.
    const script = win.document.createElement('script');
    script.textContent = `window.imported = import(${JSON.stringify(url)});`;
    win.document.head.append(script);
    return (await win.imported)!;
  };
  const loadScript = (src: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const script = win.document.createElement('script');
      script.src = src;
      script.onload = () => resolve({});
      script.onerror = reject;
      win.document.head.append(script);
    });
  try {
    await test({ win, warnings, errors, load: (url) => (url.endsWith('.iife.js') ? loadScript(url) : load(url)) });
  } finally {
    frame.remove();
  }
}

const defined = (win: PageWindow) => TAGS.filter((tag) => win.customElements.get(tag));

async function packageVersion(): Promise<string> {
  return ((await (await fetch('/package.json')).json()) as { version: string }).version;
}

describe('define modules and the classes entry', function () {
  // Each case compiles and loads a whole module graph in a fresh page: slow on a busy machine.
  this.timeout(30000);

  for (const url of ['/src/classes.ts', '/dist/classes.js']) {
    it(`${url} exports the classes and defines no element`, async () => {
      await inPage(async ({ win, load, warnings, errors }) => {
        const classes = await load(url);
        expect(classes.PartyNewsFeed).to.be.a('function');
        expect(classes.PartyNewsReport).to.be.a('function');
        expect(defined(win)).to.deep.equal([]);
        expect(warnings.concat(errors)).to.deep.equal([]);
      });
    });
  }

  for (const [url, tags] of [
    ['/src/feed/define.ts', ['party-news-feed', 'party-news-report', 'party-news-related']],
    ['/dist/feed.js', ['party-news-feed', 'party-news-report', 'party-news-related']],
    ['/src/report/define.ts', ['party-news-report', 'party-news-related']],
    ['/src/related/define.ts', ['party-news-related']],
    ['/src/card/define.ts', ['party-news-card']],
  ] as const) {
    it(`${url} defines ${tags.join(', ')} and nothing else`, async () => {
      await inPage(async ({ win, load, warnings, errors }) => {
        await load(url);
        expect(defined(win).sort()).to.deep.equal([...tags].sort());
        expect(warnings.concat(errors)).to.deep.equal([]);
      });
    });
  }

  it('defines the dependencies with the classes the element renders: a report from feed/define shows its related list', async () => {
    await inPage(async ({ win, load }) => {
      const { PartyNewsFeed } = (await load('/src/feed/define.ts')) as {
        PartyNewsFeed: { dependencies: Record<string, unknown> };
      };
      const Report = PartyNewsFeed.dependencies['party-news-report'] as { dependencies: Record<string, unknown> };
      expect(win.customElements.get('party-news-report')).to.equal(Report);
      expect(win.customElements.get('party-news-related')).to.equal(Report.dependencies['party-news-related']);

      // Normalised in the page itself: its model knows its own articles.
      const { normalizeFeed } = (await load('/src/model/items/normalize-feed.ts')) as {
        normalizeFeed: (json: unknown, o: object) => { articles: unknown[] };
      };
      const { articles } = normalizeFeed(await seedJson(), { baseUrl: SEED_URL });
      const report = win.document.createElement('party-news-report') as HTMLElement & {
        article: unknown;
        related: unknown;
      };
      report.article = articles[0];
      report.related = articles.slice(1);
      win.document.body.append(report);
      const related = () => report.shadowRoot?.querySelector('party-news-related')?.shadowRoot?.querySelector('a');
      await waitUntil(related, 'the related list inside the report did not render');
    });
  });

  it('is safe to run twice: a define module after the whole package, and the whole package twice over', async () => {
    await inPage(async ({ win, load, warnings, errors }) => {
      await load('/src/index.ts');
      const feed = win.customElements.get('party-news-feed');
      await load('/src/feed/define.ts');
      await load('/dist/party-news.js');
      await load('/dist/party-news.iife.js');
      expect(win.customElements.get('party-news-feed')).to.equal(feed);
      expect(defined(win)).to.have.length(4);
      expect(warnings.concat(errors)).to.deep.equal([]);
    });
  });

  it('stays silent when the script-tag bundle and the ES build of the same version meet, in either order', async () => {
    for (const urls of [
      ['/dist/party-news.iife.js', '/dist/party-news.js'],
      ['/dist/feed.js', '/dist/party-news.iife.js', '/dist/party-news.iife.js'],
    ]) {
      await inPage(async ({ win, load, warnings, errors }) => {
        for (const url of urls) await load(url);
        expect(defined(win), urls.join(' + ')).to.have.length(4);
        expect(warnings.concat(errors), urls.join(' + ')).to.deep.equal([]);
      });
    }
  });

  it('warns once, naming both versions, when another version of party-news holds a tag, and keeps that version', async () => {
    const version = await packageVersion();
    await inPage(async ({ win, load, warnings, errors }) => {
      const Older = class extends win.HTMLElement {
        static version = '0.0.1';
      };
      win.customElements.define('party-news-related', Older);
      await load('/dist/feed.js');
      await load('/dist/party-news.js');
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0])
        .to.contain('<party-news-related>')
        .and.to.contain('party-news 0.0.1')
        .and.to.contain(`party-news ${version}`);
      expect(win.customElements.get('party-news-related')).to.equal(Older);
      expect(defined(win)).to.have.length(4);
    });
  });

  it('warns from the script-tag bundle too, once for each copy of it', async () => {
    await inPage(async ({ win, load, warnings }) => {
      win.customElements.define(
        'party-news-feed',
        class extends win.HTMLElement {
          static version = '9.0.0';
        },
      );
      await load('/dist/party-news.iife.js');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<party-news-feed>').and.to.contain('party-news 9.0.0');
    });
  });

  it('says nothing of a tag held by something that is not party-news', async () => {
    await inPage(async ({ win, load, warnings, errors }) => {
      win.customElements.define('party-news-card', class extends win.HTMLElement {});
      await load('/dist/party-news.js');
      expect(warnings.concat(errors)).to.deep.equal([]);
      expect(defined(win)).to.have.length(4);
    });
  });
});
