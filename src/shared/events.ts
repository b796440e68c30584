// Every event party-news sends: one prefix, kebab-case, bubbling and composed (so a portal can
// listen on document), with a typed detail, all through emit().

import type { Article, RelatedArticle } from '../model/types.js';

export interface PartyNewsEventDetails {
  /** A reader chose an article. Cancelable: preventDefault() keeps the browser from following the link. */
  'party-news-select': { article: Article | RelatedArticle };
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
  }
}
