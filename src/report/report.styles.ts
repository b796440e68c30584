import { css } from 'lit';

export const reportStyles = css`
  :host {
    /* Its surface reaches a little past its text on a page of another colour (a dark portal): a
       shadow, not padding, so nothing moves where the page has the surface's colour. */
    box-shadow: 0 0 0 0.5em var(--_surface);
    --_report-width: var(--pn-report-max-width, 46em);
    --_report-title: var(--pn-report-title-size, clamp(1.3em, 1.05em + 0.9vw, 1.75em));
    container-type: inline-size;
    --_report-body: var(--pn-report-body-size, 1.0625em);
    --_caption: var(--pn-report-caption-color, var(--_muted));
    --_caption-bg: var(--pn-report-caption-background, var(--_subtle));
  }
  /* The column stays at the host's size, so the em sizes of its lines (dateline, tools, source) do
     not compound with the body's; only the reading text takes the body size. */
  .report {
    max-width: var(--_report-width);
    margin-inline: auto;
  }
  /* The reader's text size: sapo, body, captions and byline scale; em of the host's medium, so the
     browser's zoom and the reader's default size still apply, and the page's root size does not. */
  .size-0 { --_scale: 0.9; }
  .size-2 { --_scale: 1.15; }
  .size-3 { --_scale: 1.3; }
  .size-4 { --_scale: 1.5; }
  .summary,
  .body,
  figure,
  .byline {
    font-size: calc(var(--_report-body) * var(--_scale, 1));
  }
  .source {
    margin: 0 0 1em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .breadcrumb {
    font-size: 0.875em;
    font-weight: 700;
    text-transform: uppercase;
    border-bottom: 2px solid var(--_accent);
    padding-bottom: 0.25em;
    margin-bottom: 1em;
  }
  .breadcrumb a,
  .breadcrumb span {
    color: var(--_accent);
    text-decoration: none;
  }
  .breadcrumb a:hover {
    text-decoration: underline;
  }
  .title {
    margin: 0 0 0.5em;
    color: var(--_heading);
    font-family: var(--_font-heading);
    font-size: var(--_report-title);
    line-height: 1.3;
    font-weight: 700;
  }
  /* The title takes focus when a report opens in place; it is no control, so it shows no ring. */
  .title:focus {
    outline: none;
  }
  .meta {
    margin: 0 0 1em;
  }
  /* A dateline never breaks inside its date ("30-03-" / "2022 15:00"), nor between its label and
     its date ("Cập nhật" / "30-03-2022 15:00" on a phone): the line breaks at the separator. */
  .dateline {
    white-space: nowrap;
  }
  .sep {
    margin-inline: 0.5em;
  }
  .summary {
    margin: 0 0 1em;
    font-weight: 700;
    color: var(--_heading);
  }
  figure {
    margin: 1.25em 0;
  }
  img {
    display: block;
    max-width: 100%;
    height: auto;
    margin-inline: auto;
  }
  figcaption {
    padding: 0.5em 0.75em;
    background: var(--_caption-bg);
    color: var(--_caption);
    font-size: 0.9em;
    font-style: italic;
    line-height: 1.5;
    text-align: center;
  }
  .credit {
    font-style: normal;
    white-space: nowrap;
  }
  /* Portals justify body text; on a phone-width column that opens rivers, so only when wide. */
  @container (min-width: 36em) {
    .body {
      text-align: justify;
    }
  }
  .body p {
    margin: 0 0 1em;
  }
  /* The alignment a CMS gave a block (a right-aligned byline, a centred line), kept by the
     sanitiser as a class (model/bodies/block-align.ts): no inline style reaches the page. */
  .body .has-text-align-center {
    text-align: center;
  }
  .body .has-text-align-right {
    text-align: right;
  }
  .body :is(h2, h3, h4, h5, h6) {
    color: var(--_heading);
    font-family: var(--_font-heading);
    line-height: 1.35;
    margin: 1.5em 0 0.75em;
    text-align: start;
  }
  .body blockquote {
    margin: 1em 0;
    padding: 0.5em 1em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_subtle);
  }
  .body table {
    display: block;
    max-width: 100%;
    overflow-x: auto;
    border-collapse: collapse;
    margin: 1em 0;
    text-align: start;
  }
  .body :is(td, th) {
    border: 1px solid var(--_border);
    padding: 0.375em 0.5em;
  }
  .byline {
    margin: 1.5em 0 1em;
    text-align: end;
    font-weight: 700;
    color: var(--_heading);
  }
  .org {
    font-weight: 400;
    font-style: italic;
  }
  .tags-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5em;
    margin: 0 0 1.5em;
    font-size: 0.875em;
  }
  .label {
    color: var(--_muted);
  }
  .tags {
    display: contents;
    list-style: none;
  }
  .tags li {
    padding: 0.125em 0.625em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_subtle);
  }
  .related {
    margin-top: 2em;
  }
  /* Printed, the report stands alone: no tools, no sharing, no related links; the source's full URL is shown. */
  @media print {
    /* .report before them: the tools' own display (tools.styles.ts, later in the cascade) must lose. */
    .report :is(.tools, .share, .related) {
      display: none;
    }
    .source a::after {
      content: ' — ' attr(href);
    }
    /* Paper has no focus: a ring round the photo last opened would print as a blue frame. */
    :focus-visible {
      outline: none;
    }
    :host {
      font-size: 10.5pt;
    }
    .report {
      max-width: none;
      color: #000;
    }
    figure,
    img {
      break-inside: avoid;
    }
    img {
      max-height: 10cm;
      width: auto;
    }
  }`;
