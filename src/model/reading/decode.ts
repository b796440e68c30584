// Bytes to text for fetched feeds. Older Vietnamese portals still publish RSS in windows-1258;
// response.text() would read those as UTF-8 and turn every accented letter into U+FFFD.
import { windows1252Controls } from '../items/text.js';
import type { Problem } from '../types.js';

function label(bytes: Uint8Array, contentType: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const header = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  if (header) return header[1];
  // The head of the document, read as ASCII, for <?xml … encoding="…"?> or <meta charset="…">.
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  const declared =
    /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head) ?? /<meta[^>]*charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return declared ? declared[1] : 'utf-8';
}

/**
 * UTF-8 with stray Windows-1252 bytes, as a feed gets when text pasted from Word or typed in an
 * old Windows tool joins a UTF-8 template: curly quotes 0x93/0x94, a lone 0xE9 for é. Every UTF-8
 * sequence is read as UTF-8 and every other byte as Windows-1252, so one bad byte costs one
 * character, not the feed (a strict reading fails, a lenient one shows U+FFFD). Overlong forms
 * and surrogates pass as sequences: the UTF-8 decoder shows those as U+FFFD.
 */
function utf8With1252(bytes: Uint8Array): string {
  const utf8 = new TextDecoder();
  const windows1252 = new TextDecoder('windows-1252');
  let text = '';
  let start = 0;
  for (let i = 0, n; i < bytes.length; i += n || 1) {
    const b = bytes[i];
    // The length of the sequence this byte starts, 0 when it starts none or its tail is cut.
    n = b < 0x80 ? 1 : b < 0xc2 ? 0 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : b < 0xf5 ? 4 : 0;
    for (let k = 1; k < n; k++) if ((bytes[i + k] & 0xc0) !== 0x80) n = 0;
    if (!n) {
      text += utf8.decode(bytes.subarray(start, i)) + windows1252.decode(bytes.subarray(i, (start = i + 1)));
    }
  }
  return text + utf8.decode(bytes.subarray(start));
}

export interface DecodedFeed {
  text: string;
  /** What decoding had to assume, for the feed's problem list (bytes that were not UTF-8). */
  problems: Problem[];
}

/**
 * Decodes a feed body by its BOM, the Content-Type charset, or its own declaration, else UTF-8;
 * UTF-8 that holds stray Windows-1252 bytes is read byte by byte, and reported.
 */
export function decodeFeedWithProblems(body: ArrayBuffer, contentType: string | null = null): DecodedFeed {
  const bytes = new Uint8Array(body);
  const problems: Problem[] = [];
  let encoding = 'utf-8';
  const declared = label(bytes, contentType);
  // Python's spelling of a name ("windows_1258") is the Encoding Standard's with hyphens.
  for (const name of [declared, declared.replace(/_/g, '-')]) {
    try {
      encoding = new TextDecoder(name).encoding;
      break;
    } catch {
      // an unknown label: UTF-8
    }
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: encoding === 'utf-8' }).decode(bytes);
  } catch {
    problems.push(encodingProblem('has bytes that are not UTF-8, read as Windows-1252'));
    text = utf8With1252(bytes);
  }
  // U+0080–U+009F written in UTF-8 are Windows-1252 text converted twice (0x92 read as Latin-1 for ’),
  // never text anyone wrote; other encodings' own bytes are theirs to decode.
  if (encoding === 'utf-8' && /[\u0080-\u009f]/.test(text)) {
    problems.push(
      encodingProblem('has control characters U+0080–U+009F, read as the Windows-1252 characters they stand for'),
    );
    text = windows1252Controls(text);
  }
  return { text, problems };
}

const encodingProblem = (message: string): Problem => ({
  item: 'feed',
  index: -1,
  field: 'encoding',
  message,
  dropped: 'none',
});

/** The text alone (decodeFeedWithProblems without its report). */
export const decodeFeed = (body: ArrayBuffer, contentType: string | null = null): string =>
  decodeFeedWithProblems(body, contentType).text;
