import '../src/feed/define.js';

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

import { pagedFeedJson, seedFeedJson } from '../fixtures/samples.js';
import type { PartyNewsFeed } from '../src/feed/feed.js';
import { forgetFeeds, rememberFeed } from '../src/model/reading/feed-cache.js';
import type { PartyNewsReport } from '../src/report/report.js';
import { PENDING_FEED_URL } from './support/pending-network.js';

type Args = Partial<
  Pick<
    PartyNewsFeed,
    'src' | 'feed' | 'layout' | 'pageSize' | 'category' | 'searchable' | 'open' | 'route' | 'retries' | 'timeout'
  >
> & { inline?: unknown };

const meta: Meta<Args> = {
  title: 'Elements/Feed',
  component: 'party-news-feed',
  args: { src: '/fixtures/feeds/seed.json', layout: 'grid', pageSize: 6, searchable: false, open: 'inline' },
  render: ({ src, feed, layout, pageSize, category, searchable, open, route, retries, timeout, inline }) =>
    html`<party-news-feed
      src=${src ?? nothing}
      .feed=${feed}
      layout=${layout ?? 'grid'}
      page-size=${pageSize ?? 6}
      category=${category ?? nothing}
      ?searchable=${searchable}
      open=${open ?? 'inline'}
      route=${route ?? 'hash'}
      retries=${retries ?? 2}
      timeout=${timeout ?? 10000}
      >${inline ? html`<script type="application/json">${JSON.stringify(inline)}</script>` : nothing}</party-news-feed
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const FromJson: Story = {};
export const FromRss: Story = { args: { src: '/fixtures/feeds/seed.rss.xml' } };
export const FromAtom: Story = { args: { src: '/fixtures/feeds/seed.atom.xml' } };
/**
 * RSS as a Vietnamese .NET portal CMS writes it: "9/16/2026 10:30:00 AM" dates, no guid, photos in
 * the description. Its photos are on the portal's own host, unreachable here: they show the quiet
 * placeholder a broken photo gets.
 */
export const FromPortalRss: Story = { args: { src: '/test/fixtures/feeds/vn-cms-dotnet.rss.xml' } };
/**
 * RSS whose description holds the whole article, as most Vietnamese portal CMSs write it: a bold
 * lead, a centred photo, an italic caption, the body, a right-aligned byline. Each card shows the
 * sapo alone; the report shows every paragraph and caption once.
 */
export const FromFullDescriptionRss: Story = { args: { src: '/test/fixtures/feeds/vn-cms-dotnet-full.rss.xml' } };
/** The first full-description article opened in place: sapo, photos with captions, byline, each once. */
export const FullDescriptionReport: Story = {
  args: { src: '/test/fixtures/feeds/vn-cms-dotnet-full.rss.xml' },
  beforeEach: () => () => history.replaceState(null, '', location.pathname + location.search),
  play: ({ canvasElement }) => openCard(canvasElement, 0),
};
/** Ill-formed RSS (a bare "&", &nbsp;): repaired and shown, the repair reported in party-news-load. */
export const FromIllFormedRss: Story = { args: { src: '/test/fixtures/feeds/vn-cms-ill-formed.rss.xml' } };
/** RSS items whose dates are missing or unreadable: all shown, in feed order, without a dateline. */
export const UndatedRssItems: Story = { args: { src: '/test/fixtures/feeds/dates-all-unreadable.rss.xml' } };
/** Inline `<script type="application/json">`: no network at all. */
export const FromInlineJson: Story = { args: { src: undefined, inline: seedFeedJson } };
export const ListLayout: Story = { args: { layout: 'list' } };
export const CompactLayout: Story = { args: { layout: 'compact' } };
export const WithSearch: Story = { args: { searchable: true } };
/**
 * A search on: "dang uy" finds the two articles with words that start so (typed without marks, any
 * marks: "Đảng ủy"; never "uy" inside "quý"), says "Tìm thấy 2 tin" under the box, and marks the
 * matched words in titles and summaries.
 */
export const SearchFound: Story = {
  args: { searchable: true },
  play: async ({ canvasElement }) => {
    const feed = canvasElement.querySelector('party-news-feed')!;
    await feed.loadComplete;
    const input = feed.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
    input.value = 'dang uy';
    input.dispatchEvent(new InputEvent('input'));
    await feed.updateComplete;
  },
};
/** Six cards, then "Xem thêm" for the next six. */
export const WithLoadMore: Story = { args: { src: undefined, feed: pagedFeedJson } };
export const OneCategory: Story = { args: { category: 'to-chuc-dang-co-so' } };
/** The request never finishes here, and the timeout is a day, so the skeleton stays: space held, `aria-busy`. */
export const Loading: Story = { args: { src: PENDING_FEED_URL, timeout: 86_400_000 } };
/** A feed URL that answers 404: the message, the code and a retry button. */
export const ErrorWithRetry: Story = { args: { src: '/fixtures/feeds/khong-ton-tai.json', retries: 0 } };
export const Empty: Story = { args: { src: undefined, feed: { items: [] } } };

/**
 * The oldest item names no related articles and shares no category or tag with another: its
 * report, opened in place, ends with the feed's newest other articles under "Tin khác".
 */
export const MoreNews: Story = {
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

/** What readers see most: the reference article opened in place, with the back button and "Tin liên quan". */
export const ReportOpenInPlace: Story = {
  beforeEach: () => () => history.replaceState(null, '', location.pathname + location.search),
  play: ({ canvasElement }) => openCard(canvasElement, 0),
};

const UNREACHABLE = '/fixtures/feeds/tam-thoi-khong-truy-cap-duoc.json';
/**
 * The feed answered once and was saved; now its URL fails (404 here): the saved copy stays, with
 * a quiet notice saying when it was saved, the error code and a retry.
 */
export const SavedCopyAfterFailedReload: Story = {
  args: { src: UNREACHABLE, retries: 0 },
  beforeEach: () => {
    const src = new URL(UNREACHABLE, location.href).href;
    const saved = new URL('/fixtures/feeds/seed.json', location.href).href;
    rememberFeed(src, JSON.stringify(seedFeedJson), saved, Date.parse('2022-03-30T11:45:00+07:00'));
    return () => forgetFeeds();
  },
};

/**
 * `route="none"`, for a portal whose own hash router owns the URL: the report opens in place, and
 * the address bar and history never change; its back button just closes it.
 */
export const RouteNone: Story = {
  args: { route: 'none' },
  play: ({ canvasElement }) => openCard(canvasElement, 0),
};
