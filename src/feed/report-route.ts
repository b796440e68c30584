// Which report the feed shows in place, kept in the URL (#party-news=<id>) so that readers can
// share it, reload it and use Back and Forward; and where focus goes when a report opens or
// closes, so that keyboard and screen-reader users never lose their place. Routing only: the
// list's own focus ("Xem thêm") is the feed's.
//
// Several feeds on one page share one URL, so one of them owns the report it names (one report,
// one JSON-LD block): the feed the reader opened it from, recorded in history.state (it survives
// reload, Back and Forward); for a link with no such record (shared, typed, or a portal's own
// <a href="#party-news=…">), the first feed in document order that holds the article, once every
// feed before it has finished loading.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { AfterUpdate } from '../shared/after-update.js';
import { hashFor, hashId } from '../shared/hash-route.js';

export interface RouteOptions {
  /** Reports open in place (the feed's `open="inline"`), rather than by following links. */
  inline(): boolean;
  /** The report is kept in the URL hash (the feed's `route="hash"`), rather than nowhere. */
  hash(): boolean;
  /** The feed holds an article with this id. */
  holds(id: string): boolean;
  /** A load is running, which may bring the article a link names. */
  pending(): boolean;
  /** Shows enough of the list for this article's card to be in it, if the list holds it at all. */
  reveal(id: string): void;
}

interface RouteState {
  partyNews?: string;
  /** The feed that opened the report: its id, or its place among the page's feeds. */
  partyNewsFeed?: string;
}

/** Every connected feed that follows the hash: they decide together which one shows a report. */
const routes = new Set<ReportRoute>();
const WAIT = 1;

/** Every feed follows the URL again: one has loaded, and may be the one to show the report. */
export function followAll(): void {
  for (const r of routes) r.follow();
}

export class ReportRoute implements ReactiveController {
  /** The id of the report shown, if one is. */
  openId?: string;
  /** The card a report was opened from, and the scroll position to return to. */
  #returnTo?: { id: string; scrollY: number };
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: RouteOptions;
  readonly #afterUpdate: AfterUpdate;

  constructor(host: ReactiveControllerHost & HTMLElement, options: RouteOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#afterUpdate = new AfterUpdate(host);
  }

  hostConnected(): void {
    routes.add(this);
    window.addEventListener('popstate', this.follow);
    window.addEventListener('hashchange', this.follow);
  }

  hostDisconnected(): void {
    routes.delete(this);
    window.removeEventListener('popstate', this.follow);
    window.removeEventListener('hashchange', this.follow);
  }

  /** Reports follow the URL hash here: in place, and not with `route="none"`. */
  #hashed(): boolean {
    return this.#options.inline() && this.#options.hash();
  }

  /** This feed's name in history.state: its id, else its place among the page's feeds. */
  #key(): string {
    const host = this.#host;
    return host.id || String([...document.querySelectorAll(host.localName)].indexOf(host));
  }

  /** The feed that shows report `id`, or WAIT while a feed that may claim it is still loading. */
  static #owner(id: string): ReportRoute | typeof WAIT | undefined {
    const feeds = [...routes]
      .filter((r) => r.#hashed())
      .sort((a, b) => (a.#host.compareDocumentPosition(b.#host) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const named = (history.state as RouteState | null)?.partyNewsFeed;
    const opener = named === undefined ? undefined : feeds.find((r) => r.#key() === named);
    for (const r of opener ? [opener, ...feeds] : feeds) {
      if (r.#options.holds(id)) return r;
      if (r.#options.pending()) return WAIT;
    }
    return undefined;
  }

  /** Opens or closes the report to match the URL (page load, a loaded feed, Back, Forward). */
  follow = (): void => {
    if (!this.#hashed()) return;
    const id = hashId();
    const owner = id === undefined ? undefined : ReportRoute.#owner(id);
    if (owner === WAIT) return;
    if (owner === this) {
      if (id !== this.openId) this.#show(id!);
    } else if (this.openId !== undefined) {
      // Back to the list: focus goes to its card. Another feed took the report: focus goes there.
      this.#close(id === undefined);
    }
  };

  /** Opens the report `id`, in the URL on a new history entry marked as ours (so that Back knows it stays on this page). */
  open(id: string): void {
    if (this.openId === undefined) this.#returnTo = { id, scrollY: window.scrollY };
    if (this.#hashed()) {
      const state: RouteState = { partyNews: id, partyNewsFeed: this.#key() };
      history.pushState(state, '', hashFor(id));
      // pushState fires no event: a feed showing the report the URL named before lets it go.
      for (const r of routes) if (r !== this && r.openId !== undefined) r.#close(false);
    }
    this.#show(id);
  }

  /** The report's back button. */
  back = (): void => {
    if (this.#hashed() && (history.state as RouteState | null)?.partyNews) {
      history.back(); // popstate shows what came before: the list, or the report it was opened from
      return;
    }
    // Opened straight from a shared #party-news= link, Back would leave the page; with
    // route="none" the URL never named the report.
    if (this.#hashed()) history.pushState(null, '', location.pathname + location.search);
    this.#close(true);
  };

  #show(id: string): void {
    this.openId = id;
    this.#afterUpdate.then(() => {
      const report = this.#host.shadowRoot!.querySelector<HTMLElement & ReactiveControllerHost>('party-news-report');
      report?.updateComplete.then(() => {
        report.focus({ preventScroll: true });
        if (this.#host.getBoundingClientRect().top < 0) this.#host.scrollIntoView({ block: 'start' });
      });
    });
  }

  /**
   * Back to the list. With `focus`, focus lands on the card of the article that was open (shown,
   * if it lies pages down), however the report was opened: from this list, another feed, a shared
   * link or Forward; when the list does not show that article, on the list's first card.
   */
  #close(focus: boolean): void {
    const back = this.#returnTo;
    const closed = back?.id ?? this.openId!;
    this.openId = this.#returnTo = undefined;
    if (!focus) return this.#host.requestUpdate();
    this.#options.reveal(closed);
    this.#afterUpdate.then(() => {
      const root = this.#host.shadowRoot!;
      const card = root.querySelector<HTMLElement>(`[data-id="${CSS.escape(closed)}"] .link`);
      if (card && back) {
        window.scrollTo({ top: back.scrollY, behavior: 'instant' });
        card.focus({ preventScroll: true });
      } else {
        (card ?? root.querySelector<HTMLElement>('[part~="card"] .link'))?.focus();
      }
    });
  }
}
