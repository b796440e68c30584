import type { MessageKey } from '../messages.js';

/**
 * Why a feed could not be shown at all. `http-<status>` carries the server's status code; `cors`:
 * a feed on another origin answered, but without an `Access-Control-Allow-Origin` for this page;
 * `too-large`: its body was over the element's `max-bytes`.
 */
export type FeedErrorCode =
  | 'network'
  | 'cors'
  | 'timeout'
  | `http-${number}`
  | 'too-large'
  | 'invalid-json'
  | 'invalid-xml'
  | 'not-a-feed'
  | 'invalid-shape';

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
  if (code === 'network' || code === 'cors' || code === 'timeout') return code;
  if (code === 'too-large') return 'tooLarge';
  return code.startsWith('http-') ? 'http' : 'format';
}

/** The values error messages name: the size limit (`too-large`), in MB as a reader counts them. */
export const errorValues = (maxBytes: number, lang: string): Record<string, string> => ({
  mb: new Intl.NumberFormat(lang, { maximumSignificantDigits: 2 }).format(maxBytes / 1024 / 1024),
});
