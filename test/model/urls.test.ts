import { expect } from '@open-wc/testing';

import { isExternal, safeUrl } from '../../src/model/urls.js';

const BASE = 'https://example.gov.vn/feeds/tin-tuc.json';

describe('safeUrl', () => {
  it('resolves relative URLs against the base', () => {
    expect(safeUrl('../anh/a.jpg', 'image', BASE)).to.equal('https://example.gov.vn/anh/a.jpg');
    expect(safeUrl('/tin/1', 'link', BASE)).to.equal('https://example.gov.vn/tin/1');
    expect(safeUrl('?id=2', 'link', BASE)).to.equal('https://example.gov.vn/feeds/tin-tuc.json?id=2');
  });

  it('allows http(s) and mailto links', () => {
    expect(safeUrl('HTTPS://Example.gov.vn/a', 'link', BASE)).to.equal('https://example.gov.vn/a');
    expect(safeUrl('mailto:toasoan@example.gov.vn', 'link', BASE)).to.equal('mailto:toasoan@example.gov.vn');
  });

  it('refuses script and other schemes in every spelling', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'ftp://example.gov.vn/',
      'blob:https://example.gov.vn/x',
      'tel:113',
    ]) {
      expect(safeUrl(bad, 'link', BASE), bad).to.equal(undefined);
      expect(safeUrl(bad, 'image', BASE), bad).to.equal(undefined);
    }
  });

  it('allows data:image only for images', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(safeUrl(png, 'image', BASE)).to.equal(png);
    expect(safeUrl(png, 'link', BASE)).to.equal(undefined);
    expect(safeUrl('data:image/x-unknown;base64,AAAA', 'image', BASE)).to.equal(undefined);
    expect(safeUrl('mailto:a@b.vn', 'image', BASE)).to.equal(undefined);
  });

  it('refuses empty and unparsable values', () => {
    expect(safeUrl('   ', 'link', BASE)).to.equal(undefined);
    expect(safeUrl('http://[::1', 'link', BASE)).to.equal(undefined);
  });
});

describe('isExternal', () => {
  it('compares origins with the page', () => {
    expect(isExternal(`${location.origin}/tin/1`)).to.equal(false);
    expect(isExternal('/tin/1')).to.equal(false);
    expect(isExternal('https://example.gov.vn/')).to.equal(true);
    expect(isExternal('mailto:a@b.vn')).to.equal(true);
  });
});
