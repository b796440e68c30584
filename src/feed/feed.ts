// <party-news-feed>. Over 250 lines by its documentation: the JSDoc of the class and its properties
// is the API reference (custom-elements.json, the README's API section, Storybook's controls); the
// code is under 200 lines. Loading is FeedLoad, routing and focus ReportRoute, the states'
// templates feed-states.ts.
import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';

import { cardStyles } from '../card/card.styles.js';
import { type CardLayout, type CardPiece, cardTemplate } from '../card/card-template.js';
import { categoriesOf, filterArticles, indexing, namesCategory, relatedOrMore } from '../model/browsing/browse.js';
import { pageCount } from '../model/browsing/pages.js';
import { queryWords } from '../model/browsing/word-search.js';
import { formatDateTime, formatDay } from '../model/items/format-date.js';
import { feedDetails } from '../model/items/problem-summary.js';
import { errorKey, errorValues } from '../model/reading/feed-error.js';
import { byteLimit } from '../model/reading/fetch-feed.js';
import { runInSlices } from '../model/reading/slices.js';
import type { Article, RelatedArticle } from '../model/types.js';
import { PartyNewsReport } from '../report/report.js';
import { RELATED_PARTS, REPORT_PARTS } from '../report/report-parts.js';
import { AfterUpdate } from '../shared/after-update.js';
import { baseStyles } from '../shared/base.styles.js';
import { PartyNewsElement } from '../shared/element.js';
import { emit } from '../shared/events.js';
import { PartyNewsSource } from '../source/source.js';
import { version } from '../version.js';
import { feedStyles } from './feed.styles.js';
import {
  archiveTemplate,
  categoryTabs,
  pagesTemplate,
  PANEL_ID,
  tabId,
  tabsFor,
  tabsTemplate,
} from './feed-controls.js';
import { FeedLoad, type UnitSource } from './feed-load.js';
import type { FeedResult } from './feed-loader.js';
import { FeedRefresh } from './feed-refresh.js';
import { errorTemplate, skeletonTemplate, staleNoticeTemplate } from './feed-states.js';
import { followAll, ReportRoute } from './report-route.js';

export type FeedLayout = 'grid' | 'list' | 'compact' | 'featured';
export type FeedPaging = 'more' | 'pages';
// A featured list's lead is a vertical card; the rest, beside it, have their thumbnails beside them.
const CARD_LAYOUT: Record<FeedLayout, CardLayout> = {
  grid: 'vertical',
  list: 'horizontal',
  compact: 'compact',
  featured: 'horizontal',
};
const PIECES: readonly CardPiece[] = ['image', 'summary', 'date', 'category'];
/** `value` when it is a count (a whole number above 0): `page-size` and `max-items` take no other. */
const positiveCount = (value: number | undefined) => (Number.isInteger(value) && value! > 0 ? value : undefined);
// `tabs` is a boolean attribute that may also name what the tabs are: `tabs="units"`.
const TABS = {
  fromAttribute: (value: string | null) => (value === null ? false : value === 'units' ? 'units' : true),
  toAttribute: (value: boolean | 'units') => (value === true ? '' : value || null),
};
// The report's parts as `report-<name>`, and its related list's under the names the report gives them.
const REPORT_EXPORTPARTS = [
  ...REPORT_PARTS.map((part) => `${part}:report-${part}`),
  ...RELATED_PARTS.map((part) => `related-${part}`),
].join();

