#!/usr/bin/env node
// Size budget of the script-tag bundle (Lit and DOMPurify inside), gzipped at level 9.
// 1 KB = 1,024 bytes. The ES entries are reported too; they leave Lit and DOMPurify to the host.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** The decided budget (issue #27): 52.0 KB, to catch accidents, not to be fought. CI fails above it. */
export const BUDGET_KB = 52;
const IIFE = 'dist/party-news.iife.js';

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const measure = (file) => {
  const raw = readFileSync(file);
  return { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length, brotli: brotliCompressSync(raw).length };
};

// Run as a script (npm run size); bench/run.mjs imports only the budget.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(IIFE)) {
    console.error(`size: ${IIFE} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }

  console.log('file                                    bytes    gzip -9     brotli');
  const row = (name, m) =>
    console.log(`${name.padEnd(36)}${kb(m.raw).padStart(9)}${kb(m.gzip).padStart(11)}${kb(m.brotli).padStart(11)}`);
  const iife = measure(IIFE);
  row(IIFE, iife);
  // The script of pre-rendered pages (party-news render): the same with Lit's hydration; no budget,
  // shown so its cost is known.
  const HYDRATE = 'dist/party-news.hydrate.iife.js';
  if (existsSync(HYDRATE)) row(HYDRATE, measure(HYDRATE));
  // An ES entry costs itself plus every chunk it imports (Lit and DOMPurify excluded: the host has them).
  const closure = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/from\s*["'](\.{1,2}\/[^"']+)["']/g))
      closure(new URL(spec, `file://${process.cwd()}/${file}`).pathname.slice(process.cwd().length + 1), seen);
    return seen;
  };
  for (const file of readdirSync('dist')
    .filter((f) => f.endsWith('.js') && !f.includes('iife'))
    .sort()) {
    const code = [...closure(`dist/${file}`)].map((f) => readFileSync(f, 'utf8')).join('\n');
    const raw = Buffer.from(code);
    row(`dist/${file} (+ its chunks)`, {
      raw: raw.length,
      gzip: gzipSync(raw, { level: 9 }).length,
      brotli: brotliCompressSync(raw).length,
    });
  }

  const budget = BUDGET_KB * 1024;
  if (iife.gzip > budget) {
    console.error(
      `\nsize: FAIL — ${IIFE} is ${kb(iife.gzip)} gzipped, over its ${BUDGET_KB} KB budget by ${kb(iife.gzip - budget)}.`,
    );
    process.exit(1);
  }
  console.log(
    `\nsize: ${IIFE} is ${kb(iife.gzip)} gzipped, within its ${BUDGET_KB} KB budget (${kb(budget - iife.gzip)} to spare).`,
  );
}
