// Sharing a report: the share row after the article, copying its link, plain Facebook and Zalo
// links (and the Web Share API where there is one), and which page those links share.
import '../../src/report/define.js';

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import type { Article } from '../../src/model/types.js';
import type { PartyNewsReport } from '../../src/report/report.js';
import { reportControl, seedArticle, textOf } from '../harness.js';

describe('<party-news-report> share', () => {
  let seed: Article;
  before(async () => {
    seed = await seedArticle();
  });
  const render = () => fixture<PartyNewsReport>(html`<party-news-report .article=${seed}></party-news-report>`);
  const shareLink = (el: PartyNewsReport, name: string) => reportControl(el, name) as HTMLAnchorElement;

  it('offers sharing after the article, before its related list, in a labelled group', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 20rem"><party-news-report .article=${seed}></party-news-report></div>`,
    );
    const el = wrap.querySelector('party-news-report')!;
    const root = el.shadowRoot!;
    const share = root.querySelector<HTMLElement>('[part~="share"]')!;
    const group = share.querySelector('[role="group"]')!;
    expect(textOf(root.getElementById(group.getAttribute('aria-labelledby')!))).to.equal('Chia sẻ bài viết:');
    const order = (a: Element, b: Element) => a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING;
    expect(order(root.querySelector('[part~="body"]')!, share), 'after the body').to.be.ok;
    expect(order(share, root.querySelector('[part~="related"]')!), 'before the related list').to.be.ok;
    // The links a pre-rendered page has before its script first, the buttons the script adds after
    // them: appearing, the buttons push nothing sideways.
    expect([...group.children].map((c) => c.localName)).to.deep.equal(
      ['a', 'a', 'button'].concat(group.children.length === 4 ? ['button'] : []),
    );
    await expect(el).to.be.accessible();
  });

  it('copies the article link with a visible confirmation, by keyboard too', async () => {
    const el = await render();
    reportControl(el, 'Sao chép liên kết')!.focus();
    await sendKeys({ press: 'Enter' });
    const status = el.shadowRoot!.querySelector('.copy-status')!;
    await waitUntil(() => textOf(status) !== '', 'a confirmation');
    // Headless browsers may refuse clipboard access; then the link itself is shown to copy by hand.
    if (textOf(status) === 'Đã sao chép liên kết') {
      const copied = await navigator.clipboard.readText().catch(() => seed.url);
      expect(copied).to.equal(seed.url);
    } else {
      expect(textOf(status)).to.equal(`Chưa sao chép được. Liên kết bài: ${seed.url}`);
    }
    expect(status.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('shares through plain Facebook and Zalo links and the Web Share API where the browser has it', async () => {
    const el = await render();
    const facebook = shareLink(el, 'Chia sẻ lên Facebook (mở cửa sổ mới)');
    expect(facebook.href).to.equal(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(seed.url!)}`);
    const zalo = shareLink(el, 'Chia sẻ qua Zalo (mở cửa sổ mới)');
    expect(zalo.href).to.equal(`https://sp.zalo.me/share?url=${encodeURIComponent(seed.url!)}`);
    // They open beside the portal, never in its place, and say so to screen readers before the click.
    for (const a of [facebook, zalo]) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
      expect(
        a.querySelector('.visually-hidden')!.getBoundingClientRect().width,
        'the hint is for screen readers',
      ).to.be.at.most(1);
    }
    await expect(el).to.be.accessible();
    expect(Boolean(reportControl(el, 'Chia sẻ'))).to.equal(typeof navigator.share === 'function');
    expect(el.shadowRoot!.querySelectorAll('script, iframe')).to.have.length(0);
  });

  it("shares the article's own page when it has one, even shown in place; else this page", async () => {
    // Shown in place behind its #party-news= link: link previews still read the article's own page.
    history.replaceState(null, '', `#party-news=${encodeURIComponent(seed.id)}`);
    try {
      const inPlace = await render();
      expect(shareLink(inPlace, 'Chia sẻ qua Zalo (mở cửa sổ mới)').href).to.equal(
        `https://sp.zalo.me/share?url=${encodeURIComponent(seed.url!)}`,
      );
      const own = await fixture<PartyNewsReport>(
        html`<party-news-report lang="en" .article=${{ ...seed, url: undefined }}></party-news-report>`,
      );
      expect(shareLink(own, 'Share on Facebook (opens in a new window)').href).to.equal(
        `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(location.href)}`,
      );
      await expect(own).to.be.accessible();
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it("shares the article's pre-rendered page under share-base (party-news render's --site-url)", async () => {
    const el = await fixture<PartyNewsReport>(
      html`<party-news-report share-base="https://dangbo.example.gov.vn/tin/" .article=${seed}></party-news-report>`,
    );
    const page = `https://dangbo.example.gov.vn/tin/${seed.id}.html`;
    expect(shareLink(el, 'Chia sẻ lên Facebook (mở cửa sổ mới)').href).to.equal(
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(page)}`,
    );
    expect(shareLink(el, 'Chia sẻ qua Zalo (mở cửa sổ mới)').href).to.equal(
      `https://sp.zalo.me/share?url=${encodeURIComponent(page)}`,
    );
    // Not a URL: shared as if it were unset.
    el.shareBase = 'not a url';
    await el.updateComplete;
    expect(shareLink(el, 'Chia sẻ qua Zalo (mở cửa sổ mới)').href).to.equal(
      `https://sp.zalo.me/share?url=${encodeURIComponent(seed.url!)}`,
    );
  });
});