/**
 * The embeddable news section: loads a feed (URL, property or inline JSON), shows it as cards
 * with paging and search, and opens each report in place, with its related news, behind a
 * `#party-news=<id>` URL that Back and Forward follow.
 *
 * @tag party-news-feed
 * @summary The embeddable news widget.
 *
 * @slot - An optional `<script type="application/json">` holding the feed inline (no network at all).
 *
 * @csspart toolbar - The search box's row.
 * @csspart tabs - The tab list (`tabs`): "Tất cả" and each category.
 * @csspart tab - Each tab `<button>`; the chosen one has `aria-selected="true"`.
 * @csspart archive - The "Xem theo ngày" row (`archive`).
 * @csspart date - Its date `<input>`.
 * @csspart clear-date - The button that shows every day again.
 * @csspart pages - The numbered pages' `<nav>` (`paging="pages"`).
 * @csspart page - Each page number's `<button>`; the current one has `aria-current="page"`.
 * @csspart search - The search `<input>`.
 * @csspart list - The `<ul>` of cards.
 * @csspart card - Each card's `<article>` (its inner parts, `media`, `image`, `category`, `title`, `link`, `meta`, `summary`, are the card's).
 * @csspart lead - The lead story's `<article>` in the `featured` layout (also a `card`).
 * @csspart more - The "Xem thêm" / "Load more" button.
 * @csspart status - The live region that announces counts: "Tìm thấy 2 tin" shown under the search box while a search is on, visually hidden otherwise.
 * @csspart mark - The `<mark>` around each word a search matched (its matched beginning), in the cards' titles and summaries.
 * @csspart notice - The quiet notice shown over a saved feed when a load failed, or under the list for each unit whose feed could not be read.
 * @csspart new-articles - The "Có 3 tin mới" / "3 new articles" button over the list: articles that arrived while the reader was on it, shown when chosen.
 * @csspart error - The error message box.
 * @csspart retry - The retry button.
 * @csspart empty - The "no news" message.
 * @csspart back - The button that returns from a report to the list.
 * @csspart report - The `<party-news-report>` shown in place.
 * @csspart report-base - The report's `<article>` (the report's `base`).
 * @csspart report-breadcrumb - The report's section line (`breadcrumb`; not shown when the feed's `category` names the section).
 * @csspart report-title - The report's title heading (`title`).
 * @csspart report-meta - The report's dateline (`meta`).
 * @csspart report-tools - The report's reader tools (`tools`).
 * @csspart report-summary - The report's sapo (`summary`).
 * @csspart report-lead - The report's lead photo `<figure>` (`lead`).
 * @csspart report-caption - The lead photo's caption (`caption`).
 * @csspart report-body - The report's body (`body`).
 * @csspart report-byline - The report's byline (`byline`).
 * @csspart report-tags - The report's tag list (`tags`).
 * @csspart report-share - The report's share row (`share`).
 * @csspart report-source - The report's source line (`source`).
 * @csspart report-viewer - The report's photo viewer `<dialog>` (`viewer`).
 * @csspart report-related - The related list after the report (`related`).
 * @csspart related-heading - The related list's heading.
 * @csspart related-list - The related list's `<ul>`.
 * @csspart related-item - Each related `<li>`.
 * @csspart related-link - Each related title link.
 * @csspart related-meta - Each related item's date.
 *
 * @cssprop [--pn-feed-gap=1em] - Space between cards.
 * @cssprop [--pn-feed-column-min=16em] - Narrowest card column in the grid layout.
 * @cssprop [--pn-feed-button-background=var(--pn-color-accent)] - "Xem thêm" and retry button background.
 * @cssprop [--pn-feed-button-color=light-dark(#fff, #1b1b1d)] - Their text colour.
 *
 * @fires {CustomEvent<{ items: Article[]; skipped: Problem[] }>} party-news-load - A feed loaded: the articles shown (newest first) and the problems of the items skipped or trimmed.
 * @fires {CustomEvent<{ code: FeedErrorCode; message: string }>} party-news-error - The feed could not be loaded. `code`: network, cors (a feed on another origin that sends no `Access-Control-Allow-Origin` for this page), timeout, http-<status>, too-large (a body over `max-bytes`), invalid-json, invalid-xml, not-a-feed or invalid-shape; `message` in the element's language.
 * @fires {CustomEvent<{ items: Article[] }>} party-news-update - A `refresh` found new articles: they wait behind "Có N tin mới" until the reader asks for them.
 * @fires {CustomEvent<{ article: Article | RelatedArticle }>} party-news-select - The reader chose an article (a card, or a related item that may not be in this feed). Cancelable: `preventDefault()` leaves navigation to the host.
 */
