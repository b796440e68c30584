import { expect } from '@open-wc/testing';

import { defuse, restoreText, STYLE_DATA } from '../../src/model/bodies/defuse.js';
import { sanitizeHtml } from '../../src/model/bodies/sanitize.js';

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

  it('renames every <base> tag, so that no parse of the page sets a base URL (base-uri)', () => {
    expect(defuse('<base href="https://evil.example/"><BASE\nhref=x><p>a</p></base><svg><base/></svg>')).to.equal(
      '<b·ase href="https://evil.example/"><B·ASE\nhref=x><p>a</p></b·ase><svg><b·ase/></svg>',
    );
    // Names that only begin like it are left alone, and text gets its exact words back.
    expect(defuse('<basefont><bases>')).to.equal('<basefont><bases>');
    const text = 'Mã nguồn: <base href="/"> và b·ase';
    expect(restoreText(defuse(text))).to.equal(text);
    expect(restoreText(defuse('a "<base" in an attribute'))).to.equal('a "<base" in an attribute');
  });

  it('leaves no <base> in a sanitised body, its neighbours and relative links as they were', () => {
    const html = '<base href="https://evil.example/"><p>Tin <a href="tin/2">hai</a></p><p><base href=/x>Ba</p>';
    expect(sanitizeHtml(html, { baseUrl: 'https://example.gov.vn/feed.json' })).to.equal(
      '<p>Tin <a href="https://example.gov.vn/tin/2" rel="noopener noreferrer">hai</a></p><p>Ba</p>',
    );
    expect(sanitizeHtml('<textarea><base href=x></textarea>')).to.equal('&lt;base href=x&gt;');
  });

  it('drops style and script content, never showing it as text', () => {
    expect(sanitizeHtml('<style>p{color:red}</style><p>Tin</p><script>alert(1)</script>')).to.equal('<p>Tin</p>');
  });
});
