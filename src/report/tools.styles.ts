// The reader tools above the sapo (text size, read aloud, print) and the share row after the article;
// also the look of the photo viewer's buttons. Printed, they are hidden (report.styles.ts).
import { css } from 'lit';

export const toolStyles = css`
  /* A server writes the row empty (its buttons need script): it keeps one button's height, so
     that when they appear nothing under them moves. A browser that runs no script at all never
     fills it, and drops the space. */
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin: 0 0 1em;
    min-height: max(2.75em, 44px);
  }
  @media (scripting: none) {
    .tools:empty {
      display: none;
    }
  }
  .tool-group {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .tool {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    padding: 0 0.75em;
    text-decoration: none;
    /* Never under 44 CSS px, the touch target, even in the smaller share row. */
    min-width: max(2.75em, 44px);
    min-height: max(2.75em, 44px);
    font: inherit;
    font-weight: 700;
    color: var(--_link);
    background: var(--_subtle);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 0 0 1em;
    padding-block: 0.75em;
    border-block: 1px solid var(--_border);
    font-size: 0.875em;
  }
  .copy-status {
    flex-basis: 100%;
    margin: 0;
    color: var(--_muted);
  }
  .copy-status:empty {
    display: none;
  }
  .tool[aria-disabled='true'] {
    color: var(--_muted);
    cursor: default;
  }
`;
