import { expect } from '@open-wc/testing';

import { cleanLine, cleanText, decodeEntities, foldText, slugify } from '../../src/model/items/text.js';

describe('text', () => {
  it('decodes named, decimal and hex entities exactly once', () => {
    expect(decodeEntities('&ldquo;t&#7921; soi&rdquo; &amp;amp; &#x110;&agrave;')).to.equal('“tự soi” &amp; Đà');
    expect(decodeEntities('Ng&acirc;n h&agrave;ng &dstrok;&abreve;ng')).to.equal('Ngân hàng đăng');
  });

  it('leaves unknown names and bare ampersands as written', () => {
    expect(decodeEntities('A & B &nosuch; C&D')).to.equal('A & B &nosuch; C&D');
  });

  it('turns NUL, surrogate and out-of-range references into U+FFFD', () => {
    expect(decodeEntities('&#0;&#xD800;&#x110000;')).to.equal('\ufffd\ufffd\ufffd');
  });

  it('normalises decomposed Vietnamese to NFC', () => {
    const nfd = 'Đảng ủy'.normalize('NFD');
    expect(nfd).not.to.equal('Đảng ủy');
    expect(cleanLine(nfd)).to.equal('Đảng ủy');
  });

  it('drops zero-width and bidi control characters and collapses spaces', () => {
    expect(cleanLine('  Tin\u200b \u202etức\u202c\n\tmới\ufeff ')).to.equal('Tin tức mới');
  });

  it('keeps paragraph breaks in multi-line text', () => {
    expect(cleanText('Một\r\ndòng\n\n\n  Hai  ')).to.equal('Một dòng\n\nHai');
  });

  it('folds diacritics and đ for matching and ids', () => {
    expect(foldText('Đảng Ủy Tự Soi')).to.equal('dang uy tu soi');
    expect(slugify('Hoạt động của các tổ chức Đảng cơ sở')).to.equal('hoat-dong-cua-cac-to-chuc-dang-co-so');
  });
});
