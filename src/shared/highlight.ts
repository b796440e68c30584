import { html } from 'lit';

import { matchedRanges, type QueryWord } from '../model/browsing/word-search.js';

/**
 * `text` with the beginning of each word a search matched inside `<mark part="mark">`: the words
 * stay in one text run, so a link's accessible name and what a screen reader reads are unchanged.
 * Without query words, the text as it is.
 */
export function highlighted(text: string, words: readonly QueryWord[]): unknown {
  const ranges = words.length ? matchedRanges(text, words) : [];
  if (!ranges.length) return text;
  const parts: unknown[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    parts.push(text.slice(at, start), html`<mark part="mark">${text.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}
