#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse 12.2.3 (pinned: 13 needs Node 22) against the built demo, the
// feed and a report, with Debian's Chromium. Prints each score and CLS with its target; the
// benchmarks (bench/run.mjs) run it too. Reports are written to docs/lighthouse/ (not committed).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { startServer } from './serve.mjs';

const FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
export const PAGES = [
  ['demo feed', '/demo/'],
  ['demo report', '/demo/#party-news=nhnn-lang-son-2022-03-30'],
];
export const TARGETS = { performance: 100, accessibility: 100, 'best-practices': 100 };

/** Runs Lighthouse on each demo page served at `port`; resolves to their scores and metrics. */
export async function lighthouse(port) {
  mkdirSync('docs/lighthouse', { recursive: true });
  const results = [];
  for (const [name, path] of PAGES) {
    const out = `docs/lighthouse/${name.replace(' ', '-')}.json`;
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
    const metric = (a) => report.audits[a].numericValue;
    results.push({
      page: name,
      ...Object.fromEntries(Object.keys(TARGETS).map((c) => [c, score(c)])),
      CLS: metric('cumulative-layout-shift'),
      FCP: Math.round(metric('first-contentful-paint')),
      LCP: Math.round(metric('largest-contentful-paint')),
      TBT: Math.round(metric('total-blocking-time')),
      // What kept the score from 100, if anything: audits that did not pass, by their titles.
      failing: Object.values(report.audits)
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
        .map((a) => a.id),
    });
  }
  return results;
}

/** One line per page: each score against its target, then CLS 0. */
export function lighthouseLines(results, verdict) {
  return results.map(
    (r) =>
      `Lighthouse, ${r.page}: ${Object.entries(TARGETS)
        .map(([c, target]) => `${c} ${r[c]} ${verdict(r[c] >= target)}`)
        .join(', ')}; CLS ${r.CLS.toFixed(3)} ${verdict(r.CLS === 0)}  (targets 100, 100, 100, CLS 0; ` +
      `FCP ${r.FCP} ms, LCP ${r.LCP} ms, TBT ${r.TBT} ms${r.failing.length ? `; below 0.9: ${r.failing.join(', ')}` : ''})`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startServer();
  try {
    const results = await lighthouse(server.address().port);
    console.log(lighthouseLines(results, (ok) => (ok ? 'PASS' : 'FAIL')).join('\n'));
  } finally {
    server.close();
  }
}
