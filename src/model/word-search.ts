// Search by words, for Vietnamese text. Each query word matches the start of a word. Typed without
// any diacritic it matches whatever marks the word has ("dang uy" finds "Đảng ủy"); typed with
// diacritics, the marks count: the letters must be those (ă â ê ô ơ ư are letters of their own, so
// "đăng" finds "Đăng ký", not "Đảng") and so must the tone ("dân" finds "dân", not "dẫn"). `đ` is
// always `d` (readers type "dang" for "Đảng" as often as "đang"), so "đang" is a word without
// diacritics. Case never counts.
//
// The tone is a mark of the syllable, not of one letter: portals write "hoà" and "hòa", "thuỷ" and
// "thủy" for the same word. So each tone is moved to the end of its vowels, as a VIQR-style sign
// ("Đảng" → "da?ng", "hòa" and "hoà" → "hoa`"), and a word typed with marks is a plain prefix of
// that: "thà" finds "thành" ("tha`nh"), and "nguyê", not yet toned, finds "Nguyễn" ("nguyê~n").
//
// Text is read once into two keys, each a space before every word, so "starts a word" is one
// substring test: `folded` has no marks at all (" dang uy"), `lettered` keeps them (" da?ng uy?").

/** A word: a letter or digit, then letters, digits and their combining marks. Anything else separates words. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const MARKS = /\p{M}/gu;
/** A run of vowels, decomposed: each with its letter marks and tone. */
const VOWELS = /(?:[aeiouy][\u0300-\u036f]*)+/g;
/** The five Vietnamese tone marks (grave, acute, tilde, hook above, dot below), decomposed. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** VIQR's signs for the tones: punctuation, which never occurs inside a word. */
const TONE_SIGN: Record<string, string> = { '\u0300': '`', '\u0301': "'", '\u0303': '~', '\u0309': '?', '\u0323': '.' };

export interface WordKeys {
  /** Every word without marks, `đ` as `d`, each after a space: " dang uy". */
  folded: string;
  /** Every word with its letters' marks and its tone's sign after its vowels, each after a space: " da?ng uy?". */
  lettered: string;
}

const signTone = (vowels: string) =>
  vowels.replace(TONES, '') +
  (vowels
    .match(TONES)
    ?.map((m) => TONE_SIGN[m])
    .join('') ?? '');

/** The search keys of a text (any normalisation form, any case). */
export function wordKeys(text: string): WordKeys {
  const spaced = ' ' + (text.toLowerCase().normalize('NFD').match(WORD) ?? []).join(' ');
  return {
    folded: spaced.replace(MARKS, '').replace(/đ/g, 'd'),
    // Composed again once the tones are signs, so "ă" and "ê" are one character in either key.
    lettered: spaced.replace(VOWELS, signTone).normalize('NFC').replace(/đ/g, 'd'),
  };
}

/** One word of a query, ready to test against keys. */
export interface QueryWord {
  /** The word without marks: how many letters it covers in a matched word. */
  folded: string;
  /** What a matching word starts with, after its space: in `lettered` when typed with marks, else in `folded`. */
  start: string;
  marked: boolean;
}

let last: { query: string; words: QueryWord[] } | undefined;

/** The words of a query; punctuation only separates them. The last query's words are kept (one per keystroke, tested against every article). */
export function queryWords(query: string): QueryWord[] {
  if (!query) return [];
  if (last?.query === query) return last.words;
  const { folded, lettered } = wordKeys(query);
  const letteredWords = lettered.split(' ');
  const words = folded
    .split(' ')
    .map((f, i) => {
      const marked = letteredWords[i] !== f;
      return { folded: f, start: ' ' + (marked ? letteredWords[i] : f), marked };
    })
    .filter((w) => w.folded);
  last = { query, words };
  return words;
}

/** Every query word starts a word of the keys' text, with its marks when it was typed with them. */
export function matchesWords(keys: WordKeys, words: readonly QueryWord[]): boolean {
  return words.every((w) => (w.marked ? keys.lettered : keys.folded).includes(w.start));
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
