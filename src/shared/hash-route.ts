// The report shown in place has a URL of its own: #party-news=<id>. Readers can share it, reload
// it, and use Back and Forward.
const PREFIX = '#party-news=';

export function hashId(hash = location.hash): string | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  try {
    return decodeURIComponent(hash.slice(PREFIX.length));
  } catch {
    return undefined;
  }
}

export function hashFor(id: string): string {
  return PREFIX + encodeURIComponent(id);
}
