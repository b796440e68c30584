import '../../src/related/define.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import type { Article } from '../../src/model/types.js';
import type { PartyNewsRelated } from '../../src/related/related.js';
import { captureWarnings, seedFeed, textOf } from '../harness.js';

describe('<party-news-related>', () => {
  let articles: Article[];
  before(async () => {
    ({ articles } = await seedFeed());
  });
  const render = (items: unknown[]) =>
    fixture<PartyNewsRelated>(html`<party-news-related .articles=${items}></party-news-related>`);
  const items = (el: PartyNewsRelated) => [...el.shadowRoot!.querySelectorAll('li')];

  it('renders nothing for no items', async () => {
    const el = await fixture<PartyNewsRelated>(html`<party-news-related></party-news-related>`);
    expect(el.shadowRoot!.childElementCount).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('shows one item as its title link and date', async () => {
    const el = await render([articles[1]]);
    const section = el.shadowRoot!.querySelector('section')!;
    expect(section.getAttribute('aria-labelledby')).to.equal('heading');
    expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('Tin liên quan');
    expect(items(el)).to.have.length(1);
    const link = el.shadowRoot!.querySelector('a')!;
    expect(link.href).to.equal(articles[1].url);
    expect(textOf(link)).to.equal(articles[1].title);
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2022-03-15T01:45:00.000Z');
    await expect(el).to.be.accessible();
  });

  it('shows many items and honours max', async () => {
    const el = await render(articles.slice(1));
    expect(items(el)).to.have.length(3);
    el.max = 2;
    await el.updateComplete;
    expect(items(el)).to.have.length(2);
    expect(el.getAttribute('max')).to.equal('2');
    await expect(el).to.be.accessible();
  });

  it('takes a custom heading and English', async () => {
    const el = await fixture<PartyNewsRelated>(
      html`<party-news-related lang="en" .articles=${articles.slice(1, 2)}></party-news-related>`,
    );
    expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('Related news');
    expect(textOf(el.shadowRoot!.querySelector('time'))).to.equal('(15 Mar 2022, 08:45)');
    el.heading = 'Cùng chuyên mục';
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('Cùng chuyên mục');
  });

  it('validates raw objects and reports what it leaves out', async () => {
    let el!: PartyNewsRelated;
    const warnings = await captureWarnings(async () => {
      el = await render([
        { title: 'Tin A', url: '/a' },
        { title: 'Tin B', url: 'javascript:alert(1)' },
        'bare-id',
        { url: '/c' },
      ]);
    });
    expect(items(el).map((li) => textOf(li))).to.deep.equal(['Tin A', 'Tin B']);
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('button')).to.exist;
    // The bare id and the entry without a title are left out: one line says so.
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^<party-news-related>: 2 of 4 items skipped, 1 field dropped; /);
    await expect(el).to.be.accessible();
  });

  it('fires a cancelable party-news-select', async () => {
    const el = await render(articles.slice(1));
    const link = el.shadowRoot!.querySelectorAll('a')[1];
    el.addEventListener('party-news-select', (e) => e.preventDefault(), { once: true });
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'party-news-select');
    expect(event.detail.article).to.equal(articles[2]);
  });
});
