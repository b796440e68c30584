// Storybook has no feed server, so the loading state needs a request that stays open: any fetch of
// a URL under /__pending__/ waits until it is aborted. Every other request goes to the network.
const PENDING = '/__pending__/';
const realFetch = globalThis.fetch.bind(globalThis);

if (!(globalThis.fetch as { partyNewsPending?: boolean }).partyNewsPending) {
  const held = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes(PENDING)) return realFetch(input, init);
    return new Promise((_, reject) =>
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true }),
    );
  };
  globalThis.fetch = Object.assign(held, { partyNewsPending: true });
}

export const PENDING_FEED_URL = `${PENDING}tin-tuc.json`;
