// The photo viewer: every photo a labelled button that opens it; arrows, swipes, Escape and its
// close button; and focus back on the photo, with a ring only for keyboard users.
import '../../src/report/define.js';

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';

import type { Article } from '../../src/model/types.js';
import type { PartyNewsReport } from '../../src/report/report.js';
import { seedArticle, textOf } from '../harness.js';

describe('<party-news-report> photo viewer', () => {
  let seed: Article;
  before(async () => {
    seed = await seedArticle();
  });
  const render = () => fixture<PartyNewsReport>(html`<party-news-report .article=${seed}></party-news-report>`);
  const dialog = (el: PartyNewsReport) => el.shadowRoot!.querySelector('dialog')!;
  const zooms = (el: PartyNewsReport) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.zoom')];
  const centreOf = (el: Element): [number, number] => {
    const box = el.getBoundingClientRect();
    return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
  };
  /** Whether the engine reads focus()'s focusVisible option (an engine reads only what it knows). */
  const focusVisibleOption = () => {
    let read = false;
    document.createElement('button').focus({
      get focusVisible() {
        read = true;
        return false;
      },
    } as FocusOptions);
    return read;
  };

  it('makes every photo a labelled button', async () => {
    const el = await render();
    expect(zooms(el)).to.have.length(2);
    expect(zooms(el)[0].getAttribute('aria-label')).to.equal(
      'Xem ảnh lớn: Đồng chí Trương Thu Hòa phát biểu tại bục Hội nghị',
    );
    await expect(el).to.be.accessible();
  });

  it('opens by keyboard, moves with the arrow keys, closes with Escape and returns focus', async () => {
    const el = await render();
    const second = zooms(el)[1];
    second.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(el)?.open, 'viewer open');
    expect(textOf(dialog(el).querySelector('figcaption'))).to.equal('Quang cảnh Hội nghị tại phần thảo luận');
    expect(textOf(dialog(el).querySelector('.counter'))).to.equal('2/2');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(textOf(dialog(el).querySelector('.counter'))).to.equal('1/2');
    expect(textOf(dialog(el).querySelector('figcaption'))).to.contain('Đồng chí Trương Thu Hòa');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(el).open, 'viewer closed');
    await waitUntil(() => el.shadowRoot!.activeElement === second, 'focus back on the photo');
    // A keyboard user sees where they are again.
    expect(second.matches(':focus-visible'), 'the ring after Escape').to.equal(true);
    expect(getComputedStyle(second).outlineStyle).to.equal('solid');
  });

  it('closed by mouse, gives focus back to the photo without a focus ring', async () => {
    const el = await render();
    const photo = zooms(el)[1];
    photo.scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'click', position: centreOf(photo) });
    await waitUntil(() => dialog(el)?.open, 'viewer open');
    const close = dialog(el).querySelector<HTMLButtonElement>('.close')!;
    await sendMouse({ type: 'click', position: centreOf(close) });
    // WebKit's WebDriver can deliver the click late with three browsers busy on two cores.
    await waitUntil(() => !dialog(el).open, 'viewer closed', { timeout: 5000 });
    await sendMouse({ type: 'move', position: [0, 0] });
    await waitUntil(() => el.shadowRoot!.activeElement === photo, 'focus back on the photo');
    // The ring is the browser's choice where focus({ focusVisible }) is unknown (WebKit before 18.4).
    if (focusVisibleOption()) {
      expect(photo.matches(':focus-visible'), 'no ring after a mouse close').to.equal(false);
      expect(getComputedStyle(photo).outlineStyle).to.equal('none');
    }
    await expect(el).to.be.accessible();
  });

  it('opens by pointer, swipes, and closes with its button', async () => {
    const el = await render();
    zooms(el)[0].click();
    await waitUntil(() => dialog(el)?.open, 'waited for dialog(el)?.open');
    const d = dialog(el);
    d.dispatchEvent(new PointerEvent('pointerdown', { clientX: 300, bubbles: true }));
    d.dispatchEvent(new PointerEvent('pointerup', { clientX: 150, bubbles: true }));
    await el.updateComplete;
    expect(textOf(d.querySelector('.counter'))).to.equal('2/2');
    d.querySelector<HTMLButtonElement>('.close')!.click();
    await waitUntil(() => !d.open, 'waited for !d.open');
    await waitUntil(
      () => el.shadowRoot!.activeElement === zooms(el)[0],
      'waited for el.shadowRoot!.activeElement === zooms(el)[0]',
    );
  });
});
