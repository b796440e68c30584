import { expect } from '@open-wc/testing';
import { instantOf, parseDate } from '../../src/model/dates.js';
import { formatDateTime } from '../../src/model/format-date.js';

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

  it('refuses dates that are not RFC 3339 or not real', () => {
    for (const bad of ['30/03/2022', '03/30/2022 11:32', 'Wed, 30 Mar 2022', '2022-02-30', '2022-13-01', '2022-03-30T24:10:00Z', '2022-03-30T10:61Z', '2022-03-30T10:00:00+25:00', '', 'soon']) {
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
    const random = (n: number) => ((seed = (seed * 16807) % 2147483647) % n);
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    for (let i = 0; i < 400; i++) {
      const year = 1601 + random(800);
      const month = 1 + random(12);
      const day = 1 + random(month === 2 ? 28 : 30);
      const time = `${pad(random(24))}:${pad(random(60))}`;
      const seconds = ['', `:${pad(random(60))}`, `:${pad(random(60))}.${pad(random(1000), 3)}`, `:${pad(random(60))}.${random(10)}`, `:${pad(random(60))}.${pad(random(100))}`][random(5)];
      const text = `${year}-${pad(month)}-${pad(day)}T${time}${seconds}${offsets[random(offsets.length)]}`;
      expect(instantOf(text), text).to.equal(Date.parse(text));
    }
    expect(instantOf('2022-03-30T11:32:00+07:00')).to.equal(Date.UTC(2022, 2, 30, 4, 32));
    expect(instantOf('2000-02-29T00:00Z')).to.equal(Date.UTC(2000, 1, 29));
  });

  it('gives NaN for anything else, impossible dates included, which the full reader then takes', () => {
    for (const other of ['2022-03-30T11:32:00', '2022-03-30', '2022-03-30 11:32Z', '2022-03-30T11:32:00z', '2022-03-30T11:32:00.Z', '2022-03-30T11:32:00.1234Z', '2022-03-30T11:32:00+0700', '2022-03-30T1a:32Z', '22-03-30T11:32Z', 'Wed, 30 Mar 2022 11:32:00 +0700', '2022-03-30T11:32:00+07:00 ', '0050-01-01T00:00Z', '2022-02-30T10:00:00+07:00', '2023-02-29T00:00Z', '2022-03-30T24:00Z', '2022-03-30T10:60Z', '2022-03-30T10:00:60Z', '2022-13-01T00:00Z', '2022-03-30T10:00+24:00']) {
      expect(instantOf(other), other).to.be.NaN;
    }
  });
});
