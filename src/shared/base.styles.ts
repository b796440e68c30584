import { css } from 'lit';

/**
 * Global design tokens, all prefixed `--pn-`, read once into private `--_` variables. Set a token
 * anywhere above the element (`:root`, the portal's news column) to theme every element; light
 * and dark values follow the page's `color-scheme`, so a light portal stays light on a dark OS.
 *
 * The host page cannot reach in. Sizes are `em` of the host's font size, which is the token
 * `--pn-font-size` or else `medium` (the reader's own default size, with zoom), never `rem`: a
 * portal on Bootstrap 3 or the 62.5% trick sets `html { font-size: 10px }`. Every element paints its
 * own background under its own text, so a dark portal that declares no `color-scheme` keeps it
 * readable, and the text styles a portal sets on an ancestor (justify, letter-spacing…) stop here.
 */
export const baseStyles = css`
  :host {
    --_font: var(--pn-font-family, system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    --_font-heading: var(--pn-font-family-heading, var(--_font));
    --_text: var(--pn-color-text, light-dark(#1d1d1f, #e8e6e3));
    --_muted: var(--pn-color-text-muted, light-dark(#595959, #b5b1ab));
    --_heading: var(--pn-color-heading, light-dark(#111, #f5f3f0));
    --_accent: var(--pn-color-accent, light-dark(#a50e15, #ff8f87));
    --_link: var(--pn-color-link, var(--_heading));
    --_link-hover: var(--pn-color-link-hover, var(--_accent));
    --_surface: var(--pn-color-surface, light-dark(#fff, #1b1b1d));
    --_subtle: var(--pn-color-surface-subtle, light-dark(#f6f4f1, #26262a));
    --_border: var(--pn-color-border, light-dark(#dcd7d0, #3b3b40));
    --_focus: var(--pn-color-focus, light-dark(#0b57d0, #8ab4f8));
    --_mark: var(--pn-color-mark, light-dark(#ffec99, #5e4b00));
    --_on-mark: var(--pn-color-mark-text, light-dark(#1d1d1f, #f5f3f0));
    --_on-accent: light-dark(#fff, #1b1b1d);
    --_radius: var(--pn-radius, 6px);
    --_space: var(--pn-space, 1em);
    --_line-height: var(--pn-line-height, 1.6);

    display: block;
    box-sizing: border-box;
    /* Unset, the token keeps the page's scheme; 'light' or 'dark' forces one, and light-dark() follows. */
    color-scheme: var(--pn-color-scheme);
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
    font: 400 var(--pn-font-size, medium) / var(--_line-height) var(--_font);
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  /* Browsers before light-dark() (Safari 16.4–17.4, on iPhones that cannot update past iOS 16)
     would drop every colour above: they get the light ones. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_text: var(--pn-color-text, #1d1d1f);
      --_muted: var(--pn-color-text-muted, #595959);
      --_heading: var(--pn-color-heading, #111);
      --_accent: var(--pn-color-accent, #a50e15);
      --_surface: var(--pn-color-surface, #fff);
      --_subtle: var(--pn-color-surface-subtle, #f6f4f1);
      --_border: var(--pn-color-border, #dcd7d0);
      --_focus: var(--pn-color-focus, #0b57d0);
      --_mark: var(--pn-color-mark, #ffec99);
      --_on-mark: var(--pn-color-mark-text, #1d1d1f);
      --_on-accent: #fff;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_link);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  a:hover {
    color: var(--_link-hover);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  /* The article link (shared/article-link.ts): a button when the article has no URL, looking the same. */
  .link {
    font: inherit;
    color: var(--_link);
    text-align: start;
    text-decoration: none;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
  }
  .link:hover,
  .link:focus-visible {
    color: var(--_link-hover);
    text-decoration: underline;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  time {
    font-variant-numeric: tabular-nums;
  }
  /* An image that fails to load, with no script to mark it (a page party-news render wrote, read
     without script). No selector matches a broken image, but engines draw one differently:
     Chromium and Firefox draw it as an ordinary box holding its alt text (and, in Chromium, the
     icon), which, unlike a loaded image (a replaced element, which has no pseudo-elements), gets
     an ::after. Laid over the box, after the alt text in painting order, it shows the placeholder
     instead; the <img> stays, with its alt for screen readers, and its width and height keep the
     box's place. WebKit gives no image a pseudo-element, loaded or not, so no stylesheet can tell
     a broken one from a loaded one there: it draws its alt text in a grey frame, with its icon when
     the frame has room, until the script runs and the data-failed rule below applies. */
  img {
    position: relative;
  }
  img::after {
    content: '';
    position: absolute;
    inset: 0;
    background: var(--_subtle);
  }
  /* An image that failed to load (marked in shared/element.ts) shows the neutral placeholder a
     card's .media frame gives every thumbnail while it loads, never the browser's broken-image
     glyph. The <img> stays, so its alt text still reaches screen readers and a figure keeps its
     caption; a report photo's button becomes a 3:2 box (the frame's, not the image's: WebKit
     ignores aspect-ratio on a broken image). */
  img[data-failed] {
    opacity: 0;
    width: 100%;
    height: 100%;
  }
  .zoom:has(> img[data-failed]) {
    aspect-ratio: 3 / 2;
    background: var(--_subtle);
  }
  /* Read by screen readers, not shown: labels and live status text. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: no-preference) {
    a {
      transition: color 0.15s ease;
    }
  }
`;
