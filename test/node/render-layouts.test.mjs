// `party-news render`'s index laid out as a portal's news page (#30): --layout featured, --tabs and
// --archive reach the written <party-news-feed>; the lead story is written out (its photo fetched
// first), the controls that need script wait for it, and the page, opened with script, adopts the
// markup and shows its tabs.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import { chromium } from 'playwright-core';

import { CHROMIUM_FLAGS } from '../../scripts/engines.mjs';

const run = (...args) =>
  promisify(execFile)('node', ['bin/party-news.js', ...args], { timeout: 60_000 }).catch((e) => e);
const FEED = 'fixtures/feeds/portal-news.json';
const SITE = [
  '--site-url',
  'https://dangbo.example.gov.vn/tin/',
  '--base-url',
  'https://dangbo.example.gov.vn/feeds/x.json',
];

describe('party-news render --layout featured --tabs --archive', () => {
  let out;
  let index;
  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'party-news-layouts-'));
    const result = await run('render', FEED, '--out', out, ...SITE, '--layout', 'featured', '--tabs', '--archive');
    assert.equal(result.code ?? 0, 0, result.stderr);
    index = readFileSync(join(out, 'index.html'), 'utf8');
  });

  it('writes the feed element with those options, and its lead story with its photo fetched first', () => {
    const element = index.match(/<party-news-feed [^>]*>/)[0];
    assert.match(element, / layout="featured"/);
    assert.match(element, / tabs[ >]/);
    assert.match(element, / archive[ >]/);
    const lead = index.match(/<article part="card lead"[\s\S]*?<\/article>/)?.[0];
    assert.ok(lead, 'the lead story is in the written markup');
    assert.match(lead, /fetchpriority="high"/);
    assert.match(lead, /loading="eager"/);
    assert.match(lead, /Đảng ủy Ngân hàng Nhà nước tỉnh Lạng Sơn/);
  });

  it('writes no tab, date input or button before the script runs', () => {
    assert.doesNotMatch(index, /<button|<input|role="tab"/);
  });

  it('adopts the markup with script, with no error, and then shows the tabs and the date input', async () => {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
    after(() => browser.close());
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Photos point at the portal's address, which does not exist here: they are not what is tested.
    await page.route(/^https:/, (route) => route.abort());
    await page.goto(pathToFileURL(join(out, 'index.html')).href);
    const shown = await page.waitForFunction(() => {
      const root = document.querySelector('party-news-feed')?.shadowRoot;
      const tabs = root?.querySelectorAll('[role="tab"]').length;
      return (
        tabs && { tabs, date: !!root.querySelector('input[type="date"]'), lead: !!root.querySelector('[part~="lead"]') }
      );
    });
    assert.deepEqual(await shown.jsonValue(), { tabs: 5, date: true, lead: true });
    assert.deepEqual(errors, []);
  });

  it('refuses a layout it does not know, with exit code 64', async () => {
    const result = await run('render', FEED, '--out', join(out, 'x'), ...SITE, '--layout', 'wide');
    assert.equal(result.code, 64);
    assert.match(result.stderr, /--layout is one of grid, list, compact, featured\./);
  });
});
