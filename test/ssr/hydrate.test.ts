// A pre-rendered page's script (dist/party-news.hydrate.iife.js, as `party-news render` copies it)
// adopts the server's markup: the nodes readers already see stay, nothing is fetched, and the
// report then works as in any portal. This file defines no element itself: the script does.
import { expect, waitUntil } from '@open-wc/testing';

import seed from '../../fixtures/feeds/seed.json';
import { pageBody, renderedFirst, renderSite, runScript, shadowElements } from './site-harness.js';

/** The controls among `elements`: buttons and inputs, which need the script. */
const controls = (elements: Element[]) =>
  elements.filter((el) => el.localName === 'button' || el.localName === 'input');

/** axe's violations in a frame's document (chai's accessible() runs in this one): axe loaded into the frame. */
async function axeInFrame(frame: HTMLIFrameElement): Promise<string[]> {
  const win = frame.contentWindow as Window & {
    axe?: { run(context: Node): Promise<{ violations: { id: string }[] }> };
  };
  const script = Object.assign(win.document.createElement('script'), { src: '/node_modules/axe-core/axe.min.js' });
  await new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
    win.document.head.append(script);
  });
  return (await win.axe!.run(win.document)).violations.map((v) => v.id);
}

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
    expect(controls(before), 'no control before the script: none would work').to.deep.equal([]);
    const title = report.shadowRoot!.querySelector('h1')!;
    const requests = performance.getEntriesByType('resource').length;
    await runScript(site);
    const element = report as HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean };
    await waitUntil(() => element.hasUpdated, 'the report hydrated');
    await element.updateComplete;
    // Hydration, not a second render: every element the reader saw is still the one in place, the
    // body's photos too, now each in the button that opens the viewer.
    const after = shadowElements(page);
    expect(
      after.filter((el) => before.includes(el)),
      'the elements the server wrote, in place and in order',
    ).to.deep.equal(before);
    const root = report.shadowRoot!;
    // The controls that need script are there now: the reader tools, the photos' buttons, copy link.
    const tools = [...root.querySelectorAll<HTMLButtonElement>('[part~="tools"] button')].map(
      (b) => b.title || b.textContent,
    );
    expect(tools).to.include.members(['Giảm cỡ chữ', 'Tăng cỡ chữ', 'In bài']);
    const photos = [...root.querySelectorAll('[part~="body"] img')];
    expect(photos.map((img) => img.parentElement!.localName)).to.deep.equal(['button', 'button']);
    expect([...root.querySelectorAll('[part~="share"] button')].map((b) => b.textContent)).to.include(
      'Sao chép liên kết',
    );
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
    // So does the photo viewer, from a photo the server wrote as a plain image.
    (photos[1].parentElement as HTMLButtonElement).click();
    await waitUntil(() => root.querySelector('dialog')?.open, 'the viewer opened');
    expect(root.querySelector('dialog figcaption')!.textContent).to.equal('Quang cảnh Hội nghị tại phần thảo luận');
    await expect(page).to.be.accessible();
    root.querySelector('dialog')!.close();
  });

  it('turns a lead photo the server wrote as a plain image into the button that opens the viewer', async function () {
    this.timeout(60_000);
    const lead = await renderSite({
      items: [
        {
          id: 'anh-dau-bai',
          title: 'Chi bộ Văn phòng sinh hoạt định kỳ',
          date_published: '2022-04-05T08:00:00+07:00',
          summary: 'Chi bộ Văn phòng sinh hoạt định kỳ tháng 4.',
          content_html: '<p>Chi bộ đánh giá công tác tháng 3.</p>',
          image: {
            src: '../images/hoi-nghi-thao-luan.svg',
            alt: 'Đảng viên thảo luận',
            caption: 'Thảo luận tại chi bộ',
          },
        },
      ],
    });
    const url = `${lead}/anh-dau-bai.html`;
    expect(await (await fetch(url)).text()).not.to.match(/<(button|input)\b/);
    // The whole page in a frame of its own, its own script adopting it (this document already ran one).
    const frame = Object.assign(document.createElement('iframe'), { src: url, width: '800', height: '900' });
    document.body.append(frame);
    const leadButton = () =>
      frame.contentDocument
        ?.querySelector('party-news-report')
        ?.shadowRoot?.querySelector('[part~="lead"] button.zoom');
    await waitUntil(leadButton, 'the lead photo became a button', { timeout: 10_000 });
    const zoom = leadButton()!;
    expect(zoom.getAttribute('aria-label')).to.equal('Xem ảnh lớn: Đảng viên thảo luận');
    expect(zoom.querySelector('img')!.getAttribute('alt')).to.equal('Đảng viên thảo luận');
    (zoom as HTMLButtonElement).click();
    const dialog = zoom.getRootNode() as ShadowRoot;
    await waitUntil(() => dialog.querySelector('dialog')?.open, 'the viewer opened');
    expect(dialog.querySelector('dialog figcaption')!.textContent).to.equal('Thảo luận tại chi bộ');
    expect(await axeInFrame(frame), 'axe, in the page with its viewer open').to.deep.equal([]);
    frame.remove();
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
