// Datelines through cached Intl.DateTimeFormat instances: building a formatter costs far more
// than using one, and a feed page formats the same (language, zone) pair hundreds of times.

import type { Lang } from '../messages.js';

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, timeZone: string): Intl.DateTimeFormat {
  const key = `${lang} ${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
      timeZone,
      day: '2-digit',
      month: lang === 'vi' ? '2-digit' : 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(key, format);
  }
  return format;
}

/** Whether the runtime knows this IANA zone; elements fall back to Vietnam time when not. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter('vi', timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The dateline as Vietnamese portals print it, "30-03-2022 11:32", or in English "30 Mar 2022, 11:32",
 * always in `timeZone` (Vietnam time unless told otherwise), never in the reader's own zone.
 */
export function formatDateTime(date: Date, lang: Lang, timeZone = DEFAULT_TIME_ZONE): string {
  const parts: Record<string, string> = {};
  for (const { type, value } of formatter(lang, timeZone).formatToParts(date)) parts[type] = value;
  const { day, month, year, hour, minute } = parts;
  return lang === 'vi' ? `${day}-${month}-${year} ${hour}:${minute}` : `${day} ${month} ${year}, ${hour}:${minute}`;
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day `date` falls on in `timeZone`, as an `<input type="date">` writes it
 * ("2022-03-30"): an article published at 00:30 Vietnam time belongs to that Vietnamese day, not
 * to the reader's or UTC's day before it.
 */
export function dayKey(date: Date, timeZone = DEFAULT_TIME_ZONE): string {
  let format = dayFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, format);
  }
  // From the parts, not the formatted string: the order a locale writes them in differs between
  // engines' locale data (en-CA's year-month-day is not everywhere).
  const parts: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(date)) parts[type] = value;
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** A day ("2022-03-30") as datelines print it: "30-03-2022", or in English "30 Mar 2022". */
export function formatDay(day: string, lang: Lang): string {
  const [year, month, date] = day.split('-');
  if (lang === 'vi') return `${date}-${month}-${year}`;
  const name = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(year), Number(month) - 1, 1)),
  );
  return `${date} ${name} ${year}`;
}
