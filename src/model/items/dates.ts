// Every date form that real feeds are written in, read in one place: RFC 3339 and the rest of
// ISO 8601 / W3C-DTF (partial dates, a space for T, offsets without a colon), RFC 822 with any
// zone name or offset that feeds use, asctime and JavaScript's Date#toString, and the numeric
// forms Vietnamese CMSs write ("9/16/2026 10:30:00 AM", "30/03/2022 11:32"). Not Date.parse:
// it reads "03/04/2022" month-first without a word, which turns day-first dates into other days.
// Over 250 lines on purpose: every form and the zone-name table side by side, so that a new form
// is added beside the ones it could be mistaken for.
import { DEFAULT_TIME_ZONE } from './format-date.js';

/** The form a date was written in; the normaliser compares it with the standard of its field. */
export type DateForm = 'RFC 3339' | 'ISO 8601' | 'RFC 822' | 'asctime' | 'M/D/Y' | 'D/M/Y' | 'Y/M/D';

export type DateReading =
  | {
      date: Date;
      form: DateForm;
      /** No zone was written (or one nobody knows): the time was read in the feed's time zone. */
      assumedOffset: boolean;
      /** What the reading took for granted, for the problem report ("month/day/year"); '' when nothing. */
      assumed: string;
    }
  | { error: string };

/** True when the fields name a moment that exists: Date.UTC would roll 2022-02-30 into March without a word. */
function isReal(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days && hour <= 23 && minute <= 59 && second <= 59;
}

/** Hours east of UTC of the zone names feeds write: RFC 822's, and the common abbreviations. */
const ZONE_HOURS: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  'ETC/GMT': 0,
  'ETC/UTC': 0,
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
  AT: -4,
  ET: -5,
  CT: -6,
  MT: -7,
  PT: -8,
  AST: -4,
  ADT: -3,
  AKST: -9,
  AKDT: -8,
  HST: -10,
  NST: -3.5,
  NDT: -2.5,
  BST: 1,
  IST: 5.5,
  WEST: 1,
  CET: 1,
  CEST: 2,
  MET: 1,
  MEST: 2,
  EET: 2,
  EEST: 3,
  MSK: 3,
  ICT: 7,
  WIB: 7,
  SGT: 8,
  HKT: 8,
  PHT: 8,
  AWST: 8,
  JST: 9,
  KST: 9,
  ACST: 9.5,
  AEST: 10,
  AEDT: 11,
  NZST: 12,
  NZDT: 13,
};

/**
 * Minutes east of UTC for a zone as written: a name, a military letter (RFC 822's signs), or an
 * offset ("+0700", "+07:00", "+07", "GMT+7", "UTC-01:01"). undefined: not a zone anyone writes.
 */
function zoneMinutes(token: string): number | undefined {
  const name = token.toUpperCase();
  const offset = /^(?:GMT|UTC?)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(name);
  if (offset) {
    const [, sign, h, m = '0'] = offset;
    // "+7" is hours; "+700" would be ambiguous and no feed writes it.
    if (+h > 23 || +m > 59 || (h.length === 1 && offset[3] && !name.includes(':'))) return undefined;
    return (sign === '-' ? -1 : 1) * (+h * 60 + +m);
  }
  if (name in ZONE_HOURS) return ZONE_HOURS[name] * 60;
  // Military letters: A–I and K–M are −1…−12, N–Y +1…+12 (RFC 822; J is not used).
  const code = name.length === 1 ? name.charCodeAt(0) - 64 : 0;
  if (code >= 1 && code <= 13 && code !== 10) return -(code < 10 ? code : code - 1) * 60;
  if (code >= 14 && code <= 25) return (code - 13) * 60;
  return undefined;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC that `zone` (IANA, or "+07:00") is at the instant `utc`. */
function offsetAt(zone: string, utc: number): number {
  const fixed = /^[+-]\d{2}:\d{2}$/.test(zone) ? zoneMinutes(zone) : undefined;
  if (fixed !== undefined) return fixed;
  let format = offsetFormatters.get(zone);
  if (!format) {
    const numeric = 'numeric';
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: numeric,
      month: numeric,
      day: numeric,
      hour: numeric,
      minute: numeric,
      second: numeric,
    });
    offsetFormatters.set(zone, format);
  }
  const p: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(utc)) p[type] = +value;
  return (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(utc / 1000) * 1000) / 60_000;
}

