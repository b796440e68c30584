// What party-news-load tells the host: the articles shown, and every item or byte it had to skip.
import '../../src/feed/define.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import type { PartyNewsEvent } from '../../src/shared/events.js';
import { captureWarnings, cardTitles, feedSettled, freshFeedPage, SEED_ID, seedJson, uid } from '../harness.js';

describe('<party-news-feed> party-news-load', () => {
  beforeEach(freshFeedPage);
  afterEach(freshFeedPage);

  it('fires party-news-load with the items shown and the ones skipped', async () => {
    const json = await seedJson();
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('party-news-feed');
    el.feed = [...json.items, { id: 'broken', title: '' }, { title: 'no id', date_published: '2022-01-01T00:00:00Z' }];
    const event = oneEvent(wrap, 'party-news-load');
    wrap.append(el);
    const { detail } = await event;
    expect(detail.items.map((a: { id: string }) => a.id)[0]).to.equal(SEED_ID);
    expect(detail.items).to.have.length(4);
    expect(detail.skipped.map((p: { item: string; field: string }) => `${p.item}:${p.field}`)).to.deep.equal([
      'broken:title',
      'broken:date_published',
      '#5:id',
    ]);
  });

  it('reads a UTF-8 feed with stray Windows-1252 curly quotes, and reports them in party-news-load and the console', async () => {
    const key = `cp1252-${uid()}`;
    const encode = (text: string) => [...new TextEncoder().encode(text)];
    // Otherwise UTF-8 JSON (no charset anywhere) whose title holds 0x93 … 0x94, as Word writes them.
    const body = new Uint8Array([
      ...encode('{"items":[{"id":"a","title":"Chi bộ '),
      0x93,
      ...encode('tự soi, tự sửa'),
      0x94,
      ...encode('","date_published":"2022-03-30T11:32:00+07:00"}]}'),
    ]);
    await fetch(`/faults/store/${key}?type=application/json`, { method: 'POST', body });
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('party-news-feed');
    el.src = `/faults/stored/${key}`;
    const event = oneEvent(wrap, 'party-news-load');
    let detail!: PartyNewsEvent<'party-news-load'>['detail'];
    const warnings = await captureWarnings(async () => {
      wrap.append(el);
      ({ detail } = await event);
    });
    await feedSettled(el);
    expect(cardTitles(el)).to.deep.equal(['Chi bộ “tự soi, tự sửa”']);
    expect(detail.skipped.map((p) => `${p.item}:${p.field}:${p.dropped}`)).to.deep.equal(['feed:encoding:none']);
    expect(detail.skipped[0].message).to.contain('Windows-1252');
    expect(warnings.some((w) => w.includes('"encoding"') && w.includes('Windows-1252'))).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
