// The elements inside pages built the way agency portals are (test/pages/hosts/, the same pages
// the hostile-host tests and the screenshots use), each loading the built script-tag bundle as a
// CMS would. Run `npm run build` first: the pages load /dist/party-news.iife.js.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

import { about } from './support/about.js';

type Args = { page: string; title: string; width?: string };

const meta: Meta<Args> = {
  title: 'Portal pages',
  args: { width: '100%' },
  // The page and its title are what each story is: documented, not edited.
  argTypes: {
    page: { control: { disable: true } },
    title: { control: { disable: true } },
    width: { control: { type: 'text' } },
  },
  render: ({ page, title, width }) =>
    html`<iframe
      src=${page}
      title=${title}
      style="display: block; width: ${width}; height: 900px; border: 1px solid #ccc; background: #fff"
    ></iframe>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Bootstrap3: Story = {
  name: 'Cổng Bootstrap 3',
  args: { page: '/test/pages/hosts/bootstrap3.html', title: 'Cổng thông tin dựng bằng Bootstrap 3' },
  parameters: about(
    'A Bootstrap 3 portal',
    'Bootstrap 3.4.1, its 10px root font size and a justified news column: sizes and text as on a plain page.',
  ),
};
export const Bootstrap3Dark: Story = {
  name: 'Cổng Bootstrap 3, nền tối',
  args: { page: '/test/pages/hosts/bootstrap3.html?dark', title: 'Cổng thông tin Bootstrap 3, giao diện tối' },
  parameters: about(
    'The same portal, dark',
    'A dark theme that declares no `color-scheme`: every surface paints its own colours, still readable.',
  ),
};
export const Bootstrap3OnPhone: Story = {
  name: 'Cổng Bootstrap 3 trên điện thoại',
  args: { page: '/test/pages/hosts/bootstrap3.html', title: 'Cổng thông tin trên điện thoại', width: '360px' },
  parameters: about('On a phone', 'The Bootstrap 3 portal 360 px wide.'),
};
export const TwoFeeds: Story = {
  name: 'Hai khối tin trên một trang',
  args: { page: '/test/pages/hosts/two-feeds.html', title: 'Cổng thông tin có hai khối tin' },
  parameters: about(
    'Two feeds on one page',
    'A main column and a sidebar sharing articles: one report opens, in the feed it was chosen in.',
  ),
};
export const HashRouter: Story = {
  name: 'Cổng có bộ định tuyến hash',
  args: { page: '/test/pages/hosts/hash-router.html', title: 'Cổng thông tin có bộ định tuyến hash' },
  parameters: about(
    'A portal with a hash router',
    'Its pages are routes of a hash router (navigo), which leaves `party-news=` to the feed.',
  ),
};
