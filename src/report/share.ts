// Sharing without any third-party script: the browser's own share sheet where it has one, the
// clipboard, and a plain Facebook share link (no SDK, no tracking).

/** The link to share: this page when it shows the report in place (#party-news=…), else the article's own URL. */
export function shareUrl(articleUrl: string | undefined, id: string): string {
  const inPlace = location.hash === `#party-news=${encodeURIComponent(id)}`;
  return inPlace || !articleUrl ? location.href : articleUrl;
}

export function facebookShareUrl(url: string): string {
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`;
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
