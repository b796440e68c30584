// Every story module, under the title its tests name it by. A module left out here is a module
// whose stories are neither rendered nor checked: keep it in step with stories/*.stories.ts.
import type { TemplateResult } from 'lit';

import * as card from '../../stories/card.stories.js';
import * as feed from '../../stories/feed.stories.js';
import * as feedBlocks from '../../stories/feed-blocks.stories.js';
import * as portal from '../../stories/portal-pages.stories.js';
import * as related from '../../stories/related.stories.js';
import * as report from '../../stories/report.stories.js';
import * as theming from '../../stories/theming.stories.js';

export type Story = {
  name?: string;
  args?: object;
  render?: (args: object) => TemplateResult;
  beforeEach?: () => unknown;
  play?: (context: { canvasElement: HTMLElement }) => Promise<unknown>;
};
export type StoryModule = Record<string, unknown> & {
  default: {
    title: string;
    component?: string;
    args?: object;
    argTypes?: object;
    render?: (args: object) => TemplateResult;
  };
};

export const storyModules: [string, StoryModule][] = [
  ['Card', card as unknown as StoryModule],
  ['Report', report as unknown as StoryModule],
  ['Related', related as unknown as StoryModule],
  ['Feed', feed as unknown as StoryModule],
  ['Feed blocks', feedBlocks as unknown as StoryModule],
  ['Theming', theming as unknown as StoryModule],
  ['Portal pages', portal as unknown as StoryModule],
];

/** The stories of a module, without its default export (the meta). */
export const storiesOf = (module: StoryModule) =>
  Object.entries(module).filter(([key]) => key !== 'default') as [string, Story][];
