import { expect } from '@open-wc/testing';

import { relatedOrMore } from '../../src/model/browsing/browse.js';
import { seedFeed } from '../harness.js';

describe('relatedOrMore', () => {
  it('gives the related list when there is one', async () => {
    const { articles } = await seedFeed();
    const { items, more } = relatedOrMore(articles[0], articles);
    expect(more).to.equal(false);
    expect(items.map((a) => a.title)).to.deep.equal(articles.slice(1).map((a) => a.title));
  });

  it('gives the newest other articles, at most `max`, when nothing is related', async () => {
    const { articles } = await seedFeed();
    const lone = { ...articles[3], category: undefined, tags: ['không'], related: [] };
    const feed = [...articles.slice(0, 3), lone];
    const { items, more } = relatedOrMore(lone, feed);
    expect(more).to.equal(true);
    expect(items.map((a) => (a as { id: string }).id)).to.deep.equal([
      'nhnn-lang-son-2022-03-30',
      'dang-uy-khoi-hoc-tap-nghi-quyet-2022-03-15',
      'chi-bo-so-tai-chinh-sinh-hoat-2022-03-10',
    ]);
    expect(relatedOrMore(lone, feed, 2).items).to.have.length(2);
    expect(relatedOrMore(lone, [lone])).to.deep.equal({ items: [], more: true });
  });
});
