import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';

import type { PartyNewsFeed } from '../../src/feed/feed.js';
import type { PartyNewsReport } from '../../src/report/report.js';
import { cards, part, SEED_URL, seedFeed } from '../harness.js';
import { addStylesheet, BOOTSTRAP } from './host-page.js';

type PrintAnswer = { supported: true; pages: number } | { supported: false; reason: string };

// "In bài" printed the whole portal: masthead, menu, sidebars, footer. A real print (Chromium's
// print to PDF: the browser's own beforeprint, print media, afterprint) of a Bootstrap 3 portal
// page whose report sits in a feed's shadow root, and what is visible while it prints.
describe('hostile hosts: printing a report on a portal page', () => {
  const cleanup: (() => void)[] = [];
  afterEach(async () => {
    if (printMediaWorks) await emulateMedia({ media: 'screen' });
    cleanup.splice(0).forEach((undo) => undo());
    history.replaceState(null, '', location.pathname + location.search);
  });

  let printMediaWorks = false;
  /**
   * Print media, as the browser lays out a page while it prints: Chromium emulates it over CDP.
   * Firefox (WebDriver BiDi) and WebKit (WebDriver) have no such command: they say so and skip.
   */
  async function printMedia(ctx: Mocha.Context) {
    try {
      await emulateMedia({ media: 'print' });
      printMediaWorks = true;
    } catch (error) {
      console.log(
        `No print media emulation in this engine (${String(error).split(':').pop()!.trim()}): skipped, not faked.`,
      );
      ctx.skip();
    }
  }

  /** A portal: masthead, menu, a news column with the feed, a sidebar with another report, a footer. */
  async function portal() {
    cleanup.push(await addStylesheet(BOOTSTRAP));
    const page = document.createElement('div');
    page.innerHTML = `
      <header class="jumbotron" id="masthead"><h1>Cổng thông tin điện tử Đảng bộ tỉnh</h1></header>
      <nav class="navbar navbar-default" id="menu"><ul class="nav navbar-nav"><li><a href="#">Trang chủ</a></li></ul></nav>
      <div class="container"><div class="row">
        <main class="col-xs-8" id="main"><party-news-feed page-size="2"></party-news-feed></main>
        <aside class="col-xs-4" id="sidebar"><h2>Tin mới</h2><p>Thông báo lịch sinh hoạt chi bộ tháng 4</p></aside>
      </div></div>
      <footer class="well" id="footer">Bản quyền thuộc về Đảng bộ tỉnh</footer>`;
    document.body.append(page);
    cleanup.push(() => page.remove());
    const feed = page.querySelector<PartyNewsFeed>('party-news-feed')!;
    feed.src = SEED_URL;
    await feed.loadComplete;
    await waitUntil(() => cards(feed).length, 'the feed shows its cards');
    cards(feed)[0].querySelector<HTMLElement>('.link')!.click();
    await waitUntil(() => feed.shadowRoot!.querySelector('party-news-report'), 'the report opens in the feed');
    const report = feed.shadowRoot!.querySelector<PartyNewsReport>('party-news-report')!;
    await report.updateComplete;
    return { page, feed, report };
  }

  const shows = (el: Element | null) =>
    !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';

  /** What a reader would see on paper: recorded during the browser's beforeprint, after the report's. */
  function snapshotWhilePrinting(record: () => Record<string, boolean>) {
    const seen: Record<string, boolean>[] = [];
    const listener = () => seen.push(record());
    addEventListener('beforeprint', listener);
    cleanup.push(() => removeEventListener('beforeprint', listener));
    return seen;
  }

  function whatPrints(page: HTMLElement, feed: PartyNewsFeed, report: PartyNewsReport) {
    const r = report.shadowRoot!;
    return {
      masthead: shows(page.querySelector('#masthead')),
      menu: shows(page.querySelector('#menu')),
      sidebar: shows(page.querySelector('#sidebar')),
      footer: shows(page.querySelector('#footer')),
      "the feed's back button": shows(part(feed, 'back')),
      title: shows(part(report, 'title')),
      dateline: shows(part(report, 'meta')),
      sapo: shows(part(report, 'summary')),
      'both photos with captions': [...r.querySelectorAll('figure img, figcaption')].every(shows),
      body: shows(part(report, 'body')),
      byline: shows(part(report, 'byline')),
      'source URL': shows(part(report, 'source')),
      tools: shows(part(report, 'tools')),
      share: shows(part(report, 'share')),
      'related list': shows(part(report, 'related')),
    };
  }

  const ARTICLE_ONLY = {
    masthead: false,
    menu: false,
    sidebar: false,
    footer: false,
    "the feed's back button": false,
    title: true,
    dateline: true,
    sapo: true,
    'both photos with captions': true,
    body: true,
    byline: true,
    'source URL': true,
    tools: false,
    share: false,
    'related list': false,
  };

  it('prints the report alone on Ctrl+P (print to PDF in Chromium), and gives the page back after', async function () {
    const { page, feed, report } = await portal();
    const before = { document: document.adoptedStyleSheets.length, feed: feed.shadowRoot!.adoptedStyleSheets.length };
    await printMedia(this);
    const seen = snapshotWhilePrinting(() => whatPrints(page, feed, report));
    const answer = await executeServerCommand<PrintAnswer, object>('print-pdf', {});
    if (!answer.supported) {
      console.log(`No real print in this engine (${answer.reason}); the print layout is not checked here.`);
      this.skip();
    }
    expect(seen, 'the browser said beforeprint once').to.have.length(1);
    expect(seen[0]).to.deep.equal(ARTICLE_ONLY);
    expect(answer.pages, `the reference article on A4: ${answer.pages} pages`).to.be.within(1, 2);
    // afterprint gave the page back: no marks, no sheets left.
    expect(document.querySelector('[data-pn-print]')).to.equal(null);
    expect(feed.shadowRoot!.querySelector('[data-pn-print]')).to.equal(null);
    expect(document.adoptedStyleSheets.length).to.equal(before.document);
    expect(feed.shadowRoot!.adoptedStyleSheets.length).to.equal(before.feed);
    await emulateMedia({ media: 'screen' });
    expect(shows(page.querySelector('#masthead')), 'the portal on screen').to.equal(true);
  });

  it('with two reports on screen, Ctrl+P prints the page as is and "In bài" prints its own report', async function () {
    const { page, report } = await portal();
    const other = document.createElement('party-news-report') as PartyNewsReport;
    other.article = (await seedFeed()).articles[1];
    page.querySelector('#sidebar')!.append(other);
    await other.updateComplete;
    await printMedia(this);
    const seen = snapshotWhilePrinting(() => ({
      masthead: shows(page.querySelector('#masthead')),
      'the feed report': shows(part(report, 'body')),
      'the sidebar report': shows(part(other, 'title')),
    }));
    const answer = await executeServerCommand<PrintAnswer, object>('print-pdf', {});
    if (!answer.supported) {
      console.log(`No real print in this engine (${answer.reason}); the print layout is not checked here.`);
      this.skip();
    }
    expect(seen[0], 'Ctrl+P: two reports, no choice made for the reader').to.deep.equal({
      masthead: true,
      'the feed report': true,
      'the sidebar report': true,
    });
    // window.print() is synchronous in Chromium: it says beforeprint before it returns.
    const button = [...other.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="tools"] button')].find(
      (b) => b.textContent!.trim() === 'In bài',
    )!;
    button.click();
    expect(seen[1], '"In bài" in the sidebar report').to.deep.equal({
      masthead: false,
      'the feed report': false,
      'the sidebar report': true,
    });
    // Headless Chromium never says afterprint for window.print() (nor beforeprint for a print after
    // it), so what the button left behind is checked as the browser leaves it: print-only rules,
    // which change nothing on screen.
    await emulateMedia({ media: 'screen' });
    expect(shows(page.querySelector('#masthead')), 'the portal on screen').to.equal(true);
    expect(shows(part(report, 'body')), 'the feed report on screen').to.equal(true);
  });
});
