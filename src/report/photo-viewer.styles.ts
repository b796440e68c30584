// The photos that open the viewer, and the viewer itself: dark, whatever the page's colour scheme.
import { css } from 'lit';

export const photoViewerStyles = css`
  /* Every photo is a button that opens the viewer. */
  .zoom {
    display: block;
    width: 100%;
    padding: 0;
    border: 0;
    background: none;
    cursor: zoom-in;
  }
  .viewer {
    width: min(100vw - 2rem, 72rem);
    max-height: calc(100vh - 2rem);
    padding: 1rem;
    border: 0;
    border-radius: var(--_radius);
    background: #111;
    color: #f2f2f2;
  }
  .viewer::backdrop {
    background: rgb(0 0 0 / 0.8);
  }
  .viewer-figure {
    margin: 0;
  }
  .viewer img {
    max-height: calc(100vh - 9rem);
    width: auto;
    margin-inline: auto;
  }
  .viewer figcaption {
    background: none;
    color: #e6e6e6;
  }
  .viewer-bar {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
  .viewer .tool {
    color: #111;
    background: #f2f2f2;
  }
`;
