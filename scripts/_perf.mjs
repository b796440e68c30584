import { build } from 'esbuild';
import puppeteer from 'puppeteer';
import { ENGINES, CHROMIUM_FLAGS } from '/work/main/scripts/engines.mjs';
import { hostileFeed, mixedTexts, payload } from '/work/main/test/server/hostile.mjs';
const bundle = await build({ stdin: { contents: `import { parseFeed } from './src/model/parse-feed.ts'; import { undeclaredPrefixes, repairXml } from './src/model/xml-repair.ts'; import { normalizeFeed } from './src/model/normalize-feed.ts'; Object.assign(window, { parseFeed, undeclaredPrefixes, normalizeFeed, repairXml });`, resolveDir: '/work/main', loader: 'ts' }, bundle: true, format: 'iife', write: false });
const b = await puppeteer.launch({ executablePath: ENGINES.chromium.binary, headless: true, args: CHROMIUM_FLAGS });
const p = await b.newPage();
await p.addScriptTag({ content: bundle.outputFiles[0].text });
for (const format of ['rss', 'rss-cdata', 'atom', 'json']) {
  const { body } = hostileFeed(format, mixedTexts(5 * 1024 * 1024), true);
  const out = await p.evaluate((body, format) => {
    const t = (f) => { const s = performance.now(); const r = f(); return [Math.round(performance.now() - s), r]; };
    const [prefix] = format === 'json' ? [0] : t(() => undeclaredPrefixes(body));
    const [frag] = format === 'json' ? [0] : t(() => { const d = document.implementation.createDocument(null, 'x'); d.documentElement.innerHTML = body.replace(/^<\?xml[^>]*>/, ''); return d; });
    const [parse, data] = t(() => parseFeed(body));
    const [norm, feed] = t(() => normalizeFeed(data));
    return { len: body.length, prefix, frag, parse, norm, items: feed.articles.length, problems: feed.problems.length };
  }, typeof body === 'string' ? body : JSON.stringify(body), format);
  console.log(format, JSON.stringify(out));
}
await b.close();
