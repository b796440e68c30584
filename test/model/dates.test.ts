import { expect } from '@open-wc/testing';

import { instantOf, parseDate } from '../../src/model/items/dates.js';
import { formatDateTime } from '../../src/model/items/format-date.js';

describe('parseDate', () => {
  it('reads RFC 3339 with offsets, Z and fractions', () => {
    const a = parseDate('2022-03-30T11:32:00+07:00');
    const b = parseDate('2022-03-30T04:32:00.000Z');
    expect('date' in a && a.date.getTime()).to.equal('date' in b && b.date.getTime());
    expect('date' in a && a.assumedOffset).to.equal(false);
  });

  it('reads a date without an offset in Vietnam time and says so', () => {
    const r = parseDate('2022-03-30T11:32');
    expect('date' in r && r.assumedOffset).to.equal(true);
    expect('date' in r && r.date.toISOString()).to.equal('2022-03-30T04:32:00.000Z');
  });

  // Every form real feeds write, each with the instant it names. Zoneless ones read in Vietnam
  // time (+07:00). Checked against the forms Python feedparser's date tests list (own rows).
  const TABLE: [string, string, string][] = [
    // RFC 3339 and the rest of ISO 8601 / W3C-DTF
    ['2026-09-15T09:02:15+07:00', '2026-09-15T02:02:15.000Z', 'RFC 3339'],
    ['2026-09-15T09:02:15.25Z', '2026-09-15T09:02:15.250Z', 'RFC 3339'],
    ['2026-09-15T09:02:15+0100', '2026-09-15T08:02:15.000Z', 'ISO 8601'],
    ['2026-09-15T09:02:15-05', '2026-09-15T14:02:15.000Z', 'ISO 8601'],
    ['2026-09-15 09:02:15', '2026-09-15T02:02:15.000Z', 'ISO 8601'],
    ['2026-09-15 09:02:15 +07:00', '2026-09-15T02:02:15.000Z', 'ISO 8601'],
    ['2026-09-15T09:02Z', '2026-09-15T09:02:00.000Z', 'RFC 3339'],
    ['2026-09-15', '2026-09-14T17:00:00.000Z', 'ISO 8601'],
    ['2003-12', '2003-11-30T17:00:00.000Z', 'ISO 8601'],
    ['2003', '2002-12-31T17:00:00.000Z', 'ISO 8601'],
    // RFC 822 / RFC 2822 and what feeds make of it
    ['Tue, 15 Sep 2026 09:02:15 +0700', '2026-09-15T02:02:15.000Z', 'RFC 822'],
    ['Tue, 15 Sep 2026 09:02:15 GMT+7', '2026-09-15T02:02:15.000Z', 'RFC 822'],
    ['Tue, 15 Sep 2026 09:02:15 GMT', '2026-09-15T09:02:15.000Z', 'RFC 822'],
    ['Tue, 15 Sep 2026 09:02:15 UTC', '2026-09-15T09:02:15.000Z', 'RFC 822'],
    ['Tue, 15 Sep 2026 09:02:15 UT', '2026-09-15T09:02:15.000Z', 'RFC 822'],
    ['Tue, 15 Sep 2026 09:02:15 Z', '2026-09-15T09:02:15.000Z', 'RFC 822'],
    ['Tue, 15 Sep 2026 09:02:15 EST', '2026-09-15T14:02:15.000Z', 'RFC 822'],
    ['Tue, 15 Sep 2026 09:02:15 EDT', '2026-09-15T13:02:15.000Z', 'RFC 822'],
    ['Tue, 15 Sep 2026 09:02:15 PST', '2026-09-15T17:02:15.000Z', 'RFC 822'],
    ['Tue, 15 Sep 2026 09:02:15 PT', '2026-09-15T17:02:15.000Z', 'RFC 822'],
    ['Tue, 15 Sep 2026 09:02:15 ET', '2026-09-15T14:02:15.000Z', 'RFC 822'],
    ['Tue, 15 Sep 2026 09:02:15 AT', '2026-09-15T13:02:15.000Z', 'RFC 822'],
    ['Tue, 15 Sep 2026 09:02:15 MET', '2026-09-15T08:02:15.000Z', 'RFC 822'],
    ['Tue, 15 Sep 2026 09:02:15 MEST', '2026-09-15T07:02:15.000Z', 'RFC 822'],
    ['Tue, 15 Sep 2026 09:02:15 CET', '2026-09-15T08:02:15.000Z', 'RFC 822'],
    ['Tue, 15 Sep 2026 09:02:15 ICT', '2026-09-15T02:02:15.000Z', 'RFC 822'],
    ['Tue, 15 Sep 2026 09:02:15 A', '2026-09-15T10:02:15.000Z', 'RFC 822'],
    ['Tue, 15 Sep 2026 09:02:15 N', '2026-09-15T08:02:15.000Z', 'RFC 822'],
    ['Tue, 15 Sep 2026 09:02:15 UTC+05:30', '2026-09-15T03:32:15.000Z', 'RFC 822'],
    ['Tue, 15 Sep 2026 09:02:15 GMT-01:01', '2026-09-15T10:03:15.000Z', 'RFC 822'],
    ['Tue, 15 Sep 2026 09:02:15 +07:00', '2026-09-15T02:02:15.000Z', 'RFC 822'],
    ['Tue, 15 Sep 2026 09:02 +0700', '2026-09-15T02:02:00.000Z', 'RFC 822'],
    ['15 Sep 2026 09:02:15 +0700', '2026-09-15T02:02:15.000Z', 'RFC 822'],
    ['Tuesday, 15 September 2026 09:02:15 +0700', '2026-09-15T02:02:15.000Z', 'RFC 822'],
    ['Tue, 15 Sep 26 09:02:15 +0700', '2026-09-15T02:02:15.000Z', 'RFC 822'],
    ['Tue, 15 Sep 2026', '2026-09-14T17:00:00.000Z', 'RFC 822'],
    ['Tue, 15 Sep 2026 09:02:15', '2026-09-15T02:02:15.000Z', 'RFC 822'],
    ['Mon, 13 Feb, 2012 06:28:00 UTC', '2012-02-13T06:28:00.000Z', 'RFC 822'],
    ['Thu Jan 15 2026 09:02:15 GMT+0700 (Indochina Time)', '2026-01-15T02:02:15.000Z', 'RFC 822'],
    ['January 26, 2004', '2004-01-25T17:00:00.000Z', 'RFC 822'],
    // asctime and Twitter
    ['Sun Jan  4 16:29:06 2004', '2004-01-04T09:29:06.000Z', 'asctime'],
    ['Wed Jul 15 01:16:00 +0000 2012', '2012-07-15T01:16:00.000Z', 'asctime'],
    // The numeric forms of Vietnamese and .NET CMSs
    ['9/16/2026 10:30:00 AM', '2026-09-16T03:30:00.000Z', 'M/D/Y'],
    ['9/16/2026 12:05:00 AM', '2026-09-15T17:05:00.000Z', 'M/D/Y'],
    ['9/16/2026 1:05 PM', '2026-09-16T06:05:00.000Z', 'M/D/Y'],
    ['30/03/2022 11:32', '2022-03-30T04:32:00.000Z', 'D/M/Y'],
    ['30-03-2022 11:32', '2022-03-30T04:32:00.000Z', 'D/M/Y'],
    ['05/03/2022 11:32 CH', '2022-03-05T16:32:00.000Z', 'D/M/Y'],
    ['2022/03/30 11:32:00', '2022-03-30T04:32:00.000Z', 'Y/M/D'],
  ];

  it('reads every date form real feeds write, to the right instant and form', () => {
    for (const [text, instant, form] of TABLE) {
      const r = parseDate(text);
      expect('error' in r ? r.error : r.date.toISOString(), text).to.equal(instant);
      expect('form' in r && r.form, text).to.equal(form);
    }
  });

  it('says what it assumed: no zone, an unknown zone, the order of day and month', () => {
    const zoneless = parseDate('Tue, 15 Sep 2026 09:02:15');
    expect('date' in zoneless && zoneless.assumedOffset).to.equal(true);
    const unknown = parseDate('Tue, 15 Sep 2026 09:02:15 XYZT');
    expect('date' in unknown && unknown.assumed).to.contain('XYZT');
    expect('date' in unknown && unknown.date.toISOString()).to.equal('2026-09-15T02:02:15.000Z');
    expect('date' in parseDate('9/16/2026 10:30:00 AM') && parseDate('9/16/2026 10:30:00 AM')).to.include({
      assumed: '',
    });
    const ambiguous = parseDate('5/3/2022 10:30:00 AM');
    expect('date' in ambiguous && ambiguous.assumed).to.contain('month/day/year');
    expect('date' in ambiguous && ambiguous.date.toISOString()).to.equal('2022-05-03T03:30:00.000Z');
    expect(parseDate('05/03/2022')).to.include({ assumed: 'day/month/year' });
  });

  it('reads zoneless dates in the zone it is told', () => {
    const utc = parseDate('2026-09-15 09:02', 'UTC');
    expect('date' in utc && utc.date.toISOString()).to.equal('2026-09-15T09:02:00.000Z');
    const ny = parseDate('2026-01-15 09:02', 'America/New_York');
    expect('date' in ny && ny.date.toISOString()).to.equal('2026-01-15T14:02:00.000Z');
    const summer = parseDate('2026-07-15 09:02', 'America/New_York');
    expect('date' in summer && summer.date.toISOString()).to.equal('2026-07-15T13:02:00.000Z');
    const fixed = parseDate('2026-07-15 09:02', '+05:30');
    expect('date' in fixed && fixed.date.toISOString()).to.equal('2026-07-15T03:32:00.000Z');
  });

  it('refuses what names no real moment, and what is no date', () => {
    for (const bad of [
      '2022-02-30',
      '2022-13-01',
      '2022-03-30T24:10:00Z',
      '2022-03-30T10:61Z',
      '2022-03-30T10:00:00+25:00',
      'Tue, 31 Sep 2026 09:02 +0700',
      '13/13/2022',
      '9/16/2026 13:30:00 PM',
      'Tue, 15 Sep 2026 09:02:15 +2500',
      '',
      'soon',
      'hôm qua',
      '2003-012-31',
      'x'.repeat(100),
    ]) {
      expect(parseDate(bad), bad).to.have.property('error');
    }
    expect(parseDate(1648614720000)).to.have.property('error');
    expect(parseDate(null)).to.have.property('error');
  });
});

