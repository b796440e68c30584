#!/usr/bin/env node
// Screenshots of what a reader sees: the seed report in the demo portal at desktop and phone
// widths, and the pages `party-news render` makes of the seed feed, written to docs/ for the
// README and the guides. Needs `npm run build` first and Debian's Chromium.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

import { chromium } from 'playwright-core';

import { CHROMIUM_FLAGS } from './engines.mjs';
import { startServer } from './serve.mjs';

const REPORT = '/demo/#party-news=nhnn-lang-son-2022-03-30';
// The same demo inside a Bootstrap 3 portal (10px root font size, a justified news column), light,
// and dark without color-scheme (?dark): what #13 says real portals do to an embed.
const BOOTSTRAP = '/test/pages/hosts/bootstrap3.html';
const ID = '#party-news=nhnn-lang-son-2022-03-30';
const SHOTS = [
  { file: 'docs/report-1280.png', width: 1280, height: 900, path: REPORT },
  { file: 'docs/report-360.png', width: 360, height: 740, path: REPORT },
  { file: 'docs/feed-1280.png', width: 1280, height: 900, path: '/demo/', fullPage: false },
  { file: 'docs/feed-360.png', width: 360, height: 740, path: '/demo/', fullPage: false },
  // The seed feed rendered by `party-news render` into dist/site/ (below), its script adopting it.
  {
    file: 'docs/render/article-360.png',
    width: 360,
    height: 740,
    path: '/dist/site/nhnn-lang-son-2022-03-30.html',
    fullPage: false,
  },
  { file: 'docs/render/list-1280.png', width: 1280, height: 900, path: '/dist/site/index.html', fullPage: false },
  ...[360, 1280].flatMap((width) =>
    ['light', 'dark'].flatMap((scheme) => [
      {
        file: `docs/hosts/bootstrap3-${scheme}-feed-${width}.png`,
        width,
        height: width > 400 ? 900 : 740,
        path: `${BOOTSTRAP}${scheme === 'dark' ? '?dark' : ''}`,
        fullPage: false,
      },
      {
        file: `docs/hosts/bootstrap3-${scheme}-report-${width}.png`,
        width,
        height: width > 400 ? 900 : 740,
        path: `${BOOTSTRAP}${scheme === 'dark' ? '?dark' : ''}${ID}`,
      },
    ]),
  ),
];

mkdirSync('docs/hosts', { recursive: true });
mkdirSync('docs/render', { recursive: true });
const server = await startServer();
const { port } = server.address();
const origin = `http://127.0.0.1:${port}`;
execFileSync('node', [
  'bin/party-news.js',
  'render',
  'fixtures/feeds/seed.json',
  '--out',
  'dist/site',
  '--site-url',
  `${origin}/dist/site/`,
  '--base-url',
  `${origin}/fixtures/feeds/seed.json`,
]);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: CHROMIUM_FLAGS,
});
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      deviceScaleFactor: 1,
      timezoneId: 'America/New_York',
    });
    await page.goto(`http://127.0.0.1:${port}${shot.path}`, { waitUntil: 'networkidle' });
    // Every feed settled (cards, or the report in place), and every image decoded.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('party-news-feed')].every((feed) => {
        const report = feed.shadowRoot?.querySelector('party-news-report');
        return report?.shadowRoot?.querySelector('.title') || feed.shadowRoot?.querySelector('[part~="card"] .link');
      }),
    );
    await page.evaluate(async () => {
      const images = (root) => [
        ...root.querySelectorAll('img'),
        ...[...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? images(el.shadowRoot) : [])),
      ];
      // Lazy images load as the full-page capture scrolls; eager ones are waited for here.
      for (const img of images(document)) img.loading = 'eager';
      const settle = (img) => Promise.race([img.decode().catch(() => {}), new Promise((r) => setTimeout(r, 2000))]);
      await Promise.all(images(document).map(settle));
      scrollTo(0, 0);
    });
    await page.screenshot({ path: shot.file, fullPage: shot.fullPage ?? true });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
