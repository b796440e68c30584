// `party-news check`, run as a CMS build or CI runs it: the built command in a child process,
// its output and exit code asserted, on feeds from files and from a real HTTP server.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';

import { partyNews } from './party-news-command.mjs';

const run = partyNews;
const FEEDS = 'test/fixtures/feeds';

describe('party-news check', () => {
  it('passes a good feed: the reference article feed, every item shown, exit 0', async () => {
    const { code, stdout } = await run('check', 'fixtures/feeds/seed.json');
    assert.equal(code, 0);
    assert.equal(
      stdout,
      'fixtures/feeds/seed.json: JSON Feed 1.1; relative URLs read against https://example.invalid/seed.json\n' +
        '4 items: 4 shown, 0 skipped; 0 problems. OK: every item will be shown.\n',
    );
  });

  it('names every problem of a broken feed by item and field, with what readers get, and exits 1', async () => {
    const { code, stdout } = await run('check', `${FEEDS}/broken-items.json`);
    assert.equal(code, 1);
    const lines = stdout.split('\n');
    assert.deepEqual(lines.slice(1, 11), [
      '  item 1 "bai-1"',
      '    image           shown without this field: "javascript:alert(1)" is not an allowed image URL (http, https, data:image or relative)',
      '  item 2 "bai-2"',
      '    title           skipped: is required',
      '  item 3 "bai-3"',
      '    date_published  shown, repaired: "30-03-2022 11:32": is not RFC 3339; read as D/M/Y; no time zone; read as Vietnam time (+07:00)',
      '  item 4 "bai-1"',
      '    id              skipped: duplicates an earlier item; the first is kept',
      '  item 5 "bai-5"',
      '    date_published  skipped: "không rõ ngày" is not a date (RFC 3339)',
    ]);
    assert.equal(lines[11], '5 items: 2 shown, 3 skipped; 5 problems. FAIL: 3 items will not be shown.');
  });

  it('reads a Vietnamese .NET CMS feed as the widget does: US dates read, e-mail bylines left out, exit 0', async () => {
    const { code, stdout } = await run('check', `${FEEDS}/vn-cms-dotnet.rss.xml`);
    assert.equal(code, 0);
    assert.match(stdout, /^test\/fixtures\/feeds\/vn-cms-dotnet\.rss\.xml: RSS 2\.0;/);
    assert.match(
      stdout,
      /item 1 "https:\/\/tinh\.example\.gov\.vn\/Default\.aspx\?tabid=120&ch=1&ItemID=4521"\n {4}authors {2}shown without this field: "bbt@tinh\.example\.gov\.vn" is an e-mail address, not a name; left out\n {4}pubDate {2}shown, repaired: "9\/16\/2026 10:30:00 AM": is not RFC 822; read as M\/D\/Y; no time zone; read as Vietnam time \(\+07:00\)\n/,
    );
    assert.match(stdout, /\n3 items: 3 shown, 0 skipped; 5 problems\. OK: every item will be shown\.\n$/);
  });

  it('says where the sapo of a description that holds the whole article came from', async () => {
    const { code, stdout } = await run('check', `${FEEDS}/vn-cms-dotnet-full.rss.xml`);
    assert.equal(code, 0);
    const notes = stdout.split('\n').filter((line) => line.includes('holds the whole article'));
    assert.deepEqual(
      notes.map((line) => line.trim().replace(/, in cards.*$/, '')),
      [
        'description  shown: holds the whole article: the sapo is its bold lead paragraph',
        'description  shown: holds the whole article: the sapo is its bold lead paragraph',
        'description  shown: holds the whole article: the sapo is its first sentences',
      ],
    );
  });

  it('says when RSS items are kept without a date, and what was repaired in ill-formed XML', async () => {
    const undated = await run('check', `${FEEDS}/dates-all-unreadable.rss.xml`);
    assert.equal(undated.code, 0);
    assert.match(undated.stdout, /pubDate {2}shown without a date: "hôm qua" is not a date \(RFC 822\)/);
    assert.match(undated.stdout, /4 items: 4 shown \(4 without a date\), 0 skipped; 4 problems\. OK/);
    const repaired = await run('check', `${FEEDS}/vn-cms-ill-formed.rss.xml`);
    assert.match(
      repaired.stdout,
      /\n {2}feed\n {4}xml {2}repaired: The feed is not well-formed XML; repaired: 2 bare "&" escaped/,
    );
    const broken = await run('check', `${FEEDS}/ill-formed-broken-item.rss.xml`);
    assert.equal(broken.code, 1);
    assert.match(broken.stdout, /\n {2}item 2\n {4}item {2}skipped: is not well-formed XML even after repair/);
  });

  it("says why an undated RSS item is skipped in the feed's own terms, and that a link or body would keep it", async () => {
    const { code, stdout } = await run('check', `${FEEDS}/dates-undated-no-link.rss.xml`);
    assert.equal(code, 1);
    const kept = 'an item with a link or a body is kept without a dateline; this one has neither';
    assert.match(stdout, new RegExp(`\\n {4}pubDate {2}skipped: is missing, and so is dc:date; ${kept}\\n`));
    assert.match(stdout, new RegExp(`\\n {4}pubDate {2}skipped: "hôm qua" is not a date \\(RFC 822\\); ${kept}\\n`));
    assert.match(stdout, /\n {4}pubDate {2}shown without a date: is missing; the item is shown without a dateline/);
    assert.doesNotMatch(stdout, /date_published|date_modified/);
    assert.match(stdout, /4 items: 2 shown \(1 without a date\), 2 skipped;/);
  });

  it('prints the same facts as JSON with --json, relative URLs read against --base-url', async () => {
    const { code, stdout } = await run(
      'check',
      `${FEEDS}/broken-items.json`,
      '--json',
      '--base-url',
      'https://dangbo.example.gov.vn/tin-tuc.json',
    );
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.deepEqual(
      { ok: report.ok, exitCode: report.exitCode, items: report.items, shown: report.shown, skipped: report.skipped },
      { ok: false, exitCode: 1, items: 5, shown: 2, skipped: 3 },
    );
    assert.equal(report.baseUrl, 'https://dangbo.example.gov.vn/tin-tuc.json');
    assert.deepEqual(
      report.problems.map((p) => [p.index, p.item, p.field, p.action]),
      [
        [0, 'bai-1', 'image', 'shown without this field'],
        [1, 'bai-2', 'title', 'skipped'],
        [2, 'bai-3', 'date_published', 'shown, repaired'],
        [3, 'bai-1', 'id', 'skipped'],
        [4, 'bai-5', 'date_published', 'skipped'],
      ],
    );
  });

  it('exits 2 for what is no feed, saying what readers see instead', async () => {
    const { code, stdout } = await run('check', 'package.json');
    assert.equal(code, 2);
    assert.equal(
      stdout,
      'package.json: invalid-shape: The feed has no "items" array.\n' +
        'Readers see: "Nguồn tin không đúng định dạng, chưa hiển thị được." ("The news source is not in a format that can be shown.").\n' +
        'FAIL: the feed cannot be read; no item will be shown.\n',
    );
    const missing = await run('check', 'no-such-feed.json');
    assert.equal(missing.code, 2);
    assert.match(missing.stdout, /^no-such-feed\.json: cannot be read \(ENOENT/);
  });

  it('exits 64 with the usage for a wrong command line', async () => {
    for (const args of [
      [],
      ['check'],
      ['render', 'x'],
      ['check', 'a.json', '--time-zone', 'Mars/Olympus'],
      ['check', '--nope'],
    ]) {
      const { code, stderr } = await run(...args);
      assert.equal(code, 64, args.join(' '));
      assert.match(stderr, /Usage: party-news <command>/);
    }
    const help = await run('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /check <file\|url>/);
  });

  describe('a feed from a URL', () => {
    let server;
    let base;
    const seed1258 = readFileSync('fixtures/feeds/seed-windows-1258.rss.xml');
    before(async () => {
      server = createServer((req, res) => {
        if (req.url === '/tin-tuc.rss') {
          res.writeHead(200, { 'content-type': 'application/rss+xml' });
          res.end(seed1258);
        } else if (req.url === '/huge.json') {
          // 11 MB with no Content-Length, written as fast as it is read, until the reader leaves.
          res.writeHead(200, { 'content-type': 'application/json' });
          const item = JSON.stringify({ id: 'x', title: 'Tin', content_html: `<p>${'a'.repeat(1000)}</p>` });
          let i = 0;
          const more = () => {
            while (i < 11_000 && !res.destroyed) if (!res.write(`${i++ ? ',' : '{"items":['}${item}`)) return;
            if (!res.destroyed) res.end(']}');
          };
          res.on('drain', more);
          more();
        } else if (req.url === '/moved') {
          res.writeHead(301, { location: '/tin-tuc.rss' });
          res.end();
        } else {
          res.writeHead(404, { 'content-type': 'text/plain' });
          res.end('not found');
        }
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => server.close());

    it('fetches it as the widget does (its own encoding, redirects), relative URLs read against where it ended', async () => {
      const { code, stdout } = await run('check', `${base}/moved`);
      assert.equal(code, 0);
      assert.equal(
        stdout,
        `${base}/moved: RSS 2.0; relative URLs read against ${base}/tin-tuc.rss\n` +
          '4 items: 4 shown, 0 skipped; 0 problems. OK: every item will be shown.\n',
      );
    });

    it("exits 2 on a feed over 10 MB (the widget's default max-bytes), saying what readers would see", async () => {
      const { code, stdout } = await run('check', `${base}/huge.json`);
      assert.equal(code, 2);
      assert.equal(
        stdout,
        `${base}/huge.json: too-large: The feed is over the limit of 10,485,760 bytes (max-bytes, default 10 MB); the portal should publish a shorter feed (fewer items, or teasers instead of whole articles).\n` +
          'Readers see: "Nguồn tin quá lớn (hơn 10 MB), chưa tải được. Cổng thông tin cần đăng nguồn tin ngắn hơn." ("The news source is too large (over 10 MB) to load. The portal should publish a shorter feed.").\n' +
          'FAIL: the feed cannot be read; no item will be shown.\n',
      );
    });

    it('exits 2 on an HTTP error, with its code', async () => {
      const { code, stdout } = await run('check', `${base}/khong-co.json`, '--json');
      assert.equal(code, 2);
      assert.deepEqual(JSON.parse(stdout).error, {
        code: 'http-404',
        message: 'The server answered 404 Not Found.',
        readersSee: 'Máy chủ nguồn tin báo lỗi, chưa tải được tin.',
      });
    });
  });
});
