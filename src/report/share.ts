// Sharing without any third-party script: the browser's own share sheet where it has one, the
// clipboard, and plain Facebook and Zalo share links (no SDK, no tracking). ShareRow renders them
// at the end of a report and keeps what the copy button last said.
import { html, nothing } from 'lit';

import { pageName } from '../model/items/page-name.js';
import { parseUrl } from '../model/items/urls.js';
import type { Article } from '../model/types.js';
import type { Translate } from '../shared/element.js';
import { ReaderTool } from './reader-tool.js';

/**
 * The link to share: the article's own canonical page when it has one (link previews on Facebook
 * and Zalo read that page's title and photo), else this page, which shows the report in place.
 */
export function shareUrl(articleUrl: string | undefined): string {
  return articleUrl || location.href;
}

/** The article's page under `shareBase`, when that is a URL; else its own URL (or this page). */
export function sharedLink(a: Article, shareBase: string | undefined): string {
  // A share-base that is not a URL: share as if it were unset.
  const page = shareBase && parseUrl(pageName(a.id), shareBase);
  return page ? page.href : shareUrl(a.url);
}

export function facebookShareUrl(url: string): string {
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`;
}

/** Zalo's share page, opened as a plain link (the form Vietnamese sites use without Zalo's SDK). */
export function zaloShareUrl(url: string): string {
  return `https://sp.zalo.me/share?url=${encodeURIComponent(url)}`;
}

/** Copies `text`; false when the browser refuses (no permission, insecure context). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export const canShare = () => typeof globalThis.navigator?.share === 'function';

export class ShareRow extends ReaderTool {
  /** What the copy button last did, for the row's live region. */
  #status = '';

  async #copy(url: string, t: Translate) {
    this.#status = (await copyText(url)) ? t('copied') : t('copyFailed', { url });
    this.host.requestUpdate();
  }

  /**
   * The plain Facebook and Zalo links, which work without script, then copy link and the browser's
   * share sheet where it has one, when `scripted` (buttons, they need script: a server leaves them
   * out). The links come first so the buttons, appearing after a pre-rendered page is adopted,
   * push nothing sideways.
   */
  render(t: Translate, a: Article, link = shareUrl(a.url), scripted = true) {
    // Facebook and Zalo open beside the portal, never in its place; the hint says so before the click.
    const hint = html`<span class="visually-hidden"> ${t('newWindow')}</span>`;
    const away = (href: string, label: string) =>
      html`<a class="tool" href=${href} target="_blank" rel="noopener noreferrer">${label}${hint}</a>`;
    const share = () => void navigator.share({ title: a.title, url: link }).catch(() => {});
    return html`<div part="share" class="share">
      <span class="label" id="share">${t('shareArticle')}:</span>
      <div class="tool-group" role="group" aria-labelledby="share">
        ${away(facebookShareUrl(link), t('facebook'))} ${away(zaloShareUrl(link), t('zalo'))}
        ${scripted ? html`<button type="button" class="tool" @click=${() => this.#copy(link, t)}>${t('copyLink')}</button>` : nothing}
        ${scripted && canShare() ? html`<button type="button" class="tool" @click=${share}>${t('share')}</button>` : nothing}
      </div>
      <p class="copy-status" role="status">${this.#status}</p>
    </div>`;
  }
}
