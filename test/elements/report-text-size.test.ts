// The reading text's size: A− / A+ in a few steps, by pointer and by keyboard, remembered across
// reports and visits, and applied to every report on the page.
import '../../src/report/define.js';

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import type { Article } from '../../src/model/types.js';
import type { PartyNewsReport } from '../../src/report/report.js';
import { seedArticle, textOf } from '../harness.js';

describe('<party-news-report> text size', () => {
  let seed: Article;
  before(async () => {
    seed = await seedArticle();
  });
  beforeEach(() => localStorage.removeItem('party-news:text-size'));
  afterEach(() => localStorage.removeItem('party-news:text-size'));

  const render = () => fixture<PartyNewsReport>(html`<party-news-report .article=${seed}></party-news-report>`);
  const tools = (el: PartyNewsReport) => [
    ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="tools"] button'),
  ];
  const bodySize = (el: PartyNewsReport) =>
    parseFloat(getComputedStyle(el.shadowRoot!.querySelector('[part~="body"]')!).fontSize);

  it('has labelled A− / A+ buttons and is accessible', async () => {
    const el = await render();
    const [smaller, larger] = tools(el);
    expect(textOf(smaller)).to.contain('Giảm cỡ chữ');
    expect(textOf(larger)).to.contain('Tăng cỡ chữ');
    expect(smaller.closest('[role="group"]')!.getAttribute('aria-label')).to.equal('Cỡ chữ');
    await expect(el).to.be.accessible();
  });

  it('grows the reading text a step by pointer, and says its new size', async () => {
    const el = await render();
    const base = bodySize(el);
    tools(el)[1].click();
    await el.updateComplete;
    expect(bodySize(el)).to.be.closeTo(base * 1.15, 0.5);
    expect(textOf(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Cỡ chữ 115%');
  });

  it('shrinks it by keyboard to its smallest step and no further, keeping focus on A−', async () => {
    const el = await render();
    const base = bodySize(el);
    const [smaller] = tools(el);
    smaller.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(bodySize(el)).to.be.closeTo(base * 0.9, 0.5);
    expect(smaller.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(bodySize(el)).to.be.closeTo(base * 0.9, 0.5);
    expect(el.shadowRoot!.activeElement).to.equal(smaller);
  });

  it('grows it to its largest step and no further', async () => {
    const el = await render();
    const base = bodySize(el);
    const larger = tools(el)[1];
    for (let i = 0; i < 6; i++) larger.click();
    await el.updateComplete;
    expect(bodySize(el)).to.be.closeTo(base * 1.5, 0.5);
    expect(larger.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('is remembered across reports and visits, and applies to every report on the page', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <party-news-report .article=${seed}></party-news-report>
      <party-news-report .article=${seed}></party-news-report>
    </div>`);
    const [a, b] = [...wrap.querySelectorAll('party-news-report')];
    await Promise.all([a.updateComplete, b.updateComplete]);
    const base = bodySize(b);
    tools(a)[1].click();
    await waitUntil(() => bodySize(b) > base, 'the other report follows');
    expect(localStorage.getItem('party-news:text-size')).to.equal('2');
    const later = await render();
    expect(bodySize(later)).to.be.closeTo(base * 1.15, 0.5);
  });
});
