// Sharing without any third-party script: the browser's own share sheet where it has one, the
// clipboard, and plain Facebook and Zalo share links (no SDK, no tracking).
import { hashFor } from '../shared/hash-route.js';

/** The link to share: this page when it shows the report in place (#party-news=…), else the article's own URL. */
export function shareUrl(articleUrl: string | undefined, id: string): string {
  const inPlace = location.hash === hashFor(id);
  return inPlace || !articleUrl ? location.href : articleUrl;
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

export const canShare = () => typeof navigator.share === 'function';
