// The server side of the docs test (test/docs/snippets.test.ts): every ```html snippet of README.md
// and docs/*.md, served as a page of its own on the test runner's origin, with what the snippets
// name served at the names they use: the script-tag bundle at /assets/party-news.iife.js, a
// portal's news feed at /tin-tuc.json, a news page at /tin-tuc/, two units' feeds and the file
// `party-news aggregate` merges them into. A snippet is run as a portal pastes it;
// the one change is the CDN's address, which points at the same file here (no network in tests),
// with the integrity value the docs tell you to fill in (the file's own sha384, as `npm run release`
// prints it).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const CDN = /https:\/\/(?:cdn\.jsdelivr\.net|unpkg\.com)\/npm\/party-news@[^/]+\/dist\/party-news\.iife\.js/g;

/** Every ```html block of the README and the guides, with the file and line it starts on. */
export function htmlSnippets() {
  const files = [
    'README.md',
    ...readdirSync('docs')
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  return files.flatMap((file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const found = [];
    lines.forEach((line, i) => {
      const fence = line.match(/^(\s*)```html\s*$/);
      if (!fence) return;
      const end = lines.findIndex((l, j) => j > i && l.trim() === '```');
      const html = lines
        .slice(i + 1, end)
        .map((l) => l.slice(fence[1].length))
        .join('\n');
      found.push({ id: `${file.replace(/\W+/g, '-')}-${i + 1}`, file, line: i + 1, html });
    });
    return found;
  });
}

const bundle = () => readFileSync('dist/party-news.iife.js');

// Two units' feeds as the docs name them, and the file `party-news aggregate` makes of them (the
// real command, run once, as a portal's scheduled job would).
const UNITS = {
  '/chi-bo-so-tai-chinh.json': 'test/fixtures/feeds/units/so-tai-chinh.json',
  '/dang-bo-kho-bac.rss': 'test/fixtures/feeds/units/kho-bac.rss.xml',
};
let merged;
function mergedFeed() {
  merged ??= (async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'party-news-docs-')), 'tin-cac-don-vi.json');
    const args = ['bin/party-news.js', 'aggregate', ...Object.values(UNITS), '--out', out];
    await promisify(execFile)('node', [...args, '--base-url', 'https://tinhuy.example.gov.vn/feeds/'], {
      timeout: 60_000,
    });
    return readFileSync(out, 'utf8');
  })();
  return merged;
}
const sri = () => `sha384-${createHash('sha384').update(bundle()).digest('base64')}`;

/** The snippet as a portal would publish it, in a page that records its script errors. */
function page(snippet) {
  const html = snippet.html.replace(CDN, '/assets/party-news.iife.js').replace(/sha384-…/g, sri());
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${snippet.file}:${snippet.line}</title>
    <script>window.pageErrors = []; addEventListener('error', (e) => pageErrors.push(String(e.message)));</script>
    </head><body><main>${html}</main></body></html>`;
}

export async function docSnippetsServer(ctx, next) {
  if (ctx.path === '/doc-snippets/list.json') {
    ctx.body = htmlSnippets().map(({ id, file, line }) => ({ id, file, line }));
  } else if (ctx.path.startsWith('/doc-snippets/page/')) {
    const snippet = htmlSnippets().find((s) => s.id === ctx.path.slice('/doc-snippets/page/'.length));
    if (!snippet) return next();
    ctx.type = 'text/html';
    ctx.body = page(snippet);
  } else if (ctx.path === '/assets/party-news.iife.js') {
    ctx.type = 'text/javascript; charset=utf-8';
    ctx.body = bundle();
  } else if (ctx.path === '/tin-tuc.json') {
    // A portal's news: the reference article and 13 more in four sections (tabs have something to
    // choose), its photos where the feed's relative URLs point from here.
    ctx.type = 'application/json';
    ctx.body = readFileSync('fixtures/feeds/portal-news.json', 'utf8').replaceAll('"../images/', '"/fixtures/images/');
  } else if (UNITS[ctx.path]) {
    ctx.type = ctx.path.endsWith('.rss') ? 'application/rss+xml' : 'application/json';
    ctx.body = readFileSync(UNITS[ctx.path], 'utf8');
  } else if (ctx.path === '/tin-cac-don-vi.json') {
    ctx.type = 'application/json';
    ctx.body = await mergedFeed();
  } else if (ctx.path === '/tin-tuc/') {
    ctx.type = 'text/html';
    ctx.body =
      '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức</title></head><body><h1>Tin tức</h1></body></html>';
  } else {
    return next();
  }
}
