import { expect } from '@open-wc/testing';

import { pageCount, pageItems } from '../../src/model/browsing/pages.js';

const row = (current: number, total: number) =>
  pageItems(current, total)
    .map((p) => (p === 'gap' ? '…' : p))
    .join(' ');

describe('numbered pages', () => {
  it('shows every page up to seven', () => {
    expect(row(1, 1)).to.equal('1');
    expect(row(4, 7)).to.equal('1 2 3 4 5 6 7');
  });

  it('keeps the first, the last, the current page and its neighbours, with a gap for each run left out', () => {
    expect(row(5, 20)).to.equal('1 … 4 5 6 … 20');
    expect(row(1, 20)).to.equal('1 2 … 20');
    expect(row(20, 20)).to.equal('1 … 19 20');
    expect(row(10, 20)).to.equal('1 … 9 10 11 … 20');
  });

  it('never hides a single page behind a gap', () => {
    expect(row(4, 20)).to.equal('1 2 3 4 5 … 20');
    expect(row(17, 20)).to.equal('1 … 16 17 18 19 20');
    expect(row(3, 8)).to.equal('1 2 3 4 … 8');
  });

  it('counts pages, one at least', () => {
    expect(pageCount(0, 6)).to.equal(1);
    expect(pageCount(6, 6)).to.equal(1);
    expect(pageCount(7, 6)).to.equal(2);
    expect(pageCount(14, 4)).to.equal(4);
  });
});
