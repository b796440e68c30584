import { expect } from '@open-wc/testing';

import { sanitizeHtml, sanitizeToFragment } from '../../src/model/bodies/sanitize.js';
import { seedFeed } from '../harness.js';

const BASE = 'https://example.gov.vn/feeds/tin.json';
const clean = (html: string) => sanitizeHtml(html, { baseUrl: BASE });

describe('sanitizeHtml', () => {
  beforeEach(() => {
    (window as unknown as { pwned?: number }).pwned = 0;
  });

  it('keeps article markup', () => {
    const html =
      '<h2>Mục</h2><p><strong>Đậm</strong> <em>nghiêng</em></p><ul><li>một</li></ul><blockquote>trích</blockquote><table><tbody><tr><th scope="col">A</th></tr><tr><td>1</td></tr></tbody></table>';
    expect(clean(html)).to.equal(html);
  });

  it('removes scripts, handlers, frames, forms, styles and unknown attributes', () => {
    const out = clean(
      '<p onclick="pwned=1" style="color:red" class="x" id="y" data-x="1">a</p><script>pwned=1</script><iframe src="https://evil.example"></iframe><form action="https://evil.example"><input></form><style>p{}</style><svg><script>pwned=1</script></svg><math><mi>x</mi></math><object data="x"></object><base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example">',
    );
    expect(out).to.equal('<p>a</p>');
    expect((window as unknown as { pwned: number }).pwned).to.equal(0);
  });

  it('applies the URL policy to links, images and quotes', () => {
    const out = clean(
      '<a href="javascript:alert(1)">x</a><a href="../tin/1">in</a><a href="https://other.example/">out</a><a href="mailto:a@b.vn">m</a><img src="data:text/html,x" alt="bad"><img src="anh.jpg" alt="ok" srcset="evil.jpg 2x"><blockquote cite="javascript:x">q</blockquote>',
    );
    const doc = new DOMParser().parseFromString(out, 'text/html');
    const links = [...doc.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      null,
      'https://example.gov.vn/tin/1',
      'https://other.example/',
      'mailto:a@b.vn',
    ]);
    expect(links.map((a) => a.getAttribute('rel'))).to.deep.equal([
      null,
      'noopener noreferrer',
      'noopener noreferrer',
      'noopener noreferrer',
    ]);
    const imgs = [...doc.querySelectorAll('img')];
    expect(imgs).to.have.length(1);
    expect(imgs[0].getAttribute('src')).to.equal('https://example.gov.vn/feeds/anh.jpg');
    expect(imgs[0].hasAttribute('srcset')).to.equal(false);
    expect(imgs[0].getAttribute('loading')).to.equal('lazy');
    expect(doc.querySelector('blockquote')!.hasAttribute('cite')).to.equal(false);
  });

  it('marks only links that leave the site', () => {
    const out = sanitizeHtml(`<a href="${location.origin}/tin">in</a><a href="/tin">in</a>`);
    expect(out).not.to.contain('rel=');
  });

  it('gives a "word" of thousands of characters places to break, and leaves real words alone', () => {
    const word = 'Đảngủy'.repeat(500); // 3,000 characters, no space
    const [text] = clean(`<p>${word} và <a href="/x">${'x'.repeat(999)}</a></p>`).match(/<p>[^<]*/)!;
    expect(text.split('\u200b').map((part) => part.length)).to.deep.equal([1003, 1000, 1000 + ' và '.length]);
    expect(clean(`<p>${'x'.repeat(999)}</p>`)).to.equal(`<p>${'x'.repeat(999)}</p>`);
    expect(clean('<p>Hội nghị Ban Chấp hành</p>')).to.equal('<p>Hội nghị Ban Chấp hành</p>');
  });

  it('drops the empty spacer paragraphs CMS editors leave', () => {
    expect(clean('<p>&nbsp;</p><p>Nội dung</p><p> </p><div>\u00a0<br></div>')).to.equal('<p>Nội dung</p>');
  });

  it('gives an empty body, not an error, for markup that leaves the parser no body', () => {
    // A <frameset> before any text replaces the body: DOMPurify then returns null, not a fragment.
    for (const html of ['<frameset onload="pwned=1">', '<div id="31"><frameset onload=pwned=1>x</div>']) {
      expect(clean(html), html).to.equal('');
      expect(sanitizeToFragment(html, { baseUrl: BASE }).childNodes, html).to.have.length(0);
    }
    expect((window as unknown as { pwned: number }).pwned).to.equal(0);
  });

  it('gives a fragment whose document no feed markup can clobber', () => {
    // DOMPurify leaves copies of the body's children, id and name included, in its parsed document.
    const html =
      '<img src="a.jpg" name="createElement"><img src="b.jpg" id="createElement"><p id="querySelector">x</p>';
    const fragment = sanitizeToFragment(html, { baseUrl: BASE });
    for (const node of fragment.querySelectorAll('*')) {
      expect(typeof node.ownerDocument.createElement, node.outerHTML).to.equal('function');
      expect(typeof node.ownerDocument.querySelector, node.outerHTML).to.equal('function');
    }
    expect(fragment.querySelectorAll('img')).to.have.length(2);
  });

  it('returns a fragment for direct insertion', () => {
    const fragment = sanitizeToFragment('<p>x</p><script>pwned=1</script>');
    expect(fragment).to.be.instanceOf(DocumentFragment);
    expect(fragment.childNodes).to.have.length(1);
  });
});

