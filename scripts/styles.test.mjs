// Sizes inside the elements never use rem: a portal's root font size (Bootstrap 3's 10px, the
// 62.5% trick) would shrink them. Every size is in em of the host's --pn-font-size (or px).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const files = readdirSync('src', { recursive: true }).filter((f) => /\.styles\.ts$/.test(f));

test('the elements have style files to check', () => assert.ok(files.length >= 6));

for (const file of files) {
  test(`src/${file} sizes nothing in rem`, () => {
    const css = readFileSync(`src/${file}`, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const lines = css.split('\n').filter((line) => /\d\s*rem\b/.test(line));
    assert.deepEqual(lines, []);
  });
}
