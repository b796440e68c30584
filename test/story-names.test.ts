// Every story is named by hand, in the words a portal designer uses, and says in one line which
// state it shows (stories/support/about.ts): Storybook would otherwise show names made from the
// export ("From Json", "Without Url") and nothing under them.
import { expect } from '@open-wc/testing';

import { storiesOf, storyModules } from './stories/modules.js';

type Named = { name?: unknown; parameters?: { docs?: { description?: { story?: unknown } } } };

describe('story names and descriptions', () => {
  it('has at least 52 stories', () => {
    const count = storyModules.reduce((sum, [, module]) => sum + Object.keys(module).length - 1, 0);
    expect(count).to.be.at.least(52);
  });

  for (const [title, module] of storyModules) {
    const stories = storiesOf(module) as [string, Named][];

    it(`${title}: every story has a hand-written name and a one-line description`, () => {
      const missing = stories.flatMap(([key, story]) => {
        const name = story.name;
        const description = story.parameters?.docs?.description?.story;
        const problems = [];
        if (typeof name !== 'string' || !name.trim()) problems.push(`${key}: no name`);
        if (typeof description !== 'string' || !description.trim()) problems.push(`${key}: no description`);
        else if (description.includes('\n')) problems.push(`${key}: a description of more than one line`);
        return problems;
      });
      expect(missing).to.deep.equal([]);
    });

    it(`${title}: names are Vietnamese, each its own, never the export's name`, () => {
      const names = stories.map(([, story]) => String(story.name));
      expect(new Set(names).size, 'names repeated').to.equal(names.length);
      for (const [key, story] of stories) {
        const name = String(story.name);
        // "FromJson" → "from json": Storybook's own name for it.
        const generated = key.replace(/([a-z\d])([A-Z])/g, '$1 $2').toLowerCase();
        expect(name.toLowerCase(), key).not.to.equal(generated);
        // Vietnamese, as the sidebar's other names: at least one letter only Vietnamese writes.
        expect(name, key).to.match(/[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i);
      }
    });

    it(`${title}: descriptions begin with the English name in bold`, () => {
      for (const [key, story] of stories) {
        expect(String(story.parameters?.docs?.description?.story), key).to.match(/^\*\*[A-Z][^*]+\.\*\* \S/);
      }
    });
  }
});
