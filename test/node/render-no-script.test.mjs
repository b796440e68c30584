// Pages written by `party-news render`, read as a reader whose browser runs no script (JavaScript
// off in Chromium): they show only controls that work there, no <button> and no <input> (nor in
// the declarative shadow roots), the Facebook and Zalo share links, and a photo that fails to load
// as the quiet placeholder, never the broken-image icon. Opened from disk, the list stays in its
// folder, and with script there its cards still link to the pages beside it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import { chromium } from 'playwright-core';
// Playwright's own PNG reader (pngjs), to read a screenshot's pixels.
import { PNG } from 'playwright-core/lib/utilsBundle';

import { CHROMIUM_FLAGS } from '../../scripts/engines.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
const TYPE_SVG = { '.svg': 'image/svg+xml' };
/** The repository's fixtures (the feed's photos) and the written site, under /site/; 404 for anything else. */
function serve(site) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = path.startsWith('/site/') ? join(site, path.slice(6)) : path.startsWith('/fixtures/') && `.${path}`;
    if (!file || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': { ...TYPES, ...TYPE_SVG }[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const MISSING = ['../images/khong-con-anh.jpg', '../images/khong-con-anh-2.jpg'];
/** The seed feed, and a fifth article whose lead photo and body photo are both gone (404). */
function feedWithMissingPhotos() {
  const seed = JSON.parse(readFileSync('fixtures/feeds/seed.json', 'utf8'));
  seed.items.push({
    id: 'anh-hong',
    url: 'https://example.gov.vn/tin-tuc/anh-hong',
    title: 'Chi bộ Văn phòng sinh hoạt định kỳ tháng 4',
    summary: 'Chi bộ Văn phòng tổ chức sinh hoạt định kỳ, đánh giá công tác tháng 3.',
    content_html: `<p>Chi bộ đánh giá công tác tháng 3.</p><figure><img src="${MISSING[1]}" alt="Quang cảnh buổi sinh hoạt" width="600" height="400"><figcaption>Quang cảnh buổi sinh hoạt</figcaption></figure>`,
    image: { src: MISSING[0], alt: 'Đảng viên biểu quyết', width: 1200, height: 800 },
    date_published: '2022-04-05T08:00:00+07:00',
  });
  return seed;
}

/** Every element's name under the document, inside its (declarative) shadow roots too. */
const elementNames = (page) =>
  page.evaluate(() => {
    const names = [];
    const visit = (root) =>
      root.querySelectorAll('*').forEach((el) => {
        names.push(el.localName);
        if (el.shadowRoot) visit(el.shadowRoot);
        if (el.localName === 'template') visit(el.content);
      });
    visit(document);
    return names;
  });

/** The colour of the screenshot's pixel at (x, y), CSS pixels of the viewport. */
async function pixelAt(page, [x, y]) {
  const png = PNG.sync.read(await page.screenshot());
  const at = (Math.round(y) * png.width + Math.round(x)) * 4;
  return `rgb(${png.data[at]}, ${png.data[at + 1]}, ${png.data[at + 2]})`;
}
const PLACEHOLDER = 'rgb(246, 244, 241)';

describe('party-news render: pages read without script', () => {
  let out;
  let server;
  let origin;
  let browser;
  let page;
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'party-news-no-script-'));
    out = join(dir, 'site');
    writeFileSync(join(dir, 'tin-tuc.json'), JSON.stringify(feedWithMissingPhotos()));
    server = await serve(out);
    origin = `http://127.0.0.1:${server.address().port}`;
    // The feed as if served beside the fixtures, so its photos load from this server (and one does not).
    const args = ['render', join(dir, 'tin-tuc.json'), '--out', out, '--site-url', `${origin}/site/`];
    args.push('--base-url', `${origin}/fixtures/feeds/tin-tuc.json`);
    const result = await promisify(execFile)('node', ['bin/party-news.js', ...args], { timeout: 60_000 }).catch(
      (e) => e,
    );
    assert.equal(result.code ?? 0, 0, result.stderr);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 900 } });
    page = await context.newPage();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  const open = async (name) => {
    await page.goto(`${origin}/site/${name}`, { waitUntil: 'load' });
    // Script is off: no party-news element is defined, the browser's parser alone attached the shadow roots.
    assert.equal(await page.evaluate(() => customElements.get('party-news-report') ?? null), null);
    assert.ok(await page.evaluate(() => matchMedia('(scripting: none)').matches), 'the page knows it has no script');
  };

  for (const name of ['nhnn-lang-son-2022-03-30.html', 'anh-hong.html', 'index.html']) {
    it(`${name}: no button and no input, its shadow roots read`, async () => {
      await open(name);
      const names = await elementNames(page);
      assert.ok(names.includes('article'), 'the elements in their shadow roots are read');
      assert.deepEqual(
        names.filter((n) => n === 'button' || n === 'input'),
        [],
      );
      // The rows that hold the reader tools and the search box once script runs take no room.
      for (const row of await page.locator('.tools, .toolbar').all())
        assert.equal(await row.evaluate((el) => getComputedStyle(el).display), 'none');
    });
  }

  it('shares through plain Facebook and Zalo links, in the page as written', async () => {
    await open('nhnn-lang-son-2022-03-30.html');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    assert.equal(canonical, 'https://example.gov.vn/tin-tuc/nhnn-lang-son-2022-03-30');
    const facebook = page.getByRole('link', { name: 'Chia sẻ lên Facebook (mở cửa sổ mới)' });
    assert.equal(
      await facebook.getAttribute('href'),
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(canonical)}`,
    );
    const zalo = page.getByRole('link', { name: 'Chia sẻ qua Zalo (mở cửa sổ mới)' });
    assert.equal(await zalo.getAttribute('href'), `https://sp.zalo.me/share?url=${encodeURIComponent(canonical)}`);
    for (const link of [facebook, zalo]) assert.equal(await link.getAttribute('target'), '_blank');
  });

  it('shows a photo that fails to load as the placeholder, its size and alt kept, never the broken-image icon', async () => {
    await open('anh-hong.html');
    const photos = page.locator('party-news-report img');
    assert.equal(await photos.count(), 2);
    for (const [i, alt, ratio] of [
      [0, 'Đảng viên biểu quyết', 1.5],
      [1, 'Quang cảnh buổi sinh hoạt', 1.5],
    ]) {
      const img = photos.nth(i);
      await img.scrollIntoViewIfNeeded();
      await page.waitForFunction((el) => el.complete, await img.elementHandle());
      assert.equal(await img.evaluate((el) => el.naturalWidth), 0, 'the photo did not load');
      assert.equal(await img.getAttribute('alt'), alt);
      const box = await img.boundingBox();
      assert.ok(box.width > 100, `photo ${i} keeps its width (${box.width})`);
      assert.ok(
        Math.abs(box.width / box.height - ratio) < 0.02,
        `photo ${i} keeps its ratio (${box.width}×${box.height})`,
      );
      // Where the broken-image icon and the alt text would be drawn (its top left) and at its centre,
      // the placeholder's colour.
      assert.equal(await pixelAt(page, [box.x + 10, box.y + 10]), PLACEHOLDER, `photo ${i}, top left`);
      assert.equal(await pixelAt(page, [box.x + box.width / 2, box.y + box.height / 2]), PLACEHOLDER, `photo ${i}`);
    }
    // A photo that loads is not covered.
    await open('nhnn-lang-son-2022-03-30.html');
    const loaded = page.locator('party-news-report img').first();
    await page.waitForFunction((el) => el.complete, await loaded.elementHandle());
    assert.ok((await loaded.evaluate((el) => el.naturalWidth)) > 0);
    const box = await loaded.boundingBox();
    assert.notEqual(await pixelAt(page, [box.x + box.width / 2, box.y + box.height / 2]), PLACEHOLDER);
  });
});