describe('legacy captions', () => {
  const figure = (html: string) => {
    const out = clean(html);
    const doc = new DOMParser().parseFromString(out, 'text/html');
    return { out, figures: [...doc.querySelectorAll('figure')], doc };
  };

  it('image paragraph + centred italic caption paragraph', () => {
    const { figures, doc } = figure(
      '<p style="text-align:center"><img src="a.jpg" alt="A"></p><p style="text-align: center;"><em>Đồng chí phát biểu<br> tại Hội nghị</em></p><p>Tiếp theo</p>',
    );
    expect(figures).to.have.length(1);
    expect(figures[0].querySelector('img')!.alt).to.equal('A');
    expect(figures[0].querySelector('figcaption')!.innerHTML).to.equal('Đồng chí phát biểu<br> tại Hội nghị');
    expect(doc.querySelectorAll('p')).to.have.length(1);
  });

  it('image paragraph + italic-only or centred-only caption', () => {
    expect(figure('<p><img src="a.jpg" alt=""></p><p><i>Chú thích</i></p>').figures).to.have.length(1);
    expect(figure('<p><img src="a.jpg" alt=""></p><p align="center">Chú thích</p>').figures).to.have.length(1);
    expect(
      figure('<div><img src="a.jpg" alt=""></div><div class="image-caption">Chú thích</div>').figures,
    ).to.have.length(1);
  });

  it('image and caption inside one centred paragraph, image wrapped in a link', () => {
    const { figures } = figure(
      '<p style="text-align:center"><a href="big.jpg"><img src="a.jpg" alt="A"></a><br><em>Chú thích ảnh</em></p>',
    );
    expect(figures).to.have.length(1);
    expect(figures[0].querySelector('a > img')).to.exist;
    expect(figures[0].querySelector('figcaption')!.textContent).to.equal('Chú thích ảnh');
  });

  it('one-image table with a caption row', () => {
    const { figures, doc } = figure(
      '<table class="image"><tbody><tr><td><img src="a.jpg" alt="A"></td></tr><tr><td class="image_desc">Quang cảnh Hội nghị</td></tr></tbody></table>',
    );
    expect(figures).to.have.length(1);
    expect(figures[0].querySelector('figcaption')!.textContent).to.equal('Quang cảnh Hội nghị');
    expect(doc.querySelector('table')).to.equal(null);
  });

  it('leaves ordinary paragraphs and data tables alone', () => {
    expect(
      figure('<p><img src="a.jpg" alt=""></p><p>Một đoạn văn thường, không nghiêng, không căn giữa.</p>').figures,
    ).to.have.length(0);
    expect(figure('<table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table>').figures).to.have.length(
      0,
    );
    expect(
      figure('<table><tr><td><img src="a.jpg" alt=""><img src="b.jpg" alt=""></td></tr><tr><td>x</td></tr></table>')
        .figures,
    ).to.have.length(0);
  });

  it('keeps real figures as they are', () => {
    const { out } = figure('<figure><img src="a.jpg" alt="A"><figcaption>Chú thích</figcaption></figure>');
    expect(out).to.equal(
      '<figure><img src="https://example.gov.vn/feeds/a.jpg" alt="A" loading="lazy" decoding="async"><figcaption>Chú thích</figcaption></figure>',
    );
  });

  it('turns both photos of the seed article into captioned figures', async () => {
    const { articles } = await seedFeed();
    const fragment = sanitizeToFragment(articles[0].contentHtml!, { baseUrl: articles[0].baseUrl });
    const captions = [...fragment.querySelectorAll('figure figcaption')].map((c) =>
      c.textContent!.replace(/\s+/g, ' '),
    );
    expect(captions).to.deep.equal([
      'Đồng chí Trương Thu Hòa – Bí thư Đảng ủy, Giám đốc Chi nhánh phát biểu tại Hội nghị',
      'Quang cảnh Hội nghị tại phần thảo luận',
    ]);
    expect(fragment.querySelectorAll('[style]')).to.have.length(0);
  });
});

