// The feed's loading state as one status, a reactive controller over FeedLoader. It has the shape
// of the Lit team's @lit/task (its status names, and a completion promise that waits for a run
// superseded by a newer one) without adding that package to the script-tag bundle.
import type { ReactiveController, ReactiveElement } from 'lit';

import { newestFirst } from '../model/items/feed-order.js';
import { mergeFeeds } from '../model/items/merge-feeds.js';
import type { FeedError } from '../model/reading/feed-error.js';
import type { FetchFeedOptions } from '../model/reading/fetch-feed.js';
import { type Preview, readFeed } from '../model/reading/read-feed.js';
import type { Article } from '../model/types.js';
import { FeedLoader, type FeedResult, type FeedSource } from './feed-loader.js';

/**
 * `initial`: nothing loaded yet (nothing to say, not even "empty"); `pending`: a load is running
 * (over the articles shown before, or a first screen); `complete`: articles are shown, perhaps a
 * saved copy (then `error` says why); `error`: the load failed with nothing to show.
 */
export type LoadStatus = 'initial' | 'pending' | 'complete' | 'error';

/** One unit's feed among several (`<party-news-source>`): its address and, if given, its name. */
export interface UnitSource {
  url: string;
  name?: string;
}

/** How one unit's feed fared: its name (given, else its feed's title, else its address). */
export interface UnitState {
  name: string;
  src: string;
  loaded: boolean;
  error?: FeedError;
}

export interface FeedLoadOptions {
  /** Where the feed comes from now, if anywhere. */
  source(): FeedSource | undefined;
  /** Several units' feeds to merge instead (empty: read `source()`). */
  units(): UnitSource[];
  fetchOptions(): FetchFeedOptions;
  /** How many articles a huge feed shows before it is wholly read, if it may show them early. */
  firstScreen(): number | undefined;
  /** Told of each delivered result, with the state already updated, before the host renders it. */
  delivered(result: FeedResult): void;
}

/** How long after a merged list first shows cards later units still merge in place, in ms. */
const SETTLE_MS = 1000;

export class FeedLoad implements ReactiveController {
  status: LoadStatus = 'initial';
  /** Newest first. */
  articles: Article[] = [];
  error?: FeedError;
  /** When the saved copy shown after a failed load was saved. */
  savedAt?: number;
  /** With several units' feeds: how each fared, in the order they were given. */
  units: UnitState[] = [];
  /**
   * Articles that arrived after the list was on screen and sort above its first card: they wait
   * for the reader to ask for them ("Có 3 tin mới"), so nothing the reader is looking at moves.
   */
  waiting: Article[] = [];

  readonly #loader = new FeedLoader();
  #unitLoaders: FeedLoader[] = [];
  /** When the merged list first showed cards (units that answer later than SETTLE_MS after it wait). */
  #shownAt?: number;
  /** The units last read, to tell a change of <party-news-source> children from other mutations. */
  #unitsRead = '';
  /** Each unit's latest result, by place. */
  #unitResults: (FeedResult | undefined)[] = [];
  /** The status a pending load returns to when it is aborted. */
  #before: LoadStatus = 'initial';
  #waiting?: { promise: Promise<Article[]>; resolve(a: Article[]): void; reject(e: FeedError): void };

  #inlineObserver?: MutationObserver;
  /** The inline JSON last read (undefined when the source was not inline). */
  #inlineRead?: string;

  readonly #host: ReactiveElement;
  readonly #options: FeedLoadOptions;

