import { css } from 'lit';

// Class-based (not :host-based), so the feed can use the same rules for the cards it renders.
export const cardStyles = css`
  .card {
    --_card-bg: var(--pn-card-background, var(--_surface));
    --_card-border: var(--pn-card-border, 1px solid var(--_border));
    --_card-pad: var(--pn-card-padding, var(--_space));
    --_card-title: var(--pn-card-title-size, 1.125em);
    --_card-ratio: var(--pn-card-image-ratio, 3 / 2);
    --_card-image-width: var(--pn-card-image-width, 38%);
    --_card-title-lines: var(--pn-card-title-lines, none);
    --_card-summary-lines: var(--pn-card-summary-lines, 3);
    position: relative;
    display: flex;
    flex-direction: column;
    height: 100%;
    background: var(--_card-bg);
    border: var(--_card-border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  /* Image beside text while both fit; in a narrow column the text wraps under the image. Flex
     wrapping does this without a container query, which costs every card a layout pass. */
  .card.horizontal {
    flex-flow: row wrap;
  }
  .card.compact {
    border-width: 0 0 1px;
    border-radius: 0;
    background: transparent;
  }
  .media {
    aspect-ratio: var(--_card-ratio);
    background: var(--_subtle);
    flex: none;
  }
  /* The thumbnail keeps its ratio at the top, however long the text beside it runs. */
  .horizontal .media {
    flex: 1 1 var(--_card-image-width);
    align-self: flex-start;
  }
  .horizontal .text {
    flex: 999 1 18em;
  }
  img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .text {
    display: flex;
    flex-direction: column;
    gap: 0.375em;
    padding: var(--_card-pad);
    min-width: 0;
  }
  .compact .text {
    padding: 0.625em 0;
    gap: 0.125em;
  }
  .category {
    margin: 0;
    order: -1;
    color: var(--_accent);
    font-size: 0.8125em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }
  .title {
    margin: 0;
    font-family: var(--_font-heading);
    font-size: var(--_card-title);
    line-height: 1.35;
    font-weight: 700;
    color: var(--_heading);
  }
  /* Line clamps: the full text stays in the accessibility tree and in the report. */
  .title,
  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .title {
    -webkit-line-clamp: var(--_card-title-lines);
  }
  /* The units that published it, in a feed that merges several ("Chi bộ A · Chi bộ B"). */
  .unit {
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
  }
  .compact .title {
    font-size: 1em;
    font-weight: 600;
  }
  .link {
    color: inherit;
  }
  /* The title link covers the whole card, so the card is one large target with one link. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
  }
  /* The focus ring goes round the whole card; a browser without :has() keeps it on the link. */
  @supports selector(:has(*)) {
    .link:focus-visible {
      outline: none;
    }
    .card:focus-within:has(.link:focus-visible) {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
  }
  .card:hover .link {
    color: var(--_link-hover);
    text-decoration: underline;
  }
  .summary {
    margin: 0;
    color: var(--_text);
    -webkit-line-clamp: var(--_card-summary-lines);
  }
  /* A search's matched words: its own text colour, so a title link's hover colour cannot fade it. */
  mark {
    color: var(--_on-mark);
    background: var(--_mark);
    border-radius: 2px;
  }
  /* Forced colours would drop the background: the reader's own highlight colours keep it visible. */
  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
  }
`;
