// What the feed shows instead of, or over, its cards: the skeleton of a first load, the error
// box, and the notice over a saved copy. Plain templates, like the card's; the feed renders them.
import { html } from 'lit';

import { errorKey, type FeedErrorCode } from '../model/reading/feed-error.js';
import type { Translate } from '../shared/element.js';

const codeTemplate = (say: Translate, code: FeedErrorCode) =>
  html`<span class="code">(${say('errorCode')}: ${code})</span>`;

/** Grey placeholders the size of the first cards, hidden from assistive technology (the status says "loading"). */
export function skeletonTemplate(count: number) {
  return html`<ul part="list" class="list skeletons" aria-hidden="true">
    ${Array.from({ length: count }, () => html`<li class="skeleton"><span></span><span></span><span></span></li>`)}
  </ul>`;
}

/** `values`: what the message names (errorValues: the size limit of `too-large`). */
export function errorTemplate(say: Translate, code: FeedErrorCode, retry: () => void, values: Record<string, string>) {
  return html`<div part="error" class="error" role="alert">
    <p>${say(errorKey(code), values)} ${codeTemplate(say, code)}</p>
    <button part="retry" class="button" type="button" @click=${retry}>${say('retry')}</button>
  </div>`;
}

/** Over a saved copy shown because the load failed: when it was saved (`time`), and a retry. */
export function staleNoticeTemplate(say: Translate, code: FeedErrorCode, time: string, retry: () => void) {
  return html`<div part="notice" class="notice">
    ${say('stale', { time })} ${codeTemplate(say, code)}
    <button part="retry" class="link" type="button" @click=${retry}>${say('retry')}</button>
  </div>`;
}
