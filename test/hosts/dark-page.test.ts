import { expect } from '@open-wc/testing';

import { part } from '../harness.js';
import { addStylesheet, BOOTSTRAP, type Elements, PORTAL, portalColumn } from './host-page.js';

// A dark portal that declares no `color-scheme`: its panels are dark, its text light, and the
// browser still thinks the page is light. Every element paints its own surface under its own text.
describe('hostile hosts: a dark portal page without color-scheme', () => {
  const cleanup: (() => void)[] = [];
  afterEach(() => cleanup.splice(0).forEach((undo) => undo()));

  async function render(setup?: (page: HTMLElement) => void): Promise<Elements> {
    cleanup.push(await addStylesheet(BOOTSTRAP));
    cleanup.push(await addStylesheet(PORTAL));
    const { page, els } = await portalColumn('', (page) => {
      page.classList.add('dark-portal');
      setup?.(page);
    });
    cleanup.push(() => page.remove());
    return els;
  }

  const background = (el: Element | null) => getComputedStyle(el!).backgroundColor;

  it('the page really is dark, with light inherited text and no color-scheme', async () => {
    const els = await render();
    const panel = els.card.closest('.panel')!;
    expect(background(panel)).to.equal('rgb(29, 33, 38)');
    expect(getComputedStyle(panel).color).to.equal('rgb(228, 228, 228)');
    expect(getComputedStyle(panel).colorScheme).to.equal('normal');
  });

  it("paints each element's own surface, and passes axe (colour contrast included)", async () => {
    const els = await render();
    for (const [name, el] of Object.entries(els)) {
      expect(background(el), `${name} paints its background`).to.equal('rgb(255, 255, 255)');
      await expect(el).to.be.accessible();
    }
    // The feed's search label, which vanished on the dark panel, has the element's own text colour.
    expect(getComputedStyle(els.feed.shadowRoot!.querySelector('label')!).color).to.equal('rgb(29, 29, 31)');
  });

  it('is forced dark by --pn-color-scheme: dark, and stays accessible', async () => {
    const els = await render((page) => page.style.setProperty('--pn-color-scheme', 'dark'));
    for (const [name, el] of Object.entries(els)) {
      expect(getComputedStyle(el).colorScheme, name).to.equal('dark');
      expect(background(el), `${name} paints the dark surface`).to.equal('rgb(27, 27, 29)');
      await expect(el).to.be.accessible();
    }
    expect(getComputedStyle(part(els.report, 'body')!).color).to.equal('rgb(232, 230, 227)');
  });

  it('is forced light by --pn-color-scheme: light on a page that declares dark', async () => {
    const els = await render((page) => {
      page.style.colorScheme = 'dark';
      page.style.setProperty('--pn-color-scheme', 'light');
    });
    for (const [name, el] of Object.entries(els)) {
      expect(background(el), `${name} paints the light surface`).to.equal('rgb(255, 255, 255)');
      await expect(el).to.be.accessible();
    }
  });

  it('follows a page that declares color-scheme: dark when the token is unset', async () => {
    const els = await render((page) => (page.style.colorScheme = 'dark'));
    expect(background(els.report)).to.equal('rgb(27, 27, 29)');
    await expect(els.report).to.be.accessible();
  });
});