/** Milliseconds since the epoch of a wall-clock time, in UTC; years below 100 stay themselves. */
function wallClock(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, ms));
  date.setUTCFullYear(year);
  return date.getTime();
}

const MONTH_NAMES = 'january february march april may june july august september october november december'.split(' ');
/** 1–12 for a month name or its abbreviation ("Mar", "March", "Sept"), else 0. */
function monthOf(word: string): number {
  const w = word.toLowerCase();
  return w.length >= 3 ? MONTH_NAMES.findIndex((name) => name.startsWith(w)) + 1 : 0;
}

const TIME = String.raw`(\d{1,2}):?(\d{2})(?::(\d{2})(?:[.,](\d+))?)?`;
const ZONE = String.raw`([+-]\d{1,2}(?::?\d{2})?|[a-z][a-z/]*(?:[+-]\d{1,2}(?::?\d{2})?)?)`;
/** ISO 8601 / W3C-DTF: 2003, 2003-12, 2003-12-31, then a time after T or a space, then a zone. */
const ISO = new RegExp(String.raw`^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]${TIME}\s?${ZONE}?)?)?)?$`, 'i');
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*/i;
/** "30 Mar 2022 11:32:00 +0700" (RFC 822), also "13 Feb, 2012" and date-only. */
const DAY_MONTH_YEAR = new RegExp(
  String.raw`^(\d{1,2})[\s-]+([a-z]+)\.?,?[\s-]+(\d{4}|\d{2})(?:,?\s+${TIME})?(?:\s*${ZONE})?$`,
  'i',
);
/** "Aug 30 2012 17:26:16 +0200" (Date#toString), "January 26, 2004". */
const MONTH_DAY_YEAR = new RegExp(
  String.raw`^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+${TIME})?(?:\s*${ZONE})?$`,
  'i',
);
/** asctime "Jan  4 16:29:06 2004", and "Jul 15 01:16:00 +0000 2012". */
const ASCTIME = new RegExp(String.raw`^([a-z]+)\s+(\d{1,2})\s+${TIME}(?:\s+${ZONE})?\s+(\d{4})$`, 'i');
/** "9/16/2026 10:30:00 AM", "30/03/2022 11:32", "30-03-2022 11:32", "2022/03/30 11:32". */
const NUMERIC = new RegExp(
  String.raw`^(\d{1,4})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[\sT,]+${TIME}(?:\s*(am|pm|a\.m\.|p\.m\.|sa|ch))?(?:\s*${ZONE})?)?$`,
  'i',
);

interface Fields {
  year: number;
  month: number;
  day: number;
  time: (string | undefined)[];
  zone?: string;
  form: DateForm;
  assumed?: string;
}

/** A year as written: two digits are 1950–2049 (RFC 2822). */
const fullYear = (y: string) => (y.length === 2 ? (+y < 50 ? 2000 : 1900) + +y : +y);

