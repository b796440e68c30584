// Colours in browsers without light-dark(): the feed's own @supports fallback keeps them light.
import '../../src/feed/define.js';

import { expect, fixture } from '@open-wc/testing';

import { cards, feedSettled, freshFeedPage, part, SEED_URL } from '../harness.js';

describe('<party-news-feed> colours', () => {
  beforeEach(freshFeedPage);
  afterEach(freshFeedPage);

  it('keeps its light colours in browsers without light-dark() (every such colour has a plain fallback)', async () => {
    const wrap = await fixture<HTMLDivElement>(
      `<div style="color-scheme: dark"><party-news-feed src="${SEED_URL}" page-size="2"></party-news-feed></div>`,
    );
    const el = await feedSettled(wrap.querySelector('party-news-feed')!);
    const sheets = el.shadowRoot!.adoptedStyleSheets;
    const rules = sheets.flatMap((sheet) => [...sheet.cssRules]);
    const fallback = rules.find(
      (r): r is CSSSupportsRule => r instanceof CSSSupportsRule && r.conditionText.includes('light-dark'),
    )!;
    expect(fallback, 'an @supports not (light-dark) block').to.exist;
    const fallbackHost = fallback.cssRules[0] as CSSStyleRule;
    // Every private colour set with light-dark() on :host is set again there.
    const hosts = rules.filter((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText === ':host');
    const pairs = hosts.flatMap((rule) =>
      [...rule.style].filter((name) => rule.style.getPropertyValue(name).includes('light-dark')),
    );
    expect(pairs.length).to.be.greaterThan(0);
    for (const name of pairs) expect(fallbackHost.style.getPropertyValue(name), name).not.to.equal('');

    // As such a browser applies it (here on a dark page, where light-dark() would pick dark): light colours.
    const forced = new CSSStyleSheet();
    forced.replaceSync(fallback.cssRules[0].cssText);
    el.shadowRoot!.adoptedStyleSheets = [...sheets, forced];
    try {
      expect(getComputedStyle(cards(el)[0]).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(cards(el)[0].querySelector('.title')!).color).to.equal('rgb(17, 17, 17)');
      const more = part(el, 'more')!;
      expect(getComputedStyle(more).color).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(more).backgroundColor).to.equal('rgb(165, 14, 21)');
    } finally {
      el.shadowRoot!.adoptedStyleSheets = sheets;
    }
  });
});
