import { expect } from '@open-wc/testing';

import { normalizeFeed } from '../../src/model/items/normalize-feed.js';
import { countProblems, feedDetails, problemLine } from '../../src/model/items/problem-summary.js';
import { parseFeed } from '../../src/model/reading/parse-feed.js';
import type { Problem } from '../../src/model/types.js';

const problem = (item: string, index: number, field: string, dropped: Problem['dropped'], message = 'is wrong') => ({
  item,
  index,
  field,
  message,
  dropped,
});
const read = async (path: string) => {
  const url = new URL(path, location.href).href;
  return normalizeFeed(parseFeed(await (await fetch(url)).text()), { baseUrl: url });
};

describe('countProblems and problemLine', () => {
  it('counts each skipped item once, repairs of the feed, and fields dropped', () => {
    const problems = [
      problem('feed', -1, 'xml', 'none', 'The feed is not well-formed XML; repaired: 1 bare "&".'),
      problem('#1', 1, 'id', 'item', 'is required'),
      problem('#1', 1, 'title', 'item', 'is required'),
      problem('b', 2, 'image', 'field'),
      problem('c', 3, 'pubDate', 'none', 'no time zone'),
      problem('c', 4, 'id', 'item', 'duplicates an earlier item; the first is kept'),
    ];
    expect(countProblems(problems)).to.deep.equal({ skipped: 2, repaired: 1, dropped: 1 });
    expect(problemLine(problems, 18, 'see there')).to.equal(
      '2 of 20 items skipped, 1 repair, 1 field dropped; first: item "feed", field "xml" The feed is not well-formed XML; repaired: 1 bare "&"; see there',
    );
    expect(problemLine(problems.slice(1, 3), 1, 'see there')).to.equal(
      '1 of 2 items skipped; first: item "#1", field "id" is required; see there',
    );
  });

  it('says nothing when every item is shown and the feed needed no repair', () => {
    const quiet = [
      problem('a', 0, 'pubDate', 'none', '"9/16/2026 10:30:00 AM": no time zone'),
      problem('a', 0, 'authors', 'field', 'is an e-mail address, not a name; left out'),
      problem('feed', -1, 'home_page_url', 'field'),
    ];
    expect(problemLine(quiet, 1, 'see there')).to.equal(undefined);
    expect(problemLine([], 0, 'see there')).to.equal(undefined);
  });

  it('is quiet for the .NET CMS feed, whose dates have no zone, and speaks for one with broken items', async () => {
    const dotnet = await read('/test/fixtures/feeds/vn-cms-dotnet.rss.xml');
    expect(dotnet.articles).to.have.length(3);
    expect(dotnet.problems.length, 'the problems are still all there for check').to.be.above(0);
    expect(problemLine(dotnet.problems, dotnet.articles.length, '')).to.equal(undefined);
    const broken = await read('/test/fixtures/feeds/ill-formed-broken-item.rss.xml');
    expect(problemLine(broken.problems, broken.articles.length, '')).to.match(
      /^1 of 3 items skipped, 1 repair; first: /,
    );
  });

  it('points a feed at party-news check on its address, resolved', () => {
    expect(feedDetails('tin.rss', 'https://dangbo.example.gov.vn/trang/')).to.equal(
      `run "npx party-news check https://dangbo.example.gov.vn/trang/tin.rss" for details, or read party-news-load's detail.skipped`,
    );
    expect(feedDetails(undefined, 'https://dangbo.example.gov.vn/')).to.equal(
      "party-news-load's detail.skipped lists them all",
    );
  });
});
