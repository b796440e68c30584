import { css } from 'lit';

export const feedStyles = css`
  :host {
    /* Its surface reaches a little past its text on a page of another colour (a dark portal): a
       shadow, not padding, so nothing moves where the page has the surface's colour. */
    box-shadow: 0 0 0 0.5em var(--_surface);
    --_feed-gap: var(--pn-feed-gap, 1em);
    --_feed-column: var(--pn-feed-column-min, 16em);
    --_button-bg: var(--pn-feed-button-background, var(--_accent));
    --_button-fg: var(--pn-feed-button-color, var(--_on-accent));
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(var(--_feed-column), 100%), 1fr));
    gap: var(--_feed-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* One column needs no grid: a flex column lays out a thousand cards in far less time. */
  :host(:is([layout='list'], [layout='compact'])) .list {
    display: flex;
    flex-direction: column;
  }
  :host([layout='compact']) .list {
    gap: 0;
  }
  /* Cards out of view cost no layout or paint until they near the screen, so a thousand-card page
     paints as soon as its first screen. Each reserves a card's usual height (measured at 360 to
     1200 px wide), then keeps its real one once laid out (auto), so nothing on screen moves. They
     stay in find-in-page, the accessibility tree and the tab order. The first 24 are always laid
     out: a feed of a few pages is exactly as tall as its cards, for portals that measure columns. */
  .list > li:nth-child(n + 25) {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 27em;
  }
  :host([layout='list']) .list > li {
    contain-intrinsic-block-size: auto 16em;
  }
  :host([layout='compact']) .list > li {
    contain-intrinsic-block-size: auto 5em;
  }
  /* Featured: the lead story large, the rest beside it (as wide as the feed allows) or below it. */
  .featured {
    container-type: inline-size;
  }
  .featured-grid {
    display: grid;
    gap: var(--_feed-gap);
  }
  @container (min-width: 46em) {
    .featured-grid {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
  }
  .featured .list {
    display: flex;
    flex-direction: column;
  }
  .lead .title {
    font-size: var(--pn-feed-lead-title-size, clamp(1.3em, 1.05em + 1.2cqi, 1.75em));
  }
  /* The lead's title and sapo are read whole (a clamp evens out rows of cards; the lead has no
     row); the list beside it keeps small thumbnails beside its titles. */
  .lead .title,
  .lead .summary {
    -webkit-line-clamp: none;
    line-clamp: none;
  }
  .featured .list .media {
    flex-basis: 34%;
  }
  .featured .list .text {
    flex-basis: 9em;
  }
  .featured .list .title {
    font-size: 1em;
  }
  /* Tabs: "Tất cả" and each category, the chosen one underlined in the accent colour. On a phone
     they stay one row that scrolls sideways (inside itself: the page never scrolls sideways). */
  .tabs {
    display: flex;
    gap: 0.25em;
    margin-bottom: var(--_feed-gap);
    overflow-x: auto;
    scrollbar-width: thin;
    box-shadow: inset 0 -1px var(--_border);
    /* Its tabs' width must not widen the feed (in a portal's grid or flex column it would, and the
       page would scroll sideways): it takes the feed's width, and scrolls within it. */
    width: 0;
    min-width: 100%;
    min-height: 2.75em;
  }
  @media (scripting: none) {
    .tabs:empty {
      display: none;
    }
  }
  .tab {
    flex: none;
    min-height: 2.75em;
    padding: 0.5em 0.875em;
    white-space: nowrap;
    font: inherit;
    font-weight: 600;
    color: var(--_muted);
    background: none;
    border: 0 solid transparent;
    border-bottom-width: 3px;
    cursor: pointer;
  }
  .tab:hover {
    color: var(--_link-hover);
  }
  .tab[aria-selected='true'] {
    color: var(--_heading);
    border-bottom-color: var(--_accent);
  }
  .archive {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .archive input {
    flex: 0 1 12em;
  }
  .archive .link,
  .notice .link {
    text-decoration: underline;
  }
  /* Numbered pages: each a 44px target; the current one filled. */
  .pages ul {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.25em;
    margin: var(--_feed-gap) 0 0;
    padding: 0;
    list-style: none;
  }
  .page,
  .page-step {
    min-width: max(2.75em, 44px);
    min-height: max(2.75em, 44px);
    font: inherit;
    font-weight: 600;
    color: var(--_link);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .page:hover,
  .page-step:hover:enabled {
    color: var(--_link-hover);
    border-color: var(--_link-hover);
  }
  .page[aria-current='page'] {
    color: var(--_button-fg);
    background: var(--_button-bg);
    border-color: transparent;
  }
  .page-step:disabled {
    color: var(--_muted);
    cursor: default;
    opacity: 0.6;
  }
  .gap {
    align-self: center;
    padding-inline: 0.25em;
    color: var(--_muted);
  }
  /* "Có 3 tin mới": over the top of the list, taking no room, so nothing moves when it appears;
     it stays in view while the reader scrolls the list. */
  .waiting {
    position: sticky;
    top: 0.5em;
    z-index: 2;
    height: 0;
    display: flex;
    justify-content: center;
  }
  .waiting .button {
    box-shadow: 0 2px 8px rgb(0 0 0 / 25%);
  }
  /* A server writes the search row empty (the box needs script): it keeps the box's height, so
     that when the box appears the cards stay where they are. A browser that runs no script at all
     never fills it, and drops the space. */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-bottom: var(--_feed-gap);
    min-height: 2.75em;
  }
  @media (scripting: none) {
    .toolbar:empty {
      display: none;
    }
  }
  label {
    font-weight: 600;
  }
  /* "Tìm thấy 2 tin": the search's count, between the box and the cards it found. */
  .status {
    margin: calc(var(--_feed-gap) * -0.5) 0 var(--_feed-gap);
    color: var(--_muted);
    font-size: 0.875em;
  }
  input {
    flex: 1 1 14em;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
  }
  .button {
    min-height: 2.75em;
    padding: 0.5em 1.25em;
    font: inherit;
    font-weight: 600;
    color: var(--_button-fg);
    background: var(--_button-bg);
    /* Transparent, not none: in forced colours (Windows high contrast) it is drawn, so the button still looks like one. */
    border: 1px solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .button:hover {
    filter: brightness(1.1);
  }
  .more-row {
    display: flex;
    justify-content: center;
    margin-top: var(--_feed-gap);
  }
  /* An opened report and its back button share the report's column (centred in a wide feed), so
     the button starts where the title does. */
  .report-view {
    max-width: var(--pn-report-max-width, 46em);
    margin-inline: auto;
  }
  /* Compact, one short line even on a phone, so the article starts on the first screen; still a 44px
     target. No inline padding: its arrow lines up with the title below; hovered, it underlines as a
     link does (a background would start at the arrow). */
  .back {
    min-height: max(2.75em, 44px);
    margin: 0 0 0.25em;
    padding: 0.25em 0;
    font: inherit;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_link);
    background: none;
    /* Transparent, not none: drawn in forced colours (Windows high contrast), as a button's is. */
    border: 1px solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .back:hover {
    color: var(--_link-hover);
    text-decoration: underline;
  }
  /* The feed's category has named the section already. */
  .named::part(breadcrumb) {
    display: none;
  }
  .notice,
  .error,
  .empty {
    margin: 0 0 var(--_feed-gap);
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    background: var(--_subtle);
    border-inline-start: 4px solid var(--_muted);
  }
  .error {
    border-inline-start-color: var(--_accent);
  }
  .unit-notice {
    margin-top: var(--_feed-gap);
  }
  .error p {
    margin: 0 0 0.75em;
  }
  .code {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .notice .link {
    margin-inline-start: 0.5em;
  }
  /* Placeholders hold the cards' space while loading, so nothing shifts when the news arrives. */
  .skeleton {
    display: flex;
    flex-direction: column;
    gap: 0.625em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-height: 18em;
  }
  :host([layout='compact']) .skeleton {
    min-height: 4.5em;
    border-width: 0 0 1px;
    border-radius: 0;
  }
  .skeleton span {
    display: block;
    height: 1em;
    border-radius: 4px;
    background: var(--_subtle);
  }
  .skeleton span:first-child {
    flex: 1;
  }
  .skeleton span:last-child {
    width: 60%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton span {
      /* Three pulses (4.5 s), then still: nothing on the page moves for longer than five seconds. */
      animation: pulse 1.5s ease-in-out 3;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  /* Printing a report opened in place prints the report, not the feed's controls. */
  @media print {
    .back,
    .toolbar,
    .tabs,
    .pages,
    .notice,
    .more-row {
      display: none;
    }
  }
`;
