// The report's part names are written once, in src/report/report-parts.ts. The API reference's part
// tables come from JSDoc @csspart tags (through custom-elements.json), which cannot import it: this
// test holds them to it, so the docs list every part the report carries and the feed exports.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, test } from 'node:test';

import ts from 'typescript';

// The module has no imports: transpiled alone, it is the constants the elements use.
const source = readFileSync('src/report/report-parts.ts', 'utf8');
const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext } }).outputText;
const { REPORT_PARTS, RELATED_PARTS } = await import(`data:text/javascript,${encodeURIComponent(js)}`);

// A manifest of its own: public-api.test.mjs writes custom-elements.json at the same time.
const outdir = mkdtempSync(join(tmpdir(), 'party-news-manifest-'));
after(() => rmSync(outdir, { recursive: true, force: true }));
// The analyzer takes --outdir relative to the working directory.
execFileSync('npm', ['run', '--silent', 'analyze', '--', '--outdir', relative(process.cwd(), outdir)], {
  stdio: 'ignore',
});
const manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
const element = (tag) => manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
const documented = (tag) => (element(tag).cssParts ?? []).map((p) => p.name);
const relatedNames = RELATED_PARTS.map((p) => `related-${p}`);

test("<party-news-report>'s docs list its parts and its related list's, and nothing else", () => {
  assert.deepEqual([...documented('party-news-report')].sort(), [...REPORT_PARTS, ...relatedNames].sort());
});

test("<party-news-feed>'s docs list every part it exports from its report", () => {
  const exported = [...REPORT_PARTS.map((p) => `report-${p}`), ...relatedNames];
  const missing = exported.filter((name) => !documented('party-news-feed').includes(name));
  assert.deepEqual(missing, []);
});
