// RFC 3339 date reading. Strict on purpose: `Date.parse` accepts "03/04/2022" and reads it
// month-first, which silently turns Vietnamese day-first dates into different days.

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})?)?$/;

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
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone] = m;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  // Round-trip through UTC to refuse 2022-02-30, 25:00 and friends that Date would roll over.
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day ||
    probe.getUTCHours() !== hour ||
    probe.getUTCMinutes() !== minute ||
    second > 59
  ) {
    return { error: `"${value}" is not a real date` };
  }
  const offset = zone ?? fallbackOffset;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${offset === 'z' ? 'Z' : offset}`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { error: `"${value}" is not a real date` };
  return { date, assumedOffset: !zone };
}
