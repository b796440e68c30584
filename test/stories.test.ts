import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import type { PartyNewsFeed } from '../src/feed/feed.js';
import { forgetFeeds } from '../src/model/reading/feed-cache.js';
import { PENDING_FEED_URL } from '../stories/support/story-network.js';
import { storiesOf, storyModules } from './stories/modules.js';

// Every story, rendered as Storybook renders it (meta args, story args, render), in each engine:
// it must settle with no console error and pass axe, in Vietnamese/light and English/dark; it must
// ask nothing of any host but this one (Storybook's own, here the test server's), and every photo
// it shows must load, but the one the broken-image story breaks on purpose.

/** Every element under `node`, inside shadow roots too. */
const deep = (node: ParentNode): Element[] =>
  [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);

/**
 * Waits until every feed under `root` has shown its outcome (articles, or its error) and every
 * party-news element has rendered. Only the loading story's feed, whose request never ends, is
 * settled by its skeleton.
 */
async function settled(root: Element): Promise<void> {
  const feeds = deep(root).filter((el): el is PartyNewsFeed => el.localName === 'party-news-feed');
  const outcome = (feed: PartyNewsFeed) =>
    feed.src?.endsWith(PENDING_FEED_URL)
      ? waitUntil(() => feed.shadowRoot?.querySelector('.skeletons'), 'the skeleton shows')
      : feed.loadComplete.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('story did not settle')), 8000);
  });
  await Promise.race([Promise.all(feeds.map(outcome)), late]).finally(() => clearTimeout(timer));
  await Promise.all(deep(root).map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
}

// What the stories ask for, three ways. A Content-Security-Policy that lets images, feeds, frames
// and fonts come from this origin only: any other request is refused before it leaves, and
// reported (a photo on a host that does not resolve leaves no Resource Timing entry, and the card
// drops its <img> once the photo fails). The fetch() calls (feeds). The URLs written into the DOM
// (a lazy photo not yet asked for).
const policy = Object.assign(document.createElement('meta'), {
  httpEquiv: 'Content-Security-Policy',
  content: `img-src 'self' data: blob:; connect-src 'self' ws://${location.host} data: blob:; frame-src 'self'; font-src 'self' data:; media-src 'self'`,
});
document.head.append(policy);
const refused: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => refused.push(event.blockedURI));

const fetched: string[] = [];
const pageFetch = globalThis.fetch;
globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  fetched.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
  return pageFetch(input, init);
};

function requested(root: Element): string[] {
  const frames = [...root.querySelectorAll('iframe')];
  const timed = frames.flatMap((f) => f.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name));
  const elements = [...deep(root), ...frames.flatMap((f) => deep(f.contentDocument!))];
  const written = elements.flatMap((el) => [
    ...['src', 'poster', 'data'].map((name) => el.getAttribute(name)),
    ...(el.localName === 'link' ? [el.getAttribute('href')] : []),
    ...(el.getAttribute('srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0]),
  ]);
  return [...refused, ...fetched, ...timed, ...written].filter((url): url is string => Boolean(url));
}

/** The URLs that leave this machine: any http(s) origin but the page's own. */
const offMachine = (urls: string[]) =>
  urls.filter((url) => {
    const parsed = new URL(url, location.href);
    return /^https?:$/.test(parsed.protocol) && parsed.origin !== location.origin;
  });

for (const [title, module] of storyModules) {
  const meta = module.default;

  describe(`stories: ${title}`, () => {
    for (const [storyName, story] of storiesOf(module)) {
      for (const [lang, scheme] of [
        ['vi', 'light'],
        ['en', 'dark'],
      ]) {
        it(`${storyName} (${lang}, ${scheme})`, async () => {
          const errors: unknown[] = [];
          const original = console.error;
          console.error = (...args: unknown[]) => errors.push(args);
          fetched.length = 0;
          refused.length = 0;
          // A clean reader for each story, as .storybook/preview.ts gives one: no feed remembered from the last.
          forgetFeeds();
          for (const key of Object.keys(localStorage)) if (key.startsWith('party-news:')) localStorage.removeItem(key);
          try {
            const render = story.render ?? meta.render!;
            const args = { ...meta.args, ...story.args };
            const cleanup = story.beforeEach?.();
            const wrap = await fixture<HTMLDivElement>(
              html`<div lang=${lang} style="color-scheme:${scheme}; background: ${scheme === 'dark' ? '#121214' : '#fff'}; padding: 8px">${render(args)}</div>`,
            );
            await settled(wrap);
            // A portal-page story is a whole page in a frame: its elements must settle there too.
            for (const frame of wrap.querySelectorAll('iframe')) {
              const loaded = () =>
                frame.contentDocument?.URL === frame.src && frame.contentDocument.readyState === 'complete';
              await waitUntil(loaded, `${storyName}: the page loaded`, { timeout: 8000 });
              const body = frame.contentDocument!.body;
              await waitUntil(() => body.querySelector('party-news-feed'), `${storyName}: the page has a feed`);
              await settled(body);
              expect(
                deep(body).filter((el) => el.matches('[part~="error"]')),
                storyName,
              ).to.have.length(0);
            }
            // A story that shows an interaction (a tool in use) plays it, as Storybook does.
            await story.play?.({ canvasElement: wrap });
            await settled(wrap);
            if (typeof cleanup === 'function') await cleanup();
            // Only the error story may show an error: every other story's data must load.
            for (const feedEl of wrap.querySelectorAll('party-news-feed')) {
              if (storyName === 'ErrorWithRetry') break;
              const error = feedEl.shadowRoot!.querySelector('[part~="error"]');
              expect(error?.textContent ?? 'no error', storyName).to.equal('no error');
            }
            // Every photo a story shows loads, built or in dev; only BrokenImage shows a missing one.
            const images = deep(wrap).filter((el): el is HTMLImageElement => el instanceof HTMLImageElement);
            const eager = images.filter(
              (img) => img.loading !== 'lazy' || img.getBoundingClientRect().top < innerHeight,
            );
            await waitUntil(() => eager.every((img) => img.complete), `${storyName}: every image loaded or failed`);
            const failed = images.filter((img) => img.complete && !img.naturalWidth).map((img) => img.src);
            expect(failed, storyName).to.deep.equal(storyName === 'BrokenImage' ? failed.slice(0, 1) : []);
            if (storyName === 'BrokenImage') expect(failed, 'BrokenImage shows its missing photo').to.have.length(1);
            expect(offMachine(requested(wrap)), `${storyName}: requests off the machine`).to.deep.equal([]);
            await expect(wrap).to.be.accessible();
          } finally {
            console.error = original;
          }
          expect(errors).to.deep.equal([]);
        });
      }
    }
  });
}
