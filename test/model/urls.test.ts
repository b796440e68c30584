import { expect } from '@open-wc/testing';

import { isExternal, parseUrl, safeUrl } from '../../src/model/items/urls.js';

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

  it('keeps a plain path as written where there is nothing to read it against (a server)', () => {
    // about:blank is jsdom's document address on a server: no path resolves against it.
    for (const path of ['x.html', '/tin/x.html', '../anh/a.jpg', '?trang=2'])
      expect(safeUrl(path, 'link', 'about:blank'), path).to.equal(path);
    for (const other of [
      '//evil.example/x',
      '\\\\evil.example\\x',
      'java\tscript:alert(1)',
      'a b.html',
      'javascript:alert(1)',
    ])
      expect(safeUrl(other, 'link', 'about:blank'), other).to.equal(undefined);
  });

  it('keeps a path read on a page opened from disk as the file beside it, and no other file: URL', () => {
    const page = 'file:///home/bien-tap/tin/index.html';
    expect(safeUrl('x.html', 'link', page)).to.equal('file:///home/bien-tap/tin/x.html');
    expect(safeUrl('anh/a.jpg', 'image', page)).to.equal('file:///home/bien-tap/tin/anh/a.jpg');
    for (const other of ['file:///etc/passwd', '//may-chu/chia-se', 'javascript:alert(1)'])
      expect(safeUrl(other, 'link', page), other).to.equal(undefined);
    expect(safeUrl('x.html', 'link', BASE)).to.equal('https://example.gov.vn/feeds/x.html');
  });

  it('refuses empty and unparsable values', () => {
    expect(safeUrl('   ', 'link', BASE)).to.equal(undefined);
    expect(safeUrl('http://[::1', 'link', BASE)).to.equal(undefined);
  });
});

// CMS typos that look like plain http URLs but that the URL parser refuses.
const UNPARSEABLE = [
  'http://1.2.3.4.5/',
  'http://127.0.0.1:99999/',
  'http://256.1.1.1/tin/1',
  'http://example.0x1g.1/',
  'https://10.0.0.300/anh.jpg',
  'http://example.gov.vn:65536/tin',
];

describe('parseUrl', () => {
  it('parses, against a base when given one', () => {
    expect(parseUrl('/tin/1', BASE)?.href).to.equal('https://example.gov.vn/tin/1');
    expect(parseUrl('https://example.gov.vn:8443/a')?.port).to.equal('8443');
    expect(parseUrl('http://1.2.3.4/')?.host).to.equal('1.2.3.4');
  });

  it('gives undefined, never a throw, for what does not parse', () => {
    for (const bad of [...UNPARSEABLE, 'http://[::1', '/relative-without-base', '']) {
      expect(parseUrl(bad), bad).to.equal(undefined);
    }
    expect(parseUrl('/tin/1', 'not a base')).to.equal(undefined);
  });
});

describe('safeUrl and URLs that do not parse', () => {
  it('refuses them as links and images, with or without a base', () => {
    for (const bad of UNPARSEABLE) {
      expect(safeUrl(bad, 'link', BASE), bad).to.equal(undefined);
      expect(safeUrl(bad, 'image'), bad).to.equal(undefined);
    }
  });

  it('returns only what the URL parser itself writes, on its quick path too', () => {
    for (const url of [
      'http://example.gov.vn',
      'https://example.gov.vn/tin-tuc/a?id=1#b',
      'http://localhost/feed.json',
      'http://example.gov.vn./a',
      'http://a-b.example-1.vn/',
      'http://1.2.3.4/x',
      'http://example.gov.vn:8080/x',
      'http://example.gov.vn:80/x',
      'http://xn--a.example/',
      'http://xn--dng-uy-0ua.vn/',
      'http://example.123/',
      ...UNPARSEABLE,
    ]) {
      expect(safeUrl(url, 'link', BASE), url).to.equal(parseUrl(url)?.href);
    }
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
