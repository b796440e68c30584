// The hostile host pages of #13, built in the test's own document so axe and Lit's warnings see the
// elements: a portal's stylesheet is a real <link> (Bootstrap 3.4.1 from node_modules, the
// portal styles of test/pages/hosts/portal.css), added and removed around the same elements.
import '../../src/index.js';

import { waitUntil } from '@open-wc/testing';

import type { PartyNewsCard } from '../../src/card/card.js';
import type { PartyNewsFeed } from '../../src/feed/feed.js';
import type { Article } from '../../src/model/types.js';
import type { PartyNewsRelated } from '../../src/related/related.js';
import type { PartyNewsReport } from '../../src/report/report.js';
import { cards, part, SEED_URL, seedFeed } from '../harness.js';

export const BOOTSTRAP = '/node_modules/bootstrap/dist/css/bootstrap.min.css';
export const PORTAL = '/test/pages/hosts/portal.css';

/** Adds a stylesheet to the page and resolves once it applies; returns its removal. */
export async function addStylesheet(href: string): Promise<() => void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', () => reject(new Error(`${href} did not load`)), { once: true });
  });
  document.head.append(link);
  await loaded;
  return () => link.remove();
}

export interface Elements {
  feed: PartyNewsFeed;
  card: PartyNewsCard;
  report: PartyNewsReport;
  related: PartyNewsRelated;
}

/**
 * A Bootstrap 3 portal column (container, row, col) holding every element, each in a box of the
 * same fixed width, so the page's own widths never decide how text wraps.
 */
export async function portalColumn(
  columnClass = '',
  setup?: (page: HTMLElement) => void,
): Promise<{ page: HTMLElement; els: Elements }> {
  const page = document.createElement('div');
  page.className = 'container';
  page.innerHTML = `<div class="row"><div class="col-xs-12 ${columnClass}">
    <div class="panel panel-default"><div class="panel-body"><div class="box" style="width: 720px">
      <party-news-feed searchable page-size="2"></party-news-feed>
      <party-news-card></party-news-card>
      <party-news-report></party-news-report>
      <party-news-related></party-news-related>
    </div></div></div>
  </div></div>`;
  // Before the elements render: links fade their colour in (a transition), so a scheme changed
  // afterwards would be measured mid-fade.
  setup?.(page);
  document.body.append(page);
  const els = {
    feed: page.querySelector('party-news-feed')!,
    card: page.querySelector('party-news-card')!,
    report: page.querySelector('party-news-report')!,
    related: page.querySelector('party-news-related')!,
  };
  const { articles } = await seedFeed();
  const article: Article = articles[0];
  els.feed.src = SEED_URL;
  els.card.article = article;
  els.report.article = article;
  els.report.related = articles.slice(1);
  els.related.articles = articles.slice(1);
  await els.feed.loadComplete;
  await Promise.all(Object.values(els).map((el) => el.updateComplete));
  await waitUntil(() => cards(els.feed).length === 2, 'the feed shows its first two cards');
  return { page, els };
}

const px = (el: Element | null | undefined, property: string) =>
  el ? parseFloat(getComputedStyle(el).getPropertyValue(property)) : NaN;
const height = (el: Element | null | undefined) => el?.getBoundingClientRect().height ?? NaN;

/** The sizes a reader sees: each font size, and the height of whole elements and controls. */
export function sizes({ feed, card, report, related }: Elements): Record<string, number> {
  const r = report.shadowRoot!;
  const f = feed.shadowRoot!;
  return {
    'card title': px(part(card, 'title'), 'font-size'),
    'card dateline': px(part(card, 'meta'), 'font-size'),
    'card category': px(part(card, 'category'), 'font-size'),
    'card summary': px(part(card, 'summary'), 'font-size'),
    'card height': height(card),
    'feed search label': px(f.querySelector('label'), 'font-size'),
    'feed search box height': height(part(feed, 'search')),
    'feed card title': px(f.querySelector('[part~="title"]'), 'font-size'),
    '"Xem thêm" height': height(part(feed, 'more')),
    'feed height': height(feed),
    'report title': px(part(report, 'title'), 'font-size'),
    'report dateline': px(part(report, 'meta'), 'font-size'),
    'report sapo': px(part(report, 'summary'), 'font-size'),
    'report body': px(part(report, 'body'), 'font-size'),
    'report body line height': px(r.querySelector('.body p'), 'line-height'),
    'report caption': px(r.querySelector('figcaption'), 'font-size'),
    'report byline': px(part(report, 'byline'), 'font-size'),
    'report tool button height': height(r.querySelector('[part~="tools"] button')),
    'report tool button width': r.querySelector('[part~="tools"] button')?.getBoundingClientRect().width ?? NaN,
    'report column width': part(report, 'base')?.getBoundingClientRect().width ?? NaN,
    'report height': height(report),
    'related heading': px(part(related, 'heading'), 'font-size'),
    'related link': px(part(related, 'link'), 'font-size'),
    'related height': height(related),
  };
}
