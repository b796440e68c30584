import type { MessageKey } from './messages.js';

/**
 * Why a feed could not be shown at all. `http-<status>` carries the server's status code; `cors`:
 * a feed on another origin answered, but without an `Access-Control-Allow-Origin` for this page.
 */
export type FeedErrorCode =
  'network' | 'cors' | 'timeout' | `http-${number}` | 'invalid-json' | 'invalid-xml' | 'not-a-feed' | 'invalid-shape';

/** A whole-feed failure: the element shows its error state with this code and a message in its language. */
export class FeedError extends Error {
  constructor(
    readonly code: FeedErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

/** The reader's message for an error code: network, cors and timeout have their own, HTTP statuses share one. */
export function errorKey(code: FeedErrorCode): MessageKey {
  return code === 'network' || code === 'cors' || code === 'timeout'
    ? code
    : code.startsWith('http-')
      ? 'http'
      : 'format';
}
