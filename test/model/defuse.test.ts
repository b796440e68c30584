import { expect } from '@open-wc/testing';

import { defuse, restoreText, STYLE_DATA } from '../../src/model/defuse.js';
import { sanitizeHtml } from '../../src/model/sanitize.js';

describe('defuse', () => {
  it('leaves no handler, style attribute, style or script tag for any tokenizer state', () => {
    expect(defuse('<img src=x onerror=a><IMG/ONLOAD=b><p\nstyle="c">')).to.equal(
      '<img src=x o·nerror=a><IMG/O·NLOAD=b><p\ns·tyle="c">',
    );
    expect(defuse(`<a title="x"onclick=y><a title='x'style=z>`)).to.equal(
      `<a title="x"o·nclick=y><a title='x's·tyle=z>`,
    );
    expect(defuse('<style>p{}</style><svg><script>a</script>')).to.equal('<title>p{}</title><svg><title>a</title>');
  });

  it('gives text back exactly', () => {
    const text = 'Hội nghị online: one "style" / only "onto" ';
    expect(restoreText(defuse(text))).to.equal(text);
  });

  it('keeps text and links through the sanitiser', () => {
    const html = `<p>one online <a href="https://example.gov.vn/tin/only-one/style">only one</a></p>`;
    expect(sanitizeHtml(html, { baseUrl: 'https://example.gov.vn/' })).to.equal(
      '<p>one online <a href="https://example.gov.vn/tin/only-one/style" rel="noopener noreferrer">only one</a></p>',
    );
    expect(STYLE_DATA).to.equal('s·tyle');
  });

  it('drops style and script content, never showing it as text', () => {
    expect(sanitizeHtml('<style>p{color:red}</style><p>Tin</p><script>alert(1)</script>')).to.equal('<p>Tin</p>');
  });
});
