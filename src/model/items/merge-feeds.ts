// Several units' feeds as one list (#31): the news of a provincial committee's grassroots chi bộ
// and đảng bộ, each publishing its own feed. Articles are merged newest first; one article that two
// units published (the same page, or the same title on the same day) is shown once and names both;
// each article names the units that published it. The widget and `party-news aggregate` share it.
import type { Article } from '../types.js';
import { newestFirst, placeLike } from './feed-order.js';
import { dayKey } from './format-date.js';
import { foldText } from './text.js';
import { parseUrl } from './urls.js';

/** One unit's feed, read: its name (the `name` given, else the feed's own title, else its address). */
export interface UnitFeed {
  name: string;
  articles: readonly Article[];
}

/**
 * The same article, wherever it is published: its page's address (without the fragment, the
 * trailing slash, the scheme's case or the host's `www.`), or else its title (ignoring case,
 * diacritics and spacing) and the day it was published.
 */
export function sameArticleKeys(a: Article): string[] {
  let keys = knownKeys.get(a);
  if (!keys) knownKeys.set(a, (keys = keysOf(a)));
  return keys;
}

// An article's keys, once: a feed of many units is merged again as each unit answers, and
// reading a date's day in a time zone is the costly part (1,000 articles took ~27 ms each time).
const knownKeys = new WeakMap<Article, string[]>();

function keysOf(a: Article): string[] {
  const keys: string[] = [];
  const url = a.url && parseUrl(a.url);
  if (url) keys.push(`url ${url.host.replace(/^www\./, '')}${url.pathname.replace(/\/$/, '')}${url.search}`);
  else if (a.url) keys.push(`url ${a.url}`);
  if (a.datePublished) keys.push(`title ${foldText(a.title).replace(/\s+/g, ' ').trim()} ${dayKey(a.datePublished)}`);
  return keys;
}

/**
 * The units' articles as one list, newest first, each naming its units (`units`). An article two
 * units published is kept once, as the first unit in `feeds` gave it, naming both. Two different
 * articles with the same id (units number their items alike) keep theirs apart: the later one's id
 * is prefixed with its unit's place (`2:1234`).
 */
export function mergeFeeds(feeds: readonly UnitFeed[]): Article[] {
  const byKey = new Map<string, Article>();
  const ids = new Set<string>();
  const merged: Article[] = [];
  feeds.forEach(({ name, articles }, place) => {
    // This unit's ids, each to the article it became in the merged list.
    const mergedAs = new Map<string, Article>();
    const copies: Article[] = [];
    for (const article of articles) {
      const keys = sameArticleKeys(article);
      const known = keys.map((key) => byKey.get(key)).find(Boolean);
      if (known) {
        if (!known.units!.includes(name)) known.units!.push(name);
        mergedAs.set(article.id, known);
        continue;
      }
      const id = ids.has(article.id) ? `${place + 1}:${article.id}` : article.id;
      const copy = { ...article, id, units: [...(article.units ?? []), name].filter(unique) };
      placeLike(copy, article);
      ids.add(id);
      for (const key of keys) byKey.set(key, copy);
      mergedAs.set(article.id, copy);
      copies.push(copy);
    }
    // A related id names an item of the unit's own feed: it follows that item to its merged id
    // (prefixed, or another unit's copy), never to another unit's article that had the same id.
    for (const copy of copies)
      copy.related = copy.related.map((ref) => (typeof ref === 'string' ? (mergedAs.get(ref)?.id ?? ref) : ref));
    merged.push(...copies);
  });
  return newestFirst(merged);
}

const unique = (name: string, i: number, all: string[]) => all.indexOf(name) === i;