describe('formatDateTime', () => {
  const date = new Date('2022-03-30T11:32:00+07:00');

  it('prints the Vietnamese portal dateline in Vietnam time', () => {
    expect(formatDateTime(date, 'vi')).to.equal('30-03-2022 11:32');
  });

  it('prints an English dateline', () => {
    expect(formatDateTime(date, 'en')).to.equal('30 Mar 2022, 11:32');
  });

  it('prints in another zone when told', () => {
    expect(formatDateTime(date, 'vi', 'UTC')).to.equal('30-03-2022 04:32');
    expect(formatDateTime(date, 'vi', 'America/New_York')).to.equal('30-03-2022 00:32');
  });

  it('uses 24-hour time around midnight', () => {
    expect(formatDateTime(new Date('2022-03-30T00:05:00+07:00'), 'vi')).to.equal('30-03-2022 00:05');
    expect(formatDateTime(new Date('2022-03-30T23:59:00+07:00'), 'en')).to.equal('30 Mar 2022, 23:59');
  });
});

describe('instantOf (the sort key of huge feeds)', () => {
  it('reads full date-times with an offset to the same instant as the browser does', () => {
    const offsets = ['Z', '+07:00', '-05:00', '+05:45', '-00:30', '+14:00'];
    let seed = 7;
    const random = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    for (let i = 0; i < 400; i++) {
      const year = 1601 + random(800);
      const month = 1 + random(12);
      const day = 1 + random(month === 2 ? 28 : 30);
      const time = `${pad(random(24))}:${pad(random(60))}`;
      const seconds = [
        '',
        `:${pad(random(60))}`,
        `:${pad(random(60))}.${pad(random(1000), 3)}`,
        `:${pad(random(60))}.${random(10)}`,
        `:${pad(random(60))}.${pad(random(100))}`,
      ][random(5)];
      const text = `${year}-${pad(month)}-${pad(day)}T${time}${seconds}${offsets[random(offsets.length)]}`;
      expect(instantOf(text), text).to.equal(Date.parse(text));
    }
    expect(instantOf('2022-03-30T11:32:00+07:00')).to.equal(Date.UTC(2022, 2, 30, 4, 32));
    expect(instantOf('2000-02-29T00:00Z')).to.equal(Date.UTC(2000, 1, 29));
  });

  it('gives NaN for anything else, impossible dates included, which the full reader then takes', () => {
    for (const other of [
      '2022-03-30T11:32:00',
      '2022-03-30',
      '2022-03-30 11:32Z',
      '2022-03-30T11:32:00z',
      '2022-03-30T11:32:00.Z',
      '2022-03-30T11:32:00.1234Z',
      '2022-03-30T11:32:00+0700',
      '2022-03-30T1a:32Z',
      '22-03-30T11:32Z',
      'Wed, 30 Mar 2022 11:32:00 +0700',
      '2022-03-30T11:32:00+07:00 ',
      '0050-01-01T00:00Z',
      '2022-02-30T10:00:00+07:00',
      '2023-02-29T00:00Z',
      '2022-03-30T24:00Z',
      '2022-03-30T10:60Z',
      '2022-03-30T10:00:60Z',
      '2022-13-01T00:00Z',
      '2022-03-30T10:00+24:00',
    ]) {
      expect(instantOf(other), other).to.be.NaN;
    }
  });
});
