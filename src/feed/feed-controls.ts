// The controls a portal's news page puts around its list: category tabs, "Xem theo ngày" (one
// day's news) and numbered pages. Plain templates, like feed-states.ts; the feed keeps their state
// and renders them.
import { html, nothing } from 'lit';

import { pageItems } from '../model/browsing/pages.js';
import type { Category } from '../model/types.js';
import type { Translate } from '../shared/element.js';

/** A tab: `key` undefined is "Tất cả" / "All". */
export interface Tab {
  key?: string;
  label: string;
}

/** "Tất cả" first, then each choice: the feed's categories in the order they first appear, or its units. */
export const tabsFor = (say: Translate, choices: readonly Required<Tab>[]): Tab[] => [
  { label: say('allNews') },
  ...choices,
];

export const categoryTabs = (categories: readonly Category[]) => categories.map((c) => ({ key: c.id, label: c.name }));

export const tabId = (index: number) => `tab-${index}`;
export const PANEL_ID = 'tab-panel';

/**
 * The WAI-ARIA tabs pattern, activated on focus: one tab in the tab order (the selected one);
 * Left/Right move to the previous/next tab (wrapping), Home/End to the first/last, each choosing it.
 */
export function tabsTemplate(say: Translate, tabs: readonly Tab[], selected: number, choose: (index: number) => void) {
  const onKeydown = (event: KeyboardEvent) => {
    const last = tabs.length - 1;
    const to = { ArrowRight: selected + 1, ArrowLeft: selected - 1, Home: 0, End: last }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    choose(to > last ? 0 : to < 0 ? last : to);
  };
  return html`<div part="tabs" class="tabs" role="tablist" aria-label=${say('sections')} @keydown=${onKeydown}>
    ${tabs.map(
      (tab, i) =>
        html`<button
          part="tab"
          class="tab"
          type="button"
          role="tab"
          id=${tabId(i)}
          aria-selected=${i === selected ? 'true' : 'false'}
          aria-controls=${PANEL_ID}
          tabindex=${i === selected ? 0 : -1}
          @click=${() => choose(i)}
        >
          ${tab.label}
        </button>`,
    )}
  </div>`;
}

/** "Xem theo ngày": a labelled date input (`day` is "2022-03-30" or ''), and a way back to every day. */
export function archiveTemplate(say: Translate, day: string, change: (day: string) => void) {
  return html`<div part="archive" class="archive">
    <label for="day">${say('byDate')}</label>
    <input
      part="date"
      id="day"
      type="date"
      .value=${day}
      @change=${(event: Event) => change((event.target as HTMLInputElement).value)}
    />
    ${
      day
        ? html`<button part="clear-date" class="link" type="button" @click=${() => change('')}>${say('allDates')}</button>`
        : nothing
    }
  </div>`;
}

/** Numbered pages in a labelled <nav>: previous, the pages ("1 … 4 5 6 … 20"), next. */
export function pagesTemplate(say: Translate, current: number, total: number, go: (page: number) => void) {
  const step = (page: number, label: string, text: string) =>
    html`<li>
      <button class="page-step" type="button" aria-label=${label} ?disabled=${page < 1 || page > total} @click=${() => go(page)}>
        <span aria-hidden="true">${text}</span>
      </button>
    </li>`;
  return html`<nav part="pages" class="pages" aria-label=${say('pagination')}>
    <ul>
      ${step(current - 1, say('previousPage'), '‹')}
      ${pageItems(current, total).map((item) =>
        item === 'gap'
          ? html`<li class="gap" aria-hidden="true">…</li>`
          : html`<li>
              <button
                part="page"
                class="page"
                type="button"
                aria-label=${say('page', { page: item })}
                aria-current=${item === current ? 'page' : nothing}
                @click=${() => go(item)}
              >
                ${item}
              </button>
            </li>`,
      )}
      ${step(current + 1, say('nextPage'), '›')}
    </ul>
  </nav>`;
}
