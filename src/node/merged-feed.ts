// The file `party-news aggregate` writes: the merged articles as one JSON Feed 1.1, its items as
// `render` writes inline feeds (nativeItem: bodies sanitised, every URL absolute), and written so a
// web server serves the old file or the new one, never half of one.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

import { nativeItem } from '../model/items/native-item.js';
import type { Article } from '../model/types.js';

export interface MergedFeed {
  /** The feed's JSON, as written. */
  text: string;
  /** Its items, one per article, for what is checked in them before writing. */
  items: Record<string, unknown>[];
}

/**
 * The merged JSON Feed. RSS and Atom items without a date are kept (shown without a dateline),
 * but a JSON Feed item needs one: when such an article is merged, the feed says, as `render`'s
 * inline feeds do, that it comes from a lenient format, so the widget and `check` keep it too.
 * Compact, not indented: the widget's 10 MB limit counts every byte.
 */
export function mergedFeed(title: string, articles: readonly Article[]): MergedFeed {
  const items = articles.map(nativeItem);
  const undated = articles.some((a) => !a.datePublished);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    ...(undated && { _party_news: { format: 'JSON Feed 1.1, merged with RSS or Atom' } }),
    items,
  };
  return { text: `${JSON.stringify(feed)}\n`, items };
}

/** Written to a temporary file beside `path`, then renamed over it (one step on one file system). */
export async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(resolve(path)), { recursive: true });
  const temporary = `${resolve(path)}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
}
