// What a feed shows while it loads, when it fails, when it is empty, and when a later load fails
// over a saved copy: each state in words a reader understands, in Vietnamese or English.
import '../../src/feed/define.js';

import { expect, fixture, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';

import { rememberFeed } from '../../src/model/reading/feed-cache.js';
import { cards, feedAt, feedSettled, freshFeedPage, part, SEED_URL, seedJson, textOf, uid } from '../harness.js';

describe('<party-news-feed> states', () => {
  beforeEach(freshFeedPage);
  afterEach(freshFeedPage);

  it('shows a busy skeleton while loading, then the cards', async () => {
    // The feed's answer waits on the server until this test releases it (a request named by key).
    const key = uid();
    const wrap = await fixture<HTMLDivElement>(
      `<div><party-news-feed src="/faults/slow?ms=0&after=${key}"></party-news-feed></div>`,
    );
    const el = wrap.querySelector('party-news-feed')!;
    await el.updateComplete;
    await nextFrame();
    const skeleton = el.shadowRoot!.querySelector('.skeletons')!;
    expect(skeleton).to.exist;
    expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
    expect(textOf(part(el, 'status'))).to.equal('Đang tải tin…');
    const height = el.getBoundingClientRect().height;
    expect(height).to.be.greaterThan(200);
    await expect(el).to.be.accessible();
    await fetch(`/faults/slow?ms=0&key=${key}`);
    await el.loadComplete;
    expect(cards(el)).to.have.length(4);
    expect(el.shadowRoot!.querySelector('.skeletons')).to.equal(null);
  });

  for (const [route, code] of [
    ['/faults/status/404', 'http-404'],
    ['/faults/html-200', 'not-a-feed'],
    ['/faults/truncated', 'invalid-json'],
    ['/faults/bad-xml', 'invalid-xml'],
    ['/faults/not-a-feed', 'not-a-feed'],
  ]) {
    it(`shows an error with code ${code} for ${route}, and fires party-news-error`, async () => {
      const wrap = await fixture<HTMLDivElement>(`<div></div>`);
      const el = document.createElement('party-news-feed');
      el.retries = 0;
      const event = oneEvent(wrap, 'party-news-error');
      el.src = route;
      wrap.append(el);
      const { detail } = await event;
      expect(detail.code).to.equal(code);
      expect(detail.message.length).to.be.greaterThan(10);
      await feedSettled(el);
      const error = part(el, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(textOf(error)).to.contain(`Mã lỗi: ${code}`);
      expect(textOf(error)).to.contain(detail.message);
      expect(textOf(part(el, 'retry'))).to.equal('Thử lại');
      await expect(el).to.be.accessible();
    });
  }

  it('gives up on a hanging server after its timeout', async () => {
    const wrap = await fixture<HTMLDivElement>(
      `<div><party-news-feed timeout="300" src="/faults/hang"></party-news-feed></div>`,
    );
    const { detail } = await oneEvent(wrap, 'party-news-error');
    expect(detail.code).to.equal('timeout');
  });

  it('retries after a failure, by its retry button, and recovers', async () => {
    const key = uid();
    const el = await feedAt(`/faults/flaky/${key}?fail=1&status=404`, 'retries="0"');
    expect(part(el, 'error')).to.exist;
    part(el, 'retry')!.click();
    // A whole load (fetch, parse, render): WebKit once took more than waitUntil's default 1 s in a loaded full run.
    await waitUntil(() => cards(el).length === 4, 'the retried load shows the cards', { timeout: 5000 });
    expect(part(el, 'error')).to.equal(null);
  });

  it('speaks English in every state when lang="en"', async () => {
    const el = await feedAt('/faults/status/500', 'lang="en" retries="0"');
    expect(textOf(part(el, 'error'))).to.contain('Error code: http-500');
    expect(textOf(part(el, 'retry'))).to.equal('Try again');
  });

  it('shows the empty state', async () => {
    const el = await feedAt('/faults/empty');
    expect(textOf(part(el, 'empty'))).to.equal('Chưa có tin nào.');
    await expect(el).to.be.accessible();
  });

  it('keeps showing the last good feed, with a notice, when a later load fails', async () => {
    const key = uid();
    const el = await feedAt(`/faults/once/${key}`, 'retries="0"');
    expect(cards(el)).to.have.length(4);
    const wrap = el.parentElement!;
    const error = oneEvent(wrap, 'party-news-error');
    await el.reload();
    expect((await error).detail.code).to.equal('http-500');
    expect(cards(el)).to.have.length(4);
    const notice = part(el, 'notice')!;
    expect(textOf(notice)).to.match(
      /^Chưa tải được tin mới; đang hiển thị tin đã lưu lúc \d{2}-\d{2}-\d{4} \d{2}:\d{2}\./,
    );
    expect(textOf(notice)).to.contain('http-500');
    await expect(el).to.be.accessible();

    // A new element for the same src (a later visit) starts from the saved copy too.
    const later = await feedAt(`/faults/once/${key}`, 'retries="0"');
    expect(cards(later)).to.have.length(4);
    expect(part(later, 'notice')).to.exist;
  });

  it('says exactly when the saved copy it shows was saved, in Vietnam time', async () => {
    // The clock is the saved copy's: 30 Mar 2022 04:32 UTC is 11:32 in Hà Nội (the tests run in New York).
    const src = `/faults/counted/${uid()}?status=500`;
    rememberFeed(
      new URL(src, location.href).href,
      JSON.stringify(await seedJson()),
      SEED_URL,
      Date.UTC(2022, 2, 30, 4, 32),
    );
    const el = await feedAt(src, 'retries="0"');
    expect(cards(el)).to.have.length(4);
    expect(textOf(part(el, 'notice'))).to.equal(
      'Chưa tải được tin mới; đang hiển thị tin đã lưu lúc 30-03-2022 11:32. (Mã lỗi: http-500) Thử lại',
    );
  });
});
