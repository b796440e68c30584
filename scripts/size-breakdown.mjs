#!/usr/bin/env node
// Where the script-tag bundle's gzipped bytes go. Builds the IIFE once more with a source map
// (into a temporary folder), gives every byte of the minified output to the source it came from,
// and reports each part's *marginal* cost: gzip(whole bundle) − gzip(bundle without that part).
// Marginal costs sum to less than the whole, because parts compress against each other.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { build } from 'vite';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One source-map segment's VLQ fields. */
function decodeSegment(text) {
  const fields = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      fields.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return fields;
}

/** For each output character, the index of the source it came from (-1: none). */
function ownerOfEachChar(code, map) {
  const owners = new Int32Array(code.length).fill(-1);
  const lines = code.split('\n');
  let lineStart = 0;
  let source = 0;
  map.mappings.split(';').forEach((mapping, li) => {
    const line = lines[li] ?? '';
    let column = 0;
    const segments = mapping.split(',').filter(Boolean).map(decodeSegment);
    segments.forEach((segment, i) => {
      column += segment[0];
      if (segment.length > 1) source += segment[1];
      const end = i + 1 < segments.length ? column + segments[i + 1][0] : line.length;
      owners.fill(segment.length > 1 ? source : -1, lineStart + column, lineStart + end);
    });
    lineStart += line.length + 1;
  });
  return owners;
}

/** The part of the library (or dependency) a source file belongs to. */
function partOf(source) {
  if (source.includes('node_modules/dompurify/')) return 'DOMPurify';
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(source)) return 'Lit';
  const ours = source.match(/src\/(.+)\.ts$/);
  if (!ours) return 'other';
  // src/<folder>/…/<file>.ts: the model's stage folders are one part each of the model's groups below.
  const path = ours[1].split('/');
  const [folder, file] = path.length > 1 ? [path[0], path[path.length - 1]] : ['', path[0]];
  if (file.endsWith('.styles')) return 'CSS (all elements)';
  if (folder === 'report' && file !== 'report' && file !== 'define')
    return 'report tools (text size, viewer, read aloud, share, JSON-LD)';
  if (folder === 'model' && ['xml-feed', 'decode', 'parse-feed'].includes(file)) return 'model: RSS/Atom/encodings';
  if (folder === 'model' && ['fetch-feed', 'feed-cache', 'feed-error'].includes(file))
    return 'model: fetch, retry, saved feed';
  if (folder === 'model' && ['sanitize', 'legacy-captions', 'urls'].includes(file))
    return 'model: sanitiser config, captions, URLs';
  if (folder === 'model' && file === 'messages') return 'model: vi/en messages';
  if (folder === 'model') return 'model: validate, dates, text, browse';
  return `elements: ${folder || file}`;
}

const outDir = mkdtempSync(join(tmpdir(), 'party-news-size-'));
try {
  await build({ mode: 'iife', logLevel: 'silent', build: { outDir, sourcemap: true, emptyOutDir: true } });
  const code = readFileSync(join(outDir, 'party-news.iife.js'), 'utf8');
  const map = JSON.parse(readFileSync(join(outDir, 'party-news.iife.js.map'), 'utf8'));
  const owners = ownerOfEachChar(code, map);
  const parts = map.sources.map(partOf);
  const gzip = (text) => gzipSync(text, { level: 9 }).length;
  const whole = gzip(code);
  const rows = [...new Set(parts)].map((part) => {
    let kept = '';
    let own = 0;
    for (let i = 0; i < code.length; i++) {
      if (owners[i] >= 0 && parts[owners[i]] === part) own++;
      else kept += code[i];
    }
    return { part, own, marginal: whole - gzip(kept) };
  });
  rows.sort((a, b) => b.marginal - a.marginal);
  const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
  console.log(
    `dist/party-news.iife.js by part (minified bytes, marginal gzip -9 cost); whole bundle ${kb(whole)} gzipped`,
  );
  for (const { part, own, marginal } of rows)
    console.log(`${kb(own).padStart(10)} ${kb(marginal).padStart(10)}  ${part}`);
  const deps = rows.filter((r) => r.part === 'Lit' || r.part === 'DOMPurify').reduce((sum, r) => sum + r.marginal, 0);
  console.log(`Lit + DOMPurify: ${kb(deps)} of it; party-news's own code and CSS: ${kb(whole - deps)}.`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
