#!/usr/bin/env node
// The built Storybook is the documentation site: every guide in docs/ (and the front page,
// README.md) must be a Docs page of it. Run after `storybook build` (npm run build-storybook):
// each Markdown file needs an MDX page in stories/docs/ that imports it, and the build's index
// must list that page; a guide added without its page, or a page the build dropped, fails here.
import { readdirSync, readFileSync } from 'node:fs';

const out = process.argv[2] ?? 'storybook-static';
const guides = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md'))];
const pages = readdirSync('stories/docs').filter((f) => f.endsWith('.mdx'));
const built = Object.values(JSON.parse(readFileSync(`${out}/index.json`, 'utf8')).entries).filter(
  (entry) => entry.type === 'docs',
);

const missing = [];
for (const guide of guides) {
  const source = guide === 'README.md' ? '../../README.md?raw' : `../../docs/${guide}?raw`;
  const page = pages.find((p) => readFileSync(`stories/docs/${p}`, 'utf8').includes(`'${source}'`));
  const entry = page && built.find((e) => e.importPath === `./stories/docs/${page}`);
  if (!entry)
    missing.push(page ? `${guide} (stories/docs/${page} is not in the build)` : `${guide} (no page imports it)`);
  else console.log(`storybook: ${guide} is shown at ?path=/docs/${entry.id}`);
}
if (missing.length) {
  console.error(`storybook: guides without a Docs page: ${missing.join('; ')}`);
  process.exit(1);
}
