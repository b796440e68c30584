// The console on a reader's page view: nothing for a feed whose every item is shown, one grouped
// line per load at most otherwise; the details are in party-news-load's detail.skipped and
// `party-news check`.
import '../../src/feed/define.js';
import '../../src/card/define.js';
import '../../src/report/define.js';
import '../../src/related/define.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import type { PartyNewsCard } from '../../src/card/card.js';
import { forgetFeeds } from '../../src/model/reading/feed-cache.js';
import type { PartyNewsRelated } from '../../src/related/related.js';
import type { PartyNewsReport } from '../../src/report/report.js';
import type { PartyNewsEvent } from '../../src/shared/events.js';
import { captureConsole, cards, textOf } from '../harness.js';

/** Loads `src` in a feed, returning the console lines written until its load event, and its detail. */
async function load(src: string) {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('party-news-feed');
  let detail!: PartyNewsEvent<'party-news-load'>['detail'];
  const lines = await captureConsole(async () => {
    const loaded = oneEvent(wrap, 'party-news-load') as Promise<PartyNewsEvent<'party-news-load'>>;
    el.src = src;
    wrap.append(el);
    ({ detail } = await loaded);
    await el.updateComplete;
  });
  return { el, detail, lines };
}

const item = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Tin ${id}`,
  date_published: '2026-09-16T10:30:00+07:00',
  ...extra,
});

describe('a quiet console', () => {
  beforeEach(() => forgetFeeds());

  it('writes nothing for the .NET CMS feed, whose dates have no zone and whose authors are e-mail addresses', async () => {
    const { el, detail, lines } = await load('/test/fixtures/feeds/vn-cms-dotnet.rss.xml');
    expect(lines).to.deep.equal([]);
    expect(cards(el)).to.have.length(3);
    // Nothing is lost: the event still carries what was assumed.
    expect(detail.skipped.some((p) => p.message.includes('no time zone'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('writes one grouped line for a feed with skipped items and a repair, naming party-news check', async () => {
    const src = '/test/fixtures/feeds/ill-formed-broken-item.rss.xml';
    const { el, detail, lines } = await load(src);
    expect(cards(el)).to.have.length(2);
    expect(detail.skipped.length, 'every problem is in the event').to.be.above(1);
    expect(lines).to.have.length(1);
    expect(lines[0]).to.match(
      /^warn: <party-news-feed>: 1 of 3 items skipped, 1 repair; first: item "feed", field "xml" /,
    );
    expect(lines[0]).to.contain(
      `run "npx party-news check ${new URL(src, location.href).href}" for details, or read party-news-load's detail.skipped`,
    );
    await expect(el).to.be.accessible();
  });

  it('writes one line for a big feed with thousands of skipped items, none for thousands of dropped fields', async () => {
    const many = (extra: (i: number) => Record<string, unknown>) =>
      Array.from({ length: 2000 }, (_, i) => item(`tin-${i}`, extra(i)));
    for (const [feed, expected] of [
      [many((i) => (i % 2 ? { title: '' } : {})), /^warn: <party-news-feed>: 1000 of 2000 items skipped; first: /],
      [many(() => ({ image: 'javascript:alert(1)', url: 'http://1.2.3.4.5/' })), undefined],
    ] as const) {
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('party-news-feed');
      const lines = await captureConsole(async () => {
        const loaded = oneEvent(wrap, 'party-news-load');
        el.feed = feed;
        wrap.append(el);
        await loaded;
      });
      if (expected) {
        expect(lines).to.have.length(1);
        expect(lines[0]).to.match(expected);
        expect(lines[0]).to.contain("party-news-load's detail.skipped lists them all");
      } else expect(lines).to.deep.equal([]);
    }
  });

  it('holds cards, reports and related lists given data by property to the same rule', async () => {
    let card!: PartyNewsCard;
    let report!: PartyNewsReport;
    let related!: PartyNewsRelated;
    const shownWithoutFields = await captureConsole(async () => {
      const bad = item('thieu-truong', { url: 'http://127.0.0.1:99999/', image: 'javascript:alert(1)' });
      card = await fixture<PartyNewsCard>(html`<party-news-card .article=${bad}></party-news-card>`);
      report = await fixture<PartyNewsReport>(html`<party-news-report .article=${bad}></party-news-report>`);
      related = await fixture<PartyNewsRelated>(
        html`<party-news-related .articles=${[{ title: 'Tin A', url: 'http://1.2.3.4.5/' }]}></party-news-related>`,
      );
    });
    expect(shownWithoutFields).to.deep.equal([]);
    expect(textOf(card.shadowRoot!.querySelector('[part~="title"]'))).to.equal('Tin thieu-truong');
    expect(textOf(report.shadowRoot!.querySelector('[part~="title"]'))).to.equal('Tin thieu-truong');
    expect(textOf(related.shadowRoot!.querySelector('li'))).to.equal('Tin A');
    await expect(card).to.be.accessible();

    const skipped = await captureConsole(async () => {
      card = await fixture<PartyNewsCard>(
        html`<party-news-card .article=${{ id: 'x', title: 'Tin' }}></party-news-card>`,
      );
      related = await fixture<PartyNewsRelated>(
        html`<party-news-related .articles=${[{ title: 'Tin A' }, { url: '/b' }, 'id-tran']}></party-news-related>`,
      );
    });
    expect(skipped).to.deep.equal([
      'warn: <party-news-card>: 1 of 1 item skipped; first: item "x", field "date_published" is required (or date_modified); toArticle(article).problems lists them all',
      'warn: <party-news-related>: 2 of 3 items skipped; first: item "#1", field "articles[1]" needs a title; toRelated(articles).problems lists them all',
    ]);
    expect(card.shadowRoot!.childElementCount).to.equal(0);
    expect(related.shadowRoot!.querySelectorAll('li')).to.have.length(1);
    await expect(related).to.be.accessible();
  });
});
