// `refresh` (#31): a feed left open reads its source again while the page is visible, and what is
// new waits behind "Có N tin mới" until the reader asks for it. The minute between reads passes at
// once: a fake clock stands in for the refresh's setTimeout (shorter timers run as usual).
import '../../src/feed/define.js';

import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';

import type { PartyNewsFeed } from '../../src/feed/feed.js';
import type { PartyNewsEvent } from '../../src/shared/events.js';
import { cardLink, cards, cardTitles, freshFeedPage, part, reportIn, textOf, uid } from '../harness.js';

const item = (id: string, title: string, date: string) => ({ id, title, date_published: `${date}T08:00:00+07:00` });
const FIRST = [
  item('a', 'Chi bộ A sinh hoạt chuyên đề', '2026-09-10'),
  item('b', 'Chi bộ B kết nạp đảng viên', '2026-09-09'),
];
const NEW = item('c', 'Chi bộ C sơ kết 9 tháng', '2026-09-20');

/** The refresh's timers (a minute or more), held to be fired by the test; shorter ones run as usual. */
function fakeClock() {
  const original = { setTimeout: window.setTimeout, clearTimeout: window.clearTimeout };
  const real = { setTimeout: window.setTimeout.bind(window), clearTimeout: window.clearTimeout.bind(window) };
  const held = new Map<number, () => void>();
  let next = 1e9;
  window.setTimeout = ((run: () => void, ms?: number, ...rest: unknown[]) => {
    if ((ms ?? 0) < 60_000) return real.setTimeout(run, ms, ...rest);
    held.set(++next, run);
    return next;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) =>
    held.has(id!) ? held.delete(id!) : real.clearTimeout(id)) as typeof window.clearTimeout;
  return {
    /** Lets the waits that are due pass, as if a minute went by. */
    minutePasses: () => {
      const due = [...held.values()];
      held.clear();
      due.forEach((run) => run());
    },
    pending: () => held.size,
    restore: () => Object.assign(window, original),
  };
}

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('<party-news-feed refresh>', () => {
  let clock: ReturnType<typeof fakeClock>;
  let key: string;
  const publish = (items: unknown[]) =>
    fetch(`/faults/store/${key}`, { method: 'POST', body: JSON.stringify({ items }) });
  const reads = async () => Number(await (await fetch(`/faults/hits/${key}`)).text());

  beforeEach(async () => {
    freshFeedPage();
    key = uid();
    clock = fakeClock();
    await publish(FIRST);
  });
  afterEach(() => {
    clock.restore();
    setVisibility('visible');
    delete (document as { visibilityState?: unknown }).visibilityState;
    freshFeedPage();
  });

  async function refreshingFeed(): Promise<PartyNewsFeed> {
    const wrap = await fixture<HTMLDivElement>(
      `<div><party-news-feed src="/faults/stored/${key}" refresh="60"></party-news-feed></div>`,
    );
    const el = wrap.querySelector('party-news-feed')!;
    await el.loadComplete;
    return el;
  }

  it('reads again after a minute; the new article waits behind "Có 1 tin mới" and nothing moves until it is chosen', async () => {
    const el = await refreshingFeed();
    const first = cards(el)[0];
    const top = first.getBoundingClientRect().top;
    await publish([NEW, ...FIRST]);
    const updated = oneEvent(el, 'party-news-update') as Promise<PartyNewsEvent<'party-news-update'>>;
    clock.minutePasses();
    expect((await updated).detail.items.map((a) => a.id)).to.deep.equal(['c']);
    await el.updateComplete;
    expect(textOf(part(el, 'new-articles'))).to.equal('Có 1 tin mới');
    expect(textOf(part(el, 'status'))).to.equal('Có 1 tin mới');
    expect(cardTitles(el)).to.deep.equal(['Chi bộ A sinh hoạt chuyên đề', 'Chi bộ B kết nạp đảng viên']);
    expect(cards(el)[0]).to.equal(first);
    expect(first.getBoundingClientRect().top).to.equal(top);
    await expect(el).to.be.accessible();
    part(el, 'new-articles')!.click();
    await waitUntil(() => el.shadowRoot!.activeElement === cardLink(cards(el)[0]), 'focus on the new article');
    expect(cardTitles(el)[0]).to.equal('Chi bộ C sơ kết 9 tháng');
    expect(part(el, 'new-articles')).to.equal(null);
    // The wait for the next read has started again.
    await waitUntil(() => clock.pending() === 1, 'the next read is scheduled');
  });

  it('reads nothing while the page is hidden, and once when it is shown again', async () => {
    const el = await refreshingFeed();
    const before = await reads();
    setVisibility('hidden');
    clock.minutePasses();
    await el.updateComplete;
    expect(await reads()).to.equal(before);
    await publish([NEW, ...FIRST]);
    const updated = oneEvent(el, 'party-news-update');
    setVisibility('visible');
    await updated;
    expect(await reads()).to.equal(before + 1);
  });

  it('keeps what it finds waiting while a report is open', async () => {
    const el = await refreshingFeed();
    cardLink(cards(el)[1]).click();
    await waitUntil(() => reportIn(el), 'the report opens');
    await publish([NEW, ...FIRST]);
    const updated = oneEvent(el, 'party-news-update');
    clock.minutePasses();
    await updated;
    await el.updateComplete;
    expect(reportIn(el)).to.not.equal(null);
    expect(part(el, 'new-articles')).to.equal(null);
    history.back();
    await waitUntil(() => !reportIn(el) && part(el, 'new-articles'), 'back to the list, the new article waiting');
    expect(cardTitles(el)[0]).to.equal('Chi bộ A sinh hoạt chuyên đề');
  });
});
