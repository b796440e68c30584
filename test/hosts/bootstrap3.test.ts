import { expect } from '@open-wc/testing';

import { part } from '../harness.js';
import { addStylesheet, BOOTSTRAP, type Elements, PORTAL, portalColumn, sizes } from './host-page.js';

// Bootstrap 3 (and the 62.5% trick) set `html { font-size: 10px }`; portals justify and space out
// the text of their news column. Neither may change what the elements look like.
describe('hostile hosts: a Bootstrap 3 portal page', () => {
  const cleanup: (() => void)[] = [];
  afterEach(() => cleanup.splice(0).forEach((undo) => undo()));

  async function render(columnClass = '') {
    const { page, els } = await portalColumn(columnClass);
    cleanup.push(() => page.remove());
    return els;
  }

  it('the page really is Bootstrap 3: a 10px root font size', async () => {
    cleanup.push(await addStylesheet(BOOTSTRAP));
    expect(getComputedStyle(document.documentElement).fontSize).to.equal('10px');
  });

  it("shows every size as on a plain page (within a pixel), with the portal column's text styles too", async () => {
    const els = await render('noidung');
    const plain = sizes(els);
    expect(plain['card title'], 'the card title on a plain page: 1.125 × the default 16px').to.be.closeTo(18, 0.1);
    expect(plain['report tool button height'], 'a 44px target').to.be.at.least(44);

    cleanup.push(await addStylesheet(BOOTSTRAP));
    cleanup.push(await addStylesheet(PORTAL));
    await Promise.all(Object.values(els).map((el: Elements[keyof Elements]) => el.updateComplete));
    const hosted = sizes(els);
    for (const [name, value] of Object.entries(plain)) {
      expect(value, `${name} is measured`).to.be.a('number').and.not.NaN;
      expect(hosted[name], `${name}: ${hosted[name]} on Bootstrap 3, ${value} on a plain page`).to.be.closeTo(value, 1);
    }
  });

  it("stops the column's inherited text styles at each element, and keeps its language", async () => {
    cleanup.push(await addStylesheet(BOOTSTRAP));
    cleanup.push(await addStylesheet(PORTAL));
    const els = await render('noidung');
    const column = els.card.closest('.noidung')!;
    column.setAttribute('lang', 'en');
    await Promise.all(Object.values(els).map((el) => (el.requestUpdate(), el.updateComplete)));
    // The portal column really sets what must not leak.
    expect(getComputedStyle(column).textAlign).to.equal('justify');
    expect(getComputedStyle(column).textTransform).to.equal('uppercase');
    const targets: [string, Element | null][] = [
      ['card title', part(els.card, 'title')],
      ['card summary', part(els.card, 'summary')],
      ['feed search label', els.feed.shadowRoot!.querySelector('label')],
      ['report title', part(els.report, 'title')],
      ['report dateline', part(els.report, 'meta')],
      ['report byline', part(els.report, 'byline')],
      ['related link', part(els.related, 'link')],
    ];
    for (const [name, el] of targets) {
      const style = getComputedStyle(el!);
      expect(style.textAlign, `${name}: text-align`).to.be.oneOf(['start', 'left', 'end', 'right']);
      expect(style.letterSpacing, `${name}: letter-spacing`).to.be.oneOf(['normal', '0px']);
      expect(style.wordSpacing, `${name}: word-spacing`).to.be.oneOf(['normal', '0px']);
      expect(style.textIndent, `${name}: text-indent`).to.equal('0px');
      expect(style.textTransform, `${name}: text-transform`).to.equal('none');
      expect(style.whiteSpace, `${name}: white-space`).to.equal('normal');
      expect(style.fontStyle, `${name}: font-style`).to.equal('normal');
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize), `${name}: line-height`).to.be.below(1.7);
    }
    // The report's own text stays its own: the body is justified only where the report wants it.
    expect(getComputedStyle(part(els.report, 'body')!).textAlign).to.equal('justify');
    // Language still comes from the closest [lang]: the English UI and dateline.
    expect(els.report.shadowRoot!.querySelector('[part~="tools"] button')!.getAttribute('title')).to.equal(
      'Smaller text',
    );
  });

  it('sets its base size with one token, --pn-font-size, whatever the root size', async () => {
    cleanup.push(await addStylesheet(BOOTSTRAP));
    const els = await render();
    els.card.closest<HTMLElement>('.box')!.style.setProperty('--pn-font-size', '20px');
    expect(parseFloat(getComputedStyle(part(els.card, 'title')!).fontSize)).to.be.closeTo(22.5, 0.1);
    expect(parseFloat(getComputedStyle(part(els.report, 'body')!).fontSize)).to.be.closeTo(21.25, 0.1);
    expect(parseFloat(getComputedStyle(part(els.feed, 'search')!).fontSize)).to.be.closeTo(20, 0.1);
  });

  for (const name of ['feed', 'card', 'report', 'related'] as const) {
    it(`<party-news-${name}> is accessible on the Bootstrap 3 page`, async () => {
      cleanup.push(await addStylesheet(BOOTSTRAP));
      cleanup.push(await addStylesheet(PORTAL));
      const els = await render('noidung');
      await expect(els[name]).to.be.accessible();
    });
  }
});
