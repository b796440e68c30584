// One way to show a date, for every element: in the reader's language and the element's time
// zone, with the instant itself in `datetime` for machines and assistive technology.
import { html, nothing } from 'lit';

import { formatDateTime } from '../model/format-date.js';
import type { Lang } from '../model/messages.js';

export interface DatelineOptions {
  /** Carries `part="meta"` and class `meta` (cards and related lists; the report styles its meta line). */
  meta?: boolean;
  /** In brackets, after a title on the same line (the related list). */
  brackets?: boolean;
}

export function datelineTemplate(date: Date, lang: Lang, timeZone: string, { meta, brackets }: DatelineOptions = {}) {
  const text = formatDateTime(date, lang, timeZone);
  return html`<time part=${meta ? 'meta' : nothing} class=${meta ? 'meta' : nothing} datetime=${date.toISOString()}>${brackets ? `(${text})` : text}</time>`;
}
