// A portal that switches its page's language (`<html lang>`) re-renders every party-news element
// that takes its language from the page, and stops watching once none is left on it.
import '../../src/report/define.js';

import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import type { PartyNewsReport } from '../../src/report/report.js';
import { seedArticle, textOf } from '../harness.js';

const label = (el: PartyNewsReport) => textOf(el.shadowRoot!.querySelector('[part~="meta"] .label'));

describe("the page's language", () => {
  const original = document.documentElement.getAttribute('lang');
  afterEach(() =>
    original === null
      ? document.documentElement.removeAttribute('lang')
      : document.documentElement.setAttribute('lang', original),
  );

  it('re-renders reports that follow it when the portal switches it, and none that set their own', async () => {
    document.documentElement.lang = 'vi';
    const article = await seedArticle();
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <party-news-report .article=${article}></party-news-report>
        <party-news-report lang="vi" .article=${article}></party-news-report>
      </div>`,
    );
    const [follows, own] = wrap.querySelectorAll<PartyNewsReport>('party-news-report');
    await Promise.all([follows.updateComplete, own.updateComplete]);
    expect([label(follows), label(own)]).to.deep.equal(['Đăng lúc', 'Đăng lúc']);

    document.documentElement.lang = 'en';
    await waitUntil(() => label(follows) === 'Published', 'the report that follows the page speaks English');
    expect(label(own)).to.equal('Đăng lúc');
    await expect(follows).to.be.accessible();

    // Gone from the page, a report no longer follows it; back on it, it follows it again.
    follows.remove();
    document.documentElement.lang = 'vi';
    wrap.append(follows);
    await waitUntil(() => label(follows) === 'Đăng lúc', 'back on the page, it reads the page again');
    document.documentElement.lang = 'en';
    await waitUntil(() => label(follows) === 'Published', 'and follows it from then on');
  });
});
