import { css } from 'lit';

export const relatedStyles = css`
  :host {
    /* Its surface reaches a little past its text on a page of another colour (a dark portal): a
       shadow, not padding, so nothing moves where the page has the surface's colour. */
    box-shadow: 0 0 0 0.5em var(--_surface);
    --_related-heading: var(--pn-related-heading-color, var(--_accent));
    --_related-marker: var(--pn-related-marker-color, var(--_accent));
  }
  .related {
    border-top: 2px solid var(--_related-heading);
    padding-top: 0.5em;
  }
  .heading {
    margin: 0 0 0.5em;
    color: var(--_related-heading);
    font-family: var(--_font-heading);
    font-size: 1.0625em;
    font-weight: 700;
    text-transform: uppercase;
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    position: relative;
    padding: 0.375em 0 0.375em 1em;
    border-bottom: 1px dotted var(--_border);
  }
  .item::before {
    content: '';
    position: absolute;
    left: 0;
    top: 0.95em;
    width: 0.375em;
    height: 0.375em;
    background: var(--_related-marker);
  }
  .link {
    font-weight: 600;
  }
  .meta {
    white-space: nowrap;
  }
`;
