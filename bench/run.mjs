#!/usr/bin/env node
// `npm run bench`: the performance figures, measured in headless Chromium, each repeated and
// reported as a median, with ratios against a baseline measured in the same page and run.
// Prints; never asserts. Needs `npm run build` first (the script-tag bundle is what is measured).
import { execFileSync } from 'node:child_process';

import { chromium } from 'playwright-core';

import { CHROMIUM_FLAGS } from '../scripts/engines.mjs';
import { startServer } from '../scripts/serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

const server = await startServer();
const { port } = server.address();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: CHROMIUM_FLAGS,
});

async function page() {
  const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await p.goto(`http://127.0.0.1:${port}/bench/page.html`);
  await p.waitForFunction(() => window.bench && window.PartyNews);
  return p;
}

/** Runs each measure RUNS + 1 times, alternating them so all see the same machine state; medians without the warm-up. */
async function interleaved(p, runs, ...measures) {
  const times = measures.map(() => []);
  for (let i = 0; i < runs + 1; i++) {
    for (const [k, measure] of measures.entries()) times[k].push(await p.evaluate(measure));
  }
  return times.map((t) => median(t.slice(1)));
}

try {
  const p = await page();
  console.log(
    `party-news benchmarks — Chromium ${browser.version()}, median of ${RUNS} runs after a warm-up (${RUNS * 3} for first screens)\n`,
  );

  const [c, b] = await interleaved(
    p,
    RUNS,
    () => window.bench.cards(1000),
    () => window.bench.baseline(1000),
  );
  console.log(
    `1,000 cards (layout="list", page-size 1000): ${ms(c)}  plain-DOM baseline (same markup and CSS, light DOM): ${ms(b)}  ratio ${(c / b).toFixed(2)}x  (target ≤ 1.5x)`,
  );

  // A first screen takes a few milliseconds, so it is repeated more often than the rest.
  const [big, small] = await interleaved(
    p,
    RUNS * 3,
    () => window.bench.firstScreen(10000),
    () => window.bench.firstScreen(50),
  );
  console.log(
    `first screen, 10,000-item feed: ${ms(big)}  50-item feed: ${ms(small)}  ratio ${(big / small).toFixed(2)}x  (target ≤ 2x)`,
  );

  const norms = [];
  for (let i = 0; i < RUNS + 1; i++) norms.push(await p.evaluate(() => window.bench.normalize(10000)));
  const normalize = median(norms.slice(1).map((r) => r.normalize));
  const parse = median(norms.slice(1).map((r) => r.parse));
  console.log(
    `normalizeFeed, 10,000 items: ${ms(normalize)} = ${(normalize / 100).toFixed(3)} ms per 100 items (target < 1)  JSON.parse of the same text: ${ms(parse)}`,
  );

  console.log('\nbundle sizes:');
  console.log(
    execFileSync('node', ['scripts/size.mjs', '--report-only'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim(),
  );
  console.log('');
  console.log(execFileSync('node', ['scripts/size-breakdown.mjs'], { encoding: 'utf8' }).trim());
} finally {
  await browser.close();
  server.close();
}
