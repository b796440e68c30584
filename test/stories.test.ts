import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

import * as card from '../stories/card.stories.js';
import * as feed from '../stories/feed.stories.js';
import * as portal from '../stories/portal-pages.stories.js';
import * as related from '../stories/related.stories.js';
import * as report from '../stories/report.stories.js';

// Every story, rendered as Storybook renders it (meta args, story args, render), in each engine:
// it must settle with no console error and pass axe, in Vietnamese/light and English/dark.

type StoryModule = Record<string, unknown> & { default: { args?: object; render: (args: object) => TemplateResult } };
type Story = {
  args?: object;
  render?: (args: object) => TemplateResult;
  beforeEach?: () => unknown;
  play?: (context: { canvasElement: HTMLElement }) => Promise<unknown>;
};

const modules: [string, StoryModule][] = [
  ['Card', card as unknown as StoryModule],
  ['Report', report as unknown as StoryModule],
  ['Related', related as unknown as StoryModule],
  ['Feed', feed as unknown as StoryModule],
  ['Portal pages', portal as unknown as StoryModule],
];

/** Every element under `node`, inside shadow roots too. */
const deep = (node: ParentNode): Element[] =>
  [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);

/** Waits until every party-news element under `root` has rendered and no feed is fetching. */
async function settled(root: Element): Promise<void> {
  const all = deep;
  await waitUntil(
    () => {
      const feeds = all(root).filter((el) => el.localName === 'party-news-feed');
      return feeds.every((f) =>
        f.shadowRoot?.querySelector('[part~="card"], [part~="report"], [part~="error"], [part~="empty"], .skeletons'),
      );
    },
    'story did not settle',
    { timeout: 8000 },
  );
  await Promise.all(all(root).map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
}

for (const [name, module] of modules) {
  const meta = module.default;
  const stories = Object.entries(module).filter(([key]) => key !== 'default') as [string, Story][];

  describe(`stories: ${name}`, () => {
    for (const [storyName, story] of stories) {
      for (const [lang, scheme] of [
        ['vi', 'light'],
        ['en', 'dark'],
      ]) {
        it(`${storyName} (${lang}, ${scheme})`, async () => {
          const errors: unknown[] = [];
          const original = console.error;
          console.error = (...args: unknown[]) => errors.push(args);
          try {
            const render = story.render ?? meta.render;
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
            const feedEl = wrap.querySelector('party-news-feed');
            if (feedEl && storyName !== 'ErrorWithRetry') {
              const error = feedEl.shadowRoot!.querySelector('[part~="error"]');
              expect(error?.textContent ?? 'no error', storyName).to.equal('no error');
            }
            // Every photo a story serves loads, built or in dev; only BrokenImage shows a missing one.
            // Photos on a portal's own host (the RSS stories: tinh.example.gov.vn) cannot load here
            // and show the quiet placeholder, as they would on a page offline.
            const images = deep(wrap).filter(
              (el): el is HTMLImageElement =>
                el instanceof HTMLImageElement && new URL(el.src).origin === location.origin,
            );
            const eager = images.filter(
              (img) => img.loading !== 'lazy' || img.getBoundingClientRect().top < innerHeight,
            );
            await waitUntil(() => eager.every((img) => img.complete), `${storyName}: every image loaded or failed`);
            const failed = images.filter((img) => img.complete && !img.naturalWidth).map((img) => img.src);
            expect(failed, storyName).to.deep.equal(storyName === 'BrokenImage' ? failed.slice(0, 1) : []);
            if (storyName === 'BrokenImage') expect(failed, 'BrokenImage shows its missing photo').to.have.length(1);
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
