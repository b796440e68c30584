// The server side of the pre-rendering tests: a feed posted to /render-site/<key> is written to
// static pages by the real `party-news render` command (bin/party-news.js, built by `npm run
// build`), and those pages are served from /render-site/<key>/<file>, on the test runner's origin.
import { execFile } from 'node:child_process';
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

export async function renderSiteServer(ctx, next) {
  const match = /^\/render-site\/([^/]+)\/?(.*)$/.exec(ctx.path);
  if (!match || !KEY.test(match[1])) return next();
  const [, key, file] = match;
  ctx.set('cache-control', 'no-store');
  if (ctx.method === 'POST') {
    const feed = join(root, `${key}.json`);
    writeFileSync(feed, await readBody(ctx.req));
    const origin = `http://${ctx.host}`;
    const args = [
      'bin/party-news.js',
      'render',
      feed,
      '--out',
      join(root, key),
      '--site-url',
      `${origin}/render-site/${key}/`,
    ];
    // Relative URLs in the posted feed resolve as if it were the seed feed, so its photos load.
    args.push(
      '--base-url',
      `${origin}/fixtures/feeds/seed.json`,
      ...(ctx.query.lang ? ['--lang', ctx.query.lang] : []),
    );
    const started = Date.now();
    const result = await promisify(execFile)('node', args, { maxBuffer: 1 << 24 }).catch((e) => e);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({
      exitCode: result.code ?? 0,
      stdout: result.stdout,
      stderr: result.stderr,
      ms: Date.now() - started,
    });
    return;
  }
  if (!/^[\w.-]+(\/[\w.-]+)?$/.test(file) || file.includes('..')) return next();
  try {
    ctx.body = readFileSync(join(root, key, file));
    ctx.type = file.endsWith('.css') ? 'text/css' : 'text/html';
  } catch {
    ctx.status = 404;
  }
}
