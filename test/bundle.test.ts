import '../src/index.js';

import { expect, waitUntil } from '@open-wc/testing';

import { openFrame } from './harness.js';

type PageWindow = Window & typeof globalThis & { PartyNews: Record<string, unknown>; pageErrors: string[] };

const load = openFrame;

describe('dist/party-news.iife.js by a plain script tag', () => {
  let frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    frames.forEach((f) => f.remove());
    frames = [];
  });

  it('carries the notices of the Lit and DOMPurify it bundles, with their licence texts beside it', async () => {
    const bundle = await (await fetch('/dist/party-news.iife.js')).text();
    // At the top (the test server may put a "use strict" of its own above it).
    const notice = bundle.slice(bundle.indexOf('/*!'), bundle.indexOf('*/') + 2);
    expect(bundle.indexOf('/*!')).to.be.within(0, 20);
    expect(notice).to.match(/^\/\*! party-news \d+\.\d+\.\d+ \(MIT\)/);
    expect(notice).to.contain('Lit 3.').and.to.contain('Google LLC, BSD-3-Clause');
    expect(notice).to.contain('DOMPurify 3.').and.to.contain('Apache-2.0 or MPL-2.0');
    const response = await fetch('/dist/party-news.iife.js.LICENSE.txt');
    expect(response.ok).to.equal(true);
    const texts = await response.text();
    for (const licence of [
      'MIT License',
      'BSD 3-Clause License',
      'Copyright (c) 2017 Google LLC',
      'Apache License',
      'Version 2.0, January 2004',
    ]) {
      expect(texts, licence).to.contain(licence);
    }
  });

  it('defines the elements, exposes PartyNews and renders the seed report, even when loaded twice', async () => {
    const frame = await load('/test/pages/script-tag.html');
    frames.push(frame);
    const win = frame.contentWindow as PageWindow;
    for (const tag of ['party-news-feed', 'party-news-card', 'party-news-report', 'party-news-related']) {
      expect(win.customElements.get(tag), tag).to.be.a('function');
    }
    expect(win.PartyNews.version).to.match(/^\d+\.\d+\.\d+/);
    expect(win.PartyNews.PartyNewsReport).to.equal(win.customElements.get('party-news-report'));
    expect(win.PartyNews.PartyNewsFeed).to.equal(win.customElements.get('party-news-feed'));
    expect(win.PartyNews.normalizeFeed).to.be.a('function');

    const report = win.document.getElementById('report')!;
    await waitUntil(() => report.shadowRoot?.querySelector('h1'), 'report did not render');
    expect(report.shadowRoot!.querySelector('h1')!.textContent).to.contain('Đảng ủy Ngân hàng Nhà nước tỉnh Lạng Sơn');
    expect(report.shadowRoot!.querySelectorAll('figure figcaption')).to.have.length(2);
    expect(report.shadowRoot!.querySelector('time')!.textContent).to.equal('30-03-2022 11:32');
    expect(win.pageErrors).to.deep.equal([]);
  });

  it("adds nothing to the page but the elements, PartyNews and Lit's version arrays", async () => {
    const blank = await load('/test/pages/blank.html');
    const page = await load('/test/pages/script-tag.html');
    frames.push(blank, page);
    const before = new Set(Object.keys(blank.contentWindow!));
    const added = Object.keys(page.contentWindow!).filter((k) => !before.has(k) && k !== 'pageErrors');
    // litPropertyMetadata is Lit's own, like its version arrays.
    const allowed = [
      'PartyNews',
      'litHtmlVersions',
      'litElementVersions',
      'reactiveElementVersions',
      'litPropertyMetadata',
    ];
    expect(added.filter((k) => !allowed.includes(k))).to.deep.equal([]);
  });

  it('loads beside the ES build on the same page without throwing', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const script = document.createElement('script');
    script.src = '/dist/party-news.iife.js';
    document.head.append(script);
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(customElements.get('party-news-card')).to.be.a('function');
  });
});
