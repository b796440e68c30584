import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/model/dates.js';
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
