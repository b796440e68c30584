#!/usr/bin/env node
// Screenshots of what a reader sees: the seed report in the demo portal at desktop and phone
// widths, written to docs/ for the README. Needs `npm run build` first and Debian's Chromium.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const SHOTS = [
  { file: 'docs/report-1280.png', width: 1280, height: 900, path: '/demo/?id=nhnn-lang-son-2022-03-30' },
  { file: 'docs/report-360.png', width: 360, height: 740, path: '/demo/?id=nhnn-lang-son-2022-03-30' },
  { file: 'docs/list-1280.png', width: 1280, height: 900, path: '/demo/', fullPage: false },
];

mkdirSync('docs', { recursive: true });
const server = await startServer();
const { port } = server.address();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, deviceScaleFactor: 1, timezoneId: 'America/New_York' });
    await page.goto(`http://127.0.0.1:${port}${shot.path}`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => {
      const report = document.querySelector('party-news-report');
      const cards = document.querySelectorAll('party-news-card');
      return (report && !report.hidden && report.shadowRoot?.querySelector('h1')) || (cards.length && cards[cards.length - 1].shadowRoot?.querySelector('a'));
    });
    await page.evaluate(() => Promise.all([...document.images].map((i) => i.decode().catch(() => {}))));
    await page.screenshot({ path: shot.file, fullPage: shot.fullPage ?? true });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