describe('CMS indentation', () => {
  it('trims the &nbsp; runs editors use to indent paragraphs', () => {
    expect(sanitizeHtml('<p>&nbsp;&nbsp;&nbsp; Thực hiện</p><p>giữa&nbsp; câu</p>')).to.equal(
      '<p>Thực hiện</p><p>giữa&nbsp; câu</p>',
    );
  });
});

describe('CMS alignment', () => {
  it("keeps a right-aligned byline and a centred paragraph as the report's classes, never as a style", () => {
    expect(clean('<p>Nội dung.</p><p style="text-align:right"><strong>Nguyễn Văn A</strong></p>')).to.equal(
      '<p>Nội dung.</p><p class="has-text-align-right"><strong>Nguyễn Văn A</strong></p>',
    );
    expect(clean('<p align="right"><b>Ban Tuyên giáo</b></p>')).to.equal(
      '<p class="has-text-align-right"><b>Ban Tuyên giáo</b></p>',
    );
    expect(clean('<div style="font-weight:bold; TEXT-ALIGN: Center;">Giữa</div>')).to.equal(
      '<div class="has-text-align-center">Giữa</div>',
    );
    expect(clean('<h3 align="center">Mục</h3>')).to.equal('<h3 class="has-text-align-center">Mục</h3>');
    // The last declaration wins, as in the CMS's page; a style outweighs align.
    expect(clean('<p style="text-align:center;text-align:right" align="center">a</p>')).to.equal(
      '<p class="has-text-align-right">a</p>',
    );
  });

  it('keeps no other alignment, class or element, and nothing that is not an alignment', () => {
    for (const html of [
      '<p style="text-align:left">a</p>',
      '<p style="text-align:justify" align="right">a</p>',
      '<p style="text-align: constructor">a</p>',
      '<p align="__proto__">a</p>',
      '<p class="x aligncenter">a</p>',
      '<p style="color:red; text-align-last:right">a</p>',
    ]) {
      expect(clean(html), html).to.equal('<p>a</p>');
    }
    expect(clean('<table><tr><td align="right">1</td></tr></table>')).to.equal(
      '<table><tbody><tr><td>1</td></tr></tbody></table>',
    );
    expect(clean('<p><span style="text-align:right">a</span></p>')).to.equal('<p><span>a</span></p>');
  });

  it('reads its own classes back (WordPress writes the same ones), so sanitising twice changes nothing', () => {
    expect(clean('<p class="x has-text-align-center y">a</p>')).to.equal('<p class="has-text-align-center">a</p>');
    const once = clean('<p align="right">Nguyễn Văn A</p><div style="text-align:center"><p>Giữa</p></div>');
    expect(clean(once)).to.equal(once);
  });

  it('still makes a caption centred by style under a photo a figcaption, not a centred paragraph', () => {
    // Neither italic nor align: only the style says "caption" (DOMPurify once dropped it unread).
    const out = clean(
      '<p style="text-align:center"><img src="a.jpg" alt="A"></p><p style="text-align:center">Chú thích</p>',
    );
    expect(out).to.equal(
      '<figure><img src="https://example.gov.vn/feeds/a.jpg" alt="A" loading="lazy" decoding="async"><figcaption>Chú thích</figcaption></figure>',
    );
  });
});
