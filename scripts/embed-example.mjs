// embed-example.html, the page of the release zip (scripts/release.mjs): the script-tag bundle
// beside it, pinned by its integrity value, and a feed held in the page itself, so the unzipped
// folder works from any static server with no other network access. Its articles are the
// repository's seed feed (fixtures/feeds/seed.json: the reference article and two more), read
// here rather than copied, with their photos carried as data: URLs.
// Paths are relative to the package root, where `npm run release` runs.
import { readFileSync } from 'node:fs';

const SEED = 'fixtures/feeds/seed.json';
const ARTICLES = 3;

/** A fixture photo as a data: URL (the feed's `../images/NAME.svg`, from fixtures/feeds/). */
const photo = (name) => `data:image/svg+xml;base64,${readFileSync(`fixtures/images/${name}`).toString('base64')}`;

/** The first articles of the seed feed, their photos inline and their related ids kept to those here. */
export function exampleFeed() {
  const text = readFileSync(SEED, 'utf8').replace(/\.\.\/images\/([\w-]+\.svg)/g, (_, name) => photo(name));
  const { version, title, home_page_url, language, items } = JSON.parse(text);
  const kept = items.slice(0, ARTICLES);
  const ids = new Set(kept.map((item) => item.id));
  for (const item of kept)
    if (item.related) item.related = item.related.filter((r) => typeof r !== 'string' || ids.has(r));
  return { version, title, home_page_url, language, items: kept };
}

/** JSON for inside a <script>: "</" can never close the element early (as src/report/json-ld.ts). */
const scriptJson = (data) => JSON.stringify(data, null, 2).replace(/</g, '\\u003c');

/** The whole page, for the bundle `script` beside it whose bytes give `integrity` (sha384-…). */
export function embedExample({ script, integrity }) {
  return `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Ví dụ nhúng party-news</title>
    <!-- No favicon request: this folder holds none. -->
    <link rel="icon" href="data:,">
    <!-- integrity: the browser runs the script only if its bytes are exactly the released ones;
         crossorigin="anonymous" lets it check them when the script comes from a CDN (and is why
         the page must come from a web server: opened as a file, the browser refuses the script). -->
    <script defer src="${script}" integrity="${integrity}" crossorigin="anonymous"></script>
  </head>
  <body>
    <main>
      <h1>Hoạt động của các tổ chức Đảng cơ sở</h1>
      <p>
        Trang ví dụ này nhúng thư viện party-news bằng một thẻ script. Các tin bài nằm ngay trong
        trang (JSON nội tuyến), nên trang chạy được trên mọi máy chủ web tĩnh mà không cần mạng.
        Chọn một tin để đọc toàn văn; nút Quay lại của trình duyệt đưa về danh sách.
      </p>
      <party-news-feed heading-level="2" page-size="3">
        <script type="application/json">${scriptJson(exampleFeed())}</script>
        <p>
          Chưa hiển thị được tin bài: trình duyệt cần bật JavaScript, và trang cần được mở qua một
          máy chủ web (http:// hoặc https://), không mở trực tiếp từ tệp.
        </p>
      </party-news-feed>
    </main>
  </body>
</html>
`;
}
