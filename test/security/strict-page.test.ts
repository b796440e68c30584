import { expect, waitUntil } from '@open-wc/testing';

import { openFrame } from '../harness.js';
import { walk } from './safe-dom.js';

// Every state under `default-src 'self'; script-src 'self'; style-src 'self'; base-uri 'none';
// require-trusted-types-for 'script'`: zero CSP or Trusted Types violations.

type StrictWindow = Window &
  typeof globalThis & {
    violations: string[];
    pageErrors: string[];
    trustedTypes?: unknown;
    PartyNews: { normalizeFeed(json: unknown, o: object): { articles: object[] } };
  };

describe('strict CSP and Trusted Types page', () => {
  it('renders the feed in every state, the report and the related list with zero violations', async () => {
    const frame = await openFrame('/faults/strict');
    const win = frame.contentWindow as StrictWindow;
    const doc = frame.contentDocument!;
    const shadow = (id: string) => doc.getElementById(id)!.shadowRoot!;
    try {
      await waitUntil(() => shadow('json').querySelectorAll('[part~="card"]').length === 2, 'json feed', {
        timeout: 8000,
      });
      await waitUntil(() => shadow('rss').querySelectorAll('[part~="card"]').length === 4, 'rss feed');
      await waitUntil(() => shadow('atom').querySelectorAll('[part~="card"]').length === 4, 'atom feed');
      // XML a CMS got wrong is repaired, then read item by item, parse after parse: none may
      // leave an error element (with its inline style) in a document of this page.
      await waitUntil(() => shadow('ill-formed').querySelectorAll('[part~="card"]').length === 2, 'ill-formed rss');
      await waitUntil(() => shadow('entities').querySelectorAll('[part~="card"]').length === 1, 'repaired rss');
      // Bodies and descriptions that hold <base href> (JSON, RSS escaped, in CDATA, unescaped and in
      // an XHTML namespace written with a character reference):
      // each article opens, its links still read against the feed's own URL, and no parse ever
      // set a document's base URL (which base-uri 'none' would report).
      for (const [id, count] of [
        ['base-json', 2],
        ['base-rss', 4],
      ] as const) {
        await waitUntil(() => shadow(id).querySelectorAll('[part~="card"]').length === count, id);
        for (let i = 0; i < count; i++) {
          shadow(id).querySelectorAll<HTMLElement>('[part~="card"] .link')[i].click();
          const report = () => shadow(id).querySelector('party-news-report')?.shadowRoot;
          await waitUntil(() => report()?.querySelector('[part~="title"]'), `${id}: report ${i}`);
          const links = [...report()!.querySelectorAll<HTMLAnchorElement>('[part~="body"] a[href]')];
          if (i === 0) expect(links, `${id}: the body's link`).to.have.length(1);
          for (const a of links)
            expect(a.href).to.match(new RegExp(`^${win.location.origin}/faults/base-href/tin/\\d$`));
          shadow(id).querySelector<HTMLElement>('[part~="back"]')!.click();
          await waitUntil(() => shadow(id).querySelectorAll('[part~="card"]').length === count, `${id}: list ${i}`);
        }
      }
      expect(win.location.hash).to.equal('');
      await waitUntil(() => shadow('broken').querySelector('[part~="error"]'), 'error state');
      await waitUntil(() => shadow('empty').querySelector('[part~="empty"]'), 'empty state');
      expect(shadow('loading').querySelector('.skeletons')).to.exist;

      // Search, "Xem thêm", and the report in place with its sanitised body and related list.
      const search = shadow('json').querySelector<HTMLInputElement>('[part~="search"]')!;
      search.value = 'dang uy';
      search.dispatchEvent(new win.InputEvent('input'));
      search.value = '';
      search.dispatchEvent(new win.InputEvent('input'));
      await waitUntil(
        () => shadow('json').querySelector('[part~="more"]'),
        "waited for shadow('json').querySelector('[part~=\"more\"]')",
      );
      shadow('json').querySelector<HTMLElement>('[part~="more"]')!.click();
      await waitUntil(
        () => shadow('json').querySelectorAll('[part~="card"]').length === 4,
        "waited for shadow('json').querySelectorAll('[part~=\"card\"]').length === 4",
      );
      shadow('json').querySelector<HTMLElement>('[part~="card"] .link')!.click();
      await waitUntil(
        () =>
          shadow('json').querySelector('party-news-report')?.shadowRoot?.querySelectorAll('figcaption').length === 2,
        'report in place',
      );

      // The standalone elements, given data by the page.
      const json = await (await win.fetch('/fixtures/feeds/seed.json')).json();
      const { articles } = win.PartyNews.normalizeFeed(json, {
        baseUrl: new URL('/fixtures/feeds/seed.json', win.location.href).href,
      });
      Object.assign(doc.getElementById('report')!, { article: articles[0], related: articles.slice(1) });
      Object.assign(doc.getElementById('related')!, { articles: articles.slice(1) });
      await waitUntil(() => shadow('report').querySelectorAll('figcaption').length === 2, 'standalone report');
      await waitUntil(() => shadow('related').querySelectorAll('li').length === 3, 'standalone related');

      // Violations are reported asynchronously, in order: one made on purpose, last, seen to
      // arrive, means every earlier one has been recorded.
      const probe = Object.assign(doc.createElement('img'), { src: 'https://probe.invalid/p.png', alt: '' });
      doc.body.append(probe);
      await waitUntil(() => win.violations.some((v) => v.includes('probe.invalid')), 'the probe violation arrived');
      // The repaired feed's photo is on another site, which this page's img-src refuses: its choice.
      const pageChoice = (v: string) =>
        v.includes('probe.invalid') || v.startsWith('img-src: https://example.gov.vn/nho.jpg');
      expect(win.violations.filter((v) => !pageChoice(v))).to.deep.equal([]);
      expect(win.pageErrors).to.deep.equal([]);
      probe.remove();
      // Styles arrived through constructable stylesheets: no <style> element, no style attribute.
      expect([...walk(doc)].filter((el) => el.localName === 'style' || el.hasAttribute('style'))).to.have.length(0);
      // Where the browser enforces Trusted Types, say so in the log; where not, CSP alone was checked.
      console.log(
        `Trusted Types API ${'trustedTypes' in win ? 'present: policies enforced' : 'absent: CSP alone checked'} in this engine`,
      );
    } finally {
      frame.remove();
    }
  });
});
