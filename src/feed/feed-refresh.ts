// `refresh`: a feed left open (a lobby screen, a reader's tab) reads its sources again every so
// often, politely: only while the page is visible (a hidden page is read once when shown again, if
// a read fell due meanwhile), at most once a minute, through the browser's HTTP cache (a 304 costs
// nothing). What it finds waits behind "Có N tin mới" (FeedLoad.refresh): nothing moves by itself.
import type { ReactiveController, ReactiveElement } from 'lit';

/** The shortest interval, in seconds: a portal's feed changes in minutes, not seconds. */
export const MIN_REFRESH = 60;

export class FeedRefresh implements ReactiveController {
  #timer?: ReturnType<typeof setTimeout>;
  /** A read fell due while the page was hidden: read once it is shown. */
  #due = false;
  readonly #host: ReactiveElement;
  readonly #seconds: () => number;
  readonly #read: () => Promise<unknown>;

  /** `seconds`: between reads (none when not above 0; at least MIN_REFRESH); `read`: one read. */
  constructor(host: ReactiveElement, seconds: () => number, read: () => Promise<unknown>) {
    this.#host = host;
    this.#seconds = seconds;
    this.#read = read;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.restart();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    clearTimeout(this.#timer);
  }

  /** Starts the wait for the next read again (after a change of `refresh`, or a read). */
  restart(): void {
    clearTimeout(this.#timer);
    const seconds = this.#seconds();
    if (!(seconds > 0) || !this.#host.isConnected) return;
    this.#timer = setTimeout(() => this.#tick(), Math.max(seconds, MIN_REFRESH) * 1000);
  }

  #tick(): void {
    if (document.visibilityState === 'hidden') this.#due = true;
    else void this.#read().finally(() => this.restart());
  }

  #onVisibility = (): void => {
    if (document.visibilityState === 'hidden' || !this.#due) return;
    this.#due = false;
    this.#tick();
  };
}
