import { expect } from '@open-wc/testing';

import { decodeFeed, decodeFeedWithProblems } from '../../src/model/reading/decode.js';

/** Bytes from UTF-8 text and raw byte values, in order. */
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p))).buffer;

describe('decodeFeedWithProblems', () => {
  it('reads stray Windows-1252 bytes in UTF-8 as Windows-1252, and reports them', () => {
    // Curly quotes from Word (0x93, 0x94) right after a Vietnamese letter, and a lone é (0xE9).
    const { text, problems } = decodeFeedWithProblems(
      bytes('Chi bộ ', [0x93], 'tự soi, tự sửa', [0x94], ' — caf', [0xe9], '.'),
      'application/json',
    );
    expect(text).to.equal('Chi bộ “tự soi, tự sửa” — café.');
    expect(problems).to.deep.equal([
      {
        item: 'feed',
        index: -1,
        field: 'encoding',
        message: 'has bytes that are not UTF-8, read as Windows-1252',
        dropped: 'none',
      },
    ]);
  });

  it('keeps a BOM out, and reads a sequence cut short at the end byte by byte', () => {
    const { text } = decodeFeedWithProblems(bytes('\ufeff', [0x93], 'Đảng', [0x94, 0xe1, 0xbb]));
    expect(text).to.equal('“Đảng”á»');
  });

  it('reports nothing for valid UTF-8 or a declared single-byte encoding', () => {
    expect(decodeFeedWithProblems(bytes('{"title":"“Đảng”"}'), 'application/json')).to.deep.equal({
      text: '{"title":"“Đảng”"}',
      problems: [],
    });
    const latin = decodeFeedWithProblems(bytes([0x93, 0x41, 0x94]), 'text/xml; charset=windows-1252');
    expect(latin).to.deep.equal({ text: '“A”', problems: [] });
  });

  it('decodeFeed gives the same text alone', () => {
    expect(decodeFeed(bytes([0x93], 'A', [0x94]))).to.equal('“A”');
  });
});
