// Search by words, for Vietnamese text. Each query word matches the start of a word. Typed without
// any diacritic it matches whatever marks the word has ("dang uy" finds "Đảng ủy"); typed with
// diacritics, the word must begin with exactly those letters and marks: ă â ê ô ơ ư are letters of
// their own ("đăng" finds "Đăng ký", not "Đảng"), and a tone typed must be the word's. `đ` is always
// `d` (readers type "dang" for "Đảng" as often as "đang"), so "đang" is a word without diacritics.
// Case never counts.
//
// The tone is a mark of the syllable, not of one letter: portals write "hoà" and "hòa", "thuỷ" and
// "thủy" for the same word. So both text and query are read decomposed (NFD) with each tone moved
// to the end of its vowels ("Đảng" → d a ̉ n g, "hòa" and "hoà" → h o a ̀), and a word typed with
// marks matches a word that begins with it: "dân" finds "dân" but not "dẫn" (d â ̃ n), "thà" finds
// "thành", and "nguyê", its tone not typed yet, finds "Nguyễn".
//
// Each text is read once into two keys, and "starts a word" is a substring whose previous
// character is not part of a word: `folded` has no marks at all, `lettered` keeps them.

/** Letters, their marks and digits make words; anything else separates them. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** A tone mark and the vowels after it (each with its letter mark: breve, circumflex, horn), decomposed. */
const TONE_BEFORE_VOWELS = /([\u0300\u0301\u0303\u0309\u0323])((?:[aeiouyAEIOUY][\u0302\u0306\u031b]?)+)/g;
const MARKS = /[\u0300-\u036f]/g;

export interface WordKeys {
  /** The text without marks, lower case, `đ` as `d`: "dang uy". */
  folded: string;
  /** The text lower case and decomposed, `đ` as `d`, each tone after its syllable's vowels. */
  lettered: string;
}

/** The search keys of a text (any normalisation form, any case). */
export function wordKeys(text: string): WordKeys {
  const decomposed = text.normalize('NFD').replace(/[đĐ]/g, 'd');
  // Each key ends with toLowerCase, which leaves a flat string. A replace leaves a rope (in V8),
  // and the first search flattened 10,000 of them inside one keystroke (~50 ms, measured); made
  // here, flat strings cost the indexing slices instead.
  return {
    folded: decomposed.replace(MARKS, '').toLowerCase(),
    lettered: decomposed.replace(TONE_BEFORE_VOWELS, '$2$1').toLowerCase(),
  };
}

// Word characters by code: ASCII and combining marks at once, the rest by Unicode category.
function isWordChar(code: number): boolean {
  if (code < 0x80)
    return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return (code >= 0x300 && code <= 0x36f) || WORD_CHAR.test(String.fromCharCode(code));
}

/** `word` occurs in `text` at the start of a word. */
function startsAWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (at === 0 || !isWordChar(text.charCodeAt(at - 1))) return true;
  return false;
}

/** One word of a query, ready to test against keys. */
export interface QueryWord {
  /** The word without marks: how many letters it covers in a matched word. */
  folded: string;
  /** Typed with diacritics: the word as in `lettered`, which a matching word starts with. */
  lettered?: string;
}

let last: { query: string; words: QueryWord[] } | undefined;

/** The words of a query; punctuation only separates them. The last query's words are kept (one per keystroke, tested against every article). */
export function queryWords(query: string): QueryWord[] {
  if (!query) return [];
  if (last?.query === query) return last.words;
  const words = (query.match(WORD) ?? []).map((word): QueryWord => {
    const { folded, lettered } = wordKeys(word);
    return lettered === folded ? { folded } : { folded, lettered };
  });
  last = { query, words };
  return words;
}

/** Every query word starts a word of the keys' text, with its marks when it was typed with them. */
export function matchesWords(keys: WordKeys, words: readonly QueryWord[]): boolean {
  return words.every((w) => (w.lettered ? startsAWord(keys.lettered, w.lettered) : startsAWord(keys.folded, w.folded)));
}

/** Each word of `text` that a query word starts, as the [start, end) of its matched beginning. */
export function matchedRanges(text: string, words: readonly QueryWord[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const { 0: word, index } of text.matchAll(WORD)) {
    const keys = wordKeys(word);
    const letters = Math.max(0, ...words.filter((w) => matchesWords(keys, [w])).map((w) => w.folded.length));
    if (!letters) continue;
    // A letter is a base character with the marks after it (one character in NFC Vietnamese).
    const covered = word
      .match(/\P{M}\p{M}*/gu)!
      .slice(0, letters)
      .join('').length;
    ranges.push([index, index + covered]);
  }
  return ranges;
}
