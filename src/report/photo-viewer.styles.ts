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
  /* Sideways moves belong to the viewer (swipes), vertical ones and pinch zoom to the browser; no
     overscroll reaches the page behind, nor its history (a rightward swipe must not go Back).
     On a phone (under 40em) the viewer is the whole screen and the photo its full width, never
     smaller than in the article; the dark space round it is the backdrop a tap closes. Larger, it
     is framed. --_gap decides (0 on a phone, 1em larger), not a media query: WebKit does not
     re-read the media queries of adopted stylesheets when the window changes size (a phone turned). */
  .viewer {
    --_gap: clamp(0px, (100vw - 40em) * 999, 1em);
    width: min(100% - 2 * var(--_gap), 72em);
    min-height: clamp(0px, (40em - 100vw) * 999, 100%);
    max-width: none;
    max-height: calc(100vh - 2 * var(--_gap));
    padding: var(--_gap) var(--_gap) 0.5em;
    border: 0;
    border-radius: min(var(--_gap), var(--_radius));
    background: #111;
    color: #f2f2f2;
    touch-action: pan-y pinch-zoom;
    overscroll-behavior: contain;
  }
  .viewer[open] {
    display: flex;
    flex-direction: column;
    justify-content: center;
  }
  .viewer::backdrop {
    background: rgb(0 0 0 / 0.8);
  }
  .viewer-figure {
    margin: 0;
  }
  .viewer img {
    max-height: calc(100vh - 9em);
    /* The visible height, below a phone's address bar (100vh is the tallest the screen gets). */
    max-height: calc(100dvh - 9em);
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
    gap: 0.5em;
    margin-top: 0.75em;
  }
  .viewer .tool {
    color: #111;
    background: #f2f2f2;
  }
`;
