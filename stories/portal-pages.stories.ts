// The elements inside pages built the way agency portals are (test/pages/hosts/, the same pages
// the hostile-host tests and the screenshots use), each loading the built script-tag bundle as a
// CMS would. Run `npm run build` first: the pages load /dist/party-news.iife.js.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

type Args = { page: string; title: string; width?: string };

const meta: Meta<Args> = {
  title: 'Portal pages',
  args: { width: '100%' },
  argTypes: { page: { control: false }, title: { control: false } },
  render: ({ page, title, width }) =>
    html`<iframe
      src=${page}
      title=${title}
      style="display: block; width: ${width}; height: 900px; border: 1px solid #ccc; background: #fff"
    ></iframe>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A Bootstrap 3.4.1 portal (its 10px root font size, a justified news column): sizes and text as on a plain page. */
export const Bootstrap3: Story = {
  args: { page: '/test/pages/hosts/bootstrap3.html', title: 'Cổng thông tin dựng bằng Bootstrap 3' },
};
/** The same portal with a dark theme that declares no `color-scheme`: every surface paints its own colours. */
export const Bootstrap3Dark: Story = {
  args: { page: '/test/pages/hosts/bootstrap3.html?dark', title: 'Cổng thông tin Bootstrap 3, giao diện tối' },
};
/** The Bootstrap 3 portal on a 360 px phone. */
export const Bootstrap3OnPhone: Story = {
  args: { page: '/test/pages/hosts/bootstrap3.html', title: 'Cổng thông tin trên điện thoại', width: '360px' },
};
/** A main column and a sidebar feed sharing articles: one report opens, in the feed it was chosen in. */
export const TwoFeeds: Story = {
  args: { page: '/test/pages/hosts/two-feeds.html', title: 'Cổng thông tin có hai khối tin' },
};
/** A portal whose pages are routes of a hash router (navigo), which leaves `party-news=` to the feed. */
export const HashRouter: Story = {
  args: { page: '/test/pages/hosts/hash-router.html', title: 'Cổng thông tin có bộ định tuyến hash' },
};
