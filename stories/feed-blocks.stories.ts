import '../src/feed/define.js';

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

import type { PartyNewsFeed } from '../src/feed/feed.js';
import { about } from './support/about.js';
import { controlled } from './support/controlled.js';
import { late } from './support/story-network.js';
import type { TokenArgs } from './support/tokens.js';

// The blocks of a portal's news page (#30) and a section of several units' news (#31), on a feed of
// 14 articles in four sections (fixtures/feeds/portal-news.json) and two units' own feeds.

type Args = Partial<
  Pick<
    PartyNewsFeed,
    'src' | 'layout' | 'pageSize' | 'paging' | 'maxItems' | 'hide' | 'tabs' | 'archive' | 'searchable' | 'open'
  >
> &
  TokenArgs & { units?: { src: string; name?: string }[] };

const UNIT_A = '/test/fixtures/feeds/units/so-tai-chinh.json';
const UNIT_B = '/test/fixtures/feeds/units/kho-bac.rss.xml';

const meta: Meta<Args> = {
  title: 'Elements/Feed blocks',
  component: 'party-news-feed',
  args: { src: '/fixtures/feeds/portal-news.json', layout: 'grid', pageSize: 6 },
  // `units` is the story's: the <party-news-source> children it writes.
  argTypes: { units: { table: { disable: true }, control: { disable: true } } },
  render: (args) =>
    html`<party-news-feed ${controlled(args)}
      >${
        args.units
          ? args.units.map(
              ({ src, name }) => html`<party-news-source src=${src} name=${name ?? nothing}></party-news-source>`,
            )
          : nothing
      }</party-news-feed
    >`,
};
export default meta;
type Story = StoryObj<Args>;

/** Chooses `day` in the feed's date input, as a reader's date picker does. */
async function chooseDay(canvas: HTMLElement, day: string): Promise<void> {
  const feed = canvas.querySelector('party-news-feed')!;
  await feed.loadComplete;
  const input = feed.shadowRoot!.querySelector<HTMLInputElement>('input[type="date"]')!;
  input.value = day;
  input.dispatchEvent(new Event('change'));
  await feed.updateComplete;
}

export const FeaturedWithTabs: Story = {
  name: 'Tin nổi bật và chuyên mục',
  args: { layout: 'featured', tabs: true, pageSize: 5 },
  parameters: about(
    'Lead story and section tabs',
    'The newest article large with its photo and sapo, the next four beside it; a tab per section.',
  ),
};
export const NumberedPages: Story = {
  name: 'Phân trang',
  args: { layout: 'list', paging: 'pages', pageSize: 4 },
  parameters: about('Numbered pages', '`paging="pages"`: four articles a page, pages 1 to 4 in a labelled nav.'),
};
export const OneDay: Story = {
  name: 'Xem theo ngày',
  args: { layout: 'compact', archive: true },
  parameters: about('One day’s news', '`archive`: 29-03-2022 chosen, its two articles in Vietnam time.'),
  play: ({ canvasElement }) => chooseDay(canvasElement, '2022-03-29'),
};
export const DayWithoutNews: Story = {
  name: 'Ngày không có tin',
  args: { layout: 'compact', archive: true },
  parameters: about('A day without news', 'A day the feed has no article for: the empty state names the day.'),
  play: ({ canvasElement }) => chooseDay(canvasElement, '2022-03-26'),
};
export const NewestHeadlines: Story = {
  name: 'Hộp tin mới nhất',
  args: { layout: 'compact', maxItems: 5, hide: 'image summary', open: 'link' },
  parameters: about('Newest headlines box', '`max-items="5" hide="image summary"`: titles and dates only, no paging.'),
};
export const SeveralUnits: Story = {
  name: 'Tin của nhiều đơn vị',
  args: {
    src: undefined,
    layout: 'list',
    tabs: 'units',
    units: [{ src: UNIT_A, name: 'Chi bộ Sở Tài chính' }, { src: UNIT_B }],
  },
  parameters: about(
    'Several units',
    'Two units’ feeds (JSON and RSS) merged newest first, each card naming its unit, the article both published once; a tab per unit.',
  ),
};
export const UnitFailed: Story = {
  name: 'Một đơn vị chưa tải được',
  args: {
    src: undefined,
    layout: 'list',
    units: [
      { src: UNIT_A, name: 'Chi bộ Sở Tài chính' },
      { src: '/fixtures/feeds/khong-con.json', name: 'Chi bộ Sở Xây dựng' },
    ],
  },
  parameters: about(
    'A unit that failed',
    'One unit’s feed is gone (404): the other’s cards stay, the failed one is named with a retry.',
  ),
};
export const NewArticlesWaiting: Story = {
  name: 'Có tin mới đang chờ',
  args: {
    src: undefined,
    layout: 'list',
    units: [{ src: UNIT_B }, { src: late(1500, UNIT_A), name: 'Chi bộ Sở Tài chính' }],
  },
  parameters: about(
    'New articles waiting',
    'A unit answers 1.5 s after the first cards: its newer article waits behind “Có 1 tin mới” instead of moving the list.',
  ),
};
