// Shared by the pre-rendering tests: a feed rendered by the real `party-news render` (through the
// test server's /render-site/ route), and its pages read as a browser reads them.
import { expect } from '@open-wc/testing';

export interface Rendered {
  site: string;
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Renders `feed` to a new site; its pages are under the returned path. */
export async function renderSite(feed: unknown): Promise<string> {
  const result = (await (
    await fetch('/render-site', { method: 'POST', body: JSON.stringify(feed) })
  ).json()) as Rendered;
  expect(result.exitCode, result.stderr).to.equal(0);
  return result.site;
}

/**
 * A `before` hook that renders `feed` once, with time for it: the first render spawns `party-news
 * render` (Node, jsdom, Lit's SSR), seconds on a loaded 2-core machine running three browsers,
 * where a test's own 10 s went on it. Later renderSite calls for the same feed are answered from
 * the server's cache.
 */
export const renderedFirst = (feed: unknown) =>
  async function (this: Mocha.Context) {
    this.timeout(60_000);
    await renderSite(feed);
  };

/**
 * A page's <body> in this document, parsed as a page is (declarative shadow roots attached), with
 * its data but without running its script.
 */
export async function pageBody(site: string, page: string, { attach = true } = {}): Promise<HTMLElement> {
  const html = await (await fetch(`${site}/${page}`)).text();
  const holder = document.createElement('div');
  holder.setHTMLUnsafe(html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>')));
  holder.querySelectorAll('script[src]').forEach((s) => s.remove());
  // Unattached, the markup is still parsed in this document (its images load, their handlers
  // would run) but costs no style or layout: for scanning hundreds of pages.
  if (attach) document.body.append(holder);
  return holder;
}

/** Every element in the shadow trees under `root`, in document order. */
export function shadowElements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) =>
    node.querySelectorAll('*').forEach((el) => (found.push(el), el.shadowRoot && visit(el.shadowRoot)));
  root.querySelectorAll('*').forEach((el) => el.shadowRoot && visit(el.shadowRoot));
  return found;
}

/** Runs the site's script (dist/party-news.hydrate.iife.js, as render copied it) in this document. */
export const runScript = (site: string) =>
  new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), {
      src: `${site}/assets/party-news.hydrate.iife.js`,
    });
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