  constructor(host: ReactiveElement, options: FeedLoadOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // Inline JSON may be parsed after the element upgrades, or be added and changed later. Other
    // children (the no-JS fallback link, parsed after an upgrade from a script in <head>) change
    // no source: reloading for them fetched a src feed twice on every page view.
    // So may <party-news-source> children, or their src and name.
    this.#inlineObserver = new MutationObserver(() => {
      const units = this.#options.units();
      if (units.length || this.#unitsRead) {
        if (JSON.stringify(units) !== this.#unitsRead) void this.reload();
        return;
      }
      const source = this.#options.source();
      if (source && 'text' in source ? source.text !== this.#inlineRead : this.#inlineRead !== undefined)
        void this.reload();
    });
    this.#inlineObserver.observe(this.#host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['src', 'name'],
    });
    // Put back after a removal cut its first load short.
    if (this.#host.hasUpdated && !this.articles.length) void this.reload();
  }

  hostDisconnected(): void {
    this.#inlineObserver?.disconnect();
    // A removed element loads nothing more; what it showed before stays for when it is put back.
    if (this.status === 'pending') this.status = this.#before;
    this.#loader.abort();
    for (const loader of this.#unitLoaders) loader.abort();
  }

  /**
   * Settles when the load in flight, or the next one, has been rendered: with the articles shown,
   * or rejected with the FeedError when there is nothing to show. A load superseded by a newer one
   * settles with the newer one's outcome.
   */
  get complete(): Promise<Article[]> {
    if (this.status === 'complete') return Promise.resolve(this.articles);
    if (this.status === 'error') return Promise.reject(this.error);
    if (!this.#waiting) {
      let resolve!: (a: Article[]) => void, reject!: (e: FeedError) => void;
      const promise = new Promise<Article[]>((ok, fail) => ((resolve = ok), (reject = fail)));
      this.#waiting = { promise, resolve, reject };
    }
    return this.#waiting.promise;
  }

  /**
   * What to show for the status, as @lit/task's render() does: one renderer per status, none
   * for a status that shows nothing. `pending` renders over the articles a reload keeps showing.
   */
  render<T>(renderers: {
    pending?: (articles: Article[]) => T;
    complete?: (articles: Article[]) => T;
    error?: (error: FeedError) => T;
  }): T | undefined {
    if (this.status === 'pending') return renderers.pending?.(this.articles);
    if (this.status === 'complete') return renderers.complete?.(this.articles);
    if (this.status === 'error') return renderers.error?.(this.error!);
    return undefined;
  }

  /**
   * Reads a source that needs no request (data, inline JSON) at once, in this update: what a
   * server render does, and what adopting its markup must do so the first render is the server's.
   */
  readNow(): void {
    const source = this.#options.source();
    if (!source || 'url' in source) return;
    const result: FeedResult = {};
    try {
      result.feed = readFeed(source, { baseUrl: globalThis.document?.baseURI }).feed;
    } catch (e) {
      result.error = e as FeedError;
    }
    this.#inlineRead = 'text' in source ? source.text : undefined;
    void this.#settle(result);
  }

  /** Loads the feed from its source, superseding any load in flight. */
  async reload(): Promise<void> {
    const units = this.#options.units();
    if (units.length) return this.#reloadUnits(units);
    this.#unitsRead = '';
    this.units = [];
    const source = this.#options.source();
    // Removed before its first update ran: load when (if ever) it is connected again.
    if (!source || !this.#host.isConnected) return;
    this.#inlineRead = 'text' in source ? source.text : undefined;
    if (this.status !== 'pending') this.#before = this.status;
    this.status = 'pending';
    this.#host.requestUpdate();
    if ('text' in source && document.readyState === 'loading') {
      // Inline JSON still being parsed may be cut short: read it once the document is complete.
      document.addEventListener('DOMContentLoaded', () => void this.reload(), { once: true });
      return;
    }
    const firstScreen = this.#options.firstScreen();
    const preview: Preview | undefined = firstScreen
      ? { count: firstScreen, show: (first) => ((this.articles = first), this.#host.requestUpdate()) }
      : undefined;
    const result = await this.#loader.load(source, this.#options.fetchOptions(), preview);
    if (result) await this.#settle(result); // else superseded by a newer load, or aborted
  }

  /**
   * Every unit's feed at once, each shown as it arrives (a slow one never holds the others' cards
   * back), merged newest first, one article two units published shown once.
   */
  async #reloadUnits(units: UnitSource[]): Promise<void> {
    if (!this.#host.isConnected) return;
    for (const loader of this.#unitLoaders) loader.abort();
    const loaders = (this.#unitLoaders = units.map(() => new FeedLoader()));
    this.#unitResults = units.map(() => undefined);
    this.#unitsRead = JSON.stringify(units);
    this.#shownAt = undefined;
    this.articles = [];
    this.waiting = [];
    if (this.status !== 'pending') this.#before = this.status;
    this.status = 'pending';
    this.#track(units);
    this.#host.requestUpdate();
    await Promise.all(units.map((unit, i) => this.#loadUnit(units, i, loaders[i])));
    if (loaders !== this.#unitLoaders) return; // superseded
    const failed = this.units.filter((u) => !u.loaded);
    const error = failed.length === units.length ? failed[0].error : undefined;
    const problems = this.#unitResults.flatMap((r) => r?.feed?.problems ?? []);
    await this.#settle(error ? { error } : { feed: { feed: {}, articles: this.articles, problems } }, true);
  }

  /** Loads unit `i` again (its notice's retry), merging its articles in as they arrive. */
  async retryUnit(i: number): Promise<void> {
    const units = this.#options.units();
    if (!units[i]) return;
    await this.#loadUnit(units, i, this.#unitLoaders[i]);
    this.#host.requestUpdate();
  }

  async #loadUnit(units: UnitSource[], i: number, loader: FeedLoader): Promise<void> {
    const result = await loader.load({ url: units[i].url }, this.#options.fetchOptions());
    if (!result || loader !== this.#unitLoaders[i]) return;
    this.#unitResults[i] = result;
    this.#track(units);
    this.#mergeUnits();
    this.#host.requestUpdate();
  }

  #track(units: UnitSource[]): void {
    this.units = units.map(({ url, name }, i) => {
      const result = this.#unitResults[i];
      return { name: name || result?.feed?.feed.title || url, src: url, loaded: !!result?.feed, error: result?.error };
    });
  }

  /** Every loaded unit's articles, merged. */
  #merged(): Article[] {
    return mergeFeeds(
      this.units.flatMap((unit, i) => {
        const feed = this.#unitResults[i]?.feed;
        return feed ? [{ name: unit.name, articles: feed.articles }] : [];
      }),
    );
  }

  /** The loaded units' articles merged; those that would go above the cards on screen wait. */
  #mergeUnits(): void {
    const merged = this.#merged();
    // Units that answer within a moment of the first are merged in order; after that the list is
    // the reader's, and what would go above its first card waits.
    const seen = this.#shownAt !== undefined && performance.now() - this.#shownAt > SETTLE_MS;
    const top = this.articles[0]?.datePublished?.getTime();
    const onScreen = new Set(this.articles.map((a) => a.id));
    const isNew = (a: Article) =>
      seen && top !== undefined && !onScreen.has(a.id) && (a.datePublished?.getTime() ?? 0) > top;
    this.waiting = merged.filter(isNew);
    this.articles = merged.filter((a) => !isNew(a));
    if (this.articles.length) this.#shownAt ??= performance.now();
  }

  /**
   * Reads the source again (or every unit's) without touching the list: the articles it did not
   * hold before wait behind "Có N tin mới". Returns them (none when nothing is new, or the read failed).
   */
  async refresh(): Promise<Article[]> {
    if (this.status !== 'complete' || !this.#host.isConnected) return [];
    const units = this.#options.units();
    let read: Article[];
    if (units.length) {
      const results = await Promise.all(
        units.map((unit, i) => this.#unitLoaders[i]?.load({ url: unit.url }, this.#options.fetchOptions())),
      );
      results.forEach((result, i) => result?.feed && !result.error && (this.#unitResults[i] = result));
      this.#track(units);
      read = this.#merged();
    } else {
      const source = this.#options.source();
      if (!source || !('url' in source)) return [];
      const result = await this.#loader.load(source, this.#options.fetchOptions());
      read = result?.feed && !result.error ? result.feed.articles : [];
    }
    const known = new Set([...this.articles, ...this.waiting].map((a) => a.id));
    const fresh = newestFirst(read.filter((a) => !known.has(a.id)));
    if (fresh.length) {
      this.waiting = newestFirst([...fresh, ...this.waiting]);
      this.#host.requestUpdate();
    }
    return fresh;
  }

  /** Shows the articles that were waiting, at the top of the list, newest first. */
  showWaiting(): void {
    this.articles = newestFirst([...this.waiting, ...this.articles]);
    this.waiting = [];
    this.#host.requestUpdate();
  }

  async #settle(result: FeedResult, merged = false): Promise<void> {
    this.error = result.error;
    this.savedAt = result.savedAt;
    if (!merged) this.articles = result.feed ? newestFirst(result.feed.articles) : [];
    this.status = result.feed ? 'complete' : 'error';
    this.#options.delivered(result);
    this.#host.requestUpdate();
    const waiting = this.#waiting;
    this.#waiting = undefined;
    if (!waiting) return;
    await this.#host.updateComplete;
    if (result.feed) waiting.resolve(this.articles);
    else waiting.reject(result.error!);
  }
}
