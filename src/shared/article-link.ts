import { html, nothing, type TemplateResult } from 'lit';

import { isExternal } from '../model/items/urls.js';
import type { Article, RelatedArticle } from '../model/types.js';
import { emit } from './events.js';

/** A plain click: not a new-tab, new-window or download gesture, which the browser should keep. */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
}

/** A link to another site gives it neither this page (opener) nor its address (referrer). */
export const outboundRel = (url: string) => (isExternal(url) ? 'noopener noreferrer' : nothing);

/**
 * The one way an article is opened: a real link to its URL (or a button when it has none), which
 * first fires a cancelable `party-news-select` so a host (the feed) can show it in place instead.
 */
export function articleLink(article: Article | RelatedArticle, content: unknown, part = 'link'): TemplateResult {
  const select = (event: MouseEvent) => {
    if (event.type === 'click' && !isPlainClick(event)) return;
    // From the link itself: the event crosses every shadow root on its way up, so the feed (or the
    // page) sees it whether the link sits in a card element or in the feed's own list.
    if (!emit(event.currentTarget as Element, 'party-news-select', { article }, { cancelable: true }))
      event.preventDefault();
  };
  return article.url
    ? html`<a part=${part} class=${part} href=${article.url} rel=${outboundRel(article.url)} @click=${select}>${content}</a>`
    : html`<button part=${part} class=${part} type="button" @click=${select}>${content}</button>`;
}
