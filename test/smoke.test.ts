import { expect } from '@open-wc/testing';

describe('smoke', () => {
  it('runs far from Vietnam time', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
  });
});
