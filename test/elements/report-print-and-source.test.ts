// The report's tool row on a phone, printing ("In bài" and the print stylesheet), and the source
// line that names and links the originating portal.
import '../../src/report/define.js';

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import type { Article } from '../../src/model/types.js';
import type { PartyNewsReport } from '../../src/report/report.js';
import { reportControl, seedArticle, textOf } from '../harness.js';

describe('<party-news-report> tools, print and source', () => {
  let seed: Article;
  before(async () => {
    seed = await seedArticle();
  });
  const render = () => fixture<PartyNewsReport>(html`<party-news-report .article=${seed}></party-news-report>`);

  it('keeps the tools above the sapo to one row on a phone', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 20rem"><party-news-report .article=${seed}></party-news-report></div>`,
    );
    const tools = [
      ...wrap.querySelector('party-news-report')!.shadowRoot!.querySelectorAll<HTMLElement>('[part~="tools"] .tool'),
    ];
    expect(tools.map(textOf).filter((t) => t.startsWith('A'))).to.have.length(2);
    expect(new Set(tools.map((t) => t.getBoundingClientRect().top)).size, 'one row at 20rem').to.equal(1);
    expect(tools.map(textOf)).to.include('In bài');
  });

  it('prints with "In bài", by pointer and by keyboard', async () => {
    const el = await render();
    const original = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      reportControl(el, 'In bài')!.click();
      reportControl(el, 'In bài')!.focus();
      await sendKeys({ press: 'Enter' });
    } finally {
      window.print = original;
    }
    expect(printed, 'by pointer and by keyboard').to.equal(2);
  });

  it('prints the report alone, with its source URL', async () => {
    const el = await render();
    // Print media emulated the same way in every engine: the report's own @media print rules,
    // applied unconditionally, must hide the tools, the share row and the related list and show the source URL.
    const root = el.shadowRoot!;
    const printRules = root.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
      .flatMap((rule) => [...rule.cssRules].map((r) => r.cssText));
    expect(printRules.length).to.be.greaterThan(0);
    const printSheet = new CSSStyleSheet();
    printSheet.replaceSync(printRules.join('\n'));
    const before = root.adoptedStyleSheets;
    root.adoptedStyleSheets = [...before, printSheet];
    try {
      expect(getComputedStyle(root.querySelector('[part~="tools"]')!).display).to.equal('none');
      expect(getComputedStyle(root.querySelector('[part~="share"]')!).display).to.equal('none');
      expect(getComputedStyle(root.querySelector('[part~="related"]')!).display).to.equal('none');
      expect(getComputedStyle(root.querySelector('[part~="title"]')!).display).not.to.equal('none');
      expect(getComputedStyle(root.querySelector('[part~="meta"]')!).display).not.to.equal('none');
      // Chromium and WebKit report the resolved text; Firefox the attr() expression itself.
      const after = getComputedStyle(root.querySelector('.source a')!, '::after').content;
      expect(after.includes(seed.url!) || after.includes('attr(href)'), after).to.equal(true);
    } finally {
      root.adoptedStyleSheets = before;
    }
  });

  it('names its source, linked to the originating portal', async () => {
    const el = await render();
    const source = el.shadowRoot!.querySelector('[part~="source"]')!;
    expect(textOf(source)).to.equal('Nguồn: example.gov.vn');
    expect(source.querySelector('a')!.href).to.equal(seed.url);
    // The portal is another site: it gets neither this page (opener) nor its address (referrer).
    expect(source.querySelector('a')!.rel).to.equal('noopener noreferrer');
  });
});
