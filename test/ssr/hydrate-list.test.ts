// The list page of a pre-rendered site: its script adopts the feed's first screen as the server
// wrote it, reads the feed from the JSON inside the element (no request), and the feed then works.
import { expect, waitUntil } from '@open-wc/testing';

import seed from '../../fixtures/feeds/seed.json';
import { pageBody, renderedFirst, renderSite, runScript, shadowElements } from './site-harness.js';

describe("pre-rendered list page's script", () => {
  before(renderedFirst(seed));
  it('adopts the feed (the same nodes), fetches nothing, and its search then works', async () => {
    const site = await renderSite(seed);
    const page = await pageBody(site, 'index.html');
    const before = shadowElements(page);
    const requests = performance.getEntriesByType('resource').length;
    await runScript(site);
    const feed = page.querySelector('party-news-feed') as HTMLElement & {
      hasUpdated: boolean;
      updateComplete: Promise<boolean>;
    };
    await waitUntil(() => feed.hasUpdated, 'the feed hydrated');
    await feed.updateComplete;
    expect(
      shadowElements(page).filter((el) => before.includes(el)),
      'the elements the server wrote, in place and in order',
    ).to.deep.equal(before);
    const fetched = performance
      .getEntriesByType('resource')
      .slice(requests)
      .map((e) => new URL(e.name).pathname)
      .filter((path) => !/\.(svg|js)$/.test(path));
    expect(fetched, 'requests besides the script and photos').to.deep.equal([]);
    const search = feed.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
    search.value = 'kho bac';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await feed.updateComplete;
    expect(feed.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.equal('Tìm thấy 1 tin');
    await expect(page).to.be.accessible();
  });
});
