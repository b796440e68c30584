// The sidebar's story names, as Storybook's own indexer reads them from the story files (a name
// must be written in the export's object; one a function returns is invisible to it, and the
// sidebar then shows a name made from the export, "Read Aloud Playing"). The browser tests
// (test/story-names.test.ts) check the same names at run time, from the modules listed in
// test/stories/modules.ts: every story file must be listed there.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

import { storyNameFromExport } from 'storybook/internal/csf';
import { readCsf } from 'storybook/internal/csf-tools';

const files = readdirSync('stories').filter((file) => file.endsWith('.stories.ts'));

describe('Storybook index: story names', () => {
  it('finds the story files', () => assert.ok(files.length >= 5, files.join(', ')));

  for (const file of files) {
    it(`${file}: every story is indexed under its hand-written name`, async () => {
      const csf = (await readCsf(`stories/${file}`, { makeTitle: (title) => title })).parse();
      const stories = Object.entries(csf._stories);
      assert.ok(stories.length > 0);
      const unnamed = stories.filter(([exportName, story]) => story.name === storyNameFromExport(exportName));
      assert.deepEqual(
        unnamed.map(([exportName]) => exportName),
        [],
        `${file}: stories with no name in the export`,
      );
    });

    it(`${file}: is one of the modules the browser story tests render`, () => {
      assert.match(
        readFileSync('test/stories/modules.ts', 'utf8'),
        new RegExp(`'\\.\\./\\.\\./stories/${file.replace('.ts', '.js')}'`),
      );
    });
  }
});
