// The saved copy's bounds, as pure choices: which articles fit, and which saved feeds go first.
import { expect } from '@open-wc/testing';

import { normalizeFeed } from '../../src/model/items/normalize-feed.js';
import { ALL_KEYS, evictionOrder, toEvict } from '../../src/model/reading/feed-cache.js';
import { parseFeed } from '../../src/model/reading/parse-feed.js';
import { fitting, MISSES, savedCopy, storedLength } from '../../src/model/reading/saved-copy.js';
import { SEED_URL, seedFeed } from '../harness.js';

describe('fitting', () => {
  const sizes = (list: number[]) => (i: number) => list[i];

  it('takes items in order while they fit', () => {
    expect(fitting(4, 100, sizes([40, 40, 40, 10]))).to.deep.equal([0, 1, 3]);
    expect(fitting(3, 120, sizes([40, 40, 40]))).to.deep.equal([0, 1, 2]);
  });

  it('passes over one item too large for the room, not every item after it', () => {
    expect(fitting(3, 100, sizes([500, 30, 30]))).to.deep.equal([1, 2]);
    expect(fitting(3, 100, (i) => (i === 0 ? Infinity : 50))).to.deep.equal([1, 2]);
  });

  it('stops asking after MISSES items in a row do not fit: the room is as good as full', () => {
    const asked: number[] = [];
    const taken = fitting(10_000, 100, (i) => (asked.push(i), i === 0 ? 90 : 20));
    expect(taken).to.deep.equal([0]);
    expect(asked).to.have.length(1 + MISSES);
    // A miss streak shorter than that passes over the large ones and takes a small one after them.
    expect(fitting(MISSES + 1, 100, (i) => (i < MISSES - 1 ? 500 : 30))).to.deep.equal([MISSES - 1, MISSES]);
  });

  it('takes nothing when nothing fits, and stops asking once the room is used up', () => {
    expect(fitting(2, 10, sizes([11, 12]))).to.deep.equal([]);
    const asked: number[] = [];
    fitting(5, 100, (i) => (asked.push(i), 50));
    expect(asked).to.deep.equal([0, 1]);
  });
});

describe('toEvict', () => {
  const feed = (key: string, size: number, usedAt: number) => ({ key: `party-news:feed:${key}`, size, usedAt });

  it('removes nothing while all of party-news fits', () => {
    expect(toEvict([feed('a', 300_000, 1), feed('b', 300_000, 2)], 200_000)).to.deep.equal([]);
  });

  it('removes the least recently used saved feeds first, only as many as needed', () => {
    const keys = [feed('new', 300_000, 30), feed('old', 300_000, 10), feed('mid', 300_000, 20)];
    expect(toEvict(keys, 200_000)).to.deep.equal(['party-news:feed:old']);
    expect(toEvict(keys, 200_000, 500_000)).to.deep.equal(['party-news:feed:old', 'party-news:feed:mid']);
    expect(ALL_KEYS).to.equal(1_000_000);
  });

  it('counts keys that are no saved feed but never removes them', () => {
    const textSize = { key: 'party-news:text-size', size: 950_000 };
    expect(toEvict([textSize, feed('a', 40_000, 1)], 20_000)).to.deep.equal(['party-news:feed:a']);
    expect(evictionOrder([textSize, feed('b', 1, 2), feed('a', 1, 1)]).map((k) => k.key)).to.deep.equal([
      'party-news:feed:a',
      'party-news:feed:b',
    ]);
  });
});

describe('savedCopy', () => {
  /** The seed feed's articles many times over, each a minute newer than the one before. */
  async function longFeed(copies: number) {
    const seed = await seedFeed();
    const base = seed.articles[0];
    const articles = Array.from({ length: copies }, (_, i) => ({
      ...base,
      id: `bai-${i}`,
      datePublished: new Date(Date.UTC(2022, 0, 1) + i * 60_000),
      related: i > 0 ? [`bai-${i - 1}`] : [],
    }));
    return { ...seed, articles };
  }

  it('keeps the newest articles whose text fits the room, as a feed read back by the same path', async () => {
    const feed = await longFeed(300);
    const copy = savedCopy(feed, SEED_URL, 50_000)!;
    expect(storedLength(copy)).to.be.at.most(50_000);
    const back = normalizeFeed(parseFeed(copy), { baseUrl: SEED_URL });
    expect(back.articles.length).to.be.within(5, 299);
    expect(back.articles[0].id).to.equal('bai-299');
    expect(back.articles.map((a) => a.id)).to.deep.equal(
      Array.from({ length: back.articles.length }, (_, i) => `bai-${299 - i}`),
    );
    // The oldest kept article's related one was left out: it is dropped, not reported as dangling.
    expect(back.problems).to.deep.equal([]);
    const [first] = back.articles;
    expect(first.contentHtml).to.equal(feed.articles[299].contentHtml);
    expect(first.image).to.deep.equal(feed.articles[299].image);
    expect(first.title).to.equal(feed.articles[299].title);
  });

  it('passes over an article too long for the room and keeps the newer-than-the-rest that fit', async () => {
    const feed = await longFeed(10);
    feed.articles[9] = { ...feed.articles[9], contentHtml: `<p>${'chữ '.repeat(30_000)}</p>` };
    const back = normalizeFeed(parseFeed(savedCopy(feed, SEED_URL, 60_000)!), { baseUrl: SEED_URL });
    expect(back.articles.map((a) => a.id)[0]).to.equal('bai-8');
  });

  it('keeps undated Atom entries when read back, each body read against its own xml:base', async () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Tin</title>
      <entry xml:base="https://b.example/khac/"><id>1</id><title>Có ngày</title><link href="bai-1"/>
        <updated>2022-03-30T09:00:00+07:00</updated><content type="html">&lt;img src="anh.jpg"&gt;</content></entry>
      <entry><id>2</id><title>Không ngày</title><link href="https://a.example/2"/></entry></feed>`;
    const url = 'https://a.example/atom/feed.xml';
    const feed = normalizeFeed(parseFeed(atom), { baseUrl: url });
    const back = normalizeFeed(parseFeed(savedCopy(feed, url, 10_000)!), { baseUrl: url });
    expect(back.articles.map((a) => [a.title, a.url, a.baseUrl])).to.deep.equal([
      ['Có ngày', 'https://b.example/khac/bai-1', 'https://b.example/khac/'],
      ['Không ngày', 'https://a.example/2', url],
    ]);
    expect(back.articles[0].contentHtml).to.equal(feed.articles[0].contentHtml);
  });

  it('gives nothing when not one article fits', async () => {
    expect(savedCopy(await longFeed(3), SEED_URL, 500)).to.equal(undefined);
  });
});
