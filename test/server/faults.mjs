// A misbehaving feed server for the fetch-path tests, mounted in the test runner's own server
// (loopback only). Every route under /faults/ reproduces one way real portals fail.
import { readFileSync } from 'node:fs';

import { corpusPlan } from '../security/corpus/corpus.mjs';
import { hostileFeed, mixedTexts, payload } from './hostile.mjs';

const seed = () => readFileSync('fixtures/feeds/seed.json', 'utf8');
const hits = new Map();
/** Counts a request to `key`'s route (read back at /faults/hits/<key>); returns its number, from 1. */
const countHit = (key) => {
  const n = (hits.get(key) ?? 0) + 1;
  hits.set(key, n);
  return n;
};
const accepts = new Map();
const stored = new Map();
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
// Tests prove that a late response is ignored by ordering, not by sleeping: /faults/slow?key=K names
// a request; /faults/arrived/K answers once request K has reached this server; /faults/slow?after=K
// answers only after response K has been sent, or abandoned by its client.
const signals = new Map();
function signal(name) {
  let entry = signals.get(name);
  if (!entry) {
    let resolve;
    const promise = new Promise((r) => (resolve = r));
    signals.set(name, (entry = { promise, resolve }));
  }
  return entry;
}

/** A page under the strictest policy, recording violations, errors and sentinel calls, with the bundle. */
function strictPage(ctx, body) {
  ctx.set(
    'content-security-policy',
    // base-uri: not a fetch directive, so default-src does not cover it; strict policies set it.
    "default-src 'self'; script-src 'self'; style-src 'self'; base-uri 'none'; require-trusted-types-for 'script'",
  );
  ctx.type = 'text/html';
  ctx.body = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang nghiêm ngặt</title>
    <script src="/test/pages/record-violations.js"></script>
    <script src="/dist/party-news.iife.js"></script></head><body>${body}</body></html>`;
}

// Feeds whose bodies and descriptions hold a <base href> (the last item's in the XHTML namespace,
// written with a character reference): a parse that let one set a document's base URL would cost
// a strict page a base-uri report (Chromium sent one per <base>).
const BASE_TAG = '<base href="https://evil.example/">';
const BASE_BODY = `${BASE_TAG}<p>Đảng ủy phường họp <a href="tin/2">thường kỳ</a>.</p><p><base href="/x"/>Hội nghị kết thúc.</p>`;
const BASE_LEAD = `<p><strong>Đảng ủy phường họp thường kỳ tháng 9.</strong></p>${BASE_TAG}<p>Hội nghị nghe báo cáo.</p><p>Hội nghị kết thúc.</p>`;
const baseHrefFeeds = {
  json: [
    'application/json',
    JSON.stringify({
      title: 'base href',
      items: [
        {
          id: 'body',
          title: 'Trong nội dung',
          date_published: '2026-09-16T10:30:00+07:00',
          summary: `${BASE_TAG}Tin vắn`,
          content_html: BASE_BODY,
        },
        { id: 'lead', title: 'Trong tóm tắt', date_published: '2026-09-15T10:30:00+07:00', summary: BASE_LEAD },
      ],
    }),
  ],
  rss: [
    'application/rss+xml',
    `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>base href</title>
<item><title>Trong nội dung</title><guid isPermaLink="false">rss-body</guid><pubDate>9/16/2026 10:30:00 AM</pubDate>
<description><![CDATA[${BASE_TAG}Tin vắn <a href="tin/3">Xem thêm</a>]]></description><content:encoded><![CDATA[${BASE_BODY}]]></content:encoded></item>
<item><title>Trong mô tả</title><guid isPermaLink="false">rss-lead</guid><pubDate>9/15/2026 10:30:00 AM</pubDate>
<description>${BASE_LEAD.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</description></item>
<item><title>Thẻ thô</title><guid isPermaLink="false">rss-raw</guid><pubDate>9/14/2026 10:30:00 AM</pubDate>
<description>Tin vắn<base href="https://evil.example/"/></description></item>
<item><title>Không gian tên</title><guid isPermaLink="false">rss-ns</guid><pubDate>9/13/2026 10:30:00 AM</pubDate>
<description>Tin vắn<base xmlns="http&#58;//www.w3.org/1999/xhtml" href="https://evil.example/"/></description></item>
</channel></rss>`,
  ],
};

const routes = {
  // /faults/status/404, /faults/status/500 …
  status: async (ctx, [code]) => {
    ctx.status = Number(code);
    ctx.type = 'text/plain';
    ctx.body = `status ${code}`;
  },
  // /faults/flaky/<key>?fail=2&status=503: fails `fail` times, then serves the seed feed.
  flaky: async (ctx, [key]) => {
    const n = countHit(key);
    if (n <= Number(ctx.query.fail ?? 1)) {
      ctx.status = Number(ctx.query.status ?? 503);
      ctx.body = 'try later';
      return;
    }
    ctx.type = 'application/json';
    ctx.body = seed();
  },
  // /faults/once/<key>: the seed feed the first time, then 500 for ever: a portal that went down.
  once: async (ctx, [key]) => {
    const n = countHit(key);
    if (n > 1) {
      ctx.status = 500;
      ctx.body = 'down';
      return;
    }
    ctx.type = 'application/json';
    ctx.body = seed();
  },
  // /faults/hits/<key>: how many requests /faults/flaky/<key> (or /faults/counted/<key>) has had.
  hits: async (ctx, [key]) => {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(hits.get(key) ?? 0);
  },
  // /faults/accepts/<key>: the Accept header of each request /faults/counted/<key> has had, in order.
  accepts: async (ctx, [key]) => {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(accepts.get(key) ?? []);
  },
  // /faults/counted/<key>?status=404: counts requests and answers with that status.
  counted: async (ctx, [key]) => {
    countHit(key);
    accepts.set(key, [...(accepts.get(key) ?? []), ctx.get('accept')]);
    ctx.status = Number(ctx.query.status ?? 200);
    ctx.type = 'application/json';
    ctx.body = ctx.status === 200 ? seed() : 'nope';
  },
  // /faults/cors/<key>: the seed feed, counted, with the header a feed hosted for other portals needs.
  cors: async (ctx, [key]) => {
    countHit(key);
    ctx.set('access-control-allow-origin', '*');
    ctx.type = 'application/json';
    ctx.body = seed();
  },
  // Never answers (until the client gives up).
  hang: async (ctx) => {
    await new Promise((resolve) => ctx.req.on('close', resolve));
    ctx.respond = false;
  },
  // Headers at once, then a byte every 400 ms: only a timeout that covers the body catches it.
  trickle: async (ctx) => {
    ctx.respond = false;
    const res = ctx.res;
    res.writeHead(200, { 'content-type': 'application/json' });
    const text = seed();
    for (let i = 0; i < text.length && !res.destroyed; i++) {
      res.write(text[i]);
      await wait(400);
    }
    res.end();
  },
  // /faults/slow?ms=400&title=…: the seed feed late, its first title replaced, to tell responses
  // apart; key= and after= order it against other responses (see signal above).
  slow: async (ctx) => {
    const { key, after } = ctx.query;
    if (key) signal(`arrived ${key}`).resolve();
    if (after) await signal(`answered ${after}`).promise;
    await wait(Number(ctx.query.ms ?? 400));
    const feed = JSON.parse(seed());
    if (ctx.query.title) feed.items[0].title = String(ctx.query.title);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(feed);
    if (key) {
      const { resolve } = signal(`answered ${key}`);
      // Closed once sent; already closed when the client gave up waiting.
      if (ctx.res.closed || ctx.res.destroyed) resolve();
      else ctx.res.once('close', resolve);
    }
  },
  // /faults/arrived/<key>: answers once the request /faults/slow?key=<key> has arrived.
  arrived: async (ctx, [key]) => {
    await signal(`arrived ${key}`).promise;
    ctx.body = 'arrived';
  },
  redirect: async (ctx) => {
    ctx.redirect('/fixtures/feeds/seed.json');
  },
  'html-200': async (ctx) => {
    ctx.type = 'text/html';
    ctx.body =
      '<!DOCTYPE html><html lang="vi"><head><title>Bảo trì</title></head><body><p>Hệ thống đang bảo trì.</p></body></html>';
  },
  truncated: async (ctx) => {
    ctx.type = 'application/json';
    const text = seed();
    ctx.body = text.slice(0, Math.floor(text.length / 2));
  },
  'not-a-feed': async (ctx) => {
    ctx.type = 'application/xml';
    ctx.body =
      '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://example.gov.vn/</loc></url></urlset>';
  },
  'bad-xml': async (ctx) => {
    ctx.type = 'application/rss+xml';
    ctx.body =
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Tin</title><item><title>Không đóng thẻ</item></channel></rss>';
  },
  empty: async (ctx) => {
    ctx.type = 'application/feed+json';
    ctx.body = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Trống', items: [] });
  },
  // The windows-1258 RSS, with the charset only in the XML declaration (header says nothing).
  'windows-1258': async (ctx) => {
    ctx.set('content-type', 'application/rss+xml');
    ctx.body = readFileSync('fixtures/feeds/seed-windows-1258.rss.xml');
  },
  // The same bytes, with the charset in the Content-Type header.
  'windows-1258-header': async (ctx) => {
    ctx.set('content-type', 'text/xml; charset=windows-1258');
    ctx.body = readFileSync('fixtures/feeds/seed-windows-1258.rss.xml');
  },
  // Images beside the fault routes, so relative URLs in the feeds above resolve to real files.
  images: async (ctx, [name]) => {
    ctx.type = 'image/svg+xml';
    ctx.body = readFileSync(`fixtures/images/${name.replace(/[^\w.-]/g, '')}`);
  },
  // /faults/embed?script=defer&where=head: a plain portal page with the script-tag bundle where a
  // CMS template might put it, a feed by src (with fallback content) and a feed with inline JSON.
  // script=none leaves the tag out: the page as a reader without JavaScript gets it. key=K serves
  // the feed by src from /faults/counted/K, so a test can count the page's requests for it.
  // preload=crossorigin (or use-credentials, or bare: no crossorigin attribute) puts
  // <link rel="preload" as="fetch"> for that feed in <head>, before the script.
  embed: async (ctx) => {
    const src = ctx.query.key ? `/faults/counted/${encodeURIComponent(ctx.query.key)}` : '/fixtures/feeds/seed.json';
    const attrs = ['defer', 'async'].includes(ctx.query.script) ? ctx.query.script : '';
    const tag = ctx.query.script === 'none' ? '' : `<script ${attrs} src="/dist/party-news.iife.js"></script>`;
    const cors = { crossorigin: ' crossorigin', 'use-credentials': ' crossorigin="use-credentials"', bare: '' };
    const preload =
      ctx.query.preload in cors ? `<link rel="preload" href="${src}" as="fetch"${cors[ctx.query.preload]}>` : '';
    const inline = JSON.stringify({
      items: [
        {
          id: 'inline-1',
          title: 'Tin nhúng trực tiếp trong trang',
          date_published: '2022-04-01T08:00:00+07:00',
          summary: 'Không cần mạng.',
        },
      ],
    });
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin</title>
      <script>window.pageErrors = []; addEventListener('error', (e) => pageErrors.push(String(e.message)));</script>
      ${preload}${ctx.query.where === 'end' ? '' : tag}</head><body>
      <main><h1>Tin tức</h1>
        <party-news-feed id="remote" src="${src}" page-size="3" heading-level="2"><p id="fallback"><a href="/tin-tuc/">Xem tất cả tin tức</a></p></party-news-feed>
        <party-news-feed id="inline" layout="compact"><script type="application/json">${inline}</script></party-news-feed>
      </main>
      <aside id="side"></aside>
      ${ctx.query.where === 'end' ? tag : ''}</body></html>`;
  },
  // POST /faults/store/<key>?type=…: keeps the body; GET /faults/stored/<key> serves it back, so a
  // test can put any feed text (the XSS corpus in four formats) behind a real URL; ?ms=… serves it late.
  store: async (ctx, [key]) => {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    stored.set(key, { body: Buffer.concat(chunks), type: String(ctx.query.type ?? 'application/json') });
    ctx.body = 'stored';
  },
  stored: async (ctx, [key]) => {
    const entry = stored.get(key);
    if (!entry) return void (ctx.status = 404);
    countHit(key);
    await wait(Number(ctx.query.ms ?? 0));
    ctx.set('content-type', entry.type);
    ctx.body = entry.body;
  },
  // A portal page under the strictest policy party-news supports: no inline script or style, no
  // eval, and Trusted Types required for every HTML sink.
  strict: async (ctx) =>
    strictPage(
      ctx,
      `<party-news-feed id="json" src="/fixtures/feeds/seed.json" searchable page-size="2"></party-news-feed>
      <party-news-feed id="rss" src="/fixtures/feeds/seed.rss.xml" layout="compact"></party-news-feed>
      <party-news-feed id="atom" src="/fixtures/feeds/seed.atom.xml" layout="list"></party-news-feed>
      <party-news-feed id="ill-formed" src="/test/fixtures/feeds/ill-formed-broken-item.rss.xml"></party-news-feed>
      <party-news-feed id="entities" src="/test/fixtures/feeds/ill-formed-entities.rss.xml"></party-news-feed>
      <party-news-feed id="base-json" src="/faults/base-href/json"></party-news-feed>
      <party-news-feed id="base-rss" src="/faults/base-href/rss"></party-news-feed>
      <party-news-feed id="broken" src="/faults/status/500" retries="0"></party-news-feed>
      <party-news-feed id="empty" src="/faults/empty"></party-news-feed>
      <party-news-feed id="loading" src="/faults/hang" timeout="60000"></party-news-feed>
      <party-news-report id="report"></party-news-report>
      <party-news-related id="related"></party-news-related>`,
    ),
  // /faults/base-href/json, /faults/base-href/rss: the feeds above.
  'base-href': async (ctx, [format]) => {
    const [type, body] = baseHrefFeeds[format] ?? [];
    if (!body) return void (ctx.status = 404);
    ctx.type = type;
    ctx.body = body;
  },
  // /faults/strict-empty: the same policy over a page with the bundle, a sentinel and nothing else;
  // the large-corpus test puts its feeds and report in it.
  'strict-empty': async (ctx) => strictPage(ctx, '<main></main>'),
  // /faults/corpus: this run's sample of the large hostile corpus, with its seed and sources.
  corpus: async (ctx) => {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(corpusPlan());
  },
  // /faults/sequence/<key>?steps=ok,status-500,hang,…: the nth request behaves as the nth step (the
  // last step repeats), so one src can succeed, then fail in every way in turn.
  sequence: async (ctx, [key]) => {
    const steps = String(ctx.query.steps ?? 'ok').split(',');
    const step = steps[Math.min(countHit(key) - 1, steps.length - 1)];
    if (step === 'ok') return routes.slow(Object.assign(ctx, { query: { ms: '0' } }));
    if (step.startsWith('status-')) return routes.status(ctx, [step.slice(7)]);
    return routes[step](ctx, []);
  },
  // /faults/big?mb=5: a valid native feed of about that many megabytes.
  big: async (ctx) => {
    const target = Number(ctx.query.mb ?? 5) * 1024 * 1024;
    const base = JSON.parse(seed()).items[0];
    const items = [];
    let size = 0;
    for (let i = 0; size < target; i++) {
      const item = {
        ...base,
        id: `big-${i}`,
        related: [],
        date_published: new Date(Date.UTC(2022, 0, 1) + i * 60000).toISOString(),
      };
      size += JSON.stringify(item).length;
      items.push(item);
    }
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items });
  },
  // /faults/hostile?pattern=a&mb=1&format=rss: one item whose body is that pattern (see hostile.mjs)
  // repeated to that size; pattern=mixed: every pattern in every field of its own item, in all that size.
  hostile: async (ctx) => {
    const bytes = Number(ctx.query.mb ?? 1) * 1024 * 1024;
    const { pattern = 'a', format = 'json' } = ctx.query;
    const { type, body } =
      pattern === 'mixed'
        ? hostileFeed(format, mixedTexts(bytes), true)
        : hostileFeed(format, [payload(pattern, bytes)]);
    ctx.type = type;
    ctx.body = body;
  },
  // /faults/stream/<key>?mb=50: a valid native feed of that many megabytes, streamed in 64 KB
  // writes with no Content-Length (as a CMS generating it on the fly sends it), as fast as the
  // client reads; /faults/sent/<key> answers, once the stream ended or its client left, with how
  // many bytes were written: a client that stops reading stops the download.
  stream: async (ctx, [key]) => {
    ctx.respond = false;
    const res = ctx.res;
    const target = Number(ctx.query.mb ?? 50) * 1024 * 1024;
    const item = JSON.stringify({ ...JSON.parse(seed()).items[0], related: [] });
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    let sent = 0;
    let closed = false;
    res.once('close', () => (closed = true));
    // Resolves once the client has read what is buffered, or left.
    const drained = () =>
      new Promise((resolve) => {
        const done = () => (res.off('drain', done), res.off('close', done), resolve());
        res.on('drain', done);
        res.on('close', done);
      });
    const write = (text) => {
      sent += Buffer.byteLength(text);
      return res.write(text) || drained();
    };
    await write('{"version":"https://jsonfeed.org/version/1.1","items":[');
    for (let i = 0; sent < target && !closed;) {
      let chunk = '';
      while (chunk.length < 65536) chunk += `${i ? ',' : ''}${item.replace('"id":"', `"id":"stream-${i++}-`)}`;
      await write(chunk);
    }
    if (!closed) res.end(']}');
    hits.set(`sent ${key}`, sent);
    signal(`streamed ${key}`).resolve();
  },
  sent: async (ctx, [key]) => {
    await signal(`streamed ${key}`).promise;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(hits.get(`sent ${key}`));
  },
  // /faults/reset: forgets all counters.
  reset: async (ctx) => {
    hits.clear();
    accepts.clear();
    ctx.body = 'ok';
  },
};

export async function faultServer(ctx, next) {
  const match = /^\/faults\/([\w-]+)\/?(.*)$/.exec(ctx.path);
  if (!match || !routes[match[1]]) return next();
  ctx.set('cache-control', 'no-store');
  await routes[match[1]](ctx, match[2] ? match[2].split('/') : []);
}
