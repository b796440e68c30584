import '../src/feed/define.js';

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

import { pagedFeedJson, seedFeedJson } from '../fixtures/samples.js';
import type { PartyNewsFeed } from '../src/feed/feed.js';
import { forgetFeeds, rememberFeed } from '../src/model/reading/feed-cache.js';
import type { PartyNewsReport } from '../src/report/report.js';
import { about } from './support/about.js';
import { controlled } from './support/controlled.js';
import { PENDING_FEED_URL } from './support/story-network.js';
import type { TokenArgs } from './support/tokens.js';

type Args = Partial<
  Pick<
    PartyNewsFeed,
    'src' | 'feed' | 'layout' | 'pageSize' | 'category' | 'searchable' | 'open' | 'route' | 'retries' | 'timeout'
  >
> &
  TokenArgs & { inline?: unknown };

const meta: Meta<Args> = {
  title: 'Elements/Feed',
  component: 'party-news-feed',
  args: { src: '/fixtures/feeds/seed.json', layout: 'grid', pageSize: 6, searchable: false, open: 'inline' },
  // `inline` is the story's, not the element's: the feed written into the page as a script child.
  argTypes: { inline: { table: { disable: true }, control: { disable: true } } },
  render: (args) =>
    html`<party-news-feed ${controlled(args)} .feed=${args.feed}
      >${args.inline ? html`<script type="application/json">${JSON.stringify(args.inline)}</script>` : nothing}</party-news-feed
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const FromJson: Story = {
  name: 'Tin từ JSON',
  parameters: about(
    'From a JSON feed',
    'The reference feed as a grid of cards, newest first, each opening its report in place.',
  ),
};
export const FromRss: Story = {
  name: 'Tin từ RSS',
  args: { src: '/fixtures/feeds/seed.rss.xml' },
  parameters: about('From RSS', 'The same articles from RSS 2.0, photos from `media:content`.'),
};
export const FromAtom: Story = {
  name: 'Tin từ Atom',
  args: { src: '/fixtures/feeds/seed.atom.xml' },
  parameters: about('From Atom', 'The same articles from an Atom 1.0 feed.'),
};
// The corpus file names its photos on the portal's own host (tinh.example.gov.vn); the story reads
// a copy with the project's photos in their place (support/story-network.ts), so nothing leaves the machine.
export const FromPortalRss: Story = {
  name: 'RSS của cổng .NET',
  args: { src: '/test/fixtures/feeds/vn-cms-dotnet.rss.xml' },
  parameters: about(
    'RSS from a .NET portal CMS',
    'As Vietnamese .NET portals write it: "9/16/2026 10:30:00 AM" dates, no guid, photos inside the description.',
  ),
};
export const FromFullDescriptionRss: Story = {
  name: 'RSS có toàn văn bài',
  args: { src: '/test/fixtures/feeds/vn-cms-dotnet-full.rss.xml' },
  parameters: about(
    'RSS with the whole article in its description',
    'A bold lead, a centred photo, an italic caption, the body, a byline: each card shows the sapo alone.',
  ),
};
export const FullDescriptionReport: Story = {
  name: 'Bài toàn văn mở tại chỗ',
  args: { src: '/test/fixtures/feeds/vn-cms-dotnet-full.rss.xml' },
  parameters: about(
    'A whole-article RSS item opened',
    'The first one, in place: sapo, photos with their captions, body and byline, each shown once.',
  ),
  beforeEach: () => () => history.replaceState(null, '', location.pathname + location.search),
  play: ({ canvasElement }) => openCard(canvasElement, 0),
};
// Photos mapped to local ones, as for FromPortalRss.
export const FromIllFormedRss: Story = {
  name: 'RSS sai cú pháp',
  args: { src: '/test/fixtures/feeds/vn-cms-ill-formed.rss.xml' },
  parameters: about(
    'Ill-formed RSS',
    'A bare "&" and `&nbsp;` that a strict XML parser refuses: repaired and shown, the repair reported in `party-news-load`.',
  ),
};
export const UndatedRssItems: Story = {
  name: 'RSS không đọc được ngày',
  args: { src: '/test/fixtures/feeds/dates-all-unreadable.rss.xml' },
  parameters: about(
    'RSS without readable dates',
    'Dates missing or unreadable: every item shown, in feed order, without a dateline.',
  ),
};
export const FromInlineJson: Story = {
  name: 'Tin viết sẵn trong trang',
  args: { src: undefined, inline: seedFeedJson },
  parameters: about('Feed inline in the page', 'A `<script type="application/json">` child: no request at all.'),
};
export const ListLayout: Story = {
  name: 'Dạng danh sách',
  args: { layout: 'list' },
  parameters: about('List layout', 'One article a row, photo beside the text.'),
};
export const CompactLayout: Story = {
  name: 'Dạng gọn',
  args: { layout: 'compact' },
  parameters: about('Compact layout', 'Titles and dates only, for a sidebar.'),
};
export const WithSearch: Story = {
  name: 'Có ô tìm kiếm',
  args: { searchable: true },
  parameters: about('With a search box', '`searchable`: a box over the cards that filters them as the reader types.'),
};
export const SearchFound: Story = {
  name: 'Kết quả tìm kiếm',
  args: { searchable: true },
  parameters: about(
    'Search results',
    '"dang uy" typed without marks finds the two articles with "Đảng ủy" (never "uy" inside "quý"), says "Tìm thấy 2 tin" and marks the words.',
  ),
  play: async ({ canvasElement }) => {
    const feed = canvasElement.querySelector('party-news-feed')!;
    await feed.loadComplete;
    const input = feed.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
    input.value = 'dang uy';
    input.dispatchEvent(new InputEvent('input'));
    await feed.updateComplete;
  },
};
export const WithLoadMore: Story = {
  name: 'Nút Xem thêm',
  args: { src: undefined, feed: pagedFeedJson },
  parameters: about('Load more', 'Eighteen articles: six cards, then "Xem thêm" for the next six.'),
};
export const OneCategory: Story = {
  name: 'Một chuyên mục',
  args: { category: 'to-chuc-dang-co-so' },
  parameters: about('One category', '`category="to-chuc-dang-co-so"`: only that section’s articles.'),
};
export const Loading: Story = {
  name: 'Đang tải',
  args: { src: PENDING_FEED_URL, timeout: 86_400_000 },
  parameters: about(
    'Loading',
    'The request never finishes here (and the timeout is a day): the skeleton holds the space, `aria-busy` on.',
  ),
};
export const ErrorWithRetry: Story = {
  name: 'Lỗi tải tin',
  args: { src: '/fixtures/feeds/khong-ton-tai.json', retries: 0 },
  parameters: about('Feed failed to load', 'The feed URL answers 404: the message, its code and a "Thử lại" button.'),
};
export const Empty: Story = {
  name: 'Chưa có tin',
  args: { src: undefined, feed: { items: [] } },
  parameters: about('No news yet', 'A feed with no items: "Chưa có tin nào."'),
};

export const MoreNews: Story = {
  name: 'Tin khác',
  parameters: about(
    'More news',
    'An article that names nothing related and shares no category or tag, opened: its report ends with the newest others under "Tin khác".',
  ),
  beforeEach: () => () => history.replaceState(null, '', location.pathname + location.search),
  play: async ({ canvasElement }) => {
    await openCard(canvasElement, 3);
  },
};

/** Opens the `index`th card's report in place, as a reader's click does, and waits until it shows. */
async function openCard(canvas: HTMLElement, index: number): Promise<void> {
  const feed = canvas.querySelector('party-news-feed')!;
  await feed.loadComplete;
  feed.shadowRoot!.querySelectorAll<HTMLElement>('[part~="card"] .link')[index].click();
  await feed.updateComplete;
  await feed.shadowRoot!.querySelector<PartyNewsReport>('party-news-report')!.updateComplete;
}

export const ReportOpenInPlace: Story = {
  name: 'Bài mở tại chỗ',
  parameters: about(
    'Report opened in place',
    'What readers see most: the reference article in the feed, with the back button and "Tin liên quan".',
  ),
  beforeEach: () => () => history.replaceState(null, '', location.pathname + location.search),
  play: ({ canvasElement }) => openCard(canvasElement, 0),
};

const UNREACHABLE = '/fixtures/feeds/tam-thoi-khong-truy-cap-duoc.json';
export const SavedCopyAfterFailedReload: Story = {
  name: 'Bản đã lưu khi tải lại lỗi',
  args: { src: UNREACHABLE, retries: 0 },
  parameters: about(
    'Saved copy after a failed reload',
    'The feed answered once and was saved; now it fails (404): the saved copy stays, with a quiet notice, the code and a retry.',
  ),
  beforeEach: () => {
    const src = new URL(UNREACHABLE, location.href).href;
    const saved = new URL('/fixtures/feeds/seed.json', location.href).href;
    rememberFeed(src, JSON.stringify(seedFeedJson), saved, Date.parse('2022-03-30T11:45:00+07:00'));
    return () => forgetFeeds();
  },
};

export const RouteNone: Story = {
  name: 'Không đổi địa chỉ trang',
  args: { route: 'none' },
  parameters: about(
    'Address bar left alone',
    '`route="none"`, for a portal whose own router owns the URL: the report opens in place, the address and history never change.',
  ),
  play: ({ canvasElement }) => openCard(canvasElement, 0),
};
