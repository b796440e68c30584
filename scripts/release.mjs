#!/usr/bin/env node
// `npm run release` (after `npm run build`): release/party-news-<version>.zip, the download for
// portals that upload files to their CMS instead of using npm or a CDN. At the zip's root: the
// script-tag bundle and its licence file, the hydration bundle (and its licence file), a working
// embed-example.html that loads the script with its integrity value, and SHA256SUMS for
// `sha256sum -c`. Prints the integrity value for the script tag and the zip's path.
// The zip is written with fflate, so no `zip` binary is needed. Paths are relative to the
// package root, where npm runs scripts.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

import { zipSync } from 'fflate';

import { embedExample } from './embed-example.mjs';

const SCRIPT = 'party-news.iife.js';
const REQUIRED = [SCRIPT, `${SCRIPT}.LICENSE.txt`, 'party-news.hydrate.iife.js'];
const OPTIONAL = ['party-news.hydrate.iife.js.LICENSE.txt'];

const missing = REQUIRED.filter((name) => !existsSync(`dist/${name}`));
if (missing.length) {
  console.error(`release: missing ${missing.map((name) => `dist/${name}`).join(', ')}; run \`npm run build\` first.`);
  process.exit(1);
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const names = [...REQUIRED, ...OPTIONAL.filter((name) => existsSync(`dist/${name}`))];
/** Name in the zip → bytes. */
const files = Object.fromEntries(names.map((name) => [name, readFileSync(`dist/${name}`)]));
// Subresource Integrity: the digest of the exact bytes a browser will download.
const integrity = `sha384-${createHash('sha384').update(files[SCRIPT]).digest('base64')}`;
files['embed-example.html'] = Buffer.from(embedExample({ script: SCRIPT, integrity }));
files.SHA256SUMS = Buffer.from(
  Object.entries(files)
    .map(([name, bytes]) => `${createHash('sha256').update(bytes).digest('hex')}  ${name}\n`)
    .join(''),
);

const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, [bytes, { level: 9 }]])));
const out = `release/party-news-${version}.zip`;
mkdirSync('release', { recursive: true });
writeFileSync(out, zip);

console.log(`party-news ${version}: ${out} (${Object.keys(files).length} files, ${(zip.length / 1024).toFixed(1)} KB)`);
console.log(`Script tag: <script defer src="${SCRIPT}" integrity="${integrity}" crossorigin="anonymous"></script>`);
