import { expect } from '@open-wc/testing';

import { pageName } from '../../src/model/items/page-name.js';

describe('pageName (the file of an article page made by party-news render)', () => {
  it('is the id itself when the id is already a slug, as CMS ids usually are', () => {
    expect(pageName('nhnn-lang-son-2022-03-30')).to.equal('nhnn-lang-son-2022-03-30.html');
  });

  it('gives other ids their slug and a hash of the id, so ids that slug alike stay apart', () => {
    const a = pageName('Bài 1');
    const b = pageName('bai-1 ');
    expect(a).to.match(/^bai-1-[0-9a-z]+\.html$/);
    expect(b).to.match(/^bai-1-[0-9a-z]+\.html$/);
    expect(a).not.to.equal(b);
    expect(pageName('bai-1')).to.equal('bai-1.html');
    expect(pageName('Bài 1'), 'the same id, the same name').to.equal(a);
  });

  it("keeps URL ids (RSS guids) short and never takes the list page's name", () => {
    const guid = `https://tinh.example.gov.vn/Default.aspx?tabid=120&ch=1&ItemID=4521&${'x'.repeat(200)}`;
    expect(pageName(guid).length).to.be.below(100);
    expect(pageName('index')).to.match(/^index-[0-9a-z]+\.html$/);
    expect(pageName('đ')).to.match(/^d-[0-9a-z]+\.html$/);
    expect(pageName('!!!')).to.match(/^bai-[0-9a-z]+\.html$/);
  });
});
