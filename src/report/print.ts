// Printing a report prints the article, not the portal around it (masthead, menu, sidebars,
// footer), whatever the portal's own print styles. The report's shadow styles can only hide its own
// tools; what surrounds it lives in the page, and maybe in a feed's shadow root. So, while the page
// prints, the report and each element that holds it are marked, and one sheet, adopted on the
// document and on every shadow root along that path, hides everything beside them and lets each
// holder step aside (no column width, float, margin or background of its own). A constructable
// stylesheet, not a <style> element: portals run `style-src 'self'` and Trusted Types. Its rules
// are print-only, so a browser that never says `afterprint` leaves the screen untouched.
import { html } from 'lit';

import { composedAncestors } from '../shared/composed-path.js';
import type { Translate } from '../shared/element.js';
import { PageRegistry } from '../shared/page-registry.js';
import { ReaderTool } from './reader-tool.js';

const MARK = 'data-pn-print';
// `:not(#_#_#_)` adds the weight of three ids: the portal's own `!important` print rules, even
// ones written with an id, lose to these. `:host >` reaches the top of a shadow root on the path.
const HOLDER = `[${MARK}]:not(#_#_#_)`;
const BESIDE = `>:not([${MARK}]):not(#_#_#_)`;
// Each holder steps aside: no box, place, size or look of its own.
const STEP_ASIDE = `display:block position:static float:none inset:auto width:auto max-width:none min-width:0
  height:auto max-height:none min-height:0 margin:0 padding:0 border:0 background:none box-shadow:none
  transform:none overflow:visible visibility:visible opacity:1 columns:auto`
  .split(/\s+/)
  .map((declaration) => `${declaration}!important`)
  .join(';');
const CSS = `@media print{${HOLDER}{${STEP_ASIDE}}[${MARK}]${BESIDE},:host${BESIDE}{display:none!important}}`;

let sheet: CSSStyleSheet | undefined;
const shown = new PageRegistry<HTMLElement>(
  () => {
    addEventListener('beforeprint', beforePrint);
    addEventListener('afterprint', restore);
  },
  () => {
    restore();
    removeEventListener('beforeprint', beforePrint);
    removeEventListener('afterprint', restore);
  },
);
let chosen: HTMLElement | undefined;
let undo: (() => void) | undefined;

/** Marks `report` and its holders up to the document, and adopts the sheet where they live. */
function isolate(report: HTMLElement): () => void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  const print = sheet;
  const marked: Element[] = [];
  const roots = new Set<Document | ShadowRoot>();
  for (const el of composedAncestors(report)) {
    el.setAttribute(MARK, '');
    marked.push(el);
    roots.add(el.getRootNode() as Document | ShadowRoot);
  }
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, print];
  return () => {
    for (const el of marked) el.removeAttribute(MARK);
    for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== print);
  };
}

function restore(): void {
  undo?.();
  undo = undefined;
}

// Ctrl+P (or the browser's menu) prints the one report on screen; with none, or with several and
// no print button pressed, the page prints as the portal styled it.
function beforePrint(): void {
  restore();
  const onScreen = [...shown.members].filter(
    (r) => r.getClientRects().length && r.shadowRoot?.querySelector('article'),
  );
  const report = chosen ?? (onScreen.length === 1 ? onScreen[0] : undefined);
  if (report) undo = isolate(report);
}

/** The report's "In bài" button: prints this report alone. */
export function printReport(report: HTMLElement): void {
  chosen = report;
  try {
    window.print();
  } finally {
    chosen = undefined;
  }
}

/** Registers a connected report as one that Ctrl+P may print alone, and renders its "In bài" button. */
export class PrintAlone extends ReaderTool {
  override hostConnected(): void {
    shown.join(this.host);
  }

  override hostDisconnected(): void {
    shown.leave(this.host);
  }

  render(t: Translate) {
    return html`<button type="button" class="tool" @click=${() => printReport(this.host)}>${t('print')}</button>`;
  }
}