export class PartyNewsFeed extends PartyNewsElement {
  static override styles = [baseStyles, cardStyles, feedStyles];
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    feed: { attribute: false },
    sources: { attribute: false },
    layout: { reflect: true },
    pageSize: { attribute: 'page-size', type: Number, reflect: true },
    paging: { reflect: true },
    maxItems: { attribute: 'max-items', type: Number, reflect: true },
    hide: { reflect: true },
    category: { reflect: true },
    tabs: { reflect: true, converter: TABS },
    archive: { type: Boolean, reflect: true },
    searchable: { type: Boolean, reflect: true },
    open: { reflect: true },
    route: { reflect: true },
    shareBase: { attribute: 'share-base', reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
    timeout: { type: Number, reflect: true },
    retries: { type: Number, reflect: true },
    maxBytes: { attribute: 'max-bytes', type: Number, reflect: true },
    refresh: { type: Number, reflect: true },
    shownCount: { state: true },
    page: { state: true },
    tab: { state: true },
    day: { state: true },
    query: { state: true },
  };
  /** @internal The party-news version of this class, compared by `define()`. */
  static readonly version = version;
  /** @internal Elements in its shadow root, registered with it by `define()`. */
  static readonly dependencies = { 'party-news-report': PartyNewsReport, 'party-news-source': PartyNewsSource };

  /** URL of the feed: native JSON, JSON Feed 1.0/1.1, RSS 2.0 or Atom 1.0, told apart by content. */
  src?: string;

  /** The feed as data (an object with `items`, or an array of items). Wins over `src` and inline JSON. */
  feed?: unknown;

  /**
   * Several units' feeds to merge, for scripts (`<party-news-source>` children do the same in
   * markup): each `{ src, name }`. Wins over `src` and inline JSON; `feed` wins over it.
   */
  sources?: { src: string; name?: string }[];

  /**
   * `grid` (default), `list`, `compact`, or `featured`: the first article of the view as the lead
   * story (large photo, sapo), the rest as a list beside it on wide screens and below it on phones.
   * @type {'grid' | 'list' | 'compact' | 'featured'}
   */
  layout: FeedLayout = 'grid';

  /** Cards per page; "Xem thêm" shows the next page, or each numbered page holds this many. */
  pageSize = 6;

  /**
   * `more` (default): a "Xem thêm" / "Load more" button adds a page. `pages`: numbered pages in a
   * `<nav>` ("1 … 4 5 6 … 20"), choosing one moves focus to its first card.
   * @type {'more' | 'pages'}
   */
  paging: FeedPaging = 'more';

  /** Only the newest this many articles, with no paging ("Tin mới nhất" boxes). */
  maxItems?: number;

  /** Card pieces to leave out, space-separated: `image`, `summary`, `date`, `category` (`hide="image summary"`: headlines only). */
  hide?: string;

  /** Show only this category (its id, or its name ignoring case and diacritics); the cards then leave out the label they would all share. With `tabs`, the tab chosen first. */
  category?: string;

  /**
   * A tab list: "Tất cả" / "All", then each category of the feed, each tab showing its articles
   * (`tabs` or `tabs="categories"`); `tabs="units"`: a tab per unit of a feed that merges several.
   * @type {boolean | 'units'}
   */
  tabs: boolean | 'units' = false;

  /** "Xem theo ngày" / "By date": a date input showing the articles published that day, in the element's time zone. */
  archive = false;

  /** Show a search box. */
  searchable = false;

  /** `inline` (default): a chosen article opens here, behind `#party-news=<id>`. `link`: its URL is followed. */
  open: 'inline' | 'link' = 'inline';

  /**
   * `hash` (default): a report opened in place is kept in the URL as `#party-news=<id>`, for Back,
   * Forward, reload and sharing. `none`: the report opens in place and the URL never changes, for
   * portals whose own router owns the hash.
   */
  route: 'hash' | 'none' = 'hash';

  /** Where pages made by `party-news render` are served: the report's share links point at them. */
  shareBase?: string;

  /** Level of the card titles (2–6); the report in place uses one level above. */
  headingLevel = 3;

  /** Milliseconds before a fetch attempt gives up. */
  timeout = 10_000;

  /** Further fetch attempts after network errors and 5xx answers, with backoff. */
  retries = 2;

  /**
   * Seconds between reads of the source again (at least 60), while the page is visible: new articles
   * wait behind "Có 3 tin mới" / "3 new articles" until the reader asks for them. Unset: never.
   */
  refresh?: number;

