// The last good feed text per src, so a later failed load still shows news (with a notice).
// localStorage survives visits; a Map serves when storage is blocked (private modes, sandboxed
// frames) or full. Entries are keyed by the absolute src: several feeds never share one.

const PREFIX = 'party-news:feed:';
const MAX_STORED = 1_500_000; // characters; larger feeds stay in memory only, within quota
const memory = new Map<string, CachedFeed>();

export interface CachedFeed {
  text: string;
  url: string;
  savedAt: number;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function rememberFeed(src: string, text: string, url: string, now = Date.now()): void {
  const entry = { text, url, savedAt: now };
  memory.set(src, entry);
  if (text.length > MAX_STORED) return;
  try {
    storage()?.setItem(PREFIX + src, JSON.stringify(entry));
  } catch {
    // Quota exceeded or storage denied: the in-memory copy still serves this page.
  }
}

export function recallFeed(src: string): CachedFeed | undefined {
  if (memory.has(src)) return memory.get(src);
  try {
    const stored = storage()?.getItem(PREFIX + src);
    const entry = stored ? (JSON.parse(stored) as CachedFeed) : undefined;
    return entry && typeof entry.text === 'string' && typeof entry.savedAt === 'number' ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** For tests and for portals that must forget what a reader has seen. */
export function forgetFeeds(): void {
  memory.clear();
  const store = storage();
  if (!store) return;
  for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key);
}
