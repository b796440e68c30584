// The first screen a reader on a phone waits for (#28): the demo page loaded cold, on a throttled
// phone profile, embedded three ways. `head`: the library's script tag in <head> with nothing else
// (how portals first wrote it; it blocks the page until it has run, and the feed is asked for only
// then); `defer`: the same tag with defer; `preload`: the demo as it is, defer and
// <link rel="preload" as="fetch" crossorigin> for its main feed, which then downloads with the
// script instead of after it. Times are from the start of navigation: the masthead (the page's
// first contentful paint) and the first card of the main feed painted (as bench/measures.js
// measures painted: the frame that shows it, then a task). The server counts the requests for the
// feeds, so the preload's claim (each feed downloaded once) is checked in the same run.
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';

export const PHONE = { cpu: 4, rttMs: 150, downKbps: 1600, upKbps: 750, width: 412, height: 823, scale: 1.75 };
export const PHONE_LABEL =
  `phone profile (${PHONE.cpu}x CPU, ${PHONE.rttMs} ms RTT, ${PHONE.downKbps / 1000} Mbps down/` +
  `${PHONE.upKbps} kbps up, ${PHONE.width}×${PHONE.height})`;

export const EMBEDS = ['head', 'defer', 'preload'];
const FEEDS = ['portal-news.json', 'seed.rss.xml'];
const PRELOADS = /\s*<link rel="preload" href="[^"]*" as="fetch" crossorigin \/>/g;
const LIBRARY = '<script src="../dist/party-news.iife.js" defer></script>';

/** Requests for each demo feed since the last reset. */
export const feedRequests = new Map();

/**
 * Middleware for scripts/serve.mjs: counts the requests for the demo's feeds, and serves
 * /demo/?embed=defer as the demo without its preload link, /demo/?embed=head without defer too.
 * A demo edited so that these no longer apply fails the benchmark instead of measuring the same page thrice.
 */
export async function demoVariants(ctx, next) {
  const feed = FEEDS.find((name) => ctx.path === `/fixtures/feeds/${name}`);
  if (feed) feedRequests.set(feed, (feedRequests.get(feed) ?? 0) + 1);
  await next();
  const { embed } = ctx.query;
  if (ctx.path !== '/demo/' || !['head', 'defer'].includes(embed) || ctx.status !== 200) return;
  const html = (ctx.body instanceof Readable ? await buffer(ctx.body) : Buffer.from(ctx.body)).toString('utf8');
  if (!html.match(PRELOADS) || !html.includes(LIBRARY))
    throw new Error('bench/phone.mjs: demo/index.html no longer has the preload link and deferred script it expects');
  const plain = html.replace(PRELOADS, '');
  ctx.body = embed === 'head' ? plain.replace(LIBRARY, LIBRARY.replace(' defer', '')) : plain;
}

/**
 * Runs in the page before its own scripts: records when the main feed's first card is painted, and
 * every layout shift of the load (the featured block's lead and list must land in the space held).
 */
function watchFirstCard() {
  const times = (window.phoneBench = { shift: 0 });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) times.shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  // measures.js's task(), written again: Playwright runs this function from its source in the
  // page, before any page script, so it can reach nothing outside itself.
  const task = () =>
    globalThis.scheduler?.postTask?.(() => {}, { priority: 'user-blocking' }) ??
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(0);
    });
  // Checked once a frame: the frame whose callback first finds the card is the one that shows it.
  const watch = () => {
    if (document.getElementById('news')?.shadowRoot?.querySelector('[part~="card"]'))
      task().then(() => (times.card = performance.now()));
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}

/** One cold load of the demo embedded as `embed`: masthead and first card in ms, and the feeds' requests. */
async function loadOnce(browser, port, embed) {
  const context = await browser.newContext({
    viewport: { width: PHONE.width, height: PHONE.height },
    deviceScaleFactor: PHONE.scale,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchFirstCard);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE.rttMs,
      downloadThroughput: (PHONE.downKbps * 1000) / 8,
      uploadThroughput: (PHONE.upKbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
    feedRequests.clear();
    await page.goto(`http://127.0.0.1:${port}/demo/${embed === 'preload' ? '' : `?embed=${embed}`}`, {
      waitUntil: 'commit',
    });
    await page.waitForFunction(() => window.phoneBench.card, null, { polling: 100, timeout: 60_000 });
    // Both feeds shown: every request for them has been made.
    await page.waitForFunction(
      () => ['news', 'latest'].every((id) => document.getElementById(id).shadowRoot?.querySelector('[part~="card"]')),
      null,
      { polling: 100, timeout: 60_000 },
    );
    // A shift is reported a frame after it happens: two frames more before reading the sum.
    const { card, masthead, shift } = await page.evaluate(async () => {
      for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
      return {
        card: window.phoneBench.card,
        masthead: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        shift: window.phoneBench.shift,
      };
    });
    return { card, masthead, shift, requests: FEEDS.map((name) => feedRequests.get(name) ?? 0) };
  } finally {
    await context.close();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Each embed loaded `runs` times after a warm-up (the server's first reads), the embeds
 * alternating so all see the same machine state. Per embed: median masthead and first card (ms),
 * the largest layout shift (CLS) of any run, and the most requests any run made for each feed.
 */
export async function phoneFirstScreen(browser, port, runs) {
  const loads = Object.fromEntries(EMBEDS.map((embed) => [embed, []]));
  for (let i = 0; i < runs + 1; i++)
    for (const embed of EMBEDS) {
      const load = await loadOnce(browser, port, embed);
      if (i > 0) loads[embed].push(load);
    }
  return Object.fromEntries(
    EMBEDS.map((embed) => {
      const all = loads[embed];
      return [
        embed,
        {
          masthead: median(all.map((l) => l.masthead)),
          card: median(all.map((l) => l.card)),
          shift: Math.max(...all.map((l) => l.shift)),
          requests: FEEDS.map((_, k) => Math.max(...all.map((l) => l.requests[k]))),
        },
      ];
    }),
  );
}
