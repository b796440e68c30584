// The last good feed text per src, so a later failed load still shows news (with a notice).
// localStorage survives visits, but the portal's own scripts share its ~5 M characters: a feed
// takes at most PER_FEED of them (a larger one keeps its newest articles that fit) and all of
// party-news at most ALL_KEYS, the least recently used saved feed removed first. A Map holds each
// feed whole for this page, and serves when storage is blocked (private modes, sandboxed frames)
// or full. Entries are keyed by the absolute src: several feeds never share one. No key that is
// not party-news's is ever read, written or removed.

const PREFIX = 'party-news:feed:';
/** The prefix of every key party-news writes: all of them count against ALL_KEYS. */
const OURS = 'party-news:';
/** Characters (UTF-16 code units, as quotas count them) one saved feed takes, key included. */
export const PER_FEED = 200_000;
/** Characters all of party-news's keys take together. */
export const ALL_KEYS = 1_000_000;

const memory = new Map<string, CachedFeed>();

export interface CachedFeed {
  text: string;
  url: string;
  savedAt: number;
}

/** As stored: when it was last saved or shown, for the least recently used to go first. */
interface StoredFeed extends CachedFeed {
  usedAt?: number;
}

/** A key of party-news's in storage: its size (key and value) and, for a saved feed, its last use. */
export interface StoredKey {
  key: string;
  size: number;
  /** Absent for keys that are not saved feeds (the report's text size): those are never removed. */
  usedAt?: number;
}

/** Saved feeds in the order they go when room is needed: the least recently used first. */
export const evictionOrder = (keys: StoredKey[]): StoredKey[] =>
  keys.filter((k) => k.usedAt !== undefined).sort((a, b) => a.usedAt! - b.usedAt!);

/** The saved feeds to remove, least recently used first, so that `incoming` characters more fit in `budget`. */
export function toEvict(keys: StoredKey[], incoming: number, budget = ALL_KEYS): string[] {
  let total = keys.reduce((sum, k) => sum + k.size, incoming);
  const evicted: string[] = [];
  for (const { key, size } of evictionOrder(keys)) {
    if (total <= budget) break;
    evicted.push(key);
    total -= size;
  }
  return evicted;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function parse(value: string | null): StoredFeed | undefined {
  try {
    const entry = value ? (JSON.parse(value) as StoredFeed) : undefined;
    return entry && typeof entry.text === 'string' && typeof entry.savedAt === 'number' ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** party-news's keys in `store` but `except`, with their sizes and last uses (an unreadable saved feed: never used). */
function ourKeys(store: Storage, except: string): StoredKey[] {
  const keys: StoredKey[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(OURS) || key === except) continue;
    const value = store.getItem(key) ?? '';
    const entry: StoredKey = { key, size: key.length + value.length };
    if (key.startsWith(PREFIX)) {
      const feed = parse(value);
      entry.usedAt = feed?.usedAt ?? feed?.savedAt ?? 0;
    }
    keys.push(entry);
  }
  return keys;
}

/**
 * The value to store for a feed, within PER_FEED with its key: the text as it came, or, when that
 * is too long, `shorter(room)` (the newest articles that fit in `room` characters); undefined
 * when neither fits.
 */
function storedValue(
  key: string,
  entry: StoredFeed,
  shorter?: (room: number) => string | undefined,
): string | undefined {
  const room = PER_FEED - key.length;
  // Only a text shorter than the room can fit once escaped: a longer one is never stringified.
  const whole = entry.text.length < room ? JSON.stringify(entry) : undefined;
  if (whole && whole.length <= room) return whole;
  const envelope = JSON.stringify({ ...entry, text: '' }).length;
  const text = shorter?.(room - envelope);
  return text === undefined ? undefined : JSON.stringify({ ...entry, text });
}

const isQuota = (e: unknown) => e instanceof DOMException && /quota/i.test(e.name);

/**
 * Saves `text`, a good feed from `src` as fetched from `url`. `shorter(room)` gives the feed in
 * fewer characters (its newest articles), for a text too long to store whole.
 */
export function rememberFeed(
  src: string,
  text: string,
  url: string,
  now = Date.now(),
  shorter?: (room: number) => string | undefined,
): void {
  memory.set(src, { text, url, savedAt: now });
  try {
    const store = storage();
    if (!store) return;
    const key = PREFIX + src;
    const value = storedValue(key, { text, url, savedAt: now, usedAt: now }, shorter);
    // Not one article fits: an older copy would only hold room (or more, saved by a version without bounds).
    if (value === undefined) return store.removeItem(key);
    const others = ourKeys(store, key);
    const size = key.length + value.length;
    const evicted = toEvict(others, size);
    evicted.forEach((k) => store.removeItem(k));
    try {
      store.setItem(key, value);
    } catch (e) {
      // The origin's quota is full (the portal's own data): room for this copy is made once, from
      // the saved feeds used least recently, never from anyone else's keys; else it stays in memory.
      if (!isQuota(e)) return;
      const rest = others.filter((k) => !evicted.includes(k.key));
      toEvict(
        rest,
        size,
        rest.reduce((sum, k) => sum + k.size, 0),
      ).forEach((k) => store.removeItem(k));
      store.setItem(key, value);
    }
  } catch {
    // Storage denied: the in-memory copy still serves this page.
  }
}

/** The saved copy of `src`: this page's whole one, else the stored one; either way, now its most recently used. */
export function recallFeed(src: string): CachedFeed | undefined {
  let stored: CachedFeed | undefined;
  try {
    const store = storage();
    const entry = parse(store?.getItem(PREFIX + src) ?? null);
    if (entry) {
      stored = entry;
      store!.setItem(PREFIX + src, JSON.stringify({ ...entry, usedAt: Date.now() }));
    }
  } catch {
    // Full or denied: a stored copy read keeps its older place in the order.
  }
  const shown = memory.get(src) ?? stored;
  return shown && { text: shown.text, url: shown.url, savedAt: shown.savedAt };
}

/** For tests and for portals that must forget what a reader has seen. */
export function forgetFeeds(): void {
  memory.clear();
  const store = storage();
  if (!store) return;
  for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key);
}
