#!/usr/bin/env node
// `npm run corpus`: reads every RSS/Atom feed of other projects' test suites and real-world
// samples (../shared/corpora/peer-feeds, when that checkout is beside this one; never copied here)
// through parseFeed → normalizeFeed in headless Chromium, and prints how many feeds were read and
// how many of their items became articles. A figure for whoever weighs the reader, not a test:
// those suites test their own parsers' behaviour, much of which party-news does not claim.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { build } from 'esbuild';
import puppeteer from 'puppeteer';

import { ENGINES } from './engines.mjs';
import { judge, peerCases } from './peer-cases.mjs';

const root = process.argv[2] ?? new URL('../../shared/corpora/peer-feeds', import.meta.url).pathname;
if (!existsSync(root)) {
  console.log(`peer corpus: ${root} is not here; nothing to read.`);
  process.exit(0);
}
const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(xml|rss|atom|rdf)$/.test(name) ? [path] : [];
  });

const bundle = await build({
  entryPoints: [new URL('peer-view.mjs', import.meta.url).pathname],
  bundle: true,
  format: 'iife',
  write: false,
});
const browser = await puppeteer.launch({ executablePath: ENGINES.chromium.binary, args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.addScriptTag({ content: bundle.outputFiles[0].text });

const groups = new Map();
for (const path of files(root)) {
  const group = path
    .slice(root.length + 1)
    .split('/')
    .slice(0, -1)
    .join('/');
  const bytes = readFileSync(path);
  const text = bytes.toString('latin1');
  // Items as written: a rough count of <item>/<entry> start tags, the figure articles are measured against.
  const written = (text.match(/<(?:[\w-]+:)?(?:item|entry)[\s>]/g) ?? []).length;
  const result = await page.evaluate((b, base) => window.readFeed(b, base), [...bytes], 'https://example.org/feed');
  if (process.env.VERBOSE && (result.error || result.skipped))
    console.log(path.slice(root.length + 1), result.error ?? result.why.slice(0, 3).join(' | '));
  const g = groups.get(group) ?? {
    feeds: 0,
    read: 0,
    errors: {},
    written: 0,
    articles: 0,
    undated: 0,
    skipped: 0,
    repaired: 0,
  };
  g.feeds++;
  if (result.error) g.errors[result.error] = (g.errors[result.error] ?? 0) + 1;
  else {
    g.read++;
    g.written += written;
    g.articles += result.articles;
    g.undated += result.undated;
    g.skipped += result.skipped;
    g.repaired += result.repaired ? 1 : 0;
  }
  groups.set(group, g);
}

// The peers' own expectations, case by case (manifest.json), where a reader of party-news would see the difference.
const differ = [];
const unclaimed = new Map();
let agree = 0;
for (const c of peerCases(root)) {
  const result = await page.evaluate(
    (b, base, zone) => window.readFeed(b, base, zone),
    [...readFileSync(join(root, c.file))],
    c.baseUrl,
    c.timeZone,
  );
  const verdict = judge(c, result, root);
  if (verdict.startsWith('not claimed: ')) {
    const why = verdict.slice('not claimed: '.length);
    unclaimed.set(why, (unclaimed.get(why) ?? 0) + 1);
    continue;
  }
  if (verdict) differ.push(`${c.id}: ${verdict}`);
  else agree++;
}
await browser.close();

const total = { feeds: 0, read: 0, written: 0, articles: 0 };
console.log(
  'group                                     feeds  read  items→articles  undated  skipped  repaired  not read',
);
for (const [name, g] of [...groups].sort()) {
  for (const k of Object.keys(total)) total[k] += g[k];
  const errors = Object.entries(g.errors)
    .map(([code, n]) => `${n} ${code}`)
    .join(', ');
  console.log(
    `${name.padEnd(40)} ${String(g.feeds).padStart(6)} ${String(g.read).padStart(5)} ${`${g.written}→${g.articles}`.padStart(15)} ${String(g.undated).padStart(8)} ${String(g.skipped).padStart(8)} ${String(g.repaired).padStart(9)}  ${errors}`,
  );
}
console.log(
  `all: ${total.read} of ${total.feeds} feeds read; ${total.articles} articles from ${total.written} items written.`,
);
console.log(`peer cases: ${agree} of ${agree + differ.length} agree; ${differ.length} differ:`);
for (const line of differ) console.log(`  ${line.slice(0, 300)}`);
const unclaimedCount = [...unclaimed.values()].reduce((a, b) => a + b, 0);
console.log(`not claimed (${unclaimedCount} cases besides the manifest's own skips):`);
for (const [why, count] of unclaimed) console.log(`  ${String(count).padStart(4)}  ${why}`);
