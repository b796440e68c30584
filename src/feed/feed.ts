import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cardTemplate, type CardLayout } from '../card/card-template.js';
import { cardStyles } from '../card/card.styles.js';
import { PartyNewsReport } from '../report/report.js';
import { inCategory, matchesQuery, newestFirst, relatedOrMore } from '../model/browse.js';
import type { FeedError } from '../model/feed-error.js';
import { formatDateTime } from '../model/format-date.js';
import type { MessageKey } from '../model/messages.js';
import type { Article, RelatedArticle } from '../model/types.js';
import { baseStyles } from '../shared/base.styles.js';
import { PartyNewsElement } from '../shared/element.js';
import { emit } from '../shared/events.js';
import { FeedLoader, type FeedSource } from './feed-loader.js';
import { feedStyles } from './feed.styles.js';
import { hashId, hashFor } from '../shared/hash-route.js';
import { version } from '../version.js';

export type FeedLayout = 'grid' | 'list' | 'compact';
const CARD_LAYOUT: Record<FeedLayout, CardLayout> = { grid: 'vertical', list: 'horizontal', compact: 'compact' };

function errorKey(code: string): MessageKey {
  return code === 'network' || code === 'timeout' ? code : code.startsWith('http-') ? 'http' : 'format';
}

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
 * @csspart search - The search `<input>`.
 * @csspart list - The `<ul>` of cards.
 * @csspart card - Each card's `<article>` (its inner parts, `media`, `image`, `category`, `title`, `link`, `meta`, `summary`, are the card's).
 * @csspart more - The "Xem thêm" / "Load more" button.
 * @csspart status - The visually hidden live region that announces counts.
 * @csspart notice - The quiet notice shown over a saved feed when a load failed.
 * @csspart error - The error message box.
 * @csspart retry - The retry button.
 * @csspart empty - The "no news" message.
 * @csspart back - The button that returns from a report to the list.
 * @csspart report - The `<party-news-report>` shown in place.
 *
 * @cssprop [--pn-feed-gap=1rem] - Space between cards.
 * @cssprop [--pn-feed-column-min=16rem] - Narrowest card column in the grid layout.
 * @cssprop [--pn-feed-button-background=var(--pn-color-accent)] - "Xem thêm" and retry button background.
 * @cssprop [--pn-feed-button-color=light-dark(#fff, #1b1b1d)] - Their text colour.
 *
 * @fires {CustomEvent<{ items: Article[]; skipped: Problem[] }>} party-news-load - A feed loaded: the articles shown (newest first) and the problems of the items skipped or trimmed.
 * @fires {CustomEvent<{ code: FeedErrorCode; message: string }>} party-news-error - The feed could not be loaded. `code`: network, timeout, http-<status>, invalid-json, invalid-xml, not-a-feed or invalid-shape; `message` in the element's language.
 * @fires {CustomEvent<{ article: Article | RelatedArticle }>} party-news-select - The reader chose an article (a card, or a related item that may not be in this feed). Cancelable: `preventDefault()` leaves navigation to the host.
 */
export class PartyNewsFeed extends PartyNewsElement {
  static override styles = [baseStyles, cardStyles, feedStyles];
  /** @internal The party-news version of this class, compared by `define()`. */
  static readonly version = version;
  /** @internal Elements in its shadow root, registered with it by `define()`. */
  static readonly dependencies = { 'party-news-report': PartyNewsReport };

  /** URL of the feed: native JSON, JSON Feed 1.0/1.1, RSS 2.0 or Atom 1.0, told apart by content. */
  @property({ reflect: true }) src?: string;

  /** The feed as data (an object with `items`, or an array of items). Wins over `src` and inline JSON. */
  @property({ attribute: false }) feed?: unknown;

  /** `grid` (default), `list` or `compact`. */
  @property({ reflect: true }) layout: FeedLayout = 'grid';

  /** Cards per page; "Xem thêm" shows the next page. */
  @property({ attribute: 'page-size', type: Number, reflect: true }) pageSize = 6;

  /** Show only this category (its id, or its name ignoring case and diacritics); the cards then leave out the label they would all share. */
  @property({ reflect: true }) category?: string;

  /** Show a search box. */
  @property({ type: Boolean, reflect: true }) searchable = false;

  /** `inline` (default): a chosen article opens here, behind `#party-news=<id>`. `link`: its URL is followed. */
  @property({ reflect: true }) open: 'inline' | 'link' = 'inline';

  /** Level of the card titles (2–6); the report in place uses one level above. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 3;

  /** Milliseconds before a fetch attempt gives up. */
  @property({ type: Number, reflect: true }) timeout = 10_000;

  /** Further fetch attempts after network errors and 5xx answers, with backoff. */
  @property({ type: Number, reflect: true }) retries = 2;

  @state() private articles: Article[] = [];
  @state() private loading = false;
  @state() private error?: FeedError;
  @state() private savedAt?: number;
  /** How many of the matching articles the list shows: a page more with each "Xem thêm". */
  @state() private shownCount = 0;
  @state() private query = '';
  @state() private openId?: string;
  /** A load has finished: until then, with no source yet, there is nothing to say (not even "empty"). */
  @state() private settled = false;

  private readonly loader = new FeedLoader();
  private inlineObserver?: MutationObserver;
  private returnTo?: { id: string; scrollY: number };
  private focusAfterRender?: () => void;
  private started = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onRoute);
    window.addEventListener('hashchange', this.onRoute);
    // Inline JSON may be parsed after the element upgrades, or be added and changed later.
    this.inlineObserver = new MutationObserver(() => this.reload());
    this.inlineObserver.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.hasUpdated && !this.articles.length) this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onRoute);
    window.removeEventListener('hashchange', this.onRoute);
    this.inlineObserver?.disconnect();
    this.loader.abort();
    this.loading = false;
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    // Cards, and the related list inside a report, all announce a choice with this event.
    root.addEventListener('party-news-select', this.onSelect);
    return root;
  }

  // State that follows from the properties is set before rendering, in the same update: set in
  // updated(), it would schedule a second one (Lit's development build warns of it).
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.started || changed.has('src') || changed.has('feed')) {
      this.started = true;
      void this.reload();
    }
    if (changed.has('pageSize') || changed.has('category')) this.shownCount = this.pageStep;
  }

  protected override updated(): void {
    const focus = this.focusAfterRender;
    this.focusAfterRender = undefined;
    focus?.();
  }

  private get pageStep(): number {
    return Number.isInteger(this.pageSize) && this.pageSize > 0 ? this.pageSize : 6;
  }

  private source(): FeedSource | undefined {
    if (this.feed !== undefined && this.feed !== null) return { data: this.feed };
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline) return { text: inline.textContent ?? '' };
    return this.src ? { url: this.src } : undefined;
  }

  /** Loads the feed again from its source (what the retry button does). */
  async reload(): Promise<void> {
    const source = this.source();
    // Removed before its first update ran: load when (if ever) it is connected again.
    if (!source || !this.isConnected) return;
    this.loading = true;
    if ('text' in source && document.readyState === 'loading') {
      // Inline JSON still being parsed may be cut short: read it once the document is complete.
      document.addEventListener('DOMContentLoaded', () => void this.reload(), { once: true });
      return;
    }
    // A huge feed shows its first screen early, unless a filter decides what that screen holds.
    const preview =
      this.category || this.query
        ? undefined
        : { count: this.pageStep, show: (first: Article[]) => (this.articles = first) };
    const result = await this.loader.load(source, { timeout: this.timeout, retries: this.retries }, preview);
    if (!result) return; // superseded by a newer load
    this.loading = false;
    this.settled = true;
    this.error = result.error;
    this.savedAt = result.savedAt;
    if (result.feed) {
      this.warnProblems(result.feed.problems);
      this.articles = newestFirst(result.feed.articles);
      this.shownCount = this.pageStep;
      if (!result.error) emit(this, 'party-news-load', { items: this.articles, skipped: result.feed.problems });
      this.onRoute();
    } else {
      this.articles = [];
    }
    if (result.error) {
      // The reader gets a message in their language; the developer gets the details in the console.
      console.warn(`<${this.localName}>: ${result.error.code}: ${result.error.message}`);
      emit(this, 'party-news-error', { code: result.error.code, message: this.t(errorKey(result.error.code)) });
    }
  }

  private get matching(): Article[] {
    const { category, query } = this;
    return this.articles.filter((a) => (!category || inCategory(a, category)) && (!query || matchesQuery(a, query)));
  }

  /** Opens or closes the report to match the URL hash (page load, Back, Forward). */
  private onRoute = (): void => {
    if (this.open !== 'inline') return;
    const id = hashId();
    if (id !== undefined && this.articles.some((a) => a.id === id)) {
      if (id !== this.openId) this.show(id);
    } else if (this.openId !== undefined) {
      this.closeReport();
    }
  };

  private show(id: string): void {
    this.openId = id;
    this.focusAfterRender = () => {
      const report = this.shadowRoot!.querySelector<PartyNewsReport>('party-news-report');
      report?.updateComplete.then(() => {
        report.focus({ preventScroll: true });
        if (this.getBoundingClientRect().top < 0) this.scrollIntoView({ block: 'start' });
      });
    };
  }

  private cardLink(id: string): HTMLElement | null {
    return this.shadowRoot!.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"] .link`);
  }

  private closeReport(): void {
    const back = this.returnTo;
    this.openId = undefined;
    this.returnTo = undefined;
    this.focusAfterRender = () => {
      const link = back && this.cardLink(back.id);
      if (!link || !back) return;
      window.scrollTo({ top: back.scrollY, behavior: 'instant' });
      link.focus({ preventScroll: true });
    };
  }

  private onSelect = (event: Event): void => {
    if (this.open !== 'inline') return; // the card's own link is followed, unless the host cancels
    const { article } = (event as CustomEvent<{ article: Article | RelatedArticle }>).detail;
    const known = this.articles.find((a) => a.id === article.id);
    event.stopPropagation();
    event.preventDefault();
    if (!emit(this, 'party-news-select', { article: known ?? article }, { cancelable: true })) return;
    if (!known) {
      if (article.url) location.assign(article.url);
      return;
    }
    if (this.openId === undefined) this.returnTo = { id: known.id, scrollY: window.scrollY };
    // The entry is marked as ours, so the back button knows Back stays on this page.
    history.pushState({ partyNews: known.id }, '', hashFor(known.id));
    this.show(known.id);
  };

  private onBack = (): void => {
    if ((history.state as { partyNews?: string } | null)?.partyNews) {
      history.back(); // popstate shows what came before: the list, or the report it was opened from
    } else {
      // Opened straight from a shared #party-news= link: Back would leave the page.
      history.pushState(null, '', location.pathname + location.search);
      this.closeReport();
    }
  };

  private onSearch = (event: InputEvent): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.shownCount = this.pageStep;
  };

  private onMore = (): void => {
    const first = this.shownCount;
    this.shownCount += this.pageStep;
    // Focus moves to the first new card, so keyboard and screen-reader users read on from there.
    this.focusAfterRender = () => this.shadowRoot!.querySelectorAll<HTMLElement>('.list > li .link')[first]?.focus();
  };

  private onRetry = (): void => {
    void this.reload();
  };

  private renderReport(article: Article) {
    const { items, more } = relatedOrMore(article, this.articles);
    return html`<div class="report-view">
      <button part="back" class="button back" type="button" @click=${this.onBack}>← ${this.t('back')}</button>
      <party-news-report
        part="report"
        lang=${this.uiLang}
        time-zone=${this.zone}
        heading-level=${Math.max(1, this.headingLevel - 1)}
        .article=${article}
        .related=${items}
        related-heading=${more ? this.t('moreNews') : nothing}
      ></party-news-report>
    </div>`;
  }

  private renderError(error: FeedError) {
    return html`<div part="error" class="error" role="alert">
      <p>${this.t(errorKey(error.code))} <span class="code">(${this.t('errorCode')}: ${error.code})</span></p>
      <button part="retry" class="button" type="button" @click=${this.onRetry}>${this.t('retry')}</button>
    </div>`;
  }

  private renderSkeleton() {
    return html`<ul part="list" class="list skeletons" aria-hidden="true">
      ${Array.from({ length: Math.min(this.pageStep, 6) }, () => html`<li class="skeleton"><span></span><span></span><span></span></li>`)}
    </ul>`;
  }

  protected override render() {
    if (!this.loading && !this.settled) return nothing;
    const open = this.openId !== undefined ? this.articles.find((a) => a.id === this.openId) : undefined;
    if (open) return this.renderReport(open);
    const matching = this.matching;
    const visible = matching.slice(0, this.shownCount);
    const card = {
      layout: CARD_LAYOUT[this.layout] ?? 'vertical',
      headingLevel: this.headingLevel,
      lang: this.uiLang,
      timeZone: this.zone,
      part: 'card',
      // Filtered to one category, every card would repeat the same label.
      showCategory: !this.category,
    };
    const status = this.loading
      ? this.t('loading')
      : this.query
        ? this.t('found', { total: matching.length })
        : this.articles.length
          ? this.t('showing', { shown: visible.length, total: matching.length })
          : '';
    return html`
      ${
        this.searchable
          ? html`<div part="toolbar" class="toolbar" role="search">
            <label for="search">${this.t('search')}</label>
            <input part="search" id="search" type="search" .value=${this.query} @input=${this.onSearch} autocomplete="off" />
          </div>`
          : nothing
      }
      <p part="status" class="visually-hidden" role="status">${status}</p>
      ${
        this.error && this.savedAt
          ? html`<div part="notice" class="notice">
            ${this.t('stale', { time: formatDateTime(new Date(this.savedAt), this.uiLang, this.zone) })}
            <span class="code">(${this.t('errorCode')}: ${this.error.code})</span>
            <button part="retry" class="link" type="button" @click=${this.onRetry}>${this.t('retry')}</button>
          </div>`
          : nothing
      }
      ${
        this.loading && !this.articles.length
          ? this.renderSkeleton()
          : this.error && !this.articles.length
            ? this.renderError(this.error)
            : visible.length
              ? html`<ul part="list" class="list" aria-busy=${this.loading ? 'true' : 'false'}>
                ${visible.map((a) => html`<li data-id=${a.id}>${cardTemplate(a, card)}</li>`)}
              </ul>`
              : html`<p part="empty" class="empty">${this.query || this.category ? this.t('noResults') : this.t('empty')}</p>`
      }
      ${
        visible.length < matching.length
          ? html`<div class="more-row"><button part="more" class="button" type="button" @click=${this.onMore}>${this.t('loadMore')}</button></div>`
          : nothing
      }
    `;
  }
}
