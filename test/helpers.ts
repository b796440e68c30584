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

/** Opens `src` in an iframe of its own (a fresh page, its own element registry) and waits for load. */
export async function openFrame(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1024px;height:700px';
  frame.src = src;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}
