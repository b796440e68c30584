// The one test harness: the reference feed, what a reader sees inside an element (parts, cards,
// text), waits that name what they waited for, and fresh pages. Every test file imports from here
// rather than defining its own.
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

import type { PartyNewsFeed } from '../src/feed/feed.js';
import { normalizeFeed } from '../src/model/items/normalize-feed.js';
import { forgetFeeds } from '../src/model/reading/feed-cache.js';
import type { Article, NormalizedFeed } from '../src/model/types.js';
import type { PartyNewsReport } from '../src/report/report.js';
import type { PartyNewsEvent } from '../src/shared/events.js';

export const SEED_URL = new URL('/fixtures/feeds/seed.json', location.href).href;
export const SEED_ID = 'nhnn-lang-son-2022-03-30';

/** The reference feed as JSON, fresh each call so tests can mutate it. */
export async function seedJson(): Promise<{ items: Record<string, unknown>[] } & Record<string, unknown>> {
  const response = await fetch(SEED_URL);
  return response.json();
}

export async function seedFeed(): Promise<NormalizedFeed> {
  return normalizeFeed(await seedJson(), { baseUrl: SEED_URL });
}

/** The reference feed's newest article, the one the report tests read. */
export async function seedArticle(): Promise<Article> {
  return (await seedFeed()).articles[0];
}

/** Visible text of a shadow root (or element), whitespace collapsed. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Collects console.warn calls while `run` executes. */
export async function captureWarnings(run: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Collects every console line (warn, error, log, info) written while `run` executes, as "method: text". */
export async function captureConsole(run: () => unknown): Promise<string[]> {
  const lines: string[] = [];
  const methods = ['warn', 'error', 'log', 'info'] as const;
  const originals = methods.map((m) => console[m]);
  methods.forEach((m) => (console[m] = (...args: unknown[]) => lines.push(`${m}: ${args.join(' ')}`)));
  try {
    await run();
  } finally {
    methods.forEach((m, i) => (console[m] = originals[i]));
  }
  return lines;
}

/** Opens `src` in an iframe of its own (a fresh page, its own element registry) and waits for load. */
export async function openFrame(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1024px;height:700px';
  frame.src = src;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

/** A unique key for the fault server's per-test routes (/faults/once/<key> …). */
export const uid = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** The first element of `el`'s shadow root with this part name. */
export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** The cards a feed shows (their <article>s, rendered straight into its list). */
export function cards(el: Element): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="card"]')];
}

/** Resolves when a feed has settled: cards, an error or the empty state; fails naming what it waited for. */
export async function feedSettled<T extends Element>(el: T, timeout = 8000): Promise<T> {
  await waitUntil(
    () => cards(el).length > 0 || part(el, 'error') || part(el, 'empty'),
    `<${el.localName}> did not show cards, an error or the empty state`,
    { timeout },
  );
  return el;
}

/**
 * A feed test's clean slate, before and after each test: no saved feeds, and the page's URL
 * without a `#party-news=` hash (the test runner's own query string kept: it names the session).
 */
export function freshFeedPage(): void {
  forgetFeeds();
  history.replaceState(null, '', location.pathname + location.search);
}

/** A report's tool button or share control with this visible name, or undefined when it shows none. */
export function reportControl(el: PartyNewsReport, name: string): HTMLElement | undefined {
  const controls = el.shadowRoot!.querySelectorAll<HTMLElement>(
    '[part~="tools"] button, [part~="share"] button, [part~="share"] a',
  );
  return [...controls].find((control) => textOf(control) === name);
}

/** The link of a feed's card: what a reader clicks, or tabs to, to open the article. */
export function cardLink(card: Element): HTMLAnchorElement {
  return card.querySelector<HTMLAnchorElement>('.link')!;
}

/** The titles of the cards a feed shows, in their order on screen. */
export function cardTitles(el: Element): string[] {
  return cards(el).map((card) => textOf(cardLink(card)));
}

/** The report a feed shows in place of its list, or null while the list shows. */
export function reportIn(el: Element): PartyNewsReport | null {
  return el.shadowRoot!.querySelector<PartyNewsReport>('party-news-report');
}

/** A feed (in a wrapping <div>, its events' listener) reading `src` with these attributes, once settled. */
export async function feedAt(src: string, attrs = ''): Promise<PartyNewsFeed> {
  const wrap = await fixture<HTMLDivElement>(`<div><party-news-feed src="${src}" ${attrs}></party-news-feed></div>`);
  return feedSettled(wrap.querySelector<PartyNewsFeed>('party-news-feed')!);
}

/** A feed reading `src`, and the detail of the party-news-load event it fires (listened for before it starts). */
export async function feedWithLoadEvent(
  src: string,
): Promise<{ el: PartyNewsFeed; detail: PartyNewsEvent<'party-news-load'>['detail'] }> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('party-news-feed');
  const event = oneEvent(wrap, 'party-news-load');
  el.src = src;
  wrap.append(el);
  return { el, detail: (await event).detail };
}
