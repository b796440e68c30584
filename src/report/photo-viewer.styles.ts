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
     overscroll reaches the page behind, nor its history (a rightward swipe must not go Back). */
  .viewer {
    width: min(100vw - 2em, 72em);
    max-width: none;
    max-height: calc(100vh - 2em);
    padding: 1em;
    border: 0;
    border-radius: var(--_radius);
    background: #111;
    color: #f2f2f2;
    touch-action: pan-y pinch-zoom;
    overscroll-behavior: contain;
  }
  /* On a phone the viewer is the whole screen and the photo its full width, never smaller than in
     the article; the dark space around it is the backdrop a tap closes. */
  @media (max-width: 40em) {
    .viewer[open] {
      display: flex;
      flex-direction: column;
      justify-content: center;
      width: 100%;
      height: 100%;
      max-height: none;
      margin: 0;
      padding: 0 0 0.5em;
      border-radius: 0;
    }
    .viewer img {
      width: 100%;
      max-height: calc(100vh - 10em);
      object-fit: contain;
    }
  }
  .viewer::backdrop {
    background: rgb(0 0 0 / 0.8);
  }
  .viewer-figure {
    margin: 0;
  }
  .viewer img {
    max-height: calc(100vh - 9em);
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
