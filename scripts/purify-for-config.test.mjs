// scripts/purify-for-config.ts refuses to build, rather than patch blindly, when DOMPurify's source
// or src/model/bodies/sanitize.ts's use of it is not what it was written for. Run with
// `npm run test:scripts` (node's test runner). test/bundle-sanitizer.test.ts checks the bundle it
// makes sanitises exactly as the stock DOMPurify does.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';

import ts from 'typescript';

const root = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

// Node runs no TypeScript: the two plugins, transpiled into a temporary folder.
const dir = mkdtempSync(join(tmpdir(), 'purify-for-config-'));
after(() => rmSync(dir, { recursive: true, force: true }));
for (const name of ['purify-for-config', 'purify-without-defaults']) {
  const { outputText } = ts.transpileModule(read(`scripts/${name}.ts`), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  writeFileSync(join(dir, `${name}.js`), outputText);
}
const { assertSanitizerConfig, foldConfig } = await import(pathToFileURL(join(dir, 'purify-for-config.js')).href);

const purify = read('node_modules/dompurify/dist/purify.es.mjs');
const sanitizer = read('src/model/bodies/sanitize.ts');

/** Whether `code` is a module without syntax errors. */
function parses(code) {
  const file = ts.createSourceFile('purify.mjs', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  return file.parseDiagnostics.length === 0;
}

test("today's DOMPurify and sanitize.ts: folded, still a module, without the removed paths", () => {
  assertSanitizerConfig(sanitizer);
  const folded = foldConfig(purify);
  assert.ok(parses(folded));
  for (const gone of ['DOMPurify.setConfig', 'DOMPurify.removeHook', 'hookEvent', 'cfg.IN_PLACE', 'AsyncGenerator'])
    assert.ok(!folded.includes(gone), gone);
  // What party-news's configuration does use is still there.
  for (const kept of ['_isClobbered', '_checkValidNamespace', 'hooks.afterSanitizeAttributes', 'createHTML'])
    assert.ok(folded.includes(kept), kept);
  // ES2022 parameters: no fallback for engines without Reflect, no Babel rest or default parameters.
  for (const gone of ['if (!apply)', 'let cfg = arguments', 'args[_key3 - 1] = arguments[_key3]'])
    assert.ok(!folded.includes(gone), gone);
  for (const native of ['DOMPurify.sanitize = function(dirty, cfg = {})', 'return function(thisArg, ...args)'])
    assert.ok(folded.includes(native), native);
});

test('a new option in CONFIG stops the build', () => {
  for (const option of ['SAFE_FOR_TEMPLATES: true,', 'IN_PLACE: true,', 'ADD_TAGS: () => true,', 'FORCE_BODY: true,']) {
    const changed = sanitizer.replace('RETURN_DOM_FRAGMENT: true,', `RETURN_DOM_FRAGMENT: true,\n  ${option}`);
    assert.notEqual(changed, sanitizer);
    assert.throws(() => assertSanitizerConfig(changed), /CONFIG is now/, option);
  }
  const fewer = sanitizer.replace('  ALLOW_ARIA_ATTR: false,\n', '');
  assert.notEqual(fewer, sanitizer);
  assert.throws(() => assertSanitizerConfig(fewer), /CONFIG is now/);
});

test('another use of the DOMPurify instance stops the build', () => {
  const hook = "purifier.addHook('afterSanitizeAttributes', enforceUrlPolicy);";
  assert.ok(sanitizer.includes(hook));
  for (const use of [
    "purifier.addHook('uponSanitizeElement', enforceUrlPolicy);",
    'purifier.setConfig({});',
    'purifier.removeAllHooks();',
  ]) {
    assert.throws(() => assertSanitizerConfig(sanitizer.replace(hook, `${hook}\n    ${use}`)), /new way/, use);
  }
  const call = /instance\(\)\.sanitize\(/;
  assert.throws(() =>
    assertSanitizerConfig(sanitizer.replace(call, 'instance().sanitize(html, {}); instance().sanitize(')),
  );
  const hookThis = sanitizer.replace('function enforceUrlPolicy(node: Element): void {', '$&\n  void this;');
  assert.notEqual(hookThis, sanitizer);
  assert.throws(() => assertSanitizerConfig(hookThis), /this/);
});

test('a DOMPurify whose source differs stops the build', () => {
  const changes = [
    // A setting read differently.
    ['SAFE_FOR_TEMPLATES = cfg.SAFE_FOR_TEMPLATES || false;', 'SAFE_FOR_TEMPLATES = Boolean(cfg.SAFE_FOR_TEMPLATES);'],
    // A setting written somewhere new.
    [
      'if (RETURN_DOM_FRAGMENT) RETURN_DOM = true;',
      'if (RETURN_DOM_FRAGMENT) RETURN_DOM = true;\n\t\tIN_PLACE = true;',
    ],
    // A removed path that has changed.
    ['} else if (_isNode(dirty)) {', '} else if (_isNode(dirty) && dirty) {'],
    // A hook call moved.
    [
      '_executeHooks(hooks.beforeSanitizeElements, currentNode, null);',
      '_executeHooks(hooks.beforeSanitizeElements, currentNode, {});',
    ],
  ];
  for (const [from, to] of changes) {
    assert.ok(purify.includes(from), from);
    assert.throws(() => foldConfig(purify.replace(from, to)), /purify-for-config/, to);
  }
});
