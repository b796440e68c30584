// Shared by the hostile-host tests that load whole pages (host-page.ts builds hosts in the test's own
// document instead): a portal page (test/pages/hosts/) in an iframe of its own, and
// what a reader sees in its feeds. The page runs the script-tag bundle, as portals do.
import { waitUntil } from '@open-wc/testing';

import { openFrame } from '../harness.js';

type AxeResults = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
export type HostWindow = Window &
  typeof globalThis & { notFound?: string[]; axe?: { run(context: Element): Promise<AxeResults> } };

export interface HostPage {
  frame: HTMLIFrameElement;
  win: HostWindow;
  doc: Document;
  feed(id: string): HTMLElement;
}

/** Opens the host page `src` in an iframe; `page.doc` and `page.feed()` follow it across reloads. */
export async function openHost(src: string, size = { width: 1024, height: 700 }): Promise<HostPage> {
  const frame = await openFrame(src);
  frame.style.cssText = `width:${size.width}px;height:${size.height}px;border:0`;
  return {
    frame,
    get win() {
      return frame.contentWindow as HostWindow;
    },
    get doc() {
      return frame.contentDocument!;
    },
    feed(id: string) {
      return frame.contentDocument!.getElementById(id)!;
    },
  };
}

/** Reloads the page in the frame, as the reader's browser does (history.state kept), and waits for it. */
export async function reload(page: HostPage): Promise<void> {
  const loaded = new Promise((resolve) => page.frame.addEventListener('load', resolve, { once: true }));
  page.win.location.reload();
  await loaded;
}

export const cardsOf = (feed: Element) => [...(feed.shadowRoot?.querySelectorAll<HTMLElement>('[part~="card"]') ?? [])];
export const cardLink = (feed: Element, id: string) =>
  feed.shadowRoot?.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"] .link`) ?? null;
type Report = HTMLElement & { updateComplete: Promise<boolean>; article?: { id: string } };
export const reportOf = (feed: Element) => feed.shadowRoot?.querySelector<Report>('party-news-report') ?? null;
export const backButton = (feed: Element) => feed.shadowRoot!.querySelector<HTMLElement>('[part~="back"]')!;
/** The JSON-LD blocks in the page's <head>. */
export const jsonLd = (page: HostPage) => page.doc.head.querySelectorAll('script[type="application/ld+json"]');

export const listShown = (feed: Element, n: number) =>
  waitUntil(() => !reportOf(feed) && cardsOf(feed).length >= n, `#${feed.id} shows its list of ${n}+ cards`, {
    timeout: 8000,
  });

export const reportShown = (feed: Element, id: string) =>
  waitUntil(
    () => reportOf(feed)?.article?.id === id && reportOf(feed)!.shadowRoot?.querySelector('.title'),
    `#${feed.id} shows report ${id}`,
    { timeout: 8000 },
  );

/** Focus, as the page's own document sees it: on the card link of `id` inside `feed`. */
export const focusedOnCard = (page: HostPage, feed: Element, id: string) =>
  waitUntil(
    () => page.doc.activeElement === feed && feed.shadowRoot!.activeElement === cardLink(feed, id),
    `focus on #${feed.id}'s card ${id}`,
  );

/**
 * The page's element checked with axe, as `expect(el).to.be.accessible()` does in the test's own
 * document: axe runs in the document that holds the element, so it is loaded into the page.
 */
export async function expectAccessible(page: HostPage, el: Element): Promise<void> {
  if (!page.win.axe) {
    const script = page.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    page.doc.head.append(script);
    await loaded;
  }
  const { violations } = await page.win.axe!.run(el);
  const found = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  if (found.length) throw new Error(`Accessibility violations in #${el.id}:\n${found.join('\n')}`);
}

/**
 * WebKitGTK's WebDriver: after a file's tests traverse history (Back, Forward, reload) in frames,
 * navigating the test page away (web-test-runner ends every file so) sometimes never answers,
 * and the run waits minutes for a timeout (seen once in four fresh CI runs, on the hash-router
 * file, after its tests had passed). Files that do so skip WebKit, saying why; the same behaviour
 * runs in Chromium and Firefox.
 */
export function skipWhereFrameHistoryHangs(ctx: Mocha.Context): void {
  const webKitGtk = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox|Edg/.test(navigator.userAgent);
  if (!webKitGtk) return;
  console.log(
    `${ctx.test?.parent?.title}: skipped in WebKitGTK, whose WebDriver can hang after history traversal in frames`,
  );
  ctx.skip();
}
