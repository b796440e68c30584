// A browser without Declarative Shadow DOM (Safari before 16.4, Firefox before 123): the page's
// <template shadowrootmode> stays inert until the page's script attaches it (the ponyfill), and the
// elements then adopt it as anywhere else. Simulated here by taking the feature away.
import { expect, waitUntil } from '@open-wc/testing';

import seed from '../../fixtures/feeds/seed.json';
import { renderedFirst, renderSite, runScript } from './site-harness.js';

describe('pre-rendered pages in a browser without Declarative Shadow DOM', () => {
  before(renderedFirst(seed));
  const feature = Object.getOwnPropertyDescriptor(HTMLTemplateElement.prototype, 'shadowRootMode')!;
  before(() => delete (HTMLTemplateElement.prototype as Partial<HTMLTemplateElement>).shadowRootMode);
  after(() => Object.defineProperty(HTMLTemplateElement.prototype, 'shadowRootMode', feature));

  it('attaches the shadow roots the server wrote, then adopts them', async () => {
    const site = await renderSite(seed);
    const html = await (await fetch(`${site}/nhnn-lang-son-2022-03-30.html`)).text();
    // DOMParser reads no declarative shadow root, as such a browser's parser would not.
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    parsed.querySelectorAll('script[src]').forEach((s) => s.remove());
    const holder = document.createElement('div');
    holder.append(...parsed.body.childNodes);
    document.body.append(holder);
    const report = holder.querySelector('party-news-report') as HTMLElement & {
      hasUpdated: boolean;
      updateComplete: Promise<boolean>;
    };
    expect(report.shadowRoot, 'no shadow root before the script').to.equal(null);
    expect(report.querySelector(':scope > template[shadowrootmode]')).not.to.equal(null);
    await runScript(site);
    await waitUntil(() => report.hasUpdated, 'the report adopted its markup');
    await report.updateComplete;
    expect(holder.querySelector('template[shadowrootmode]'), 'every declarative shadow root attached').to.equal(null);
    expect(report.shadowRoot!.querySelector('h1')!.textContent).to.match(/^Đảng ủy Ngân hàng Nhà nước tỉnh Lạng Sơn/);
    expect(report.shadowRoot!.querySelector('party-news-related')!.shadowRoot!.querySelectorAll('a')).to.have.length(3);
    await expect(holder).to.be.accessible();
    holder.remove();
  });
});
