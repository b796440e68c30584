// Every event party-news sends: one prefix, kebab-case, bubbling and composed (so a portal can
// listen on document), with a typed detail, all through emit().

import type { FeedErrorCode } from '../model/reading/feed-error.js';
import type { Article, Problem, RelatedArticle } from '../model/types.js';

export interface PartyNewsEventDetails {
  /** A reader chose an article. Cancelable: preventDefault() keeps the browser from following the link. */
  'party-news-select': { article: Article | RelatedArticle };
  /**
   * A feed loaded: its articles, newest first, and what was skipped or trimmed; for a feed that
   * merges several units' feeds, how each fared (`loaded`, or the `error` code it failed with).
   */
  'party-news-load': { items: Article[]; skipped: Problem[]; sources?: SourceOutcome[] };
  /** A feed's `refresh` found new articles, which wait until the reader asks for them. */
  'party-news-update': { items: Article[] };
  /** A feed could not be loaded: a stable code and a message in the element's language. */
  'party-news-error': { code: FeedErrorCode; message: string };
}

/** One unit's feed in `party-news-load`: its name, address, and whether it loaded or why not. */
export interface SourceOutcome {
  name: string;
  src: string;
  loaded: boolean;
  error?: FeedErrorCode;
}

export type PartyNewsEventName = keyof PartyNewsEventDetails;
export type PartyNewsEvent<K extends PartyNewsEventName> = CustomEvent<PartyNewsEventDetails[K]>;

/** Dispatches a party-news event from `target`; returns false when a listener called preventDefault(). */
export function emit<K extends PartyNewsEventName>(
  target: EventTarget,
  name: K,
  detail: PartyNewsEventDetails[K],
  { cancelable = false } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface HTMLElementEventMap {
    'party-news-select': PartyNewsEvent<'party-news-select'>;
    'party-news-load': PartyNewsEvent<'party-news-load'>;
    'party-news-error': PartyNewsEvent<'party-news-error'>;
    'party-news-update': PartyNewsEvent<'party-news-update'>;
  }
}
