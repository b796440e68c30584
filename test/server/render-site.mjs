// The server side of the pre-rendering tests: a feed posted to /render-site is written to
// static pages by the real `party-news render` command (bin/party-news.js, built by `npm run
// build`), and those pages are served from /render-site/<key>/<file> (the answer names the site),
// on the test runner's origin.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = mkdtempSync(join(tmpdir(), 'party-news-sites-'));
const KEY = /^[\w-]{1,64}$/;

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Renders of identical feeds are shared (the three engines post the same ones): body hash → result. */
const renders = new Map();

function render(body, origin) {
  const key = createHash('sha256').update(body).digest('hex').slice(0, 20);
  if (!renders.has(key)) {
    const feed = join(root, `${key}.json`);
    writeFileSync(feed, body);
    // Relative URLs in the posted feed resolve as if it were the seed feed, so its photos load.
    const args = ['bin/party-news.js', 'render', feed, '--out', join(root, key)];
    args.push('--site-url', `${origin}/render-site/${key}/`, '--base-url', `${origin}/fixtures/feeds/seed.json`);
    const started = Date.now();
    const done = promisify(execFile)('node', args, { maxBuffer: 1 << 24, timeout: 120_000 })
      .catch((e) => e)
      .then((r) => ({
        site: `/render-site/${key}`,
        exitCode: r.code ?? 0,
        stdout: r.stdout,
        stderr: r.stderr,
        ms: Date.now() - started,
      }));
    renders.set(key, done);
  }
  return renders.get(key);
}

export async function renderSiteServer(ctx, next) {
  if (ctx.method === 'POST' && ctx.path === '/render-site') {
    ctx.set('cache-control', 'no-store');
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(await render(await readBody(ctx.req), `http://${ctx.host}`));
    return;
  }
  const match = /^\/render-site\/([^/]+)\/?(.*)$/.exec(ctx.path);
  if (!match || !KEY.test(match[1])) return next();
  const [, key, file] = match;
  ctx.set('cache-control', 'no-store');
  if (!/^[\w.-]+(\/[\w.-]+)?$/.test(file) || file.includes('..')) return next();
  try {
    ctx.body = readFileSync(join(root, key, file));
    ctx.type = file.endsWith('.css') ? 'text/css' : 'text/html';
  } catch {
    ctx.status = 404;
  }
}
