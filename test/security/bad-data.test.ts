import '../../src/feed/define.js';

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

import type { PartyNewsFeed } from '../../src/feed/feed.js';
import { normalizeFeed } from '../../src/model/items/normalize-feed.js';
import type { Problem } from '../../src/model/types.js';
import { captureWarnings, textOf } from '../harness.js';

// Bad data of every kind, mixed with good items: every valid item renders, every invalid one is
// reported once, by its id (or #index) and field.

const good = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Tin ${id}`,
  date_published: '2022-03-30T11:32:00+07:00',
  ...extra,
});
const WRONG_TYPES: unknown[] = [42, true, null, [], {}, ['x'], { a: 1 }, -1, 0, ''];
const OPTIONAL_FIELDS = [
  'url',
  'summary',
  'content_html',
  'content_text',
  'image',
  'authors',
  'category',
  'tags',
  'related',
  'language',
  'date_modified',
];
const by = (problems: Problem[]) => problems.map((p) => `${p.item}:${p.field}:${p.dropped}`);

describe('bad data', () => {
  it('drops wrong types in every optional field, one problem each, keeping every item', () => {
    const items = OPTIONAL_FIELDS.flatMap((field) =>
      WRONG_TYPES.map((value, i) => good(`${field}-${i}`, { [field]: value })),
    );
    const { articles, problems } = normalizeFeed(items);
    expect(articles).to.have.length(items.length);
    for (const p of problems) expect(p.dropped, `${p.item} ${p.field}`).to.equal('field');
    // One report per item at most (empty strings and empty arrays are no error for every field).
    const perItem = new Map<string, number>();
    for (const p of problems) perItem.set(p.item, (perItem.get(p.item) ?? 0) + 1);
    for (const [item, n] of perItem) expect(n, item).to.equal(1);
    expect(problems.length).to.be.greaterThan(OPTIONAL_FIELDS.length * 5);
  });

  it('skips items missing a required field, naming each, and keeps the rest', () => {
    const { articles, problems } = normalizeFeed([
      good('a'),
      { title: 'no id', date_published: '2022-03-30T11:32:00+07:00' },
      { id: 'no-title', date_published: '2022-03-30T11:32:00+07:00' },
      { id: 'no-date', title: 'x' },
      { id: 42.5, title: 'numeric id', date_published: '2022-03-30T11:32:00+07:00' },
      good('b'),
    ]);
    expect(articles.map((a) => a.id)).to.deep.equal(['a', '42.5', 'b']);
    expect(by(problems)).to.deep.equal(['#1:id:item', 'no-title:title:item', 'no-date:date_published:item']);
  });

  it('refuses dates that name no moment, and reports the ones read with a guess, keeping those', () => {
    const { articles, problems } = normalizeFeed([
      good('iso'),
      good('no-offset', { date_published: '2022-03-30T11:32:00' }),
      good('date-only', { date_published: '2022-03-30' }),
      good('us', { date_published: '03/30/2022' }),
      good('vn', { date_published: '30/03/2022 11:32' }),
      good('feb-30', { date_published: '2022-02-30T10:00:00Z' }),
      good('epoch', { date_published: 1648614720 }),
      good('text', { date_published: 'hôm qua' }),
    ]);
    expect(articles.map((a) => a.id)).to.deep.equal(['iso', 'no-offset', 'date-only', 'us', 'vn']);
    expect(articles[1].datePublished!.toISOString()).to.equal('2022-03-30T04:32:00.000Z');
    expect(articles[2].datePublished!.toISOString()).to.equal('2022-03-29T17:00:00.000Z');
    // Not RFC 3339, but only one reading: kept, read in Vietnam time, and reported as such.
    expect(articles[3].datePublished!.toISOString()).to.equal('2022-03-29T17:00:00.000Z');
    expect(articles[4].datePublished!.toISOString()).to.equal('2022-03-30T04:32:00.000Z');
    expect(problems.find((p) => p.item === 'us')!.message).to.contain('is not RFC 3339; read as M/D/Y');
    expect(by(problems)).to.deep.equal([
      'no-offset:date_published:none',
      'date-only:date_published:none',
      'us:date_published:none',
      'vn:date_published:none',
      'feb-30:date_published:item',
      'epoch:date_published:item',
      'text:date_published:item',
    ]);
  });

  it('keeps the first of duplicate ids and drops related ids that point nowhere or at the item itself', () => {
    const { articles, problems } = normalizeFeed([
      good('a', { related: ['a', 'b', 'ghost'] }),
      good('b'),
      good('a', { title: 'second a' }),
    ]);
    expect(articles.map((a) => a.title)).to.deep.equal(['Tin a', 'Tin b']);
    expect(articles[0].related).to.deep.equal(['b']);
    expect(by(problems)).to.deep.equal(['a:related:field', 'a:id:item', 'a:related[1]:field']);
  });

  it('normalises NFD text and strips zero-width and bidi controls', () => {
    const { articles } = normalizeFeed([
      good('x', {
        title: 'Đảng\u200b ủy\u202e Tỉnh\u2066'.normalize('NFD'),
        summary: '\ufeffSapo\u200f',
        tags: ['xây\u200d dựng'.normalize('NFD')],
      }),
    ]);
    expect(articles[0].title).to.equal('Đảng ủy Tỉnh');
    expect(articles[0].summary).to.equal('Sapo');
    expect(articles[0].tags).to.deep.equal(['xây\u200d dựng'.normalize('NFC')]);
  });

  it('cuts a 100,000-character title to 1,000, with a problem', () => {
    const { articles, problems } = normalizeFeed([good('long', { title: 'Đảng ủy '.repeat(12500) })]);
    expect(articles[0].title.length).to.be.at.most(1000);
    expect(articles[0].title.endsWith('…')).to.equal(true);
    expect(by(problems)).to.deep.equal(['long:title:none']);
  });

  it('cuts a body at 100,000 characters or before its 2,001st tag, and a summary at 3,000, each with a problem', () => {
    const paragraphs = '<p>Hội nghị Ban Chấp hành Đảng bộ tỉnh.</p>';
    const { articles, problems } = normalizeFeed([
      good('chars', {
        content_html: `<p>${'Hội nghị Ban Chấp hành. '.repeat(100)}</p>`.repeat(100),
        summary: 'Sapo '.repeat(1000),
      }),
      good('tags', { content_html: '<b>x</b>'.repeat(5000) }),
      good('text', { content_text: 'Đảng ủy '.repeat(20000) }),
      good('fits', { content_html: paragraphs.repeat(100), summary: 'Sapo' }),
    ]);
    const [chars, tags, text, fits] = articles;
    expect(chars.contentHtml!.length).to.equal(100_000);
    expect(chars.summary!.length).to.equal(3000);
    expect(chars.summary!.endsWith('…')).to.equal(true);
    expect(tags.contentHtml).to.equal('<b>x</b>'.repeat(2000));
    expect(text.contentHtml!.length).to.be.at.most(100_000);
    expect(fits.contentHtml).to.equal(paragraphs.repeat(100));
    expect(by(problems)).to.deep.equal([
      'chars:content_html:none',
      'chars:summary:none',
      'tags:content_html:none',
      'text:content_text:none',
    ]);
    expect(problems[0].message).to.contain('cut to 100000');
  });

  it('renders every valid item and says in one console line what it skipped', async () => {
    const items = [
      good('ok-1'),
      { title: 'no id', date_published: '2022-03-30T11:32:00+07:00' },
      good('long', { title: 'Tỉnh '.repeat(25000), summary: 7 }),
      good('ok-2', { date_published: '2022-03-31T08:00:00' }),
      good('ok-1'),
    ];
    let el!: PartyNewsFeed;
    let skipped: Problem[] = [];
    const warnings = await captureWarnings(async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      el = document.createElement('party-news-feed');
      el.pageSize = 10;
      el.feed = items;
      const loaded = oneEvent(wrap, 'party-news-load');
      wrap.append(el);
      skipped = (await loaded).detail.skipped;
      await waitUntil(
        () => el.shadowRoot!.querySelectorAll('[part~="card"]').length === 3,
        'waited for el.shadowRoot!.querySelectorAll(\'[part~="card"]\').length === 3',
      );
    });
    expect(by(skipped)).to.deep.equal([
      '#1:id:item',
      'long:title:none',
      'long:summary:field',
      'ok-2:date_published:none',
      'ok-1:id:item',
    ]);
    expect(warnings).to.deep.equal([
      `<party-news-feed>: 2 of 5 items skipped, 1 field dropped; first: item "#1", field "id" is required; party-news-load's detail.skipped lists them all`,
    ]);
    const longCard = el.shadowRoot!.querySelector('li[data-id="long"]')!;
    expect(textOf(longCard.querySelector('.link')).length).to.be.at.most(1000);
    expect(longCard.getBoundingClientRect().height).to.be.below(20000);
  });
});
