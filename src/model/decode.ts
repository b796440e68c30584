// Bytes to text for fetched feeds. Older Vietnamese portals still publish RSS in windows-1258;
// response.text() would read those as UTF-8 and turn every accented letter into U+FFFD.

function label(bytes: Uint8Array, contentType: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const header = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  if (header) return header[1];
  // The head of the document, read as ASCII, for <?xml … encoding="…"?> or <meta charset="…">.
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  const declared = /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head) ?? /<meta[^>]*charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return declared ? declared[1] : 'utf-8';
}

/** Decodes a feed body by its BOM, the Content-Type charset, or its own declaration, else UTF-8. */
export function decodeFeed(body: ArrayBuffer, contentType: string | null = null): string {
  const bytes = new Uint8Array(body);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label(bytes, contentType));
  } catch {
    decoder = new TextDecoder();
  }
  return decoder.decode(bytes);
}