describe('party-news render: the list opened from disk', () => {
  let out;
  let browser;
  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'party-news-from-disk-'));
    const args = [
      'render',
      'fixtures/feeds/seed.json',
      '--out',
      out,
      '--site-url',
      'https://dangbo.example.gov.vn/tin/',
    ];
    args.push('--base-url', 'https://dangbo.example.gov.vn/tin-tuc.json');
    const result = await promisify(execFile)('node', ['bin/party-news.js', ...args], { timeout: 60_000 }).catch(
      (e) => e,
    );
    assert.equal(result.code ?? 0, 0, result.stderr);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  });
  after(() => browser?.close());

  const index = () => pathToFileURL(join(out, 'index.html')).href;
  const beside = (name) => pathToFileURL(join(out, name)).href;
  // Nothing leaves the folder: the photos (on the portal) are refused, which these tests do not read.
  const offline = async (context) => {
    await context.route(/^https?:/, (route) => route.abort());
    return context.newPage();
  };

  it('without script, a card opens the page beside it', async () => {
    const page = await offline(await browser.newContext({ javaScriptEnabled: false }));
    await page.goto(index());
    await page.getByRole('link', { name: /^Đảng bộ Kho bạc/ }).click();
    await page.waitForURL(beside('kho-bac-tong-ket-xay-dung-dang-2022-01-20.html'));
    await page.getByRole('link', { name: /^← / }).click();
    await page.waitForURL(index());
  });

  it('with script, the list adopts its markup, its search box appears, and its cards still link beside it', async () => {
    const page = await offline(await browser.newContext());
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(index());
    const search = page.getByRole('searchbox', { name: 'Tìm tin' });
    await search.waitFor({ timeout: 10_000 });
    await search.fill('kho bac');
    const card = page.getByRole('link', { name: /^Đảng bộ Kho bạc/ });
    await page.getByText('Tìm thấy 1 tin').waitFor();
    // Re-rendered by the script after the search: the link is the file beside the list.
    assert.equal(await card.evaluate((a) => a.href), beside('kho-bac-tong-ket-xay-dung-dang-2022-01-20.html'));
    await card.click();
    await page.waitForURL(beside('kho-bac-tong-ket-xay-dung-dang-2022-01-20.html'));
    assert.deepEqual(
      errors.filter((e) => !/ERR_FAILED|net::/.test(e)),
      [],
    );
  });
});
