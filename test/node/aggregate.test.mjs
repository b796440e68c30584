// `party-news aggregate`, run as a portal's scheduled job runs it: the built command in a child
// process, on a feed file, an RSS feed from a real HTTP server and a URL that answers 500; the
// file it writes read back by `check` and by the widget's own reader.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import Ajv2020 from 'ajv/dist/2020.js';

import { partyNews } from './party-news-command.mjs';

const { readFeed } = await import('../../dist/node/server.js');
const schema = JSON.parse(readFileSync('schema/party-news-feed.schema.json', 'utf8'));
const validateFeed = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(schema);

const run = partyNews;
const UNITS = 'test/fixtures/feeds/units';
const STC = `${UNITS}/so-tai-chinh.json`;
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

describe('party-news aggregate', () => {
  let server;
  let base;
  let dir;
  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/kho-bac.rss') {
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
        res.end(readFileSync(`${UNITS}/kho-bac.rss.xml`));
      } else {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('lỗi máy chủ');
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
    dir = mkdtempSync(join(tmpdir(), 'party-news-aggregate-'));
  });
  after(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("merges a file, an RSS feed from a URL and a URL answering 500: the others' 5 articles written newest first, each naming its units; exit 2", async () => {
    const out = join(dir, 'named', 'tin-cac-don-vi.json');
    const names = ['Chi bộ Sở Tài chính', 'Đảng bộ Kho bạc Nhà nước tỉnh', 'Chi bộ Sở Xây dựng'];
    const sources = [STC, `${base}/kho-bac.rss`, `${base}/xay-dung.json`];
    const { code, stdout } = await run('aggregate', ...sources, '--out', out, ...names.flatMap((n) => ['--name', n]));
    assert.equal(code, 2);
    const feed = readJson(out);
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.title, 'Tin của 2 đơn vị');
    const [stc, khoBac] = names;
    assert.deepEqual(
      feed.items.map((item) => [item.date_published, item.title, item.units]),
      [
        ['2026-09-18T01:30:00.000Z', 'Chi bộ Sở Tài chính sinh hoạt chuyên đề quý III', [stc]],
        ['2026-09-17T03:00:00.000Z', 'Đảng bộ Kho bạc Nhà nước tỉnh học tập chuyên đề năm 2026', [khoBac]],
        // Published by both (the same page, its address written differently): once, as the first unit gave it.
        ['2026-09-15T07:00:00.000Z', 'Hội nghị liên tịch triển khai Nghị quyết Đại hội Đảng bộ tỉnh', [stc, khoBac]],
        ['2026-09-12T09:00:00.000Z', 'Trao Huy hiệu 30 năm tuổi Đảng cho đảng viên', [khoBac]],
        ['2026-09-10T02:00:00.000Z', 'Kết nạp đảng viên mới năm 2026', [stc]],
      ],
    );
    // Both units number an item 1001: the second unit's is kept apart.
    assert.deepEqual(
      feed.items.map((item) => item.id),
      ['1001', '2:1001', '1002', '2003', '1003'],
    );
    // The RSS body's relative photo, read against the address it was fetched from.
    assert.match(feed.items[1].content_html, new RegExp(`<img src="${base}/anh/hoc-tap-chuyen-de\\.jpg"`));
    assert.match(
      stdout,
      new RegExp(
        `\\nChi bộ Sở Xây dựng \\(${base}/xay-dung\\.json\\): http-500: The server answered 500 Internal Server Error\\.\\nReaders see: "Máy chủ nguồn tin báo lỗi, chưa tải được tin\\."`,
      ),
    );
    assert.match(stdout, /^Chi bộ Sở Tài chính \(test\/fixtures\/feeds\/units\/so-tai-chinh\.json\): JSON Feed 1\.1;/);
    assert.match(
      stdout,
      new RegExp(
        `\\nĐảng bộ Kho bạc Nhà nước tỉnh \\(${base}/kho-bac\\.rss\\): RSS 2\\.0; relative URLs read against ${base}/kho-bac\\.rss\\n`,
      ),
    );
    assert.equal(
      stdout.trimEnd().split('\n').at(-1),
      `Wrote ${out}: 5 articles from 2 of 3 units; 1 article published by more than one unit, kept once; ${Math.ceil(statSync(out).size / 1024)} kB. Not merged, 1 unit that could not be read: "Chi bộ Sở Xây dựng".`,
    );
    assert.deepEqual(readdirSync(join(dir, 'named')), ['tin-cac-don-vi.json'], 'no temporary file left beside it');
  });

  it("names a unit given no --name by its feed's title, else its address; --json gives one entry per source", async () => {
    const out = join(dir, 'titles.json');
    const sources = [STC, `${base}/kho-bac.rss`, `${base}/xay-dung.json`];
    const { code, stdout } = await run('aggregate', ...sources, '--out', out, '--name', 'Chi bộ STC', '--json');
    assert.equal(code, 2);
    const report = JSON.parse(stdout);
    assert.deepEqual(
      { ...report, sources: undefined },
      {
        ...{ out, written: true, title: 'Tin của 2 đơn vị', articles: 5, merged: 5, shared: 1 },
        ...{ bytes: statSync(out).size, overMaxBytes: false, ok: false, exitCode: 2, sources: undefined },
      },
    );
    assert.deepEqual(
      report.sources.map((s) => [s.name, s.source, s.exitCode, s.format ?? s.error.code]),
      [
        ['Chi bộ STC', STC, 0, 'JSON Feed 1.1'],
        ['Đảng bộ Kho bạc Nhà nước tỉnh', `${base}/kho-bac.rss`, 0, 'RSS 2.0'],
        [`${base}/xay-dung.json`, `${base}/xay-dung.json`, 2, 'http-500'],
      ],
    );
    assert.deepEqual(readJson(out).items[2].units, ['Chi bộ STC', 'Đảng bộ Kho bạc Nhà nước tỉnh']);
  });

  it('writes a feed the widget reads back, as the shipped schema describes: check exits 0, and every article keeps its units', async () => {
    const out = join(dir, 'readable.json');
    const merged = await run(
      'aggregate',
      STC,
      `${base}/kho-bac.rss`,
      '--out',
      out,
      '--title',
      'Tin các đơn vị khối cơ quan',
    );
    assert.equal(merged.code, 0);
    assert.match(
      merged.stdout,
      /\nWrote .*: 5 articles from 2 of 2 units; 1 article published by more than one unit, kept once; \d kB\.\n$/,
    );
    const { code, stdout } = await run('check', out);
    assert.equal(code, 0);
    assert.match(
      stdout,
      /: JSON Feed 1\.1;.*\n5 items: 5 shown, 0 skipped; 0 problems\. OK: every item will be shown\.\n$/,
    );
    assert.ok(validateFeed(readJson(out)), JSON.stringify(validateFeed.errors));
    const { feed } = await readFeed(out);
    assert.equal(feed.feed.title, 'Tin các đơn vị khối cơ quan');
    assert.deepEqual(
      feed.articles.map((a) => a.units),
      [
        ['Chi bộ Sở Tài chính'],
        ['Đảng bộ Kho bạc Nhà nước tỉnh'],
        ['Chi bộ Sở Tài chính', 'Đảng bộ Kho bạc Nhà nước tỉnh'],
        ['Đảng bộ Kho bạc Nhà nước tỉnh'],
        ['Chi bộ Sở Tài chính'],
      ],
    );
  });

  it("keeps RSS items without a date, as the widget does, and a feed's title another unit has gives way to its file name", async () => {
    // Many CMSs title every feed "Tin tức": the second one is named by its file.
    const other = join(dir, 'tin-tuc-van-phong.json');
    writeFileSync(
      other,
      JSON.stringify({
        title: 'Tin tức',
        items: [
          {
            id: 'vp-1',
            title: 'Chi bộ Văn phòng họp thường kỳ',
            url: 'https://vp.example.gov.vn/tin/1',
            date_published: '2026-09-16T08:00:00+07:00',
          },
        ],
      }),
    );
    const out = join(dir, 'undated.json');
    const merged = await run(
      'aggregate',
      'test/fixtures/feeds/dates-all-unreadable.rss.xml',
      other,
      '--out',
      out,
      '--json',
    );
    assert.equal(merged.code, 0);
    assert.deepEqual(
      JSON.parse(merged.stdout).sources.map((s) => s.name),
      ['Tin tức', 'tin-tuc-van-phong.json'],
    );
    const { code, stdout } = await run('check', out);
    assert.equal(code, 0);
    assert.match(stdout, /\n5 items: 5 shown \(4 without a date\), 0 skipped;/);
  });

  it('writes only the newest --max-items; exits 1, warning, for a file over the 10 MB the widget reads by default', async () => {
    const newest = join(dir, 'newest.json');
    const cut = await run('aggregate', STC, `${base}/kho-bac.rss`, '--out', newest, '--max-items', '2', '--json');
    assert.equal(cut.code, 0);
    assert.deepEqual([JSON.parse(cut.stdout).articles, JSON.parse(cut.stdout).merged], [2, 5]);
    assert.deepEqual(
      readJson(newest).items.map((item) => item.id),
      ['1001', '2:1001'],
    );
    // 4,000 reports of a large unit, each with a 2,900-character sapo: 11.8 MB merged.
    const big = join(dir, 'dang-bo-lon.json');
    const sapo = 'Đảng bộ tổ chức hội nghị sơ kết công tác xây dựng Đảng. '.repeat(50);
    const items = Array.from({ length: 4000 }, (_, i) => ({
      ...{ id: `bc-${i}`, title: `Báo cáo số ${i}`, url: `https://dangbolon.example.gov.vn/bao-cao/${i}` },
      ...{ summary: sapo, date_published: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() },
    }));
    writeFileSync(big, JSON.stringify({ title: 'Đảng bộ lớn', items }));
    const large = join(dir, 'large.json');
    const { code, stdout } = await run('aggregate', big, '--out', large);
    assert.equal(code, 1);
    assert.match(
      stdout,
      /: 4000 articles from 1 of 1 unit; 1\d\.\d MB\. WARNING: 1\d\.\d MB is over the 10 MB <party-news-feed> reads by default \(max-bytes\): keep the newest with --max-items, or raise max-bytes\.\n$/,
    );
    assert.ok(statSync(large).size > 10 * 1024 * 1024);
  });

  it("exits 1 when a source's item is skipped, its problems reported under the unit's name", async () => {
    const out = join(dir, 'skipped.json');
    const broken = 'test/fixtures/feeds/broken-items.json';
    const args = [
      'aggregate',
      STC,
      broken,
      '--out',
      out,
      '--name',
      'Chi bộ Sở Tài chính',
      '--name',
      'Chi bộ Văn phòng',
    ];
    const { code, stdout } = await run(...args, '--base-url', 'https://dangbo.example.gov.vn/tin-tuc.json');
    assert.equal(code, 1);
    assert.match(
      stdout,
      /\nChi bộ Văn phòng \(test\/fixtures\/feeds\/broken-items\.json\): party-news JSON;[^\n]*\n {2}item 1 "bai-1"\n/,
    );
    assert.match(stdout, /\n {2}item 2 "bai-2"\n {4}title +skipped: is required\n/);
    assert.match(stdout, /\n5 items: 2 shown, 3 skipped; 5 problems\. FAIL: 3 items will not be shown\.\n/);
    assert.match(stdout, /\nWrote \S+skipped\.json: 5 articles from 2 of 2 units; \d kB\.\n$/);
    assert.equal(readJson(out).items.length, 5);
  });

  it('writes nothing when no source can be read, leaving the last good file served; exit 2', async () => {
    const out = join(dir, 'kept.json');
    writeFileSync(out, '{"items":[]}');
    const { code, stdout } = await run('aggregate', `${base}/xay-dung.json`, 'khong-co.json', '--out', out);
    assert.equal(code, 2);
    assert.match(stdout, /\nkhong-co\.json: cannot be read \(ENOENT/);
    assert.match(stdout, /\nNothing written: no source could be read; .*kept\.json is left as it was\.\n$/);
    assert.equal(readFileSync(out, 'utf8'), '{"items":[]}');
  });

  it('exits 73 when the file cannot be written, after the report, leaving no temporary file', async () => {
    const out = join(dir, 'a-folder');
    mkdirSync(join(out, 'inside'), { recursive: true });
    const { code, stdout } = await run('aggregate', STC, '--out', out);
    assert.equal(code, 73);
    assert.match(stdout, /^Chi bộ Sở Tài chính \(.*\n3 items: 3 shown/);
    assert.match(stdout, /\n\S*a-folder: cannot be written \(E[A-Z]+: /);
    assert.deepEqual(
      readdirSync(dir).filter((name) => name.endsWith('.tmp')),
      [],
    );
  });

  it('exits 64 with the usage for a wrong command line, writing nothing', async () => {
    const out = join(dir, 'usage.json');
    for (const args of [
      ['aggregate', '--out', out],
      ['aggregate', STC],
      ['aggregate', STC, '--out', out, '--name', 'A', '--name', 'B'],
      ['aggregate', STC, '--out', out, '--name', ' '],
      ['aggregate', STC, '--out', out, '--timeout', 'mười'],
      ['aggregate', STC, '--out', out, '--max-items', '0'],
      // A file's relative links would point nowhere without --base-url.
      ['aggregate', STC, `${UNITS}/kho-bac.rss.xml`, '--out', out],
    ]) {
      const { code, stderr } = await run(...args);
      assert.equal(code, 64, args.join(' '));
      assert.match(stderr, /Usage: party-news <command>/);
    }
    assert.throws(() => readFileSync(out), { code: 'ENOENT' });
    const { stderr } = await run('aggregate', STC, `${UNITS}/kho-bac.rss.xml`, '--out', out);
    assert.match(
      stderr,
      /kho-bac\.rss\.xml has relative URLs \(e\.g\. "\/anh\/hoc-tap-chuyen-de\.jpg"\); add --base-url/,
    );
  });
});
