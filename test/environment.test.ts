import { expect } from '@open-wc/testing';

describe('test environment', () => {
  it('runs far from Vietnam time, so Vietnam datelines prove the library converts', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
    expect(new Date('2022-03-30T11:32:00+07:00').getHours()).to.equal(0);
  });
});
