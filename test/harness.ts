// The one test harness: the reference feed, what a reader sees inside an element (parts, cards,
// text), waits that name what they waited for, and fresh pages. Every test file imports from here
// rather than defining its own.
import { waitUntil } from '@open-wc/testing';

import { forgetFeeds } from '../src/model/feed-cache.js';
import { normalizeFeed } from '../src/model/normalize-feed.js';
import type { NormalizedFeed } from '../src/model/types.js';

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
