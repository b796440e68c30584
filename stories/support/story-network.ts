// Storybook has no feed server, and its stories must never reach off the machine. Two kinds of
// request are answered here, in the page's fetch, for every other goes to the network as usual:
// - any URL under /__pending__/ waits until it is aborted: the loading state needs a request that
//   stays open; /__late__/<ms>/<path> answers <path> <ms> late (a unit's feed that is slow);
// - the real-feed corpus files below (test/fixtures/feeds/, which other tests read as they are)
//   name their photos on portal hosts that do not exist (tinh.example.gov.vn): the stories get a
//   copy whose photo URLs are the project's own fixtures, so their cards show photos, offline.
const PENDING = '/__pending__/';
const LATE = /^\/__late__\/(\d+)(\/.*)$/;
const PHOTOS = '/fixtures/images/';

/** Corpus feeds served with local photos: feed path → (photo URL in the feed → fixture photo). */
export const LOCAL_PHOTOS: Record<string, Record<string, string>> = {
  '/test/fixtures/feeds/vn-cms-dotnet.rss.xml': {
    'https://tinh.example.gov.vn/Portals/0/2026/9/dai-hoi.jpg': `${PHOTOS}hoi-nghi-phat-bieu.svg`,
    'https://tinh.example.gov.vn/Portals/0/2026/9/chi-bo.jpg': `${PHOTOS}chi-bo-sinh-hoat.svg`,
  },
  '/test/fixtures/feeds/vn-cms-ill-formed.rss.xml': {
    'https://huyen.example.vn/uploads/so-ket.jpg': `${PHOTOS}hoi-nghi-thao-luan.svg`,
  },
  '/test/fixtures/feeds/units/kho-bac.rss.xml': {
    '/anh/hoc-tap-chuyen-de.jpg': `${PHOTOS}hoc-tap-nghi-quyet.svg`,
  },
};

const realFetch = globalThis.fetch.bind(globalThis);

/** The corpus feed at `url`, its photos mapped to fixtures; the answer keeps its status and headers. */
async function withLocalPhotos(url: URL, photos: Record<string, string>, init?: RequestInit): Promise<Response> {
  const response = await realFetch(url, init);
  let body = await response.text();
  for (const [remote, local] of Object.entries(photos)) body = body.replaceAll(remote, local);
  const headers = new Headers(response.headers);
  headers.delete('content-length'); // the body's length changed
  headers.delete('content-encoding');
  // A built Response has no url: the feed then resolves relative links against the URL it asked for.
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

if (!(globalThis.fetch as { partyNewsStories?: boolean }).partyNewsStories) {
  const answer = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      location.href,
    );
    if (url.pathname.startsWith(PENDING)) {
      return new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true }),
      );
    }
    const late = url.origin === location.origin && url.pathname.match(LATE);
    if (late) {
      const [, ms, path] = late;
      return new Promise((resolve) => setTimeout(resolve, Number(ms))).then(() => answer(path, init));
    }
    const photos = url.origin === location.origin ? LOCAL_PHOTOS[url.pathname] : undefined;
    return photos ? withLocalPhotos(url, photos, init) : realFetch(input, init);
  };
  globalThis.fetch = Object.assign(answer, { partyNewsStories: true });
}

export const PENDING_FEED_URL = `${PENDING}tin-tuc.json`;

/** `path` served `ms` late, as a slow unit's feed. */
export const late = (ms: number, path: string) => `/__late__/${ms}${path}`;
