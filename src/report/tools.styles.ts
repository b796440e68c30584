// The reader tools above the sapo (text size, read aloud, print) and the share row after the article;
// also the look of the photo viewer's buttons. Printed, they are hidden (report.styles.ts).
import { css } from 'lit';

export const toolStyles = css`
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin: 0 0 1rem;
  }
  .tool-group {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .tool {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    padding: 0 0.75rem;
    text-decoration: none;
    min-width: 2.75rem;
    min-height: 2.75rem;
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
    gap: 0.5rem;
    margin: 0 0 1rem;
    padding-block: 0.75rem;
    border-block: 1px solid var(--_border);
    font-size: 0.875rem;
  }
  .copy-status {
    flex-basis: 100%;
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .copy-status:empty {
    display: none;
  }
  .tool[aria-disabled='true'] {
    color: var(--_muted);
    cursor: default;
  }
`;
