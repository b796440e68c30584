// RFC 3339 date reading. Strict on purpose: `Date.parse` accepts "03/04/2022" and reads it
// month-first, which silently turns Vietnamese day-first dates into different days.

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})?)?$/;

/** True when the fields name a moment that exists: Date.UTC would roll 2022-02-30 into March without a word. */
function isReal(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days && hour <= 23 && minute <= 59 && second <= 59;
}

export type DateReading =
  | { date: Date; assumedOffset: boolean }
  | { error: string };

/**
 * Reads an RFC 3339 date-time. A date or date-time without an offset is ambiguous: it is read in
 * `fallbackOffset` (Vietnam, +07:00, by default) and flagged so the caller can report it.
 */
export function parseDate(value: unknown, fallbackOffset = '+07:00'): DateReading {
  if (typeof value !== 'string') return { error: 'must be an RFC 3339 date string' };
  const m = RFC3339.exec(value.trim());
  if (!m) return { error: `"${value.slice(0, 40)}" is not an RFC 3339 date` };
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
  const [year, month, day, hour, minute, second] = [+y, +mo, +d, +h, +mi, +s];
  if (!isReal(year, month, day, hour, minute, second)) return { error: `"${value}" is not a real date` };
  const offset = zone ?? fallbackOffset;
  const minutes = offset === 'Z' || offset === 'z' ? 0 : offsetMinutes(offset, 0);
  if (Number.isNaN(minutes)) return { error: `"${value}" has an impossible offset` };
  const ms = frac ? Math.round(Number(frac) * 1000) : 0;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms) - minutes * 60_000);
  return { date, assumedOffset: !zone };
}

/** The digits at `text[at]…text[at + length - 1]` as a number, or NaN if any is not a digit. */
function digits(text: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** The offset "+07:00" / "-05:30" at `text[at]` in minutes east of UTC, or NaN if it is not one that exists. */
function offsetMinutes(text: string, at: number): number {
  const [sign, hours, minutes] = [text[at], digits(text, at + 1, 2), digits(text, at + 4, 2)];
  if ((sign !== '+' && sign !== '-') || text[at + 3] !== ':' || !(hours <= 23 && minutes <= 59)) return NaN;
  return (sign === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * Milliseconds since the epoch of a full date-time with an explicit offset
 * ("2022-03-30T11:32:00+07:00", "…:00.000Z", seconds optional), else NaN: the sort key of a huge
 * feed, read digit by digit because a regex and Date.parse for each of 10,000 items cost as much
 * as rendering the first screen. Impossible dates give NaN, as parseDate refuses them.
 */
export function instantOf(text: string): number {
  const n = text.length;
  if (n < 17 || text[4] !== '-' || text[7] !== '-' || text[10] !== 'T' || text[13] !== ':') return NaN;
  let at = 16;
  let second = 0;
  let ms = 0;
  if (text[at] === ':') {
    second = digits(text, at + 1, 2);
    at += 3;
    if (text[at] === '.') {
      let end = at + 1;
      while (end < n && end - at <= 3 && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
      if (end === at + 1) return NaN;
      ms = digits(text, at + 1, end - at - 1) * 10 ** (4 - (end - at));
      at = end;
    }
  }
  const offset = text[at] === 'Z' && at + 1 === n ? 0 : at + 6 === n ? offsetMinutes(text, at) : NaN;
  if (Number.isNaN(offset)) return NaN;
  const [year, month, day, hour, minute] = [digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2), digits(text, 11, 2), digits(text, 14, 2)];
  // Date.UTC reads years 0–99 as 1900–1999: those few go the long way, as do impossible dates.
  if (!(year >= 100) || !isReal(year, month, day, hour, minute, second)) return NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60_000;
}

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const ZONES: Record<string, string> = { UT: 'Z', GMT: 'Z', Z: 'Z', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00', ICT: '+07:00' };
const RFC822 = /^(?:[a-z]{3},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[a-z]{1,4})?\s*$/i;

/**
 * RSS dates ("Wed, 30 Mar 2022 11:32:00 +0700") as RFC 3339, so one reader checks every date.
 * Anything else is returned as it came, for parseDate to accept (ISO from dc:date) or report.
 */
export function rfc822ToRfc3339(value: string): string {
  const m = RFC822.exec(value.trim());
  if (!m) return value.trim();
  const [, d, mon, y, h, mi, s = '00', zone] = m;
  const month = MONTHS.indexOf(mon.toLowerCase()) + 1;
  if (!month) return value;
  const year = y.length === 2 ? `20${y}` : y;
  const offset = !zone ? '' : /^[+-]/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(-2)}` : ZONES[zone.toUpperCase()] ?? '';
  const pad = (n: string) => n.padStart(2, '0');
  return `${year}-${pad(String(month))}-${pad(d)}T${pad(h)}:${mi}:${s}${offset}`;
}
