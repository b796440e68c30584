// `party-news render`: static article pages for sharing, as a portal's build would make them. The
// pages' HTML is read as crawlers and link-preview fetchers read it (no script runs), validated
// with html-validate, and its Open Graph, Twitter, canonical and JSON-LD tags asserted.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';

import { HtmlValidate } from 'html-validate';

const SITE = 'https://dangbo.example.gov.vn/tin/';
// A command that never exits is killed, and fails its test, instead of holding the run.
const run = (...args) =>
  promisify(execFile)('node', ['bin/party-news.js', ...args], { timeout: 60_000 }).catch((e) => e);

/** The content of every <meta> with this property or name. */
const metas = (html, key) =>
  [...html.matchAll(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`, 'g'))].map((m) => m[1]);
const one = (html, key) => {
  const found = metas(html, key);
  assert.equal(found.length, 1, `one ${key}`);
  return found[0];
};
/** Text with Lit's part markers and tags taken out, entities read. */
const textOf = (html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('party-news render', () => {
  let out;
  let page;
  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'party-news-render-'));
    const result = await run(
      'render',
      'fixtures/feeds/seed.json',
      '--out',
      out,
      '--site-url',
      SITE,
      '--base-url',
      'https://dangbo.example.gov.vn/tin-tuc.json',
    );
    assert.equal(result.code ?? 0, 0, result.stderr);
    assert.equal(
      result.stdout,
      `fixtures/feeds/seed.json: wrote 4 article pages and index.html to ${out} (for ${SITE}; relative URLs read against https://dangbo.example.gov.vn/tin-tuc.json).\n`,
    );
    page = readFileSync(join(out, 'nhnn-lang-son-2022-03-30.html'), 'utf8');
  });

  it('writes a page per article, the list, their stylesheet and script', () => {
    assert.deepEqual(readdirSync(out).sort(), [
      'assets',
      'chi-bo-so-tai-chinh-sinh-hoat-2022-03-10.html',
      'dang-uy-khoi-hoc-tap-nghi-quyet-2022-03-15.html',
      'index.html',
      'kho-bac-tong-ket-xay-dung-dang-2022-01-20.html',
      'nhnn-lang-son-2022-03-30.html',
    ]);
    assert.deepEqual(readdirSync(join(out, 'assets')).sort(), [
      'page.css',
      'party-news.hydrate.iife.js',
      'party-news.hydrate.iife.js.LICENSE.txt',
    ]);
  });

  it('holds the reference report in the HTML itself: title, dateline, captions, byline, related titles', () => {
    assert.match(page, /<party-news-report [^>]*><template shadowroot="open" shadowrootmode="open">/);
    const text = textOf(page);
    assert.match(text, /Đảng ủy Ngân hàng Nhà nước tỉnh Lạng Sơn tổ chức Hội nghị sinh hoạt chuyên đề/);
    assert.match(page, /<time {0,3}datetime="2022-03-30T04:32:00\.000Z">(<!--lit-part-->)?30-03-2022 11:32/);
    assert.match(text, /Đồng chí Trương Thu Hòa – Bí thư Đảng ủy, Giám đốc Chi nhánh phát biểu tại Hội nghị/);
    assert.match(text, /Quang cảnh Hội nghị tại phần thảo luận/);
    assert.match(text, /Tác giả : Nguyễn Thị Thu Giang , Đảng bộ Ngân hàng Nhà nước tỉnh Lạng Sơn/);
    assert.match(text, /Tin liên quan .*Đảng ủy Khối các cơ quan tỉnh Lạng Sơn tổ chức hội nghị học tập/);
    // Related news on this site: the page beside this one, by its file name.
    assert.match(page, /<a part="link" class="link" href="chi-bo-so-tai-chinh-sinh-hoat-2022-03-10\.html" *>/);
    // Photos with absolute addresses, resolved against the feed's URL.
    assert.match(page, /src="https:\/\/dangbo\.example\.gov\.vn\/images\/hoi-nghi-phat-bieu\.svg"/);
  });

  it('gives link previews and search engines what they read: title, description, Open Graph, Twitter, canonical, JSON-LD', () => {
    assert.match(page, /^<!doctype html>\n<html lang="vi">/);
    assert.match(
      page,
      /<title>Đảng ủy Ngân hàng Nhà nước tỉnh Lạng Sơn tổ chức .* – Hoạt động của các tổ chức Đảng cơ sở<\/title>/,
    );
    assert.equal(one(page, 'og:type'), 'article');
    assert.match(one(page, 'og:title'), /^Đảng ủy Ngân hàng Nhà nước tỉnh Lạng Sơn tổ chức Hội nghị/);
    assert.match(one(page, 'og:description'), /^Ngày 23\/3\/2022, Đảng ủy Ngân hàng Nhà nước tỉnh Lạng Sơn/);
    assert.equal(one(page, 'og:url'), `${SITE}nhnn-lang-son-2022-03-30.html`);
    assert.equal(one(page, 'og:site_name'), 'Hoạt động của các tổ chức Đảng cơ sở');
    assert.equal(one(page, 'og:locale'), 'vi_VN');
    assert.equal(one(page, 'og:image'), 'https://dangbo.example.gov.vn/images/hoi-nghi-phat-bieu.svg');
    assert.equal(one(page, 'og:image:width'), '1200');
    assert.equal(one(page, 'article:published_time'), '2022-03-30T04:32:00.000Z');
    assert.deepEqual(metas(page, 'article:tag'), ['xây dựng Đảng', 'tự soi, tự sửa', 'sinh hoạt chuyên đề']);
    assert.equal(one(page, 'twitter:card'), 'summary_large_image');
    assert.equal(one(page, 'twitter:image'), one(page, 'og:image'));
    assert.match(page, /<link rel="canonical" href="https:\/\/example\.gov\.vn\/tin-tuc\/nhnn-lang-son-2022-03-30">/);
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(page)[1]);
    assert.equal(jsonLd['@type'], 'NewsArticle');
    assert.equal(jsonLd.datePublished, '2022-03-30T04:32:00.000Z');
    assert.match(jsonLd.headline, /^Đảng ủy Ngân hàng Nhà nước/);
    // Besides the JSON-LD, the page's data and the one script that adopts the markup, from the site itself.
    assert.deepEqual(
      [...page.matchAll(/<script[^>]*>/g)].map((m) => m[0]),
      [
        '<script type="application/ld+json">',
        '<script type="application/json" id="party-news-data">',
        '<script src="assets/party-news.hydrate.iife.js" defer>',
      ],
    );
  });

  it('lists the articles in the feed element: its first screen written out, the whole feed inside as JSON', () => {
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    assert.match(index, /<party-news-feed [^>]*open="link"[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.match(textOf(index), /Đang hiển thị 4\/4 tin/);
    assert.equal([...index.matchAll(/<article part="card"/g)].length, 4);
    // Each card links to its page beside the list, by its file name, so the folder also reads from
    // disk; only the list's canonical and og:url name the site.
    const links = [...index.matchAll(/<a [^>]*href="([^"]*)"/g)].map((m) => m[1]);
    assert.deepEqual(links, [
      'nhnn-lang-son-2022-03-30.html',
      'dang-uy-khoi-hoc-tap-nghi-quyet-2022-03-15.html',
      'chi-bo-so-tai-chinh-sinh-hoat-2022-03-10.html',
      'kho-bac-tong-ket-xay-dung-dang-2022-01-20.html',
    ]);
    assert.equal(one(index, 'og:url'), SITE);
    assert.match(index, new RegExp(`<link rel="canonical" href="${SITE}">`));
    const inline = /<\/template>(?:<!--lit-part[^>]*-->)?<script type="application\/json">(.*?)<\/script>/s.exec(index);
    const feed = JSON.parse(inline[1]);
    assert.equal(feed.items.length, 4);
    assert.equal(feed.items[3].url, 'kho-bac-tong-ket-xay-dung-dang-2022-01-20.html');
    // Absolute URLs and sanitised bodies: the page reads them as the server did, wherever it is.
    assert.equal(feed.items[0].image.src, 'https://dangbo.example.gov.vn/images/hoi-nghi-phat-bieu.svg');
    assert.match(
      feed.items[0].content_html,
      /src="https:\/\/dangbo\.example\.gov\.vn\/images\/hoi-nghi-phat-bieu\.svg"/,
    );
  });

  it('writes pages that pass html-validate (its standards rules)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    for (const name of readdirSync(out).filter((f) => f.endsWith('.html'))) {
      const report = await validator.validateFile(join(out, name));
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}: ${m.ruleId} ${m.message}`));
      assert.deepEqual(messages, [], name);
    }
  });

  it('needs --out and an http(s) --site-url (link previews need absolute URLs)', async () => {
    for (const args of [
      ['render', 'fixtures/feeds/seed.json'],
      ['render', 'fixtures/feeds/seed.json', '--out', out],
      ['render', 'fixtures/feeds/seed.json', '--out', out, '--site-url', 'tin/'],
      ['render', 'fixtures/feeds/seed.json', '--out', out, '--site-url', SITE, '--lang', 'fr'],
    ]) {
      const result = await run(...args);
      assert.equal(result.code, 64, args.join(' '));
    }
    const unreadable = await run('render', 'package.json', '--out', out, '--site-url', SITE);
    assert.equal(unreadable.code, 2);
  });
});

describe('party-news render, an article whose URLs do not parse', () => {
  it('writes its page, canonical and Open Graph URLs its own page there, no bad URL anywhere', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'party-news-bad-urls-'));
    const feed = join(dir, 'tin.json');
    writeFileSync(
      feed,
      JSON.stringify({
        title: 'Tin hoạt động',
        items: [
          {
            id: 'go-nham',
            title: 'Đảng ủy phường Tân Thanh họp thường kỳ',
            url: 'http://1.2.3.4.5/tin/1',
            date_published: '2026-09-16T10:30:00+07:00',
            summary: 'Đảng ủy phường họp đánh giá công tác tháng 9.',
            image: { src: 'http://127.0.0.1:99999/anh.jpg', alt: 'Quang cảnh' },
            category: { name: 'Tin cơ sở', url: 'http://1.2.3.4.5/c' },
            authors: [{ name: 'Phóng viên', url: 'http://127.0.0.1:99999/pv' }],
            content_html: '<p>Hội nghị nghe <a href="http://1.2.3.4.5/x">báo cáo</a>.</p>',
            related: [{ title: 'Tin cũ', url: 'http://127.0.0.1:99999/cu' }],
          },
        ],
      }),
    );
    const out = join(dir, 'site');
    const result = await run('render', feed, '--out', out, '--site-url', SITE);
    assert.equal(result.code ?? 0, 0, result.stderr);
    const page = readFileSync(join(out, 'go-nham.html'), 'utf8');
    assert.match(page, /<link rel="canonical" href="https:\/\/dangbo\.example\.gov\.vn\/tin\/go-nham\.html">/);
    assert.equal(one(page, 'og:url'), `${SITE}go-nham.html`);
    assert.deepEqual(metas(page, 'og:image'), []);
    assert.match(textOf(page), /Hội nghị nghe báo cáo/);
    assert.doesNotMatch(page, /1\.2\.3\.4\.5|:99999/);
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(page)[1]);
    assert.equal(jsonLd.url, `${SITE}go-nham.html`);
    // A --base-url that does not parse is a usage error, not a crash.
    const usage = await run('render', feed, '--out', out, '--site-url', SITE, '--base-url', 'http://1.2.3.4.5/');
    assert.equal(usage.code, 64);
    assert.match(usage.stderr, /--base-url "http:\/\/1\.2\.3\.4\.5\/" does not parse as a URL/);
  });

  it("gives a full-description feed's pages the sapo alone as their description and og:description", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'party-news-render-sapo-'));
    const feed = 'test/fixtures/feeds/vn-cms-dotnet-full.rss.xml';
    const result = await run(
      'render',
      feed,
      '--out',
      dir,
      '--site-url',
      SITE,
      '--base-url',
      'https://khoi.example.gov.vn/rss',
    );
    assert.equal(result.code ?? 0, 0, result.stderr);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html') && f !== 'index.html');
    const descriptions = pages.map((f) => one(readFileSync(join(dir, f), 'utf8'), 'og:description')).sort();
    assert.deepEqual(descriptions, [
      'Chiều 20/3, Chi bộ Phòng Tổ chức cán bộ tổ chức sinh hoạt chuyên đề quý I với chủ đề nâng cao chất lượng sinh hoạt chi bộ.',
      'Ngày 23/3/2026, Đảng ủy Ngân hàng Nhà nước tỉnh tổ chức Hội nghị sinh hoạt chuyên đề về xây dựng, chỉnh đốn Đảng với chủ đề &quot;tự soi, tự sửa&quot;. Tham gia Hội nghị có toàn thể đảng viên, công chức của Đảng bộ.',
      'Thực hiện Kế hoạch số 15-KH/ĐUK ngày 02/3/2026 của Đảng ủy Khối các cơ quan tỉnh về học tập, quán triệt và triển khai thực hiện Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng, Đảng bộ Sở Tư pháp đã tổ chức hội nghị cho toàn thể cán bộ, đảng viên.',
    ]);
    for (const f of pages) {
      const html = readFileSync(join(dir, f), 'utf8');
      assert.equal(one(html, 'description'), one(html, 'og:description'));
    }
  });
});

describe('party-news render, a feed with relative URLs', () => {
  const relativeFeed = (item) => ({
    title: 'Tin hoạt động',
    items: [{ id: 'a', title: 'Chi bộ họp thường kỳ', date_published: '2026-09-16T10:30:00+07:00', ...item }],
  });
  const write = (feed) => {
    const dir = mkdtempSync(join(tmpdir(), 'party-news-relative-'));
    writeFileSync(join(dir, 'tin-tuc.json'), JSON.stringify(feed));
    return { dir, file: join(dir, 'tin-tuc.json'), out: join(dir, 'site') };
  };

  it('from a file without --base-url: stops with exit 64, naming one URL and the option, and writes nothing', async () => {
    for (const [item, example] of [
      [{ url: '/tin-tuc/a.html' }, '/tin-tuc/a.html'],
      [{ url: 'https://dangbo.example.gov.vn/a', image: '../anh/a.jpg' }, '../anh/a.jpg'],
      [
        { url: 'https://dangbo.example.gov.vn/a', content_html: '<p>Ảnh <img src="anh/b.jpg" alt="b"></p>' },
        'anh/b.jpg',
      ],
    ]) {
      const { file, out } = write(relativeFeed(item));
      const result = await run('render', file, '--out', out, '--site-url', SITE);
      assert.equal(result.code, 64, example);
      assert.equal(
        result.stderr.split('\n')[0],
        `party-news: ${file} has relative URLs (e.g. "${example}"); add --base-url https://your-portal.gov.vn/ so links and images point at your site.`,
      );
      assert.equal(result.stdout, '');
      assert.equal(existsSync(out), false, 'nothing written');
    }
  });

  it('from a file with --base-url: its URLs point at the site', async () => {
    const { file, out } = write(relativeFeed({ url: '/tin-tuc/a.html', image: { src: '../anh/a.jpg', alt: 'Ảnh' } }));
    const result = await run(
      'render',
      file,
      '--out',
      out,
      '--site-url',
      SITE,
      '--base-url',
      'https://dangbo.example.gov.vn/api/',
    );
    assert.equal(result.code ?? 0, 0, result.stderr);
    const page = readFileSync(join(out, 'a.html'), 'utf8');
    assert.match(page, /<link rel="canonical" href="https:\/\/dangbo\.example\.gov\.vn\/tin-tuc\/a\.html">/);
    assert.equal(one(page, 'og:image'), 'https://dangbo.example.gov.vn/anh/a.jpg');
  });

  describe('from a URL', () => {
    let server;
    let origin;
    before(async () => {
      const body = JSON.stringify(relativeFeed({ url: '/tin-tuc/a.html', image: '../anh/a.jpg' }));
      server = createServer((req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => server.close());

    it('reads them against the feed URL, as the widget does', async () => {
      const { out } = write({});
      const result = await run('render', `${origin}/api/tin-tuc.json`, '--out', out, '--site-url', SITE);
      assert.equal(result.code ?? 0, 0, result.stderr);
      assert.match(result.stdout, new RegExp(`relative URLs read against ${origin}/api/tin-tuc\\.json\\)\\.`));
      const page = readFileSync(join(out, 'a.html'), 'utf8');
      assert.equal(one(page, 'og:image'), `${origin}/anh/a.jpg`);
    });
  });
});
