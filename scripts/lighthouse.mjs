#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse 12.2.3 (pinned: 13 needs Node 22) against the built demo page,
// with Debian's Chromium. Prints the performance and accessibility scores and the CLS.
// Targets: performance ≥ 95, accessibility 100, CLS 0.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

import { startServer } from './serve.mjs';

const FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
mkdirSync('docs/lighthouse', { recursive: true });
const server = await startServer();
const { port } = server.address();
const results = [];
try {
  for (const [name, path] of [
    ['feed', '/demo/'],
    ['report', '/demo/#party-news=nhnn-lang-son-2022-03-30'],
  ]) {
    const out = `docs/lighthouse/${name}.json`;
    // Asynchronously: the demo server runs in this process and must keep answering meanwhile.
    const status = await new Promise((resolve) =>
      spawn(
        'npx',
        [
          '-y',
          'lighthouse@12.2.3',
          `http://127.0.0.1:${port}${path}`,
          '--quiet',
          `--chrome-flags=${FLAGS}`,
          '--only-categories=performance,accessibility,best-practices',
          '--output=json',
          `--output-path=${out}`,
        ],
        { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } },
      ).on('exit', resolve),
    );
    if (status !== 0) throw new Error(`lighthouse failed on ${path}`);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const score = (c) => Math.round((report.categories[c]?.score ?? 0) * 100);
    results.push({
      page: path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      CLS: report.audits['cumulative-layout-shift'].numericValue,
      LCP: `${Math.round(report.audits['largest-contentful-paint'].numericValue)} ms`,
      TBT: `${Math.round(report.audits['total-blocking-time'].numericValue)} ms`,
    });
  }
} finally {
  server.close();
}
console.table(results);
