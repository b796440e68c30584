// One way to show a date, for every element: in the reader's language and the element's time
// zone, with the instant itself in `datetime` for machines and assistive technology.
import { html, nothing } from 'lit';

import { formatDateTime } from '../model/items/format-date.js';
import type { Lang } from '../model/messages.js';

export interface DatelineOptions {
  /** Carries `part="meta"` and class `meta` (cards and related lists; the report styles its meta line). */
  meta?: boolean;
  /** In brackets, after a title on the same line (the related list). */
  brackets?: boolean;
  /**
   * Said before the date ("Cập nhật"): label and date then make one unbreakable group (class
   * `dateline`), so on a phone a line never ends on a label whose date starts the next.
   */
  label?: string;
}

export function datelineTemplate(
  date: Date,
  lang: Lang,
  timeZone: string,
  { meta, brackets, label }: DatelineOptions = {},
) {
  const text = formatDateTime(date, lang, timeZone);
  const time = html`<time part=${meta ? 'meta' : nothing} class=${meta ? 'meta' : nothing} datetime=${date.toISOString()}>${brackets ? `(${text})` : text}</time>`;
  return label === undefined ? time : html`<span class="dateline"><span class="label">${label}</span> ${time}</span>`;
}