  /** The largest feed body read, in bytes (default 10 MB), counted as it arrives: a larger one stops with `too-large`, and is not retried. */
  maxBytes = 10_485_760;

  /** How many of the matching articles the list shows: a page more with each "Xem thêm". */
  private shownCount = 0;
  /** The numbered page shown (`paging="pages"`), from 1. */
  private page = 1;
  /** The chosen tab's category key (`undefined`: "Tất cả"). */
  private tab?: string;
  /** The archive's day ("2022-03-30"), or '' for every day. */
  private day = '';
  private query = '';

  readonly #load = new FeedLoad(this, {
    units: () => (this.feed !== undefined && this.feed !== null ? [] : this.#unitSources()),
    source: () => {
      if (this.feed !== undefined && this.feed !== null) return { data: this.feed };
      const inline = this.querySelector(':scope > script[type="application/json"]');
      if (inline) return { text: inline.textContent ?? '' };
      return this.src ? { url: this.src } : undefined;
    },
    fetchOptions: () => ({ timeout: this.timeout, retries: this.retries, maxBytes: this.maxBytes }),
    // A huge feed shows its first screen early, unless a filter decides what that screen holds.
    firstScreen: () => (this.category || this.query ? undefined : this.#pageStep),
    delivered: (result) => this.#delivered(result),
  });
  readonly #route = new ReportRoute(this, {
    inline: () => this.open === 'inline',
    hash: () => this.route !== 'none',
    holds: (id) => this.#load.articles.some((a) => a.id === id),
    pending: () => this.#load.status === 'pending',
    reveal: (id) => {
      const at = this.#matching().findIndex((a) => a.id === id);
      if (at < 0) return;
      this.page = Math.floor(at / this.#pageStep) + 1;
      if (at >= this.shownCount) this.shownCount = Math.ceil((at + 1) / this.#pageStep) * this.#pageStep;
    },
  });
  readonly #afterUpdate = new AfterUpdate(this);
  readonly #refresh = new FeedRefresh(
    this,
    () => this.refresh ?? 0,
    async () => {
      const items = await this.#load.refresh();
      if (items.length) emit(this, 'party-news-update', { items });
    },
  );
  #started = false;

  /**
   * Settles once the load in flight (or, with no source yet, the first one) is shown: with the
   * articles, newest first, or rejected with a `FeedError` (`code`, `message`) when the feed
   * failed with no saved copy to show. A reload that supersedes a load settles it with its own outcome.
   */
  get loadComplete(): Promise<Article[]> {
    return this.#load.complete;
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    // Cards, and the related list inside a report, all announce a choice with this event.
    root.addEventListener('party-news-select', this.#onSelect);
    return root;
  }

  // State that follows from the properties is set before rendering, in the same update: set in
  // updated(), it would schedule a second one (Lit's development build warns of it).
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.#started || changed.has('src') || changed.has('feed') || changed.has('sources')) {
      this.#started = true;
      // A server renders once, at once; adopting its markup, the first render must be its own.
      if (isServer || this.adopting) this.#load.readNow();
      else void this.reload();
    }
    if (changed.has('refresh')) this.#refresh.restart();
    if (changed.has('category')) this.tab = this.category || undefined;
    if (changed.has('pageSize') || changed.has('category')) this.#firstPage();
  }

  /** Back to the first page of the list, as any change of what the list holds does. */
  #firstPage(): void {
    this.shownCount = this.#pageStep;
    this.page = 1;
  }

  /** The category the list shows: the chosen tab's, or the `category` attribute's. */
  get #shownCategory(): string | undefined {
    return this.tabs && this.tabs !== 'units' ? this.tab : this.category;
  }

  /** The units' feeds to merge: the `sources` property's, else the `<party-news-source>` children's. */
  #unitSources(): UnitSource[] {
    if (this.sources?.length) return this.sources.map(({ src, name }) => ({ url: src, name }));
    return [...this.querySelectorAll(':scope > party-news-source')].flatMap((el) => {
      const url = el.getAttribute('src');
      return url ? [{ url, name: el.getAttribute('name') ?? undefined }] : [];
    });
  }

  get #pageStep(): number {
    return positiveCount(this.pageSize) ?? 6;
  }

  /** Loads the feed again from its source (what the retry button does). */
  reload(): Promise<void> {
    return this.#load.reload();
  }

  #delivered({ feed, error }: FeedResult): void {
    if (feed) {
      this.warnProblems(feed.problems, this.#load.articles.length, feedDetails(this.src, globalThis.document?.baseURI));
      this.#firstPage();
      const units = this.#load.units;
      const sources = units.length
        ? units.map(({ name, src, loaded, error: failed }) => ({ name, src, loaded, error: failed?.code }))
        : undefined;
      if (!error) emit(this, 'party-news-load', { items: this.#load.articles, skipped: feed.problems, sources });
      followAll();
      if (this.searchable) void runInSlices(indexing(this.#load.articles));
    }
    if (error) {
      // The reader gets a message in their language; the developer gets the details in the console.
      console.warn(`<${this.localName}>: ${error.code}: ${error.message}`);
      emit(this, 'party-news-error', { code: error.code, message: this.t(errorKey(error.code), this.#errorValues) });
    }
  }

  get #errorValues() {
    return errorValues(byteLimit(this.maxBytes), this.uiLang);
  }

  #onSelect = (event: Event): void => {
    if (this.open !== 'inline') return; // the card's own link is followed, unless the host cancels
    const { article } = (event as CustomEvent<{ article: Article | RelatedArticle }>).detail;
    const known = this.#load.articles.find((a) => a.id === article.id);
    event.stopPropagation();
    event.preventDefault();
    if (!emit(this, 'party-news-select', { article: known ?? article }, { cancelable: true })) return;
    if (known) this.#route.open(known.id);
    else if (article.url) location.assign(article.url);
  };

  #matching(): Article[] {
    const { query, day } = this;
    const unit = this.tabs === 'units' ? this.tab : undefined;
    return filterArticles(this.#load.articles, {
      category: this.#shownCategory,
      unit,
      query,
      day,
      timeZone: this.zone,
    });
  }

  #onSearch = (event: InputEvent): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.#firstPage();
  };

  #onDay = (day: string): void => {
    this.day = day;
    this.#firstPage();
  };

  /** Moves focus to the card at `index` of the list once it is rendered. */
  #focusCard(index: number): void {
    this.#afterUpdate.then(() =>
      this.shadowRoot!.querySelectorAll<HTMLElement>('[part~="card"] .link')[index]?.focus(),
    );
  }

  #onPage = (page: number): void => {
    this.page = page;
    this.#focusCard(0);
  };

  #onMore = (): void => {
    const first = this.shownCount;
    this.shownCount += this.#pageStep;
    // Focus moves to the first new card, so keyboard and screen-reader users read on from there.
    this.#focusCard(first);
  };

  #newArticlesText(count: number): string {
    return this.t(count === 1 ? 'newArticle' : 'newArticles', { count });
  }

  /** Shows the articles that arrived while the reader was on the list, and takes focus to the first. */
  #onShowNew = (): void => {
    this.#load.showWaiting();
    this.#firstPage();
    this.#focusCard(0);
  };

  /** Over the list, taking no room (so nothing moves when it appears): the articles waiting. */
  #renderWaiting() {
    const { length } = this.#load.waiting;
    return length
      ? html`<div class="waiting">
          <button part="new-articles" class="button" type="button" @click=${this.#onShowNew}>
            ${this.#newArticlesText(length)}
          </button>
        </div>`
      : nothing;
  }

  /** Under the list: each unit whose feed could not be read, named, with a retry. */
  #renderFailedUnits() {
    return this.#load.units.map((unit, i) =>
      unit.error
        ? html`<p part="notice" class="notice unit-notice">
            ${this.t('unitFailed', { name: unit.name })}
            <button part="retry" class="link" type="button" @click=${() => void this.#load.retryUnit(i)}>
              ${this.t('retry')}
            </button>
          </p>`
        : nothing,
    );
  }

  #onRetry = (): void => {
    void this.reload();
  };

  #renderReport(article: Article) {
    const { items, more } = relatedOrMore(article, this.#load.articles);
    // A feed that shows one section has named it already: its report does not name it again
    // above the title (on a phone, that line pushes the article's start off the first screen).
    const category = this.#shownCategory;
    const named = !!category && filterArticles([article], { category }).length > 0;
    return html`<div class="report-view">
      <button part="back" class="back" type="button" @click=${this.#route.back}>
        <span aria-hidden="true">←</span> ${this.t('back')}
      </button>
      <party-news-report
        part="report"
        class=${named ? 'named' : ''}
        exportparts=${REPORT_EXPORTPARTS}
        lang=${this.uiLang}
        time-zone=${this.zone}
        heading-level=${Math.max(1, this.headingLevel - 1)}
        .article=${article}
        .related=${items}
        related-heading=${more ? this.t('moreNews') : nothing}
        share-base=${this.shareBase || nothing}
      ></party-news-report>
    </div>`;
  }

  /** The search box; it needs script: a server writes the row empty, its height kept for it (feed.styles.ts). */
  #renderToolbar() {
    const box = html`<label for="search">${this.t('search')}</label>
      <input part="search" id="search" type="search" .value=${this.query} @input=${this.#onSearch} autocomplete="off" />`;
    return html`<div part="toolbar" class="toolbar" role=${this.scripted ? 'search' : nothing}>${this.scripted ? box : nothing}</div>`;
  }

  /** A query with words in it: only then does the list show what was found (not for spaces or commas alone). */
  get #searching(): boolean {
    return queryWords(this.query).length > 0;
  }

  /** What the live region announces: loading, new articles waiting, or how many are found or shown. */
  #statusText(shown: number, total: number): string {
    const waiting = this.#load.waiting.length;
    if (waiting && !this.#searching) return this.#newArticlesText(waiting);
    if (this.#load.status === 'pending' && !this.#load.articles.length) return this.t('loading');
    if (this.#searching) return this.t(total === 1 ? 'foundOne' : 'found', { total });
    return this.#load.articles.length ? this.t('showing', { shown, total }) : '';
  }

  /** The card pieces `hide` names. */
  get #hidden(): ReadonlySet<CardPiece> {
    const words = (this.hide ?? '').toLowerCase().split(/\s+/);
    return new Set(PIECES.filter((piece) => words.includes(piece)));
  }

  /** `max-items`, when it is a count. */
  get #limit(): number | undefined {
    return positiveCount(this.maxItems);
  }

  /** What the list holds now (`matching`), the cards on screen, and how many numbered pages there are. */
  #view() {
    const matching = this.#matching();
    const step = this.#pageStep;
    const limit = this.#limit;
    const pages = limit || this.paging !== 'pages' ? 1 : pageCount(matching.length, step);
    const page = Math.min(this.page, pages);
    const visible = limit
      ? matching.slice(0, limit)
      : pages > 1
        ? matching.slice((page - 1) * step, page * step)
        : matching.slice(0, this.paging === 'pages' ? step : this.shownCount);
    return { matching, visible, page, pages };
  }

  #renderCards(visible: Article[]) {
    const card = {
      layout: CARD_LAYOUT[this.layout] ?? 'vertical',
      headingLevel: this.headingLevel,
      lang: this.uiLang,
      timeZone: this.zone,
      part: 'card',
      // Filtered to one category, every card would repeat the same label.
      showCategory: !this.#shownCategory,
      query: this.query,
      hide: this.#hidden,
    };
    const busy = this.#load.status === 'pending' ? 'true' : 'false';
    const items = (articles: Article[]) => articles.map((a) => html`<li data-id=${a.id}>${cardTemplate(a, card)}</li>`);
    if (this.layout !== 'featured') return html`<ul part="list" class="list" aria-busy=${busy}>${items(visible)}</ul>`;
    // The lead story: the view's first article, large, its photo fetched first; the rest beside it.
    const [lead, ...rest] = visible;
    // The frame is the container the layout asks (beside on wide screens, below on phones): the
    // feed's own width decides, not the window's, so a featured box in a sidebar stays one column.
    return html`<div class="featured" aria-busy=${busy}>
      <div class="featured-grid">
        <div class="lead-story" data-id=${lead.id}>
          ${cardTemplate(lead, { ...card, layout: 'vertical', part: 'card lead', lead: true })}
        </div>
        ${rest.length ? html`<ul part="list" class="list">${items(rest)}</ul>` : nothing}
      </div>
    </div>`;
  }

  /** Why the list is empty: nothing on the chosen day, nothing found, or no news at all. */
  #emptyText(): string {
    if (this.day) return this.t('noneOnDay', { day: formatDay(this.day, this.uiLang) });
    return this.t(this.query || this.#shownCategory ? 'noResults' : 'empty');
  }

  /** The list's place: a skeleton while a first load runs, the error, the cards, or why there are none. */
  #renderBody(visible: Article[]) {
    const list = () =>
      visible.length ? this.#renderCards(visible) : html`<p part="empty" class="empty">${this.#emptyText()}</p>`;
    return this.#load.render({
      pending: (shown) => (shown.length ? list() : skeletonTemplate(Math.min(this.#pageStep, 6))),
      complete: list,
      error: (error) => errorTemplate(this.t, error.code, this.#onRetry, this.#errorValues),
    });
  }

  /** The tab list over the list ("Tất cả" and each category), and the panel the list is in. */
  #renderTabs(body: unknown) {
    const units = this.tabs === 'units';
    // Units: those whose feeds loaded here, or those a feed merged ahead of time names (`units`).
    const unitNames = this.#load.units.length
      ? this.#load.units.filter((u) => u.loaded).map((u) => u.name)
      : [...new Set(this.#load.articles.flatMap((a) => a.units ?? []))];
    const choices = units
      ? unitNames.map((name) => ({ key: name, label: name }))
      : categoryTabs(categoriesOf(this.#load.articles));
    const tabs = tabsFor(this.t, choices);
    const chosen = this.tab;
    const found = tabs.findIndex(
      ({ key, label }) =>
        key !== undefined &&
        chosen !== undefined &&
        (units ? key === chosen : namesCategory({ id: key, name: label }, chosen)),
    );
    const selected = Math.max(0, found);
    const choose = (index: number) => {
      this.tab = tabs[index].key;
      this.#firstPage();
      this.#afterUpdate.then(() => this.shadowRoot!.getElementById(tabId(index))?.focus());
    };
    return html`${tabsTemplate(this.t, tabs, selected, choose)}
      <div role="tabpanel" id=${PANEL_ID} aria-labelledby=${tabId(selected)}>${body}</div>`;
  }

  #renderMore() {
    return html`<div class="more-row">
      <button part="more" class="button" type="button" @click=${this.#onMore}>${this.t('loadMore')}</button>
    </div>`;
  }

  protected override render() {
    const { status, error, savedAt } = this.#load;
    if (status === 'initial') return nothing;
    const { openId } = this.#route;
    const open = openId !== undefined && !this.adopting ? this.#load.articles.find((a) => a.id === openId) : undefined;
    if (open) return this.#renderReport(open);
    const { matching, visible, page, pages } = this.#view();
    // One live region, shown while a search finds something (none found, the empty message says
    // so): the count is read once, and seen.
    const searching = this.#searching && this.#load.status !== 'pending' && matching.length > 0;
    // Controls that need script (the search box, the date input, paging) wait for it (feed.styles.ts).
    const scripted = this.scripted;
    const list = html`
      ${this.archive ? html`<div class="toolbar">${scripted ? archiveTemplate(this.t, this.day, this.#onDay) : nothing}</div>` : nothing}
      ${scripted ? this.#renderWaiting() : nothing}
      ${this.#renderBody(visible)}
      ${this.#load.articles.length ? this.#renderFailedUnits() : nothing}
      ${scripted && pages > 1 ? pagesTemplate(this.t, page, pages, this.#onPage) : nothing}
      ${scripted && !this.#limit && this.paging !== 'pages' && visible.length < matching.length ? this.#renderMore() : nothing}
    `;
    return html`
      ${this.searchable ? this.#renderToolbar() : nothing}
      <p part="status" class=${searching ? 'status' : 'visually-hidden'} role="status">${this.#statusText(visible.length, matching.length)}</p>
      ${error && savedAt ? staleNoticeTemplate(this.t, error.code, formatDateTime(new Date(savedAt), this.uiLang, this.zone), this.#onRetry) : nothing}
      ${this.tabs && this.#load.articles.length ? (scripted ? this.#renderTabs(list) : html`<div class="tabs"></div>${list}`) : list}
    `;
  }
}
