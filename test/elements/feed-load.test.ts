// The feed's public completion promise: what a portal (or a test) awaits instead of polling.
import '../../src/feed/define.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { PartyNewsFeed } from '../../src/feed/feed.js';
import { forgetFeeds, rememberFeed } from '../../src/model/reading/feed-cache.js';
import { cards, part, seedJson, textOf } from '../harness.js';

const SEED = '/fixtures/feeds/seed.json';

async function feed(attrs: Partial<PartyNewsFeed>): Promise<PartyNewsFeed> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = Object.assign(document.createElement('party-news-feed'), attrs);
  wrap.append(el);
  return el;
}

describe('<party-news-feed> loadComplete', () => {
  beforeEach(() => forgetFeeds());

  it('resolves with the articles, newest first, once they are on screen', async () => {
    const el = await feed({ src: SEED });
    const articles = await el.loadComplete;
    expect(articles.map((a) => a.id)[0]).to.equal('nhnn-lang-son-2022-03-30');
    expect(cards(el)).to.have.length(4);
    expect(textOf(cards(el)[0].querySelector('.link')!)).to.equal(articles[0].title);
  });

  it('stays pending with no source, and resolves with the first load once one is given', async () => {
    const el = await feed({});
    let settled = false;
    const done = el.loadComplete.then((a) => ((settled = true), a));
    await el.updateComplete;
    expect(settled).to.equal(false);
    el.feed = (await seedJson()).items.slice(0, 2);
    expect(await done).to.have.length(2);
    expect(cards(el)).to.have.length(2);
  });

  it('rejects with the FeedError when the feed fails with nothing saved to show', async () => {
    const el = await feed({ src: '/faults/status/404', retries: 0 });
    const error = await el.loadComplete.then(
      () => undefined,
      (e: { name: string; code: string }) => e,
    );
    expect(error).to.include({ name: 'FeedError', code: 'http-404' });
    expect(part(el, 'error')).to.exist;
  });

  it('resolves with the saved copy it shows when the load fails', async () => {
    const src = new URL('/faults/status/503', location.href).href;
    rememberFeed(src, JSON.stringify((await seedJson()).items.slice(0, 3)), src);
    const el = await feed({ src, retries: 0 });
    expect(await el.loadComplete).to.have.length(3);
    expect(part(el, 'notice')).to.exist;
  });

  it('settles a superseded load with the outcome of the load that replaced it', async () => {
    const el = await feed({ src: '/faults/slow?ms=400&title=Cu' });
    const first = el.loadComplete;
    el.src = '/faults/slow?ms=0&title=Moi';
    const articles = await first;
    expect(articles[0].title).to.equal('Moi');
    expect((await el.loadComplete)[0].title).to.equal('Moi');
  });
});
