import '../../src/card/define.js';

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import type { PartyNewsCard } from '../../src/card/card.js';
import { toArticle } from '../../src/model/items/element-input.js';
import type { Article } from '../../src/model/types.js';
import { captureWarnings, part, seedFeed, textOf } from '../harness.js';

describe('<party-news-card>', () => {
  let articles: Article[];
  before(async () => {
    ({ articles } = await seedFeed());
  });
  const seed = () => articles[0];

  for (const layout of ['vertical', 'horizontal', 'compact'] as const) {
    it(`is accessible in the ${layout} layout`, async () => {
      const el = await fixture<PartyNewsCard>(
        html`<party-news-card .article=${seed()} layout=${layout}></party-news-card>`,
      );
      await expect(el).to.be.accessible();
      expect(el.getAttribute('layout')).to.equal(layout);
    });
  }

  it('shows category, linked title, Vietnam-time dateline, summary and thumbnail', async () => {
    const el = await fixture<PartyNewsCard>(html`<party-news-card .article=${seed()}></party-news-card>`);
    expect(textOf(part(el, 'category'))).to.equal('Hoạt động của các tổ chức Đảng cơ sở');
    const heading = part(el, 'title')!;
    expect(heading.localName).to.equal('h3');
    const link = part(el, 'link') as HTMLAnchorElement;
    expect(link.localName).to.equal('a');
    expect(link.href).to.equal(seed().url);
    expect(textOf(link)).to.equal(seed().title);
    const time = part(el, 'meta')!;
    expect(time.localName).to.equal('time');
    expect(time.getAttribute('datetime')).to.equal('2022-03-30T04:32:00.000Z');
    expect(textOf(time)).to.equal('30-03-2022 11:32');
    expect(textOf(part(el, 'summary'))).to.contain('Ngày 23/3/2022');
    const img = part(el, 'image') as HTMLImageElement;
    expect(img.alt).to.equal('Đồng chí Trương Thu Hòa phát biểu tại bục Hội nghị');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['1200', '800']);
    expect(el.shadowRoot!.querySelectorAll('a, button')).to.have.length(1);
  });

  it('gives a link to another site rel=noopener noreferrer, and a link on this site none', async () => {
    const away = await fixture<PartyNewsCard>(html`<party-news-card .article=${seed()}></party-news-card>`);
    expect(new URL(seed().url!).origin).not.to.equal(location.origin);
    expect(part(away, 'link')!.getAttribute('rel')).to.equal('noopener noreferrer');
    const here = await fixture<PartyNewsCard>(
      html`<party-news-card .article=${{ id: 'tin-1', title: 'Tin trên trang này', url: '/tin/tin-1.html', date_published: '2022-03-30T11:32:00+07:00' }}></party-news-card>`,
    );
    expect((part(here, 'link') as HTMLAnchorElement).href).to.equal(new URL('/tin/tin-1.html', location.href).href);
    expect(part(here, 'link')!.hasAttribute('rel')).to.equal(false);
  });

  it('reserves the thumbnail space before the image loads', async () => {
    const article = { ...seed(), image: { src: '/fixtures/images/chi-bo-sinh-hoat.svg', alt: '' } };
    const el = await fixture<PartyNewsCard>(
      html`<party-news-card style="width:300px" .article=${article}></party-news-card>`,
    );
    const media = part(el, 'media')!.getBoundingClientRect();
    expect(media.width).to.be.closeTo(298, 3);
    expect(media.height).to.be.closeTo(media.width / 1.5, 1);
  });

  it('shows the neutral placeholder, not the broken-image glyph, when the thumbnail fails to load', async () => {
    const article = { ...seed(), image: { src: '/fixtures/images/missing.svg', alt: 'Ảnh không còn trên máy chủ' } };
    const el = await fixture<PartyNewsCard>(
      html`<party-news-card style="width:300px" .article=${article}></party-news-card>`,
    );
    const img = part(el, 'image')!;
    await waitUntil(() => img.hasAttribute('data-failed'), 'the 404 marks the image');
    expect(getComputedStyle(img).opacity).to.equal('0');
    const media = part(el, 'media')!;
    // The frame's quiet surface colour (--pn-color-surface-subtle), as while any thumbnail loads.
    expect(getComputedStyle(media).backgroundColor).to.equal('rgb(246, 244, 241)');
    expect(media.getBoundingClientRect().height).to.be.closeTo(media.getBoundingClientRect().width / 1.5, 1);
    await expect(el).to.be.accessible();
  });

  it('compact shows title and date only', async () => {
    const el = await fixture<PartyNewsCard>(
      html`<party-news-card layout="compact" .article=${seed()}></party-news-card>`,
    );
    expect(part(el, 'image')).to.equal(null);
    expect(part(el, 'summary')).to.equal(null);
    expect(part(el, 'category')).to.equal(null);
    expect(textOf(part(el, 'meta'))).to.equal('30-03-2022 11:32');
  });

  it('works without image or summary, and with a very long title', async () => {
    const { image: _i, summary: _s, ...rest } = seed();
    const article = { ...rest, title: 'Đảng ủy '.repeat(60).trim() };
    const el = await fixture<PartyNewsCard>(
      html`<party-news-card style="width:320px" .article=${article}></party-news-card>`,
    );
    expect(part(el, 'media')).to.equal(null);
    expect(part(el, 'summary')).to.equal(null);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('shows the whole title by default, and clamps title and summary to the lines a designer sets', async () => {
    const article = { ...seed(), title: 'Đảng ủy '.repeat(40).trim() };
    const lines = (el: HTMLElement) =>
      Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
    const whole = await fixture<PartyNewsCard>(
      html`<party-news-card style="width:320px" .article=${article}></party-news-card>`,
    );
    expect(lines(part(whole, 'title')!)).to.be.greaterThan(4);
    expect(lines(part(whole, 'summary')!)).to.equal(3);

    const clamped = await fixture<PartyNewsCard>(
      html`<party-news-card style="width:320px; --pn-card-title-lines: 2; --pn-card-summary-lines: 1" .article=${article}></party-news-card>`,
    );
    expect(lines(part(clamped, 'title')!)).to.equal(2);
    expect(lines(part(clamped, 'summary')!)).to.equal(1);
    // What the clamp hides stays in the link's text, so a screen reader hears the whole title.
    expect(textOf(part(clamped, 'link'))).to.equal(article.title);
    await expect(clamped).to.be.accessible();
  });

  it('keeps the thumbnail at its ratio beside a long title in the horizontal layout', async () => {
    const article = { ...seed(), title: 'Đảng ủy '.repeat(60).trim() };
    const el = await fixture<PartyNewsCard>(
      html`<party-news-card style="width:40rem" layout="horizontal" .article=${article}></party-news-card>`,
    );
    const media = part(el, 'media')!.getBoundingClientRect();
    const text = el.shadowRoot!.querySelector('.text')!.getBoundingClientRect();
    expect(media.top, 'beside the text').to.equal(text.top);
    expect(text.height, 'the text runs longer').to.be.greaterThan(media.height);
    expect(media.width / media.height).to.be.closeTo(3 / 2, 0.02);
  });

  it('shows a visible focus ring round the whole card when its link is reached by keyboard', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div><button>before</button><party-news-card .article=${seed()}></party-news-card></div>`,
    );
    const el = wrap.querySelector('party-news-card')!;
    wrap.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'link'));
    const ring = getComputedStyle(part(el, 'base')!);
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
  });

  it('fires a cancelable party-news-select from the title link', async () => {
    const el = await fixture<PartyNewsCard>(html`<party-news-card .article=${seed()}></party-news-card>`);
    const link = part(el, 'link') as HTMLAnchorElement;
    setTimeout(() => link.click());
    let clickPrevented = false;
    document.addEventListener('click', (e) => (clickPrevented = e.defaultPrevented), { once: true });
    el.addEventListener('party-news-select', (e) => e.preventDefault(), { once: true });
    const event = await oneEvent(el, 'party-news-select');
    expect(event.detail.article).to.equal(seed());
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(clickPrevented).to.equal(true);
  });

  it('leaves modified clicks (new tab) to the browser', async () => {
    const el = await fixture<PartyNewsCard>(html`<party-news-card .article=${seed()}></party-news-card>`);
    let fired = false;
    el.addEventListener('party-news-select', () => (fired = true));
    const link = part(el, 'link')!;
    link.addEventListener('click', (e) => e.preventDefault());
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
    expect(fired).to.equal(false);
  });

  it('is a button, reachable by keyboard, when the article has no URL', async () => {
    const { url: _u, ...article } = seed();
    const el = await fixture<PartyNewsCard>(html`<party-news-card .article=${article}></party-news-card>`);
    const button = part(el, 'link') as HTMLButtonElement;
    expect(button.localName).to.equal('button');
    button.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'party-news-select');
    expect(event.detail.article.id).to.equal(seed().id);
    await expect(el).to.be.accessible();
  });

  it('honours heading-level 2–6 and falls back to 3', async () => {
    const el = await fixture<PartyNewsCard>(
      html`<party-news-card heading-level="5" .article=${seed()}></party-news-card>`,
    );
    expect(part(el, 'title')!.localName).to.equal('h5');
    el.headingLevel = 1;
    await el.updateComplete;
    expect(part(el, 'title')!.localName).to.equal('h3');
  });

  it('takes lang and time-zone from the closest ancestor', async () => {
    const wrap = await fixture(
      html`<div lang="en-GB" time-zone="UTC"><party-news-card .article=${seed()}></party-news-card></div>`,
    );
    const el = wrap.querySelector('party-news-card')!;
    expect(textOf(part(el, 'meta'))).to.equal('30 Mar 2022, 04:32');
    el.lang = 'vi';
    el.timeZone = 'Asia/Ho_Chi_Minh';
    await el.updateComplete;
    expect(textOf(part(el, 'meta'))).to.equal('30-03-2022 11:32');
    expect(el.getAttribute('time-zone')).to.equal('Asia/Ho_Chi_Minh');
  });

  it('falls back to Vietnam time for an unknown zone, with a warning', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<PartyNewsCard>(
        html`<party-news-card time-zone="Mars/Olympus" .article=${seed()}></party-news-card>`,
      );
      expect(textOf(part(el, 'meta'))).to.equal('30-03-2022 11:32');
    });
    expect(warnings.join()).to.contain('Mars/Olympus');
  });

  it('validates raw data: unsafe URLs dropped, markup shown as text, problems reported', async () => {
    (window as unknown as { pwned?: number }).pwned = 0;
    let el!: PartyNewsCard;
    const warnings = await captureWarnings(async () => {
      el = await fixture<PartyNewsCard>(html`<party-news-card
        .article=${{
          id: 'raw',
          title: '<img src=x onerror="pwned=1">Tin',
          date_published: '2022-03-30T11:32:00+07:00',
          url: 'javascript:pwned=1',
          image: { src: 'javascript:pwned=1', alt: 'x' },
        }}
      ></party-news-card>`);
    });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(el, 'link')!.localName).to.equal('button');
    expect(textOf(part(el, 'link'))).to.equal('<img src=x onerror="pwned=1">Tin');
    expect((window as unknown as { pwned: number }).pwned).to.equal(0);
    // The card is shown, without the fields it could not trust: toArticle names them, the console stays quiet.
    expect(warnings).to.deep.equal([]);
    expect(toArticle(el.article).problems.map((p) => `${p.item}:${p.field}`)).to.deep.equal(['raw:url', 'raw:image']);
  });

  it('renders nothing, with a warning, for an invalid article', async () => {
    let el!: PartyNewsCard;
    const warnings = await captureWarnings(async () => {
      el = await fixture<PartyNewsCard>(
        html`<party-news-card .article=${{ id: 'x', title: 'Tin' }}></party-news-card>`,
      );
    });
    expect(el.shadowRoot!.childElementCount).to.equal(0);
    expect(warnings.join()).to.contain('date_published');
  });

  it('follows the page colour scheme: dark when the host is dark', async () => {
    const colour = async (scheme: string) => {
      const wrap = await fixture(
        html`<div style="color-scheme:${scheme}"><party-news-card .article=${seed()}></party-news-card></div>`,
      );
      const el = wrap.querySelector('party-news-card')!;
      await expect(el).to.be.accessible();
      return [getComputedStyle(part(el, 'link')!).color, getComputedStyle(part(el, 'base')!).backgroundColor];
    };
    const [lightText, lightBg] = await colour('light');
    const [darkText, darkBg] = await colour('dark');
    expect(lightText).not.to.equal(darkText);
    expect(lightBg).to.equal('rgb(255, 255, 255)');
    expect(darkBg).not.to.equal(lightBg);
  });
});
