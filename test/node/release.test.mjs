// `npm run release`: the download zip (scripts/release.mjs, over the dist/ that `npm test` builds
// first). Unpacked with the library that wrote it (fflate), its SHA256SUMS and the printed
// integrity value are checked against the files' bytes; its embed-example.html, served from the
// unpacked folder by a plain static server, must show the feed and open a report in Chromium with
// no request leaving that server, no failed request and no console error, and pass axe.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';

import { unzipSync } from 'fflate';
import { HtmlValidate } from 'html-validate';
import { chromium } from 'playwright-core';

import { CHROMIUM_FLAGS } from '../../scripts/engines.mjs';

const RELEASE = join(import.meta.dirname, '../../scripts/release.mjs');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
// A command that never exits is killed, and fails its test, instead of holding the run.
const release = (cwd = '.') => promisify(execFile)('node', [RELEASE], { cwd, timeout: 60_000 }).catch((e) => e);
const digest = (algorithm, bytes, encoding) => createHash(algorithm).update(bytes).digest(encoding);

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.txt': 'text/plain' };
/** Any static server: the folder's own files, nothing else (no index, no fallbacks). */
function serve(folder) {
  const names = new Set(readdirSync(folder));
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname.slice(1));
    if (!names.has(name)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(name)] ?? 'application/octet-stream' });
    res.end(readFileSync(join(folder, name)));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** axe's violations on the page as it is now, shadow roots included; none expected. */
async function assertAccessible(page, state) {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const { violations } = await page.evaluate(() => window.axe.run());
  const found = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], state);
}

/** Opens the example at `url`, waits for the cards of its inline `feed`, opens the first as a report. */
async function readExample(page, url, feed) {
  await page.goto(url);
  const titles = feed.items.map((item) => item.title);
  for (const title of titles)
    await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor({ timeout: 10_000 });
  // The note for readers whose browser did not run the script is in the page, and hidden now.
  const note = page.getByText('Chưa hiển thị được tin bài');
  assert.equal(await note.count(), 1);
  assert.ok(await note.isHidden(), 'the no-script note, once the feed runs');
  await assertAccessible(page, 'the list');

  await page.getByRole('link', { name: titles[0], exact: true }).click();
  await page.getByRole('heading', { level: 1, name: titles[0], exact: true }).waitFor({ timeout: 10_000 });
  assert.equal(new URL(page.url()).hash, `#party-news=${feed.items[0].id}`);
  // A body photo, carried in the page as a data: URL, shows.
  const photo = page.getByRole('figure').filter({ hasText: 'Quang cảnh Hội nghị tại phần thảo luận' }).locator('img');
  await photo.waitFor();
  assert.ok(await photo.evaluate((img) => img.decode().then(() => img.naturalWidth > 0)), 'the photo shows');
  await assertAccessible(page, 'the report');
}

describe('npm run release', () => {
  let stdout;
  let folder;
  const file = (name) => readFileSync(join(folder, name));
  before(async () => {
    const result = await release();
    assert.equal(result.code ?? 0, 0, result.stderr);
    stdout = result.stdout;
    folder = mkdtempSync(join(tmpdir(), 'party-news-release-'));
    const zip = `release/party-news-${version}.zip`;
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) writeFileSync(join(folder, name), bytes);
  });

  it('prints the zip it wrote, named for the version', () => {
    assert.match(stdout, new RegExp(`^party-news ${version}: release/party-news-${version}\\.zip \\(6 files, `));
  });

  it('holds, at its root, both bundles with their licence files, the example page and SHA256SUMS', () => {
    assert.deepEqual(readdirSync(folder).sort(), [
      'SHA256SUMS',
      'embed-example.html',
      'party-news.hydrate.iife.js',
      'party-news.hydrate.iife.js.LICENSE.txt',
      'party-news.iife.js',
      'party-news.iife.js.LICENSE.txt',
    ]);
    assert.ok(file('party-news.iife.js').equals(readFileSync('dist/party-news.iife.js')), 'the script as built');
  });

  it('has SHA256SUMS in sha256sum format, one right line for every other file', () => {
    const lines = file('SHA256SUMS').toString().split('\n');
    assert.equal(lines.pop(), '', 'ends with a newline');
    const sums = lines.map((line) => {
      const [, hex, name] = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line) ?? assert.fail(`not sha256sum format: ${line}`);
      assert.equal(digest('sha256', file(name), 'hex'), hex, name);
      return name;
    });
    assert.deepEqual(
      sums.sort(),
      readdirSync(folder)
        .filter((name) => name !== 'SHA256SUMS')
        .sort(),
    );
  });

  it("prints the script tag with the integrity of the script's exact bytes, as the example page has it", () => {
    const integrity = `sha384-${digest('sha384', file('party-news.iife.js'), 'base64')}`;
    const tag = `<script defer src="party-news.iife.js" integrity="${integrity}" crossorigin="anonymous"></script>`;
    assert.ok(stdout.includes(`Script tag: ${tag}\n`), stdout);
    assert.ok(file('embed-example.html').toString().includes(tag));
  });

  it('writes a valid example page', async () => {
    const report = await new HtmlValidate({ extends: ['html-validate:standard'] }).validateFile(
      join(folder, 'embed-example.html'),
    );
    assert.deepEqual(
      report.results.flatMap((r) => r.messages.map((m) => `${m.line}: ${m.ruleId} ${m.message}`)),
      [],
    );
  });

  describe('its example page, served from the unpacked folder', () => {
    let server;
    let browser;
    before(async () => {
      server = await serve(folder);
      browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
    });
    after(async () => {
      await browser?.close();
      server?.close();
    });

    it('shows the feed in its cards and opens a report, offline, with a quiet console and passing axe', async () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      const page = await browser.newPage();
      const problems = [];
      page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
      page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
      // Nothing but the folder: any other address is refused, and counts as a failed request.
      await page.route('**', (route) =>
        route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort(),
      );
      const html = file('embed-example.html').toString();
      const feed = JSON.parse(/<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)[1]);
      // The seed feed's articles, the reference report first.
      const seed = JSON.parse(readFileSync('fixtures/feeds/seed.json', 'utf8'));
      assert.deepEqual(
        feed.items.map((item) => item.title),
        seed.items.slice(0, 3).map((item) => item.title),
      );
      try {
        await readExample(page, `${origin}/embed-example.html`, feed);
      } catch (error) {
        // A blocked script (a wrong integrity value) shows as a timeout; its console line says why.
        error.message += `\nOn the page: ${problems.join('\n') || 'nothing'}`;
        throw error;
      }
      assert.deepEqual(problems, []);
    });
  });

  it('refuses, saying why, when the script-tag bundle has not been built', async () => {
    const result = await release(mkdtempSync(join(tmpdir(), 'party-news-unbuilt-')));
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^release: missing dist\/party-news\.iife\.js, .*; run `npm run build` first\.\n$/);
  });
});
