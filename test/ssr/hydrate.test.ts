// A pre-rendered page's script (dist/party-news.hydrate.iife.js, as `party-news render` copies it)
// adopts the server's markup: the nodes readers already see stay, nothing is fetched, and the
// report then works as in any portal. This file defines no element itself: the script does.
import { expect, waitUntil } from '@open-wc/testing';

import seed from '../../fixtures/feeds/seed.json';
import { pageBody, renderedFirst, renderSite, runScript, shadowElements } from './site-harness.js';

describe("pre-rendered pages' script", () => {
  let site: string;
  before(renderedFirst(seed));
  before(async () => {
    site = await renderSite(seed);
  });

  it('adopts the report as the server wrote it (the same nodes), fetches nothing, and its tools then work', async () => {
    const page = await pageBody(site, 'nhnn-lang-son-2022-03-30.html');
    const report = page.querySelector('party-news-report')!;
    const before = shadowElements(page);
    const title = report.shadowRoot!.querySelector('h1')!;
    const requests = performance.getEntriesByType('resource').length;
    await runScript(site);
    const element = report as HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean };
    await waitUntil(() => element.hasUpdated, 'the report hydrated');
    await element.updateComplete;
    // Hydration, not a second render: every element the reader saw is still the one in place. The
    // server writes the buttons most browsers have; one this browser lacks (the share sheet on
    // desktop Linux) is taken away after adoption, and nothing else.
    const lacking = (el: Element) =>
      el.localName === 'button' &&
      ((el.textContent === 'Chia sẻ' && typeof navigator.share !== 'function') ||
        (el.textContent === 'Đọc bài' && !('speechSynthesis' in window)));
    const after = shadowElements(page);
    expect(
      after.filter((el) => before.includes(el)),
      'the elements the server wrote, in place and in order',
    ).to.deep.equal(before.filter((el) => !lacking(el)));
    expect(report.shadowRoot!.querySelector('h1')).to.equal(title);
    const fetched = performance
      .getEntriesByType('resource')
      .slice(requests)
      .map((e) => e.name)
      .filter((name) => !/\.(svg|js)$/.test(new URL(name).pathname));
    expect(fetched, 'requests besides the script and photos').to.deep.equal([]);
    // The text size tool now works.
    const larger = report.shadowRoot!.querySelector<HTMLButtonElement>('[part~="tools"] button[title="Tăng cỡ chữ"]')!;
    larger.click();
    await element.updateComplete;
    expect(report.shadowRoot!.querySelector('[part~="tools"] [role="status"]')!.textContent).to.equal('Cỡ chữ 115%');
    larger.parentElement!.querySelector<HTMLButtonElement>('button')!.click();
    await element.updateComplete;
    await expect(page).to.be.accessible();
  });

  it('loads as a whole page with no layout shift while its script adopts the markup (CLS 0)', async function () {
    if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
      console.warn('skipped: this engine reports no layout-shift entries');
      return this.skip();
    }
    const frame = Object.assign(document.createElement('iframe'), { width: '390', height: '844' });
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `${site}/nhnn-lang-son-2022-03-30.html`;
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis;
    const report = win.document.querySelector('party-news-report') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    await waitUntil(() => win.customElements.get('party-news-report'), 'the page script defined the report');
    await report.updateComplete;
    await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
    const shifts = await new Promise<number[]>((resolve) => {
      new win.PerformanceObserver((list, observer) => {
        observer.disconnect();
        resolve(list.getEntries().map((e) => (e as unknown as { value: number }).value));
      }).observe({ type: 'layout-shift', buffered: true });
      win.setTimeout(() => resolve([]), 500);
    });
    expect(
      shifts.reduce((a, b) => a + b, 0),
      'cumulative layout shift',
    ).to.equal(0);
    frame.remove();
  });
});
