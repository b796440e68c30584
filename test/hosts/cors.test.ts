import '../../src/feed/define.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import type { PartyNewsFeed } from '../../src/feed/feed.js';
import { fetchFeed } from '../../src/model/reading/fetch-feed.js';
import { captureWarnings, cards, feedSettled, part, textOf, uid } from '../harness.js';

// A feed on another origin, as when one portal shows another's news. The test server answers on
// two origins: localhost and 127.0.0.1 (same port), so the page's other origin is the other name.

const other = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
const hits = async (key: string) => (await fetch(`/faults/hits/${key}`)).json() as Promise<number>;

async function feedAt(src: string, lang = 'vi') {
  const wrap = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><party-news-feed src=${src} retries="0"></party-news-feed></div>`,
  );
  return wrap.querySelector<PartyNewsFeed>('party-news-feed')!;
}

describe('a feed on another origin', function () {
  // Whole pages (loaded, reloaded) and two requests per failed load: under the three engines' load on
  // a small machine WebKit has needed more than the default 10 s, with nothing wrong.
  this.timeout(30_000);

  it('without CORS headers: code "cors" for the developer, a plain message for readers (vi, en)', async () => {
    for (const [lang, message] of [
      ['vi', 'Nguồn tin chưa cho phép trang này lấy tin. Vui lòng báo quản trị trang.'],
      ['en', 'The news source does not allow this site to load its news. Please tell the site’s administrators.'],
    ] as const) {
      const key = uid();
      let el!: PartyNewsFeed;
      let detail!: { code: string; message: string };
      const warnings = await captureWarnings(async () => {
        const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
        const error = oneEvent(wrap, 'party-news-error');
        el = document.createElement('party-news-feed');
        el.retries = 0;
        el.src = `${other}/faults/counted/${key}`;
        wrap.append(el);
        ({ detail } = await error);
        await feedSettled(el);
      });
      expect(detail).to.deep.equal({ code: 'cors', message });
      expect(textOf(part(el, 'error'))).to.contain(message);
      expect(textOf(part(el, 'error'))).to.contain('cors');
      expect(warnings.some((w) => w.includes('cors: ') && w.includes('Access-Control-Allow-Origin'))).to.equal(true);
      // The server was reached: the feed's request, and the no-cors request that proved it answers.
      expect(await hits(key)).to.equal(2);
      await expect(el).to.be.accessible();
    }
  });

  it('with Access-Control-Allow-Origin: shown like any feed', async () => {
    const key = uid();
    const el = await feedSettled(await feedAt(`${other}/faults/cors/${key}`));
    expect(cards(el)).to.have.length(4);
    expect(await hits(key)).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('that cannot be reached at all stays a network error, not a CORS one', async () => {
    // A closed port on the other origin: both the request and the no-cors probe fail.
    const closed = await fetchFeed(`${location.protocol}//127.0.0.1:9/feed.json`, { retries: 0 }).catch((e) => e);
    expect(closed.code).to.equal('network');
    const el = await feedSettled(await feedAt(`${location.protocol}//127.0.0.1:9/feed.json`));
    expect(textOf(part(el, 'error'))).to.contain('Vui lòng kiểm tra kết nối mạng');
    await expect(el).to.be.accessible();
  });
});