function fieldsOf(text: string): Fields | undefined {
  let m = ISO.exec(text);
  if (m) {
    const form = RFC3339.test(text) ? 'RFC 3339' : 'ISO 8601';
    return { year: +m[1], month: +(m[2] ?? 1), day: +(m[3] ?? 1), time: m.slice(4, 8), zone: m[8], form };
  }
  // Date#toString ends with the zone's name in brackets; the offset before it says it all.
  const rest = text.replace(WEEKDAY, '').replace(/\s*\([^()]*\)$/, '');
  if ((m = DAY_MONTH_YEAR.exec(rest)))
    return { year: fullYear(m[3]), month: monthOf(m[2]), day: +m[1], time: m.slice(4, 8), zone: m[8], form: 'RFC 822' };
  if ((m = MONTH_DAY_YEAR.exec(rest)))
    return { year: +m[3], month: monthOf(m[1]), day: +m[2], time: m.slice(4, 8), zone: m[8], form: 'RFC 822' };
  if ((m = ASCTIME.exec(rest)))
    return { year: +m[8], month: monthOf(m[1]), day: +m[2], time: m.slice(3, 7), zone: m[7], form: 'asctime' };
  if ((m = NUMERIC.exec(rest))) {
    const [, a, , b, c] = m;
    const time = m.slice(5, 9);
    const meridiem = m[9]?.toLowerCase().replace(/\./g, '');
    if (meridiem) {
      // 12-hour clock: 12 AM is 00, 12 PM is 12. (SA/CH are Vietnamese for AM/PM.)
      const hour = +time[0]!;
      if (hour < 1 || hour > 12) return undefined;
      time[0] = String((hour % 12) + (meridiem === 'pm' || meridiem === 'ch' ? 12 : 0));
    }
    if (a.length === 4) return { year: +a, month: +b, day: +c, time, zone: m[10], form: 'Y/M/D' };
    if (a.length > 2) return undefined;
    // Day first, as Vietnamese portals write dates, unless the numbers or an AM/PM say otherwise:
    // .NET CMSs in the en-US culture write "9/16/2026 10:30:00 AM", month first.
    const monthFirst = +b > 12 || (+a <= 12 && (meridiem === 'am' || meridiem === 'pm'));
    const ambiguous = +a <= 12 && +b <= 12;
    const form = monthFirst ? 'M/D/Y' : 'D/M/Y';
    const assumed = ambiguous ? (monthFirst ? 'month/day/year (it has AM/PM)' : 'day/month/year') : '';
    return monthFirst
      ? { year: fullYear(c), month: +a, day: +b, time, zone: m[10], form, assumed }
      : { year: fullYear(c), month: +b, day: +a, time, zone: m[10], form, assumed };
  }
  return undefined;
}

/**
 * Reads a date in any form feeds use. A time without a zone (or with a zone name nobody knows)
 * is read in `timeZone`, an IANA zone or "+07:00" (Vietnam time by default), and flagged so the
 * caller can report it; so is any other guess the reading made.
 */
export function parseDate(value: unknown, timeZone = DEFAULT_TIME_ZONE): DateReading {
  if (typeof value !== 'string') return { error: 'must be a date string' };
  const text = value.trim().replace(/\s+/g, ' ');
  const f = text.length <= 80 ? fieldsOf(text) : undefined;
  if (!f || !f.month) return { error: `"${value.slice(0, 40)}" is not a date` };
  const [h = '0', mi = '0', s = '0', frac = ''] = f.time;
  const [hour, minute, second] = [+h, +mi, +s];
  if (!isReal(f.year, f.month, f.day, hour, minute, second)) return { error: `"${value}" is not a real date` };
  const local = wallClock(
    f.year,
    f.month,
    f.day,
    hour,
    minute,
    second,
    frac ? Math.round(Number(`0.${frac}`) * 1000) : 0,
  );
  const written = f.zone === undefined ? undefined : zoneMinutes(f.zone);
  if (f.zone !== undefined && written === undefined && /[\d+-]/.test(f.zone))
    return { error: `"${value}" has an impossible offset` };
  const assumed = [f.assumed, written === undefined && f.zone ? `an unknown zone "${f.zone}"` : '']
    .filter(Boolean)
    .join(', ');
  if (written !== undefined)
    return { date: new Date(local - written * 60_000), form: f.form, assumedOffset: false, assumed };
  // No zone: the wall-clock time in timeZone. Its offset is taken at the instant that guess gives,
  // then once more at the corrected instant, which settles it except inside a DST change.
  const first = local - offsetAt(timeZone, local) * 60_000;
  return { date: new Date(local - offsetAt(timeZone, first) * 60_000), form: f.form, assumedOffset: true, assumed };
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
  const [year, month, day, hour, minute] = [
    digits(text, 0, 4),
    digits(text, 5, 2),
    digits(text, 8, 2),
    digits(text, 11, 2),
    digits(text, 14, 2),
  ];
  // Date.UTC reads years 0–99 as 1900–1999: those few go the long way, as do impossible dates.
  if (!(year >= 100) || !isReal(year, month, day, hour, minute, second)) return NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60_000;
}
