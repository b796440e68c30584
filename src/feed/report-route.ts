// Which report the feed shows in place, kept in the URL (#party-news=<id>) so that readers can
// share it, reload it and use Back and Forward; and where focus goes after each change, so that
// keyboard and screen-reader users never lose their place.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { hashFor, hashId } from '../shared/hash-route.js';

export interface RouteOptions {
  /** Reports open in place (the feed's `open="inline"`), rather than by following links. */
  inline(): boolean;
  /** The feed holds an article with this id. */
  holds(id: string): boolean;
}

export class ReportRoute implements ReactiveController {
  /** The id of the report shown, if one is. */
  openId?: string;
  /** The card a report was opened from, and the scroll position to return to. */
  #returnTo?: { id: string; scrollY: number };
  #afterUpdate?: () => void;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: RouteOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: RouteOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.follow);
    window.addEventListener('hashchange', this.follow);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.follow);
    window.removeEventListener('hashchange', this.follow);
  }

  hostUpdated(): void {
    const run = this.#afterUpdate;
    this.#afterUpdate = undefined;
    run?.();
  }

  /** Runs `focus` once the host has rendered what the change shows. */
  focusAfterUpdate(focus: () => void): void {
    this.#afterUpdate = focus;
    this.#host.requestUpdate();
  }

  /** Opens or closes the report to match the URL (page load, a loaded feed, Back, Forward). */
  follow = (): void => {
    if (!this.#options.inline()) return;
    const id = hashId();
    if (id !== undefined && this.#options.holds(id)) {
      if (id !== this.openId) this.#show(id);
    } else if (this.openId !== undefined) {
      this.#close();
    }
  };

  /** Opens the report `id` on a new history entry, marked as ours so that Back knows it stays on this page. */
  open(id: string): void {
    if (this.openId === undefined) this.#returnTo = { id, scrollY: window.scrollY };
    history.pushState({ partyNews: id }, '', hashFor(id));
    this.#show(id);
  }

  /** The report's back button. */
  back = (): void => {
    if ((history.state as { partyNews?: string } | null)?.partyNews) {
      history.back(); // popstate shows what came before: the list, or the report it was opened from
    } else {
      // Opened straight from a shared #party-news= link: Back would leave the page.
      history.pushState(null, '', location.pathname + location.search);
      this.#close();
    }
  };

  #show(id: string): void {
    this.openId = id;
    this.focusAfterUpdate(() => {
      const report = this.#host.shadowRoot!.querySelector<HTMLElement & ReactiveControllerHost>('party-news-report');
      report?.updateComplete.then(() => {
        report.focus({ preventScroll: true });
        if (this.#host.getBoundingClientRect().top < 0) this.#host.scrollIntoView({ block: 'start' });
      });
    });
  }

  #close(): void {
    const back = this.#returnTo;
    this.openId = this.#returnTo = undefined;
    this.focusAfterUpdate(() => {
      const link =
        back && this.#host.shadowRoot!.querySelector<HTMLElement>(`li[data-id="${CSS.escape(back.id)}"] .link`);
      if (!link) return;
      window.scrollTo({ top: back.scrollY, behavior: 'instant' });
      link.focus({ preventScroll: true });
    });
  }
}
