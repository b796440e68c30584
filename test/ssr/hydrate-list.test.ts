// The list page of a pre-rendered site: its script adopts the cards as the server wrote them.
import { expect, waitUntil } from '@open-wc/testing';

import seed from '../../fixtures/feeds/seed.json';
import { pageBody, renderSite, runScript, shadowElements } from './site-harness.js';

describe("pre-rendered list page's script", () => {
  it('adopts every card (the same nodes), each linking to its page', async () => {
    const site = await renderSite(seed);
    const page = await pageBody(site, 'index.html');
    const before = shadowElements(page);
    await runScript(site);
    const cards = [...page.querySelectorAll('party-news-card')] as (HTMLElement & {
      hasUpdated: boolean;
      updateComplete: Promise<boolean>;
    })[];
    await waitUntil(() => cards.every((c) => c.hasUpdated), 'every card hydrated');
    await Promise.all(cards.map((c) => c.updateComplete));
    expect(shadowElements(page), 'the elements the server wrote, in place').to.deep.equal(before);
    const link = cards[0].shadowRoot!.querySelector('a')!;
    expect(link.href).to.equal(new URL(`${site}/nhnn-lang-son-2022-03-30.html`, location.href).href);
    await expect(page).to.be.accessible();
  });
});
