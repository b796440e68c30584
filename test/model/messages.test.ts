import { expect } from '@open-wc/testing';

import { isValidTimeZone } from '../../src/model/items/format-date.js';
import { messages, msg, toLang } from '../../src/model/messages.js';

describe('messages', () => {
  it('has every Vietnamese key in English too, none empty', () => {
    expect(Object.keys(messages.en).sort()).to.deep.equal(Object.keys(messages.vi).sort());
    for (const lang of ['vi', 'en'] as const) {
      for (const [key, text] of Object.entries(messages[lang])) expect(text.trim(), `${lang}.${key}`).not.to.equal('');
    }
    expect(msg('vi', 'related')).to.equal('Tin liên quan');
    expect(msg('en', 'related')).to.equal('Related news');
  });

  it('reads BCP 47 tags as vi or en, Vietnamese by default', () => {
    expect(toLang('en-GB')).to.equal('en');
    expect(toLang('EN')).to.equal('en');
    expect(toLang('vi-VN')).to.equal('vi');
    expect(toLang('fr')).to.equal('vi');
    expect(toLang('')).to.equal('vi');
    expect(toLang(null)).to.equal('vi');
    expect(toLang('eng')).to.equal('vi');
  });
});

describe('isValidTimeZone', () => {
  it('knows IANA zones and refuses others', () => {
    expect(isValidTimeZone('Asia/Ho_Chi_Minh')).to.equal(true);
    expect(isValidTimeZone('UTC')).to.equal(true);
    expect(isValidTimeZone('Mars/Olympus')).to.equal(false);
    expect(isValidTimeZone('')).to.equal(false);
  });
});
